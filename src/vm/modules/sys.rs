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
    d.set_str("version_info", version_info(vm));
}

/// `sys.version_info`: a tuple with named fields.
fn version_info(vm: &mut Vm) -> Value {
    let ns = Obj::new(PyDict::new());
    ns.set_str("__module__", Value::str("sys"));
    let tuple_cls = vm.types.tuple.clone();
    let cls = match crate::vm::builtins::make_class(
        vm,
        "version_info",
        vec![Value::Class(tuple_cls)],
        &ns,
    ) {
        Ok(c) => c,
        Err(_) => return Value::None,
    };
    debug_assert_eq!(cls.layout, Layout::Tuple);
    let inst = vm.new_instance(&cls);
    let fields = [
        ("major", Value::Int(3)),
        ("minor", Value::Int(11)),
        ("micro", Value::Int(7)),
        ("releaselevel", Value::str("final")),
        ("serial", Value::Int(0)),
    ];
    *inst.base_value.borrow_mut() = Value::tuple(fields.iter().map(|(_, v)| v.clone()).collect());
    for (k, v) in fields {
        inst.set_attr_str(k, v);
    }
    Value::Instance(inst)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "exit", 0, 1)?;
    let cls = vm.types.exc("SystemExit");
    let exc = vm.new_exception(&cls, args.args);
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
