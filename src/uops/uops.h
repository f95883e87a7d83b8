/* The semantics of every uop, written once. Included into a function body by the tier-2
 * interpreter (interpreter.c) and by the stencil template (template.c), which define:
 *   UOP(name)       opens the body of uop `name`
 *   OPARG, OPERAND  the uop's 32-bit argument and 64-bit operand
 *   DEOPT()         leave the trace at this uop (tier 1 resumes at its exit point)
 *   ERROR()         leave the trace because a helper raised
 *   JUMP_TO_TOP()   start the trace's loop again
 * In scope: `frame` (TsFrame *), `sp` (TsValue *, one past the top of stack), `state`.
 * Guards never change the stack before they DEOPT, so tier 1 re-executes the instruction. */

UOP(NOP) {
}

UOP(CHECK_PERIODIC) {
    if (--state->periodic_countdown <= 0) {
        if (ts_periodic(state, sp) < 0) {
            ERROR();
        }
    }
}

UOP(LOAD_FAST) {
    TsValue v = frame->locals[OPARG];
    if (v.bits == TS_NULL) {
        DEOPT(); /* unbound: tier 1 raises UnboundLocalError */
    }
    ts_dup(&v);
    *sp++ = v;
}

UOP(STORE_FAST) {
    TsValue old = frame->locals[OPARG];
    frame->locals[OPARG] = *--sp;
    ts_drop(&old);
}

UOP(LOAD_CONST) {
    TsValue v = *(const TsValue *)(uintptr_t)OPERAND;
    ts_dup(&v);
    *sp++ = v;
}

/* OPERAND is the value word of an inline int or float. */
UOP(LOAD_INT) {
    sp->bits = OPERAND;
    sp++;
}

UOP(LOAD_FLOAT) {
    sp->bits = OPERAND;
    sp++;
}

UOP(POP_TOP) {
    --sp;
    ts_drop(sp);
}

UOP(COPY) {
    TsValue v = sp[-(ptrdiff_t)OPARG];
    ts_dup(&v);
    *sp++ = v;
}

UOP(SWAP) {
    TsValue t = sp[-1];
    sp[-1] = sp[-(ptrdiff_t)OPARG];
    sp[-(ptrdiff_t)OPARG] = t;
}

UOP(GUARD_BOTH_INT) {
    if (!ts_is_int(&sp[-1]) || !ts_is_int(&sp[-2])) {
        DEOPT();
    }
}

UOP(GUARD_BOTH_FLOAT) {
    if (!ts_is_float(&sp[-1]) || !ts_is_float(&sp[-2])) {
        DEOPT();
    }
}

UOP(GUARD_TOS_INT) {
    if (!ts_is_int(&sp[-1])) {
        DEOPT();
    }
}

UOP(GUARD_NOS_INT) {
    if (!ts_is_int(&sp[-2])) {
        DEOPT();
    }
}

UOP(GUARD_TOS_FLOAT) {
    if (!ts_is_float(&sp[-1])) {
        DEOPT();
    }
}

UOP(GUARD_NOS_FLOAT) {
    if (!ts_is_float(&sp[-2])) {
        DEOPT();
    }
}

/* Mixed int/float arithmetic (and int / int): both operands become floats, as Python
 * converts them. Two ints go back to tier 1 (int arithmetic stays int) unless OPARG is 1 (a
 * true division); ints beyond 2**53 go back too (tier 1 divides them exactly); and for a
 * division so does a zero divisor, so tier 1 raises with the message its operand types call
 * for. Every check comes before any conversion: a deopt leaves the stack as tier 1 had it. */
UOP(TO_FLOAT_BOTH) {
    TsValue *a = &sp[-2], *b = &sp[-1];
    const int64_t limit = (int64_t)1 << 53;
    if (OPARG ? (b->bits == 1 /* int 0 */ || b->bits == TS_FLOAT_ZERO)
              : (ts_is_int(a) && ts_is_int(b))) {
        DEOPT(); /* -0.0 is not inline: the checks below send it back */
    }
    if ((!ts_is_float(a) && (!ts_is_int(a) || ts_int_of(a) > limit || ts_int_of(a) < -limit)) ||
        (!ts_is_float(b) && (!ts_is_int(b) || ts_int_of(b) > limit || ts_int_of(b) < -limit))) {
        DEOPT();
    }
    /* Ints up to 2**53 become floats of magnitude 0 or 1 ... 2**53: all have inline forms. */
    TsValue fa = *a, fb = *b;
    if (ts_is_int(a) && !ts_set_float(&fa, (double)ts_int_of(a))) {
        DEOPT();
    }
    if (ts_is_int(b) && !ts_set_float(&fb, (double)ts_int_of(b))) {
        DEOPT();
    }
    *a = fa;
    *b = fb;
}

