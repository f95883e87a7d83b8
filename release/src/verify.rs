//! `release verify`: checks a release archive end to end, as a user would meet it: its
//! checksum, its contents (refusing anything a release never holds), what the binary says
//! it is, and that the JIT really compiles a hot loop. Archives from `release package` and
//! from cargo-dist (the ones users download) have one naming and checksum scheme, so the
//! same checks run on both.

use crate::archive_name::ArchiveName;
use crate::args::{Cursor, Parsed};
use crate::buildinfo::{BuildInfo, StencilSet};
use crate::checksums;
use crate::glibc;
use crate::run::{self, Job, Outcome};
use crate::scratch::ScratchDir;
use crate::stencil_target::stencil_set_for;
use crate::unpack::{self, unpack};
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

pub const USAGE: &str = "\
usage: cargo run -p release -- verify [--sha256 HEX] [--max-glibc X.Y] ARCHIVE

Checks a release archive tessera-<target>.tar.gz (or .zip), as `release package` and
cargo-dist both make it:
  - its SHA-256 equals HEX when --sha256 is given, and the line for it in every checksum
    file beside it (<archive>.sha256, sha256.sum); without --sha256 at least one must exist;
  - it holds exactly the binary, README.md, LICENSE and BUILDINFO (under tessera-<target>/
    for .tar.gz), plain files with sane modes and sizes: links, devices, FIFOs, other
    names and oversized entries are refused before anything is written;
  - BUILDINFO names the target, and its stencil set hash is the one in
    targets/<set>/manifest.txt and in `tessera --version`;
  - with --max-glibc, the binary needs no GLIBC_ symbol version newer than X.Y;
  - `tessera --version` prints `tessera <version> (<target>)` and then `jit: on`;
  - a hot loop run with TESSERA_JIT_STATS=1 prints the right sum and reports at least
    one compiled trace.
The binary runs with a clean environment (no TESSERA_* settings of the caller), so it must
be able to run here: verify an archive on its own target.

options:
  --sha256 HEX   the archive's expected SHA-256 (64 hex digits), e.g. from a release page
  --max-glibc X.Y
                 the oldest glibc the (Linux) binary must run on
  -h, --help     print this message

Exit status: 0 when every check passed, 1 at the first that failed (named on stderr).
";

/// A loop hot enough to be traced at any sane threshold, and its output under CPython.
const HOT_LOOP: &str = "total = 0\nfor i in range(100000):\n    total += i\nprint(total)\n";
const HOT_LOOP_OUTPUT: &str = "4999950000";

/// Generous: a debug-free release binary answers in milliseconds; this only stops a
/// hung binary from hanging the release.
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

/// The only variables the binary under test sees: enough for a process to start on each
/// OS, nothing that could change what tessera does.
const PASSED_ENV: &[&str] = &["PATH", "SystemRoot", "SYSTEMROOT", "TEMP", "TMP", "TMPDIR"];

#[derive(Debug, PartialEq)]
pub struct Options {
    pub archive: PathBuf,
    pub sha256: Option<String>,
    pub max_glibc: Option<(u32, u32)>,
}

impl Options {
    pub fn parse(argv: &[String]) -> Result<Parsed<Options>, String> {
        let (mut archive, mut sha256, mut max_glibc) = (None, None, None);
        let mut c = Cursor::new(argv);
        while let Some(arg) = c.next_option()? {
            match arg {
                "-h" | "--help" => return Ok(Parsed::Help),
                "--sha256" => {
                    let hex = c.value(arg)?;
                    if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                        return Err(format!("--sha256 expects 64 hex digits, got '{hex}'"));
                    }
                    sha256 = Some(hex.to_ascii_lowercase());
                }
                "--max-glibc" => {
                    let raw = c.value(arg)?;
                    max_glibc = Some(
                        glibc::parse_version(raw)
                            .ok_or_else(|| format!("--max-glibc expects X.Y, got '{raw}'"))?,
                    );
                }
                opt if opt.starts_with('-') => return Err(format!("unknown option '{opt}'")),
                path if archive.is_none() => archive = Some(PathBuf::from(path)),
                extra => return Err(format!("one archive at a time (also got '{extra}')")),
            }
        }
        Ok(Parsed::Run(Options {
            archive: archive.ok_or("which archive? (verify ARCHIVE)")?,
            sha256,
            max_glibc,
        }))
    }
}

