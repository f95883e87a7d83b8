//! Methods of `collections.deque`. A deque is an instance of the built-in class `deque`
//! (or a subclass) whose built-in part, a `PyDeque`, is its `base_value`, so attribute
//! lookup, subclassing and the special-method protocols work as for any instance, and the
//! method call forms of tier 1 specialize `d.append(x)` as they do `l.append(x)`.

use super::methods_list::{check_args, ctor_class, index_window, receiver, same, ssize_arg};
use super::{builtin, constructor, method};
use crate::bytecode::CmpOp;
use crate::runtime::class::Class;
use crate::runtime::deque::{End, PyDeque};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::object::Obj;
use crate::runtime::value::{OptionView, Property, Value, View};
use crate::vm::iter::{IterKind, NativeIter};
use crate::vm::{PyResult, Vm};

/// CPython's name for the type in descriptor errors.
const TYPE_NAME: &str = "collections.deque";

pub fn install(vm: &mut Vm) {
    let cls = vm.types.deque.clone();
    const METHODS: &[(&str, NativeFn)] = &[
        ("__init__", deque_init),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("clear", deque_clear),
        ("copy", deque_copy),
        ("__copy__", deque_copy),
        ("count", deque_count),
        ("index", deque_index),
        ("insert", deque_insert),
        ("remove", deque_remove),
        ("reverse", deque_reverse),
        ("rotate", deque_rotate),
        ("__len__", deque_len),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
        ("__contains__", deque_contains),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__repr__", deque_repr),
        ("__eq__", deque_eq),
        ("__ne__", deque_ne),
        ("__lt__", deque_lt),
        ("__le__", deque_le),
        ("__gt__", deque_gt),
        ("__ge__", deque_ge),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__rmul__", deque_mul),
        ("__imul__", deque_imul),
        ("__reduce__", deque_reduce),
    ];
    for (name, f) in METHODS {
        method(&cls, name, *f);
    }
    constructor(&cls, deque_new);
    cls.dict.set_str("__hash__", Value::None);
    cls.dict.set_str(
        "maxlen",
        Value::Property(Obj::new(Property {
            fget: builtin("maxlen", deque_maxlen),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        })),
    );
}

fn as_deque(v: &Value) -> Option<Obj<PyDeque>> {
    match v.view() {
        View::Deque(d) => Some(d.clone()),
        _ => None,
    }
}

fn deque_recv(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Obj<PyDeque>> {
    let d = receiver(vm, args, TYPE_NAME, name, as_deque)?;
    check_args(vm, args, "deque", name, min, max)?;
    Ok(d)
}

fn mutated(vm: &mut Vm) -> crate::vm::PyErr {
    vm.err("RuntimeError", "deque mutated during iteration")
}

/// Appends every item of `src` at `end`. A deque extended by itself takes a copy first;
/// other iterables are consumed one item at a time, so a generator reading the deque sees
/// the items added so far.
fn extend(vm: &mut Vm, d: &Obj<PyDeque>, src: &Value, end: End) -> PyResult<()> {
    if let View::Deque(s) = vm.unwrap_base(src).view()
        && Obj::ptr_eq(s, d)
    {
        for x in d.snapshot() {
            drop(d.push(end, x));
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.next(&it)? {
        drop(d.push(end, x));
    }
    Ok(())
}

/// `deque(...)` makes and fills the deque in one step (built-in types are called that way);
/// `deque.__new__(Sub)` leaves the filling to `__init__`, as in CPython.
fn deque_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.deque.clone();
    if let Some(cls) = ctor_class(vm, &args, &base)? {
        return Ok(new_deque(vm, &cls, None));
    }
    let d = new_deque(vm, &base, None);
    let mut init = args;
    init.args[0] = d.clone();
    deque_init(vm, init)?;
    Ok(d)
}

/// `deque(iterable=(), maxlen=None)`, CPython's argument errors included.
fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, TYPE_NAME, "__init__", as_deque)?;
    let n = args.args.len() - 1;
    if n > 2 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({n} given)")));
    }
    let mut iterable = args.args.get(1).cloned();
    let mut maxlen = args.args.get(2).cloned();
    for (k, v) in &args.kwargs {
        let k = k.as_str();
        let slot = match k {
            "iterable" if iterable.is_none() => &mut iterable,
            "maxlen" if maxlen.is_none() => &mut maxlen,
            "iterable" | "maxlen" => {
                return Err(vm.type_error(format!(
                    "argument for deque() given by name ('{k}') and position"
                )));
            }
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for deque()"))
                );
            }
        };
        *slot = Some(v.clone());
    }
    let maxlen = match maxlen.view() {
        None | Some(View::None) => None,
        Some(View::Int(m)) if m < 0 => {
            return Err(vm.value_error("maxlen must be non-negative"));
        }
        Some(View::Int(m)) => Some(m as usize),
        Some(View::Bool(b)) => Some(b as usize),
        Some(_) => {
            let m = vm.unwrap_base(maxlen.as_ref().expect("matched Some"));
            match m.view() {
                View::Int(m) if m >= 0 => Some(m as usize),
                View::Int(_) => return Err(vm.value_error("maxlen must be non-negative")),
                View::BigInt(_) => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
                }
                _ => return Err(vm.type_error("an integer is required")),
            }
        }
    };
    d.maxlen.set(maxlen);
    drop(d.take_all());
    if let Some(src) = iterable {
        extend(vm, &d, &src, End::Back)?;
    }
    Ok(Value::None)
}

