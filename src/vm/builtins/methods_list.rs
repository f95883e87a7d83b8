//! Methods of `list`, `tuple` and `range`, and the argument checks shared with methods_dict.

use super::functions::sort_values;
use super::{constructor, method};
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::class::Class;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::View;
use crate::runtime::value::{PyList, PyRange, PyTuple, Value};
use crate::vm::iter::{IterKind, NativeIter};
use crate::vm::{PyResult, Vm};

// ---- receivers and argument checks (shared with methods_dict) ----

/// CPython exposes most dunders as slot wrappers, whose errors are worded differently from
/// those of ordinary methods; these few are ordinary methods despite their names.
fn is_slot(cls: &str, name: &str) -> bool {
    if !name.starts_with("__") {
        return false;
    }
    !matches!(
        (cls, name),
        ("list" | "dict", "__getitem__")
            | (_, "__reversed__" | "__getnewargs__")
            | ("dict" | "set" | "frozenset", "__contains__")
    )
}

/// The built-in value behind `args.args[0]` (unwrapping instances of subclasses), checked
/// by `pick`; CPython's descriptor errors otherwise.
pub(super) fn receiver<T>(
    vm: &mut Vm,
    args: &Args,
    cls: &str,
    name: &str,
    pick: impl Fn(&Value) -> Option<T>,
) -> PyResult<T> {
    let Some(first) = args.args.first() else {
        let msg = if is_slot(cls, name) {
            format!("descriptor '{name}' of '{cls}' object needs an argument")
        } else {
            format!("unbound method {cls}.{name}() needs an argument")
        };
        return Err(vm.type_error(msg));
    };
    let base = vm.unwrap_base(first);
    if let Some(t) = pick(&base) {
        return Ok(t);
    }
    let tn = vm.type_name(first);
    let msg = if is_slot(cls, name) {
        format!("descriptor '{name}' requires a '{cls}' object but received a '{tn}'")
    } else {
        format!("descriptor '{name}' for '{cls}' objects doesn't apply to a '{tn}' object")
    };
    Err(vm.type_error(msg))
}

/// Checks the arguments after `self`: `min..=max` positionals and no keywords, with the
/// wording CPython uses for a method of that shape.
pub(super) fn check_args(
    vm: &mut Vm,
    args: &Args,
    cls: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let slot = is_slot(cls, name);
    if !args.kwargs.is_empty() {
        let msg = if slot {
            format!("wrapper {name}() takes no keyword arguments")
        } else {
            format!("{cls}.{name}() takes no keyword arguments")
        };
        return Err(vm.type_error(msg));
    }
    let n = args.args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if slot {
        // Two-argument slot wrappers unpack with an empty function name, hence the space.
        let lead = if min == 2 { " " } else { "" };
        format!("{lead}expected {min} argument{}, got {n}", plural(min))
    } else if min == max && max == 0 {
        format!("{cls}.{name}() takes no arguments ({n} given)")
    } else if min == max && max == 1 {
        format!("{cls}.{name}() takes exactly one argument ({n} given)")
    } else if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(vm.type_error(msg))
}

/// Constructor arguments (after the class): at most one positional, no keywords.
pub(super) fn check_ctor_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<Value>> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.args.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {n}")));
    }
    Ok(args.args.get(1).cloned())
}

/// The class a constructor of `base` was called with: `None` for `base` itself, the class
/// for a user subclass (as in `tuple.__new__(Point, values)`), whose instance the result
/// must then be.
pub(super) fn ctor_class(
    vm: &mut Vm,
    args: &Args,
    base: &Obj<Class>,
) -> PyResult<Option<Obj<Class>>> {
    let bn = base.name();
    match args.args.first().view() {
        Some(View::Class(c)) if Obj::ptr_eq(c, base) => Ok(None),
        Some(View::Class(c)) if c.is_subclass(base) && !c.builtin => Ok(Some(c.clone())),
        Some(View::Class(c)) => {
            let cn = c.name();
            Err(vm.type_error(format!("{bn}.__new__({cn}): {cn} is not a subtype of {bn}")))
        }
        Some(_) => {
            let tn = vm.type_name(&args.args[0]);
            Err(vm.type_error(format!("{bn}.__new__(X): X is not a type object ({tn})")))
        }
        None => Err(vm.type_error(format!("{bn}.__new__(): not enough arguments"))),
    }
}

/// Wraps a built-in value in a fresh instance of the user subclass `cls`.
pub(super) fn instance_with_base(vm: &mut Vm, cls: &Obj<Class>, base: Value) -> Value {
    let inst = vm.new_instance(cls);
    *inst.base_value.borrow_mut() = base;
    Value::Instance(inst)
}

