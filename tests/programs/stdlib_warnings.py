# warnings: filters (error/ignore/always/default/once), catch_warnings(record=True), formatting.
import warnings, sys, io
print(warnings.filters[:6])
w = warnings.WarningMessage('m', UserWarning, 'f.py', 3)
print(str(w))
print(repr(warnings.formatwarning('msg', UserWarning, 'f.py', 3, 'x = 1')))
for f in [lambda: warnings.filterwarnings('bogus'), lambda: warnings.warn('x', int), lambda: warnings.filterwarnings('ignore', lineno=-1), lambda: warnings.filterwarnings('ignore', category=int), lambda: warnings.filterwarnings('ignore', message=3)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('hello')
    warnings.warn(DeprecationWarning('dep'))
    warnings.warn('r', RuntimeWarning)
    print(len(log), log[0].category, str(log[0].message), type(log[1].message), [str(x.message) for x in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3): warnings.warn('same')
    warnings.warn('other')
    print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings('ignore', message='.*secret')
    warnings.filterwarnings('error', category=RuntimeWarning)
    warnings.warn('a TOP SECRET thing')
    warnings.warn('public')
    try: warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e: print('raised', repr(e))
    print([str(x.message) for x in log])
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    warnings.warn('o'); warnings.warn('o')
    print(len(log))
print(len(warnings.filters))
old = sys.stderr; sys.stderr = io.StringIO()
warnings.warn('to stderr')
v = sys.stderr.getvalue(); sys.stderr = old
print(v.splitlines()[0].split(': ', 1)[1])
out = io.StringIO()
warnings.showwarning('shown', UserWarning, 'file.py', 10, file=out)
print(repr(out.getvalue()))
with warnings.catch_warnings(action='error'):
    try: warnings.warn('e')
    except UserWarning as e: print('error action', e)
