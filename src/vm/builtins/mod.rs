//! The `builtins` namespace and the methods of the built-in types.
//!
//! Each submodule installs one family: free functions, the class machinery, and the methods
//! of each built-in type (registered in the type's dict, so `list.append` and
//! `[].append` both work).

pub mod classes;
pub mod exec;
pub use classes::make_class;
pub(crate) use methods_bytearray::bytearray_repr;
pub(crate) use methods_list::ssize_arg;
pub(crate) use methods_str::byte_data;
pub(crate) mod functions;
mod methods_bytearray;
mod methods_deque;
mod methods_memoryview;
pub use functions::sort_values;
mod methods_dict;
mod methods_list;
mod methods_num;
mod methods_str;

use super::{PyResult, Vm};
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::function::{Args, BuiltinFunction, NativeFn};
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::value::Value;

pub fn builtin(name: &str, func: NativeFn) -> Value {
    Value::Builtin(Obj::new(BuiltinFunction {
        name: name.to_string(),
        func,
        binding: None,
    }))
}

/// Registers `func` as method `name` of a built-in type.
pub fn method(cls: &Obj<Class>, name: &str, func: NativeFn) {
    cls.dict.set_str(
        name,
        Value::Builtin(Obj::new(BuiltinFunction {
            name: name.to_string(),
            func,
            binding: None,
        })),
    );
}

/// Registers a constructor: called with the class first, then the call's arguments.
pub fn constructor(cls: &Obj<Class>, func: NativeFn) {
    cls.dict.set_str("__new__", builtin(&cls.name(), func));
}

pub fn function(dict: &Obj<PyDict>, name: &str, func: NativeFn) {
    dict.set_str(name, builtin(name, func));
}

/// Fails with CPython's message unless `args` has between `min` and `max` positional
/// arguments and no keywords.
pub fn arity(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Argument `i`, or `default` when absent.
pub fn arg(args: &Args, i: usize) -> Option<&Value> {
    args.args.get(i)
}

/// Positional argument `i` or keyword `name`.
pub fn arg_or_kw<'a>(args: &'a Args, i: usize, name: &str) -> Option<&'a Value> {
    args.args.get(i).or_else(|| args.kw(name))
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    functions::install(vm, &b);
    classes::install(vm, &b);
    exec::install(vm, &b);
    b.set_str("__name__", Value::str("builtins"));
    for (name, cls) in vm.types.exceptions.clone() {
        b.set_str(name, Value::Class(cls));
    }
    // Historical aliases CPython keeps.
    let os_error = Value::Class(vm.types.exc("OSError"));
    b.set_str("IOError", os_error.clone());
    b.set_str("EnvironmentError", os_error);
    let t = &vm.types;
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ] {
        b.set_str(name, Value::Class(cls.clone()));
    }
    // `complex` is installed by `Vm::install_complex` from the bundled `_complex` module.
    b.set_str("None", Value::None);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("True", Value::Bool(true));
    b.set_str("False", Value::Bool(false));
}

pub fn install_type_methods(vm: &mut Vm) {
    classes::install_methods(vm);
    methods_num::install(vm);
    methods_str::install(vm);
    methods_list::install(vm);
    methods_dict::install(vm);
    methods_deque::install(vm);
    methods_bytearray::install(vm);
    methods_memoryview::install(vm);
    crate::vm::exception_group::install(vm);
}

/// The native function behind `object.__init__`, for identity checks.
pub fn object_init_fn() -> NativeFn {
    classes::object_init
}

/// Parameter binding with CPython's Argument Clinic messages: `names` may be given by
/// position or keyword, `kwonly` only by keyword; the first `required` names are mandatory.
pub fn bind(
    vm: &mut Vm,
    fname: &str,
    pos: &[Value],
    kwargs: &[(Obj<PyStr>, Value)],
    names: &[&str],
    required: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let maxargs = names.len() + kwonly.len();
    let given = pos.len() + kwargs.len();
    if given > maxargs {
        let kw = if pos.is_empty() { "keyword " } else { "" };
        let s = if maxargs == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {maxargs} {kw}argument{s} ({given} given)"
        )));
    }
    let maxpos = names.len();
    if pos.len() > maxpos {
        let how = if required < maxpos {
            "at most"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{fname}() takes {how} {maxpos} positional argument{} ({} given)",
            if maxpos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len() + kwonly.len()];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in kwargs {
        let k = k.as_str();
        let idx = names
            .iter()
            .position(|n| *n == k)
            .or_else(|| kwonly.iter().position(|n| *n == k).map(|i| i + names.len()));
        match idx {
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if slots[i].is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(slots)
}