fn deque_maxlen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "maxlen", 0, 0)?;
    Ok(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
}

fn deque_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "append", 1, 1)?;
    drop(d.push(End::Back, args.args[1].clone()));
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "appendleft", 1, 1)?;
    drop(d.push(End::Front, args.args[1].clone()));
    Ok(Value::None)
}

fn pop_end(vm: &mut Vm, args: &Args, name: &str, end: End) -> PyResult<Value> {
    let d = deque_recv(vm, args, name, 0, 0)?;
    match d.pop(end) {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn deque_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_end(vm, &args, "pop", End::Back)
}

fn deque_popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_end(vm, &args, "popleft", End::Front)
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "extend", 1, 1)?;
    extend(vm, &d, &args.args[1], End::Back)?;
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "extendleft", 1, 1)?;
    extend(vm, &d, &args.args[1], End::Front)?;
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "clear", 0, 0)?;
    drop(d.take_all());
    Ok(Value::None)
}

/// A new deque of `cls` holding `items`: directly for `deque` itself, through the class
/// (`cls(items[, maxlen])`) for a subclass, as CPython's copy does.
fn new_like(vm: &mut Vm, recv: &Value, d: &PyDeque, items: Vec<Value>) -> PyResult<Value> {
    let cls = vm.type_of(recv);
    if Obj::ptr_eq(&cls, &vm.types.deque) {
        let copy = new_deque(vm, &cls, d.maxlen.get());
        if let View::Instance(i) = copy.view()
            && let Some(c) = as_deque(&i.base_value.borrow())
        {
            for x in items {
                drop(c.push(End::Back, x));
            }
        }
        return Ok(copy);
    }
    let mut a = vec![Value::list(items)];
    if let Some(m) = d.maxlen.get() {
        a.push(Value::Int(m as i64));
    }
    vm.call(&Value::Class(cls), a)
}

/// A fresh, empty instance of `cls` (deque or a subclass), with no `__init__` run.
pub fn new_deque(vm: &mut Vm, cls: &Obj<Class>, maxlen: Option<usize>) -> Value {
    let inst = vm.new_instance(cls);
    *inst.base_value.borrow_mut() = Value::Deque(Obj::new(PyDeque::new(maxlen)));
    Value::Instance(inst)
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "copy", 0, 0)?;
    let items = d.snapshot();
    new_like(vm, &args.args[0], &d, items)
}

