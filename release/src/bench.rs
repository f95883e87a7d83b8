//! `release bench`: runs bench/*.py under every available interpreter and prints how
//! each compares with CPython in time and memory; `--micro` hands over to `micro.rs`.

use crate::args::{self, Cursor, Parsed};
use crate::interp::{self, Interpreter, Kind, Mode, Wanted};
use crate::measure::{self, STARTUP_RUNS};
use crate::micro;
use crate::report::{Report, progress_line};
use crate::workspace;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

pub const USAGE: &str = "\
usage: cargo run -p release -- bench [options]

Runs each bench/*.py program under tessera (every execution mode the binary supports),
CPython and, when it is on PATH, PyPy; checks that every run prints exactly what CPython
prints; and reports the median wall time, the speed ratio to CPython (CPython time /
interpreter time, so >1 is faster) and the peak RSS of each, with a geometric-mean row
and a start-up row (`-c pass`).

options:
  --programs a,b        only these programs (names of bench/*.py, without .py)
  --runs N              timed runs per program and interpreter (default 5)
  --warmup N            untimed runs first, which also check the output (default 1)
  --interpreters list   any of: tessera, tessera-off, tessera-uops, tessera-on,
                        python3 (or cpython), python3.11 (Debian's PGO build,
                        /usr/bin/python3.11), pypy3 (or pypy); default: all available.
                        CPython is always run: it is the reference for output and ratios
  --tessera PATH        use this tessera binary instead of `cargo build --release`
  --timeout SECS        kill a run that takes longer (default 300)
  --markdown            print a Markdown table (for README.md) instead of plain text
  -h, --help            print this message

micro mode (instead of timing bench/*.py):
  --micro               count machine instructions per operation with cachegrind
                        (valgrind) for tessera with TESSERA_JIT=off, python3 and, when
                        installed, Debian's /usr/bin/python3.11: each operation runs n
                        times in a loop, minus the same loop with `pass`, divided by n.
                        Takes --tessera, --timeout and --markdown
  --ops list            only these operations: attr_load (o.a), attr_store (o.a = i),
                        method_call (o.m()), call (f(i)), new_object (P(i, i)),
                        new_slots (S(i, i) with __slots__), list_index (l[i & 7]),
                        dict_index (d[\"b\"]), len (len(l)), float_arith (x + y * y),
                        int_add (x + i); default: all
  --iterations N        loop count n of every program (default 200000)

Exit status: 0 when every run succeeded and matched CPython, 1 when any failed (the
table still shows the rest), 2 for a bad command line. With --micro, needing more
instructions than CPython is a finding, not a failure: the exit status is 0 when every
count was taken.
";

const DEFAULT_RUNS: u64 = 5;
const DEFAULT_WARMUP: u64 = 1;
const DEFAULT_TIMEOUT_SECS: u64 = 300;

#[derive(Debug, PartialEq)]
pub struct Options {
    /// `None`: every program in bench/.
    pub programs: Option<Vec<String>>,
    pub runs: usize,
    pub warmup: usize,
    /// `None`: every interpreter that can be found.
    pub interpreters: Option<Vec<Wanted>>,
    pub tessera: Option<PathBuf>,
    pub timeout: Duration,
    pub markdown: bool,
    /// Count instructions per operation instead of timing programs.
    pub micro: bool,
    /// `None`: every operation (`--micro` only).
    pub ops: Option<Vec<String>>,
    /// Loop count of each `--micro` program.
    pub iterations: u64,
}

/// Options of one mode only: given in the other mode they are rejected rather than
/// silently ignored, so nobody reads a table believing it honoured them.
const TIMING_ONLY: &[&str] = &["--programs", "--runs", "--warmup", "--interpreters"];
const MICRO_ONLY: &[&str] = &["--ops", "--iterations"];

impl Options {
    pub fn parse(argv: &[String]) -> Result<Parsed<Options>, String> {
        let mut o = Options {
            programs: None,
            runs: DEFAULT_RUNS as usize,
            warmup: DEFAULT_WARMUP as usize,
            interpreters: None,
            tessera: None,
            timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECS),
            markdown: false,
            micro: false,
            ops: None,
            iterations: micro::DEFAULT_ITERATIONS,
        };
        let mut given: Vec<&str> = Vec::new();
        let mut c = Cursor::new(argv);
        while let Some(opt) = c.next_option()? {
            given.push(opt);
            match opt {
                "-h" | "--help" => return Ok(Parsed::Help),
                "--programs" => {
                    let names: Vec<String> = args::list(c.value(opt)?)
                        .into_iter()
                        .map(|p| p.strip_suffix(".py").map(str::to_owned).unwrap_or(p))
                        .collect();
                    if names.is_empty() {
                        return Err("--programs needs at least one name".into());
                    }
                    o.programs = Some(names);
                }
                "--runs" => o.runs = c.count(opt, 1)? as usize,
                // At least one warm-up: it is the run that fixes CPython's reference output.
                "--warmup" => o.warmup = c.count(opt, 1)? as usize,
                "--interpreters" => {
                    let wanted = args::list(c.value(opt)?)
                        .iter()
                        .map(|n| interp::parse_wanted(n))
                        .collect::<Result<Vec<_>, _>>()?;
                    if wanted.is_empty() {
                        return Err("--interpreters needs at least one name".into());
                    }
                    o.interpreters = Some(wanted);
                }
                "--tessera" => o.tessera = Some(PathBuf::from(c.value(opt)?)),
                "--timeout" => o.timeout = Duration::from_secs(c.count(opt, 1)?),
                "--markdown" => {
                    c.flag(opt)?;
                    o.markdown = true;
                }
                "--micro" => {
                    c.flag(opt)?;
                    o.micro = true;
                }
                "--ops" => {
                    let ids = args::list(c.value(opt)?);
                    if ids.is_empty() {
                        return Err("--ops needs at least one operation".into());
                    }
                    micro::select(Some(&ids))?;
                    o.ops = Some(ids);
                }
                "--iterations" => o.iterations = c.count(opt, 1)?,
                other => return Err(format!("unknown option '{other}'")),
            }
        }
        let misplaced = if o.micro {
            given.iter().find(|g| TIMING_ONLY.contains(g))
        } else {
            given.iter().find(|g| MICRO_ONLY.contains(g))
        };
        if let Some(opt) = misplaced {
            let why = if o.micro {
                "does not apply to --micro"
            } else {
                "needs --micro"
            };
            return Err(format!("{opt} {why}"));
        }
        Ok(Parsed::Run(o))
    }

    fn wants(&self, pred: impl Fn(&Wanted) -> bool) -> bool {
        self.interpreters
            .as_ref()
            .is_none_or(|w| w.iter().any(pred))
    }
}

pub fn main(opts: &Options) -> ExitCode {
    if opts.micro {
        return micro::main(opts);
    }
    match bench(opts) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("release bench: {e}");
            ExitCode::from(1)
        }
    }
}

/// Returns whether every run succeeded.
fn bench(opts: &Options) -> Result<bool, String> {
    let root = workspace::root();
    let bench_dir = root.join("bench");
    let programs = select_programs(&bench_dir, opts.programs.as_deref())?;
    let interps = find_interpreters(opts, &root)?;

    eprintln!("interpreters:");
    for i in &interps {
        eprintln!("  {:<13} {} ({})", i.name(), i.path.display(), i.version);
    }
    let mut results = Vec::new();
    for prog in &programs {
        let r = measure::program(
            &bench_dir,
            prog,
            &interps,
            opts.warmup,
            opts.runs,
            opts.timeout,
        );
        eprintln!("{}", progress_line(prog, &interps, &r));
        results.push(r);
    }
    eprintln!("start-up: {STARTUP_RUNS} runs of `-c pass` each");
    let startup = measure::startup(&bench_dir, &interps, opts.timeout);

    let report = Report {
        interps: &interps,
        programs: &programs,
        results: &results,
        startup: &startup,
        runs: opts.runs,
        warmup: opts.warmup,
    };
    print!("{}", report.render(opts.markdown));
    let all_ok = results.iter().flatten().all(Result::is_ok) && startup.iter().all(Result::is_ok);
    Ok(all_ok)
}

fn select_programs(dir: &Path, wanted: Option<&[String]>) -> Result<Vec<String>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let available: BTreeSet<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            name.strip_suffix(".py").map(str::to_owned)
        })
        .collect();
    let Some(wanted) = wanted else {
        return Ok(available.into_iter().collect());
    };
    let mut out = Vec::new();
    for w in wanted {
        if !available.contains(w) {
            let names: Vec<&str> = available.iter().map(String::as_str).collect();
            return Err(format!(
                "no program '{w}' in {} (have: {})",
                dir.display(),
                names.join(", ")
            ));
        }
        if !out.contains(w) {
            out.push(w.clone());
        }
    }
    Ok(out)
}

/// Every interpreter to measure, in column order, CPython always among them.
fn find_interpreters(opts: &Options, root: &Path) -> Result<Vec<Interpreter>, String> {
    let mut out = Vec::new();

    let (cpython, version) = interp::probe_python("python3")?
        .ok_or("python3 is not on PATH; CPython is the reference, so it is required")?;
    out.push(Interpreter {
        kind: Kind::CPython,
        path: cpython,
        version,
    });

    // Measured beside python3 when it is a different binary: issue 13's targets are
    // against both.
    if opts.wants(|w| matches!(w, Wanted::DebianCPython)) {
        match interp::probe_python(interp::DEBIAN_PYTHON)? {
            Some((path, _)) if crate::micro::same_file(&path, &out[0].path) => {}
            Some((path, version)) => out.push(Interpreter {
                kind: Kind::DebianCPython,
                path,
                version,
            }),
            None if opts.interpreters.is_some() => {
                eprintln!(
                    "warning: {} is not installed; skipping it",
                    interp::DEBIAN_PYTHON
                )
            }
            None => {}
        }
    }

    if opts.wants(|w| matches!(w, Wanted::PyPy)) {
        match interp::probe_python("pypy3")? {
            Some((path, version)) => out.push(Interpreter {
                kind: Kind::PyPy,
                path,
                version,
            }),
            None if opts.interpreters.is_some() => {
                eprintln!("warning: pypy3 is not on PATH; skipping it")
            }
            None => {}
        }
    }

    if opts.wants(|w| matches!(w, Wanted::AllTesseraModes | Wanted::Tessera(_))) {
        let path = tessera_binary(opts, root)?;
        let version = interp::probe_tessera(&path)?;
        let built = interp::tessera_modes(&version);
        let first_line = version.lines().next().unwrap_or("").to_owned();
        let jit_line = version.lines().nth(1).unwrap_or("jit: ?").to_owned();
        for mode in Mode::ALL {
            let requested =
                opts.wants(|w| matches!(w, Wanted::AllTesseraModes) || *w == Wanted::Tessera(mode));
            if !requested {
                continue;
            }
            if !built.contains(&mode) {
                // Only an explicit request for this mode deserves a warning; plain
                // `tessera` means "whatever this binary has".
                if opts.wants(|w| *w == Wanted::Tessera(mode)) && opts.interpreters.is_some() {
                    eprintln!(
                        "warning: {} reports '{jit_line}'; skipping tessera-{}",
                        path.display(),
                        mode.name()
                    );
                }
                continue;
            }
            out.push(Interpreter {
                kind: Kind::Tessera(mode),
                path: path.clone(),
                version: format!("{first_line}, {jit_line}"),
            });
        }
    }
    out.sort_by_key(|i| i.kind);
    Ok(out)
}

/// The `--tessera` binary, else a fresh `cargo build --release`.
pub fn tessera_binary(opts: &Options, root: &Path) -> Result<PathBuf, String> {
    match &opts.tessera {
        // Programs run in another folder (bench/, or a scratch folder for --micro):
        // make the path independent of where the runner was started.
        Some(p) => std::fs::canonicalize(p)
            .map_err(|e| format!("cannot find tessera binary {}: {e}", p.display())),
        None => build_tessera(root),
    }
}

fn build_tessera(root: &Path) -> Result<PathBuf, String> {
    let cargo = workspace::cargo();
    eprintln!("building tessera: cargo build --release --bin tessera");
    let status = Command::new(&cargo)
        .args(["build", "--release", "--bin", "tessera"])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!(
            "building tessera failed ({status}); pass --tessera PATH to use an existing \
             binary, or --interpreters python3 to measure without tessera"
        ));
    }
    let bin = workspace::target_dir(root)
        .join("release")
        .join(format!("tessera{}", std::env::consts::EXE_SUFFIX));
    if !bin.is_file() {
        return Err(format!(
            "cargo build succeeded but {} does not exist",
            bin.display()
        ));
    }
    Ok(bin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(v: &[&str]) -> Result<Parsed<Options>, String> {
        let argv: Vec<String> = v.iter().map(|s| s.to_string()).collect();
        Options::parse(&argv)
    }

    fn opts(v: &[&str]) -> Options {
        match parse(v) {
            Ok(Parsed::Run(o)) => o,
            other => panic!("expected options, got {other:?}"),
        }
    }

    #[test]
    fn defaults() {
        let o = opts(&[]);
        assert_eq!(o.programs, None);
        assert_eq!(o.runs, 5);
        assert_eq!(o.warmup, 1);
        assert_eq!(o.interpreters, None);
        assert_eq!(o.tessera, None);
        assert_eq!(o.timeout, Duration::from_secs(300));
        assert!(!o.markdown);
        assert!(!o.micro);
        assert_eq!(o.ops, None);
        assert_eq!(o.iterations, 200_000);
    }

    #[test]
    fn micro_options() {
        let o = opts(&[
            "--micro",
            "--ops",
            "attr_load,len",
            "--iterations=1000",
            "--tessera",
            "/tmp/tessera",
            "--timeout",
            "60",
            "--markdown",
        ]);
        assert!(o.micro);
        assert_eq!(o.ops, Some(vec!["attr_load".to_owned(), "len".to_owned()]));
        assert_eq!(o.iterations, 1000);
        assert!(o.markdown);
        assert!(opts(&["--micro"]).ops.is_none());
    }

    #[test]
    fn micro_errors() {
        let err = |v: &[&str]| parse(v).unwrap_err();
        assert!(err(&["--micro", "--ops", "nope"]).contains("no operation 'nope'"));
        assert!(err(&["--micro", "--ops", ","]).contains("at least one"));
        assert!(err(&["--micro", "--iterations", "0"]).contains("at least 1"));
        assert!(err(&["--micro=yes"]).contains("takes no value"));
        assert!(err(&["--ops", "len"]).contains("--ops needs --micro"));
        assert!(err(&["--iterations", "5"]).contains("--iterations needs --micro"));
        for timing in [["--runs", "3"], ["--warmup", "2"], ["--programs", "fib"]] {
            let e = err(&["--micro", timing[0], timing[1]]);
            assert!(e.contains("does not apply to --micro"), "{e}");
        }
        // The order of the options does not matter.
        assert!(err(&["--interpreters", "python3", "--micro"]).contains("does not apply"));
    }

    #[test]
    fn every_option() {
        let o = opts(&[
            "--programs",
            "fib,nbody.py",
            "--runs=7",
            "--warmup",
            "2",
            "--interpreters",
            "python3,tessera-on,pypy",
            "--tessera",
            "/tmp/tessera",
            "--timeout",
            "60",
            "--markdown",
        ]);
        assert_eq!(o.programs, Some(vec!["fib".to_owned(), "nbody".to_owned()]));
        assert_eq!(o.runs, 7);
        assert_eq!(o.warmup, 2);
        assert_eq!(
            o.interpreters,
            Some(vec![
                Wanted::CPython,
                Wanted::Tessera(Mode::On),
                Wanted::PyPy
            ])
        );
        assert_eq!(o.tessera, Some(PathBuf::from("/tmp/tessera")));
        assert_eq!(o.timeout, Duration::from_secs(60));
        assert!(o.markdown);
    }

    #[test]
    fn help() {
        assert_eq!(parse(&["--help"]), Ok(Parsed::Help));
        assert_eq!(parse(&["--runs", "3", "-h"]), Ok(Parsed::Help));
    }

    #[test]
    fn errors() {
        assert!(parse(&["--bogus"]).unwrap_err().contains("unknown option"));
        assert!(parse(&["fib"]).unwrap_err().contains("unknown option"));
        assert!(parse(&["--runs", "0"]).is_err());
        assert!(parse(&["--runs"]).is_err());
        assert!(parse(&["--warmup", "0"]).is_err());
        assert!(parse(&["--interpreters", "jython"]).is_err());
        assert!(parse(&["--interpreters", ","]).is_err());
        assert!(parse(&["--programs", ""]).is_err());
        assert!(parse(&["--markdown=1"]).is_err());
    }

    #[test]
    fn wants_defaults_to_everything() {
        let all = opts(&[]);
        assert!(all.wants(|w| matches!(w, Wanted::PyPy)));
        let only = opts(&["--interpreters", "python3"]);
        assert!(!only.wants(|w| matches!(w, Wanted::PyPy)));
        assert!(only.wants(|w| matches!(w, Wanted::CPython)));
    }
}
