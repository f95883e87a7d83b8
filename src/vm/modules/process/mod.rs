//! `_subprocess`: child processes for `subprocess` (src/stdlib/subprocess.py), over
//! std::process. Children live in a per-thread table and Python code holds their index;
//! a pipe end is an opaque object that closes the pipe when Python drops it (tessera
//! runs no `__del__`, so files left open would otherwise stay open). `communicate` drains pipes on threads of
//! its own, so a child filling one pipe while we write another cannot deadlock, and a
//! timeout leaves what was read so far for the next call.
//!
//! What differs per OS family (stream redirection from a descriptor, exit statuses,
//! signals to a child, the errno table) is in `unix.rs` and `windows.rs`.

#[cfg(unix)]
#[path = "unix.rs"]
pub mod os;
#[cfg(windows)]
#[path = "windows.rs"]
pub mod os;

use super::fileio::{os_error, os_error_from};
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObject};
use crate::runtime::object::Obj;
use crate::runtime::value::{OptionView, Value, View};
use crate::vm::builtins::function;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How a standard stream of the child is set up (the values subprocess.py passes).
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

type Reader = BufReader<Box<dyn Read + Send>>;

/// Bytes a thread reads from a pipe until end of file.
struct Drain {
    bytes: Mutex<Vec<u8>>,
    finished: AtomicBool,
}

enum PipeEnd {
    Reading(Reader),
    Writing(Box<dyn Write + Send>),
    Draining(Arc<Drain>),
}

/// What Python holds for a pipe end: empty once closed (or while a call blocks on it).
type Pipe = Rc<RefCell<Option<PipeEnd>>>;

fn wrap_pipe(vm: &Vm, end: PipeEnd) -> Value {
    let pipe: Pipe = Rc::new(RefCell::new(Some(end)));
    Value::Native(Obj::new(NativeObject {
        class: vm.types.object.clone(),
        data: RefCell::new(NativeData::Opaque(pipe)),
    }))
}

fn pipe_arg(v: Option<&Value>) -> Option<Pipe> {
    if let Some(View::Native(n)) = v.map(|v| v.view())
        && let NativeData::Opaque(rc) = &*n.data.borrow()
        && let Ok(pipe) = rc.clone().downcast::<RefCell<Option<PipeEnd>>>()
    {
        return Some(pipe);
    }
    None
}

struct Proc {
    child: Child,
    /// The return code once the child was reaped.
    code: Option<i64>,
}

thread_local! {
    static PROCS: RefCell<Vec<Option<Proc>>> = const { RefCell::new(Vec::new()) };
    /// The thread writing `input` to a child's stdin, per child, while one runs.
    static FEEDERS: RefCell<Vec<(usize, Arc<Drain>)>> = const { RefCell::new(Vec::new()) };
}

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "spawn", spawn);
    function(d, "read", read);
    function(d, "read1", read1);
    function(d, "readline", readline);
    function(d, "write", write);
    function(d, "close", close);
    function(d, "communicate", communicate);
    function(d, "wait", wait);
    function(d, "poll", poll);
    function(d, "send_signal", send_signal);
    function(d, "kill", kill);
    d.set_str("windows", Value::Bool(cfg!(windows)));
    d.set_str("SIGTERM", Value::Int(os::SIGTERM as i64));
    d.set_str("SIGKILL", Value::Int(os::SIGKILL as i64));
}

fn put_proc(item: Proc) -> usize {
    PROCS.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(i) = t.iter().position(Option::is_none) {
            t[i] = Some(item);
            i
        } else {
            t.push(Some(item));
            t.len() - 1
        }
    })
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    match args.args.get(i).view() {
        Some(View::Int(n)) => Ok(n),
        Some(View::Bool(b)) => Ok(b as i64),
        _ => Err(vm.type_error("_subprocess: expected an integer argument")),
    }
}

