# shutil and tempfile given pathlib.Path arguments (results are str, as in CPython).
import shutil, tempfile, os
from pathlib import Path
d = Path(tempfile.mkdtemp())
(d / "s").mkdir(); (d / "s" / "f").write_text("x")
print(type(shutil.copy(d / "s" / "f", d / "g")).__name__)
print(shutil.copytree(d / "s", d / "t") == d / "t")
print(type(shutil.move(d / "t", d / "u")).__name__)
print(shutil.copy2(d / "s" / "f", d).__class__.__name__)
shutil.rmtree(d / "u")
with tempfile.TemporaryDirectory(dir=d) as td:
    print(type(td).__name__)
print(sorted(p.name for p in d.iterdir()))
shutil.rmtree(d)
print(d.exists())
