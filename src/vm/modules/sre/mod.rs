//! `_sre`: tessera's own regular-expression engine under the bundled `re.py`. The parser
//! (parse.rs) gives CPython's syntax and `re.error` messages; the engine (engine.rs) is a
//! backtracking matcher with CPython's leftmost, first-alternative-wins semantics.
//!
//! Functions (all positions are code-point indices):
//! - `compile(pattern, flags)` -> `(program, flags, groups, [(name, index), ...])`, or
//!   `(msg, pos)` for a syntax error (re.py raises `re.error`);
//! - `match(program, string, pos, endpos, mode, must_advance)` -> flat marks tuple
//!   `(start0, end0, start1, end1, ..., lastindex)` with -1 for unset, or None;
//!   mode 0 = match, 1 = fullmatch, 2 = search;
//! - `scan(program, string, pos, endpos, limit)` -> list of marks tuples of successive
//!   non-overlapping matches (CPython's rules for empty matches);
//! - `findall(program, string, pos, endpos)`;
//! - `sub(program, parts, string, count)` -> `(result, n)` where parts is a list of
//!   literal strings and group numbers.

mod engine;
mod parse;

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObject};
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::value::{OptionView, Value, View};
use crate::vm::builtins::function;
use crate::vm::{PyResult, Vm};
use engine::{Ch, Matcher, Mode, Program};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Compiled {
    prog: Program,
    bytes: bool,
    groups: usize,
}

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "compile", compile);
    function(d, "match", match_);
    function(d, "scan", scan);
    function(d, "findall", findall);
    function(d, "sub", sub);
    function(d, "split", split);
    function(d, "groups", groups);
    function(d, "substr", substr);
    d.set_str("MAXREPEAT", Value::Int(4294967295));
    d.set_str("MAXGROUPS", Value::Int(1073741823));
}

fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pat, bytes): (Vec<u32>, bool) = match args.args.first().view() {
        Some(View::Str(s)) => (s.as_str().chars().map(|c| c as u32).collect(), false),
        Some(View::Bytes(b)) => (b.iter().map(|&c| c as u32).collect(), true),
        _ => return Err(vm.type_error("first argument must be string or compiled pattern")),
    };
    let flags = match args.args.get(1).view() {
        Some(View::Int(i)) => i as u32,
        Some(View::Bool(b)) => b as u32,
        _ => 0,
    };
    let parsed = match parse::parse(&pat, flags, bytes) {
        Ok(p) => p,
        Err(parse::ParseError::Re(msg, pos)) => {
            return Ok(Value::tuple(vec![
                Value::string(msg),
                match pos {
                    Some(p) => Value::Int(p as i64),
                    None => Value::None,
                },
            ]));
        }
        Err(parse::ParseError::Overflow(m)) => return Err(vm.overflow_error(m)),
        Err(parse::ParseError::Value(m)) => return Err(vm.value_error(m)),
        Err(parse::ParseError::Recursion) => {
            return Err(vm.err("RecursionError", "maximum recursion depth exceeded"));
        }
    };
    let prog = engine::compile(&parsed.node, parsed.groups);
    let compiled: Rc<dyn Any> = Rc::new(Compiled {
        prog,
        bytes,
        groups: parsed.groups,
    });
    let obj = Value::Native(Obj::new(NativeObject {
        class: vm.types.sre_program.clone(),
        data: RefCell::new(NativeData::Opaque(compiled)),
    }));
    let names: Vec<Value> = parsed
        .names
        .into_iter()
        .map(|(n, g)| Value::tuple(vec![Value::string(n), Value::Int(g as i64)]))
        .collect();
    Ok(Value::tuple(vec![
        obj,
        Value::Int(parsed.flags as i64),
        Value::Int(parsed.groups as i64),
        Value::list(names),
    ]))
}

fn program(vm: &mut Vm, v: Option<&Value>) -> PyResult<Rc<Compiled>> {
    if let Some(View::Native(n)) = v.view()
        && let NativeData::Opaque(a) = &*n.data.borrow()
        && let Ok(c) = a.clone().downcast::<Compiled>()
    {
        return Ok(c);
    }
    Err(vm.type_error("expected a compiled regular expression"))
}

/// The subject of a match, as the engine reads it.
enum Subj {
    Ascii(Obj<PyStr>),
    Wide(Rc<Vec<u32>>),
    Bytes(Obj<Vec<u8>>),
}

/// A non-ASCII str and its code points.
type WideEntry = (Obj<PyStr>, Rc<Vec<u32>>);

