//! `_itertools`: the iterators of `itertools` that are implemented in Rust (the bundled
//! itertools.py imports them); `accumulate`, which `random.choices` runs over every weight.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::vm::builtins::{bind, constructor};
use crate::vm::iter::{IterKind, NativeIter};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm, d: &Obj<PyDict>) {
    let cls = vm.types.accumulate.clone();
    constructor(&cls, accumulate_new);
    d.set_str("accumulate", Value::Class(cls));
}

/// `accumulate(iterable, func=None, *, initial=None)`; the class comes first.
fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind(
        vm,
        "accumulate",
        args.args.get(1..).unwrap_or_default(),
        &args.kwargs,
        &["iterable", "func"],
        1,
        &["initial"],
    )?;
    let mut slots = slots.into_iter();
    let mut next = || slots.next().flatten();
    let (iterable, func, initial) = (next(), next(), next());
    let Some(iterable) = iterable else {
        return Err(vm.type_error("accumulate() missing required argument 'iterable' (pos 1)"));
    };
    let it = vm.get_iter(&iterable)?;
    let initial = initial.filter(|v| !v.is_none());
    Ok(NativeIter::new(IterKind::Accumulate {
        it,
        func: func.unwrap_or(Value::None),
        fresh: initial.is_some(),
        total: initial.unwrap_or(Value::Null),
    }))
}
