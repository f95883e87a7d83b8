//! Every relocation of every format becomes exactly one hole (or an error): its kind, what it
//! refers to, and an addend normalized so that `HoleKind`'s documentation holds — the patched
//! value is `S + A` (absolute kinds) or `S + A - P` with P the address of the field itself
//! (PC-relative kinds), whatever the object format's own convention was.
//!
//! ELF (RELA) gives addends explicitly and leaves the fields zero. Mach-O and COFF keep
//! "implicit" addends in the field (the rel32 bytes, the 64-bit word, or an AArch64
//! instruction's immediate) and measure x86-64 displacements from the end of the 4-byte field
//! (plus n bytes for COFF REL32_n). The generator reads the implicit addend, folds it and the
//! convention into `addend`, and clears the field, so the patcher only ever writes `value`
//! into a zeroed field.
//!
//! These types mirror `tessera::jit::stencil` (the patcher's contract); `emit` writes them as
//! that module's constructors.

use super::targets::Arch;
use object::RelocationFlags;
use object::elf;
use object::macho;
use object::pe;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Code,
    Data,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoleKind {
    Abs64,
    Abs32,
    Abs32S,
    X86Rel32,
    X86GotRel32 { got_addend: i64 },
    Arm64Branch26,
    Arm64MovW { group: u8 },
    Arm64AdrpPage21,
    Arm64PageOff12 { shift: u8 },
    Arm64GotPage21,
    Arm64GotPageOff12,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HoleValue {
    Continue,
    Exit,
    JumpTarget,
    Oparg,
    Operand,
    Code,
    Data,
    Helper(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hole {
    pub section: Section,
    pub offset: u32,
    pub kind: HoleKind,
    pub value: HoleValue,
    pub addend: i64,
}

/// What a relocation refers to, resolved against the stencil's own layout by the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// An undefined symbol, with the platform's prefix (Mach-O's `_`) already stripped.
    /// `import_slot`: a COFF `__imp_<name>` reference, i.e. a load from a pointer slot that
    /// holds `<name>`'s address (dllimport): the same thing as a GOT slot.
    External { name: String, import_slot: bool },
    /// A symbol or section of this stencil: `offset` bytes into its code or data.
    Local { section: Section, offset: i64 },
    /// A Mach-O non-extern relocation (r_extern = 0): the target is the object-file address
    /// encoded in the implicit addend, inside a section that starts `base` bytes into the
    /// stencil's `section` and at `address` in the object.
    MachOSection {
        section: Section,
        base: i64,
        address: u64,
    },
}

/// One relocation as the reader found it.
pub struct Reloc {
    pub flags: RelocationFlags,
    /// ELF's explicit addend, or the value of a Mach-O ARM64_RELOC_ADDEND pair; else 0.
    pub addend: i64,
    pub target: Target,
}

/// Where a relocation applies.
#[derive(Clone, Copy)]
pub struct Place {
    pub section: Section,
    /// Offset in the stencil's code or data (also the offset in `bytes` given to `to_hole`).
    pub offset: usize,
    /// Address of the field in the object file (Mach-O non-extern relocations need it).
    pub object_address: u64,
}

/// The layout of the patched field, independent of format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Abs64,
    Abs32,
    Abs32S,
    X86Rel32,
    Arm64Branch26,
    Arm64MovW(u8),
    Arm64Adrp,
    /// Low 12 bits; `None`: the scale is read from the instruction (ADD: 0, LDR/STR: size).
    Arm64Lo12(Option<u8>),
}

/// How one relocation type is handled.
struct Rule {
    name: &'static str,
    field: Field,
    /// Through a GOT slot (ELF/Mach-O GOT relocations; COFF decides by `__imp_`).
    got: bool,
    /// The addend is (also) in the field's bytes.
    implicit: bool,
    /// Added to the addend to turn the format's PC-relative convention into `S + A - P`.
    pc_bias: i64,
}

const fn rule(name: &'static str, field: Field) -> Rule {
    Rule {
        name,
        field,
        got: false,
        implicit: false,
        pc_bias: 0,
    }
}

impl Rule {
    const fn got(mut self) -> Rule {
        self.got = true;
        self
    }
    const fn implicit(mut self, pc_bias: i64) -> Rule {
        self.implicit = true;
        self.pc_bias = pc_bias;
        self
    }
}

/// The rule for a relocation type, or an error naming the format and the type.
fn rule_for(flags: RelocationFlags, arch: Arch) -> Result<Rule, String> {
    use Field::*;
    let r = match (flags, arch) {
        (RelocationFlags::Elf { r_type }, Arch::X86_64) => match r_type {
            elf::R_X86_64_64 => rule("R_X86_64_64", Abs64),
            elf::R_X86_64_32 => rule("R_X86_64_32", Abs32),
            elf::R_X86_64_32S => rule("R_X86_64_32S", Abs32S),
            elf::R_X86_64_PC32 => rule("R_X86_64_PC32", X86Rel32),
            elf::R_X86_64_PLT32 => rule("R_X86_64_PLT32", X86Rel32),
            elf::R_X86_64_GOTPCREL => rule("R_X86_64_GOTPCREL", X86Rel32).got(),
            elf::R_X86_64_GOTPCRELX => rule("R_X86_64_GOTPCRELX", X86Rel32).got(),
            elf::R_X86_64_REX_GOTPCRELX => rule("R_X86_64_REX_GOTPCRELX", X86Rel32).got(),
            t => return Err(format!("unsupported ELF x86-64 relocation type {t}")),
        },
        (RelocationFlags::Elf { r_type }, Arch::Aarch64) => match r_type {
            elf::R_AARCH64_ABS64 => rule("R_AARCH64_ABS64", Abs64),
            elf::R_AARCH64_CALL26 => rule("R_AARCH64_CALL26", Arm64Branch26),
            elf::R_AARCH64_JUMP26 => rule("R_AARCH64_JUMP26", Arm64Branch26),
            elf::R_AARCH64_MOVW_UABS_G0_NC => rule("R_AARCH64_MOVW_UABS_G0_NC", Arm64MovW(0)),
            elf::R_AARCH64_MOVW_UABS_G1_NC => rule("R_AARCH64_MOVW_UABS_G1_NC", Arm64MovW(1)),
            elf::R_AARCH64_MOVW_UABS_G2_NC => rule("R_AARCH64_MOVW_UABS_G2_NC", Arm64MovW(2)),
            elf::R_AARCH64_MOVW_UABS_G3 => rule("R_AARCH64_MOVW_UABS_G3", Arm64MovW(3)),
            elf::R_AARCH64_ADR_PREL_PG_HI21 => rule("R_AARCH64_ADR_PREL_PG_HI21", Arm64Adrp),
            elf::R_AARCH64_ADD_ABS_LO12_NC => rule("R_AARCH64_ADD_ABS_LO12_NC", Arm64Lo12(Some(0))),
            elf::R_AARCH64_LDST8_ABS_LO12_NC => {
                rule("R_AARCH64_LDST8_ABS_LO12_NC", Arm64Lo12(Some(0)))
            }
            elf::R_AARCH64_LDST16_ABS_LO12_NC => {
                rule("R_AARCH64_LDST16_ABS_LO12_NC", Arm64Lo12(Some(1)))
            }
            elf::R_AARCH64_LDST32_ABS_LO12_NC => {
                rule("R_AARCH64_LDST32_ABS_LO12_NC", Arm64Lo12(Some(2)))
            }
            elf::R_AARCH64_LDST64_ABS_LO12_NC => {
                rule("R_AARCH64_LDST64_ABS_LO12_NC", Arm64Lo12(Some(3)))
            }
            elf::R_AARCH64_LDST128_ABS_LO12_NC => {
                rule("R_AARCH64_LDST128_ABS_LO12_NC", Arm64Lo12(Some(4)))
            }
            elf::R_AARCH64_ADR_GOT_PAGE => rule("R_AARCH64_ADR_GOT_PAGE", Arm64Adrp).got(),
            elf::R_AARCH64_LD64_GOT_LO12_NC => {
                rule("R_AARCH64_LD64_GOT_LO12_NC", Arm64Lo12(Some(3))).got()
            }
            t => return Err(format!("unsupported ELF AArch64 relocation type {t}")),
        },
        // Mach-O x86-64 measures every PC-relative field from its end (P + 4); SIGNED_1/2/4
        // (an immediate follows the field) already carry that extra distance in the field's
        // implicit addend, as ld64 reads them, so every PC-relative type has the same bias.
        (
            RelocationFlags::MachO {
                r_type,
                r_pcrel,
                r_length,
            },
            Arch::X86_64,
        ) => match (r_type, r_pcrel, r_length) {
            (macho::X86_64_RELOC_UNSIGNED, false, 3) => {
                rule("X86_64_RELOC_UNSIGNED", Abs64).implicit(0)
            }
            (macho::X86_64_RELOC_SIGNED, true, 2) => {
                rule("X86_64_RELOC_SIGNED", X86Rel32).implicit(-4)
            }
            (macho::X86_64_RELOC_SIGNED_1, true, 2) => {
                rule("X86_64_RELOC_SIGNED_1", X86Rel32).implicit(-4)
            }
            (macho::X86_64_RELOC_SIGNED_2, true, 2) => {
                rule("X86_64_RELOC_SIGNED_2", X86Rel32).implicit(-4)
            }
            (macho::X86_64_RELOC_SIGNED_4, true, 2) => {
                rule("X86_64_RELOC_SIGNED_4", X86Rel32).implicit(-4)
            }
            (macho::X86_64_RELOC_BRANCH, true, 2) => {
                rule("X86_64_RELOC_BRANCH", X86Rel32).implicit(-4)
            }
            (macho::X86_64_RELOC_GOT_LOAD, true, 2) => {
                rule("X86_64_RELOC_GOT_LOAD", X86Rel32).got().implicit(-4)
            }
            (macho::X86_64_RELOC_GOT, true, 2) => {
                rule("X86_64_RELOC_GOT", X86Rel32).got().implicit(-4)
            }
            (t, pcrel, len) => {
                return Err(format!(
                    "unsupported Mach-O x86-64 relocation type {t} (pcrel {pcrel}, length {len})"
                ));
            }
        },
        // ARM64_RELOC_ADDEND pairs arrive already folded into `Reloc::addend` by the reader.
        (
            RelocationFlags::MachO {
                r_type,
                r_pcrel,
                r_length,
            },
            Arch::Aarch64,
        ) => match (r_type, r_pcrel, r_length) {
            (macho::ARM64_RELOC_UNSIGNED, false, 3) => {
                rule("ARM64_RELOC_UNSIGNED", Abs64).implicit(0)
            }
            (macho::ARM64_RELOC_BRANCH26, true, 2) => {
                rule("ARM64_RELOC_BRANCH26", Arm64Branch26).implicit(0)
            }
            (macho::ARM64_RELOC_PAGE21, true, 2) => {
                rule("ARM64_RELOC_PAGE21", Arm64Adrp).implicit(0)
            }
            (macho::ARM64_RELOC_PAGEOFF12, false, 2) => {
                rule("ARM64_RELOC_PAGEOFF12", Arm64Lo12(None)).implicit(0)
            }
            (macho::ARM64_RELOC_GOT_LOAD_PAGE21, true, 2) => {
                rule("ARM64_RELOC_GOT_LOAD_PAGE21", Arm64Adrp)
                    .got()
                    .implicit(0)
            }
            (macho::ARM64_RELOC_GOT_LOAD_PAGEOFF12, false, 2) => {
                rule("ARM64_RELOC_GOT_LOAD_PAGEOFF12", Arm64Lo12(Some(3)))
                    .got()
                    .implicit(0)
            }
            (t, pcrel, len) => {
                return Err(format!(
                    "unsupported Mach-O ARM64 relocation type {t} (pcrel {pcrel}, length {len})"
                ));
            }
        },
        // COFF REL32_n: the displacement is measured from n bytes past the end of the field.
        (RelocationFlags::Coff { typ }, Arch::X86_64) => match typ {
            pe::IMAGE_REL_AMD64_ADDR64 => rule("IMAGE_REL_AMD64_ADDR64", Abs64).implicit(0),
            pe::IMAGE_REL_AMD64_REL32 => rule("IMAGE_REL_AMD64_REL32", X86Rel32).implicit(-4),
            pe::IMAGE_REL_AMD64_REL32_1 => rule("IMAGE_REL_AMD64_REL32_1", X86Rel32).implicit(-5),
            pe::IMAGE_REL_AMD64_REL32_2 => rule("IMAGE_REL_AMD64_REL32_2", X86Rel32).implicit(-6),
            pe::IMAGE_REL_AMD64_REL32_3 => rule("IMAGE_REL_AMD64_REL32_3", X86Rel32).implicit(-7),
            pe::IMAGE_REL_AMD64_REL32_4 => rule("IMAGE_REL_AMD64_REL32_4", X86Rel32).implicit(-8),
            pe::IMAGE_REL_AMD64_REL32_5 => rule("IMAGE_REL_AMD64_REL32_5", X86Rel32).implicit(-9),
            t => return Err(format!("unsupported COFF AMD64 relocation type {t:#x}")),
        },
        // COFF ARM64 keeps addends in the immediates: bytes for ADRP and ADD, units of the
        // access size for LDR/STR (as link.exe and lld read them).
        (RelocationFlags::Coff { typ }, Arch::Aarch64) => match typ {
            pe::IMAGE_REL_ARM64_ADDR64 => rule("IMAGE_REL_ARM64_ADDR64", Abs64).implicit(0),
            pe::IMAGE_REL_ARM64_BRANCH26 => {
                rule("IMAGE_REL_ARM64_BRANCH26", Arm64Branch26).implicit(0)
            }
            pe::IMAGE_REL_ARM64_PAGEBASE_REL21 => {
                rule("IMAGE_REL_ARM64_PAGEBASE_REL21", Arm64Adrp).implicit(0)
            }
            pe::IMAGE_REL_ARM64_PAGEOFFSET_12A => {
                rule("IMAGE_REL_ARM64_PAGEOFFSET_12A", Arm64Lo12(Some(0))).implicit(0)
            }
            pe::IMAGE_REL_ARM64_PAGEOFFSET_12L => {
                rule("IMAGE_REL_ARM64_PAGEOFFSET_12L", Arm64Lo12(None)).implicit(0)
            }
            t => return Err(format!("unsupported COFF ARM64 relocation type {t:#x}")),
        },
        (flags, arch) => return Err(format!("unsupported relocation {flags:?} for {arch:?}")),
    };
    Ok(r)
}

/// The relocation type's name ("R_X86_64_PLT32"), for reports.
pub fn type_name(flags: RelocationFlags, arch: Arch) -> Result<&'static str, String> {
    rule_for(flags, arch).map(|r| r.name)
}

