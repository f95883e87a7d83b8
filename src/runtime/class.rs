//! Classes (type objects) and instances of user-defined classes.
//!
//! Built-in types are `Class` objects too, so attribute lookup, `isinstance` and the MRO work
//! the same way for `int` as for a user class. A user class that derives from a built-in
//! container or number keeps the built-in part of each instance in `Instance::base_value`.

use super::dict::PyDict;
use super::object::{HeapValue, Visitor};
use super::value::Value;
use super::value::clear_cell;
use crate::runtime::object::Obj;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which built-in layout instances of a class have (inherited from the nearest built-in base).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    /// Types that cannot be subclassed or instantiated directly by user code.
    Opaque,
}

pub struct Class {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: RefCell<Vec<Obj<Class>>>,
    /// The method resolution order without the class itself (which always comes first).
    pub mro: RefCell<Vec<Obj<Class>>>,
    pub dict: Obj<PyDict>,
    pub layout: Layout,
    /// Names from `__slots__`; such instances have no `__dict__` (unless a base has one).
    pub slots: Option<Vec<String>>,
    /// Whether this class or any base declares `__slots__` (else slot lookups are skipped).
    pub any_slots: bool,
    pub has_dict: bool,
    /// Defined in Rust (attributes cannot be set on it).
    pub builtin: bool,
    /// Bumped whenever the class or a base is modified (for caches that key on it).
    pub version: Cell<u64>,
    /// Results of MRO lookups by name hash, valid for one `class_epoch`.
    pub attr_cache: RefCell<AttrCache>,
    /// The metaclass when it is not `type` (a subclass of `type` written in Python).
    pub meta: RefCell<Option<Obj<Class>>>,
}

/// Memoized MRO lookups: name hash → (name, result).
#[derive(Default)]
pub struct AttrCache {
    pub epoch: u64,
    pub entries:
        std::collections::HashMap<i64, (Obj<super::str::PyStr>, Option<Value>), PrehashedState>,
}

/// The keys are already hashes: use them as they are.
pub type PrehashedState = std::hash::BuildHasherDefault<Prehashed>;

#[derive(Default)]
pub struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ *b as u64;
        }
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = i as u64;
    }
}

pub struct Instance {
    pub class: RefCell<Obj<Class>>,
    pub dict: Option<Obj<PyDict>>,
    pub slots: RefCell<Vec<Value>>,
    /// The built-in part of an instance of a subclass of a built-in type.
    pub base_value: RefCell<Value>,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<Box<RefCell<ExcState>>>,
}

#[derive(Clone)]
pub struct TracebackEntry {
    pub filename: Rc<str>,
    pub line: u32,
    pub name: Rc<str>,
}

#[derive(Default)]
pub struct ExcState {
    pub args: Value,
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// What needs the class's own counted reference (methods on `Obj<Class>`).
pub trait ClassObj {
    /// The full MRO, the class itself first.
    fn mro_with_self(&self) -> Vec<Obj<Class>>;
    fn mro_with_self_names(&self) -> Vec<String>;
}

impl ClassObj for Obj<Class> {
    fn mro_with_self(&self) -> Vec<Obj<Class>> {
        let mut v = Vec::with_capacity(self.mro.borrow().len() + 1);
        v.push(self.clone());
        v.extend(self.mro.borrow().iter().cloned());
        v
    }

    fn mro_with_self_names(&self) -> Vec<String> {
        self.mro_with_self().iter().map(|c| c.name()).collect()
    }
}

impl Class {
    /// Looks `name` up along the MRO (class attributes only, no descriptors applied).
    /// Looks `name` up along the MRO. Inlined so that the hash of a literal name (the
    /// special methods) is computed at compile time.
    #[inline(always)]
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_hashed(name, super::str::str_hash(name))
    }

    /// Looks `name` up along the MRO, memoized until any class dict changes.
    pub fn lookup_hashed(&self, name: &str, hash: i64) -> Option<Value> {
        let epoch = super::dict::class_epoch();
        {
            let cache = self.attr_cache.borrow();
            if cache.epoch == epoch
                && let Some((n, v)) = cache.entries.get(&hash)
                && n.as_str() == name
            {
                crate::vm::stats::bump(|c| &c.class_lookup_hit);
                return v.clone();
            }
        }
        crate::vm::stats::bump(|c| &c.class_lookup_miss);
        let v = self.lookup_uncached(name, hash);
        if let Ok(mut cache) = self.attr_cache.try_borrow_mut() {
            if cache.epoch != epoch {
                cache.entries.clear();
                cache.epoch = epoch;
            }
            cache
                .entries
                .insert(hash, (super::str::intern(name), v.clone()));
        }
        v
    }

    /// `lookup_hashed` for an interned name: the cache hit compares pointers only.
    #[inline]
    pub fn lookup_interned(&self, name: &Obj<super::str::PyStr>) -> Option<Value> {
        let hash = name.hash();
        {
            let cache = self.attr_cache.borrow();
            if cache.epoch == super::dict::class_epoch()
                && let Some((n, v)) = cache.entries.get(&hash)
                && Obj::ptr_eq(n, name)
            {
                crate::vm::stats::bump(|c| &c.class_lookup_hit);
                return v.clone();
            }
        }
        self.lookup_hashed(name.as_str(), hash)
    }

