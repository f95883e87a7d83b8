//! Where the tessera repository and cargo's build output are, and what version the
//! `tessera` package has: the facts every subcommand that builds tessera needs.

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    // This crate lives at <repo>/release, so the repository is its manifest's parent.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_owned()
}

/// Cargo's target directory for builds run with `root` as the working directory.
pub fn target_dir(root: &Path) -> PathBuf {
    // A relative CARGO_TARGET_DIR is resolved by cargo against its working directory,
    // which the subcommands set to the repository root.
    std::env::var_os("CARGO_TARGET_DIR")
        .map(|t| root.join(t))
        .unwrap_or_else(|| root.join("target"))
}

/// The cargo that is running us (under `cargo run`), so builds use the same toolchain.
pub fn cargo() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// The rustc of the toolchain whose cargo is running us: `$RUSTC` when cargo was told to
/// use another, else the `rustc` beside `$CARGO` (under rustup, the pinned toolchain's own
/// binary rather than the proxy), else whatever `rustc` is on PATH.
pub fn rustc() -> std::ffi::OsString {
    if let Some(rustc) = std::env::var_os("RUSTC") {
        return rustc;
    }
    if let Some(cargo) = std::env::var_os("CARGO") {
        let beside =
            Path::new(&cargo).with_file_name(format!("rustc{}", std::env::consts::EXE_SUFFIX));
        if beside.is_file() {
            return beside.into_os_string();
        }
    }
    "rustc".into()
}

/// The `version` of the root package, read from the root Cargo.toml. Release archives
/// are named after it, so it must be the version the binary itself reports.
pub fn package_version(root: &Path) -> Result<String, String> {
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    manifest_version(&text).ok_or_else(|| format!("{} has no [package] version", path.display()))
}

/// The `version = "..."` of the `[package]` table. A line scan is enough for a manifest
/// we write ourselves, and keeps a TOML parser out of the build tool.
fn manifest_version(toml: &str) -> Option<String> {
    let mut in_package = false;
    for line in toml.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
            continue;
        }
        if !in_package {
            continue;
        }
        if let Some((key, value)) = line.split_once('=')
            && key.trim() == "version"
        {
            return Some(value.trim().trim_matches('"').to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_comes_from_the_package_table() {
        let toml = "[workspace]\nversion = \"9.9.9\"\n\n[package]\nname = \"tessera\"\nversion = \"0.3.1\"\n\n[dependencies]\nversion = \"1\"\n";
        assert_eq!(manifest_version(toml).as_deref(), Some("0.3.1"));
        assert_eq!(manifest_version("[workspace]\nmembers = []\n"), None);
    }

    #[test]
    fn this_repository_has_a_version() {
        let v = package_version(&root()).unwrap();
        assert_eq!(v.split('.').count(), 3, "{v}");
    }
}