/// The hole for one relocation applying at `place`; clears the field in `bytes` (the code or
/// data the place is in).
pub fn to_hole(reloc: &Reloc, arch: Arch, place: Place, bytes: &mut [u8]) -> Result<Hole, String> {
    let rule = rule_for(reloc.flags, arch)?;
    let at = place.offset;
    let width = if rule.field == Field::Abs64 { 8 } else { 4 };
    if at + width > bytes.len() {
        return Err(format!(
            "{} at {at:#x} runs past the end of the section",
            rule.name
        ));
    }
    let insn = u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
    let field = match rule.field {
        Field::Arm64Lo12(None) => Field::Arm64Lo12(Some(lo12_shift(insn, rule.name)?)),
        f => f,
    };
    let in_field = if rule.implicit {
        read_field(field, &bytes[at..at + width])
    } else {
        0
    };
    clear_field(field, &mut bytes[at..at + width]);
    let pc_relative = matches!(
        field,
        Field::X86Rel32 | Field::Arm64Branch26 | Field::Arm64Adrp
    );

    let (value, addend, import_slot) = match &reloc.target {
        Target::External { name, import_slot } => (
            external_value(name),
            reloc.addend + in_field + rule.pc_bias,
            *import_slot,
        ),
        Target::Local { section, offset } => (
            section_value(*section),
            offset + reloc.addend + in_field + rule.pc_bias,
            false,
        ),
        // The field holds an object address (or a displacement from this place to one):
        // rebase it from the object's section to the stencil's. The format's bias is
        // already part of that displacement.
        Target::MachOSection {
            section,
            base,
            address,
        } => {
            if rule.got || arch != Arch::X86_64 {
                return Err(format!("{} against a section is not supported", rule.name));
            }
            let place_address = if pc_relative {
                place.object_address as i64
            } else {
                0
            };
            (
                section_value(*section),
                base + in_field + reloc.addend - *address as i64 + place_address,
                false,
            )
        }
    };

    let kind = if rule.got || import_slot {
        // The slot holds `S + addend` and is reached PC-relatively; x86-64 keeps the field's
        // own displacement convention in `got_addend`.
        match field {
            Field::X86Rel32 => {
                return Ok(Hole {
                    section: place.section,
                    offset: at as u32,
                    kind: HoleKind::X86GotRel32 { got_addend: addend },
                    value,
                    addend: 0,
                });
            }
            Field::Arm64Adrp if addend == 0 => HoleKind::Arm64GotPage21,
            Field::Arm64Lo12(Some(3)) if addend == 0 => HoleKind::Arm64GotPageOff12,
            _ => {
                return Err(format!(
                    "{} through a GOT/import slot with field {field:?} and addend {addend} is not supported",
                    rule.name
                ));
            }
        }
    } else {
        match field {
            Field::Abs64 => HoleKind::Abs64,
            Field::Abs32 => HoleKind::Abs32,
            Field::Abs32S => HoleKind::Abs32S,
            Field::X86Rel32 => HoleKind::X86Rel32,
            Field::Arm64Branch26 => HoleKind::Arm64Branch26,
            Field::Arm64MovW(group) => HoleKind::Arm64MovW { group },
            Field::Arm64Adrp => HoleKind::Arm64AdrpPage21,
            Field::Arm64Lo12(shift) => HoleKind::Arm64PageOff12 {
                shift: shift.unwrap_or(0),
            },
        }
    };
    Ok(Hole {
        section: place.section,
        offset: at as u32,
        kind,
        value,
        addend,
    })
}

