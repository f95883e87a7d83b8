//! Reads one compiled template (ELF, Mach-O or COFF) into a stencil: the code of `_JIT_ENTRY`'s
//! section, the read-only data sections it references (transitively, laid out one after the
//! other at their alignment), and one hole per relocation in any of them.

use super::relocation::{self, Hole, Place, Reloc, Section, Target};
use super::targets::Arch;
use object::{
    BinaryFormat, Object, ObjectSection, ObjectSymbol, RelocationTarget, SectionIndex, SectionKind,
};
use std::collections::BTreeMap;

#[derive(Debug)]
pub struct Extracted {
    pub code: Vec<u8>,
    pub data: Vec<u8>,
    /// Sorted by section, then offset.
    pub holes: Vec<Hole>,
    /// The relocation type of each hole (same order), for reports.
    pub relocation_types: Vec<&'static str>,
    /// Name of the code section in the object ("`.text`", "`__text`"): where to look in the
    /// disassembly.
    pub code_section: String,
}

/// The entry symbol every template defines, without the platform prefix.
pub const ENTRY: &str = "_JIT_ENTRY";

/// Symbol name as written in C: Mach-O prefixes every C symbol with `_`.
fn c_name(format: BinaryFormat, name: &str) -> &str {
    match format {
        BinaryFormat::MachO => name.strip_prefix('_').unwrap_or(name),
        _ => name,
    }
}

pub fn read(bytes: &[u8], arch: Arch) -> Result<Extracted, String> {
    let file = object::File::parse(bytes).map_err(|e| format!("cannot parse object: {e}"))?;
    let format = file.format();

    let entry = file
        .symbols()
        .find(|s| s.is_definition() && s.name().is_ok_and(|n| c_name(format, n) == ENTRY))
        .ok_or_else(|| format!("no {ENTRY} symbol"))?;
    let text_index = entry
        .section_index()
        .ok_or_else(|| format!("{ENTRY} is not in a section"))?;
    let text = file
        .section_by_index(text_index)
        .map_err(|e| e.to_string())?;
    if entry.address() != text.address() {
        // The patcher enters a stencil at its first byte.
        return Err(format!("{ENTRY} does not start its section"));
    }
    let code_section = text.name().map_err(|e| e.to_string())?.to_string();
    let mut code = text.data().map_err(|e| e.to_string())?.to_vec();

    // The data sections (by index): everything the code references, and everything they reference.
    let mut data_indices = std::collections::BTreeSet::new();
    let mut work = vec![text_index];
    while let Some(si) = work.pop() {
        let section = file.section_by_index(si).map_err(|e| e.to_string())?;
        for (_, r) in section.relocations() {
            let Some(target) = target_section(&file, r.target())? else {
                continue;
            };
            if target == text_index || data_indices.contains(&target.0) {
                continue;
            }
            let t = file.section_by_index(target).map_err(|e| e.to_string())?;
            let name = t.name().unwrap_or("?");
            match t.kind() {
                SectionKind::ReadOnlyData
                | SectionKind::ReadOnlyString
                | SectionKind::ReadOnlyDataWithRel => {}
                kind => {
                    return Err(format!(
                        "the code references section {name} ({kind:?}): stencils may only \
                         reference their own code and read-only data"
                    ));
                }
            }
            data_indices.insert(target.0);
            work.push(target);
        }
    }

    // Lay the data sections out in section order, each at its own alignment.
    let mut data = Vec::new();
    let mut layout: BTreeMap<usize, i64> = BTreeMap::new();
    for &si in &data_indices {
        let section = file
            .section_by_index(SectionIndex(si))
            .map_err(|e| e.to_string())?;
        let align = section.align().max(1) as usize;
        data.resize(data.len().next_multiple_of(align), 0);
        layout.insert(si, data.len() as i64);
        data.extend_from_slice(section.data().map_err(|e| e.to_string())?);
    }
    let place_of = |si: SectionIndex| -> Option<(Section, i64)> {
        if si == text_index {
            Some((Section::Code, 0))
        } else {
            layout.get(&si.0).map(|&base| (Section::Data, base))
        }
    };

    let mut holes = Vec::new();
    for si in std::iter::once(text_index).chain(data_indices.iter().map(|&i| SectionIndex(i))) {
        let section = file.section_by_index(si).map_err(|e| e.to_string())?;
        let (in_section, base) = place_of(si).expect("laid out above");
        for (offset, r) in section.relocations() {
            if r.subtractor().is_some() {
                return Err(
                    "a Mach-O SUBTRACTOR pair (a difference of two symbols) is not supported"
                        .into(),
                );
            }
            let target = match r.target() {
                RelocationTarget::Symbol(idx) => {
                    let sym = file.symbol_by_index(idx).map_err(|e| e.to_string())?;
                    if sym.is_undefined() {
                        let name = c_name(format, sym.name().map_err(|e| e.to_string())?);
                        match name.strip_prefix("__imp_") {
                            Some(imported) if format == BinaryFormat::Coff => Target::External {
                                name: imported.to_string(),
                                import_slot: true,
                            },
                            _ => Target::External {
                                name: name.to_string(),
                                import_slot: false,
                            },
                        }
                    } else {
                        let sidx = sym
                            .section_index()
                            .ok_or_else(|| format!("symbol {:?} has no section", sym.name()))?;
                        let owner = file.section_by_index(sidx).map_err(|e| e.to_string())?;
                        let (section, base) = place_of(sidx).expect("collected above");
                        Target::Local {
                            section,
                            offset: base + (sym.address() - owner.address()) as i64,
                        }
                    }
                }
                RelocationTarget::Section(sidx) => {
                    let owner = file.section_by_index(sidx).map_err(|e| e.to_string())?;
                    let (section, base) = place_of(sidx).expect("collected above");
                    if format == BinaryFormat::MachO {
                        Target::MachOSection {
                            section,
                            base,
                            address: owner.address(),
                        }
                    } else {
                        Target::Local {
                            section,
                            offset: base,
                        }
                    }
                }
                other => return Err(format!("relocation against {other:?} is not supported")),
            };
            // ELF's addend is explicit; Mach-O's ARM64_RELOC_ADDEND pair is explicit too. The
            // object crate's other "addends" are its guesses at implicit conventions, which
            // `relocation` applies itself from the field bytes.
            let explicit = match (format, arch) {
                (BinaryFormat::Elf, _) | (BinaryFormat::MachO, Arch::Aarch64) => r.addend(),
                _ => 0,
            };
            let reloc = Reloc {
                flags: r.flags(),
                addend: explicit,
                target,
            };
            let place = Place {
                section: in_section,
                offset: (base as u64 + offset) as usize,
                object_address: section.address() + offset,
            };
            let bytes = match in_section {
                Section::Code => &mut code[..],
                Section::Data => &mut data[..],
            };
            let hole = relocation::to_hole(&reloc, arch, place, bytes)?;
            let name = relocation::type_name(reloc.flags, arch)?;
            holes.push((hole, name));
        }
    }
    holes.sort_by_key(|(h, _)| (h.section, h.offset));
    let (holes, relocation_types) = holes.into_iter().unzip();
    Ok(Extracted {
        code,
        data,
        holes,
        relocation_types,
        code_section,
    })
}

