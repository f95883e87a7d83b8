# At exit the interpreter waits for threads that are not daemons; daemons are abandoned.
import threading
import time


def spin_forever():
    while True:
        time.sleep(0.001)


def finish_later():
    time.sleep(0.05)
    print("non-daemon thread finished after the main program")


threading.Thread(target=spin_forever, daemon=True).start()
threading.Thread(target=finish_later).start()
print("main program done")
