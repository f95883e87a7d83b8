//! `_complex_c`: the few float primitives the Python-level `complex` type and `cmath`
//! need from the platform, so their results round as CPython's (which call the C library).

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::{Value, View};
use crate::vm::builtins::function;
use crate::vm::{PyResult, Vm};

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "hypot", c_hypot);
}

/// The C library's two-argument `hypot` (CPython's `abs(complex)` and `cmath` use it;
/// `math.hypot` has its own, differently rounded algorithm).
fn c_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 2 || !args.kwargs.is_empty() {
        return Err(vm.type_error("hypot() takes exactly 2 arguments"));
    }
    let mut parts = [0.0f64; 2];
    for (slot, v) in parts.iter_mut().zip(&args.args) {
        *slot = match v.view() {
            View::Float(f) => f,
            _ => return Err(vm.type_error("hypot() arguments must be floats")),
        };
    }
    Ok(Value::Float(parts[0].hypot(parts[1])))
}
