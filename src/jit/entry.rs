//! The JIT entry: the one place that turns compiled code into a callable function.

use super::compiler::CompiledTrace;
use crate::tier2::abi::{TsFrame, TsState, TsValue};

/// The entry shim's type: the platform's C calling convention, as template.c compiles it.
type Shim = unsafe extern "C" fn(*mut TsFrame, *mut TsValue, *mut TsState) -> *mut TsValue;

impl CompiledTrace {
    /// Runs the trace from its first uop until it leaves (a side exit, a guard, an error, or
    /// the end of the trace) and returns the stack pointer it left with. `state.exit_index`
    /// then tells which uop left and `state.status` why.
    ///
    /// The caller's contract (the same the tier-2 interpreter has): `frame` points at a live
    /// frame whose locals hold as many slots as any oparg of the trace indexes; `sp` points
    /// into that frame's value stack with room for every push the trace makes; `state` is
    /// the running thread's state, with `stack_base` the start of that stack. The uops read
    /// and write through these pointers and nothing else (besides the helpers).
    // Safe to call by design (one `unsafe` here instead of one at every call site): the
    // pointers are the VM's own frame, stack and thread state, exactly what it already hands
    // the tier-2 interpreter; the contract above is what the caller keeps.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn run(&self, frame: *mut TsFrame, sp: *mut TsValue, state: *mut TsState) -> *mut TsValue {
        // SAFETY: `entry()` is the address of this trace's shim, and the block that holds it
        // lives as long as `self` and is executable (compile made it so before returning
        // it, and no one writes it while `self` lives), so the address is a function of the
        // `Shim` type: the stencil set was generated from template.c, whose shim has exactly
        // this signature, for this target (the build picks targets/<host triple>/). What the
        // code then does with the pointers is the contract above.
        let shim: Shim = unsafe { std::mem::transmute::<usize, Shim>(self.entry()) };
        // SAFETY: as above; the call cannot unwind (stencils are C, helpers are extern "C").
        unsafe { shim(frame, sp, state) }
    }
}

// Runs real traces: the fixture is x86-64 System V code, so only on such hosts.
#[cfg(all(test, target_arch = "x86_64", not(windows)))]
mod tests {
    use std::cell::RefCell;

    use crate::jit::code_memory::CodeArena;
    use crate::jit::compiler::{JitUop, compile};
    use crate::jit::fixture_x86_64::{self as fx, SET};
    use crate::jit::stencil::{Hole, HoleKind, HoleValue, Section, Stencil, StencilSet};
    use crate::tier2::abi::*;