/// Calls `visit` with each item while the deque is unchanged: CPython's error when the
/// comparison `visit` runs changes it. `visit` returns true to stop.
fn scan(
    vm: &mut Vm,
    d: &PyDeque,
    start: usize,
    stop: usize,
    mut visit: impl FnMut(&mut Vm, usize, &Value) -> PyResult<bool>,
) -> PyResult<Option<usize>> {
    let state = d.state.get();
    let mut i = start;
    while i < stop {
        let Some(item) = d.get(i) else { break };
        let found = visit(vm, i, &item)?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        if found {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "count", 1, 1)?;
    let x = &args.args[1];
    let mut n = 0;
    scan(vm, &d, 0, d.len(), |vm, _, item| {
        if same(vm, item, x)? {
            n += 1;
        }
        Ok(false)
    })?;
    Ok(Value::Int(n))
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__contains__", 1, 1)?;
    let x = &args.args[1];
    let found = scan(vm, &d, 0, d.len(), |vm, _, item| same(vm, item, x))?;
    Ok(Value::Bool(found.is_some()))
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "index", 1, 3)?;
    let (start, stop) = index_window(vm, &args, d.len())?;
    let x = &args.args[1];
    match scan(vm, &d, start, stop, |vm, _, item| same(vm, item, x))? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(x)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "insert", 2, 2)?;
    let i = ssize_arg(vm, &args.args[1])?;
    if d.maxlen.get().is_some_and(|m| d.len() >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.items
        .borrow_mut()
        .insert(at as usize, args.args[2].clone());
    d.changed();
    Ok(Value::None)
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "remove", 1, 1)?;
    let x = &args.args[1];
    let state = d.state.get();
    let mut i = 0;
    while let Some(item) = d.get(i) {
        let found = same(vm, &item, x)?;
        if d.state.get() != state {
            return Err(vm.index_error("deque mutated during iteration"));
        }
        if found {
            let old = d.items.borrow_mut().remove(i);
            d.changed();
            drop(old);
            return Ok(Value::None);
        }
        i += 1;
    }
    let r = vm.repr(x)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn deque_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "reverse", 0, 0)?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "rotate", 0, 1)?;
    let n = match args.args.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(Value::None)
}

fn deque_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__len__", 0, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn deque_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__iter__", 0, 0)?;
    let state = d.state.get();
    Ok(NativeIter::new(IterKind::Deque {
        deque: d,
        idx: 0,
        state,
        reverse: false,
    }))
}

fn deque_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__reversed__", 0, 0)?;
    let state = d.state.get();
    Ok(NativeIter::new(IterKind::Deque {
        deque: d,
        idx: 0,
        state,
        reverse: true,
    }))
}

/// The position `i` names in a deque of `len` items; CPython's errors otherwise.
fn item_index(vm: &mut Vm, i: &Value, len: usize) -> PyResult<usize> {
    let base = vm.unwrap_base(i);
    let i = match base.view() {
        View::Int(i) => i,
        View::Bool(b) => b as i64,
        View::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
        }
        _ => {
            if vm.type_of(i).lookup("__index__").is_none() {
                let tn = vm.type_name(i);
                return Err(vm.type_error(format!("sequence index must be integer, not '{tn}'")));
            }
            ssize_arg(vm, i)?
        }
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__getitem__", 1, 1)?;
    let i = item_index(vm, &args.args[1], d.len())?;
    d.get(i)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__setitem__", 2, 2)?;
    let i = item_index(vm, &args.args[1], d.len())?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, args.args[2].clone()));
    drop(old);
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__delitem__", 1, 1)?;
    let i = item_index(vm, &args.args[1], d.len())?;
    let old = d.items.borrow_mut().remove(i);
    d.changed();
    drop(old);
    Ok(Value::None)
}

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__repr__", 0, 0)?;
    let name = vm.type_of(&args.args[0]).name();
    vm.deque_repr(&name, &d).map(Value::string)
}

