//! Finding clang 19 (and the llvm-objdump of the same release) and running them with a fixed
//! environment, so that the objects, and therefore the stencils, depend only on the inputs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The only clang major version whose output the stencils (and the patcher) are checked
/// against: another version may emit other instructions or relocations.
pub const CLANG_MAJOR: u32 = 19;

const INSTALL_HINT: &str = "install clang 19 and llvm 19: `apt-get install clang-19 llvm-19` \
     (Debian/Ubuntu), `brew install llvm@19` (macOS, then put $(brew --prefix llvm@19)/bin on PATH)";

pub struct Toolchain {
    pub clang: PathBuf,
    pub objdump: PathBuf,
    /// Full version, e.g. "19.1.7".
    pub version: String,
    /// clang's resource directory: its own freestanding headers live in `<dir>/include`.
    pub resource_dir: PathBuf,
}

impl Toolchain {
    /// `clang-19` on PATH, else a `clang` whose major version is 19; the objdump next to it.
    pub fn find() -> Result<Toolchain, String> {
        let candidates = [format!("clang-{CLANG_MAJOR}"), "clang".to_string()];
        let mut seen = Vec::new();
        for name in &candidates {
            let Some(path) = on_path(name) else { continue };
            let Ok(version) = version_of(&path) else {
                continue;
            };
            if version.split('.').next() == Some(&CLANG_MAJOR.to_string()) {
                let objdump = find_objdump(&path)?;
                let resource_dir = PathBuf::from(run(&path, &["-print-resource-dir"])?.trim());
                return Ok(Toolchain {
                    clang: path,
                    objdump,
                    version,
                    resource_dir,
                });
            }
            seen.push(format!("{} is clang {version}", path.display()));
        }
        let found = if seen.is_empty() {
            "no clang on PATH".to_string()
        } else {
            seen.join("; ")
        };
        Err(format!(
            "stencils need clang {CLANG_MAJOR} ({found}); {INSTALL_HINT}"
        ))
    }

    /// Compiles `source` (relative to `root`) into `object` with `args`.
    pub fn compile(&self, root: &Path, args: &[String], object: &Path) -> Result<(), String> {
        let mut cmd = fixed_env(&self.clang);
        cmd.current_dir(root).args(args).arg("-o").arg(object);
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.clang.display()))?;
        if !out.status.success() {
            return Err(format!(
                "clang {} failed:\n{}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(())
    }

    /// `llvm-objdump -d -r --no-show-raw-insn` of an object, as text.
    pub fn disassemble(&self, object: &Path) -> Result<String, String> {
        let mut cmd = fixed_env(&self.objdump);
        cmd.args(["-d", "-r", "--no-show-raw-insn"]).arg(object);
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.objdump.display()))?;
        if !out.status.success() {
            return Err(format!(
                "{} failed on {}:\n{}",
                self.objdump.display(),
                object.display(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

/// A command with an empty environment apart from a C locale: nothing from the caller's
/// environment (CPATH, CCC_OVERRIDE_OPTIONS, SOURCE_DATE_EPOCH, …) can reach the output.
fn fixed_env(program: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.env_clear().env("LC_ALL", "C");
    cmd
}

fn run(program: &Path, args: &[&str]) -> Result<String, String> {
    let out = fixed_env(program)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    if !out.status.success() {
        return Err(format!("{} {} failed", program.display(), args.join(" ")));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The version number in `clang --version`'s first line ("Debian clang version 19.1.7 (…)",
/// "Homebrew clang version 19.1.7", "clang version 19.1.7").
fn version_of(clang: &Path) -> Result<String, String> {
    let text = run(clang, &["--version"])?;
    parse_version(&text).ok_or_else(|| format!("cannot read the version of {}", clang.display()))
}

pub fn parse_version(text: &str) -> Option<String> {
    let first = text.lines().next()?;
    let rest = &first[first.find("version ")? + "version ".len()..];
    let v = rest.split_whitespace().next()?;
    v.chars()
        .next()
        .filter(char::is_ascii_digit)
        .map(|_| v.to_string())
}

/// `llvm-objdump-19` on PATH, else the `llvm-objdump` installed beside clang (LLVM's bin
/// directory, which is where Homebrew and apt.llvm.org put it).
fn find_objdump(clang: &Path) -> Result<PathBuf, String> {
    if let Some(p) = on_path(&format!("llvm-objdump-{CLANG_MAJOR}")) {
        return Ok(p);
    }
    let real = std::fs::canonicalize(clang).unwrap_or_else(|_| clang.to_path_buf());
    if let Some(dir) = real.parent() {
        let p = dir.join(exe("llvm-objdump"));
        if p.is_file() {
            return Ok(p);
        }
    }
    Err(format!(
        "found clang {CLANG_MAJOR} at {} but no llvm-objdump {CLANG_MAJOR} beside it or on PATH; {INSTALL_HINT}",
        clang.display()
    ))
}

fn exe(name: &str) -> String {
    format!("{name}{}", std::env::consts::EXE_SUFFIX)
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(exe(name)))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        let v = |s: &str| parse_version(s);
        assert_eq!(
            v("Debian clang version 19.1.7 (3~deb12u1)\nTarget: x"),
            Some("19.1.7".into())
        );
        assert_eq!(v("Homebrew clang version 19.1.7"), Some("19.1.7".into()));
        assert_eq!(v("clang version 19.1.0\n"), Some("19.1.0".into()));
        assert_eq!(v("Apple clang version x"), None);
        assert_eq!(v("gcc (Debian) 12.2.0"), None);
    }
}
