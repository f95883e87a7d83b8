//! Patch-and-decode tests for every target's stencil set, run on any host.
//!
//! One trace holding every uop of a set once (after the shim, before the exit stubs) is laid
//! out by the compiler's own code (`lay_out_at`) at a fixed high address, with distinct
//! opargs and operands and helpers far away (so x86 rel32 and AArch64 branch26 calls go
//! through trampolines). Then every hole is decoded from the patched machine code by the
//! small decoder below, which knows just the instruction forms holes use, and compared with
//! what the hole means: the next uop, the uop's exit stub, the loop head, a trampoline whose
//! data slot holds the helper, a GOT slot holding the oparg, MOVZ/MOVK groups that
//! reassemble to the operand, and so on. Every byte outside the holes' fields must still be
//! the stencil's. When llvm-objdump 19 is installed, it disassembles the same bytes and
//! must agree with the decoder on every branch and ADRP target.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use super::all_targets;
use super::compiler::{JitUop, Role, TraceImage, lay_out_at};
use super::stencil::{HoleKind, HoleValue, Section, StencilSet};

/// Where every test trace is laid out: a typical mmap address, far from the helpers.
const BASE: u64 = 0x7f12_3400_0000;
const HELPERS: &[&str] = &[
    "ts_value_incref",
    "ts_value_decref",
    "ts_exec_instr",
    "ts_iter_next",
    "ts_to_bool",
    "ts_periodic",
];

fn helper(name: &str) -> Option<usize> {
    let k = HELPERS.iter().position(|h| *h == name)?;
    Some(0x5555_0000_1000 + k * 0x40)
}

fn oparg(i: usize) -> u32 {
    0x100 + i as u32
}

fn operand(i: usize) -> u64 {
    0x1122_3344_5566_0000 + i as u64
}

/// Every uop of the set once, in id order (EXIT_TRACE, which continues nowhere, is last).
fn every_uop(set: &StencilSet) -> Vec<JitUop> {
    assert_eq!(set.uops.last().map(|s| s.name), Some("EXIT_TRACE"));
    (0..set.uops.len())
        .map(|i| JitUop {
            id: i as u16,
            oparg: oparg(i),
            operand: operand(i),
        })
        .collect()
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}

fn sext(v: u64, bits: u32) -> i64 {
    ((v << (64 - bits)) as i64) >> (64 - bits)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Isa {
    X86_64,
    Aarch64,
}

/// A branch target, RIP-relative address or ADRP page the decoder read, for the
/// llvm-objdump cross-check.
struct Decoded {
    /// Address of the hole (inside the instruction).
    at: u64,
    /// What the instruction goes to (a branch) or the page it computes (ADRP).
    target: u64,
    /// llvm-objdump 19 prints a RIP-relative operand's address in a comment that ignores
    /// `--adjust-vma`: compare the offset into the block instead.
    unadjusted: bool,
}

/// Checks one laid-out image; collects every disagreement instead of stopping at the first.
struct Checker<'a> {
    triple: &'static str,
    isa: Isa,
    img: &'a TraceImage<'a>,
    /// Per byte of the image: the bits the patcher may have changed.
    may_change: Vec<u8>,
    errors: Vec<String>,
    decoded: Vec<Decoded>,
    /// Trampolines and GOT slots some hole went through.
    trampolines_used: Vec<usize>,
}

impl<'a> Checker<'a> {
    fn addr(&self, offset: usize) -> u64 {
        self.img.base + offset as u64
    }

    fn offset(&self, addr: u64) -> Option<usize> {
        let o = addr.checked_sub(self.img.base)? as usize;
        (o < self.img.bytes.len()).then_some(o)
    }

    fn fail(&mut self, what: String) {
        self.errors.push(format!("{}: {what}", self.triple));
    }

    fn code_of(&self, role: Role) -> Option<usize> {
        self.img
            .placements
            .iter()
            .find(|p| p.role == role)
            .map(|p| p.code)
    }

