# configparser: exception classes (messages, args, attributes) and section/option syntax errors.
import configparser as cp
print(cp.__all__)
def t(f):
    try: r = f(); print('OK', repr(r))
    except Exception as e: print(type(e).__name__, repr(str(e)), e.args)
for e in [cp.NoSectionError('s'), cp.DuplicateSectionError('s'), cp.DuplicateSectionError('s','src',3), cp.DuplicateSectionError('s','src'),
          cp.DuplicateOptionError('s','o'), cp.DuplicateOptionError('s','o','f',12), cp.NoOptionError('o','s'),
          cp.InterpolationMissingOptionError('o','s','raw','ref'), cp.InterpolationSyntaxError('o','s','msg'),
          cp.InterpolationDepthError('o','s','raw'), cp.ParsingError('src'), cp.MissingSectionHeaderError('f', 3, 'line'), cp.Error('m'), cp.Error()]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args, e.message, getattr(e,'section',None), getattr(e,'option',None), getattr(e,'source',None), getattr(e,'lineno',None))
e = cp.ParsingError('src'); e.append(3, "'x'"); e.append(12,'y'); print(repr(str(e)), e.errors, e.source, e.args)
print(cp.MissingSectionHeaderError('f', 3, 'line').line, cp.MissingSectionHeaderError('f', 3, 'line').source)
print(cp.InterpolationMissingOptionError('o','s','raw','ref').reference)
print(cp.ConfigParser.BOOLEAN_STATES)
for s in ['[a]b]\nx=1', '[ sec ] junk\nx=1', '[]\nx=1', 'x=1', '\n\n  [a]\nx=1', '[a]\n=v\nb=2', '[a]\nnovalue\nc=3\nd', '[a]\nx=1\n[a]\ny=2', '[a]\nx=1\nX=2',
          '[a]\nk : v : w\nj= a=b', '[a]\nk=v ; not comment\nm=2 # nor\n;c\n#c\n  ;c', '[a]\n  k = v\n   cont\n\n  more\n # c\n\n\nz=1', '[DEFAULT]\nd=1\n[DEFAULT]\ne=2', '[a]\nx=1\n[b]\nq\n[c]\nw:\n']:
    c = cp.ConfigParser()
    print('----', repr(s))
    def f():
        c.read_string(s); return {k: dict(c.items(k, raw=True)) for k in c.sections()}, dict(c.defaults())
    t(f)
    c = cp.ConfigParser(strict=False, allow_no_value=True)
    t(f)