thread_local! {
    /// The code points of the last non-ASCII subject, so that a loop of `match(s, pos)`
    /// calls over one long string does not convert it every time.
    static WIDE: RefCell<Option<WideEntry>> = const { RefCell::new(None) };
}

fn type_name(vm: &Vm, v: &Value) -> String {
    vm.type_name(v).to_string()
}

/// The subject for a str: its bytes when ASCII, else its code points (cached).
fn str_subject(s: &Obj<PyStr>) -> Subj {
    if s.is_ascii() {
        return Subj::Ascii(s.clone());
    }
    let hit = WIDE.with(|w| {
        w.borrow()
            .as_ref()
            .filter(|(o, _)| Obj::ptr_eq(o, s))
            .map(|(_, v)| v.clone())
    });
    if let Some(v) = hit {
        return Subj::Wide(v);
    }
    let v: Rc<Vec<u32>> = Rc::new(s.as_str().chars().map(|c| c as u32).collect());
    WIDE.with(|w| *w.borrow_mut() = Some((s.clone(), v.clone())));
    Subj::Wide(v)
}

fn subject(vm: &mut Vm, c: &Compiled, v: Option<&Value>) -> PyResult<Subj> {
    match v.view() {
        Some(View::Str(s)) => {
            if c.bytes {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            Ok(str_subject(s))
        }
        Some(View::Bytes(b)) => {
            if !c.bytes {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            Ok(Subj::Bytes(b.clone()))
        }
        Some(View::ByteArray(b)) => {
            if !c.bytes {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            Ok(Subj::Bytes(Obj::new(b.snapshot())))
        }
        Some(_) => {
            let n = type_name(vm, v.unwrap());
            Err(vm.type_error(format!("expected string or bytes-like object, got '{n}'")))
        }
        None => Err(vm.type_error("expected string or bytes-like object")),
    }
}

impl Subj {
    fn len(&self) -> usize {
        match self {
            Subj::Ascii(s) => s.as_str().len(),
            Subj::Wide(v) => v.len(),
            Subj::Bytes(b) => b.len(),
        }
    }

    fn slice(&self, a: usize, b: usize) -> Value {
        if a >= b {
            return self.empty();
        }
        match self {
            Subj::Ascii(s) => Value::str(&s.as_str()[a..b]),
            Subj::Wide(v) => Value::string(
                v[a..b]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect(),
            ),
            Subj::Bytes(v) => Value::Bytes(Obj::new(v[a..b].to_vec())),
        }
    }

    fn empty(&self) -> Value {
        match self {
            Subj::Bytes(_) => Value::Bytes(Obj::new(Vec::new())),
            _ => Value::str(""),
        }
    }
}

fn int_arg(v: Option<&Value>, default: i64) -> i64 {
    match v.view() {
        Some(View::Int(i)) => i,
        Some(View::Bool(b)) => b as i64,
        Some(View::BigInt(b)) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => default,
    }
}

/// Clamps pos/endpos as CPython does.
/// The arguments `(program, subject, pos, endpos, ...)` that the matching calls start
/// with: the program, the subject and the clamped window.
fn windowed(vm: &mut Vm, args: &Args) -> PyResult<(Rc<Compiled>, Subj, usize, usize)> {
    let c = program(vm, args.args.first())?;
    let subj = subject(vm, &c, args.args.get(1))?;
    let (pos, end) = bounds(
        subj.len(),
        int_arg(args.args.get(2), 0),
        int_arg(args.args.get(3), i64::MAX),
    );
    Ok((c, subj, pos, end))
}

fn bounds(len: usize, pos: i64, endpos: i64) -> (usize, usize) {
    let pos = pos.clamp(0, len as i64) as usize;
    let end = endpos.clamp(0, len as i64) as usize;
    (pos, end)
}

/// The marks tuple re.py's Match reads: every group's start and end (-1 when unset),
/// then lastindex (-1 for None), pos and endpos.
fn marks<T: Ch>(m: &Matcher<T>, pos: usize, end: usize) -> Value {
    let mut v: Vec<Value> = Vec::with_capacity(m.slots.len() + 3);
    v.extend(
        m.slots
            .iter()
            .map(|&s| Value::Int(if s == usize::MAX { -1 } else { s as i64 })),
    );
    v.push(Value::Int(if m.lastindex == usize::MAX {
        -1
    } else {
        m.lastindex as i64
    }));
    v.push(Value::Int(pos as i64));
    v.push(Value::Int(end as i64));
    Value::tuple(v)
}

/// Runs `f` over the subject's characters, monomorphized for bytes or code points.
macro_rules! with_text {
    ($subj:expr, |$t:ident| $body:expr) => {
        match $subj {
            Subj::Ascii(s) => {
                let $t: &[u8] = s.as_str().as_bytes();
                $body
            }
            Subj::Wide(v) => {
                let $t: &[u32] = &v[..];
                $body
            }
            Subj::Bytes(b) => {
                let $t: &[u8] = &b[..];
                $body
            }
        }
    };
}

fn match_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, subj, pos, end) = windowed(vm, &args)?;
    let mode = match int_arg(args.args.get(4), 0) {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let must_advance = int_arg(args.args.get(5), 0) != 0;
    if pos > end {
        return Ok(Value::None);
    }
    Ok(with_text!(&subj, |t| {
        let mut m = Matcher::new(&c.prog, t, end);
        if m.find(pos, mode, must_advance) {
            marks(&m, pos, end)
        } else if m.interrupted {
            return Err(interrupted(vm));
        } else {
            Value::None
        }
    }))
}

/// The error for a match the engine gave up: Ctrl-C, or a backtracking stack too large.
fn interrupted(vm: &mut Vm) -> crate::vm::PyErr {
    if crate::signals::take_interrupt() {
        vm.err_noargs("KeyboardInterrupt")
    } else {
        vm.err_noargs("MemoryError")
    }
}

/// Successive matches from `pos`: calls `f(matcher)` for each, up to `limit` (0 = all).
/// Returns false when Ctrl-C stopped the scan.
#[must_use]
fn each_match<T: Ch>(
    prog: &Program,
    t: &[T],
    pos: usize,
    end: usize,
    limit: usize,
    mut f: impl FnMut(&Matcher<T>),
) -> bool {
    let mut m = Matcher::new(prog, t, end);
    let mut at = pos;
    let mut must_advance = false;
    let mut n = 0;
    while at <= end {
        if !m.find(at, Mode::Search, must_advance) {
            return !m.interrupted;
        }
        f(&m);
        n += 1;
        if limit != 0 && n >= limit {
            break;
        }
        let (s, e) = (m.slots[0], m.slots[1]);
        must_advance = s == e;
        at = e;
    }
    true
}

fn scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, subj, pos, end) = windowed(vm, &args)?;
    let limit = int_arg(args.args.get(4), 0).max(0) as usize;
    let mut out = Vec::new();
    if pos <= end
        && !with_text!(&subj, |t| each_match(&c.prog, t, pos, end, limit, |m| out
            .push(marks(m, pos, end))))
    {
        return Err(interrupted(vm));
    }
    Ok(Value::list(out))
}