    /// `S` of a hole of the instance `role`, from the test's own knowledge of the trace.
    fn symbol(&self, role: Role, value: HoleValue, code: usize, data: usize) -> Option<u64> {
        let first_uop = self.code_of(Role::Uop(0))?;
        Some(match (value, role) {
            (HoleValue::Continue, Role::Shim) => self.addr(first_uop),
            (HoleValue::Continue, Role::Uop(i)) => self.addr(self.code_of(Role::Uop(i + 1))?),
            (HoleValue::Exit, Role::Uop(i)) => self.addr(self.code_of(Role::Exit(i))?),
            (HoleValue::JumpTarget, _) => self.addr(first_uop),
            (HoleValue::Oparg, Role::Uop(i)) => oparg(i) as u64,
            (HoleValue::Oparg, Role::Exit(i)) => i as u64,
            (HoleValue::Operand, Role::Uop(i)) => operand(i),
            (HoleValue::Code, _) => self.addr(code),
            (HoleValue::Data, _) => self.addr(data),
            (HoleValue::Helper(name), _) => helper(name)? as u64,
            _ => return None,
        })
    }

    fn allow(&mut self, at: usize, mask: &[u8]) {
        for (k, m) in mask.iter().enumerate() {
            self.may_change[at + k] |= m;
        }
    }

    /// The trampoline at `addr` jumps to `dest`, and is one of the block's.
    fn check_trampoline(&mut self, addr: u64, dest: u64, what: &str) {
        let t = &self.img.trampolines;
        let Some(o) = self
            .offset(addr)
            .filter(|o| t.contains(o) && (o - t.start).is_multiple_of(16))
        else {
            return self.fail(format!("{what}: {addr:#x} is not a trampoline slot"));
        };
        let b = &self.img.bytes;
        let (code_ok, slot) = match self.isa {
            Isa::X86_64 => (b[o..o + 6] == [0xff, 0x25, 0, 0, 0, 0], u64_at(b, o + 6)),
            Isa::Aarch64 => (
                u32_at(b, o) == 0x5800_0050 && u32_at(b, o + 4) == 0xd61f_0200,
                u64_at(b, o + 8),
            ),
        };
        if !code_ok {
            self.fail(format!(
                "{what}: trampoline at {addr:#x} is not an indirect jump"
            ));
        }
        if slot != dest {
            self.fail(format!(
                "{what}: trampoline at {addr:#x} goes to {slot:#x}, not {dest:#x}"
            ));
        }
        self.trampolines_used.push(o);
    }

    /// The GOT slot at `addr` is one of the block's and holds `value`.
    fn check_slot(&mut self, addr: u64, value: u64, what: &str) {
        let got = self.img.got.clone();
        match self
            .offset(addr)
            .filter(|o| got.contains(o) && (o - got.start).is_multiple_of(8))
        {
            Some(o) if u64_at(&self.img.bytes, o) == value => {}
            Some(o) => {
                let held = u64_at(&self.img.bytes, o);
                self.fail(format!(
                    "{what}: slot {addr:#x} holds {held:#x}, not {value:#x}"
                ))
            }
            None => self.fail(format!("{what}: {addr:#x} is not a GOT slot")),
        }
    }

