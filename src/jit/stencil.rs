//! Stencils: the machine code of one uop (or of the entry shim, or of the exit stub) with
//! holes where the JIT patches in what it knows only when it compiles a trace.
//!
//! The generated files under `targets/<triple>/` (written by `cargo run -p release --
//! stencils`) are nothing but `StencilSet` constants built from these types, so the types
//! are the contract between the generator and the patcher.

/// Everything one target needs to turn a trace into machine code.
pub struct StencilSet {
    pub target: &'static str,
    /// SHA-256 over every input of the generator (templates, header, generator, clang major).
    pub hash: &'static str,
    /// `clang --version` of the compiler that made the set (first line, e.g. "19.1.7").
    pub clang_version: &'static str,
    /// Indexed by `UopId as usize`.
    pub uops: &'static [Stencil],
    /// Entry shim: C calling convention, calls the first uop, returns what the trace
    /// returned.
    pub shim: Stencil,
    /// Exit stub: stores its oparg (the index of the uop that left) in the state and returns
    /// to the shim. Every `Exit` hole of uop N points at the exit stub made for N.
    pub exit: Stencil,
}

pub struct Stencil {
    pub name: &'static str,
    pub code: &'static [u8],
    /// Read-only data the code refers to (constant pools, jump tables), copied next to the
    /// code of every instance of the stencil.
    pub data: &'static [u8],
    pub holes: &'static [Hole],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Code,
    Data,
}

/// One place to patch. The patched value is `target(value) + addend`, encoded by `kind` at
/// `offset` bytes into `section` of this stencil's instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hole {
    pub section: Section,
    pub offset: u32,
    pub kind: HoleKind,
    pub value: HoleValue,
    pub addend: i64,
}

/// What a hole refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoleValue {
    /// The next stencil's code (`_JIT_CONTINUE`).
    Continue,
    /// The exit stub for this uop (`_JIT_EXIT`).
    Exit,
    /// The start of the trace's loop (`_JIT_JUMP_TARGET`).
    JumpTarget,
    /// The uop's 32-bit argument, as an absolute "address" (`_JIT_OPARG`).
    Oparg,
    /// The uop's 64-bit operand, as an absolute "address" (`_JIT_OPERAND`).
    Operand,
    /// The start of this stencil instance's code (section-relative references).
    Code,
    /// The start of this stencil instance's data.
    Data,
    /// A runtime helper: an `extern "C"` Rust function named by the symbol.
    Helper(&'static str),
}

/// How a hole's value is encoded. Relocations of all six object formats are mapped onto
/// these by the generator; `P` is the address of the hole itself, `S + A` the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoleKind {
    /// 64-bit absolute `S + A` (ELF R_X86_64_64 / R_AARCH64_ABS64, Mach-O UNSIGNED,
    /// COFF ADDR64).
    Abs64,
    /// 32-bit absolute, zero-extended: `S + A` must fit in u32 (R_X86_64_32).
    Abs32,
    /// 32-bit absolute, sign-extended: `S + A` must fit in i32 (R_X86_64_32S).
    Abs32S,
    /// x86-64 32-bit PC-relative `S + A - P` (PC32, PLT32, Mach-O BRANCH/SIGNED, COFF REL32;
    /// the generator folds each format's implicit addend and "end of field" convention into
    /// `addend`). An out-of-range call or jump goes through a trampoline.
    X86Rel32,
    /// x86-64 32-bit PC-relative reference to a GOT slot holding `S + A`
    /// (GOTPCREL, GOTPCRELX, REX_GOTPCRELX, Mach-O GOT_LOAD/GOT): the slot lives in the
    /// trace's data area; the field gets `slot - P + got_addend` where `got_addend` is the
    /// addend the object gave (normally -4).
    X86GotRel32 { got_addend: i64 },
    /// AArch64 B/BL imm26: `(S + A - P) >> 2` (CALL26, JUMP26, BRANCH26). Out of range:
    /// through a trampoline.
    Arm64Branch26,
    /// AArch64 MOVZ/MOVK imm16 of `S + A` bits `16*group ..`, (MOVW_UABS_G0_NC..G3).
    Arm64MovW { group: u8 },
    /// AArch64 ADRP: page of `S + A` relative to the page of P (ADR_PREL_PG_HI21, Mach-O
    /// PAGE21, COFF PAGEBASE_REL21).
    Arm64AdrpPage21,
    /// AArch64 low 12 bits of `S + A`, scaled by `1 << shift` for loads and stores
    /// (ADD_ABS_LO12_NC has shift 0, LDST64_ABS_LO12_NC shift 3; Mach-O PAGEOFF12 and COFF
    /// PAGEOFFSET_12A/12L with the shift read from the instruction).
    Arm64PageOff12 { shift: u8 },
    /// AArch64 ADRP to the page of a GOT slot holding `S + A` (ADR_GOT_PAGE,
    /// GOT_LOAD_PAGE21); the slot lives in the trace's data area.
    Arm64GotPage21,
    /// AArch64 LDR of the GOT slot's low 12 bits, scaled by 8 (LD64_GOT_LO12_NC,
    /// GOT_LOAD_PAGEOFF12).
    Arm64GotPageOff12,
}
