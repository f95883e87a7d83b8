//! Classes (type objects) and instances of user-defined classes.
//!
//! Built-in types are `Class` objects too, so attribute lookup, `isinstance` and the MRO work
//! the same way for `int` as for a user class. A user class that derives from a built-in
//! container or number keeps the built-in part of each instance in `Instance::base_value`.

use super::dict::PyDict;
use super::object::{HeapValue, TypeTag, Visitor};
use super::str::PyStr;
use super::type_version::TypeVersion;
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
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Deque,
    Exception,
    /// Types that cannot be subclassed or instantiated directly by user code.
    Opaque,
}

pub struct Class {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: RefCell<Vec<Obj<Class>>>,
    /// The shape of a fresh instance (no attributes yet): instances that set the same
    /// attributes in the same order share the shapes grown from it.
    pub root_shape: Rc<Shape>,
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
    /// The version tag attribute caches key on (changes with the class or a base).
    pub version: Rc<TypeVersion>,
    /// Results of MRO lookups by name hash, valid for one version tag.
    pub attr_cache: RefCell<AttrCache>,
    /// The metaclass when it is not `type` (a subclass of `type` written in Python).
    pub meta: RefCell<Option<Obj<Class>>>,
    /// Whether the class has `__del__`, for the version tag it was found at (`has_del`).
    pub del_cache: Cell<(u64, bool)>,
}

/// Memoized MRO lookups: name hash → (name, result).
#[derive(Default)]
pub struct AttrCache {
    pub tag: u64,
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
    /// The `__dict__` attributes (see `Attrs`).
    pub attrs: RefCell<Attrs>,
    pub slots: RefCell<SlotValues>,
    /// The built-in part of an instance of a subclass of a built-in type.
    pub base_value: RefCell<Value>,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<Box<RefCell<ExcState>>>,
}

/// A hidden class: the names of an instance's attributes in the order they were first set.
/// Instances of one class that set the same attributes in the same order share a shape and
/// keep only their values, so an attribute site can cache `(shape, index)` and read the
/// value without hashing. Shapes of a class form a tree grown from `Class::root_shape`;
/// a shape never changes once made, and belongs to one class.
pub struct Shape {
    /// Unique and odd, so inline caches can key on it beside class addresses (even), which
    /// a freed shape's address could not be.
    pub id: usize,
    /// The version of the class whose tree this shape belongs to: caches check it through
    /// the shape, without borrowing the instance's class.
    pub version: Rc<TypeVersion>,
    names: Box<[Obj<PyStr>]>,
    /// Shapes that add one name to this one, kept so instances reuse them.
    children: RefCell<Vec<Rc<Shape>>>,
}

thread_local! {
    // Const-initialized: bumped on every class lookup, so no lazy-initialization check.
    static LOOKUP_HITS: Cell<u64> = const { Cell::new(0) };
    static LOOKUP_MISSES: Cell<u64> = const { Cell::new(0) };
}

#[inline(always)]
fn bump(counter: &'static std::thread::LocalKey<Cell<u64>>) {
    counter.with(|c| c.set(c.get() + 1));
}

/// Memoized class attribute lookups so far: (hits, misses), for `-X stats`.
pub fn lookup_counts() -> (u64, u64) {
    (LOOKUP_HITS.with(Cell::get), LOOKUP_MISSES.with(Cell::get))
}

/// More attributes than this and an instance keeps a real dict.
const MAX_SHAPE_NAMES: usize = 40;
/// More orders than this grown from one shape and new instances keep a real dict: a class
/// whose instances set attributes in ever new orders would otherwise grow shapes forever.
const MAX_SHAPE_CHILDREN: usize = 8;

thread_local! {
    static NEXT_SHAPE_ID: Cell<usize> = const { Cell::new(1) };
}

fn next_shape_id() -> usize {
    NEXT_SHAPE_ID.with(|n| {
        let id = n.get();
        n.set(id + 2);
        id
    })
}

