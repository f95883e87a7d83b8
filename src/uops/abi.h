/* The ABI between Rust and the uop semantics: value words, the frame and thread state a
 * trace runs against, and the runtime helpers (plain extern "C" Rust functions).
 * Rust mirrors every type here with #[repr(C)] (src/tier2/abi.rs); a test checks offsets.
 * Freestanding on purpose: stencils are cross-compiled for six targets, so nothing from a
 * libc header may be included. */
#ifndef TESSERA_ABI_H
#define TESSERA_ABI_H

#include <stddef.h>
#include <stdint.h>

/* A value is one tagged word (Rust's runtime::value::Value; its module comment explains the
 * encoding, and a Rust test checks these numbers against it):
 *   ...1    an int of 63 bits, shifted left by one
 *   ...10   a float with its bits rotated left by three (exponents whose top bits are 011
 *           or 100), or TS_FLOAT_ZERO for +0.0
 *   ...100  an immediate (below)
 *   ...000  the address of a heap object's header, which owns a reference */
#define TS_NULL 0x04u
#define TS_NONE 0x0cu
#define TS_NOT_IMPLEMENTED 0x14u
#define TS_ELLIPSIS 0x1cu
#define TS_FALSE 0x24u
#define TS_TRUE 0x2cu
#define TS_FLOAT_TAG 2u
#define TS_FLOAT_ZERO 0x8000000000000002ull

typedef struct TsValue {
    uint64_t bits;
} TsValue;

typedef struct TsFrame {
    /* The frame's local slots (never reallocated while the frame runs). */
    TsValue *locals;
} TsFrame;

/* How a trace stopped: at a side exit or guard (resume tier 1 at that uop's exit point),
 * or because a helper raised (the exception is pending in the VM). */
#define TS_STATUS_EXIT 0
#define TS_STATUS_ERROR 1

typedef struct TsState {
    void *vm;
    void *frame;
    /* Start of the frame's value stack: a stack pointer minus this is the depth. */
    TsValue *stack_base;
    /* Index of the uop that left the trace. */
    uint32_t exit_index;
    uint32_t status;
    /* Counts down once per loop iteration; at zero the periodic helper runs (cycle
     * collection, Ctrl-C) and resets it. */
    int64_t periodic_countdown;
} TsState;

/* One uop of a trace, as the tier-2 interpreter reads it. */
typedef struct TsUopInst {
    uint16_t opcode;
    uint16_t pad;
    uint32_t oparg;
    uint64_t operand;
} TsUopInst;

/* The layout both sides agree on (src/tier2/abi.rs checks the same numbers with offset_of!).
 * C11's _Static_assert where the compiler has it; a negative array size otherwise (MSVC
 * without /std:c11). Only for 64-bit pointers: every target of the project has them. */
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define TS_ABI_ASSERT(cond, name) _Static_assert(cond, #name)
#else
#define TS_ABI_ASSERT(cond, name) typedef char ts_abi_assert_##name[(cond) ? 1 : -1]
#endif
#if UINTPTR_MAX == 0xffffffffffffffffu
TS_ABI_ASSERT(sizeof(TsValue) == 8, value_size);
TS_ABI_ASSERT(sizeof(TsFrame) == 8, frame_size);
TS_ABI_ASSERT(offsetof(TsFrame, locals) == 0, frame_locals);
TS_ABI_ASSERT(sizeof(TsState) == 40, state_size);
TS_ABI_ASSERT(offsetof(TsState, vm) == 0, state_vm);
TS_ABI_ASSERT(offsetof(TsState, frame) == 8, state_frame);
TS_ABI_ASSERT(offsetof(TsState, stack_base) == 16, state_stack_base);
TS_ABI_ASSERT(offsetof(TsState, exit_index) == 24, state_exit_index);
TS_ABI_ASSERT(offsetof(TsState, status) == 28, state_status);
TS_ABI_ASSERT(offsetof(TsState, periodic_countdown) == 32, state_periodic_countdown);
TS_ABI_ASSERT(sizeof(TsUopInst) == 16, uop_inst_size);
TS_ABI_ASSERT(offsetof(TsUopInst, opcode) == 0, uop_inst_opcode);
TS_ABI_ASSERT(offsetof(TsUopInst, pad) == 2, uop_inst_pad);
TS_ABI_ASSERT(offsetof(TsUopInst, oparg) == 4, uop_inst_oparg);
TS_ABI_ASSERT(offsetof(TsUopInst, operand) == 8, uop_inst_operand);
#endif

/* Every heap object starts with a header whose first word is its reference count
 * (runtime::object::Header: #[repr(C)] { refcnt, kind }); a heap value's word is the address
 * of that header. Uops change counts in place and call ts_value_decref only to
 * release the last reference. */
#define TS_OBJECT_REFCOUNT_OFFSET 0

/* Runtime helpers. Each that can raise stores the exception in the VM, records the stack
 * depth from `sp`, and returns a failure value; the caller then leaves with ERROR(). */
void ts_value_decref(TsValue *v);
/* Runs bytecode instruction `index` of the frame's code in tier 1; NULL when it raised. */
TsValue *ts_exec_instr(TsState *state, TsValue *sp, uint64_t index);
/* sp[-1] is an iterator: 1 pushed its next item at sp[0], 0 exhausted, -1 raised. */
int ts_iter_next(TsState *state, TsValue *sp);
/* Replaces sp[-1] by its truth value (a bool); -1 if __bool__/__len__ raised. */
int ts_to_bool(TsState *state, TsValue *sp);
/* Cycle collection and pending signals; -1 when KeyboardInterrupt was raised. */
int ts_periodic(TsState *state, TsValue *sp);

/* Runs a trace in the tier-2 interpreter (src/uops/interpreter.c). */
TsValue *ts_run_uops(const TsUopInst *trace, TsFrame *frame, TsValue *sp, TsState *state);

#endif
