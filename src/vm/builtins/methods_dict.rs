//! Methods of `dict`, its keys/values/items views, `set` and `frozenset`.

use super::methods_list::{check_args, check_ctor_args, ctor_class, instance_with_base, receiver};
use super::{builtin, constructor, method};
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::dict::PyDict;
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::value::OptionView;
use crate::runtime::value::View;
use crate::runtime::value::{PySet, Value};
use crate::vm::iter::{DictPart, IterKind, NativeIter};
use crate::vm::{PyResult, Vm};

/// Removes and returns the last entry (`dict.popitem`). Trailing tombstones are trimmed
/// so that emptying a dict this way stays linear: removed slots are no longer referenced
/// by the hash index, so dropping them from the end is safe.
fn pop_last_entry(d: &PyDict) -> Option<(Value, Value)> {
    let r = d.pop_last();
    let mut inner = d.inner.borrow_mut();
    while matches!(inner.entries.last(), Some(None)) {
        inner.entries.pop();
    }
    r
}

fn tracked_dict(d: PyDict) -> Obj<PyDict> {
    Obj::new(d)
}

fn is_type_error(vm: &Vm, e: &crate::vm::PyErr) -> bool {
    vm.err_matches(e, "TypeError")
}

// ---- dict ----

fn as_dict(v: &Value) -> Option<Obj<PyDict>> {
    match v.view() {
        View::Dict(d) => Some(d.clone()),
        _ => None,
    }
}