impl Shape {
    pub fn root(version: Rc<TypeVersion>) -> Rc<Shape> {
        Rc::new(Shape {
            id: next_shape_id(),
            version,
            names: Box::new([]),
            children: RefCell::default(),
        })
    }

    pub fn names(&self) -> &[Obj<PyStr>] {
        &self.names
    }

    /// Where `name` is; interned names match by address, others by content.
    #[inline]
    pub fn index_of(&self, name: &PyStr) -> Option<usize> {
        let names = &self.names;
        names
            .iter()
            .position(|n| std::ptr::eq(&**n, name))
            .or_else(|| names.iter().position(|n| n.as_str() == name.as_str()))
    }

    /// This shape plus `name`; `None` when the shape may grow no further.
    pub fn with(&self, name: &PyStr) -> Option<Rc<Shape>> {
        let mut children = self.children.borrow_mut();
        let found = children
            .iter()
            .position(|c| c.names.last().is_some_and(|n| std::ptr::eq(&**n, name)))
            .or_else(|| {
                children
                    .iter()
                    .position(|c| c.names.last().is_some_and(|n| n.as_str() == name.as_str()))
            });
        if let Some(at) = found {
            return Some(children[at].clone());
        }
        if self.names.len() >= MAX_SHAPE_NAMES || children.len() >= MAX_SHAPE_CHILDREN {
            return None;
        }
        let mut names = self.names.to_vec();
        names.push(super::str::intern(name.as_str()));
        let child = Rc::new(Shape {
            id: next_shape_id(),
            version: self.version.clone(),
            names: names.into_boxed_slice(),
            children: RefCell::default(),
        });
        children.push(child.clone());
        Some(child)
    }
}

/// The values of a shared-shape instance: the first few inside the instance itself, so a
/// typical object is one allocation.
pub type AttrValues = smallvec::SmallVec<[Value; INLINE_ATTRS]>;

/// The `__slots__` values of an instance that also has a `__dict__`, at fixed indices:
/// two fit in the space a `Vec` takes. (Without a `__dict__` they live in `Attrs::Absent`.)
pub type SlotValues = smallvec::SmallVec<[Value; 2]>;

/// Attribute values kept inside an instance before they spill to the heap.
pub const INLINE_ATTRS: usize = 6;

/// Where an instance keeps its `__dict__` attributes.
pub enum Attrs {
    /// No `__dict__`: a class with `__slots__` only. Its slot values, at fixed indices,
    /// take the inline space attribute values would, so a small slotted object is one
    /// allocation.
    Absent(AttrValues),
    /// Values in the order of `shape`'s names.
    Shared {
        shape: Rc<Shape>,
        values: AttrValues,
    },
    /// A real dict: once `__dict__` was asked for, an attribute was deleted, the class was
    /// reassigned or the shapes stopped growing. An instance never goes back to `Shared`.
    Dict(Obj<PyDict>),
}

/// What `Instance::store_attr` left to its caller.
pub enum AttrStore {
    Stored,
    /// Set the value in this dict (a dict set may run `__eq__` of other keys, which needs
    /// the VM).
    InDict(Obj<PyDict>, Value),
    /// The instance has no `__dict__`.
    NoDict(Value),
}

impl Instance {
    /// `__slots__` value `i` (Null when unset), or None past the class's slots.
    #[inline(always)]
    pub fn slot(&self, i: usize) -> Option<Value> {
        if let Attrs::Absent(values) = &*self.attrs.borrow() {
            return values.get(i).cloned();
        }
        self.slots.borrow().get(i).cloned()
    }

    /// Sets `__slots__` value `i` (Null unsets it) and returns the old value; None past
    /// the class's slots.
    #[inline(always)]
    pub fn replace_slot(&self, i: usize, v: Value) -> Option<Value> {
        let old = match &mut *self.attrs.borrow_mut() {
            Attrs::Absent(values) => values.get_mut(i).map(|s| std::mem::replace(s, v)),
            _ => self
                .slots
                .borrow_mut()
                .get_mut(i)
                .map(|s| std::mem::replace(s, v)),
        };
        // Dropped here, after the borrows end: a value's drop may run code that looks at
        // this instance again.
        old
    }

