/* The tier-2 interpreter: runs a trace's uops one by one. Built into every tessera by cc
 * (build.rs), with whatever C compiler the platform has. */
#include "support.h"
#include "uop_list.h"

TsValue *ts_run_uops(const TsUopInst *trace, TsFrame *frame, TsValue *sp, TsState *state) {
    const TsUopInst *inst = trace;
#define OPARG (inst->oparg)
#define OPERAND (inst->operand)
#define DEOPT()                                                 \
    do {                                                        \
        state->exit_index = (uint32_t)(inst - trace);           \
        return sp;                                              \
    } while (0)
#define ERROR()                                                 \
    do {                                                        \
        state->status = TS_STATUS_ERROR;                        \
        DEOPT();                                                \
    } while (0)
#define JUMP_TO_TOP()                                           \
    {                                                           \
        inst = trace;                                           \
        goto dispatch;                                          \
    }
/* Each body closes the previous case; the first closes the `default` trap. */
#define UOP(name) break; case TS_UOP_##name:
    for (;;) {
    dispatch:
        switch (inst->opcode) {
        default:
            /* Unknown opcode: the Rust side never builds one; leave rather than guess. */
            state->status = TS_STATUS_ERROR;
            state->exit_index = (uint32_t)(inst - trace);
            return sp;
#include "uops.h"
            break;
        }
        inst++;
    }
#undef UOP
#undef OPARG
#undef OPERAND
#undef DEOPT
#undef ERROR
#undef JUMP_TO_TOP
}