/// An index-sized integer argument (`__index__` honoured), as CPython's `n` format.
pub(crate) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let base = vm.unwrap_base(v);
    match base.view() {
        View::Int(i) => Ok(i),
        View::Bool(b) => Ok(b as i64),
        View::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => {
            if let Some(r) = vm.call_user_special(v, "__index__", vec![])? {
                return match r.view() {
                    View::Int(_) | View::Bool(_) | View::BigInt(_) => ssize_arg(vm, &r),
                    _ => {
                        let tn = vm.type_name(&r);
                        Err(vm.type_error(format!("__index__ returned non-int (type {tn})")))
                    }
                };
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// A `start`/`stop` argument of `index()`: huge values clamp instead of overflowing.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    const MSG: &str = "slice indices must be integers or have an __index__ method";
    let base = vm.unwrap_base(v);
    match base.view() {
        View::Int(i) => Ok(i),
        View::Bool(b) => Ok(b as i64),
        View::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => match vm.call_user_special(v, "__index__", vec![])? {
            Some(r) if matches!(r.view(), View::Int(_) | View::Bool(_) | View::BigInt(_)) => {
                slice_bound(vm, &r)
            }
            _ => Err(vm.type_error(MSG)),
        },
    }
}

/// The `[start, stop)` window of `seq.index(x, start, stop)` over a sequence of length `len`.
pub(super) fn index_window(vm: &mut Vm, args: &Args, len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let norm = |i: i64| if i < 0 { i.saturating_add(n).max(0) } else { i };
    let start = match args.args.get(2) {
        Some(v) => norm(slice_bound(vm, v)?),
        None => 0,
    };
    let stop = match args.args.get(3) {
        Some(v) => norm(slice_bound(vm, v)?),
        None => i64::MAX,
    };
    Ok((start as usize, stop.max(0) as usize))
}

/// `x == y` as containers compare elements: identity first.
pub(super) fn same(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    Ok(x.is(y) || vm.eq(x, y)?)
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Value> {
    let base = vm.unwrap_base(n);
    match base.view() {
        View::Int(_) | View::Bool(_) => Ok(base),
        View::BigInt(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        _ => {
            if let Some(r) = vm.call_user_special(n, "__index__", vec![])?
                && matches!(r.view(), View::Int(_) | View::Bool(_) | View::BigInt(_))
            {
                return repeat_count(vm, &r);
            }
            let tn = vm.type_name(n);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

// ---- list ----

fn as_list(v: &Value) -> Option<Obj<PyList>> {
    match v.view() {
        View::List(l) => Some(l.clone()),
        _ => None,
    }
}

fn list_recv(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Obj<PyList>> {
    let l = receiver(vm, args, "list", name, as_list)?;
    check_args(vm, args, "list", name, min, max)?;
    Ok(l)
}

fn list_item(l: &PyList, i: usize) -> Option<Value> {
    l.items.borrow().get(i).cloned()
}

/// `l.extend(src)`. Other iterables are consumed one item at a time, as in CPython, so a
/// generator that reads the list sees the items appended so far.
fn extend_from(vm: &mut Vm, l: &PyList, src: &Value) -> PyResult<()> {
    if let View::List(_) | View::Tuple(_) | View::Dict(_) | View::Set(_) | View::FrozenSet(_) =
        src.view()
    {
        let items = vm.collect_iterable(src)?;
        l.items.borrow_mut().extend(items);
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.next(&it)? {
        l.items.borrow_mut().push(x);
    }
    Ok(())
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.list.clone();
    if let Some(cls) = ctor_class(vm, &args, &base)? {
        // `list.__new__(Sub, ...)` leaves the filling to `__init__`, as in CPython.
        let l = Value::list(vec![]);
        return Ok(instance_with_base(vm, &cls, l));
    }
    let src = check_ctor_args(vm, &args, "list")?;
    let items = match src {
        Some(v) => vm.collect_iterable(&v)?,
        None => Vec::new(),
    };
    Ok(Value::list(items))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = receiver(vm, &args, "list", "__init__", as_list)?;
    let src = check_ctor_args(vm, &args, "list")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    if let Some(src) = src {
        extend_from(vm, &l, &src)?;
    }
    Ok(Value::None)
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "append", 1, 1)?;
    let pushed =
        crate::runtime::fallible::try_push(&mut l.items.borrow_mut(), args.args[1].clone());
    pushed.map_err(|_| vm.memory_error())?;
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "extend", 1, 1)?;
    extend_from(vm, &l, &args.args[1])?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "insert", 2, 2)?;
    let i = ssize_arg(vm, &args.args[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, args.args[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "pop", 0, 1)?;
    let i = match args.args.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let n = l.items.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = l.items.borrow_mut().remove(j as usize);
    Ok(v)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "remove", 1, 1)?;
    let x = &args.args[1];
    let mut i = 0;
    while let Some(item) = list_item(&l, i) {
        if same(vm, &item, x)? {
            // The comparison may have shrunk the list.
            let removed = {
                let mut items = l.items.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "index", 1, 3)?;
    let len = l.items.borrow().len();
    let (start, stop) = index_window(vm, &args, len)?;
    let x = &args.args[1];
    let mut i = start;
    while i < stop {
        let Some(item) = list_item(&l, i) else { break };
        if same(vm, &item, x)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "count", 1, 1)?;
    let x = &args.args[1];
    let (mut i, mut n) = (0, 0);
    while let Some(item) = list_item(&l, i) {
        if same(vm, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = receiver(vm, &args, "list", "sort", as_list)?;
    if args.args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    if args.kwargs.len() > 2 {
        let n = args.kwargs.len();
        return Err(vm.type_error(format!(
            "sort() takes at most 2 keyword arguments ({n} given)"
        )));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in &args.kwargs {
        match k.as_str() {
            "key" => key = Some(v.clone()).filter(|f| !f.is_none()),
            "reverse" => reverse = ssize_arg(vm, v)? != 0,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    // The list looks empty while key functions and comparisons run, as in CPython; what
    // they add to it is discarded and reported.
    let items = std::mem::take(&mut *l.items.borrow_mut());
    // A failing key function or comparison leaves the list as it was. (CPython may leave
    // it partly sorted after a failed comparison; that order is not reproducible here.)
    let original = items.clone();
    let result = sort_values(vm, items, key.as_ref(), reverse);
    let meddled = {
        let cur = l.items.borrow();
        !cur.is_empty() || cur.capacity() != 0
    };
    let (restored, outcome) = match result {
        Ok(sorted) => (sorted, Ok(())),
        Err(e) => (original, Err(e)),
    };
    let extra = std::mem::replace(&mut *l.items.borrow_mut(), restored);
    drop(extra);
    outcome?;
    if meddled {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "reverse", 0, 0)?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "copy", 0, 0)?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "clear", 0, 0)?;
    // Dropped after the borrow ends: element destructors must not see the list borrowed.
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__getitem__", 1, 1)?;
    vm.get_item(&Value::List(l), &args.args[1])
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__setitem__", 2, 2)?;
    vm.set_item(&Value::List(l), args.args[1].clone(), args.args[2].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__delitem__", 1, 1)?;
    vm.del_item(&Value::List(l), &args.args[1])?;
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__len__", 0, 0)?;
    let n = l.items.borrow().len();
    Ok(Value::Int(n as i64))
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__contains__", 1, 1)?;
    vm.contains(&Value::List(l), &args.args[1]).map(Value::Bool)
}

fn list_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__iter__", 0, 0)?;
    Ok(NativeIter::new(IterKind::List { list: l, idx: 0 }))
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__reversed__", 0, 0)?;
    let idx = l.items.borrow().len();
    Ok(NativeIter::new(IterKind::ListRev { list: l, idx }))
}

fn list_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__repr__", 0, 0)?;
    vm.repr(&Value::List(l)).map(Value::string)
}

fn list_compare(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let l = list_recv(vm, &args, name, 1, 1)?;
    let other = vm.unwrap_base(&args.args[1]);
    if !matches!(other.view(), View::List(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&Value::List(l), &other, op)
}

fn list_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, args, "__eq__", CmpOp::Eq)
}
fn list_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, args, "__ne__", CmpOp::Ne)
}
fn list_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, args, "__lt__", CmpOp::Lt)
}
fn list_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, args, "__le__", CmpOp::Le)
}
fn list_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, args, "__gt__", CmpOp::Gt)
}
fn list_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, args, "__ge__", CmpOp::Ge)
}

