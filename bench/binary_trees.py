# Binary trees: allocate many complete binary trees (tuples of tuples), walk
# them to count nodes, and keep one long-lived tree alive throughout. Measures
# allocation and deallocation speed and recursion.


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_obj(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_obj(depth - 1), make_obj(depth - 1))


def check_obj(node):
    if node.left is None:
        return 1
    return 1 + check_obj(node.left) + check_obj(node.right)


def main():
    min_depth = 4
    max_depth = 15
    lines = []
    lines.append(f"stretch tree of depth {max_depth + 1}\t check: {check(make(max_depth + 1))}")
    long_lived = make(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        lines.append(f"{iterations}\t trees of depth {depth}\t check: {total}")
    lines.append(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")
    objs = sum(check_obj(make_obj(10)) for _ in range(8))
    lines.append(f"object trees check: {objs}")
    print("\n".join(lines))


main()
