//! `release dist-setup`: what a cargo-dist build job runs before `dist build` (from
//! .github/build-setup.yml), so dist's archives are made like `release package`'s: it
//! writes BUILDINFO at the repository root (dist-workspace.toml includes it in every
//! archive) and prints the RUSTFLAGS and CFLAGS that remap build paths, as `NAME=value`
//! lines for $GITHUB_ENV.

use crate::args::{Cursor, Parsed};
use crate::package::build_info;
use crate::remap::Remap;
use crate::workspace;
use std::process::ExitCode;
use xshell::Shell;

pub const USAGE: &str = "\
usage: cargo run -p release -- dist-setup --target T

Writes BUILDINFO (as `release package` does) at the repository root and prints
RUSTFLAGS=... and CFLAGS=... lines remapping the build paths, for $GITHUB_ENV.

options:
  --target T     the Rust target triple dist is about to build
  -h, --help     print this message
";

#[derive(Debug, PartialEq)]
pub struct Options {
    pub target: String,
}

impl Options {
    pub fn parse(argv: &[String]) -> Result<Parsed<Options>, String> {
        let mut target = None;
        let mut c = Cursor::new(argv);
        while let Some(opt) = c.next_option()? {
            match opt {
                "-h" | "--help" => return Ok(Parsed::Help),
                "--target" => target = Some(c.value(opt)?.to_owned()),
                other => return Err(format!("unknown option '{other}'")),
            }
        }
        Ok(Parsed::Run(Options {
            target: target.ok_or("--target is required")?,
        }))
    }
}

pub fn main(opts: &Options) -> ExitCode {
    match run(&opts.target) {
        Ok(lines) => {
            print!("{lines}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("release dist-setup: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(target: &str) -> Result<String, String> {
    let root = workspace::root();
    let sh = Shell::new().map_err(|e| e.to_string())?;
    sh.change_dir(&root);
    let rustc = workspace::rustc();
    let info = build_info(&sh, &root, target, &rustc)?;
    let path = root.join("BUILDINFO");
    std::fs::write(&path, info.render())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let remap = Remap::for_build(&sh, &root, &rustc)?;
    Ok(format!(
        "RUSTFLAGS={}\nCFLAGS={}\n",
        remap.plain_rustflags()?,
        remap.cflags(target).to_string_lossy()
    ))
}
