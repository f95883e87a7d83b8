//! The dict object: an insertion-ordered hash table keyed by Python values.
//!
//! Hashes are computed by the VM (they may call `__hash__`); key equality that needs Python
//! code (`__eq__` on instances) is delegated through the `KeyEq` callback *after* the table
//! borrow is released, so user code running inside `__eq__` may even mutate the dict.

use super::object::{HeapValue, TypeTag, Visitor};
use super::type_version::TypeVersion;
use super::value::Value;
use crate::runtime::fallible::OutOfMemory;
use crate::runtime::object::Obj;
use crate::runtime::value::View;
use hashbrown::HashTable;
use std::cell::RefCell;

pub type EqResult = Result<bool, crate::runtime::error::PyErr>;

/// Equality for keys that `fast_eq` cannot decide.
pub trait KeyEq {
    fn key_eq(&mut self, a: &Value, b: &Value) -> EqResult;
    /// The error for a dict that could not grow (MemoryError).
    fn out_of_memory(&mut self) -> crate::runtime::error::PyErr;
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictInner {
    pub entries: Vec<Option<Entry>>,
    table: HashTable<usize>,
    len: usize,
}

#[derive(Default)]
pub struct PyDict {
    pub inner: RefCell<DictInner>,
    /// Changes whenever a key is added or removed or a value replaced: caches of lookups
    /// (global variables, attributes) compare it instead of looking the key up again.
    version: std::cell::Cell<u64>,
    /// Changes only when the set of keys or their positions change (insert, delete,
    /// compaction): a cached entry index stays valid while this does.
    keys_version: std::cell::Cell<u64>,
    /// Set for class namespaces: a change gives the class (`watcher`) a new version tag.
    watched: std::cell::Cell<bool>,
    watcher: RefCell<Option<std::rc::Weak<TypeVersion>>>,
    /// Set while someone assumes this dict unchanged (tier-2 executors that promoted a
    /// global read from it to a constant): the next change calls the change watcher and
    /// clears the flag.
    change_watched: std::cell::Cell<bool>,
}

/// Told the address of a dict watched with `watch_next_change` after that dict changes.
/// A layer above registers it (`set_change_watcher`; CPython's `PyDict_AddWatcher` is the
/// model), so the object model never calls upward.
pub type ChangeWatcher = fn(usize);

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    static CHANGE_WATCHER: std::cell::Cell<Option<ChangeWatcher>> =
        const { std::cell::Cell::new(None) };
}

/// Registers the callback for watched dicts' changes (replacing any earlier one).
pub fn set_change_watcher(watcher: ChangeWatcher) {
    CHANGE_WATCHER.with(|w| w.set(Some(watcher)));
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

/// Decides equality without running Python code where possible.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    fast_eq_within(a, b, FAST_EQ_NESTING)
}

/// How deep `fast_eq` follows nested tuples before it leaves the rest to the slow path,
/// which counts recursion: unbounded, a deep tuple made every level compare the whole
/// remainder again (quadratic) and could exhaust the Rust stack.
const FAST_EQ_NESTING: u32 = 16;

