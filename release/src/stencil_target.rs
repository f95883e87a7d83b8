// Which checked-in stencil set (`targets/<triple>/`) a build for a given Rust target uses.
// `include!`d by build.rs as well as used by the release tool, so the build and `verify`
// can never disagree. Kept outside release/src/stencils/ on purpose: the generator's own
// sources are stencil inputs, and this mapping does not change a single stencil byte.

/// Stencils depend only on the ISA, the object format and the calling convention, and a
/// static musl binary has the same ones as a glibc binary of its architecture: the
/// templates are freestanding (no libc header, no libc call). So every Linux libc shares
/// the `-gnu` set of its ISA rather than duplicating it.
pub fn stencil_set_for(target: &str) -> String {
    match target.strip_suffix("-unknown-linux-musl") {
        Some(arch) => format!("{arch}-unknown-linux-gnu"),
        None => target.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn musl_shares_the_gnu_set() {
        assert_eq!(
            stencil_set_for("x86_64-unknown-linux-musl"),
            "x86_64-unknown-linux-gnu"
        );
        assert_eq!(
            stencil_set_for("aarch64-unknown-linux-musl"),
            "aarch64-unknown-linux-gnu"
        );
        for same in [
            "aarch64-apple-darwin",
            "x86_64-pc-windows-msvc",
            "x86_64-unknown-linux-gnu",
        ] {
            assert_eq!(stencil_set_for(same), same);
        }
    }
}
