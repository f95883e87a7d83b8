//! `release bench`: runs bench/*.py under every available interpreter and prints how
//! each compares with CPython in time and memory.

use crate::args::{self, Cursor, Parsed};
use crate::interp::{self, Interpreter, Kind, Mode, Wanted};
use crate::machine;
use crate::run::{self, Job, Outcome};
use crate::stats::{geometric_mean, median};
use crate::table::Table;
use std::collections::BTreeSet;
use std::ffi::OsString;
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
                        python3 (or cpython), pypy3 (or pypy); default: all available.
                        CPython is always run: it is the reference for output and ratios
  --tessera PATH        use this tessera binary instead of `cargo build --release`
  --timeout SECS        kill a run that takes longer (default 300)
  --markdown            print a Markdown table (for README.md) instead of plain text
  -h, --help            print this message

Exit status: 0 when every run succeeded and matched CPython, 1 when any failed (the
table still shows the rest), 2 for a bad command line.
";

const DEFAULT_RUNS: u64 = 5;
const DEFAULT_WARMUP: u64 = 1;
const DEFAULT_TIMEOUT_SECS: u64 = 300;
const STARTUP_RUNS: usize = 20;

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
}

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
        };
        let mut c = Cursor::new(argv);
        while let Some(opt) = c.next_option()? {
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
                other => return Err(format!("unknown option '{other}'")),
            }
        }
        Ok(Parsed::Run(o))
    }

    fn wants(&self, pred: impl Fn(&Wanted) -> bool) -> bool {
        self.interpreters
            .as_ref()
            .is_none_or(|w| w.iter().any(pred))
    }
}

fn repo_root() -> PathBuf {
    // This crate lives at <repo>/release, so the repository is its manifest's parent.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_owned()
}

