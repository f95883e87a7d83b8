//! `release stencils [--check]`: compiles src/uops/template.c with clang 19 for every uop and
//! all six targets, turns each object into a stencil (code, data, holes) and writes
//! `targets/<triple>/stencils.rs` and `manifest.txt`. `--check` regenerates into a temporary
//! folder and compares instead of writing.
//!
//! Invariants: the output depends only on the inputs hashed into `stencil_set_hash` and on
//! clang's version (same inputs, same bytes); every relocation becomes exactly one hole or
//! the run fails; a final jump to the next stencil is removed.

mod clang;
mod disassembly;
mod emit;
mod fallthrough;
pub mod input_hash;
mod manifest;
mod object_reader;
mod relocation;
mod targets;
mod template;
mod uop_list;

use crate::args::{Cursor, Parsed};
use clang::Toolchain;
use emit::{SetSource, StencilSource};
use relocation::HoleValue;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use targets::{TARGETS, Target};

pub const USAGE: &str = "\
usage: cargo run -p release -- stencils [--check]

Compiles src/uops/template.c with clang 19 once per uop, plus the entry shim and the exit
stub, for each of the six targets, and writes targets/<triple>/stencils.rs (the stencils, with
their disassembly) and targets/<triple>/manifest.txt (the hash of every input).

options:
  --check      regenerate into a temporary folder and compare with targets/: exit 1 naming
               each stale or missing target, 0 when all are fresh
  -h, --help   print this message

Needs clang 19 and llvm-objdump 19 (apt-get install clang-19 llvm-19, or brew install llvm@19).
";

#[derive(Debug, PartialEq)]
pub struct Options {
    pub check: bool,
}

impl Options {
    pub fn parse(argv: &[String]) -> Result<Parsed<Options>, String> {
        let mut o = Options { check: false };
        let mut c = Cursor::new(argv);
        while let Some(opt) = c.next_option()? {
            match opt {
                "--check" => {
                    c.flag(opt)?;
                    o.check = true;
                }
                "-h" | "--help" => return Ok(Parsed::Help),
                other => return Err(format!("unknown option '{other}'")),
            }
        }
        Ok(Parsed::Run(o))
    }
}

fn repo_root() -> PathBuf {
    // This crate lives at <repo>/release, so the repository is its manifest's parent.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_owned()
}

pub fn main(opts: &Options) -> ExitCode {
    let root = repo_root();
    let toolchain = match Toolchain::find() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("release stencils: {e}");
            return ExitCode::from(1);
        }
    };
    eprintln!(
        "clang {} ({}), {}",
        toolchain.version,
        toolchain.clang.display(),
        toolchain.objdump.display()
    );
    let work = ScratchDir::new("work");
    let result = if opts.check {
        let fresh = ScratchDir::new("check");
        generate(&root, &toolchain, &work.0, &fresh.0).map(|_| compare(&root, &fresh.0))
    } else {
        generate(&root, &toolchain, &work.0, &root.join("targets")).map(|_| true)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("release stencils: {e}");
            ExitCode::from(1)
        }
    }
}

/// A fresh directory under the system's temporary folder, removed when dropped. Its path never
/// reaches the output: clang runs in the repository with relative paths, and the disassembly
/// drops objdump's banner.
struct ScratchDir(PathBuf);

