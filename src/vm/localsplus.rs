//! A frame's locals and its value stack in one allocation (CPython's "localsplus"): the
//! locals at fixed indices from the start, the stack right after them. One buffer means a
//! call sets up one allocation that the frame pool reuses, and tier 2 addresses both the
//! locals and the stack from it.
//!
//! The unsafe core of frames lives here and only here. Its invariant: `base <= stack <=
//! top <= end` within one allocation of `end - base` values; the slots from `base` to `top`
//! hold initialized values (the locals, then the stack), the slots past `top` do not.
//! Every method keeps it.

use crate::runtime::function::ArgValues;
use crate::runtime::value::Value;
use std::alloc::{self, Layout};
use std::ptr::NonNull;

pub struct LocalsPlus {
    /// The first local.
    base: NonNull<Value>,
    /// The first stack slot, `nlocals` after `base`.
    stack: *mut Value,
    /// One past the top of the stack: the slots from `base` to here are initialized.
    top: *mut Value,
    /// One past the last allocated slot.
    end: *mut Value,
}

impl Default for LocalsPlus {
    fn default() -> Self {
        let base = NonNull::dangling();
        LocalsPlus {
            base,
            stack: base.as_ptr(),
            top: base.as_ptr(),
            end: base.as_ptr(),
        }
    }
}

/// The number of slots from `from` to `to` (`to` not below `from`, in one buffer).
#[inline(always)]
fn slots_between(from: *const Value, to: *const Value) -> usize {
    (to as usize - from as usize) / std::mem::size_of::<Value>()
}

impl LocalsPlus {
    /// `nlocals` unbound locals, an empty stack, and room for `stack` values on it.
    pub fn new(nlocals: usize, stack: usize) -> LocalsPlus {
        let mut lp = LocalsPlus::default();
        lp.reset(nlocals, stack);
        lp
    }

    #[inline(always)]
    fn len(&self) -> usize {
        slots_between(self.base.as_ptr(), self.top)
    }

    #[inline(always)]
    fn nlocals(&self) -> usize {
        slots_between(self.base.as_ptr(), self.stack)
    }

    /// Slots allocated in all (locals and stack): what the frame pool keeps.
    pub fn capacity(&self) -> usize {
        slots_between(self.base.as_ptr(), self.end)
    }

    /// Drops every value; afterwards there are no locals and the stack is empty.
    #[inline(always)]
    pub fn clear(&mut self) {
        let len = self.len();
        // Set first: a value's drop may run code that looks at this frame again.
        self.stack = self.base.as_ptr();
        self.top = self.base.as_ptr();
        // SAFETY: `[0, len)` held initialized values, now no longer counted as such, so
        // each is dropped exactly once. A loop the compiler inlines: frames hold a handful
        // of values, mostly words with nothing to release.
        unsafe {
            let base = self.base.as_ptr();
            for i in 0..len {
                base.add(i).drop_in_place();
            }
        }
    }

    /// Starts an emptied buffer over: `nlocals` unbound locals, room for `stack` more.
    pub fn reset(&mut self, nlocals: usize, stack: usize) {
        debug_assert_eq!(self.len(), 0, "reset of a buffer still holding values");
        self.reserve_total(nlocals + stack);
        let base = self.base.as_ptr();
        for i in 0..nlocals {
            // SAFETY: `i < nlocals <= capacity`; the slot was uninitialized (len is 0).
            unsafe { base.add(i).write(Value::Null) };
        }
        // SAFETY: `nlocals <= capacity`.
        self.stack = unsafe { base.add(nlocals) };
        self.top = self.stack;
    }

