//! `release verify`: checks a release archive end to end, as a user would meet it: its
//! checksum against the `SHA256SUMS` beside it, its contents, what the binary says it
//! is, and that the JIT really compiles a hot loop.

use crate::archive_name::ArchiveName;
use crate::args::{Cursor, Parsed};
use crate::buildinfo::BuildInfo;
use crate::checksums;
use crate::run::{self, Job, Outcome};
use crate::scratch::ScratchDir;
use crate::unpack::unpack;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

pub const USAGE: &str = "\
usage: cargo run -p release -- verify ARCHIVE

Checks a release archive made by `release package`:
  - its SHA-256 matches its line in the SHA256SUMS file beside it;
  - it unpacks to tessera-<version>-<target>/ with the binary, README.md, LICENSE and
    a BUILDINFO naming the same version and target as the archive;
  - `tessera --version` prints `tessera <version> (<target>)` and then `jit: on`;
  - a hot loop run with TESSERA_JIT_STATS=1 prints the right sum and reports at least
    one compiled trace.
The binary must be able to run here, so verify an archive on its own target.

options:
  -h, --help     print this message

Exit status: 0 when every check passed, 1 at the first that failed (named on stderr).
";

/// A loop hot enough to be traced at any sane threshold, and its output under CPython.
const HOT_LOOP: &str = "total = 0\nfor i in range(100000):\n    total += i\nprint(total)\n";
const HOT_LOOP_OUTPUT: &str = "4999950000";

/// Generous: a debug-free release binary answers in milliseconds; this only stops a
/// hung binary from hanging the release.
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, PartialEq)]
pub struct Options {
    pub archive: PathBuf,
}

impl Options {
    pub fn parse(argv: &[String]) -> Result<Parsed<Options>, String> {
        let mut archive = None;
        let mut c = Cursor::new(argv);
        while let Some(arg) = c.next_option()? {
            match arg {
                "-h" | "--help" => return Ok(Parsed::Help),
                opt if opt.starts_with('-') => return Err(format!("unknown option '{opt}'")),
                path if archive.is_none() => archive = Some(PathBuf::from(path)),
                extra => return Err(format!("one archive at a time (also got '{extra}')")),
            }
        }
        Ok(Parsed::Run(Options {
            archive: archive.ok_or("which archive? (verify ARCHIVE)")?,
        }))
    }
}

pub fn main(opts: &Options) -> ExitCode {
    match verify(&opts.archive) {
        Ok(traces) => {
            println!(
                "{}: checksum, contents, version and JIT ok ({traces} trace(s) compiled)",
                opts.archive.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("release verify: {e}");
            ExitCode::from(1)
        }
    }
}

/// Runs every check; returns the number of traces the hot loop compiled.
pub fn verify(archive: &Path) -> Result<u64, String> {
    let file_name = archive
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("{} is not a file name", archive.display()))?;
    let name = ArchiveName::parse(&file_name)?;
    check_checksum(archive, &file_name)?;

    let scratch =
        ScratchDir::new("verify").map_err(|e| format!("cannot create a temporary folder: {e}"))?;
    unpack(archive, name.format, scratch.path())?;
    let top = scratch.path().join(name.stem());
    check_contents(&top, &name)?;

    let binary = top.join(name.binary_name());
    check_version(&binary, &name)?;
    check_jit_engages(&binary)
}

fn check_checksum(archive: &Path, file_name: &str) -> Result<(), String> {
    let sums_path = archive
        .parent()
        .unwrap_or(Path::new("."))
        .join(checksums::FILE_NAME);
    let sums = std::fs::read_to_string(&sums_path).map_err(|e| {
        format!(
            "cannot check {}: no readable {} beside it ({e})",
            archive.display(),
            sums_path.display()
        )
    })?;
    let listed = checksums::listed_hash(&sums, file_name).ok_or_else(|| {
        format!(
            "cannot check {}: {} has no line for {file_name}",
            archive.display(),
            sums_path.display()
        )
    })?;
    let actual = checksums::sha256_file(archive)
        .map_err(|e| format!("cannot read {}: {e}", archive.display()))?;
    if actual != listed {
        return Err(format!(
            "checksum mismatch for {}: {} lists {listed}, the file hashes to {actual}",
            archive.display(),
            sums_path.display()
        ));
    }
    Ok(())
}

fn check_contents(top: &Path, name: &ArchiveName) -> Result<(), String> {
    for file in [name.binary_name(), "README.md", "LICENSE", "BUILDINFO"] {
        if !top.join(file).is_file() {
            return Err(format!(
                "{} has no {}/{file}",
                name.file_name(),
                name.stem()
            ));
        }
    }
    let info = std::fs::read_to_string(top.join("BUILDINFO"))
        .map_err(|e| format!("cannot read BUILDINFO: {e}"))?;
    for (key, want) in [("version", &name.version), ("target", &name.target)] {
        let got = BuildInfo::field(&info, key);
        if got != Some(want.as_str()) {
            return Err(format!(
                "{}: BUILDINFO says {key} {}, the archive name says {want}",
                name.file_name(),
                got.unwrap_or("(missing)")
            ));
        }
    }
    Ok(())
}

