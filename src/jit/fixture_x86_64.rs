//! Test fixture, made with a one-off script from clang 19 objects of src/uops/template.c
//! (`clang-19 -target x86_64-unknown-linux-gnu -O3 -ffreestanding -fno-pic -mcmodel=medium
//! -fno-asynchronous-unwind-tables -fno-stack-protector`, STORE_FAST also `-fno-plt`): the
//! `.text` bytes and the relocations, mapped to holes the way the stencil generator maps
//! them, with each uop's final jump to `_JIT_CONTINUE` removed as the generator does. Not
//! the real stencil set (targets/<triple>/): a fixed input for the patcher and compiler
//! tests that does not depend on clang being installed. STORE_FAST reaches its helper and
//! its continuation through GOT slots (R_X86_64_GOTPCRELX), LOAD_FAST its helper through a
//! PLT32 call (a trampoline when the helper is far away).
//!
//! It was compiled against an earlier value layout (two words: a tag, then the payload; an
//! int's tag 5) and an incref helper, and stays so on purpose: it tests copying and
//! patching, which do not depend on what the code computes. The tests that run it give it
//! values in that layout (`FixtureValue` in entry.rs).

use super::stencil::{Hole, HoleKind, HoleValue, Section, Stencil, StencilSet};

// Indices into `SET.uops` (the fixture has only the uops the tests use).
pub const LOAD_FAST_ID: u16 = 0;
pub const STORE_FAST_ID: u16 = 1;
pub const LOAD_INT_ID: u16 = 2;
pub const BINARY_OP_ADD_INT_ID: u16 = 3;
pub const COMPARE_LT_INT_ID: u16 = 4;
pub const GUARD_IS_TRUE_POP_ID: u16 = 5;
pub const JUMP_TO_TOP_ID: u16 = 6;
pub const EXIT_TRACE_ID: u16 = 7;

pub static SET: StencilSet = StencilSet {
    target: "x86_64-unknown-linux-gnu",
    hash: "test-fixture",
    clang_version: "19",
    uops: &[
        LOAD_FAST,
        STORE_FAST,
        LOAD_INT,
        BINARY_OP_ADD_INT,
        COMPARE_LT_INT,
        GUARD_IS_TRUE_POP,
        JUMP_TO_TOP,
        EXIT_TRACE,
    ],
    shim: SHIM,
    exit: EXIT,
};

/*

                   pushq	%r15
                   pushq	%r14
                   pushq	%r13
                   pushq	%r12
                   pushq	%rbx
                   movq	%rdi, %r12
                   movq	%rsi, %r13
                   movq	%rdx, %r14
                   callq	0x17 <_JIT_ENTRY+0x17>
        R_X86_64_PLT32	_JIT_CONTINUE-0x4
                   popq	%rbx
                   popq	%r12
                   popq	%r13
                   popq	%r14
                   popq	%r15
                   retq

*/
const SHIM: Stencil = Stencil {
    name: "SHIM",
    code: &[
        0x41, 0x57, 0x41, 0x56, 0x41, 0x55, 0x41, 0x54, 0x53, 0x49, 0x89, 0xfc, 0x49, 0x89, 0xf5,
        0x49, 0x89, 0xd6, 0xe8, 0x00, 0x00, 0x00, 0x00, 0x5b, 0x41, 0x5c, 0x41, 0x5d, 0x41, 0x5e,
        0x41, 0x5f, 0xc3,
    ],
    data: &[],
    holes: &[Hole {
        section: Section::Code,
        offset: 0x13,
        kind: HoleKind::X86Rel32,
        value: HoleValue::Continue,
        addend: -4,
    }],
};

/*

                   movq	%r13, %rax
                   movl	$0x0, %ecx
        R_X86_64_32	_JIT_OPARG
                   movl	%ecx, 0x18(%r14)
                   retq

*/
const EXIT: Stencil = Stencil {
    name: "EXIT",
    code: &[
        0x4c, 0x89, 0xe8, 0xb9, 0x00, 0x00, 0x00, 0x00, 0x41, 0x89, 0x4e, 0x18, 0xc3,
    ],
    data: &[],
    holes: &[Hole {
        section: Section::Code,
        offset: 0x4,
        kind: HoleKind::Abs32,
        value: HoleValue::Oparg,
        addend: 0,
    }],
};

