//! Child processes on Unix: descriptors for redirection, exit statuses with signals,
//! kill(2), and the errno table.

use std::os::unix::ffi::OsStringExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};

pub const SIGTERM: i32 = libc::SIGTERM;
pub const SIGKILL: i32 = libc::SIGKILL;
pub const ENOTDIR: i64 = libc::ENOTDIR as i64;

pub fn os_string_from_bytes(b: &[u8]) -> std::ffi::OsString {
    std::ffi::OsString::from_vec(b.to_vec())
}

/// argv[0] as given, even when another executable is run.
pub fn set_argv0(cmd: &mut Command, argv0: std::ffi::OsString) {
    cmd.arg0(argv0);
}

/// `start_new_session` (setsid(2) in the child) and `process_group` (-1: unchanged).
pub fn set_session(cmd: &mut Command, new_session: bool, group: i64) {
    if new_session {
        // SAFETY: setsid is async-signal-safe and touches no memory of the parent.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    if group >= 0 {
        cmd.process_group(group as i32);
    }
}

/// The child's stream as a copy of our descriptor `fd` (a file object's fileno()).
pub fn stdio_from_fd(fd: i64) -> std::io::Result<Stdio> {
    use std::os::fd::BorrowedFd;
    let fd = i32::try_from(fd).map_err(|_| std::io::Error::from_raw_os_error(libc::EBADF))?;
    // SAFETY: F_GETFD only asks whether `fd` is open; nothing is borrowed yet.
    if unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `fd` is open (checked above) and stays open while borrowed here.
    let owned = unsafe { BorrowedFd::borrow_raw(fd) }.try_clone_to_owned()?;
    Ok(Stdio::from(owned))
}

/// CPython's return code: the exit status, or minus the signal that ended the child.
pub fn return_code(s: ExitStatus) -> i64 {
    match (s.code(), s.signal()) {
        (Some(c), _) => c as i64,
        (None, Some(sig)) => -(sig as i64),
        (None, None) => 0,
    }
}