fn check_version(binary: &Path, name: &ArchiveName) -> Result<(), String> {
    let out = run_binary(binary, &["--version"], &[])?;
    let mut lines = out.stdout.lines();
    let first = lines.next().unwrap_or("");
    let expected = format!("tessera {} ({})", name.version, name.target);
    if first != expected {
        return Err(format!(
            "`tessera --version` printed '{first}', expected '{expected}' (from the archive name {})",
            name.file_name()
        ));
    }
    let second = lines.next().unwrap_or("");
    if !second.starts_with("jit: on") {
        return Err(format!(
            "`tessera --version` says '{second}' on its second line, expected 'jit: on': \
             release binaries must be built with --features jit and a stencil set for {}",
            name.target
        ));
    }
    Ok(())
}

fn check_jit_engages(binary: &Path) -> Result<u64, String> {
    let out = run_binary(binary, &["-c", HOT_LOOP], &[("TESSERA_JIT_STATS", "1")])?;
    if out.stdout.trim() != HOT_LOOP_OUTPUT {
        return Err(format!(
            "the hot loop printed '{}', expected {HOT_LOOP_OUTPUT}",
            out.stdout.trim()
        ));
    }
    let stats = out
        .stderr
        .lines()
        .find(|l| l.starts_with("jit: traces="))
        .ok_or_else(|| {
            format!(
                "with TESSERA_JIT_STATS=1 the hot loop printed no 'jit: traces=N ...' line on stderr (stderr: '{}')",
                out.stderr.trim()
            )
        })?;
    let traces: u64 = stats["jit: traces=".len()..]
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("cannot read the trace count in '{stats}'"))?;
    if traces == 0 {
        return Err(format!(
            "the JIT compiled no trace for a loop of 100000 iterations ('{stats}')"
        ));
    }
    Ok(traces)
}

