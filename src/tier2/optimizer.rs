//! The trace optimizer: abstract interpretation over the uops, tracking what is known about
//! each stack slot and local (its kind, a constant value, whether a local is bound).
//! It removes guards whose facts are already established, folds constant arithmetic, turns
//! int and float constants into immediates, and deletes pushes that are popped at once.

use super::trace::Uop;
use super::uop::UopId;
use crate::runtime::value::View;
use crate::runtime::value::{Value, word};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Fact {
    Unknown,
    /// Int and Float are inline words (boxed numbers are Unknown: heap objects to C).
    Int(Option<i64>),
    Float(Option<f64>),
    Bool,
}

impl Fact {
    fn is_int(self) -> bool {
        matches!(self, Fact::Int(_))
    }
    fn is_float(self) -> bool {
        matches!(self, Fact::Float(_))
    }
}

/// Facts and the index of the uop that pushed each slot (for folding).
#[derive(Clone, Copy)]
struct Slot {
    fact: Fact,
    producer: Option<usize>,
    /// The producer's only effect is the push (it cannot raise or leave the trace).
    pure: bool,
}

const UNKNOWN: Slot = Slot {
    fact: Fact::Unknown,
    producer: None,
    pure: false,
};

fn pushed(fact: Fact, producer: usize, pure: bool) -> Slot {
    Slot {
        fact,
        producer: Some(producer),
        pure,
    }
}

