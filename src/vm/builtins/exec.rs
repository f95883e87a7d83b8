//! The built-ins that look at the calling frame (`globals`, `locals`, `vars()`, `exec`,
//! `eval`, and `compile`, which inherits the caller's `from __future__ import annotations`).
//!
//! Built-in functions get no frame, so these carry a marker binding: the interpreter's
//! generic call paths recognise it and pass the caller's namespaces (and whether its code
//! has the annotations future feature) as the first argument (`frame_context`). A marked built-in can never be specialized (specialized call forms
//! require an unbound built-in), so the fast paths pay nothing for this. Called from Rust
//! (say as a `key=` callback) there is no Python caller; the marker itself arrives and the
//! `__main__` namespace stands in.

use super::arg;
use crate::compile::Mode;
use crate::runtime::dict::PyDict;
use crate::runtime::function::{Args, BuiltinFunction, NativeFn};
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::code::CodeObject;
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// The binding that marks a built-in as wanting its caller's namespaces.
const FRAME_MARKER: &str = "<caller frame>";

pub fn install(vm: &mut Vm, b: &Obj<PyDict>) {
    super::constructor(&vm.types.module.clone(), module_new);
    for (name, func) in [
        ("globals", globals as NativeFn),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("compile", compile),
        ("exec", exec),
        ("eval", eval),
    ] {
        b.set_str(
            name,
            Value::Builtin(Obj::new(BuiltinFunction {
                name: name.to_string(),
                func,
                binding: Some(Value::str(FRAME_MARKER)),
            })),
        );
    }
    super::function(b, "__import__", crate::vm::import::builtin_import);
    super::function(b, "open", open);
}

/// `types.ModuleType(name, doc=None)`: an empty module, as `type(sys)(name)` makes.
fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = super::arg_or_kw(&args, 1, "name");
    let name = match given.view() {
        Some(View::Str(s)) => s.as_str().to_string(),
        Some(_) => {
            let other = given.as_ref().expect("matched Some");
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "module.__init__() argument 'name' must be str, not {tn}"
            )));
        }
        None => {
            return Err(vm.type_error("module.__init__() missing required argument 'name' (pos 1)"));
        }
    };
    let doc = super::arg_or_kw(&args, 2, "doc")
        .cloned()
        .unwrap_or(Value::None);
    let dict = vm.new_dict();
    dict.set_str("__name__", Value::str(&name));
    dict.set_str("__doc__", doc);
    dict.set_str("__package__", Value::None);
    dict.set_str("__loader__", Value::None);
    dict.set_str("__spec__", Value::None);
    Ok(Value::Module(Obj::new(crate::runtime::value::Module {
        name,
        dict,
    })))
}

/// `open()`: `io.open`, importing `io` (written in Python) on first use.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let name = vm.intern("open");
    let f = vm.get_attr(&io, &name)?;
    vm.call_args(&f, args)
}

/// Whether calling `b` from Python code should hand it the caller's namespaces.
#[inline]
pub fn wants_frame(b: &BuiltinFunction) -> bool {
    matches!(b.binding.view(), Some(View::Str(s)) if s.as_str() == FRAME_MARKER)
}

/// `(globals, locals)` of frame `f`: its namespace dict at module and class level, a fresh
/// snapshot of its local variables inside a function (as CPython's `locals()` gives).
pub fn frame_context(vm: &mut Vm, f: &Frame) -> Value {
    let locals = match &f.namespace {
        Some(ns) => ns.clone(),
        None => {
            let d = vm.new_dict();
            let code = &f.code.code;
            for (name, v) in code.varnames.iter().zip(f.locals()) {
                if !v.is_null() {
                    d.set_str(name, v.clone());
                }
            }
            let cell_names = code.cellvars.iter().chain(&code.freevars);
            for (name, c) in cell_names.zip(&f.cells) {
                let v = c.value.borrow().clone();
                if !v.is_null() {
                    d.set_str(name, v);
                }
            }
            d
        }
    };
    let future = Value::Bool(f.code.code.flags.future_annotations);
    Value::tuple(vec![
        Value::Dict(f.globals.clone()),
        Value::Dict(locals),
        future,
    ])
}