pub fn main(opts: &Options) -> ExitCode {
    let root = crate::workspace::root();
    match verify(&root, &opts.archive, opts.sha256.as_deref(), opts.max_glibc) {
        Ok(traces) => {
            println!(
                "{}: checksum, contents, stencil set, version and JIT ok ({traces} trace(s) compiled)",
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

/// Runs every check against the stencil manifests of the repository at `root`; returns
/// the number of traces the hot loop compiled.
pub fn verify(
    root: &Path,
    archive: &Path,
    sha256: Option<&str>,
    max_glibc: Option<(u32, u32)>,
) -> Result<u64, String> {
    let file_name = archive
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("{} is not a file name", archive.display()))?;
    let name = ArchiveName::parse(&file_name)?;
    check_archive_file(archive)?;
    check_checksum(archive, &name, sha256)?;

    let scratch =
        ScratchDir::new("verify").map_err(|e| format!("cannot create a temporary folder: {e}"))?;
    unpack(archive, &name, scratch.path())?;
    let top = scratch.path();
    let info = std::fs::read_to_string(top.join("BUILDINFO"))
        .map_err(|e| format!("cannot read BUILDINFO: {e}"))?;
    let facts = check_buildinfo(root, &info, &name)?;

    let binary = top.join(name.binary_name());
    if let Some(max) = max_glibc {
        check_glibc(&binary, max)?;
    }
    check_version(&binary, &name, &facts)?;
    check_jit_engages(&binary)
}

fn check_glibc(binary: &Path, max: (u32, u32)) -> Result<(), String> {
    let data = std::fs::read(binary).map_err(|e| format!("cannot read the binary: {e}"))?;
    match glibc::newest_glibc(&data)? {
        Some(v) if v > max => Err(format!(
            "the binary needs GLIBC_{}.{}, newer than the promised glibc {}.{}",
            v.0, v.1, max.0, max.1
        )),
        _ => Ok(()),
    }
}

/// A FIFO or device "archive" would block or never end; only a regular file is hashed.
fn check_archive_file(archive: &Path) -> Result<(), String> {
    let meta = std::fs::metadata(archive)
        .map_err(|e| format!("cannot read {}: {e}", archive.display()))?;
    if !meta.is_file() {
        return Err(format!("{} is not a regular file", archive.display()));
    }
    if meta.len() > unpack::MAX_ARCHIVE_BYTES {
        return Err(format!(
            "{} is {} bytes, larger than any release archive may be",
            archive.display(),
            meta.len()
        ));
    }
    Ok(())
}

fn check_checksum(archive: &Path, name: &ArchiveName, given: Option<&str>) -> Result<(), String> {
    let actual = checksums::sha256_file(archive)
        .map_err(|e| format!("cannot read {}: {e}", archive.display()))?;
    let mismatch = |source: &str, listed: &str| {
        format!(
            "checksum mismatch for {}: {source} says {listed}, the file hashes to {actual}",
            archive.display()
        )
    };
    if let Some(want) = given
        && want != actual
    {
        return Err(mismatch("--sha256", want));
    }
    let folder = archive.parent().unwrap_or(Path::new("."));
    let mut checked = given.is_some();
    for sums_name in [name.checksum_file_name(), checksums::FILE_NAME.to_owned()] {
        let sums_path = folder.join(&sums_name);
        let Some(sums) = checksums::read_checksum_file(&sums_path)? else {
            continue;
        };
        let listed = checksums::listed_hash(&sums, &name.file_name()).ok_or_else(|| {
            format!(
                "cannot check {}: {} has no line for {}",
                archive.display(),
                sums_path.display(),
                name.file_name()
            )
        })?;
        if listed != actual {
            return Err(mismatch(&sums_path.display().to_string(), &listed));
        }
        checked = true;
    }
    if !checked {
        return Err(format!(
            "cannot check {}: no --sha256 and no readable {} or {} beside it",
            archive.display(),
            name.checksum_file_name(),
            checksums::FILE_NAME
        ));
    }
    Ok(())
}

/// What BUILDINFO promises, for the checks against the binary.
struct Facts {
    version: String,
    stencil_set_hash: String,
    clang_version: String,
}

fn check_buildinfo(root: &Path, info: &str, name: &ArchiveName) -> Result<Facts, String> {
    let field = |key: &str| {
        BuildInfo::field(info, key)
            .map(str::to_owned)
            .ok_or_else(|| format!("{}: BUILDINFO has no '{key}'", name.file_name()))
    };
    let target = field("target")?;
    if target != name.target {
        return Err(format!(
            "{}: BUILDINFO says target {target}, the archive name says {}",
            name.file_name(),
            name.target
        ));
    }
    let facts = Facts {
        version: field("version")?,
        stencil_set_hash: field("stencil set hash")?,
        clang_version: field("clang version")?,
    };
    let set_name = stencil_set_for(&name.target);
    let set = StencilSet::of_target(root, &set_name)?;
    if set.hash != facts.stencil_set_hash {
        return Err(format!(
            "{}: BUILDINFO's stencil set hash {} is not targets/{set_name}/manifest.txt's {}",
            name.file_name(),
            facts.stencil_set_hash,
            set.hash
        ));
    }
    Ok(facts)
}

fn check_version(binary: &Path, name: &ArchiveName, facts: &Facts) -> Result<(), String> {
    let out = run_binary(binary, &["--version"], &[])?;
    let mut lines = out.stdout.lines();
    let first = lines.next().unwrap_or("");
    let expected = format!("tessera {} ({})", facts.version, name.target);
    if first != expected {
        return Err(format!(
            "`tessera --version` printed '{first}', expected '{expected}' (from BUILDINFO and the archive name {})",
            name.file_name()
        ));
    }
    let second = lines.next().unwrap_or("");
    let Some(detail) = second.strip_prefix("jit: on") else {
        return Err(format!(
            "`tessera --version` says '{second}' on its second line, expected 'jit: on': \
             release binaries must be built with --features jit and a stencil set for {}",
            name.target
        ));
    };
    // `jit: on (stencils <hash prefix> from clang <version>)`
    let (shown_hash, shown_clang) = detail
        .trim()
        .strip_prefix("(stencils ")
        .and_then(|rest| rest.strip_suffix(')'))
        .and_then(|rest| rest.split_once(" from clang "))
        .ok_or_else(|| {
            format!("`tessera --version` names no stencil set and clang in '{second}'")
        })?;
    if shown_hash.len() < 16 || !facts.stencil_set_hash.starts_with(shown_hash) {
        return Err(format!(
            "`tessera --version` carries stencil set {shown_hash}, BUILDINFO says {}",
            facts.stencil_set_hash
        ));
    }
    if shown_clang != facts.clang_version {
        return Err(format!(
            "`tessera --version` says clang {shown_clang}, BUILDINFO says {}",
            facts.clang_version
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

/// Runs the unpacked binary with a clean environment plus `env`; anything but a clean exit
/// is a failed check.
fn run_binary(binary: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<Outcome, String> {
    let mut vars: Vec<(String, String)> = PASSED_ENV
        .iter()
        .filter_map(|k| std::env::var(k).ok().map(|v| (k.to_string(), v)))
        .collect();
    vars.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let job = Job {
        program: binary.to_owned(),
        args: args.iter().map(Into::into).collect(),
        env: vars,
        cwd: None,
        clear_env: true,
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
    use std::time::Instant;

    const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    fn parse(v: &[&str]) -> Result<Parsed<Options>, String> {
        let argv: Vec<String> = v.iter().map(|s| s.to_string()).collect();
        Options::parse(&argv)
    }

    #[test]
    fn options() {
        assert_eq!(
            parse(&["d/a.tar.gz"]),
            Ok(Parsed::Run(Options {
                archive: "d/a.tar.gz".into(),
                sha256: None,
                max_glibc: None,
            }))
        );
        assert_eq!(
            parse(&[
                "--sha256",
                &HASH.to_uppercase(),
                "--max-glibc=2.28",
                "a.zip"
            ]),
            Ok(Parsed::Run(Options {
                archive: "a.zip".into(),
                sha256: Some(HASH.into()),
                max_glibc: Some((2, 28)),
            }))
        );
        assert!(
            parse(&["--sha256=abc", "a.zip"])
                .unwrap_err()
                .contains("64 hex")
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

    /// A repository root whose manifest for `target`'s stencil set records `HASH`.
    fn fake_root(target: &str) -> ScratchDir {
        let root = ScratchDir::new("verify-root").unwrap();
        let dir = root.path().join("targets").join(stencil_set_for(target));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("manifest.txt"),
            format!("stencil_set_hash = {HASH}\nclang_version = 19.1.7\n"),
        )
        .unwrap();
        root
    }

    fn info(target: &str, hash: &str) -> BuildInfo {
        BuildInfo {
            version: "0.1.0".into(),
            target: target.into(),
            git_commit: "0000000".into(),
            dirty: false,
            rustc: "rustc 1.95.0".into(),
            stencil_set_hash: hash.into(),
            clang_version: "19.1.7".into(),
        }
    }

    fn files(target: &str, binary: &str, info: &BuildInfo) -> Vec<File> {
        let name = ArchiveName::new(target);
        vec![
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
        ]
    }

    /// Packages `binary` as if it were tessera 0.1.0 for `target`.
    fn fake_package(out_dir: &Path, target: &str, binary: &str) -> PathBuf {
        let name = ArchiveName::new(target);
        let files = files(target, binary, &info(target, HASH));
        write_archive(out_dir, &name, &files, 1_700_000_000).unwrap()
    }

    /// A shell script standing in for tessera: `--version` prints `version_text`, and
    /// anything else prints the hot loop's sum and a JIT statistics line. It fails if it
    /// sees any variable of the caller's (HOME, or a TESSERA_ setting verify did not set).
    #[cfg(unix)]
    fn fake_tessera(version_text: &str, traces: u32) -> String {
        format!(
            "#!/bin/sh\nif env | grep -v '^TESSERA_JIT_STATS=' | grep -q '^TESSERA_\\|^HOME='; then\n  echo leaked environment >&2\n  exit 3\nfi\n\
             if [ \"$1\" = --version ]; then\n  printf '%s\\n' '{}'\n  exit 0\nfi\n\
             echo {HOT_LOOP_OUTPUT}\n\
             [ \"$TESSERA_JIT_STATS\" = 1 ] && echo 'jit: traces={traces} uops=9 code_bytes=512 mapped_bytes=4096 compile_us=10 side_exits=0 invalidations=0 freed=0' >&2\n\
             exit 0\n",
            version_text.replace('\n', "' '")
        )
    }

    #[cfg(unix)]
    fn good_version(target: &str) -> String {
        format!(
            "tessera 0.1.0 ({target})\njit: on (stencils {} from clang 19.1.7)",
            &HASH[..16]
        )
    }

    #[test]
    fn tampered_archive_fails_its_checksum() {
        let out = ScratchDir::new("verify-tampered").unwrap();
        let target = "x86_64-unknown-linux-gnu";
        let root = fake_root(target);
        let archive = fake_package(out.path(), target, "x");
        let mut bytes = std::fs::read(&archive).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x01;
        std::fs::write(&archive, bytes).unwrap();
        let err = verify(root.path(), &archive, None, None).unwrap_err();
        assert!(err.contains("checksum mismatch"), "{err}");
        assert!(
            err.contains("tessera-x86_64-unknown-linux-gnu.tar.gz"),
            "{err}"
        );
    }

    #[test]
    fn checksums_come_from_the_command_line_or_either_file() {
        let out = ScratchDir::new("verify-nosums").unwrap();
        let target = "aarch64-pc-windows-msvc";
        let root = fake_root(target);
        let archive = fake_package(out.path(), target, "x");
        let own = out
            .path()
            .join("tessera-aarch64-pc-windows-msvc.zip.sha256");
        std::fs::write(out.path().join(checksums::FILE_NAME), "").unwrap();
        let err = verify(root.path(), &archive, None, None).unwrap_err();
        assert!(
            err.contains("has no line for tessera-aarch64-pc-windows-msvc.zip"),
            "{err}"
        );
        std::fs::remove_file(out.path().join(checksums::FILE_NAME)).unwrap();
        std::fs::remove_file(&own).unwrap();
        let err = verify(root.path(), &archive, None, None).unwrap_err();
        assert!(err.contains("no --sha256"), "{err}");
        let wrong = "0".repeat(64);
        let err = verify(root.path(), &archive, Some(&wrong), None).unwrap_err();
        assert!(err.contains("--sha256 says 0000"), "{err}");
        // The right digest gets past the checksum (to the binary, which cannot run here).
        let right = checksums::sha256_file(&archive).unwrap();
        let err = verify(root.path(), &archive, Some(&right), None).unwrap_err();
        assert!(!err.contains("checksum"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_checksum_file_is_refused_at_once() {
        let out = ScratchDir::new("verify-fifo").unwrap();
        let target = "x86_64-unknown-linux-gnu";
        let root = fake_root(target);
        let archive = fake_package(out.path(), target, "x");
        let sums = out.path().join(checksums::FILE_NAME);
        std::fs::remove_file(&sums).unwrap();
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&sums)
                .status()
                .unwrap()
                .success()
        );
        let started = Instant::now();
        let err = verify(root.path(), &archive, None, None).unwrap_err();
        assert!(err.contains("not a regular file"), "{err}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[cfg(unix)]
    #[test]
    fn a_binary_that_passes_every_check() {
        let out = ScratchDir::new("verify-ok").unwrap();
        let target = host_target();
        let root = fake_root(&target);
        let script = fake_tessera(&good_version(&target), 3);
        let archive = fake_package(out.path(), &target, &script);
        assert_eq!(verify(root.path(), &archive, None, None), Ok(3));
        let digest = checksums::sha256_file(&archive).unwrap();
        assert_eq!(verify(root.path(), &archive, Some(&digest), None), Ok(3));
    }

    #[cfg(unix)]
    #[test]
    fn stencil_hashes_must_agree() {
        let target = host_target();
        let root = fake_root(&target);
        // BUILDINFO names another set than the manifest.
        let out = ScratchDir::new("verify-hash").unwrap();
        let name = ArchiveName::new(&target);
        let other = "1".repeat(64);
        let script = fake_tessera(&good_version(&target), 3);
        let files = files(&target, &script, &info(&target, &other));
        let archive = write_archive(out.path(), &name, &files, 1).unwrap();
        let err = verify(root.path(), &archive, None, None).unwrap_err();
        assert!(err.contains("manifest.txt's 9f86"), "{err}");
        // The binary carries another set than BUILDINFO.
        let out = ScratchDir::new("verify-hash2").unwrap();
        let version = format!(
            "tessera 0.1.0 ({target})\njit: on (stencils 1111111111111111 from clang 19.1.7)"
        );
        let archive = fake_package(out.path(), &target, &fake_tessera(&version, 3));
        let err = verify(root.path(), &archive, None, None).unwrap_err();
        assert!(err.contains("carries stencil set 1111"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_binary_reporting_another_target_fails() {
        let out = ScratchDir::new("verify-target").unwrap();
        let target = host_target();
        let root = fake_root(&target);
        let script = fake_tessera("tessera 0.1.0 (riscv64gc-unknown-linux-gnu)\njit: on", 3);
        let archive = fake_package(out.path(), &target, &script);
        let err = verify(root.path(), &archive, None, None).unwrap_err();
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
        let root = fake_root(&target);
        let script = fake_tessera(&format!("tessera 0.1.0 ({target})\njit: not built"), 3);
        let archive = fake_package(out.path(), &target, &script);
        let err = verify(root.path(), &archive, None, None).unwrap_err();
        assert!(err.contains("expected 'jit: on'"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_jit_that_compiles_nothing_fails() {
        let out = ScratchDir::new("verify-notraces").unwrap();
        let target = host_target();
        let root = fake_root(&target);
        let archive = fake_package(
            out.path(),
            &target,
            &fake_tessera(&good_version(&target), 0),
        );
        let err = verify(root.path(), &archive, None, None).unwrap_err();
        assert!(err.contains("compiled no trace"), "{err}");
    }

    /// One raw tar entry, with a name written byte for byte (the tar crate's own setters
    /// refuse `..` and absolute paths, which is exactly what these tests need to write).
    struct Raw {
        name: String,
        kind: tar::EntryType,
        mode: u32,
        data: &'static [u8],
        /// A size to claim in the header instead of the data's.
        claimed: Option<u64>,
        link: Option<&'static str>,
    }

    fn raw(name: &str, kind: tar::EntryType, data: &'static [u8]) -> Raw {
        Raw {
            name: name.to_owned(),
            kind,
            mode: if kind == tar::EntryType::Directory {
                0o755
            } else {
                0o644
            },
            data,
            claimed: None,
            link: None,
        }
    }

    /// Writes `entries` as tessera-<host>.tar.gz with its checksum files beside it.
    fn hostile_tar(out: &Path, target: &str, entries: &[Raw]) -> PathBuf {
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let mut tar = tar::Builder::new(gz);
        for e in entries {
            let mut h = tar::Header::new_ustar();
            h.set_entry_type(e.kind);
            h.set_mode(e.mode);
            h.set_size(e.claimed.unwrap_or(e.data.len() as u64));
            if let Some(link) = e.link {
                h.set_link_name(link).unwrap();
            }
            let bytes = h.as_mut_bytes();
            bytes[..100].fill(0);
            bytes[..e.name.len()].copy_from_slice(e.name.as_bytes());
            h.set_cksum();
            tar.append(&h, e.data).unwrap();
        }
        let bytes = tar.into_inner().unwrap().finish().unwrap();
        let path = out.join(ArchiveName::new(target).file_name());
        std::fs::write(&path, bytes).unwrap();
        checksums::write_for_folder(out).unwrap();
        path
    }

    /// Every way an archive can smuggle something in is refused, within seconds, and
    /// nothing lands outside verify's own temporary folder.
    #[test]
    fn hostile_archives_are_refused() {
        use tar::EntryType::{Block, Char, Directory, Fifo, Link, Regular, Symlink};
        // Every one is refused before anything would run, so any .tar.gz target will do,
        // on any host.
        let target = "x86_64-unknown-linux-gnu".to_owned();
        let root = fake_root(&target);
        let top = format!("tessera-{target}");
        let file = |f: &str| format!("{top}/{f}");
        let (bin, readme, license, buildinfo) = (
            file("tessera"),
            file("README.md"),
            file("LICENSE"),
            file("BUILDINFO"),
        );
        let info = info(&target, HASH).render();
        let info: &'static [u8] = Box::leak(info.into_bytes().into_boxed_slice());
        let good = |name: &str| -> Raw {
            let mut r = raw(name, Regular, b"x\n");
            if name.ends_with("/tessera") {
                r.mode = 0o755;
            }
            if name.ends_with("/BUILDINFO") {
                r.data = info;
            }
            r
        };
        let escape = ScratchDir::new("verify-escape").unwrap();
        let escape_name = format!("{}/pwned", escape.path().display());
        let cases: Vec<(&str, Vec<Raw>, &str)> = vec![
            (
                "symlinked binary",
                vec![
                    raw(&top, Directory, b""),
                    Raw {
                        link: Some("/bin/sh"),
                        mode: 0o755,
                        ..raw(&bin, Symlink, b"")
                    },
                    good(&readme),
                    good(&license),
                    good(&buildinfo),
                ],
                "Symlink",
            ),
            (
                "hardlinked binary",
                vec![
                    good(&readme),
                    Raw {
                        link: Some("/bin/sh"),
                        mode: 0o755,
                        ..raw(&bin, Link, b"")
                    },
                ],
                "Link",
            ),
            ("parent path", vec![good("../x")], "unexpected entry '../x'"),
            (
                "absolute path",
                vec![good(&escape_name)],
                "unexpected entry '/",
            ),
            (
                "extra file",
                vec![good(&bin), good(&file("extra"))],
                "unexpected entry",
            ),
            ("FIFO", vec![raw(&file("fifo"), Fifo, b"")], "Fifo"),
            ("device", vec![raw(&bin, Char, b"")], "Char"),
            ("block device", vec![raw(&bin, Block, b"")], "Block"),
            (
                "2 GiB binary",
                vec![Raw {
                    claimed: Some(2 << 30),
                    mode: 0o755,
                    ..raw(&bin, Regular, b"")
                }],
                "past the limit",
            ),
            (
                "setuid binary",
                vec![Raw {
                    mode: 0o4755,
                    ..good(&bin)
                }],
                "has mode 4755",
            ),
            (
                "world-writable file",
                vec![Raw {
                    mode: 0o666,
                    ..good(&readme)
                }],
                "has mode 666",
            ),
            ("twice", vec![good(&readme), good(&readme)], "appears twice"),
            (
                "setgid folder, with the type bits some writers keep",
                vec![Raw {
                    mode: 0o42755,
                    ..raw(&top, Directory, b"")
                }],
                "has mode 2755",
            ),
            (
                "missing file",
                vec![good(&bin), good(&readme), good(&license)],
                "has no",
            ),
            ("empty", vec![], "has no"),
        ];
        for (what, entries, expected) in cases {
            let out = ScratchDir::new("verify-hostile").unwrap();
            let archive = hostile_tar(out.path(), &target, &entries);
            let started = Instant::now();
            let err = verify(root.path(), &archive, None, None).unwrap_err();
            assert!(err.contains(expected), "{what}: {err}");
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "{what} took long"
            );
        }
        assert!(!escape.path().join("pwned").exists());
    }

    #[test]
    fn hostile_zips_are_refused() {
        use std::io::Write;
        use zip::write::SimpleFileOptions;
        let target = "x86_64-pc-windows-msvc";
        let root = fake_root(target);
        let opts = SimpleFileOptions::default();
        type Build = fn(&mut zip::ZipWriter<std::io::Cursor<Vec<u8>>>, SimpleFileOptions);
        let cases: [(&str, Build, &str); 4] = [
            (
                "symlink",
                |z, o| {
                    z.add_symlink("tessera.exe", "C:/Windows/notepad.exe", o)
                        .unwrap()
                },
                "symlink",
            ),
            (
                "parent path",
                |z, o| {
                    z.start_file("../x", o).unwrap();
                    z.write_all(b"x").unwrap();
                },
                "unexpected entry '../x'",
            ),
            (
                "folder",
                |z, o| {
                    z.add_directory("tessera-x86_64-pc-windows-msvc/", o)
                        .unwrap()
                },
                "not a plain file",
            ),
            (
                "extra file",
                |z, o| {
                    z.start_file("evil.dll", o).unwrap();
                    z.write_all(b"x").unwrap();
                },
                "unexpected entry 'evil.dll'",
            ),
        ];
        for (what, build, expected) in cases {
            let out = ScratchDir::new("verify-zip").unwrap();
            let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            build(&mut z, opts);
            let bytes = z.finish().unwrap().into_inner();
            let archive = out.path().join(ArchiveName::new(target).file_name());
            std::fs::write(&archive, bytes).unwrap();
            checksums::write_for_folder(out.path()).unwrap();
            let err = verify(root.path(), &archive, None, None).unwrap_err();
            assert!(err.contains(expected), "{what}: {err}");
        }
    }

    /// The real thing: package the host target with `release package` (a release build
    /// with the JIT) and verify it: checksum, stencil set, version line, `jit: on`, a
    /// compiled trace. Packaging the same commit again gives the same bytes.
    #[test]
    fn packaged_host_build_verifies_and_is_reproducible() {
        let root = crate::workspace::root();
        let out = ScratchDir::new("verify-real").unwrap();
        let archive = crate::package::package(&root, &host_target(), out.path()).unwrap();
        verify(&root, &archive, None, None).unwrap();
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        {
            let err = verify(&root, &archive, None, Some((2, 0))).unwrap_err();
            assert!(err.contains("needs GLIBC_2."), "{err}");
        }
        let again = ScratchDir::new("verify-real-again").unwrap();
        let second = crate::package::package(&root, &host_target(), again.path()).unwrap();
        assert_eq!(
            std::fs::read(&archive).unwrap(),
            std::fs::read(&second).unwrap(),
            "two packages of one commit differ"
        );
    }
}
