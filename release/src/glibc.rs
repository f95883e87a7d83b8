//! `release glibc`: the newest glibc symbol version an ELF binary needs (its `GLIBC_x.y`
//! version requirements), so CI can hold Linux downloads to the promise the README makes
//! (glibc 2.28, RHEL 8 and Debian 10 era) instead of whatever the build machine had.

use crate::args::{Cursor, Parsed};
use object::read::elf::{ElfFile, FileHeader};
use object::{Endianness, FileKind};
use std::path::PathBuf;
use std::process::ExitCode;

pub const USAGE: &str = "\
usage: cargo run -p release -- glibc BINARY [--max X.Y]

Prints the newest GLIBC_x.y symbol version that the ELF file BINARY requires, or says it
requires none (a static or musl binary). With --max, exits 1 when that version is newer
than X.Y.

options:
  --max X.Y      the oldest glibc the binary must still run on
  -h, --help     print this message
";

#[derive(Debug, PartialEq)]
pub struct Options {
    pub binary: PathBuf,
    pub max: Option<(u32, u32)>,
}

impl Options {
    pub fn parse(argv: &[String]) -> Result<Parsed<Options>, String> {
        let (mut binary, mut max) = (None, None);
        let mut c = Cursor::new(argv);
        while let Some(arg) = c.next_option()? {
            match arg {
                "-h" | "--help" => return Ok(Parsed::Help),
                "--max" => {
                    let raw = c.value(arg)?;
                    max = Some(
                        parse_version(raw)
                            .ok_or_else(|| format!("--max expects X.Y, got '{raw}'"))?,
                    );
                }
                opt if opt.starts_with('-') => return Err(format!("unknown option '{opt}'")),
                path if binary.is_none() => binary = Some(PathBuf::from(path)),
                extra => return Err(format!("one binary at a time (also got '{extra}')")),
            }
        }
        Ok(Parsed::Run(Options {
            binary: binary.ok_or("which binary? (glibc BINARY)")?,
            max,
        }))
    }
}

pub fn main(opts: &Options) -> ExitCode {
    let newest = std::fs::read(&opts.binary)
        .map_err(|e| format!("cannot read {}: {e}", opts.binary.display()))
        .and_then(|data| newest_glibc(&data));
    let newest = match newest {
        Ok(v) => v,
        Err(e) => {
            eprintln!("release glibc: {e}");
            return ExitCode::from(1);
        }
    };
    let shown = newest.map_or(
        "none (static or not linked to glibc)".to_owned(),
        |(a, b)| format!("GLIBC_{a}.{b}"),
    );
    println!("{}: needs {shown}", opts.binary.display());
    match (newest, opts.max) {
        (Some(v), Some(max)) if v > max => {
            eprintln!(
                "release glibc: {} needs glibc {}.{}, newer than the promised {}.{}",
                opts.binary.display(),
                v.0,
                v.1,
                max.0,
                max.1
            );
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// `2.28` or `2.2.5` as (major, minor); a third part (2.2.5) never decides anything
/// against a two-part promise, so it is dropped.
pub fn parse_version(raw: &str) -> Option<(u32, u32)> {
    let mut parts = raw.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    if parts.any(|p| p.parse::<u32>().is_err()) {
        return None;
    }
    Some((major, minor))
}

/// The newest `GLIBC_x.y` among the version requirements of an ELF file.
pub fn newest_glibc(data: &[u8]) -> Result<Option<(u32, u32)>, String> {
    match FileKind::parse(data).map_err(|e| e.to_string())? {
        FileKind::Elf64 => {
            let elf = ElfFile::<object::elf::FileHeader64<Endianness>>::parse(data)
                .map_err(|e| e.to_string())?;
            required(&elf, data)
        }
        FileKind::Elf32 => {
            let elf = ElfFile::<object::elf::FileHeader32<Endianness>>::parse(data)
                .map_err(|e| e.to_string())?;
            required(&elf, data)
        }
        other => Err(format!("not an ELF file ({other:?})")),
    }
}

fn required<Elf: FileHeader<Endian = Endianness>>(
    elf: &ElfFile<'_, Elf>,
    data: &[u8],
) -> Result<Option<(u32, u32)>, String> {
    let endian = elf.endian();
    let sections = elf.elf_section_table();
    let Some((mut needs, link)) = sections
        .gnu_verneed(endian, data)
        .map_err(|e| e.to_string())?
    else {
        return Ok(None);
    };
    let strings = sections
        .strings(endian, data, link)
        .map_err(|e| e.to_string())?;
    let mut newest = None;
    while let Some((_, mut aux)) = needs.next().map_err(|e| e.to_string())? {
        while let Some(version) = aux.next().map_err(|e| e.to_string())? {
            let name = version.name(endian, strings).map_err(|e| e.to_string())?;
            let parsed = std::str::from_utf8(name)
                .ok()
                .and_then(|n| n.strip_prefix("GLIBC_"))
                .and_then(parse_version);
            if parsed > newest {
                newest = parsed;
            }
        }
    }
    Ok(newest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(parse_version("2.28"), Some((2, 28)));
        assert_eq!(parse_version("2.2.5"), Some((2, 2)));
        assert_eq!(parse_version("PRIVATE"), None);
        assert_eq!(parse_version("2"), None);
        assert!((2, 34) > (2, 28) && (2, 3) < (2, 28));
    }

    /// This very test binary, built against the host's glibc, needs some GLIBC_ version,
    /// and no more than the glibc it runs on.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn reads_this_binary() {
        let exe = std::env::current_exe().unwrap();
        let newest = newest_glibc(&std::fs::read(exe).unwrap())
            .unwrap()
            .expect("a glibc binary has GLIBC_ requirements");
        assert!(newest >= (2, 2), "{newest:?}");
        assert!(newest < (3, 0), "{newest:?}");
    }

    #[test]
    fn refuses_what_is_not_elf() {
        assert!(newest_glibc(b"#!/bin/sh\n").is_err());
    }

    #[test]
    fn options() {
        let argv: Vec<String> = ["t", "--max", "2.28"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            Options::parse(&argv),
            Ok(Parsed::Run(Options {
                binary: "t".into(),
                max: Some((2, 28))
            }))
        );
        let bad: Vec<String> = ["t", "--max", "x"].iter().map(|s| s.to_string()).collect();
        assert!(Options::parse(&bad).is_err());
    }
}
