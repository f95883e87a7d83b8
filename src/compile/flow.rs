//! Control-flow simulation of a finished instruction list: the value-stack depth and the
//! block stack at every reachable instruction, following every jump and every exception
//! edge. It computes `max_stack`, and in strict mode checks the invariants the VM relies on
//! (consistent depths at join points, no stack underflow, handlers entered with the depth
//! their `SetupExcept` recorded, empty block stack and a single value at `ReturnValue`).

use crate::bytecode::{Instr, MAKE_ANNOTATIONS, MAKE_CLOSURE, MAKE_DEFAULTS, MAKE_KWDEFAULTS};

/// How an instruction moves the stack: values popped, values pushed on fall-through, and
/// for a jump the depth change when the jump is taken.
struct Effect {
    pops: u32,
    pushes: u32,
    jump: Option<(u32, i64)>,
    falls_through: bool,
}

fn effect(instr: &Instr) -> Effect {
    use Instr::*;
    let e = |pops: u32, pushes: u32| Effect {
        pops,
        pushes,
        jump: None,
        falls_through: true,
    };
    let end = |pops: u32| Effect {
        pops,
        pushes: 0,
        jump: None,
        falls_through: false,
    };
    match *instr {
        Nop | PopBlock | PopExcept => e(0, 0),
        PopTop => e(1, 0),
        Copy(n) => e(n, n + 1),
        Swap(n) => e(n, n),
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
        | LoadGlobal(_) | LoadName(_) => e(0, 1),
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => e(1, 0),
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => e(0, 0),
        LoadAttr(_) => e(1, 1),
        StoreAttr(_) => e(2, 0),
        DeleteAttr(_) => e(1, 0),
        LoadMethod(_) => e(1, 2),
        BinarySubscr => e(2, 1),
        StoreSubscr => e(3, 0),
        DeleteSubscr => e(2, 0),
        BuildSlice(n) => e(n, 1),
        UnaryNegative | UnaryPositive | UnaryNot | UnaryInvert => e(1, 1),
        BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => e(2, 1),
        Jump(t) => Effect {
            pops: 0,
            pushes: 0,
            jump: Some((t, 0)),
            falls_through: false,
        },
        PopJumpIfFalse(t) | PopJumpIfTrue(t) => Effect {
            pops: 1,
            pushes: 0,
            jump: Some((t, -1)),
            falls_through: true,
        },
        JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => Effect {
            pops: 1,
            pushes: 0,
            jump: Some((t, 0)),
            falls_through: true,
        },
        GetIter => e(1, 1),
        ForIter(t) => Effect {
            pops: 1,
            pushes: 2,
            jump: Some((t, -1)),
            falls_through: true,
        },
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => e(n, 1),
        BuildMap(n) => e(n.saturating_mul(2), 1),
        ListAppend(n) | SetAdd(n) | ListExtend(n) | SetUpdate(n) | DictUpdate(n) => e(n + 1, n),
        MapAdd(n) => e(n + 2, n),
        DictMerge(n) => e(n + 1, n),
        ListToTuple => e(1, 1),
        UnpackSequence(n) => e(1, n),
        UnpackEx(n) => e(1, (n & 0xff) + (n >> 8) + 1),
        FormatValue(flags) => {
            if flags & crate::bytecode::FORMAT_HAS_SPEC != 0 {
                e(2, 1)
            } else {
                e(1, 1)
            }
        }
        MakeFunction(flags) => {
            let extra = [
                MAKE_DEFAULTS,
                MAKE_KWDEFAULTS,
                MAKE_ANNOTATIONS,
                MAKE_CLOSURE,
            ]
            .iter()
            .filter(|&&f| flags & f != 0)
            .count() as u32;
            e(1 + extra, 1)
        }
        Call(n) => e(n + 1, 1),
        CallKw(n) => e(n + 2, 1),
        CallMethod(n) => e(n + 2, 1),
        CallFunctionEx(k) => e(2 + u32::from(k != 0), 1),
        ReturnValue => end(1),
        YieldValue => e(1, 1),
        GetYieldFromIter => e(1, 1),
        YieldFrom => e(2, 1),
        GetAwaitable(_) | GetAIter => e(1, 1),
        GetANext => e(1, 2),
        EndAsyncFor => e(2, 0),
        BeforeAsyncWith => e(1, 2),
        SetupExcept(_) => e(0, 0),
        Raise(n) => end(n),
        Reraise => end(1),
        CheckExcMatch => e(2, 2),
        ExceptStar(crate::bytecode::EXCEPT_STAR_MATCH) => e(2, 2),
        ExceptStar(crate::bytecode::EXCEPT_STAR_SET_HANDLED) => e(1, 0),
        ExceptStar(_) => e(2, 1),
        LoadAssertionError => e(0, 1),
        BeforeWith => e(1, 2),
        WithExitNormal => e(1, 0),
        WithExceptStart => e(2, 3),
        ImportName(_) => e(0, 1),
        ImportFrom(_) => e(1, 2),
        ImportStar => e(1, 0),
        LoadBuildClass => e(0, 1),
        GetLen | MatchMapping | MatchSequence => e(1, 2),
        MatchKeys => e(2, 3),
        MatchClass(_) => e(3, 1),
        CopyDictWithoutKeys => e(2, 2),
        PrintExpr => e(1, 0),
        // Never in the compiler's output; the same effect as the generic instruction.
        _ => effect(&instr.generic()),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Block {
    Except { handler: u32, depth: u32 },
    HandlerActive,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    depth: u32,
    blocks: Vec<Block>,
}

/// Simulates all paths. With `strict`, any inconsistency is an error; otherwise the
/// simulation is best-effort and only the maximum depth matters.
fn simulate(instrs: &[Instr], strict: bool) -> Result<u32, String> {
    let n = instrs.len();
    let mut states: Vec<Option<State>> = vec![None; n];
    let mut work = Vec::new();
    let mut max = 0u32;
    if n == 0 {
        return Ok(0);
    }
    states[0] = Some(State {
        depth: 0,
        blocks: Vec::new(),
    });
    work.push(0usize);

    let flow = |target: usize,
                st: State,
                states: &mut Vec<Option<State>>,
                work: &mut Vec<usize>,
                from: usize|
     -> Result<(), String> {
        let Some(slot) = states.get_mut(target) else {
            return Err(format!("jump from {from} to {target} is out of range"));
        };
        match slot {
            None => {
                *slot = Some(st);
                work.push(target);
            }
            Some(old) => {
                if *old != st {
                    if strict {
                        return Err(format!(
                            "inconsistent state at {target} (from {from}): {old:?} vs {st:?}"
                        ));
                    }
                    if st.depth > old.depth {
                        *old = st;
                        work.push(target);
                    }
                }
            }
        }
        Ok(())
    };

    // Consistent code visits each instruction once; the budget only stops a non-strict
    // simulation of inconsistent code from chasing ever-growing depths around a loop.
    let mut budget = n.saturating_mul(64).saturating_add(1024);
    while let Some(pc) = work.pop() {
        budget = budget.saturating_sub(1);
        if budget == 0 {
            break;
        }
        let Some(state) = states[pc].clone() else {
            continue;
        };
        let instr = &instrs[pc];
        let eff = effect(instr);
        if state.depth < eff.pops {
            if strict {
                return Err(format!(
                    "stack underflow at {pc} ({instr:?}): depth {}",
                    state.depth
                ));
            }
            continue;
        }
        // An exception raised here lands in the innermost `SetupExcept` handler; the
        // handler-active blocks above it are popped on the way.
        if let Some(pos) = state
            .blocks
            .iter()
            .rposition(|b| matches!(b, Block::Except { .. }))
            && let Block::Except { handler, depth } = state.blocks[pos]
        {
            if strict && state.depth < depth {
                return Err(format!(
                    "depth {} below the depth {depth} recorded by the handler at {pc}",
                    state.depth
                ));
            }
            let mut blocks = state.blocks[..pos].to_vec();
            blocks.push(Block::HandlerActive);
            let st = State {
                depth: depth + 1,
                blocks,
            };
            max = max.max(depth + 1);
            flow(handler as usize, st, &mut states, &mut work, pc)?;
        }
        let mut next = state.clone();
        let block_ok = match instr {
            Instr::SetupExcept(h) => {
                next.blocks.push(Block::Except {
                    handler: *h,
                    depth: state.depth,
                });
                true
            }
            Instr::PopBlock => matches!(next.blocks.pop(), Some(Block::Except { .. })),
            Instr::PopExcept | Instr::EndAsyncFor => {
                next.blocks.pop() == Some(Block::HandlerActive)
            }
            _ => true,
        };
        if strict && !block_ok {
            return Err(format!("{instr:?} at {pc} does not match the block stack"));
        }
        if strict && *instr == Instr::ReturnValue && (state.depth != 1 || !state.blocks.is_empty())
        {
            return Err(format!(
                "ReturnValue at {pc} with depth {} and blocks {:?}",
                state.depth, state.blocks
            ));
        }
        let base = state.depth - eff.pops;
        if let Some((target, delta)) = eff.jump {
            let depth = u32::try_from(i64::from(state.depth) + delta).unwrap_or(0);
            max = max.max(depth);
            let st = State {
                depth,
                blocks: next.blocks.clone(),
            };
            flow(target as usize, st, &mut states, &mut work, pc)?;
        }
        if eff.falls_through {
            next.depth = base + eff.pushes;
            max = max.max(next.depth);
            if pc + 1 >= n {
                if strict {
                    return Err(format!("execution falls off the end after {pc}"));
                }
                continue;
            }
            flow(pc + 1, next, &mut states, &mut work, pc)?;
        }
    }
    Ok(max)
}

/// The largest value-stack depth any path reaches.
pub(crate) fn max_stack(instrs: &[Instr]) -> u32 {
    simulate(instrs, false).unwrap_or(instrs.len() as u32)
}

/// Checks the invariants the VM relies on; returns the depth reached on success.
#[cfg(test)]
pub(crate) fn verify(instrs: &[Instr]) -> Result<u32, String> {
    simulate(instrs, true)
}
