//! Turns a trace of uops into machine code: copies the stencils of the shim, of every uop
//! and of the exit stubs into one block of the code arena, fills the block's data area
//! (stencil data, GOT slots, trampolines), patches every hole, and makes it executable.
//!
//! Layout of one block, all of it in one allocation so that every PC-relative reference to
//! the data area is in range:
//!
//! ```text
//! shim | uop 0 | uop 1 | … | uop n-1 | exit stubs | stencil data | trampolines | GOT
//! ```
//!
//! Uop stencils are back to back with no padding: the generator removed each one's final
//! jump to `_JIT_CONTINUE`, so straight-line code falls through into the next uop. The exit
//! stub of the last uop follows it directly, so falling off the end leaves the trace (at
//! the last uop) instead of running whatever comes next.

use std::collections::HashMap;

use super::code_memory::{CodeArena, CodeBlock, ProtectError};
use super::patch::{self, PatchError, aarch64, x86_64};
use super::stencil::{Hole, HoleKind, HoleValue, Section, Stencil, StencilSet};

/// One uop of a trace as the JIT sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JitUop {
    /// Index into `StencilSet::uops` (a `UopId`).
    pub id: u16,
    pub oparg: u32,
    pub operand: u64,
}

#[derive(Debug)]
pub enum JitError {
    EmptyTrace,
    /// The trace names a uop the stencil set has no stencil for.
    UnknownUop {
        index: usize,
        id: u16,
    },
    /// The last uop continues to a next uop that does not exist (a trace must end in
    /// JUMP_TO_TOP or EXIT_TRACE).
    ContinueAfterLastUop {
        index: usize,
        stencil: &'static str,
    },
    /// A hole whose value means nothing in this stencil (an exit in the shim, a
    /// continuation in the exit stub).
    MisplacedHole {
        stencil: &'static str,
        value: HoleValue,
    },
    /// `Helper(name)` that the resolver does not know.
    UnknownHelper(&'static str),
    /// A hole that cannot be satisfied where the code landed.
    Patch {
        stencil: &'static str,
        hole: Hole,
        error: PatchError,
    },
    /// The arena's byte cap (or the OS) left no room for `bytes` more: not a failure of the
    /// program, which runs on in the lower tiers.
    OutOfMemory {
        bytes: usize,
    },
    Protect(ProtectError),
}

impl std::fmt::Display for JitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JitError::EmptyTrace => f.write_str("empty trace"),
            JitError::UnknownUop { index, id } => {
                write!(
                    f,
                    "uop {index} of the trace has id {id}, which has no stencil"
                )
            }
            JitError::ContinueAfterLastUop { index, stencil } => write!(
                f,
                "the last uop ({stencil}, index {index}) continues past the end of the trace"
            ),
            JitError::MisplacedHole { stencil, value } => {
                write!(
                    f,
                    "stencil {stencil} has a {value:?} hole, which it cannot have"
                )
            }
            JitError::UnknownHelper(name) => write!(f, "unknown runtime helper {name}"),
            JitError::Patch {
                stencil,
                hole,
                error,
            } => {
                write!(
                    f,
                    "stencil {stencil}, hole at {:?}+{:#x}: {error}",
                    hole.section, hole.offset
                )
            }
            JitError::OutOfMemory { bytes } => {
                write!(f, "no room for {bytes} more bytes of JIT code")
            }
            JitError::Protect(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for JitError {}

/// The machine code of one trace. Dropping it gives its bytes back to the arena.
pub struct CompiledTrace {
    block: CodeBlock,
    entry: usize,
    uops: usize,
}

impl CompiledTrace {
    /// Address of the entry shim: a C-convention `(TsFrame*, TsValue*, TsState*) -> TsValue*`.
    pub fn entry(&self) -> usize {
        self.entry
    }

    /// Bytes of the arena the trace holds (code, data and padding).
    pub fn code_bytes(&self) -> usize {
        self.block.len()
    }

    /// The block's bytes: code, then data.
    pub fn code(&self) -> &[u8] {
        self.block.bytes()
    }

    pub fn uop_count(&self) -> usize {
        self.uops
    }
}

impl std::fmt::Debug for CompiledTrace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompiledTrace")
            .field("entry", &format_args!("{:#x}", self.entry))
            .field("code_bytes", &self.code_bytes())
            .field("uops", &self.uops)
            .finish()
    }
}

