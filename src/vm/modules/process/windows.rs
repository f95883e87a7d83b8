//! Child processes on Windows: only the standard streams can be handed on by number,
//! a child ends with TerminateProcess (std's kill), and the C runtime's errno table.

use std::process::{Child, Command, ExitStatus, Stdio};

pub const SIGTERM: i32 = 15;
pub const SIGKILL: i32 = 9;
pub const ENOTDIR: i64 = 20;

pub fn os_string_from_bytes(b: &[u8]) -> std::ffi::OsString {
    String::from_utf8_lossy(b).into_owned().into()
}

pub fn set_argv0(_cmd: &mut Command, _argv0: std::ffi::OsString) {}

/// POSIX only, as in CPython: ignored on Windows.
pub fn set_session(_cmd: &mut Command, _new_session: bool, _group: i64) {}

pub fn stdio_from_fd(fd: i64) -> std::io::Result<Stdio> {
    match fd {
        0 => Ok(Stdio::inherit()),
        1 => Ok(Stdio::from(std::io::stdout())),
        2 => Ok(Stdio::from(std::io::stderr())),
        _ => Err(std::io::Error::from(std::io::ErrorKind::Unsupported)),
    }
}

pub fn return_code(s: ExitStatus) -> i64 {
    s.code().map_or(1, |c| c as i64)
}

/// Every signal ends the child, as CPython's Popen.send_signal does for SIGTERM.
pub fn send_signal(child: &mut Child, _sig: i32) -> std::io::Result<()> {
    child.kill()
}

/// The C runtime's errno names and values.
pub fn errno_names() -> Vec<(&'static str, i32)> {
    vec![
        ("EPERM", 1),
        ("ENOENT", 2),
        ("ESRCH", 3),
        ("EINTR", 4),
        ("EIO", 5),
        ("ENXIO", 6),
        ("E2BIG", 7),
        ("ENOEXEC", 8),
        ("EBADF", 9),
        ("ECHILD", 10),
        ("EAGAIN", 11),
        ("ENOMEM", 12),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EBUSY", 16),
        ("EEXIST", 17),
        ("EXDEV", 18),
        ("ENODEV", 19),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("EINVAL", 22),
        ("ENFILE", 23),
        ("EMFILE", 24),
        ("ENOTTY", 25),
        ("EFBIG", 27),
        ("ENOSPC", 28),
        ("ESPIPE", 29),
        ("EROFS", 30),
        ("EMLINK", 31),
        ("EPIPE", 32),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("EDEADLK", 36),
        ("ENAMETOOLONG", 38),
        ("ENOLCK", 39),
        ("ENOSYS", 40),
        ("ENOTEMPTY", 41),
        ("EILSEQ", 42),
    ]
}
