#!/usr/bin/env python3
"""Regenerate expected outputs for the tessera test-program corpus.

Usage:  python3 tests/programs/regenerate.py [NAME ...]

For every ``*.py`` in this folder (except this script and importable helper
modules named ``mod_*.py``) the program is run under the CPython that runs
this script (``sys.executable``) with:

  * cwd = this folder
  * env PYTHONHASHSEED=0 (plus PYTHONDONTWRITEBYTECODE=1, PYTHONIOENCODING=utf-8)
  * stdin = NAME.stdin if it exists, otherwise empty (/dev/null)
  * a 20 s timeout

and the following files are written next to it (only when content changes):

  * NAME.stdout -- exact stdout bytes
  * NAME.exit   -- only for a non-zero exit status: line 1 the status,
                   line 2 the last line of stderr.  Removed when the
                   status is 0.

Optional arguments restrict the run to the given program names (with or
without the .py suffix).  Exits non-zero if any program timed out.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 20
SELF = os.path.basename(os.path.abspath(__file__))


def write_if_changed(path, data):
    """Write bytes to path if different; return True when written."""
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def remove_if_exists(path):
    if os.path.exists(path):
        os.remove(path)
        return True
    return False


def last_line(data):
    lines = data.decode("utf-8", "replace").splitlines()
    for line in reversed(lines):
        if line.strip():
            return line
    return ""


def programs(selected):
    names = []
    for fn in sorted(os.listdir(HERE)):
        if not fn.endswith(".py") or fn == SELF or fn.startswith("mod_"):
            continue
        name = fn[:-3]
        if selected and name not in selected:
            continue
        names.append(name)
    return names


def run_one(name):
    src = os.path.join(HERE, name + ".py")
    stdin_path = os.path.join(HERE, name + ".stdin")
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        proc = subprocess.run(
            [sys.executable, name + ".py"],
            cwd=HERE,
            env=env,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return proc


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print("WARNING: expected CPython 3.11, running %s" % sys.version.split()[0],
              file=sys.stderr)
    selected = {a[:-3] if a.endswith(".py") else a for a in argv}
    names = programs(selected)
    if selected and len(names) != len(selected):
        missing = sorted(selected - set(names))
        print("unknown program(s): %s" % ", ".join(missing), file=sys.stderr)
        return 2
    changed = []
    timed_out = []
    failing = 0
    for name in names:
        base = os.path.join(HERE, name)
        try:
            proc = run_one(name)
        except subprocess.TimeoutExpired:
            timed_out.append(name)
            print("TIMEOUT: %s.py (> %d s)" % (name, TIMEOUT), file=sys.stderr)
            continue
        touched = write_if_changed(base + ".stdout", proc.stdout)
        if proc.returncode != 0:
            failing += 1
            exit_data = ("%d\n%s\n" % (proc.returncode, last_line(proc.stderr))).encode("utf-8")
            touched |= write_if_changed(base + ".exit", exit_data)
        else:
            touched |= remove_if_exists(base + ".exit")
        if touched:
            changed.append(name)
    print("%d programs run, %d with non-zero exit, %d updated, %d timed out"
          % (len(names), failing, len(changed), len(timed_out)))
    for name in changed:
        print("  updated: %s" % name)
    if timed_out:
        print("ERROR: timed out: %s" % ", ".join(timed_out), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
