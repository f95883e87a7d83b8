//! Weak references and finalizers, at the object model's level.
//!
//! An object is freed inside Rust `Drop`, where the interpreter cannot be reached, so what
//! must run Python code when an object dies (its class's `__del__`, the callbacks of weak
//! references to it) is queued here as `Pending` work, which the interpreter takes at its
//! next safe point (`take_pending`). Freeing stays as cheap as before for every other
//! object: only a *watched* object (`Header::watch`: weakly referenced, holding a weak
//! reference, or an instance whose class has `__del__`) has a kind whose `free` comes here.
//!
//! Weak references are kept in a side table by address, never by counted reference: a
//! referent's entry lists the weak reference objects ("owners") that refer to it, and an
//! owner's entry names its referent. Both are watched, so whichever dies first takes its
//! entries out before its memory goes: every address in the table is a live object's.
//!
//! Finalizers follow PEP 442: an object whose finalizer is queued is resurrected by the
//! queue's reference, remembered as finalized, and never finalized again; if the finalizer
//! did not keep it alive, the queue's reference was the last one and it is freed then.

use super::object::{AnyObj, Header, TypeTag, Visitor};
use super::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet, VecDeque};
use std::ptr::NonNull;

/// Which weak reference an entry is; CPython keeps them in this order in the list of an
/// object: its one basic reference, its one basic proxy, then the others newest first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RefKind {
    /// `weakref.ref(obj)` with no callback (shared by every such call).
    BasicRef,
    /// `weakref.proxy(obj)` with no callback (shared likewise).
    BasicProxy,
    /// With a callback, or of a subclass.
    Other,
}

#[derive(Clone, Copy)]
struct Entry {
    /// The weak reference object (a Python value), alive while it is registered.
    owner: NonNull<Header>,
    kind: RefKind,
    callback: bool,
}

/// Work the interpreter must do at its next safe point.
pub enum Pending {
    /// Call the object's `__del__`; the value is the reference that keeps it alive.
    Finalize(Value),
    /// The referent of this weak reference died: call its callback.
    Callback(Value),
}

