//! `atexit`: functions to call when the interpreter ends (a normal end, sys.exit() or an
//! uncaught exception), last registered first. The CLI calls `run_exitfuncs`.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::vm::builtins::{arity, function};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

thread_local! {
    /// (function, positional arguments, keyword arguments) in registration order.
    static EXIT_CALLS: RefCell<Vec<(Value, Args)>> = const { RefCell::new(Vec::new()) };
}

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "register", register);
    function(d, "unregister", unregister);
    function(d, "_run_exitfuncs", run_exitfuncs_py);
    function(d, "_clear", clear);
    function(d, "_ncallbacks", ncallbacks);
}

fn register(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    }
    let func = args.args.remove(0);
    if !crate::vm::builtins::functions::is_callable(&func, vm) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    EXIT_CALLS.with(|c| c.borrow_mut().push((func.clone(), args)));
    Ok(func)
}

/// Removes every registration of a function equal to the argument.
fn unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "unregister", 1, 1)?;
    let target = &args.args[0];
    let funcs: Vec<Value> =
        EXIT_CALLS.with(|c| c.borrow().iter().map(|(f, _)| f.clone()).collect());
    let mut keep = Vec::with_capacity(funcs.len());
    for f in &funcs {
        keep.push(!vm.eq(f, target)?);
    }
    EXIT_CALLS.with(|c| {
        let mut i = 0;
        c.borrow_mut().retain(|_| {
            let k = keep.get(i).copied().unwrap_or(true);
            i += 1;
            k
        });
    });
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let old = EXIT_CALLS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
    Ok(Value::None)
}

fn ncallbacks(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(EXIT_CALLS.with(|c| c.borrow().len()) as i64))
}

fn run_exitfuncs_py(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(Value::None)
}

/// Calls the registered functions, newest first, each once; what one raises is reported
/// on stderr and the rest still run.
pub fn run_exitfuncs(vm: &mut Vm) {
    while let Some((func, args)) = EXIT_CALLS.with(|c| c.borrow_mut().pop()) {
        if let Err(e) = vm.call_args(&func, args) {
            let what = vm.repr(&func).unwrap_or_else(|_| "<object>".to_string());
            let text = vm.format_exception(&e.exc);
            vm.write_stderr(&format!(
                "Exception ignored in atexit callback: {what}\n{text}"
            ));
        }
    }
}
