//! The copy-and-patch JIT: stencils copied into executable memory and patched.

pub mod stencil;
