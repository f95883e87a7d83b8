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
        let p = PyStr::new(s);
        p.hash();
        t.borrow_mut().insert(s.into(), p.clone());
        p
    })
}

/// A str object: its UTF-8 bytes follow it in the same allocation (`Obj::new_with_tail`),
/// so a str is one allocation, as CPython's compact strings are.
pub struct PyStr {
    byte_len: usize,
    char_len: usize,
    /// The hash, or `HASH_UNSET` until asked for (`str_hash` never returns -1).
    hash: Cell<i64>,
}

const HASH_UNSET: i64 = -1;

impl PyStr {
    /// A str object holding a copy of `s`.
    pub fn new(s: &str) -> crate::runtime::object::Obj<PyStr> {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        let value = PyStr {
            byte_len: s.len(),
            char_len,
            hash: Cell::new(HASH_UNSET),
        };
        crate::runtime::object::Obj::new_with_bytes(value, s.as_bytes())
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: a `PyStr` only exists inside an object made by `new`, whose tail holds
        // `byte_len` bytes copied from a `&str`, so they are valid UTF-8.
        unsafe {
            std::str::from_utf8_unchecked(crate::runtime::object::Obj::tail_of(self, self.byte_len))
        }
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.as_str().len()
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.as_str().as_bytes().get(i).map(|b| *b as char)
        } else {
            self.as_str().chars().nth(i)
        }
    }

    /// Byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.as_str().len())
        } else {
            self.as_str()
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.as_str().len())
        }
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = str_hash(self.as_str());
        self.hash.set(h);
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
    fn tail_len(&self) -> usize {
        self.byte_len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_str_keeps_its_text_lengths_and_hash() {
        for text in ["", "abc", "héllo wörld", "日本語", &"z".repeat(300)] {
            let s = PyStr::new(text);
            assert_eq!(s.as_str(), text);
            assert_eq!(s.char_len(), text.chars().count());
            assert_eq!(s.is_ascii(), text.is_ascii());
            assert_eq!(s.hash(), str_hash(text));
            assert_eq!(s.hash(), s.hash());
            assert_eq!(s.char_at(1), text.chars().nth(1));
        }
    }

    #[test]
    fn interned_names_are_one_object() {
        let a = intern("spam_interned");
        let b = intern("spam_interned");
        assert!(crate::runtime::object::Obj::ptr_eq(&a, &b));
        assert_eq!(a.as_str(), "spam_interned");
    }
}