    fn check(&mut self) {
        let img = self.img;
        let mut movw: BTreeMap<(usize, u32), MovGroup> = BTreeMap::new();
        let mut adrp: HashMap<(usize, u32), (u64, u64)> = HashMap::new();
        // ADRPs first: the LDRs that pair with them need their pages.
        let mut holes: Vec<_> = img
            .placements
            .iter()
            .enumerate()
            .flat_map(|(n, pl)| pl.stencil.holes.iter().map(move |h| (n, pl, h)))
            .collect();
        holes.sort_by_key(|(_, _, h)| !matches!(h.kind, HoleKind::Arm64GotPage21));
        for (n, pl, hole) in holes {
            let start = match hole.section {
                Section::Code => pl.code,
                Section::Data => pl.data,
            };
            let at = start + hole.offset as usize;
            let p = self.addr(at);
            let what = format!(
                "{} ({:?}) hole at +{:#x} {:?} {:?}{:+}",
                pl.stencil.name, pl.role, hole.offset, hole.kind, hole.value, hole.addend
            );
            let Some(s) = self.symbol(pl.role, hole.value, pl.code, pl.data) else {
                self.fail(format!("{what}: means nothing here"));
                continue;
            };
            let want = s.wrapping_add(hole.addend as u64);
            let internal = matches!(
                hole.value,
                HoleValue::Continue
                    | HoleValue::Exit
                    | HoleValue::JumpTarget
                    | HoleValue::Code
                    | HoleValue::Data
            );
            let b = &img.bytes;
            match hole.kind {
                HoleKind::Abs64 => {
                    self.allow(at, &[0xff; 8]);
                    // In code, only as movabs's imm64 (REX.W B8+r).
                    if hole.section == Section::Code
                        && !(self.isa == Isa::X86_64
                            && at >= 2
                            && b[at - 2] & 0xf8 == 0x48
                            && b[at - 1] & 0xf8 == 0xb8)
                    {
                        self.fail(format!("{what}: not the imm64 of movabs"));
                    }
                    if u64_at(b, at) != want {
                        let got = u64_at(b, at);
                        self.fail(format!("{what}: holds {got:#x}, not {want:#x}"));
                    }
                }
                HoleKind::Abs32 | HoleKind::Abs32S => {
                    self.allow(at, &[0xff; 4]);
                    let v = u32_at(b, at);
                    let read = if hole.kind == HoleKind::Abs32 {
                        v as u64
                    } else {
                        v as i32 as i64 as u64
                    };
                    if read != want {
                        self.fail(format!("{what}: holds {read:#x}, not {want:#x}"));
                    }
                }
                HoleKind::X86Rel32 | HoleKind::X86GotRel32 { .. } => {
                    self.allow(at, &[0xff; 4]);
                    let original = &pl.stencil.code;
                    let o = hole.offset as usize;
                    let form = (hole.section == Section::Code)
                        .then(|| x86_rel32_form(original, o))
                        .flatten();
                    let Some(form) = form else {
                        self.fail(format!("{what}: no decoder for this instruction"));
                        continue;
                    };
                    // The CPU's address is the instruction's end (the field's end, plus any
                    // immediate after it) plus the field's value.
                    let dest = p
                        .wrapping_add(4 + form.trailing())
                        .wrapping_add(u32_at(b, at) as i32 as i64 as u64);
                    self.decoded.push(Decoded {
                        at: p,
                        target: dest,
                        unadjusted: form != X86Form::Branch,
                    });
                    if let HoleKind::X86GotRel32 { got_addend } = hole.kind {
                        if form == X86Form::Branch || got_addend != -4 - form.trailing() as i64 {
                            self.fail(format!("{what}: not a load of a GOT slot"));
                        }
                        self.check_slot(dest, want, &what);
                        continue;
                    }
                    // The symbol the instruction reaches, as the object file meant it.
                    let meant = want.wrapping_add(4);
                    if internal {
                        if dest != meant {
                            self.fail(format!("{what}: goes to {dest:#x}, not {meant:#x}"));
                        }
                    } else if form == X86Form::Branch {
                        self.check_trampoline(dest, meant, &what);
                    } else if form == X86Form::Lea && b[at - 2] == 0x8b {
                        // lea of a far address became a load of a GOT slot holding it.
                        self.allow(at - 2, &[0x8d ^ 0x8b]);
                        self.check_slot(dest, meant, &what);
                    } else {
                        self.fail(format!(
                            "{what}: far value in an instruction with no way out"
                        ));
                    }
                }
                HoleKind::Arm64Branch26 => {
                    self.allow(at, &0x03ff_ffffu32.to_le_bytes());
                    let insn = u32_at(b, at);
                    if insn & 0x7c00_0000 != 0x1400_0000 {
                        self.fail(format!("{what}: {insn:#010x} is not B/BL"));
                        continue;
                    }
                    let dest = p.wrapping_add((sext((insn & 0x03ff_ffff) as u64, 26) * 4) as u64);
                    if internal {
                        if dest != want {
                            self.fail(format!("{what}: goes to {dest:#x}, not {want:#x}"));
                        }
                    } else {
                        self.check_trampoline(dest, want, &what);
                    }
                    self.decoded.push(Decoded {
                        at: p,
                        target: dest,
                        unadjusted: false,
                    });
                }
                HoleKind::Arm64MovW { group } => {
                    self.allow(at, &(0xffffu32 << 5).to_le_bytes());
                    let insn = u32_at(b, at);
                    // MOVZ/MOVK of an X register, its 16-bit group `hw`.
                    let (movz, movk) = (0xd280_0000, 0xf280_0000);
                    let hw = (insn >> 21) & 3;
                    if insn & 0xff80_0000 != movz && insn & 0xff80_0000 != movk {
                        self.fail(format!("{what}: {insn:#010x} is not MOVZ/MOVK"));
                        continue;
                    }
                    if hw != group as u32 {
                        self.fail(format!("{what}: shifts by {} not {}", hw * 16, group * 16));
                    }
                    let entry =
                        movw.entry((n, insn & 0x1f))
                            .or_insert(([None; 4], want, 0, what.clone()));
                    entry.0[hw as usize] = Some((insn >> 5) as u16);
                    if insn & 0xff80_0000 == movz {
                        entry.2 += 1;
                    }
                    if entry.1 != want {
                        self.fail(format!("{what}: one register, two values"));
                    }
                }
                HoleKind::Arm64GotPage21 | HoleKind::Arm64AdrpPage21 => {
                    self.allow(at, &0x60ff_ffe0u32.to_le_bytes());
                    let insn = u32_at(b, at);
                    if insn & 0x9f00_0000 != 0x9000_0000 {
                        self.fail(format!("{what}: {insn:#010x} is not ADRP"));
                        continue;
                    }
                    let imm = (((insn >> 5) & 0x7ffff) << 2 | (insn >> 29) & 3) as u64;
                    let page = (p & !0xfff).wrapping_add((sext(imm, 21) << 12) as u64);
                    adrp.insert((n, insn & 0x1f), (page, want));
                    self.decoded.push(Decoded {
                        at: p,
                        target: page,
                        unadjusted: false,
                    });
                    if hole.kind == HoleKind::Arm64AdrpPage21 {
                        self.fail(format!("{what}: no decoder for ADRP of an address"));
                    }
                }
                HoleKind::Arm64GotPageOff12 => {
                    self.allow(at, &(0xfffu32 << 10).to_le_bytes());
                    let insn = u32_at(b, at);
                    // LDR Xt, [Xn, #imm12 * 8]: the only load of a whole 64-bit slot.
                    if insn & 0xffc0_0000 != 0xf940_0000 {
                        self.fail(format!("{what}: {insn:#010x} is not LDR Xt, [Xn, #imm]"));
                        continue;
                    }
                    let rn = (insn >> 5) & 0x1f;
                    let Some(&(page, adrp_want)) = adrp.get(&(n, rn)) else {
                        self.fail(format!("{what}: no ADRP of x{rn} for the same value"));
                        continue;
                    };
                    if adrp_want != want {
                        self.fail(format!("{what}: its ADRP is for another value"));
                    }
                    let slot = page + (((insn >> 10) & 0xfff) as u64) * 8;
                    self.check_slot(slot, want, &what);
                }
                HoleKind::Arm64PageOff12 { .. } => {
                    self.fail(format!("{what}: no decoder for this kind yet"));
                }
            }
        }
        for (_, (groups, want, movz, what)) in movw {
            let value = groups
                .iter()
                .enumerate()
                .try_fold(0u64, |v, (k, g)| Some(v | (((*g)? as u64) << (16 * k))));
            if value != Some(want) || movz != 1 {
                self.fail(format!(
                    "{what}: MOVZ/MOVK groups {groups:x?} ({movz} MOVZ) are not {want:#x}"
                ));
            }
        }
        self.check_bytes_outside_holes();
    }

