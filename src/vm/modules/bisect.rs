//! The `bisect` module (CPython's `_bisect` accelerator and its pure-Python wrapper in one):
//! binary search and insertion in sorted sequences, with CPython 3.11's `lo`, `hi` and
//! `key` parameters, comparing with `<` only, as CPython does.

use crate::bytecode::CmpOp;
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::{bind, function, ssize_arg};
use crate::vm::{PyResult, Vm};

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "bisect_right", bisect_right);
    function(d, "bisect_left", bisect_left);
    function(d, "insort_right", insort_right);
    function(d, "insort_left", insort_left);
    // The short names are the right-hand variants, as in CPython.
    function(d, "bisect", bisect_right);
    function(d, "insort", insort_right);
}

/// One search: the sequence, the value sought, the bounds and the key function.
struct Search {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

fn parse(vm: &mut Vm, fname: &str, args: &Args) -> PyResult<Search> {
    let slots = bind(
        vm,
        fname,
        &args.args,
        &args.kwargs,
        &["a", "x", "lo", "hi"],
        2,
        &["key"],
    )?;
    let mut slots = slots.into_iter();
    let mut next = || slots.next().flatten();
    let (a, x, lo, hi, key) = (next(), next(), next(), next(), next());
    let (Some(a), Some(x)) = (a, x) else {
        return Err(vm.type_error(format!("{fname}() missing required arguments")));
    };
    let lo = match lo {
        Some(v) => ssize_arg(vm, &v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = match hi {
        Some(v) if !v.is_none() => ssize_arg(vm, &v)?,
        _ => -1,
    };
    // CPython's `_bisect` takes -1 for "no hi" too, so an explicit -1 means the length.
    let hi = if hi == -1 { vm.len(&a)? as i64 } else { hi };
    let key = key.filter(|k| !k.is_none());
    Ok(Search { a, x, lo, hi, key })
}

/// Where `x` goes in `s.a[s.lo..s.hi]`: after equal items (`right`) or before them.
fn position(vm: &mut Vm, s: &Search, x: &Value, right: bool) -> PyResult<i64> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        // Both are non-negative and at most isize::MAX: their sum cannot overflow a u64.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = vm.get_item(&s.a, &Value::Int(mid))?;
        if let Some(key) = &s.key {
            item = vm.call(key, vec![item])?;
        }
        let goes_before = if right {
            let lt = vm.compare(x, &item, CmpOp::Lt)?;
            vm.truthy(&lt)?
        } else {
            let lt = vm.compare(&item, x, CmpOp::Lt)?;
            !vm.truthy(&lt)?
        };
        if goes_before {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn search(vm: &mut Vm, fname: &str, args: Args, right: bool) -> PyResult<Value> {
    let s = parse(vm, fname, &args)?;
    Ok(Value::Int(position(vm, &s, &s.x, right)?))
}

fn insort(vm: &mut Vm, fname: &str, args: Args, right: bool) -> PyResult<Value> {
    let s = parse(vm, fname, &args)?;
    let keyed = match &s.key {
        Some(key) => vm.call(key, vec![s.x.clone()])?,
        None => s.x.clone(),
    };
    let at = position(vm, &s, &keyed, right)?;
    match s.a.view() {
        View::List(l) => {
            let mut items = l.items.borrow_mut();
            let at = (at as usize).min(items.len());
            items.insert(at, s.x.clone());
        }
        _ => {
            vm.call_method(&s.a, "insert", vec![Value::Int(at), s.x.clone()])?;
        }
    }
    Ok(Value::None)
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, "bisect_right", args, true)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, "bisect_left", args, false)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, "insort_right", args, true)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, "insort_left", args, false)
}
