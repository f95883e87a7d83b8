# except*: what the compiler refuses, and what it accepts.

SOURCES = {
    "mixed except then except*": "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "mixed except* after except": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "bare except*": "try:\n    pass\nexcept*:\n    pass\n",
    "break": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "return value": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "continue through finally": "for x in y:\n    try:\n        pass\n    finally:\n        try:\n            pass\n        except* ValueError:\n            continue\n",
    "loop inside handler": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        for z in x:\n            break\n        def g():\n            return 1\n",
    "else and finally": "try:\n    pass\nexcept* ValueError:\n    pass\nexcept* (TypeError, KeyError) as e:\n    pass\nelse:\n    x = 1\nfinally:\n    y = 2\n",
}

for label, source in SOURCES.items():
    try:
        compile(source, "<except-star>", "exec")
    except SyntaxError as err:
        print(f"{label}: {err.msg} (line {err.lineno}, offset {err.offset})")
    else:
        print(f"{label}: compiles")