/// A str or bytes argument as an OS string.
fn os_string(vm: &mut Vm, v: &Value) -> PyResult<std::ffi::OsString> {
    match v.view() {
        View::Str(s) if s.as_str().contains('\0') => Err(vm.value_error("embedded null byte")),
        View::Str(s) => Ok(s.as_str().into()),
        View::Bytes(b) if b.contains(&0) => Err(vm.value_error("embedded null byte")),
        View::Bytes(b) => Ok(os::os_string_from_bytes(b)),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {tn}"
            )))
        }
    }
}

fn items(v: &Value) -> Vec<Value> {
    match v.view() {
        View::List(l) => l.items.borrow().to_vec(),
        View::Tuple(t) => t.items().to_vec(),
        _ => Vec::new(),
    }
}

/// The Stdio for one stream spec (not STDOUT, which `spawn` resolves).
fn stdio(vm: &mut Vm, spec: &Value) -> PyResult<Stdio> {
    Ok(match spec.view() {
        View::None => Stdio::inherit(),
        View::Int(PIPE) => Stdio::piped(),
        View::Int(DEVNULL) => Stdio::null(),
        View::Int(fd) if fd >= 0 => os::stdio_from_fd(fd).map_err(|e| os_error(vm, &e, None))?,
        _ => return Err(vm.value_error("_subprocess: bad stream")),
    })
}

/// `spawn(argv, executable, cwd, env, stdin, stdout, stderr, new_session, group)`: starts
/// the child. `env` is None (inherit) or a list of (name, value) pairs; `group` is the
/// process group to put it in (-1: ours, 0: a new one). Returns
/// `(handle, pid, stdin_pipe, stdout_pipe, stderr_pipe)`, pipes None unless asked for.
fn spawn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 9 {
        return Err(vm.type_error("_subprocess.spawn takes 9 arguments"));
    }
    let argv = items(&args.args[0]);
    let Some(first) = argv.first() else {
        return Err(vm.err("IndexError", "list index out of range"));
    };
    let program_v = match args.args[1].view() {
        View::None => first.clone(),
        _ => args.args[1].clone(),
    };
    let program = os_string(vm, &program_v)?;
    let mut cmd = Command::new(&program);
    for a in &argv[1..] {
        let a = os_string(vm, a)?;
        cmd.arg(a);
    }
    os::set_argv0(&mut cmd, os_string(vm, first)?);
    if !matches!(args.args[2].view(), View::None) {
        let cwd = os_string(vm, &args.args[2])?;
        // A missing folder is reported with its own name, as CPython does.
        match std::fs::metadata(&cwd) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                return Err(os_error_from(
                    vm,
                    os::ENOTDIR,
                    "Not a directory",
                    Some(args.args[2].clone()),
                    None,
                ));
            }
            Err(e) => return Err(os_error(vm, &e, Some(args.args[2].clone()))),
        }
        cmd.current_dir(cwd);
    }
    if !matches!(args.args[3].view(), View::None) {
        cmd.env_clear();
        for pair in items(&args.args[3]) {
            let kv = items(&pair);
            if kv.len() == 2 {
                let k = os_string(vm, &kv[0])?;
                let v = os_string(vm, &kv[1])?;
                cmd.env(k, v);
            }
        }
    }
    cmd.stdin(stdio(vm, &args.args[4])?);
    let out_spec = args.args[5].clone();
    let err_spec = args.args[6].clone();
    // stderr=STDOUT: both streams share one pipe (or whatever stdout is).
    let mut merged: Option<std::io::PipeReader> = None;
    if matches!(err_spec.view(), View::Int(STDOUT)) {
        match out_spec.view() {
            View::Int(PIPE) => {
                let (r, w) = std::io::pipe().map_err(|e| os_error(vm, &e, None))?;
                let w2 = w.try_clone().map_err(|e| os_error(vm, &e, None))?;
                cmd.stdout(Stdio::from(w));
                cmd.stderr(Stdio::from(w2));
                merged = Some(r);
            }
            View::None => {
                cmd.stdout(Stdio::inherit());
                cmd.stderr(Stdio::from(std::io::stdout()));
            }
            _ => {
                cmd.stdout(stdio(vm, &out_spec)?);
                cmd.stderr(stdio(vm, &out_spec)?);
            }
        }
    } else {
        cmd.stdout(stdio(vm, &out_spec)?);
        cmd.stderr(stdio(vm, &err_spec)?);
    }
    let new_session = matches!(args.args[7].view(), View::Bool(true));
    let group = int_arg(vm, &args, 8)?;
    os::set_session(&mut cmd, new_session, group);
    let spawned = cmd.spawn();
    // The command holds our copies of the merged pipe's write end: drop them so the
    // reader sees end of file when the child exits.
    drop(cmd);
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => return Err(os_error(vm, &e, Some(program_v))),
    };
    let pid = child.id() as i64;
    let stdin = child
        .stdin
        .take()
        .map(|w| wrap_pipe(vm, PipeEnd::Writing(Box::new(w))));
    let reader = |r: Box<dyn Read + Send>| wrap_pipe(vm, PipeEnd::Reading(BufReader::new(r)));
    let stdout = match merged {
        Some(r) => Some(reader(Box::new(r))),
        None => child.stdout.take().map(|r| reader(Box::new(r))),
    };
    let stderr = child.stderr.take().map(|r| reader(Box::new(r)));
    let h = put_proc(Proc { child, code: None });
    let opt = |p: Option<Value>| p.unwrap_or(Value::None);
    Ok(Value::tuple(vec![
        Value::Int(h as i64),
        Value::Int(pid),
        opt(stdin),
        opt(stdout),
        opt(stderr),
    ]))
}

