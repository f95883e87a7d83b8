//! Runs every program in tests/programs/ and compares it with CPython 3.11's recorded
//! behaviour: exact stdout, and for failing programs the exit status and the last line of
//! stderr. `TESSERA_TEST_FILTER=substring` runs a subset.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

struct Case {
    name: String,
    script: PathBuf,
    stdout: Vec<u8>,
    stdin: Vec<u8>,
    /// (status, last stderr line) for programs that fail.
    exit: Option<(i32, String)>,
}

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

fn load_cases() -> Vec<Case> {
    let dir = programs_dir();
    let filter = std::env::var("TESSERA_TEST_FILTER").unwrap_or_default();
    let mut cases = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/programs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    for script in entries {
        let stdout_path = script.with_extension("stdout");
        let Ok(stdout) = std::fs::read(&stdout_path) else {
            continue;
        };
        let name = script.file_stem().unwrap().to_string_lossy().to_string();
        if !name.contains(&filter) {
            continue;
        }
        let stdin = std::fs::read(script.with_extension("stdin")).unwrap_or_default();
        let exit = std::fs::read_to_string(script.with_extension("exit"))
            .ok()
            .map(|s| {
                let mut lines = s.lines();
                let status = lines.next().unwrap_or("1").trim().parse().unwrap_or(1);
                (status, lines.next().unwrap_or("").to_string())
            });
        cases.push(Case {
            name,
            script,
            stdout,
            stdin,
            exit,
        });
    }
    cases
}

/// Runs the interpreter on one program with a time limit.
fn run(case: &Case, env: &[(&str, &str)]) -> Result<(i32, Vec<u8>, Vec<u8>), String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tessera"));
    cmd.arg(&case.script).current_dir(programs_dir());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let done = common::run_captured(cmd, &case.stdin, Duration::from_secs(120))?;
    Ok((done.status, done.stdout, done.stderr))
}

/// A short line diff: the first differing lines with context.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!(
                "    line {}:\n      expected: {}\n      actual:   {}\n",
                i + 1,
                x.map(|s| format!("{s:?}"))
                    .unwrap_or_else(|| "<missing>".into()),
                y.map(|s| format!("{s:?}"))
                    .unwrap_or_else(|| "<missing>".into())
            ));
            shown += 1;
            if shown >= 5 {
                out.push_str("    ...\n");
                break;
            }
        }
    }
    out
}

fn check(case: &Case, env: &[(&str, &str)]) -> Result<(), String> {
    let (code, stdout, stderr) = run(case, env)?;
    let stderr = String::from_utf8_lossy(&stderr);
    let mut problems = String::new();
    if stdout != case.stdout {
        problems.push_str("  stdout differs:\n");
        problems.push_str(&diff(
            &String::from_utf8_lossy(&case.stdout),
            &String::from_utf8_lossy(&stdout),
        ));
    }
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
        problems.push_str(&format!("  the interpreter panicked:\n{stderr}\n"));
    }
    match &case.exit {
        None => {
            if code != 0 {
                problems.push_str(&format!(
                    "  exit status {code}, expected 0; stderr:\n{stderr}\n"
                ));
            }
        }
        Some((status, last)) => {
            if code != *status {
                problems.push_str(&format!("  exit status {code}, expected {status}\n"));
            }
            let actual_last = stderr.lines().last().unwrap_or("");
            if actual_last != last {
                problems.push_str(&format!(
                    "  last stderr line differs:\n      expected: {last:?}\n      actual:   {actual_last:?}\n"
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn run_all(env: &[(&str, &str)], label: &str) {
    let cases = Arc::new(load_cases());
    assert!(!cases.is_empty(), "no programs found in tests/programs");
    let next = Arc::new(Mutex::new(0usize));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(4);
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (cases, next, failures, env) =
                (cases.clone(), next.clone(), failures.clone(), env.clone());
            std::thread::spawn(move || {
                let env_ref: Vec<(&str, &str)> =
                    env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                loop {
                    let i = {
                        let mut n = next.lock().unwrap();
                        let i = *n;
                        *n += 1;
                        i
                    };
                    let Some(case) = cases.get(i) else { break };
                    if let Err(p) = check(case, &env_ref) {
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("{}:\n{p}", case.name));
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut failures = failures.lock().unwrap().clone();
    failures.sort();
    let total = cases.len();
    if !failures.is_empty() {
        panic!(
            "{label}: {} of {total} programs failed:\n\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
    eprintln!("{label}: all {total} programs passed");
}

#[test]
fn programs_tier1() {
    run_all(&[("TESSERA_JIT", "off")], "tier 1");
}

/// Tier 2 in the uop interpreter, tracing every loop at its first back edge so that all
/// that can be traced is; tier 1 is the oracle (the expected outputs are CPython's).
#[test]
fn programs_uops() {
    run_all(
        &[("TESSERA_JIT", "uops"), ("TESSERA_JIT_THRESHOLD", "1")],
        "tier 2 (uops)",
    );
}

/// Tier 2 as machine code (a `jit` build), every loop traced at its first back edge.
#[cfg(feature = "jit")]
#[test]
fn programs_jit() {
    run_all(
        &[("TESSERA_JIT", "on"), ("TESSERA_JIT_THRESHOLD", "1")],
        "tier 2 (jit)",
    );
}