fn dict_recv(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Obj<PyDict>> {
    let d = receiver(vm, args, "dict", name, as_dict)?;
    check_args(vm, args, "dict", name, min, max)?;
    Ok(d)
}

/// Copies the entries of a dict into `d` without rehashing.
fn merge_raw(vm: &mut Vm, d: &Obj<PyDict>, src: &PyDict) -> PyResult<()> {
    for (k, h, v) in src.entries_with_hash() {
        d.set(vm, k, h, v)?;
    }
    Ok(())
}

/// `d.update(src)`: a dict, anything with `keys()`, or an iterable of pairs.
fn merge_arg(vm: &mut Vm, d: &Obj<PyDict>, src: &Value) -> PyResult<()> {
    if let View::Dict(o) = src.view() {
        return merge_raw(vm, d, o);
    }
    if let View::Instance(_) | View::Native(_) = src.view() {
        // Like CPython, a dict subclass that keeps dict's iteration is read directly,
        // bypassing an overridden `__getitem__`.
        if let View::Dict(o) = vm.unwrap_base(src).view()
            && matches!(
                vm.type_of(src).lookup("__iter__").view(),
                Some(View::Builtin(_))
            )
        {
            return merge_raw(vm, d, o);
        }
        if vm.has_attr(src, "keys")? {
            let keys = vm.call_method(src, "keys", vec![])?;
            let it = vm.get_iter(&keys)?;
            while let Some(k) = vm.next(&it)? {
                let v = vm.get_item(src, &k)?;
                vm.dict_set(d, k, v)?;
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(src)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match item.view() {
            View::Tuple(t) => t.items().to_vec(),
            View::List(l) => l.items.borrow().clone(),
            _ => {
                let sub = match vm.get_iter(&item) {
                    Ok(s) => s,
                    Err(e) if is_type_error(vm, &e) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::new();
                while let Some(x) = vm.next(&sub)? {
                    out.push(x);
                }
                out
            }
        };
        let [k, v]: [Value; 2] = match pair.try_into() {
            Ok(kv) => kv,
            Err(p) => {
                let n = p.len();
                return Err(vm.value_error(format!(
                    "dictionary update sequence element #{i} has length {n}; 2 is required"
                )));
            }
        };
        vm.dict_set(d, k, v)?;
        i += 1;
    }
    Ok(())
}

fn merge_kwargs(vm: &mut Vm, d: &Obj<PyDict>, kwargs: &[(Obj<PyStr>, Value)]) -> PyResult<()> {
    for (k, v) in kwargs {
        vm.dict_set(d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(())
}

/// `dict(...)`, `d.update(...)` and `dict.__init__`: at most one positional plus keywords.
fn update_from_args(vm: &mut Vm, d: &Obj<PyDict>, args: &Args, name: &str) -> PyResult<()> {
    let n = args.args.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {n}")));
    }
    if let Some(src) = args.args.get(1) {
        merge_arg(vm, d, src)?;
    }
    merge_kwargs(vm, d, &args.kwargs)
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.dict.clone();
    if let Some(cls) = ctor_class(vm, &args, &base)? {
        // `dict.__new__(Sub, ...)`: the arguments are for `__init__`.
        let d = vm.new_dict();
        return Ok(instance_with_base(vm, &cls, Value::Dict(d)));
    }
    let d = vm.new_dict();
    update_from_args(vm, &d, &args, "dict")?;
    Ok(Value::Dict(d))
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "dict", "__init__", as_dict)?;
    update_from_args(vm, &d, &args, "dict")?;
    Ok(Value::None)
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "dict", "update", as_dict)?;
    update_from_args(vm, &d, &args, "update")?;
    Ok(Value::None)
}

fn view(d: Obj<PyDict>, part: DictPart) -> Value {
    NativeIter::new(IterKind::DictView { dict: d, part })
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "keys", 0, 0)?;
    Ok(view(d, DictPart::Keys))
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "values", 0, 0)?;
    Ok(view(d, DictPart::Values))
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "items", 0, 0)?;
    Ok(view(d, DictPart::Items))
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "get", 1, 2)?;
    match vm.dict_get(&d, &args.args[1])? {
        Some(v) => Ok(v),
        None => Ok(args.args.get(2).cloned().unwrap_or(Value::None)),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "setdefault", 1, 2)?;
    let k = args.args[1].clone();
    let default = args.args.get(2).cloned().unwrap_or(Value::None);
    let h = vm.hash(&k)?;
    if let Some(v) = d.get(vm, &k, h)? {
        return Ok(v);
    }
    d.set(vm, k, h, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "pop", 1, 2)?;
    let k = &args.args[1];
    let h = vm.hash(k)?;
    match d.remove(vm, k, h)? {
        Some((_, v)) => Ok(v),
        None => match args.args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(k.clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "popitem", 0, 0)?;
    match pop_last_entry(&d) {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "copy", 0, 0)?;
    Ok(Value::Dict(tracked_dict(d.copy())))
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "clear", 0, 0)?;
    d.clear();
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.args.first().view() {
        Some(View::Class(c)) => c.clone(),
        _ => {
            return Err(vm.type_error(
                "descriptor 'fromkeys' for type 'dict' needs a type, not an instance",
            ));
        }
    };
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("dict.fromkeys() takes no keyword arguments"));
    }
    let n = args.args.len() - 1;
    if n < 1 {
        return Err(vm.type_error(format!("fromkeys expected at least 1 argument, got {n}")));
    }
    if n > 2 {
        return Err(vm.type_error(format!("fromkeys expected at most 2 arguments, got {n}")));
    }
    let value = args.args.get(2).cloned().unwrap_or(Value::None);
    let target = if cls.builtin {
        Value::Dict(vm.new_dict())
    } else {
        vm.call(&Value::Class(cls), vec![])?
    };
    let it = vm.get_iter(&args.args[1])?;
    match target.view() {
        View::Dict(d) => {
            while let Some(k) = vm.next(&it)? {
                vm.dict_set(d, k, value.clone())?;
            }
        }
        // A subclass (or whatever its constructor returned) is filled through `__setitem__`.
        _ => {
            while let Some(k) = vm.next(&it)? {
                vm.set_item(&target, k, value.clone())?;
            }
        }
    }
    Ok(target)
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__getitem__", 1, 1)?;
    let k = &args.args[1];
    if let Some(v) = vm.dict_get(&d, k)? {
        return Ok(v);
    }
    // Subclasses get `__missing__`, but never their own `__getitem__` again.
    if let View::Instance(_) = args.args[0].view()
        && let Some(m) = vm.type_of(&args.args[0]).lookup("__missing__")
    {
        return vm.call(&m, vec![args.args[0].clone(), k.clone()]);
    }
    Err(vm.key_error(k.clone()))
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__setitem__", 2, 2)?;
    vm.dict_set(&d, args.args[1].clone(), args.args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__delitem__", 1, 1)?;
    let k = &args.args[1];
    let h = vm.hash(k)?;
    match d.remove(vm, k, h)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(k.clone())),
    }
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__len__", 0, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__contains__", 1, 1)?;
    let k = &args.args[1];
    let h = vm.hash(k)?;
    Ok(Value::Bool(d.find(vm, k, h)?.is_some()))
}

fn dict_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__iter__", 0, 0)?;
    let len = d.len();
    Ok(NativeIter::new(IterKind::Dict {
        dict: d,
        pos: 0,
        part: DictPart::Keys,
        len,
    }))
}

/// A reverse iterator over a snapshot of one part of a dict.
fn reversed_part(d: &PyDict, part: DictPart) -> Value {
    let items: Vec<Value> = match part {
        DictPart::Keys => d.keys(),
        DictPart::Values => d.values(),
        DictPart::Items => d
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    };
    let idx = items.len();
    let list = match Value::list(items).view() {
        View::List(l) => l.clone(),
        _ => return NativeIter::new(IterKind::Done),
    };
    NativeIter::new(IterKind::ListRev { list, idx })
}

fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__reversed__", 0, 0)?;
    Ok(reversed_part(&d, DictPart::Keys))
}

fn dict_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__repr__", 0, 0)?;
    vm.repr(&Value::Dict(d)).map(Value::string)
}