fn bad_pipe(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// Runs `f` on pipe end `h` (taken out of its cell while `f` blocks).
fn with_pipe<T>(
    vm: &mut Vm,
    h: &Option<Pipe>,
    f: impl FnOnce(&mut PipeEnd) -> std::io::Result<T>,
) -> PyResult<T> {
    let Some(pipe) = h else {
        return Err(vm.type_error("_subprocess: expected a pipe"));
    };
    let Some(mut end) = pipe.borrow_mut().take() else {
        return Err(bad_pipe(vm));
    };
    let r = f(&mut end);
    *pipe.borrow_mut() = Some(end);
    r.map_err(|e| os_error(vm, &e, None))
}

fn not_readable() -> std::io::Error {
    std::io::Error::other("not readable")
}

/// `read(h, n)`: n bytes, fewer at end of file; everything to end of file when n < 0.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = pipe_arg(args.args.first());
    let n = int_arg(vm, &args, 1)?;
    let data = with_pipe(vm, &h, |end| {
        let PipeEnd::Reading(r) = end else {
            return Err(not_readable());
        };
        let mut buf = Vec::new();
        if n < 0 {
            r.read_to_end(&mut buf)?;
        } else {
            r.take(n as u64).read_to_end(&mut buf)?;
        }
        Ok(buf)
    })?;
    Ok(Value::Bytes(Obj::new(data)))
}

/// `read1(h, n)`: what one read returns (at most n bytes; n < 0: what is buffered or one
/// read's worth).
fn read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = pipe_arg(args.args.first());
    let n = int_arg(vm, &args, 1)?;
    let data = with_pipe(vm, &h, |end| {
        let PipeEnd::Reading(r) = end else {
            return Err(not_readable());
        };
        let avail = r.fill_buf()?;
        let k = if n < 0 {
            avail.len()
        } else {
            avail.len().min(n as usize)
        };
        let out = avail[..k].to_vec();
        r.consume(k);
        Ok(out)
    })?;
    Ok(Value::Bytes(Obj::new(data)))
}

