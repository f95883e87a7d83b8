//! AArch64 Linux machine code, run for real on any host: traces laid out with the
//! aarch64-unknown-linux-gnu stencil set by the JIT's own layout code (`lay_out_at`), at a
//! fixed address (the first of a few that is free), with the helpers of a small static C
//! harness (tests/aarch64/harness.c, built with aarch64-linux-gnu-gcc), which maps the image
//! there and runs it under qemu-aarch64. Skips (saying why) when the cross compiler or qemu is missing, unless
//! TESSERA_REQUIRE_QEMU=1 (as `.ci/run` sets, after installing both).

use std::path::{Path, PathBuf};
use std::process::Command;

use tessera::jit::compiler::{JitUop, lay_out_at};
use tessera::runtime::value::word;
use tessera::tier2::uop::UopId;

/// The generated file names its types `crate::jit::stencil::…`: give it that path here.
mod jit {
    pub mod stencil {
        pub use tessera::jit::stencil::*;
    }
}

mod aarch64_linux {
    include!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/targets/aarch64-unknown-linux-gnu/stencils.rs"
    ));
}

/// Where the harness maps the image, tried in order: far (more than 4 GiB) from the harness's
/// helpers at 0x400000, so every helper call goes through a trampoline. Under qemu-user the
/// host's mappings (qemu's code buffer, its libraries, all placed by ASLR near the top of the
/// address space) are invisible to the guest but still occupy its addresses, so low addresses
/// come first and a taken one (harness exit status 3) moves on to the next.
const BASES: [u64; 3] = [0x10_0000_0000, 0x23_4500_0000, 0x7f12_3400_0000];
/// The harness's exit status when it cannot map the image at the requested address.
const CANNOT_MAP: i32 = 3;
/// The harness's kinds of local: an int, or a heap object with a starting reference count.
const INT: u64 = 0;
const HEAP: u64 = 1;
const FLOAT: u64 = 2;

/// LOAD_INT's operand: the value word of an inline int.
fn int_word(i: i64) -> u64 {
    word::int(i).expect("an inline int")
}

/// LOAD_FLOAT's operand: the value word of an inline float.
fn float_word(x: f64) -> u64 {
    word::float(x).expect("an inline float")
}

fn works(cmd: &str, arg: &str) -> bool {
    Command::new(cmd)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The built harness and its helpers' addresses, or why not.
struct Harness {
    exe: PathBuf,
    qemu: &'static str,
    symbols: Vec<(String, usize)>,
}

fn harness() -> Result<Harness, String> {
    let gcc = "aarch64-linux-gnu-gcc";
    if !works(gcc, "--version") {
        return Err(format!("{gcc} is not installed"));
    }
    let qemu = ["qemu-aarch64", "qemu-aarch64-static"]
        .into_iter()
        .find(|q| works(q, "--version"))
        .ok_or("qemu-aarch64 is not installed")?;
    let nm = ["aarch64-linux-gnu-nm", "llvm-nm-19"]
        .into_iter()
        .find(|n| works(n, "--version"))
        .ok_or("neither aarch64-linux-gnu-nm nor llvm-nm-19 is installed")?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let exe = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tessera-aarch64-harness");
    let out = Command::new(gcc)
        .args([
            "-static", "-no-pie", "-O1", "-Wall", "-Wextra", "-Werror", "-o",
        ])
        .arg(&exe)
        .arg(root.join("tests/aarch64/harness.c"))
        .output()
        .map_err(|e| e.to_string())?;
    assert!(
        out.status.success(),
        "building the harness failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = Command::new(nm).arg(&exe).output().unwrap();
    assert!(out.status.success(), "{nm} failed");
    let symbols = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let (addr, kind, name) = (w.next()?, w.next()?, w.next()?);
            (kind == "T" && name.starts_with("ts_"))
                .then(|| Some((name.to_string(), usize::from_str_radix(addr, 16).ok()?)))?
        })
        .collect();
    Ok(Harness { exe, qemu, symbols })
}

