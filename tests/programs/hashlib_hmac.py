# hashlib and hmac: every algorithm on several inputs, incremental updates, copy, shake
# lengths, attributes, file_digest, HMAC, compare_digest and error messages.
import hashlib
import hmac
import io
import os


def t(f, *a, **kw):
    try:
        print(repr(f(*a, **kw)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
inputs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 5,
          b'a' * 1000]
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size)
    for data in inputs:
        if name.startswith('shake'):
            print(' ', hashlib.new(name, data).hexdigest(20), getattr(hashlib, name)(data).hexdigest(3))
        else:
            print(' ', hashlib.new(name, data).hexdigest(), getattr(hashlib, name)(data).digest()[:4])
for name in ('sha512_224', 'sha512_256'):
    h = hashlib.new(name, b'abc')
    print(name, h.digest_size, h.block_size, h.hexdigest())

# Incremental updates equal one update; copy forks the state.
h = hashlib.sha256()
for i in range(100):
    h.update(str(i).encode())
print(h.hexdigest() == hashlib.sha256(''.join(str(i) for i in range(100)).encode()).hexdigest())
h1 = hashlib.md5(b'prefix')
h2 = h1.copy()
h2.update(b'more')
print(h1.hexdigest(), h2.hexdigest(), h2.hexdigest() == hashlib.md5(b'prefixmore').hexdigest())
print(h1.digest() == h1.digest(), h1.hexdigest() == h1.digest().hex())
s = hashlib.shake_256(b'xof')
print(s.hexdigest(0), s.hexdigest(1), s.digest(200)[-4:], len(s.digest(500)))
s2 = s.copy()
s2.update(b'!')
print(s.hexdigest(8), s2.hexdigest(8))
print(hashlib.new('SHA256', b'abc').name, hashlib.new('Md5').name)
print(hashlib.sha1(string=b'abc').hexdigest(), hashlib.sha1(b'abc', usedforsecurity=False).hexdigest())

t(hashlib.new, 'foo')
t(hashlib.new, 5)
t(hashlib.md5, 'text')
t(hashlib.md5, 5)
t(hashlib.md5(b'a').update, 'x')
t(hashlib.md5(b'a').update, None)
t(hashlib.shake_128(b'x').hexdigest)
t(hashlib.shake_128(b'x').digest, 'a')
t(hashlib.md5(b'x').hexdigest, 5)

# file_digest
print(hashlib.file_digest(io.BytesIO(b'file contents'), 'sha256').hexdigest())
base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tessera_hash_%d" % os.getpid())
os.mkdir(base)
path = os.path.join(base, 'data.bin')
with open(path, 'wb') as f:
    f.write(b'0123456789' * 100000)
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, hashlib.sha1).hexdigest())
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, 'md5').hexdigest() == hashlib.md5(b'0123456789' * 100000).hexdigest())
os.remove(path)
os.rmdir(base)
t(hashlib.file_digest, 5, 'md5')

# hmac
key = b'key'
msg = b'The quick brown fox jumps over the lazy dog'
for dm in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', hashlib.sha256):
    m = hmac.new(key, msg, dm)
    print(m.name, m.digest_size, m.block_size, m.hexdigest())
print(hmac.new(b'k' * 200, b'long key', 'sha256').hexdigest())
print(hmac.new(b'', b'', 'sha1').hexdigest())
m = hmac.new(key, digestmod='sha256')
m.update(b'The quick brown fox ')
c = m.copy()
m.update(b'jumps over the lazy dog')
print(m.hexdigest() == hmac.new(key, msg, 'sha256').hexdigest(), c.hexdigest())
print(hmac.digest(key, msg, 'sha256') == hmac.new(key, msg, 'sha256').digest())
t(hmac.new, key, msg)
t(hmac.new, 'str key', msg, 'sha256')
t(hmac.new, key, 'str msg', 'sha256')
for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), ('abc', 'abc'), ('abc', 'abd'),
             ('abc', b'abc'), (1, 2), ('\u00e9', '\u00e9')]:
    t(hmac.compare_digest, a, b)