/// `readline(h, limit)`: through b"\n" (or limit bytes, or end of file).
fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = pipe_arg(args.args.first());
    let limit = int_arg(vm, &args, 1)?;
    let data = with_pipe(vm, &h, |end| {
        let PipeEnd::Reading(r) = end else {
            return Err(not_readable());
        };
        let mut buf = Vec::new();
        if limit < 0 {
            r.read_until(b'\n', &mut buf)?;
        } else {
            r.take(limit as u64).read_until(b'\n', &mut buf)?;
        }
        Ok(buf)
    })?;
    Ok(Value::Bytes(Obj::new(data)))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = pipe_arg(args.args.first());
    let data = match args.args.get(1).view() {
        Some(View::Bytes(b)) => b.to_vec(),
        _ => return Err(vm.type_error("a bytes-like object is required")),
    };
    with_pipe(vm, &h, |end| {
        let PipeEnd::Writing(w) = end else {
            return Err(std::io::Error::other("not writable"));
        };
        w.write_all(&data)?;
        w.flush()
    })?;
    Ok(Value::Int(data.len() as i64))
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(pipe) = pipe_arg(args.args.first()) {
        let end = pipe.borrow_mut().take();
        drop(end);
    }
    Ok(Value::None)
}

fn new_drain() -> Arc<Drain> {
    Arc::new(Drain {
        bytes: Mutex::new(Vec::new()),
        finished: AtomicBool::new(false),
    })
}

/// Starts (once) a thread that reads `pipe` to its end.
fn drain(pipe: Pipe) -> Option<Arc<Drain>> {
    let end = pipe.borrow_mut().take()?;
    let d = match end {
        PipeEnd::Draining(d) => d,
        PipeEnd::Reading(mut r) => {
            let d = new_drain();
            let d2 = d.clone();
            std::thread::spawn(move || {
                let mut chunk = [0u8; 8192];
                loop {
                    match r.read(&mut chunk) {
                        Ok(0) => break,
                        Ok(k) => d2
                            .bytes
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .extend_from_slice(&chunk[..k]),
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(_) => break,
                    }
                }
                d2.finished.store(true, Ordering::Release);
            });
            d
        }
        other => {
            *pipe.borrow_mut() = Some(other);
            return None;
        }
    };
    *pipe.borrow_mut() = Some(PipeEnd::Draining(d.clone()));
    Some(d)
}

/// Starts (once per child) a thread writing `input` to `pipe` and closing it.
fn feed(ph: usize, pipe: Pipe, input: Vec<u8>) -> Option<Arc<Drain>> {
    if let Some(d) = FEEDERS.with(|f| {
        f.borrow()
            .iter()
            .find(|(p, _)| *p == ph)
            .map(|(_, d)| d.clone())
    }) {
        return Some(d);
    }
    let end = pipe.borrow_mut().take()?;
    let PipeEnd::Writing(mut w) = end else {
        *pipe.borrow_mut() = Some(end);
        return None;
    };
    let d = new_drain();
    let d2 = d.clone();
    std::thread::spawn(move || {
        // A child that exits without reading its input is not an error (EPIPE).
        let _ = w.write_all(&input);
        let _ = w.flush();
        drop(w);
        d2.finished.store(true, Ordering::Release);
    });
    FEEDERS.with(|f| f.borrow_mut().push((ph, d.clone())));
    Some(d)
}

/// Sleeps a little longer each time (up to 10 ms), running signal handlers in between;
/// false once `deadline` is past.
fn nap(vm: &mut Vm, step: &mut u64, deadline: Option<Instant>) -> PyResult<bool> {
    crate::signals::deliver(vm)?;
    if deadline.is_some_and(|d| Instant::now() >= d) {
        return Ok(false);
    }
    let mut pause = Duration::from_micros(*step);
    if let Some(d) = deadline {
        pause = pause.min(d.saturating_duration_since(Instant::now()));
    }
    std::thread::sleep(pause);
    *step = (*step * 2).min(10_000);
    Ok(true)
}

fn deadline_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Instant>> {
    let secs = match v.view() {
        None | Some(View::None) => return Ok(None),
        Some(View::Int(n)) => n as f64,
        Some(View::Float(x)) => x,
        Some(_) => return Err(vm.type_error("timeout must be a number")),
    };
    let secs = if secs.is_nan() {
        0.0
    } else {
        secs.clamp(0.0, 1e9)
    };
    Ok(Some(Instant::now() + Duration::from_secs_f64(secs)))
}

