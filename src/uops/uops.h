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
    if (v.tag == TS_TAG_NULL) {
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

UOP(LOAD_INT) {
    sp->tag = TS_TAG_INT;
    sp->u.bits = OPERAND;
    sp++;
}

UOP(LOAD_FLOAT) {
    sp->tag = TS_TAG_FLOAT;
    sp->u.bits = OPERAND;
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
    if (sp[-1].tag != TS_TAG_INT || sp[-2].tag != TS_TAG_INT) {
        DEOPT();
    }
}

UOP(GUARD_BOTH_FLOAT) {
    if (sp[-1].tag != TS_TAG_FLOAT || sp[-2].tag != TS_TAG_FLOAT) {
        DEOPT();
    }
}

UOP(GUARD_TOS_INT) {
    if (sp[-1].tag != TS_TAG_INT) {
        DEOPT();
    }
}

UOP(GUARD_NOS_INT) {
    if (sp[-2].tag != TS_TAG_INT) {
        DEOPT();
    }
}

UOP(GUARD_TOS_FLOAT) {
    if (sp[-1].tag != TS_TAG_FLOAT) {
        DEOPT();
    }
}

UOP(GUARD_NOS_FLOAT) {
    if (sp[-2].tag != TS_TAG_FLOAT) {
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
    if (OPARG ? b->u.bits << 1 == 0 /* int 0, float 0.0 or -0.0 */
              : (a->tag == TS_TAG_INT && b->tag == TS_TAG_INT)) {
        DEOPT();
    }
    if ((a->tag != TS_TAG_FLOAT && (a->tag != TS_TAG_INT || a->u.i > limit || a->u.i < -limit)) ||
        (b->tag != TS_TAG_FLOAT && (b->tag != TS_TAG_INT || b->u.i > limit || b->u.i < -limit))) {
        DEOPT();
    }
    if (a->tag == TS_TAG_INT) {
        a->tag = TS_TAG_FLOAT;
        a->u.f = (double)a->u.i;
    }
    if (b->tag == TS_TAG_INT) {
        b->tag = TS_TAG_FLOAT;
        b->u.f = (double)b->u.i;
    }
}

/* Overflow leaves the operands in place: tier 1 redoes the operation with big ints. */
UOP(BINARY_OP_ADD_INT) {
    int64_t r;
    if (ts_add_overflows(sp[-2].u.i, sp[-1].u.i, &r)) {
        DEOPT();
    }
    sp[-2].u.i = r;
    sp--;
}

UOP(BINARY_OP_SUB_INT) {
    int64_t r;
    if (ts_sub_overflows(sp[-2].u.i, sp[-1].u.i, &r)) {
        DEOPT();
    }
    sp[-2].u.i = r;
    sp--;
}

UOP(BINARY_OP_MUL_INT) {
    int64_t r;
    if (ts_mul_overflows(sp[-2].u.i, sp[-1].u.i, &r)) {
        DEOPT();
    }
    sp[-2].u.i = r;
    sp--;
}

UOP(BINARY_OP_AND_INT) {
    sp[-2].u.i &= sp[-1].u.i;
    sp--;
}

UOP(BINARY_OP_OR_INT) {
    sp[-2].u.i |= sp[-1].u.i;
    sp--;
}

UOP(BINARY_OP_XOR_INT) {
    sp[-2].u.i ^= sp[-1].u.i;
    sp--;
}

/* Python's floor division and modulo: the quotient rounds toward minus infinity and the
 * remainder takes the divisor's sign. A zero divisor or MIN // -1 goes back to tier 1. */
UOP(BINARY_OP_FLOORDIV_INT) {
    int64_t a = sp[-2].u.i, b = sp[-1].u.i;
    if (b == 0 || (a == TS_INT64_MIN && b == -1)) {
        DEOPT();
    }
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        q -= 1;
    }
    sp[-2].u.i = q;
    sp--;
}

UOP(BINARY_OP_MOD_INT) {
    int64_t a = sp[-2].u.i, b = sp[-1].u.i;
    if (b == 0 || (a == TS_INT64_MIN && b == -1)) {
        DEOPT();
    }
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    sp[-2].u.i = r;
    sp--;
}

UOP(UNARY_NEGATIVE_INT) {
    if (sp[-1].tag != TS_TAG_INT || sp[-1].u.i == TS_INT64_MIN) {
        DEOPT();
    }
    sp[-1].u.i = -sp[-1].u.i;
}

UOP(UNARY_NEGATIVE_FLOAT) {
    if (sp[-1].tag != TS_TAG_FLOAT) {
        DEOPT();
    }
    sp[-1].u.f = -sp[-1].u.f;
}

UOP(UNARY_NOT_BOOL) {
    if (sp[-1].tag != TS_TAG_BOOL) {
        DEOPT();
    }
    ts_set_bool(&sp[-1], !sp[-1].u.b);
}

UOP(BINARY_OP_ADD_FLOAT) {
    sp[-2].u.f = sp[-2].u.f + sp[-1].u.f;
    sp--;
}

UOP(BINARY_OP_SUB_FLOAT) {
    sp[-2].u.f = sp[-2].u.f - sp[-1].u.f;
    sp--;
}

UOP(BINARY_OP_MUL_FLOAT) {
    sp[-2].u.f = sp[-2].u.f * sp[-1].u.f;
    sp--;
}

/* Division by zero leaves the operands in place: tier 1 raises ZeroDivisionError. */
UOP(BINARY_OP_TRUEDIV_FLOAT) {
    if (sp[-1].u.f == 0.0) {
        DEOPT();
    }
    sp[-2].u.f = sp[-2].u.f / sp[-1].u.f;
    sp--;
}

UOP(COMPARE_LT_INT) { ts_set_bool(&sp[-2], sp[-2].u.i < sp[-1].u.i); sp--; }
UOP(COMPARE_LE_INT) { ts_set_bool(&sp[-2], sp[-2].u.i <= sp[-1].u.i); sp--; }
UOP(COMPARE_EQ_INT) { ts_set_bool(&sp[-2], sp[-2].u.i == sp[-1].u.i); sp--; }
UOP(COMPARE_NE_INT) { ts_set_bool(&sp[-2], sp[-2].u.i != sp[-1].u.i); sp--; }
UOP(COMPARE_GT_INT) { ts_set_bool(&sp[-2], sp[-2].u.i > sp[-1].u.i); sp--; }
UOP(COMPARE_GE_INT) { ts_set_bool(&sp[-2], sp[-2].u.i >= sp[-1].u.i); sp--; }
UOP(COMPARE_LT_FLOAT) { ts_set_bool(&sp[-2], sp[-2].u.f < sp[-1].u.f); sp--; }
UOP(COMPARE_LE_FLOAT) { ts_set_bool(&sp[-2], sp[-2].u.f <= sp[-1].u.f); sp--; }
UOP(COMPARE_EQ_FLOAT) { ts_set_bool(&sp[-2], sp[-2].u.f == sp[-1].u.f); sp--; }
UOP(COMPARE_NE_FLOAT) { ts_set_bool(&sp[-2], sp[-2].u.f != sp[-1].u.f); sp--; }
UOP(COMPARE_GT_FLOAT) { ts_set_bool(&sp[-2], sp[-2].u.f > sp[-1].u.f); sp--; }
UOP(COMPARE_GE_FLOAT) { ts_set_bool(&sp[-2], sp[-2].u.f >= sp[-1].u.f); sp--; }

UOP(TO_BOOL) {
    if (sp[-1].tag != TS_TAG_BOOL) {
        if (ts_to_bool(state, sp) < 0) {
            ERROR();
        }
    }
}

/* Branches become guards on the direction the trace was recorded with. */
UOP(GUARD_IS_TRUE_POP) {
    if (sp[-1].tag != TS_TAG_BOOL || !sp[-1].u.b) {
        DEOPT();
    }
    sp--;
}

UOP(GUARD_IS_FALSE_POP) {
    if (sp[-1].tag != TS_TAG_BOOL || sp[-1].u.b) {
        DEOPT();
    }
    sp--;
}

UOP(GUARD_TOS_TRUE) {
    if (sp[-1].tag != TS_TAG_BOOL || !sp[-1].u.b) {
        DEOPT();
    }
}

UOP(GUARD_TOS_FALSE) {
    if (sp[-1].tag != TS_TAG_BOOL || sp[-1].u.b) {
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