fn fast_eq_within(a: &Value, b: &Value, nesting: u32) -> Option<bool> {
    use View::*;
    // Identity implies equality for container lookups (CPython's `is` shortcut), which
    // matters for NaN keys.
    if let (Float(x), Float(y)) = (a.view(), b.view())
        && x.to_bits() == y.to_bits()
    {
        return Some(true);
    }
    Some(match (a.view(), b.view()) {
        (Str(x), Str(y)) => Obj::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => x == y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            (x as f64) == y && y.fract() == 0.0 && {
                // Exact comparison for large magnitudes where the cast rounds.
                (-9.3e18..=9.3e18).contains(&y) && (y as i64) == x
            }
        }
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (x as i64 as f64) == y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_)) | (Int(_), BigInt(_)) => false,
        (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.items().len() != y.items().len() {
                return Some(false);
            }
            let nesting = nesting.checked_sub(1)?;
            for (p, q) in x.items().iter().zip(y.items().iter()) {
                if !fast_eq_within(p, q, nesting)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_) | ByteArray(_) | MemoryView(_), _)
        | (_, Instance(_) | ByteArray(_) | MemoryView(_)) => {
            if a.is(b) {
                true
            } else {
                return Option::None;
            }
        }
        (FrozenSet(_) | Set(_), FrozenSet(_) | Set(_))
        | (List(_), List(_))
        | (Dict(_), Dict(_))
        | (Range(_), Range(_))
        | (Slice(_), Slice(_))
        | (Method(_), Method(_))
        | (Iter(_), Iter(_)) => {
            if a.is(b) {
                true
            } else {
                return Option::None;
            }
        }
        (BigInt(_), Float(_)) | (Float(_), BigInt(_)) => return Option::None,
        _ => a.is(b),
    })
}