pub fn optimize(uops: &[Uop], nlocals: usize) -> Vec<Uop> {
    let mut out: Vec<Option<Uop>> = uops.iter().copied().map(Some).collect();
    // The abstract stack holds only the slots pushed inside the trace; anything below is
    // unknown (`pop` past the bottom yields UNKNOWN).
    let mut stack: Vec<Slot> = Vec::new();
    let mut locals: Vec<Fact> = vec![Fact::Unknown; nlocals];
    let mut bound: Vec<bool> = vec![false; nlocals];
    let pop = |s: &mut Vec<Slot>| s.pop().unwrap_or(UNKNOWN);
    for i in 0..out.len() {
        let Some(u) = out[i] else { continue };
        match u.id {
            UopId::LOAD_FAST => {
                let l = u.oparg as usize;
                let fact = locals.get(l).copied().unwrap_or(Fact::Unknown);
                // Loading an unbound local raises; once loaded, it is known to be bound.
                let was_bound = bound.get(l).copied().unwrap_or(false);
                stack.push(pushed(fact, i, was_bound));
                if let Some(b) = bound.get_mut(l) {
                    *b = true;
                }
            }
            UopId::STORE_FAST => {
                let s = pop(&mut stack);
                let l = u.oparg as usize;
                if l < nlocals {
                    locals[l] = s.fact;
                    bound[l] = true;
                }
            }
            UopId::LOAD_CONST => {
                let v = constant(u.operand);
                let (id, operand, fact) = match v.and_then(inline_load) {
                    Some((id, w)) => (id, w, v.unwrap_or(Fact::Unknown)),
                    None => (u.id, u.operand, v.unwrap_or(Fact::Unknown)),
                };
                out[i] = Some(Uop { id, operand, ..u });
                stack.push(pushed(fact, i, true));
            }
            UopId::LOAD_INT => {
                stack.push(pushed(Fact::Int(Some(word::int_of(u.operand))), i, true))
            }
            UopId::LOAD_FLOAT => stack.push(pushed(
                Fact::Float(Some(word::float_of(u.operand))),
                i,
                true,
            )),
            UopId::POP_TOP => {
                let s = pop(&mut stack);
                // A push popped at once: both go (a LOAD_FAST only when the local is
                // known to be bound, since loading an unbound one raises).
                if let Some(p) = s.producer
                    && p + 1 == i
                    && s.pure
                    && out[p].is_some()
                {
                    out[p] = None;
                    out[i] = None;
                }
            }
            UopId::COPY => {
                let n = u.oparg as usize;
                let s = if n <= stack.len() {
                    stack[stack.len() - n]
                } else {
                    UNKNOWN
                };
                stack.push(pushed(s.fact, i, true));
            }
            UopId::SWAP => {
                let n = u.oparg as usize;
                let len = stack.len();
                if n <= len {
                    stack.swap(len - 1, len - n);
                } else {
                    // The other slot is below what the trace knows: forget both.
                    if let Some(top) = stack.last_mut() {
                        *top = UNKNOWN;
                    }
                }
                for s in stack.iter_mut() {
                    s.producer = None;
                }
            }
            UopId::TO_FLOAT_BOTH => {
                let len = stack.len();
                let floats = (1..=2).all(|k| len >= k && stack[len - k].fact.is_float());
                if floats {
                    out[i] = None;
                }
                for k in 1..=2 {
                    if len >= k && !stack[len - k].fact.is_float() {
                        stack[len - k] = Slot {
                            fact: Fact::Float(None),
                            ..UNKNOWN
                        };
                    }
                }
            }
            UopId::GUARD_BOTH_INT | UopId::GUARD_BOTH_FLOAT => {
                let int = u.id == UopId::GUARD_BOTH_INT;
                let known = |f: Fact| if int { f.is_int() } else { f.is_float() };
                let len = stack.len();
                let tos = if len >= 1 {
                    stack[len - 1].fact
                } else {
                    Fact::Unknown
                };
                let nos = if len >= 2 {
                    stack[len - 2].fact
                } else {
                    Fact::Unknown
                };
                out[i] = match (known(nos), known(tos)) {
                    (true, true) => None,
                    (true, false) => Some(Uop {
                        id: if int {
                            UopId::GUARD_TOS_INT
                        } else {
                            UopId::GUARD_TOS_FLOAT
                        },
                        ..u
                    }),
                    (false, true) => Some(Uop {
                        id: if int {
                            UopId::GUARD_NOS_INT
                        } else {
                            UopId::GUARD_NOS_FLOAT
                        },
                        ..u
                    }),
                    (false, false) => Some(u),
                };
                let fact = if int {
                    Fact::Int(None)
                } else {
                    Fact::Float(None)
                };
                for k in 1..=2 {
                    if len >= k && !known(stack[len - k].fact) {
                        stack[len - k].fact = fact;
                    }
                }
            }
            id if binary_int(id).is_some() || binary_float(id).is_some() => {
                let b = pop(&mut stack);
                let a = pop(&mut stack);
                // Folding moves both pushes to this uop, so nothing that can leave the trace
                // may sit between them and here (its exit would miss a stack value).
                let adjacent = match (a.producer, b.producer) {
                    (Some(pa), Some(pb)) => {
                        (pa.min(pb) + 1..i).all(|k| k == pa.max(pb) || out[k].is_none())
                    }
                    _ => false,
                };
                let folded = fold(id, a.fact, b.fact)
                    .filter(|_| adjacent)
                    .and_then(|r| Some((r, inline_load(r)?)));
                match folded {
                    Some((result, (load, operand))) => {
                        // Both operands were constants pushed by uops whose only effect is
                        // the push: drop them and push the result instead.
                        for p in [a.producer, b.producer].into_iter().flatten() {
                            out[p] = None;
                        }
                        out[i] = Some(Uop {
                            id: load,
                            oparg: 0,
                            operand,
                            ..u
                        });
                        stack.push(pushed(result, i, true));
                    }
                    None => stack.push(Slot {
                        fact: if binary_int(id).is_some() {
                            Fact::Int(None)
                        } else {
                            Fact::Float(None)
                        },
                        ..UNKNOWN
                    }),
                }
            }
            id if is_compare(id) => {
                pop(&mut stack);
                pop(&mut stack);
                stack.push(Slot {
                    fact: Fact::Bool,
                    ..UNKNOWN
                });
            }
            UopId::TO_BOOL => {
                if let Some(top) = stack.last_mut() {
                    if top.fact == Fact::Bool {
                        out[i] = None;
                    }
                    top.fact = Fact::Bool;
                    top.producer = None;
                }
            }
            UopId::UNARY_NEGATIVE_INT | UopId::UNARY_NEGATIVE_FLOAT | UopId::UNARY_NOT_BOOL => {
                pop(&mut stack);
                let fact = match u.id {
                    UopId::UNARY_NEGATIVE_INT => Fact::Int(None),
                    UopId::UNARY_NEGATIVE_FLOAT => Fact::Float(None),
                    _ => Fact::Bool,
                };
                stack.push(Slot { fact, ..UNKNOWN });
            }
            UopId::GUARD_IS_TRUE_POP | UopId::GUARD_IS_FALSE_POP => {
                pop(&mut stack);
            }
            UopId::FOR_ITER => stack.push(UNKNOWN),
            UopId::GENERIC => {
                // A whole instruction run by tier 1: its stack effect is not modelled, so
                // nothing on the stack is known afterwards. Of the instructions that write
                // locals only DeleteFast can be GENERIC; it unbinds, so boundness is
                // forgotten. Kinds may stay: LOAD_FAST checks for unbound slots itself.
                stack.clear();
                bound.iter_mut().for_each(|b| *b = false);
            }
            _ => {}
        }
    }
    out.into_iter().flatten().collect()
}

