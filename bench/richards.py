# Richards: Martin Richards' operating-system scheduler simulation. An idle
# task, a worker, two handlers and two devices pass packets through queues;
# exercises method dispatch via polymorphism, attribute access and linked lists.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1
DATA_SIZE = 4

RUNNING = 0
RUNNABLE = 1
SUSPENDED = 2
HELD = 4
SUSPENDED_RUNNABLE = SUSPENDED | RUNNABLE
NOT_HELD = ~HELD


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Tcb:
    """Task control block: scheduling state shared by every kind of task."""

    def __init__(self, link, ident, priority, queue, task):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task
        self.state = SUSPENDED if queue is None else SUSPENDED_RUNNABLE

    def held_or_suspended(self):
        return (self.state & HELD) != 0 or self.state == SUSPENDED

    def run(self):
        if self.state == SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = RUNNING if self.queue is None else RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def add_input(self, current, packet):
        if self.queue is None:
            self.queue = packet
            self.state |= RUNNABLE
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class Scheduler:
    def __init__(self):
        self.blocks = [None] * 6
        self.tasks = None
        self.current = None
        self.current_id = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, ident, priority, queue, task):
        tcb = Tcb(self.tasks, ident, priority, queue, task)
        self.tasks = tcb
        self.current = tcb
        self.blocks[ident] = tcb
        return tcb

    def release(self, ident):
        tcb = self.blocks[ident]
        if tcb is None:
            return None
        tcb.state &= NOT_HELD
        if tcb.priority > self.current.priority:
            return tcb
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.state |= HELD
        return self.current.link

    def suspend_current(self):
        self.current.state |= SUSPENDED
        return self.current

    def send(self, packet):
        target = self.blocks[packet.dest]
        if target is None:
            return None
        self.queue_count += 1
        packet.link = None
        packet.dest = self.current_id
        return target.add_input(self.current, packet)

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            if self.current.held_or_suspended():
                self.current = self.current.link
            else:
                self.current_id = self.current.ident
                self.current = self.current.run()


class IdleTask:
    def __init__(self, sched, seed, count):
        self.sched = sched
        self.seed = seed
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class DeviceTask:
    def __init__(self, sched):
        self.sched = sched
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.suspend_current()
            p = self.pending
            self.pending = None
            return self.sched.send(p)
        self.pending = packet
        return self.sched.hold_current()


class WorkerTask:
    def __init__(self, sched):
        self.sched = sched
        self.dest = HANDLER_A
        self.value = 0

    def run(self, packet):
        if packet is None:
            return self.sched.suspend_current()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.count = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.value += 1
            if self.value > 26:
                self.value = 1
            data[i] = self.value
        return self.sched.send(packet)


class HandlerTask:
    def __init__(self, sched):
        self.sched = sched
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.count
            if n < DATA_SIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.count = work.data[n]
                    work.count = n + 1
                    return self.sched.send(dev)
            else:
                self.work = work.link
                return self.sched.send(work)
        return self.sched.suspend_current()


def richards(count):
    s = Scheduler()
    s.add(IDLE, 0, None, IdleTask(s, 1, count)).state = RUNNING

    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    s.add(WORKER, 1000, q, WorkerTask(s))

    q = None
    for _ in range(3):
        q = Packet(q, DEVICE_A, KIND_DEVICE)
    s.add(HANDLER_A, 2000, q, HandlerTask(s))

    q = None
    for _ in range(3):
        q = Packet(q, DEVICE_B, KIND_DEVICE)
    s.add(HANDLER_B, 3000, q, HandlerTask(s))

    s.add(DEVICE_A, 4000, None, DeviceTask(s))
    s.add(DEVICE_B, 5000, None, DeviceTask(s))
    s.schedule()
    return s.queue_count, s.hold_count


def main():
    results = [richards(10000) for _ in range(16)]
    assert all(r == (23246, 9297) for r in results), results
    print("richards", len(results), results[0])


main()
