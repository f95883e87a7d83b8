//! Tier 2: hot loops recorded as traces of uops, optimized, and run by the uop interpreter
//! (src/uops/interpreter.c) or, with the `jit` feature, as machine code.
//!
//! The pipeline: `hotness` (back-edge counters per loop head) → `recorder` (one iteration
//! run by tier 1, observed) → `projector` (uops with guards) → `optimizer` → `executor`
//! (owned by the loop table, listed for invalidation) → `entry` (runs it on the frame).

pub mod abi;
pub mod entry;
pub mod executor;
pub mod helpers;
pub mod hotness;
pub mod optimizer;
pub mod projector;
pub mod recorder;
pub mod state;
pub mod trace;
pub mod uop;
