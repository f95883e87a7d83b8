//! Type version tags: what attribute caches check to know a class is as they saw it.
//!
//! Each class has a tag that changes whenever its namespace, or that of any class it
//! inherits from, changes (CPython's `tp_version_tag` semantics). Tags come from one
//! counter and are never reused, so a tag names one class in one state: a cache that
//! stored it needs no class address, and a class allocated where a freed one was can never
//! match a stale cache. A change to a class notifies only that class and its subclasses
//! (through weak links), so defining or modifying one class leaves every other class's
//! caches valid.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU64, Ordering};

/// 0 is never a tag: an empty inline cache holds 0 and so never matches.
static NEXT_TAG: AtomicU64 = AtomicU64::new(1);

fn fresh_tag() -> u64 {
    NEXT_TAG.fetch_add(1, Ordering::Relaxed)
}

/// One class's version tag and the classes that inherit from it.
pub struct TypeVersion {
    tag: Cell<u64>,
    /// Direct subclasses, weakly: a subclass's link dies with it.
    subclasses: RefCell<Vec<Weak<TypeVersion>>>,
}

impl TypeVersion {
    /// The version of a new class with these bases' versions (it registers with each).
    pub fn new<'a>(bases: impl IntoIterator<Item = &'a Rc<TypeVersion>>) -> Rc<TypeVersion> {
        let version = Rc::new(TypeVersion {
            tag: Cell::new(fresh_tag()),
            subclasses: RefCell::default(),
        });
        for base in bases {
            base.subclasses.borrow_mut().push(Rc::downgrade(&version));
        }
        version
    }

    /// The current tag (never 0).
    #[inline(always)]
    pub fn tag(&self) -> u64 {
        self.tag.get()
    }

    /// The class or a base changed: gives it and every live subclass a new tag.
    pub fn modified(&self) {
        self.tag.set(fresh_tag());
        let live: Vec<Rc<TypeVersion>> = {
            let mut subs = self.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.iter().filter_map(Weak::upgrade).collect()
        };
        for sub in live {
            sub.modified();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_reaches_subclasses_and_nothing_else() {
        let base = TypeVersion::new([]);
        let other = TypeVersion::new([]);
        let sub = TypeVersion::new([&base]);
        let subsub = TypeVersion::new([&sub, &other]);
        let before = [base.tag(), other.tag(), sub.tag(), subsub.tag()];
        assert!(before.iter().all(|&t| t != 0));
        sub.modified();
        assert_eq!(base.tag(), before[0]);
        assert_eq!(other.tag(), before[1]);
        assert_ne!(sub.tag(), before[2]);
        assert_ne!(subsub.tag(), before[3]);
        let seen = subsub.tag();
        other.modified();
        assert_ne!(
            subsub.tag(),
            seen,
            "a change to either base reaches the subclass"
        );
    }

    #[test]
    fn tags_are_never_reused_and_dead_subclasses_are_dropped() {
        let base = TypeVersion::new([]);
        let first = TypeVersion::new([&base]);
        let old = first.tag();
        drop(first);
        let second = TypeVersion::new([&base]);
        assert_ne!(second.tag(), old);
        base.modified();
        assert_eq!(base.subclasses.borrow().len(), 1);
    }
}
