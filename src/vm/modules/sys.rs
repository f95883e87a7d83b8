//! The `sys` module.

use crate::runtime::class::Layout;
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObject};
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::{arity, function, method};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::io::Write;

pub fn install(vm: &mut Vm, d: &Obj<PyDict>) {
    let argv = vm.argv.iter().map(|a| Value::str(a)).collect();
    d.set_str("argv", Value::list(argv));
    function(d, "exit", exit);
    function(d, "setrecursionlimit", setrecursionlimit);
    function(d, "getrecursionlimit", getrecursionlimit);
    function(d, "exc_info", exc_info);
    function(d, "getsizeof", getsizeof);
    function(d, "intern", intern);
    function(d, "set_int_max_str_digits", set_int_max_str_digits);
    function(d, "get_int_max_str_digits", get_int_max_str_digits);
    let stream_cls = vm.types.text_stream.clone();
    method(&stream_cls, "write", stream_write);
    method(&stream_cls, "flush", stream_flush);
    method(&stream_cls, "readline", stream_readline);
    method(&stream_cls, "read", stream_read);
    method(&stream_cls, "readlines", stream_readlines);
    method(&stream_cls, "__iter__", stream_iter);
    method(&stream_cls, "__next__", stream_next);
    method(&stream_cls, "isatty", stream_isatty);
    method(&stream_cls, "fileno", stream_fileno);
    method(&stream_cls, "readable", stream_readable);
    method(&stream_cls, "writable", stream_writable);
    for (name, k) in [("stdin", 0u8), ("stdout", 1u8), ("stderr", 2u8)] {
        let s = Value::Native(Obj::new(NativeObject {
            class: stream_cls.clone(),
            data: RefCell::new(NativeData::Stream(k)),
        }));
        d.set_str(name, s.clone());
        d.set_str(&format!("__{name}__"), s);
    }
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    d.set_str("platform", Value::str(std::env::consts::OS));
    d.set_str(
        "version",
        Value::str(&format!("3.11.7 (tessera {})", env!("CARGO_PKG_VERSION"))),
    );
    d.set_str("implementation_name", Value::str("tessera"));
    d.set_str(
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    let path = crate::vm::import::initial_sys_path(vm)
        .iter()
        .map(|p| Value::str(p))
        .collect();
    d.set_str("path", Value::list(path));
    d.set_str("modules", Value::Dict(vm.modules.clone()));
    let names = [
        "builtins",
        "sys",
        "math",
        "time",
        "_random",
        "_itertools",
        "_collections",
        "bisect",
    ];
    d.set_str(
        "builtin_module_names",
        Value::tuple(names.iter().map(|n| Value::str(n)).collect()),
    );
    d.set_str("maxunicode", Value::Int(0x10ffff));
    if let Some(cls) = version_info_class(vm) {
        let python = [
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ];
        d.set_str("version_info", version_tuple(vm, &cls, python));
        if let Some(imp) = implementation(vm, &cls) {
            d.set_str("implementation", imp);
        }
    }
}

/// The fields of a `sys.version_info`-style tuple, in order.
const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

/// The class of `sys.version_info`: a tuple subclass with named fields, whose repr
/// names them (`sys.version_info(major=3, ...)`).
fn version_info_class(vm: &mut Vm) -> Option<Obj<crate::runtime::class::Class>> {
    let ns = Obj::new(PyDict::new());
    ns.set_str("__module__", Value::str("sys"));
    let tuple_cls = vm.types.tuple.clone();
    let cls =
        crate::vm::builtins::make_class(vm, "version_info", vec![Value::Class(tuple_cls)], &ns)
            .ok()?;
    debug_assert_eq!(cls.layout, Layout::Tuple);
    method(&cls, "__repr__", version_info_repr);
    Some(cls)
}

/// An instance of `cls` (from `version_info_class`) holding `values`.
fn version_tuple(
    vm: &mut Vm,
    cls: &Obj<crate::runtime::class::Class>,
    values: [Value; 5],
) -> Value {
    let inst = vm.new_instance(cls);
    *inst.base_value.borrow_mut() = Value::tuple(values.to_vec());
    for (k, v) in VERSION_FIELDS.into_iter().zip(values) {
        inst.set_attr_str(k, v);
    }
    Value::Instance(inst)
}

fn version_info_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = match args.args.first().map(|a| a.view()) {
        Some(View::Instance(inst)) => match inst.base_value.borrow().view() {
            View::Tuple(t) => t.items().to_vec(),
            _ => vec![],
        },
        _ => vec![],
    };
    let mut parts = Vec::with_capacity(items.len());
    for (name, v) in VERSION_FIELDS.iter().zip(&items) {
        parts.push(format!("{name}={}", vm.repr(v)?));
    }
    Ok(Value::str(&format!(
        "sys.version_info({})",
        parts.join(", ")
    )))
}

