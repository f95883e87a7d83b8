// The uops named in src/uops/uop_list.h, in the order that numbers them. build.rs
// `include!`s this file (to generate `tier2::uop::UopId`) as the generator uses it (to name
// and number the stencils), so both read the list the same way; it may use only std.

/// The `X(NAME)` entries of the list, in order.
pub fn uop_names(list: &str) -> Vec<String> {
    list.lines()
        .filter_map(|l| {
            let l = l.trim().trim_end_matches('\\').trim();
            let inner = l.strip_prefix("X(")?.strip_suffix(')')?;
            Some(inner.to_string())
        })
        .collect()
}
