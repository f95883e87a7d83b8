//! What gets compiled: one object per uop (in src/uops/uop_list.h order), then the entry shim
//! and the exit stub, all from src/uops/template.c.

use super::uop_list::uop_names;
use std::path::Path;

pub const TEMPLATE: &str = "src/uops/template.c";
pub const UOP_LIST: &str = "src/uops/uop_list.h";

/// One compilation of the template.
pub struct Unit {
    /// The stencil's name: the uop's name, `shim` or `exit`.
    pub name: String,
    /// The `-D` that selects it.
    pub define: String,
}

/// Every unit, in the order the stencil set lists them.
pub fn units(uop_list: &str) -> Vec<Unit> {
    let mut units: Vec<Unit> = uop_names(uop_list)
        .into_iter()
        .enumerate()
        .map(|(i, name)| Unit {
            name,
            define: format!("-DTS_TEMPLATE_UOP={i}"),
        })
        .collect();
    units.push(Unit {
        name: "shim".into(),
        define: "-DTS_TEMPLATE_SHIM".into(),
    });
    units.push(Unit {
        name: "exit".into(),
        define: "-DTS_TEMPLATE_EXIT".into(),
    });
    units
}

/// clang's arguments for one unit (run in the repository root, so every path in them but
/// the resource directory is relative and nothing depends on where the checkout is).
pub fn compile_args(
    triple: &str,
    target_flags: &[&str],
    resource_dir: &Path,
    unit: &Unit,
) -> Vec<String> {
    let mut args: Vec<String> = [
        "-target",
        triple,
        "-O3",
        // No libc: the templates must compile for six targets from any host.
        "-ffreestanding",
        "-fno-builtin",
        "-nostdinc",
        // Nothing that needs run-time support or extra sections we would have to copy.
        "-fno-stack-protector",
        "-fno-asynchronous-unwind-tables",
        "-fno-unwind-tables",
        "-fno-exceptions",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push("-isystem".into());
    args.push(resource_dir.join("include").to_string_lossy().into_owned());
    args.push("-Isrc/uops".into());
    args.extend(target_flags.iter().map(|s| s.to_string()));
    args.push(unit.define.clone());
    args.push("-c".into());
    args.push(TEMPLATE.into());
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_follow_the_list() {
        let list = "#define TS_UOP_LIST(X) \\\n    X(NOP) \\\n    X(LOAD_FAST)\n\nenum {";
        let u = units(list);
        let names: Vec<&str> = u.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["NOP", "LOAD_FAST", "shim", "exit"]);
        assert_eq!(u[1].define, "-DTS_TEMPLATE_UOP=1");
        assert_eq!(u[2].define, "-DTS_TEMPLATE_SHIM");
    }
}