pub fn main(opts: &Options) -> ExitCode {
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
    let root = repo_root();
    let bench_dir = root.join("bench");
    let programs = select_programs(&bench_dir, opts.programs.as_deref())?;
    let interps = find_interpreters(opts, &root)?;

    eprintln!("interpreters:");
    for i in &interps {
        eprintln!("  {:<13} {} ({})", i.name(), i.path.display(), i.version);
    }
    let mut results = Vec::new();
    for prog in &programs {
        let r = measure_program(&bench_dir, prog, &interps, opts);
        eprintln!("{}", progress_line(prog, &interps, &r));
        results.push(r);
    }
    eprintln!("start-up: {STARTUP_RUNS} runs of `-c pass` each");
    let startup = measure_startup(&bench_dir, &interps, opts.timeout);

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
        let path = match &opts.tessera {
            Some(p) => p.clone(),
            None => build_tessera(root)?,
        };
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

fn build_tessera(root: &Path) -> Result<PathBuf, String> {
    // Under `cargo run`, CARGO names the cargo that is running us; reuse it so the
    // toolchain (and its target directory lock discipline) is the same one.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
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
    // A relative CARGO_TARGET_DIR is resolved by cargo against its working directory,
    // which we set to the repository root.
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(|t| root.join(t))
        .unwrap_or_else(|| root.join("target"));
    let bin = target
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

/// The timed samples of one program (or start-up) under one interpreter.
#[derive(Default)]
struct Samples {
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

    fn median_ms(&self) -> Option<f64> {
        median(&self.ms)
    }

    /// The table reports the worst peak over the runs: memory, unlike time, has no
    /// noise that only ever inflates it, so the maximum is the honest number.
    fn peak_mib(&self) -> Option<f64> {
        self.rss_kib.iter().max().map(|&k| k as f64 / 1024.0)
    }
}

/// Per interpreter (same order as the interpreters): samples, or why it failed.
type Measured = Vec<Result<Samples, String>>;

fn measure_program(dir: &Path, prog: &str, interps: &[Interpreter], opts: &Options) -> Measured {
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

    for _ in 0..opts.warmup {
        for &i in &warm_order {
            check_run(&jobs[i], opts.timeout, &mut reference, &mut state[i], false);
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
    for _ in 0..opts.runs {
        for (i, job) in jobs.iter().enumerate() {
            check_run(job, opts.timeout, &mut reference, &mut state[i], true);
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

fn measure_startup(dir: &Path, interps: &[Interpreter], timeout: Duration) -> Measured {
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

fn progress_line(prog: &str, interps: &[Interpreter], r: &Measured) -> String {
    let parts: Vec<String> = interps
        .iter()
        .zip(r)
        .map(
            |(i, s)| match s.as_ref().ok().and_then(Samples::median_ms) {
                Some(ms) => format!("{} {}", i.name(), fmt_ms(ms)),
                None => format!("{} FAIL", i.name()),
            },
        )
        .collect();
    format!("{prog:<14} {} (ms)", parts.join(", "))
}

fn fmt_ms(ms: f64) -> String {
    if ms >= 100.0 {
        format!("{ms:.0}")
    } else if ms >= 10.0 {
        format!("{ms:.1}")
    } else {
        format!("{ms:.2}")
    }
}

struct Report<'a> {
    interps: &'a [Interpreter],
    programs: &'a [String],
    results: &'a [Measured],
    startup: &'a Measured,
    runs: usize,
    warmup: usize,
}

impl Report<'_> {
    fn cpython_index(&self) -> Option<usize> {
        self.interps.iter().position(|i| i.kind == Kind::CPython)
    }

    /// CPython's median over interpreter `i`'s, when both succeeded.
    fn ratio(&self, m: &Measured, i: usize) -> Option<f64> {
        let base = m.get(self.cpython_index()?)?.as_ref().ok()?.median_ms()?;
        let this = m.get(i)?.as_ref().ok()?.median_ms()?;
        (this > 0.0).then(|| base / this)
    }

    fn row(&self, label: &str, m: &Measured) -> Vec<String> {
        let mut row = vec![label.to_owned()];
        for (i, r) in m.iter().enumerate() {
            match r.as_ref().ok().and_then(|s| Some((s, s.median_ms()?))) {
                Some((s, ms)) => {
                    row.push(fmt_ms(ms));
                    row.push(self.ratio(m, i).map_or("-".into(), |r| format!("{r:.2}")));
                    row.push(s.peak_mib().map_or("-".into(), |m| format!("{m:.1}")));
                }
                None => row.extend(["FAIL".to_owned(), "-".to_owned(), "-".to_owned()]),
            }
        }
        row
    }

    fn table(&self, markdown: bool) -> Table {
        let mut header = vec!["program".to_owned()];
        for i in self.interps {
            header.push(format!("{} ms", i.name()));
            header.push("ratio".into());
            header.push("MiB".into());
        }
        let mut rows: Vec<Vec<String>> = self
            .programs
            .iter()
            .zip(self.results)
            .map(|(p, m)| self.row(p, m))
            .collect();

        let mut geo = vec![if markdown {
            "**geometric mean**".to_owned()
        } else {
            "geometric mean".to_owned()
        }];
        for i in 0..self.interps.len() {
            let ratios: Vec<f64> = self
                .results
                .iter()
                .filter_map(|m| self.ratio(m, i))
                .collect();
            let g = geometric_mean(&ratios).map_or("-".into(), |g| {
                if markdown {
                    format!("**{g:.2}**")
                } else {
                    format!("{g:.2}")
                }
            });
            geo.extend([String::new(), g, String::new()]);
        }
        rows.push(geo);
        let startup_label = if markdown {
            "start-up (`-c pass`)"
        } else {
            "start-up (-c pass)"
        };
        rows.push(self.row(startup_label, self.startup));
        Table { header, rows }
    }

    fn failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        let labelled = self
            .programs
            .iter()
            .map(String::as_str)
            .zip(self.results)
            .chain(std::iter::once(("start-up", self.startup)));
        for (prog, m) in labelled {
            for (i, r) in self.interps.iter().zip(m) {
                if let Err(why) = r {
                    out.push(format!("{prog} under {}: {why}", i.name()));
                }
            }
        }
        out
    }

    fn render(&self, markdown: bool) -> String {
        let mut s = String::new();
        let machine = format!("{}; {}", machine::describe(), machine::today_utc());
        let method = format!(
            "Median of {} timed runs after {} warm-up run(s), interpreters interleaved; \
             ratio = CPython time / interpreter time (>1 is faster than CPython); \
             MiB = peak RSS; start-up = median of {STARTUP_RUNS} runs of `-c pass`.",
            self.runs, self.warmup
        );
        if markdown {
            s.push_str(&format!("Machine: {machine}.\n\n{method}\n\n"));
            s.push_str(&self.table(true).to_markdown());
            s.push('\n');
            for i in self.interps {
                s.push_str(&format!("- `{}`: {}\n", i.name(), i.version));
            }
        } else {
            s.push_str(&format!("machine: {machine}\n"));
            for i in self.interps {
                s.push_str(&format!(
                    "{}: {} ({})\n",
                    i.name(),
                    i.path.display(),
                    i.version
                ));
            }
            s.push('\n');
            s.push_str(&self.table(false).to_text());
            s.push('\n');
            s.push_str(&method);
            s.push('\n');
        }
        let failures = self.failures();
        if !failures.is_empty() {
            s.push_str(if markdown {
                "\nFailures (excluded from the ratios):\n\n"
            } else {
                "\nFAIL (excluded from the ratios):\n"
            });
            for f in failures {
                s.push_str(&format!("- {f}\n"));
            }
        }
        s
    }
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

    #[test]
    fn ms_format() {
        assert_eq!(fmt_ms(1234.4), "1234");
        assert_eq!(fmt_ms(12.345), "12.3");
        assert_eq!(fmt_ms(1.234), "1.23");
    }
}