/* A result that does not fit the inline form (63 bits), or overflow, leaves the operands
 * in place: tier 1 redoes the operation and boxes the result. */
UOP(BINARY_OP_ADD_INT) {
    int64_t r;
    if (ts_add_overflows(ts_int_of(&sp[-2]), ts_int_of(&sp[-1]), &r) || !ts_set_int(&sp[-2], r)) {
        DEOPT();
    }
    sp--;
}

UOP(BINARY_OP_SUB_INT) {
    int64_t r;
    if (ts_sub_overflows(ts_int_of(&sp[-2]), ts_int_of(&sp[-1]), &r) || !ts_set_int(&sp[-2], r)) {
        DEOPT();
    }
    sp--;
}

UOP(BINARY_OP_MUL_INT) {
    int64_t r;
    if (ts_mul_overflows(ts_int_of(&sp[-2]), ts_int_of(&sp[-1]), &r) || !ts_set_int(&sp[-2], r)) {
        DEOPT();
    }
    sp--;
}

/* On the tagged words directly: both low bits are 1, which & and | keep and ^ clears. */
UOP(BINARY_OP_AND_INT) {
    sp[-2].bits &= sp[-1].bits;
    sp--;
}

UOP(BINARY_OP_OR_INT) {
    sp[-2].bits |= sp[-1].bits;
    sp--;
}

UOP(BINARY_OP_XOR_INT) {
    sp[-2].bits = (sp[-2].bits ^ sp[-1].bits) | 1u;
    sp--;
}

/* Python's floor division and modulo: the quotient rounds toward minus infinity and the
 * remainder takes the divisor's sign. A zero divisor goes back to tier 1. */
UOP(BINARY_OP_FLOORDIV_INT) {
    int64_t a = ts_int_of(&sp[-2]), b = ts_int_of(&sp[-1]);
    if (b == 0) {
        DEOPT();
    }
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        q -= 1;
    }
    if (!ts_set_int(&sp[-2], q)) {
        DEOPT(); /* -2**62 // -1 */
    }
    sp--;
}

UOP(BINARY_OP_MOD_INT) {
    int64_t a = ts_int_of(&sp[-2]), b = ts_int_of(&sp[-1]);
    if (b == 0) {
        DEOPT();
    }
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    ts_set_int(&sp[-2], r); /* |r| < |b|: always fits */
    sp--;
}

UOP(UNARY_NEGATIVE_INT) {
    if (!ts_is_int(&sp[-1]) || !ts_set_int(&sp[-1], -ts_int_of(&sp[-1]))) {
        DEOPT();
    }
}

UOP(UNARY_NEGATIVE_FLOAT) {
    if (!ts_is_float(&sp[-1]) || !ts_set_float(&sp[-1], -ts_float_of(&sp[-1]))) {
        DEOPT();
    }
}

UOP(UNARY_NOT_BOOL) {
    if ((sp[-1].bits | 8u) != TS_TRUE) {
        DEOPT();
    }
    sp[-1].bits ^= 8u; /* TS_TRUE and TS_FALSE differ in bit 3 only */
}

/* A result without an inline form (zero's sign, infinities, extreme magnitudes) leaves the
 * operands in place: tier 1 boxes it. */
UOP(BINARY_OP_ADD_FLOAT) {
    if (!ts_set_float(&sp[-2], ts_float_of(&sp[-2]) + ts_float_of(&sp[-1]))) {
        DEOPT();
    }
    sp--;
}

UOP(BINARY_OP_SUB_FLOAT) {
    if (!ts_set_float(&sp[-2], ts_float_of(&sp[-2]) - ts_float_of(&sp[-1]))) {
        DEOPT();
    }
    sp--;
}

