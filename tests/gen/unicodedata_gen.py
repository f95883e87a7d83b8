#!/usr/bin/env python3
"""Writes src/vm/modules/unicodedata_tables.rs, the data behind tessera's `unicodedata`.

Every value is read from the unicodedata module of the python3 that runs this script
(CPython 3.11: Unicode 14.0.0), used as a black box through its public functions, so the
tables give the same answer as CPython for every code point. Name aliases and named
sequences (which that module can look up but not list) come from
tests/gen/unicodedata_names_extra.txt; each entry is checked against python3 here.

Usage: python3 tests/gen/unicodedata_gen.py
"""
import os
import struct
import sys
import unicodedata as ud

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "vm", "modules", "unicodedata_tables.rs")
EXTRA = os.path.join(HERE, "unicodedata_names_extra.txt")
TOP = 0x110000

if ud.unidata_version != "14.0.0":
    sys.exit("run this with CPython 3.11 (Unicode 14.0.0), not " + ud.unidata_version)

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc",
              "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp",
              "Cc", "Cf", "Cs", "Co"]
BIDI = ["", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
        "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"]
WIDTHS = ["N", "A", "H", "W", "F", "Na"]
TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
        "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
        "<square>", "<fraction>", "<compat>"]

# Names that CPython spells as a prefix plus the code point in hex; kept as ranges here.
# The first two are also parsed strictly (upper case only) by lookup; the others are
# looked up like ordinary names.
PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ", "CJK COMPATIBILITY IDEOGRAPH-",
            "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]


def rust_bytes(data, width=96):
    """A byte-string literal split over lines with backslash continuations."""
    pieces, line = [], ""
    for b in data:
        if len(line) + 4 > width:
            pieces.append(line)
            line = ""
        # A continuation line drops its leading whitespace, so a space there is escaped.
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) and (b != 0x20 or line):
            line += chr(b)
        else:
            line += "\\x%02x" % b
    pieces.append(line)
    return 'b"' + "\\\n".join(pieces) + '"'


def rust_list(values, fmt="{}", per_line=16):
    rows = []
    for i in range(0, len(values), per_line):
        rows.append("    " + ", ".join(fmt.format(v) for v in values[i:i + per_line]) + ",")
    return "[\n" + "\n".join(rows) + "\n]"


def two_stage(values, shift):
    """Splits a per-code-point list into (index, blocks): value = blocks[index[cp>>shift]][cp&mask]."""
    size = 1 << shift
    seen, blocks, index = {}, [], []
    for start in range(0, len(values), size):
        chunk = tuple(values[start:start + size])
        if chunk not in seen:
            seen[chunk] = len(blocks)
            blocks.append(chunk)
        index.append(seen[chunk])
    return index, blocks


def props(db, numerics):
    """Property records of `db` (a unicodedata or its ucd_3_2_0) and each code point's record."""
    records, record_ids, per_cp = [], {}, []
    for cp in range(TOP):
        c = chr(cp)
        num = db.numeric(c, None)
        if num is None:
            num_id = 0
        else:
            if num not in numerics:
                numerics.append(num)
            num_id = numerics.index(num)
        dec = db.decimal(c, None)
        dig = db.digit(c, None)
        rec = (CATEGORIES.index(db.category(c)), BIDI.index(db.bidirectional(c)),
               db.combining(c), WIDTHS.index(db.east_asian_width(c)), db.mirrored(c),
               15 if dec is None else dec, 15 if dig is None else dig, num_id)
        if rec not in record_ids:
            record_ids[rec] = len(records)
            records.append(rec)
        per_cp.append(record_ids[rec])
    return records, per_cp


def decompositions():
    keys, offsets, data = [], [], []
    for cp in range(TOP):
        d = ud.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split()
        tag = 0
        if parts[0].startswith("<"):
            tag = TAGS.index(parts.pop(0))
        cps = [int(p, 16) for p in parts]
        assert len(cps) < 32 and tag < 32
        keys.append(cp)
        offsets.append(len(data))
        # Header word: tag and length above the first code point.
        data.append(tag << 26 | len(cps) << 21 | cps[0])
        data.extend(cps[1:])
    return keys, offsets, data


def compositions():
    """(first, second, composite) for every primary composite (canonical pair that NFC keeps)."""
    out = []
    for cp in range(TOP):
        c = chr(cp)
        d = ud.decomposition(c)
        if not d or d.startswith("<"):
            continue
        parts = [int(p, 16) for p in d.split()]
        if len(parts) == 2 and ud.normalize("NFC", c) == c:
            out.append((parts[0], parts[1], cp))
    out.sort()
    return out


