//! `_signal`: the calls `signal` (src/stdlib/signal.py) is written over. Numbers and
//! dispositions come from src/signals.rs, which also runs the Python handlers.

use super::fileio::os_error;
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::{Value, View};
use crate::signals::{self, Disposition, os};
use crate::vm::builtins::{arity, function};
use crate::vm::{PyResult, Vm};

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "signal", set_handler);
    function(d, "getsignal", getsignal);
    function(d, "default_int_handler", default_int_handler);
    function(d, "raise_signal", raise_signal);
    function(d, "strsignal", strsignal);
    function(d, "valid_signals", valid_signals);
    function(d, "pause", pause);
    function(d, "kill", kill);
    if os::alarm(0).is_some() {
        function(d, "alarm", alarm);
    }
    let named = os::named()
        .into_iter()
        .map(|(n, s)| Value::tuple(vec![Value::str(n), Value::Int(s as i64)]))
        .collect();
    d.set_str("named", Value::list(named));
    d.set_str("NSIG", Value::Int(os::nsig() as i64));
    let dih = d
        .get_str(
            "default_int_handler",
            crate::runtime::str::str_hash("default_int_handler"),
        )
        .unwrap_or(Value::None);
    signals::init_actions(dih);
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    let Some(v) = args.args.get(i) else {
        return Err(vm.type_error("missing signal number"));
    };
    // An int subclass (a Signals member) counts by its int value.
    match vm.unwrap_base(v).view() {
        View::Int(n) => Ok(n),
        View::Bool(b) => Ok(b as i64),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// The signal number argument `i`, checked against the platform's range.
fn signum(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i32> {
    let n = int_arg(vm, args, i)?;
    if n < 1 || n >= os::nsig().min(signals::slots()) as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn is_default_int_handler(v: &Value) -> bool {
    matches!(v.view(), View::Builtin(b)
        if std::ptr::fn_addr_eq(b.func, default_int_handler as crate::runtime::function::NativeFn))
}

/// `signal(signalnum, handler)` with the handler already an int (0 = SIG_DFL, 1 =
/// SIG_IGN) or a callable; returns the previous action.
fn set_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "signal", 2, 2)?;
    let sig = signum(vm, &args, 0)?;
    let handler = args.args[1].clone();
    let how = match handler.view() {
        View::Int(0) => Disposition::Default,
        View::Int(1) => Disposition::Ignore,
        _ if crate::vm::builtins::functions::is_callable(&handler, vm) => Disposition::Catch,
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ));
        }
    };
    let old = signals::action(sig);
    let raises = is_default_int_handler(&handler);
    signals::set_action(sig, how, handler, raises).map_err(|e| os_error(vm, &e, None))?;
    Ok(old)
}

fn getsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "getsignal", 1, 1)?;
    let sig = signum(vm, &args, 0)?;
    Ok(signals::action(sig))
}

fn default_int_handler(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.err_noargs("KeyboardInterrupt"))
}

/// Sends the signal to this thread and runs its action at once, as CPython does.
fn raise_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "raise_signal", 1, 1)?;
    // raise(3) itself judges the number: EINVAL out of range, 0 sends nothing.
    let sig = i32::try_from(int_arg(vm, &args, 0)?).unwrap_or(-1);
    let _ = std::io::Write::flush(&mut vm.stdout);
    os::raise(sig).map_err(|e| os_error(vm, &e, None))?;
    signals::deliver(vm)?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "strsignal", 1, 1)?;
    let sig = signum(vm, &args, 0)?;
    Ok(os::describe(sig).map_or(Value::None, Value::string))
}

fn valid_signals(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::list(
        os::valid()
            .into_iter()
            .map(|s| Value::Int(s as i64))
            .collect(),
    ))
}

fn alarm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "alarm", 1, 1)?;
    let secs = int_arg(vm, &args, 0)?;
    let secs = u32::try_from(secs).map_err(|_| {
        vm.err(
            "OverflowError",
            "Python int too large to convert to C unsigned int",
        )
    })?;
    Ok(Value::Int(os::alarm(secs).unwrap_or(0) as i64))
}

/// Waits until a signal arrives and runs its action. The OS may deliver a signal to
/// another thread of the process, so this watches the flags rather than pause(2).
fn pause(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "pause", 0, 0)?;
    let _ = std::io::Write::flush(&mut vm.stdout);
    while !signals::arrived() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    signals::deliver(vm)?;
    Ok(Value::None)
}

/// `kill(pid, sig)` for os.kill; then runs the action of a signal sent to this process.
fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "kill", 2, 2)?;
    let pid = int_arg(vm, &args, 0)?;
    let sig = int_arg(vm, &args, 1)?;
    let _ = std::io::Write::flush(&mut vm.stdout);
    os::kill(pid, sig as i32).map_err(|e| os_error(vm, &e, None))?;
    // A signal to ourselves arrives before kill returns when it is not blocked; give the
    // OS a moment when another thread of the process received it.
    if pid == std::process::id() as i64 && sig > 0 && os::get(sig as i32).is_none() {
        for _ in 0..100 {
            if signals::arrived() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }
    signals::deliver(vm)?;
    Ok(Value::None)
}
