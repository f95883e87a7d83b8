//! Writing a release archive so that the same files give the same bytes on any machine,
//! any day: entries sorted by name, one fixed modification time, owner root (uid and
//! gid 0, no owner names), modes reduced to 0755 (folders and the binary) and 0644 (the
//! rest), and a gzip header with no timestamp and no file name. Anyone can then rebuild a
//! release and compare checksums.

use crate::calendar::civil_from_days;
use flate2::{Compression, GzBuilder};
use std::io::{self, Write};
use tar::{EntryType, Header};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const EXECUTABLE_MODE: u32 = 0o755;
const FILE_MODE: u32 = 0o644;

/// `.tar.gz` is what Unix users unpack by habit; Windows Explorer opens `.zip` natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    TarGz,
    Zip,
}

impl Format {
    pub fn for_target(target: &str) -> Format {
        if target.contains("windows") {
            Format::Zip
        } else {
            Format::TarGz
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::TarGz => ".tar.gz",
            Format::Zip => ".zip",
        }
    }
}

/// One file to put in the archive, under the top folder.
pub struct File {
    /// Path relative to the top folder, with `/` separators.
    pub name: String,
    pub contents: Vec<u8>,
    pub executable: bool,
}

impl File {
    fn mode(&self) -> u32 {
        if self.executable {
            EXECUTABLE_MODE
        } else {
            FILE_MODE
        }
    }
}

/// The archive's bytes, each entry stamped with `mtime` (seconds since the Unix epoch): for
/// .tar.gz, `top/` followed by every file as `top/<name>`; for .zip, the files alone at the
/// top, as cargo-dist lays out its zips, so both tools make archives of one shape.
pub fn write(format: Format, top: &str, files: &[File], mtime: u64) -> io::Result<Vec<u8>> {
    let mut sorted: Vec<&File> = files.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    match format {
        Format::TarGz => write_tar_gz(top, &sorted, mtime),
        Format::Zip => write_zip(&sorted, mtime),
    }
}

fn write_tar_gz(top: &str, files: &[&File], mtime: u64) -> io::Result<Vec<u8>> {
    // GzBuilder writes mtime 0 and, unless asked, no file name; the OS byte is always
    // "unknown", so the host does not leak into the bytes either.
    let gz = GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), Compression::best());
    let mut tar = tar::Builder::new(gz);
    let mut dir = header(EntryType::Directory, 0, EXECUTABLE_MODE, mtime)?;
    tar.append_data(&mut dir, format!("{top}/"), io::empty())?;
    for f in files {
        let mut h = header(EntryType::Regular, f.contents.len() as u64, f.mode(), mtime)?;
        tar.append_data(&mut h, format!("{top}/{}", f.name), f.contents.as_slice())?;
    }
    tar.into_inner()?.finish()
}

fn header(kind: EntryType, size: u64, mode: u32, mtime: u64) -> io::Result<Header> {
    // ustar rather than GNU: every tar reads it, and our names fit its limits.
    let mut h = Header::new_ustar();
    h.set_entry_type(kind);
    h.set_size(size);
    h.set_mode(mode);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(mtime);
    h.set_username("")?;
    h.set_groupname("")?;
    Ok(h)
}

fn write_zip(files: &[&File], mtime: u64) -> io::Result<Vec<u8>> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(dos_time(mtime));
    let mut zip = ZipWriter::new(io::Cursor::new(Vec::new()));
    for f in files {
        zip.start_file(f.name.as_str(), options.unix_permissions(f.mode()))
            .map_err(io::Error::other)?;
        zip.write_all(&f.contents)?;
    }
    Ok(zip.finish().map_err(io::Error::other)?.into_inner())
}

