//! `release package`: builds tessera for one target with the JIT and packs it, with its
//! README, LICENSE and BUILDINFO, into a reproducible archive named and checksummed as
//! cargo-dist names and checksums the archives it publishes.

use crate::archive::{self, File};
use crate::archive_name::ArchiveName;
use crate::args::{Cursor, Parsed};
use crate::buildinfo::{BuildInfo, StencilSet};
use crate::checksums;
use crate::remap::Remap;
use crate::source_date;
use crate::stencil_target::stencil_set_for;
use crate::workspace;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use xshell::{Shell, cmd};

pub const USAGE: &str = "\
usage: cargo run -p release -- package --target T --out-dir D

Builds `cargo build --release --features jit --target T -p tessera` and writes
D/tessera-<T>.tar.gz holding, under the folder tessera-<T>/, the binary, README.md,
LICENSE and BUILDINFO (version, target, git commit, whether the tree was dirty, the
rustc that built it, stencil set hash and clang version); for Windows targets
D/tessera-<T>.zip with the same files at its top. Then writes D/<archive>.sha256 and
rewrites D/sha256.sum to cover every archive in D (cargo-dist's names and format).

The archive is reproducible: sorted entries, owner root, modes 0755/0644, every
timestamp set to SOURCE_DATE_EPOCH when it is set, else to the time of the commit, and
the checkout, cargo's registry, the target folder and the toolchain remapped to fixed
paths, so two clones at different paths give the same bytes.

options:
  --target T     Rust target triple to build for (its toolchain must be installed)
  --out-dir D    folder for the archive and SHA256SUMS (created if missing)
  -h, --help     print this message
";

#[derive(Debug, PartialEq)]
pub struct Options {
    pub target: String,
    pub out_dir: PathBuf,
}

impl Options {
    pub fn parse(argv: &[String]) -> Result<Parsed<Options>, String> {
        let (mut target, mut out_dir) = (None, None);
        let mut c = Cursor::new(argv);
        while let Some(opt) = c.next_option()? {
            match opt {
                "-h" | "--help" => return Ok(Parsed::Help),
                "--target" => target = Some(c.value(opt)?.to_owned()),
                "--out-dir" => out_dir = Some(PathBuf::from(c.value(opt)?)),
                other => return Err(format!("unknown option '{other}'")),
            }
        }
        Ok(Parsed::Run(Options {
            target: target.ok_or("--target is required")?,
            out_dir: out_dir.ok_or("--out-dir is required")?,
        }))
    }
}

pub fn main(opts: &Options) -> ExitCode {
    match package(&workspace::root(), &opts.target, &opts.out_dir) {
        Ok(archive) => {
            println!("{}", archive.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("release package: {e}");
            ExitCode::from(1)
        }
    }
}

/// Builds and packs `target`; returns the archive's path.
pub fn package(root: &Path, target: &str, out_dir: &Path) -> Result<PathBuf, String> {
    let sh = Shell::new().map_err(|e| e.to_string())?;
    sh.change_dir(root);
    let name = ArchiveName::new(target);

    let cargo = workspace::cargo();
    let rustc = workspace::rustc();
    let remap = Remap::for_build(&sh, root, &rustc)?;
    eprintln!("building: cargo build --release --features jit --target {target} -p tessera");
    cmd!(
        sh,
        "{cargo} build --release --locked --features jit --target {target} -p tessera"
    )
    .env("CARGO_ENCODED_RUSTFLAGS", remap.encoded_rustflags())
    .env("CFLAGS", remap.cflags(target))
    .run()
    .map_err(|e| format!("building tessera for {target} failed: {e}"))?;
    let binary_path = workspace::target_dir(root)
        .join(target)
        .join("release")
        .join(name.binary_name());
    let binary = read(&binary_path)?;

    let info = build_info(&sh, root, target, &rustc)?;
    let mtime = source_date::resolve(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(), || {
        commit_time(&sh)
    })?;
    let files = vec![
        File {
            name: name.binary_name().to_owned(),
            contents: binary,
            executable: true,
        },
        File {
            name: "README.md".into(),
            contents: read(&root.join("README.md"))?,
            executable: false,
        },
        File {
            name: "LICENSE".into(),
            contents: read(&root.join("LICENSE"))?,
            executable: false,
        },
        File {
            name: "BUILDINFO".into(),
            contents: info.render().into_bytes(),
            executable: false,
        },
    ];
    write_archive(out_dir, &name, &files, mtime)
}

/// What BUILDINFO says about a build of `target` from the checkout at `root` with `rustc`.
pub fn build_info(
    sh: &Shell,
    root: &Path,
    target: &str,
    rustc: &std::ffi::OsStr,
) -> Result<BuildInfo, String> {
    let stencils = StencilSet::of_target(root, &stencil_set_for(target))?;
    let (git_commit, dirty) = git_commit(sh)?;
    Ok(BuildInfo {
        version: workspace::package_version(root)?,
        target: target.to_owned(),
        git_commit,
        dirty,
        rustc: rustc_version(sh, rustc)?,
        stencil_set_hash: stencils.hash,
        clang_version: stencils.clang_version,
    })
}

/// Writes `out_dir/<name>` and its checksum files. Separate from the build so tests can
/// package files of their choosing.
pub fn write_archive(
    out_dir: &Path,
    name: &ArchiveName,
    files: &[File],
    mtime: u64,
) -> Result<PathBuf, String> {
    std::fs::create_dir_all(out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let bytes = archive::write(name.format, &name.stem(), files, mtime)
        .map_err(|e| format!("cannot build {}: {e}", name.file_name()))?;
    let path = out_dir.join(name.file_name());
    std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    checksums::write_for_folder(out_dir)?;
    Ok(path)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

pub(crate) fn query(sh: &Shell, program: &str, args: &[&str]) -> Result<String, String> {
    cmd!(sh, "{program} {args...}")
        .read()
        .map_err(|e| format!("cannot run {program}: {e}"))
}

/// The rustc that builds the binary (the one beside the cargo running us), as
/// `rustc <version> (<hash> <date>), host <triple>`.
fn rustc_version(sh: &Shell, rustc: &std::ffi::OsStr) -> Result<String, String> {
    let text = cmd!(sh, "{rustc} -vV")
        .read()
        .map_err(|e| format!("cannot run {}: {e}", rustc.to_string_lossy()))?;
    let first = text.lines().next().unwrap_or_default();
    let host = text
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .unwrap_or("unknown");
    Ok(format!("{first}, host {host}"))
}

/// HEAD's hash, with git's `-dirty` suffix when tracked files differ from it, and whether
/// they do, so an archive built from uncommitted changes says so.
fn git_commit(sh: &Shell) -> Result<(String, bool), String> {
    let commit = query(sh, "git", &["rev-parse", "HEAD"])?;
    let changes = query(
        sh,
        "git",
        &["status", "--porcelain", "--untracked-files=no"],
    )?;
    Ok(if changes.is_empty() {
        (commit, false)
    } else {
        (format!("{commit}-dirty"), true)
    })
}

fn commit_time(sh: &Shell) -> Result<u64, String> {
    let raw = query(sh, "git", &["log", "-1", "--format=%ct"])?;
    raw.parse()
        .map_err(|_| format!("git log -1 --format=%ct printed '{raw}', not a time"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(v: &[&str]) -> Result<Parsed<Options>, String> {
        let argv: Vec<String> = v.iter().map(|s| s.to_string()).collect();
        Options::parse(&argv)
    }

    #[test]
    fn options() {
        assert_eq!(
            parse(&["--target", "aarch64-apple-darwin", "--out-dir=d"]),
            Ok(Parsed::Run(Options {
                target: "aarch64-apple-darwin".into(),
                out_dir: "d".into()
            }))
        );
        assert_eq!(parse(&["-h"]), Ok(Parsed::Help));
        assert!(parse(&["--out-dir", "d"]).unwrap_err().contains("--target"));
        assert!(parse(&["--target", "t"]).unwrap_err().contains("--out-dir"));
        assert!(parse(&["--bogus"]).unwrap_err().contains("--bogus"));
    }
}
