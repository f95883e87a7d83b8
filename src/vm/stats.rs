//! The report printed at exit by `-X stats` (or `TESSERA_STATS=1`): how often each
//! specialized form of tier 1 hit and missed (vm/specialize.rs), and how often the
//! memoized class attribute lookups behind them hit.

use std::cell::Cell;

#[derive(Default)]
pub struct Counters {
    pub class_lookup_hit: Cell<u64>,
    pub class_lookup_miss: Cell<u64>,
}

thread_local! {
    // Const-initialized: bumped on every class lookup, so no lazy-initialization check.
    pub static COUNTERS: Counters = const {
        Counters {
            class_lookup_hit: Cell::new(0),
            class_lookup_miss: Cell::new(0),
        }
    };
}

#[inline(always)]
pub fn bump(f: impl FnOnce(&Counters) -> &Cell<u64>) {
    COUNTERS.with(|c| {
        let cell = f(c);
        cell.set(cell.get() + 1);
    });
}

/// The report printed at exit.
pub fn report(vm: &super::Vm) -> String {
    let mut out = vm.specialization.report();
    COUNTERS.with(|c| {
        let (h, m) = (c.class_lookup_hit.get(), c.class_lookup_miss.get());
        out.push_str(&format!(
            "tessera stats: memoized class attribute lookups: {h} hits, {m} misses\n"
        ));
    });
    out
}
