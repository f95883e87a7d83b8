//! The copy-and-patch JIT: stencils copied into executable memory and patched.

pub mod stencil;

/// Whether this binary can compile traces to machine code on this machine.
pub fn available() -> bool {
    false
}

/// Why `TESSERA_JIT=on` cannot be honoured (when `available()` is false).
pub fn unavailable_reason() -> &'static str {
    "the JIT is not built into this binary"
}