fn list_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__add__", 1, 1)?;
    let other_base = vm.unwrap_base(&args.args[1]);
    let View::List(other) = other_base.view() else {
        let tn = vm.type_name(&args.args[1]);
        return Err(vm.type_error(format!("can only concatenate list (not \"{tn}\") to list")));
    };
    let mut items = l.items.borrow().clone();
    items.extend(other.items.borrow().iter().cloned());
    Ok(Value::list(items))
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__iadd__", 1, 1)?;
    extend_from(vm, &l, &args.args[1])?;
    Ok(args.args[0].clone())
}

fn list_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__mul__", 1, 1)?;
    let n = repeat_count(vm, &args.args[1])?;
    vm.binary_op(&Value::List(l), &n, BinOp::Mul)
}

fn list_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__rmul__", 1, 1)?;
    let n = repeat_count(vm, &args.args[1])?;
    vm.binary_op(&Value::List(l), &n, BinOp::Mul)
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_recv(vm, &args, "__imul__", 1, 1)?;
    let n = repeat_count(vm, &args.args[1])?;
    vm.binary_op(&Value::List(l), &n, BinOp::InplaceMul)?;
    Ok(args.args[0].clone())
}

// ---- tuple ----

fn as_tuple(v: &Value) -> Option<Obj<PyTuple>> {
    match v.view() {
        View::Tuple(t) => Some(t.clone()),
        _ => None,
    }
}

