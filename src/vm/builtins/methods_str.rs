//! Methods of built-in types (see the module list in builtins/mod.rs).

use crate::vm::Vm;

pub fn install(_vm: &mut Vm) {}