def fixes_3_2_0():
    """Code points whose 3.2.0 normalization uses a mapping later corrected: (cp, old)."""
    old = ud.ucd_3_2_0
    out = []
    for cp in range(TOP):
        c = chr(cp)
        if old.category(c) == "Cn":
            continue
        then, now = old.normalize("NFD", c), ud.normalize("NFD", c)
        if then != now:
            assert len(then) == 1 and len(ud.decomposition(c).split()) == 1, hex(cp)
            out.append((cp, ord(then)))
    return out


def names():
    """Ordinary names as word sequences, plus the prefix-hex ranges."""
    ranges = []  # (first, last, prefix index)
    plain = {}
    for cp in range(TOP):
        n = ud.name(chr(cp), None)
        if n is None:
            continue
        for i, p in enumerate(PREFIXES):
            if i != 1 and n == p + "%04X" % cp:
                if ranges and ranges[-1][2] == i and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp, i])
                break
            if i == 1 and n.startswith(p) and 0xAC00 <= cp <= 0xD7A3:
                if ranges and ranges[-1][2] == i and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp, i])
                break
        else:
            plain[cp] = n
    return ranges, plain


def encode_names(plain):
    freq = {}
    for n in plain.values():
        for w in n.split(" "):
            freq[w] = freq.get(w, 0) + 1
    words = sorted(freq, key=lambda w: (-freq[w], w))
    wid = {w: i for i, w in enumerate(words)}
    one = 0xC0  # ids below this take one byte; the rest two (high byte 0xC0..0xFF)
    assert len(words) <= one + 64 * 256, len(words)
    stream = bytearray()
    runs = []  # (first code point, index of its name) for each run of consecutive named cps
    offsets = []  # byte offset of every 32nd name
    for k, cp in enumerate(sorted(plain)):
        if not runs or cp != prev + 1:
            runs.append((cp, k))
        prev = cp
        if k % 32 == 0:
            offsets.append(len(stream))
        ws = plain[cp].split(" ")
        assert 0 < len(ws) < 256
        stream.append(len(ws))
        for w in ws:
            i = wid[w]
            if i < one:
                stream.append(i)
            else:
                i -= one
                stream.append(one + (i >> 8))
                stream.append(i & 0xFF)
    return words, stream, runs, offsets, len(plain)


def extras():
    out = []
    with open(EXTRA) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, cps = line.split(";")
            s = "".join(chr(int(h, 16)) for h in cps.split())
            assert ud.lookup(name) == s, name
            out.append((name, s))
    return out


