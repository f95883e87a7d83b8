//! Projection: a recorded iteration becomes a trace of uops. Instructions with a fast form
//! for the kinds that were seen become guards plus actions; branches become guards on the
//! direction taken; everything else runs through tier 1 (`GENERIC`).

use super::recorder::{Kind, RecordEnd, Recorded};
use super::trace::Uop;
use super::uop::UopId;
use crate::bytecode::{BinOp, CmpOp, Instr};
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::code::CodeObject;

/// Projects a record that starts at the loop head `head` (a loop trace) or at a side exit
/// of that loop's trace (a side trace, which ends by leaving at the head, where tier 2 runs
/// the loop's trace again).
pub fn project(
    code: &CodeObject,
    record: &[Recorded],
    end: RecordEnd,
    head: u32,
    side: bool,
) -> Projection {
    let start = record.first().map_or(head, |r| r.ip);
    let mut p = Projection {
        uops: vec![Uop::new(UopId::CHECK_PERIODIC, 0, 0, start)],
        constants: Vec::new(),
    };
    // Globals are promoted to constants only where this code does not rebind globals
    // itself: otherwise every iteration would invalidate the trace.
    let promote = !record.iter().any(|r| {
        matches!(
            r.instr,
            Instr::StoreGlobal(_)
                | Instr::DeleteGlobal(_)
                | Instr::StoreName(_)
                | Instr::DeleteName(_)
        )
    });
    let close = if side {
        Uop::new(UopId::EXIT_TRACE, 0, 0, head)
    } else {
        Uop::new(UopId::JUMP_TO_TOP, 0, 0, head)
    };
    for r in record {
        if promote
            && let Instr::LoadGlobal(_) = r.instr
            && let Some(v) = r.loaded.as_ref().filter(|v| promotable(v))
        {
            p.uops.push(Uop::new(
                UopId::LOAD_CONST,
                PROMOTED_CONSTANT,
                p.constants.len() as u64,
                r.ip,
            ));
            p.constants.push(v.clone());
            continue;
        }
        if !project_one(code, r, head, close, &mut p.uops) {
            // Untranslatable here: leave the trace and let tier 1 run this instruction.
            p.uops.push(Uop::new(UopId::EXIT_TRACE, 0, 0, r.ip));
            return p;
        }
    }
    match end {
        RecordEnd::Closed => {
            if p.uops.last() != Some(&close) {
                p.uops.push(close);
            }
        }
        RecordEnd::StopAt(ip) => p.uops.push(Uop::new(UopId::EXIT_TRACE, 0, 0, ip)),
        RecordEnd::BackEdgeTo(t) => {
            let at = record.last().map_or(start, |r| r.next_ip);
            p.uops.push(Uop {
                exit_ip: t,
                ..Uop::new(UopId::EXIT_TRACE, BACK_EDGE, 0, at)
            })
        }
    }
    p
}

pub struct Projection {
    pub uops: Vec<Uop>,
    /// Globals promoted to constants; the executor that owns them must be invalidated
    /// when the globals or builtins change.
    pub constants: Vec<Value>,
}

/// `oparg` of an EXIT_TRACE that takes a loop's back edge: tier 2 treats leaving there
/// like tier 1's jump back to that loop's head (it counts towards the loop's hotness).
pub const BACK_EDGE: u32 = 1;

/// `oparg` of a LOAD_CONST whose operand is, until the executor owns its constants, an
/// index into `Projection::constants` rather than an address.
pub const PROMOTED_CONSTANT: u32 = 1;

/// Globals that programs rarely rebind: functions, classes, builtins and modules.
fn promotable(v: &Value) -> bool {
    matches!(
        v.view(),
        View::Function(_) | View::Class(_) | View::Builtin(_) | View::Module(_)
    )
}

