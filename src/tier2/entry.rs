//! Where tier 1 hands a loop to tier 2: at a loop head, run the loop's executor, or record
//! the loop when it is hot and build one. Running a trace lends it the frame's value stack
//! and locals through raw pointers (see the SAFETY comments).

use super::abi::{TS_STATUS_ERROR, TsFrame, TsState, TsValue, ts_run_uops};
use super::executor::{self, Executor, SideTrace};
use super::hotness::LoopAction;
use super::trace::Uop;
use super::uop::UopId;
use super::{helpers, optimizer, projector, trace};
use crate::jit::compiler::{JitUop, compile};
use crate::runtime::value::Value;
use crate::vm::eval::Exit;
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Loop iterations between two runs of the periodic helper (cycle collection, Ctrl-C).
pub const PERIODIC_INTERVAL: i64 = 64;

/// What happens at a loop head: its trace runs, or tier 1 goes on (with the frame's exit
/// if recording ran the loop body into a return or yield).
enum AtHead {
    Run(Rc<Executor>),
    Done(Option<Exit>),
}

impl Vm {
    /// Called by tier 1 with `f.ip` at a loop head it just jumped back to. Returns the
    /// frame's exit if recording ran the loop body into a return or yield.
    pub(crate) fn at_loop_head(&mut self, f: &mut Frame) -> PyResult<Option<Exit>> {
        match self.back_edge(f)? {
            AtHead::Run(ex) => self.run_linked(f, ex),
            AtHead::Done(exit) => Ok(exit),
        }
    }

    /// What a back edge to the loop head at `f.ip` does, for tier 1 and for traces that
    /// take one: count it, record the loop when it is hot, or hand over its executor.
    fn back_edge(&mut self, f: &mut Frame) -> PyResult<AtHead> {
        let head = f.ip as u32;
        let action = f
            .code
            .loops
            .borrow_mut()
            .at_head(head, self.tier2.threshold);
        match action {
            LoopAction::Interpret => Ok(AtHead::Done(None)),
            LoopAction::Run(ex) => Ok(AtHead::Run(ex)),
            LoopAction::Record => {
                let Some((exit, ex)) = self.record_trace(f, head, false)? else {
                    return Ok(AtHead::Done(None));
                };
                if let Some(ex) = ex {
                    f.code.loops.borrow_mut().install(head, ex);
                }
                Ok(AtHead::Done(exit))
            }
        }
    }

    /// Runs `ex`, then whatever continues it: the side trace linked to the exit it left
    /// by, or the trace of the loop head it left at. Records a side trace when an exit is
    /// hot. Returns when tier 1 has to take over.
    fn run_linked(&mut self, f: &mut Frame, mut ex: Rc<Executor>) -> PyResult<Option<Exit>> {
        loop {
            let exit = self.run_executor(f, &ex)?;
            let next = match &*ex.side_traces[exit].borrow() {
                SideTrace::Linked(side) if side.valid.get() => Some(side.clone()),
                _ => None,
            };
            if let Some(side) = next {
                ex = side;
                continue;
            }
            // Left at a loop head (its own, or another loop's) that has a trace: go on.
            let at = f.ip as u32;
            let left = ex.uops[exit];
            if left.id == UopId::EXIT_TRACE && left.oparg == projector::BACK_EDGE {
                // The trace took a back edge: what tier 1 does at a back edge happens here
                // (continuing in this loop rather than recursing keeps the Rust stack flat).
                match self.back_edge(f)? {
                    AtHead::Run(next) => {
                        ex = next;
                        continue;
                    }
                    AtHead::Done(exit) => return Ok(exit),
                }
            }
            let looped = f
                .code
                .loops
                .borrow()
                .executor_at(at)
                .filter(|e| e.valid.get());
            if let Some(next) = looped {
                ex = next;
                continue;
            }
            let taken = ex.exit_counts[exit].get();
            let untried = matches!(*ex.side_traces[exit].borrow(), SideTrace::None);
            if untried && taken >= self.tier2.threshold && !self.tier2.recording {
                let Some((frame_exit, side)) = self.record_trace(f, ex.head, true)? else {
                    return Ok(None);
                };
                *ex.side_traces[exit].borrow_mut() = match side {
                    Some(side) => SideTrace::Linked(side),
                    None => SideTrace::Failed,
                };
                return Ok(frame_exit);
            }
            return Ok(None);
        }
    }

