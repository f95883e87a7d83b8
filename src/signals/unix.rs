//! Signals on Unix: dispositions through sigaction(2), names and numbers from libc.

use super::Disposition;
use std::ffi::c_int;

pub const SIGINT: i32 = libc::SIGINT;

/// One more than the highest signal number.
pub fn nsig() -> i32 {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        libc::SIGRTMAX() + 1
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        32
    }
}

/// The `Signals` enum's members, in the order CPython lists them (aliases after the
/// name they share a number with).
pub fn named() -> Vec<(&'static str, i32)> {
    let mut v = vec![
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP),
        ("SIGABRT", libc::SIGABRT),
        ("SIGIOT", libc::SIGIOT),
        ("SIGBUS", libc::SIGBUS),
        ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGSEGV", libc::SIGSEGV),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
    ];
    #[cfg(any(target_os = "linux", target_os = "android"))]
    v.push(("SIGSTKFLT", libc::SIGSTKFLT));
    v.push(("SIGCHLD", libc::SIGCHLD));
    #[cfg(any(target_os = "linux", target_os = "android"))]
    v.push(("SIGCLD", libc::SIGCHLD));
    v.extend([
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
        ("SIGTSTP", libc::SIGTSTP),
        ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU),
        ("SIGURG", libc::SIGURG),
        ("SIGXCPU", libc::SIGXCPU),
        ("SIGXFSZ", libc::SIGXFSZ),
        ("SIGVTALRM", libc::SIGVTALRM),
        ("SIGPROF", libc::SIGPROF),
        ("SIGWINCH", libc::SIGWINCH),
        ("SIGIO", libc::SIGIO),
    ]);
    #[cfg(any(target_os = "linux", target_os = "android"))]
    v.extend([
        ("SIGPOLL", libc::SIGPOLL),
        ("SIGPWR", libc::SIGPWR),
        ("SIGSYS", libc::SIGSYS),
        ("SIGRTMIN", libc::SIGRTMIN()),
        ("SIGRTMAX", libc::SIGRTMAX()),
    ]);
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    v.push(("SIGSYS", libc::SIGSYS));
    #[cfg(target_vendor = "apple")]
    v.extend([("SIGEMT", libc::SIGEMT), ("SIGINFO", libc::SIGINFO)]);
    v
}

/// The numbers a handler may be asked for: what sigfillset(3) puts in a full set.
pub fn valid() -> Vec<i32> {
    // SAFETY: an all-zero sigset_t is a valid value to pass to sigfillset.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a writable sigset_t.
    unsafe { libc::sigfillset(&mut set) };
    // SAFETY: `set` was initialized by sigfillset.
    (1..nsig())
        .filter(|&s| unsafe { libc::sigismember(&set, s) } == 1)
        .collect()
}

/// Sets what the process does on `sig`.
pub fn set(sig: i32, d: Disposition) -> std::io::Result<()> {
    // SAFETY: an all-zero sigaction is a valid value of this plain C struct.
    let mut sa: libc::sigaction = unsafe { std::mem::zeroed() };
    sa.sa_sigaction = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Catch => super::record as extern "C" fn(c_int) as usize,
    };
    // Restarted system calls keep blocking reads and waits correct (PEP 475's effect).
    sa.sa_flags = libc::SA_RESTART | libc::SA_ONSTACK;
    // SAFETY: `sa.sa_mask` is a writable sigset_t.
    unsafe { libc::sigemptyset(&mut sa.sa_mask) };
    // SAFETY: `sa` is initialized; the old action is not asked for. The handler only
    // performs atomic stores, which are async-signal-safe.
    if unsafe { libc::sigaction(sig, &sa, std::ptr::null_mut()) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// What the process does on `sig` now: None when a handler not set through us is there.
pub fn get(sig: i32) -> Option<Disposition> {
    // SAFETY: an all-zero sigaction is a valid value of this plain C struct.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: a null new action only reads the current one into `old`.
    if unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) } < 0 {
        return Some(Disposition::Default);
    }
    match old.sa_sigaction {
        libc::SIG_DFL => Some(Disposition::Default),
        libc::SIG_IGN => Some(Disposition::Ignore),
        _ => None,
    }
}

/// Sends `sig` to the calling thread.
pub fn raise(sig: i32) -> std::io::Result<()> {
    // SAFETY: raise has no memory effects.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Sends `sig` to process `pid`.
pub fn kill(pid: i64, sig: i32) -> std::io::Result<()> {
    // SAFETY: kill has no memory effects.
    if unsafe { libc::kill(pid as libc::pid_t, sig) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Arms SIGALRM in `secs` seconds (0 disarms); returns the seconds left of the old alarm.
pub fn alarm(secs: u32) -> Option<u32> {
    // SAFETY: alarm has no memory effects.
    Some(unsafe { libc::alarm(secs) })
}

/// The C library's description of `sig`.
pub fn describe(sig: i32) -> Option<String> {
    // SAFETY: strsignal returns a NUL-terminated string valid until the next call; it is
    // copied at once, on the only thread that calls it.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return None;
    }
    // SAFETY: `p` is a non-null NUL-terminated string (above).
    let s = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if s.starts_with("Unknown signal") {
        None
    } else {
        Some(s)
    }
}