    /// Starts an emptied buffer over as a callee's: its first locals are the `n` values on
    /// top of `caller`'s stack (moved, not copied), the rest of its `nlocals` unbound.
    #[inline(always)]
    pub fn reset_with_args(
        &mut self,
        nlocals: usize,
        stack: usize,
        caller: &mut LocalsPlus,
        n: usize,
    ) {
        debug_assert_eq!(self.len(), 0, "reset of a buffer still holding values");
        let n = n.min(caller.stack_len()).min(nlocals);
        self.reserve_total(nlocals + stack);
        let base = self.base.as_ptr();
        // SAFETY: the caller's top `n` stack slots are initialized values, which move here
        // (the caller stops counting them); our slots `[0, nlocals)` are within capacity
        // and were uninitialized; the two buffers are distinct allocations. A loop rather
        // than a `memcpy` call: calls pass a handful of arguments.
        unsafe {
            let from = caller.top.sub(n);
            for i in 0..n {
                base.add(i).write(from.add(i).read());
            }
            caller.top = from;
            for i in n..nlocals {
                base.add(i).write(Value::Null);
            }
            self.stack = base.add(nlocals);
        }
        self.top = self.stack;
    }

    /// Starts an emptied buffer over with `args` as its first locals, the rest of its
    /// `nlocals` unbound.
    pub fn reset_with_values(&mut self, nlocals: usize, stack: usize, args: Vec<Value>) {
        self.reset(nlocals, stack);
        for (slot, v) in self.locals_mut().iter_mut().zip(args) {
            *slot = v;
        }
    }

