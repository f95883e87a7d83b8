//! Memory reclamation beyond reference counting: a generational cycle collector over an
//! intrusive list of containers, and a "trashcan" that keeps the destruction of deeply
//! nested structures off the Rust stack.
//!
//! The collector follows CPython's: every container (`Kind::gc`) is allocated with a
//! `GcLink` and sits on one of three generation lists from birth until it is freed, so
//! registering costs two pointer writes and nothing is ever looked up by address. A
//! collection of a generation (with the younger ones) copies each object's reference count,
//! subtracts the references coming from objects in the same collection, and treats objects
//! left with a positive count as roots (referenced from the VM stacks, Rust locals or older
//! objects). Everything not reachable from a root is garbage: it is cleared, which breaks
//! the cycles, and reference counting frees the rest. Survivors move one generation up.

use super::class::{Attrs, Instance};
use super::dict::PyDict;
use super::function::PyCell;
use super::object::{AnyObj, Header, Visitor};
use super::value::{PyList, PyTuple, Value};
use crate::runtime::value::View;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// The collector's node, allocated right before the header of every container.
#[repr(C)]
pub struct GcLink {
    prev: Cell<*mut GcLink>,
    next: Cell<*mut GcLink>,
    /// Scratch during a collection; `NOT_COLLECTING` otherwise.
    refs: Cell<isize>,
}

const NOT_COLLECTING: isize = isize::MIN;
const REACHABLE: isize = -1;

const GENERATIONS: usize = 3;
/// CPython's defaults: a young collection after 700 new containers, the middle one every
/// 10 young ones, a full one every 10 middle ones once enough objects were promoted.
pub const THRESHOLDS: [usize; GENERATIONS] = [700, 10, 10];

struct State {
    /// Sentinels of the circular generation lists (leaked: an object freed after its
    /// thread's state is gone still unlinks through them).
    heads: [NonNull<GcLink>; GENERATIONS],
    /// Generation 0: containers made minus freed since its last collection; 1 and 2:
    /// collections of the generation below since their own last collection.
    counts: [Cell<usize>; GENERATIONS],
    /// Objects promoted to the oldest generation since the last full collection, and how
    /// many survived that one (CPython's rule that a full collection waits for 25% growth).
    long_lived_pending: Cell<usize>,
    long_lived_total: Cell<usize>,
    enabled: Cell<bool>,
    collecting: Cell<bool>,
}

fn new_list() -> NonNull<GcLink> {
    let head = NonNull::from(Box::leak(Box::new(GcLink {
        prev: Cell::new(std::ptr::null_mut()),
        next: Cell::new(std::ptr::null_mut()),
        refs: Cell::new(NOT_COLLECTING),
    })));
    // SAFETY: the sentinel was just allocated and is never freed.
    unsafe {
        head.as_ref().prev.set(head.as_ptr());
        head.as_ref().next.set(head.as_ptr());
    }
    head
}