/// `split(program, string, maxsplit)`: the pieces between matches, with the groups.
fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = program(vm, args.args.first())?;
    let subj = subject(vm, &c, args.args.get(1))?;
    let maxsplit = int_arg(args.args.get(2), 0);
    if maxsplit < 0 {
        return Ok(Value::list(vec![args.args[1].clone()]));
    }
    let len = subj.len();
    let mut out = Vec::new();
    let groups = c.groups;
    let mut last = 0;
    let done = with_text!(&subj, |t| each_match(
        &c.prog,
        t,
        0,
        len,
        maxsplit as usize,
        |m| {
            out.push(subj.slice(last, m.slots[0]));
            for g in 1..=groups {
                let (a, b) = (m.slots[2 * g], m.slots[2 * g + 1]);
                out.push(if a == usize::MAX || b == usize::MAX {
                    Value::None
                } else {
                    subj.slice(a, b)
                });
            }
            last = m.slots[1];
        }
    ));
    if !done {
        return Err(interrupted(vm));
    }
    out.push(subj.slice(last, len));
    Ok(Value::list(out))
}

/// `substr(string, start, end)`: `string[start:end]` for code-point indices within the
/// string, in time proportional to the slice even for a long non-ASCII string (the match
/// subject's code points are cached), so a loop taking groups from one long text stays
/// linear.
fn substr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let subj = match args.args.first().view() {
        Some(View::Str(s)) => str_subject(s),
        Some(View::Bytes(b)) => Subj::Bytes(b.clone()),
        Some(View::ByteArray(b)) => Subj::Bytes(Obj::new(b.snapshot())),
        _ => return Err(vm.type_error("substr() expects a str or bytes")),
    };
    let len = subj.len() as i64;
    let a = int_arg(args.args.get(1), 0).clamp(0, len) as usize;
    let b = int_arg(args.args.get(2), len).clamp(0, len) as usize;
    Ok(if a >= b {
        subj.empty()
    } else {
        subj.slice(a, b)
    })
}

