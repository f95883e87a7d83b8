//! The interpreters a benchmark run compares, and how to find out what each can do.

use crate::run::{self, Job};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// tessera's execution modes, chosen per run through `TESSERA_JIT`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    Off,
    Uops,
    On,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Off, Mode::Uops, Mode::On];

    pub fn name(self) -> &'static str {
        match self {
            Mode::Off => "off",
            Mode::Uops => "uops",
            Mode::On => "on",
        }
    }
}

/// Which interpreter, in the order the table's columns use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Tessera(Mode),
    CPython,
    /// Debian's PGO-built CPython (`DEBIAN_PYTHON`), the build most users run.
    DebianCPython,
    PyPy,
}

/// Debian's own CPython 3.11, built with PGO and LTO. `python3` here is pyenv's, built
/// without PGO, so the two differ by a large margin and both are reported.
pub const DEBIAN_PYTHON: &str = "/usr/bin/python3.11";

/// One entry of `--interpreters`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// Plain `tessera`: every mode the binary was built with.
    AllTesseraModes,
    Tessera(Mode),
    CPython,
    DebianCPython,
    PyPy,
}

pub const WANTED_NAMES: &str = "tessera, tessera-off, tessera-uops, tessera-on, python3 (or cpython), \
     python3.11 (Debian's build), pypy3 (or pypy)";

pub fn parse_wanted(name: &str) -> Result<Wanted, String> {
    Ok(match name {
        "tessera" => Wanted::AllTesseraModes,
        "tessera-off" => Wanted::Tessera(Mode::Off),
        "tessera-uops" => Wanted::Tessera(Mode::Uops),
        "tessera-on" => Wanted::Tessera(Mode::On),
        "python3" | "cpython" => Wanted::CPython,
        "python3.11" => Wanted::DebianCPython,
        "pypy3" | "pypy" => Wanted::PyPy,
        _ => {
            return Err(format!(
                "unknown interpreter '{name}' (expected one of: {WANTED_NAMES})"
            ));
        }
    })
}

pub struct Interpreter {
    pub kind: Kind,
    pub path: PathBuf,
    /// Human-readable version, for the legend under the table.
    pub version: String,
}

impl Interpreter {
    pub fn name(&self) -> String {
        match self.kind {
            Kind::Tessera(m) => format!("tessera-{}", m.name()),
            Kind::CPython => "cpython".into(),
            Kind::DebianCPython => "python3.11".into(),
            Kind::PyPy => "pypy3".into(),
        }
    }

    pub fn job(&self, args: Vec<OsString>, cwd: &Path) -> Job {
        let env = match self.kind {
            Kind::Tessera(m) => vec![("TESSERA_JIT".to_owned(), m.name().to_owned())],
            _ => Vec::new(),
        };
        Job {
            program: self.path.clone(),
            args,
            env,
            cwd: Some(cwd.to_owned()),
            clear_env: false,
        }
    }
}

/// Probes must answer quickly; a hung binary should not stall the whole run.
const PROBE_TIMEOUT: Duration = Duration::from_secs(30);

/// The modes a tessera binary can run, from the second line of `tessera --version`
/// (`jit: on|off (stencils …)|not built|unavailable`). Every build has tier 1 and the uop
/// interpreter; machine code needs `on` or `off` (the JIT is in the binary). A line that
/// is missing or unrecognised means an older binary: only `off` is safe to measure.
pub fn tessera_modes(version_text: &str) -> Vec<Mode> {
    let jit = version_text
        .lines()
        .nth(1)
        .and_then(|l| l.trim().strip_prefix("jit:"))
        .map(str::trim)
        .unwrap_or("");
    let first = jit.split_whitespace().next().unwrap_or("");
    match first {
        "on" | "off" => Mode::ALL.to_vec(),
        "not" | "unavailable" => vec![Mode::Off, Mode::Uops],
        _ => vec![Mode::Off],
    }
}

