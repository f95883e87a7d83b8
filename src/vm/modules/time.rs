//! The `time` module.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::{arity, function};
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    epoch();
    function(d, "time", time);
    function(d, "time_ns", time_ns);
    function(d, "perf_counter", perf_counter);
    function(d, "perf_counter_ns", perf_counter_ns);
    function(d, "monotonic", perf_counter);
    function(d, "monotonic_ns", perf_counter_ns);
    function(d, "process_time", perf_counter);
    function(d, "sleep", sleep);
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(now()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(Value::Int(ns as i64))
}

fn perf_counter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(epoch().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(epoch().elapsed().as_nanos() as i64))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "sleep", 1, 1)?;
    let secs = match args.args[0].view() {
        View::Float(f) => f,
        View::Int(i) => i as f64,
        _ => {
            let tn = vm.type_name(&args.args[0]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let _ = std::io::Write::flush(&mut vm.stdout);
    // Sleep in slices so Ctrl-C is noticed promptly.
    let deadline = Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9));
    while Instant::now() < deadline {
        if crate::signals::take_interrupt() {
            return Err(vm.err_noargs("KeyboardInterrupt"));
        }
        let left = deadline.saturating_duration_since(Instant::now());
        std::thread::sleep(left.min(std::time::Duration::from_millis(50)));
    }
    Ok(Value::None)
}