impl ScratchDir {
    fn new(what: &str) -> ScratchDir {
        let dir =
            std::env::temp_dir().join(format!("tessera-stencils-{what}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a temporary directory");
        ScratchDir(dir)
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Writes every target's set under `out/<triple>/`, compiling in `work`.
fn generate(root: &Path, tc: &Toolchain, work: &Path, out: &Path) -> Result<(), String> {
    let inputs = input_hash::stencil_inputs(root).map_err(|e| format!("reading inputs: {e}"))?;
    let hash = input_hash::stencil_set_hash(&inputs, input_hash::clang_major(&tc.version));
    let list = std::fs::read_to_string(root.join(template::UOP_LIST))
        .map_err(|e| format!("{}: {e}", template::UOP_LIST))?;
    let units = template::units(&list);

    // One thread per target: clang and objdump are separate processes, so this keeps the
    // machine's cores busy without any shared state.
    let results: Vec<Result<TargetSet, String>> = std::thread::scope(|s| {
        let handles: Vec<_> = TARGETS
            .iter()
            .map(|t| s.spawn(|| build_target(root, tc, work, t, &units)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("target thread panicked"))
            .collect()
    });
    for (target, result) in TARGETS.iter().zip(results) {
        let set = result?;
        let dir = out.join(target.triple);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        // Units end with the shim and the exit stub (template::units).
        let (uops, special) = set.stencils.split_at(set.stencils.len() - 2);
        let source = emit::stencils_rs(&SetSource {
            target: target.triple,
            hash: &hash,
            clang_version: &tc.version,
            uops,
            shim: &special[0],
            exit: &special[1],
        });
        let manifest = manifest::manifest_txt(target.triple, &hash, &tc.version, &inputs);
        for (name, text) in [("stencils.rs", source), ("manifest.txt", manifest)] {
            let path = dir.join(name);
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        set.report(target.triple);
    }
    Ok(())
}

struct TargetSet {
    stencils: Vec<StencilSource>,
    /// Relocation type name → how many holes it made.
    relocation_types: BTreeMap<&'static str, usize>,
    jumps_removed: usize,
}

impl TargetSet {
    fn report(&self, triple: &str) {
        let code: usize = self.stencils.iter().map(|s| s.code.len()).sum();
        let data: usize = self.stencils.iter().map(|s| s.data.len()).sum();
        let types: Vec<String> = self
            .relocation_types
            .iter()
            .map(|(t, n)| format!("{t} x{n}"))
            .collect();
        eprintln!(
            "{triple}: {} stencils, {code} bytes of code, {data} of data, {} final jumps removed; {}",
            self.stencils.len(),
            self.jumps_removed,
            types.join(", ")
        );
        let mut helpers: Vec<&str> = self
            .stencils
            .iter()
            .flat_map(|s| &s.holes)
            .filter_map(|h| match &h.value {
                HoleValue::Helper(name) => Some(name.as_str()),
                _ => None,
            })
            .collect();
        helpers.sort_unstable();
        helpers.dedup();
        // The templates are freestanding: a helper that is not one of ours is clang asking
        // for compiler-rt or libc (memcpy, __chkstk, …), which the runtime must then provide.
        let foreign: Vec<&str> = helpers
            .iter()
            .copied()
            .filter(|h| !h.starts_with("ts_"))
            .collect();
        if !foreign.is_empty() {
            eprintln!(
                "{triple}: warning: stencils call non-tessera symbols: {}",
                foreign.join(", ")
            );
        }
    }
}

fn build_target(
    root: &Path,
    tc: &Toolchain,
    work: &Path,
    target: &Target,
    units: &[template::Unit],
) -> Result<TargetSet, String> {
    let dir = work.join(target.triple);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut set = TargetSet {
        stencils: Vec::new(),
        relocation_types: BTreeMap::new(),
        jumps_removed: 0,
    };
    for unit in units {
        let context = |e: String| format!("{}: {}: {e}", target.triple, unit.name);
        let object = dir.join(format!("{}.o", unit.name));
        let args = template::compile_args(target.triple, target.flags, &tc.resource_dir, unit);
        tc.compile(root, &args, &object).map_err(context)?;
        let bytes = std::fs::read(&object).map_err(|e| context(e.to_string()))?;
        let mut x = object_reader::read(&bytes, target.arch).map_err(context)?;
        for t in &x.relocation_types {
            *set.relocation_types.entry(t).or_default() += 1;
        }
        if fallthrough::remove_final_jump(target.arch, &mut x.code, &mut x.holes) {
            set.jumps_removed += 1;
        }
        let listing = tc.disassemble(&object).map_err(context)?;
        set.stencils.push(StencilSource {
            name: unit.name.clone(),
            disassembly: disassembly::listing(&listing, &x.code_section, x.code.len()),
            code: x.code,
            data: x.data,
            holes: x.holes,
        });
    }
    Ok(set)
}

/// Compares freshly generated sets under `fresh` with the checked-in ones; prints each stale
/// or missing target and returns whether all were fresh.
fn compare(root: &Path, fresh: &Path) -> bool {
    let mut ok = true;
    for target in TARGETS {
        for name in ["stencils.rs", "manifest.txt"] {
            let new = std::fs::read(fresh.join(target.triple).join(name)).ok();
            let path = root.join("targets").join(target.triple).join(name);
            match std::fs::read(&path) {
                Err(_) => {
                    eprintln!(
                        "missing: {} (run `cargo run -p release -- stencils`)",
                        path.display()
                    );
                    ok = false;
                }
                Ok(old) if Some(&old) != new.as_ref() => {
                    eprintln!(
                        "stale: {} (run `cargo run -p release -- stencils`)",
                        path.display()
                    );
                    ok = false;
                    // Same inputs, other bytes: most likely another clang 19 release.
                    let version = |m: &[u8]| {
                        input_hash::manifest_field(&String::from_utf8_lossy(m), "clang_version")
                            .map(str::to_string)
                    };
                    if name == "manifest.txt" {
                        let (was, now) = (version(&old), new.as_deref().and_then(version));
                        if was != now {
                            eprintln!(
                                "  made by clang {}, regenerated with clang {}",
                                was.unwrap_or_default(),
                                now.unwrap_or_default()
                            );
                        }
                    }
                }
                Ok(_) => {}
            }
        }
    }
    if ok {
        eprintln!("all {} stencil sets are fresh", TARGETS.len());
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use relocation::{HoleKind, Section};

    /// A template with a constant-pool double and a read-only table, compiled like the real
    /// ones (none of tessera's current uops has data, so this is what exercises it).
    const SNIPPET: &str = "\
extern char _JIT_OPARG;
__attribute__((preserve_none)) double *_JIT_CONTINUE(double *);
__attribute__((preserve_none)) double *_JIT_ENTRY(double *p) {
    static const double k[5] = {1.5, 2.25, 3.125, 7.0, 9.5};
    p[0] = p[1] * 3.7 + k[(unsigned)(unsigned long long)&_JIT_OPARG % 5];
    __attribute__((musttail)) return _JIT_CONTINUE(p);
}
";

    /// clang 19, or `None` with a note: no test fails just because clang is missing.
    fn toolchain() -> Option<Toolchain> {
        match Toolchain::find() {
            Ok(t) => Some(t),
            Err(e) => {
                eprintln!("note: skipping a clang test: {e}");
                None
            }
        }
    }

    /// Compiles SNIPPET for `target` in `dir` and reads it back.
    fn compile_snippet(
        tc: &Toolchain,
        dir: &Path,
        target: &Target,
    ) -> (object_reader::Extracted, bool) {
        std::fs::create_dir_all(dir.join("src/uops")).unwrap();
        std::fs::write(dir.join(template::TEMPLATE), SNIPPET).unwrap();
        let unit = template::Unit {
            name: "snippet".into(),
            define: "-DSNIPPET".into(),
        };
        let args = template::compile_args(target.triple, target.flags, &tc.resource_dir, &unit);
        let object = dir.join("snippet.o");
        tc.compile(dir, &args, &object).unwrap();
        let mut x = object_reader::read(&std::fs::read(&object).unwrap(), target.arch)
            .unwrap_or_else(|e| panic!("{}: {e}", target.triple));
        let removed = fallthrough::remove_final_jump(target.arch, &mut x.code, &mut x.holes);
        (x, removed)
    }

    #[test]
    fn data_references_land_on_the_constants_on_every_target() {
        let Some(tc) = toolchain() else { return };
        let scratch = ScratchDir::new("test-data");
        for target in TARGETS {
            let (x, removed) = compile_snippet(&tc, &scratch.0.join(target.triple), target);
            assert!(removed, "{}: the final jump is removed", target.triple);
            let find = |v: f64| {
                x.data
                    .windows(8)
                    .position(|w| w == v.to_le_bytes())
                    .map(|at| at as i64)
            };
            let table = find(1.5).unwrap_or_else(|| panic!("{}: no table", target.triple));
            // Some targets build 3.7 with MOV/MOVK instead of loading it from a pool.
            let pool = find(3.7);
            // Where each Data hole points, in data offsets: rel32 fields end their
            // instruction here, so the CPU adds 4 to S + A - P's P.
            let mut pointed: Vec<i64> = x
                .holes
                .iter()
                .filter(|h| h.value == HoleValue::Data)
                .map(|h| match h.kind {
                    HoleKind::X86Rel32 => h.addend + 4,
                    _ => h.addend,
                })
                .collect();
            pointed.sort();
            pointed.dedup();
            let mut want: Vec<i64> = pool.into_iter().chain([table]).collect();
            want.sort();
            assert_eq!(pointed, want, "{}: {:?}", target.triple, x.holes);
            assert!(x.holes.iter().all(|h| h.section == Section::Code));
        }
    }

    #[test]
    fn same_inputs_same_bytes_wherever_they_are_compiled() {
        let Some(tc) = toolchain() else { return };
        let (a, b) = (
            ScratchDir::new("test-det-a"),
            ScratchDir::new("test-det-bb"),
        );
        for target in TARGETS {
            let render = |dir: &Path| {
                let (x, _) = compile_snippet(&tc, &dir.join(target.triple), target);
                let holes: Vec<String> = x.holes.iter().map(emit::hole).collect();
                (x.code, x.data, holes)
            };
            assert_eq!(render(&a.0), render(&b.0), "{}", target.triple);
        }
    }

    #[test]
    fn options() {
        let parse =
            |a: &[&str]| Options::parse(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(parse(&[]), Ok(Parsed::Run(Options { check: false })));
        assert_eq!(
            parse(&["--check"]),
            Ok(Parsed::Run(Options { check: true }))
        );
        assert_eq!(parse(&["-h"]), Ok(Parsed::Help));
        assert!(parse(&["--bogus"]).is_err());
    }
}
