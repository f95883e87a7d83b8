//! Removing the continuation jump that ends a stencil. Every uop ends by jumping to
//! `_JIT_CONTINUE`, which the patcher always places right after the stencil, so when that
//! jump is the stencil's last instruction it can go: traces of straight-line uops fall
//! through from one stencil into the next. A jump to the removed instruction from inside the
//! stencil now lands on the end of the code, i.e. on the next stencil: the same place.

use super::relocation::{Hole, HoleKind, HoleValue, Section};
use super::targets::Arch;

/// Drops a final `jmp rel32` (x86-64) or `b imm26` (AArch64) to `_JIT_CONTINUE` and its hole;
/// true when it did.
pub fn remove_final_jump(arch: Arch, code: &mut Vec<u8>, holes: &mut Vec<Hole>) -> bool {
    let (len, is_jump, field_at, kind, addend) = match arch {
        // E9 disp32: the field is the last four bytes, relative to the end (addend -4).
        Arch::X86_64 => (
            5,
            code.len() >= 5 && code[code.len() - 5] == 0xE9,
            4,
            HoleKind::X86Rel32,
            -4,
        ),
        // B imm26: 000101 in the top six bits.
        Arch::Aarch64 => {
            let last = code
                .len()
                .checked_sub(4)
                .map(|at| u32::from_le_bytes(code[at..].try_into().unwrap()));
            (
                4,
                last.is_some_and(|i| i & 0xFC00_0000 == 0x1400_0000),
                4,
                HoleKind::Arm64Branch26,
                0,
            )
        }
    };
    if !is_jump {
        return false;
    }
    let start = code.len() - len;
    let field = (code.len() - field_at) as u32;
    let in_jump: Vec<usize> = holes
        .iter()
        .enumerate()
        .filter(|(_, h)| h.section == Section::Code && h.offset as usize >= start)
        .map(|(i, _)| i)
        .collect();
    let [only] = in_jump[..] else {
        return false;
    };
    let h = &holes[only];
    if h.offset != field || h.kind != kind || h.value != HoleValue::Continue || h.addend != addend {
        return false;
    }
    holes.remove(only);
    code.truncate(start);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hole(offset: u32, kind: HoleKind, value: HoleValue, addend: i64) -> Hole {
        Hole {
            section: Section::Code,
            offset,
            kind,
            value,
            addend,
        }
    }

    #[test]
    fn x86_final_jmp_to_continue_is_removed() {
        // mov %rdi,%rax ; jmp _JIT_CONTINUE
        let mut code = vec![0x48, 0x89, 0xf8, 0xe9, 0, 0, 0, 0];
        let mut holes = vec![hole(4, HoleKind::X86Rel32, HoleValue::Continue, -4)];
        assert!(remove_final_jump(Arch::X86_64, &mut code, &mut holes));
        assert_eq!(code, [0x48, 0x89, 0xf8]);
        assert!(holes.is_empty());
    }

    #[test]
    fn x86_other_final_jumps_stay() {
        let code = vec![0x90, 0xe9, 0, 0, 0, 0];
        for h in [
            hole(2, HoleKind::X86Rel32, HoleValue::Exit, -4),
            hole(2, HoleKind::X86Rel32, HoleValue::Continue, 0),
            hole(
                2,
                HoleKind::X86GotRel32 { got_addend: -4 },
                HoleValue::Continue,
                0,
            ),
        ] {
            let (mut c, mut hs) = (code.clone(), vec![h]);
            assert!(!remove_final_jump(Arch::X86_64, &mut c, &mut hs));
            assert_eq!((c, hs.len()), (code.clone(), 1));
        }
        // A call, not a jump; and a jump with no hole at all.
        let mut c = vec![0xe8, 0, 0, 0, 0];
        let mut hs = vec![hole(1, HoleKind::X86Rel32, HoleValue::Continue, -4)];
        assert!(!remove_final_jump(Arch::X86_64, &mut c, &mut hs));
        let mut c = vec![0xe9, 0, 0, 0, 0];
        assert!(!remove_final_jump(Arch::X86_64, &mut c, &mut Vec::new()));
        assert_eq!(c.len(), 5);
    }

    #[test]
    fn aarch64_final_b_to_continue_is_removed() {
        // mov x0, x1 ; b _JIT_CONTINUE
        let mut code = vec![0xe0, 0x03, 0x01, 0xaa, 0x00, 0x00, 0x00, 0x14];
        let mut holes = vec![
            hole(0, HoleKind::Arm64MovW { group: 0 }, HoleValue::Oparg, 0),
            hole(4, HoleKind::Arm64Branch26, HoleValue::Continue, 0),
        ];
        assert!(remove_final_jump(Arch::Aarch64, &mut code, &mut holes));
        assert_eq!(code.len(), 4);
        assert_eq!(holes.len(), 1);

        // bl (a call) is not removed.
        let mut code = vec![0x00, 0x00, 0x00, 0x94];
        let mut holes = vec![hole(0, HoleKind::Arm64Branch26, HoleValue::Continue, 0)];
        assert!(!remove_final_jump(Arch::Aarch64, &mut code, &mut holes));
    }
}
