//! Memory reclamation beyond reference counting: a cycle collector and a "trashcan" that
//! keeps the destruction of deeply nested structures off the Rust stack.
//!
//! The collector follows CPython's idea: every container that can take part in a cycle is
//! registered here (by a weak reference). A collection computes, for each registered object,
//! its reference count minus the references coming from other registered objects; objects
//! left with a positive count are referenced from outside (the VM stacks, Rust locals) and
//! are roots. Everything not reachable from a root is garbage: its contents are cleared,
//! which breaks the cycles, and reference counting frees the rest.

use super::class::{Class, Instance};
use super::dict::PyDict;
use super::function::{BoundMethod, Function, PyCell};
use super::value::{PyList, PySet, PyTuple, Value};
use crate::vm::generator::Generator;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

enum Tracked {
    List(Weak<PyList>),
    Tuple(Weak<PyTuple>),
    Dict(Weak<PyDict>),
    Set(Weak<PySet>),
    Instance(Weak<Instance>),
    Cell(Weak<PyCell>),
    Function(Weak<Function>),
    Method(Weak<BoundMethod>),
    Class(Weak<Class>),
    Generator(Weak<Generator>),
}

enum Live {
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Instance(Rc<Instance>),
    Cell(Rc<PyCell>),
    Function(Rc<Function>),
    Method(Rc<BoundMethod>),
    Class(Rc<Class>),
    Generator(Rc<Generator>),
}