fn dict_compare(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let d = dict_recv(vm, &args, name, 1, 1)?;
    let other = vm.unwrap_base(&args.args[1]);
    if !matches!(other.view(), View::Dict(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&Value::Dict(d), &other, op)
}

fn dict_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_compare(vm, args, "__eq__", CmpOp::Eq)
}

fn dict_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_compare(vm, args, "__ne__", CmpOp::Ne)
}

/// `left | right` for two dicts: a new plain dict.
fn dict_union(vm: &mut Vm, left: &PyDict, right: &PyDict) -> PyResult<Value> {
    let d = tracked_dict(left.copy());
    merge_raw(vm, &d, right)?;
    Ok(Value::Dict(d))
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__or__", 1, 1)?;
    let other_base = vm.unwrap_base(&args.args[1]);
    let View::Dict(other) = other_base.view() else {
        return Ok(Value::NotImplemented);
    };
    dict_union(vm, &d, other)
}

fn dict_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__ror__", 1, 1)?;
    let other_base = vm.unwrap_base(&args.args[1]);
    let View::Dict(other) = other_base.view() else {
        return Ok(Value::NotImplemented);
    };
    dict_union(vm, other, &d)
}

fn dict_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_recv(vm, &args, "__ior__", 1, 1)?;
    merge_arg(vm, &d, &args.args[1])?;
    Ok(args.args[0].clone())
}

// ---- dict views ----

const VIEW_NAMES: [&str; 3] = ["dict_keys", "dict_values", "dict_items"];

fn part_index(part: DictPart) -> usize {
    match part {
        DictPart::Keys => 0,
        DictPart::Values => 1,
        DictPart::Items => 2,
    }
}

/// The view receiver, which must be of kind `part`.
fn view_recv(
    vm: &mut Vm,
    args: &Args,
    part: DictPart,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Obj<NativeIter>> {
    let cls = VIEW_NAMES[part_index(part)];
    let it = receiver(vm, args, cls, name, |v| match v.view() {
        View::Iter(it) if it.view_dict().is_some_and(|(_, p)| p == part) => Some(it.clone()),
        _ => None,
    })?;
    check_args(vm, args, cls, name, min, max)?;
    Ok(it)
}

fn view_len(vm: &mut Vm, args: Args, part: DictPart) -> PyResult<Value> {
    let it = view_recv(vm, &args, part, "__len__", 0, 0)?;
    Ok(Value::Int(it.view_len().unwrap_or(0) as i64))
}

fn view_iter(vm: &mut Vm, args: Args, part: DictPart) -> PyResult<Value> {
    let it = view_recv(vm, &args, part, "__iter__", 0, 0)?;
    vm.get_iter(&Value::Iter(it))
}

fn view_contains(vm: &mut Vm, args: Args, part: DictPart) -> PyResult<Value> {
    let it = view_recv(vm, &args, part, "__contains__", 1, 1)?;
    vm.view_contains(&it, &args.args[1]).map(Value::Bool)
}

fn view_reversed(vm: &mut Vm, args: Args, part: DictPart) -> PyResult<Value> {
    let it = view_recv(vm, &args, part, "__reversed__", 0, 0)?;
    match it.view_dict() {
        Some((d, p)) => Ok(reversed_part(&d, p)),
        None => Ok(NativeIter::new(IterKind::Done)),
    }
}

fn is_set_like(v: &Value) -> bool {
    match v.view() {
        View::Set(_) | View::FrozenSet(_) => true,
        View::Iter(it) => it.view_dict().is_some_and(|(_, p)| p != DictPart::Values),
        _ => false,
    }
}

/// Whether every element of `a` is in `b` (both set-like).
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for x in vm.collect_iterable(a)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_compare(vm: &mut Vm, args: Args, part: DictPart, name: &str, op: CmpOp) -> PyResult<Value> {
    let it = view_recv(vm, &args, part, name, 1, 1)?;
    let other = vm.unwrap_base(&args.args[1]);
    if !is_set_like(&other) {
        return Ok(Value::NotImplemented);
    }
    let me = Value::Iter(it);
    let (la, lb) = (vm.len(&me)?, vm.len(&other)?);
    let r = match op {
        CmpOp::Eq => la == lb && all_contained_in(vm, &me, &other)?,
        CmpOp::Ne => !(la == lb && all_contained_in(vm, &me, &other)?),
        CmpOp::Lt => la < lb && all_contained_in(vm, &me, &other)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, &me, &other)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, &other, &me)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, &other, &me)?,
    };
    Ok(Value::Bool(r))
}

fn new_pyset() -> Obj<PySet> {
    Obj::new(PySet {
        table: crate::runtime::set::SetTable::new(),
    })
}

