//! Signals on Windows: the C runtime's signal(), which knows only the few signals below.

use super::Disposition;
use std::ffi::c_int;

unsafe extern "C" {
    fn signal(sig: c_int, handler: usize) -> usize;
    #[link_name = "raise"]
    fn crt_raise(sig: c_int) -> c_int;
}

const SIG_DFL: usize = 0;
const SIG_IGN: usize = 1;
const SIG_ERR: usize = usize::MAX;

pub const SIGINT: i32 = 2;

const NAMED: [(&str, i32, &str); 7] = [
    ("SIGINT", 2, "Interrupt"),
    ("SIGILL", 4, "Illegal instruction"),
    ("SIGFPE", 8, "Floating-point exception"),
    ("SIGSEGV", 11, "Segmentation fault"),
    ("SIGTERM", 15, "Terminated"),
    ("SIGBREAK", 21, "Ctrl-Break"),
    ("SIGABRT", 22, "Aborted"),
];

pub fn nsig() -> i32 {
    23
}

pub fn named() -> Vec<(&'static str, i32)> {
    NAMED.iter().map(|&(n, s, _)| (n, s)).collect()
}

pub fn valid() -> Vec<i32> {
    NAMED.iter().map(|&(_, s, _)| s).collect()
}

fn einval() -> std::io::Error {
    std::io::Error::from_raw_os_error(22)
}

pub fn set(sig: i32, d: Disposition) -> std::io::Result<()> {
    let h = match d {
        Disposition::Default => SIG_DFL,
        Disposition::Ignore => SIG_IGN,
        Disposition::Catch => super::record as extern "C" fn(c_int) as usize,
    };
    // SAFETY: the handler only performs atomic stores.
    if unsafe { signal(sig, h) } == SIG_ERR {
        return Err(einval());
    }
    Ok(())
}

pub fn get(sig: i32) -> Option<Disposition> {
    // SAFETY: reads the old handler by setting the default, then puts it back.
    let old = unsafe { signal(sig, SIG_DFL) };
    if old == SIG_ERR {
        return Some(Disposition::Default);
    }
    // SAFETY: as above.
    unsafe { signal(sig, old) };
    match old {
        SIG_DFL => Some(Disposition::Default),
        SIG_IGN => Some(Disposition::Ignore),
        _ => None,
    }
}

pub fn raise(sig: i32) -> std::io::Result<()> {
    // SAFETY: raise has no memory effects.
    if unsafe { crt_raise(sig) } != 0 {
        return Err(einval());
    }
    Ok(())
}

/// Windows has no kill(2); processes are ended through their handle (subprocess).
pub fn kill(_pid: i64, _sig: i32) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

pub fn alarm(_secs: u32) -> Option<u32> {
    None
}

pub fn describe(sig: i32) -> Option<String> {
    NAMED
        .iter()
        .find(|&&(_, s, _)| s == sig)
        .map(|&(_, _, d)| d.to_string())
}
