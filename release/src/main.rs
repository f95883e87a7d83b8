//! `release`: tessera's own build tool, run as `cargo run -p release -- <command>`.
//!
//! Each subcommand lives in its own module; this file only dispatches, so that new
//! subcommands can be added without touching the others.

mod archive;
mod archive_name;
mod args;
mod bench;
mod buildinfo;
mod cachegrind;
mod calendar;
mod checksums;
mod clang_pin;
mod dist_setup;
mod glibc;
mod interp;
mod machine;
mod measure;
mod micro;
mod micro_report;
mod package;
mod remap;
mod report;
mod rss;
mod run;
mod scratch;
mod source_date;
mod stats;
mod stencil_target;
mod stencils;
mod table;
mod unpack;
mod verify;
mod workspace;

use std::process::ExitCode;

/// Exit status for a command line we could not understand, distinct from a run that
/// started and failed (1), so scripts can tell a typo from a regression.
const USAGE_ERROR: u8 = 2;

/// (name, one-line summary) of every subcommand, in the order `usage` lists them.
const COMMANDS: &[(&str, &str)] = &[
    (
        "bench",
        "run bench/*.py under tessera, CPython and PyPy and print a comparison table \
         (--micro: instructions per operation)",
    ),
    (
        "package",
        "build one target with the JIT into a reproducible archive + checksum files",
    ),
    (
        "verify",
        "check an archive: checksum, contents, --version, and that the JIT engages",
    ),
    (
        "dist-setup",
        "before `dist build` in CI: write BUILDINFO, print path-remapping flags",
    ),
    (
        "glibc",
        "print the newest GLIBC_ version an ELF binary needs (--max: fail past it)",
    ),
    (
        "stencils",
        "compile the uop templates with clang 19 into targets/<triple>/ (--check: compare)",
    ),
    ("help", "print this message"),
];

fn usage() -> String {
    let mut s = String::from("usage: cargo run -p release -- <command> [options]\n\ncommands:\n");
    for (name, summary) in COMMANDS {
        s.push_str(&format!("  {name:<10} {summary}\n"));
    }
    s.push_str("\n`cargo run -p release -- <command> --help` describes a command's options.\n");
    s
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = argv.split_first() else {
        eprint!("{}", usage());
        return ExitCode::from(USAGE_ERROR);
    };
    match command.as_str() {
        "bench" => match bench::Options::parse(rest) {
            Ok(args::Parsed::Run(opts)) => bench::main(&opts),
            Ok(args::Parsed::Help) => {
                print!("{}", bench::USAGE);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("release bench: {e}\n\n{}", bench::USAGE);
                ExitCode::from(USAGE_ERROR)
            }
        },
        "package" => match package::Options::parse(rest) {
            Ok(args::Parsed::Run(opts)) => package::main(&opts),
            Ok(args::Parsed::Help) => {
                print!("{}", package::USAGE);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("release package: {e}\n\n{}", package::USAGE);
                ExitCode::from(USAGE_ERROR)
            }
        },
        "verify" => match verify::Options::parse(rest) {
            Ok(args::Parsed::Run(opts)) => verify::main(&opts),
            Ok(args::Parsed::Help) => {
                print!("{}", verify::USAGE);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("release verify: {e}\n\n{}", verify::USAGE);
                ExitCode::from(USAGE_ERROR)
            }
        },
        "dist-setup" => match dist_setup::Options::parse(rest) {
            Ok(args::Parsed::Run(opts)) => dist_setup::main(&opts),
            Ok(args::Parsed::Help) => {
                print!("{}", dist_setup::USAGE);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("release dist-setup: {e}");
                ExitCode::from(USAGE_ERROR)
            }
        },
        "glibc" => match glibc::Options::parse(rest) {
            Ok(args::Parsed::Run(opts)) => glibc::main(&opts),
            Ok(args::Parsed::Help) => {
                print!("{}", glibc::USAGE);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("release glibc: {e}");
                ExitCode::from(USAGE_ERROR)
            }
        },
        "stencils" => match stencils::Options::parse(rest) {
            Ok(args::Parsed::Run(opts)) => {
                if opts.check
                    && let Some(line) = clang_pin::mismatch_line(&workspace::root())
                {
                    eprintln!("{line}");
                }
                stencils::main(&opts)
            }
            Ok(args::Parsed::Help) => {
                print!("{}", stencils::USAGE);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("release stencils: {e}\n\n{}", stencils::USAGE);
                ExitCode::from(USAGE_ERROR)
            }
        },
        "help" | "-h" | "--help" => {
            print!("{}", usage());
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("release: unknown command '{other}'\n\n{}", usage());
            ExitCode::from(USAGE_ERROR)
        }
    }
}
