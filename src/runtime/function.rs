//! Callables: Python functions, built-in functions, bound methods, and closure cells.

use super::dict::PyDict;
use super::object::{HeapValue, TypeTag, Visitor};
use super::str::PyStr;
use super::value::Value;
use super::value::clear_cell;
use crate::runtime::error::PyResult;
use crate::runtime::object::Obj;
use crate::vm::Vm;
use crate::vm::code::CodeObject;
use std::cell::RefCell;

pub struct Function {
    pub code: Obj<CodeObject>,
    pub globals: Obj<PyDict>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Obj<PyDict>>>,
    /// `__annotations__`: set by `def` when it has annotations, else created empty on
    /// first access (None until then, or after `del f.__annotations__`).
    pub annotations: RefCell<Option<Obj<PyDict>>>,
    pub closure: Vec<Obj<PyCell>>,
    /// Function attributes (`f.x = 1`, `__wrapped__`, `__doc__`, `__module__`).
    pub dict: Obj<PyDict>,
}

/// The positional arguments of a call into Rust: up to `INLINE_ARGS` live inside `Args`,
/// so a built-in call with few arguments allocates nothing for them.
pub type ArgValues = smallvec::SmallVec<[Value; INLINE_ARGS]>;

pub const INLINE_ARGS: usize = 4;

/// Positional and keyword arguments of a call into Rust.
#[derive(Default)]
pub struct Args {
    pub args: ArgValues,
    pub kwargs: Vec<(Obj<PyStr>, Value)>,
}

impl Args {
    pub fn new(args: Vec<Value>) -> Args {
        Args {
            args: ArgValues::from_vec(args),
            kwargs: Vec::new(),
        }
    }

    /// Arguments already in an `ArgValues` (moved off a frame's stack, say).
    #[inline(always)]
    pub fn inline(args: ArgValues) -> Args {
        Args {
            args,
            kwargs: Vec::new(),
        }
    }

    pub fn kw(&self, name: &str) -> Option<&Value> {
        self.kwargs
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v)
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct BuiltinFunction {
    pub name: String,
    pub func: NativeFn,
    /// Bound receiver for module-level functions that close over an object (e.g. the
    /// methods of a native object exposed as attributes).
    pub binding: Option<Value>,
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

pub struct PyCell {
    pub value: RefCell<Value>,
}

impl PyCell {
    pub fn new(v: Value) -> Obj<PyCell> {
        Obj::new(PyCell {
            value: RefCell::new(v),
        })
    }
}

impl HeapValue for Function {
    const NAME: &'static str = "function";
    const TYPE_TAG: TypeTag = TypeTag::Function;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        visit.obj(&self.globals);
        visit.obj(&self.dict);
        self.closure.iter().for_each(|c| visit.obj(c));
        if let Ok(d) = self.defaults.try_borrow() {
            d.iter().for_each(|v| visit.value(v));
        }
        if let Ok(k) = self.kwdefaults.try_borrow()
            && let Some(k) = k.as_ref()
        {
            visit.obj(k);
        }
        if let Ok(a) = self.annotations.try_borrow()
            && let Some(a) = a.as_ref()
        {
            visit.obj(a);
        }
    }
    fn clear(&self) {
        clear_cell(&self.defaults);
        clear_cell(&self.annotations);
        if self.dict.inner.try_borrow_mut().is_ok() {
            self.dict.clear();
        }
    }
}

impl HeapValue for BuiltinFunction {
    const NAME: &'static str = "builtin_function_or_method";
    const TYPE_TAG: TypeTag = TypeTag::Builtin;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        if let Some(b) = &self.binding {
            visit.value(b);
        }
    }
}

impl HeapValue for BoundMethod {
    const NAME: &'static str = "method";
    const TYPE_TAG: TypeTag = TypeTag::Method;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        visit.value(&self.func);
        visit.value(&self.receiver);
    }
}

impl HeapValue for PyCell {
    const NAME: &'static str = "cell";
    const TYPE_TAG: TypeTag = TypeTag::Cell;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        if let Ok(v) = self.value.try_borrow() {
            visit.value(&v);
        }
    }
    fn clear(&self) {
        clear_cell(&self.value);
    }
}
