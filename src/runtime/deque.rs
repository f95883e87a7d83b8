//! `collections.deque`: a double-ended queue of values with an optional bound. It is a
//! built-in kind rather than a class written in Python because queues sit in hot loops
//! (a planner's work list), where a Python-level `popleft` costs a frame and a dozen
//! attribute operations.

use super::object::{HeapValue, TypeTag, Visitor};
use super::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

#[derive(Default)]
pub struct PyDeque {
    pub items: RefCell<VecDeque<Value>>,
    /// At most this many items: appending to a full deque drops one from the other end.
    pub maxlen: Cell<Option<usize>>,
    /// Changes with every change of length, so that iterators notice (CPython's
    /// "deque mutated during iteration").
    pub state: Cell<u64>,
}

/// Which end of a deque.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum End {
    Front,
    Back,
}

impl PyDeque {
    pub fn new(maxlen: Option<usize>) -> PyDeque {
        PyDeque {
            maxlen: Cell::new(maxlen),
            ..PyDeque::default()
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    pub fn changed(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Adds `v` at `end`; a full bounded deque drops the item at the other end, which is
    /// returned so the caller releases it after the borrow (its release may run code).
    pub fn push(&self, end: End, v: Value) -> Option<Value> {
        let max = self.maxlen.get();
        if max == Some(0) {
            return Some(v);
        }
        let mut items = self.items.borrow_mut();
        let dropped = if max.is_some_and(|m| items.len() >= m) {
            match end {
                End::Back => items.pop_front(),
                End::Front => items.pop_back(),
            }
        } else {
            None
        };
        match end {
            End::Back => items.push_back(v),
            End::Front => items.push_front(v),
        }
        drop(items);
        self.changed();
        dropped
    }

    pub fn pop(&self, end: End) -> Option<Value> {
        let v = match end {
            End::Back => self.items.borrow_mut().pop_back(),
            End::Front => self.items.borrow_mut().pop_front(),
        };
        if v.is_some() {
            self.changed();
        }
        v
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// A copy of the items, for operations that may run Python code between items
    /// (comparisons, `repr`) and so must not hold the borrow.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// Rotates `n` steps to the right (left when negative). As in CPython, any rotation of
    /// two or more items (even by 0) ends running iterations.
    pub fn rotate(&self, n: i64) {
        let mut items = self.items.borrow_mut();
        let len = items.len();
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as i64) as usize;
        items.rotate_right(k);
        drop(items);
        self.changed();
    }

    /// Takes every item out (to be dropped by the caller, after the borrow).
    pub fn take_all(&self) -> VecDeque<Value> {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.changed();
        old
    }
}

impl HeapValue for PyDeque {
    const NAME: &'static str = "collections.deque";
    const TYPE_TAG: TypeTag = TypeTag::Deque;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(|v| visit.value(v));
        }
    }
    fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            let old = std::mem::take(&mut *items);
            drop(items);
            drop(old);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(d: &PyDeque) -> Vec<i64> {
        d.snapshot()
            .iter()
            .map(|v| v.as_small_int().expect("an int"))
            .collect()
    }

    #[test]
    fn a_bounded_deque_drops_from_the_other_end() {
        let d = PyDeque::new(Some(3));
        for i in 0..5 {
            d.push(End::Back, Value::Int(i));
        }
        assert_eq!(ints(&d), [2, 3, 4]);
        let dropped = d.push(End::Front, Value::Int(9));
        assert_eq!(dropped.and_then(|v| v.as_small_int()), Some(4));
        assert_eq!(ints(&d), [9, 2, 3]);
        let zero = PyDeque::new(Some(0));
        assert!(zero.push(End::Back, Value::Int(1)).is_some());
        assert!(zero.is_empty());
    }

    #[test]
    fn rotation_and_state() {
        let d = PyDeque::new(None);
        for i in 0..5 {
            d.push(End::Back, Value::Int(i));
        }
        d.rotate(2);
        assert_eq!(ints(&d), [3, 4, 0, 1, 2]);
        let s = d.state.get();
        d.rotate(-7);
        assert_eq!(ints(&d), [0, 1, 2, 3, 4]);
        assert_ne!(
            d.state.get(),
            s,
            "a rotation ends iterations, as in CPython"
        );
        let one = PyDeque::new(None);
        one.push(End::Back, Value::Int(1));
        let s = one.state.get();
        one.rotate(1);
        assert_eq!(one.state.get(), s, "but not of a single item");
    }
}