/// `set(v)` for any iterable `v`.
fn set_of(vm: &mut Vm, v: &Value) -> PyResult<Obj<PySet>> {
    let s = new_pyset();
    add_all(vm, &s, v)?;
    Ok(s)
}

/// `view & other` (and the reflected form, which is the same): CPython iterates the
/// smaller operand where it can, and the element kept is the one iterated.
fn view_intersect(vm: &mut Vm, view: &Obj<NativeIter>, other: &Value) -> PyResult<Value> {
    let me = Value::Iter(view.clone());
    let len_self = vm.len(&me)?;
    let other_base = vm.unwrap_base(other);
    if let View::Set(o) = other_base.view()
        && len_self <= o.table.len()
    {
        let out = new_pyset();
        for x in vm.collect_iterable(&me)? {
            let h = vm.hash(&x)?;
            if o.table.find(vm, &x, h)?.is_some() {
                add_hashed(vm, &out, x, h)?;
            }
        }
        return Ok(Value::Set(out));
    }
    let (big, small) = match other_base.view() {
        View::Iter(o) if is_set_like(&other_base) && vm.len(&other_base)? > len_self => {
            (Value::Iter(o.clone()), me)
        }
        _ => (me, other.clone()),
    };
    let View::Iter(big) = big.view() else {
        return Ok(Value::None);
    };
    let out = new_pyset();
    let it = vm.get_iter(&small)?;
    while let Some(x) = vm.next(&it)? {
        if vm.view_contains(big, &x)? {
            vm.set_add(&out, x)?;
        }
    }
    Ok(Value::Set(out))
}

/// The set operators of keys and items views; `left`/`right` are the operands in
/// expression order, and the result is always a set.
fn view_binop(vm: &mut Vm, left: &Value, right: &Value, op: BinOp) -> PyResult<Value> {
    let s = set_of(vm, left)?;
    match op {
        BinOp::Or => add_all(vm, &s, right)?,
        BinOp::Sub => discard_all(vm, &s, right)?,
        _ => symmetric_update(vm, &s, right)?,
    }
    Ok(Value::Set(s))
}

fn view_op(
    vm: &mut Vm,
    args: Args,
    part: DictPart,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let it = view_recv(vm, &args, part, name, 1, 1)?;
    let other = args.args[1].clone();
    if op == BinOp::And {
        return view_intersect(vm, &it, &other);
    }
    let me = Value::Iter(it);
    if reflected {
        view_binop(vm, &other, &me, op)
    } else {
        view_binop(vm, &me, &other, op)
    }
}

fn view_isdisjoint(vm: &mut Vm, args: Args, part: DictPart) -> PyResult<Value> {
    let it = view_recv(vm, &args, part, "isdisjoint", 1, 1)?;
    let other = vm.get_iter(&args.args[1])?;
    while let Some(x) = vm.next(&other)? {
        if vm.view_contains(&it, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Generates one native function per (view kind, method) from the generic view methods.
macro_rules! view_methods {
    ($part:expr, $len:ident, $iter:ident, $contains:ident, $rev:ident) => {
        fn $len(vm: &mut Vm, args: Args) -> PyResult<Value> {
            view_len(vm, args, $part)
        }
        fn $iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
            view_iter(vm, args, $part)
        }
        fn $contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
            view_contains(vm, args, $part)
        }
        fn $rev(vm: &mut Vm, args: Args) -> PyResult<Value> {
            view_reversed(vm, args, $part)
        }
    };
}

view_methods!(
    DictPart::Keys,
    keys_len,
    keys_iter,
    keys_contains,
    keys_reversed
);
view_methods!(
    DictPart::Values,
    values_len,
    values_iter,
    values_contains,
    values_reversed
);
view_methods!(
    DictPart::Items,
    items_len,
    items_iter,
    items_contains,
    items_reversed
);

macro_rules! view_set_methods {
    ($part:expr, $table:ident) => {
        fn $table() -> Vec<(&'static str, NativeFn)> {
            fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_isdisjoint(vm, args, $part)
            }
            fn and(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_op(vm, args, $part, "__and__", BinOp::And, false)
            }
            fn rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_op(vm, args, $part, "__rand__", BinOp::And, true)
            }
            fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_op(vm, args, $part, "__or__", BinOp::Or, false)
            }
            fn ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_op(vm, args, $part, "__ror__", BinOp::Or, true)
            }
            fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_op(vm, args, $part, "__sub__", BinOp::Sub, false)
            }
            fn rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_op(vm, args, $part, "__rsub__", BinOp::Sub, true)
            }
            fn xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_op(vm, args, $part, "__xor__", BinOp::Xor, false)
            }
            fn rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_op(vm, args, $part, "__rxor__", BinOp::Xor, true)
            }
            fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_compare(vm, args, $part, "__eq__", CmpOp::Eq)
            }
            fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_compare(vm, args, $part, "__ne__", CmpOp::Ne)
            }
            fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_compare(vm, args, $part, "__lt__", CmpOp::Lt)
            }
            fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_compare(vm, args, $part, "__le__", CmpOp::Le)
            }
            fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_compare(vm, args, $part, "__gt__", CmpOp::Gt)
            }
            fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_compare(vm, args, $part, "__ge__", CmpOp::Ge)
            }
            vec![
                ("isdisjoint", isdisjoint),
                ("__and__", and),
                ("__rand__", rand),
                ("__or__", or),
                ("__ror__", ror),
                ("__sub__", sub),
                ("__rsub__", rsub),
                ("__xor__", xor),
                ("__rxor__", rxor),
                ("__eq__", eq),
                ("__ne__", ne),
                ("__lt__", lt),
                ("__le__", le),
                ("__gt__", gt),
                ("__ge__", ge),
            ]
        }
    };
}

