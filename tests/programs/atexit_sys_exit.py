# atexit callbacks run after sys.exit(), last registered first, once each.
import atexit
import sys

order = []


def record(tag):
    order.append(tag)
    print("callback", tag, order)


for tag in "abc":
    atexit.register(record, tag)
atexit.register(record, "twice")
atexit.register(record, "twice")


def registers_more():
    print("registering during exit")


atexit.register(registers_more)
sys.stdout.flush()
sys.exit(3)
