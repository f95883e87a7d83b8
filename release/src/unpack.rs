//! Unpacking a release archive for `verify`, refusing anything a release archive never
//! holds before a byte of it is written: every entry must be one of the few names the
//! archive is expected to have, a plain file or its one folder (no links, devices, FIFOs),
//! with sane modes and sizes. Nothing is ever written outside `into`, because only names
//! from the expected list are created there (never a path taken from the archive).

use crate::archive::Format;
use crate::archive_name::ArchiveName;
use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// The compressed archive: today's binaries are a few MiB, so this leaves a wide margin
/// while still refusing to hash or open anything absurd.
pub const MAX_ARCHIVE_BYTES: u64 = 512 << 20;
/// The unpacked binary, and each of the small text files, and all of it together: a few
/// KiB of gzip or deflate can claim gigabytes, and these stop reading long before that.
pub const MAX_BINARY_BYTES: u64 = 256 << 20;
pub const MAX_TEXT_BYTES: u64 = 1 << 20;
pub const MAX_TOTAL_BYTES: u64 = MAX_BINARY_BYTES + 16 * MAX_TEXT_BYTES;

/// The files every release archive holds (under its prefix), the binary first.
pub fn expected_files(name: &ArchiveName) -> [&'static str; 4] {
    [name.binary_name(), "README.md", "LICENSE", "BUILDINFO"]
}

/// Unpacks `archive` into the empty folder `into`, as `into/<file>` for each expected file.
pub fn unpack(archive: &Path, name: &ArchiveName, into: &Path) -> Result<(), String> {
    let file =
        File::open(archive).map_err(|e| format!("cannot open {}: {e}", archive.display()))?;
    let mut seen = BTreeSet::new();
    let result = match name.format {
        Format::TarGz => unpack_tar(file, name, into, &mut seen),
        Format::Zip => unpack_zip(file, name, into, &mut seen),
    };
    result.map_err(|e| format!("{}: {e}", name.file_name()))?;
    for want in expected_files(name) {
        if !seen.contains(want) {
            return Err(format!(
                "{} has no {}{want}",
                name.file_name(),
                name.prefix()
            ));
        }
    }
    Ok(())
}

/// Checks one entry's name against the expected list; `Ok(None)` for the archive's own
/// folder, `Ok(Some(file))` for an expected file not seen before.
fn classify(
    raw: &[u8],
    is_dir: bool,
    name: &ArchiveName,
    seen: &BTreeSet<&'static str>,
) -> Result<Option<&'static str>, String> {
    let shown = String::from_utf8_lossy(raw);
    let prefix = name.prefix();
    if is_dir {
        let folder = prefix.as_bytes();
        if !folder.is_empty() && (raw == folder || raw == &folder[..folder.len() - 1]) {
            return Ok(None);
        }
        return Err(format!("unexpected folder entry '{shown}'"));
    }
    let file = raw
        .strip_prefix(prefix.as_bytes())
        .and_then(|rest| {
            expected_files(name)
                .into_iter()
                .find(|f| f.as_bytes() == rest)
        })
        .ok_or_else(|| {
            format!(
                "unexpected entry '{shown}' (a release archive holds only {}{{{}}})",
                prefix,
                expected_files(name).join(",")
            )
        })?;
    if seen.contains(file) {
        return Err(format!("entry '{shown}' appears twice"));
    }
    Ok(Some(file))
}

/// Mode bits a release file may have: no set-id or sticky bits, nothing writable by group
/// or others; the binary executable by everyone, the text files by no one.
fn check_mode(entry: &str, mode: u32, binary: bool) -> Result<(), String> {
    let bad = mode & !0o777 != 0
        || mode & 0o022 != 0
        || (binary && mode & 0o111 != 0o111)
        || (!binary && mode & 0o111 != 0);
    if bad {
        return Err(format!("entry '{entry}' has mode {mode:o}"));
    }
    Ok(())
}

fn size_limit(file: &str, name: &ArchiveName) -> u64 {
    if file == name.binary_name() {
        MAX_BINARY_BYTES
    } else {
        MAX_TEXT_BYTES
    }
}

