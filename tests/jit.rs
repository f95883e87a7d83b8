//! The JIT as a user sees it: `--version`, the memory cap, W^X while machine code runs,
//! and Ctrl-C inside compiled loops. Tests that need machine code only run in a `jit`
//! build whose target has a stencil set (`jit: on|off (stencils ...)` in `--version`).

mod common;

use std::io::Read;
use std::process::{Command, Stdio};

fn tessera() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tessera"));
    for var in [
        "TESSERA_JIT",
        "TESSERA_JIT_THRESHOLD",
        "TESSERA_JIT_MAX_MEMORY",
    ] {
        c.env_remove(var);
    }
    c
}

fn version() -> String {
    let out = tessera().arg("--version").output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whether this binary carries stencils (and so can run machine code).
fn has_jit() -> bool {
    version()
        .lines()
        .nth(1)
        .unwrap_or("")
        .contains("(stencils ")
}

fn stat(stderr: &str, field: &str) -> u64 {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("jit: "))
        .unwrap_or("");
    line.split_whitespace()
        .find_map(|kv| kv.strip_prefix(field)?.strip_prefix('='))
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no {field} in {line:?}"))
}

#[test]
fn version_reports_the_jit() {
    let v = version();
    let second = v.lines().nth(1).unwrap_or("");
    if cfg!(feature = "jit") {
        assert!(
            second.starts_with("jit: on (stencils ") || second == "jit: unavailable",
            "{v}"
        );
        if cfg!(all(target_arch = "x86_64", target_os = "linux")) {
            // This target has a checked-in stencil set: the JIT must be on by default.
            assert!(second.starts_with("jit: on (stencils "), "{v}");
        }
    } else {
        assert_eq!(second, "jit: not built");
    }
    let off = tessera()
        .env("TESSERA_JIT", "off")
        .arg("--version")
        .output()
        .unwrap();
    let off = String::from_utf8_lossy(&off.stdout);
    let second = off.lines().nth(1).unwrap_or("");
    assert!(
        second.starts_with("jit: off")
            || second == "jit: not built"
            || second == "jit: unavailable",
        "{off}"
    );
}

/// 120 functions, each with its own loop (so each gets its own trace), and their total.
fn many_loops() -> (String, u64) {
    let mut src = String::from("total = 0\n");
    for k in 0..120 {
        src.push_str(&format!(
            "def f{k}(n):\n    s = 0\n    for i in range(n):\n        s += i * {k}\n    return s\ntotal += f{k}(50)\n"
        ));
    }
    src.push_str("print(total)\n");
    (src, (0..120u64).map(|k| k * 1225).sum())
}

#[test]
fn memory_cap_holds_and_the_program_runs_on() {
    if !has_jit() {
        eprintln!("skipped: no JIT in this build");
        return;
    }
    let (program, total) = many_loops();
    for cap in ["1K", "64K"] {
        let out = tessera()
            .env("TESSERA_JIT", "on")
            .env("TESSERA_JIT_THRESHOLD", "1")
            .env("TESSERA_JIT_STATS", "1")
            .env("TESSERA_JIT_MAX_MEMORY", cap)
            .args(["-c", &program])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert_eq!(stdout.trim(), total.to_string());
        let limit = if cap == "1K" { 1024 } else { 64 * 1024 };
        assert!(stat(&stderr, "traces") >= 120, "{stderr}");
        assert!(stat(&stderr, "mapped_bytes") <= limit, "{cap}: {stderr}");
    }
}

#[test]
fn compiled_traces_report_code_and_time() {
    if !has_jit() {
        eprintln!("skipped: no JIT in this build");
        return;
    }
    let out = tessera()
        .env("TESSERA_JIT_STATS", "1")
        .args(["-c", "s = 0\nfor i in range(100000):\n    s += i\nprint(s)"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "4999950000");
    assert!(stat(&stderr, "traces") >= 1, "{stderr}");
    let code = stat(&stderr, "code_bytes");
    let mapped = stat(&stderr, "mapped_bytes");
    assert!(code > 0 && mapped >= code, "{stderr}");
}

/// Reads /proc/PID/maps of a process running a compiled loop: no mapping may be writable
/// and executable, and the code must be in an executable (read-only) mapping.
#[cfg(target_os = "linux")]
#[test]
fn no_mapping_is_writable_and_executable_while_jit_code_runs() {
    if !has_jit() {
        eprintln!("skipped: no JIT in this build");
        return;
    }
    let mut child = tessera()
        .env("TESSERA_JIT", "on")
        .env("TESSERA_JIT_THRESHOLD", "1")
        .args([
            "-c",
            "print('ready', flush=True)\nx = 0\nwhile True:\n    x = (x + 1) % 1000\n",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut buf = [0u8; 6];
    out.read_exact(&mut buf).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let maps = std::fs::read_to_string(format!("/proc/{}/maps", child.id())).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    for line in maps.lines() {
        let perms = line.split_whitespace().nth(1).unwrap_or("");
        assert!(
            !(perms.contains('w') && perms.contains('x')),
            "writable and executable: {line}"
        );
    }
}

/// Ctrl-C reaches a loop that runs as a trace (uop interpreter or machine code).
#[cfg(unix)]
#[test]
fn sigint_interrupts_traced_loops() {
    let mut modes = vec!["uops"];
    if has_jit() {
        modes.push("on");
    }
    for mode in modes {
        let mut cmd = tessera();
        cmd.env("TESSERA_JIT", mode)
            .env("TESSERA_JIT_THRESHOLD", "1")
            .args([
                "-c",
                "print('ready', flush=True)\nx = 0\nwhile True:\n    x = (x + 1) % 7\n",
            ]);
        // Long enough for the loop to be traced and compiled before the signal.
        let settle = std::time::Duration::from_millis(200);
        let (code, stderr) = common::interrupt_when_ready(cmd, settle);
        assert_eq!(code, Some(130), "{mode}: {stderr}");
        assert!(
            stderr.trim_end().ends_with("KeyboardInterrupt"),
            "{mode}: {stderr}"
        );
    }
}

/// A branch whose two ways meet at the next instruction (`if x: pass`) is traced as a
/// truth test without a guard: a run that goes the other way than the recording stays in
/// the trace instead of leaving it on every iteration.
#[test]
fn an_empty_if_does_not_leave_the_trace() {
    for (mode, value) in [("uops", "False"), ("uops", "True"), ("on", "False")] {
        if mode == "on" && !has_jit() {
            continue;
        }
        let program = format!(
            "class P:\n    def __init__(self):\n        self.a = {value}\n\
             def rd(obj, n):\n    for i in range(n):\n        if obj.a: pass\n\
             rd(P(), 100000)\nprint('done')\n"
        );
        let out = tessera()
            .env("TESSERA_JIT", mode)
            .env("TESSERA_JIT_STATS", "1")
            .args(["-c", &program])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "done");
        assert!(stat(&stderr, "traces") >= 1, "{mode} {value}: {stderr}");
        assert!(
            stat(&stderr, "side_exits") < 100,
            "{mode} {value}: {stderr}"
        );
    }
}
