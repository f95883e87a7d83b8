//! Tier 2's per-VM state: the settings it runs with, the exception a helper raised, and
//! the statistics `TESSERA_JIT_STATS=1` prints.

use crate::settings::JitMode;
use crate::vm::PyErr;

#[derive(Default, Clone, Copy, Debug)]
pub struct JitStats {
    pub traces: u64,
    pub uops: u64,
    pub code_bytes: usize,
    pub compile_us: u64,
    pub side_exits: u64,
}

impl JitStats {
    /// The `TESSERA_JIT_STATS=1` line. `code_bytes` counts all machine code made;
    /// `mapped_bytes` is the most code memory mapped at once (the arena keeps its chunks).
    pub fn line(&self, jit: Option<&JitBackend>) -> String {
        let (code_bytes, mapped_bytes) =
            jit.map_or((0, 0), |j| (self.code_bytes, j.arena.mapped_bytes()));
        format!(
            "jit: traces={} uops={} code_bytes={} mapped_bytes={} compile_us={} side_exits={} invalidations={} freed={}",
            self.traces,
            self.uops,
            code_bytes,
            mapped_bytes,
            self.compile_us,
            self.side_exits,
            super::executor::invalidations(),
            super::executor::freed()
        )
    }
}

pub struct Tier2State {
    pub mode: JitMode,
    pub threshold: u32,
    pub dump: bool,
    /// A trace is being recorded (recording does not nest).
    pub recording: bool,
    /// The exception a helper raised inside a trace, until tier 1 takes it.
    pub pending_error: Option<PyErr>,
    pub stats: JitStats,
    /// Executor entries until the next sweep for cold executors.
    pub until_sweep: u32,
    /// Loop iterations (in any trace) until the periodic helper runs.
    pub periodic_countdown: i64,
    /// With `TESSERA_JIT=on`: the stencils and the code memory traces are compiled into.
    pub jit: Option<JitBackend>,
}

pub struct JitBackend {
    pub stencils: &'static crate::jit::stencil::StencilSet,
    pub arena: crate::jit::code_memory::CodeArena,
}

/// Executor entries between two sweeps for cold executors.
pub const SWEEP_PERIOD: u32 = 1 << 16;

impl Tier2State {
    pub fn new(settings: &crate::settings::Settings) -> Tier2State {
        Tier2State {
            mode: settings.jit,
            threshold: settings.jit_threshold,
            dump: settings.jit_dump,
            recording: false,
            pending_error: None,
            stats: JitStats::default(),
            until_sweep: SWEEP_PERIOD,
            periodic_countdown: super::entry::PERIODIC_INTERVAL,
            jit: match (settings.jit, crate::jit::stencils()) {
                (JitMode::On, Some(stencils)) => Some(JitBackend {
                    stencils,
                    arena: crate::jit::code_memory::CodeArena::new(settings.jit_max_memory),
                }),
                _ => None,
            },
        }
    }

    pub fn enabled(&self) -> bool {
        self.mode != JitMode::Off
    }
}
