#!/usr/bin/env python3
"""Regenerates testdata.txt (the CPython oracle for the format module's tests).

Run with CPython 3.11 from this folder:  python3 gen_testdata.py > testdata.txt
Every line is TAB-separated; each field escapes '\\' as '\\\\' and any char
outside printable ASCII as '\\u{HEX}'.  Results are 'OK:<text>' or
'<ExceptionName>:<message>'.  The output is deterministic (fixed seeds).
"""

import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "testdata must come from CPython 3.11"

LINES = []
SEEN = set()


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    return "".join(out)


def emit(*fields):
    line = "\t".join(esc(str(f)) for f in fields)
    if line not in SEEN:
        SEEN.add(line)
        LINES.append(line)


def outcome(fn):
    try:
        return "OK:" + fn()
    except (ValueError, OverflowError, TypeError, MemoryError, KeyError) as e:
        return type(e).__name__ + ":" + str(e)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def has_surrogate(s):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in s)


# ---------------------------------------------------------------- format()

INTS = [0, 1, -1, 7, -7, 10, 42, 65, 255, -255, 1000, 4096, 65535, 123456789,
        -987654321, 2**31, 2**63, -(2**64), 10**30 + 7, -(10**50), 0x10FFFF,
        0x110000, -5, 2**1024, -(2**1024) + 2**970, 10**17 + 1, 9, 999, 1234567]
FLOATS = [0.0, -0.0, 0.1, -0.1, 1.0, -1.0, 1e16, -1e16, 1e-7, 123456.789,
          5e-324, 1.7976931348623157e308, float("inf"), float("-inf"),
          float("nan"), 2.5, 0.5, 1.005, 1.5, -1.5, 1234.5, 10.0, 100.0,
          1e15, 9.999999e15, 0.0001, 1.234e-05, 1e22, 1e100, -123.456, 2.675,
          0.125, 0.375, 9.5, 99.5, 999999.5, 1e-300, math.pi, 2.0**53, 2 / 3,
          12345678.9, 0.00009999, 9.9999, 99999.99, 1e-5, 1e-4, 123.0,
          -0.0004, -2.5e-7, 3e8]
STRS = ["", "a", "abc", "hello world", "\u00e9", "\u00f1and\u00fa",
        "\u65e5\u672c\u8a9e", "a\tb", "\U0001f600x", "0123456789", "  x  "]

FILLALIGN = ["", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0>", "0^",
             "0=", "\u00e9>", " <", "<<", "\x00^", "}>", "{<", "x="]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "0", "1", "2", "5", "8", "12", "20", "33"]
