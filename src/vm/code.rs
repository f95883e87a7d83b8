//! Code objects as the VM runs them: the compiler's `Code` plus its constants and names
//! turned into values once, when the enclosing module is loaded.

use crate::bytecode::{Code, Const};
use crate::runtime::str::PyStr;
use crate::runtime::value::Value;
use std::rc::Rc;

pub struct CodeObject {
    pub code: Rc<Code>,
    pub consts: Vec<Value>,
    /// `code.names` as interned str values (attribute and global lookups hash them once).
    pub names: Vec<Rc<PyStr>>,
    /// Number of cells (cellvars + freevars).
    pub ncells: usize,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    /// Index into the frame's cells of the implicit `__class__` cell (for zero-arg super).
    pub class_cell: Option<usize>,
}

impl CodeObject {
    pub fn new(code: Rc<Code>) -> Rc<CodeObject> {
        let consts = code.consts.iter().map(const_value).collect();
        let names = code
            .names
            .iter()
            .map(|n| {
                let s = Rc::new(PyStr::new(n.clone()));
                s.hash();
                s
            })
            .collect();
        let class_cell = code
            .freevars
            .iter()
            .position(|n| n == "__class__")
            .map(|i| i + code.cellvars.len());
        Rc::new(CodeObject {
            class_cell,
            ncells: code.cellvars.len() + code.freevars.len(),
            filename: code.filename.clone(),
            name: Rc::from(code.name.as_str()),
            code,
            consts,
            names,
        })
    }

    pub fn line_at(&self, ip: usize) -> u32 {
        self.code
            .lines
            .get(ip)
            .copied()
            .unwrap_or(self.code.first_line)
    }
}

pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Ellipsis => Value::Ellipsis,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => Value::from_bigint(b.clone()),
        Const::Float(f) => Value::Float(*f),
        // Complex numbers are not supported; the compiler rejects imaginary literals.
        Const::Complex(re, _) => Value::Float(*re),
        Const::Str(s) => Value::str(s),
        Const::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Const::Code(code) => Value::Code(CodeObject::new(code.clone())),
    }
}
