//! Runtime helpers: the `extern "C"` Rust functions uops call (declared in
//! src/uops/abi.h). The tier-2 interpreter links them by name; the JIT patches their
//! addresses into the holes that name them (`address_of`).
//!
//! Helpers that can raise store the exception in `Vm::tier2.pending_error`, give the
//! frame's stack back to tier 1 (so it can unwind it), and return a failure value.

use super::abi::{TsState, TsValue};
use crate::runtime::value::Value;
use crate::vm::Vm;
use crate::vm::frame::Frame;

/// The helpers by the symbol names stencils use.
pub fn address_of(name: &str) -> Option<usize> {
    Some(match name {
        "ts_value_decref" => ts_value_decref as *const () as usize,
        "ts_exec_instr" => ts_exec_instr as *const () as usize,
        "ts_iter_next" => ts_iter_next as *const () as usize,
        "ts_to_bool" => ts_to_bool as *const () as usize,
        "ts_periodic" => ts_periodic as *const () as usize,
        _ => return None,
    })
}

/// The VM and frame a trace runs on, and the frame's stack handed back to tier 1 with
/// `sp` as its top.
///
/// # Safety
/// `state` must be the state `run_executor` built for the running trace, and `sp` a stack
/// pointer of that trace.
unsafe fn lend_back<'a>(state: *mut TsState, sp: *mut TsValue) -> (&'a mut Vm, &'a mut Frame) {
    // SAFETY: per the contract, `vm` and `frame` point at the VM and frame that
    // `run_executor` borrows mutably for the whole run and does not touch meanwhile.
    unsafe {
        let st = &mut *state;
        let vm = &mut *(st.vm as *mut Vm);
        let f = &mut *(st.frame as *mut Frame);
        let depth = sp.offset_from(st.stack_base) as usize;
        f.slots().set_stack_len(depth);
        (vm, f)
    }
}

/// Takes the stack back from tier 1 for the trace; returns the new stack pointer.
///
/// # Safety
/// As for `lend_back`, after it.
unsafe fn take_back(state: *mut TsState, f: &mut Frame) -> *mut TsValue {
    // SAFETY: the stack's values become the trace's again (length 0 while C runs); the
    // buffer may have moved, so the state learns its new start.
    unsafe {
        let depth = f.stack_len();
        let base = f.slots().stack_base() as *mut TsValue;
        (*state).stack_base = base;
        f.slots().set_stack_len(0);
        base.add(depth)
    }
}

/// # Safety
/// `v` points at a value whose reference the caller gives up.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ts_value_decref(v: *mut TsValue) {
    // SAFETY: the caller owns the reference and never reads `*v` again.
    unsafe { std::ptr::drop_in_place(v as *mut Value) }
}

/// # Safety
/// Called by a trace with its own state and stack pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ts_exec_instr(
    state: *mut TsState,
    sp: *mut TsValue,
    index: u64,
) -> *mut TsValue {
    // SAFETY: called by a running trace (see `lend_back`).
    let (vm, f) = unsafe { lend_back(state, sp) };
    f.ip = index as usize;
    match vm.step(f) {
        // SAFETY: the stack was lent back above.
        Ok(None) => unsafe { take_back(state, f) },
        Ok(Some(_)) => {
            // The projector never makes instructions that leave the frame GENERIC.
            vm.tier2.pending_error = Some(vm.err(
                "SystemError",
                "an instruction left the frame inside a trace",
            ));
            std::ptr::null_mut()
        }
        Err(e) => {
            vm.tier2.pending_error = Some(e);
            std::ptr::null_mut()
        }
    }
}

/// # Safety
/// Called by a trace with its own state and stack pointer; `sp[-1]` is the iterator and
/// `sp[0]` is free.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ts_iter_next(state: *mut TsState, sp: *mut TsValue) -> i32 {
    // SAFETY: called by a running trace (see `lend_back`).
    let (vm, f) = unsafe { lend_back(state, sp) };
    let it = f.last().cloned().unwrap_or_default();
    let r = vm.next(&it);
    match r {
        Ok(Some(v)) => {
            // SAFETY: the trace's stack has room for one more value (max_stack) and the
            // stack is handed back before writing into it.
            unsafe {
                let sp = take_back(state, f);
                std::ptr::write(sp as *mut Value, v);
            }
            1
        }
        Ok(None) => {
            // SAFETY: the stack was lent back above.
            unsafe { take_back(state, f) };
            0
        }
        Err(e) => {
            vm.tier2.pending_error = Some(e);
            -1
        }
    }
}

/// # Safety
/// Called by a trace with its own state and stack pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ts_to_bool(state: *mut TsState, sp: *mut TsValue) -> i32 {
    // SAFETY: called by a running trace (see `lend_back`).
    let (vm, f) = unsafe { lend_back(state, sp) };
    let v = f.pop().unwrap_or_default();
    match vm.truthy(&v) {
        Ok(b) => {
            drop(v);
            f.push(Value::Bool(b));
            // SAFETY: the stack was lent back above.
            unsafe { take_back(state, f) };
            0
        }
        Err(e) => {
            f.push(v);
            vm.tier2.pending_error = Some(e);
            -1
        }
    }
}

/// # Safety
/// Called by a trace with its own state and stack pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ts_periodic(state: *mut TsState, sp: *mut TsValue) -> i32 {
    // SAFETY: called by a running trace (see `lend_back`).
    let (vm, f) = unsafe { lend_back(state, sp) };
    // SAFETY: `state` is the running trace's.
    unsafe { (*state).periodic_countdown = super::entry::PERIODIC_INTERVAL };
    match vm.on_backward_jump() {
        Ok(()) => {
            // SAFETY: the stack was lent back above.
            unsafe { take_back(state, f) };
            0
        }
        Err(e) => {
            vm.tier2.pending_error = Some(e);
            -1
        }
    }
}