    /// Every byte outside the holes' fields is the stencil's (or padding: zero); unused
    /// trampoline slots are zero.
    fn check_bytes_outside_holes(&mut self) {
        let img = self.img;
        let mut original = vec![0u8; img.bytes.len()];
        let mut covered: Vec<Range<usize>> = Vec::new();
        for pl in &img.placements {
            original[pl.code..pl.code + pl.stencil.code.len()].copy_from_slice(pl.stencil.code);
            original[pl.data..pl.data + pl.stencil.data.len()].copy_from_slice(pl.stencil.data);
            covered.push(pl.code..pl.code + pl.stencil.code.len());
            covered.push(pl.data..pl.data + pl.stencil.data.len());
        }
        covered.sort_by_key(|r| r.start);
        for w in covered.windows(2) {
            if w[0].end > w[1].start && !w[0].is_empty() && !w[1].is_empty() {
                self.fail(format!("stencil instances overlap: {:?} {:?}", w[0], w[1]));
            }
        }
        let t = img.trampolines.clone();
        for at in (t.start..t.end).step_by(16) {
            if !self.trampolines_used.contains(&at) {
                // Reserved but never used: must be untouched.
                continue;
            }
            self.may_change[at..at + 16].fill(0xff);
        }
        for (k, (&now, &was)) in img.bytes.iter().zip(&original).enumerate() {
            // GOT slots are checked through the holes that read them.
            if img.got.contains(&k) {
                continue;
            }
            let diff = (now ^ was) & !self.may_change[k];
            if diff != 0 {
                self.fail(format!(
                    "byte at +{k:#x} is {now:#04x}, the stencil's is {was:#04x}"
                ));
                if self.errors.len() > 40 {
                    return;
                }
            }
        }
    }
}

