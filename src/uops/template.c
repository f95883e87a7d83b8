/* The stencil template: compiled by clang 19 once per uop (-DTS_TEMPLATE_UOP=<id>) into an
 * object whose relocations against the _JIT_* symbols become the stencil's holes
 * (`cargo run -p release -- stencils`). With -DTS_TEMPLATE_SHIM it is instead the entry
 * shim: a function with the platform's C calling convention that enters the trace. */
#include "support.h"
#include "uop_list.h"

typedef TsValue *(__attribute__((preserve_none)) * TsContinuation)(TsFrame *, TsValue *,
                                                                   TsState *);

/* Holes: the JIT patches each reference to one of these with the value it knows. */
/* On Windows (COFF) clang has no code model that makes a data address a full 64-bit value:
 * `&_JIT_OPERAND` would be a RIP-relative LEA (x86-64) or ADRP+ADD (AArch64), which cannot
 * hold an arbitrary operand. Declared dllimport, they are instead loaded from `__imp_` pointer
 * slots, which the generator turns into GOT-style holes. */
#if defined(_WIN32)
#define TS_JIT_VALUE __declspec(dllimport) extern char
#else
#define TS_JIT_VALUE extern char
#endif
TS_JIT_VALUE _JIT_OPARG;
TS_JIT_VALUE _JIT_OPERAND;
__attribute__((preserve_none)) TsValue *_JIT_CONTINUE(TsFrame *, TsValue *, TsState *);
__attribute__((preserve_none)) TsValue *_JIT_EXIT(TsFrame *, TsValue *, TsState *);
__attribute__((preserve_none)) TsValue *_JIT_JUMP_TARGET(TsFrame *, TsValue *, TsState *);

#if defined(TS_TEMPLATE_SHIM)

TsValue *_JIT_ENTRY(TsFrame *frame, TsValue *sp, TsState *state) {
    return _JIT_CONTINUE(frame, sp, state);
}

#elif defined(TS_TEMPLATE_EXIT)

/* Where every exit hole of uop N points: records N and returns to the shim. */
__attribute__((preserve_none)) TsValue *_JIT_ENTRY(TsFrame *frame, TsValue *sp, TsState *state) {
    (void)frame;
    state->exit_index = (uint32_t)(uintptr_t)&_JIT_OPARG;
    return sp;
}

#else

#define OPARG ((uint32_t)(uintptr_t)&_JIT_OPARG)
#define OPERAND ((uint64_t)(uintptr_t)&_JIT_OPERAND)
#define DEOPT()                                                         \
    do {                                                                \
        __attribute__((musttail)) return _JIT_EXIT(frame, sp, state);   \
    } while (0)
#define ERROR()                                                         \
    do {                                                                \
        state->status = TS_STATUS_ERROR;                                \
        DEOPT();                                                        \
    } while (0)
#define JUMP_TO_TOP()                                                   \
    do {                                                                \
        __attribute__((musttail)) return _JIT_JUMP_TARGET(frame, sp, state); \
    } while (0)
#define UOP(name) if (TS_UOP_##name == TS_TEMPLATE_UOP)

__attribute__((preserve_none)) TsValue *_JIT_ENTRY(TsFrame *frame, TsValue *sp, TsState *state) {
#include "uops.h"
    __attribute__((musttail)) return _JIT_CONTINUE(frame, sp, state);
}

#endif