/*

                   subq	$0x18, %rsp
                   movq	(%r12), %rax
                   movl	$0x0, %ecx
        R_X86_64_32	_JIT_OPARG
                   movl	%ecx, %ecx
                   shlq	$0x4, %rcx
                   movups	(%rax,%rcx), %xmm0
                   movaps	%xmm0, (%rsp)
                   movq	(%rsp), %rax
                   testq	%rax, %rax
                   je	0x48 <_JIT_ENTRY+0x48>
                   cmpq	$0x7, %rax
                   jb	0x32 <_JIT_ENTRY+0x32>
                   movq	%rsp, %rdi
                   callq	0x32 <_JIT_ENTRY+0x32>
        R_X86_64_PLT32	ts_value_incref-0x4
                   movaps	(%rsp), %xmm0
                   movups	%xmm0, (%r13)
                   addq	$0x10, %r13
                   addq	$0x18, %rsp
                   jmp	0x48 <_JIT_ENTRY+0x48>
        R_X86_64_PLT32	_JIT_CONTINUE-0x4
                   addq	$0x18, %rsp
                   jmp	0x51 <_JIT_ENTRY+0x51>
        R_X86_64_PLT32	_JIT_EXIT-0x4

*/
const LOAD_FAST: Stencil = Stencil {
    name: "LOAD_FAST",
    code: &[
        0x48, 0x83, 0xec, 0x18, 0x49, 0x8b, 0x04, 0x24, 0xb9, 0x00, 0x00, 0x00, 0x00, 0x89, 0xc9,
        0x48, 0xc1, 0xe1, 0x04, 0x0f, 0x10, 0x04, 0x08, 0x0f, 0x29, 0x04, 0x24, 0x48, 0x8b, 0x04,
        0x24, 0x48, 0x85, 0xc0, 0x74, 0x24, 0x48, 0x83, 0xf8, 0x07, 0x72, 0x08, 0x48, 0x89, 0xe7,
        0xe8, 0x00, 0x00, 0x00, 0x00, 0x0f, 0x28, 0x04, 0x24, 0x41, 0x0f, 0x11, 0x45, 0x00, 0x49,
        0x83, 0xc5, 0x10, 0x48, 0x83, 0xc4, 0x18, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x48, 0x83, 0xc4,
        0x18, 0xe9, 0x00, 0x00, 0x00, 0x00,
    ],
    data: &[],
    holes: &[
        Hole {
            section: Section::Code,
            offset: 0x9,
            kind: HoleKind::Abs32,
            value: HoleValue::Oparg,
            addend: 0,
        },
        Hole {
            section: Section::Code,
            offset: 0x2e,
            kind: HoleKind::X86Rel32,
            value: HoleValue::Helper("ts_value_incref"),
            addend: -4,
        },
        Hole {
            section: Section::Code,
            offset: 0x44,
            kind: HoleKind::X86Rel32,
            value: HoleValue::Continue,
            addend: -4,
        },
        Hole {
            section: Section::Code,
            offset: 0x4d,
            kind: HoleKind::X86Rel32,
            value: HoleValue::Exit,
            addend: -4,
        },
    ],
};

