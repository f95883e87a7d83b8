//! `_os`: the system calls `os` (src/stdlib/os.py) is written over. Failures raise the
//! OSError subclass of their errno with the path as `filename`.

use super::fileio::{os_error, os_error_two_paths};
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::function;
use crate::vm::{PyResult, Vm};

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "getcwd", getcwd);
    function(d, "chdir", chdir);
    function(d, "listdir", listdir);
    function(d, "scandir", scandir);
    function(d, "stat", stat);
    function(d, "mkdir", mkdir);
    function(d, "rmdir", rmdir);
    function(d, "remove", remove);
    function(d, "rename", rename);
    function(d, "getpid", getpid);
    function(d, "urandom", urandom);
    function(d, "environ", environ);
    function(d, "putenv", putenv);
    function(d, "unsetenv", unsetenv);
    function(d, "cpu_count", cpu_count);
    function(d, "realpath", realpath);
    function(d, "terminal_size", terminal_size);
    function(d, "utime", utime);
    function(d, "chmod", chmod);
    function(d, "symlink", symlink);
    function(d, "readlink", readlink);
    function(d, "open", open);
    function(d, "close", close);
    function(d, "write", write);
    function(d, "read", read);
    function(d, "statvfs", statvfs);
}

fn path_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<(String, Value)> {
    let given = args.args.get(i);
    match given.view() {
        Some(View::Str(s)) => {
            if s.as_str().contains('\0') {
                return Err(vm.value_error("embedded null byte"));
            }
            Ok((s.as_str().to_string(), args.args[i].clone()))
        }
        Some(View::Bytes(b)) => Ok((
            String::from_utf8_lossy(b).into_owned(),
            args.args[i].clone(),
        )),
        Some(_) => {
            let other = given.as_ref().expect("matched Some");
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {tn}"
            )))
        }
        None => Err(vm.type_error("missing path argument")),
    }
}

fn getcwd(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(&p.display().to_string())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, Some(v)))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(v)))?;
    let mut names = Vec::new();
    for e in rd.flatten() {
        names.push(Value::str(&e.file_name().to_string_lossy()));
    }
    Ok(Value::list(names))
}

/// `scandir(path)`: a list of (name, is_dir, is_file, is_symlink) per entry.
fn scandir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(v)))?;
    let mut out = Vec::new();
    for e in rd.flatten() {
        let ft = e.file_type().ok();
        let link = ft.is_some_and(|t| t.is_symlink());
        // Through a symlink, is_dir/is_file describe the target, as os.DirEntry's do.
        let meta = std::fs::metadata(e.path()).ok();
        out.push(Value::tuple(vec![
            Value::str(&e.file_name().to_string_lossy()),
            Value::Bool(meta.as_ref().is_some_and(|m| m.is_dir())),
            Value::Bool(meta.as_ref().is_some_and(|m| m.is_file())),
            Value::Bool(link),
        ]));
    }
    Ok(Value::list(out))
}