#[derive(Default)]
struct Registry {
    /// Referent address → its weak references, in `RefKind` order.
    targets: HashMap<usize, Vec<Entry>>,
    /// Weak reference address → its referent.
    owners: HashMap<usize, NonNull<Header>>,
    /// Objects whose finalizer has been queued (PEP 442: once only).
    finalized: HashSet<usize>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::default();
    static PENDING: RefCell<VecDeque<Pending>> = const { RefCell::new(VecDeque::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
    /// Whether any object with a finalizer was made (else the exit walk is skipped).
    static ANY_FINALIZABLE: Cell<bool> = const { Cell::new(false) };
}

/// Whether work is queued: the interpreter's cheap test at its safe points.
#[inline(always)]
pub fn has_pending() -> bool {
    HAS_PENDING.with(Cell::get)
}

/// The oldest queued work, if any.
pub fn take_pending() -> Option<Pending> {
    PENDING
        .try_with(|p| {
            let mut p = p.borrow_mut();
            let next = p.pop_front();
            if p.is_empty() {
                HAS_PENDING.with(|h| h.set(false));
            }
            next
        })
        .ok()
        .flatten()
}

fn push_pending(work: Pending) -> Result<(), Pending> {
    let mut work = Some(work);
    let pushed = PENDING.try_with(|p| {
        if let Some(w) = work.take() {
            p.borrow_mut().push_back(w);
        }
        HAS_PENDING.with(|h| h.set(true));
    });
    match (pushed, work) {
        (Ok(()), _) => Ok(()),
        (Err(_), Some(w)) => Err(w),
        (Err(_), None) => Ok(()),
    }
}

fn header_of(v: &Value) -> Option<NonNull<Header>> {
    v.heap_header()
}

/// Marks `obj` watched so that its death runs its finalizer (an instance of a class with
/// `__del__`, made by the interpreter).
pub fn watch_finalizable<T: super::object::HeapValue>(obj: &super::object::Obj<T>) {
    super::object::Obj::watch(obj);
    ANY_FINALIZABLE.with(|a| a.set(true));
}

/// Registers `owner` as a weak reference to `target` (both heap objects).
pub fn register(owner: &Value, target: &Value, kind: RefKind, callback: bool) {
    let (Some(o), Some(t)) = (header_of(owner), header_of(target)) else {
        return;
    };
    // SAFETY: both values keep their objects alive.
    unsafe {
        o.as_ref().watch();
        t.as_ref().watch();
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        if let Some(old) = r.owners.insert(o.as_ptr().addr(), t) {
            // Registered again (a program calling `__init__` twice): forget the old one.
            if let Some(list) = r.targets.get_mut(&old.as_ptr().addr()) {
                list.retain(|e| e.owner != o);
            }
        }
        let list = r.targets.entry(t.as_ptr().addr()).or_default();
        let at = match kind {
            RefKind::BasicRef => 0,
            RefKind::BasicProxy => list
                .iter()
                .take_while(|e| e.kind == RefKind::BasicRef)
                .count(),
            RefKind::Other => list.iter().take_while(|e| e.kind != RefKind::Other).count(),
        };
        list.insert(
            at,
            Entry {
                owner: o,
                kind,
                callback,
            },
        );
    });
}

/// The referent of weak reference `owner`, while it lives.
pub fn referent(owner: &Value) -> Option<Value> {
    let o = header_of(owner)?;
    let t = REGISTRY.with(|r| r.borrow().owners.get(&o.as_ptr().addr()).copied())?;
    // SAFETY: a registered referent is alive (it leaves the table before it is freed).
    Some(unsafe { Value::from_header(t) })
}

/// The shared basic reference (or proxy) to `target`, if there is one.
pub fn basic(target: &Value, kind: RefKind) -> Option<Value> {
    let t = header_of(target)?;
    let o = REGISTRY.with(|r| {
        r.borrow()
            .targets
            .get(&t.as_ptr().addr())
            .and_then(|l| l.iter().find(|e| e.kind == kind).map(|e| e.owner))
    })?;
    // SAFETY: a registered owner is alive.
    Some(unsafe { Value::from_header(o) })
}

/// The weak references to `target`, in CPython's order.
pub fn refs_to(target: &Value) -> Vec<Value> {
    let Some(t) = header_of(target) else {
        return Vec::new();
    };
    let owners: Vec<NonNull<Header>> = REGISTRY.with(|r| {
        r.borrow()
            .targets
            .get(&t.as_ptr().addr())
            .map(|l| l.iter().map(|e| e.owner).collect())
            .unwrap_or_default()
    });
    // SAFETY: registered owners are alive.
    owners
        .into_iter()
        .map(|o| unsafe { Value::from_header(o) })
        .collect()
}

/// How many weak references to `target` there are.
pub fn count(target: &Value) -> usize {
    let Some(t) = header_of(target) else {
        return 0;
    };
    REGISTRY.with(|r| {
        r.borrow()
            .targets
            .get(&t.as_ptr().addr())
            .map_or(0, Vec::len)
    })
}

/// Takes the weak references to the object at `addr` out of the table (they are dead from
/// now on), and unregisters the object itself as a weak reference. Returns the owners
/// whose callbacks must run.
fn forget(addr: usize, skip: Option<&HashSet<usize>>) -> Vec<NonNull<Header>> {
    REGISTRY
        .try_with(|r| {
            let mut r = r.borrow_mut();
            if let Some(t) = r.owners.remove(&addr) {
                let key = t.as_ptr().addr();
                if let Some(list) = r.targets.get_mut(&key) {
                    list.retain(|e| e.owner.as_ptr().addr() != addr);
                    if list.is_empty() {
                        r.targets.remove(&key);
                    }
                }
            }
            let entries = r.targets.remove(&addr).unwrap_or_default();
            let mut callbacks = Vec::new();
            for e in entries {
                let o = e.owner.as_ptr().addr();
                r.owners.remove(&o);
                if e.callback && !skip.is_some_and(|s| s.contains(&o)) {
                    callbacks.push(e.owner);
                }
            }
            callbacks
        })
        .unwrap_or_default()
}

fn queue_callbacks(owners: Vec<NonNull<Header>>) {
    for o in owners {
        // SAFETY: the owners were registered, so alive; dropping the value if the queue is
        // gone only releases the reference just taken.
        let _ = push_pending(Pending::Callback(unsafe { Value::from_header(o) }));
    }
}

/// Called by a watched object's `free` when its count reached zero. Queues its finalizer
/// and resurrects it (false: not to be freed now), or clears the weak references to it
/// and queues their callbacks (true: free it).
///
/// # Safety
/// `h` must be the header of an object whose count just reached zero.
pub unsafe fn dying(h: NonNull<Header>) -> bool {
    let addr = h.as_ptr().addr();
    // SAFETY: the object's memory is intact until its kind's free returns.
    if unsafe { Header::has_finalizer(h) }
        && REGISTRY
            .try_with(|r| r.borrow_mut().finalized.insert(addr))
            .unwrap_or(false)
    {
        // SAFETY: as above; the queue takes the one reference.
        let v = unsafe {
            Header::resurrect(h);
            Value::adopt_header(h)
        };
        if let Err(w) = push_pending(Pending::Finalize(v)) {
            // The thread is ending: leave the object alive rather than run its finalizer.
            std::mem::forget(w);
        }
        return false;
    }
    let _ = REGISTRY.try_with(|r| r.borrow_mut().finalized.remove(&addr));
    queue_callbacks(forget(addr, None));
    true
}

/// The collector found `garbage` unreachable; called when some of it is watched. If any of
/// it has a finalizer not yet run, queues those finalizers (their references resurrect the
/// whole set for now) and returns false: the garbage is not to be cleared this time.
/// Otherwise clears the weak references to it, queues the callbacks of those that are not
/// garbage themselves, and returns true.
pub fn collecting(garbage: &[AnyObj]) -> bool {
    let mut finalize = Vec::new();
    for g in garbage {
        let h = g.header();
        // SAFETY: `g` keeps the object alive.
        if unsafe { h.as_ref() }.is_watched() && unsafe { Header::has_finalizer(h) } {
            let first = REGISTRY
                .try_with(|r| r.borrow_mut().finalized.insert(h.as_ptr().addr()))
                .unwrap_or(false);
            if first {
                finalize.push(h);
            }
        }
    }
    if !finalize.is_empty() {
        for h in finalize {
            // SAFETY: held alive by `garbage`.
            let _ = push_pending(Pending::Finalize(unsafe { Value::from_header(h) }));
        }
        return false;
    }
    let all: HashSet<usize> = garbage.iter().map(|g| g.header().as_ptr().addr()).collect();
    for g in garbage {
        let h = g.header();
        // SAFETY: `g` keeps the object alive.
        if unsafe { h.as_ref() }.is_watched() {
            queue_callbacks(forget(h.as_ptr().addr(), Some(&all)));
        }
    }
    true
}

/// Queues the finalizers of the objects reachable from `root` that have one not yet run,
/// without entering modules: at exit, what only the main module's globals hold is garbage,
/// and CPython finalizes it all before it clears any of it. The order is CPython's in the
/// common cases: containers in their own order, an instance's attributes right after it
/// (depth first), what lists, dicts and other containers hold after the rest of their
/// level (breadth first).
pub fn finalize_reachable(root: &Value) {
    let Some(start) = header_of(root) else {
        return;
    };
    if !ANY_FINALIZABLE.with(Cell::get) {
        return;
    }
    // SAFETY (for the unsafe calls below): `root` keeps its object alive, and every object
    // reached is referenced by one reached before it; nothing is freed during the walk (no
    // reference is dropped).
    let children = |h: NonNull<Header>| {
        let mut out = Vec::new();
        unsafe { Header::traverse(h, &mut Visitor::new(&mut |c| out.push(c))) };
        out.into_iter()
    };
    if !unsafe { start.as_ref() }.kind().gc {
        return;
    }
    let mut seen: HashSet<usize> = HashSet::from([start.as_ptr().addr()]);
    let mut queue: VecDeque<NonNull<Header>> = VecDeque::from([start]);
    let mut found: Vec<NonNull<Header>> = Vec::new();
    while let Some(h) = queue.pop_front() {
        let mut stack = vec![children(h)];
        while let Some(top) = stack.last_mut() {
            let Some(c) = top.next() else {
                stack.pop();
                continue;
            };
            let header = unsafe { c.as_ref() };
            if header.kind().tag == TypeTag::Module || !seen.insert(c.as_ptr().addr()) {
                continue;
            }
            if header.kind().tag == TypeTag::Instance {
                if header.is_watched() && unsafe { Header::has_finalizer(c) } {
                    found.push(c);
                }
                stack.push(children(c));
            } else {
                queue.push_back(c);
            }
        }
    }
    for h in found {
        let first = REGISTRY
            .try_with(|r| r.borrow_mut().finalized.insert(h.as_ptr().addr()))
            .unwrap_or(false);
        if first {
            // SAFETY: reached from `root`, so alive.
            let _ = push_pending(Pending::Finalize(unsafe { Value::from_header(h) }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> Value {
        Value::Set(crate::runtime::object::Obj::new(
            crate::runtime::value::PySet {
                table: crate::runtime::set::SetTable::new(),
            },
        ))
    }

    fn list() -> Value {
        Value::list(Vec::new())
    }

    fn drain() -> Vec<Pending> {
        std::iter::from_fn(take_pending).collect()
    }

    #[test]
    fn a_dead_referent_clears_its_references_and_queues_callbacks_newest_first() {
        drain();
        let target = set();
        let (basic, a, b) = (list(), list(), list());
        register(&a, &target, RefKind::Other, true);
        register(&b, &target, RefKind::Other, true);
        register(&basic, &target, RefKind::BasicRef, false);
        assert_eq!(count(&target), 3);
        assert!(basic_is(&target, &basic));
        let order: Vec<bool> = refs_to(&target).iter().map(|v| v.is(&basic)).collect();
        assert_eq!(order, [true, false, false]);
        assert!(referent(&a).is_some_and(|v| v.is(&target)));
        drop(target);
        assert!(referent(&a).is_none() && referent(&basic).is_none());
        assert!(has_pending());
        let got: Vec<bool> = drain()
            .into_iter()
            .map(|p| match p {
                Pending::Callback(v) => v.is(&b),
                Pending::Finalize(_) => panic!("no finalizer"),
            })
            .collect();
        assert_eq!(got, [true, false]);
        assert!(!has_pending());
    }

    fn basic_is(target: &Value, owner: &Value) -> bool {
        basic(target, RefKind::BasicRef).is_some_and(|v| v.is(owner))
    }

    thread_local! {
        static FREED: Cell<usize> = const { Cell::new(0) };
    }

    /// A container with a finalizer, counting its frees.
    struct Fin {
        next: RefCell<Option<crate::runtime::object::Obj<Fin>>>,
    }

    impl crate::runtime::object::HeapValue for Fin {
        const NAME: &'static str = "fin";
        const GC: bool = true;
        fn traverse(&self, visit: &mut crate::runtime::object::Visitor) {
            if let Ok(n) = self.next.try_borrow()
                && let Some(n) = n.as_ref()
            {
                visit.obj(n);
            }
        }
        fn clear(&self) {
            crate::runtime::value::clear_cell(&self.next);
        }
        fn has_finalizer(&self) -> bool {
            true
        }
    }

    impl Drop for Fin {
        fn drop(&mut self) {
            FREED.with(|f| f.set(f.get() + 1));
        }
    }

    #[test]
    fn finalizers_run_once_and_a_finalized_cycle_is_freed_by_the_next_collection() {
        use crate::runtime::gc;
        use crate::runtime::object::Obj;
        drain();
        gc::collect();
        let freed = || FREED.with(Cell::get);
        // Unshared: the count reaching zero queues the finalizer and keeps the object.
        let lone = Obj::new(Fin {
            next: RefCell::new(None),
        });
        Obj::watch(&lone);
        drop(lone);
        assert_eq!(freed(), 0);
        let work = drain();
        assert!(matches!(work.as_slice(), [Pending::Finalize(_)]));
        drop(work);
        assert_eq!(freed(), 1);
        // A cycle: the collection queues both finalizers and frees nothing yet.
        let a = Obj::new(Fin {
            next: RefCell::new(None),
        });
        let b = Obj::new(Fin {
            next: RefCell::new(Some(a.clone())),
        });
        *a.next.borrow_mut() = Some(b.clone());
        Obj::watch(&a);
        Obj::watch(&b);
        drop((a, b));
        assert_eq!(gc::collect(), 2);
        assert_eq!(freed(), 1);
        let work = drain();
        assert_eq!(work.len(), 2);
        drop(work);
        // Finalized: the next collection frees them, queueing nothing.
        assert_eq!(gc::collect(), 2);
        assert_eq!(freed(), 3);
        assert!(drain().is_empty());
    }

    #[test]
    fn a_reference_that_dies_first_is_forgotten() {
        drain();
        let target = set();
        let r = list();
        register(&r, &target, RefKind::Other, true);
        drop(r);
        assert_eq!(count(&target), 0);
        drop(target);
        assert!(drain().is_empty());
    }
}