/// tessera's own version as (major, minor, micro, releaselevel, serial), from the crate
/// version: a pre-release such as `0.2.0-beta.3` gives ('beta', 3), `rc` 'candidate'.
fn tessera_version() -> (i64, i64, i64, &'static str, i64) {
    let num = |s: &str| s.parse::<i64>().unwrap_or(0);
    let pre = env!("CARGO_PKG_VERSION_PRE");
    let (level, serial) = if pre.is_empty() {
        ("final", 0)
    } else {
        let (word, n) = pre.split_once('.').unwrap_or((pre, "0"));
        let level = match word {
            "alpha" | "a" => "alpha",
            "beta" | "b" => "beta",
            _ => "candidate",
        };
        (level, num(n))
    };
    (
        num(env!("CARGO_PKG_VERSION_MAJOR")),
        num(env!("CARGO_PKG_VERSION_MINOR")),
        num(env!("CARGO_PKG_VERSION_PATCH")),
        level,
        serial,
    )
}

/// `sys.implementation`. Its class looks like `types.SimpleNamespace` (same name, module
/// and repr); importing `types` makes it an instance of that class proper.
fn implementation(vm: &mut Vm, version_cls: &Obj<crate::runtime::class::Class>) -> Option<Value> {
    let ns = Obj::new(PyDict::new());
    ns.set_str("__module__", Value::str("types"));
    let object = Value::Class(vm.types.object.clone());
    let cls = crate::vm::builtins::make_class(vm, "SimpleNamespace", vec![object], &ns).ok()?;
    method(&cls, "__repr__", namespace_repr);
    let (major, minor, micro, level, serial) = tessera_version();
    let level_nibble = match level {
        "alpha" => 0xA,
        "beta" => 0xB,
        "candidate" => 0xC,
        _ => 0xF,
    };
    let hexversion = (major << 24) | (minor << 16) | (micro << 8) | (level_nibble << 4) | serial;
    let version = version_tuple(
        vm,
        version_cls,
        [
            Value::Int(major),
            Value::Int(minor),
            Value::Int(micro),
            Value::str(level),
            Value::Int(serial),
        ],
    );
    let inst = vm.new_instance(&cls);
    inst.set_attr_str("name", Value::str("tessera"));
    inst.set_attr_str("cache_tag", Value::None);
    inst.set_attr_str("version", version);
    inst.set_attr_str("hexversion", Value::Int(hexversion));
    Some(Value::Instance(inst))
}

/// `namespace(name=value, ...)` over the instance's attributes, in insertion order.
fn namespace_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let entries = match args.args.first().map(|a| a.view()) {
        Some(View::Instance(inst)) => inst.dict().map(|d| d.items()).unwrap_or_default(),
        _ => vec![],
    };
    let mut parts = Vec::with_capacity(entries.len());
    for (k, v) in entries {
        let key = k.as_str().unwrap_or_default().to_string();
        parts.push(format!("{key}={}", vm.repr(&v)?));
    }
    Ok(Value::str(&format!("namespace({})", parts.join(", "))))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "exit", 0, 1)?;
    let cls = vm.types.exc("SystemExit");
    let exc = vm.new_exception(&cls, args.args.into_vec());
    Err(PyErr { exc })
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "setrecursionlimit", 1, 1)?;
    match args.args[0].view() {
        View::Int(n) if n >= 1 => {
            vm.recursion_limit = n.min(i32::MAX as i64) as usize;
            Ok(Value::None)
        }
        View::Int(_) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        _ => {
            let tn = vm.type_name(&args.args[0]);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let e = vm.handled_exc.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Class(vm.exc_class(&e));
    Ok(Value::tuple(vec![t, e, Value::None]))
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "getsizeof", 1, 2)?;
    let n = match args.args[0].view() {
        View::List(l) => 56 + 8 * l.items.borrow().len(),
        View::Str(s) => 49 + s.as_str().len(),
        _ => 32,
    };
    Ok(Value::Int(n as i64))
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "intern", 1, 1)?;
    match args.args[0].view() {
        View::Str(s) => Ok(Value::Str(vm.intern(s.as_str()))),
        _ => Err(vm.type_error("intern() argument must be str")),
    }
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match crate::vm::builtins::arg_or_kw(&args, 0, "maxdigits").view() {
        Some(View::Int(n)) => n,
        _ => {
            return Err(
                vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits'")
            );
        }
    };
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::runtime::format::spec::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

