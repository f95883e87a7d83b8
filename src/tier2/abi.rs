//! Rust mirrors of the C ABI in src/uops/abi.h: the value word, the frame and the thread
//! state a trace runs against, and one uop of a trace as the tier-2 interpreter reads it.
//!
//! Layout on the six (64-bit) targets, checked on both sides: by the tests below with
//! `offset_of!`, and by `TS_ABI_ASSERT`s in abi.h, against the same numbers.
//!
//! | type        | size | fields (offset)                                                   |
//! |-------------|------|-------------------------------------------------------------------|
//! | `TsValue`   | 16   | tag 0, u 8                                                        |
//! | `TsFrame`   | 8    | locals 0                                                          |
//! | `TsState`   | 40   | vm 0, frame 8, stack_base 16, exit_index 24, status 28, periodic_countdown 32 |
//! | `TsUopInst` | 16   | opcode 0, pad 2, oparg 4, operand 8                               |

use std::ffi::c_void;

pub const TS_TAG_NULL: u64 = 0;
pub const TS_TAG_NONE: u64 = 1;
pub const TS_TAG_NOTIMPLEMENTED: u64 = 2;
pub const TS_TAG_ELLIPSIS: u64 = 3;
pub const TS_TAG_BOOL: u64 = 4;
pub const TS_TAG_INT: u64 = 5;
pub const TS_TAG_FLOAT: u64 = 6;
/// Every tag from here on owns a reference-counted heap object.
pub const TS_TAG_FIRST_HEAP: u64 = 7;
/// Where a heap object's strong reference count sits, from the address in the payload.
pub const TS_OBJECT_REFCOUNT_OFFSET: usize = 0;

pub const TS_STATUS_EXIT: u32 = 0;
pub const TS_STATUS_ERROR: u32 = 1;

/// The payload of a value word; which field is meaningful depends on the tag.
#[repr(C)]
#[derive(Clone, Copy)]
pub union TsPayload {
    pub i: i64,
    pub f: f64,
    pub bits: u64,
    pub b: u8,
    pub p: *mut c_void,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct TsValue {
    pub tag: u64,
    pub u: TsPayload,
}

impl TsValue {
    pub fn int(i: i64) -> TsValue {
        TsValue {
            tag: TS_TAG_INT,
            u: TsPayload { i },
        }
    }

    pub fn null() -> TsValue {
        TsValue {
            tag: TS_TAG_NULL,
            u: TsPayload { bits: 0 },
        }
    }

    /// The payload as raw bits, whatever the tag.
    pub fn bits(&self) -> u64 {
        // SAFETY: every field of the payload is plain data of at most 8 bytes, and the value
        // words are always written whole (tag and 8 payload bytes), so all 8 bytes are
        // initialized.
        unsafe { self.u.bits }
    }
}

impl std::fmt::Debug for TsValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "TsValue {{ tag: {}, bits: {:#x} }}",
            self.tag,
            self.bits()
        )
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
        assert_eq!(size_of::<TsValue>(), 16);
        assert_eq!(align_of::<TsValue>(), 8);
        assert_eq!(offset_of!(TsValue, tag), 0);
        assert_eq!(offset_of!(TsValue, u), 8);
        assert_eq!(size_of::<TsPayload>(), 8);
    }

    /// What C relies on to count references in place: a heap value's payload points at
    /// a word holding the object's strong count (TS_OBJECT_REFCOUNT_OFFSET in abi.h), and
    /// every heap tag is at or above TS_TAG_FIRST_HEAP while unboxed ones are below.
    #[test]
    fn heap_values_point_at_their_reference_count() {
        use crate::runtime::object::Obj;
        use crate::runtime::value::Value;
        fn count_seen_by_c(v: &Value) -> (u64, u64) {
            // SAFETY: `Value` and `TsValue` have the same layout (value_layout); for a heap
            // tag the payload is the address of a live object's header.
            unsafe {
                let w = &*(v as *const Value as *const TsValue);
                let header = (w.u.p as *const u8).add(TS_OBJECT_REFCOUNT_OFFSET);
                (w.tag, *(header as *const u64))
            }
        }
        let values = [
            Value::str("x"),
            Value::list(vec![Value::Int(1)]),
            Value::tuple(vec![]),
            Value::from_bigint(num_bigint::BigInt::from(1u8) << 70),
            Value::Bytes(Obj::new(vec![1, 2])),
        ];
        for v in values {
            let (tag, count) = count_seen_by_c(&v);
            assert!(tag >= TS_TAG_FIRST_HEAP);
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
        ] {
            // SAFETY: as above; only the tag is read.
            let tag = unsafe { (*(&v as *const Value as *const TsValue)).tag };
            assert!(tag < TS_TAG_FIRST_HEAP);
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