/// The uop that pushes a known number and its operand (the value word), when the number
/// has an inline form (others stay `LOAD_CONST`s, or unfolded).
fn inline_load(fact: Fact) -> Option<(UopId, u64)> {
    match fact {
        Fact::Int(Some(x)) => Some((UopId::LOAD_INT, word::int(x)?)),
        Fact::Float(Some(x)) => Some((UopId::LOAD_FLOAT, word::float(x)?)),
        _ => None,
    }
}

/// The fact for a constant operand (`LOAD_CONST` points at the code object's constant).
fn constant(operand: u64) -> Option<Fact> {
    if operand == 0 {
        return None;
    }
    // SAFETY: LOAD_CONST operands are addresses of `CodeObject::consts` entries, which the
    // code object (alive while its loops are traced) owns and never moves.
    let v = unsafe { &*(operand as *const Value) };
    // A fact of kind Int or Float promises an inline word (what the guards check and the
    // arithmetic uops read); a boxed number is only a heap object to them.
    Some(match v.view() {
        View::Int(x) if word::int(x).is_some() => Fact::Int(Some(x)),
        View::Float(x) if word::float(x).is_some() => Fact::Float(Some(x)),
        View::Bool(_) => Fact::Bool,
        _ => Fact::Unknown,
    })
}

fn binary_int(id: UopId) -> Option<fn(i64, i64) -> Option<i64>> {
    Some(match id {
        UopId::BINARY_OP_ADD_INT => i64::checked_add,
        UopId::BINARY_OP_SUB_INT => i64::checked_sub,
        UopId::BINARY_OP_MUL_INT => i64::checked_mul,
        UopId::BINARY_OP_AND_INT => |a, b| Some(a & b),
        UopId::BINARY_OP_OR_INT => |a, b| Some(a | b),
        UopId::BINARY_OP_XOR_INT => |a, b| Some(a ^ b),
        UopId::BINARY_OP_FLOORDIV_INT => |a, b| {
            (b != 0 && !(a == i64::MIN && b == -1)).then(|| num_integer::Integer::div_floor(&a, &b))
        },
        UopId::BINARY_OP_MOD_INT => |a, b| {
            (b != 0 && !(a == i64::MIN && b == -1)).then(|| num_integer::Integer::mod_floor(&a, &b))
        },
        _ => return None,
    })
}

fn binary_float(id: UopId) -> Option<fn(f64, f64) -> Option<f64>> {
    Some(match id {
        UopId::BINARY_OP_ADD_FLOAT => |a, b| Some(a + b),
        UopId::BINARY_OP_SUB_FLOAT => |a, b| Some(a - b),
        UopId::BINARY_OP_MUL_FLOAT => |a, b| Some(a * b),
        UopId::BINARY_OP_TRUEDIV_FLOAT => |a, b| (b != 0.0).then(|| a / b),
        _ => return None,
    })
}

fn fold(id: UopId, a: Fact, b: Fact) -> Option<Fact> {
    match (a, b) {
        (Fact::Int(Some(x)), Fact::Int(Some(y))) => {
            binary_int(id)?(x, y).map(|r| Fact::Int(Some(r)))
        }
        (Fact::Float(Some(x)), Fact::Float(Some(y))) => {
            binary_float(id)?(x, y).map(|r| Fact::Float(Some(r)))
        }
        _ => None,
    }
}

