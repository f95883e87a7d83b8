//! `errno`: the platform's error numbers by name, and `errorcode` from number to name.

use super::process::os::errno_names;
use crate::runtime::dict::PyDict;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm, d: &Obj<PyDict>) {
    let codes = vm.new_dict();
    // Where names share a number, the table lists the one errorcode gives last.
    for (name, n) in errno_names() {
        d.set_str(name, Value::Int(n as i64));
        // A small int hashes to itself.
        let _ = codes.set(vm, Value::Int(n as i64), n as i64, Value::str(name));
    }
    d.set_str("errorcode", Value::Dict(codes));
}
