//! Tier 2: hot loops recorded as traces of uops, optimized, and run by the uop interpreter
//! (src/uops/interpreter.c) or, with the `jit` feature, as machine code.

pub mod abi;
pub mod uop;