GROUPS = ["", ",", "_"]
PRECS = ["", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25"]
INT_TYPES = ["", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g",
             "G", "%", "s", "z", "r", "\u00e9", "\x7f"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "c", "s",
               "r"]
STR_TYPES = ["", "s", "d", "f", "r", "c"]

BAD_SPECS = ["5x5", "xx", ",,", ",_", "_,", "__", ".", "1.", ".x", "<<<",
             "99999999999999999999", ".99999999999999999999",
             "9223372036854775808", ".9223372036854775808", ".2147483648",
             ".2147483647", "+-", "#+", "0#", "z+", "\u0661\u0660",
             ".\u0663f", "\u0662\u0660s", ",.2f", "_.2f", ".2,f", "10,,d",
             "=", "0=", "0", "00", "010", "0010", "#010x", "#0", "+", " ",
             "-", "z", "zf", "z.1f", "+z", "z#", "#", ",", "_", "c", ",c",
             "_c", "+c", "#c", ".3c", "=10c", "^10c", "n", ",n", "_n",
             "5 ", ",\u00e9", "_z", "_b", "_o", "_x", "_X", ",b", ",x"]


def rand_spec(rng, types):
    parts = []
    if rng.random() < 0.5:
        parts.append(rng.choice(FILLALIGN))
    if rng.random() < 0.8:
        parts.append(rng.choice(SIGNS))
    if rng.random() < 0.15:
        parts.append("z")
    if rng.random() < 0.3:
        parts.append("#")
    if rng.random() < 0.3:
        parts.append("0")
    if rng.random() < 0.6:
        parts.append(rng.choice(WIDTHS))
    if rng.random() < 0.35:
        parts.append(rng.choice(GROUPS))
    if rng.random() < 0.5:
        parts.append(rng.choice(PRECS))
    parts.append(rng.choice(types))
    return "".join(parts)


def gen_format():
    rng = random.Random(1234)
    # Systematic sweep over the flag dimensions for a few values per type.
    for v in [0, 5, -1234567, 255, 2**70]:
        for t in ["", "d", "b", "o", "x", "X", "n", "e", "f", "g", "%", "c"]:
            for sign in SIGNS:
                for alt in ["", "#"]:
                    for zero in ["", "0"]:
                        for width in ["", "12"]:
                            for grp in GROUPS:
                                s = sign + alt + zero + width + grp + t
                                emit("int", v, s, outcome(lambda: format(v, s)))
    for v in [0.0, -0.0, 1234.5678, -0.000125, float("inf"), float("nan"), 1e16]:
        for t in ["", "e", "f", "g", "G", "%", "n"]:
            for sign in SIGNS:
                for z in ["", "z"]:
                    for alt in ["", "#"]:
                        for zero in ["", "0"]:
                            for width in ["", "14"]:
                                for grp in GROUPS:
                                    for prec in ["", ".0", ".3"]:
                                        if rng.random() < 0.88:
                                            continue
                                        s = sign + z + alt + zero + width + grp + prec + t
                                        emit("float", repr(v), s,
                                             outcome(lambda: format(v, s)))
    for v in INTS:
        for s in BAD_SPECS:
            emit("int", v, s, outcome(lambda: format(v, s)))
        for _ in range(120 if abs(v) < 10**40 else 40):
            s = rand_spec(rng, INT_TYPES)
            r = outcome(lambda: format(v, s))
            if not has_surrogate(r):
                emit("int", v, s, r)
    for v in FLOATS:
        for s in BAD_SPECS:
            emit("float", repr(v), s, outcome(lambda: format(v, s)))
        for _ in range(110):
            s = rand_spec(rng, FLOAT_TYPES)
            emit("float", repr(v), s, outcome(lambda: format(v, s)))
        # Every precision up to 20 for the main presentation types.
        for t in ["e", "f", "g", "", "%", "G"]:
            for p in range(0, 21, 1 if v in (0.1, 2.675, 1.005, 0.5, 2.5) else 4):
                s = ".%d%s" % (p, t)
                emit("float", repr(v), s, outcome(lambda: format(v, s)))
    for v in STRS:
        for s in BAD_SPECS:
            emit("str", v, s, outcome(lambda: format(v, s)))
        for _ in range(60):
            s = rand_spec(rng, STR_TYPES)
            emit("str", v, s, outcome(lambda: format(v, s)))
    # Random doubles through the common presentation types.
    for _ in range(1500):
        x = random_double(rng)
        s = rand_spec(rng, ["", "e", "f", "g", "G", "%", "n", "E", "F"])
        if "f" in s.lower() or "%" in s:
            if abs(x) > 1e40 or rng.random() < 0.5:
                continue
        emit("float", repr(x), s, outcome(lambda: format(x, s)))
    # Random ints of all sizes.
    for _ in range(1200):
        v = rng.choice([1, -1]) * rng.getrandbits(rng.choice([3, 8, 20, 40, 64, 100, 300]))
        s = rand_spec(rng, ["", "d", "b", "o", "x", "X", "n", "e", "g", "%", "f"])
        emit("int", v, s, outcome(lambda: format(v, s)))


def random_double(rng):
    kind = rng.random()
    if kind < 0.4:
        while True:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if math.isfinite(x):
                return x
    if kind < 0.7:
        return rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)
    if kind < 0.85:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    return rng.randint(-10**6, 10**6) / 8


