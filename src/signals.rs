//! Signals. The OS-level handler only records which signal arrived; the interpreter runs
//! the Python-level action (a handler, or KeyboardInterrupt for SIGINT) at its next safe
//! point, through `deliver`. The `signal` module (src/vm/modules/signal.rs) sets actions.

#[cfg(unix)]
#[path = "signals/unix.rs"]
pub mod os;
#[cfg(windows)]
#[path = "signals/windows.rs"]
pub mod os;

use crate::runtime::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// What the process does when a signal arrives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Disposition {
    Default,
    Ignore,
    /// Recorded by `record`, acted on by `deliver`.
    Catch,
}

const SLOTS: usize = 130;

static ARRIVED: [AtomicBool; SLOTS] = [const { AtomicBool::new(false) }; SLOTS];
/// Set with any `ARRIVED` entry: the one flag the safe points read.
static SOMETHING_ARRIVED: AtomicBool = AtomicBool::new(false);
/// SIGINT raises KeyboardInterrupt (no Python handler replaced `default_int_handler`).
static SIGINT_RAISES: AtomicBool = AtomicBool::new(true);

pub(crate) extern "C" fn record(sig: std::ffi::c_int) {
    if let Some(flag) = usize::try_from(sig).ok().and_then(|i| ARRIVED.get(i)) {
        flag.store(true, Ordering::Relaxed);
        SOMETHING_ARRIVED.store(true, Ordering::Relaxed);
    }
}

thread_local! {
    /// The Python-level action per signal number, once the `signal` module exists: Int(0)
    /// for SIG_DFL, Int(1) for SIG_IGN, a callable, or None (a handler set outside Python).
    static ACTIONS: RefCell<Option<Vec<Value>>> = const { RefCell::new(None) };
}

/// Installs the SIGINT handler at start-up.
pub fn install() {
    let _ = os::set(os::SIGINT, Disposition::Catch);
}

/// Runs the actions of the signals that arrived since the last call, if any.
#[inline]
pub fn deliver(vm: &mut Vm) -> PyResult<()> {
    if !SOMETHING_ARRIVED.load(Ordering::Relaxed) {
        return Ok(());
    }
    run_arrived(vm)
}

/// Whether some signal is waiting for `deliver`.
#[inline]
pub fn arrived() -> bool {
    SOMETHING_ARRIVED.load(Ordering::Relaxed)
}

#[cold]
fn run_arrived(vm: &mut Vm) -> PyResult<()> {
    SOMETHING_ARRIVED.store(false, Ordering::Relaxed);
    for sig in 1..SLOTS {
        if !ARRIVED[sig].swap(false, Ordering::Relaxed) {
            continue;
        }
        let action = ACTIONS.with(|a| a.borrow().as_ref().map(|v| v[sig].clone()));
        let result = match action {
            None if sig as i32 == os::SIGINT => Err(vm.err_noargs("KeyboardInterrupt")),
            Some(h) if crate::vm::builtins::functions::is_callable(&h, vm) => vm
                .call(&h, vec![Value::Int(sig as i64), Value::None])
                .map(|_| ()),
            _ => Ok(()),
        };
        if result.is_err() {
            // The others run at the next safe point.
            if ARRIVED.iter().any(|f| f.load(Ordering::Relaxed)) {
                SOMETHING_ARRIVED.store(true, Ordering::Relaxed);
            }
            return result;
        }
    }
    Ok(())
}

/// Ctrl-C is pending and will raise KeyboardInterrupt: long-running native code (the
/// regex matcher) polls this and stops early, then raises through `take_interrupt`.
#[inline]
pub fn interrupt_pending() -> bool {
    SOMETHING_ARRIVED.load(Ordering::Relaxed)
        && ARRIVED[os::SIGINT as usize].load(Ordering::Relaxed)
        && SIGINT_RAISES.load(Ordering::Relaxed)
}

/// Consumes a pending Ctrl-C that raises KeyboardInterrupt.
#[inline]
pub fn take_interrupt() -> bool {
    interrupt_pending() && ARRIVED[os::SIGINT as usize].swap(false, Ordering::Relaxed)
}

/// Makes the action table on first use: what each signal does now, with SIGINT's
/// `default_int_handler` given by the `signal` module.
pub fn init_actions(default_int_handler: Value) {
    ACTIONS.with(|a| {
        let mut a = a.borrow_mut();
        if a.is_some() {
            return;
        }
        let mut table = vec![Value::Int(0); SLOTS];
        for sig in os::valid() {
            if let Some(slot) = usize::try_from(sig).ok().and_then(|i| table.get_mut(i)) {
                *slot = match os::get(sig) {
                    Some(Disposition::Default) => Value::Int(0),
                    Some(Disposition::Ignore) => Value::Int(1),
                    _ => Value::None,
                };
            }
        }
        table[os::SIGINT as usize] = default_int_handler;
        *a = Some(table);
    });
}

/// The Python-level action of `sig` (which the caller checked is in range).
pub fn action(sig: i32) -> Value {
    ACTIONS.with(|a| {
        a.borrow()
            .as_ref()
            .and_then(|t| t.get(sig as usize).cloned())
            .unwrap_or(Value::None)
    })
}

/// Sets the action of `sig`: `how` is what the OS is told, `action` what `deliver` runs
/// (and what getsignal reports). `raises` says SIGINT's action is `default_int_handler`.
pub fn set_action(sig: i32, how: Disposition, action: Value, raises: bool) -> std::io::Result<()> {
    os::set(sig, how)?;
    if sig == os::SIGINT {
        SIGINT_RAISES.store(raises, Ordering::Relaxed);
    }
    ACTIONS.with(|a| {
        if let Some(slot) = a
            .borrow_mut()
            .as_mut()
            .and_then(|t| t.get_mut(sig as usize))
        {
            *slot = action;
        }
    });
    Ok(())
}

/// The highest signal number the action table can hold, plus one.
pub fn slots() -> i32 {
    SLOTS as i32
}
