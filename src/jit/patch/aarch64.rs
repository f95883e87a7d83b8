//! AArch64 encodings: B/BL imm26, MOVZ/MOVK imm16, ADRP page deltas and the scaled low-12
//! offsets that pair with them; plus the two ways to reach a target out of range: a
//! trampoline for branches, and turning `adrp; add` of an address into `adrp; ldr` of a data
//! slot holding it. Instructions are 32-bit little-endian words.

use super::PatchError;
use crate::jit::stencil::HoleKind;

/// Bytes of one trampoline: `ldr x16, #8; br x16; .quad target`.
pub const TRAMPOLINE_LEN: usize = 16;

fn read(field: &[u8]) -> u32 {
    u32::from_le_bytes([field[0], field[1], field[2], field[3]])
}

fn write(field: &mut [u8], insn: u32) {
    field.copy_from_slice(&insn.to_le_bytes());
}

fn is_b_or_bl(insn: u32) -> bool {
    insn & 0x7c00_0000 == 0x1400_0000
}

/// B or BL to `value`: a word offset that must fit 26 signed bits (±128 MiB).
pub fn patch_branch26(
    kind: HoleKind,
    field: &mut [u8],
    p: u64,
    value: u64,
) -> Result<(), PatchError> {
    let insn = read(field);
    if !is_b_or_bl(insn) {
        return Err(PatchError::WrongInstruction { kind, insn });
    }
    let delta = value.wrapping_sub(p) as i64;
    if delta & 3 != 0 {
        return Err(PatchError::Misaligned { kind, value });
    }
    if !(-(1 << 27)..(1 << 27)).contains(&delta) {
        return Err(PatchError::OutOfRange {
            kind,
            value: delta as i128,
        });
    }
    write(
        field,
        (insn & 0xfc00_0000) | ((delta >> 2) as u32 & 0x03ff_ffff),
    );
    Ok(())
}

/// MOVZ/MOVK: the 16 bits of `value` that `group` selects.
pub fn patch_movw(
    kind: HoleKind,
    field: &mut [u8],
    group: u8,
    value: u64,
) -> Result<(), PatchError> {
    let insn = read(field);
    // Move wide immediate: bits 28..23 are 100101 (MOVN, MOVZ, MOVK).
    if insn & 0x1f80_0000 != 0x1280_0000 || group > 3 {
        return Err(PatchError::WrongInstruction { kind, insn });
    }
    let imm = ((value >> (16 * group as u32)) & 0xffff) as u32;
    write(field, (insn & !(0xffff << 5)) | (imm << 5));
    Ok(())
}

/// Whether ADRP at `p` can reach the page of `value` (±4 GiB in pages).
pub fn adrp_reaches(p: u64, value: u64) -> bool {
    let pages = ((value & !0xfff) as i64).wrapping_sub((p & !0xfff) as i64) >> 12;
    (-(1 << 20)..(1 << 20)).contains(&pages)
}

/// ADRP: the page of `value` relative to the page of `p`, in 21 signed bits.
pub fn patch_adrp(kind: HoleKind, field: &mut [u8], p: u64, value: u64) -> Result<(), PatchError> {
    let insn = read(field);
    if insn & 0x9f00_0000 != 0x9000_0000 {
        return Err(PatchError::WrongInstruction { kind, insn });
    }
    if !adrp_reaches(p, value) {
        let pages = ((value & !0xfff) as i64).wrapping_sub((p & !0xfff) as i64) >> 12;
        return Err(PatchError::OutOfRange {
            kind,
            value: pages as i128,
        });
    }
    let pages = (((value & !0xfff) as i64).wrapping_sub((p & !0xfff) as i64) >> 12) as u32;
    let immlo = pages & 3;
    let immhi = (pages >> 2) & 0x7ffff;
    write(field, (insn & 0x9f00_001f) | (immlo << 29) | (immhi << 5));
    Ok(())
}

/// ADD/LDR/STR unsigned immediate: the low 12 bits of `value`, divided by `1 << shift` (the
/// access size of a load or store, 0 for ADD).
pub fn patch_pageoff12(
    kind: HoleKind,
    field: &mut [u8],
    shift: u8,
    value: u64,
) -> Result<(), PatchError> {
    let insn = read(field);
    let lo = value & 0xfff;
    if shift > 4 {
        return Err(PatchError::WrongInstruction { kind, insn });
    }
    if lo & ((1 << shift) - 1) != 0 {
        return Err(PatchError::Misaligned { kind, value });
    }
    let imm = (lo >> shift) as u32;
    write(field, (insn & !(0xfff << 10)) | (imm << 10));
    Ok(())
}

