//! The copy-and-patch JIT: stencils copied into executable memory and patched.
//!
//! `code_memory` owns the executable pages (through the host's `os` module), `patch` knows
//! the encodings of every hole kind, `compiler` lays a trace out and patches it, and
//! `entry` is the one place that calls into the result.

pub mod code_memory;
pub mod compiler;
pub mod entry;
pub mod patch;
pub mod stencil;

/// Whether this binary can compile traces to machine code on this machine.
pub fn available() -> bool {
    false
}

/// Why `TESSERA_JIT=on` cannot be honoured (when `available()` is false).
pub fn unavailable_reason() -> &'static str {
    "the JIT is not built into this binary"
}

#[cfg(test)]
mod fixture_x86_64;

// The host's executable-memory primitives; every module offers the same few functions.
#[cfg(all(unix, not(all(target_vendor = "apple", target_arch = "aarch64"))))]
#[path = "os/unix.rs"]
mod os;
#[cfg(all(target_vendor = "apple", target_arch = "aarch64"))]
#[path = "os/apple_silicon.rs"]
mod os;
#[cfg(windows)]
#[path = "os/windows.rs"]
mod os;