fn get_int_max_str_digits(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        crate::runtime::format::spec::int_max_str_digits() as i64,
    ))
}

/// Which standard stream a `sys.std*` object is (0, 1 or 2).
fn stream_kind(v: &Value) -> u8 {
    match v.view() {
        View::Native(n) => match &*n.data.borrow() {
            NativeData::Stream(k) => *k,
            _ => 1,
        },
        _ => 1,
    }
}

fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    // io.UnsupportedOperation is an OSError and a ValueError; OSError is what callers catch.
    vm.err("OSError", what.to_string())
}

fn read_line_stdin(vm: &mut Vm) -> PyResult<String> {
    let _ = vm.stdout.flush();
    let mut line = String::new();
    use std::io::BufRead;
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(_) => Ok(line),
        Err(e) => Err(crate::vm::modules::fileio::os_error(vm, &e, None)),
    }
}

fn stream_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if stream_kind(&args.args[0]) != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let line = read_line_stdin(vm)?;
    match args.args.get(1).view() {
        Some(View::Int(n)) if n >= 0 && (n as usize) < line.chars().count() => {
            // A size limit cuts the line; the rest is lost (stdin is not buffered here).
            Ok(Value::string(line.chars().take(n as usize).collect()))
        }
        _ => Ok(Value::string(line)),
    }
}

fn stream_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if stream_kind(&args.args[0]) != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let _ = vm.stdout.flush();
    let mut buf = String::new();
    use std::io::Read;
    match args.args.get(1).view() {
        Some(View::Int(n)) if n >= 0 => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(n as u64)
                .read_to_end(&mut bytes)
                .map_err(|e| crate::vm::modules::fileio::os_error(vm, &e, None))?;
            buf = String::from_utf8_lossy(&bytes).into_owned();
        }
        _ => {
            std::io::stdin()
                .lock()
                .read_to_string(&mut buf)
                .map_err(|e| crate::vm::modules::fileio::os_error(vm, &e, None))?;
        }
    }
    Ok(Value::string(buf))
}

fn stream_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if stream_kind(&args.args[0]) != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let mut lines = Vec::new();
    loop {
        let line = read_line_stdin(vm)?;
        if line.is_empty() {
            break;
        }
        lines.push(Value::string(line));
    }
    Ok(Value::list(lines))
}

fn stream_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

fn stream_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if stream_kind(&args.args[0]) != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let line = read_line_stdin(vm)?;
    if line.is_empty() {
        return Err(vm.err_noargs("StopIteration"));
    }
    Ok(Value::string(line))
}

fn stream_isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(Value::Bool(match stream_kind(&args.args[0]) {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(stream_kind(&args.args[0]) as i64))
}

fn stream_readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream_kind(&args.args[0]) == 0))
}

fn stream_writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream_kind(&args.args[0]) != 0))
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "write", 2, 2)?;
    if stream_kind(&args.args[0]) == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    let View::Str(s) = args.args[1].view() else {
        let tn = vm.type_name(&args.args[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    let n = s.char_len();
    let text = s.as_str().to_string();
    vm.write_to(&args.args[0], &text)?;
    Ok(Value::Int(n as i64))
}

fn stream_flush(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let _ = vm.stdout.flush();
    Ok(Value::None)
}
