//! The command line, hostile inputs, and memory reclamation, tested through the binary.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn tessera() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tessera"));
    c.env_remove("TESSERA_JIT");
    c
}

fn run_with_stdin(mut cmd: Command, input: &[u8]) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn tessera");
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let w = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait");
    let _ = w.join();
    out
}

fn run_source(src: &[u8]) -> Output {
    let dir = std::env::temp_dir().join(format!("tessera-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("case{}.py", rand_suffix()));
    std::fs::write(&path, src).unwrap();
    let mut cmd = tessera();
    cmd.arg(&path);
    let out = run_with_stdin(cmd, b"");
    let _ = std::fs::remove_file(&path);
    out
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

#[test]
fn version_names_target_and_jit() {
    let out = tessera().arg("--version").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let first = lines.next().unwrap_or("");
    assert!(first.starts_with("tessera "), "{text}");
    assert!(first.contains(" (") && first.ends_with(')'), "{text}");
    assert!(lines.next().unwrap_or("").starts_with("jit: "), "{text}");
    assert!(out.status.success());
}

#[test]
fn dash_c_and_argv() {
    let out = tessera()
        .args(["-c", "import sys; print(sys.argv); print(6 * 7)", "a", "b"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "['-c', 'a', 'b']\n42\n"
    );
    assert!(out.status.success());
}

#[test]
fn program_from_stdin() {
    let mut cmd = tessera();
    cmd.arg("-");
    let out = run_with_stdin(cmd, b"for i in range(3):\n    print(i)\n");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n1\n2\n");
}

#[test]
fn help_and_bad_option() {
    let out = tessera().arg("-h").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("usage: tessera"));
    let out = tessera().arg("--no-such-option").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_file_is_an_error_not_a_crash() {
    let out = tessera().arg("/nonexistent/x.py").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("can't open file"));
}

#[test]
fn uncaught_exception_traceback_format() {
    let out = run_source(b"def f(x):\n    return 1 / x\n\nprint('before')\nf(0)\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines[0], "Traceback (most recent call last):");
    assert!(lines[1].ends_with("line 5, in <module>"), "{err}");
    assert_eq!(lines[2], "    f(0)");
    assert!(lines[3].ends_with("line 2, in f"), "{err}");
    assert_eq!(lines[4], "    return 1 / x");
    assert_eq!(lines[5], "ZeroDivisionError: division by zero");
}

#[test]
fn syntax_error_reports_before_running() {
    let out = run_source(b"print('never')\nx = = 1\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2"), "{err}");
    assert!(err.contains("    x = = 1"), "{err}");
    assert!(err.contains('^'), "{err}");
    assert_eq!(err.lines().last(), Some("SyntaxError: invalid syntax"));
}

/// Every hostile input ends in a Python-level outcome: exit 0 or 1, no panic, no signal,
/// no hang.
#[test]
fn hostile_inputs_never_crash() {
    let deep_parens = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let deep_minus = format!("x = {}1\n", "-".repeat(100_000));
    let deep_lists = format!("x = {}{}\n", "[".repeat(50_000), "]".repeat(50_000));
    let deep_blocks: String = (0..120)
        .map(|i| format!("{}if True:\n", "    ".repeat(i)))
        .collect::<String>()
        + &"    ".repeat(120)
        + "pass\n";
    let huge_literal = format!("x = {}\nprint(len(str(x)) > 0)\n", "9".repeat(200_000));
    let long_string = format!("s = '{}'\nprint(len(s))\n", "a".repeat(1_000_000));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated def", b"def f(x):\n    return (x +".to_vec()),
        ("truncated string", b"s = 'abc".to_vec()),
        ("truncated triple string", b"s = '''abc\n\n".to_vec()),
        (
            "invalid utf-8",
            vec![b'x', b' ', b'=', b' ', 0xff, 0xfe, b'\n'],
        ),
        ("nul byte", b"x = 1\x00\n".to_vec()),
        ("deep parens", deep_parens.into_bytes()),
        ("deep unary minus", deep_minus.into_bytes()),
        ("deep lists", deep_lists.into_bytes()),
        ("deep blocks", deep_blocks.into_bytes()),
        ("huge literal", huge_literal.into_bytes()),
        ("long string", long_string.into_bytes()),
        ("tab mess", b"if True:\n\tx = 1\n        y = 2\n".to_vec()),
        ("lone bracket", b")\n".to_vec()),
        ("bad escape", b"s = '\\N{NO SUCH NAME}'\n".to_vec()),
        ("recursion", b"def f(): return f()\nf()\n".to_vec()),
        (
            "deep data repr",
            b"x = []\nfor i in range(100000):\n    x = [x]\nprint(len(repr(x)) > 0)\n".to_vec(),
        ),
        ("huge power", b"x = 2 ** (10 ** 12)\n".to_vec()),
        ("huge repeat", b"x = 'a' * (10 ** 15)\n".to_vec()),
        ("huge shift", b"x = 1 << (10 ** 15)\n".to_vec()),
        (
            "huge format width",
            b"print(format(1, '99999999999999999999'))\n".to_vec(),
        ),
        (
            "self-referential list",
            b"a = []\na.append(a)\nprint(a)\nprint(a == a)\n".to_vec(),
        ),
        ("bad call", b"len(1, 2, 3)\n".to_vec()),
        ("empty file", b"".to_vec()),
        ("only comment", b"# nothing\n".to_vec()),
        ("exec recursion", b"s = 'exec(s)'\nexec(s)\n".to_vec()),
        ("eval recursion", b"s = 'eval(s)'\neval(s)\n".to_vec()),
        (
            "huge reads",
            b"import os, sys\nsys.stdin.read(10 ** 18)\nopen(__file__, 'rb').read(10 ** 18)\nos.urandom(10 ** 18)\n".to_vec(),
        ),
        ("bad compile", b"compile('x', 'f', 'exec', -1)\n".to_vec()),
        ("import a path", b"__import__('../../etc/passwd')\n".to_vec()),
        ("self import", b"import sys\nsys.modules.clear()\nimport os\nprint(os.sep)\n".to_vec()),
        (
            "complex module replaced",
            b"import sys\nsys.modules['_complex'] = None\ntry:\n    eval('1j')\nexcept ImportError:\n    pass\nprint(eval('2j'))\n".to_vec(),
        ),
    ];
    for (name, src) in cases {
        let start = Instant::now();
        let out = run_source(&src);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(0) | Some(1)),
            "{name}: exit {:?}, stderr: {err}",
            out.status.code()
        );
        assert!(!err.contains("panicked"), "{name}: panicked: {err}");
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{name}: too slow"
        );
        if out.status.code() == Some(1) {
            let last = err.lines().last().unwrap_or("");
            assert!(
                last.contains("Error") || last.contains("Exception"),
                "{name}: last stderr line is not a Python error: {last:?}"
            );
        }
    }
}

