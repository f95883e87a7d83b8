//! `bytearray`: a mutable byte buffer. The bytes live in a `RefCell` so methods can grow,
//! shrink and rewrite them in place; `exports` counts the memoryviews holding the buffer,
//! during which its size may not change.

use super::object::{HeapValue, TypeTag};
use std::cell::{Cell, RefCell};

pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
    pub exports: Cell<usize>,
}

impl PyByteArray {
    pub fn new(data: Vec<u8>) -> PyByteArray {
        PyByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }

    /// A copy of the current contents.
    pub fn snapshot(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }
}

impl HeapValue for PyByteArray {
    const NAME: &'static str = "bytearray";
    const TYPE_TAG: TypeTag = TypeTag::ByteArray;
}