fn tuple_recv(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Obj<PyTuple>> {
    let t = receiver(vm, args, "tuple", name, as_tuple)?;
    check_args(vm, args, "tuple", name, min, max)?;
    Ok(t)
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.tuple.clone();
    let sub = ctor_class(vm, &args, &base)?;
    let src = check_ctor_args(vm, &args, "tuple")?;
    let value = match src {
        // Tuples are immutable, so `tuple(t)` may return `t` itself.
        Some(v) if matches!(v.view(), View::Tuple(_)) => v,
        Some(v) => Value::tuple(vm.collect_iterable(&v)?),
        None => Value::tuple(Vec::new()),
    };
    match sub {
        Some(cls) => Ok(instance_with_base(vm, &cls, value)),
        None => Ok(value),
    }
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "count", 1, 1)?;
    let mut n = 0;
    for item in t.items().iter() {
        if same(vm, item, &args.args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "index", 1, 3)?;
    let (start, stop) = index_window(vm, &args, t.items().len())?;
    for (i, item) in t.items().iter().enumerate().take(stop).skip(start) {
        if same(vm, item, &args.args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__getitem__", 1, 1)?;
    vm.get_item(&Value::Tuple(t), &args.args[1])
}

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__len__", 0, 0)?;
    Ok(Value::Int(t.items().len() as i64))
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__contains__", 1, 1)?;
    vm.contains(&Value::Tuple(t), &args.args[1])
        .map(Value::Bool)
}

fn tuple_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__iter__", 0, 0)?;
    Ok(NativeIter::new(IterKind::Tuple { tuple: t, idx: 0 }))
}

fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__hash__", 0, 0)?;
    vm.hash(&Value::Tuple(t)).map(Value::Int)
}

fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__repr__", 0, 0)?;
    vm.repr(&Value::Tuple(t)).map(Value::string)
}

fn tuple_compare(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, name, 1, 1)?;
    let other = vm.unwrap_base(&args.args[1]);
    if !matches!(other.view(), View::Tuple(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&Value::Tuple(t), &other, op)
}

fn tuple_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "__eq__", CmpOp::Eq)
}
fn tuple_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "__ne__", CmpOp::Ne)
}
fn tuple_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "__lt__", CmpOp::Lt)
}
fn tuple_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "__le__", CmpOp::Le)
}
fn tuple_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "__gt__", CmpOp::Gt)
}
fn tuple_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "__ge__", CmpOp::Ge)
}

fn tuple_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__add__", 1, 1)?;
    let other_base = vm.unwrap_base(&args.args[1]);
    let View::Tuple(other) = other_base.view() else {
        let tn = vm.type_name(&args.args[1]);
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{tn}\") to tuple"
        )));
    };
    let mut items = t.items().to_vec();
    items.extend(other.items().iter().cloned());
    Ok(Value::tuple(items))
}

fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__mul__", 1, 1)?;
    let n = repeat_count(vm, &args.args[1])?;
    vm.binary_op(&Value::Tuple(t), &n, BinOp::Mul)
}

fn tuple_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__rmul__", 1, 1)?;
    let n = repeat_count(vm, &args.args[1])?;
    vm.binary_op(&Value::Tuple(t), &n, BinOp::Mul)
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_recv(vm, &args, "__getnewargs__", 0, 0)?;
    Ok(Value::tuple(vec![Value::tuple(t.items().to_vec())]))
}

// ---- range ----

fn as_range(v: &Value) -> Option<Obj<PyRange>> {
    match v.view() {
        // Methods over i64 bounds do not apply to ranges beyond i64.
        View::Range(r) if r.big.is_none() => Some(r.clone()),
        _ => None,
    }
}

