//! Running one command to completion: wall time, peak RSS, exit status and output.

use crate::rss::Waiter;
use std::ffi::OsString;
use std::io::{self, Read};
use std::path::PathBuf;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Duration;

/// How long to wait, after the child is gone, for its output pipes to close. Only a
/// descendant that outlives the child (say, the grandchild of a killed wrapper script)
/// keeps them open, and the run must not hang on it.
const PIPE_GRACE: Duration = Duration::from_secs(2);

/// What to run. Kept separate from `std::process::Command` so one description can be
/// spawned many times (and printed in error messages).
#[derive(Clone, Debug)]
pub struct Job {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub env: Vec<(String, String)>,
    pub cwd: Option<PathBuf>,
    /// Start from an empty environment (then `env`), so nothing of the caller's, such as
    /// a TESSERA_JIT=off left in a shell, changes what is measured or verified.
    pub clear_env: bool,
}

impl Job {
    pub fn describe(&self) -> String {
        let mut s = String::new();
        for (k, v) in &self.env {
            s.push_str(&format!("{k}={v} "));
        }
        s.push_str(&self.program.display().to_string());
        for a in &self.args {
            s.push(' ');
            s.push_str(&a.to_string_lossy());
        }
        s
    }
}

pub struct Outcome {
    pub wall: Duration,
    pub peak_rss_kib: Option<u64>,
    /// `None` when the run was killed for exceeding its timeout.
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    pub fn succeeded(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }

    /// One line saying why a run failed, for the notes under the table.
    pub fn failure_summary(&self, timeout: Duration) -> String {
        let how = match self.status {
            None => format!("timed out after {} s", timeout.as_secs()),
            Some(s) => format!("{s}"),
        };
        match self.stderr.lines().rev().find(|l| !l.trim().is_empty()) {
            Some(line) => format!("{how}: {}", line.trim()),
            None => how,
        }
    }
}

pub fn run(job: &Job, timeout: Duration) -> io::Result<Outcome> {
    let mut cmd = Command::new(&job.program);
    cmd.args(&job.args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if job.clear_env {
        cmd.env_clear();
    }
    for (k, v) in &job.env {
        cmd.env(k, v);
    }
    if let Some(dir) = &job.cwd {
        cmd.current_dir(dir);
    }
    let start = std::time::Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| io::Error::new(e.kind(), format!("cannot run {}: {e}", job.describe())))?;
    // Both pipes are drained concurrently with the wait: a child blocked on a full pipe
    // would otherwise never exit.
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let waiter = Waiter::start(child);
    let (exit, timed_out) = match waiter.wait_timeout(timeout) {
        Some(r) => (r?, false),
        None => (waiter.kill()?, true),
    };
    Ok(Outcome {
        wall: exit.ended.saturating_duration_since(start),
        peak_rss_kib: exit.peak_rss_kib,
        status: if timed_out { None } else { Some(exit.status) },
        stdout: collect(&stdout),
        stderr: collect(&stderr),
    })
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> Receiver<String> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut bytes);
        }
        let _ = tx.send(String::from_utf8_lossy(&bytes).into_owned());
    });
    rx
}

/// A reader still blocked after the grace period is abandoned (its thread ends when the
/// straggler finally closes the pipe), and the run counts as having printed nothing.
fn collect(rx: &Receiver<String>) -> String {
    rx.recv_timeout(PIPE_GRACE).unwrap_or_default()
}