/// Runs the unpacked binary; anything but a clean exit is a failed check.
fn run_binary(binary: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<Outcome, String> {
    let job = Job {
        program: binary.to_owned(),
        args: args.iter().map(Into::into).collect(),
        env: env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        cwd: None,
    };
    let out = run_with_retry(&job)?;
    if !out.succeeded() {
        return Err(format!(
            "`{}` failed: {}",
            job.describe(),
            out.failure_summary(RUN_TIMEOUT)
        ));
    }
    Ok(out)
}

/// A file just written can be briefly "busy" for exec on Unix when another thread of
/// this process forks while the file is open (its child holds the descriptor until it
/// execs). That is a race of ours, not a fault of the archive, so try again briefly.
fn run_with_retry(job: &Job) -> Result<Outcome, String> {
    let mut attempts = 0;
    loop {
        match run::run(job, RUN_TIMEOUT) {
            Ok(out) => return Ok(out),
            Err(e) if e.kind() == io::ErrorKind::ExecutableFileBusy && attempts < 20 => {
                attempts += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => return Err(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::File;
    use crate::package::write_archive;

    fn parse(v: &[&str]) -> Result<Parsed<Options>, String> {
        let argv: Vec<String> = v.iter().map(|s| s.to_string()).collect();
        Options::parse(&argv)
    }

    #[test]
    fn options() {
        assert_eq!(
            parse(&["d/a.tar.gz"]),
            Ok(Parsed::Run(Options {
                archive: "d/a.tar.gz".into()
            }))
        );
        assert_eq!(parse(&["--help"]), Ok(Parsed::Help));
        assert!(parse(&[]).is_err());
        assert!(parse(&["a", "b"]).unwrap_err().contains("one archive"));
        assert!(parse(&["--x"]).unwrap_err().contains("--x"));
    }

    /// The host's target triple as rustc names it, so a fake archive for the host is
    /// named like a real one.
    fn host_target() -> String {
        let out = std::process::Command::new("rustc")
            .arg("-vV")
            .output()
            .expect("rustc -vV");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .find_map(|l| l.strip_prefix("host: "))
            .expect("rustc -vV names the host")
            .to_owned()
    }

    /// Packages `binary` as if it were tessera `version` for `target`.
    fn fake_package(out_dir: &Path, version: &str, target: &str, binary: &str) -> PathBuf {
        let name = ArchiveName::new(version, target);
        let info = BuildInfo {
            version: version.into(),
            target: target.into(),
            git_commit: "0000000".into(),
            rustc: "rustc 1.95.0".into(),
            stencil_set_hash: "none".into(),
            clang_version: "none".into(),
        };
        let files = [
            File {
                name: name.binary_name().into(),
                contents: binary.as_bytes().to_vec(),
                executable: true,
            },
            File {
                name: "README.md".into(),
                contents: b"# tessera\n".to_vec(),
                executable: false,
            },
            File {
                name: "LICENSE".into(),
                contents: b"MIT\n".to_vec(),
                executable: false,
            },
            File {
                name: "BUILDINFO".into(),
                contents: info.render().into_bytes(),
                executable: false,
            },
        ];
        write_archive(out_dir, &name, &files, 1_700_000_000).unwrap()
    }

    /// A shell script standing in for tessera: `--version` prints `version_text`, and
    /// anything else prints the hot loop's sum and a JIT statistics line.
    #[cfg(unix)]
    fn fake_tessera(version_text: &str, traces: u32) -> String {
        format!(
            "#!/bin/sh\nif [ \"$1\" = --version ]; then\n  printf '%s\\n' '{}'\n  exit 0\nfi\n\
             echo {HOT_LOOP_OUTPUT}\n\
             [ \"$TESSERA_JIT_STATS\" = 1 ] && echo 'jit: traces={traces} uops=9 code_bytes=512 mapped_bytes=4096 compile_us=10 side_exits=0 invalidations=0 freed=0' >&2\n\
             exit 0\n",
            version_text.replace('\n', "' '")
        )
    }

    #[test]
    fn tampered_archive_fails_its_checksum() {
        let out = ScratchDir::new("verify-tampered").unwrap();
        let archive = fake_package(out.path(), "0.1.0", "x86_64-unknown-linux-gnu", "x");
        let mut bytes = std::fs::read(&archive).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x01;
        std::fs::write(&archive, bytes).unwrap();
        let err = verify(&archive).unwrap_err();
        assert!(err.contains("checksum mismatch"), "{err}");
        assert!(
            err.contains("tessera-0.1.0-x86_64-unknown-linux-gnu.tar.gz"),
            "{err}"
        );
    }

    #[test]
    fn missing_checksums_are_named() {
        let out = ScratchDir::new("verify-nosums").unwrap();
        let archive = fake_package(out.path(), "0.1.0", "aarch64-pc-windows-msvc", "x");
        std::fs::write(out.path().join(checksums::FILE_NAME), "").unwrap();
        let err = verify(&archive).unwrap_err();
        assert!(
            err.contains("has no line for tessera-0.1.0-aarch64-pc-windows-msvc.zip"),
            "{err}"
        );
        std::fs::remove_file(out.path().join(checksums::FILE_NAME)).unwrap();
        let err = verify(&archive).unwrap_err();
        assert!(err.contains("SHA256SUMS"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_binary_that_passes_every_check() {
        let out = ScratchDir::new("verify-ok").unwrap();
        let target = host_target();
        let version = format!("tessera 0.1.0 ({target})\njit: on (stencils 9f86d0, clang 19.1.7)");
        let archive = fake_package(out.path(), "0.1.0", &target, &fake_tessera(&version, 3));
        assert_eq!(verify(&archive), Ok(3));
    }

    #[cfg(unix)]
    #[test]
    fn a_binary_reporting_another_target_fails() {
        let out = ScratchDir::new("verify-target").unwrap();
        let target = host_target();
        let script = fake_tessera("tessera 0.1.0 (riscv64gc-unknown-linux-gnu)\njit: on", 3);
        let archive = fake_package(out.path(), "0.1.0", &target, &script);
        let err = verify(&archive).unwrap_err();
        assert!(err.contains("riscv64gc-unknown-linux-gnu"), "{err}");
        assert!(
            err.contains(&format!("expected 'tessera 0.1.0 ({target})'")),
            "{err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_binary_without_the_jit_fails() {
        let out = ScratchDir::new("verify-nojit").unwrap();
        let target = host_target();
        let script = fake_tessera(&format!("tessera 0.1.0 ({target})\njit: not built"), 3);
        let archive = fake_package(out.path(), "0.1.0", &target, &script);
        let err = verify(&archive).unwrap_err();
        assert!(err.contains("expected 'jit: on'"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_jit_that_compiles_nothing_fails() {
        let out = ScratchDir::new("verify-notraces").unwrap();
        let target = host_target();
        let script = fake_tessera(&format!("tessera 0.1.0 ({target})\njit: on"), 0);
        let archive = fake_package(out.path(), "0.1.0", &target, &script);
        let err = verify(&archive).unwrap_err();
        assert!(err.contains("compiled no trace"), "{err}");
    }

    /// The real thing: package the host target with `release package` (a release build
    /// with the JIT) and verify it: checksum, version line, `jit: on`, a compiled trace.
    /// Packaging the same commit again gives the same bytes.
    #[test]
    fn packaged_host_build_verifies_and_is_reproducible() {
        let root = crate::workspace::root();
        let out = ScratchDir::new("verify-real").unwrap();
        let archive = crate::package::package(&root, &host_target(), out.path()).unwrap();
        verify(&archive).unwrap();
        let again = ScratchDir::new("verify-real-again").unwrap();
        let second = crate::package::package(&root, &host_target(), again.path()).unwrap();
        assert_eq!(
            std::fs::read(&archive).unwrap(),
            std::fs::read(&second).unwrap(),
            "two packages of one commit differ"
        );
    }
}