fn external_value(name: &str) -> HoleValue {
    match name {
        "_JIT_CONTINUE" => HoleValue::Continue,
        "_JIT_EXIT" => HoleValue::Exit,
        "_JIT_JUMP_TARGET" => HoleValue::JumpTarget,
        "_JIT_OPARG" => HoleValue::Oparg,
        "_JIT_OPERAND" => HoleValue::Operand,
        other => HoleValue::Helper(other.to_string()),
    }
}

fn section_value(section: Section) -> HoleValue {
    match section {
        Section::Code => HoleValue::Code,
        Section::Data => HoleValue::Data,
    }
}

/// The access-size scale of an AArch64 ADD (immediate) or LDR/STR (unsigned immediate).
fn lo12_shift(insn: u32, name: &str) -> Result<u8, String> {
    if insn & 0x1F80_0000 == 0x1100_0000 {
        return Ok(0); // ADD/SUB (immediate)
    }
    if insn & 0x3B00_0000 == 0x3900_0000 {
        let size = (insn >> 30) as u8;
        let vector = (insn >> 26) & 1 == 1;
        let opc_high = (insn >> 23) & 1 == 1;
        // LDR/STR Qn: size 00 with V=1 and opc=1x is the 128-bit access.
        return Ok(if vector && size == 0 && opc_high {
            4
        } else {
            size
        });
    }
    Err(format!(
        "{name} on instruction {insn:#010x}, which is neither ADD nor LDR/STR (immediate)"
    ))
}

