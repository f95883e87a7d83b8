//! `_time`: the clocks and C-library calls `time` (src/stdlib/time.py) is written over.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::{arity, function};
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    epoch();
    function(d, "time", time);
    function(d, "time_ns", time_ns);
    function(d, "perf_counter", perf_counter);
    function(d, "perf_counter_ns", perf_counter_ns);
    function(d, "monotonic", perf_counter);
    function(d, "monotonic_ns", perf_counter_ns);
    function(d, "process_time", process_time);
    function(d, "process_time_ns", process_time_ns);
    function(d, "sleep", sleep);
    function(d, "clock_gettime_ns", clock_gettime_ns);
    #[cfg(unix)]
    {
        d.set_str("CLOCK_REALTIME", Value::Int(libc::CLOCK_REALTIME as i64));
        d.set_str("CLOCK_MONOTONIC", Value::Int(libc::CLOCK_MONOTONIC as i64));
        d.set_str(
            "CLOCK_PROCESS_CPUTIME_ID",
            Value::Int(libc::CLOCK_PROCESS_CPUTIME_ID as i64),
        );
        d.set_str(
            "CLOCK_THREAD_CPUTIME_ID",
            Value::Int(libc::CLOCK_THREAD_CPUTIME_ID as i64),
        );
    }
    function(d, "localtime", localtime);
    function(d, "mktime", mktime);
}

#[cfg(unix)]
unsafe extern "C" {
    fn tzset();
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    match args.args.get(i).map(|v| v.view()) {
        Some(View::Int(n)) => Ok(n),
        Some(View::Bool(b)) => Ok(b as i64),
        Some(View::BigInt(_)) => {
            Err(vm.overflow_error("timestamp out of range for platform time_t"))
        }
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// CPU time of this process in nanoseconds.
fn cpu_ns() -> i64 {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec.
        if unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } == 0 {
            // time_t and c_long are 32-bit on some targets.
            #[allow(clippy::useless_conversion)]
            return i64::from(ts.tv_sec) * 1_000_000_000 + i64::from(ts.tv_nsec);
        }
    }
    epoch().elapsed().as_nanos() as i64
}

/// `clock_gettime_ns(clk_id)`: the C library clock in nanoseconds; EINVAL for an unknown id.
fn clock_gettime_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "clock_gettime_ns", 1, 1)?;
    let id = int_arg(vm, &args, 0)?;
    if id > i32::MAX as i64 {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if id < i32::MIN as i64 {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        let ok = libc::clockid_t::try_from(id)
            .ok()
            // SAFETY: `ts` is a valid, writable timespec.
            .is_some_and(|clk| unsafe { libc::clock_gettime(clk, &mut ts) } == 0);
        if !ok {
            return Err(super::fileio::os_error_from(
                vm,
                22,
                "Invalid argument",
                None,
                None,
            ));
        }
        // time_t and c_long are 32-bit on some targets.
        #[allow(clippy::useless_conversion)]
        let ns = i64::from(ts.tv_sec) * 1_000_000_000 + i64::from(ts.tv_nsec);
        Ok(Value::Int(ns))
    }
    #[cfg(not(unix))]
    {
        let _ = id;
        Err(vm.err("OSError", "clock_gettime is not available on this platform"))
    }
}

fn process_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(cpu_ns() as f64 / 1e9))
}

fn process_time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(cpu_ns()))
}

/// `localtime(secs)` -> (year, month, mday, hour, min, sec, wday (Monday 0), yday (from 1),
/// isdst, zone, gmtoff), from the C library's `localtime_r` (so `TZ` is honoured).
fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "localtime", 1, 1)?;
    let secs = int_arg(vm, &args, 0)?;
    #[cfg(unix)]
    {
        let t = secs as libc::time_t;
        if t as i64 != secs {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        // SAFETY: tzset has no preconditions; `tm` is zeroed plain data that localtime_r fills.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        let ok = unsafe {
            tzset();
            !libc::localtime_r(&t, &mut tm).is_null()
        };
        if !ok {
            return Err(super::fileio::os_error_from(
                vm,
                75,
                "Value too large for defined data type",
                None,
                None,
            ));
        }
        let zone = if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: a non-null tm_zone points at a NUL-terminated string owned by libc.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        };
        Ok(Value::tuple(vec![
            Value::Int(tm.tm_year as i64 + 1900),
            Value::Int(tm.tm_mon as i64 + 1),
            Value::Int(tm.tm_mday as i64),
            Value::Int(tm.tm_hour as i64),
            Value::Int(tm.tm_min as i64),
            Value::Int(tm.tm_sec as i64),
            Value::Int((tm.tm_wday as i64 + 6) % 7),
            Value::Int(tm.tm_yday as i64 + 1),
            Value::Int(tm.tm_isdst as i64),
            Value::str(&zone),
            Value::Int(tm.tm_gmtoff as i64),
        ]))
    }
    #[cfg(not(unix))]
    {
        let _ = secs;
        Err(vm.err("OSError", "localtime is not available on this platform"))
    }
}

/// `mktime(year, month, mday, hour, min, sec, isdst)` -> seconds since the epoch, as the C
/// library's `mktime` (local time, normalising out-of-range fields).
fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "mktime", 7, 7)?;
    let mut f = [0i64; 7];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = int_arg(vm, &args, i)?;
    }
    #[cfg(unix)]
    {
        let fits = |v: i64| v >= i32::MIN as i64 && v <= i32::MAX as i64;
        if !f.iter().all(|&v| fits(v)) || !fits(f[0] - 1900) {
            return Err(vm.overflow_error("mktime argument out of range"));
        }
        // SAFETY: `tm` is zeroed plain data; mktime reads and normalises it.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        tm.tm_year = (f[0] - 1900) as libc::c_int;
        tm.tm_mon = (f[1] - 1) as libc::c_int;
        tm.tm_mday = f[2] as libc::c_int;
        tm.tm_hour = f[3] as libc::c_int;
        tm.tm_min = f[4] as libc::c_int;
        tm.tm_sec = f[5] as libc::c_int;
        tm.tm_isdst = f[6] as libc::c_int;
        // A sentinel: mktime leaves tm_wday alone on failure.
        tm.tm_wday = -1;
        let t = unsafe {
            tzset();
            libc::mktime(&mut tm)
        };
        if t == -1 && tm.tm_wday == -1 {
            return Err(vm.overflow_error("mktime argument out of range"));
        }
        Ok(Value::Float(t as f64))
    }
    #[cfg(not(unix))]
    {
        Err(vm.err("OSError", "mktime is not available on this platform"))
    }
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(now()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(Value::Int(ns as i64))
}

fn perf_counter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(epoch().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(epoch().elapsed().as_nanos() as i64))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "sleep", 1, 1)?;
    let secs = match args.args[0].view() {
        View::Float(f) => f,
        View::Int(i) => i as f64,
        _ => {
            let tn = vm.type_name(&args.args[0]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if vm.threads.active {
        // Other threads run meanwhile.
        crate::vm::threads::sleep(vm, secs)?;
        return Ok(Value::None);
    }
    let _ = std::io::Write::flush(&mut vm.stdout);
    // Sleep in slices so signals are noticed promptly.
    let deadline = Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9));
    while Instant::now() < deadline {
        // A handler that returns lets the sleep go on (PEP 475).
        crate::signals::deliver(vm)?;
        let left = deadline.saturating_duration_since(Instant::now());
        std::thread::sleep(left.min(std::time::Duration::from_millis(50)));
    }
    Ok(Value::None)
}
