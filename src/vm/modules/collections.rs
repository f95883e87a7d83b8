//! `_collections`: `deque` (methods in vm/builtins/methods_deque.rs) and the loop
//! `collections.Counter` counts with (`_count_elements`), in Rust as in CPython; the
//! bundled collections.py imports them.

use crate::bytecode::BinOp;
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::function;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "_count_elements", count_elements);
    d.set_str("deque", Value::Class(vm.types.deque.clone()));
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for every
/// `x`. A dict, or an instance of a dict subclass that keeps dict's `get` and
/// `__setitem__` (Counter), is updated directly; any other mapping through its methods.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("_collections._count_elements() takes no keyword arguments"));
    }
    if args.args.len() != 2 {
        let n = args.args.len();
        return Err(vm.type_error(format!("_count_elements expected 2 arguments, got {n}")));
    }
    let (mapping, iterable) = (&args.args[0], &args.args[1]);
    let it = vm.get_iter(iterable)?;
    let plain = plain_dict(vm, mapping);
    let one = Value::Int(1);
    while let Some(key) = vm.next(&it)? {
        match &plain {
            Some(d) => {
                let hash = vm.hash(&key)?;
                let old = d.get(vm, &key, hash)?;
                let count = match old.view() {
                    None => one.clone(),
                    Some(View::Int(n)) if n < i64::MAX => Value::Int(n + 1),
                    Some(_) => {
                        vm.binary_op(old.as_ref().expect("matched Some"), &one, BinOp::Add)?
                    }
                };
                d.set(vm, key, hash, count)?;
            }
            None => {
                let old = vm.call_method(mapping, "get", vec![key.clone(), Value::Int(0)])?;
                let count = vm.binary_op(&old, &one, BinOp::Add)?;
                vm.set_item(mapping, key, count)?;
            }
        }
    }
    Ok(Value::None)
}

/// The dict behind `mapping` when its `get` and `__setitem__` are dict's own.
fn plain_dict(vm: &mut Vm, mapping: &Value) -> Option<Obj<PyDict>> {
    match mapping.view() {
        View::Dict(d) => Some(d.clone()),
        View::Instance(inst) => {
            let cls = inst.class.borrow().clone();
            let dict_type = vm.types.dict.clone();
            let keeps = |name: &str| match (cls.lookup(name).view(), dict_type.lookup(name).view())
            {
                (Some(View::Builtin(a)), Some(View::Builtin(b))) => Obj::ptr_eq(a, b),
                _ => false,
            };
            if !keeps("get") || !keeps("__setitem__") {
                return None;
            }
            match inst.base_value.borrow().view() {
                View::Dict(d) => Some(d.clone()),
                _ => None,
            }
        }
        _ => None,
    }
}