/// `stat(path, follow_symlinks)`: (mode, ino, dev, nlink, uid, gid, size, atime, mtime,
/// ctime) with float times.
fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    let follow = !matches!(args.args.get(1).view(), Some(View::Bool(false)));
    let m = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| os_error(vm, &e, Some(v)))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let t = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
        Ok(Value::tuple(vec![
            Value::Int(m.mode() as i64),
            Value::Int(m.ino() as i64),
            Value::Int(m.dev() as i64),
            Value::Int(m.nlink() as i64),
            Value::Int(m.uid() as i64),
            Value::Int(m.gid() as i64),
            Value::Int(m.size() as i64),
            t(m.atime(), m.atime_nsec()),
            t(m.mtime(), m.mtime_nsec()),
            t(m.ctime(), m.ctime_nsec()),
        ]))
    }
    #[cfg(not(unix))]
    {
        let secs = |t: std::io::Result<std::time::SystemTime>| {
            Value::Float(
                t.ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0.0, |d| d.as_secs_f64()),
            )
        };
        let mode = if m.is_dir() { 0o040777 } else { 0o100666 };
        Ok(Value::tuple(vec![
            Value::Int(mode),
            Value::Int(0),
            Value::Int(0),
            Value::Int(1),
            Value::Int(0),
            Value::Int(0),
            Value::Int(m.len() as i64),
            secs(m.accessed()),
            secs(m.modified()),
            secs(m.created()),
        ]))
    }
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    let mode = match args.args.get(1).view() {
        Some(View::Int(m)) => m as u32,
        _ => 0o777,
    };
    let mut b = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    b.create(&p).map_err(|e| os_error(vm, &e, Some(v)))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, Some(v)))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    // unlink(2) on a folder fails with EISDIR on Linux; std reports that error as is.
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, Some(v)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, av) = path_arg(vm, &args, 0)?;
    let (b, bv) = path_arg(vm, &args, 1)?;
    if let Err(e) = std::fs::rename(&a, &b) {
        return Err(os_error_two_paths(vm, &e, av, bv));
    }
    Ok(Value::None)
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match args.args.first().view() {
        Some(View::Int(n)) if n > 1 << 31 => return Err(vm.err_noargs("MemoryError")),
        Some(View::Int(n)) if n >= 0 => n as usize,
        Some(View::Int(_)) => return Err(vm.value_error("negative argument not allowed")),
        Some(_) => {
            let tn = vm.type_name(&args.args[0]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
        None => return Err(vm.type_error("urandom() argument must be an integer")),
    };
    let mut buf = vec![0u8; n];
    use std::io::Read;
    match std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)) {
        Ok(()) => Ok(Value::Bytes(Obj::new(buf))),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn environ(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        d.set_str(&k.to_string_lossy(), Value::str(&v.to_string_lossy()));
    }
    Ok(Value::Dict(d))
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(View::Str(k)), Some(View::Str(v))) =
        (args.args.first().view(), args.args.get(1).view())
    else {
        return Err(vm.type_error("putenv() arguments must be str"));
    };
    let (k, v) = (k.as_str(), v.as_str());
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: the interpreter is the only thread that reads or writes the environment.
    unsafe { std::env::set_var(k, v) };
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(View::Str(k)) = args.args.first().view() else {
        return Err(vm.type_error("unsetenv() argument must be str"));
    };
    let k = k.as_str();
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: as in putenv.
    unsafe { std::env::remove_var(k) };
    Ok(Value::None)
}

fn cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

fn realpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    match std::fs::canonicalize(&p) {
        Ok(r) => Ok(Value::str(&r.display().to_string())),
        Err(e) => Err(os_error(vm, &e, Some(v))),
    }
}

/// `(columns, lines)` from COLUMNS/LINES, else CPython's fallback of 80×24 when not a
/// terminal (programs' output must not depend on the window).
fn terminal_size(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let get = |k: &str, d: i64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    Ok(Value::tuple(vec![
        Value::Int(get("COLUMNS", 80)),
        Value::Int(get("LINES", 24)),
    ]))
}

fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    let f = std::fs::File::options()
        .write(true)
        .open(&p)
        .or_else(|_| std::fs::File::open(&p))
        .map_err(|e| os_error(vm, &e, Some(v.clone())))?;
    let when = match args.args.get(1).view() {
        Some(View::Tuple(t)) if t.items().len() == 2 => {
            let secs = match t.items()[1].view() {
                View::Int(n) => n as f64,
                View::Float(x) => x,
                _ => 0.0,
            };
            std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(secs.max(0.0))
        }
        _ => std::time::SystemTime::now(),
    };
    f.set_modified(when)
        .map_err(|e| os_error(vm, &e, Some(v)))?;
    Ok(Value::None)
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize, what: &str) -> PyResult<i64> {
    match args.args.get(i).view() {
        Some(View::Int(n)) => Ok(n),
        Some(View::Bool(b)) => Ok(b as i64),
        Some(_) => {
            let tn = vm.type_name(&args.args[i]);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
        None => Err(vm.type_error(format!("missing required argument '{what}'"))),
    }
}

/// The OSError of the last failed libc call.
#[cfg(unix)]
fn last_os_error(vm: &mut Vm, filename: Option<Value>) -> crate::vm::PyErr {
    let e = std::io::Error::last_os_error();
    os_error(vm, &e, filename)
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    let mode = int_arg(vm, &args, 1, "mode")?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode as u32))
            .map_err(|e| os_error(vm, &e, Some(v)))?;
    }
    #[cfg(not(unix))]
    {
        let m = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, Some(v.clone())))?;
        let mut perm = m.permissions();
        perm.set_readonly(mode & 0o200 == 0);
        std::fs::set_permissions(&p, perm).map_err(|e| os_error(vm, &e, Some(v)))?;
    }
    Ok(Value::None)
}

