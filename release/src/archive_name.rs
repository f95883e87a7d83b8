//! The one naming scheme of release archives, `tessera-<version>-<target>.<ext>`, whose
//! top folder is the same name without the extension: `package` writes it and `verify`
//! reads the version and target back out of it.

use crate::archive::Format;

#[derive(Debug, PartialEq)]
pub struct ArchiveName {
    pub version: String,
    pub target: String,
    pub format: Format,
}

/// The first component of every Rust target triple we might ship, so a version with a
/// pre-release part (`0.2.0-rc.1`) is not mistaken for the start of the triple.
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
    pub fn new(version: &str, target: &str) -> ArchiveName {
        ArchiveName {
            version: version.to_owned(),
            target: target.to_owned(),
            format: Format::for_target(target),
        }
    }

    /// The top folder inside the archive.
    pub fn stem(&self) -> String {
        format!("tessera-{}-{}", self.version, self.target)
    }

    pub fn file_name(&self) -> String {
        format!("{}{}", self.stem(), self.format.extension())
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
                "'{file_name}' is not a release archive name ({why}; expected tessera-<version>-<target>.tar.gz or .zip)"
            )
        };
        let (stem, format) = if let Some(s) = file_name.strip_suffix(".tar.gz") {
            (s, Format::TarGz)
        } else if let Some(s) = file_name.strip_suffix(".zip") {
            (s, Format::Zip)
        } else {
            return Err(bad("unknown extension"));
        };
        let rest = stem
            .strip_prefix("tessera-")
            .ok_or_else(|| bad("no 'tessera-' prefix"))?;
        let split = rest
            .match_indices('-')
            .map(|(i, _)| i)
            .find(|&i| {
                let arch = rest[i + 1..].split('-').next().unwrap_or("");
                ARCHITECTURES.contains(&arch)
            })
            .ok_or_else(|| bad("no known target triple"))?;
        let name = ArchiveName {
            version: rest[..split].to_owned(),
            target: rest[split + 1..].to_owned(),
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
        for (version, target) in [
            ("0.1.0", "x86_64-unknown-linux-gnu"),
            ("0.1.0", "aarch64-apple-darwin"),
            ("1.2.3-rc.1", "aarch64-pc-windows-msvc"),
        ] {
            let name = ArchiveName::new(version, target);
            assert_eq!(ArchiveName::parse(&name.file_name()), Ok(name));
        }
        let win = ArchiveName::new("0.1.0", "x86_64-pc-windows-msvc");
        assert_eq!(win.file_name(), "tessera-0.1.0-x86_64-pc-windows-msvc.zip");
        assert_eq!(win.binary_name(), "tessera.exe");
        let linux = ArchiveName::new("0.1.0", "x86_64-unknown-linux-gnu");
        assert_eq!(
            linux.file_name(),
            "tessera-0.1.0-x86_64-unknown-linux-gnu.tar.gz"
        );
        assert_eq!(linux.stem(), "tessera-0.1.0-x86_64-unknown-linux-gnu");
    }

    #[test]
    fn rejects_other_names() {
        for bad in [
            "tessera-0.1.0-x86_64-unknown-linux-gnu.tar.xz",
            "other-0.1.0-x86_64-unknown-linux-gnu.tar.gz",
            "tessera-0.1.0.tar.gz",
            "tessera-0.1.0-x86_64-pc-windows-msvc.tar.gz",
            "tessera-0.1.0-x86_64-unknown-linux-gnu.zip",
        ] {
            assert!(ArchiveName::parse(bad).is_err(), "{bad}");
        }
    }
}
