//! The one naming scheme of release archives, the one cargo-dist uses, so `release package`
//! and the release workflow produce the same files and `verify` checks what users download:
//! `tessera-<target>.tar.gz`, whose entries sit under a `tessera-<target>/` folder, or, for
//! Windows targets, `tessera-<target>.zip` with its entries at the top (dist's zips are flat).
//! The version is not in the name; BUILDINFO and `tessera --version` carry it.

use crate::archive::Format;

#[derive(Debug, PartialEq)]
pub struct ArchiveName {
    pub target: String,
    pub format: Format,
}

/// The first component of every Rust target triple we might ship, so a name with anything
/// but a triple after `tessera-` is refused rather than misread.
const ARCHITECTURES: &[&str] = &[
    "x86_64",
    "aarch64",
    "i686",
    "i586",
    "arm",
    "armv7",
    "thumbv7neon",
    "riscv64gc",
    "powerpc64le",
    "s390x",
    "loongarch64",
];

impl ArchiveName {
    pub fn new(target: &str) -> ArchiveName {
        ArchiveName {
            target: target.to_owned(),
            format: Format::for_target(target),
        }
    }

    /// `tessera-<target>`: the file name without its extension.
    pub fn stem(&self) -> String {
        format!("tessera-{}", self.target)
    }

    /// The folder every entry sits in, with its trailing `/`, or "" for a flat archive.
    pub fn prefix(&self) -> String {
        match self.format {
            Format::TarGz => format!("{}/", self.stem()),
            Format::Zip => String::new(),
        }
    }

    pub fn file_name(&self) -> String {
        format!("{}{}", self.stem(), self.format.extension())
    }

    /// cargo-dist's per-archive checksum file, `<archive>.sha256`.
    pub fn checksum_file_name(&self) -> String {
        format!("{}.sha256", self.file_name())
    }

    pub fn binary_name(&self) -> &'static str {
        if self.target.contains("windows") {
            "tessera.exe"
        } else {
            "tessera"
        }
    }

    pub fn parse(file_name: &str) -> Result<ArchiveName, String> {
        let bad = |why: &str| {
            format!(
                "'{file_name}' is not a release archive name ({why}; expected tessera-<target>.tar.gz, or .zip for Windows)"
            )
        };
        let (stem, format) = if let Some(s) = file_name.strip_suffix(".tar.gz") {
            (s, Format::TarGz)
        } else if let Some(s) = file_name.strip_suffix(".zip") {
            (s, Format::Zip)
        } else {
            return Err(bad("unknown extension"));
        };
        let target = stem
            .strip_prefix("tessera-")
            .ok_or_else(|| bad("no 'tessera-' prefix"))?;
        let parts: Vec<&str> = target.split('-').collect();
        if parts.len() < 3
            || !ARCHITECTURES.contains(&parts[0])
            || parts
                .iter()
                .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        {
            return Err(bad("no known target triple"));
        }
        let name = ArchiveName {
            target: target.to_owned(),
            format,
        };
        if name.format != Format::for_target(&name.target) {
            return Err(bad("wrong extension for the target"));
        }
        Ok(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for target in [
            "x86_64-unknown-linux-gnu",
            "x86_64-unknown-linux-musl",
            "aarch64-apple-darwin",
            "aarch64-pc-windows-msvc",
        ] {
            let name = ArchiveName::new(target);
            assert_eq!(ArchiveName::parse(&name.file_name()), Ok(name));
        }
        let win = ArchiveName::new("x86_64-pc-windows-msvc");
        assert_eq!(win.file_name(), "tessera-x86_64-pc-windows-msvc.zip");
        assert_eq!(win.binary_name(), "tessera.exe");
        assert_eq!(win.prefix(), "");
        let linux = ArchiveName::new("x86_64-unknown-linux-gnu");
        assert_eq!(linux.file_name(), "tessera-x86_64-unknown-linux-gnu.tar.gz");
        assert_eq!(
            linux.checksum_file_name(),
            "tessera-x86_64-unknown-linux-gnu.tar.gz.sha256"
        );
        assert_eq!(linux.prefix(), "tessera-x86_64-unknown-linux-gnu/");
    }

    #[test]
    fn rejects_other_names() {
        for bad in [
            "tessera-x86_64-unknown-linux-gnu.tar.xz",
            "other-x86_64-unknown-linux-gnu.tar.gz",
            "tessera-0.1.0.tar.gz",
            "tessera-0.1.0-x86_64-unknown-linux-gnu.tar.gz",
            "tessera-x86_64-pc-windows-msvc.tar.gz",
            "tessera-x86_64-unknown-linux-gnu.zip",
            "tessera-x86_64-unknown-linux-gnu/...tar.gz",
            "tessera-x86_64--linux.tar.gz",
        ] {
            assert!(ArchiveName::parse(bad).is_err(), "{bad}");
        }
    }
}
