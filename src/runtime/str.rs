//! The str object: UTF-8 text with its length in code points and a cached hash.

use super::object::{HeapValue, TypeTag};
use std::cell::Cell;

thread_local! {
    static INTERNED: std::cell::RefCell<std::collections::HashMap<Box<str>, crate::runtime::object::Obj<PyStr>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Special-method names looked up on every generic attribute load or truth test of an
/// instance: interned once per thread, so those lookups neither hash nor compare text.
pub struct HotNames {
    pub getattribute: crate::runtime::object::Obj<PyStr>,
    pub bool_: crate::runtime::object::Obj<PyStr>,
    pub len: crate::runtime::object::Obj<PyStr>,
}

thread_local! {
    static HOT_NAMES: HotNames = HotNames {
        getattribute: intern("__getattribute__"),
        bool_: intern("__bool__"),
        len: intern("__len__"),
    };
}

/// Runs `f` with the interned `HotNames`.
pub fn with_hot_names<R>(f: impl FnOnce(&HotNames) -> R) -> R {
    HOT_NAMES.with(f)
}

/// The one shared str object for an identifier, so that name lookups can compare pointers.
pub fn intern(s: &str) -> crate::runtime::object::Obj<PyStr> {
    INTERNED.with(|t| {
        if let Some(p) = t.borrow().get(s) {
            return p.clone();
        }
        let p = crate::runtime::object::Obj::new(PyStr::new(s.to_string()));
        p.hash();
        t.borrow_mut().insert(s.into(), p.clone());
        p
    })
}

pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into_boxed_str(),
            char_len,
            hash: Cell::new(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(Some(h));
        h
    }
}

/// FNV-1a over the UTF-8 bytes, mixed. CPython randomizes str hashes per process, so no
/// program can depend on their values; only stability within a run matters.
pub const fn str_hash(s: &str) -> i64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58476d1ce4e5b9);
    h ^= h >> 32;
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

impl HeapValue for PyStr {
    const NAME: &'static str = "str";
    const TYPE_TAG: TypeTag = TypeTag::Str;
}