/*

                   subq	$0x18, %rsp
                   movq	(%r12), %rax
                   movl	$0x0, %ecx
        R_X86_64_32	_JIT_OPARG
                   movl	%ecx, %ecx
                   shlq	$0x4, %rcx
                   movups	(%rax,%rcx), %xmm0
                   movaps	%xmm0, (%rsp)
                   movups	-0x10(%r13), %xmm0
                   addq	$-0x10, %r13
                   movups	%xmm0, (%rax,%rcx)
                   cmpq	$0x7, (%rsp)
                   jb	0x38 <_JIT_ENTRY+0x38>
                   movq	%rsp, %rdi
                   callq	*(%rip)                 # 0x38 <_JIT_ENTRY+0x38>
        R_X86_64_GOTPCRELX	ts_value_decref-0x4
                   addq	$0x18, %rsp
                   jmpq	*(%rip)                 # 0x42 <_JIT_ENTRY+0x42>
        R_X86_64_GOTPCRELX	_JIT_CONTINUE-0x4

*/
const STORE_FAST: Stencil = Stencil {
    name: "STORE_FAST",
    code: &[
        0x48, 0x83, 0xec, 0x18, 0x49, 0x8b, 0x04, 0x24, 0xb9, 0x00, 0x00, 0x00, 0x00, 0x89, 0xc9,
        0x48, 0xc1, 0xe1, 0x04, 0x0f, 0x10, 0x04, 0x08, 0x0f, 0x29, 0x04, 0x24, 0x41, 0x0f, 0x10,
        0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf0, 0x0f, 0x11, 0x04, 0x08, 0x48, 0x83, 0x3c, 0x24, 0x07,
        0x72, 0x09, 0x48, 0x89, 0xe7, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00, 0x48, 0x83, 0xc4, 0x18,
        0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
    ],
    data: &[],
    holes: &[
        Hole {
            section: Section::Code,
            offset: 0x9,
            kind: HoleKind::Abs32,
            value: HoleValue::Oparg,
            addend: 0,
        },
        Hole {
            section: Section::Code,
            offset: 0x34,
            kind: HoleKind::X86GotRel32 { got_addend: -4 },
            value: HoleValue::Helper("ts_value_decref"),
            addend: 0,
        },
        Hole {
            section: Section::Code,
            offset: 0x3e,
            kind: HoleKind::X86GotRel32 { got_addend: -4 },
            value: HoleValue::Continue,
            addend: 0,
        },
    ],
};

/*

                   movq	$0x5, (%r13)
                   movq	$0x0, 0x8(%r13)
        R_X86_64_32S	_JIT_OPERAND
                   addq	$0x10, %r13
                   jmp	0x19 <_JIT_ENTRY+0x19>
        R_X86_64_PLT32	_JIT_CONTINUE-0x4
  (final jmp to _JIT_CONTINUE removed)
*/
const LOAD_INT: Stencil = Stencil {
    name: "LOAD_INT",
    code: &[
        0x49, 0xc7, 0x45, 0x00, 0x05, 0x00, 0x00, 0x00, 0x49, 0xc7, 0x45, 0x08, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x83, 0xc5, 0x10,
    ],
    data: &[],
    holes: &[Hole {
        section: Section::Code,
        offset: 0xc,
        kind: HoleKind::Abs32S,
        value: HoleValue::Operand,
        addend: 0,
    }],
};

/*

                   movq	-0x18(%r13), %rax
                   addq	-0x8(%r13), %rax
                   jno	0xf <_JIT_ENTRY+0xf>
                   jmp	0xf <_JIT_ENTRY+0xf>
        R_X86_64_PLT32	_JIT_EXIT-0x4
                   movq	%rax, -0x18(%r13)
                   addq	$-0x10, %r13
                   jmp	0x1c <_JIT_ENTRY+0x1c>
        R_X86_64_PLT32	_JIT_CONTINUE-0x4
  (final jmp to _JIT_CONTINUE removed)
*/
const BINARY_OP_ADD_INT: Stencil = Stencil {
    name: "BINARY_OP_ADD_INT",
    code: &[
        0x49, 0x8b, 0x45, 0xe8, 0x49, 0x03, 0x45, 0xf8, 0x71, 0x05, 0xe9, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x89, 0x45, 0xe8, 0x49, 0x83, 0xc5, 0xf0,
    ],
    data: &[],
    holes: &[Hole {
        section: Section::Code,
        offset: 0xb,
        kind: HoleKind::X86Rel32,
        value: HoleValue::Exit,
        addend: -4,
    }],
};

