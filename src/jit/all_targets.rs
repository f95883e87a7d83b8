//! Every target's stencil set, compiled into the tests on any host: the build proper only
//! carries the host's (build.rs, cfg `tessera_stencils`), but the generated files are plain
//! Rust over `crate::jit::stencil`, so tests can include all six and lay traces out with
//! them (`compiler::lay_out_at`) to check the other targets' code from here.

macro_rules! targets {
    ($($module:ident = $triple:literal,)*) => {
        $(
            #[doc = concat!("`targets/", $triple, "/stencils.rs`")]
            pub mod $module {
                include!(concat!(env!("CARGO_MANIFEST_DIR"), "/targets/", $triple, "/stencils.rs"));
            }
        )*

        /// (triple, set) for every target, in the order of DESIGN.md's table.
        pub fn all() -> Vec<(&'static str, &'static crate::jit::stencil::StencilSet)> {
            vec![$(($triple, &$module::STENCILS),)*]
        }
    };
}

targets! {
    x86_64_unknown_linux_gnu = "x86_64-unknown-linux-gnu",
    aarch64_unknown_linux_gnu = "aarch64-unknown-linux-gnu",
    x86_64_apple_darwin = "x86_64-apple-darwin",
    aarch64_apple_darwin = "aarch64-apple-darwin",
    x86_64_pc_windows_msvc = "x86_64-pc-windows-msvc",
    aarch64_pc_windows_msvc = "aarch64-pc-windows-msvc",
}

#[test]
fn every_set_is_its_targets_and_has_every_uop() {
    for (triple, set) in all() {
        assert_eq!(set.target, triple);
        assert_eq!(
            set.uops.len(),
            crate::tier2::uop::UOP_NAMES.len(),
            "{triple}"
        );
        for (stencil, name) in set.uops.iter().zip(crate::tier2::uop::UOP_NAMES) {
            assert_eq!(stencil.name, *name, "{triple}");
        }
        assert_eq!((set.shim.name, set.exit.name), ("shim", "exit"), "{triple}");
    }
}