    pub fn has_dict(&self) -> bool {
        !matches!(*self.attrs.borrow(), Attrs::Absent(_))
    }

    /// The `__dict__` attribute `name`, if set.
    pub fn attr(&self, name: &PyStr) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Absent(_) => None,
            Attrs::Shared { shape, values } => shape.index_of(name).map(|i| values[i].clone()),
            Attrs::Dict(d) => d.get_pystr(name),
        }
    }

    /// Whether no `__dict__` attribute is set.
    pub fn has_no_attrs(&self) -> bool {
        match &*self.attrs.borrow() {
            Attrs::Absent(_) => true,
            Attrs::Shared { values, .. } => values.is_empty(),
            Attrs::Dict(d) => d.is_empty(),
        }
    }

    pub fn store_attr(&self, name: &PyStr, value: Value) -> AttrStore {
        let mut attrs = self.attrs.borrow_mut();
        match &mut *attrs {
            Attrs::Absent(_) => AttrStore::NoDict(value),
            Attrs::Dict(d) => AttrStore::InDict(d.clone(), value),
            Attrs::Shared { shape, values } => {
                if let Some(i) = shape.index_of(name) {
                    let old = std::mem::replace(&mut values[i], value);
                    drop(attrs);
                    drop(old);
                    return AttrStore::Stored;
                }
                match shape.with(name) {
                    Some(grown) => {
                        *shape = grown;
                        values.push(value);
                        AttrStore::Stored
                    }
                    None => {
                        drop(attrs);
                        AttrStore::InDict(self.dict().expect("has a dict"), value)
                    }
                }
            }
        }
    }

    /// Sets the `__dict__` attribute `name` from Rust; nothing without a `__dict__`.
    pub fn set_attr_str(&self, name: &str, value: Value) {
        if let AttrStore::InDict(d, v) = self.store_attr(&super::str::intern(name), value) {
            d.set_str(name, v);
        }
    }

    pub fn attr_str(&self, name: &str) -> Option<Value> {
        self.attr(&super::str::intern(name))
    }

    /// Removes the `__dict__` attribute `name` (the instance keeps a real dict after).
    pub fn remove_attr(&self, name: &str) -> Option<Value> {
        self.attr_str(name)?;
        self.dict()?.remove_str(name)
    }

    /// The instance's `__dict__`, made a real dict from here on (the caller may change it).
    pub fn dict(&self) -> Option<Obj<PyDict>> {
        let mut attrs = self.attrs.borrow_mut();
        match &mut *attrs {
            Attrs::Absent(_) => None,
            Attrs::Dict(d) => Some(d.clone()),
            Attrs::Shared { shape, values } => {
                let d = Obj::new(PyDict::new());
                for (n, v) in shape.names.iter().zip(values.drain(..)) {
                    d.set_str(n.as_str(), v);
                }
                *attrs = Attrs::Dict(d.clone());
                Some(d)
            }
        }
    }
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
    /// For exception groups: the `(message, exceptions tuple)` fixed at construction;
    /// `Null` for other exceptions.
    pub group: Value,
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
        let tag = self.version.tag();
        {
            let cache = self.attr_cache.borrow();
            if cache.tag == tag
                && let Some((n, v)) = cache.entries.get(&hash)
                && n.as_str() == name
            {
                bump(&LOOKUP_HITS);
                return v.clone();
            }
        }
        bump(&LOOKUP_MISSES);
        let v = self.lookup_uncached(name, hash);
        if let Ok(mut cache) = self.attr_cache.try_borrow_mut() {
            if cache.tag != tag {
                cache.entries.clear();
                cache.tag = tag;
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
            if cache.tag == self.version.tag()
                && let Some((n, v)) = cache.entries.get(&hash)
                && Obj::ptr_eq(n, name)
            {
                bump(&LOOKUP_HITS);
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

    /// Whether instances have a `__del__` to run (memoized per version tag: the check
    /// costs a comparison on every instance made).
    #[inline]
    pub fn has_del(&self) -> bool {
        let tag = self.version.tag();
        let (at, has) = self.del_cache.get();
        if at == tag {
            return has;
        }
        // Not through the memo: this may run while an object is freed, and the memo may be
        // borrowed then (its old entries are dropped under the borrow).
        let hash = super::str::str_hash("__del__");
        let Ok(mro) = self.mro.try_borrow() else {
            return has;
        };
        let has = !self.builtin
            && (self.dict.get_str("__del__", hash).is_some()
                || mro
                    .iter()
                    .any(|c| c.dict.get_str("__del__", hash).is_some()));
        self.del_cache.set((tag, has));
        has
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
    const TYPE_TAG: TypeTag = TypeTag::Class;
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
    const TYPE_TAG: TypeTag = TypeTag::Instance;
    const GC: bool = true;
    fn has_finalizer(&self) -> bool {
        self.class.try_borrow().is_ok_and(|c| c.has_del())
    }
    fn traverse(&self, visit: &mut Visitor) {
        if let Ok(attrs) = self.attrs.try_borrow() {
            match &*attrs {
                Attrs::Absent(values) | Attrs::Shared { values, .. } => {
                    values.iter().for_each(|v| visit.value(v))
                }
                Attrs::Dict(d) => visit.obj(d),
            }
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
            visit.value(&e.group);
            visit.value(&e.cause);
            visit.value(&e.context);
        }
    }
    fn clear(&self) {
        // Taken out whole (a cleared instance is garbage), dropped once the borrow ends.
        let attrs = match self.attrs.try_borrow_mut() {
            Ok(mut attrs) => std::mem::replace(&mut *attrs, Attrs::Absent(AttrValues::new())),
            Err(_) => Attrs::Absent(AttrValues::new()),
        };
        drop(attrs);
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
    use crate::runtime::str::intern;
    use crate::vm::types::new_class;

    fn names(v: &[Obj<Class>]) -> Vec<String> {
        v.iter().map(|c| c.name()).collect()
    }

    #[test]
    fn shapes_are_shared_and_stop_growing() {
        let root = Shape::root(TypeVersion::new([]));
        let a = root.with(&intern("a")).expect("grows");
        let ab = a.with(&intern("b")).expect("grows");
        // The same order reaches the same shape, whether or not the name is interned.
        let again = root.with(&PyStr::new("a")).expect("grows");
        assert!(Rc::ptr_eq(&a, &again));
        assert!(Rc::ptr_eq(&ab, &again.with(&intern("b")).expect("grows")));
        assert_eq!(ab.index_of(&intern("b")), Some(1));
        assert_eq!(ab.index_of(&PyStr::new("a")), Some(0));
        assert_eq!(ab.index_of(&intern("c")), None);
        // Ids are unique and odd (class addresses are even).
        let ids = [root.id, a.id, ab.id];
        assert!(ids.iter().all(|id| id % 2 == 1));
        assert!(ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2]);
        // A shape grows at most MAX_SHAPE_CHILDREN ways; known ways stay available.
        for k in 1..MAX_SHAPE_CHILDREN {
            assert!(root.with(&intern(&format!("n{k}"))).is_some());
        }
        assert!(root.with(&intern("one_too_many")).is_none());
        assert!(root.with(&intern("a")).is_some());
        // And holds at most MAX_SHAPE_NAMES names.
        let mut s = Shape::root(TypeVersion::new([]));
        for k in 0..MAX_SHAPE_NAMES {
            s = s.with(&intern(&format!("f{k}"))).expect("within the limit");
        }
        assert!(s.with(&intern("last")).is_none());
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