def main():
    lines = ["// @generated by tests/gen/unicodedata_gen.py from python3's unicodedata (14.0.0); "
             "regenerate with: python3 tests/gen/unicodedata_gen.py",
             "// Do not edit by hand.", "#![allow(clippy::unreadable_literal)]", ""]

    def emit(s=""):
        lines.append(s)

    numerics = [None]
    tables = [(suffix, props(db, numerics)) for suffix, db in (("", ud), ("32", ud.ucd_3_2_0))]
    emit("pub const CATEGORIES: [&str; %d] = [%s];" % (len(CATEGORIES), ", ".join('"%s"' % c for c in CATEGORIES)))
    emit("pub const BIDI: [&str; %d] = [%s];" % (len(BIDI), ", ".join('"%s"' % c for c in BIDI)))
    emit("pub const WIDTHS: [&str; %d] = [%s];" % (len(WIDTHS), ", ".join('"%s"' % c for c in WIDTHS)))
    emit("pub const TAGS: [&str; %d] = [%s];" % (len(TAGS), ", ".join('"%s"' % c for c in TAGS)))
    emit("pub const PREFIXES: [&str; %d] = [%s];" % (len(PREFIXES), ", ".join('"%s"' % c for c in PREFIXES)))
    emit()
    emit("/// Property records: category, bidi class, combining class, width, mirrored,")
    emit("/// decimal (15 = none), digit (15 = none), numeric (index + 1 into NUMERIC, 0 = none).")
    emit("/// A suffix of 32 marks the tables of unicodedata.ucd_3_2_0 (Unicode 3.2.0).")
    emit("pub static NUMERIC: [u64; %d] = %s;" % (len(numerics) - 1, rust_list(
        [struct.unpack("<Q", struct.pack("<d", v))[0] for v in numerics[1:]], fmt="{:#x}", per_line=6)))
    for sfx, (records, per_cp) in tables:
        mid_of, leaves = two_stage(per_cp, 4)
        top, mids = two_stage(mid_of, 5)
        rec_ty = "u8" if len(records) <= 256 else "u16"
        emit("pub static RECORDS%s: [[u8; 8]; %d] = %s;" % (sfx, len(records), rust_list(
            ["[%s]" % ", ".join(str(x) for x in r) for r in records], per_line=4)))
        emit("/// RECORDS[PROP_LEAF[PROP_MID[PROP_TOP[cp >> 9] << 5 | (cp >> 4) & 31] << 4 | cp & 15]]")
        emit("pub static PROP%s_TOP: [u8; %d] = %s;" % (sfx, len(top), rust_list(top, per_line=24)))
        emit("pub static PROP%s_MID: [u16; %d] = %s;" % (sfx, len(mids) << 5, rust_list([v for b in mids for v in b], per_line=20)))
        emit("pub static PROP%s_LEAF: [%s; %d] = %s;" % (sfx, rec_ty, len(leaves) << 4, rust_list([v for b in leaves for v in b], per_line=24)))
        emit()

    keys, offsets, data = decompositions()
    emit("/// Code points with a decomposition; DECOMP_AT gives the header word's index in DECOMP.")
    emit("/// Header: tag << 26 | length << 21 | first code point; the other code points follow.")
    emit("pub static DECOMP_KEYS: [u32; %d] = %s;" % (len(keys), rust_list(keys, fmt="{:#x}", per_line=12)))
    emit("pub static DECOMP_AT: [u16; %d] = %s;" % (len(offsets), rust_list(offsets, per_line=16)))
    emit("pub static DECOMP: [u32; %d] = %s;" % (len(data), rust_list(data, fmt="{:#x}", per_line=10)))
    emit()
    comp = compositions()
    emit("/// Canonical pairs that compose (first, second, composite), sorted.")
    emit("pub static COMPOSE: [(u32, u32, u32); %d] = %s;" % (len(comp), rust_list(
        ["(%#x, %#x, %#x)" % t for t in comp], per_line=4)))
    emit()

    fixes = fixes_3_2_0()
    emit("/// Unicode 3.2.0's canonical mappings that later versions corrected (code point, old).")
    emit("pub static FIXES32: [(u32, u32); %d] = %s;" % (len(fixes), rust_list(
        ["(%#x, %#x)" % f for f in fixes], per_line=6)))
    emit()

    ranges, plain = names()
    words, stream, runs, offs, count = encode_names(plain)
    emit("/// Names spelled as PREFIXES[p] + the code point (first, last, p).")
    emit("pub static NAME_RANGES: [(u32, u32, u8); %d] = %s;" % (len(ranges), rust_list(
        ["(%#x, %#x, %d)" % tuple(r) for r in ranges], per_line=4)))
    emit("/// Words of the other names, most frequent first, separated by newlines.")
    emit("pub static WORDS: &[u8] = %s;" % rust_bytes("\n".join(words).encode()))
    emit("pub const WORD_COUNT: usize = %d;" % len(words))
    emit("pub const NAME_COUNT: usize = %d;" % count)
    emit("/// Each name: word count, then word ids (< 0xC0: one byte; else two, big-endian, minus")
    emit("/// 0xC000 plus 0xC0).")
    emit("pub static NAMES: &[u8] = %s;" % rust_bytes(stream))
    emit("/// Byte offset in NAMES of every 32nd name.")
    emit("pub static NAME_OFFSETS: [u32; %d] = %s;" % (len(offs), rust_list(offs, per_line=14)))
    emit("/// Runs of consecutive named code points: (first code point, index of its name).")
    emit("pub static NAME_RUNS: [(u32, u16); %d] = %s;" % (len(runs), rust_list(
        ["(%#x, %d)" % r for r in runs], per_line=6)))
    emit()
    ex = extras()
    emit("/// Aliases and named sequences lookup accepts: NAME;cp cp ...; newline-separated.")
    emit("pub static EXTRA_NAMES: &str = %s;" % rust_bytes(
        "\n".join("%s;%s" % (n, " ".join("%X" % ord(c) for c in s)) for n, s in ex).encode()
    ).replace('b"', '"', 1))
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    sys.stderr.write("records %d and %d, decomps %d, compose %d, words %d, names %d "
                     "(%d bytes), runs %d, extras %d\n" % (
                         len(tables[0][1][0]), len(tables[1][1][0]), len(keys), len(comp), len(words), count,
                         len(stream), len(runs), len(ex)))


main()
