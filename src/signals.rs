//! Ctrl-C: the signal handler only sets a flag; the interpreter raises KeyboardInterrupt
//! at its next safe point.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: i32) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Installs the SIGINT handler (Unix); elsewhere Ctrl-C keeps its default behaviour.
pub fn install() {
    #[cfg(unix)]
    {
        unsafe extern "C" {
            fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
        }
        const SIGINT: i32 = 2;
        // SAFETY: the handler only performs an atomic store, which is async-signal-safe.
        unsafe {
            signal(SIGINT, on_sigint);
        }
    }
}

#[inline]
pub fn take_interrupt() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// Whether Ctrl-C is pending, without consuming it: long-running native code (the regex
/// matcher) polls this and stops early, then raises KeyboardInterrupt via `take_interrupt`.
#[inline]
pub fn interrupt_pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}