/// Runs `src` with `env`; returns its stdout and its peak RSS in kB (Linux).
#[cfg(target_os = "linux")]
fn peak_rss_kb(name: &str, src: &[u8], env: &[(&str, &str)]) -> (String, u64) {
    let dir = std::env::temp_dir().join(format!("tessera-gc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, src).unwrap();
    let mut cmd = tessera();
    cmd.arg(&path).stdout(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let pid = child.id();
    let mut peak_kb = 0u64;
    loop {
        if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
            for line in status.lines() {
                if let Some(v) = line.strip_prefix("VmHWM:") {
                    let kb: u64 = v.trim().trim_end_matches("kB").trim().parse().unwrap_or(0);
                    peak_kb = peak_kb.max(kb);
                }
            }
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (String::from_utf8_lossy(&out.stdout).into_owned(), peak_kb)
}

/// A million two-object reference cycles are created and dropped; the cycle collector must
/// keep peak memory bounded (reference counting alone would leak them all).
#[cfg(target_os = "linux")]
#[test]
fn cycles_are_reclaimed_in_bounded_memory() {
    let src = b"class Node:\n    def __init__(self):\n        self.other = None\n        self.payload = [0] * 8\n\nfor i in range(1_000_000):\n    a = Node()\n    b = Node()\n    a.other = b\n    b.other = a\nprint('done')\n";
    let (out, peak_kb) = peak_rss_kb("cycles.py", src, &[]);
    assert_eq!(out, "done\n");
    // Leaking every cycle would take well over 1 GB.
    assert!(peak_kb < 200 * 1024, "peak RSS {peak_kb} kB");
}

/// The same in traced loops: the trace is entered once per outer iteration and leaves at
/// once (an inner loop that runs one iteration), so only the periodic check that traces
/// carry from run to run lets the collector run.
#[cfg(target_os = "linux")]
#[test]
fn cycles_are_reclaimed_in_traced_loops() {
    let src = b"class Node:\n    def __init__(self):\n        self.other = None\n        self.payload = [0] * 8\n\ndef f():\n    for i in range(400_000):\n        a = Node()\n        b = Node()\n        a.other = b\n        b.other = a\n        k = 1\n        while k:\n            k = 0\nf()\nprint('done')\n";
    for mode in ["uops", "on"] {
        let env = [("TESSERA_JIT", mode), ("TESSERA_JIT_THRESHOLD", "1")];
        let (out, peak_kb) = peak_rss_kb("traced_cycles.py", src, &env);
        assert_eq!(out, "done\n", "{mode}");
        // Leaking every cycle would take about 400 MB.
        assert!(peak_kb < 100 * 1024, "{mode}: peak RSS {peak_kb} kB");
    }
}

/// Runs `program` with `-X stats` and returns, per specialized form, its hits, misses,
/// times specialized and times deoptimized.
fn specialization_stats(program: &str) -> std::collections::HashMap<String, [u64; 4]> {
    let out = tessera()
        .args(["-X", "stats", "-c", program])
        .env("TESSERA_JIT", "off")
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("tessera stats:"), "{err}");
    let mut forms = std::collections::HashMap::new();
    for line in err.lines().filter(|l| l.starts_with("  ")) {
        let Some((name, rest)) = line.trim().split_once(": ") else {
            continue;
        };
        let n: Vec<u64> = rest
            .split(' ')
            .filter(|w| !w.ends_with('%'))
            .filter_map(|w| w.parse().ok())
            .collect();
        if let [hits, misses, made, deopts] = n[..] {
            forms.insert(name.to_string(), [hits, misses, made, deopts]);
        }
    }
    forms
}

#[test]
fn stats_count_hits_of_specialized_forms() {
    let forms =
        specialization_stats("def f(x):\n    return x + 1\nfor i in range(100):\n    f(i)\n");
    // Every call after the few that warm the site up takes the specialized form.
    let [hits, misses, made, deopts] = forms["CallPyExact"];
    assert!((90..100).contains(&hits), "{forms:?}");
    assert_eq!([misses, made, deopts], [0, 1, 0], "{forms:?}");
    assert!(forms["BinaryOpInt"][0] >= 90, "{forms:?}");
    assert!(forms["ForIterRange"][0] >= 90, "{forms:?}");
}

#[test]
fn a_site_whose_types_change_is_deoptimized() {
    let forms = specialization_stats(
        "def add(a, b):\n    return a + b\n\
         for i in range(100):\n    add(i, 1)\n\
         for i in range(100):\n    add('a', 'b')\n",
    );
    // Ints specialize the `+`; strs then miss until its budget is spent and it goes back.
    let [hits, misses, made, deopts] = forms["BinaryOpInt"];
    assert!((90..100).contains(&hits), "{forms:?}");
    assert!(misses > 10 && misses < 100, "{forms:?}");
    assert_eq!([made, deopts], [1, 1], "{forms:?}");
}

/// Traces built for `src` in the uop interpreter (every build has it), at a low threshold.
fn traces_built(src: &str) -> String {
    let out = tessera()
        .env("TESSERA_JIT", "uops")
        .env("TESSERA_JIT_THRESHOLD", "10")
        .env("TESSERA_JIT_STATS", "1")
        .args(["-c", src])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err.lines().find(|l| l.starts_with("jit: ")).unwrap_or("");
    line.split_whitespace()
        .find_map(|kv| kv.strip_prefix("traces="))
        .unwrap_or_else(|| panic!("no traces in {err:?}"))
        .to_string()
}

#[test]
fn loops_that_call_python_code_are_left_to_tier_1() {
    // The outer loop calls `inner`: only `inner`'s own loop is traced.
    let calls = "def inner(n):\n    s = 0\n    for k in range(n):\n        s += k\n    return s\n\
                 t = 0\nfor i in range(200):\n    t += inner(50)\nprint(t)\n";
    assert_eq!(traces_built(calls), "1");
    // A loop that calls a built-in function is traced.
    let builtin = "x = [1, 2]\nt = 0\nfor i in range(200):\n    t += len(x)\nprint(t)\n";
    assert_eq!(traces_built(builtin), "1");
}

#[test]
fn jit_stats_line_has_the_documented_fields() {
    let out = tessera()
        .env("TESSERA_JIT_STATS", "1")
        .args(["-c", "pass"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err.lines().find(|l| l.starts_with("jit: ")).unwrap_or("");
    for field in [
        "traces=",
        "uops=",
        "code_bytes=",
        "mapped_bytes=",
        "compile_us=",
        "side_exits=",
        "invalidations=",
        "freed=",
    ] {
        assert!(line.contains(field), "{line}");
    }
}

/// Ctrl-C (SIGINT) becomes KeyboardInterrupt: a traceback ending in `KeyboardInterrupt`
/// and exit status 130, like CPython.
#[cfg(unix)]
#[test]
fn sigint_raises_keyboard_interrupt() {
    let mut cmd = tessera();
    cmd.args([
        "-c",
        "import sys\nprint('ready', flush=True)\nwhile True:\n    pass\n",
    ]);
    let (code, err) = common::interrupt_when_ready(cmd, Duration::ZERO);
    assert_eq!(code, Some(130), "{err}");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "{err}");
}

/// A fresh folder holding `files` (relative path, contents); removed by the caller.
fn scratch_tree(files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "tessera-cli-m-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    for (rel, text) in files {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

#[test]
fn dash_m_runs_modules_and_packages_as_main() {
    let dir = scratch_tree(&[
        (
            "tool.py",
            "import sys\nprint(__name__, repr(__package__), __spec__.name, sys.argv[1:])\nprint(sys.argv[0].endswith('tool.py'), __file__ == sys.argv[0])\n",
        ),
        ("app/__init__.py", "print('init', __name__)\n"),
        (
            "app/__main__.py",
            "from . import util\nprint('main', __name__, __package__, __spec__.name, util.X)\n",
        ),
        ("app/util.py", "X = 'util'\n"),
        (
            "app/cli.py",
            "from .util import X\nprint('cli', __name__, X)\nraise SystemExit(3)\n",
        ),
        ("app/inner/__init__.py", ""),
    ]);
    let run = |args: &[&str]| {
        let out = tessera().current_dir(&dir).args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, _) = run(&["-m", "tool", "a", "-b"]);
    assert_eq!(code, Some(0));
    assert_eq!(out, "__main__ '' tool ['a', '-b']\nTrue True\n");
    let (code, out, _) = run(&["-m", "app"]);
    assert_eq!(code, Some(0));
    assert_eq!(out, "init app\nmain __main__ app app.__main__ util\n");
    let (code, out, _) = run(&["-mapp.cli"]);
    assert_eq!(code, Some(3));
    assert_eq!(out, "init app\ncli __main__ util\n");
    let (code, _, err) = run(&["-m", "no_such_module"]);
    assert_eq!(code, Some(1));
    assert!(
        err.trim_end().ends_with(": No module named no_such_module"),
        "{err}"
    );
    let (code, _, err) = run(&["-m", "app.inner"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("No module named app.inner.__main__; 'app.inner' is a package and cannot be directly executed"),
        "{err}"
    );
    let (code, _, err) = run(&["-m", "app.util.x"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("Error while finding module specification for 'app.util.x' (ModuleNotFoundError: __path__ attribute not found on 'app.util' while trying to find 'app.util.x')"),
        "{err}"
    );
    let (code, _, err) = run(&["-m"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("Argument expected for the -m option"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dash_m_doctest_checks_a_file_and_sets_the_exit_status() {
    let dir = scratch_tree(&[
        (
            "good.py",
            "def double(x):\n    \"\"\"\n    >>> double(2)\n    4\n    \"\"\"\n    return 2 * x\n",
        ),
        (
            "bad.py",
            "def double(x):\n    \"\"\"\n    >>> double(2)\n    5\n    \"\"\"\n    return 2 * x\n",
        ),
    ]);
    let run = |args: &[&str]| {
        let out = tessera().current_dir(&dir).args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, out) = run(&["-m", "doctest", "good.py"]);
    assert_eq!((code, out.as_str()), (Some(0), ""));
    let (code, out) = run(&["-m", "doctest", "-v", "good.py"]);
    assert_eq!(code, Some(0));
    assert!(
        out.ends_with(
            "1 items passed all tests:\n   1 tests in good.double\n1 tests in 2 items.\n1 passed and 0 failed.\nTest passed.\n"
        ),
        "{out}"
    );
    let (code, out) = run(&["-m", "doctest", "bad.py"]);
    assert_eq!(code, Some(1));
    assert!(out.contains(", line 3, in bad.double\nFailed example:\n    double(2)\nExpected:\n    5\nGot:\n    4\n"), "{out}");
    assert!(out.ends_with("***Test Failed*** 1 failures.\n"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Allocations the program asks for and the allocator refuses raise MemoryError, which the
/// program can catch, instead of aborting the process. Linux only: the limit is `ulimit -v`
/// (RLIMIT_AS) through the shell.
#[cfg(target_os = "linux")]
#[test]
fn refused_allocations_raise_memory_error() {
    let cases = [
        "x = [0] * 2**31",
        "x = (0,) * 2**31",
        "x = 'a' * 2**33",
        "x = b'a' * 2**33",
        "x = list(range(2**31))",
        "x = [i for i in range(2**31)]",
        "x = []\nfor i in range(2**31): x.append(i)",
        "x = {i: i for i in range(2**30)}",
    ];
    for case in cases {
        let src = format!(
            "try:\n    {}\nexcept MemoryError as e:\n    print('caught', repr(e))\n",
            case.replace('\n', "\n    ")
        );
        let out = Command::new("sh")
            .arg("-c")
            .arg("ulimit -v 4000000 && exec \"$0\" -c \"$1\"")
            .arg(env!("CARGO_BIN_EXE_tessera"))
            .arg(&src)
            .env_remove("TESSERA_JIT")
            .output()
            .expect("run sh");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "caught MemoryError()\n",
            "{case}: stderr {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "{case}");
    }
}