    /// Records from `f.ip` back to `head` and builds the executor. `None` when another
    /// recording is under way; otherwise the frame's exit (if the recorded code returned
    /// or yielded) and the executor (if recording gave a trace worth running).
    #[allow(clippy::type_complexity)]
    fn record_trace(
        &mut self,
        f: &mut Frame,
        head: u32,
        side: bool,
    ) -> PyResult<Option<(Option<Exit>, Option<Rc<Executor>>)>> {
        if self.tier2.recording {
            return Ok(None);
        }
        self.tier2.recording = true;
        let result = self.record_iteration(f, head);
        self.tier2.recording = false;
        let (exit, record) = result?;
        let ex = record
            .filter(|(r, _)| !r.is_empty())
            .map(|(record, end)| self.build_executor(f, &record, end, head, side));
        Ok(Some((exit, ex)))
    }

    fn build_executor(
        &mut self,
        f: &Frame,
        record: &[super::recorder::Recorded],
        end: super::recorder::RecordEnd,
        head: u32,
        side: bool,
    ) -> Rc<Executor> {
        let projection = projector::project(&f.code, record, end, head, side);
        let constants = projection.constants.into_boxed_slice();
        let promoted = !constants.is_empty();
        let uops: Vec<_> = projection
            .uops
            .into_iter()
            .map(|u| match u.id {
                UopId::LOAD_CONST if u.oparg == projector::PROMOTED_CONSTANT => Uop {
                    oparg: 0,
                    operand: &constants[u.operand as usize] as *const Value as u64,
                    ..u
                },
                _ => u,
            })
            .collect();
        let optimized = optimizer::optimize(&uops, f.locals().len());
        if self.tier2.dump {
            let kind = if side { "side trace" } else { "trace" };
            let instrs = &f.code.code.instrs;
            let at = format!(
                "{kind} {}:{} ({})",
                f.code.filename,
                f.code.line_at(record.first().map_or(0, |r| r.ip as usize)),
                f.code.name
            );
            let _ = std::io::Write::flush(&mut self.stdout);
            eprint!(
                "{}{}",
                trace::dump(&format!("{at} before optimization"), &uops, instrs),
                trace::dump(&format!("{at} after optimization"), &optimized, instrs)
            );
        }
        self.tier2.stats.traces += 1;
        self.tier2.stats.uops += optimized.len() as u64;
        let ex = Rc::new(Executor::new(head, optimized, constants));
        executor::register(&ex);
        if let Some(jit) = &self.tier2.jit {
            let started = std::time::Instant::now();
            let trace: Vec<JitUop> = ex
                .uops
                .iter()
                .map(|u| JitUop {
                    id: u.id as u16,
                    oparg: u.oparg,
                    operand: u.operand,
                })
                .collect();
            // Past the memory cap (or on a hole this target cannot patch) the trace runs
            // in the uop interpreter instead: the program goes on either way.
            let compiled = compile(jit.stencils, &trace, &helpers::address_of, &jit.arena);
            self.tier2.stats.compile_us += started.elapsed().as_micros() as u64;
            match compiled {
                Ok(code) => {
                    self.tier2.stats.code_bytes += code.code_bytes();
                    *ex.machine_code.borrow_mut() = Some(code);
                }
                Err(e) => {
                    if self.tier2.dump {
                        eprintln!("jit: trace not compiled: {e}");
                    }
                }
            }
        }
        if promoted {
            executor::depend_on_dict(&ex, &f.globals);
            executor::depend_on_dict(&ex, &self.builtins);
        }
        ex
    }