/// What a hole refers to before the block has an address: an offset into the block, or an
/// absolute value (an oparg, an operand, a helper's address).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Target {
    Internal(u64),
    External(u64),
}

impl Target {
    fn plus(self, addend: i64) -> Target {
        match self {
            Target::Internal(o) => Target::Internal(o.wrapping_add(addend as u64)),
            Target::External(a) => Target::External(a.wrapping_add(addend as u64)),
        }
    }

    fn address(self, base: u64) -> u64 {
        match self {
            Target::Internal(o) => base.wrapping_add(o),
            Target::External(a) => a,
        }
    }
}

/// What a stencil instance in a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The entry shim (always first, at offset 0).
    Shim,
    /// The uop at this index of the trace.
    Uop(usize),
    /// The exit stub of the uop at this index.
    Exit(usize),
}

/// One stencil copied into the block.
struct Instance<'s> {
    stencil: &'s Stencil,
    role: Role,
    code: usize,
    data: usize,
    oparg: u32,
    operand: u64,
}

/// Slots of one kind in the data area, one per distinct value, in first-use order.
#[derive(Default)]
struct Slots {
    index: HashMap<Target, usize>,
    values: Vec<Target>,
}

impl Slots {
    fn add(&mut self, t: Target) {
        if !self.index.contains_key(&t) {
            self.index.insert(t, self.values.len());
            self.values.push(t);
        }
    }
}

/// Room for one trampoline of either ISA.
const TRAMPOLINE_SLOT: usize = 16;
const _: () = assert!(x86_64::TRAMPOLINE_LEN <= TRAMPOLINE_SLOT);
const _: () = assert!(aarch64::TRAMPOLINE_LEN <= TRAMPOLINE_SLOT);

fn align(n: usize, to: usize) -> usize {
    n.next_multiple_of(to)
}

fn has_hole(s: &Stencil, value: HoleValue) -> bool {
    s.holes.iter().any(|h| h.value == value)
}

/// Compiles `trace` with the stencils of `set` into `arena`. `helpers` maps a helper's
/// symbol to its address.
pub fn compile(
    set: &StencilSet,
    trace: &[JitUop],
    helpers: &dyn Fn(&str) -> Option<usize>,
    arena: &CodeArena,
) -> Result<CompiledTrace, JitError> {
    let layout = lay_out(set, trace, helpers)?;
    let mut block = arena.allocate(layout.total).ok_or(JitError::OutOfMemory {
        bytes: layout.total,
    })?;
    let base = block.addr() as u64;
    let image = patch_layout(&layout, base)?;
    block.write(&image).map_err(JitError::Protect)?;
    Ok(CompiledTrace {
        block,
        entry: base as usize,
        uops: trace.len(),
    })
}

/// `trace` laid out and patched exactly as `compile` would if its block started at `base`,
/// but into plain bytes: for checking (and running elsewhere) the code of any target's
/// stencil set, whatever the host.
pub fn lay_out_at<'s>(
    set: &'s StencilSet,
    trace: &[JitUop],
    helpers: &dyn Fn(&str) -> Option<usize>,
    base: u64,
) -> Result<TraceImage<'s>, JitError> {
    let layout = lay_out(set, trace, helpers)?;
    let bytes = patch_layout(&layout, base)?;
    let placements = layout
        .instances
        .iter()
        .map(|i| Placement {
            stencil: i.stencil,
            role: i.role,
            code: i.code,
            data: i.data,
        })
        .collect();
    Ok(TraceImage {
        base,
        bytes,
        placements,
        trampolines: layout.trampolines_at..layout.got_at,
        got: layout.got_at..layout.total,
    })
}

/// A trace's block as `lay_out_at` made it.
pub struct TraceImage<'s> {
    /// The address the block was patched for; the entry shim is there.
    pub base: u64,
    pub bytes: Vec<u8>,
    /// Every stencil instance: the shim, the uops in trace order, then the exit stubs.
    pub placements: Vec<Placement<'s>>,
    /// Offsets of the trampolines (16 bytes each, in use or not) and of the GOT slots.
    pub trampolines: std::ops::Range<usize>,
    pub got: std::ops::Range<usize>,
}

