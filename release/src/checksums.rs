//! Checksum files as cargo-dist writes them, so `package` and the release workflow publish
//! one scheme: `<archive>.sha256` beside each archive, and `sha256.sum` covering every
//! archive in the folder, each line `<hex> *<name>` (what `sha256sum -c` checks).

use sha2::{Digest, Sha256};
use std::io::{self, Read};
use std::path::Path;

/// cargo-dist's unified checksum file.
pub const FILE_NAME: &str = "sha256.sum";

/// Far more than any checksum file of ours needs; a bigger one is not ours.
const MAX_CHECKSUM_FILE: u64 = 64 * 1024;

/// Reads a checksum file, refusing anything but a small regular file: a FIFO would block
/// the read forever, and a device or a huge file is no checksum list. `Ok(None)` when
/// there is no such file.
pub fn read_checksum_file(path: &Path) -> Result<Option<String>, String> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    if !meta.file_type().is_file() {
        return Err(format!(
            "{} is not a regular file (a symlink, FIFO, device or folder), refusing to read it",
            path.display()
        ));
    }
    if meta.len() > MAX_CHECKSUM_FILE {
        return Err(format!(
            "{} is {} bytes, too big for a checksum file",
            path.display(),
            meta.len()
        ));
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_CHECKSUM_FILE).read_to_string(&mut text))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(Some(text))
}

pub fn sha256_file(path: &Path) -> io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn is_archive(name: &str) -> bool {
    name.ends_with(".tar.gz") || name.ends_with(".zip")
}

/// Writes `dir/<archive>.sha256` for every archive in `dir` and rewrites `dir/sha256.sum`
/// to cover them all, so packaging several targets into one folder leaves one file that
/// checks them all.
pub fn write_for_folder(dir: &Path) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut sums = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_archive(&name) || !entry.path().is_file() {
            continue;
        }
        let hash = sha256_file(&entry.path())
            .map_err(|e| format!("cannot read {}: {e}", entry.path().display()))?;
        let own = dir.join(format!("{name}.sha256"));
        std::fs::write(&own, render(vec![(name.clone(), hash.clone())]))
            .map_err(|e| format!("cannot write {}: {e}", own.display()))?;
        sums.push((name, hash));
    }
    let path = dir.join(FILE_NAME);
    std::fs::write(&path, render(sums)).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn render(mut sums: Vec<(String, String)>) -> String {
    sums.sort();
    sums.iter()
        .map(|(name, hash)| format!("{hash} *{name}\n"))
        .collect()
}

/// The hash checksum-file text lists for `name`, in either `sha256sum` form (`<hex>  name`
/// or `<hex> *name`).
pub fn listed_hash(sums: &str, name: &str) -> Option<String> {
    sums.lines().find_map(|line| {
        let (hash, rest) = line.split_once(' ')?;
        let listed = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('*'))?;
        (listed == name).then(|| hash.to_ascii_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scratch::ScratchDir;

    fn sha256_hex(bytes: &[u8]) -> String {
        hex(&Sha256::digest(bytes))
    }

    #[test]
    fn known_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn lines_are_sorted_and_parse_back() {
        let text = render(vec![
            ("b.zip".into(), "22".into()),
            ("a.tar.gz".into(), "11".into()),
        ]);
        assert_eq!(text, "11 *a.tar.gz\n22 *b.zip\n");
        assert_eq!(listed_hash(&text, "b.zip").as_deref(), Some("22"));
        assert_eq!(listed_hash("AB *c.zip\n", "c.zip").as_deref(), Some("ab"));
        assert_eq!(listed_hash("ab  c.zip\n", "c.zip").as_deref(), Some("ab"));
        assert_eq!(listed_hash(&text, "c.zip"), None);
    }

    #[test]
    fn covers_every_archive_in_the_folder() {
        let dir = ScratchDir::new("checksums").unwrap();
        std::fs::write(dir.path().join("x.zip"), b"x").unwrap();
        std::fs::write(dir.path().join("a.tar.gz"), b"abc").unwrap();
        std::fs::write(dir.path().join("notes.txt"), b"not an archive").unwrap();
        write_for_folder(dir.path()).unwrap();
        let text = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        assert_eq!(
            text,
            format!(
                "{} *a.tar.gz\n{} *x.zip\n",
                sha256_hex(b"abc"),
                sha256_hex(b"x")
            )
        );
        assert_eq!(
            sha256_file(&dir.path().join("a.tar.gz")).unwrap(),
            sha256_hex(b"abc")
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("x.zip.sha256")).unwrap(),
            format!("{} *x.zip\n", sha256_hex(b"x"))
        );
    }

    #[cfg(unix)]
    #[test]
    fn refuses_a_fifo_without_blocking() {
        let dir = ScratchDir::new("checksums-fifo").unwrap();
        let fifo = dir.path().join(FILE_NAME);
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let err = read_checksum_file(&fifo).unwrap_err();
        assert!(err.contains("not a regular file"), "{err}");
        assert_eq!(read_checksum_file(&dir.path().join("absent")), Ok(None));
    }
}
