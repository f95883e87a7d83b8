//! Taking the samples: warm-up, output checking and interleaved timed runs.

use crate::interp::{Interpreter, Kind};
use crate::run::{self, Job, Outcome};
use crate::stats::median;
use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

pub const STARTUP_RUNS: usize = 20;

/// The timed samples of one program (or start-up) under one interpreter.
#[derive(Default)]
pub struct Samples {
    ms: Vec<f64>,
    rss_kib: Vec<u64>,
}

impl Samples {
    fn add(&mut self, o: &Outcome) {
        self.ms.push(o.wall.as_secs_f64() * 1000.0);
        if let Some(k) = o.peak_rss_kib {
            self.rss_kib.push(k);
        }
    }

    pub fn median_ms(&self) -> Option<f64> {
        median(&self.ms)
    }

    /// A peak is a worst case by definition, so the largest over the runs is reported
    /// rather than a median that would hide a run that needed more memory.
    pub fn peak_mib(&self) -> Option<f64> {
        self.rss_kib.iter().max().map(|&k| k as f64 / 1024.0)
    }
}

/// Per interpreter (same order as the interpreters): samples, or why it failed.
pub type Measured = Vec<Result<Samples, String>>;

pub fn program(
    dir: &Path,
    prog: &str,
    interps: &[Interpreter],
    warmup: usize,
    runs: usize,
    timeout: Duration,
) -> Measured {
    let file: OsString = format!("{prog}.py").into();
    let jobs: Vec<Job> = interps
        .iter()
        .map(|i| i.job(vec![file.clone()], dir))
        .collect();
    let mut state: Measured = interps.iter().map(|_| Ok(Samples::default())).collect();
    let cpython = interps.iter().position(|i| i.kind == Kind::CPython);
    let mut reference: Option<String> = None;

    // CPython first in every warm-up round: its first run defines the expected output.
    let mut warm_order: Vec<usize> = cpython.into_iter().collect();
    warm_order.extend((0..interps.len()).filter(|&i| Some(i) != cpython));

    for _ in 0..warmup {
        for &i in &warm_order {
            check_run(&jobs[i], timeout, &mut reference, &mut state[i], false);
        }
        if cpython.is_some_and(|c| state[c].is_err()) {
            let why = "CPython failed, so there is no reference output".to_owned();
            for (i, s) in state.iter_mut().enumerate() {
                if Some(i) != cpython {
                    *s = Err(why.clone());
                }
            }
            return state;
        }
    }
    // Interleaved rounds (A B C A B C ...) so slow drifts in machine load, thermal
    // state or caches spread evenly over the interpreters instead of hitting one.
    for _ in 0..runs {
        for (i, job) in jobs.iter().enumerate() {
            check_run(job, timeout, &mut reference, &mut state[i], true);
        }
    }
    state
}

/// One run whose output must match the reference (or become it, for the first run).
/// A failure is sticky: an interpreter that failed once is not run again.
fn check_run(
    job: &Job,
    timeout: Duration,
    reference: &mut Option<String>,
    state: &mut Result<Samples, String>,
    timed: bool,
) {
    let Ok(samples) = state else { return };
    let outcome = match run::run(job, timeout) {
        Ok(o) => o,
        Err(e) => {
            *state = Err(e.to_string());
            return;
        }
    };
    if !outcome.succeeded() {
        *state = Err(outcome.failure_summary(timeout));
        return;
    }
    match reference {
        None => *reference = Some(outcome.stdout.clone()),
        Some(r) if *r != outcome.stdout => {
            *state = Err(format!(
                "output differs from CPython's: {}",
                first_difference(r, &outcome.stdout)
            ));
            return;
        }
        Some(_) => {}
    }
    if timed {
        samples.add(&outcome);
    }
}

fn first_difference(expected: &str, got: &str) -> String {
    let mut e = expected.lines();
    let mut g = got.lines();
    for n in 1.. {
        match (e.next(), g.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (a, b) => {
                let show = |l: Option<&str>| match l {
                    Some(l) if l.chars().count() > 80 => {
                        format!("{:?}...", l.chars().take(80).collect::<String>())
                    }
                    Some(l) => format!("{l:?}"),
                    None => "end of output".to_owned(),
                };
                return format!("line {n}: expected {}, got {}", show(a), show(b));
            }
        }
    }
    unreachable!("`1..` only ends by returning")
}

pub fn startup(dir: &Path, interps: &[Interpreter], timeout: Duration) -> Measured {
    let jobs: Vec<Job> = interps
        .iter()
        .map(|i| i.job(vec!["-c".into(), "pass".into()], dir))
        .collect();
    // Start-up output is empty for everyone; the empty reference checks that too.
    let mut reference = Some(String::new());
    let mut state: Measured = interps.iter().map(|_| Ok(Samples::default())).collect();
    for (i, job) in jobs.iter().enumerate() {
        check_run(job, timeout, &mut reference, &mut state[i], false);
    }
    for _ in 0..STARTUP_RUNS {
        for (i, job) in jobs.iter().enumerate() {
            check_run(job, timeout, &mut reference, &mut state[i], true);
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_differences() {
        assert_eq!(
            first_difference("a\nb\n", "a\nc\n"),
            "line 2: expected \"b\", got \"c\""
        );
        assert_eq!(
            first_difference("a\n", "a\nextra\n"),
            "line 2: expected end of output, got \"extra\""
        );
    }
}