/// Appends the uops of one instruction; false when it cannot be part of a trace.
fn project_one(code: &CodeObject, r: &Recorded, head: u32, close: Uop, out: &mut Vec<Uop>) -> bool {
    let ip = r.ip;
    let mut push = |id: UopId, oparg: u32, operand: u64| out.push(Uop::new(id, oparg, operand, ip));
    match r.instr {
        Instr::Nop => {}
        Instr::LoadFast(i) => push(UopId::LOAD_FAST, i, 0),
        Instr::StoreFast(i) => push(UopId::STORE_FAST, i, 0),
        Instr::LoadConst(i) => {
            let v = &code.consts[i as usize];
            push(UopId::LOAD_CONST, 0, v as *const _ as u64);
        }
        Instr::PopTop => push(UopId::POP_TOP, 0, 0),
        Instr::UnaryNegative if r.tos == Kind::Int => push(UopId::UNARY_NEGATIVE_INT, 0, 0),
        Instr::UnaryNegative if r.tos == Kind::Float => push(UopId::UNARY_NEGATIVE_FLOAT, 0, 0),
        Instr::UnaryNot if r.tos == Kind::Bool => push(UopId::UNARY_NOT_BOOL, 0, 0),
        Instr::Copy(i) => push(UopId::COPY, i, 0),
        Instr::Swap(i) => push(UopId::SWAP, i, 0),
        Instr::BinaryOp(op) => match (binary_int(op), binary_float(op), r.nos, r.tos) {
            (Some(id), _, Kind::Int, Kind::Int) => {
                push(UopId::GUARD_BOTH_INT, 0, 0);
                push(id, 0, 0);
            }
            (_, Some(id), Kind::Float, Kind::Float) => {
                push(UopId::GUARD_BOTH_FLOAT, 0, 0);
                push(id, 0, 0);
            }
            (_, Some(id), Kind::Int | Kind::Float, Kind::Int | Kind::Float)
                if r.nos != r.tos || id == UopId::BINARY_OP_TRUEDIV_FLOAT =>
            {
                let division = (id == UopId::BINARY_OP_TRUEDIV_FLOAT) as u32;
                push(UopId::TO_FLOAT_BOTH, division, 0);
                push(id, 0, 0);
            }
            _ => push(UopId::GENERIC, 0, ip as u64),
        },
        Instr::CompareOp(op) => match (r.nos, r.tos) {
            (Kind::Int, Kind::Int) => {
                push(UopId::GUARD_BOTH_INT, 0, 0);
                push(compare_int(op), 0, 0);
            }
            (Kind::Float, Kind::Float) => {
                push(UopId::GUARD_BOTH_FLOAT, 0, 0);
                push(compare_float(op), 0, 0);
            }
            _ => push(UopId::GENERIC, 0, ip as u64),
        },
        Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) if t == ip + 1 => {
            // Both ways lead to the next instruction (`if x: pass`): the truth test runs
            // for its effects and nothing is guarded, or every run that went the other way
            // than the recording would leave the trace.
            if r.tos != Kind::Bool {
                push(UopId::TO_BOOL, 0, 0);
            }
            push(UopId::POP_TOP, 0, 0);
            if t == head {
                out.push(close);
            }
        }
        Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
            let jumped = r.next_ip == t;
            let jump_if_true = matches!(r.instr, Instr::PopJumpIfTrue(_));
            if r.tos != Kind::Bool {
                push(UopId::TO_BOOL, 0, 0);
            }
            // The value was true exactly when (jumped and jump-if-true) or (fell through
            // and jump-if-false).
            if jumped == jump_if_true {
                push(UopId::GUARD_IS_TRUE_POP, 0, 0);
            } else {
                push(UopId::GUARD_IS_FALSE_POP, 0, 0);
            }
            if jumped && t == head {
                out.push(close);
            }
        }
        Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
            // The jump keeps the original value on the stack, so only bools are traced.
            if r.tos != Kind::Bool {
                return false;
            }
            let jumped = r.next_ip == t && t != ip + 1;
            let jump_if_true = matches!(r.instr, Instr::JumpIfTrueOrPop(_));
            if jumped == jump_if_true {
                push(UopId::GUARD_TOS_TRUE, 0, 0);
            } else {
                push(UopId::GUARD_TOS_FALSE, 0, 0);
            }
            if !jumped {
                push(UopId::POP_TOP, 0, 0);
            }
        }
        Instr::Jump(t) => {
            if t == head {
                out.push(close);
            } else if t <= ip {
                return false;
            }
        }
        Instr::ForIter(t) => {
            if r.next_ip == t {
                // The iterator was exhausted while recording: the loop is over.
                return false;
            }
            out.push(Uop {
                exit_ip: t,
                ..Uop::new(UopId::FOR_ITER, 0, 0, ip)
            });
        }
        // Anything that may leave the frame or jump is left to tier 1.
        Instr::ReturnValue
        | Instr::YieldValue
        | Instr::YieldFrom
        | Instr::GetAwaitable(_)
        | Instr::GetAIter
        | Instr::GetANext
        | Instr::EndAsyncFor
        | Instr::BeforeAsyncWith
        | Instr::Raise(_)
        | Instr::Reraise => return false,
        _ => {
            if r.next_ip != ip + 1 {
                return false;
            }
            push(UopId::GENERIC, 0, ip as u64);
        }
    }
    true
}

fn binary_int(op: BinOp) -> Option<UopId> {
    use BinOp::*;
    Some(match op {
        Add | InplaceAdd => UopId::BINARY_OP_ADD_INT,
        Sub | InplaceSub => UopId::BINARY_OP_SUB_INT,
        Mul | InplaceMul => UopId::BINARY_OP_MUL_INT,
        And | InplaceAnd => UopId::BINARY_OP_AND_INT,
        Or | InplaceOr => UopId::BINARY_OP_OR_INT,
        Xor | InplaceXor => UopId::BINARY_OP_XOR_INT,
        FloorDiv | InplaceFloorDiv => UopId::BINARY_OP_FLOORDIV_INT,
        Mod | InplaceMod => UopId::BINARY_OP_MOD_INT,
        _ => return None,
    })
}

fn binary_float(op: BinOp) -> Option<UopId> {
    use BinOp::*;
    Some(match op {
        Add | InplaceAdd => UopId::BINARY_OP_ADD_FLOAT,
        Sub | InplaceSub => UopId::BINARY_OP_SUB_FLOAT,
        Mul | InplaceMul => UopId::BINARY_OP_MUL_FLOAT,
        TrueDiv | InplaceTrueDiv => UopId::BINARY_OP_TRUEDIV_FLOAT,
        _ => return None,
    })
}

fn compare_int(op: CmpOp) -> UopId {
    match op {
        CmpOp::Lt => UopId::COMPARE_LT_INT,
        CmpOp::Le => UopId::COMPARE_LE_INT,
        CmpOp::Eq => UopId::COMPARE_EQ_INT,
        CmpOp::Ne => UopId::COMPARE_NE_INT,
        CmpOp::Gt => UopId::COMPARE_GT_INT,
        CmpOp::Ge => UopId::COMPARE_GE_INT,
    }
}

fn compare_float(op: CmpOp) -> UopId {
    match op {
        CmpOp::Lt => UopId::COMPARE_LT_FLOAT,
        CmpOp::Le => UopId::COMPARE_LE_FLOAT,
        CmpOp::Eq => UopId::COMPARE_EQ_FLOAT,
        CmpOp::Ne => UopId::COMPARE_NE_FLOAT,
        CmpOp::Gt => UopId::COMPARE_GT_FLOAT,
        CmpOp::Ge => UopId::COMPARE_GE_FLOAT,
    }
}
