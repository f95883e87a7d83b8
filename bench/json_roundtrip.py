# JSON encoding and decoding of a large document: build a seeded ~5 MB document of
# records (nested objects, arrays, strings with escapes and non-ASCII text, ints,
# floats, booleans, nulls), then dumps/loads it in the default, compact, indented and
# sorted forms, with ensure_ascii off, and through object_pairs_hook, checking that
# every round trip gives the document back.

import json
import random

WORDS = ["alpha", "beta", "gamma", "delta", "caf\u00e9", "na\u00efve", "\u65e5\u672c",
         "line\nbreak", "tab\there", 'quote"d', "back\\slash", "emoji \U0001f600",
         "plain", "text", "value", "json", "tessera", "rust"]


def make_record(rng, i):
    return {
        "id": i,
        "name": " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))),
        "score": rng.random() * 1000,
        "ratio": rng.randint(-10 ** 6, 10 ** 6) / 997,
        "active": rng.random() < 0.5,
        "parent": None if rng.random() < 0.3 else rng.randint(0, i + 1),
        "tags": [rng.choice(WORDS) for _ in range(rng.randint(0, 5))],
        "point": {"x": rng.randint(-500, 500), "y": rng.randint(-500, 500),
                  "z": [rng.random() for _ in range(3)]},
        "history": [{"t": rng.randint(0, 2 ** 40), "v": rng.randint(0, 99)}
                    for _ in range(rng.randint(0, 4))],
    }


def main():
    rng = random.Random(20261207)
    doc = {"version": 3, "records": [make_record(rng, i) for i in range(4000)]}

    text = json.dumps(doc)
    back = json.loads(text)
    assert back == doc
    print("default", len(text))

    for _ in range(3):
        text = json.dumps(doc)
        assert json.loads(text) == doc

    compact = json.dumps(doc, separators=(",", ":"))
    assert json.loads(compact) == doc
    print("compact", len(compact))

    pretty = json.dumps(doc, indent=2, sort_keys=True)
    assert json.loads(pretty) == doc
    print("indent+sort_keys", len(pretty), pretty.count("\n"))

    raw = json.dumps(doc, ensure_ascii=False)
    assert json.loads(raw) == doc
    print("ensure_ascii=False", len(raw))

    pairs = json.loads(compact, object_pairs_hook=lambda p: len(p))
    print("object_pairs_hook", pairs)

    total = 0.0
    for rec in back["records"]:
        total += rec["score"] + rec["point"]["z"][0]
    print("checksum %.6f" % total)


main()
