"""Topological sorting of hashable nodes, written for tessera from the documentation and
observed behaviour of CPython 3.11's graphlib module.

Each node has a _Vertex record (kept in a dict, so in first-mention order) holding how many
of its predecessors are not yet done, the nodes that wait on it, and where it stands:
WAITING, then READY (in the pending queue), OUT (returned by get_ready) and FINISHED."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_WAITING, _READY, _OUT, _FINISHED = range(4)


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the cycle's nodes,
    with its first node repeated at the end."""


class _Vertex:
    __slots__ = ("blockers", "followers", "stage")

    def __init__(self):
        self.blockers = 0
        self.followers = []
        self.stage = _WAITING


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after all of its predecessors."""

    def __init__(self, graph=None):
        self._vertices = {}
        self._prepared = False
        self._pending = []
        self._outstanding = 0
        if graph is not None:
            for node, before in graph.items():
                self.add(node, *before)

    __class_getitem__ = classmethod(GenericAlias)

    def _vertex(self, node):
        record = self._vertices.get(node)
        if record is None:
            record = self._vertices[node] = _Vertex()
        return record

    def add(self, node, *predecessors):
        if self._prepared:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        target = self._vertex(node)
        for pred in predecessors:
            self._vertex(pred).followers.append(node)
        target.blockers += len(predecessors)

    def prepare(self):
        if self._prepared:
            raise ValueError("cannot prepare() more than once")
        self._prepared = True
        for node, record in self._vertices.items():
            if record.blockers == 0:
                record.stage = _READY
                self._pending.append(node)
        loop = self._find_cycle()
        if loop is not None:
            raise CycleError("nodes are in a cycle", loop)

    def _find_cycle(self):
        """A cycle as a list of nodes along successor edges (first node repeated at the
        end), from a depth-first walk started at each node in order; None if acyclic."""
        settled = set()
        for start in self._vertices:
            if start in settled:
                continue
            trail = [start]
            depth_of = {start: 0}
            walkers = [iter(self._vertices[start].followers)]
            while walkers:
                step = next(walkers[-1], _END)
                if step is _END:
                    walkers.pop()
                    left = trail.pop()
                    del depth_of[left]
                    settled.add(left)
                elif step in depth_of:
                    return trail[depth_of[step]:] + [step]
                elif step not in settled:
                    depth_of[step] = len(trail)
                    trail.append(step)
                    walkers.append(iter(self._vertices[step].followers))
        return None

    def _require_prepared(self):
        if not self._prepared:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        self._require_prepared()
        batch = tuple(self._pending)
        self._pending = []
        for node in batch:
            self._vertices[node].stage = _OUT
        self._outstanding += len(batch)
        return batch

    def is_active(self):
        self._require_prepared()
        return self._outstanding > 0 or len(self._pending) > 0

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._require_prepared()
        for node in nodes:
            record = self._vertices.get(node)
            if record is None:
                raise ValueError("node %r was not added using add()" % (node,))
            if record.stage != _OUT:
                if record.stage == _FINISHED:
                    raise ValueError("node %r was already marked done" % (node,))
                raise ValueError("node %r was not passed out (still not ready)" % (node,))
            record.stage = _FINISHED
            self._outstanding -= 1
            for follower in record.followers:
                waiting = self._vertices[follower]
                waiting.blockers -= 1
                if waiting.blockers == 0:
                    waiting.stage = _READY
                    self._pending.append(follower)

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)


_END = object()