fn deque_compare(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let d = deque_recv(vm, &args, name, 1, 1)?;
    let other = vm.unwrap_base(&args.args[1]);
    let View::Deque(o) = other.view() else {
        return Ok(Value::NotImplemented);
    };
    let (a, b) = (Value::list(d.snapshot()), Value::list(o.snapshot()));
    vm.compare(&a, &b, op)
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_compare(vm, args, "__eq__", CmpOp::Eq)
}
fn deque_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_compare(vm, args, "__ne__", CmpOp::Ne)
}
fn deque_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_compare(vm, args, "__lt__", CmpOp::Lt)
}
fn deque_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_compare(vm, args, "__le__", CmpOp::Le)
}
fn deque_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_compare(vm, args, "__gt__", CmpOp::Gt)
}
fn deque_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_compare(vm, args, "__ge__", CmpOp::Ge)
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__add__", 1, 1)?;
    let other = vm.unwrap_base(&args.args[1]);
    let View::Deque(o) = other.view() else {
        // The short names, as CPython's message has them.
        let tn = vm.type_of(&args.args[1]).name();
        let sn = vm.type_of(&args.args[0]).name();
        return Err(vm.type_error(format!("can only concatenate {sn} (not \"{tn}\") to {sn}")));
    };
    let mut items = d.snapshot();
    items.extend(o.snapshot());
    // Through a bounded deque, so only the last `maxlen` survive.
    new_like(vm, &args.args[0], &d, items)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__iadd__", 1, 1)?;
    extend(vm, &d, &args.args[1], End::Back)?;
    Ok(args.args[0].clone())
}

/// How many times `n` repeats a sequence (`__index__` honoured), as `*` takes it.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    let base = vm.unwrap_base(n);
    if !matches!(base.view(), View::Int(_) | View::Bool(_) | View::BigInt(_))
        && vm.type_of(n).lookup("__index__").is_none()
    {
        let tn = vm.type_name(n);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    ssize_arg(vm, n)
}

/// Repeats the items of `d` in place `n` times (keeping only what fits a bounded deque).
fn repeat_in_place(vm: &mut Vm, d: &PyDeque, n: i64) -> PyResult<()> {
    if n <= 0 || d.is_empty() {
        drop(d.take_all());
        return Ok(());
    }
    let items = d.snapshot();
    let mut reps = n - 1;
    if let Some(m) = d.maxlen.get() {
        // The result is periodic: only the last `maxlen` items survive.
        reps = reps.min((m / items.len()) as i64 + 1);
    }
    if (items.len() as i64).saturating_mul(reps) > isize::MAX as i64 / 16 {
        return Err(vm.err_noargs("MemoryError"));
    }
    for _ in 0..reps {
        for x in &items {
            drop(d.push(End::Back, x.clone()));
        }
    }
    Ok(())
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__mul__", 1, 1)?;
    let n = repeat_count(vm, &args.args[1])?;
    let copy = new_like(vm, &args.args[0], &d, d.snapshot())?;
    if let Some(c) = as_deque(&vm.unwrap_base(&copy)) {
        repeat_in_place(vm, &c, n)?;
    }
    Ok(copy)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__imul__", 1, 1)?;
    let n = repeat_count(vm, &args.args[1])?;
    repeat_in_place(vm, &d, n)?;
    Ok(args.args[0].clone())
}

/// `(type, ((), maxlen) or (), state, iterator)`, as CPython's: the copy module rebuilds
/// the deque from it.
fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_recv(vm, &args, "__reduce__", 0, 0)?;
    let recv = &args.args[0];
    let cls = vm.type_of(recv);
    let ctor_args = match d.maxlen.get() {
        Some(m) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(m as i64)]),
        None => Value::tuple(vec![]),
    };
    let state = match recv.view() {
        View::Instance(i) if !i.has_no_attrs() => i.dict().map_or(Value::None, Value::Dict),
        _ => Value::None,
    };
    let it = deque_iter(vm, Args::new(vec![recv.clone()]))?;
    Ok(Value::tuple(vec![Value::Class(cls), ctor_args, state, it]))
}
