//! Tier 1: the bytecode interpreter and the built-in library it runs programs with.

pub mod attr;
pub mod awaitable;
pub mod builtins;
pub mod call;
pub mod code;
pub mod eval;
pub mod exception_group;
pub mod exceptions;
pub mod finalize;
pub mod frame;
pub mod generator;
pub mod import;
pub mod iter;
pub mod localsplus;
pub mod modules;
pub mod ops;
pub mod repr;
pub mod specialize;
pub mod stats;
pub mod subscript;
pub mod threads;
pub mod types;

use crate::runtime::dict::{KeyEq, PyDict};
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::value::{Value, View};
use std::collections::HashMap;
use std::rc::Rc;
use types::Types;

pub use crate::runtime::error::{PyErr, PyResult};

pub struct Vm {
    pub types: Types,
    pub builtins: Obj<PyDict>,
    /// `sys.modules`: the module table `import` consults first (a real dict, so programs
    /// can add, replace and delete entries).
    pub modules: Obj<PyDict>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub handled_exc: Value,
    pub depth: usize,
    pub recursion_limit: usize,
    /// Address of a local in the interpreter thread's first frame; the distance from it
    /// bounds how much Rust stack nested calls use.
    pub stack_base: usize,
    pub stack_budget: usize,
    pub argv: Vec<String>,
    /// Folder of the main script: where `import` finds other .py files.
    pub script_dir: Option<std::path::PathBuf>,
    /// Source text per file name, for tracebacks.
    pub sources: HashMap<Rc<str>, Rc<Vec<String>>>,
    /// (first argument, `__class__` cell) of the running methods that use zero-arg super().
    pub super_stack: Vec<(Value, Obj<crate::runtime::function::PyCell>)>,
    /// Buffered standard output (flushed before stderr writes, input() and exit).
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    pub settings: crate::settings::Settings,
    pub frame_pool: frame::FramePool,
    pub tier2: crate::tier2::state::Tier2State,
    /// Tier 1's backward jumps left before the next `on_backward_jump`.
    pub until_periodic: u32,
    /// Counts of tier 1's specialized forms (`-X stats`).
    pub specialization: specialize::SpecializationStats,
    /// Green threads (`threading`), none until one starts.
    pub threads: threads::Threads,
}

impl KeyEq for Vm {
    fn key_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.eq(a, b)
    }
    fn out_of_memory(&mut self) -> PyErr {
        self.memory_error()
    }
}

impl Vm {
    pub fn new(settings: crate::settings::Settings) -> Vm {
        let types = Types::new();
        let builtins = Obj::new(PyDict::new());
        let mut vm = Vm {
            types,
            builtins,
            modules: Obj::new(PyDict::new()),
            handled_exc: Value::None,
            depth: 0,
            recursion_limit: 1000,
            stack_base: 0,
            stack_budget: usize::MAX,
            argv: Vec::new(),
            script_dir: None,
            sources: HashMap::new(),
            super_stack: Vec::new(),
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            tier2: crate::tier2::state::Tier2State::new(&settings),
            until_periodic: eval::PERIODIC_BACKWARD_JUMPS,
            specialization: Default::default(),
            settings,
            frame_pool: frame::FramePool::default(),
            threads: threads::Threads::default(),
        };
        types::install_type_methods(&mut vm);
        builtins::install(&mut vm);
        vm
    }

    /// Installs `complex` before code that may need it runs (`code::uses_complex`): the
    /// class is Python, and importing it at every start-up doubled the time of `-c pass`.
    pub fn ensure_complex(&mut self) -> PyResult<()> {
        if code::complex_install_started() {
            return Ok(());
        }
        let installed = self.install_complex();
        if installed.is_err() {
            // Try again next time rather than leave constants with no class to build.
            code::complex_install_abandoned();
        }
        installed
    }

    /// Imports the bundled `_complex` module and makes its class the builtin `complex`
    /// (and the type of imaginary constants). Fails only when a program has replaced the
    /// module in `sys.modules`.
    fn install_complex(&mut self) -> PyResult<()> {
        let module = self.import_module("_complex")?;
        let cls = match module.view() {
            View::Module(m) => m
                .dict
                .get_str("complex", crate::runtime::str::str_hash("complex")),
            _ => None,
        };
        match cls.as_ref().map(Value::view) {
            Some(View::Class(c)) => {
                code::set_complex_class(c.clone());
                self.builtins.set_str("complex", Value::Class(c.clone()));
                Ok(())
            }
            _ => Err(self.err(
                "ImportError",
                "cannot import name 'complex' from '_complex'",
            )),
        }
    }

    pub fn intern(&mut self, s: &str) -> Obj<PyStr> {
        crate::runtime::str::intern(s)
    }

    /// Records where the Rust stack of the interpreter thread starts and how much of it
    /// Python calls may use.
    pub fn set_stack_limits(&mut self, budget: usize) {
        let marker = 0u8;
        self.stack_base = &marker as *const u8 as usize;
        self.stack_budget = budget;
    }

    #[inline]
    pub fn stack_used(&self) -> usize {
        let marker = 0u8;
        self.stack_base
            .saturating_sub(&marker as *const u8 as usize)
    }
}