fn symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, av) = path_arg(vm, &args, 0)?;
    let (b, bv) = path_arg(vm, &args, 1)?;
    #[cfg(unix)]
    let r = std::os::unix::fs::symlink(&a, &b);
    #[cfg(not(unix))]
    let r: std::io::Result<()> = Err(std::io::Error::from(std::io::ErrorKind::Unsupported));
    if let Err(e) = r {
        return Err(os_error_two_paths(vm, &e, av, bv));
    }
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    match std::fs::read_link(&p) {
        Ok(r) => Ok(Value::str(&r.display().to_string())),
        Err(e) => Err(os_error(vm, &e, Some(v))),
    }
}

/// `open(path, flags, mode=0o777)`: a raw file descriptor (os.O_* flags).
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    let flags = int_arg(vm, &args, 1, "flags")?;
    let mode = if args.args.len() > 2 {
        int_arg(vm, &args, 2, "mode")?
    } else {
        0o777
    };
    #[cfg(unix)]
    {
        let c = std::ffi::CString::new(p).map_err(|_| vm.value_error("embedded null byte"))?;
        // SAFETY: `c` is a NUL-terminated path that outlives the call.
        let fd = unsafe {
            libc::open(
                c.as_ptr(),
                (flags as libc::c_int) | libc::O_CLOEXEC,
                mode as libc::c_uint,
            )
        };
        if fd < 0 {
            return Err(last_os_error(vm, Some(v)));
        }
        Ok(Value::Int(fd as i64))
    }
    #[cfg(not(unix))]
    {
        let _ = (p, v, flags, mode);
        Err(vm.err("OSError", "os.open is not supported on this platform"))
    }
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd")?;
    #[cfg(unix)]
    {
        // SAFETY: closing a descriptor number has no memory effects; a bad one fails EBADF.
        if unsafe { libc::close(fd as libc::c_int) } < 0 {
            return Err(last_os_error(vm, None));
        }
        Ok(Value::None)
    }
    #[cfg(not(unix))]
    {
        let _ = fd;
        Err(vm.err("OSError", "os.close is not supported on this platform"))
    }
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd")?;
    let data: Vec<u8> = match args.args.get(1).view() {
        Some(View::Bytes(b)) => b.to_vec(),
        Some(_) => {
            let tn = vm.type_name(&args.args[1]);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
        None => return Err(vm.type_error("write expected 2 arguments, got 1")),
    };
    #[cfg(unix)]
    {
        // SAFETY: `data` is a live buffer of `data.len()` bytes.
        let n = unsafe { libc::write(fd as libc::c_int, data.as_ptr().cast(), data.len()) };
        if n < 0 {
            return Err(last_os_error(vm, None));
        }
        Ok(Value::Int(n as i64))
    }
    #[cfg(not(unix))]
    {
        let _ = (fd, data);
        Err(vm.err("OSError", "os.write is not supported on this platform"))
    }
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd")?;
    let n = int_arg(vm, &args, 1, "length")?;
    if n < 0 {
        return Err(vm.value_error("negative length"));
    }
    #[cfg(unix)]
    {
        let mut buf = vec![0u8; n.min(1 << 30) as usize];
        // SAFETY: `buf` is a live, writable buffer of `buf.len()` bytes.
        let got = unsafe { libc::read(fd as libc::c_int, buf.as_mut_ptr().cast(), buf.len()) };
        if got < 0 {
            return Err(last_os_error(vm, None));
        }
        buf.truncate(got as usize);
        Ok(Value::Bytes(Obj::new(buf)))
    }
    #[cfg(not(unix))]
    {
        let _ = (fd, n);
        Err(vm.err("OSError", "os.read is not supported on this platform"))
    }
}

/// `statvfs(path)`: (f_frsize, f_blocks, f_bfree, f_bavail) of the file system holding
/// path.
fn statvfs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, v) = path_arg(vm, &args, 0)?;
    #[cfg(unix)]
    {
        let c = std::ffi::CString::new(p).map_err(|_| vm.value_error("embedded null byte"))?;
        // SAFETY: an all-zero statvfs is a valid value of this plain C struct.
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        // SAFETY: `c` is a NUL-terminated path and `st` a writable statvfs.
        if unsafe { libc::statvfs(c.as_ptr(), &mut st) } < 0 {
            return Err(last_os_error(vm, Some(v)));
        }
        Ok(Value::tuple(vec![
            Value::Int(st.f_frsize as i64),
            Value::Int(st.f_blocks as i64),
            Value::Int(st.f_bfree as i64),
            Value::Int(st.f_bavail as i64),
        ]))
    }
    #[cfg(not(unix))]
    {
        let _ = (p, v);
        Err(vm.err("OSError", "statvfs is not supported on this platform"))
    }
}
