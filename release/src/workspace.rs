//! Where the tessera repository and cargo's build output are:
//! the facts every subcommand that builds tessera needs.

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