/// `communicate(proc, stdin, input, stdout, stderr, timeout)`: feeds `input` (bytes or
/// None) to the stdin pipe and reads the stdout and stderr pipes (handles or None) to
/// their ends. Returns `(finished, out, err)`; after a timeout, a later call goes on
/// where this one stopped.
fn communicate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ph = int_arg(vm, &args, 0)? as usize;
    let input = match args.args.get(2).view() {
        Some(View::Bytes(b)) => b.to_vec(),
        _ => Vec::new(),
    };
    let feeder = pipe_arg(args.args.get(1)).and_then(|p| feed(ph, p, input));
    let out = pipe_arg(args.args.get(3)).and_then(drain);
    let err = pipe_arg(args.args.get(4)).and_then(drain);
    let deadline = deadline_arg(vm, args.args.get(5))?;
    let done = |d: &Option<Arc<Drain>>| {
        d.as_ref()
            .is_none_or(|d| d.finished.load(Ordering::Acquire))
    };
    let mut step = 100;
    let mut finished = true;
    while !(done(&out) && done(&err) && done(&feeder)) {
        if !nap(vm, &mut step, deadline)? {
            finished = false;
            break;
        }
    }
    if finished {
        FEEDERS.with(|f| f.borrow_mut().retain(|(p, _)| *p != ph));
    }
    let bytes = |d: &Option<Arc<Drain>>| match d {
        Some(d) => Value::Bytes(Obj::new(
            d.bytes.lock().unwrap_or_else(|p| p.into_inner()).clone(),
        )),
        None => Value::None,
    };
    Ok(Value::tuple(vec![
        Value::Bool(finished),
        bytes(&out),
        bytes(&err),
    ]))
}

/// The return code of child `ph` if it has ended (reaping it), None otherwise.
fn try_reap(vm: &mut Vm, ph: i64) -> PyResult<Option<i64>> {
    let r = PROCS.with(|t| {
        let mut t = t.borrow_mut();
        let p = usize::try_from(ph)
            .ok()
            .and_then(|i| t.get_mut(i))
            .and_then(Option::as_mut)?;
        if p.code.is_some() {
            return Some(Ok(p.code));
        }
        Some(p.child.try_wait().map(|s| {
            p.code = s.map(os::return_code);
            p.code
        }))
    });
    match r {
        None => Err(vm.value_error("_subprocess: no such child")),
        Some(Ok(c)) => Ok(c),
        Some(Err(e)) => Err(os_error(vm, &e, None)),
    }
}

/// `wait(proc, timeout)`: the return code, or None when the timeout passed first.
fn wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ph = int_arg(vm, &args, 0)?;
    let deadline = deadline_arg(vm, args.args.get(1))?;
    let mut step = 50;
    loop {
        if let Some(c) = try_reap(vm, ph)? {
            return Ok(Value::Int(c));
        }
        if !nap(vm, &mut step, deadline)? {
            return Ok(Value::None);
        }
    }
}

fn poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ph = int_arg(vm, &args, 0)?;
    Ok(try_reap(vm, ph)?.map_or(Value::None, Value::Int))
}

/// `send_signal(proc, sig)`: nothing once the child was reaped (its pid may be reused).
fn send_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ph = int_arg(vm, &args, 0)?;
    let sig = int_arg(vm, &args, 1)?;
    if try_reap(vm, ph)?.is_some() {
        return Ok(Value::None);
    }
    let r = PROCS.with(|t| {
        let mut t = t.borrow_mut();
        match t.get_mut(ph as usize).and_then(Option::as_mut) {
            Some(p) => os::send_signal(&mut p.child, sig as i32),
            None => Ok(()),
        }
    });
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::None)
}

fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ph = int_arg(vm, &args, 0)?;
    if try_reap(vm, ph)?.is_some() {
        return Ok(Value::None);
    }
    let r = PROCS.with(|t| {
        let mut t = t.borrow_mut();
        match t.get_mut(ph as usize).and_then(Option::as_mut) {
            Some(p) => p.child.kill(),
            None => Ok(()),
        }
    });
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::None)
}