/// Whether the word at `field` is B or BL, which a trampoline can stand in for.
pub fn is_branch(field: &[u8]) -> bool {
    is_b_or_bl(read(field))
}

/// If the word at `field` is `add xd, xn, #imm` (or the 32-bit form), turns it into
/// `ldr xd, [xn, #imm]` (`ldr wd` for the 32-bit form) and returns the load's scale shift:
/// together with an ADRP of a data slot holding the old target, the pair then yields the
/// same value.
pub fn add_to_load(field: &mut [u8]) -> Option<u8> {
    let insn = read(field);
    let regs = insn & 0x3ff; // Rn and Rd
    let (load, shift) = match insn & 0xffc0_0000 {
        0x9100_0000 => (0xf940_0000, 3),
        0x1100_0000 => (0xb940_0000, 2),
        _ => return None,
    };
    write(field, load | regs);
    Some(shift)
}

/// `ldr x16, #8; br x16; .quad target`. x16 (IP0) is the register the AAPCS64 sets aside for
/// exactly this: veneers between a branch and a far target.
pub fn trampoline(target: u64) -> [u8; TRAMPOLINE_LEN] {
    let mut t = [0u8; TRAMPOLINE_LEN];
    t[..4].copy_from_slice(&0x5800_0050u32.to_le_bytes());
    t[4..8].copy_from_slice(&0xd61f_0200u32.to_le_bytes());
    t[8..].copy_from_slice(&target.to_le_bytes());
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::patch::patch;

    fn word(b: &[u8; 4]) -> u32 {
        u32::from_le_bytes(*b)
    }

    #[test]
    fn movz_movk_take_their_group() {
        let v = 0x1234_5678_9abc_def0u64;
        // movz x0, #0 ; movk x0, #0, lsl #16 ; lsl #32 ; lsl #48
        let cases = [
            (0xd280_0000u32, 0, 0xd29b_de00u32), // movz x0, #0xdef0
            (0xf2a0_0000, 1, 0xf2b3_5780),       // movk x0, #0x9abc, lsl #16
            (0xf2c0_0000, 2, 0xf2ca_cf00),       // movk x0, #0x5678, lsl #32
            (0xf2e0_0000, 3, 0xf2e2_4680),       // movk x0, #0x1234, lsl #48
        ];
        for (before, group, after) in cases {
            let mut b = before.to_le_bytes();
            patch(HoleKind::Arm64MovW { group }, &mut b, 0, 0, v).unwrap();
            assert_eq!(word(&b), after, "group {group}");
        }
        let mut b = 0xd280_0000u32.to_le_bytes();
        patch(HoleKind::Arm64MovW { group: 2 }, &mut b, 0, 0, v).unwrap();
        assert_eq!((word(&b) >> 5) & 0xffff, 0x5678);
    }

    #[test]
    fn movw_rejects_other_instructions() {
        let mut b = 0x1400_0000u32.to_le_bytes(); // b .
        let err = patch(HoleKind::Arm64MovW { group: 0 }, &mut b, 0, 0, 1).unwrap_err();
        assert!(matches!(err, PatchError::WrongInstruction { .. }));
    }

    #[test]
    fn branch26_forward_and_backward() {
        let mut b = 0x1400_0000u32.to_le_bytes(); // b .
        patch(HoleKind::Arm64Branch26, &mut b, 0, 0x10_0000, 0x10_0040).unwrap();
        assert_eq!(word(&b), 0x1400_0010);
        let mut b = 0x9400_0000u32.to_le_bytes(); // bl .
        patch(HoleKind::Arm64Branch26, &mut b, 0, 0x10_0000, 0x10_0000 - 8).unwrap();
        assert_eq!(word(&b), 0x97ff_fffe);
    }

    #[test]
    fn branch26_range_and_alignment() {
        let p = 0x1000_0000u64;
        let mut b = 0x1400_0000u32.to_le_bytes();
        patch(HoleKind::Arm64Branch26, &mut b, 0, p, p + (1 << 27) - 4).unwrap();
        assert_eq!(word(&b), 0x15ff_ffff);
        patch(HoleKind::Arm64Branch26, &mut b, 0, p, p - (1 << 27)).unwrap();
        assert_eq!(word(&b), 0x1600_0000);
        for bad in [p + (1 << 27), p - (1 << 27) - 4] {
            let err = patch(HoleKind::Arm64Branch26, &mut b, 0, p, bad).unwrap_err();
            assert!(matches!(err, PatchError::OutOfRange { .. }));
        }
        let err = patch(HoleKind::Arm64Branch26, &mut b, 0, p, p + 2).unwrap_err();
        assert!(matches!(err, PatchError::Misaligned { .. }));
    }

    #[test]
    fn adrp_page_delta() {
        // adrp x9, . at 0x40_1234 to 0x40_3ff8 + 0x2_0000: pages 0x401 → 0x423, delta 0x22.
        let mut b = 0x9000_0009u32.to_le_bytes();
        patch(HoleKind::Arm64AdrpPage21, &mut b, 0, 0x40_1234, 0x42_3ff8).unwrap();
        // immlo = 0x22 & 3 = 2 (bits 29-30), immhi = 0x22 >> 2 = 8 (bits 5-23)
        assert_eq!(word(&b), 0x9000_0009 | (2 << 29) | (8 << 5));
        // Backward by one page: -1 is all ones in 21 bits.
        let mut b = 0x9000_0009u32.to_le_bytes();
        patch(HoleKind::Arm64GotPage21, &mut b, 0, 0x40_1000, 0x40_0ff8).unwrap();
        assert_eq!(word(&b), 0xf0ff_ffe9);
    }

    #[test]
    fn adrp_out_of_range() {
        let p = 0x7f00_0000_0000u64;
        let mut b = 0x9000_0000u32.to_le_bytes();
        patch(
            HoleKind::Arm64AdrpPage21,
            &mut b,
            0,
            p,
            p + (1 << 32) - 0x1000,
        )
        .unwrap();
        let err = patch(HoleKind::Arm64AdrpPage21, &mut b, 0, p, p + (1 << 32)).unwrap_err();
        assert!(matches!(err, PatchError::OutOfRange { .. }));
        let err = patch(HoleKind::Arm64AdrpPage21, &mut b, 0, p, 5).unwrap_err();
        assert!(matches!(err, PatchError::OutOfRange { .. }));
    }

    #[test]
    fn ldr_scaled_offset() {
        // ldr x1, [x9, #0] (f9400121) with lo12 = 0xff8: imm12 = 0xff8 / 8 = 0x1ff.
        let mut b = 0xf940_0121u32.to_le_bytes();
        patch(
            HoleKind::Arm64PageOff12 { shift: 3 },
            &mut b,
            0,
            0,
            0x1234_5ff8,
        )
        .unwrap();
        assert_eq!(word(&b), 0xf940_0121 | (0x1ff << 10));
        let mut b = 0xf940_0121u32.to_le_bytes();
        patch(HoleKind::Arm64GotPageOff12, &mut b, 0, 0, 0x1010).unwrap();
        assert_eq!(word(&b), 0xf940_0121 | (2 << 10));
        // A misaligned slot for a scaled load is an error.
        let err = patch(HoleKind::Arm64GotPageOff12, &mut b, 0, 0, 0x1004).unwrap_err();
        assert!(matches!(err, PatchError::Misaligned { .. }));
    }

    #[test]
    fn add_lo12_unscaled() {
        // add x9, x9, #0 (91000129) with lo12 0xabc.
        let mut b = 0x9100_0129u32.to_le_bytes();
        patch(HoleKind::Arm64PageOff12 { shift: 0 }, &mut b, 0, 0, 0x5abc).unwrap();
        assert_eq!(word(&b), 0x9100_0129 | (0xabc << 10));
    }

    #[test]
    fn add_becomes_ldr() {
        let mut b = 0x9100_0129u32.to_le_bytes(); // add x9, x9, #0
        assert_eq!(add_to_load(&mut b), Some(3));
        assert_eq!(word(&b), 0xf940_0129); // ldr x9, [x9]
        let mut b = 0x1100_0129u32.to_le_bytes(); // add w9, w9, #0
        assert_eq!(add_to_load(&mut b), Some(2));
        assert_eq!(word(&b), 0xb940_0129); // ldr w9, [x9]
        let mut b = 0xf940_0129u32.to_le_bytes();
        assert_eq!(add_to_load(&mut b), None);
    }

    #[test]
    fn trampoline_encoding() {
        let t = trampoline(0x1122_3344_5566_7788);
        assert_eq!(word(&[t[0], t[1], t[2], t[3]]), 0x5800_0050); // ldr x16, #8
        assert_eq!(word(&[t[4], t[5], t[6], t[7]]), 0xd61f_0200); // br x16
        assert_eq!(&t[8..], &0x1122_3344_5566_7788u64.to_le_bytes());
    }
}