pub fn send_signal(child: &mut Child, sig: i32) -> std::io::Result<()> {
    // SAFETY: kill has no memory effects; the child is not reaped yet, so its pid is ours.
    if unsafe { libc::kill(child.id() as libc::pid_t, sig) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// errno names and values, as the `errno` module lists them: where two names share a value,
/// the one `errorcode` gives comes last.
pub fn errno_names() -> Vec<(&'static str, i32)> {
    let mut v = vec![];
    #[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
    v.extend([
        ("EPERM", libc::EPERM),
        ("ENOENT", libc::ENOENT),
        ("ESRCH", libc::ESRCH),
        ("EINTR", libc::EINTR),
        ("EIO", libc::EIO),
        ("ENXIO", libc::ENXIO),
        ("E2BIG", libc::E2BIG),
        ("ENOEXEC", libc::ENOEXEC),
        ("EBADF", libc::EBADF),
        ("ECHILD", libc::ECHILD),
        ("EWOULDBLOCK", libc::EWOULDBLOCK),
        ("EAGAIN", libc::EAGAIN),
        ("ENOMEM", libc::ENOMEM),
        ("EACCES", libc::EACCES),
        ("EFAULT", libc::EFAULT),
        ("ENOTBLK", libc::ENOTBLK),
        ("EBUSY", libc::EBUSY),
        ("EEXIST", libc::EEXIST),
        ("EXDEV", libc::EXDEV),
        ("ENODEV", libc::ENODEV),
        ("ENOTDIR", libc::ENOTDIR),
        ("EISDIR", libc::EISDIR),
        ("EINVAL", libc::EINVAL),
        ("ENFILE", libc::ENFILE),
        ("EMFILE", libc::EMFILE),
        ("ENOTTY", libc::ENOTTY),
        ("ETXTBSY", libc::ETXTBSY),
        ("EFBIG", libc::EFBIG),
        ("ENOSPC", libc::ENOSPC),
        ("ESPIPE", libc::ESPIPE),
        ("EROFS", libc::EROFS),
        ("EMLINK", libc::EMLINK),
        ("EPIPE", libc::EPIPE),
        ("EDOM", libc::EDOM),
        ("ERANGE", libc::ERANGE),
        ("EDEADLK", libc::EDEADLK),
        ("ENAMETOOLONG", libc::ENAMETOOLONG),
        ("ENOLCK", libc::ENOLCK),
        ("ENOSYS", libc::ENOSYS),
        ("ENOTEMPTY", libc::ENOTEMPTY),
        ("ELOOP", libc::ELOOP),
        ("ENOMSG", libc::ENOMSG),
        ("EIDRM", libc::EIDRM),
        ("ENOSTR", libc::ENOSTR),
        ("ENODATA", libc::ENODATA),
        ("ETIME", libc::ETIME),
        ("ENOSR", libc::ENOSR),
        ("EREMOTE", libc::EREMOTE),
        ("ENOLINK", libc::ENOLINK),
        ("EPROTO", libc::EPROTO),
        ("EMULTIHOP", libc::EMULTIHOP),
        ("EBADMSG", libc::EBADMSG),
        ("EOVERFLOW", libc::EOVERFLOW),
        ("EILSEQ", libc::EILSEQ),
        ("EUSERS", libc::EUSERS),
        ("ENOTSOCK", libc::ENOTSOCK),
        ("EDESTADDRREQ", libc::EDESTADDRREQ),
        ("EMSGSIZE", libc::EMSGSIZE),
        ("EPROTOTYPE", libc::EPROTOTYPE),
        ("ENOPROTOOPT", libc::ENOPROTOOPT),
        ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT),
        ("ESOCKTNOSUPPORT", libc::ESOCKTNOSUPPORT),
        ("EOPNOTSUPP", libc::EOPNOTSUPP),
        ("ENOTSUP", libc::ENOTSUP),
        ("EPFNOSUPPORT", libc::EPFNOSUPPORT),
        ("EAFNOSUPPORT", libc::EAFNOSUPPORT),
        ("EADDRINUSE", libc::EADDRINUSE),
        ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL),
        ("ENETDOWN", libc::ENETDOWN),
        ("ENETUNREACH", libc::ENETUNREACH),
        ("ENETRESET", libc::ENETRESET),
        ("ECONNABORTED", libc::ECONNABORTED),
        ("ECONNRESET", libc::ECONNRESET),
        ("ENOBUFS", libc::ENOBUFS),
        ("EISCONN", libc::EISCONN),
        ("ENOTCONN", libc::ENOTCONN),
        ("ESHUTDOWN", libc::ESHUTDOWN),
        ("ETOOMANYREFS", libc::ETOOMANYREFS),
        ("ETIMEDOUT", libc::ETIMEDOUT),
        ("ECONNREFUSED", libc::ECONNREFUSED),
        ("EHOSTDOWN", libc::EHOSTDOWN),
        ("EHOSTUNREACH", libc::EHOSTUNREACH),
        ("EALREADY", libc::EALREADY),
        ("EINPROGRESS", libc::EINPROGRESS),
        ("ESTALE", libc::ESTALE),
        ("EDQUOT", libc::EDQUOT),
        ("ECANCELED", libc::ECANCELED),
        ("EOWNERDEAD", libc::EOWNERDEAD),
        ("ENOTRECOVERABLE", libc::ENOTRECOVERABLE),
    ]);
    #[cfg(any(target_os = "linux", target_os = "android"))]
    v.extend([
        ("EDEADLOCK", libc::EDEADLOCK),
        ("ECHRNG", libc::ECHRNG),
        ("EL2NSYNC", libc::EL2NSYNC),
        ("EL3HLT", libc::EL3HLT),
        ("EL3RST", libc::EL3RST),
        ("ELNRNG", libc::ELNRNG),
        ("EUNATCH", libc::EUNATCH),
        ("ENOCSI", libc::ENOCSI),
        ("EL2HLT", libc::EL2HLT),
        ("EBADE", libc::EBADE),
        ("EBADR", libc::EBADR),
        ("EXFULL", libc::EXFULL),
        ("ENOANO", libc::ENOANO),
        ("EBADRQC", libc::EBADRQC),
        ("EBADSLT", libc::EBADSLT),
        ("EBFONT", libc::EBFONT),
        ("ENONET", libc::ENONET),
        ("ENOPKG", libc::ENOPKG),
        ("EADV", libc::EADV),
        ("ESRMNT", libc::ESRMNT),
        ("ECOMM", libc::ECOMM),
        ("EDOTDOT", libc::EDOTDOT),
        ("ENOTUNIQ", libc::ENOTUNIQ),
        ("EBADFD", libc::EBADFD),
        ("EREMCHG", libc::EREMCHG),
        ("ELIBACC", libc::ELIBACC),
        ("ELIBBAD", libc::ELIBBAD),
        ("ELIBSCN", libc::ELIBSCN),
        ("ELIBMAX", libc::ELIBMAX),
        ("ELIBEXEC", libc::ELIBEXEC),
        ("ERESTART", libc::ERESTART),
        ("ESTRPIPE", libc::ESTRPIPE),
        ("EUCLEAN", libc::EUCLEAN),
        ("ENOTNAM", libc::ENOTNAM),
        ("ENAVAIL", libc::ENAVAIL),
        ("EISNAM", libc::EISNAM),
        ("EREMOTEIO", libc::EREMOTEIO),
        ("ENOMEDIUM", libc::ENOMEDIUM),
        ("EMEDIUMTYPE", libc::EMEDIUMTYPE),
        ("ENOKEY", libc::ENOKEY),
        ("EKEYEXPIRED", libc::EKEYEXPIRED),
        ("EKEYREVOKED", libc::EKEYREVOKED),
        ("EKEYREJECTED", libc::EKEYREJECTED),
        ("ERFKILL", libc::ERFKILL),
    ]);
    v
}
