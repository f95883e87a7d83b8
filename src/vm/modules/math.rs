//! The `math` module.

use crate::runtime::dict::PyDict;
use crate::vm::Vm;
use std::rc::Rc;

pub fn install(_vm: &mut Vm, _d: &Rc<PyDict>) {}
