//! The hash table behind set and frozenset, laid out exactly as CPython 3.11's
//! `setobject.c` lays it out (open addressing, linear probes then perturbation, the same
//! growth policy), so that iterating or printing a set gives CPython's order.

use super::dict::{KeyEq, fast_eq};
use super::value::Value;
use std::cell::RefCell;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
pub enum Slot {
    #[default]
    Empty,
    /// A deleted entry: probing continues past it.
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct SetInner {
    pub slots: Vec<Slot>,
    /// Full + dummy slots.
    fill: usize,
    /// Full slots.
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
}

impl Default for SetInner {
    fn default() -> Self {
        SetInner {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

#[derive(Default)]
pub struct SetTable {
    pub inner: RefCell<SetInner>,
}

type EqResult<T> = Result<T, crate::runtime::error::PyErr>;

/// The probe sequence of `set_add_entry`: runs of up to LINEAR_PROBES+1 slots, then a
/// perturbed jump.
struct Probe {
    /// Start of the current run: the perturbed jump is computed from it, not from the
    /// slot being looked at.
    start: usize,
    i: usize,
    perturb: u64,
    mask: usize,
    left_in_run: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let i = (hash as u64 as usize) & mask;
        Probe {
            start: i,
            i,
            perturb: hash as u64,
            mask,
            left_in_run: if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            },
        }
    }

    fn current(&self) -> usize {
        self.i
    }

    fn advance(&mut self) {
        if self.left_in_run > 0 {
            self.left_in_run -= 1;
            self.i += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self
            .start
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & self.mask;
        self.start = self.i;
        self.left_in_run = if self.i + LINEAR_PROBES <= self.mask {
            LINEAR_PROBES
        } else {
            0
        };
    }
}

impl SetInner {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_insert_clean`: the table has no dummies and no equal key.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(slots[i + j], Slot::Empty) {
                        slots[i + j] = Slot::Full(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        for slot in old {
            if let Slot::Full(h, k) = slot {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
    }

    /// Stores a key known to be absent, reusing the first dummy on its probe path.
    fn insert_absent(&mut self, hash: i64, key: Value) {
        let mut probe = Probe::new(hash, self.mask());
        let mut freeslot = None;
        loop {
            let i = probe.current();
            match &self.slots[i] {
                Slot::Empty => break,
                Slot::Dummy => {
                    if freeslot.is_none() {
                        freeslot = Some(i);
                    }
                }
                Slot::Full(..) => {}
            }
            probe.advance();
        }
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Full(hash, key);
            self.used += 1;
            return;
        }
        let i = probe.current();
        self.slots[i] = Slot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Slot index of a key equal to `key`.
    pub fn find(&self, eq: &mut dyn KeyEq, key: &Value, hash: i64) -> EqResult<Option<usize>> {
        let mut slow: Vec<(usize, Value)> = Vec::new();
        {
            let inner = self.inner.borrow();
            let mut probe = Probe::new(hash, inner.mask());
            // Bounded: a table always keeps empty slots (fill < 60% of its size).
            for _ in 0..inner.slots.len() * 2 + LINEAR_PROBES {
                let i = probe.current();
                match &inner.slots[i] {
                    Slot::Empty => break,
                    Slot::Full(h, k) if *h == hash => match fast_eq(k, key) {
                        Some(true) => return Ok(Some(i)),
                        Some(false) => {}
                        None => slow.push((i, k.clone())),
                    },
                    _ => {}
                }
                probe.advance();
            }
        }
        for (i, k) in slow {
            if eq.key_eq(&k, key)? {
                let inner = self.inner.borrow();
                if let Some(Slot::Full(_, cur)) = inner.slots.get(i)
                    && cur.is(&k)
                {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    /// Adds a key known not to be present (the value is ignored: sets have none).
    pub fn insert_new(&self, key: Value, hash: i64, _value: Value) {
        self.inner.borrow_mut().insert_absent(hash, key);
    }

    pub fn remove(
        &self,
        eq: &mut dyn KeyEq,
        key: &Value,
        hash: i64,
    ) -> EqResult<Option<(Value, Value)>> {
        let Some(i) = self.find(eq, key, hash)? else {
            return Ok(None);
        };
        let mut inner = self.inner.borrow_mut();
        let old = std::mem::replace(&mut inner.slots[i], Slot::Dummy);
        inner.used -= 1;
        drop(inner);
        match old {
            Slot::Full(_, k) => Ok(Some((k, Value::None))),
            _ => Ok(None),
        }
    }

    /// `set.pop()`: scans from where the previous pop stopped.
    pub fn pop(&self) -> Option<Value> {
        let mut inner = self.inner.borrow_mut();
        if inner.used == 0 {
            return None;
        }
        let n = inner.slots.len();
        let mut i = inner.finger & (n - 1);
        while !matches!(inner.slots[i], Slot::Full(..)) {
            i = (i + 1) % n;
        }
        let old = std::mem::replace(&mut inner.slots[i], Slot::Dummy);
        inner.used -= 1;
        inner.finger = i + 1;
        drop(inner);
        match old {
            Slot::Full(_, k) => Some(k),
            _ => None,
        }
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.inner.borrow_mut());
        drop(old);
    }

    /// Keys in table order.
    pub fn keys(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// (key, hash, None) in table order, like `PyDict::entries_with_hash`.
    pub fn entries_with_hash(&self) -> Vec<(Value, i64, Value)> {
        self.inner
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full(h, k) => Some((k.clone(), *h, Value::None)),
                _ => None,
            })
            .collect()
    }

    /// The entry at or after slot `pos`, for iterators.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let inner = self.inner.borrow();
        let mut p = pos;
        while p < inner.slots.len() {
            if let Slot::Full(_, k) = &inner.slots[p] {
                return Some((p + 1, k.clone(), Value::None));
            }
            p += 1;
        }
        None
    }

    /// Makes room for `extra` more keys the way `set_update_internal` does for a dict.
    pub fn reserve_for_dict(&self, extra: usize) {
        let mut inner = self.inner.borrow_mut();
        if (inner.fill + extra) * 5 >= inner.mask() * 3 {
            let minused = (inner.used + extra) * 2;
            inner.resize(minused);
        }
    }

    /// `set_merge`: adds every key of `other`, reproducing CPython's table layout (a copy
    /// into an empty set keeps the source's layout).
    pub fn merge_from(&self, eq: &mut dyn KeyEq, other: &SetTable) -> EqResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let other_entries: Vec<Slot> = other.inner.borrow().slots.clone();
        let (other_used, other_fill) = {
            let o = other.inner.borrow();
            (o.used, o.fill)
        };
        if other_used == 0 {
            return Ok(());
        }
        {
            let mut inner = self.inner.borrow_mut();
            if (inner.fill + other_used) * 5 >= inner.mask() * 3 {
                let minused = (inner.used + other_used) * 2;
                inner.resize(minused);
            }
            if inner.fill == 0 {
                if inner.slots.len() == other_entries.len() && other_fill == other_used {
                    inner.slots = other_entries;
                } else {
                    for s in other_entries {
                        if let Slot::Full(h, k) = s {
                            SetInner::insert_clean(&mut inner.slots, h, k);
                        }
                    }
                }
                inner.fill = other_used;
                inner.used = other_used;
                return Ok(());
            }
        }
        for s in other_entries {
            if let Slot::Full(h, k) = s
                && self.find(eq, &k, h)?.is_none()
            {
                self.insert_new(k, h, Value::None);
            }
        }
        Ok(())
    }

    pub fn for_each_key(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(inner) = self.inner.try_borrow() {
            for s in &inner.slots {
                if let Slot::Full(_, k) = s {
                    f(k);
                }
            }
        }
    }
}
