// The stencil set hash: what `targets/<triple>/manifest.txt` records and what build.rs
// recomputes to refuse a stale set. build.rs `include!`s this file, so it may use only std
// and `sha2` (a dependency of both the release crate and tessera's build script), and it
// must not refer to anything else in the release crate.
//
// The hash covers every input that can change a stencil: the files of src/uops (templates,
// ABI header, uop list), the generator's own sources (release/src/stencils) and clang's major
// version. Each file contributes its path relative to the repository root, its length and its
// bytes, so moving text between two files also changes the hash.

use sha2::{Digest, Sha256};

/// Directories whose files (not subdirectories) are inputs, relative to the repository root.
pub const STENCIL_INPUT_DIRS: &[&str] = &["src/uops", "release/src/stencils"];

/// One input file: its path relative to the repository root (with `/`) and its bytes.
pub struct StencilInput {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Every input file, each directory's files sorted by name, in `STENCIL_INPUT_DIRS` order.
pub fn stencil_inputs(root: &std::path::Path) -> std::io::Result<Vec<StencilInput>> {
    let mut inputs = Vec::new();
    for dir in STENCIL_INPUT_DIRS {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(root.join(dir))? {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                names.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        names.sort();
        for name in names {
            let path = format!("{dir}/{name}");
            let bytes = std::fs::read(root.join(&path))?;
            inputs.push(StencilInput { path, bytes });
        }
    }
    Ok(inputs)
}

/// SHA-256 (lowercase hex) over the inputs and clang's major version (e.g. "19").
pub fn stencil_set_hash(inputs: &[StencilInput], clang_major: &str) -> String {
    let mut h = Sha256::new();
    for input in inputs {
        h.update(input.path.as_bytes());
        h.update([0]);
        h.update((input.bytes.len() as u64).to_le_bytes());
        h.update(&input.bytes);
    }
    h.update(b"clang-major\0");
    h.update(clang_major.as_bytes());
    hex_digest(h)
}

/// SHA-256 (lowercase hex) of one byte string: the manifest's per-input lines.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(bytes);
    hex_digest(h)
}

fn hex_digest(h: Sha256) -> String {
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The major version in a full clang version such as "19.1.7".
pub fn clang_major(version: &str) -> &str {
    version.split('.').next().unwrap_or(version)
}

/// The value of `key` in a manifest's `key = value` lines.
pub fn manifest_field<'a>(manifest: &'a str, key: &str) -> Option<&'a str> {
    manifest.lines().find_map(|l| {
        let (k, v) = l.split_once('=')?;
        (k.trim() == key).then(|| v.trim())
    })
}
