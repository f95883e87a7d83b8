//! Objects implemented in Rust that carry private state (a random generator, a stream).

use super::class::Class;
use crate::runtime::mt19937::Mt19937;
use std::cell::RefCell;
use std::rc::Rc;

pub enum NativeData {
    Random(Box<Mt19937>),
    /// `sys.stdout` (1) or `sys.stderr` (2).
    Stream(u8),
}

pub struct NativeObject {
    pub class: Rc<Class>,
    pub data: RefCell<NativeData>,
}
