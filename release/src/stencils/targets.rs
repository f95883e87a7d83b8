//! The six targets and the one table of per-target compiler flags.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    Aarch64,
}

pub struct Target {
    pub triple: &'static str,
    pub arch: Arch,
    /// Code-model flags, on top of the flags every target shares (`template::compile_args`).
    pub flags: &'static [&'static str],
}

/// Why these flags (measured with clang 19.1.7 on the templates; see the relocation table in
/// ARCHITECTURE.md). The goal on every target: the oparg and the operand are full 64-bit
/// values (never "an address that fits in 32 bits"), and calls and jumps stay short relative
/// branches, so a continuation jump can be removed and the patcher can reach far helpers
/// through a trampoline.
pub const TARGETS: &[Target] = &[
    // The medium model keeps calls and jumps as rel32 (PLT32), but it still assumes "small"
    // data is within 2 GiB: `&_JIT_OPERAND` became R_X86_64_32S/PC32 and `&_JIT_OPARG`
    // R_X86_64_32, i.e. a 64-bit operand would be truncated. -mlarge-data-threshold=0 makes
    // every extern datum large, so they become `movabs` with R_X86_64_64. -fno-pic: no GOT.
    Target {
        triple: "x86_64-unknown-linux-gnu",
        arch: Arch::X86_64,
        flags: &["-fno-pic", "-mcmodel=medium", "-mlarge-data-threshold=0"],
    },
    // The large model materializes data addresses with MOVZ/MOVK (MOVW_UABS_G0..G3: any
    // 64-bit value) while calls and jumps stay CALL26/JUMP26; medium is rejected on AArch64.
    Target {
        triple: "aarch64-unknown-linux-gnu",
        arch: Arch::Aarch64,
        flags: &["-fno-pic", "-mcmodel=large"],
    },
    // Darwin is always PIC: extern data goes through the GOT (GOT_LOAD: a 64-bit slot), and
    // medium keeps calls and jumps as rel32 BRANCH.
    Target {
        triple: "x86_64-apple-darwin",
        arch: Arch::X86_64,
        flags: &["-fno-pic", "-mcmodel=medium"],
    },
    // Small, not large (DESIGN.md measured large): Darwin is PIC anyway, so extern data
    // already goes through GOT slots, and large also routes every call and jump through a
    // GOT load + `br`, which leaves no `b` to remove at the end and costs three instructions
    // per call. Small keeps BRANCH26 for calls and jumps.
    Target {
        triple: "aarch64-apple-darwin",
        arch: Arch::Aarch64,
        flags: &["-fno-pic", "-mcmodel=small"],
    },
    // COFF ignores the large-data threshold and large turns every call into movabs+call;
    // -fno-pic gives REL32 for everything. The template declares _JIT_OPARG/_JIT_OPERAND
    // dllimport on Windows, so they are loaded from `__imp_` pointer slots (GOT-style holes).
    Target {
        triple: "x86_64-pc-windows-msvc",
        arch: Arch::X86_64,
        flags: &["-fno-pic"],
    },
    // Only the small model exists for COFF AArch64 (large is rejected): BRANCH26 and
    // ADRP + ADD/LDR pairs; the `__imp_` slots again make the oparg and operand 64-bit.
    Target {
        triple: "aarch64-pc-windows-msvc",
        arch: Arch::Aarch64,
        flags: &["-fno-pic"],
    },
];
