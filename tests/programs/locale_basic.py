# locale in the C locale: setlocale/getlocale, localeconv, formatting, parsing,
# currency, collation, nl_langinfo, normalize.  The program sets the locale itself so
# its output does not depend on the environment.
import locale
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def show(f, *args, **kw):
    try:
        print("  ok", repr(f(*args, **kw)))
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, e))


print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY,
      locale.LC_NUMERIC, locale.LC_ALL, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.Error.__mro__)
print(repr(locale.setlocale(locale.LC_ALL, "C")))
for args in [(locale.LC_ALL,), (locale.LC_ALL, "C"), (locale.LC_ALL, "POSIX"),
             (locale.LC_NUMERIC, "C"), (locale.LC_ALL, "xx_XX"), (locale.LC_ALL, "en_US.UTF-8"),
             (99, "C"), (99,), (-1,), (locale.LC_ALL, None), (locale.LC_CTYPE,),
             (locale.LC_ALL, ("en_US", "UTF-8")), (locale.LC_ALL, ("C", None)),
             (locale.LC_ALL, 5), ("x",), (locale.LC_ALL, "de_DE")]:
    show(locale.setlocale, *args)
print(repr(locale.setlocale(locale.LC_NUMERIC, "C.UTF-8")), repr(locale.setlocale(locale.LC_ALL)))
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale())
print(repr(locale.setlocale(locale.LC_ALL, "C.UTF-8")), repr(locale.setlocale(locale.LC_ALL)),
      locale.getlocale(), locale.getencoding(), locale.nl_langinfo(locale.CODESET))
print(repr(locale.setlocale(locale.LC_ALL, "C")), locale.getlocale(), locale.getencoding())
print(locale.getlocale(locale.LC_TIME), locale.getlocale(locale.LC_ALL))
show(locale.getlocale, 99)
show(locale.getlocale, "x")
print(type(locale.getpreferredencoding()).__name__)
print(locale.localeconv())
print("formatting")
for f, v in [("%d", 1234567), ("%.2f", 1234.5), ("%s %d", ("a", 3)), ("%(x)d", {"x": 5}),
             ("%f", 1.5), ("%5.1f%%", 1.25), ("%d", "x"), ("%d %d", 1), ("%d", (1, 2)),
             ("%(a)s-%(b)d", {"a": "x", "b": 2}), ("%s", (1,)), ("%s", [1, 2]), ("%*d", (5, 3)),
             ("%i|%u|%5s", (1, 2, "ab")), ("%10.3f|%-8d|%+d", (3.14159, 42, 7)),
             ("%e", 12345.678), ("%g", 0.0001), ("%x", 255), ("%.0f", 2.5), ("%r", "q")]:
    show(locale.format_string, f, v)
    show(locale.format_string, f, v, grouping=True)
show(locale.format_string, "%d", 1234567, True, True)
show(locale.format, "%d", 5)
show(locale.format, "%d %d", (1, 2))
show(locale.format, "%.1f", 2.25, True)
for v in [3.14159, 1e20, 1.0, 123456789012345.678, 0.1 + 0.2, -0.0, 5]:
    show(locale.str, v)
print("parsing")
for s in ["3.5", "1,000", "  2.5 ", "abc", "1e3", "-7.25"]:
    show(locale.atof, s)
for s in ["42", "4.2", " 7 ", "x", "-3"]:
    show(locale.atoi, s)
show(locale.atof, "1.5", int)
show(locale.atof, "1.5", lambda s: s + "!")
show(locale.delocalize, "1,234.5")
show(locale.localize, "1234.5")
show(locale.localize, "1234.5", grouping=True)
print("currency")
show(locale.currency, 5)
show(locale.currency, 5, grouping=True)
show(locale.currency, -5, False, False, True)
print("collation")
show(locale.strcoll, "a", "b")
show(locale.strcoll, "b", "a")
show(locale.strcoll, "a", "a")
show(locale.strcoll, 1, "a")
show(locale.strxfrm, "abc")
print(sorted(["b", "A", "a", "é", "B"], key=locale.strxfrm))
print("nl_langinfo")
for name in ["CODESET", "RADIXCHAR", "THOUSEP", "D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM",
             "AM_STR", "PM_STR", "DAY_1", "DAY_7", "ABDAY_2", "MON_1", "MON_12", "ABMON_9",
             "YESEXPR", "NOEXPR", "CRNCYSTR", "ERA", "ALT_DIGITS"]:
    print(" ", name, getattr(locale, name), repr(locale.nl_langinfo(getattr(locale, name))))
show(locale.nl_langinfo, 9999)
print("normalize")
for n in ["en_US", "en_US.utf8", "C", "POSIX", "c", "posix", "de_DE", "de", "fr_FR.ISO8859-1",
          "english", "ja_JP.eucJP", "en_US.UTF-8", "c.utf8", "C.UTF-8", "xx", "en", "pt_BR",
          "zh_CN.gb2312", "zh_TW", "en_GB@euro", "sr_RS@latin", "sr@latin", "de_DE.utf-8@euro",
          "", "en_us", "EN_US", "en-US", "en_US.ISO-8859-1", "en_US.iso88591", "en_US.latin1",
          "de_DE@euro", "en_US.UTF-8@foo", "ca_ES@valencia", "fr_FR.ISO8859-15@euro",
          "ja_JP.SJIS", "ja_jp.utf8", "C.ascii", "de_DE.eucJP", "xx.utf8", "xx_YY.utf8",
          "en_US.koi8r", "en_US.cp1252", "en.utf8@euro", "ru", "ru_RU", "es_MX", "it", "nl_BE",
          "sv_FI", "ko", "uk", "el", "fi", "pl_PL.UTF-8"]:
    print(" ", repr(n), repr(locale.normalize(n)))