/// What the harness printed, as `key=value` pairs.
struct Outcome(Vec<(String, String)>);

impl Outcome {
    fn get(&self, key: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("the harness printed no {key}"))
    }

    fn num(&self, key: &str) -> i64 {
        self.get(key).parse().unwrap()
    }
}

fn uop(id: UopId, oparg: u32, operand: u64) -> JitUop {
    JitUop {
        id: id as u16,
        oparg,
        operand,
    }
}

/// Lays `trace` out for the harness and runs it with `locals` (kind, payload).
fn run(
    h: &Harness,
    name: &str,
    trace: &[JitUop],
    locals: &[(u64, u64)],
    countdown: u64,
) -> Outcome {
    for base in BASES {
        if let Some(out) = run_at(h, name, trace, locals, countdown, base) {
            return out;
        }
    }
    panic!("{name}: the harness could map the image at none of {BASES:#x?}");
}

/// Like `run`, with the image at `base`; None when the harness cannot map it there.
fn run_at(
    h: &Harness,
    name: &str,
    trace: &[JitUop],
    locals: &[(u64, u64)],
    countdown: u64,
    base: u64,
) -> Option<Outcome> {
    let helper = |name: &str| h.symbols.iter().find(|(n, _)| n == name).map(|&(_, a)| a);
    let image = lay_out_at(&aarch64_linux::STENCILS, trace, &helper, base).unwrap();
    let mut input = Vec::new();
    for v in [
        base,
        image.bytes.len() as u64,
        locals.len() as u64,
        countdown,
    ] {
        input.extend_from_slice(&v.to_le_bytes());
    }
    input.extend_from_slice(&image.bytes);
    for &(kind, payload) in locals {
        input.extend_from_slice(&kind.to_le_bytes());
        input.extend_from_slice(&payload.to_le_bytes());
    }
    let file = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("tessera-aarch64-{name}-{}.img", std::process::id()));
    std::fs::write(&file, &input).unwrap();
    let out = Command::new(h.qemu)
        .arg(&h.exe)
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_file(&file).ok();
    if out.status.code() == Some(CANNOT_MAP) {
        return None;
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{name}: the harness failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    Some(Outcome(
        stdout
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    ))
}