/// Splits off the caller context the interpreter prepended: `(globals, locals)`.
fn caller(vm: &mut Vm, args: &mut Args) -> (Obj<PyDict>, Obj<PyDict>) {
    caller_with_future(vm, args).0
}

/// `caller`, and whether the calling code was compiled with the annotations future
/// feature (false without a Python caller).
fn caller_with_future(vm: &mut Vm, args: &mut Args) -> ((Obj<PyDict>, Obj<PyDict>), bool) {
    let ctx = if args.args.is_empty() {
        Value::None
    } else {
        args.args.remove(0)
    };
    if let View::Tuple(t) = ctx.view()
        && let [g, l, future] = &t.items()[..]
        && let (View::Dict(g), View::Dict(l)) = (g.view(), l.view())
    {
        return (
            (g.clone(), l.clone()),
            matches!(future.view(), View::Bool(true)),
        );
    }
    let main = main_globals(vm);
    ((main.clone(), main), false)
}

fn main_globals(vm: &mut Vm) -> Obj<PyDict> {
    if let Some(View::Module(m)) = vm.module_get("__main__").view() {
        return m.dict.clone();
    }
    let d = vm.new_dict();
    d.set_str("__name__", Value::str("__main__"));
    d
}

fn no_kwargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwargs.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn at_most(vm: &mut Vm, args: &Args, name: &str, max: usize) -> PyResult<()> {
    let n = args.args.len();
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn globals(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (g, _) = caller(vm, &mut args);
    no_kwargs(vm, &args, "globals")?;
    if !args.args.is_empty() {
        let n = args.args.len();
        return Err(vm.type_error(format!("globals() takes no arguments ({n} given)")));
    }
    Ok(Value::Dict(g))
}

fn locals(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, l) = caller(vm, &mut args);
    no_kwargs(vm, &args, "locals")?;
    if !args.args.is_empty() {
        let n = args.args.len();
        return Err(vm.type_error(format!("locals() takes no arguments ({n} given)")));
    }
    Ok(Value::Dict(l))
}

fn vars(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, l) = caller(vm, &mut args);
    no_kwargs(vm, &args, "vars")?;
    at_most(vm, &args, "vars", 1)?;
    let Some(v) = args.args.first() else {
        return Ok(Value::Dict(l));
    };
    let d = vm.intern("__dict__");
    match vm.get_attr_opt(v, &d)? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `dir()`: the caller's local names, sorted; `dir(obj)` keeps the existing behaviour of
/// the built-in it replaces.
fn dir(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, l) = caller(vm, &mut args);
    no_kwargs(vm, &args, "dir")?;
    at_most(vm, &args, "dir", 1)?;
    match args.args.first() {
        None => {
            let keys = Value::list(l.keys());
            let sorted = vm
                .builtins
                .get_str("sorted", crate::runtime::str::str_hash("sorted"));
            match sorted {
                Some(s) => vm.call(&s, vec![keys]),
                None => Ok(keys),
            }
        }
        Some(obj) => {
            let obj = obj.clone();
            dir_of(vm, &obj)
        }
    }
}

