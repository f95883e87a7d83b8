//! Rust mirrors of the C ABI in src/uops/abi.h: the value word, the frame and the thread
//! state a trace runs against, and one uop of a trace as the tier-2 interpreter reads it.
//!
//! Layout on the six (64-bit) targets, checked on both sides: by the tests below with
//! `offset_of!`, and by `TS_ABI_ASSERT`s in abi.h, against the same numbers.
//!
//! | type        | size | fields (offset)                                                   |
//! |-------------|------|-------------------------------------------------------------------|
//! | `TsValue`   | 8    | bits 0                                                            |
//! | `TsFrame`   | 8    | locals 0                                                          |
//! | `TsState`   | 40   | vm 0, frame 8, stack_base 16, exit_index 24, status 28, periodic_countdown 32 |
//! | `TsUopInst` | 16   | opcode 0, pad 2, oparg 4, operand 8                               |

use crate::runtime::value::word;
use std::ffi::c_void;

/// Where a heap object's strong reference count sits, from the address in the value word.
pub const TS_OBJECT_REFCOUNT_OFFSET: usize = 0;

pub const TS_STATUS_EXIT: u32 = 0;
pub const TS_STATUS_ERROR: u32 = 1;

/// A value word (runtime::value::Value's encoding, which abi.h spells out as TS_*).
#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct TsValue {
    pub bits: u64,
}

impl TsValue {
    /// An inline int (the caller keeps it within 63 bits).
    pub fn int(i: i64) -> TsValue {
        TsValue {
            bits: word::int(i).expect("an int of 63 bits"),
        }
    }

    pub fn null() -> TsValue {
        TsValue { bits: word::NULL }
    }
}

impl std::fmt::Debug for TsValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TsValue({:#x})", self.bits)
    }
}

#[repr(C)]
pub struct TsFrame {
    /// The frame's local slots (never reallocated while the frame runs).
    pub locals: *mut TsValue,
}

#[repr(C)]
pub struct TsState {
    pub vm: *mut c_void,
    pub frame: *mut c_void,
    /// Start of the frame's value stack: a stack pointer minus this is the depth.
    pub stack_base: *mut TsValue,
    /// Index of the uop that left the trace.
    pub exit_index: u32,
    /// `TS_STATUS_EXIT` or `TS_STATUS_ERROR`.
    pub status: u32,
    /// Counts down once per loop iteration; at zero the periodic helper runs.
    pub periodic_countdown: i64,
}

#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TsUopInst {
    pub opcode: u16,
    pub pad: u16,
    pub oparg: u32,
    pub operand: u64,
}

unsafe extern "C" {
    /// The tier-2 interpreter (src/uops/interpreter.c).
    pub fn ts_run_uops(
        trace: *const TsUopInst,
        frame: *mut TsFrame,
        sp: *mut TsValue,
        state: *mut TsState,
    ) -> *mut TsValue;
}

#[cfg(all(test, target_pointer_width = "64"))]
mod tests {
    use super::*;
    use std::mem::{align_of, offset_of, size_of};

    // The same numbers as the TS_ABI_ASSERTs in src/uops/abi.h.
    #[test]
    fn value_layout() {
        assert_eq!(size_of::<TsValue>(), 8);
        assert_eq!(align_of::<TsValue>(), 8);
        // The contract with Rust's value (whose own tests fix its size).
        assert_eq!(
            size_of::<crate::runtime::value::Value>(),
            size_of::<TsValue>()
        );
    }

    /// abi.h spells the encoding out for C; these are its numbers, checked against Rust's.
    #[test]
    fn c_encoding_matches_rust() {
        let abi_h = include_str!("../uops/abi.h");
        for (name, value) in [
            ("TS_NULL", word::NULL),
            ("TS_NONE", word::NONE),
            ("TS_NOT_IMPLEMENTED", word::NOT_IMPLEMENTED),
            ("TS_ELLIPSIS", word::ELLIPSIS),
            ("TS_FALSE", word::FALSE),
            ("TS_TRUE", word::TRUE),
            ("TS_FLOAT_TAG", word::FLOAT_TAG),
            ("TS_FLOAT_ZERO", word::FLOAT_ZERO),
        ] {
            let line = abi_h
                .lines()
                .find(|l| l.starts_with(&format!("#define {name} ")))
                .unwrap_or_else(|| panic!("{name} is defined in abi.h"));
            let literal = line.split_whitespace().nth(2).expect("a value");
            let digits = literal
                .trim_start_matches("0x")
                .trim_end_matches(['u', 'l']);
            let radix = if literal.starts_with("0x") { 16 } else { 10 };
            assert_eq!(u64::from_str_radix(digits, radix), Ok(value), "{name}");
        }
    }

    /// What C relies on to count references in place: a heap value's word is the address of
    /// a word holding the object's strong count (TS_OBJECT_REFCOUNT_OFFSET in abi.h), with
    /// its low three bits clear, which no inline value has.
    #[test]
    fn heap_values_point_at_their_reference_count() {
        use crate::runtime::object::Obj;
        use crate::runtime::value::Value;
        fn count_seen_by_c(v: &Value) -> (u64, u64) {
            let w = v.bits();
            // SAFETY: for a heap value the word is the address of a live object's header.
            let count = unsafe { *((w as usize + TS_OBJECT_REFCOUNT_OFFSET) as *const u64) };
            (w, count)
        }
        let values = [
            Value::str("x"),
            Value::list(vec![Value::Int(1)]),
            Value::tuple(vec![]),
            Value::from_bigint(num_bigint::BigInt::from(1u8) << 70),
            Value::Bytes(Obj::new(vec![1, 2])),
            Value::Int(i64::MAX),
            Value::Float(f64::INFINITY),
        ];
        for v in values {
            let (w, count) = count_seen_by_c(&v);
            assert_eq!(w & 7, 0);
            assert_eq!(count, 1);
            let copies = [v.clone(), v.clone()];
            assert_eq!(count_seen_by_c(&v).1, 3);
            drop(copies);
            assert_eq!(count_seen_by_c(&v).1, 1);
        }
        for v in [
            Value::None,
            Value::Bool(true),
            Value::Int(7),
            Value::Float(0.5),
            Value::Float(0.0),
            Value::Null,
        ] {
            assert_ne!(v.bits() & 7, 0);
        }
    }

    #[test]
    fn frame_layout() {
        assert_eq!(size_of::<TsFrame>(), 8);
        assert_eq!(offset_of!(TsFrame, locals), 0);
    }

    #[test]
    fn state_layout() {
        assert_eq!(size_of::<TsState>(), 40);
        assert_eq!(offset_of!(TsState, vm), 0);
        assert_eq!(offset_of!(TsState, frame), 8);
        assert_eq!(offset_of!(TsState, stack_base), 16);
        assert_eq!(offset_of!(TsState, exit_index), 24);
        assert_eq!(offset_of!(TsState, status), 28);
        assert_eq!(offset_of!(TsState, periodic_countdown), 32);
    }

    #[test]
    fn uop_inst_layout() {
        assert_eq!(size_of::<TsUopInst>(), 16);
        assert_eq!(offset_of!(TsUopInst, opcode), 0);
        assert_eq!(offset_of!(TsUopInst, pad), 2);
        assert_eq!(offset_of!(TsUopInst, oparg), 4);
        assert_eq!(offset_of!(TsUopInst, operand), 8);
    }
}