fn is_compare(id: UopId) -> bool {
    id.name().starts_with("COMPARE_")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(id: UopId, oparg: u32, operand: u64) -> Uop {
        Uop::new(id, oparg, operand, 0)
    }

    #[test]
    fn folds_constant_arithmetic_and_drops_its_guard() {
        let one = Value::Int(2);
        let two = Value::Int(40);
        let trace = [
            u(UopId::LOAD_CONST, 0, &one as *const _ as u64),
            u(UopId::LOAD_CONST, 0, &two as *const _ as u64),
            u(UopId::GUARD_BOTH_INT, 0, 0),
            u(UopId::BINARY_OP_ADD_INT, 0, 0),
            u(UopId::STORE_FAST, 0, 0),
            u(UopId::JUMP_TO_TOP, 0, 0),
        ];
        let opt = optimize(&trace, 1);
        let ids: Vec<_> = opt.iter().map(|u| u.id).collect();
        assert_eq!(
            ids,
            [UopId::LOAD_INT, UopId::STORE_FAST, UopId::JUMP_TO_TOP]
        );
        assert_eq!(opt[0].operand, word::int(42).unwrap());
    }

    #[test]
    fn no_folding_across_a_guard() {
        // `1 - (2 if c else 0)`: the guard's exit needs the first constant on the stack.
        let one = Value::Int(1);
        let zero = Value::Int(0);
        let trace = [
            u(UopId::LOAD_CONST, 0, &one as *const _ as u64),
            u(UopId::LOAD_FAST, 0, 0),
            u(UopId::GUARD_IS_FALSE_POP, 0, 0),
            u(UopId::LOAD_CONST, 0, &zero as *const _ as u64),
            u(UopId::GUARD_BOTH_INT, 0, 0),
            u(UopId::BINARY_OP_SUB_INT, 0, 0),
        ];
        let ids: Vec<_> = optimize(&trace, 1).iter().map(|u| u.id).collect();
        assert_eq!(
            ids,
            [
                UopId::LOAD_INT,
                UopId::LOAD_FAST,
                UopId::GUARD_IS_FALSE_POP,
                UopId::LOAD_INT,
                UopId::BINARY_OP_SUB_INT
            ]
        );
    }

    #[test]
    fn overflowing_constants_are_not_folded() {
        // The largest inline int: the sum needs a boxed one, which no LOAD_INT can push.
        let big = Value::Int((1 << 62) - 1);
        let trace = [
            u(UopId::LOAD_CONST, 0, &big as *const _ as u64),
            u(UopId::LOAD_CONST, 0, &big as *const _ as u64),
            u(UopId::GUARD_BOTH_INT, 0, 0),
            u(UopId::BINARY_OP_ADD_INT, 0, 0),
        ];
        let ids: Vec<_> = optimize(&trace, 0).iter().map(|u| u.id).collect();
        assert_eq!(
            ids,
            [UopId::LOAD_INT, UopId::LOAD_INT, UopId::BINARY_OP_ADD_INT]
        );
    }

    #[test]
    fn boxed_constants_stay_loads_and_keep_their_guards() {
        // `1 - 2**62`: the constant is a heap object, which a guard must still reject (the
        // known inline 1 needs none).
        let boxed = Value::Int(1 << 62);
        let one = Value::Int(1);
        let trace = [
            u(UopId::LOAD_CONST, 0, &one as *const _ as u64),
            u(UopId::LOAD_CONST, 0, &boxed as *const _ as u64),
            u(UopId::GUARD_BOTH_INT, 0, 0),
            u(UopId::BINARY_OP_SUB_INT, 0, 0),
            u(UopId::STORE_FAST, 0, 0),
        ];
        let ids: Vec<_> = optimize(&trace, 1).iter().map(|u| u.id).collect();
        assert_eq!(
            ids,
            [
                UopId::LOAD_INT,
                UopId::LOAD_CONST,
                UopId::GUARD_TOS_INT,
                UopId::BINARY_OP_SUB_INT,
                UopId::STORE_FAST
            ]
        );
    }

    #[test]
    fn known_int_results_need_no_second_guard() {
        // x = a + b; y = x + a: the second add only needs `a` checked again... except `a`
        // was guarded by the first add too, so no guard remains for the second.
        let trace = [
            u(UopId::LOAD_FAST, 0, 0),
            u(UopId::LOAD_FAST, 1, 0),
            u(UopId::GUARD_BOTH_INT, 0, 0),
            u(UopId::BINARY_OP_ADD_INT, 0, 0),
            u(UopId::STORE_FAST, 2, 0),
            u(UopId::LOAD_FAST, 2, 0),
            u(UopId::LOAD_FAST, 0, 0),
            u(UopId::GUARD_BOTH_INT, 0, 0),
            u(UopId::BINARY_OP_ADD_INT, 0, 0),
        ];
        let ids: Vec<_> = optimize(&trace, 3).iter().map(|u| u.id).collect();
        // Local 0 was only guarded as a stack slot, not as a local: its guard stays.
        assert_eq!(
            ids,
            [
                UopId::LOAD_FAST,
                UopId::LOAD_FAST,
                UopId::GUARD_BOTH_INT,
                UopId::BINARY_OP_ADD_INT,
                UopId::STORE_FAST,
                UopId::LOAD_FAST,
                UopId::LOAD_FAST,
                UopId::GUARD_TOS_INT,
                UopId::BINARY_OP_ADD_INT,
            ]
        );
    }

    #[test]
    fn push_then_pop_cancels_only_when_it_cannot_raise() {
        let trace = [
            u(UopId::LOAD_FAST, 0, 0),
            u(UopId::POP_TOP, 0, 0),
            u(UopId::LOAD_FAST, 0, 0),
            u(UopId::STORE_FAST, 1, 0),
            u(UopId::LOAD_FAST, 1, 0),
            u(UopId::POP_TOP, 0, 0),
        ];
        let ids: Vec<_> = optimize(&trace, 2).iter().map(|u| u.id).collect();
        // The first load may raise UnboundLocalError; the last is of a local just stored.
        assert_eq!(
            ids,
            [
                UopId::LOAD_FAST,
                UopId::POP_TOP,
                UopId::LOAD_FAST,
                UopId::STORE_FAST
            ]
        );
    }
}