view_set_methods!(DictPart::Keys, keys_set_methods);
view_set_methods!(DictPart::Items, items_set_methods);

// ---- set and frozenset ----

fn set_cls(frozen: bool) -> &'static str {
    if frozen { "frozenset" } else { "set" }
}

fn set_recv(
    vm: &mut Vm,
    args: &Args,
    frozen: bool,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Obj<PySet>> {
    let cls = set_cls(frozen);
    let s = receiver(vm, args, cls, name, |v| match (v.view(), frozen) {
        (View::Set(s), false) | (View::FrozenSet(s), true) => Some(s.clone()),
        _ => None,
    })?;
    check_args(vm, args, cls, name, min, max)?;
    Ok(s)
}

fn wrap_set(s: Obj<PySet>, frozen: bool) -> Value {
    if frozen {
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    }
}

/// A set or frozenset behind `v` (unwrapping subclass instances).
fn set_operand(vm: &Vm, v: &Value) -> Option<Obj<PySet>> {
    match vm.unwrap_base(v).view() {
        View::Set(s) | View::FrozenSet(s) => Some(s.clone()),
        _ => None,
    }
}

/// The key and hash to look `key` up with: CPython retries an unhashable set as the
/// equal frozenset, so `{1} in {frozenset({1})}` works.
fn lookup_key(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => match vm.unwrap_base(key).view() {
            View::Set(s) if is_type_error(vm, &e) => {
                let fs = Value::FrozenSet(s.clone());
                let h = vm.hash(&fs)?;
                Ok((fs, h))
            }
            _ => Err(e),
        },
    }
}

fn copy_set(s: &PySet) -> Obj<PySet> {
    let out = new_pyset();
    for (k, h, _) in s.table.entries_with_hash() {
        out.table.insert_new(k, h, Value::None);
    }
    out
}

fn add_hashed(vm: &mut Vm, s: &PySet, k: Value, h: i64) -> PyResult<()> {
    if s.table.find(vm, &k, h)?.is_none() {
        s.table.insert_new(k, h, Value::None);
    }
    Ok(())
}

/// `s.update(other)`: reuses stored hashes when `other` is a set or dict.
fn add_all(vm: &mut Vm, s: &Obj<PySet>, other: &Value) -> PyResult<()> {
    // CPython's set_update_internal: sets merge table to table (keeping the source
    // layout when the target is empty), dicts pre-size, other iterables add one by one.
    match vm.unwrap_base(other).view() {
        View::Set(o) | View::FrozenSet(o) => s.table.merge_from(vm, &o.table),
        View::Dict(d) if matches!(other.view(), View::Dict(_)) => {
            let entries = d.entries_with_hash();
            s.table.reserve_for_dict(entries.len());
            for (k, h, _) in entries {
                add_hashed(vm, s, k, h)?;
            }
            Ok(())
        }
        _ => {
            let it = vm.get_iter(other)?;
            while let Some(x) = vm.next(&it)? {
                vm.set_add(s, x)?;
            }
            Ok(())
        }
    }
}