#[test]
fn aarch64_linux_traces_run_under_qemu() {
    let h = match harness() {
        Ok(h) => h,
        Err(why) if std::env::var_os("TESSERA_REQUIRE_QEMU").is_some_and(|v| v == "1") => {
            panic!("TESSERA_REQUIRE_QEMU=1 but {why}")
        }
        Err(why) => {
            eprintln!("skipped: {why} (apt-get install -y qemu-user gcc-aarch64-linux-gnu)");
            return;
        }
    };

    // s = 0; i = 0; while i < 1000: s += i; i += 1   (s is local 0, i local 1)
    use UopId::*;
    let (s, i) = (0, 1);
    let trace = [
        uop(CHECK_PERIODIC, 0, 0),
        uop(LOAD_FAST, i, 0),
        uop(LOAD_INT, 0, int_word(1000)),
        uop(GUARD_BOTH_INT, 0, 0),
        uop(COMPARE_LT_INT, 0, 0),
        uop(GUARD_IS_TRUE_POP, 0, 0),
        uop(LOAD_FAST, s, 0),
        uop(LOAD_FAST, i, 0),
        uop(GUARD_BOTH_INT, 0, 0),
        uop(BINARY_OP_ADD_INT, 0, 0),
        uop(STORE_FAST, s, 0),
        uop(LOAD_FAST, i, 0),
        uop(LOAD_INT, 0, int_word(1)),
        uop(GUARD_BOTH_INT, 0, 0),
        uop(BINARY_OP_ADD_INT, 0, 0),
        uop(STORE_FAST, i, 0),
        uop(JUMP_TO_TOP, 0, 0),
    ];
    let out = run(&h, "sum", &trace, &[(INT, 0), (INT, 0)], 100);
    assert_eq!(out.get("local0"), "int:499500", "s");
    assert_eq!(out.get("local1"), "int:1000", "i");
    // Left at GUARD_IS_TRUE_POP (uop 5) with `i < 1000`'s False still on the stack.
    assert_eq!(out.num("exit_index"), 5);
    assert_eq!(out.num("status"), 0);
    assert_eq!(out.num("depth"), 1);
    assert_eq!(out.get("stack0"), "bool:0");
    // The countdown of 100 ran out at iterations 100, 200, …, 1000: ts_periodic through its
    // trampoline ten times.
    assert_eq!(out.num("periodic_calls"), 10);
    assert_eq!(out.num("decrefs") + out.num("other_calls"), 0);

    // Heap values: LOAD_FAST adds a reference in place, STORE_FAST releases the value it
    // overwrites (its last reference: through ts_value_decref); the guard after them fails
    // on a heap value and leaves at uop 3.
    let trace = [
        uop(LOAD_FAST, 0, 0),
        uop(STORE_FAST, 1, 0),
        uop(LOAD_FAST, 1, 0),
        uop(GUARD_TOS_INT, 0, 0),
        uop(EXIT_TRACE, 0, 0),
    ];
    // Object 0 starts with 5 references, object 1 with 1.
    let locals = [(HEAP, 5), (HEAP, 1)];
    let out = run(&h, "refcounts", &trace, &locals, 100);
    // Two loads of object 0 (one now in local 1, one on the stack): 5 + 2.
    assert_eq!(out.num("refcount0"), 7);
    assert_eq!(out.num("decrefs"), 1);
    assert_eq!(out.num("last_decref"), 1);
    assert_eq!(out.num("refcount1"), 0);
    assert_eq!(out.num("exit_index"), 3);
    assert_eq!(out.num("depth"), 1);
    assert_eq!(out.get("local1"), "heap:0");

    // Floats in their rotated form: halve x until it is at most 1e-70 (2**-233, still
    // inline), then a loop that multiplies past the inline range (about 1.2e77) leaves at
    // the multiply with both operands in place, for tier 1 to box the result.
    let trace = [
        uop(LOAD_FAST, 0, 0),
        uop(LOAD_FLOAT, 0, float_word(0.5)),
        uop(GUARD_BOTH_FLOAT, 0, 0),
        uop(BINARY_OP_MUL_FLOAT, 0, 0),
        uop(STORE_FAST, 0, 0),
        uop(LOAD_FAST, 0, 0),
        uop(LOAD_FLOAT, 0, float_word(1e-70)),
        uop(COMPARE_GT_FLOAT, 0, 0),
        uop(GUARD_IS_TRUE_POP, 0, 0),
        uop(JUMP_TO_TOP, 0, 0),
    ];
    let out = run(&h, "halve", &trace, &[(FLOAT, 1f64.to_bits())], 1000);
    assert_eq!(out.get("local0"), "float:7.2445432630613699e-71"); // 2**-233
    assert_eq!(out.num("exit_index"), 8);
    let trace = [
        uop(LOAD_FAST, 0, 0),
        uop(LOAD_FLOAT, 0, float_word(1e10)),
        uop(GUARD_BOTH_FLOAT, 0, 0),
        uop(BINARY_OP_MUL_FLOAT, 0, 0),
        uop(STORE_FAST, 0, 0),
        uop(JUMP_TO_TOP, 0, 0),
    ];
    let out = run(&h, "overflow", &trace, &[(FLOAT, 1f64.to_bits())], 1000);
    assert_eq!(out.get("local0"), "float:1.0000000000000001e+70");
    assert_eq!(out.num("exit_index"), 3);
    assert_eq!(out.num("depth"), 2);
    assert_eq!(out.get("stack0"), "float:1.0000000000000001e+70");
    assert_eq!(out.get("stack1"), "float:10000000000");
}
