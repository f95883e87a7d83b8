//! `#[repr(C)]` mirrors of src/uops/abi.h: what traces, helpers and Rust exchange.

use std::ffi::c_void;

/// A value word as C sees it; bit-for-bit a `runtime::value::Value`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct TsValue {
    pub tag: u64,
    pub payload: u64,
}

#[repr(C)]
pub struct TsFrame {
    pub locals: *mut TsValue,
}

#[repr(C)]
pub struct TsState {
    pub vm: *mut c_void,
    pub frame: *mut c_void,
    pub stack_base: *mut TsValue,
    pub exit_index: u32,
    pub status: u32,
    pub periodic_countdown: i64,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct TsUopInst {
    pub opcode: u16,
    pub pad: u16,
    pub oparg: u32,
    pub operand: u64,
}

pub const TS_STATUS_EXIT: u32 = 0;
pub const TS_STATUS_ERROR: u32 = 1;

unsafe extern "C" {
    /// The tier-2 interpreter (src/uops/interpreter.c).
    pub fn ts_run_uops(
        trace: *const TsUopInst,
        frame: *mut TsFrame,
        sp: *mut TsValue,
        state: *mut TsState,
    ) -> *mut TsValue;
}
