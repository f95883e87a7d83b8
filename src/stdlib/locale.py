"""Locale services (tessera's own implementation).

tessera runs in the C/POSIX locale only: ``setlocale`` accepts "C", "POSIX" and the
C.UTF-8 variants and raises ``locale.Error`` for every other locale, as CPython does on a
system where no other locale is installed.  Formatting follows the C locale's
conventions (``localeconv()``), so no grouping and "." as the decimal point."""

import os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
           "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "format",
           "localize", "delocalize", "nl_langinfo", "LC_MESSAGES"]

_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


# Categories as the C library lists them in a composite LC_ALL name (the last six have no
# Python constant).
_CATEGORY_NAMES = ((LC_CTYPE, "LC_CTYPE"), (LC_NUMERIC, "LC_NUMERIC"), (LC_TIME, "LC_TIME"),
                   (LC_COLLATE, "LC_COLLATE"), (LC_MONETARY, "LC_MONETARY"),
                   (LC_MESSAGES, "LC_MESSAGES"), (7, "LC_PAPER"), (8, "LC_NAME"),
                   (9, "LC_ADDRESS"), (10, "LC_TELEPHONE"), (11, "LC_MEASUREMENT"),
                   (12, "LC_IDENTIFICATION"))
_SETTABLE = (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12)


def _c_name(name):
    """The spelling setlocale reports for a C-locale name, or None for other locales."""
    if name in ("C", "POSIX"):
        return "C"
    if name.lower() in ("c.utf-8", "c.utf8"):
        return name
    return None


def _startup_ctype():
    # CPython sets LC_CTYPE from the environment at start-up, coercing the plain C locale
    # to C.UTF-8 (PEP 538) unless LC_ALL forces it.
    forced = os.environ.get("LC_ALL")
    if forced:
        return _c_name(forced) or "C.UTF-8"
    for var in ("LC_CTYPE", "LANG"):
        value = os.environ.get(var)
        if value:
            picked = _c_name(value)
            if picked is None or picked == "C":
                return "C.UTF-8"
            return picked
    return "C.UTF-8"


_current = {cat: "C" for cat in _SETTABLE}
_current[LC_CTYPE] = _startup_ctype()


def _from_environment(category):
    for var in ("LC_ALL", _dict_name(category), "LANG"):
        if var is None:
            continue
        value = os.environ.get(var)
        if value:
            return value
    return "C"


def _dict_name(category):
    for cat, name in _CATEGORY_NAMES:
        if cat == category:
            return name
    return None


def _query(category):
    if category == LC_ALL:
        values = [_current[c] for c in _SETTABLE]
        if all(v == values[0] for v in values):
            return values[0]
        return ";".join("%s=%s" % (name, _current[cat]) for cat, name in _CATEGORY_NAMES)
    if category not in _current:
        raise Error("locale query failed")
    return _current[category]


def setlocale(category, locale=None):
    """Set (or with locale=None, query) the locale of `category`."""
    category = _index(category)
    if locale is None:
        return _query(category)
    if not isinstance(locale, _str):
        try:
            parts = tuple(locale)
            if len(parts) != 2:
                raise TypeError
        except TypeError:
            raise TypeError("Locale must be None, a string, or an iterable of two strings "
                            "-- language code, encoding.") from None
        locale = _build_localename(parts)
    if category != LC_ALL and category not in _current:
        raise Error("unsupported locale setting")
    if locale == "":
        cats = _SETTABLE if category == LC_ALL else (category,)
        chosen = {c: _c_name(_from_environment(c)) or "C" for c in cats}
        _current.update(chosen)
        return _query(category)
    picked = _c_name(locale)
    if picked is None:
        raise Error("unsupported locale setting")
    for c in (_SETTABLE if category == LC_ALL else (category,)):
        _current[c] = picked
    return picked


def _index(value):
    if isinstance(value, int):
        return value
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


def _build_localename(parts):
    language, encoding = parts
    if language is None:
        language = "C"
    if encoding is None:
        return language
    return language + "." + encoding


def _split_name(name):
    """(language, encoding) from a normalized locale name."""
    code = normalize(name)
    if "@" in code:
        code, modifier = code.split("@", 1)
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        lang, enc = code.split(".")[:2]
        return lang, enc
    if code == "C":
        return None, None
    if code == "UTF-8":
        return None, "UTF-8"
    raise ValueError("unknown locale: %s" % name)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of `category`'s current locale."""
    name = setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _split_name(name)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for var in envvars:
        value = os.environ.get(var)
        if value:
            if var == "LANGUAGE":
                value = value.split(":")[0]
            break
    else:
        value = "C"
    return _split_name(value)