/// `s.difference_update(other)` for one iterable.
fn discard_all(vm: &mut Vm, s: &Obj<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = set_operand(vm, other) {
        if Obj::ptr_eq(&o, s) {
            s.table.clear();
            return Ok(());
        }
        for (k, h, _) in o.table.entries_with_hash() {
            s.table.remove(vm, &k, h)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let (k, h) = lookup_key(vm, &x)?;
        s.table.remove(vm, &k, h)?;
    }
    Ok(())
}

/// `s.symmetric_difference_update(other)`.
fn symmetric_update(vm: &mut Vm, s: &Obj<PySet>, other: &Value) -> PyResult<()> {
    let o = match set_operand(vm, other) {
        Some(o) => o,
        None => set_of(vm, other)?,
    };
    if Obj::ptr_eq(&o, s) {
        s.table.clear();
        return Ok(());
    }
    for (k, h, _) in o.table.entries_with_hash() {
        if s.table.remove(vm, &k, h)?.is_none() {
            s.table.insert_new(k, h, Value::None);
        }
    }
    Ok(())
}

/// `s & other` for one operand, as CPython's set_intersection builds it.
fn intersect(vm: &mut Vm, s: &Obj<PySet>, other: &Value) -> PyResult<Obj<PySet>> {
    let out = new_pyset();
    if let Some(o) = set_operand(vm, other) {
        let (big, small) = if o.table.len() > s.table.len() {
            (o, s.clone())
        } else {
            (s.clone(), o)
        };
        for (k, h, _) in small.table.entries_with_hash() {
            if big.table.find(vm, &k, h)?.is_some() {
                add_hashed(vm, &out, k, h)?;
            }
        }
        return Ok(out);
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if s.table.find(vm, &x, h)?.is_some() {
            add_hashed(vm, &out, x, h)?;
        }
    }
    Ok(out)
}

/// Replaces the contents of `s` with those of `from`.
fn replace_contents(s: &PySet, from: &PySet) {
    s.table.clear();
    for (k, h, _) in from.table.entries_with_hash() {
        s.table.insert_new(k, h, Value::None);
    }
}

fn is_subset_of(vm: &mut Vm, s: &Obj<PySet>, other: &Value) -> PyResult<bool> {
    let o = match set_operand(vm, other) {
        Some(o) => o,
        None => set_of(vm, other)?,
    };
    vm.set_is_subset(s, &o)
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.set.clone();
    if let Some(cls) = ctor_class(vm, &args, &base)? {
        // `set.__new__(Sub, ...)`: the arguments are for `__init__`.
        let s = new_pyset();
        return Ok(instance_with_base(vm, &cls, Value::Set(s)));
    }
    let src = check_ctor_args(vm, &args, "set")?;
    let s = new_pyset();
    if let Some(src) = src {
        add_all(vm, &s, &src)?;
    }
    Ok(Value::Set(s))
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.frozenset.clone();
    let sub = ctor_class(vm, &args, &base)?;
    let src = check_ctor_args(vm, &args, "frozenset")?;
    let value = match src {
        // Immutable, so an exact frozenset can be shared.
        Some(v) if matches!(v.view(), View::FrozenSet(_)) && sub.is_none() => v,
        Some(v) => Value::FrozenSet(set_of(vm, &v)?),
        None => Value::FrozenSet(new_pyset()),
    };
    match sub {
        Some(cls) => Ok(instance_with_base(vm, &cls, value)),
        None => Ok(value),
    }
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "set", "__init__", |v| match v.view() {
        View::Set(s) => Some(s.clone()),
        _ => None,
    })?;
    let src = check_ctor_args(vm, &args, "set")?;
    s.table.clear();
    if let Some(src) = src {
        add_all(vm, &s, &src)?;
    }
    Ok(Value::None)
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, "add", 1, 1)?;
    vm.set_add(&s, args.args[1].clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, "discard", 1, 1)?;
    let (k, h) = lookup_key(vm, &args.args[1])?;
    s.table.remove(vm, &k, h)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, "remove", 1, 1)?;
    let (k, h) = lookup_key(vm, &args.args[1])?;
    match s.table.remove(vm, &k, h)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.args[1].clone())),
    }
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, "pop", 0, 0)?;
    match s.table.pop() {
        Some(k) => Ok(k),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, "clear", 0, 0)?;
    s.table.clear();
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, "update", 0, usize::MAX)?;
    for other in &args.args[1..] {
        add_all(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, "intersection_update", 0, usize::MAX)?;
    let mut cur = s.clone();
    for other in &args.args[1..] {
        cur = intersect(vm, &cur, other)?;
    }
    if !Obj::ptr_eq(&cur, &s) {
        replace_contents(&s, &cur);
    }
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, "difference_update", 0, usize::MAX)?;
    for other in &args.args[1..] {
        discard_all(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, "symmetric_difference_update", 1, 1)?;
    symmetric_update(vm, &s, &args.args[1])?;
    Ok(Value::None)
}

fn set_inplace(vm: &mut Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let s = set_recv(vm, &args, false, name, 1, 1)?;
    let Some(o) = set_operand(vm, &args.args[1]) else {
        return Ok(Value::NotImplemented);
    };
    let other = Value::Set(o);
    vm.binary_op(&Value::Set(s), &other, op)?;
    Ok(args.args[0].clone())
}

fn set_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace(vm, args, "__ior__", BinOp::InplaceOr)
}
fn set_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace(vm, args, "__iand__", BinOp::InplaceAnd)
}
fn set_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace(vm, args, "__isub__", BinOp::InplaceSub)
}
fn set_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace(vm, args, "__ixor__", BinOp::InplaceXor)
}

// Methods shared by set and frozenset, written once with the kind as a parameter.

