//! The one line `stencils --check` prints before anything else when the clang here is not
//! the exact release the checked-in stencil sets were made with. Another clang 19 release
//! may emit other bytes for the same inputs, and without this line a byte diff looks like
//! stale stencils rather than the wrong compiler.
//!
//! Lives outside release/src/stencils/ because the generator's own sources are hashed into
//! every stencil set; a diagnostic must not invalidate them.

use crate::buildinfo::StencilSet;
use std::path::Path;

/// The generator's own clang lookup, compiled here a second time rather than copied, so
/// both find the same clang (making it `pub` in stencils/mod.rs would change that hashed
/// input and with it every stencil set's hash).
#[allow(dead_code, clippy::duplicate_mod)]
#[path = "stencils/clang.rs"]
mod clang;

/// The line to print first, if the clang that `stencils` would use differs from the one
/// any manifest under `root/targets` records.
pub fn mismatch_line(root: &Path) -> Option<String> {
    let toolchain = clang::Toolchain::find().ok()?;
    let mut recorded = Vec::new();
    for entry in std::fs::read_dir(root.join("targets")).ok()?.flatten() {
        let target = entry.file_name().to_string_lossy().into_owned();
        if let Ok(set) = StencilSet::of_target(root, &target) {
            recorded.push(set.clang_version);
        }
    }
    note(
        &toolchain.version,
        &toolchain.clang.display().to_string(),
        recorded,
    )
}

fn note(found: &str, path: &str, mut recorded: Vec<String>) -> Option<String> {
    recorded.sort();
    recorded.dedup();
    recorded.retain(|v| v != found && v != crate::buildinfo::ABSENT);
    if recorded.is_empty() {
        return None;
    }
    Some(format!(
        "clang version mismatch: the manifests record clang {}, but this is clang {found} ({path}); \
         the comparison below will differ for that reason alone, so check with clang {} \
         (Debian bookworm's clang-19, as .ci/run installs)",
        recorded.join(", "),
        recorded.join(" or ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_only_when_versions_differ() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            note("19.1.7", "/usr/bin/clang-19", v(&["19.1.7", "19.1.7"])),
            None
        );
        assert_eq!(note("19.1.7", "c", v(&["none"])), None);
        let line = note("19.1.1", "/usr/bin/clang-19", v(&["19.1.7", "19.1.7"])).unwrap();
        assert!(!line.contains('\n'));
        assert!(
            line.starts_with("clang version mismatch: the manifests record clang 19.1.7, but this is clang 19.1.1"),
            "{line}"
        );
    }
}
