//! Unpacking a release archive, the way a user would, so `verify` tests what they get.

use crate::archive::Format;
use std::fs::File;
use std::path::Path;

pub fn unpack(archive: &Path, format: Format, into: &Path) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| {
        format!(
            "cannot unpack {} into {}: {e}",
            archive.display(),
            into.display()
        )
    };
    let file = File::open(archive).map_err(|e| fail(&e))?;
    match format {
        // Both crates refuse entries that would escape `into` (absolute paths, `..`),
        // and restore the executable bit on Unix.
        Format::TarGz => tar::Archive::new(flate2::read::GzDecoder::new(file))
            .unpack(into)
            .map_err(|e| fail(&e)),
        Format::Zip => zip::ZipArchive::new(file)
            .and_then(|mut z| z.extract(into))
            .map_err(|e| fail(&e)),
    }
}