thread_local! {
    static REGISTRY: RefCell<Vec<Tracked>> = const { RefCell::new(Vec::new()) };
    static SINCE_LAST: Cell<usize> = const { Cell::new(0) };
    static THRESHOLD: Cell<usize> = const { Cell::new(20_000) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static DROP_DEPTH: Cell<usize> = const { Cell::new(0) };
    static TRASH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

fn register(t: Tracked) {
    REGISTRY.with(|r| r.borrow_mut().push(t));
    SINCE_LAST.with(|c| c.set(c.get() + 1));
}

pub fn track_list(x: &Rc<PyList>) {
    register(Tracked::List(Rc::downgrade(x)));
}
pub fn track_tuple(x: &Rc<PyTuple>) {
    register(Tracked::Tuple(Rc::downgrade(x)));
}
pub fn track_dict(x: &Rc<PyDict>) {
    register(Tracked::Dict(Rc::downgrade(x)));
}
pub fn track_set(x: &Rc<PySet>) {
    register(Tracked::Set(Rc::downgrade(x)));
}
pub fn track_instance(x: &Rc<Instance>) {
    register(Tracked::Instance(Rc::downgrade(x)));
}
pub fn track_cell(x: &Rc<PyCell>) {
    register(Tracked::Cell(Rc::downgrade(x)));
}
pub fn track_function(x: &Rc<Function>) {
    register(Tracked::Function(Rc::downgrade(x)));
}
pub fn track_method(x: &Rc<BoundMethod>) {
    register(Tracked::Method(Rc::downgrade(x)));
}
pub fn track_class(x: &Rc<Class>) {
    register(Tracked::Class(Rc::downgrade(x)));
}
pub fn track_generator(x: &Rc<Generator>) {
    register(Tracked::Generator(Rc::downgrade(x)));
}

/// True when enough containers were created since the last collection.
#[inline]
pub fn should_collect() -> bool {
    SINCE_LAST.with(|c| c.get()) >= THRESHOLD.with(|t| t.get()) && ENABLED.with(|e| e.get())
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

fn ptr<T: ?Sized>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r) as *const u8 as usize
}

impl Live {
    fn addr(&self) -> usize {
        match self {
            Live::List(r) => ptr(r),
            Live::Tuple(r) => ptr(r),
            Live::Dict(r) => ptr(r),
            Live::Set(r) => ptr(r),
            Live::Instance(r) => ptr(r),
            Live::Cell(r) => ptr(r),
            Live::Function(r) => ptr(r),
            Live::Method(r) => ptr(r),
            Live::Class(r) => ptr(r),
            Live::Generator(r) => ptr(r),
        }
    }

    /// Strong references not counting the one this collection holds.
    fn external_count(&self) -> usize {
        let n = match self {
            Live::List(r) => Rc::strong_count(r),
            Live::Tuple(r) => Rc::strong_count(r),
            Live::Dict(r) => Rc::strong_count(r),
            Live::Set(r) => Rc::strong_count(r),
            Live::Instance(r) => Rc::strong_count(r),
            Live::Cell(r) => Rc::strong_count(r),
            Live::Function(r) => Rc::strong_count(r),
            Live::Method(r) => Rc::strong_count(r),
            Live::Class(r) => Rc::strong_count(r),
            Live::Generator(r) => Rc::strong_count(r),
        };
        n - 1
    }

    /// Calls `f` with the address of every tracked object this one references directly.
    fn visit(&self, sink: &mut dyn FnMut(usize)) {
        let mut out: Vec<usize> = Vec::new();
        self.refs(&mut out);
        for a in out {
            sink(a);
        }
    }

    fn refs(&self, out: &mut Vec<usize>) {
        let mut addrs: Vec<usize> = Vec::new();
        let mut v = |x: &Value| {
            if let Some(a) = tracked_addr(x) {
                addrs.push(a)
            }
        };
        let mut direct: Vec<usize> = Vec::new();
        let mut f = |a: usize| direct.push(a);
        match self {
            Live::List(l) => {
                if let Ok(items) = l.items.try_borrow() {
                    items.iter().for_each(&mut v);
                }
            }
            Live::Tuple(t) => t.items.iter().for_each(&mut v),
            Live::Dict(d) => visit_dict(d, &mut v),
            Live::Set(s) => s.table.for_each_key(&mut v),
            Live::Instance(i) => {
                if let Some(d) = &i.dict {
                    f(ptr(d));
                }
                if let Ok(slots) = i.slots.try_borrow() {
                    slots.iter().for_each(&mut v);
                }
                if let Ok(b) = i.base_value.try_borrow() {
                    v(&b);
                }
                if let Ok(c) = i.class.try_borrow() {
                    f(ptr(&c));
                }
                if let Some(e) = &i.exc
                    && let Ok(e) = e.try_borrow()
                {
                    v(&e.args);
                    v(&e.cause);
                    v(&e.context);
                }
            }
            Live::Cell(c) => {
                if let Ok(x) = c.value.try_borrow() {
                    v(&x);
                }
            }
            Live::Function(func) => {
                f(ptr(&func.globals));
                f(ptr(&func.dict));
                for c in &func.closure {
                    f(ptr(c));
                }
                if let Ok(d) = func.defaults.try_borrow() {
                    d.iter().for_each(&mut v);
                }
                if let Ok(Some(k)) = func.kwdefaults.try_borrow().map(|k| k.clone()) {
                    f(ptr(&k));
                }
            }
            Live::Method(m) => {
                v(&m.func);
                v(&m.receiver);
            }
            Live::Class(c) => {
                if let Ok(cache) = c.attr_cache.try_borrow() {
                    for (_, cached) in cache.entries.values() {
                        if let Some(x) = cached {
                            v(x);
                        }
                    }
                }
                f(ptr(&c.dict));
                if let Ok(b) = c.bases.try_borrow() {
                    b.iter().for_each(|b| f(ptr(b)));
                }
                if let Ok(m) = c.mro.try_borrow() {
                    m.iter().for_each(|b| f(ptr(b)));
                }
            }
            Live::Generator(g) => g.visit_values(&mut v),
        }
        out.extend(addrs);
        out.extend(direct);
    }

    fn clear(&self) {
        match self {
            Live::List(l) => {
                if let Ok(mut items) = l.items.try_borrow_mut() {
                    let old = std::mem::take(&mut *items);
                    drop(items);
                    drop(old);
                }
            }
            Live::Tuple(_) | Live::Method(_) => {}
            Live::Dict(d) => {
                if d.inner.try_borrow_mut().is_ok() {
                    d.clear();
                }
            }
            Live::Set(s) => {
                if s.table.inner.try_borrow_mut().is_ok() {
                    s.table.clear();
                }
            }
            Live::Instance(i) => {
                if let Some(d) = &i.dict
                    && d.inner.try_borrow_mut().is_ok()
                {
                    d.clear();
                }
                if let Ok(mut s) = i.slots.try_borrow_mut() {
                    let old = std::mem::take(&mut *s);
                    drop(s);
                    drop(old);
                }
                if let Ok(mut b) = i.base_value.try_borrow_mut() {
                    let old = std::mem::take(&mut *b);
                    drop(b);
                    drop(old);
                }
                if let Some(e) = &i.exc
                    && let Ok(mut e) = e.try_borrow_mut()
                {
                    let old = std::mem::take(&mut *e);
                    drop(e);
                    drop(old);
                }
            }
            Live::Cell(c) => {
                if let Ok(mut x) = c.value.try_borrow_mut() {
                    let old = std::mem::take(&mut *x);
                    drop(x);
                    drop(old);
                }
            }
            Live::Function(func) => {
                if let Ok(mut d) = func.defaults.try_borrow_mut() {
                    let old = std::mem::take(&mut *d);
                    drop(d);
                    drop(old);
                }
                if func.dict.inner.try_borrow_mut().is_ok() {
                    func.dict.clear();
                }
            }
            Live::Class(c) => {
                if let Ok(mut cache) = c.attr_cache.try_borrow_mut() {
                    let old = std::mem::take(&mut cache.entries);
                    drop(cache);
                    drop(old);
                }
                if c.dict.inner.try_borrow_mut().is_ok() {
                    c.dict.clear();
                }
                if let Ok(mut m) = c.mro.try_borrow_mut() {
                    let old = std::mem::take(&mut *m);
                    drop(m);
                    drop(old);
                }
            }
            Live::Generator(g) => g.clear_frame(),
        }
    }
}

fn visit_dict(d: &PyDict, v: &mut dyn FnMut(&Value)) {
    if let Ok(inner) = d.inner.try_borrow() {
        for e in inner.entries.iter().flatten() {
            v(&e.key);
            v(&e.value);
        }
    }
}

fn tracked_addr(x: &Value) -> Option<usize> {
    match x {
        Value::List(r) => Some(ptr(r)),
        Value::Tuple(r) => Some(ptr(r)),
        Value::Dict(r) => Some(ptr(r)),
        Value::Set(r) | Value::FrozenSet(r) => Some(ptr(r)),
        Value::Instance(r) => Some(ptr(r)),
        Value::Cell(r) => Some(ptr(r)),
        Value::Function(r) => Some(ptr(r)),
        Value::Method(r) => Some(ptr(r)),
        Value::Class(r) => Some(ptr(r)),
        Value::Generator(r) => Some(ptr(r)),
        _ => None,
    }
}

/// Runs a full collection; returns the number of objects found unreachable.
pub fn collect() -> usize {
    SINCE_LAST.with(|c| c.set(0));
    let tracked = REGISTRY.with(|r| std::mem::take(&mut *r.borrow_mut()));
    let mut live: Vec<Live> = Vec::with_capacity(tracked.len());
    let mut weak_kept: Vec<Tracked> = Vec::with_capacity(tracked.len());
    for t in tracked {
        let l = match &t {
            Tracked::List(w) => w.upgrade().map(Live::List),
            Tracked::Tuple(w) => w.upgrade().map(Live::Tuple),
            Tracked::Dict(w) => w.upgrade().map(Live::Dict),
            Tracked::Set(w) => w.upgrade().map(Live::Set),
            Tracked::Instance(w) => w.upgrade().map(Live::Instance),
            Tracked::Cell(w) => w.upgrade().map(Live::Cell),
            Tracked::Function(w) => w.upgrade().map(Live::Function),
            Tracked::Method(w) => w.upgrade().map(Live::Method),
            Tracked::Class(w) => w.upgrade().map(Live::Class),
            Tracked::Generator(w) => w.upgrade().map(Live::Generator),
        };
        if let Some(l) = l {
            live.push(l);
            weak_kept.push(t);
        }
    }
    let index: HashMap<usize, usize> = live
        .iter()
        .enumerate()
        .map(|(i, l)| (l.addr(), i))
        .collect();
    let mut refs: Vec<isize> = live.iter().map(|l| l.external_count() as isize).collect();
    for l in &live {
        l.visit(&mut |a| {
            if let Some(&j) = index.get(&a) {
                refs[j] -= 1;
            }
        });
    }
    let mut reachable = vec![false; live.len()];
    let mut work: Vec<usize> = (0..live.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        live[i].visit(&mut |a| {
            if let Some(&j) = index.get(&a)
                && !reachable[j]
            {
                reachable[j] = true;
                work.push(j);
            }
        });
    }
    let mut garbage = 0;
    let mut survivors = Vec::with_capacity(weak_kept.len());
    for (i, t) in weak_kept.into_iter().enumerate() {
        if reachable[i] {
            survivors.push(t);
        } else {
            garbage += 1;
        }
    }
    for (i, l) in live.iter().enumerate() {
        if !reachable[i] {
            l.clear();
        }
    }
    let n_survivors = survivors.len();
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        // Objects registered while clearing (none expected) are kept too.
        survivors.append(&mut r);
        *r = survivors;
    });
    THRESHOLD.with(|t| t.set(20_000.max(n_survivors)));
    drop(live);
    garbage
}

