# N-queens: count all solutions with a recursive backtracking search over
# bitmasks, and enumerate the first solutions with sets and generators.


def count_bits(n):
    def place(row, cols, d1, d2):
        if row == n:
            return 1
        total = 0
        free = ~(cols | d1 | d2) & ((1 << n) - 1)
        while free:
            bit = free & -free
            free ^= bit
            total += place(row + 1, cols | bit, ((d1 | bit) << 1), ((d2 | bit) >> 1))
        return total

    return place(0, 0, 0, 0)


def solutions(n):
    # Generator over solutions as tuples of column indices, using sets.
    cols = set()
    diag1 = set()
    diag2 = set()
    board = []

    def solve(row):
        if row == n:
            yield tuple(board)
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            board.append(c)
            yield from solve(row + 1)
            board.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    return solve(0)


def main():
    counts = [count_bits(n) for n in range(4, 13)]
    sols = list(solutions(10))
    first = sols[0]
    last = sols[-1]
    check = sum(sum((i + 1) * c for i, c in enumerate(s)) for s in sols)
    print("nqueens", counts, len(sols), first, last, check)


main()
