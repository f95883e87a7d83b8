# subprocess.Popen: pipes, communicate, wait/poll, signals, timeouts, redirection to files.
import os
import signal
import subprocess
import sys
import tempfile

PIPE = subprocess.PIPE

p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
print(type(p.pid), p.pid > 0, p.returncode, p.poll())
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr)
print(p.stdin.writable(), p.stdout.readable())
p.stdin.write(b"line one\n")
p.stdin.flush()
print(p.stdout.readline())
out, err = p.communicate(b"rest\n")
print(out, err, p.returncode, p.stdout.closed, p.stdin.closed)
print(repr(p))
print(p.communicate())

# text pipes, read line by line while the child runs
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, text=True)
print(type(p.stdin).__name__, type(p.stdout).__name__)
for word in ["alpha", "beta"]:
    p.stdin.write(word + "\n")
    p.stdin.flush()
    print(repr(p.stdout.readline()))
p.stdin.write("a\r\nb\rc\n")
p.stdin.close()
print(repr(p.stdout.read()))
print(p.wait(), p.returncode, p.poll())
p.stdout.close()

p = subprocess.Popen(["sh", "-c", "echo one; echo two; echo three"], stdout=PIPE)
print(list(p.stdout))
p.stdout.close()
print(p.wait())
p = subprocess.Popen(["sh", "-c", "printf 'x\\ny\\n'"], stdout=PIPE, text=True)
print(p.stdout.readlines())
p.stdout.close()
p.wait()
p = subprocess.Popen(["sh", "-c", "printf abcdef"], stdout=PIPE)
print(p.stdout.read(2), p.stdout.read(10), p.stdout.read())
p.stdout.close()
p.wait()

# a read ahead before communicate() is not lost
p = subprocess.Popen(["sh", "-c", "echo first; echo second; echo third"], stdout=PIPE)
print(p.stdout.readline())
print(p.communicate())

# the context manager closes the pipes and waits
with subprocess.Popen(["sh", "-c", "echo ctx; exit 3"], stdout=PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

# wait with a timeout, kill, terminate, send_signal
p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
    print(repr(e), e.timeout, e.output, e.stderr)
print(p.poll())
p.kill()
print(p.wait(), p.returncode)
p.kill()
p.terminate()
p.send_signal(signal.SIGTERM)
print(p.poll())
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGUSR1)
print(p.wait())
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode)

# communicate with a timeout: what came before it, then the rest
p = subprocess.Popen(["sh", "-c", "echo part; echo err >&2; exec sleep 10"], stdout=PIPE,
                     stderr=PIPE)
try:
    p.communicate(timeout=2)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.output, e.stderr, e.stdout)
p.kill()
print(p.communicate(), p.returncode)

try:
    subprocess.run(["sh", "-c", "echo begun; exec sleep 10"], capture_output=True, timeout=2)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.output, e.stderr)
try:
    subprocess.run(["sleep", "10"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e.cmd, e.output)
try:
    subprocess.call(["sleep", "10"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)
try:
    subprocess.check_output(["sh", "-c", "exec sleep 10"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e, e.output)

# output to file objects and descriptors
d = tempfile.mkdtemp()
path = os.path.join(d, "out.txt")
with open(path, "w") as f:
    subprocess.run(["echo", "to a file"], stdout=f)
    subprocess.run(["sh", "-c", "echo err to file >&2"], stderr=f)
    subprocess.run(["sh", "-c", "echo both; echo both2 >&2"], stdout=f, stderr=subprocess.STDOUT)
with open(path) as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
fd = os.open(path, os.O_RDONLY)
print(subprocess.run(["wc", "-l"], stdin=fd, capture_output=True, text=True).stdout.strip())
os.close(fd)
os.remove(path)
os.rmdir(d)

# the inherited stdout
sys.stdout.flush()
subprocess.run(["echo", "inherited"])
subprocess.run(["sh", "-c", "echo via stderr=STDOUT >&2"], stderr=subprocess.STDOUT)
subprocess.run(["echo", "stdout=sys.stdout"], stdout=sys.stdout)
print("after children")

# errors on streams
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
p.stdin.close()
try:
    p.stdin.write(b"x")
except ValueError as e:
    print("ValueError")
try:
    p.communicate(b"late")
except ValueError as e:
    print("ValueError:", e)
p.wait()
try:
    subprocess.Popen(["cat"], stdin=PIPE).stdin.write("str")
except TypeError as e:
    print("TypeError:", e)

# text_mode and universal_newlines report what selected text mode
for kwargs in ({}, {"text": False}, {"text": True}, {"encoding": "utf-8"},
               {"errors": "strict"}, {"universal_newlines": 1}):
    p = subprocess.Popen(["true"], **kwargs)
    print(kwargs, repr(p.text_mode), repr(p.universal_newlines))
    p.wait()
