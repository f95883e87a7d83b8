import secrets
import random
import string

print(secrets.__all__, secrets.DEFAULT_ENTROPY)
print(secrets.SystemRandom is random.SystemRandom, issubclass(random.SystemRandom, random.Random))
calls = [(secrets.randbelow, 0), (secrets.randbelow, -1), (secrets.randbelow, 1.5),
         (secrets.token_bytes, -1), (secrets.choice, []), (secrets.token_hex, 'x'), (secrets.token_urlsafe, 1.0),
         (secrets.randbits, -1), (secrets.token_hex, -3)]
for f, a in calls:
    try:
        print(f(a))
    except (ValueError, TypeError, IndexError, AttributeError) as e:
        print(f.__name__, type(e).__name__, e)
print(secrets.randbelow(1), secrets.token_bytes(0), repr(secrets.token_hex(0)),
      repr(secrets.token_urlsafe(0)), secrets.randbits(0))
print(len(secrets.token_bytes()), len(secrets.token_hex()), len(secrets.token_urlsafe()))
print([len(secrets.token_urlsafe(n)) for n in range(10)], [len(secrets.token_hex(n)) for n in range(5)])
print(type(secrets.token_bytes(3)).__name__, type(secrets.token_hex(3)).__name__)
print(all(set(secrets.token_hex(16)) <= set('0123456789abcdef') for _ in range(20)))
safe = set(string.ascii_letters + string.digits + '-_')
print(all(set(secrets.token_urlsafe(16)) <= safe for _ in range(20)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), len({secrets.randbelow(3) for _ in range(200)}))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(1) in (0, 1))
print(secrets.choice('abc') in 'abc', secrets.choice([42]), secrets.randbelow(10 ** 30) < 10 ** 30)
print(len({secrets.token_bytes(16) for _ in range(50)}))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'),
      secrets.compare_digest(b'a', b'ab'))
for a, b in [('a', b'a'), ('é', 'é'), (1, 2)]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print('TypeError', e)
r = secrets.SystemRandom()
print(r.seed(5), r.getrandbits(0), 0 <= r.random() < 1, len(r.randbytes(5)), r.randrange(5, 6))
for f in (r.getstate, lambda: r.setstate(None)):
    try:
        f()
    except NotImplementedError as e:
        print(repr(e))
items = list(range(10))
r.shuffle(items)
print(sorted(items) == list(range(10)), len(r.sample(range(100), 5)), 1 <= r.randint(1, 3) <= 3)
