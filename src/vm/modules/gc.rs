//! The `gc` module: the cycle collector's switches, as CPython's.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::gc;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::function;
use crate::vm::{PyResult, Vm};

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "collect", collect);
    function(d, "enable", enable);
    function(d, "disable", disable);
    function(d, "isenabled", isenabled);
    function(d, "get_count", get_count);
    function(d, "get_threshold", get_threshold);
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.args.is_empty() || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no arguments")));
    }
    Ok(())
}

fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let generation = match (args.args.as_slice(), args.kwargs.as_slice()) {
        ([], []) => 2,
        ([g], []) => match g.view() {
            View::Int(g) => g,
            _ => return Err(vm.type_error("an integer is required")),
        },
        ([], [(k, g)]) if k.as_str() == "generation" => match g.view() {
            View::Int(g) => g,
            _ => return Err(vm.type_error("an integer is required")),
        },
        _ => return Err(vm.type_error("collect() takes at most 1 argument")),
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.err("ValueError", "invalid generation"));
    }
    let found = gc::collect_generation(generation as usize);
    // Finalizers found by it run now; what they leave dead is collected again.
    let again = vm.finish_collection(generation as usize);
    Ok(Value::Int(found.max(again) as i64))
}

fn enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "enable")?;
    gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "disable")?;
    gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "isenabled")?;
    Ok(Value::Bool(gc::is_enabled()))
}

fn get_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "get_count")?;
    let c = gc::counts();
    Ok(Value::tuple(
        c.iter().map(|&n| Value::Int(n as i64)).collect(),
    ))
}

fn get_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "get_threshold")?;
    Ok(Value::tuple(
        gc::THRESHOLDS
            .iter()
            .map(|&n| Value::Int(n as i64))
            .collect(),
    ))
}