# ------------------------------------------------------------------- repr()

def gen_repr():
    rng = random.Random(99)
    specials = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e16,
                1e-5, 1e-4, 1.5e300, 2.5e-7, 100.0, 0.0001, 1234567890123456.0,
                9999999999999998.0, 2e16 + 8, 5e-324, 1.7976931348623157e308,
                0.1, 0.2 + 0.1, 1 / 3, 123456789012345678.0, 1e15, 1e17]
    for x in specials:
        emit("repr", bits(x), repr(x))
    for _ in range(4000):
        x = random_double(rng)
        emit("repr", bits(x), repr(x))
    # Dyadic values whose 17-digit rounding is an exact tie.
    for _ in range(600):
        k = rng.choice([(10**13, 16), (10**14, 8), (10**12, 32), (10**15, 4), (10**11, 64)])
        x = rng.randrange(k[0], 10 * k[0]) + rng.randrange(1, k[1], 2) / k[1]
        emit("repr", bits(x), repr(x))
        emit("float", repr(x), "", "OK:" + format(x, ""))


# ------------------------------------------------------------------ printf

def gen_printf():
    rng = random.Random(4321)
    flagchars = "-+ #0"
    conv_int = ["d", "i", "u", "x", "X", "o"]
    conv_float = ["e", "E", "f", "F", "g", "G"]

    def rand_conv(convs):
        flags = "".join(c for c in flagchars if rng.random() < 0.3)
        flags = "".join(rng.sample(flags, len(flags)))
        width = rng.choice(["", "", "1", "7", "12", "*"])
        prec = rng.choice(["", "", ".0", ".2", ".5", ".*", ".", ".12"])
        length = rng.choice(["", "", "", "l", "h", "L"])
        return "%" + flags + width + prec + length + rng.choice(convs)

    def run(fmt, args):
        r = outcome(lambda: fmt % tuple(args))
        enc = []
        for a in args:
            if isinstance(a, bool):
                raise AssertionError
            if isinstance(a, int):
                enc.append("i:%d" % a)
            elif isinstance(a, float):
                enc.append("f:" + repr(a))
            else:
                enc.append("s:" + a)
        emit("printf", fmt, r, *enc)

    def star_args(fmt):
        out = []
        for _ in range(fmt.count("*")):
            out.append(rng.choice([0, 3, 9, -6, -1, 15]))
        return out

    for v in INTS[:22] + [0, -0, 10**40]:
        for _ in range(45):
            fmt = rand_conv(conv_int)
            run(fmt, star_args(fmt) + [v])
    for v in FLOATS:
        for _ in range(45):
            fmt = rand_conv(conv_float + ["d", "i"])
            run(fmt, star_args(fmt) + [v])
    for v in [3, -7, 10**20]:
        for _ in range(10):
            fmt = rand_conv(conv_float)
            run(fmt, star_args(fmt) + [v])
    for v in STRS + ["x"]:
        for _ in range(20):
            fmt = rand_conv(["s", "s", "c"] if len(v) == 1 else ["s"])
            run(fmt, star_args(fmt) + [v])
    for v in [65, 0x263A, 0x110000, -1, 48]:
        for _ in range(8):
            fmt = rand_conv(["c"])
            run(fmt, star_args(fmt) + [v])
    for _ in range(600):
        x = random_double(rng)
        fmt = rand_conv(conv_float)
        if "f" in fmt.lower() and abs(x) > 1e40:
            continue
        run(fmt, star_args(fmt) + [x])
    # Whole format strings, including parse errors and arity errors.
    fixed = [
        ("%%", []), ("100%%", []), ("%d%%", [5]), ("%%%d", [1]), ("%s and %s", ["a", "b"]),
        ("%", []), ("abc%", []), ("%5", [1]), ("%.", [1]), ("%.5", [1]), ("%-", [1]),
        ("%l", [1]), ("%lld", [1]), ("%hd", [1]), ("%Lf", [1.5]), ("%5.3ld", [1]),
        ("%y", [1]), ("%y", []), ("%5%", [1]), ("%-5%", []), ("%d %", [1]), ("%d %", []),
        ("%\u1234", [1]), ("%\x7f", [1]), ("%\x1f", [1]), ("x%zy", [1]), ("%b", [1]),
        ("%*d", [5, 1]), ("%*d", [-5, 1]), ("%-*d", [-5, 1]), ("%.*f", [-5, 1.5]),
        ("%*.*f", [10, 3, 3.14159]), ("%*", [3]), ("%*", []), ("%.*", [3]),
        ("%*d", ["x", 1]), ("%.*d", [1.5, 1]), ("%d", []), ("%d %d", [1]),
        ("%d", [1, 2]), ("abc", [1]), ("", []), ("%s", [""]),
        ("%.99999999999d", [1]), ("%99999999999999999999d", [1]),
        ("%.2147483648f", [1.0]), ("%.2147483647d", [1]),
        ("%d\u00e9%s", [3, "\u00e9"]), ("\u00e9%5s|", ["\u65e5"]),
        ("%(a)s", []), ("%(a", []), ("%c", ["ab"]), ("%c", [1.5]), ("%x", [1.5]),
        ("%o", [2.5]), ("%X", [-3.0]), ("%d", [1e300]), ("%d", [float("inf")]),
        ("%i", [-2.9]), ("%u", [float("nan")]), ("%e", [10**400]),
        ("%f", [2**1024 - 2**970]), ("%g", [2**1024 - 2**971]), ("%d", ["5"]),
        ("%f", ["5"]), ("% d", [5]), ("%+s", ["a"]), ("%#s", ["a"]), ("%0s", ["a"]),
        ("%0-5d|", [7]), ("%-05d|", [7]), ("%#-08o|", [8]), ("% #8x|", [255]),
        ("%#5.3x", [1]), ("%#.0f", [1.0]), ("%#.0e", [1.0]), ("%#g", [1.0]),
        ("%#.3g", [100000.0]), ("%g", [1e16]), ("%.0g", [0.5]), ("%.0e", [2.5]),
        ("%.1f", [0.25]), ("%.2f", [2.675]), ("%.20f", [0.1]), ("%.30e", [5e-324]),
        ("%10.4s|", ["abcdefgh"]), ("%-10.4s|", ["abcdefgh"]), ("%.0s|", ["abc"]),
        ("%.3c|", [65]), ("%5c|", [65]), ("%-5c|", ["x"]), ("%c", [0x110000]),
        ("%c", [-1]), ("%c", [2**70]), ("%s %s %s", [1, 2.5, "x"]),
        ("%r %r", [1, 2.5]), ("%a", [3]), ("%5r|", [1.5]), ("%.2r|", [12345]),
    ]
    for fmt, args in fixed:
        run(fmt, args)


