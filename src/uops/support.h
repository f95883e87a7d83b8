/* Inline value operations shared by the tier-2 interpreter and the stencil template.
 * Plain C99 plus optional GNU builtins: the interpreter is built by whatever C compiler the
 * platform has (MSVC included), the stencils by clang 19. */
#ifndef TESSERA_SUPPORT_H
#define TESSERA_SUPPORT_H

#include "abi.h"

#define TS_INT64_MAX ((int64_t)0x7fffffffffffffffLL)
#define TS_INT64_MIN (-TS_INT64_MAX - 1)

static inline int ts_is_heap(const TsValue *v) { return (v->bits & 7) == 0; }
static inline int ts_is_int(const TsValue *v) { return (v->bits & 1) != 0; }
static inline int ts_is_float(const TsValue *v) { return (v->bits & 3) == TS_FLOAT_TAG; }

/* The heap object's header, whose first word is the strong reference count
 * (TS_OBJECT_REFCOUNT_OFFSET; tier2::abi's tests check it). */
static inline uint64_t *ts_refcount(const TsValue *v) {
    return (uint64_t *)(uintptr_t)(v->bits + TS_OBJECT_REFCOUNT_OFFSET);
}

/* A new reference to *v (the copy in the caller's hands). */
static inline void ts_dup(const TsValue *v) {
    if (ts_is_heap(v)) {
        *ts_refcount(v) += 1;
    }
}

/* Releases the reference *v holds; the last one is released by Rust, which frees the
 * object. */
static inline void ts_drop(TsValue *v) {
    if (ts_is_heap(v)) {
        uint64_t *count = ts_refcount(v);
        if (*count > 1) {
            *count -= 1;
        } else {
            ts_value_decref(v);
        }
    }
}

static inline int64_t ts_int_of(const TsValue *v) { return (int64_t)v->bits >> 1; }

/* Stores an int if it fits the inline form (63 bits); 0 if it does not (tier 1 boxes it). */
static inline int ts_set_int(TsValue *v, int64_t i) {
    uint64_t w = ((uint64_t)i << 1) | 1u;
    if (((int64_t)w >> 1) != i) {
        return 0;
    }
    v->bits = w;
    return 1;
}

static inline uint64_t ts_rotl3(uint64_t x) { return (x << 3) | (x >> 61); }
static inline uint64_t ts_rotr3(uint64_t x) { return (x >> 3) | (x << 61); }

/* C99 allows reading a union member other than the one last written (no libc memcpy here). */
typedef union TsFloatBits {
    double d;
    uint64_t bits;
} TsFloatBits;

static inline double ts_float_of(const TsValue *v) {
    uint64_t w = v->bits;
    TsFloatBits pun;
    pun.bits = w == TS_FLOAT_ZERO ? 0 : ts_rotr3((w & ~(uint64_t)3) | (2u - (w >> 63)));
    return pun.d;
}

/* Stores a float if it has an inline form; 0 if not (tier 1 boxes it). */
static inline int ts_set_float(TsValue *v, double d) {
    TsFloatBits pun;
    pun.d = d;
    uint64_t bits = pun.bits;
    uint64_t top = (bits >> 60) & 7;
    if ((top == 3 || top == 4) && bits != 0x3000000000000000ull) {
        v->bits = (ts_rotl3(bits) & ~(uint64_t)3) | TS_FLOAT_TAG;
        return 1;
    }
    if (bits == 0) {
        v->bits = TS_FLOAT_ZERO;
        return 1;
    }
    return 0;
}

static inline int ts_add_overflows(int64_t a, int64_t b, int64_t *r) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_add_overflow(a, b, r);
#else
    uint64_t s = (uint64_t)a + (uint64_t)b;
    *r = (int64_t)s;
    return ((a ^ *r) & (b ^ *r)) < 0;
#endif
}

static inline int ts_sub_overflows(int64_t a, int64_t b, int64_t *r) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_sub_overflow(a, b, r);
#else
    uint64_t s = (uint64_t)a - (uint64_t)b;
    *r = (int64_t)s;
    return ((a ^ b) & (a ^ *r)) < 0;
#endif
}

static inline int ts_mul_overflows(int64_t a, int64_t b, int64_t *r) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_mul_overflow(a, b, r);
#else
    if (a == 0 || b == 0) {
        *r = 0;
        return 0;
    }
    if ((a == -1 && b == TS_INT64_MIN) || (b == -1 && a == TS_INT64_MIN)) {
        return 1;
    }
    if (a > 0 ? (b > 0 ? a > TS_INT64_MAX / b : b < TS_INT64_MIN / a)
              : (b > 0 ? a < TS_INT64_MIN / b : a < TS_INT64_MAX / b)) {
        return 1;
    }
    *r = a * b;
    return 0;
#endif
}

static inline void ts_set_bool(TsValue *v, int b) { v->bits = b ? TS_TRUE : TS_FALSE; }

#endif
