/* Inline value operations shared by the tier-2 interpreter and the stencil template.
 * Plain C99 plus optional GNU builtins: the interpreter is built by whatever C compiler the
 * platform has (MSVC included), the stencils by clang 19. */
#ifndef TESSERA_SUPPORT_H
#define TESSERA_SUPPORT_H

#include "abi.h"

#define TS_INT64_MAX ((int64_t)0x7fffffffffffffffLL)
#define TS_INT64_MIN (-TS_INT64_MAX - 1)

static inline int ts_is_heap(const TsValue *v) { return v->tag >= TS_TAG_FIRST_HEAP; }

/* A heap value's payload points at its object's header, whose first word is the strong
 * reference count (TS_OBJECT_REFCOUNT_OFFSET; tier2::abi's tests check it). */
static inline uint64_t *ts_refcount(const TsValue *v) {
    return (uint64_t *)((char *)v->u.p + TS_OBJECT_REFCOUNT_OFFSET);
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

static inline void ts_set_bool(TsValue *v, int b) {
    v->tag = TS_TAG_BOOL;
    v->u.bits = (uint64_t)(b != 0);
}

#endif
