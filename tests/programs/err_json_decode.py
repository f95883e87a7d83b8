# An uncaught JSONDecodeError: the traceback names json.decoder.JSONDecodeError.
import json

print(json.loads('{"ok": [1, 2]}'))
json.loads('{"ok": [1, 2],\n "broken": tru}')