def resetlocale(category=LC_ALL):
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning,
                  stacklevel=2)
    setlocale(category, "")


def getencoding():
    """The encoding of the current LC_CTYPE locale."""
    return nl_langinfo(CODESET)


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: tessera always runs in UTF-8 mode."""
    return "utf-8"


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
            "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "",
            "negative_sign": "", "int_frac_digits": CHAR_MAX, "frac_digits": CHAR_MAX,
            "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX,
            "n_cs_precedes": CHAR_MAX, "n_sep_by_space": CHAR_MAX,
            "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX, "decimal_point": ".",
            "thousands_sep": "", "grouping": []}


def strcoll(a, b, /):
    for pos, v in enumerate((a, b)):
        if not isinstance(v, _str):
            raise TypeError("strcoll() argument %d must be str, not %s"
                            % (pos + 1, type(v).__name__))
    return (a > b) - (a < b)


def strxfrm(string, /):
    if not isinstance(string, _str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


# ---------------------------------------------------------------------------------------
# nl_langinfo

_LANGINFO = {
    14: None,  # CODESET, from LC_CTYPE
    65536: ".", 65537: "", 131110: "AM", 131111: "PM", 131112: "%a %b %e %H:%M:%S %Y",
    131113: "%m/%d/%y", 131114: "%H:%M:%S", 131115: "%I:%M:%S %p", 131116: "",
    131118: "", 131119: "", 131120: "", 131121: "", 262159: "-", 327680: "^[yY]",
    327681: "^[nN]",
}
_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
CODESET, RADIXCHAR, THOUSEP = 14, 65536, 65537
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = 131110, 131111, 131112, 131113, 131114, 131115
ERA, ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = 131116, 131118, 131119, 131120, 131121
CRNCYSTR, YESEXPR, NOEXPR = 262159, 327680, 327681
for _i, _day in enumerate(_DAYS):
    globals()["DAY_%d" % (_i + 1)] = 131079 + _i
    globals()["ABDAY_%d" % (_i + 1)] = 131072 + _i
    _LANGINFO[131079 + _i] = _day
    _LANGINFO[131072 + _i] = _day[:3]
for _i, _month in enumerate(_MONTHS):
    globals()["MON_%d" % (_i + 1)] = 131098 + _i
    globals()["ABMON_%d" % (_i + 1)] = 131086 + _i
    _LANGINFO[131098 + _i] = _month
    _LANGINFO[131086 + _i] = _month[:3]
del _i, _day, _month


def nl_langinfo(key, /):
    key = _index(key)
    if key not in _LANGINFO:
        raise ValueError("unsupported langinfo constant")
    if key == CODESET:
        return "ANSI_X3.4-1968" if _current[LC_CTYPE] == "C" else "UTF-8"
    return _LANGINFO[key]


# ---------------------------------------------------------------------------------------
# Number formatting

def _group_digits(digits, monetary):
    """Insert the locale's thousands separator into a run of digits."""
    conv = localeconv()
    sep = conv["mon_thousands_sep" if monetary else "thousands_sep"]
    sizes = conv["mon_grouping" if monetary else "grouping"]
    if not sizes or not sep:
        return digits
    groups = []
    rest = digits
    size = None
    for entry in sizes:
        if entry == CHAR_MAX:
            break
        if entry:
            size = entry
        if not rest or size is None:
            break
        groups.append(rest[-size:])
        rest = rest[:-size]
    else:
        while rest and size:
            groups.append(rest[-size:])
            rest = rest[:-size]
    if rest:
        groups.append(rest)
    return sep.join(reversed(groups))


def _localize_number(text, grouping, monetary):
    """Apply the decimal point and (optionally) digit grouping to a formatted number."""
    conv = localeconv()
    point = conv["mon_decimal_point" if monetary else "decimal_point"] or "."
    stripped = text.strip()
    if grouping:
        start = 0
        while start < len(stripped) and not stripped[start].isdigit():
            start += 1
        end = start
        while end < len(stripped) and stripped[end].isdigit():
            end += 1
        grouped = stripped[:start] + _group_digits(stripped[start:end], monetary) + stripped[end:]
        if len(grouped) > len(stripped):
            # Take the room from the padding, as CPython does.
            extra = len(grouped) - len(stripped)
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            lead_cut = min(lead, extra)
            text = (text[:lead][lead_cut:] + grouped + text[len(text) - trail:]
                    [:max(0, trail - (extra - lead_cut))])
        else:
            text = text.replace(stripped, grouped, 1)
    if point != ".":
        text = text.replace(".", point, 1)
    return text


