//! `_fileio`: the raw file operations `io` (src/stdlib/io.py) builds files on, and the
//! OSError values that file-system failures raise everywhere.
//!
//! Open files live in a per-thread table and Python code holds their index; the
//! interpreter runs on one thread, and a table keeps `std::fs::File` out of the shared
//! object model.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::function;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

thread_local! {
    static FILES: RefCell<Vec<Option<File>>> = const { RefCell::new(Vec::new()) };
}

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "open", open);
    function(d, "read", read);
    function(d, "write", write);
    function(d, "seek", seek);
    function(d, "truncate", truncate);
    function(d, "close", close);
    function(d, "isatty", isatty);
    function(d, "fileno", fileno);
}

/// The OSError subclass CPython raises for `errno`, beyond the ones every platform shares.
pub fn os_error_class_name(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

/// The C library's text for `errno` (std appends " (os error N)" to it).
fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// An OSError (or the subclass its errno selects) with `errno`, `strerror` and
/// `filename` set as CPython sets them: `[Errno 2] No such file or directory: 'x'`.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    os_error_from(vm, errno, &strerror(e), filename, None)
}

/// `os_error` of a call on two paths (rename, symlink), naming both as CPython does.
pub fn os_error_two_paths(vm: &mut Vm, e: &std::io::Error, a: Value, b: Value) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    os_error_from(vm, errno, &strerror(e), Some(a), Some(b))
}

pub fn os_error_from(
    vm: &mut Vm,
    errno: i64,
    strerror: &str,
    filename: Option<Value>,
    filename2: Option<Value>,
) -> PyErr {
    let name = os_error_class_name(errno).unwrap_or("OSError");
    let cls = vm.types.exc(name);
    let exc = vm.new_exception(&cls, vec![Value::Int(errno), Value::str(strerror)]);
    if let View::Instance(i) = exc.view() {
        i.set_attr_str("filename", filename.unwrap_or(Value::None));
        i.set_attr_str("filename2", filename2.unwrap_or(Value::None));
    }
    PyErr { exc }
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize, name: &str) -> PyResult<i64> {
    match args.args.get(i).view() {
        Some(View::Int(n)) => Ok(n),
        Some(View::Bool(b)) => Ok(b as i64),
        _ => Err(vm.type_error(format!("{name}: expected an integer argument"))),
    }
}

fn with_file<T>(
    vm: &mut Vm,
    h: i64,
    f: impl FnOnce(&mut File) -> std::io::Result<T>,
) -> PyResult<T> {
    let r = FILES.with(|t| {
        let mut t = t.borrow_mut();
        match usize::try_from(h).ok().and_then(|i| t.get_mut(i)) {
            Some(Some(file)) => Some(f(file)),
            _ => None,
        }
    });
    match r {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(os_error(vm, &e, None)),
        None => Err(os_error_from(vm, 9, "Bad file descriptor", None, None)),
    }
}

/// `open(path, flags)`: flags is a string of r/w/a/x/+ as in `open()`'s mode (already
/// validated by io.py). Returns a handle.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(View::Str(path)), Some(View::Str(flags))) =
        (args.args.first().view(), args.args.get(1).view())
    else {
        return Err(vm.type_error("_fileio.open(path, flags)"));
    };
    let path_v = args.args[0].clone();
    let flags = flags.as_str();
    let plus = flags.contains('+');
    let mut o = std::fs::OpenOptions::new();
    if flags.contains('r') {
        o.read(true).write(plus);
    } else if flags.contains('w') {
        o.write(true).create(true).truncate(true).read(plus);
    } else if flags.contains('a') {
        o.append(true).create(true).read(plus);
    } else if flags.contains('x') {
        o.write(true).create_new(true).read(plus);
    }
    if path.as_str().contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    let file = match o.open(path.as_str()) {
        Ok(f) => f,
        Err(e) => return Err(os_error(vm, &e, Some(path_v))),
    };
    // open(2) succeeds on a folder opened for reading; CPython's FileIO refuses it.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(os_error_from(vm, 21, "Is a directory", Some(path_v), None));
    }
    let h = FILES.with(|t| {
        let mut t = t.borrow_mut();
        match t.iter().position(Option::is_none) {
            Some(i) => {
                t[i] = Some(file);
                i
            }
            None => {
                t.push(Some(file));
                t.len() - 1
            }
        }
    });
    Ok(Value::Int(h as i64))
}

/// `read(h, n)`: up to n bytes (all that remain when n < 0); empty at end of file.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = int_arg(vm, &args, 0, "read")?;
    let n = int_arg(vm, &args, 1, "read")?;
    let data = with_file(vm, h, |f| {
        let mut buf = Vec::new();
        if n < 0 {
            f.read_to_end(&mut buf)?;
        } else {
            // Grows with what the file holds, never with what was asked for.
            f.take(n as u64).read_to_end(&mut buf)?;
        }
        Ok(buf)
    })?;
    Ok(Value::Bytes(Obj::new(data)))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = int_arg(vm, &args, 0, "write")?;
    let data = args.args.get(1).map(|v| vm.unwrap_base(v));
    let Some(b) = data.as_ref().and_then(crate::vm::builtins::byte_data) else {
        return Err(vm.type_error("a bytes-like object is required"));
    };
    with_file(vm, h, |f| f.write_all(&b))?;
    Ok(Value::Int(b.len() as i64))
}

fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = int_arg(vm, &args, 0, "seek")?;
    let off = int_arg(vm, &args, 1, "seek")?;
    let whence = int_arg(vm, &args, 2, "seek")?;
    let to = match whence {
        0 if off < 0 => {
            return Err(os_error_from(vm, 22, "Invalid argument", None, None));
        }
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => {
            return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
        }
    };
    let pos = with_file(vm, h, |f| f.seek(to))?;
    Ok(Value::Int(pos as i64))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = int_arg(vm, &args, 0, "truncate")?;
    let size = int_arg(vm, &args, 1, "truncate")?;
    if size < 0 {
        return Err(os_error_from(vm, 22, "Invalid argument", None, None));
    }
    with_file(vm, h, |f| f.set_len(size as u64))?;
    Ok(Value::Int(size))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = int_arg(vm, &args, 0, "close")?;
    FILES.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(slot) = usize::try_from(h).ok().and_then(|i| t.get_mut(i)) {
            *slot = None;
        }
    });
    Ok(Value::None)
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = int_arg(vm, &args, 0, "isatty")?;
    let tty = with_file(vm, h, |f| {
        use std::io::IsTerminal;
        Ok(f.is_terminal())
    })?;
    Ok(Value::Bool(tty))
}

fn fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = int_arg(vm, &args, 0, "fileno")?;
    let fd = with_file(vm, h, |f| {
        #[cfg(unix)]
        {
            use std::os::unix::io::AsRawFd;
            Ok(f.as_raw_fd() as i64)
        }
        #[cfg(not(unix))]
        {
            let _ = f;
            Ok(-1)
        }
    })?;
    Ok(Value::Int(fd))
}