# ------------------------------------------------------------------- parse

def gen_parse():
    rng = random.Random(777)
    strs = ["0", "-0", "+7", " 12 ", "\t\n42\x0b\x0c\r", "\x1c1", "1\x1f",
            "\u2003 5\u3000", "\x85 9", "\xa09", "1_000", "1__000", "_1", "1_",
            "0x_1f", "0x__1f", "0x1f", "0X1F", "0b_1", "0B11", "0o17", "0O17",
            "010", "00", "0_0", "000", "0_", "0b", "0x", "0o", "09", "1e3",
            "\u0661\u0662\u0663", "\uff11\uff12", "\U0001d7cf\U0001d7d0", "",
            " ", "+", "-", "+-1", "- 1", "z", "Z", "zz", "1.0", "12a", "abc",
            "0x" + "f" * 40, "9" * 100, "-" + "7" * 50, "1\x00", "0b102",
            "0o8", "\u0661_\u0662", "1 2", "0x1_f_", "-0x10", "+0b1", "- 0x1",
            "0_7", "0_x1", "\u00b2", "\u2167", "1\u00a0", "\u3000", "0b1",
            "fF", "Zz", "\u0967\u0966", "\u2028-5\u2029", "1\x7f", "\x7f"]
    bases = [0, 2, 3, 7, 8, 10, 16, 35, 36]
    for s in strs:
        for b in bases:
            try:
                r = str(int(s, b))
            except ValueError as e:
                r = "None" if "invalid literal" in str(e) else "ValueError:" + str(e)
            emit("parse_int", s, b, r)
    # CPython's default digit limit for non-power-of-two bases.
    # Long inputs are stored as UNIT * COUNT + SUFFIX to keep lines short.
    for unit, count, suffix, b in [
            ("1", 4300, "", 10), ("1", 4301, "", 10), ("1", 5000, "x", 10),
            ("1", 5000, "", 16), ("1", 5000, "", 7), ("1_", 4301, "1", 10),
            ("1_", 3000, "1", 10), ("0", 700, "1", 10), ("0", 700, "1", 0),
            ("1", 700, "", 36), ("1_", 400, "1", 2), ("-1", 1, "0" * 640, 10),
            ("1", 641, "", 10), ("1", 4300, "_", 10), ("f", 9000, "", 16)]:
        s = unit * count + suffix
        try:
            v = int(s, b)
            r = "digits:%d:%s" % (len(str(abs(v))) if abs(v) < 10**4000 else -1,
                                  str(v % 10**12))
        except ValueError as e:
            r = "None" if "invalid literal" in str(e) else "ValueError:" + str(e)
        emit("parse_int_rep", unit, count, suffix, b, r)
    digits36 = "0123456789abcdefghijklmnopqrstuvwxyz"
    for _ in range(1200):
        b = rng.choice([0, 2, 8, 10, 16, 36, 5, 12])
        eb = b or rng.choice([2, 8, 10, 16])
        v = rng.getrandbits(rng.choice([4, 16, 64, 200]))
        d = []
        while True:
            d.append(digits36[v % eb])
            v //= eb
            if not v:
                break
        body = "".join(reversed(d))
        if rng.random() < 0.5:
            body = "".join(c.upper() if rng.random() < 0.5 else c for c in body)
        if rng.random() < 0.3:
            i = rng.randint(1, len(body))
            body = body[:i] + rng.choice(["_", "_", "__", " "]) + body[i:]
        prefix = {2: "0b", 8: "0o", 16: "0x"}.get(eb, "")
        if b == 0 or (prefix and rng.random() < 0.3):
            body = prefix + (rng.choice(["", "_"]) if prefix else "") + body
        if rng.random() < 0.3:
            body = rng.choice(["-", "+"]) + body
        if rng.random() < 0.2:
            body = " " + body + "\n"
        try:
            r = str(int(body, b))
        except ValueError as e:
            r = "None" if "invalid literal" in str(e) else "ValueError:" + str(e)
        emit("parse_int", body, b, r)

    fstrs = ["1", "1.5", " 1.5 ", "1_000.000_1", "1__0", "_1", "1_", "1._5",
             "1_.5", "1e1_0", "1e_10", "1_e5", ".5", "5.", ".", "e5", "1e",
             "1e+", "1e+5", "1E-5", "inf", "Inf", "INFINITY", "-inf",
             "+infinity", "infinit", "infinityy", "nan", "-nan", "+NaN",
             "nan(1)", "0x1p3", "1e400", "-1e400", "1e-400",
             "2.4703282292062328e-324", "2.4703282292062327e-324",
             "1" * 400, "0." + "0" * 400 + "1", "\u0661.\u0665",
             "\u20031.5\u3000", "", " ", "1 2", "1\x00", "++1", "-+1", "in f",
             "i_nf", "1.5e", "1.5e-", "-.5e-3", "+.5", "-5.", "0", "-0",
             "-0.0", "1e99999999999999999999", "0e99999999999999999999",
             "1e-99999999999999999999", "\x1c1", "1\x0b", "\x851.0",
             "9007199254740993", "1.00000000000000011102230246251565404236316680908203125",
             "1.00000000000000011102230246251565404236316680908203124",
             "1.7976931348623157e308", "1.7976931348623158e308",
             "1.797693134862315807e308", "4.9e-324", "2e-324", "3e-324",
             "1_2_3.4_5e1_2", "1.2_", "0_0.0_0", "00001.5", "1e0001",
             "\u00bd", "1\u00b2", "\U0001d7d9.5", "0.1", "3.14", "-2.5e-3",
             "1.e5", ".e5", "-.", "+", "-", "1ee5", "1e5.5", "1.5.5"]
    for s in fstrs:
        emit("parse_float", s, float_result(s))
    for _ in range(1500):
        k = rng.random()
        if k < 0.4:
            s = repr(random_double(rng))
        elif k < 0.8:
            n = rng.randint(1, 40)
            s = "".join(rng.choice("0123456789") for _ in range(n))
            if rng.random() < 0.7:
                i = rng.randint(0, n)
                s = s[:i] + "." + s[i:]
            if rng.random() < 0.6:
                s += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 330))
            if rng.random() < 0.3:
                s = rng.choice("+-") + s
        else:
            s = "%.*e" % (rng.randint(15, 25), random_double(rng))
        emit("parse_float", s, float_result(s))