/// `groups(string, marks, default)`: Match.groups() from a marks tuple.
fn groups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(View::Tuple(m)) = args.args.get(1).view() else {
        return Err(vm.type_error("groups() expects a marks tuple"));
    };
    let default = args.args.get(2).cloned().unwrap_or(Value::None);
    let string = args.args.first().cloned().unwrap_or(Value::None);
    let n = m.items().len().saturating_sub(3) / 2;
    let mut out = Vec::with_capacity(n.saturating_sub(1));
    for g in 1..n {
        let (a, b) = (
            int_arg(m.items().get(2 * g), -1),
            int_arg(m.items().get(2 * g + 1), -1),
        );
        if a < 0 || b < 0 {
            out.push(default.clone());
            continue;
        }
        let (a, b) = (a as usize, b as usize);
        let len = match string.view() {
            View::Str(s) => s.char_len(),
            View::Bytes(v) => v.len(),
            View::ByteArray(v) => v.data.borrow().len(),
            _ => 0,
        };
        if a > b || b > len {
            return Err(vm.value_error("groups() marks out of range"));
        }
        out.push(match string.view() {
            View::Str(s) if s.is_ascii() => Value::str(&s.as_str()[a..b]),
            View::Str(s) => str_subject(s).slice(a, b),
            View::Bytes(v) => Value::Bytes(Obj::new(v[a..b].to_vec())),
            View::ByteArray(v) => Value::Bytes(Obj::new(v.data.borrow()[a..b].to_vec())),
            _ => return Err(vm.type_error("groups() expects a str or bytes")),
        });
    }
    Ok(Value::tuple(out))
}

fn findall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, subj, pos, end) = windowed(vm, &args)?;
    let mut out = Vec::new();
    let groups = c.groups;
    let get = |m: &[usize], g: usize| -> Value {
        let (a, b) = (m[2 * g], m[2 * g + 1]);
        if a == usize::MAX || b == usize::MAX {
            subj.empty()
        } else {
            subj.slice(a, b)
        }
    };
    if pos <= end
        && !with_text!(&subj, |t| each_match(&c.prog, t, pos, end, 0, |m| {
            out.push(match groups {
                0 => get(&m.slots, 0),
                1 => get(&m.slots, 1),
                _ => Value::tuple((1..=groups).map(|g| get(&m.slots, g)).collect()),
            })
        }))
    {
        return Err(interrupted(vm));
    }
    Ok(Value::list(out))
}

enum Part {
    Lit(Vec<u32>),
    Group(usize),
}

fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = program(vm, args.args.first())?;
    let mut parts = Vec::new();
    let Some(View::List(l)) = args.args.get(1).view() else {
        return Err(vm.type_error("sub() expects a list of template parts"));
    };
    for p in l.items.borrow().iter() {
        parts.push(match p.view() {
            View::Str(s) => Part::Lit(s.as_str().chars().map(|c| c as u32).collect()),
            View::Bytes(b) => Part::Lit(b.iter().map(|&c| c as u32).collect()),
            View::Int(g) if g >= 0 && (g as usize) <= c.groups => Part::Group(g as usize),
            _ => return Err(vm.type_error("bad template part")),
        });
    }
    let subj = subject(vm, &c, args.args.get(2))?;
    let count = int_arg(args.args.get(3), 0).max(0) as usize;
    let len = subj.len();
    let mut out: Vec<u32> = Vec::new();
    let mut n = 0usize;
    let done = with_text!(&subj, |t| {
        let mut last = 0;
        let done = each_match(&c.prog, t, 0, len, count, |m| {
            let (s, e) = (m.slots[0], m.slots[1]);
            out.extend(t[last..s].iter().map(|x| x.u()));
            for p in &parts {
                match p {
                    Part::Lit(v) => out.extend_from_slice(v),
                    Part::Group(g) => {
                        let (a, b) = (m.slots[2 * g], m.slots[2 * g + 1]);
                        if a != usize::MAX && b != usize::MAX {
                            out.extend(t[a..b].iter().map(|x| x.u()));
                        }
                    }
                }
            }
            last = e;
            n += 1;
        });
        out.extend(t[last..].iter().map(|x| x.u()));
        done
    });
    if !done {
        return Err(interrupted(vm));
    }
    let result = match subj {
        Subj::Bytes(_) => Value::Bytes(Obj::new(out.iter().map(|&c| c as u8).collect())),
        _ => Value::string(
            out.iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect(),
        ),
    };
    Ok(Value::tuple(vec![result, Value::Int(n as i64)]))
}