/// `dir(obj)`: a custom `__dir__`, else the names in the object's `__dict__` and in the
/// dicts of its class and the class's bases (for a class: its own MRO; for a module:
/// only its namespace).
fn dir_of(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let sorted = vm
        .builtins
        .get_str("sorted", crate::runtime::str::str_hash("sorted"))
        .unwrap_or(Value::None);
    if let View::Instance(_) = obj.view() {
        let cls = vm.type_of(obj);
        if let Some(custom) = cls
            .dict
            .get_str("__dir__", crate::runtime::str::str_hash("__dir__"))
        {
            let names = vm.call(&custom, vec![obj.clone()])?;
            return vm.call(&sorted, vec![names]);
        }
    }
    let names = vm.new_dict();
    let add = |vm: &mut Vm, d: &Obj<PyDict>| -> PyResult<()> {
        for k in d.keys() {
            vm.dict_set(&names, k, Value::None)?;
        }
        Ok(())
    };
    match obj.view() {
        View::Module(m) => add(vm, &m.dict)?,
        View::Class(c) => {
            add(vm, &c.dict)?;
            let mro = c.mro.borrow().clone();
            for b in mro {
                add(vm, &b.dict)?;
            }
        }
        _ => {
            let dunder = vm.intern("__dict__");
            if let Ok(Some(d)) = vm.get_attr_opt(obj, &dunder)
                && let View::Dict(d) = d.view()
            {
                add(vm, d)?;
            }
            let cls = vm.type_of(obj);
            add(vm, &cls.dict)?;
            let mro = cls.mro.borrow().clone();
            for b in mro {
                add(vm, &b.dict)?;
            }
        }
    }
    vm.call(&sorted, vec![Value::list(names.keys())])
}

/// What `exec`/`eval` run: a code object, or source text compiled in `mode`.
fn code_of(
    vm: &mut Vm,
    src: &Value,
    name: &str,
    mode: Mode,
    future_annotations: bool,
) -> PyResult<Obj<CodeObject>> {
    let text = match src.view() {
        View::Code(c) => return Ok(c.clone()),
        View::Str(s) => s.as_str().to_string(),
        View::Bytes(b) => decode_source(vm, b)?,
        _ => {
            return Err(vm.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            )));
        }
    };
    // eval() ignores leading spaces and tabs, so an indented expression still parses.
    let text = if mode == Mode::Eval {
        text.trim_start_matches([' ', '\t']).to_string()
    } else {
        text
    };
    compile_text(vm, &text, "<string>", mode, future_annotations)
}

fn decode_source(vm: &mut Vm, b: &[u8]) -> PyResult<String> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(vm.err(
            "SyntaxError",
            format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                b[e.valid_up_to()],
                e.valid_up_to()
            ),
        )),
    }
}

fn compile_text(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    mode: Mode,
    future_annotations: bool,
) -> PyResult<Obj<CodeObject>> {
    // Tracebacks show source lines only for real files, as CPython's linecache does.
    if !filename.starts_with('<') {
        vm.sources.insert(
            Rc::from(filename),
            Rc::new(text.lines().map(String::from).collect()),
        );
    }
    match crate::compile::compile_with_features(text, filename, mode, future_annotations) {
        Ok(c) => {
            if crate::vm::code::uses_complex(&c) {
                vm.ensure_complex()?;
            }
            Ok(CodeObject::new(c))
        }
        Err(mut e) => {
            // CPython's SyntaxError.text keeps the line's newline, and its tokenizer adds
            // one to statements that lack it (not to an eval expression).
            if let Some(t) = &mut e.text
                && (mode != Mode::Eval
                    || text
                        .split_inclusive('\n')
                        .nth(e.line.saturating_sub(1) as usize)
                        .is_some_and(|l| l.ends_with('\n')))
            {
                t.push('\n');
            }
            Err(vm.syntax_error(&e, filename))
        }
    }
}

