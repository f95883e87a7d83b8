//! Counting the machine instructions a program executes, with valgrind's cachegrind.
//!
//! Only the total (`I refs`) is wanted, so the cache simulation is switched off (it
//! would multiply the run time and its numbers are not used) and the per-line profile
//! goes to /dev/null. Valgrind's own report goes to a log file of its own, so nothing
//! the measured program prints on stderr can be mistaken for it, or the other way round.

use crate::run::{self, Job};
use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

/// The command that runs valgrind itself.
const VALGRIND: &str = "valgrind";

/// Valgrind's version line (`valgrind-3.19.0`), or why it cannot be run; the
/// error names the package to install, since a missing valgrind is the usual cause.
pub fn version() -> Result<String, String> {
    let job = Job {
        program: VALGRIND.into(),
        args: vec!["--version".into()],
        env: Vec::new(),
        cwd: None,
        clear_env: false,
    };
    let timeout = Duration::from_secs(30);
    match run::run(&job, timeout) {
        Ok(out) if out.succeeded() => Ok(out.stdout.trim().to_owned()),
        Ok(out) => Err(format!(
            "`valgrind --version` failed: {}",
            out.failure_summary(timeout)
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(
            "valgrind is not on PATH; --micro counts instructions with cachegrind \
             (Debian/Ubuntu: apt-get install valgrind)"
                .into(),
        ),
        Err(e) => Err(e.to_string()),
    }
}

/// `job` wrapped in cachegrind, which writes its summary to `log`.
pub fn wrap(job: &Job, log: &Path) -> Job {
    let mut args: Vec<OsString> = vec![
        "--tool=cachegrind".into(),
        "--cache-sim=no".into(),
        "--cachegrind-out-file=/dev/null".into(),
    ];
    let mut log_arg = OsString::from("--log-file=");
    log_arg.push(log);
    args.push(log_arg);
    args.push(job.program.clone().into_os_string());
    args.extend(job.args.iter().cloned());
    Job {
        program: VALGRIND.into(),
        args,
        env: job.env.clone(),
        cwd: job.cwd.clone(),
        clear_env: job.clear_env,
    }
}

/// Runs `job` under cachegrind and returns the instructions it executed. A program that
/// fails is an error even though valgrind still counted it: a count of a run that
/// stopped early would make an operation look cheap.
pub fn count(job: &Job, scratch: &Path, timeout: Duration) -> Result<u64, String> {
    let log = scratch.join("cachegrind.log");
    // A log left by the previous run must not be read back if this one writes none.
    let _ = std::fs::remove_file(&log);
    let wrapped = wrap(job, &log);
    let out = run::run(&wrapped, timeout).map_err(|e| e.to_string())?;
    if !out.succeeded() {
        return Err(format!(
            "{} failed: {}",
            job.describe(),
            out.failure_summary(timeout)
        ));
    }
    let text = std::fs::read_to_string(&log)
        .map_err(|e| format!("cachegrind wrote no log {}: {e}", log.display()))?;
    instructions(&text)
}

/// The `I refs` total from cachegrind's summary. Valgrind 3.19 writes
/// `==1234== I   refs:      51,057,030`; the padding has changed between versions, so
/// the line is matched word by word rather than by its exact spacing.
pub fn instructions(log: &str) -> Result<u64, String> {
    for line in log.lines() {
        let mut words = without_pid(line).split_whitespace();
        if words.next() != Some("I") || words.next() != Some("refs:") {
            continue;
        }
        let raw = words.next().unwrap_or("");
        let digits: String = raw.chars().filter(|&c| c != ',').collect();
        return digits
            .parse()
            .map_err(|_| format!("cannot read the instruction count in {line:?}"));
    }
    Err("cachegrind's output has no `I refs:` line".into())
}

/// Drops the `==PID==` that valgrind puts before each line of its own.
fn without_pid(line: &str) -> &str {
    line.strip_prefix("==")
        .and_then(|rest| rest.split_once("=="))
        .filter(|(pid, _)| pid.chars().all(|c| c.is_ascii_digit()))
        .map_or(line, |(_, text)| text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// Cachegrind 3.19's log for `--cache-sim=no`, as written on this project's machine.
    const LOG_3_19: &str = "\
==1013== Cachegrind, a cache and branch-prediction profiler
==1013== Copyright (C) 2002-2017, and GNU GPL'd, by Nicholas Nethercote et al.
==1013== Using Valgrind-3.19.0 and LibVEX; rerun with -h for copyright info
==1013== Command: /usr/bin/python3.11 -c pass
==1013== 
--1013-- warning: L3 cache found, using its data for the LL simulation.
==1013== 
==1013== I   refs:      51,057,030
";

    #[test]
    fn reads_the_total() {
        assert_eq!(instructions(LOG_3_19), Ok(51_057_030));
    }

    #[test]
    fn spacing_and_separators_may_vary() {
        assert_eq!(instructions("==7== I refs: 1,234\n"), Ok(1234));
        assert_eq!(instructions("I refs:        987654321"), Ok(987_654_321));
        // Counts under a thousand have no separator at all.
        assert_eq!(instructions("==7== I   refs:      999\n"), Ok(999));
    }

    #[test]
    fn other_lines_are_not_the_total() {
        // With the cache simulation on, cachegrind adds miss lines that also start
        // with `I`; only `I refs` is the instruction count.
        let log = "==9== I1  misses:    1,000\n==9== I   refs:      5,000\n";
        assert_eq!(instructions(log), Ok(5000));
        // The program's own output never reaches the log, but a command line that
        // mentions the words must still not be read as the count.
        let log = "==9== Command: prog I refs: 12\n==9== I   refs:      34\n";
        assert_eq!(instructions(log), Ok(34));
    }

    #[test]
    fn missing_or_garbled_totals_are_errors() {
        assert!(
            instructions("==1== Command: x\n")
                .unwrap_err()
                .contains("no `I refs:`")
        );
        assert!(instructions("").is_err());
        assert!(
            instructions("==1== I   refs:      12a,3\n")
                .unwrap_err()
                .contains("cannot read")
        );
        assert!(instructions("==1== I   refs:\n").is_err());
    }

    #[test]
    fn pid_prefix() {
        assert_eq!(without_pid("==123== I refs: 1"), " I refs: 1");
        assert_eq!(without_pid("I refs: 1"), "I refs: 1");
        // Not valgrind's prefix: left alone.
        assert_eq!(without_pid("==x== I"), "==x== I");
    }

    #[test]
    fn wrapped_command() {
        let job = Job {
            program: PathBuf::from("/bin/tessera"),
            args: vec!["prog.py".into()],
            env: vec![("TESSERA_JIT".into(), "off".into())],
            cwd: Some(PathBuf::from("/tmp")),
            clear_env: false,
        };
        let w = wrap(&job, Path::new("/tmp/cg.log"));
        assert_eq!(w.program, PathBuf::from("valgrind"));
        let args: Vec<String> = w
            .args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            args,
            [
                "--tool=cachegrind",
                "--cache-sim=no",
                "--cachegrind-out-file=/dev/null",
                "--log-file=/tmp/cg.log",
                "/bin/tessera",
                "prog.py"
            ]
        );
        assert_eq!(w.env, job.env);
        assert_eq!(w.cwd, job.cwd);
    }
}
