/* Every uop, in the order that numbers them. build.rs reads the X(...) lines to generate
 * the Rust enum `tier2::uop::UopId`, so this list is the one source of truth for ids. */
#define TS_UOP_LIST(X) \
    X(NOP) \
    X(CHECK_PERIODIC) \
    X(LOAD_FAST) \
    X(STORE_FAST) \
    X(LOAD_CONST) \
    X(LOAD_INT) \
    X(LOAD_FLOAT) \
    X(POP_TOP) \
    X(COPY) \
    X(SWAP) \
    X(GUARD_BOTH_INT) \
    X(GUARD_BOTH_FLOAT) \
    X(GUARD_TOS_INT) \
    X(GUARD_NOS_INT) \
    X(GUARD_TOS_FLOAT) \
    X(GUARD_NOS_FLOAT) \
    X(TO_FLOAT_BOTH) \
    X(BINARY_OP_ADD_INT) \
    X(BINARY_OP_SUB_INT) \
    X(BINARY_OP_MUL_INT) \
    X(BINARY_OP_AND_INT) \
    X(BINARY_OP_OR_INT) \
    X(BINARY_OP_XOR_INT) \
    X(BINARY_OP_FLOORDIV_INT) \
    X(BINARY_OP_MOD_INT) \
    X(UNARY_NEGATIVE_INT) \
    X(UNARY_NEGATIVE_FLOAT) \
    X(UNARY_NOT_BOOL) \
    X(BINARY_OP_ADD_FLOAT) \
    X(BINARY_OP_SUB_FLOAT) \
    X(BINARY_OP_MUL_FLOAT) \
    X(BINARY_OP_TRUEDIV_FLOAT) \
    X(COMPARE_LT_INT) \
    X(COMPARE_LE_INT) \
    X(COMPARE_EQ_INT) \
    X(COMPARE_NE_INT) \
    X(COMPARE_GT_INT) \
    X(COMPARE_GE_INT) \
    X(COMPARE_LT_FLOAT) \
    X(COMPARE_LE_FLOAT) \
    X(COMPARE_EQ_FLOAT) \
    X(COMPARE_NE_FLOAT) \
    X(COMPARE_GT_FLOAT) \
    X(COMPARE_GE_FLOAT) \
    X(TO_BOOL) \
    X(GUARD_IS_TRUE_POP) \
    X(GUARD_IS_FALSE_POP) \
    X(GUARD_TOS_TRUE) \
    X(GUARD_TOS_FALSE) \
    X(FOR_ITER) \
    X(GENERIC) \
    X(JUMP_TO_TOP) \
    X(EXIT_TRACE)

enum {
#define TS_UOP_ENUM(name) TS_UOP_##name,
    TS_UOP_LIST(TS_UOP_ENUM)
#undef TS_UOP_ENUM
    TS_UOP_COUNT
};
