//! Code objects as the VM runs them: the compiler's `Code` plus its constants and names
//! turned into values once, when the enclosing module is loaded.

use crate::bytecode::{Code, Const};
use crate::runtime::class::{Attrs, Class, Instance};
use crate::runtime::object::Obj;
use crate::runtime::object::{HeapValue, TypeTag};
use crate::runtime::str::PyStr;
use crate::runtime::value::Value;
use std::cell::Cell;
use std::rc::Rc;

pub struct CodeObject {
    pub code: Rc<Code>,
    pub consts: Vec<Value>,
    /// `code.names` as interned str values (attribute and global lookups hash them once).
    pub names: Vec<Obj<PyStr>>,
    /// Number of cells (cellvars + freevars).
    pub ncells: usize,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    /// Index into the frame's cells of the implicit `__class__` cell (for zero-arg super).
    pub class_cell: Option<usize>,
    /// Per name: where the last global lookup found it (see `GlobalCacheEntry`).
    pub global_cache: Box<[Cell<GlobalCacheEntry>]>,
    /// Tier 1's quickened copy of the instructions, with their counters and inline caches.
    pub adaptive: super::specialize::Adaptive,
    /// Calls with exactly `argcount` positional arguments can bind them by moving the
    /// values straight into the local slots (no defaults, cells, `*args` or generator).
    pub simple_positional: bool,
    /// Tier 2: hotness counters and executors of the loops in this code.
    pub loops: std::cell::RefCell<crate::tier2::hotness::LoopTable>,
}

/// Where `LoadGlobal` found a name: an entry index in the globals dict (or, when the name
/// is absent there, in the builtins dict), valid while both dicts keep their key versions.
#[derive(Clone, Copy)]
pub struct GlobalCacheEntry {
    pub globals_keys: u64,
    pub builtins_keys: u64,
    pub index: usize,
    pub in_builtins: bool,
}

impl GlobalCacheEntry {
    pub const EMPTY: GlobalCacheEntry = GlobalCacheEntry {
        globals_keys: u64::MAX,
        builtins_keys: u64::MAX,
        index: 0,
        in_builtins: false,
    };
}

impl CodeObject {
    pub fn new(code: Rc<Code>) -> Obj<CodeObject> {
        let consts = code.consts.iter().map(const_value).collect();
        let names = code
            .names
            .iter()
            .map(|n| crate::runtime::str::intern(n))
            .collect();
        let class_cell = code
            .freevars
            .iter()
            .position(|n| n == "__class__")
            .map(|i| i + code.cellvars.len());
        let global_cache = (0..code.names.len())
            .map(|_| Cell::new(GlobalCacheEntry::EMPTY))
            .collect();
        let f = code.flags;
        let simple_positional = !f.varargs
            && !f.varkeywords
            && !f.generator
            && !f.uses_namespace
            && code.kwonlyargcount == 0
            && code.cellvars.is_empty()
            && code.freevars.is_empty();
        Obj::new(CodeObject {
            adaptive: super::specialize::Adaptive::new(&code),
            global_cache,
            simple_positional,
            loops: Default::default(),
            class_cell,
            ncells: code.cellvars.len() + code.freevars.len(),
            filename: code.filename.clone(),
            name: Rc::from(code.name.as_str()),
            code,
            consts,
            names,
        })
    }

    /// True when a call with `n` positional arguments can move them straight into the
    /// locals (`Vm::call_simple`).
    #[inline]
    pub fn takes_exactly(&self, n: usize) -> bool {
        self.simple_positional && self.code.argcount as usize == n
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
        Const::Complex(re, im) => make_complex(*re, *im),
        Const::Str(s) => Value::str(s),
        Const::Bytes(b) => Value::Bytes(Obj::new(b.clone())),
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Const::Code(code) => Value::Code(CodeObject::new(code.clone())),
    }
}

thread_local! {
    /// The `complex` class (defined in Python by the bundled `_complex` module), which
    /// the VM installs at start-up so imaginary constants can become its instances.
    static COMPLEX_CLASS: std::cell::RefCell<Option<Obj<Class>>> =
        const { std::cell::RefCell::new(None) };
}

thread_local! {
    /// Set once the `complex` class's installation began (the bundled module's own code
    /// names `complex`, and compiling it must not start a second installation).
    static COMPLEX_STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True from the first call on: the caller is the one that installs the class.
pub fn complex_install_started() -> bool {
    COMPLEX_STARTED.with(|s| s.replace(true))
}

/// The installation failed (a program replaced `_complex` in `sys.modules`).
pub fn complex_install_abandoned() {
    COMPLEX_STARTED.with(|s| s.set(false));
}

/// Whether running `code` may need the `complex` class: it names `complex` (as a global,
/// builtin or attribute) or holds an imaginary constant, here or in nested code.
pub fn uses_complex(code: &crate::bytecode::Code) -> bool {
    fn in_const(c: &Const) -> bool {
        match c {
            Const::Complex(..) => true,
            Const::Tuple(items) => items.iter().any(in_const),
            Const::Code(inner) => uses_complex(inner),
            _ => false,
        }
    }
    code.names.iter().any(|n| n == "complex") || code.consts.iter().any(in_const)
}

pub fn set_complex_class(cls: Obj<Class>) {
    COMPLEX_CLASS.with(|c| *c.borrow_mut() = Some(cls));
}

/// A `complex` instance built without running Python code: the class keeps its parts in
/// the slots `_re` and `_im`.
pub fn make_complex(re: f64, im: f64) -> Value {
    let cls = COMPLEX_CLASS
        .with(|c| c.borrow().clone())
        .expect("the complex class is installed before code that makes complex numbers runs");
    let mut slots: crate::runtime::class::AttrValues =
        smallvec::smallvec![Value::Null; super::exceptions::slot_count(&cls)];
    let re_at = super::exceptions::slot_index(&cls, "_re").expect("complex has slot _re");
    let im_at = super::exceptions::slot_index(&cls, "_im").expect("complex has slot _im");
    slots[re_at] = Value::Float(re);
    slots[im_at] = Value::Float(im);
    Value::Instance(Obj::new(Instance {
        class: std::cell::RefCell::new(cls),
        attrs: std::cell::RefCell::new(Attrs::Absent(slots)),
        slots: std::cell::RefCell::default(),
        base_value: std::cell::RefCell::new(Value::Null),
        exc: None,
    }))
}

impl HeapValue for CodeObject {
    const NAME: &'static str = "code";
    const TYPE_TAG: TypeTag = TypeTag::Code;
}