    /// Makes room for `total` slots in all.
    #[inline(always)]
    fn reserve_total(&mut self, total: usize) {
        if total > self.capacity() {
            self.grow_to(total);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow_to(&mut self, total: usize) {
        let (cap, nlocals, len) = (self.capacity(), self.nlocals(), self.len());
        let new_cap = total.max(cap * 2).max(8);
        let Ok(new_layout) = Layout::array::<Value>(new_cap) else {
            alloc::handle_alloc_error(Layout::new::<Value>())
        };
        // SAFETY: a non-zero-sized layout; when reallocating, `base` was allocated with
        // `Layout::array::<Value>(cap)`; values are moved bitwise, which is what they allow
        // (a `Value` is a plain word with no self-references).
        let raw = unsafe {
            if cap == 0 {
                alloc::alloc(new_layout)
            } else {
                let old = Layout::array::<Value>(cap).expect("the layout it was made with");
                alloc::realloc(self.base.as_ptr().cast(), old, new_layout.size())
            }
        };
        let Some(base) = NonNull::new(raw.cast::<Value>()) else {
            alloc::handle_alloc_error(new_layout)
        };
        self.base = base;
        // SAFETY: all three offsets are within the new capacity.
        unsafe {
            self.stack = base.as_ptr().add(nlocals);
            self.top = base.as_ptr().add(len);
            self.end = base.as_ptr().add(new_cap);
        }
    }

    #[inline(always)]
    pub fn locals(&self) -> &[Value] {
        // SAFETY: the locals, from `base` to `stack`, are initialized.
        unsafe { std::slice::from_raw_parts(self.base.as_ptr(), self.nlocals()) }
    }

    #[inline(always)]
    pub fn locals_mut(&mut self) -> &mut [Value] {
        // SAFETY: as for `locals`, borrowed mutably through `self`.
        unsafe { std::slice::from_raw_parts_mut(self.base.as_ptr(), self.nlocals()) }
    }

    #[inline(always)]
    pub fn stack(&self) -> &[Value] {
        // SAFETY: the stack, from `stack` to `top`, is initialized.
        unsafe { std::slice::from_raw_parts(self.stack, self.stack_len()) }
    }

    #[inline(always)]
    pub fn stack_mut(&mut self) -> &mut [Value] {
        // SAFETY: as for `stack`, borrowed mutably through `self`.
        unsafe { std::slice::from_raw_parts_mut(self.stack, self.stack_len()) }
    }

    #[inline(always)]
    pub fn stack_len(&self) -> usize {
        slots_between(self.stack, self.top)
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        if self.top == self.end {
            self.grow_to(self.len() + 1);
        }
        // SAFETY: `top < end`, and the slot at `top` is uninitialized.
        unsafe {
            self.top.write(v);
            self.top = self.top.add(1);
        }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Option<Value> {
        if self.top == self.stack {
            return None;
        }
        // SAFETY: the stack is not empty, so the slot below `top` is initialized; it is
        // no longer counted once `top` moves down.
        unsafe {
            self.top = self.top.sub(1);
            Some(self.top.read())
        }
    }

    #[inline(always)]
    pub fn last(&self) -> Option<&Value> {
        if self.top == self.stack {
            return None;
        }
        // SAFETY: the stack is not empty, so the slot below `top` is initialized.
        Some(unsafe { &*self.top.sub(1) })
    }

    #[inline(always)]
    pub fn last_mut(&mut self) -> Option<&mut Value> {
        if self.top == self.stack {
            return None;
        }
        // SAFETY: as for `last`, borrowed mutably through `self`.
        Some(unsafe { &mut *self.top.sub(1) })
    }

    /// Drops the stack values above depth `depth`.
    pub fn truncate(&mut self, depth: usize) {
        while self.stack_len() > depth {
            drop(self.pop());
        }
    }

    /// The stack values from depth `at` up, moved out into a Vec (a call's arguments).
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        self.split_off_into(at, Vec::with_capacity)
    }

    /// The stack values from depth `at` up, moved out as a built-in call's arguments
    /// (inline in the result when there are few).
    #[inline(always)]
    pub fn split_off_args(&mut self, at: usize) -> ArgValues {
        self.split_off_into(at, ArgValues::with_capacity)
    }

    /// Moves the stack values from depth `at` up into a fresh buffer with room for them
    /// (`with_capacity`), in order.
    #[inline(always)]
    fn split_off_into<B: ValueBuffer>(
        &mut self,
        at: usize,
        with_capacity: impl FnOnce(usize) -> B,
    ) -> B {
        let at = at.min(self.stack_len());
        let n = self.stack_len() - at;
        let mut out = with_capacity(n);
        // SAFETY: the top `n` stack slots are initialized values, moved into `out`'s
        // empty buffer of capacity at least `n` (inline or fresh), which then counts them,
        // and no longer counted here.
        unsafe {
            let from = self.top.sub(n);
            std::ptr::copy_nonoverlapping(from, out.as_mut_ptr(), n);
            out.set_len(n);
            self.top = from;
        }
        out
    }

    /// Inserts `v` at stack depth `at`, moving the values above it up.
    pub fn insert(&mut self, at: usize, v: Value) {
        assert!(at <= self.stack_len(), "insert past the top of the stack");
        if self.top == self.end {
            self.grow_to(self.len() + 1);
        }
        // SAFETY: `top < end`; the slots from depth `at` to the top move up one slot
        // within the buffer, then the freed slot at `at` takes `v`.
        unsafe {
            let p = self.stack.add(at);
            std::ptr::copy(p, p.add(1), self.stack_len() - at);
            p.write(v);
            self.top = self.top.add(1);
        }
    }

    pub fn extend(&mut self, values: impl IntoIterator<Item = Value>) {
        for v in values {
            self.push(v);
        }
    }

    /// Makes room for `n` more stack values, so that pointers into the buffer stay valid
    /// while that many are pushed (tier 2 runs C code on it).
    pub fn reserve_stack(&mut self, n: usize) {
        self.reserve_total(self.len() + n);
    }

    /// The first local; the stack starts `nlocals` slots after it.
    pub fn as_mut_ptr(&mut self) -> *mut Value {
        self.base.as_ptr()
    }

    /// The stack's first slot.
    pub fn stack_base(&mut self) -> *mut Value {
        self.stack
    }

    /// Sets how many stack values are counted as initialized.
    ///
    /// # Safety
    /// The stack slots below `depth` must hold initialized values that nothing else owns,
    /// and `nlocals + depth <= capacity`.
    pub unsafe fn set_stack_len(&mut self, depth: usize) {
        debug_assert!(self.nlocals() + depth <= self.capacity());
        // SAFETY: within the buffer, per the contract.
        self.top = unsafe { self.stack.add(depth) };
    }
}

/// A growable buffer of values that can take values moved in bitwise (`Vec`, `ArgValues`).
trait ValueBuffer {
    fn as_mut_ptr(&mut self) -> *mut Value;
    /// # Safety
    /// The first `n` slots must be initialized and `n` within capacity.
    unsafe fn set_len(&mut self, n: usize);
}

impl ValueBuffer for Vec<Value> {
    fn as_mut_ptr(&mut self) -> *mut Value {
        Vec::as_mut_ptr(self)
    }
    unsafe fn set_len(&mut self, n: usize) {
        // SAFETY: forwarded contract.
        unsafe { Vec::set_len(self, n) }
    }
}

impl ValueBuffer for ArgValues {
    fn as_mut_ptr(&mut self) -> *mut Value {
        ArgValues::as_mut_ptr(self)
    }
    unsafe fn set_len(&mut self, n: usize) {
        // SAFETY: forwarded contract.
        unsafe { ArgValues::set_len(self, n) }
    }
}

impl Drop for LocalsPlus {
    fn drop(&mut self) {
        self.clear();
        let cap = self.capacity();
        if cap > 0 {
            let layout = Layout::array::<Value>(cap).expect("the layout it was made with");
            // SAFETY: `base` was allocated with this layout and is not used again.
            unsafe { alloc::dealloc(self.base.as_ptr().cast(), layout) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LocalsPlus;
    use crate::runtime::object::Obj;
    use crate::runtime::value::{PyList, Value};

    fn ints(values: &[Value]) -> Vec<Option<i64>> {
        values.iter().map(Value::as_small_int).collect()
    }

    #[test]
    fn locals_then_stack() {
        let mut lp = LocalsPlus::new(2, 1);
        assert!(lp.locals().iter().all(Value::is_null));
        lp.locals_mut()[1] = Value::Int(7);
        for i in 0..20 {
            lp.push(Value::Int(i));
        }
        assert_eq!(lp.stack_len(), 20);
        assert_eq!(lp.locals()[1].as_small_int(), Some(7));
        let top = lp.split_off(18);
        assert_eq!(ints(&top), [Some(18), Some(19)]);
        lp.insert(0, Value::Int(-1));
        assert_eq!(lp.stack()[0].as_small_int(), Some(-1));
        assert_eq!(lp.pop().and_then(|v| v.as_small_int()), Some(17));
        lp.truncate(1);
        assert_eq!(ints(lp.stack()), [Some(-1)]);
        lp.clear();
        assert_eq!(lp.stack_len(), 0);
        assert!(lp.pop().is_none());
    }

    #[test]
    fn arguments_move_from_the_caller_and_drop_once() {
        let list = Obj::new(PyList {
            items: std::cell::RefCell::new(Vec::new()),
        });
        let mut caller = LocalsPlus::new(1, 4);
        caller.push(Value::Int(1));
        caller.push(Value::List(list.clone()));
        caller.push(Value::Int(3));
        assert_eq!(Obj::strong_count(&list), 2);
        let mut callee = LocalsPlus::default();
        callee.reset_with_args(4, 2, &mut caller, 2);
        // Moved, not copied: the count is unchanged.
        assert_eq!(Obj::strong_count(&list), 2);
        assert_eq!(ints(caller.stack()), [Some(1)]);
        assert!(callee.locals()[0].is(&Value::List(list.clone())));
        assert_eq!(callee.locals()[1].as_small_int(), Some(3));
        assert!(callee.locals()[2..].iter().all(Value::is_null));
        assert_eq!(callee.stack_len(), 0);
        drop(callee);
        assert_eq!(Obj::strong_count(&list), 1);
        drop(caller);
        assert_eq!(Obj::strong_count(&list), 1);
    }
}
