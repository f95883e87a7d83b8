# subprocess.run, CompletedProcess, the convenience functions and their errors.
import subprocess
import sys

PIPE = subprocess.PIPE

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
print(repr(subprocess.run(["true"])))
print(subprocess.run(["false"]).returncode)
print(subprocess.run("echo $((6*7))", shell=True, capture_output=True, text=True))
print(subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True))
print(subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=PIPE, stderr=subprocess.STDOUT))
print(subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=PIPE, stderr=subprocess.DEVNULL))
print(subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=subprocess.DEVNULL, stderr=PIPE))
print(subprocess.run(["cat"], input=b"bytes in", capture_output=True).stdout)
print(subprocess.run(["cat"], input="text in", capture_output=True, text=True).stdout)
print(subprocess.run(["cat"], input="enc in", stdout=PIPE, encoding="utf-8").stdout)
print(subprocess.run(["cat"], input="unl", stdout=PIPE, universal_newlines=True).stdout)
print(subprocess.run(["cat"], input="h\u00e9llo \u20ac", stdout=PIPE, text=True).stdout)
print(subprocess.run(["cat"], input="h\u00e9llo", stdout=PIPE, encoding="latin-1").stdout)
r = subprocess.run(["sh", "-c", "printf 'x\\r\\ny\\rz\\n'"], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "printf 'x\\r\\ny\\rz\\n'"], capture_output=True)
print(repr(r.stdout))
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout)
r = subprocess.run(["sh", "-c", "echo $TESSERA_SP_VAR-$HOME"], env={"TESSERA_SP_VAR": "v1"},
                   capture_output=True, text=True)
print(r.stdout)
big = b"0123456789" * 50000
r = subprocess.run(["cat"], input=big, capture_output=True)
print(len(r.stdout), r.stdout == big)
r = subprocess.run(["sh", "-c", "cat; cat >&2"], input=big, capture_output=True)
print(len(r.stdout), len(r.stderr))

# check=True and CalledProcessError
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(repr(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo partial; echo bad >&2; exit 7"], check=True,
                   capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
print(subprocess.run(["true"], check=True).returncode)
print(subprocess.CalledProcessError(-9, ["sleep", "9"]))
print(subprocess.CalledProcessError(-15, "cmd"))
print(subprocess.CalledProcessError(-200, "cmd"))
print(subprocess.CalledProcessError(2, "cmd", b"o", b"e"))
cp = subprocess.CompletedProcess(["a"], 3, "o", "e")
print(cp)
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(repr(e), e.stdout, e.stderr)
print(subprocess.CompletedProcess("x", 0).check_returncode())

# the convenience functions
print(subprocess.call(["sh", "-c", "exit 4"]))
print(subprocess.call("exit 5", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 4"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(["echo", "x"]))
print(repr(subprocess.check_output("echo x; echo y", shell=True, text=True)))
print(subprocess.check_output(["cat"], input=b"via input"))
print(subprocess.check_output(["sh", "-c", "echo o; echo e >&2"], stderr=subprocess.STDOUT))
try:
    subprocess.check_output(["sh", "-c", "echo out; exit 4"])
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(repr(subprocess.getoutput("echo a; echo b >&2; exit 3")))
print(subprocess.getstatusoutput("echo a; exit 3"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("exit 1"))

# argument errors
for kwargs in ({"input": "x", "stdin": PIPE}, {"capture_output": True, "stdout": PIPE},
               {"capture_output": True, "stderr": PIPE}):
    try:
        subprocess.run(["cat"], **kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    subprocess.check_output(["echo"], stdout=PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["cat"], input="str to bytes pipe", capture_output=True)
except TypeError as e:
    print("TypeError")
try:
    subprocess.run(42)
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.run(["echo", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.run([])
except IndexError as e:
    print("IndexError:", e)

print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
for kwargs in ({"stdout": subprocess.STDOUT}, {"stdin": -7}):
    try:
        subprocess.run(["true"], **kwargs)
    except OSError as e:
        print(type(e).__name__, e)
try:
    subprocess.run(["true"], stdin=object())
except AttributeError as e:
    print("AttributeError:", e)
try:
    subprocess.run(["true"], env={"A": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.run(["echo"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print("SubprocessError:", e)
try:
    subprocess.run(["printf", "\\377"], capture_output=True, text=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(subprocess.run(["printf", "\\377"], capture_output=True, text=True,
                     errors="replace").stdout)

# programs that cannot be run
for args, kwargs in ((["/nonexistent/prog"], {}), (["tessera-no-such-program-xyz"], {}),
                     (["/"], {}), (["ls"], {"cwd": "/nonexistent/dir"}),
                     (["ls"], {"executable": "/nonexistent/exe"})):
    try:
        subprocess.run(args, **kwargs)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      subprocess.SubprocessError.__mro__[1])
