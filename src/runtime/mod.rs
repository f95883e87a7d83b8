//! The object model: values, built-in object layouts, and memory reclamation.

pub mod bytearray;
pub mod class;
pub mod deque;
pub mod dict;
pub mod error;
pub mod fallible;
pub mod format;
pub mod function;
pub mod gc;
pub mod memoryview;
pub mod mt19937;
pub mod native;
pub mod object;
pub mod set;
pub mod str;
pub mod strops;
pub mod type_version;
pub mod value;
pub mod weakref;

/// The object model sits below the interpreter: nothing here may name `vm`, `tier2`, the
/// JIT, the compiler, the command line or the REPL. What still does is listed in `KNOWN`,
/// which may only shrink: a new upward import fails the test, and so does a listed one
/// that is gone (take it off the list).
#[cfg(test)]
mod layering {
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Upward imports not yet removed: the heap kinds that carry interpreter state (code,
    /// generators with their frames, native iterators) and built-in functions' signature.
    const KNOWN: &[(&str, &str)] = &[
        ("function.rs", "crate::vm::Vm"),
        ("function.rs", "crate::vm::code::CodeObject"),
        ("value.rs", "crate::vm::code::CodeObject"),
        ("value.rs", "crate::vm::generator::Generator"),
        ("value.rs", "crate::vm::iter::NativeIter"),
    ];

    const ABOVE: &[&str] = &[
        "crate::vm",
        "crate::tier2",
        "crate::jit",
        "crate::compile",
        "crate::cli",
        "crate::repl",
        "crate::settings",
        "crate::signals",
    ];

    fn scan(dir: &Path, found: &mut BTreeSet<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("src/runtime is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                scan(&path, found);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            // Unit tests at the end of a file may build classes through the VM.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            for above in ABOVE {
                for (at, _) in code.match_indices(above) {
                    let path: String = code[at..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                        .collect();
                    // `crate::vm` must not match `crate::vmfoo`-like names of this layer.
                    let next = path[above.len()..].chars().next();
                    if next.is_none_or(|c| c == ':') {
                        found.insert((name.clone(), path));
                    }
                }
            }
        }
    }

    #[test]
    fn runtime_imports_nothing_from_the_layers_above() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/runtime");
        let mut found = BTreeSet::new();
        scan(&dir, &mut found);
        let known: BTreeSet<(String, String)> = KNOWN
            .iter()
            .map(|(f, p)| (f.to_string(), p.to_string()))
            .collect();
        let new: Vec<_> = found.difference(&known).collect();
        let gone: Vec<_> = known.difference(&found).collect();
        assert!(
            new.is_empty(),
            "src/runtime imports from the layers above it: {new:?}"
        );
        assert!(
            gone.is_empty(),
            "no longer imported, take them off KNOWN: {gone:?}"
        );
    }
}