fn any_copy(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "copy", 0, 0)?;
    if frozen && matches!(args.args[0].view(), View::FrozenSet(_)) {
        return Ok(args.args[0].clone());
    }
    Ok(wrap_set(copy_set(&s), frozen))
}

fn any_union(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "union", 0, usize::MAX)?;
    let out = copy_set(&s);
    for other in &args.args[1..] {
        add_all(vm, &out, other)?;
    }
    Ok(wrap_set(out, frozen))
}

fn any_intersection(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "intersection", 0, usize::MAX)?;
    let mut cur = copy_set(&s);
    for other in &args.args[1..] {
        cur = intersect(vm, &cur, other)?;
    }
    Ok(wrap_set(cur, frozen))
}

fn any_difference(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "difference", 0, usize::MAX)?;
    let out = copy_set(&s);
    for other in &args.args[1..] {
        discard_all(vm, &out, other)?;
    }
    Ok(wrap_set(out, frozen))
}

fn any_symmetric_difference(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "symmetric_difference", 1, 1)?;
    let out = copy_set(&s);
    symmetric_update(vm, &out, &args.args[1])?;
    Ok(wrap_set(out, frozen))
}

fn any_issubset(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "issubset", 1, 1)?;
    is_subset_of(vm, &s, &args.args[1]).map(Value::Bool)
}

fn any_issuperset(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "issuperset", 1, 1)?;
    if let Some(o) = set_operand(vm, &args.args[1]) {
        return vm.set_is_subset(&o, &s).map(Value::Bool);
    }
    let it = vm.get_iter(&args.args[1])?;
    while let Some(x) = vm.next(&it)? {
        let (k, h) = lookup_key(vm, &x)?;
        if s.table.find(vm, &k, h)?.is_none() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any_isdisjoint(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "isdisjoint", 1, 1)?;
    if let Some(o) = set_operand(vm, &args.args[1]) {
        let (big, small) = if o.table.len() > s.table.len() {
            (o, s)
        } else {
            (s, o)
        };
        for (k, h, _) in small.table.entries_with_hash() {
            if big.table.find(vm, &k, h)?.is_some() {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.get_iter(&args.args[1])?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if s.table.find(vm, &x, h)?.is_some() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any_len(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "__len__", 0, 0)?;
    Ok(Value::Int(s.table.len() as i64))
}

fn any_contains(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "__contains__", 1, 1)?;
    let (k, h) = lookup_key(vm, &args.args[1])?;
    Ok(Value::Bool(s.table.find(vm, &k, h)?.is_some()))
}

fn any_iter(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "__iter__", 0, 0)?;
    let len = s.table.len();
    Ok(NativeIter::new(IterKind::Set {
        set: s,
        pos: 0,
        len,
    }))
}

fn any_repr(vm: &mut Vm, args: Args, frozen: bool) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, "__repr__", 0, 0)?;
    let base = wrap_set(s.clone(), frozen);
    let View::Instance(_) = args.args[0].view() else {
        return vm.repr(&base).map(Value::string);
    };
    // Subclasses show their own name around the elements: `S({1, 2})`, `S()`.
    let name = vm.type_name(&args.args[0]);
    if s.table.is_empty() {
        return Ok(Value::string(format!("{name}()")));
    }
    let plain = vm.repr(&Value::Set(s))?;
    Ok(Value::string(format!("{name}({plain})")))
}

fn any_compare(vm: &mut Vm, args: Args, frozen: bool, name: &str, op: CmpOp) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, name, 1, 1)?;
    let Some(o) = set_operand(vm, &args.args[1]) else {
        return Ok(Value::NotImplemented);
    };
    vm.compare(&Value::Set(s), &Value::Set(o), op)
}

fn any_binop(
    vm: &mut Vm,
    args: Args,
    frozen: bool,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let s = set_recv(vm, &args, frozen, name, 1, 1)?;
    let me = wrap_set(s, frozen);
    let other = vm.unwrap_base(&args.args[1]);
    if !matches!(other.view(), View::Set(_) | View::FrozenSet(_)) {
        return Ok(Value::NotImplemented);
    }
    // The result takes the kind of the left operand.
    if reflected {
        vm.binary_op(&other, &me, op)
    } else {
        vm.binary_op(&me, &other, op)
    }
}

fn frozenset_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_recv(vm, &args, true, "__hash__", 0, 0)?;
    vm.hash(&Value::FrozenSet(s)).map(Value::Int)
}

/// Generates, for each generic set method, the set and the frozenset native function and
/// a registration table for each class.
macro_rules! set_methods {
    ($($name:literal => $imp:expr),* $(,)?) => {
        fn shared_set_methods(frozen: bool) -> Vec<(&'static str, NativeFn)> {
            let mut out: Vec<(&'static str, NativeFn)> = Vec::new();
            $(
                {
                    fn for_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
                        ($imp)(vm, args, false)
                    }
                    fn for_frozenset(vm: &mut Vm, args: Args) -> PyResult<Value> {
                        ($imp)(vm, args, true)
                    }
                    out.push(($name, if frozen { for_frozenset } else { for_set }));
                }
            )*
            out
        }
    };
}

