//! The patcher: writes one hole's value into the bytes of a stencil instance, in the
//! encoding its `HoleKind` names. A value that does not fit is an error, never truncated.
//!
//! Everything here is plain byte manipulation, so both ISAs are compiled and unit-tested on
//! every host, whatever the stencil set in use.

pub mod aarch64;
pub mod x86_64;

use super::stencil::HoleKind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PatchError {
    /// The value (or its distance from the hole) does not fit the field.
    OutOfRange { kind: HoleKind, value: i128 },
    /// A scaled or word-granular field got a value that is not a multiple of its unit.
    Misaligned { kind: HoleKind, value: u64 },
    /// The bytes at the hole are not an instruction this kind applies to.
    WrongInstruction { kind: HoleKind, insn: u32 },
    /// The hole's field runs past the end of its section.
    OutOfBounds { kind: HoleKind, offset: usize },
}

impl std::fmt::Display for PatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PatchError::OutOfRange { kind, value } => {
                write!(f, "{kind:?}: value {value:#x} does not fit the field")
            }
            PatchError::Misaligned { kind, value } => {
                write!(
                    f,
                    "{kind:?}: value {value:#x} is not aligned to the field's scale"
                )
            }
            PatchError::WrongInstruction { kind, insn } => {
                write!(
                    f,
                    "{kind:?}: instruction {insn:#010x} cannot take this hole"
                )
            }
            PatchError::OutOfBounds { kind, offset } => {
                write!(f, "{kind:?}: hole at offset {offset} runs past its section")
            }
        }
    }
}

/// Patches the hole of `kind` at `bytes[offset..]`, whose address is `p`, with `value`:
/// `S + A` for most kinds; for the GOT kinds (`X86GotRel32`, `Arm64GotPage21`,
/// `Arm64GotPageOff12`) the address of the GOT slot that holds `S + A`.
pub fn patch(
    kind: HoleKind,
    bytes: &mut [u8],
    offset: usize,
    p: u64,
    value: u64,
) -> Result<(), PatchError> {
    let width = match kind {
        HoleKind::Abs64 => 8,
        _ => 4,
    };
    let field = offset
        .checked_add(width)
        .and_then(|end| bytes.get_mut(offset..end))
        .ok_or(PatchError::OutOfBounds { kind, offset })?;
    match kind {
        HoleKind::Abs64 => {
            field.copy_from_slice(&value.to_le_bytes());
            Ok(())
        }
        HoleKind::Abs32 => {
            let v = u32::try_from(value).map_err(|_| out_of_range(kind, value as i128))?;
            field.copy_from_slice(&v.to_le_bytes());
            Ok(())
        }
        HoleKind::Abs32S => {
            let v = i32::try_from(value as i64).map_err(|_| out_of_range(kind, value as i128))?;
            field.copy_from_slice(&v.to_le_bytes());
            Ok(())
        }
        HoleKind::X86Rel32 => x86_64::patch_rel32(kind, field, p, value),
        HoleKind::X86GotRel32 { got_addend } => {
            x86_64::patch_rel32(kind, field, p, value.wrapping_add(got_addend as u64))
        }
        HoleKind::Arm64Branch26 => aarch64::patch_branch26(kind, field, p, value),
        HoleKind::Arm64MovW { group } => aarch64::patch_movw(kind, field, group, value),
        HoleKind::Arm64AdrpPage21 | HoleKind::Arm64GotPage21 => {
            aarch64::patch_adrp(kind, field, p, value)
        }
        HoleKind::Arm64PageOff12 { shift } => aarch64::patch_pageoff12(kind, field, shift, value),
        HoleKind::Arm64GotPageOff12 => aarch64::patch_pageoff12(kind, field, 3, value),
    }
}

fn out_of_range(kind: HoleKind, value: i128) -> PatchError {
    PatchError::OutOfRange { kind, value }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abs64_writes_little_endian() {
        let mut b = [0u8; 10];
        patch(HoleKind::Abs64, &mut b, 1, 0, 0x1122_3344_5566_7788).unwrap();
        assert_eq!(b, [0, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0]);
    }

    #[test]
    fn abs32_is_zero_extended() {
        // mov ecx, imm32 (b9 imm32), as clang emits for OPARG.
        let mut b = [0xb9, 0, 0, 0, 0];
        patch(HoleKind::Abs32, &mut b, 1, 0, 0xdead_beef).unwrap();
        assert_eq!(b, [0xb9, 0xef, 0xbe, 0xad, 0xde]);
        let err = patch(HoleKind::Abs32, &mut b, 1, 0, 1 << 32).unwrap_err();
        assert!(matches!(err, PatchError::OutOfRange { .. }));
    }

    #[test]
    fn abs32s_is_sign_extended() {
        // movq $imm32, 8(%r13): 49 c7 45 08 imm32
        let mut b = [0x49, 0xc7, 0x45, 0x08, 0, 0, 0, 0];
        patch(HoleKind::Abs32S, &mut b, 4, 0, (-2i64) as u64).unwrap();
        assert_eq!(&b[4..], &[0xfe, 0xff, 0xff, 0xff]);
        patch(HoleKind::Abs32S, &mut b, 4, 0, 0x7fff_ffff).unwrap();
        assert_eq!(&b[4..], &[0xff, 0xff, 0xff, 0x7f]);
        for bad in [0x8000_0000u64, (i32::MIN as i64 - 1) as u64] {
            let err = patch(HoleKind::Abs32S, &mut b, 4, 0, bad).unwrap_err();
            assert!(matches!(err, PatchError::OutOfRange { .. }));
        }
    }

    #[test]
    fn a_field_past_the_end_is_an_error() {
        let mut b = [0u8; 6];
        let err = patch(HoleKind::Abs64, &mut b, 0, 0, 1).unwrap_err();
        assert_eq!(
            err,
            PatchError::OutOfBounds {
                kind: HoleKind::Abs64,
                offset: 0
            }
        );
        assert!(patch(HoleKind::Abs32, &mut b, 3, 0, 1).is_err());
    }
}