/// Where one stencil instance landed: offsets of its code and data from the block's start.
pub struct Placement<'s> {
    pub stencil: &'s Stencil,
    pub role: Role,
    pub code: usize,
    pub data: usize,
}

/// A trace's block before it has an address: every instance placed, every hole's target
/// known up to the base, the trampolines and GOT slots it needs counted.
struct Layout<'s> {
    instances: Vec<Instance<'s>>,
    targets: Vec<Vec<Target>>,
    trampolines: Slots,
    got: Slots,
    trampolines_at: usize,
    got_at: usize,
    total: usize,
}

fn lay_out<'s>(
    set: &'s StencilSet,
    trace: &[JitUop],
    helpers: &dyn Fn(&str) -> Option<usize>,
) -> Result<Layout<'s>, JitError> {
    if trace.is_empty() {
        return Err(JitError::EmptyTrace);
    }
    // Code: the shim, the uops back to back, the exit stubs.
    let mut instances = Vec::with_capacity(trace.len() * 2 + 1);
    instances.push(Instance {
        stencil: &set.shim,
        role: Role::Shim,
        code: 0,
        data: 0,
        oparg: 0,
        operand: 0,
    });
    let mut at = align(set.shim.code.len(), 16);
    for (i, u) in trace.iter().enumerate() {
        let stencil = set
            .uops
            .get(u.id as usize)
            .ok_or(JitError::UnknownUop { index: i, id: u.id })?;
        instances.push(Instance {
            stencil,
            role: Role::Uop(i),
            code: at,
            data: 0,
            oparg: u.oparg,
            operand: u.operand,
        });
        at += stencil.code.len();
    }
    // The last uop's stub comes first, right after it, whether or not it has Exit holes: a
    // uop whose final continuation jump the generator removed falls through into the next
    // bytes, and for the last uop those must leave the trace rather than run padding.
    let n = trace.len();
    let mut stubs = vec![usize::MAX; n];
    for i in std::iter::once(n - 1).chain(0..n - 1) {
        if i == n - 1 || has_hole(instances[i + 1].stencil, HoleValue::Exit) {
            if i != n - 1 {
                at = align(at, 16);
            }
            stubs[i] = instances.len();
            instances.push(Instance {
                stencil: &set.exit,
                role: Role::Exit(i),
                code: at,
                data: 0,
                oparg: i as u32,
                operand: 0,
            });
            at += set.exit.code.len();
        }
    }

    // The stencils' data, each instance's aligned as the object file asked at most.
    for inst in instances.iter_mut() {
        if !inst.stencil.data.is_empty() {
            at = align(at, 16);
            inst.data = at;
            at += inst.stencil.data.len();
        }
    }

    // Every hole's target, known now up to the block's address.
    let first_uop = instances[1].code as u64;
    let mut targets = Vec::new();
    for inst in &instances {
        let mut t = Vec::with_capacity(inst.stencil.holes.len());
        for hole in inst.stencil.holes {
            t.push(resolve(
                inst, hole.value, &instances, &stubs, first_uop, helpers,
            )?);
        }
        targets.push(t);
    }

    // Trampolines for far calls and jumps, GOT slots for GOT loads and for far addresses an
    // instruction computes (reserved for every external target; used only when out of range).
    let mut trampolines = Slots::default();
    let mut got = Slots::default();
    for (inst, ts) in instances.iter().zip(&targets) {
        for (hole, &t) in inst.stencil.holes.iter().zip(ts) {
            let value = t.plus(hole.addend);
            match hole.kind {
                HoleKind::X86GotRel32 { .. }
                | HoleKind::Arm64GotPage21
                | HoleKind::Arm64GotPageOff12 => got.add(value),
                HoleKind::X86Rel32 if matches!(t, Target::External(_)) => {
                    // The field ends the instruction: its destination is `S + A + 4`.
                    trampolines.add(value.plus(4));
                    got.add(value.plus(4));
                }
                HoleKind::Arm64Branch26 if matches!(t, Target::External(_)) => {
                    trampolines.add(value)
                }
                HoleKind::Arm64AdrpPage21 | HoleKind::Arm64PageOff12 { .. }
                    if matches!(t, Target::External(_)) =>
                {
                    got.add(value)
                }
                _ => {}
            }
        }
    }
    let trampoline_len = TRAMPOLINE_SLOT;
    at = align(at, 16);
    let trampolines_at = at;
    at += trampolines.values.len() * trampoline_len;
    at = align(at, 8);
    let got_at = at;
    at += got.values.len() * 8;
    let total = at;

    Ok(Layout {
        instances,
        targets,
        trampolines,
        got,
        trampolines_at,
        got_at,
        total,
    })
}

