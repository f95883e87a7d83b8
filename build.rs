//! Build script: records the target triple for `tessera --version`.

fn main() {
    let target = std::env::var("TARGET").unwrap_or_else(|_| "unknown".to_string());
    println!("cargo:rustc-env=TESSERA_TARGET={target}");
    println!("cargo:rerun-if-changed=build.rs");
}