/// Zip stores local time in MS-DOS form: years 1980 to 2107, even seconds. We store UTC
/// (there is no right local time for a build) and clamp to the representable range.
fn dos_time(mtime: u64) -> zip::DateTime {
    const FIRST: u64 = 315_532_800; // 1980-01-01T00:00:00Z
    const LAST: u64 = 4_354_819_198; // 2107-12-31T23:59:58Z
    let t = mtime.clamp(FIRST, LAST);
    let (y, m, d) = civil_from_days((t / 86_400) as i64);
    let s = t % 86_400;
    zip::DateTime::from_date_and_time(
        y as u16,
        m as u8,
        d as u8,
        (s / 3600) as u8,
        (s / 60 % 60) as u8,
        (s % 60) as u8,
    )
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn files() -> Vec<File> {
        // Deliberately unsorted: the archive must not depend on the order given.
        vec![
            File {
                name: "README.md".into(),
                contents: b"# tessera\n".to_vec(),
                executable: false,
            },
            File {
                name: "tessera".into(),
                contents: vec![0x7f, b'E', b'L', b'F', 0, 1, 2, 3],
                executable: true,
            },
            File {
                name: "BUILDINFO".into(),
                contents: b"version: 0.1.0\n".to_vec(),
                executable: false,
            },
        ]
    }

    const EPOCH: u64 = 1_764_000_000;

    #[test]
    fn same_files_same_bytes_and_the_date_matters() {
        for format in [Format::TarGz, Format::Zip] {
            let a = write(format, "t-0.1.0-x", &files(), EPOCH).unwrap();
            let mut reordered = files();
            reordered.reverse();
            let b = write(format, "t-0.1.0-x", &reordered, EPOCH).unwrap();
            assert_eq!(a, b, "{format:?} differs between two identical builds");
            // A day later, as a different SOURCE_DATE_EPOCH would give.
            let c = write(format, "t-0.1.0-x", &files(), EPOCH + 86_400).unwrap();
            assert_ne!(a, c, "{format:?} ignores the modification time");
        }
    }

    #[test]
    fn tar_entries_are_sorted_owned_by_root_with_normal_modes() {
        let bytes = write(Format::TarGz, "top", &files(), EPOCH).unwrap();
        // gzip header: magic, method, flags (no FNAME), mtime 0, xfl, OS unknown.
        assert_eq!(&bytes[..4], &[0x1f, 0x8b, 8, 0]);
        assert_eq!(&bytes[4..8], &[0, 0, 0, 0]);
        let mut tar = tar::Archive::new(flate2::read::GzDecoder::new(bytes.as_slice()));
        let mut seen = Vec::new();
        for entry in tar.entries().unwrap() {
            let mut e = entry.unwrap();
            let h = e.header().clone();
            let path = e.path().unwrap().to_string_lossy().into_owned();
            assert_eq!(h.uid().unwrap(), 0);
            assert_eq!(h.gid().unwrap(), 0);
            assert_eq!(h.username().unwrap(), Some(""));
            assert_eq!(h.groupname().unwrap(), Some(""));
            assert_eq!(h.mtime().unwrap(), EPOCH);
            let mut body = Vec::new();
            e.read_to_end(&mut body).unwrap();
            seen.push((path, h.mode().unwrap(), body.len()));
        }
        let names: Vec<(&str, u32)> = seen.iter().map(|(p, m, _)| (p.as_str(), *m)).collect();
        assert_eq!(
            names,
            [
                ("top/", 0o755),
                ("top/BUILDINFO", 0o644),
                ("top/README.md", 0o644),
                ("top/tessera", 0o755),
            ]
        );
        assert_eq!(seen[3].2, 8);
    }

    #[test]
    fn zip_entries_are_flat_sorted_with_normal_modes() {
        let bytes = write(Format::Zip, "top", &files(), EPOCH).unwrap();
        let mut zip = zip::ZipArchive::new(io::Cursor::new(bytes)).unwrap();
        let mut seen = Vec::new();
        for i in 0..zip.len() {
            let f = zip.by_index(i).unwrap();
            seen.push((
                f.name().unwrap().into_owned(),
                f.unix_mode().unwrap() & 0o777,
            ));
        }
        let seen: Vec<(&str, u32)> = seen.iter().map(|(n, m)| (n.as_str(), *m)).collect();
        assert_eq!(
            seen,
            [
                ("BUILDINFO", 0o644),
                ("README.md", 0o644),
                ("tessera", 0o755),
            ]
        );
    }

    #[test]
    fn dos_times() {
        let t = dos_time(EPOCH); // 2025-11-24T16:00:00Z
        assert_eq!((t.year(), t.month(), t.day()), (2025, 11, 24));
        assert_eq!((t.hour(), t.minute(), t.second()), (16, 0, 0));
        assert_eq!(dos_time(0).year(), 1980);
    }
}