/// Runs `tessera --version`; returns the version text.
pub fn probe_tessera(path: &Path) -> Result<String, String> {
    let job = Job {
        program: path.to_owned(),
        args: vec!["--version".into()],
        env: Vec::new(),
        cwd: None,
        clear_env: false,
    };
    let out = run::run(&job, PROBE_TIMEOUT).map_err(|e| e.to_string())?;
    if !out.succeeded() {
        return Err(format!(
            "{} failed: {}",
            job.describe(),
            out.failure_summary(PROBE_TIMEOUT)
        ));
    }
    Ok(out.stdout.trim().to_owned())
}

/// Prints the real executable (so a pyenv-style shim's own start-up is not timed) and
/// a version line; runs under both CPython and PyPy 3.
const PYTHON_PROBE: &str = "import sys\n\
v = getattr(sys, 'pypy_version_info', None)\n\
print(sys.executable)\n\
print(sys.implementation.name, '%d.%d.%d' % sys.version_info[:3], '(PyPy %d.%d.%d)' % v[:3] if v else '')\n";

/// Resolves a Python command found on PATH to its real executable and version.
/// `Ok(None)` when the command does not exist at all.
pub fn probe_python(command: &str) -> Result<Option<(PathBuf, String)>, String> {
    let job = Job {
        program: command.into(),
        args: vec!["-c".into(), PYTHON_PROBE.into()],
        env: Vec::new(),
        cwd: None,
        clear_env: false,
    };
    let out = match run::run(&job, PROBE_TIMEOUT) {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    if !out.succeeded() {
        return Err(format!(
            "{command} failed: {}",
            out.failure_summary(PROBE_TIMEOUT)
        ));
    }
    let mut lines = out.stdout.lines();
    let exe = lines.next().unwrap_or("").trim();
    let version = lines.next().unwrap_or("").trim().to_owned();
    // sys.executable may legitimately be empty (embedded interpreters); the command
    // itself still works then, only less precisely timed.
    let path = if exe.is_empty() {
        PathBuf::from(command)
    } else {
        PathBuf::from(exe)
    };
    Ok(Some((path, version)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_from_version_text() {
        let all = Mode::ALL.to_vec();
        assert_eq!(tessera_modes("tessera 0.1.0 (x86_64)\njit: on"), all);
        assert_eq!(tessera_modes("tessera 0.1.0 (x86_64)\njit: off\n"), all);
        assert_eq!(
            tessera_modes("tessera 0.1.0 (x)\njit: on (stencils 0123abcd from clang 19.1.7)"),
            all
        );
        let interpreted = vec![Mode::Off, Mode::Uops];
        assert_eq!(tessera_modes("tessera 0.1.0\njit: not built"), interpreted);
        assert_eq!(
            tessera_modes("tessera 0.1.0\njit: unavailable"),
            interpreted
        );
        assert_eq!(tessera_modes("tessera 0.1.0"), vec![Mode::Off]);
        assert_eq!(tessera_modes(""), vec![Mode::Off]);
    }

    #[test]
    fn interpreter_names() {
        assert_eq!(parse_wanted("tessera"), Ok(Wanted::AllTesseraModes));
        assert_eq!(
            parse_wanted("tessera-uops"),
            Ok(Wanted::Tessera(Mode::Uops))
        );
        assert_eq!(parse_wanted("python3"), Ok(Wanted::CPython));
        assert_eq!(parse_wanted("cpython"), Ok(Wanted::CPython));
        assert_eq!(parse_wanted("pypy"), Ok(Wanted::PyPy));
        assert_eq!(parse_wanted("python3.11"), Ok(Wanted::DebianCPython));
        assert!(
            parse_wanted("jython")
                .unwrap_err()
                .contains("unknown interpreter")
        );
    }

    #[test]
    fn column_order() {
        let mut kinds = vec![
            Kind::PyPy,
            Kind::CPython,
            Kind::Tessera(Mode::On),
            Kind::Tessera(Mode::Off),
        ];
        kinds.sort();
        assert_eq!(
            kinds,
            vec![
                Kind::Tessera(Mode::Off),
                Kind::Tessera(Mode::On),
                Kind::CPython,
                Kind::PyPy
            ]
        );
    }
}