/// The `(globals, locals)` pair `exec`/`eval` run with, from their optional arguments.
fn namespaces(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    caller: (Obj<PyDict>, Obj<PyDict>),
) -> PyResult<(Obj<PyDict>, Obj<PyDict>)> {
    let g = arg(args, 1).filter(|v| !v.is_none());
    let l = arg(args, 2).filter(|v| !v.is_none());
    let given = g;
    let globals = match given.view() {
        None => None,
        Some(View::Dict(d)) => Some(d.clone()),
        Some(_) => {
            let other = given.as_ref().expect("matched Some");
            let tn = vm.type_name(other);
            let getitem = vm.intern("__getitem__");
            let is_mapping = vm.get_attr_opt(other, &getitem).ok().flatten().is_some();
            return Err(vm.type_error(match name {
                "exec" => format!("exec() globals must be a dict, not {tn}"),
                _ if is_mapping => {
                    "globals must be a real dict; try eval(expr, {}, mapping)".into()
                }
                _ => "globals must be a dict".into(),
            }));
        }
    };
    let given = l;
    let locals = match given.view() {
        None => None,
        Some(View::Dict(d)) => Some(d.clone()),
        Some(_) => {
            let other = given.as_ref().expect("matched Some");
            let tn = vm.type_name(other);
            return Err(vm.type_error(match name {
                "exec" => format!("locals must be a mapping or None, not {tn}"),
                _ => "locals must be a mapping".into(),
            }));
        }
    };
    let (globals, locals) = match (globals, locals) {
        (None, None) => caller,
        (None, Some(l)) => (caller.0, l),
        (Some(g), None) => (g.clone(), g),
        (Some(g), Some(l)) => (g, l),
    };
    if globals
        .get_str(
            "__builtins__",
            crate::runtime::str::str_hash("__builtins__"),
        )
        .is_none()
    {
        globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    Ok((globals, locals))
}

fn exec(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (ctx, future) = caller_with_future(vm, &mut args);
    let mut closure = false;
    for (k, v) in &args.kwargs {
        match k.as_str() {
            "closure" => closure = !v.is_none(),
            other => {
                let other = other.to_string();
                return Err(vm.type_error(format!(
                    "exec() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    if args.args.is_empty() {
        return Err(vm.type_error("exec expected at least 1 argument, got 0"));
    }
    at_most(vm, &args, "exec", 3)?;
    if closure && !matches!(args.args[0].view(), View::Code(_)) {
        return Err(vm.type_error("closure can only be used when source is a code object"));
    }
    let (globals, locals) = namespaces(vm, &args, "exec", ctx)?;
    let code = code_of(vm, &args.args[0], "exec", Mode::Exec, future)?;
    run_code(vm, code, globals, locals)?;
    Ok(Value::None)
}

fn eval(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (ctx, future) = caller_with_future(vm, &mut args);
    no_kwargs(vm, &args, "eval")?;
    if args.args.is_empty() {
        return Err(vm.type_error("eval expected at least 1 argument, got 0"));
    }
    at_most(vm, &args, "eval", 3)?;
    let (globals, locals) = namespaces(vm, &args, "eval", ctx)?;
    let code = code_of(vm, &args.args[0], "eval", Mode::Eval, future)?;
    run_code(vm, code, globals, locals)
}

/// Runs module-level code with the given namespaces; returns what the code returns (the
/// expression's value for `eval` code, None otherwise).
pub fn run_code(
    vm: &mut Vm,
    code: Obj<CodeObject>,
    globals: Obj<PyDict>,
    locals: Obj<PyDict>,
) -> PyResult<Value> {
    // exec("exec(s)") recurses on the Rust stack; bound it like a call.
    vm.check_recursion()?;
    let mut frame = Box::new(Frame::new(code, globals, Some(locals)));
    vm.depth += 1;
    let r = vm.run_frame(&mut frame);
    vm.depth -= 1;
    match r? {
        crate::vm::eval::Exit::Return(v) => Ok(v),
        crate::vm::eval::Exit::Yield(_) => Ok(Value::None),
    }
}

/// Flags `compile` accepts: the `__future__` feature bits and the PyCF_* switches. Every
/// future feature but `annotations` is always on in 3.11's compiler.
const KNOWN_FLAGS: i64 = 0x0100_0000 | 0x3_e000 | 0x7f00 | 0x10;
const PYCF_ONLY_AST: i64 = 0x400;
/// `__future__.annotations.compiler_flag` (CO_FUTURE_ANNOTATIONS).
const CO_FUTURE_ANNOTATIONS: i64 = 0x0100_0000;

fn compile(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, inherited) = caller_with_future(vm, &mut args);
    const PARAMS: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    let mut slots: [Option<Value>; 6] = Default::default();
    if args.args.len() > 6 {
        let n = args.args.len();
        return Err(vm.type_error(format!("compile() takes at most 6 arguments ({n} given)")));
    }
    for (i, v) in args.args.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in &args.kwargs {
        if k.as_str() == "_feature_version" {
            continue;
        }
        match PARAMS.iter().position(|p| *p == k.as_str()) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for compile() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "compile() got an unexpected keyword argument '{}'",
                    k.as_str()
                )));
            }
        }
    }
    for (i, p) in PARAMS.iter().enumerate().take(3) {
        if slots[i].is_none() {
            return Err(vm.type_error(format!(
                "compile() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    let filename = match (slots[1].as_ref()).view() {
        Some(View::Str(s)) => s.as_str().to_string(),
        Some(View::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        Some(_) => {
            let other = slots[1].clone().expect("matched Some");
            let fspath = vm.intern("__fspath__");
            match vm.get_attr_opt(&other, &fspath)? {
                Some(f) => {
                    let p = vm.call(&f, vec![])?;
                    vm.to_str(&p)?
                }
                None => {
                    let tn = vm.type_name(&other);
                    return Err(vm.type_error(format!(
                        "expected str, bytes or os.PathLike object, not {tn}"
                    )));
                }
            }
        }
        None => unreachable!("checked above"),
    };
    let given = slots[2].as_ref();
    let mode = match given.view() {
        Some(View::Str(s)) => match s.as_str() {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Interactive,
            _ => {
                return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
            }
        },
        Some(_) => {
            let other = given.as_ref().expect("matched Some");
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {tn}")));
        }
        None => unreachable!("checked above"),
    };
    let given = slots[3].as_ref();
    let flags = match given.view() {
        None => 0,
        Some(View::Int(n)) => n,
        Some(View::Bool(b)) => b as i64,
        Some(_) => {
            let other = given.as_ref().expect("matched Some");
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if flags & !KNOWN_FLAGS != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if flags & PYCF_ONLY_AST != 0 {
        return Err(vm.err(
            "NotImplementedError",
            "compile(): ast.PyCF_ONLY_AST is not supported (there is no ast module)",
        ));
    }
    if let Some(o) = slots[5].as_ref()
        && let View::Int(n) = o.view()
        && !(-1..=2).contains(&n)
    {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let text = match (slots[0].as_ref()).view() {
        Some(View::Code(c)) => return Ok(Value::Code(c.clone())),
        Some(View::Str(s)) => s.as_str().to_string(),
        Some(View::Bytes(b)) => decode_source(vm, b)?,
        _ => {
            return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
        }
    };
    let dont_inherit = match slots[4].as_ref().view() {
        Some(View::Int(n)) => n != 0,
        Some(View::Bool(b)) => b,
        _ => false,
    };
    let future = flags & CO_FUTURE_ANNOTATIONS != 0 || (inherited && !dont_inherit);
    compile_text(vm, &text, &filename, mode, future).map(Value::Code)
}

impl Vm {
    /// Calls `callable` from frame `f`: a built-in that wants its caller's namespaces gets
    /// them first, anything else is called as usual.
    #[inline]
    pub fn call_from_frame(
        &mut self,
        f: &Frame,
        callable: &Value,
        mut args: Args,
    ) -> PyResult<Value> {
        if let View::Builtin(b) = callable.view()
            && wants_frame(b)
        {
            let ctx = frame_context(self, f);
            args.args.insert(0, ctx);
            return (b.func)(self, args);
        }
        self.call_args(callable, args)
    }
}
