"""The urllib package of tessera: only its submodule urllib.parse (urllib_parse.py) is
provided; `import urllib.parse` loads it."""
