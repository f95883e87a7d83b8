import uuid
import copy

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.node, u.time, u.clock_seq, u.urn, u.variant, u.version, u.is_safe)
cases = [((), {}), (('x',), {}), (('1234',), {}), ((), dict(int=-1)), ((), dict(int=2 ** 128)),
         ((), dict(bytes=b'x')), ((), dict(bytes_le=b'x' * 15)), ((), dict(fields=(1, 2, 3))),
         ((), dict(fields=(2 ** 32, 0, 0, 0, 0, 0))), ((), dict(fields=(0, 2 ** 16, 0, 0, 0, 0))),
         ((), dict(fields=(0, 0, 2 ** 16, 0, 0, 0))), ((), dict(fields=(0, 0, 0, 256, 0, 0))),
         ((), dict(fields=(0, 0, 0, 0, 256, 0))), ((), dict(fields=(0, 0, 0, 0, 0, 2 ** 48))),
         ((), dict(fields=(-1, 0, 0, 0, 0, 0))),
         (('12345678123456781234567812345678',), dict(version=6)),
         (('12345678123456781234567812345678',), dict(version=0)),
         (('12345678123456781234567812345678',), dict(int=5)), ((5,), {}),
         (('x' * 32,), {}), (('g' * 32,), {}), ((' ' + '1' * 31,), {}), (('1' * 31 + '_',), {}),
         (('{' + '1' * 32 + '}',), {}), (('URN:UUID:' + '1' * 32,), {}),
         (('urn:uuid:{' + '1' * 32 + '}',), {}), (('12345678-1234-5678-1234-56781234567-',), {}),
         (('+' + '1' * 31,), {}), (('1' * 32 + '\n',), {}), (('uuid:' + 'a' * 32,), {}),
         (('A-B-' + 'c' * 30,), {})]
for args, kw in cases:
    try:
        print(uuid.UUID(*args, **kw))
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
      uuid.UUID('12345678123456781234567812345678', version=4), uuid.UUID(int=1, version=1))
for v in range(1, 6):
    w = uuid.UUID(int=2 ** 128 - 1, version=v)
    print(v, w, w.version, w.variant)
print(uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(bytes=bytes(range(16))),
      uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(bytes_le=bytes(range(16))).bytes_le == bytes(range(16)))
for i in [0, 1 << 127, 1 << 126, 3 << 126, 7 << 125, 6 << 125, 5 << 125, 4 << 125 | 0xf << 76]:
    w = uuid.UUID(int=i)
    print(w.variant, w.version)
print(uuid.UUID(int=2 ** 128 - 1).time, uuid.UUID(int=2 ** 128 - 1).clock_seq)

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a == uuid.UUID(int=1), a != b, a == 1, hash(a) == hash(1), int(b), sorted([b, a]),
      a.__eq__(1), a <= b, a >= b, a > b, a in {uuid.UUID(int=1)})
for op in ('<', '<=', '>', '>='):
    try:
        eval('a %s 1' % op)
    except TypeError as e:
        print(e)
for attr in ('x', 'int', 'is_safe'):
    try:
        setattr(a, attr, 1)
    except TypeError as e:
        print(attr, e)
print(a.__getstate__(), uuid.UUID(int=3, is_safe=uuid.SafeUUID.safe).__getstate__())
print(copy.copy(a) == a, copy.deepcopy(a) == a, str(a) == format(a), f'{a!r}')
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown, list(uuid.SafeUUID), uuid.SafeUUID.unsafe.value)
print(uuid.UUID(int=0, is_safe=uuid.SafeUUID.safe).is_safe, uuid.UUID(int=0).is_safe)

print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://x/é'), uuid.uuid5(uuid.NAMESPACE_OID, ''),
      uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x').version, uuid.uuid3(uuid.NAMESPACE_DNS, 'a').version)
for ns, name in [(uuid.NAMESPACE_URL, b'x'), ('x', 'y'), (uuid.NAMESPACE_DNS, 5)]:
    try:
        print(uuid.uuid3(ns, name))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)

r = uuid.uuid4()
print(r.version, r.variant, len({uuid.uuid4() for _ in range(200)}), uuid.UUID(str(r)) == r,
      uuid.UUID(r.hex) == r, uuid.UUID(bytes=r.bytes) == r, uuid.UUID(fields=r.fields) == r)
t = uuid.uuid1()
t2 = uuid.uuid1()
print(t.version, t.variant, t < t2 or t.time < t2.time, t.node == uuid.getnode(),
      type(uuid.getnode()).__name__, 0 <= uuid.getnode() < 2 ** 48)
t = uuid.uuid1(node=5, clock_seq=7)
print(t.node, t.clock_seq, t.version, uuid.uuid1(clock_seq=0x3fff).clock_seq)
print(hasattr(uuid, '__all__'))