/*

                   movq	-0x18(%r13), %rcx
                   leaq	-0x10(%r13), %rax
                   xorl	%edx, %edx
                   cmpq	-0x8(%r13), %rcx
                   setl	%dl
                   movq	$0x4, -0x20(%r13)
                   movq	%rdx, -0x18(%r13)
                   movq	%rax, %r13
                   jmp	0x25 <_JIT_ENTRY+0x25>
        R_X86_64_PLT32	_JIT_CONTINUE-0x4
  (final jmp to _JIT_CONTINUE removed)
*/
const COMPARE_LT_INT: Stencil = Stencil {
    name: "COMPARE_LT_INT",
    code: &[
        0x49, 0x8b, 0x4d, 0xe8, 0x49, 0x8d, 0x45, 0xf0, 0x31, 0xd2, 0x49, 0x3b, 0x4d, 0xf8, 0x0f,
        0x9c, 0xc2, 0x49, 0xc7, 0x45, 0xe0, 0x04, 0x00, 0x00, 0x00, 0x49, 0x89, 0x55, 0xe8, 0x49,
        0x89, 0xc5,
    ],
    data: &[],
    holes: &[],
};

/*

                   cmpq	$0x4, -0x10(%r13)
                   jne	0xb <_JIT_ENTRY+0xb>
        R_X86_64_PLT32	_JIT_EXIT-0x4
                   cmpb	$0x0, -0x8(%r13)
                   je	0x1b <_JIT_ENTRY+0x1b>
                   addq	$-0x10, %r13
                   jmp	0x1b <_JIT_ENTRY+0x1b>
        R_X86_64_PLT32	_JIT_CONTINUE-0x4
                   jmp	0x20 <_JIT_ENTRY+0x20>
        R_X86_64_PLT32	_JIT_EXIT-0x4

*/
const GUARD_IS_TRUE_POP: Stencil = Stencil {
    name: "GUARD_IS_TRUE_POP",
    code: &[
        0x49, 0x83, 0x7d, 0xf0, 0x04, 0x0f, 0x85, 0x00, 0x00, 0x00, 0x00, 0x41, 0x80, 0x7d, 0xf8,
        0x00, 0x74, 0x09, 0x49, 0x83, 0xc5, 0xf0, 0xe9, 0x00, 0x00, 0x00, 0x00, 0xe9, 0x00, 0x00,
        0x00, 0x00,
    ],
    data: &[],
    holes: &[
        Hole {
            section: Section::Code,
            offset: 0x7,
            kind: HoleKind::X86Rel32,
            value: HoleValue::Exit,
            addend: -4,
        },
        Hole {
            section: Section::Code,
            offset: 0x17,
            kind: HoleKind::X86Rel32,
            value: HoleValue::Continue,
            addend: -4,
        },
        Hole {
            section: Section::Code,
            offset: 0x1c,
            kind: HoleKind::X86Rel32,
            value: HoleValue::Exit,
            addend: -4,
        },
    ],
};

/*

                   jmp	0x5 <_JIT_ENTRY+0x5>
        R_X86_64_PLT32	_JIT_JUMP_TARGET-0x4

*/
const JUMP_TO_TOP: Stencil = Stencil {
    name: "JUMP_TO_TOP",
    code: &[0xe9, 0x00, 0x00, 0x00, 0x00],
    data: &[],
    holes: &[Hole {
        section: Section::Code,
        offset: 0x1,
        kind: HoleKind::X86Rel32,
        value: HoleValue::JumpTarget,
        addend: -4,
    }],
};

/*

                   jmp	0x5 <_JIT_ENTRY+0x5>
        R_X86_64_PLT32	_JIT_EXIT-0x4

*/
const EXIT_TRACE: Stencil = Stencil {
    name: "EXIT_TRACE",
    code: &[0xe9, 0x00, 0x00, 0x00, 0x00],
    data: &[],
    holes: &[Hole {
        section: Section::Code,
        offset: 0x1,
        kind: HoleKind::X86Rel32,
        value: HoleValue::Exit,
        addend: -4,
    }],
};
