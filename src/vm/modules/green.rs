//! `_green`: the green-thread primitives (`vm::threads`) that `_thread` and `threading`
//! (src/stdlib/_thread.py, threading.py) are written over.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::{arity, function};
use crate::vm::threads;
use crate::vm::{PyResult, Vm};
use std::time::{Duration, Instant};

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "start", start);
    function(d, "get_ident", get_ident);
    function(d, "block", block);
    function(d, "wake", wake);
    function(d, "yield_now", yield_now);
    function(d, "count", count);
    d.set_str("main_ident", Value::Int(threads::MAIN_IDENT as i64));
    d.set_str("stack_size", Value::Int(threads::THREAD_STACK_SIZE as i64));
}

/// `start(callable)`: a new thread that calls `callable()`; its ident.
fn start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "start", 1, 1)?;
    let ident = threads::start(vm, args.args[0].clone())?;
    Ok(Value::Int(ident as i64))
}

fn get_ident(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "get_ident", 0, 0)?;
    Ok(Value::Int(threads::current_ident(vm) as i64))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "count", 0, 0)?;
    Ok(Value::Int(threads::count(vm) as i64))
}

fn key_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v.view() {
        View::None => Ok(None),
        View::Int(k) => Ok(Some(k)),
        _ => Err(vm.type_error("a blocking key is an int or None")),
    }
}

/// `block(key, timeout)`: waits for `wake(key)` (True) or for `timeout` seconds to pass
/// (False); a negative timeout waits for as long as it takes.
fn block(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "block", 2, 2)?;
    let key = key_arg(vm, &args.args[0])?;
    let timeout = match args.args[1].view() {
        View::Float(f) => f,
        View::Int(i) => i as f64,
        View::None => -1.0,
        _ => return Err(vm.type_error("timeout must be a number")),
    };
    let deadline = if timeout < 0.0 || timeout.is_nan() {
        None
    } else {
        Some(Instant::now() + Duration::from_secs_f64(timeout.min(1e9)))
    };
    Ok(Value::Bool(threads::block(vm, key, deadline)?))
}

/// `wake(key, n)`: lets up to `n` threads blocked on `key` go on; how many it woke.
fn wake(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "wake", 2, 2)?;
    let Some(key) = key_arg(vm, &args.args[0])? else {
        return Ok(Value::Int(0));
    };
    let n = match args.args[1].view() {
        View::Int(n) => n.max(0) as usize,
        _ => return Err(vm.type_error("n must be an int")),
    };
    Ok(Value::Int(threads::wake(vm, key, n) as i64))
}

/// `yield_now()`: lets the other runnable threads run first.
fn yield_now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "yield_now", 0, 0)?;
    threads::yield_now(vm)?;
    Ok(Value::None)
}