/// The block's bytes with every hole patched for a block at `base`.
fn patch_layout(layout: &Layout, base: u64) -> Result<Vec<u8>, JitError> {
    let Layout {
        instances,
        targets,
        trampolines,
        got,
        trampolines_at,
        got_at,
        total,
    } = layout;
    let (trampolines_at, got_at, total) = (*trampolines_at, *got_at, *total);
    let trampoline_len = TRAMPOLINE_SLOT;
    let end = base + total as u64;
    let mut image = vec![0u8; total];
    for inst in instances {
        image[inst.code..inst.code + inst.stencil.code.len()].copy_from_slice(inst.stencil.code);
        image[inst.data..inst.data + inst.stencil.data.len()].copy_from_slice(inst.stencil.data);
    }
    let trampoline_at = |k: usize| trampolines_at + k * trampoline_len;
    let slot_at = |k: usize| got_at + k * 8;
    for (k, t) in got.values.iter().enumerate() {
        image[slot_at(k)..slot_at(k) + 8].copy_from_slice(&t.address(base).to_le_bytes());
    }

    for (inst, ts) in instances.iter().zip(targets) {
        for (hole, &t) in inst.stencil.holes.iter().zip(ts) {
            let (start, len) = match hole.section {
                Section::Code => (inst.code, inst.stencil.code.len()),
                Section::Data => (inst.data, inst.stencil.data.len()),
            };
            let offset = hole.offset as usize;
            let p = base + (start + offset) as u64;
            let value = t.plus(hole.addend);
            let bytes = &mut image[start..start + len];
            let external = matches!(t, Target::External(_));
            let slot = |v: Target| base + slot_at(got.index[&v]) as u64;
            let fail = |error: PatchError| JitError::Patch {
                stencil: inst.stencil.name,
                hole: *hole,
                error,
            };
            let result = match hole.kind {
                HoleKind::X86GotRel32 { .. }
                | HoleKind::Arm64GotPage21
                | HoleKind::Arm64GotPageOff12 => {
                    patch::patch(hole.kind, bytes, offset, p, slot(value))
                }
                HoleKind::X86Rel32 => {
                    let direct = patch::patch(hole.kind, bytes, offset, p, value.address(base));
                    match direct {
                        Err(PatchError::OutOfRange { .. }) if external => {
                            let dest = value.plus(4);
                            if offset + 4 <= len && x86_64::is_branch(bytes, offset) {
                                let at = trampoline_at(trampolines.index[&dest]);
                                let tramp = x86_64::trampoline(dest.address(base));
                                image[at..at + x86_64::TRAMPOLINE_LEN].copy_from_slice(&tramp);
                                let bytes = &mut image[start..start + len];
                                patch::patch(hole.kind, bytes, offset, p, base + at as u64 - 4)
                            } else if offset + 4 <= len && x86_64::lea_to_load(bytes, offset) {
                                patch::patch(hole.kind, bytes, offset, p, slot(dest) - 4)
                            } else {
                                direct
                            }
                        }
                        other => other,
                    }
                }
                HoleKind::Arm64Branch26 => {
                    let direct = patch::patch(hole.kind, bytes, offset, p, value.address(base));
                    match direct {
                        Err(PatchError::OutOfRange { .. })
                            if external
                                && offset + 4 <= len
                                && aarch64::is_branch(&bytes[offset..]) =>
                        {
                            let at = trampoline_at(trampolines.index[&value]);
                            let tramp = aarch64::trampoline(value.address(base));
                            image[at..at + aarch64::TRAMPOLINE_LEN].copy_from_slice(&tramp);
                            let bytes = &mut image[start..start + len];
                            patch::patch(hole.kind, bytes, offset, p, base + at as u64)
                        }
                        other => other,
                    }
                }
                // An address ADRP cannot reach from this block is read from a GOT slot
                // instead: ADRP of the slot's page, and its ADD turned into a load.
                HoleKind::Arm64AdrpPage21
                    if external && adrp_is_far(base, end, value.address(base)) =>
                {
                    patch::patch(hole.kind, bytes, offset, p, slot(value))
                }
                HoleKind::Arm64PageOff12 { .. }
                    if external && adrp_is_far(base, end, value.address(base)) =>
                {
                    match bytes
                        .get_mut(offset..offset + 4)
                        .and_then(aarch64::add_to_load)
                    {
                        Some(shift) => patch::patch(
                            HoleKind::Arm64PageOff12 { shift },
                            bytes,
                            offset,
                            p,
                            slot(value),
                        ),
                        // A load or store at a far address: no slot can stand in for it.
                        None => Err(PatchError::OutOfRange {
                            kind: hole.kind,
                            value: value.address(base) as i128,
                        }),
                    }
                }
                kind => patch::patch(kind, bytes, offset, p, value.address(base)),
            };
            result.map_err(fail)?;
        }
    }

    Ok(image)
}

