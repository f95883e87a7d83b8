//! The error a fallible operation returns: a raised Python exception travelling up the
//! Rust stack. It lives with the object model because dict and set operations can fail
//! (a key's `__eq__` may raise) and must say so without reaching up into the interpreter.

use super::value::Value;

/// A raised Python exception. `exc` is always an exception instance.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Value,
}

pub type PyResult<T> = Result<T, PyErr>;