thread_local! {
    static STATE: State = State {
        heads: [new_list(), new_list(), new_list()],
        counts: Default::default(),
        long_lived_pending: Cell::new(0),
        long_lived_total: Cell::new(0),
        enabled: Cell::new(true),
        collecting: Cell::new(false),
    };
    static DROP_DEPTH: Cell<usize> = const { Cell::new(0) };
    static TRASH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Links `node` at the end of `list`.
///
/// # Safety
/// Both must be live links; `node` must not be on a list.
unsafe fn push_back(list: NonNull<GcLink>, node: NonNull<GcLink>) {
    // SAFETY: the caller guarantees both are live; a list is always circular.
    unsafe {
        let last = list.as_ref().prev.get();
        node.as_ref().prev.set(last);
        node.as_ref().next.set(list.as_ptr());
        (*last).next.set(node.as_ptr());
        list.as_ref().prev.set(node.as_ptr());
    }
}

/// Takes `node` off whatever list it is on.
///
/// # Safety
/// `node` must be a live link on a circular list (or linked to itself).
unsafe fn unlink(node: NonNull<GcLink>) {
    // SAFETY: the neighbours are live links (or the node itself) on a circular list.
    unsafe {
        let n = node.as_ref();
        let prev = n.prev.get();
        let next = n.next.get();
        (*prev).next.set(next);
        (*next).prev.set(prev);
    }
}

/// Moves every node of `from` to the end of `to`, leaving `from` empty.
///
/// # Safety
/// Both must be live list sentinels.
unsafe fn splice(from: NonNull<GcLink>, to: NonNull<GcLink>) {
    // SAFETY: the caller guarantees both lists are live and circular.
    unsafe {
        let f = from.as_ref();
        let first = f.next.get();
        if first == from.as_ptr() {
            return;
        }
        let last = f.prev.get();
        let t = to.as_ref();
        let to_last = t.prev.get();
        (*to_last).next.set(first);
        (*first).prev.set(to_last);
        (*last).next.set(to.as_ptr());
        t.prev.set(last);
        f.next.set(from.as_ptr());
        f.prev.set(from.as_ptr());
    }
}

/// The nodes of `list`, in order (a snapshot: the list may change while it is used).
///
/// # Safety
/// `list` must be a live list sentinel.
unsafe fn nodes(list: NonNull<GcLink>) -> Vec<NonNull<GcLink>> {
    let mut out = Vec::new();
    // SAFETY: the caller guarantees the list is live; every node on it is a live object's.
    unsafe {
        let mut p = list.as_ref().next.get();
        while p != list.as_ptr() {
            out.push(NonNull::new_unchecked(p));
            p = (*p).next.get();
        }
    }
    out
}

/// Puts a new container on the youngest generation (called by `Obj::new`).
///
/// # Safety
/// `node` must be the freshly allocated link of a container being constructed.
pub unsafe fn track(node: NonNull<GcLink>) {
    // SAFETY: the node's memory is owned by the new object.
    unsafe {
        node.as_ptr().write(GcLink {
            prev: Cell::new(node.as_ptr()),
            next: Cell::new(node.as_ptr()),
            refs: Cell::new(NOT_COLLECTING),
        });
    }
    // A container made while its thread is being torn down stays on no list.
    let _ = STATE.try_with(|s| {
        // SAFETY: the generation list's sentinel lives for ever; the node is unlinked.
        unsafe { push_back(s.heads[0], node) };
        s.counts[0].set(s.counts[0].get() + 1);
    });
}

/// Takes a container off its list (called when it is freed).
///
/// # Safety
/// `node` must be the link of a container that is being freed.
pub unsafe fn untrack(node: NonNull<GcLink>) {
    // SAFETY: the caller's guarantee is `unlink`'s.
    unsafe { unlink(node) };
    let _ = STATE.try_with(|s| {
        let c = s.counts[0].get();
        s.counts[0].set(c.saturating_sub(1));
    });
}

/// True when enough containers were created since the last young collection.
#[inline]
pub fn should_collect() -> bool {
    STATE.with(|s| s.counts[0].get() > THRESHOLDS[0] && s.enabled.get() && !s.collecting.get())
}

pub fn set_enabled(on: bool) {
    STATE.with(|s| s.enabled.set(on));
}

pub fn is_enabled() -> bool {
    STATE.with(|s| s.enabled.get())
}

/// Containers made since the last young collection, and collections of generations 0 and
/// 1 since the last of the next one up (`gc.get_count()`).
pub fn counts() -> [usize; GENERATIONS] {
    STATE.with(|s| [s.counts[0].get(), s.counts[1].get(), s.counts[2].get()])
}

/// Runs the collection the thresholds call for (at a safe point of the interpreter).
pub fn collect_automatic() -> usize {
    let generation = STATE.with(|s| {
        let mut g = 0;
        for i in (1..GENERATIONS).rev() {
            if s.counts[i].get() > THRESHOLDS[i] {
                // A full collection also waits until the objects promoted since the last
                // one are a quarter of those that survived it, so a growing heap of live
                // objects is not rescanned quadratically.
                if i == GENERATIONS - 1 && s.long_lived_pending.get() < s.long_lived_total.get() / 4
                {
                    continue;
                }
                g = i;
                break;
            }
        }
        g
    });
    collect_generation(generation)
}

/// Runs a full collection; returns the number of objects found unreachable.
pub fn collect() -> usize {
    collect_generation(GENERATIONS - 1)
}

/// Collects `generation` and every younger one; returns the number of objects found
/// unreachable.
pub fn collect_generation(generation: usize) -> usize {
    let Ok(Some((heads, older))) = STATE.try_with(|s| {
        if s.collecting.get() {
            return None;
        }
        s.collecting.set(true);
        // The generation collected and every younger one start again from zero, the next
        // older one counts this collection.
        for i in 0..=generation {
            s.counts[i].set(0);
        }
        if generation + 1 < GENERATIONS {
            let c = &s.counts[generation + 1];
            c.set(c.get() + 1);
        }
        Some((s.heads, (generation + 1).min(GENERATIONS - 1)))
    }) else {
        return 0;
    };
    let young = heads[generation];
    // SAFETY: the sentinels live for ever; every node on a list is a live container's link,
    // and nothing is freed before the garbage phase (which holds references to what it
    // clears), so every pointer followed below is to a live object.
    let garbage = unsafe {
        for &head in &heads[..generation] {
            splice(head, young);
        }
        let members = nodes(young);
        for &m in &members {
            let h = Header::of_link(m);
            m.as_ref().refs.set(h.as_ref().refcnt() as isize);
        }
        // Subtract the references that come from inside the collected set.
        for &m in &members {
            Header::traverse(
                Header::of_link(m),
                &mut Visitor::new(&mut |h| {
                    let r = &Header::link(h).as_ref().refs;
                    if r.get() > 0 {
                        r.set(r.get() - 1);
                    }
                }),
            );
        }
        // Whatever is still referenced from outside is a root; mark all it reaches.
        let mut work: Vec<NonNull<GcLink>> = Vec::new();
        for &m in &members {
            if m.as_ref().refs.get() > 0 {
                m.as_ref().refs.set(REACHABLE);
                work.push(m);
            }
        }
        while let Some(m) = work.pop() {
            Header::traverse(
                Header::of_link(m),
                &mut Visitor::new(&mut |h| {
                    let l = Header::link(h);
                    let r = &l.as_ref().refs;
                    if r.get() >= 0 {
                        r.set(REACHABLE);
                        work.push(l);
                    }
                }),
            );
        }
        // The unreachable go to a list of their own; survivors move up a generation.
        let unreachable = new_list();
        let mut garbage: Vec<AnyObj> = Vec::new();
        for &m in &members {
            let refs = m.as_ref().refs.replace(NOT_COLLECTING);
            if refs >= 0 {
                unlink(m);
                push_back(unreachable, m);
                garbage.push(AnyObj::retain(Header::of_link(m)));
            }
        }
        let survivors = members.len() - garbage.len();
        if generation != older {
            splice(young, heads[older]);
        }
        let _ = STATE.try_with(|s| {
            if older == GENERATIONS - 1 && generation != older {
                s.long_lived_pending
                    .set(s.long_lived_pending.get() + survivors);
            }
            if generation == GENERATIONS - 1 {
                s.long_lived_pending.set(0);
                s.long_lived_total.set(survivors);
            }
        });
        let n = garbage.len();
        // Finalizers and weak references first (PEP 442): when finalizers were queued the
        // set survives this collection, and the next one finds what they left dead.
        let clear = !garbage.iter().any(|g| g.header().as_ref().is_watched())
            || super::weakref::collecting(&garbage);
        if clear {
            for g in &garbage {
                g.clear();
            }
        }
        drop(garbage);
        // Anything the clearing did not free (a reference the analysis could not see, such
        // as a container borrowed while the collection ran) stays alive, in the oldest
        // generation. Garbage kept for its finalizers goes back to the youngest, for the
        // next collection to free once they ran.
        splice(unreachable, heads[if clear { GENERATIONS - 1 } else { 0 }]);
        drop(Box::from_raw(unreachable.as_ptr()));
        n
    };
    let _ = STATE.try_with(|s| s.collecting.set(false));
    garbage
}

/// Destroys `values` without deep recursion: nested containers beyond a small depth are
/// queued and dropped iteratively by the outermost call. Values held in the word itself
/// (small ints, floats, None …) own nothing and cost nothing here.
pub fn drop_deferred(values: impl IntoIterator<Item = Value>) {
    let mut values = values
        .into_iter()
        .filter(|v| v.heap_ptr().is_some())
        .peekable();
    if values.peek().is_none() {
        return;
    }
    let depth = DROP_DEPTH.with(|d| d.get());
    if depth > 200 {
        // At thread exit the queue may already be destroyed (a value held by another
        // thread-local being dropped): then drop in place, as recursion is all that is left.
        let mut values = Some(values);
        let _ = TRASH.try_with(|t| t.borrow_mut().extend(values.take().into_iter().flatten()));
        drop(values);
        return;
    }
    DROP_DEPTH.with(|d| d.set(depth + 1));
    values.for_each(drop);
    if depth == 0 {
        loop {
            let batch = TRASH
                .try_with(|t| {
                    let mut t = t.borrow_mut();
                    if t.is_empty() {
                        Vec::new()
                    } else {
                        std::mem::take(&mut *t)
                    }
                })
                .unwrap_or_default();
            if batch.is_empty() {
                break;
            }
            drop(batch);
        }
    }
    DROP_DEPTH.with(|d| d.set(depth));
}

impl Drop for PyList {
    fn drop(&mut self) {
        let items = std::mem::take(self.items.get_mut());
        if !items.is_empty() {
            drop_deferred(items);
        }
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        // The items live in the tuple's tail, which freeing does not drop: take each out
        // (leaving Null, which owns nothing) and drop them flat.
        let items = self.items_mut();
        if !items.is_empty() {
            drop_deferred(items.iter_mut().map(std::mem::take));
        }
    }
}

impl Drop for PyCell {
    fn drop(&mut self) {
        let v = std::mem::take(self.value.get_mut());
        if !matches!(v.view(), View::Null) {
            drop_deferred([v]);
        }
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        let inner = std::mem::take(self.inner.get_mut());
        if inner.entries.is_empty() {
            return;
        }
        drop_deferred(
            inner
                .entries
                .into_iter()
                .flatten()
                .flat_map(|e| [e.key, e.value]),
        );
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let owns_heap = |v: &Value| v.heap_ptr().is_some();
        // Most instances hold only words (ints, floats, None …) or nothing: they need no
        // deferral, and their fields drop as they are.
        let plain = self.slots.get_mut().is_empty()
            && !owns_heap(self.base_value.get_mut())
            && match self.attrs.get_mut() {
                Attrs::Absent(values) => !values.iter().any(owns_heap),
                Attrs::Shared { values, .. } => !values.iter().any(owns_heap),
                Attrs::Dict(_) => false,
            };
        if plain {
            return;
        }
        let slots = std::mem::take(self.slots.get_mut());
        let base = std::mem::take(self.base_value.get_mut());
        let empty = Attrs::Absent(Default::default());
        let (values, dict) = match std::mem::replace(self.attrs.get_mut(), empty) {
            Attrs::Absent(values) | Attrs::Shared { values, .. } => (values, None),
            // The dict may be shared (vars()); deferring it keeps recursion flat either way.
            Attrs::Dict(d) => (Default::default(), Some(Value::Dict(d))),
        };
        drop_deferred(slots.into_iter().chain([base]).chain(values).chain(dict));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::object::{HeapValue, Obj};

    thread_local! {
        static FREED: Cell<usize> = const { Cell::new(0) };
    }

    /// A container with one outgoing reference, counting its destructions.
    struct Node {
        next: RefCell<Option<Obj<Node>>>,
    }

    impl HeapValue for Node {
        const NAME: &'static str = "node";
        const GC: bool = true;
        fn traverse(&self, visit: &mut Visitor) {
            if let Ok(n) = self.next.try_borrow()
                && let Some(n) = n.as_ref()
            {
                visit.obj(n);
            }
        }
        fn clear(&self) {
            super::super::value::clear_cell(&self.next);
        }
    }

    impl Drop for Node {
        fn drop(&mut self) {
            FREED.with(|f| f.set(f.get() + 1));
        }
    }

    fn node() -> Obj<Node> {
        Obj::new(Node {
            next: RefCell::new(None),
        })
    }

    fn freed() -> usize {
        FREED.with(|f| f.get())
    }

    #[test]
    fn a_dead_cycle_is_freed_and_a_live_one_is_kept() {
        let before = freed();
        let (a, b, c) = (node(), node(), node());
        *a.next.borrow_mut() = Some(b.clone());
        *b.next.borrow_mut() = Some(c.clone());
        *c.next.borrow_mut() = Some(a.clone());
        // Only `a` is held from outside: nothing may go.
        drop((b, c));
        assert_eq!(collect(), 0);
        assert_eq!(freed(), before);
        drop(a);
        assert_eq!(collect(), 3);
        assert_eq!(freed(), before + 3);
    }

    #[test]
    fn survivors_move_to_older_generations() {
        let a = node();
        *a.next.borrow_mut() = Some(a.clone());
        collect_generation(0);
        // In generation 1 now: a young collection no longer sees it.
        drop(a.clone());
        let before = freed();
        let held = a;
        assert_eq!(collect_generation(0), 0);
        drop(held);
        assert_eq!(collect_generation(0), 0);
        assert_eq!(collect_generation(1), 1);
        assert_eq!(freed(), before + 1);
    }
}
