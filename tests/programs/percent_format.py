# printf-style % formatting
print('%s %r %d %i %f %e %g %x %X %o %c %%' % ('s', 's', 42, 42, 3.5, 12345.678, 0.00001, 255, 255, 8, 65))
print('%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|' % (42, 42, 42, 42, 42, 42, 42))
print('%.2f|%8.3f|%-8.1f|%08.2f|%+.1f|%.0f|%.0f|' % (3.14159, 3.14159, 3.14159, -3.14159, 2.0, 2.5, 3.5))
print('%e|%.2e|%E|%g|%G|%.3g|%g|%g' % (0.0001234, 123456.0, 1e-10, 1e16, 1e-20, 3.14159, 100000.0, 1000000.0))
print('%x|%#x|%#X|%#o|%o|%-6x|%06x|' % (255, 255, 255, 8, -8, 255, 255))
print('%s|%10s|%-10s|%.2s|%10.3s|' % ('hello', 'hi', 'hi', 'hello', 'hello'))
print('%r %r %r %a' % ('x', 1, [1, 'a'], 'é'))
print('%c%c%c' % ('a', 98, 0x263A))
print('%*d|%-*d|%.*f|%*.*f|' % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print('%s' % 'single', '%s' % (1,), '%s' % ((1, 2),), '%s %s' % (None, True))
print('%d%%' % 50, '100%%' % (), '%5.1f%%' % 99.44)
print('%d' % 3.99, '%i' % True, '%s' % 2**70, '%x' % 2**70, '%d' % -0)
print('%(name)s is %(age)d years, %(name)r' % {'name': 'Ann', 'age': 30})
print('%(a)5.1f|%(b)-4s|%(a)e' % {'a': 2.25, 'b': 'x'})
errs = [lambda: '%d' % 'x', lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b'), lambda: '%z' % 1,
        lambda: '%(k)s' % {'j': 1}, lambda: '%c' % 'ab', lambda: '%d' % None, lambda: '%(k)s' % 5]
for f in errs:
    try:
        f()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b'%s-%d' % (b'ab', 5))