/// Destroys `values` without deep recursion: nested containers beyond a small depth are
/// queued and dropped iteratively by the outermost call.
pub fn drop_deferred(values: Vec<Value>) {
    let depth = DROP_DEPTH.with(|d| d.get());
    if depth > 200 {
        TRASH.with(|t| t.borrow_mut().extend(values));
        return;
    }
    DROP_DEPTH.with(|d| d.set(depth + 1));
    drop(values);
    if depth == 0 {
        loop {
            let batch = TRASH.with(|t| std::mem::take(&mut *t.borrow_mut()));
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
        let items = std::mem::take(&mut self.items);
        if !items.is_empty() {
            drop_deferred(items.into_vec());
        }
    }
}

impl Drop for PyCell {
    fn drop(&mut self) {
        let v = std::mem::take(self.value.get_mut());
        if !matches!(v, Value::Null) {
            drop_deferred(vec![v]);
        }
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        let inner = std::mem::take(self.inner.get_mut());
        if inner.entries.is_empty() {
            return;
        }
        let mut vals = Vec::with_capacity(inner.entries.len() * 2);
        for e in inner.entries.into_iter().flatten() {
            vals.push(e.key);
            vals.push(e.value);
        }
        drop_deferred(vals);
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let mut vals = std::mem::take(self.slots.get_mut());
        vals.push(std::mem::take(self.base_value.get_mut()));
        if let Some(d) = self.dict.take() {
            // The dict may be shared (vars()); deferring the Rc keeps recursion flat either way.
            vals.push(Value::Dict(d));
        }
        drop_deferred(vals);
    }
}
