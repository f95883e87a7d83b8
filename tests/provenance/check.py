#!/usr/bin/env python3
"""Checks that the modules in src/stdlib are written here, not reproduced from CPython.

For each module, the share of its lines (stripped, blank lines and comments left out) that
sit in runs of 4 or more consecutive lines identical to a run in CPython's own source of
the same module (the Lib of the python3 running this script). Own writing of a module
with the same API measures 0-6%; reproduction from CPython's source measured 20-90%.

A module passes under LIMIT percent; modules that landed before this check have a ceiling
in LEGACY (what they measured when it was added) that may only go down: they are to be
rewritten.

Usage: python3 tests/provenance/check.py [--report]   (exit 1 when a module fails)
"""
import difflib
import os
import sys
import sysconfig

LIMIT = 8.0

HERE = os.path.dirname(os.path.abspath(__file__))
STDLIB = os.path.join(HERE, "..", "..", "src", "stdlib")
CPYTHON = sysconfig.get_paths()["stdlib"]

# Module file in src/stdlib -> its counterpart(s) in CPython's Lib (a folder: every file).
REFERENCE = {
    "collections_abc": ["_collections_abc.py"],
    "collections": ["collections"],
    "json": ["json/__init__.py"],
    "json_decoder": ["json/decoder.py"],
    "json_encoder": ["json/encoder.py"],
    "io": ["_pyio.py", "io.py"],
    "re": ["re"],
    "unittest": ["unittest"],
    "unittest_mock": ["unittest/mock.py"],
    "logging": ["logging"],
    "html": ["html/__init__.py"],
    "html_entities": ["html/entities.py"],
    "urllib_parse": ["urllib/parse.py"],
    "asyncio": ["asyncio"],
    "decimal": ["decimal.py", "_pydecimal.py"],
    "zoneinfo": ["zoneinfo"],
    "concurrent": ["concurrent/__init__.py"],
    "concurrent_futures": ["concurrent/futures"],
    "weakref": ["weakref.py", "_weakrefset.py"],
}

# Percentages measured when this check was added (2026-12-07): modules to rewrite.
LEGACY = {
    "collections_abc": 79.5, "random": 65.9, "contextlib": 62.7,
    "functools": 39.3, "textwrap": 35.8, "operator": 34.6, "queue": 22.9,
    "collections": 23.2, "doctest": 22.2, "statistics": 21.9, "dataclasses": 18.8,
    "typing": 17.4, "heapq": 12.3, "os": 11.4,
}


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [s for s in (l.strip() for l in f) if s and not s.startswith("#")]


def references(module):
    for name in REFERENCE.get(module, [module + ".py"]):
        path = os.path.join(CPYTHON, name)
        if os.path.isdir(path):
            for f in sorted(os.listdir(path)):
                if f.endswith(".py"):
                    yield os.path.join(path, f)
        elif os.path.exists(path):
            yield path


def overlap(path, module):
    mine = lines(path)
    covered = set()
    for ref in references(module):
        matcher = difflib.SequenceMatcher(None, mine, lines(ref), autojunk=False)
        for block in matcher.get_matching_blocks():
            if block.size >= 4:
                covered.update(range(block.a, block.a + block.size))
    return 100.0 * len(covered) / max(1, len(mine))


def main():
    report = "--report" in sys.argv
    failed = []
    for fname in sorted(os.listdir(STDLIB)):
        if not fname.endswith(".py"):
            continue
        module = fname[:-3]
        if not any(True for _ in references(module)):
            continue
        pct = overlap(os.path.join(STDLIB, fname), module)
        ceiling = LEGACY.get(module, LIMIT)
        ok = pct < ceiling + 0.05 if module in LEGACY else pct < LIMIT
        if report or not ok:
            mark = "ok" if ok else "FAIL"
            print(f"{mark:4} {module:16} {pct:5.1f}% (limit {ceiling}%)")
        if not ok:
            failed.append(module)
    if failed:
        print("reproduces CPython's source: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


sys.exit(main())