/// The section a relocation target lies in, if it is defined in this object.
fn target_section(
    file: &object::File,
    target: RelocationTarget,
) -> Result<Option<SectionIndex>, String> {
    match target {
        RelocationTarget::Symbol(idx) => {
            let sym = file.symbol_by_index(idx).map_err(|e| e.to_string())?;
            Ok(if sym.is_undefined() {
                None
            } else {
                sym.section_index()
            })
        }
        RelocationTarget::Section(si) => Ok(Some(si)),
        other => Err(format!("relocation against {other:?} is not supported")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stencils::relocation::{HoleKind, HoleValue};
    use object::write::{self, Symbol, SymbolSection};
    use object::{Architecture, Endianness, SymbolFlags, SymbolKind, SymbolScope, elf};

    /// An ELF x86-64 object: `_JIT_ENTRY` = `movsd .rodata+8(%rip), %xmm0; jmp _JIT_CONTINUE`
    /// with an extra relocation of type `extra` at the start, when given.
    fn elf_object(extra: Option<u32>) -> Vec<u8> {
        let mut obj =
            write::Object::new(BinaryFormat::Elf, Architecture::X86_64, Endianness::Little);
        let text = obj.add_section(Vec::new(), b".text".to_vec(), SectionKind::Text);
        let code = [
            0xf2, 0x0f, 0x10, 0x05, 0, 0, 0, 0, // movsd 0(%rip), %xmm0
            0xe9, 0, 0, 0, 0, // jmp
        ];
        obj.append_section_data(text, &code, 16);
        let rodata = obj.add_section(Vec::new(), b".rodata".to_vec(), SectionKind::ReadOnlyData);
        obj.append_section_data(
            rodata,
            &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
            8,
        );
        obj.add_symbol(Symbol {
            name: b"_JIT_ENTRY".to_vec(),
            value: 0,
            size: code.len() as u64,
            kind: SymbolKind::Text,
            scope: SymbolScope::Linkage,
            weak: false,
            section: SymbolSection::Section(text),
            flags: SymbolFlags::None,
        });
        let cont = obj.add_symbol(Symbol {
            name: b"_JIT_CONTINUE".to_vec(),
            value: 0,
            size: 0,
            kind: SymbolKind::Text,
            scope: SymbolScope::Linkage,
            weak: false,
            section: SymbolSection::Undefined,
            flags: SymbolFlags::None,
        });
        let data_sym = obj.section_symbol(rodata);
        let reloc = |offset, symbol, addend, r_type| write::Relocation {
            offset,
            symbol,
            addend,
            flags: object::RelocationFlags::Elf { r_type },
        };
        obj.add_relocation(text, reloc(4, data_sym, 8 - 4, elf::R_X86_64_PC32))
            .unwrap();
        obj.add_relocation(text, reloc(9, cont, -4, elf::R_X86_64_PLT32))
            .unwrap();
        if let Some(t) = extra {
            obj.add_relocation(text, reloc(0, cont, 0, t)).unwrap();
        }
        obj.write().unwrap()
    }

    #[test]
    fn reads_code_data_and_holes() {
        let x = read(&elf_object(None), Arch::X86_64).unwrap();
        assert_eq!(x.code.len(), 13);
        assert_eq!(x.data, (1..=16).collect::<Vec<u8>>());
        assert_eq!(x.code_section, ".text");
        assert_eq!(x.relocation_types, ["R_X86_64_PC32", "R_X86_64_PLT32"]);
        assert_eq!(
            (x.holes[0].kind, &x.holes[0].value, x.holes[0].addend),
            (HoleKind::X86Rel32, &HoleValue::Data, 4)
        );
        assert_eq!(x.holes[1].value, HoleValue::Continue);
    }

    #[test]
    fn an_unknown_relocation_is_an_error() {
        let e = read(&elf_object(Some(elf::R_X86_64_TPOFF32)), Arch::X86_64).unwrap_err();
        assert!(
            e.contains("unsupported ELF x86-64 relocation type 23"),
            "{e}"
        );
    }
}
