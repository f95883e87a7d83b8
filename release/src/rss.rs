//! Waiting for a child process and learning its peak resident set size.
//!
//! `std::process::Child::wait` throws away the kernel's resource accounting, and polling
//! /proc/PID/status for VmHWM can miss the peak of a process that exits between polls,
//! so on Unix the child is reaped with wait4(2), which reports `ru_maxrss` for exactly
//! that child. Reaping happens on a helper thread so the caller can enforce a timeout.

use std::io;
use std::process::{Child, ExitStatus};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How a child ended.
pub struct Exit {
    pub status: ExitStatus,
    /// Peak RSS in KiB, where the platform reports it.
    pub peak_rss_kib: Option<u64>,
    /// Taken on the reaping thread right after the child was reaped, so a slow wake-up
    /// of the waiting thread does not inflate the measured wall time.
    pub ended: Instant,
}

/// A child being waited for in the background.
pub struct Waiter {
    child: Child,
    done: Receiver<io::Result<Exit>>,
}

impl Waiter {
    pub fn start(child: Child) -> Waiter {
        let (tx, done) = mpsc::channel();
        let pid = child.id();
        std::thread::spawn(move || {
            let _ = tx.send(platform::wait(pid));
        });
        Waiter { child, done }
    }

    /// The exit, or `None` if the child is still running after `timeout`.
    pub fn wait_timeout(&self, timeout: Duration) -> Option<io::Result<Exit>> {
        match self.done.recv_timeout(timeout) {
            Ok(r) => Some(r),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Err(io::Error::other(
                "the thread waiting for the child died",
            ))),
        }
    }

    /// Kills a child that overran its timeout and collects it.
    pub fn kill(mut self) -> io::Result<Exit> {
        // The reaper may have collected the child between the timeout and here; then the
        // pid is free, but the kernel hands out pids sequentially, so reuse within this
        // window is not a practical concern, and the kill of a gone pid simply fails.
        if let Ok(r) = self.done.try_recv() {
            return r;
        }
        let _ = self.child.kill();
        self.done
            .recv()
            .unwrap_or_else(|_| Err(io::Error::other("the thread waiting for the child died")))
    }
}

#[cfg(unix)]
mod platform {
    use super::Exit;
    use std::io;
    use std::mem::MaybeUninit;
    use std::os::unix::process::ExitStatusExt;
    use std::process::ExitStatus;
    use std::time::Instant;

    /// macOS reports ru_maxrss in bytes; Linux and the BSDs in KiB.
    const MAXRSS_UNIT_BYTES: u64 = if cfg!(any(target_os = "macos", target_os = "ios")) {
        1
    } else {
        1024
    };

    pub fn wait(pid: u32) -> io::Result<Exit> {
        let pid = libc::pid_t::try_from(pid).map_err(io::Error::other)?;
        loop {
            let mut status: libc::c_int = 0;
            let mut usage = MaybeUninit::<libc::rusage>::zeroed();
            // SAFETY: `status` and `usage` are live, writable locals of exactly the types
            // wait4 expects, and neither pointer outlives the call. `rusage` consists only
            // of integers, so its all-zero value (from `zeroed`) is valid whether or not
            // wait4 fills it in, which makes `assume_init` sound on every path.
            let (rc, usage) = unsafe {
                let rc = libc::wait4(pid, &mut status, 0, usage.as_mut_ptr());
                (rc, usage.assume_init())
            };
            let ended = Instant::now();
            if rc == pid {
                let maxrss = u64::try_from(usage.ru_maxrss).unwrap_or(0);
                return Ok(Exit {
                    status: ExitStatus::from_raw(status),
                    peak_rss_kib: Some(maxrss * MAXRSS_UNIT_BYTES / 1024),
                    ended,
                });
            }
            let err = io::Error::last_os_error();
            if err.kind() != io::ErrorKind::Interrupted {
                return Err(err);
            }
        }
    }
}

#[cfg(not(unix))]
mod platform {
    use super::Exit;
    use std::io;

    /// Benchmarks are only measured on Unix; elsewhere the tool merely has to build so
    /// that its other subcommands stay usable.
    pub fn wait(_pid: u32) -> io::Result<Exit> {
        Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "benchmarking needs wait4(2), which this platform lacks",
        ))
    }
}
