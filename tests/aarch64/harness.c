/* Runs one JIT trace image made for aarch64-unknown-linux-gnu (tests/qemu_aarch64.rs), under
 * qemu-aarch64 on hosts of another ISA. Built static and non-PIE with aarch64-linux-gnu-gcc so
 * the helpers below sit at fixed addresses, which the test reads with nm and hands the JIT's
 * layout as the helpers' addresses.
 *
 * Input file (little-endian u64s): base, code length, locals, periodic countdown; then the
 * image's bytes; then each local as (kind, payload): kind 0 an int (the payload), kind 1 a
 * heap object (the payload its starting reference count), kind 2 a float (its bits). The image is mapped at `base`, made
 * read+execute, and its entry shim (at `base`) is called with a frame over the locals, an
 * empty stack and a state. Output: one `key=value` per line. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "../../src/uops/support.h"

static long periodic_calls, decrefs, other_calls;
static uint64_t last_decref;
static int64_t countdown_reset;

/* Stand-ins for heap objects: just the reference count header (abi.h). A heap local's
 * payload in the input is the object's starting count. */
static uint64_t objects[64];

/* Called for the last reference only: records which object would be freed. */
void ts_value_decref(TsValue *v) {
    decrefs++;
    last_decref = (uint64_t)((uint64_t *)(uintptr_t)v->bits - objects);
    *(uint64_t *)(uintptr_t)v->bits -= 1;
}

int ts_periodic(TsState *state, TsValue *sp) {
    (void)sp;
    periodic_calls++;
    state->periodic_countdown = countdown_reset;
    return 0;
}

TsValue *ts_exec_instr(TsState *state, TsValue *sp, uint64_t index) {
    (void)state;
    (void)index;
    other_calls++;
    return sp;
}

int ts_iter_next(TsState *state, TsValue *sp) {
    (void)state;
    (void)sp;
    other_calls++;
    return 0;
}

int ts_to_bool(TsState *state, TsValue *sp) {
    (void)state;
    (void)sp;
    other_calls++;
    return 0;
}

static uint64_t read_u64(FILE *f) {
    uint64_t v;
    if (fread(&v, 8, 1, f) != 1) {
        fprintf(stderr, "harness: short input\n");
        exit(2);
    }
    return v;
}

/* A value as the test reads it: int:N, float:X, bool:B, heap:I (object I above) or word:W. */
static void show(const TsValue *v) {
    if (ts_is_int(v)) {
        printf("int:%lld\n", (long long)ts_int_of(v));
    } else if (ts_is_float(v)) {
        printf("float:%.17g\n", ts_float_of(v));
    } else if ((v->bits | 8u) == TS_TRUE) {
        printf("bool:%d\n", v->bits == TS_TRUE);
    } else if (ts_is_heap(v)) {
        printf("heap:%lld\n", (long long)((uint64_t *)(uintptr_t)v->bits - objects));
    } else {
        printf("word:%#llx\n", (unsigned long long)v->bits);
    }
}

typedef TsValue *(*Shim)(TsFrame *, TsValue *, TsState *);

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: harness IMAGE\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    uint64_t base = read_u64(f), len = read_u64(f), nlocals = read_u64(f);
    countdown_reset = (int64_t)read_u64(f);
    size_t mapped = (len + 0xfff) & ~(size_t)0xfff;
    void *code = mmap((void *)(uintptr_t)base, mapped, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (code == MAP_FAILED || (uintptr_t)code != base) {
        /* Exit status 3 tells the test to lay the image out at another address: under
         * qemu-user, the host's own mappings share the guest's address space unseen. */
        fprintf(stderr, "harness: cannot map %#llx\n", (unsigned long long)base);
        return 3;
    }
    if (fread(code, 1, len, f) != len) {
        fprintf(stderr, "harness: short image\n");
        return 2;
    }
    TsValue locals[64];
    if (nlocals > 64) {
        return 2;
    }
    for (uint64_t i = 0; i < nlocals; i++) {
        uint64_t kind = read_u64(f);
        uint64_t payload = read_u64(f);
        if (kind == 1) {
            objects[i] = payload;
            locals[i].bits = (uint64_t)(uintptr_t)&objects[i];
        } else if (kind == 2) {
            TsFloatBits pun;
            pun.bits = payload;
            if (!ts_set_float(&locals[i], pun.d)) {
                return 2;
            }
        } else if (!ts_set_int(&locals[i], (int64_t)payload)) {
            return 2;
        }
    }
    fclose(f);
    if (mprotect(code, mapped, PROT_READ | PROT_EXEC) != 0) {
        perror("mprotect");
        return 2;
    }
    __builtin___clear_cache((char *)code, (char *)code + len);

    TsValue stack[64];
    for (int i = 0; i < 64; i++) {
        stack[i].bits = TS_NULL;
    }
    TsFrame frame = {locals};
    TsState state = {0};
    state.stack_base = stack;
    state.exit_index = UINT32_MAX;
    state.status = TS_STATUS_EXIT;
    state.periodic_countdown = countdown_reset;
    TsValue *sp = ((Shim)(uintptr_t)base)(&frame, stack, &state);

    printf("exit_index=%u\n", state.exit_index);
    printf("status=%u\n", state.status);
    printf("depth=%ld\n", (long)(sp - stack));
    printf("periodic_calls=%ld\n", periodic_calls);
    printf("decrefs=%ld\nlast_decref=%llu\n", decrefs, (unsigned long long)last_decref);
    for (uint64_t i = 0; i < nlocals; i++) {
        printf("refcount%llu=%llu\n", (unsigned long long)i, (unsigned long long)objects[i]);
    }
    printf("other_calls=%ld\n", other_calls);
    for (uint64_t i = 0; i < nlocals; i++) {
        printf("local%llu=", (unsigned long long)i);
        show(&locals[i]);
    }
    for (long i = 0; i < sp - stack; i++) {
        printf("stack%ld=", i);
        show(&stack[i]);
    }
    return 0;
}
