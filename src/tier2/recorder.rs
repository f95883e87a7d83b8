//! Trace recording: when a loop head gets hot, tier 1 runs one iteration of the loop
//! instruction by instruction while the recorder notes each instruction, the kinds of the
//! values it found on top of the stack, and where control went next. The projector
//! (projector.rs) turns that record into uops guarded on exactly what was seen.

use crate::bytecode::Instr;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::eval::Exit;
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

/// What tier 2 can specialize on: the kind of a value seen on the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Float,
    Bool,
    Other,
}

impl Kind {
    pub fn of(v: Option<&Value>) -> Kind {
        match v.view() {
            Some(View::Int(_)) => Kind::Int,
            Some(View::Float(_)) => Kind::Float,
            Some(View::Bool(_)) => Kind::Bool,
            _ => Kind::Other,
        }
    }
}

#[derive(Clone)]
pub struct Recorded {
    pub ip: u32,
    pub instr: Instr,
    pub tos: Kind,
    pub nos: Kind,
    /// Where control went after the instruction.
    pub next_ip: u32,
    /// For a global load, the value it loaded (a candidate for promotion to a constant).
    pub loaded: Option<Value>,
}

/// How recording ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordEnd {
    /// Control came back to the loop head: the trace loops.
    Closed,
    /// The trace stops before the instruction at this index, which tier 1 then runs.
    StopAt(u32),
    /// The back edge of another (inner or enclosing) loop: the trace leaves at that loop's
    /// head, as if it had taken the jump.
    BackEdgeTo(u32),
}

/// A recorded iteration and how it ended.
pub type Recording = (Vec<Recorded>, RecordEnd);

/// Longest iteration worth tracing, in bytecode instructions.
const MAX_RECORDED: usize = 400;

impl Vm {
    /// Runs from `f.ip` until control is back at the loop head `head`, recording. For a
    /// loop's own trace `f.ip` is the head; for a side trace it is the exit being extended.
    /// Returns the frame's exit if the loop body returned or yielded, and the record unless
    /// recording was abandoned (the loop ended, the iteration was too long, or it calls
    /// Python code).
    pub(crate) fn record_iteration(
        &mut self,
        f: &mut Frame,
        head: u32,
    ) -> PyResult<(Option<Exit>, Option<Recording>)> {
        let start = f.ip as u32;
        let code = f.code.clone();
        let instrs = &code.code.instrs;
        let mut record = Vec::new();
        loop {
            let ip = f.ip as u32;
            let Some(&instr) = instrs.get(f.ip) else {
                return Ok((None, None));
            };
            if ip == head && (ip != start || !record.is_empty()) {
                return Ok((None, Some((record, RecordEnd::Closed))));
            }
            // A loop that calls Python code is left to tier 1. A trace would run the call
            // as a `GENERIC` uop, which steps the instruction alone and so recurses into
            // the callee, where tier 1 enters the callee in its own loop
            // (`Vm::enter_callee`); such traces measured slower than tier 1 (richards
            // 0.86x, deltablue 0.91x, loops 0.78x with the JIT on). The callees' own loops
            // still get traces.
            if record.len() >= MAX_RECORDED || enters_python(instr, f.stack()) {
                return Ok((None, None));
            }
            if let Instr::Jump(t) = instr
                && t <= ip
            {
                // The back edge: of this loop (the trace closes), or of an inner loop,
                // which has its own trace; either way tier 1 takes the jump.
                let end = if t == head {
                    record.push(Recorded {
                        ip,
                        instr,
                        tos: Kind::Other,
                        nos: Kind::Other,
                        next_ip: t,
                        loaded: None,
                    });
                    RecordEnd::Closed
                } else {
                    RecordEnd::BackEdgeTo(t)
                };
                return Ok((None, Some((record, end))));
            }
            let n = f.stack_len();
            let tos = Kind::of(f.stack().get(n.wrapping_sub(1)));
            let nos = Kind::of(f.stack().get(n.wrapping_sub(2)));
            if let Some(exit) = self.step(f)? {
                return Ok((Some(exit), None));
            }
            if let Instr::ForIter(t) = instr
                && f.ip == t as usize
            {
                // An exhausted iterator: this loop is over (nothing to trace), or an inner
                // loop is, and the trace stops before it.
                if ip == head || ip == start {
                    return Ok((None, None));
                }
                return Ok((None, Some((record, RecordEnd::StopAt(ip)))));
            }
            let loaded = match instr {
                Instr::LoadGlobal(_) => f.last().cloned(),
                _ => None,
            };
            record.push(Recorded {
                ip,
                instr,
                tos,
                nos,
                next_ip: f.ip as u32,
                loaded,
            });
        }
    }
}

/// Whether `instr`, about to run on `stack`, calls something that may run Python code.
fn enters_python(instr: Instr, stack: &[Value]) -> bool {
    let callable = match instr {
        Instr::Call(n) => stack.len().checked_sub(n as usize + 1),
        Instr::CallMethod(n) => stack.len().checked_sub(n as usize + 2),
        Instr::CallKw(_) | Instr::CallFunctionEx(_) => return true,
        _ => return false,
    };
    matches!(
        (callable.and_then(|i| stack.get(i))).view(),
        Some(View::Function(_) | View::Method(_) | View::Class(_) | View::Instance(_))
    )
}
