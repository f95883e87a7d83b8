//! Objects implemented in Rust that carry private state (a random generator, a stream).

use super::class::Class;
use super::object::{HeapValue, TypeTag, Visitor};
use crate::runtime::mt19937::Mt19937;
use crate::runtime::object::Obj;
use std::cell::RefCell;

pub enum NativeData {
    Random(Box<Mt19937>),
    /// `sys.stdout` (1) or `sys.stderr` (2).
    Stream(u8),
    /// A hash computation of `_hashlib` (the module knows the concrete type).
    Hash(Box<dyn std::any::Any>),
    /// State owned by one Rust module and opaque to the rest (a compiled regex).
    Opaque(std::rc::Rc<dyn std::any::Any>),
}

pub struct NativeObject {
    pub class: Obj<Class>,
    pub data: RefCell<NativeData>,
}

impl HeapValue for NativeObject {
    const NAME: &'static str = "object";
    const TYPE_TAG: TypeTag = TypeTag::Native;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        visit.obj(&self.class);
    }
}
