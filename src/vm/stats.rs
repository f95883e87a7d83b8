//! Counters for the interpreter's caches and fast paths, printed at exit by `-X stats`
//! (or `TESSERA_STATS=1`): how often each cached form hit and how often it missed.

use std::cell::Cell;

#[derive(Default)]
pub struct Counters {
    pub global_hit: Cell<u64>,
    pub global_miss: Cell<u64>,
    pub class_lookup_hit: Cell<u64>,
    pub class_lookup_miss: Cell<u64>,
    pub attr_site_hit: Cell<u64>,
    pub attr_site_miss: Cell<u64>,
    pub call_simple: Cell<u64>,
    pub call_general: Cell<u64>,
    pub binop_fast: Cell<u64>,
    pub binop_general: Cell<u64>,
}

thread_local! {
    pub static COUNTERS: Counters = Counters::default();
}

#[inline(always)]
pub fn bump(f: impl FnOnce(&Counters) -> &Cell<u64>) {
    COUNTERS.with(|c| {
        let cell = f(c);
        cell.set(cell.get() + 1);
    });
}

/// The report printed at exit.
pub fn report() -> String {
    COUNTERS.with(|c| {
        let rows = [
            (
                "LoadGlobal/LoadName (cached entry)",
                &c.global_hit,
                &c.global_miss,
            ),
            (
                "class attribute lookup (memoized)",
                &c.class_lookup_hit,
                &c.class_lookup_miss,
            ),
            (
                "LoadAttr instance field (site cache)",
                &c.attr_site_hit,
                &c.attr_site_miss,
            ),
            (
                "call (positional fast path)",
                &c.call_simple,
                &c.call_general,
            ),
            (
                "BinaryOp (int/float fast path)",
                &c.binop_fast,
                &c.binop_general,
            ),
        ];
        let mut out = String::from("tessera stats: form, hits, misses, hit rate\n");
        for (name, hit, miss) in rows {
            let (h, m) = (hit.get(), miss.get());
            let rate = if h + m == 0 {
                0.0
            } else {
                100.0 * h as f64 / (h + m) as f64
            };
            out.push_str(&format!("  {name}: {h} {m} {rate:.1}%\n"));
        }
        out
    })
}