fn range_recv(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Obj<PyRange>> {
    let r = receiver(vm, args, "range", name, as_range)?;
    check_args(vm, args, "range", name, min, max)?;
    Ok(r)
}

/// Position of the exact integer `x` in `r`, if it is one of its elements.
fn range_position(r: &PyRange, x: &Value) -> Option<i64> {
    let x = match x.view() {
        View::Int(i) => i as i128,
        View::Bool(b) => b as i128,
        _ => return None,
    };
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let inside = if step > 0 {
        x >= start && x < stop
    } else {
        x <= start && x > stop
    };
    if inside && (x - start) % step == 0 {
        Some(((x - start) / step) as i64)
    } else {
        None
    }
}

/// Whether the index lookup can be computed arithmetically rather than by comparing
/// against every element (only exact ints and bools; `__eq__` of other types must run).
fn range_exact(x: &Value) -> bool {
    matches!(x.view(), View::Int(_) | View::Bool(_) | View::BigInt(_))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_recv(vm, &args, "count", 1, 1)?;
    let x = &args.args[1];
    if range_exact(x) {
        return Ok(Value::Int(range_position(&r, x).is_some() as i64));
    }
    let len = crate::vm::ops::range_len(r.start, r.stop, r.step);
    let mut n = 0;
    for k in 0..len {
        let v = Value::Int(r.start + k * r.step);
        if vm.eq(&v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_recv(vm, &args, "index", 1, 1)?;
    let x = &args.args[1];
    if range_exact(x) {
        if let Some(i) = range_position(&r, x) {
            return Ok(Value::Int(i));
        }
        let s = vm.repr(x)?;
        return Err(vm.value_error(format!("{s} is not in range")));
    }
    let len = crate::vm::ops::range_len(r.start, r.stop, r.step);
    for k in 0..len {
        let v = Value::Int(r.start + k * r.step);
        if vm.eq(&v, x)? {
            return Ok(Value::Int(k));
        }
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_len_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_recv(vm, &args, "__len__", 0, 0)?;
    Ok(Value::Int(crate::vm::ops::range_len(
        r.start, r.stop, r.step,
    )))
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_recv(vm, &args, "__contains__", 1, 1)?;
    vm.contains(&Value::Range(r), &args.args[1])
        .map(Value::Bool)
}

fn range_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_recv(vm, &args, "__getitem__", 1, 1)?;
    vm.get_item(&Value::Range(r), &args.args[1])
}

fn range_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_recv(vm, &args, "__iter__", 0, 0)?;
    vm.get_iter(&Value::Range(r))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_recv(vm, &args, "__reversed__", 0, 0)?;
    let n = crate::vm::ops::range_len(r.start, r.stop, r.step);
    let last = r.start.wrapping_add((n - 1).wrapping_mul(r.step));
    Ok(NativeIter::new(IterKind::Range {
        next: last,
        step: r.step.wrapping_neg(),
        remaining: n,
    }))
}

pub fn install(vm: &mut Vm) {
    let list = vm.types.list.clone();
    constructor(&list, list_new);
    for (name, f) in [
        ("__init__", list_init as crate::runtime::function::NativeFn),
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__len__", list_len),
        ("__contains__", list_contains),
        ("__iter__", list_iter),
        ("__reversed__", list_reversed),
        ("__repr__", list_repr),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", list_mul),
        ("__rmul__", list_rmul),
        ("__imul__", list_imul),
    ] {
        method(&list, name, f);
    }
    list.dict.set_str("__hash__", Value::None);

    let tuple = vm.types.tuple.clone();
    constructor(&tuple, tuple_new);
    for (name, f) in [
        ("count", tuple_count as crate::runtime::function::NativeFn),
        ("index", tuple_index),
        ("__getitem__", tuple_getitem),
        ("__len__", tuple_len),
        ("__contains__", tuple_contains),
        ("__iter__", tuple_iter),
        ("__hash__", tuple_hash),
        ("__repr__", tuple_repr),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_rmul),
        ("__getnewargs__", tuple_getnewargs),
    ] {
        method(&tuple, name, f);
    }

    let range = vm.types.range.clone();
    for (name, f) in [
        ("count", range_count as crate::runtime::function::NativeFn),
        ("index", range_index),
        ("__len__", range_len_method),
        ("__contains__", range_contains),
        ("__getitem__", range_getitem),
        ("__iter__", range_iter),
        ("__reversed__", range_reversed),
    ] {
        method(&range, name, f);
    }
}