/// The MOVZ/MOVK of one register in one stencil instance: the 16-bit groups seen, the value
/// they must make, how many were MOVZ, and the first hole's description.
type MovGroup = ([Option<u16>; 4], u64, usize, String);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum X86Form {
    /// call/jmp rel32, jcc rel32.
    Branch,
    /// lea reg, [rip+disp32].
    Lea,
    /// Any other one- or two-byte opcode with a [rip+disp32] operand and no immediate
    /// (mov, xorps, call/jmp [rip+disp32]).
    Mem,
    /// An ALU operation on [rip+disp32] with an immediate after the field (`cmp dword
    /// [rip+disp32], imm8` is 83 /7 ib; 81 /r takes an imm32): the CPU's address is relative
    /// to the end of the immediate.
    MemImm(u8),
}

impl X86Form {
    /// Bytes between the end of the rel32 field and the end of the instruction.
    fn trailing(self) -> u64 {
        match self {
            X86Form::MemImm(n) => n as u64,
            _ => 0,
        }
    }
}

/// The instruction whose rel32 field is at `code[o..o + 4]`, read from the stencil's bytes:
/// only forms whose field is the instruction's last four bytes.
fn x86_rel32_form(code: &[u8], o: usize) -> Option<X86Form> {
    let at = |back: usize| o.checked_sub(back).map(|i| code[i]);
    if matches!(at(1), Some(0xe8 | 0xe9))
        || (at(2) == Some(0x0f) && matches!(at(1), Some(0x80..=0x8f)))
    {
        return Some(X86Form::Branch);
    }
    let modrm = at(1)?;
    if modrm & 0xc7 != 0x05 {
        return None;
    }
    match (at(3), at(2)?) {
        (_, 0x8d) => Some(X86Form::Lea),
        (_, 0x8b) | (_, 0x89) => Some(X86Form::Mem),
        // call/jmp qword [rip+disp32]
        (_, 0xff) if matches!(modrm, 0x15 | 0x25) => Some(X86Form::Mem),
        // SSE loads and logic ops with no immediate (movsd/movss/movups/xorps/andps/…).
        (Some(0x0f), 0x10 | 0x28 | 0x54 | 0x55 | 0x56 | 0x57 | 0x58 | 0x59 | 0x5c | 0x5e) => {
            Some(X86Form::Mem)
        }
        (Some(0x0f), 0x2e | 0x2f) => Some(X86Form::Mem),
        (_, 0x83) => Some(X86Form::MemImm(1)),
        (_, 0x81) => Some(X86Form::MemImm(4)),
        _ => None,
    }
}

