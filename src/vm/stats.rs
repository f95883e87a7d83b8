//! The report printed at exit by `-X stats` (or `TESSERA_STATS=1`): how often each
//! specialized form of tier 1 hit and missed (vm/specialize.rs), and how often the
//! memoized class attribute lookups behind them hit.

/// The report printed at exit.
pub fn report(vm: &super::Vm) -> String {
    let mut out = vm.specialization.report();
    let (h, m) = crate::runtime::class::lookup_counts();
    out.push_str(&format!(
        "tessera stats: memoized class attribute lookups: {h} hits, {m} misses\n"
    ));
    out
}
