//! `_weakref`: the primitives the bundled weakref.py builds its reference, proxy and
//! container types on (the table itself is runtime::weakref).

use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::{Value, View};
use crate::runtime::weakref::{self, RefKind};
use crate::vm::builtins::{arity, function};
use crate::vm::{PyResult, Vm};

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "getweakrefcount", getweakrefcount);
    function(d, "getweakrefs", getweakrefs);
    function(d, "_register", register);
    function(d, "_referent", referent);
    function(d, "_basic", basic);
    function(d, "_check", check);
}

/// Whether instances of `cls` have a `__weakref__` slot, as CPython decides: a class
/// written in Python has one unless it and its bases written in Python all declare
/// `__slots__` without it; the variable-sized built-ins (int, tuple, bytes) allow none.
fn instance_weakrefable(cls: &Obj<Class>) -> bool {
    if matches!(
        cls.layout,
        Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes
    ) {
        return false;
    }
    if cls.layout == Layout::Deque {
        return true;
    }
    let mut classes = vec![cls.clone()];
    classes.extend(cls.mro.borrow().iter().cloned());
    classes
        .iter()
        .any(|c| !c.builtin && (c.slots.is_none() || slots_name_weakref(c)))
}

/// Whether the `__slots__` of class `c` (as its body set them) name `__weakref__`.
fn slots_name_weakref(c: &Obj<Class>) -> bool {
    let is_weakref = |v: &Value| matches!(v.view(), View::Str(s) if s.as_str() == "__weakref__");
    let slots = c
        .dict
        .get_str("__slots__", crate::runtime::str::str_hash("__slots__"));
    match slots.as_ref().map(Value::view) {
        Some(View::Str(_)) => slots.as_ref().is_some_and(is_weakref),
        Some(View::Tuple(t)) => t.items().iter().any(is_weakref),
        Some(View::List(l)) => l.items.borrow().iter().any(is_weakref),
        _ => false,
    }
}

/// Whether `v` can be weakly referenced (CPython's types with a weak reference list).
pub fn weakrefable(v: &Value) -> bool {
    match v.view() {
        View::Instance(i) => instance_weakrefable(&i.class.borrow()),
        View::Class(_)
        | View::Function(_)
        | View::Builtin(_)
        | View::Method(_)
        | View::Set(_)
        | View::FrozenSet(_)
        | View::Generator(_)
        | View::Code(_)
        | View::Module(_)
        | View::Deque(_)
        | View::MemoryView(_)
        | View::Native(_) => true,
        _ => false,
    }
}

fn check_target(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if weakrefable(v) {
        return Ok(());
    }
    let mut tn = vm.type_name(v);
    // weakref.py's types are C types in CPython, named with their module.
    if let View::Instance(i) = v.view()
        && i.class.borrow().module.borrow().as_str() == "weakref"
    {
        tn = format!("weakref.{tn}");
    }
    Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")))
}

fn ref_kind(v: &Value) -> RefKind {
    match v.view() {
        View::Int(0) => RefKind::BasicRef,
        View::Int(1) => RefKind::BasicProxy,
        _ => RefKind::Other,
    }
}

/// `_check(obj)`: raises CPython's TypeError when `obj` cannot be weakly referenced.
fn check(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "_check", 1, 1)?;
    check_target(vm, &args.args[0])?;
    Ok(Value::None)
}

/// `_register(ref, obj, kind, has_callback)`: `ref` refers weakly to `obj` from now on;
/// `kind` is 0 for a basic reference, 1 for a basic proxy, 2 for any other.
fn register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "_register", 4, 4)?;
    let a = &args.args;
    check_target(vm, &a[1])?;
    let callback = vm.truthy(&a[3])?;
    weakref::register(&a[0], &a[1], ref_kind(&a[2]), callback);
    Ok(Value::None)
}

/// `_referent(ref)`: the object `ref` refers to, or None once it is gone.
fn referent(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "_referent", 1, 1)?;
    Ok(weakref::referent(&args.args[0]).unwrap_or(Value::None))
}

/// `_basic(obj, kind)`: the shared reference (kind 0) or proxy (kind 1) to `obj`, or None.
fn basic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "_basic", 2, 2)?;
    Ok(weakref::basic(&args.args[0], ref_kind(&args.args[1])).unwrap_or(Value::None))
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "getweakrefcount", 1, 1)?;
    Ok(Value::Int(weakref::count(&args.args[0]) as i64))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "getweakrefs", 1, 1)?;
    Ok(Value::list(weakref::refs_to(&args.args[0])))
}