fn isa_of(triple: &str) -> Isa {
    if triple.starts_with("x86_64") {
        Isa::X86_64
    } else {
        Isa::Aarch64
    }
}

/// llvm-objdump 19 disassembles the block, and every branch, RIP-relative operand or ADRP
/// the decoder read must show the same address. Returns how many it compared, or None without llvm-objdump.
fn objdump_cross_check(triple: &str, img: &TraceImage, decoded: &[Decoded]) -> Option<usize> {
    let objdump = "llvm-objdump-19";
    let objcopy = "llvm-objcopy-19";
    let tools_present = [objdump, objcopy].iter().all(|t| {
        std::process::Command::new(t)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if !tools_present {
        eprintln!("{triple}: llvm-objdump-19/llvm-objcopy-19 not installed: no cross-check");
        return None;
    }
    let dir = std::env::temp_dir().join(format!("tessera-cross-{}-{triple}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("trace.bin");
    let obj = dir.join("trace.o");
    std::fs::write(&bin, &img.bytes).unwrap();
    // Wrap the raw bytes in an ELF object of the ISA (the instructions are the same whatever
    // the OS), then disassemble it as if loaded at the image's base.
    let (format, disasm_triple) = match isa_of(triple) {
        Isa::X86_64 => ("elf64-x86-64", "x86_64-unknown-linux-gnu"),
        Isa::Aarch64 => ("elf64-littleaarch64", "aarch64-unknown-linux-gnu"),
    };
    // A function symbol at every stencil instance and trampoline, so that the disassembly
    // starts afresh there instead of running on from padding.
    let starts = img
        .placements
        .iter()
        .map(|p| p.code)
        .chain(img.trampolines.clone().step_by(16));
    let symbols = starts.enumerate().flat_map(|(k, at)| {
        [
            "--add-symbol".to_string(),
            format!("s{k}=.data:{at:#x},function"),
        ]
    });
    let status = std::process::Command::new(objcopy)
        .args(["-I", "binary", "-O", format])
        .args(symbols)
        .arg(&bin)
        .arg(&obj)
        .status()
        .unwrap();
    assert!(status.success(), "{triple}: llvm-objcopy failed");
    let out = std::process::Command::new(objdump)
        .args([
            "-D",
            "--no-show-raw-insn",
            &format!("--triple={disasm_triple}"),
            &format!("--adjust-vma={:#x}", img.base),
        ])
        .arg(&obj)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(out.status.success(), "{triple}: llvm-objdump failed");
    let text = String::from_utf8_lossy(&out.stdout);
    // "    7f1234000038: \tbl\t0x7f1234003f80 <...>" → address → instruction text.
    let mut lines: BTreeMap<u64, String> = BTreeMap::new();
    for line in text.lines() {
        let Some((addr, rest)) = line.trim_start().split_once(':') else {
            continue;
        };
        if let Ok(a) = u64::from_str_radix(addr, 16) {
            lines.insert(a, rest.trim().to_string());
        }
    }
    let mut compared = 0;
    for d in decoded {
        let Some((start, insn)) = lines.range(..=d.at).next_back() else {
            panic!("{triple}: llvm-objdump shows no instruction at {:#x}", d.at);
        };
        assert!(
            d.at - start < 16,
            "{triple}: llvm-objdump shows no instruction at {:#x}",
            d.at
        );
        let target = match d.unadjusted {
            false => format!("{:#x}", d.target),
            true => format!("{:#x}", d.target - img.base),
        };
        assert!(
            insn.split(|c: char| c.is_whitespace() || c == ',')
                .any(|w| w == target),
            "{triple}: at {start:#x} llvm-objdump reads `{insn}`, the decoder {target}"
        );
        compared += 1;
    }
    Some(compared)
}

fn patch_and_decode(set: &StencilSet) {
    let triple = set.target;
    let trace = every_uop(set);
    let img = lay_out_at(set, &trace, &helper, BASE)
        .unwrap_or_else(|e| panic!("{triple}: laying out every uop failed: {e}"));
    // The shim first, the uops back to back from the next 16 bytes, each once.
    assert_eq!(img.placements[0].role, Role::Shim);
    let mut at = set.shim.code.len().next_multiple_of(16);
    for (i, stencil) in set.uops.iter().enumerate() {
        let pl = &img.placements[i + 1];
        assert_eq!(
            (pl.role, pl.code),
            (Role::Uop(i), at),
            "{triple}: {}",
            stencil.name
        );
        assert!(std::ptr::eq(pl.stencil, stencil));
        at += stencil.code.len();
    }
    // The last uop's exit stub follows it directly.
    let stub = img
        .placements
        .iter()
        .find(|p| p.role == Role::Exit(trace.len() - 1))
        .expect("the last uop has an exit stub");
    assert_eq!(stub.code, at, "{triple}: the last uop's stub follows it");
    let mut checker = Checker {
        triple,
        isa: isa_of(triple),
        img: &img,
        may_change: vec![0; img.bytes.len()],
        errors: Vec::new(),
        decoded: Vec::new(),
        trampolines_used: Vec::new(),
    };
    checker.check();
    let holes: usize = img.placements.iter().map(|p| p.stencil.holes.len()).sum();
    assert!(
        checker.errors.is_empty(),
        "{} of {holes} holes or bytes wrong:\n{}",
        checker.errors.len(),
        checker.errors.join("\n")
    );
    // Far helpers must have gone through trampolines (or, for GOT-style calls, slots).
    let helper_calls = img
        .placements
        .iter()
        .flat_map(|p| p.stencil.holes)
        .filter(|h| {
            matches!(h.value, HoleValue::Helper(_))
                && matches!(h.kind, HoleKind::X86Rel32 | HoleKind::Arm64Branch26)
        })
        .count();
    assert!(helper_calls > 0, "{triple}: the set calls no helper?");
    assert_eq!(checker.trampolines_used.len(), helper_calls, "{triple}");
    let compared = objdump_cross_check(triple, &img, &checker.decoded);
    eprintln!(
        "{triple}: {holes} holes decoded, {} trampoline uses, objdump agreed on {}",
        checker.trampolines_used.len(),
        compared.map_or("nothing (not installed)".to_string(), |n| n.to_string())
    );
}

#[test]
fn x86_64_unknown_linux_gnu() {
    patch_and_decode(&all_targets::x86_64_unknown_linux_gnu::STENCILS);
}

#[test]
fn aarch64_unknown_linux_gnu() {
    patch_and_decode(&all_targets::aarch64_unknown_linux_gnu::STENCILS);
}

#[test]
fn x86_64_apple_darwin() {
    patch_and_decode(&all_targets::x86_64_apple_darwin::STENCILS);
}

#[test]
fn aarch64_apple_darwin() {
    patch_and_decode(&all_targets::aarch64_apple_darwin::STENCILS);
}

#[test]
fn x86_64_pc_windows_msvc() {
    patch_and_decode(&all_targets::x86_64_pc_windows_msvc::STENCILS);
}

#[test]
fn aarch64_pc_windows_msvc() {
    patch_and_decode(&all_targets::aarch64_pc_windows_msvc::STENCILS);
}