/// Copies at most `declared` bytes (already checked against the limits) of `from` into a
/// new file `into/<file>`; a body longer or shorter than declared is refused.
fn write_entry(
    from: impl Read,
    declared: u64,
    into: &Path,
    file: &str,
    executable: bool,
) -> Result<(), String> {
    let path = into.join(file);
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    let copied = io::copy(&mut from.take(declared + 1), &mut out)
        .map_err(|e| format!("cannot unpack '{file}': {e}"))?;
    if copied != declared {
        return Err(format!(
            "entry '{file}' declares {declared} bytes but holds {copied}"
        ));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if executable { 0o755 } else { 0o644 };
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
            .map_err(|e| format!("cannot set the mode of {}: {e}", path.display()))?;
    }
    #[cfg(not(unix))]
    let _ = executable;
    Ok(())
}

fn add_to_total(total: &mut u64, size: u64) -> Result<(), String> {
    *total = total.saturating_add(size);
    if *total > MAX_TOTAL_BYTES {
        return Err(format!(
            "unpacks to more than {MAX_TOTAL_BYTES} bytes, far more than a release holds"
        ));
    }
    Ok(())
}

fn unpack_tar(
    file: File,
    name: &ArchiveName,
    into: &Path,
    seen: &mut BTreeSet<&'static str>,
) -> Result<(), String> {
    use tar::EntryType;
    let mut tar = tar::Archive::new(flate2::read::GzDecoder::new(file));
    let mut total = 0;
    let entries = tar.entries().map_err(|e| e.to_string())?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("unreadable tar entry: {e}"))?;
        let raw = entry.path_bytes().into_owned();
        let shown = String::from_utf8_lossy(&raw).into_owned();
        let kind = entry.header().entry_type();
        let is_dir = match kind {
            EntryType::Regular => false,
            EntryType::Directory => true,
            other => {
                return Err(format!(
                    "entry '{shown}' is a {other:?}, not a plain file (links, devices and FIFOs are refused)"
                ));
            }
        };
        // Some tar writers (cargo-dist's among them) keep the file-type bits (0o40000 for
        // a folder) in the mode field; the entry type above already said what it is.
        let mode = entry
            .header()
            .mode()
            .map_err(|e| format!("entry '{shown}': {e}"))?
            & 0o7777;
        let Some(file) = classify(&raw, is_dir, name, seen)? else {
            if mode & !0o777 != 0 || mode & 0o022 != 0 {
                return Err(format!("folder entry '{shown}' has mode {mode:o}"));
            }
            continue;
        };
        let binary = file == name.binary_name();
        check_mode(&shown, mode, binary)?;
        let size = entry
            .header()
            .size()
            .map_err(|e| format!("entry '{shown}': {e}"))?;
        if size > size_limit(file, name) {
            return Err(format!("entry '{shown}' is {size} bytes, past the limit"));
        }
        add_to_total(&mut total, size)?;
        write_entry(entry, size, into, file, binary)?;
        seen.insert(file);
    }
    Ok(())
}

fn unpack_zip(
    file: File,
    name: &ArchiveName,
    into: &Path,
    seen: &mut BTreeSet<&'static str>,
) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(file).map_err(|e| format!("not a readable zip: {e}"))?;
    let mut total = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index(i)
            .map_err(|e| format!("unreadable zip entry {i}: {e}"))?;
        let raw = entry.name_raw().to_vec();
        let shown = String::from_utf8_lossy(&raw).into_owned();
        if entry.is_symlink() {
            return Err(format!("entry '{shown}' is a symlink"));
        }
        // Unix file-type bits, when the zip records them, must say "regular file".
        if let Some(mode) = entry.unix_mode()
            && mode & 0o170000 != 0
            && mode & 0o170000 != 0o100000
        {
            return Err(format!(
                "entry '{shown}' is not a plain file (mode {mode:o})"
            ));
        }
        let file = classify(&raw, entry.is_dir(), name, seen)?
            .ok_or_else(|| format!("unexpected folder entry '{shown}'"))?;
        let binary = file == name.binary_name();
        if let Some(mode) = entry.unix_mode() {
            // Windows has no executable bit, so only refuse what is dangerous anywhere.
            if mode & 0o7000 != 0 || mode & 0o022 != 0 {
                return Err(format!("entry '{shown}' has mode {mode:o}"));
            }
        }
        let size = entry.size();
        if size > size_limit(file, name) {
            return Err(format!("entry '{shown}' is {size} bytes, past the limit"));
        }
        add_to_total(&mut total, size)?;
        write_entry(entry, size, into, file, binary)?;
        seen.insert(file);
    }
    Ok(())
}
