"""A small example program: primes, a class, and some formatting."""


class Sieve:
    def __init__(self, limit):
        self.limit = limit
        flags = [True] * (limit + 1)
        flags[0] = flags[1] = False
        for i in range(2, int(limit ** 0.5) + 1):
            if flags[i]:
                flags[i * i :: i] = [False] * len(range(i * i, limit + 1, i))
        self.primes = [i for i, is_prime in enumerate(flags) if is_prime]

    def __len__(self):
        return len(self.primes)


def main():
    sieve = Sieve(10_000)
    print(f"{len(sieve)} primes below {sieve.limit:,}")
    print("first ten:", sieve.primes[:10])
    twins = [(p, q) for p, q in zip(sieve.primes, sieve.primes[1:]) if q - p == 2]
    print(f"{len(twins)} twin pairs, the largest {twins[-1]}")
    print(f"sum of digits of 2**100: {sum(int(d) for d in str(2 ** 100))}")


if __name__ == "__main__":
    main()