    fn lookup_uncached(&self, name: &str, hash: i64) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name, hash) {
            return Some(v);
        }
        for c in self.mro.borrow().iter() {
            if let Some(v) = c.dict.get_str(name, hash) {
                return Some(v);
            }
        }
        None
    }

    pub fn is_subclass(&self, other: &Obj<Class>) -> bool {
        std::ptr::eq(self, &**other) || self.mro.borrow().iter().any(|c| Obj::ptr_eq(c, other))
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    pub fn bump_version(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }
}

/// C3 linearization; `None` when the bases admit no consistent order.
pub fn c3_mro(bases: &[Obj<Class>]) -> Option<Vec<Obj<Class>>> {
    let mut seqs: Vec<Vec<Obj<Class>>> = bases.iter().map(|b| b.mro_with_self()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Obj<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Obj::ptr_eq(c, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let c = candidate?;
        for s in seqs.iter_mut() {
            if Obj::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

impl HeapValue for Class {
    const NAME: &'static str = "type";
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        if let Ok(cache) = self.attr_cache.try_borrow() {
            for (_, cached) in cache.entries.values() {
                if let Some(x) = cached {
                    visit.value(x);
                }
            }
        }
        visit.obj(&self.dict);
        if let Ok(b) = self.bases.try_borrow() {
            b.iter().for_each(|b| visit.obj(b));
        }
        if let Ok(m) = self.mro.try_borrow() {
            m.iter().for_each(|c| visit.obj(c));
        }
    }
    fn clear(&self) {
        if let Ok(mut cache) = self.attr_cache.try_borrow_mut() {
            let old = std::mem::take(&mut cache.entries);
            drop(cache);
            drop(old);
        }
        if self.dict.inner.try_borrow_mut().is_ok() {
            self.dict.clear();
        }
        clear_cell(&self.mro);
    }
}

impl HeapValue for Instance {
    const NAME: &'static str = "object";
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        if let Some(d) = &self.dict {
            visit.obj(d);
        }
        if let Ok(slots) = self.slots.try_borrow() {
            slots.iter().for_each(|v| visit.value(v));
        }
        if let Ok(b) = self.base_value.try_borrow() {
            visit.value(&b);
        }
        if let Ok(c) = self.class.try_borrow() {
            visit.obj(&c);
        }
        if let Some(e) = &self.exc
            && let Ok(e) = e.try_borrow()
        {
            visit.value(&e.args);
            visit.value(&e.cause);
            visit.value(&e.context);
        }
    }
    fn clear(&self) {
        if let Some(d) = &self.dict
            && d.inner.try_borrow_mut().is_ok()
        {
            d.clear();
        }
        clear_cell(&self.slots);
        clear_cell(&self.base_value);
        if let Some(e) = &self.exc {
            clear_cell(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::types::new_class;

    fn names(v: &[Obj<Class>]) -> Vec<String> {
        v.iter().map(|c| c.name()).collect()
    }

    #[test]
    fn c3_diamond() {
        let o = new_class("object", vec![], Layout::Object, true);
        let a = new_class("A", vec![o.clone()], Layout::Object, false);
        let b = new_class("B", vec![a.clone()], Layout::Object, false);
        let c = new_class("C", vec![a.clone()], Layout::Object, false);
        let d = new_class("D", vec![b.clone(), c.clone()], Layout::Object, false);
        assert_eq!(names(&d.mro_with_self()), ["D", "B", "C", "A", "object"]);
    }

    #[test]
    fn c3_textbook_example() {
        // The example from the C3 paper / Python's MRO documentation.
        let o = new_class("object", vec![], Layout::Object, true);
        let mk = |n: &str, bases: Vec<Obj<Class>>| new_class(n, bases, Layout::Object, false);
        let f = mk("F", vec![o.clone()]);
        let e = mk("E", vec![o.clone()]);
        let d = mk("D", vec![o.clone()]);
        let c = mk("C", vec![d.clone(), f.clone()]);
        let b = mk("B", vec![d.clone(), e.clone()]);
        let a = mk("A", vec![b.clone(), c.clone()]);
        assert_eq!(
            names(&a.mro_with_self()),
            ["A", "B", "C", "D", "E", "F", "object"]
        );
    }

    #[test]
    fn c3_inconsistent() {
        let o = new_class("object", vec![], Layout::Object, true);
        let x = new_class("X", vec![o.clone()], Layout::Object, false);
        let y = new_class("Y", vec![o.clone()], Layout::Object, false);
        let a = new_class("A", vec![x.clone(), y.clone()], Layout::Object, false);
        let b = new_class("B", vec![y.clone(), x.clone()], Layout::Object, false);
        assert!(c3_mro(&[a, b]).is_none());
    }
}