fn sign_extend(v: u64, bits: u32) -> i64 {
    ((v << (64 - bits)) as i64) >> (64 - bits)
}

/// The addend an implicit-addend format stored in the field.
fn read_field(field: Field, b: &[u8]) -> i64 {
    let insn = u32::from_le_bytes(b[..4].try_into().unwrap());
    match field {
        Field::Abs64 => i64::from_le_bytes(b[..8].try_into().unwrap()),
        Field::Abs32 => i64::from(insn),
        Field::Abs32S | Field::X86Rel32 => i64::from(insn as i32),
        Field::Arm64Branch26 => sign_extend(u64::from(insn & 0x03FF_FFFF), 26) << 2,
        Field::Arm64MovW(group) => i64::from((insn >> 5) & 0xFFFF) << (16 * u32::from(group)),
        Field::Arm64Adrp => {
            let lo = (insn >> 29) & 3;
            let hi = (insn >> 5) & 0x7_FFFF;
            sign_extend(u64::from((hi << 2) | lo), 21)
        }
        Field::Arm64Lo12(shift) => i64::from((insn >> 10) & 0xFFF) << shift.unwrap_or(0),
    }
}

/// Zeroes the bits the patcher will write.
fn clear_field(field: Field, b: &mut [u8]) {
    let mask: u32 = match field {
        Field::Abs64 => {
            b[..8].fill(0);
            return;
        }
        Field::Abs32 | Field::Abs32S | Field::X86Rel32 => 0xFFFF_FFFF,
        Field::Arm64Branch26 => 0x03FF_FFFF,
        Field::Arm64MovW(_) => 0x001F_FFE0,
        Field::Arm64Adrp => 0x60FF_FFE0,
        Field::Arm64Lo12(_) => 0x003F_FC00,
    };
    let insn = u32::from_le_bytes(b[..4].try_into().unwrap()) & !mask;
    b[..4].copy_from_slice(&insn.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ext(name: &str) -> Target {
        Target::External {
            name: name.into(),
            import_slot: false,
        }
    }

    fn code_at(offset: usize) -> Place {
        Place {
            section: Section::Code,
            offset,
            object_address: offset as u64,
        }
    }

    /// The hole for one relocation at offset 1 of `bytes`, and the bytes afterwards.
    fn hole(
        flags: RelocationFlags,
        arch: Arch,
        addend: i64,
        target: Target,
        bytes: &[u8],
    ) -> (Hole, Vec<u8>) {
        let mut b = bytes.to_vec();
        let r = Reloc {
            flags,
            addend,
            target,
        };
        let h = to_hole(&r, arch, code_at(1), &mut b).expect("mapped");
        (h, b)
    }

    fn elf(r_type: u32) -> RelocationFlags {
        RelocationFlags::Elf { r_type }
    }

    fn macho(r_type: u8, r_pcrel: bool, r_length: u8) -> RelocationFlags {
        RelocationFlags::MachO {
            r_type,
            r_pcrel,
            r_length,
        }
    }

    fn coff(typ: u16) -> RelocationFlags {
        RelocationFlags::Coff { typ }
    }

    #[test]
    fn elf_x86_64() {
        let z = [0xe9, 0, 0, 0, 0, 0, 0, 0, 0];
        let (h, _) = hole(
            elf(elf::R_X86_64_PLT32),
            Arch::X86_64,
            -4,
            ext("_JIT_CONTINUE"),
            &z,
        );
        assert_eq!(
            (h.kind, h.value, h.addend),
            (HoleKind::X86Rel32, HoleValue::Continue, -4)
        );
        let (h, _) = hole(
            elf(elf::R_X86_64_64),
            Arch::X86_64,
            0,
            ext("_JIT_OPERAND"),
            &z,
        );
        assert_eq!(
            (h.kind, h.value, h.offset),
            (HoleKind::Abs64, HoleValue::Operand, 1)
        );
        let (h, _) = hole(
            elf(elf::R_X86_64_32),
            Arch::X86_64,
            0,
            ext("_JIT_OPARG"),
            &z,
        );
        assert_eq!(h.kind, HoleKind::Abs32);
        let (h, _) = hole(
            elf(elf::R_X86_64_32S),
            Arch::X86_64,
            0,
            ext("_JIT_OPARG"),
            &z,
        );
        assert_eq!(h.kind, HoleKind::Abs32S);
        for t in [
            elf::R_X86_64_GOTPCREL,
            elf::R_X86_64_GOTPCRELX,
            elf::R_X86_64_REX_GOTPCRELX,
        ] {
            let (h, _) = hole(elf(t), Arch::X86_64, -4, ext("ts_value_incref"), &z);
            assert_eq!(h.kind, HoleKind::X86GotRel32 { got_addend: -4 });
            assert_eq!(h.value, HoleValue::Helper("ts_value_incref".into()));
            assert_eq!(h.addend, 0, "the slot holds the symbol itself");
        }
    }

    #[test]
    fn elf_aarch64() {
        let z = [0u8; 9];
        let k = |t, a| hole(elf(t), Arch::Aarch64, a, ext("_JIT_EXIT"), &z).0;
        assert_eq!(k(elf::R_AARCH64_JUMP26, 0).kind, HoleKind::Arm64Branch26);
        assert_eq!(k(elf::R_AARCH64_CALL26, 0).kind, HoleKind::Arm64Branch26);
        assert_eq!(k(elf::R_AARCH64_ABS64, 8).addend, 8);
        assert_eq!(
            k(elf::R_AARCH64_MOVW_UABS_G2_NC, 0).kind,
            HoleKind::Arm64MovW { group: 2 }
        );
        assert_eq!(
            k(elf::R_AARCH64_MOVW_UABS_G3, 0).kind,
            HoleKind::Arm64MovW { group: 3 }
        );
        assert_eq!(
            k(elf::R_AARCH64_ADR_PREL_PG_HI21, 0).kind,
            HoleKind::Arm64AdrpPage21
        );
        assert_eq!(
            k(elf::R_AARCH64_LDST64_ABS_LO12_NC, 0).kind,
            HoleKind::Arm64PageOff12 { shift: 3 }
        );
        assert_eq!(
            k(elf::R_AARCH64_LDST128_ABS_LO12_NC, 0).kind,
            HoleKind::Arm64PageOff12 { shift: 4 }
        );
        assert_eq!(
            k(elf::R_AARCH64_ADR_GOT_PAGE, 0).kind,
            HoleKind::Arm64GotPage21
        );
        assert_eq!(
            k(elf::R_AARCH64_LD64_GOT_LO12_NC, 0).kind,
            HoleKind::Arm64GotPageOff12
        );
    }

    #[test]
    fn macho_x86_64_implicit_addends_are_read_and_cleared() {
        // movsd sym+8(%rip): Mach-O stores 8 in the field; displacement from the field's end.
        let field = [0x0d, 8, 0, 0, 0, 0x90];
        let (h, b) = hole(
            macho(macho::X86_64_RELOC_SIGNED, true, 2),
            Arch::X86_64,
            0,
            ext("ts_value_incref"),
            &field,
        );
        assert_eq!((h.kind, h.addend), (HoleKind::X86Rel32, 8 - 4));
        assert_eq!(b, [0x0d, 0, 0, 0, 0, 0x90]);
        // SIGNED_1 (an imm8 follows): ld64 also measures it as field + content - 4.
        let (h, _) = hole(
            macho(macho::X86_64_RELOC_SIGNED_1, true, 2),
            Arch::X86_64,
            0,
            ext("_JIT_OPERAND"),
            &[0, 0xff, 0xff, 0xff, 0xff],
        );
        assert_eq!(h.addend, -1 - 4);
        let (h, _) = hole(
            macho(macho::X86_64_RELOC_GOT_LOAD, true, 2),
            Arch::X86_64,
            0,
            ext("_JIT_OPARG"),
            &[0; 5],
        );
        assert_eq!(
            (h.kind, h.value, h.addend),
            (
                HoleKind::X86GotRel32 { got_addend: -4 },
                HoleValue::Oparg,
                0
            )
        );
        let mut word = [0u8; 9];
        word[1..].copy_from_slice(&16i64.to_le_bytes());
        let (h, b) = hole(
            macho(macho::X86_64_RELOC_UNSIGNED, false, 3),
            Arch::X86_64,
            0,
            ext("_JIT_JUMP_TARGET"),
            &word,
        );
        assert_eq!((h.kind, h.addend), (HoleKind::Abs64, 16));
        assert_eq!(b, [0; 9]);
    }

    #[test]
    fn macho_x86_64_section_relocations_are_rebased() {
        // A literal at object address 0x48 (8 into a section at 0x40, which the stencil's
        // data holds from offset 16); the field at object address 0x10 holds 0x48 - 0x14.
        let mut code = vec![0u8; 0x14];
        code[0x10..].copy_from_slice(&(0x48i32 - 0x14).to_le_bytes());
        let r = Reloc {
            flags: macho(macho::X86_64_RELOC_SIGNED, true, 2),
            addend: 0,
            target: Target::MachOSection {
                section: Section::Data,
                base: 16,
                address: 0x40,
            },
        };
        let h = to_hole(&r, Arch::X86_64, code_at(0x10), &mut code).unwrap();
        assert_eq!(h.value, HoleValue::Data);
        // The CPU adds the field to the end of the field: target = S + A + 4 = data + 24.
        assert_eq!(h.addend + 4, 16 + 8);
    }

    #[test]
    fn macho_arm64() {
        let z = [0u8; 5];
        let (h, _) = hole(
            macho(macho::ARM64_RELOC_BRANCH26, true, 2),
            Arch::Aarch64,
            12, // an ARM64_RELOC_ADDEND pair
            ext("_JIT_CONTINUE"),
            &z,
        );
        assert_eq!((h.kind, h.addend), (HoleKind::Arm64Branch26, 12));
        let (h, _) = hole(
            macho(macho::ARM64_RELOC_GOT_LOAD_PAGE21, true, 2),
            Arch::Aarch64,
            0,
            ext("_JIT_OPARG"),
            &z,
        );
        assert_eq!(h.kind, HoleKind::Arm64GotPage21);
        // ldr x8, [x8]: the scale comes from the instruction.
        let ldr = [0, 0x08, 0x01, 0x40, 0xf9];
        let (h, _) = hole(
            macho(macho::ARM64_RELOC_GOT_LOAD_PAGEOFF12, false, 2),
            Arch::Aarch64,
            0,
            ext("_JIT_OPARG"),
            &ldr,
        );
        assert_eq!(h.kind, HoleKind::Arm64GotPageOff12);
        let (h, _) = hole(
            macho(macho::ARM64_RELOC_PAGEOFF12, false, 2),
            Arch::Aarch64,
            0,
            ext("k"),
            &ldr,
        );
        assert_eq!(h.kind, HoleKind::Arm64PageOff12 { shift: 3 });
    }

    #[test]
    fn coff_amd64_implicit_addends() {
        let (h, b) = hole(
            coff(pe::IMAGE_REL_AMD64_REL32_1),
            Arch::X86_64,
            0,
            ext("ts_to_bool"),
            &[0, 2, 0, 0, 0],
        );
        assert_eq!((h.kind, h.addend), (HoleKind::X86Rel32, 2 - 4 - 1));
        assert_eq!(b, [0; 5]);
        let (h, _) = hole(
            coff(pe::IMAGE_REL_AMD64_REL32),
            Arch::X86_64,
            0,
            Target::External {
                name: "_JIT_OPERAND".into(),
                import_slot: true,
            },
            &[0; 5],
        );
        assert_eq!(
            (h.kind, h.value, h.addend),
            (
                HoleKind::X86GotRel32 { got_addend: -4 },
                HoleValue::Operand,
                0
            )
        );
        let (h, _) = hole(
            coff(pe::IMAGE_REL_AMD64_ADDR64),
            Arch::X86_64,
            0,
            ext("ts_periodic"),
            &[0, 7, 0, 0, 0, 0, 0, 0, 0],
        );
        assert_eq!((h.kind, h.addend), (HoleKind::Abs64, 7));
    }

    #[test]
    fn coff_arm64_addends_live_in_the_immediates() {
        // ldr x8, [x8, #16]: imm12 = 2, in units of 8 bytes.
        let ldr = 0xf940_0908u32.to_le_bytes();
        let (h, b) = hole(
            coff(pe::IMAGE_REL_ARM64_PAGEOFFSET_12L),
            Arch::Aarch64,
            0,
            Target::Local {
                section: Section::Data,
                offset: 0,
            },
            &[&[0u8][..], &ldr].concat(),
        );
        assert_eq!(
            (h.kind, h.value, h.addend),
            (HoleKind::Arm64PageOff12 { shift: 3 }, HoleValue::Data, 16)
        );
        assert_eq!(&b[1..], 0xf940_0108u32.to_le_bytes());
        // add x0, x0, #5 (bytes)
        let add = 0x9100_1400u32.to_le_bytes();
        let (h, _) = hole(
            coff(pe::IMAGE_REL_ARM64_PAGEOFFSET_12A),
            Arch::Aarch64,
            0,
            ext("k"),
            &[&[0u8][..], &add].concat(),
        );
        assert_eq!(
            (h.kind, h.addend),
            (HoleKind::Arm64PageOff12 { shift: 0 }, 5)
        );
        // b .+8
        let b8 = 0x1400_0002u32.to_le_bytes();
        let (h, b) = hole(
            coff(pe::IMAGE_REL_ARM64_BRANCH26),
            Arch::Aarch64,
            0,
            ext("_JIT_CONTINUE"),
            &[&[0u8][..], &b8].concat(),
        );
        assert_eq!((h.kind, h.addend), (HoleKind::Arm64Branch26, 8));
        assert_eq!(&b[1..], 0x1400_0000u32.to_le_bytes());
        let (h, _) = hole(
            coff(pe::IMAGE_REL_ARM64_PAGEBASE_REL21),
            Arch::Aarch64,
            0,
            Target::External {
                name: "_JIT_OPARG".into(),
                import_slot: true,
            },
            &[0, 0x08, 0, 0, 0x90],
        );
        assert_eq!(h.kind, HoleKind::Arm64GotPage21);
    }

    #[test]
    fn unknown_types_are_errors_naming_format_and_type() {
        let r = Reloc {
            flags: elf(elf::R_X86_64_TPOFF32),
            addend: 0,
            target: ext("x"),
        };
        let e = to_hole(&r, Arch::X86_64, code_at(0), &mut [0; 8]).unwrap_err();
        assert!(e.contains("ELF x86-64") && e.contains("23"), "{e}");
        let r = Reloc {
            flags: macho(macho::X86_64_RELOC_TLV, true, 2),
            addend: 0,
            target: ext("x"),
        };
        let e = to_hole(&r, Arch::X86_64, code_at(0), &mut [0; 8]).unwrap_err();
        assert!(e.contains("Mach-O x86-64") && e.contains("type 9"), "{e}");
        let r = Reloc {
            flags: coff(pe::IMAGE_REL_ARM64_SECREL),
            addend: 0,
            target: ext("x"),
        };
        let e = to_hole(&r, Arch::Aarch64, code_at(0), &mut [0; 8]).unwrap_err();
        assert!(e.contains("COFF ARM64"), "{e}");
    }
}
