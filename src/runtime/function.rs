//! Callables: Python functions, built-in functions, bound methods, and closure cells.

use super::dict::PyDict;
use super::str::PyStr;
use super::value::Value;
use crate::vm::code::CodeObject;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub struct Function {
    pub code: Rc<CodeObject>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Vec<Rc<PyCell>>,
    /// Function attributes (`f.x = 1`, `__wrapped__`, `__doc__`, `__module__`).
    pub dict: Rc<PyDict>,
}

/// Positional and keyword arguments of a call into Rust.
#[derive(Default)]
pub struct Args {
    pub args: Vec<Value>,
    pub kwargs: Vec<(Rc<PyStr>, Value)>,
}

impl Args {
    pub fn new(args: Vec<Value>) -> Args {
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
    pub fn new(v: Value) -> Rc<PyCell> {
        Rc::new(PyCell {
            value: RefCell::new(v),
        })
    }
}
