//! Built-in modules implemented in Rust.

mod array;
mod ast;
pub mod atexit;
mod binascii;
mod bisect;
mod collections;
mod complex_c;
mod errno;
pub mod fileio;
mod gc;
mod green;
mod hashlib;
mod importlib;
mod itertools;
mod json;
mod math;
mod os;
mod process;
mod random;
mod signal;
mod sre;
mod structmod;
mod sys;
mod time;
mod unicodedata;
#[rustfmt::skip]
mod unicodedata_tables;
mod weakref;
mod zlib;

pub use fileio::os_error_class_name;
pub use unicodedata::char_name as unicode_name;

use super::Vm;
use crate::runtime::dict::PyDict;
use crate::runtime::object::Obj;
use crate::runtime::value::{Module, Value};

pub fn is_builtin_module(name: &str) -> bool {
    matches!(
        name,
        "sys"
            | "math"
            | "_time"
            | "_random"
            | "_itertools"
            | "_collections"
            | "bisect"
            | "gc"
            | "atexit"
            | "errno"
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
        "_time" => time::install(vm, &dict),
        "_random" => random::install(vm, &dict),
        "bisect" => bisect::install(vm, &dict),
        "_itertools" => itertools::install(vm, &dict),
        "_collections" => collections::install(vm, &dict),
        "gc" => gc::install(vm, &dict),
        "importlib" => importlib::install(vm, &dict),
        "_fileio" => fileio::install(vm, &dict),
        "_os" => os::install(vm, &dict),
        "_json" => json::install(vm, &dict),
        "_struct" => structmod::install(vm, &dict),
        "_binascii" => binascii::install(vm, &dict),
        "_hashlib" => hashlib::install(vm, &dict),
        "_sre" => sre::install(vm, &dict),
        "zlib" => zlib::install(vm, &dict),
        "_weakref" => weakref::install(vm, &dict),
        "unicodedata" => unicodedata::install(vm, &dict),
        "_array" => array::install(vm, &dict),
        "_ast" => ast::install(vm, &dict),
        "_complex_c" => complex_c::install(vm, &dict),
        "atexit" => atexit::install(vm, &dict),
        "errno" => errno::install(vm, &dict),
        "_signal" => signal::install(vm, &dict),
        "_green" => green::install(vm, &dict),
        "_subprocess" => process::install(vm, &dict),
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