    /// The value layout the fixture's machine code was compiled against: an earlier ABI's
    /// two words, tag then payload (fixture_x86_64.rs says why it stays so).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct FixtureValue {
        tag: u64,
        bits: u64,
    }

    const FIXTURE_TAG_NULL: u64 = 0;
    const FIXTURE_TAG_INT: u64 = 5;

    impl FixtureValue {
        fn int(i: i64) -> FixtureValue {
            FixtureValue {
                tag: FIXTURE_TAG_INT,
                bits: i as u64,
            }
        }

        fn null() -> FixtureValue {
            FixtureValue {
                tag: FIXTURE_TAG_NULL,
                bits: 0,
            }
        }
    }

    thread_local! {
        /// (helper, tag, payload) of every helper call on this test's thread.
        static CALLS: RefCell<Vec<(&'static str, u64, u64)>> = const { RefCell::new(Vec::new()) };
    }

    fn record(name: &'static str, v: *const FixtureValue) {
        // SAFETY: the uops pass a pointer to a value on their own stack frame, live for the
        // duration of the call.
        let v = unsafe { *v };
        CALLS.with(|c| c.borrow_mut().push((name, v.tag, v.bits)));
    }

    extern "C" fn test_incref(v: *const FixtureValue) {
        record("incref", v);
    }

    extern "C" fn test_decref(v: *const FixtureValue) {
        record("decref", v);
    }

    fn helpers(name: &str) -> Option<usize> {
        match name {
            "ts_value_incref" => Some(test_incref as *const () as usize),
            "ts_value_decref" => Some(test_decref as *const () as usize),
            _ => None,
        }
    }

    fn uop(id: u16, oparg: u32, operand: u64) -> JitUop {
        JitUop { id, oparg, operand }
    }

    /// A frame with `locals`, an empty stack, and what the trace returned.
    struct Run {
        locals: Vec<FixtureValue>,
        depth: isize,
        exit_index: u32,
        status: u32,
    }

    fn run(set: &StencilSet, trace: &[JitUop], locals: Vec<FixtureValue>) -> Run {
        let arena = CodeArena::new(1 << 20);
        let compiled = compile(set, trace, &helpers, &arena).unwrap();
        let mut locals = locals;
        let mut stack = vec![FixtureValue::null(); 16];
        // The machine code addresses values itself; the pointers' Rust type is only what
        // the entry's signature names.
        let mut frame = TsFrame {
            locals: locals.as_mut_ptr().cast::<TsValue>(),
        };
        let mut state = TsState {
            vm: std::ptr::null_mut(),
            frame: std::ptr::null_mut(),
            stack_base: stack.as_mut_ptr().cast::<TsValue>(),
            exit_index: u32::MAX,
            status: TS_STATUS_EXIT,
            periodic_countdown: 1000,
        };
        let base = stack.as_mut_ptr().cast::<TsValue>();
        let sp = compiled.run(&mut frame, base, &mut state);
        Run {
            depth: (sp as isize - base as isize) / size_of::<FixtureValue>() as isize,
            locals,
            exit_index: state.exit_index,
            status: state.status,
        }
    }

    #[test]
    fn straight_line_trace_adds_and_stores() {
        let trace = [
            uop(fx::LOAD_INT_ID, 0, 2),
            uop(fx::LOAD_INT_ID, 0, 40),
            uop(fx::BINARY_OP_ADD_INT_ID, 0, 0),
            uop(fx::STORE_FAST_ID, 1, 0),
            uop(fx::EXIT_TRACE_ID, 0, 0),
        ];
        let r = run(
            &SET,
            &trace,
            vec![FixtureValue::int(-1), FixtureValue::null()],
        );
        assert_eq!(r.locals[1], FixtureValue::int(42));
        assert_eq!(r.locals[0], FixtureValue::int(-1));
        assert_eq!(r.depth, 0);
        assert_eq!(r.exit_index, 4);
        assert_eq!(r.status, TS_STATUS_EXIT);
    }

    #[test]
    fn loop_runs_until_its_guard_fails() {
        // while x < 10: x += 1, as tier 2 would trace it.
        let trace = [
            uop(fx::LOAD_FAST_ID, 0, 0),
            uop(fx::LOAD_INT_ID, 0, 1),
            uop(fx::BINARY_OP_ADD_INT_ID, 0, 0),
            uop(fx::STORE_FAST_ID, 0, 0),
            uop(fx::LOAD_FAST_ID, 0, 0),
            uop(fx::LOAD_INT_ID, 0, 10),
            uop(fx::COMPARE_LT_INT_ID, 0, 0),
            uop(fx::GUARD_IS_TRUE_POP_ID, 0, 0),
            uop(fx::JUMP_TO_TOP_ID, 0, 0),
        ];
        let r = run(&SET, &trace, vec![FixtureValue::int(0)]);
        assert_eq!(r.locals[0].bits, 10);
        // The guard left with its bool still on the stack, for tier 1 to re-execute.
        assert_eq!((r.depth, r.exit_index, r.status), (1, 7, TS_STATUS_EXIT));
    }

    #[test]
    fn falling_off_the_end_leaves_at_the_last_uop() {
        // LOAD_INT's continuation jump was removed: it falls through into its exit stub.
        let trace = [uop(fx::LOAD_INT_ID, 0, 3), uop(fx::LOAD_INT_ID, 0, 4)];
        let r = run(&SET, &trace, vec![]);
        assert_eq!((r.depth, r.exit_index, r.status), (2, 1, TS_STATUS_EXIT));
    }

    #[test]
    fn overflow_deopts_at_the_add() {
        let trace = [
            uop(fx::LOAD_FAST_ID, 0, 0),
            uop(fx::LOAD_INT_ID, 0, 1),
            uop(fx::BINARY_OP_ADD_INT_ID, 0, 0),
            uop(fx::STORE_FAST_ID, 0, 0),
            uop(fx::JUMP_TO_TOP_ID, 0, 0),
        ];
        let r = run(&SET, &trace, vec![FixtureValue::int(i64::MAX - 5)]);
        assert_eq!(r.locals[0].bits as i64, i64::MAX);
        assert_eq!((r.depth, r.exit_index), (2, 2));
    }

    #[test]
    fn helpers_are_called_through_trampolines_and_got() {
        CALLS.with(|c| c.borrow_mut().clear());
        let heap = |tag: u64, bits: u64| FixtureValue { tag, bits };
        let trace = [
            uop(fx::LOAD_FAST_ID, 1, 0),  // incref of the heap value in local 1
            uop(fx::STORE_FAST_ID, 0, 0), // decref of the heap value it replaces
            uop(fx::LOAD_INT_ID, 0, 5),
            uop(fx::STORE_FAST_ID, 1, 0), // decref again
            uop(fx::EXIT_TRACE_ID, 0, 0),
        ];
        let r = run(&SET, &trace, vec![heap(9, 0xaaa0), heap(8, 0xbbb0)]);
        let calls = CALLS.with(|c| c.borrow().clone());
        assert_eq!(
            calls,
            [
                ("incref", 8, 0xbbb0),
                ("decref", 9, 0xaaa0),
                ("decref", 8, 0xbbb0)
            ]
        );
        assert_eq!((r.locals[0].tag, r.locals[0].bits), (8, 0xbbb0));
        assert_eq!(r.locals[1], FixtureValue::int(5));
    }

    /// `mov rax, [rip+data]` then push it as an int: a stencil with its own data.
    const LOAD_DATA: Stencil = Stencil {
        name: "LOAD_DATA",
        code: &[
            0x48, 0x8b, 0x05, 0, 0, 0, 0, // mov rax, [rip+data]
            0x49, 0xc7, 0x45, 0x00, 0x05, 0, 0, 0, // mov qword [r13], TS_TAG_INT
            0x49, 0x89, 0x45, 0x08, // mov [r13+8], rax
            0x49, 0x83, 0xc5, 0x10, // add r13, 16
        ],
        data: &[0x2a, 0, 0, 0, 0, 0, 0, 0],
        holes: &[Hole {
            section: Section::Code,
            offset: 3,
            kind: HoleKind::X86Rel32,
            value: HoleValue::Data,
            addend: -4,
        }],
    };

    /// `movabs rax, OPERAND` then push it.
    const LOAD_OPERAND_ABS64: Stencil = Stencil {
        name: "LOAD_OPERAND_ABS64",
        code: &[
            0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, // movabs rax, imm64
            0x49, 0xc7, 0x45, 0x00, 0x05, 0, 0, 0, 0x49, 0x89, 0x45, 0x08, 0x49, 0x83, 0xc5, 0x10,
        ],
        data: &[],
        holes: &[Hole {
            section: Section::Code,
            offset: 2,
            kind: HoleKind::X86Rel32,
            value: HoleValue::Operand,
            addend: 0,
        }],
    };

    /// `lea rax, [rip+OPERAND]` (what COFF's REL32-for-everything produces) then push it:
    /// the operand is far from the code, so the patcher must turn the lea into a load.
    const LOAD_OPERAND_LEA: Stencil = Stencil {
        name: "LOAD_OPERAND_LEA",
        code: &[
            0x48, 0x8d, 0x05, 0, 0, 0, 0, // lea rax, [rip+X]
            0x49, 0xc7, 0x45, 0x00, 0x05, 0, 0, 0, 0x49, 0x89, 0x45, 0x08, 0x49, 0x83, 0xc5, 0x10,
        ],
        data: &[],
        holes: &[Hole {
            section: Section::Code,
            offset: 3,
            kind: HoleKind::X86Rel32,
            value: HoleValue::Operand,
            addend: -4,
        }],
    };

    static HAND: StencilSet = StencilSet {
        target: "x86_64-unknown-linux-gnu",
        hash: "hand-made",
        clang_version: "none",
        uops: &[
            LOAD_DATA,
            LOAD_OPERAND_ABS64,
            LOAD_OPERAND_LEA,
            fx_store_fast(),
            fx_exit_trace(),
        ],
        shim: fx_shim(),
        exit: fx_exit(),
    };

    const fn fx_store_fast() -> Stencil {
        copy(&SET.uops[fx::STORE_FAST_ID as usize])
    }
    const fn fx_exit_trace() -> Stencil {
        copy(&SET.uops[fx::EXIT_TRACE_ID as usize])
    }
    const fn fx_shim() -> Stencil {
        copy(&SET.shim)
    }
    const fn fx_exit() -> Stencil {
        copy(&SET.exit)
    }
    const fn copy(s: &Stencil) -> Stencil {
        Stencil {
            name: s.name,
            code: s.code,
            data: s.data,
            holes: s.holes,
        }
    }

    #[test]
    fn data_sections_and_far_operands() {
        let trace = [
            uop(0, 0, 0),
            uop(3, 0, 0),
            uop(2, 0, 0x1234_5678_9abc),
            uop(3, 1, 0),
            uop(0, 0, 0),
            uop(3, 2, 0),
            uop(4, 0, 0),
        ];
        let r = run(&HAND, &trace, vec![FixtureValue::null(); 3]);
        assert_eq!(r.locals[0].bits, 0x2a);
        assert_eq!(r.locals[1].bits, 0x1234_5678_9abc);
        assert_eq!(r.locals[2].bits, 0x2a);
        assert_eq!(r.exit_index, 6);
    }

    #[test]
    fn rel32_to_an_absolute_immediate_is_an_error_not_garbage() {
        // An X86Rel32 hole that is neither a branch nor a lea cannot reach a far value.
        let arena = CodeArena::new(1 << 20);
        let trace = [uop(1, 0, 0x1234_5678_9abc), uop(4, 0, 0)];
        assert!(compile(&HAND, &trace, &helpers, &arena).is_err());
    }

    /// No mapping of the process is writable and executable at once while JIT code exists
    /// (and between compiles, when the arena's pages are at rest).
    #[cfg(target_os = "linux")]
    #[test]
    fn no_page_is_writable_and_executable() {
        let arena = CodeArena::new(1 << 20);
        let trace = [uop(fx::LOAD_INT_ID, 0, 1), uop(fx::EXIT_TRACE_ID, 0, 0)];
        let traces: Vec<_> = (0..20)
            .map(|_| compile(&SET, &trace, &helpers, &arena).unwrap())
            .collect();
        let entry = traces[0].entry();
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        let mut found = false;
        for line in maps.lines() {
            let mut parts = line.split_whitespace();
            let range = parts.next().unwrap();
            let perms = parts.next().unwrap();
            assert!(
                !(perms.contains('w') && perms.contains('x')),
                "writable and executable mapping: {line}"
            );
            let (lo, hi) = range.split_once('-').unwrap();
            let (lo, hi) = (
                usize::from_str_radix(lo, 16).unwrap(),
                usize::from_str_radix(hi, 16).unwrap(),
            );
            if (lo..hi).contains(&entry) {
                assert_eq!(&perms[..3], "r-x", "JIT code at rest: {line}");
                found = true;
            }
        }
        assert!(found, "the JIT code is mapped");
    }
}
