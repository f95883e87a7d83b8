//! A trace: the uops of one loop iteration, each knowing where tier 1 resumes if the trace
//! leaves there.

use super::uop::UopId;
use crate::runtime::value::word;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Uop {
    pub id: UopId,
    pub oparg: u32,
    pub operand: u64,
    /// The bytecode instruction this uop came from (where an exception it raises is
    /// reported).
    pub instr: u32,
    /// Where tier 1 resumes when the trace leaves at this uop: the instruction itself for
    /// a failed guard (it is executed again, generically), the loop's end for an exhausted
    /// iterator, the target of an `EXIT_TRACE`.
    pub exit_ip: u32,
}

impl Uop {
    pub fn new(id: UopId, oparg: u32, operand: u64, instr: u32) -> Uop {
        Uop {
            id,
            oparg,
            operand,
            instr,
            exit_ip: instr,
        }
    }
}

impl fmt::Display for Uop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<24}", self.id.name())?;
        match self.id {
            UopId::LOAD_INT => write!(f, " {}", word::int_of(self.operand))?,
            UopId::LOAD_FLOAT => write!(f, " {:?}", word::float_of(self.operand))?,
            UopId::LOAD_CONST => write!(f, " const@{:#x}", self.operand)?,
            UopId::GENERIC => write!(f, " instr {}", self.operand)?,
            _ => write!(f, " {}", self.oparg)?,
        }
        write!(f, "  (@{} exit {})", self.instr, self.exit_ip)
    }
}

/// The trace as `TESSERA_JIT_DUMP=1` shows it; GENERIC uops name their instruction.
pub fn dump(title: &str, uops: &[Uop], instrs: &[crate::bytecode::Instr]) -> String {
    let mut s = format!("{title} ({} uops)\n", uops.len());
    for (i, u) in uops.iter().enumerate() {
        s.push_str(&format!("  {i:3} {u}"));
        if u.id == UopId::GENERIC
            && let Some(instr) = instrs.get(u.operand as usize)
        {
            s.push_str(&format!("  {instr:?}"));
        }
        s.push('\n');
    }
    s
}