set_methods! {
    "copy" => any_copy,
    "union" => any_union,
    "intersection" => any_intersection,
    "difference" => any_difference,
    "symmetric_difference" => any_symmetric_difference,
    "issubset" => any_issubset,
    "issuperset" => any_issuperset,
    "isdisjoint" => any_isdisjoint,
    "__len__" => any_len,
    "__contains__" => any_contains,
    "__iter__" => any_iter,
    "__repr__" => any_repr,
    "__eq__" => |vm: &mut Vm, args: Args, f: bool| any_compare(vm, args, f, "__eq__", CmpOp::Eq),
    "__ne__" => |vm: &mut Vm, args: Args, f: bool| any_compare(vm, args, f, "__ne__", CmpOp::Ne),
    "__lt__" => |vm: &mut Vm, args: Args, f: bool| any_compare(vm, args, f, "__lt__", CmpOp::Lt),
    "__le__" => |vm: &mut Vm, args: Args, f: bool| any_compare(vm, args, f, "__le__", CmpOp::Le),
    "__gt__" => |vm: &mut Vm, args: Args, f: bool| any_compare(vm, args, f, "__gt__", CmpOp::Gt),
    "__ge__" => |vm: &mut Vm, args: Args, f: bool| any_compare(vm, args, f, "__ge__", CmpOp::Ge),
    "__or__" => |vm: &mut Vm, args: Args, f: bool| any_binop(vm, args, f, "__or__", BinOp::Or, false),
    "__ror__" => |vm: &mut Vm, args: Args, f: bool| any_binop(vm, args, f, "__ror__", BinOp::Or, true),
    "__and__" => |vm: &mut Vm, args: Args, f: bool| any_binop(vm, args, f, "__and__", BinOp::And, false),
    "__rand__" => |vm: &mut Vm, args: Args, f: bool| any_binop(vm, args, f, "__rand__", BinOp::And, true),
    "__sub__" => |vm: &mut Vm, args: Args, f: bool| any_binop(vm, args, f, "__sub__", BinOp::Sub, false),
    "__rsub__" => |vm: &mut Vm, args: Args, f: bool| any_binop(vm, args, f, "__rsub__", BinOp::Sub, true),
    "__xor__" => |vm: &mut Vm, args: Args, f: bool| any_binop(vm, args, f, "__xor__", BinOp::Xor, false),
    "__rxor__" => |vm: &mut Vm, args: Args, f: bool| any_binop(vm, args, f, "__rxor__", BinOp::Xor, true),
}

pub fn install(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    constructor(&dict, dict_new);
    for (name, f) in [
        ("__init__", dict_init as NativeFn),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__len__", dict_len),
        ("__contains__", dict_contains),
        ("__iter__", dict_iter),
        ("__reversed__", dict_reversed),
        ("__repr__", dict_repr),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
    ] {
        method(&dict, name, f);
    }
    dict.dict.set_str(
        "fromkeys",
        Value::ClassMethod(Obj::new(builtin("dict.fromkeys", dict_fromkeys))),
    );
    dict.dict.set_str("__hash__", Value::None);

    let views = [
        (
            vm.types.dict_keys.clone(),
            [
                keys_len as NativeFn,
                keys_iter,
                keys_contains,
                keys_reversed,
            ],
            keys_set_methods(),
        ),
        (
            vm.types.dict_values.clone(),
            [
                values_len as NativeFn,
                values_iter,
                values_contains,
                values_reversed,
            ],
            Vec::new(),
        ),
        (
            vm.types.dict_items.clone(),
            [
                items_len as NativeFn,
                items_iter,
                items_contains,
                items_reversed,
            ],
            items_set_methods(),
        ),
    ];
    for (cls, [len, iter, contains, rev], extra) in views {
        method(&cls, "__len__", len);
        method(&cls, "__iter__", iter);
        method(&cls, "__contains__", contains);
        method(&cls, "__reversed__", rev);
        for (name, f) in extra {
            method(&cls, name, f);
        }
    }

    let set = vm.types.set.clone();
    constructor(&set, set_new);
    for (name, f) in [
        ("__init__", set_init as NativeFn),
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
    ] {
        method(&set, name, f);
    }
    for (name, f) in shared_set_methods(false) {
        method(&set, name, f);
    }
    set.dict.set_str("__hash__", Value::None);

    let frozenset = vm.types.frozenset.clone();
    constructor(&frozenset, frozenset_new);
    for (name, f) in shared_set_methods(true) {
        method(&frozenset, name, f);
    }
    method(&frozenset, "__hash__", frozenset_hash);
}
