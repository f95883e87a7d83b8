//! Built-in modules implemented in Rust.

mod bisect;
mod collections;
pub mod fileio;
mod gc;
mod importlib;
mod itertools;
mod math;
mod os;
mod random;
mod sys;
mod time;

pub use fileio::os_error_class_name;

use super::Vm;
use crate::runtime::dict::PyDict;
use crate::runtime::object::Obj;
use crate::runtime::value::{Module, Value};

pub fn is_builtin_module(name: &str) -> bool {
    matches!(
        name,
        "sys"
            | "math"
            | "time"
            | "_random"
            | "_itertools"
            | "_collections"
            | "bisect"
            | "gc"
            | "builtins"
    )
}

/// Creates the built-in module `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> Option<Value> {
    let dict = vm.new_dict();
    dict.set_str("__name__", Value::str(name));
    dict.set_str("__doc__", Value::None);
    match name {
        "sys" => sys::install(vm, &dict),
        "math" => math::install(vm, &dict),
        "time" => time::install(vm, &dict),
        "_random" => random::install(vm, &dict),
        "bisect" => bisect::install(vm, &dict),
        "_itertools" => itertools::install(vm, &dict),
        "_collections" => collections::install(vm, &dict),
        "gc" => gc::install(vm, &dict),
        "importlib" => importlib::install(vm, &dict),
        "_fileio" => fileio::install(vm, &dict),
        "_os" => os::install(vm, &dict),
        "builtins" => return Some(module("builtins", vm.builtins.clone())),
        _ => return None,
    }
    Some(module(name, dict))
}

fn module(name: &str, dict: Obj<PyDict>) -> Value {
    Value::Module(Obj::new(Module {
        name: name.to_string(),
        dict,
    }))
}