/// Whether some instruction in `base..end` could not reach `value`'s page with ADRP.
fn adrp_is_far(base: u64, end: u64, value: u64) -> bool {
    !aarch64::adrp_reaches(base, value) || !aarch64::adrp_reaches(end, value)
}

fn resolve(
    inst: &Instance,
    value: HoleValue,
    instances: &[Instance],
    stubs: &[usize],
    first_uop: u64,
    helpers: &dyn Fn(&str) -> Option<usize>,
) -> Result<Target, JitError> {
    let misplaced = JitError::MisplacedHole {
        stencil: inst.stencil.name,
        value,
    };
    Ok(match value {
        HoleValue::Continue => match inst.role {
            Role::Shim => Target::Internal(first_uop),
            Role::Uop(i) => match instances.get(i + 2) {
                Some(next) if matches!(next.role, Role::Uop(_)) => {
                    Target::Internal(next.code as u64)
                }
                _ => {
                    return Err(JitError::ContinueAfterLastUop {
                        index: i,
                        stencil: inst.stencil.name,
                    });
                }
            },
            Role::Exit(_) => return Err(misplaced),
        },
        HoleValue::Exit => match inst.role {
            Role::Uop(i) => Target::Internal(instances[stubs[i]].code as u64),
            _ => return Err(misplaced),
        },
        HoleValue::JumpTarget => Target::Internal(first_uop),
        HoleValue::Oparg => Target::External(inst.oparg as u64),
        HoleValue::Operand => Target::External(inst.operand),
        HoleValue::Code => Target::Internal(inst.code as u64),
        HoleValue::Data => Target::Internal(inst.data as u64),
        HoleValue::Helper(name) => {
            Target::External(helpers(name).ok_or(JitError::UnknownHelper(name))? as u64)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::fixture_x86_64::{self as fx, SET};

    fn uop(id: u16, oparg: u32, operand: u64) -> JitUop {
        JitUop { id, oparg, operand }
    }

    /// Helpers far from any JIT code (never called: these tests only compile).
    fn far_helpers(name: &str) -> Option<usize> {
        match name {
            "ts_value_incref" => Some(0x0000_1000_0000_1000),
            "ts_value_decref" => Some(0x0000_1000_0000_2000),
            _ => None,
        }
    }

    fn read_u64(b: &[u8], at: usize) -> u64 {
        u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
    }

    fn read_i32(b: &[u8], at: usize) -> i64 {
        i32::from_le_bytes(b[at..at + 4].try_into().unwrap()) as i64
    }

    #[test]
    fn layout_continue_exit_and_jump_target() {
        let arena = CodeArena::new(1 << 20);
        let trace = [
            uop(fx::LOAD_INT_ID, 0, 7),
            uop(fx::GUARD_IS_TRUE_POP_ID, 0, 0),
            uop(fx::JUMP_TO_TOP_ID, 0, 0),
        ];
        let t = compile(&SET, &trace, &far_helpers, &arena).unwrap();
        let code = t.code();
        let shim_len = SET.shim.code.len();
        let first = shim_len.next_multiple_of(16);
        // The shim calls the first uop: call rel32 at 0x12, field at 0x13.
        assert_eq!(0x17 + read_i32(code, 0x13), first as i64);
        // LOAD_INT's operand went into its imm32.
        assert_eq!(read_i32(code, first + 0xc), 7);
        // GUARD_IS_TRUE_POP follows directly; its continue jump lands on JUMP_TO_TOP.
        let guard = first + SET.uops[fx::LOAD_INT_ID as usize].code.len();
        let jump = guard + SET.uops[fx::GUARD_IS_TRUE_POP_ID as usize].code.len();
        assert_eq!(
            (guard + 0x1b) as i64 + read_i32(code, guard + 0x17),
            jump as i64
        );
        // JUMP_TO_TOP goes back to the first uop.
        assert_eq!((jump + 5) as i64 + read_i32(code, jump + 1), first as i64);
        // Both guard exits reach the one stub, whose oparg is the guard's index (1).
        let stub = (guard + 0xb) as i64 + read_i32(code, guard + 0x7);
        assert_eq!((guard + 0x20) as i64 + read_i32(code, guard + 0x1c), stub);
        assert_eq!(read_i32(code, stub as usize + 4), 1);
        // The last uop's stub follows it directly (oparg 2), then the guard's, aligned.
        assert_eq!(read_i32(code, jump + 5 + 4), 2);
        assert_eq!(stub as usize % 16, 0);
        assert!(stub as usize > jump + 5);
        assert_eq!(t.uop_count(), 3);
        assert_eq!(t.entry(), t.code().as_ptr() as usize);
    }

    #[test]
    fn far_helpers_go_through_trampolines_and_got_slots() {
        let arena = CodeArena::new(1 << 20);
        let trace = [
            uop(fx::LOAD_FAST_ID, 3, 0),
            uop(fx::STORE_FAST_ID, 4, 0),
            uop(fx::EXIT_TRACE_ID, 0, 0),
        ];
        let t = compile(&SET, &trace, &far_helpers, &arena).unwrap();
        let code = t.code();
        let first = SET.shim.code.len().next_multiple_of(16);
        // LOAD_FAST: call rel32 at +0x2d to a trampoline holding incref's address.
        let tramp = (first + 0x32) as i64 + read_i32(code, first + 0x2e);
        let tramp = tramp as usize;
        assert_eq!(code[tramp..tramp + 6], [0xff, 0x25, 0, 0, 0, 0]);
        assert_eq!(read_u64(code, tramp + 6), 0x0000_1000_0000_1000);
        // STORE_FAST: call *[rip+X] at +0x32 reads a GOT slot holding decref's address, and
        // its continuation jmp *[rip+Y] a slot holding EXIT_TRACE's address.
        let store = first + SET.uops[fx::LOAD_FAST_ID as usize].code.len();
        let slot = ((store + 0x38) as i64 + read_i32(code, store + 0x34)) as usize;
        assert_eq!(slot % 8, 0);
        assert_eq!(read_u64(code, slot), 0x0000_1000_0000_2000);
        let exit_trace = store + SET.uops[fx::STORE_FAST_ID as usize].code.len();
        let slot = ((store + 0x42) as i64 + read_i32(code, store + 0x3e)) as usize;
        assert_eq!(read_u64(code, slot), (t.entry() + exit_trace) as u64);
        // Opargs are immediates.
        assert_eq!(read_i32(code, first + 0x9), 3);
        assert_eq!(read_i32(code, store + 0x9), 4);
    }

    #[test]
    fn lay_out_at_makes_the_bytes_compile_writes() {
        let arena = CodeArena::new(1 << 20);
        let trace = [
            uop(fx::LOAD_FAST_ID, 3, 0),
            uop(fx::LOAD_INT_ID, 0, 7),
            uop(fx::GUARD_IS_TRUE_POP_ID, 0, 0),
            uop(fx::STORE_FAST_ID, 4, 0),
            uop(fx::JUMP_TO_TOP_ID, 0, 0),
        ];
        let t = compile(&SET, &trace, &far_helpers, &arena).unwrap();
        let image = lay_out_at(&SET, &trace, &far_helpers, t.entry() as u64).unwrap();
        // The block may be rounded up: the rest of it is zero.
        let (code, rest) = t.code().split_at(image.bytes.len());
        assert_eq!(image.bytes, code);
        assert!(rest.iter().all(|&b| b == 0));
        let roles: Vec<Role> = image.placements.iter().map(|p| p.role).collect();
        assert_eq!(
            roles,
            [
                Role::Shim,
                Role::Uop(0),
                Role::Uop(1),
                Role::Uop(2),
                Role::Uop(3),
                Role::Uop(4),
                Role::Exit(4),
                Role::Exit(0),
                Role::Exit(2),
            ]
        );
        // Elsewhere, only what depends on the address differs.
        let moved = lay_out_at(&SET, &trace, &far_helpers, 0x7f00_0000_0000).unwrap();
        assert_eq!(moved.bytes.len(), image.bytes.len());
        assert_ne!(moved.bytes, image.bytes);
    }

    #[test]
    fn errors_are_reported() {
        let arena = CodeArena::new(1 << 20);
        let e = compile(&SET, &[], &far_helpers, &arena).unwrap_err();
        assert!(matches!(e, JitError::EmptyTrace));
        let e = compile(&SET, &[uop(99, 0, 0)], &far_helpers, &arena).unwrap_err();
        assert!(matches!(e, JitError::UnknownUop { index: 0, id: 99 }));
        let e = compile(
            &SET,
            &[uop(fx::GUARD_IS_TRUE_POP_ID, 0, 1)],
            &far_helpers,
            &arena,
        );
        assert!(matches!(
            e.unwrap_err(),
            JitError::ContinueAfterLastUop { index: 0, .. }
        ));
        let no_helpers = |_: &str| None;
        let trace = [uop(fx::STORE_FAST_ID, 0, 0), uop(fx::EXIT_TRACE_ID, 0, 0)];
        let e = compile(&SET, &trace, &no_helpers, &arena).unwrap_err();
        assert!(matches!(e, JitError::UnknownHelper("ts_value_decref")));
        // LOAD_INT's operand is a sign-extended imm32 in this set: a wider one cannot fit.
        let trace = [
            uop(fx::LOAD_INT_ID, 0, 1 << 40),
            uop(fx::EXIT_TRACE_ID, 0, 0),
        ];
        let e = compile(&SET, &trace, &far_helpers, &arena).unwrap_err();
        assert!(matches!(
            e,
            JitError::Patch {
                error: PatchError::OutOfRange {
                    kind: HoleKind::Abs32S,
                    ..
                },
                ..
            }
        ));
        // Nothing failed halfway holds memory.
        assert_eq!(arena.code_bytes(), 0);
        let tiny = CodeArena::new(0);
        let trace = [uop(fx::EXIT_TRACE_ID, 0, 0)];
        let e = compile(&SET, &trace, &far_helpers, &tiny).unwrap_err();
        assert!(matches!(e, JitError::OutOfMemory { .. }));
    }

    #[test]
    fn dropping_traces_frees_their_code_and_reuses_it() {
        let arena = CodeArena::new(4 << 20);
        let trace = [
            uop(fx::LOAD_FAST_ID, 0, 0),
            uop(fx::LOAD_INT_ID, 0, 1),
            uop(fx::BINARY_OP_ADD_INT_ID, 0, 0),
            uop(fx::STORE_FAST_ID, 0, 0),
            uop(fx::JUMP_TO_TOP_ID, 0, 0),
        ];
        let round = || -> Vec<CompiledTrace> {
            (0..500)
                .map(|_| compile(&SET, &trace, &far_helpers, &arena).unwrap())
                .collect()
        };
        let traces = round();
        let used: usize = traces.iter().map(CompiledTrace::code_bytes).sum();
        assert_eq!(arena.code_bytes(), used);
        let mapped = arena.mapped_bytes();
        drop(traces);
        assert_eq!(arena.code_bytes(), 0);
        let traces = round();
        assert_eq!(arena.mapped_bytes(), mapped);
        drop(traces);
        assert_eq!(arena.code_bytes(), 0);
    }

    #[test]
    fn the_cap_stops_compiling_not_the_program() {
        let arena = CodeArena::new(64 * 1024);
        let trace = [uop(fx::LOAD_INT_ID, 0, 1), uop(fx::EXIT_TRACE_ID, 0, 0)];
        let mut live = Vec::new();
        loop {
            match compile(&SET, &trace, &far_helpers, &arena) {
                Ok(t) => live.push(t),
                Err(JitError::OutOfMemory { .. }) => break,
                Err(e) => panic!("{e}"),
            }
            assert!(arena.mapped_bytes() <= 64 * 1024);
        }
        assert!(live.len() > 100);
        live.pop();
        assert!(compile(&SET, &trace, &far_helpers, &arena).is_ok());
    }
}