def _format_one(spec, value, grouping, monetary):
    out = spec % value
    if spec[-1] in "eEfFgGdiu":
        out = _localize_number(out, grouping, monetary)
    return out


def _scan_specs(f):
    """Yield (literal, spec) pieces of a %-format string; spec is '' after the last one."""
    i = 0
    n = len(f)
    literal = []
    while i < n:
        c = f[i]
        if c != "%":
            literal.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and f[j] == "(":
            close = f.find(")", j)
            if close < 0:
                raise ValueError("incomplete format key")
            j = close + 1
        while j < n and f[j] in "#0- +*.0123456789hlL":
            j += 1
        if j >= n:
            raise ValueError("incomplete format")
        yield "".join(literal), f[i:j + 1]
        literal = []
        i = j + 1
    yield "".join(literal), ""


def format_string(f, val, grouping=False, monetary=False):
    """Format `val` with the %-format `f` using the current locale's conventions."""
    pieces = list(_scan_specs(f))
    is_mapping = hasattr(val, "keys") and not isinstance(val, tuple)
    if not isinstance(val, tuple) and not is_mapping:
        val = (val,)
    out = []
    used = 0
    for literal, spec in pieces:
        out.append(literal)
        if not spec:
            continue
        if spec == "%%":
            out.append("%")
            continue
        if is_mapping and spec.startswith("%("):
            out.append(_format_one(spec, val, grouping, monetary))
            continue
        stars = spec.count("*")
        args = tuple(val[used:used + stars]) + (val[used + stars],)
        used += stars + 1
        out.append(_format_one(spec, args if len(args) > 1 else args[0], grouping, monetary))
    return "".join(out)


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    specs = [s for _, s in _scan_specs(percent) if s]
    if len(specs) != 1 or percent.find(specs[0]) != 0 or len(specs[0]) != len(percent):
        raise ValueError("format() must be given exactly one %%char format specifier, "
                         "%s not valid" % repr(percent))
    return _format_one(percent, (value,) + additional if additional else value,
                       grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv["int_frac_digits" if international else "frac_digits"]
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    text = format_string("%%.%if" % digits, abs(val), grouping, monetary=True)
    return text if val >= 0 else "-" + text


def str(val):
    """Format a float like str() but with the locale's decimal point."""
    return format_string("%.12g", val)


def delocalize(string):
    """Turn a localized number string into one float() accepts."""
    conv = localeconv()
    sep = conv["thousands_sep"]
    if sep:
        string = string.replace(sep, "")
    point = conv["decimal_point"]
    if point and point != ".":
        string = string.replace(point, ".")
    return string


def localize(string, grouping=False, monetary=False):
    """Turn a plain number string into the locale's form."""
    return _localize_number(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# ---------------------------------------------------------------------------------------
# normalize()

# Default full name for a language or language_TERRITORY (observed from CPython's
# locale.normalize); keys are lower case.
_DEFAULTS = {}
for _entry in (
        "af:af_ZA.ISO8859-1 ar:ar_AA.ISO8859-6 bg:bg_BG.CP1251 ca:ca_ES.ISO8859-1 "
        "cs:cs_CZ.ISO8859-2 da:da_DK.ISO8859-1 de:de_DE.ISO8859-1 el:el_GR.ISO8859-7 "
        "en:en_US.ISO8859-1 es:es_ES.ISO8859-1 et:et_EE.ISO8859-15 eu:eu_ES.ISO8859-1 "
        "fa:fa_IR.UTF-8 fi:fi_FI.ISO8859-15 fr:fr_FR.ISO8859-1 ga:ga_IE.ISO8859-1 "
        "gl:gl_ES.ISO8859-1 he:he_IL.ISO8859-8 hi:hi_IN.ISCII-DEV hr:hr_HR.ISO8859-2 "
        "hu:hu_HU.ISO8859-2 id:id_ID.ISO8859-1 is:is_IS.ISO8859-1 it:it_IT.ISO8859-1 "
        "ja:ja_JP.eucJP ko:ko_KR.eucKR lt:lt_LT.ISO8859-13 lv:lv_LV.ISO8859-13 "
        "mk:mk_MK.ISO8859-5 ms:ms_MY.ISO8859-1 nb:nb_NO.ISO8859-1 nl:nl_NL.ISO8859-1 "
        "nn:nn_NO.ISO8859-1 no:no_NO.ISO8859-1 pl:pl_PL.ISO8859-2 pt:pt_PT.ISO8859-1 "
        "ro:ro_RO.ISO8859-2 ru:ru_RU.UTF-8 sk:sk_SK.ISO8859-2 sl:sl_SI.ISO8859-2 "
        "sq:sq_AL.ISO8859-2 sr:sr_RS.UTF-8 sv:sv_SE.ISO8859-1 th:th_TH.ISO8859-11 "
        "tr:tr_TR.ISO8859-9 uk:uk_UA.KOI8-U vi:vi_VN.TCVN zh:zh_CN.eucCN "
        "english:en_EN.ISO8859-1 universal:en_US.utf "
        "en_au en_ca en_gb en_ie en_in en_nz en_za fr_be fr_ca fr_ch de_at de_be de_ch "
        "es_ar es_mx it_ch nl_be pt_br sv_fi ar_eg ar_sa "
        "zh_cn:zh_CN.gb2312 zh_tw:zh_TW.big5 zh_hk:zh_HK.big5hkscs zh_sg:zh_SG.GB2312 "
        "ru_ua:ru_UA.KOI8-U sr@latin:sr_RS.UTF-8@latin sr_rs@latin:sr_RS.UTF-8@latin "
        "ca_es@valencia:ca_ES.UTF-8@valencia").split():
    if ":" in _entry:
        _key, _full = _entry.split(":")
    else:
        # language_TERRITORY taking the language's encoding
        _key = _entry
        _full = _entry[:2] + "_" + _entry[3:].upper()
    _DEFAULTS[_key] = _full
for _key, _full in list(_DEFAULTS.items()):
    if len(_key) == 2:
        _territory = _full.split(".")[0].lower()
        _DEFAULTS.setdefault(_territory, _full)
for _key, _full in list(_DEFAULTS.items()):
    if "." not in _full:
        _DEFAULTS[_key] = _full + "." + _DEFAULTS[_key[:2]].split(".", 1)[1]
del _entry, _key, _full, _territory

_ENCODINGS = {"utf8": "UTF-8", "utf-8": "UTF-8", "utf": "UTF-8",
              "iso88591": "ISO8859-1", "iso8859-1": "ISO8859-1", "iso-8859-1": "ISO8859-1",
              "latin1": "ISO8859-1", "latin-1": "ISO8859-1", "iso885915": "ISO8859-15",
              "iso8859-15": "ISO8859-15", "iso-8859-15": "ISO8859-15",
              "iso88592": "ISO8859-2", "iso8859-2": "ISO8859-2", "iso-8859-2": "ISO8859-2",
              "iso88595": "ISO8859-5", "iso8859-5": "ISO8859-5",
              "koi8r": "KOI8-R", "koi8-r": "KOI8-R", "koi8u": "KOI8-U", "koi8-u": "KOI8-U",
              "ascii": "ISO8859-1", "eucjp": "eucJP", "euckr": "eucKR", "gb2312": "gb2312",
              "big5": "big5"}


def normalize(localename):
    """A locale name in the form setlocale() accepts (e.g. 'de' -> 'de_DE.ISO8859-1')."""
    low = localename.lower()
    if ":" in low:
        low = low.replace(":", ".")
    if "@" in low:
        code, modifier = low.split("@", 1)
    else:
        code, modifier = low, ""
    if "." in code:
        lang, enc = code.split(".", 1)
    else:
        lang, enc = code, ""
    if lang in ("c", "posix"):
        if enc in ("utf8", "utf-8"):
            return "en_US.UTF-8"
        return "C"
    if modifier and modifier != "euro":
        full = _DEFAULTS.get(lang + "@" + modifier)
        if full is not None and not enc:
            return full
        if full is None and not enc:
            return localename
    full = _DEFAULTS.get(lang)
    if full is None:
        return localename
    base, default_enc = full.split(".", 1)
    if "@" in default_enc:
        default_enc = default_enc.split("@")[0]
    if enc:
        picked = _ENCODINGS.get(enc)
        if picked is None:
            picked = localename.split("@")[0].split(".", 1)[1]
        result = base + "." + picked
        if modifier and modifier != "euro":
            result += "@" + modifier
        return result
    if modifier == "euro":
        return base + ".ISO8859-15"
    return base + "." + default_enc
