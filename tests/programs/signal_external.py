# Signals sent by other processes: handlers run while the program loops, sleeps, waits
# for a child or pauses; SIGINT from outside raises KeyboardInterrupt.
import os
import signal
import subprocess
import time

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(signal.Signals(s).name))
subprocess.run(["sh", "-c", "kill -USR1 %d" % os.getpid()])
deadline = time.monotonic() + 10
while not got and time.monotonic() < deadline:
    pass
print("loop saw", got)

child = subprocess.Popen(["sh", "-c", "sleep 0.2; kill -INT %d" % os.getpid()])
try:
    time.sleep(10)
    print("not interrupted")
except KeyboardInterrupt:
    print("sleep interrupted by KeyboardInterrupt")
child.wait()


class Alarm(Exception):
    pass


def on_alarm(signum, frame):
    raise Alarm()


signal.signal(signal.SIGALRM, on_alarm)
p = subprocess.Popen(["sleep", "10"])
signal.alarm(1)
try:
    p.wait()
except Alarm:
    print("wait interrupted by the handler's exception; child running:", p.poll() is None)
p.kill()
print(p.wait())

signal.signal(signal.SIGALRM, lambda s, f: print("pause ended by", signal.Signals(s).name))
signal.alarm(1)
signal.pause()
print("done")
