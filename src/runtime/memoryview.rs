//! `memoryview` over a bytes or bytearray: a window (`start`, `step`, `len`) onto the
//! exporter's bytes, in format 'B'. While a view over a bytearray is alive and not released,
//! the bytearray counts it in `exports` and refuses to change size.

use super::bytearray::PyByteArray;
use super::object::{HeapValue, Obj, TypeTag};
use super::value::{Value, View};
use std::cell::Cell;

pub struct PyMemoryView {
    /// The exporting object (`.obj`): a bytes or a bytearray value.
    pub obj: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub readonly: bool,
    pub released: Cell<bool>,
}

impl PyMemoryView {
    /// A view of `obj` (bytes or bytearray) from `start`, `len` items `step` apart; counts
    /// itself among a bytearray's exports.
    pub fn new(obj: Value, start: usize, step: isize, len: usize, readonly: bool) -> PyMemoryView {
        if let View::ByteArray(b) = obj.view() {
            b.exports.set(b.exports.get() + 1);
        }
        PyMemoryView {
            obj,
            start,
            step,
            len,
            readonly,
            released: Cell::new(false),
        }
    }

    fn exporter(&self) -> Option<&Obj<PyByteArray>> {
        match self.obj.view() {
            View::ByteArray(b) => Some(b),
            _ => None,
        }
    }

    /// Position in the exporter's bytes of item `k` (< len).
    pub fn offset(&self, k: usize) -> usize {
        (self.start as isize + k as isize * self.step) as usize
    }

    /// The bytes the view shows, copied.
    pub fn to_vec(&self) -> Vec<u8> {
        let gather = |data: &[u8]| -> Vec<u8> {
            (0..self.len)
                .filter_map(|k| data.get(self.offset(k)).copied())
                .collect()
        };
        match self.obj.view() {
            View::Bytes(b) => gather(b),
            View::ByteArray(b) => gather(&b.data.borrow()),
            _ => Vec::new(),
        }
    }

    /// Writes byte `k` of the view (a writable view over a bytearray).
    pub fn store(&self, k: usize, byte: u8) {
        if let Some(b) = self.exporter()
            && let Some(slot) = b.data.borrow_mut().get_mut(self.offset(k))
        {
            *slot = byte;
        }
    }

    /// Ends the view's hold on its exporter (once).
    pub fn release(&self) {
        if !self.released.replace(true)
            && let Some(b) = self.exporter()
        {
            b.exports.set(b.exports.get().saturating_sub(1));
        }
    }
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

impl HeapValue for PyMemoryView {
    const NAME: &'static str = "memoryview";
    const TYPE_TAG: TypeTag = TypeTag::MemoryView;
}