impl DictInner {
    fn entry_hash(entries: &[Option<Entry>], i: usize) -> u64 {
        entries
            .get(i)
            .and_then(|e| e.as_ref())
            .map(|e| e.hash as u64)
            .unwrap_or(0)
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// The current version tag (see the field).
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    fn touch(&self) {
        self.version.set(next_version());
        if self.watched.get() {
            self.notify_watcher();
        }
        if self.change_watched.replace(false) {
            self.notify_change();
        }
    }

    fn touch_keys(&self) {
        let v = next_version();
        self.version.set(v);
        self.keys_version.set(v);
        if self.watched.get() {
            self.notify_watcher();
        }
        if self.change_watched.replace(false) {
            self.notify_change();
        }
    }

    /// Asks for the change watcher (`set_change_watcher`) to be told about the next change.
    pub fn watch_next_change(&self) {
        self.change_watched.set(true);
    }

    #[cold]
    fn notify_change(&self) {
        if let Some(w) = CHANGE_WATCHER.with(|w| w.get()) {
            w(self as *const PyDict as usize);
        }
    }

    /// Marks this dict as the namespace of the class whose version is `version`: every
    /// change to it gives that class and its subclasses new version tags.
    pub fn watch(&self, version: &std::rc::Rc<TypeVersion>) {
        *self.watcher.borrow_mut() = Some(std::rc::Rc::downgrade(version));
        self.watched.set(true);
    }

    #[cold]
    fn notify_watcher(&self) {
        let version = self
            .watcher
            .borrow()
            .as_ref()
            .and_then(std::rc::Weak::upgrade);
        if let Some(v) = version {
            v.modified();
        }
    }

    pub fn keys_version(&self) -> u64 {
        self.keys_version.get()
    }

    /// The value stored at entry `idx` (an index from `find_str_index`).
    #[inline]
    pub fn value_at(&self, idx: usize) -> Option<Value> {
        match self.inner.borrow().entries.get(idx) {
            Some(Some(e)) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// Replaces the value at entry `idx`; returns the old value (dropped by the caller after
    /// the borrow ends).
    #[inline]
    pub fn replace_value_at(&self, idx: usize, value: Value) -> Result<Value, Value> {
        let mut inner = self.inner.borrow_mut();
        match inner.entries.get_mut(idx) {
            Some(Some(e)) => {
                let old = std::mem::replace(&mut e.value, value);
                drop(inner);
                self.touch();
                Ok(old)
            }
            _ => Err(value),
        }
    }

    /// The value at entry `idx` when that entry's key is `name` (an index remembered by an
    /// inline cache, checked because another dict may order its keys differently).
    #[inline]
    pub fn value_at_key(&self, idx: usize, name: &super::str::PyStr) -> Option<Value> {
        match self.inner.borrow().entries.get(idx) {
            Some(Some(e)) if matches!(e.key.view(), View::Str(s) if std::ptr::eq(&**s, name)) => {
                Some(e.value.clone())
            }
            _ => None,
        }
    }

    /// `replace_value_at` when entry `idx`'s key is `name` (see `value_at_key`).
    #[inline]
    pub fn replace_value_at_key(
        &self,
        idx: usize,
        name: &super::str::PyStr,
        value: Value,
    ) -> Result<Value, Value> {
        let mut inner = self.inner.borrow_mut();
        match inner.entries.get_mut(idx) {
            Some(Some(e)) if matches!(e.key.view(), View::Str(s) if std::ptr::eq(&**s, name)) => {
                let old = std::mem::replace(&mut e.value, value);
                drop(inner);
                self.touch();
                Ok(old)
            }
            _ => Err(value),
        }
    }

    /// Entry index of a str key.
    pub fn find_str_index(&self, name: &super::str::PyStr) -> Option<usize> {
        let hash = name.hash();
        let inner = self.inner.borrow();
        for &idx in inner.table.iter_hash(hash as u64) {
            if let Some(Some(e)) = inner.entries.get(idx)
                && let View::Str(s) = e.key.view()
                && e.hash == hash
                && (std::ptr::eq(&**s, name) || s.as_str() == name.as_str())
            {
                return Some(idx);
            }
        }
        None
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Index of the entry whose key equals `key`.
    pub fn find(
        &self,
        eq: &mut dyn KeyEq,
        key: &Value,
        hash: i64,
    ) -> Result<Option<usize>, crate::runtime::error::PyErr> {
        if let View::Str(k) = key.view() {
            // Str keys never need Python code to compare; small dicts are scanned directly.
            let inner = self.inner.borrow();
            if inner.entries.len() <= 8 {
                let mut other_kinds = false;
                for (idx, e) in inner.entries.iter().enumerate() {
                    let Some(e) = e else { continue };
                    if e.hash != hash {
                        continue;
                    }
                    match e.key.view() {
                        View::Str(s) if Obj::ptr_eq(s, k) || s.as_str() == k.as_str() => {
                            return Ok(Some(idx));
                        }
                        View::Str(_) => {}
                        _ => other_kinds = true,
                    }
                }
                if !other_kinds {
                    return Ok(None);
                }
            }
        }
        let mut slow: Vec<(usize, Value)> = Vec::new();
        {
            let inner = self.inner.borrow();
            for &idx in inner.table.iter_hash(hash as u64) {
                if let Some(Some(e)) = inner.entries.get(idx) {
                    if e.hash != hash {
                        continue;
                    }
                    match fast_eq(&e.key, key) {
                        Some(true) => return Ok(Some(idx)),
                        Some(false) => {}
                        None => slow.push((idx, e.key.clone())),
                    }
                }
            }
        }
        for (idx, k) in slow {
            if eq.key_eq(&k, key)? {
                let inner = self.inner.borrow();
                if let Some(Some(e)) = inner.entries.get(idx)
                    && e.key.is(&k)
                {
                    return Ok(Some(idx));
                }
            }
        }
        Ok(None)
    }

    /// Lookup of an interned name: pointer comparison first, then the text.
    #[inline]
    pub fn get_pystr(&self, name: &super::str::PyStr) -> Option<Value> {
        let hash = name.hash();
        let inner = self.inner.borrow();
        // Instance dicts are small: a scan with pointer comparison beats a table probe.
        if inner.entries.len() <= 8 {
            for e in inner.entries.iter().flatten() {
                if let View::Str(s) = e.key.view()
                    && e.hash == hash
                    && (std::ptr::eq(&**s, name) || s.as_str() == name.as_str())
                {
                    return Some(e.value.clone());
                }
            }
            return None;
        }
        for &idx in inner.table.iter_hash(hash as u64) {
            if let Some(Some(e)) = inner.entries.get(idx)
                && let View::Str(s) = e.key.view()
                && (std::ptr::eq(&**s, name) || (e.hash == hash && s.as_str() == name.as_str()))
            {
                return Some(e.value.clone());
            }
        }
        None
    }

    /// Lookup for a str key: never needs Python code.
    pub fn get_str(&self, name: &str, hash: i64) -> Option<Value> {
        let inner = self.inner.borrow();
        for &idx in inner.table.iter_hash(hash as u64) {
            if let Some(Some(e)) = inner.entries.get(idx)
                && let View::Str(s) = e.key.view()
                && e.hash == hash
                && s.as_str() == name
            {
                return Some(e.value.clone());
            }
        }
        None
    }

    pub fn get(
        &self,
        eq: &mut dyn KeyEq,
        key: &Value,
        hash: i64,
    ) -> Result<Option<Value>, crate::runtime::error::PyErr> {
        Ok(self.find(eq, key, hash)?.and_then(|i| {
            self.inner
                .borrow()
                .entries
                .get(i)
                .and_then(|e| e.as_ref().map(|e| e.value.clone()))
        }))
    }

    pub fn set(
        &self,
        eq: &mut dyn KeyEq,
        key: Value,
        hash: i64,
        value: Value,
    ) -> Result<(), crate::runtime::error::PyErr> {
        self.touch();
        if let Some(i) = self.find(eq, &key, hash)? {
            let mut inner = self.inner.borrow_mut();
            if let Some(Some(e)) = inner.entries.get_mut(i) {
                // Drop the old value after releasing the borrow: its destructor may run code
                // that touches this dict.
                let old = std::mem::replace(&mut e.value, value);
                drop(inner);
                drop(old);
                return Ok(());
            }
        }
        if self.try_insert_new(key, hash, value).is_err() {
            return Err(eq.out_of_memory());
        }
        Ok(())
    }

    /// `insert_new` that reports an allocator refusal instead of aborting (for `set`, where
    /// the program decides how large the dict grows).
    fn try_insert_new(&self, key: Value, hash: i64, value: Value) -> Result<(), OutOfMemory> {
        {
            let mut inner = self.inner.borrow_mut();
            if inner.entries.len() == inner.entries.capacity() {
                let n = inner.entries.len().max(4);
                inner.entries.try_reserve(n).map_err(|_| OutOfMemory)?;
            }
            let DictInner { entries, table, .. } = &mut *inner;
            table
                .try_reserve(1, |&i| DictInner::entry_hash(entries, i))
                .map_err(|_| OutOfMemory)?;
        }
        self.insert_new(key, hash, value);
        Ok(())
    }

    /// Inserts a key known not to be present.
    pub fn insert_new(&self, key: Value, hash: i64, value: Value) {
        self.touch_keys();
        let mut inner = self.inner.borrow_mut();
        if inner.entries.len() >= 16 && inner.entries.len() > inner.len * 2 {
            inner.rebuild_compact();
        }
        let idx = inner.entries.len();
        inner.entries.push(Some(Entry { hash, key, value }));
        let DictInner { entries, table, .. } = &mut *inner;
        table.insert_unique(hash as u64, idx, |&i| DictInner::entry_hash(entries, i));
        inner.len += 1;
    }

    pub fn remove(
        &self,
        eq: &mut dyn KeyEq,
        key: &Value,
        hash: i64,
    ) -> Result<Option<(Value, Value)>, crate::runtime::error::PyErr> {
        let Some(idx) = self.find(eq, key, hash)? else {
            return Ok(None);
        };
        Ok(self.remove_at(idx))
    }

    pub fn remove_at(&self, idx: usize) -> Option<(Value, Value)> {
        self.touch_keys();
        let mut inner = self.inner.borrow_mut();
        let hash = inner.entries.get(idx)?.as_ref()?.hash;
        if let Ok(entry) = inner.table.find_entry(hash as u64, |&i| i == idx) {
            entry.remove();
        }
        let e = inner.entries.get_mut(idx)?.take()?;
        inner.len -= 1;
        drop(inner);
        Some((e.key, e.value))
    }

    pub fn set_str(&self, name: &str, value: Value) {
        self.touch();
        let hash = super::str::str_hash(name);
        let mut inner = self.inner.borrow_mut();
        let mut found = None;
        for &idx in inner.table.iter_hash(hash as u64) {
            if let Some(Some(e)) = inner.entries.get(idx)
                && let View::Str(s) = e.key.view()
                && s.as_str() == name
            {
                found = Some(idx);
                break;
            }
        }
        if let Some(idx) = found {
            if let Some(Some(e)) = inner.entries.get_mut(idx) {
                let old = std::mem::replace(&mut e.value, value);
                drop(inner);
                drop(old);
            }
            return;
        }
        drop(inner);
        self.insert_new(Value::str(name), hash, value);
    }

    pub fn remove_str(&self, name: &str) -> Option<Value> {
        let hash = super::str::str_hash(name);
        let idx = {
            let inner = self.inner.borrow();
            inner.table.iter_hash(hash as u64).copied().find(|&idx| {
                matches!(inner.entries.get(idx), Some(Some(Entry { key, .. })) if matches!(key.view(), View::Str(s) if s.as_str() == name))
            })
        }?;
        self.remove_at(idx).map(|(_, v)| v)
    }

    /// Entries in insertion order (a snapshot).
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn entries_with_hash(&self) -> Vec<(Value, i64, Value)> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.hash, e.value.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    /// The entry at or after raw position `pos`, for iterators: returns the next raw
    /// position to continue from.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let inner = self.inner.borrow();
        let mut p = pos;
        while p < inner.entries.len() {
            if let Some(e) = &inner.entries[p] {
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }

    pub fn clear(&self) {
        self.touch_keys();
        let old = std::mem::take(&mut *self.inner.borrow_mut());
        drop(old);
    }

    pub fn copy(&self) -> PyDict {
        let d = PyDict::new();
        for (k, h, v) in self.entries_with_hash() {
            d.insert_new(k, h, v);
        }
        d
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let idx = {
            let inner = self.inner.borrow();
            inner.entries.iter().rposition(|e| e.is_some())?
        };
        self.remove_at(idx)
    }

    pub fn pop_first(&self) -> Option<(Value, Value)> {
        let idx = {
            let inner = self.inner.borrow();
            inner.entries.iter().position(|e| e.is_some())?
        };
        self.remove_at(idx)
    }

    /// Moves an existing entry to the end (OrderedDict.move_to_end).
    pub fn move_to_end(&self, idx: usize) {
        if let Some((k, v)) = {
            let h = self
                .inner
                .borrow()
                .entries
                .get(idx)
                .and_then(|e| e.as_ref().map(|e| e.hash));
            h.and_then(|h| self.remove_at(idx).map(|(k, v)| (k, (h, v))))
        } {
            self.insert_new(k, v.0, v.1);
        }
    }

    /// Number of raw slots, for iterators detecting a size change.
    pub fn raw_len(&self) -> usize {
        self.inner.borrow().entries.len()
    }

    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        let inner = self.inner.borrow();
        for e in inner.entries.iter().flatten() {
            f(&e.key);
            f(&e.value);
        }
    }
}

impl DictInner {
    fn rebuild_compact(&mut self) {
        let live: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.table = HashTable::with_capacity(live.len() * 2);
        self.entries = Vec::with_capacity(live.len() * 2);
        for e in live {
            let idx = self.entries.len();
            let h = e.hash as u64;
            self.entries.push(Some(e));
            let DictInner { entries, table, .. } = self;
            table.insert_unique(h, idx, |&i| DictInner::entry_hash(entries, i));
        }
    }
}

impl HeapValue for PyDict {
    const NAME: &'static str = "dict";
    const TYPE_TAG: TypeTag = TypeTag::Dict;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        if let Ok(inner) = self.inner.try_borrow() {
            for e in inner.entries.iter().flatten() {
                visit.value(&e.key);
                visit.value(&e.value);
            }
        }
    }
    fn clear(&self) {
        if self.inner.try_borrow_mut().is_ok() {
            PyDict::clear(self);
        }
    }
}
