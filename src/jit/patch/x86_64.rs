//! x86-64 encodings: 32-bit PC-relative fields, and the two ways to reach a target that is
//! more than ±2 GiB away (helpers live in the Rust binary, far from mapped JIT code):
//! a trampoline for calls and jumps, and turning `lea reg, [rip+X]` into a load of X from a
//! data slot.

use super::PatchError;
use crate::jit::stencil::HoleKind;

/// Bytes of one trampoline: `jmp qword ptr [rip+0]` followed by the 8-byte target.
pub const TRAMPOLINE_LEN: usize = 14;

/// Writes `value - p` (the hole's `S + A - P`) into a 32-bit field.
pub fn patch_rel32(kind: HoleKind, field: &mut [u8], p: u64, value: u64) -> Result<(), PatchError> {
    let delta = value.wrapping_sub(p) as i64;
    let v = i32::try_from(delta).map_err(|_| PatchError::OutOfRange {
        kind,
        value: delta as i128,
    })?;
    field.copy_from_slice(&v.to_le_bytes());
    Ok(())
}

/// Whether the rel32 field at `code[offset..]` is the operand of `call`, `jmp` or a `jcc`,
/// which a trampoline can stand in for. (The field ends these instructions, so the CPU's
/// destination is the field's end plus its value.)
pub fn is_branch(code: &[u8], offset: usize) -> bool {
    let before = |n: usize| offset.checked_sub(n).map(|i| code[i]);
    matches!(before(1), Some(0xe8 | 0xe9))
        || (before(2) == Some(0x0f) && matches!(before(1), Some(0x80..=0x8f)))
}

/// If the rel32 field at `code[offset..]` is the displacement of `lea reg, [rip+disp32]`,
/// turns the instruction into `mov reg, [rip+disp32]` (same length, same registers), so that
/// pointing the field at a data slot holding the old target computes the same value.
pub fn lea_to_load(code: &mut [u8], offset: usize) -> bool {
    let Some(op) = offset.checked_sub(2) else {
        return false;
    };
    let modrm = code[op + 1];
    // mod = 00, r/m = 101: RIP-relative with a 32-bit displacement and nothing after it.
    if code[op] == 0x8d && modrm & 0xc7 == 0x05 {
        code[op] = 0x8b;
        true
    } else {
        false
    }
}

/// `jmp qword ptr [rip+0]; .quad target`: reaches any address, clobbers no register.
pub fn trampoline(target: u64) -> [u8; TRAMPOLINE_LEN] {
    let mut t = [0u8; TRAMPOLINE_LEN];
    t[..6].copy_from_slice(&[0xff, 0x25, 0, 0, 0, 0]);
    t[6..].copy_from_slice(&target.to_le_bytes());
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::patch::patch;

    #[test]
    fn call_rel32_forward_and_backward() {
        // call rel32 at 0x1000: the field is at 0x1001 and the addend -4 (end of field).
        let mut b = [0xe8, 0, 0, 0, 0];
        patch(HoleKind::X86Rel32, &mut b, 1, 0x1001, 0x2000 - 4).unwrap();
        assert_eq!(b, [0xe8, 0xfb, 0x0f, 0, 0]); // 0x2000 - 0x1005 = 0xffb
        patch(HoleKind::X86Rel32, &mut b, 1, 0x1001, 0x1000 - 4).unwrap();
        assert_eq!(b, [0xe8, 0xfb, 0xff, 0xff, 0xff]); // -5: back to the call itself
    }

    #[test]
    fn rel32_out_of_range_is_an_error() {
        let mut b = [0xe8, 0, 0, 0, 0];
        let far = 0x1001u64 + (1 << 31) + 4;
        let err = patch(HoleKind::X86Rel32, &mut b, 1, 0x1001, far - 4).unwrap_err();
        assert!(matches!(err, PatchError::OutOfRange { value, .. } if value == 1 << 31));
        let near = 0x1001u64 + (1 << 31) - 1;
        patch(HoleKind::X86Rel32, &mut b, 1, 0x1001, near).unwrap();
        assert_eq!(b, [0xe8, 0xff, 0xff, 0xff, 0x7f]);
    }

    #[test]
    fn gotpcrel_points_at_the_slot() {
        // call *[rip+disp32] (ff 15 disp32) at 0x4000; slot at 0x5000; object addend -4.
        let mut b = [0xff, 0x15, 0, 0, 0, 0];
        let kind = HoleKind::X86GotRel32 { got_addend: -4 };
        patch(kind, &mut b, 2, 0x4002, 0x5000).unwrap();
        assert_eq!(b, [0xff, 0x15, 0xfa, 0x0f, 0, 0]); // 0x5000 - 0x4006
    }

    #[test]
    fn branches_are_recognized() {
        assert!(is_branch(&[0xe8, 0, 0, 0, 0], 1));
        assert!(is_branch(&[0xe9, 0, 0, 0, 0], 1));
        assert!(is_branch(&[0x0f, 0x85, 0, 0, 0, 0], 2));
        assert!(!is_branch(&[0x48, 0x8d, 0x05, 0, 0, 0, 0], 3));
        assert!(!is_branch(&[0, 0, 0, 0], 0));
    }

    #[test]
    fn lea_becomes_a_load() {
        // lea rax, [rip+0] → mov rax, [rip+0]
        let mut b = [0x48, 0x8d, 0x05, 0, 0, 0, 0];
        assert!(lea_to_load(&mut b, 3));
        assert_eq!(b[..3], [0x48, 0x8b, 0x05]);
        // lea rax, [rcx+disp32] is not RIP-relative: untouched.
        let mut b = [0x48, 0x8d, 0x81, 0, 0, 0, 0];
        assert!(!lea_to_load(&mut b, 3));
        assert_eq!(b[1], 0x8d);
    }

    #[test]
    fn trampoline_encoding() {
        let t = trampoline(0x0123_4567_89ab_cdef);
        assert_eq!(
            t,
            [
                0xff, 0x25, 0, 0, 0, 0, 0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01
            ]
        );
    }
}
