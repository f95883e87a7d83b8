//! The disassembly printed beside each stencil's bytes: llvm-objdump's listing of the code
//! section, reduced to instructions and relocations so it depends on nothing but the code
//! (no object path, no file-format banner).

/// The listing of `section` from `llvm-objdump -d -r --no-show-raw-insn` output, one line per
/// instruction (`offset: text`) or relocation (`offset: ^ TYPE SYMBOL`), stopping at
/// `code_len` (the bytes the stencil keeps) with a note when instructions were cut.
pub fn listing(objdump: &str, section: &str, code_len: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_section = false;
    let mut removed = false;
    for raw in objdump.lines() {
        if let Some(name) = raw.strip_prefix("Disassembly of section ") {
            let name = name.trim_end_matches(':');
            // Mach-O sections print as "__TEXT,__text".
            in_section = name == section || name.ends_with(&format!(",{section}"));
            continue;
        }
        if !in_section {
            continue;
        }
        let is_relocation = raw.starts_with('\t');
        let line = raw.trim();
        let Some((offset, rest)) = line.split_once(':') else {
            continue;
        };
        let Ok(offset) = usize::from_str_radix(offset, 16) else {
            continue; // a label line such as "0000000000000000 <_JIT_ENTRY>:"
        };
        let text = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        if offset >= code_len {
            removed |= !is_relocation;
            continue;
        }
        if is_relocation {
            lines.push(format!("{offset:5x}:   ^ {text}"));
        } else {
            lines.push(format!("{offset:5x}: {text}"));
        }
    }
    if removed {
        lines.push(format!(
            "{code_len:5x}: (final jump to the next stencil removed: falls through)"
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUT: &str = "\n/tmp/x1/NOP.o:\tfile format elf64-x86-64\n\nDisassembly of section .text:\n\n\
0000000000000000 <_JIT_ENTRY>:\n       0:      \tmovl\t$0x0, %ecx\n\t\t0000000000000001:  R_X86_64_32\t_JIT_OPARG\n\
       5:      \tjmp\t0xa <_JIT_ENTRY+0xa>\n\t\t0000000000000006:  R_X86_64_PLT32\t_JIT_CONTINUE-0x4\n";

    #[test]
    fn keeps_instructions_and_relocations_only() {
        assert_eq!(
            listing(OUT, ".text", 10),
            [
                "    0: movl $0x0, %ecx",
                "    1:   ^ R_X86_64_32 _JIT_OPARG",
                "    5: jmp 0xa <_JIT_ENTRY+0xa>",
                "    6:   ^ R_X86_64_PLT32 _JIT_CONTINUE-0x4",
            ]
        );
    }

    #[test]
    fn notes_the_removed_jump() {
        let l = listing(OUT, ".text", 5);
        assert_eq!(l.len(), 3);
        assert!(l[2].contains("removed"));
    }

    #[test]
    fn does_not_depend_on_the_object_path() {
        let other = OUT.replace("/tmp/x1/NOP.o", "/var/elsewhere/y.o");
        assert_eq!(listing(OUT, ".text", 10), listing(&other, ".text", 10));
    }
}
