//! tessera: a Python 3.11 virtual machine.
//!
//! See ARCHITECTURE.md for the map of the code.

pub mod bytecode;
pub mod cli;
pub mod compile;
pub mod jit;
pub mod repl;
pub mod runtime;
pub mod settings;
pub mod signals;
pub mod tier2;
pub mod vm;

/// The target triple this binary was built for.
pub const TARGET_TRIPLE: &str = env!("TESSERA_TARGET");