    /// Runs `ex` on `f`; on return `f.ip` is where tier 1 resumes, and the result is the
    /// index of the uop the trace left at.
    fn run_executor(&mut self, f: &mut Frame, ex: &Rc<Executor>) -> PyResult<usize> {
        ex.recent_runs.set(ex.recent_runs.get().wrapping_add(1));
        self.tier2.until_sweep -= 1;
        if self.tier2.until_sweep == 0 {
            self.tier2.until_sweep = super::state::SWEEP_PERIOD;
            executor::collect_cold();
        }
        // The trace pushes at most `max_stack` values: reserving them up front means the
        // stack buffer does not move while C code holds pointers into it.
        let need = f.code.code.max_stack as usize + 1;
        f.slots().reserve_stack(need);
        let depth = f.stack_len();
        let base = f.slots().stack_base() as *mut TsValue;
        // SAFETY: the values in [0, depth) now belong to the trace, which pushes and pops
        // them through `sp` and hands them back by the depth it exits with; while it runs,
        // the stack's length stays 0 except inside helpers, which set it around tier-1
        // work. `Value` and `TsValue` have the same layout (checked in abi tests).
        unsafe { f.slots().set_stack_len(0) };
        let mut frame = TsFrame {
            locals: f.slots().as_mut_ptr() as *mut TsValue,
        };
        let mut state = TsState {
            vm: self as *mut Vm as *mut std::ffi::c_void,
            frame: f as *mut Frame as *mut std::ffi::c_void,
            stack_base: base,
            exit_index: 0,
            status: 0,
            // Carried from run to run: traces that are entered often but leave early must
            // still reach the periodic helper (cycle collection, Ctrl-C).
            periodic_countdown: self.tier2.periodic_countdown,
        };
        // SAFETY: `sp` is within the reserved buffer (depth <= len <= capacity). For the
        // calls below: the trace was built for this frame's code, so its locals and stack
        // indices are in range; `state` points at this VM and frame, which outlive the call.
        let sp = unsafe { base.add(depth) };
        let sp = match &*ex.machine_code.borrow() {
            Some(code) => code.run(&mut frame, sp, &mut state),
            // SAFETY: as above; `insts` is the trace the executor was built from.
            None => unsafe { ts_run_uops(ex.insts.as_ptr(), &mut frame, sp, &mut state) },
        };
        self.tier2.periodic_countdown = state.periodic_countdown;
        if !ex.valid.get() {
            // Invalidated while it ran: free its code now that nothing executes it.
            ex.machine_code.borrow_mut().take();
        }
        let uop = ex.uops[state.exit_index as usize];
        if state.status == TS_STATUS_ERROR {
            // The helper that raised already gave the stack back to tier 1.
            f.ip = uop.instr as usize + 1;
            let err = self.tier2.pending_error.take();
            return Err(err.unwrap_or_else(|| {
                self.err("SystemError", "tier 2 left a trace with no exception set")
            }));
        }
        // SAFETY: the trace exited normally with `sp` one past its top of stack, inside
        // the buffer whose start is `state.stack_base` (helpers update it if it moved).
        unsafe {
            let depth = sp.offset_from(state.stack_base) as usize;
            f.slots().set_stack_len(depth);
        }
        ex.exit_counts[state.exit_index as usize]
            .set(ex.exit_counts[state.exit_index as usize].get() + 1);
        self.tier2.stats.side_exits += 1;
        f.ip = uop.exit_ip as usize;
        Ok(state.exit_index as usize)
    }
}

#[cfg(all(test, tessera_stencils))]
mod tests {
    use crate::settings::{JitMode, Settings};
    use crate::vm::Vm;

    /// Compiled traces hold code memory while their loops live; invalidating every
    /// executor gives all of it back at once.
    #[test]
    fn invalidating_every_executor_returns_all_code_memory() {
        let settings = Settings {
            jit: JitMode::On,
            jit_threshold: 1,
            ..Settings::default()
        };
        let mut vm = Vm::new(settings);
        let src = "
def f(n):
    s = 0
    for i in range(n):
        s += i
    return s
def g(n):
    t = 0.0
    while n > 0:
        t += 0.5
        n -= 1
    return t
print(f(100), g(100))
";
        assert_eq!(crate::cli::run_main(&mut vm, src, "<test>"), 0);
        let arena = &vm.tier2.jit.as_ref().expect("jit on").arena;
        let before = arena.code_bytes();
        assert!(before > 0, "the loops of f and g should hold machine code");
        let invalidated = super::executor::invalidate_all();
        assert!(invalidated >= 2);
        assert_eq!(arena.code_bytes(), 0);
        assert!(arena.mapped_bytes() > 0, "the pages stay mapped for reuse");
    }
}
