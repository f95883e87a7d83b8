//! Build paths remapped to fixed names, so the binary does not depend on where the
//! checkout, cargo's registry, the target folder or the toolchain happen to live: panic
//! locations, debug info and `file!()` then read the same from any clone on any machine.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use xshell::{Shell, cmd};

/// What each build path becomes, in the order the flags are given. rustc and the C
/// compilers both let the last matching prefix win, so the target folder, which is often
/// inside the checkout, comes after it.
pub struct Remap {
    pairs: Vec<(PathBuf, &'static str)>,
}

impl Remap {
    pub fn for_build(sh: &Shell, root: &Path, rustc: &OsString) -> Result<Remap, String> {
        let sysroot = cmd!(sh, "{rustc} --print sysroot")
            .read()
            .map_err(|e| format!("cannot ask rustc for its sysroot: {e}"))?;
        let cargo_home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
            .or_else(|| std::env::var_os("USERPROFILE").map(|h| Path::new(&h).join(".cargo")));
        let target_dir = crate::workspace::target_dir(root);
        let mut pairs = Vec::new();
        if let Some(home) = cargo_home {
            pairs.push((home, "/cargo"));
        }
        pairs.push((PathBuf::from(sysroot), "/rust"));
        pairs.push((root.to_owned(), "/tessera"));
        pairs.push((target_dir, "/tessera-target"));
        Ok(Remap::new(pairs))
    }

    fn new(pairs: Vec<(PathBuf, &'static str)>) -> Remap {
        // Both the path as given and its canonical form (symlinked homes and temp folders
        // reach the compiler either way).
        let mut all = Vec::new();
        for (from, to) in pairs {
            if let Ok(canonical) = std::fs::canonicalize(&from)
                && canonical != from
            {
                all.push((canonical, to));
            }
            all.push((from, to));
        }
        Remap { pairs: all }
    }

    fn remap_flags(&self) -> impl Iterator<Item = OsString> + '_ {
        self.pairs.iter().map(|(from, to)| {
            let mut flag = OsString::from("--remap-path-prefix=");
            flag.push(from);
            flag.push("=");
            flag.push(to);
            flag
        })
    }

    /// For `CARGO_ENCODED_RUSTFLAGS` (flags separated by 0x1f, so paths may hold spaces),
    /// after any flags the caller already gave cargo.
    pub fn encoded_rustflags(&self) -> OsString {
        let mut flags: Vec<OsString> = match std::env::var_os("CARGO_ENCODED_RUSTFLAGS") {
            Some(f) if !f.is_empty() => f
                .to_string_lossy()
                .split('\u{1f}')
                .map(OsString::from)
                .collect(),
            _ => std::env::var("RUSTFLAGS")
                .unwrap_or_default()
                .split_whitespace()
                .map(OsString::from)
                .collect(),
        };
        flags.extend(self.remap_flags());
        flags.join(std::ffi::OsStr::new("\u{1f}"))
    }

    /// For plain `RUSTFLAGS`, which cargo-dist extends with flags of its own (the static
    /// CRT on Windows) and so must be used for dist's builds; it splits on whitespace, so
    /// a build path with a space in it is an error here.
    pub fn plain_rustflags(&self) -> Result<String, String> {
        let mut flags = std::env::var("RUSTFLAGS").unwrap_or_default();
        for flag in self.remap_flags() {
            let flag = flag.to_string_lossy().into_owned();
            if flag.contains(char::is_whitespace) {
                return Err(format!(
                    "cannot pass '{flag}' in RUSTFLAGS: the path has a space"
                ));
            }
            if !flags.is_empty() {
                flags.push(' ');
            }
            flags.push_str(&flag);
        }
        Ok(flags)
    }

    /// For `CFLAGS` (the tier-2 interpreter is C, built by the cc crate, which splits CFLAGS
    /// on whitespace: a build path with a space in it is not remapped there). MSVC's cl has
    /// no such option and would only warn, so Windows targets get the caller's CFLAGS alone.
    pub fn cflags(&self, target: &str) -> OsString {
        let mut flags = OsString::from(std::env::var("CFLAGS").unwrap_or_default());
        if target.ends_with("-msvc") {
            return flags;
        }
        for (from, to) in &self.pairs {
            if from.to_string_lossy().contains(char::is_whitespace) {
                continue;
            }
            if !flags.is_empty() {
                flags.push(" ");
            }
            flags.push("-ffile-prefix-map=");
            flags.push(from);
            flags.push("=");
            flags.push(to);
        }
        flags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_list_every_path_in_order() {
        let r = Remap {
            pairs: vec![
                ("/home/u/.cargo".into(), "/cargo"),
                ("/src/tessera".into(), "/tessera"),
                ("/src/tessera/target".into(), "/tessera-target"),
            ],
        };
        let rust = r.encoded_rustflags().to_string_lossy().into_owned();
        let rust: Vec<&str> = rust.split('\u{1f}').filter(|f| !f.is_empty()).collect();
        let ours: Vec<&str> = rust
            .iter()
            .copied()
            .filter(|f| f.starts_with("--remap-path-prefix="))
            .collect();
        assert_eq!(
            ours,
            [
                "--remap-path-prefix=/home/u/.cargo=/cargo",
                "--remap-path-prefix=/src/tessera=/tessera",
                "--remap-path-prefix=/src/tessera/target=/tessera-target",
            ]
        );
        let plain = r.plain_rustflags().unwrap();
        assert!(plain.ends_with(&ours.join(" ")), "{plain}");
        assert_eq!(
            r.cflags("x86_64-pc-windows-msvc"),
            std::env::var("CFLAGS").unwrap_or_default().as_str()
        );
        let c = r
            .cflags("x86_64-unknown-linux-gnu")
            .to_string_lossy()
            .into_owned();
        assert!(
            c.ends_with(
                "-ffile-prefix-map=/home/u/.cargo=/cargo -ffile-prefix-map=/src/tessera=/tessera \
                 -ffile-prefix-map=/src/tessera/target=/tessera-target"
            ),
            "{c}"
        );
    }
}