def float_result(s):
    try:
        x = float(s)
    except ValueError:
        return "None"
    if math.isnan(x):
        return "-nan" if math.copysign(1.0, x) < 0 else "nan"
    return bits(x)


# ------------------------------------------------------------------- round

def gen_round():
    rng = random.Random(555)
    cases = [(2.675, 2), (0.125, 2), (0.375, 2), (1234.5, -1), (1235.0, -1),
             (1245.0, -1), (5e-324, 400), (5e-324, 323), (5e-324, 324),
             (5e-324, 322), (1e308, -308), (1.7976931348623157e308, -308),
             (1.7976931348623157e308, -307), (1.5e308, -308), (1.2, -309),
             (-1.2, -309), (-0.4, 0), (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0),
             (float("inf"), 2), (float("-inf"), -2), (float("nan"), 1),
             (-0.0, 3), (0.0, -3), (123.456, 10**9), (123.456, -10**9),
             (123.456, -400), (-123.456, -400), (0.5, -1), (5.0, -1),
             (15.0, -1), (25.0, -1), (50.0, -2), (150.0, -2), (1e22, -22),
             (5e22, -23), (1.0000000000000002, 15), (1.0000000000000002, 16),
             (0.285, 2), (1.005, 2), (2.5e-7, 7), (9.995, 2), (1e300, -300),
             (4.35, 1), (0.045, 2), (123456789.125, 2), (1e16 + 2, -1)]
    for x, n in cases:
        emit("round", bits(x), n, round_result(x, n))
    for _ in range(2500):
        x = random_double(rng)
        if not math.isfinite(x):
            continue
        e = math.frexp(x)[1] if x else 0
        base = -int(e * 0.30103)
        n = base + rng.randint(-3, 20) if rng.random() < 0.8 else rng.randint(-330, 340)
        emit("round", bits(x), n, round_result(x, n))


def round_result(x, n):
    try:
        r = round(x, n)
    except OverflowError as e:
        return "OverflowError:" + str(e)
    if math.isnan(r):
        return "nan"
    return bits(r)


# --------------------------------------------------------------- int bases

def gen_bases():
    rng = random.Random(31)
    vals = INTS + [rng.choice([1, -1]) * rng.getrandbits(rng.randint(1, 300)) for _ in range(150)]
    for v in vals:
        emit("base", v, 16, hex(v))
        emit("base", v, 8, oct(v))
        emit("base", v, 2, bin(v))


def main():
    gen_format()
    gen_repr()
    gen_printf()
    gen_parse()
    gen_round()
    gen_bases()
    out = sys.stdout
    out.write("# generated by gen_testdata.py from CPython %s; do not edit\n"
              % sys.version.split()[0])
    for line in LINES:
        out.write(line + "\n")


if __name__ == "__main__":
    main()