UOP(BINARY_OP_MUL_FLOAT) {
    if (!ts_set_float(&sp[-2], ts_float_of(&sp[-2]) * ts_float_of(&sp[-1]))) {
        DEOPT();
    }
    sp--;
}

/* Division by zero leaves the operands in place: tier 1 raises ZeroDivisionError. */
UOP(BINARY_OP_TRUEDIV_FLOAT) {
    if (sp[-1].bits == TS_FLOAT_ZERO ||
        !ts_set_float(&sp[-2], ts_float_of(&sp[-2]) / ts_float_of(&sp[-1]))) {
        DEOPT();
    }
    sp--;
}

UOP(COMPARE_LT_INT) { ts_set_bool(&sp[-2], ts_int_of(&sp[-2]) < ts_int_of(&sp[-1])); sp--; }
UOP(COMPARE_LE_INT) { ts_set_bool(&sp[-2], ts_int_of(&sp[-2]) <= ts_int_of(&sp[-1])); sp--; }
UOP(COMPARE_EQ_INT) { ts_set_bool(&sp[-2], ts_int_of(&sp[-2]) == ts_int_of(&sp[-1])); sp--; }
UOP(COMPARE_NE_INT) { ts_set_bool(&sp[-2], ts_int_of(&sp[-2]) != ts_int_of(&sp[-1])); sp--; }
UOP(COMPARE_GT_INT) { ts_set_bool(&sp[-2], ts_int_of(&sp[-2]) > ts_int_of(&sp[-1])); sp--; }
UOP(COMPARE_GE_INT) { ts_set_bool(&sp[-2], ts_int_of(&sp[-2]) >= ts_int_of(&sp[-1])); sp--; }
UOP(COMPARE_LT_FLOAT) { ts_set_bool(&sp[-2], ts_float_of(&sp[-2]) < ts_float_of(&sp[-1])); sp--; }
UOP(COMPARE_LE_FLOAT) { ts_set_bool(&sp[-2], ts_float_of(&sp[-2]) <= ts_float_of(&sp[-1])); sp--; }
UOP(COMPARE_EQ_FLOAT) { ts_set_bool(&sp[-2], ts_float_of(&sp[-2]) == ts_float_of(&sp[-1])); sp--; }
UOP(COMPARE_NE_FLOAT) { ts_set_bool(&sp[-2], ts_float_of(&sp[-2]) != ts_float_of(&sp[-1])); sp--; }
UOP(COMPARE_GT_FLOAT) { ts_set_bool(&sp[-2], ts_float_of(&sp[-2]) > ts_float_of(&sp[-1])); sp--; }
UOP(COMPARE_GE_FLOAT) { ts_set_bool(&sp[-2], ts_float_of(&sp[-2]) >= ts_float_of(&sp[-1])); sp--; }

UOP(TO_BOOL) {
    if ((sp[-1].bits | 8u) != TS_TRUE) {
        if (ts_to_bool(state, sp) < 0) {
            ERROR();
        }
    }
}

/* Branches become guards on the direction the trace was recorded with. */
UOP(GUARD_IS_TRUE_POP) {
    if (sp[-1].bits != TS_TRUE) {
        DEOPT();
    }
    sp--;
}

UOP(GUARD_IS_FALSE_POP) {
    if (sp[-1].bits != TS_FALSE) {
        DEOPT();
    }
    sp--;
}

UOP(GUARD_TOS_TRUE) {
    if (sp[-1].bits != TS_TRUE) {
        DEOPT();
    }
}

UOP(GUARD_TOS_FALSE) {
    if (sp[-1].bits != TS_FALSE) {
        DEOPT();
    }
}

/* Exhaustion pops the iterator and leaves the trace: its exit point is the loop's end. */
UOP(FOR_ITER) {
    int r = ts_iter_next(state, sp);
    if (r < 0) {
        ERROR();
    }
    if (r == 0) {
        --sp;
        ts_drop(sp);
        DEOPT();
    }
    sp++;
}

/* Any other instruction: tier 1 runs it on the same frame (OPERAND is its index). */
UOP(GENERIC) {
    TsValue *next = ts_exec_instr(state, sp, OPERAND);
    if (next == NULL) {
        ERROR();
    }
    sp = next;
}

UOP(JUMP_TO_TOP) {
    JUMP_TO_TOP();
}

UOP(EXIT_TRACE) {
    DEOPT();
}
