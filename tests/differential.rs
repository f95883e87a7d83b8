//! Differential testing with random programs: each seed deterministically generates a
//! Python program built to stress the tier-2 tracer (nested loops over ints, floats, lists,
//! tuples and dicts; branches that change direction partway through a loop; int arithmetic
//! that overflows i64; divisions by values that become zero; break/continue/return inside
//! loops; attribute access, calls, list stores, `del`eted locals, exceptions leaving loops).
//! The program runs under every execution mode and stdout, stderr and the exit status must
//! be identical to tier 1's:
//!
//! - `TESSERA_JIT=off` (tier 1, the oracle)
//! - `TESSERA_JIT=uops TESSERA_JIT_THRESHOLD=1` (every loop traced at its first back edge)
//! - `TESSERA_JIT=uops TESSERA_JIT_THRESHOLD=3` (traces form mid-loop)
//! - `TESSERA_JIT=on TESSERA_JIT_THRESHOLD=1`, only when `tessera --version` reports
//!   `jit: on` (otherwise skipped with a note)
//!
//! Settings (environment variables):
//!
//! - `TESSERA_DIFF_SEEDS=N`: number of seeds to run (default 300).
//! - `TESSERA_DIFF_SEED_START=K`: first seed (default 0); seeds K..K+N are run.
//! - `TESSERA_DIFF_DUMP=DIR`: also write each generated program to `DIR/seed_<n>.py`
//!   (to inspect them, or to check them against CPython 3.11 by hand).
//!
//! On a mismatch the test prints the seed, the program and the first differing lines.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ---------------------------------------------------------------------------------------
// Random numbers: splitmix64, seeded by the seed number.

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Uniform in `lo..=hi`.
    fn int(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `pct` percent.
    fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
}

// ---------------------------------------------------------------------------------------
// The program generator.

/// Largest number of times any generated statement may run (product of enclosing trip
/// counts, including the calls that lead to it). Keeps every program well under 0.2 s.
const MAX_MULT: u64 = 1500;
/// Upper bound on the iterations of a helper function's body, for call budgeting.
const HELPER_COST: u64 = 40;

#[derive(Clone, Copy, PartialEq)]
enum VarKind {
    /// Always an int (range and while counters): small.
    Int,
    /// An int or a float (elements of lists and tuples).
    Num,
    /// A key of `D` (a str).
    Key,
}

struct Gen {
    rng: Rng,
    out: String,
    indent: usize,
    in_function: bool,
    /// Inside a helper (which must not call helpers).
    in_helper: bool,
    /// Names of the helpers that exist so far.
    helpers: Vec<String>,
    /// Loop variables in scope, innermost last.
    loop_vars: Vec<(String, VarKind)>,
    loop_depth: usize,
    /// How many times the current statement may run.
    mult: u64,
    /// Inside a `try` that catches ValueError around a loop: `raise ValueError` is allowed.
    raise_ok: usize,
    uid: usize,
    /// Statements left to generate in the current function (bounds program size).
    budget: i64,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        Gen {
            rng: Rng::new(seed),
            out: String::new(),
            indent: 0,
            in_function: false,
            in_helper: false,
            helpers: Vec::new(),
            loop_vars: Vec::new(),
            loop_depth: 0,
            mult: 1,
            raise_ok: 0,
            uid: 0,
            budget: 0,
        }
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.uid += 1;
        format!("{prefix}{}", self.uid)
    }

    fn vars_of(&self, kind: VarKind) -> Vec<String> {
        self.loop_vars
            .iter()
            .filter(|(_, k)| *k == kind)
            .map(|(n, _)| n.clone())
            .collect()
    }

    // --- expressions ---

    /// A small int literal, sometimes zero or negative.
    fn small_lit(&mut self) -> String {
        self.rng.int(-4, 12).to_string()
    }

    /// A nonzero int literal.
    fn nonzero_lit(&mut self) -> String {
        let mut n = self.rng.int(-7, 9);
        if n == 0 {
            n = 3;
        }
        n.to_string()
    }

    fn float_lit(&mut self) -> String {
        self.rng
            .pick(&[
                "0.5", "1.5", "-2.25", "0.1", "3.0", "-0.75", "2.5", "1e10", "0.0", "7.125",
            ])
            .to_string()
    }

    /// A small int usable as a multiplier: a literal or a loop counter.
    fn small_factor(&mut self) -> String {
        let ints = self.vars_of(VarKind::Int);
        if !ints.is_empty() && self.rng.chance(40) {
            self.rng.pick(&ints).clone()
        } else {
            self.rng.int(-3, 13).to_string()
        }
    }

    /// An expression that is always an int. `small`: also bounded in magnitude (so it can
    /// mix with floats without OverflowError).
    fn int_expr(&mut self, depth: usize, small: bool) -> String {
        let leaf = depth == 0 || self.rng.chance(35);
        if leaf {
            let ints = self.vars_of(VarKind::Int);
            let c = self.rng.below(10);
            return match c {
                0 | 1 => self.small_lit(),
                2 | 3 if !ints.is_empty() => self.rng.pick(&ints).clone(),
                4 => "len(L)".to_string(),
                5 => {
                    if small {
                        "(p.x % 101)".to_string()
                    } else {
                        "p.x".to_string()
                    }
                }
                6 => {
                    if small {
                        "(G % 53)".to_string()
                    } else {
                        "G".to_string()
                    }
                }
                7 if !small => self
                    .rng
                    .pick(&[
                        "9223372036854775807",
                        "4611686018427387904",
                        "-9223372036854775808",
                        "3037000499",
                        "1000000007",
                    ])
                    .to_string(),
                _ => {
                    let v = if self.in_helper && self.rng.chance(30) {
                        "a"
                    } else {
                        *self.rng.pick(&["k", "m"])
                    };
                    if small {
                        format!("({v} % {})", self.rng.pick(&["7", "13", "101", "1009"]))
                    } else {
                        v.to_string()
                    }
                }
            };
        }
        let d = depth - 1;
        match self.rng.below(12) {
            0..=2 => {
                let op = self.rng.pick(&["+", "-", "+"]).to_string();
                let (a, b) = (self.int_expr(d, small), self.int_expr(d, small));
                format!("({a} {op} {b})")
            }
            3 | 4 => {
                let a = self.int_expr(d, small);
                let f = self.small_factor();
                if small {
                    format!("({a} * {f} % 1000)")
                } else {
                    format!("({a} * {f})")
                }
            }
            5 => {
                let op = self.rng.pick(&["&", "|", "^"]).to_string();
                let (a, b) = (self.int_expr(d, small), self.int_expr(d, small));
                format!("({a} {op} {b})")
            }
            6 => {
                let op = self.rng.pick(&["//", "%"]).to_string();
                let a = self.int_expr(d, small);
                let c = self.nonzero_lit();
                format!("({a} {op} {c})")
            }
            7 => format!("(-{})", self.int_expr(d, small)),
            8 => format!("abs({})", self.int_expr(d, small)),
            9 => {
                let c = self.cond(d);
                let (a, b) = (self.int_expr(d, small), self.int_expr(d, small));
                format!("({a} if {c} else {b})")
            }
            10 => {
                // A bool used as an int.
                let (a, b) = (self.int_expr(d, true), self.int_expr(d, true));
                let op = self.rng.pick(&["<", ">=", "=="]).to_string();
                format!("({a} {op} {b})")
            }
            _ => {
                let op = self.rng.pick(&["<<", ">>"]).to_string();
                let a = self.int_expr(d, small);
                let n = self.rng.int(0, if small { 3 } else { 8 });
                if small {
                    format!("(({a} {op} {n}) % 4096)")
                } else {
                    format!("({a} {op} {n})")
                }
            }
        }
    }

    /// An expression that is an int or a float, never a big int.
    fn num_expr(&mut self, depth: usize) -> String {
        let leaf = depth == 0 || self.rng.chance(35);
        if leaf {
            let nums = self.vars_of(VarKind::Num);
            let keys = self.vars_of(VarKind::Key);
            return match self.rng.below(12) {
                0 | 1 => self.float_lit(),
                2 => self.int_expr(0, true),
                3 | 4 => {
                    let v = if self.in_helper && self.rng.chance(30) {
                        "b"
                    } else {
                        *self.rng.pick(&["u", "v", "f", "acc"])
                    };
                    v.to_string()
                }
                5 if !nums.is_empty() => self.rng.pick(&nums).clone(),
                6 if !keys.is_empty() => format!("D[{}]", self.rng.pick(&keys)),
                7 => "p.y".to_string(),
                8 => {
                    let i = self.int_expr(1, false);
                    format!("L[{i} % len(L)]")
                }
                9 => format!("D[{:?}]", self.rng.pick(&["a", "b", "c", "d"])),
                _ => self.int_expr(1, true),
            };
        }
        let d = depth - 1;
        match self.rng.below(10) {
            0..=3 => {
                let op = self.rng.pick(&["+", "-", "+", "-", "*"]).to_string();
                let a = self.num_expr(d);
                let b = if op == "*" {
                    if self.rng.chance(50) {
                        self.float_lit()
                    } else {
                        self.small_factor()
                    }
                } else {
                    self.num_expr(d)
                };
                format!("({a} {op} {b})")
            }
            4 => {
                let a = self.num_expr(d);
                let c = if self.rng.chance(50) {
                    self.nonzero_lit()
                } else {
                    self.rng.pick(&["0.5", "2.0", "-4.0", "3.5"]).to_string()
                };
                format!("({a} / {c})")
            }
            5 => {
                let op = self.rng.pick(&["//", "%"]).to_string();
                let a = self.num_expr(d);
                let c = self.rng.pick(&["3", "-5", "2.5", "7", "0.75"]).to_string();
                format!("({a} {op} {c})")
            }
            6 => {
                let f = self.rng.pick(&["min", "max"]).to_string();
                let (a, b) = (self.num_expr(d), self.num_expr(d));
                format!("{f}({a}, {b})")
            }
            7 => format!("abs({})", self.num_expr(d)),
            8 => format!("(-{})", self.num_expr(d)),
            _ => {
                let c = self.cond(d);
                let (a, b) = (self.num_expr(d), self.num_expr(d));
                format!("({a} if {c} else {b})")
            }
        }
    }

    /// A condition; often on a loop counter so that it changes direction partway through
    /// a loop.
    fn cond(&mut self, depth: usize) -> String {
        let ints = self.vars_of(VarKind::Int);
        let leaf = depth == 0 || self.rng.chance(60);
        if leaf {
            let c = self.rng.below(10);
            if c < 4 && !ints.is_empty() {
                let i = self.rng.pick(&ints).clone();
                return match self.rng.below(4) {
                    0 => format!("{i} < {}", self.rng.int(0, 8)),
                    1 => format!("{i} >= {}", self.rng.int(1, 9)),
                    2 => format!("{i} % {} == {}", self.rng.int(2, 4), self.rng.int(0, 1)),
                    _ => format!("{i} == {}", self.rng.int(0, 6)),
                };
            }
            return match c {
                4 | 5 => {
                    let op = self
                        .rng
                        .pick(&["<", "<=", ">", ">=", "==", "!="])
                        .to_string();
                    let a = self.num_expr(1);
                    let b = self.num_expr(0);
                    format!("{a} {op} {b}")
                }
                6 => {
                    let op = self.rng.pick(&["<", ">", "!="]).to_string();
                    let a = self.int_expr(1, false);
                    let b = self.int_expr(1, false);
                    format!("{a} {op} {b}")
                }
                7 => format!("{} % {}", self.int_expr(1, false), self.rng.int(2, 5)),
                8 => format!("len(L) > {}", self.rng.int(2, 12)),
                _ => {
                    let op = self.rng.pick(&["<", ">"]).to_string();
                    let v = self.rng.pick(&["acc", "u", "v", "f"]).to_string();
                    format!("{v} {op} {}", self.rng.int(-5, 60))
                }
            };
        }
        let d = depth - 1;
        match self.rng.below(3) {
            0 => format!("not ({})", self.cond(d)),
            1 => format!("({}) and ({})", self.cond(d), self.cond(d)),
            _ => format!("({}) or ({})", self.cond(d), self.cond(d)),
        }
    }

    // --- statements ---

    fn block(&mut self, n: usize) {
        let start = self.out.len();
        for _ in 0..n {
            self.stmt();
        }
        if self.out.len() == start {
            self.line("pass");
        }
    }

    /// Body of a compound statement: indented, at least one line.
    fn body(&mut self, n: usize) {
        self.indent += 1;
        self.block(n);
        self.indent -= 1;
    }

    fn stmt(&mut self) {
        self.budget -= 1;
        let in_loop = self.loop_depth > 0;
        let can_nest = self.budget > 0 && self.loop_depth < 3;
        let r = if self.loop_depth < 2 && can_nest && self.rng.chance(15) {
            45
        } else {
            self.rng.below(100)
        };
        match r {
            0..=13 => self.assign_int(),
            14..=27 => self.assign_num(),
            28..=33 => self.print_state(),
            34..=41 if can_nest => self.if_stmt(),
            42..=53 if can_nest => self.loop_stmt(),
            54..=58 => self.division(),
            59..=63 => self.attribute(),
            64..=69 => self.list_op(),
            70..=72 => self.unbound_local(),
            73..=76 if !self.in_helper && !self.helpers.is_empty() => self.call(),
            77..=80 if in_loop => {
                let c = self.cond(1);
                let kw = if self.rng.chance(50) {
                    "break"
                } else {
                    "continue"
                };
                self.line(&format!("if {c}:"));
                self.indent += 1;
                if self.rng.chance(40) {
                    self.print_state();
                }
                self.line(kw);
                self.indent -= 1;
            }
            81..=82 if in_loop && self.in_function => {
                let c = self.cond(1);
                self.line(&format!("if {c}:"));
                self.indent += 1;
                if self.in_helper {
                    self.line("return acc");
                } else {
                    self.line("return (k, m % 1000003, u, acc, len(L))");
                }
                self.indent -= 1;
            }
            83..=85 if in_loop && self.raise_ok > 0 => {
                let c = self.cond(1);
                let e = self.int_expr(1, true);
                self.line(&format!("if {c}:"));
                self.indent += 1;
                self.line(&format!("raise ValueError({e})"));
                self.indent -= 1;
            }
            86..=88 => {
                let n = self.rng.pick(&["1000003", "997", "65536"]).to_string();
                let v = self.rng.pick(&["k", "m"]).to_string();
                self.line(&format!("{v} %= {n}"));
            }
            89..=91 => {
                // Flip a variable between int and float.
                let v = self.rng.pick(&["u", "v", "acc"]).to_string();
                if self.rng.chance(50) {
                    self.line(&format!("{v} = {v} + 0.5"));
                } else {
                    let c = self.small_lit();
                    self.line(&format!("{v} = len(L) + {c}"));
                }
            }
            _ => self.assign_num(),
        }
    }

    fn assign_int(&mut self) {
        let v = self.rng.pick(&["k", "m", "k", "m", "G"]).to_string();
        match self.rng.below(6) {
            0 | 1 => {
                let e = self.int_expr(2, false);
                self.line(&format!("{v} = {e}"));
            }
            2 | 3 => {
                let op = self.rng.pick(&["+=", "-=", "^=", "|=", "&="]).to_string();
                let e = self.int_expr(2, false);
                self.line(&format!("{v} {op} {e}"));
            }
            4 => {
                // Repeated multiplication: overflows i64 inside loops.
                let f = self
                    .rng
                    .pick(&["3", "7", "-5", "31", "1000003"])
                    .to_string();
                let e = self.int_expr(1, true);
                self.line(&format!("{v} = {v} * {f} + {e}"));
            }
            _ => {
                let f = self.small_factor();
                self.line(&format!("{v} *= {f}"));
            }
        }
    }

    fn assign_num(&mut self) {
        let v = self.rng.pick(&["u", "v", "f", "acc", "acc"]).to_string();
        match self.rng.below(4) {
            0 => {
                let e = self.num_expr(2);
                self.line(&format!("{v} = {e}"));
            }
            1 | 2 => {
                let op = self.rng.pick(&["+=", "-=", "+="]).to_string();
                let e = self.num_expr(2);
                self.line(&format!("{v} {op} {e}"));
            }
            _ => {
                let (op, e) = match self.rng.below(3) {
                    0 => ("*=", self.float_lit()),
                    1 => ("*=", self.small_factor()),
                    _ => ("/=", self.rng.pick(&["2", "-3", "0.5", "4.0"]).to_string()),
                };
                self.line(&format!("{v} {op} {e}"));
            }
        }
        // Floats multiplied in loops go to inf and nan; ints in u/v/acc may grow large.
        // Keep them from growing without bound (a big int mixed with a float would raise
        // OverflowError and end the function early).
        if self.loop_depth > 0 && v != "f" && self.rng.chance(30) {
            self.line(&format!("if abs({v}) > 1000000: {v} = {v} % 1000"));
        }
    }

    fn print_state(&mut self) {
        self.uid += 1;
        let label = format!("'s{}'", self.uid);
        let mut parts = vec![label];
        let n = self.rng.int(1, 4);
        for _ in 0..n {
            let ints = self.vars_of(VarKind::Int);
            let nums = self.vars_of(VarKind::Num);
            let mut choices: Vec<String> = vec![
                "k".into(),
                "m % 1000000007".into(),
                "u".into(),
                "v".into(),
                "f".into(),
                "acc".into(),
                "L[-3:]".into(),
                "len(L)".into(),
                "p.x".into(),
                "p.y".into(),
                "G".into(),
            ];
            choices.extend(ints);
            choices.extend(nums);
            parts.push(self.rng.pick(&choices).clone());
        }
        self.line(&format!("print({})", parts.join(", ")));
    }

    fn if_stmt(&mut self) {
        let c = self.cond(2);
        self.line(&format!("if {c}:"));
        let n = self.rng.int(1, 3) as usize;
        self.body(n);
        let elifs = self.rng.below(3);
        for _ in 0..elifs {
            let c = self.cond(2);
            self.line(&format!("elif {c}:"));
            let n = self.rng.int(1, 2) as usize;
            self.body(n);
        }
        if self.rng.chance(60) {
            self.line("else:");
            let n = self.rng.int(1, 2) as usize;
            self.body(n);
        }
    }

    fn loop_stmt(&mut self) {
        // Choose the loop header and its greatest trip count.
        let var = self.fresh("i");
        let (header, trips, kind, while_counter) = match self.rng.below(11) {
            0..=2 => {
                let (header, trips) = match self.rng.below(4) {
                    0 => {
                        let n = self.rng.int(0, 14);
                        (format!("range({n})"), n)
                    }
                    1 => {
                        let a = self.rng.int(-5, 5);
                        let b = a + self.rng.int(0, 14);
                        (format!("range({a}, {b})"), b - a)
                    }
                    2 => {
                        let s = *self.rng.pick(&[2i64, 3, -1, -2, -3]);
                        let a = self.rng.int(-6, 6);
                        let span = self.rng.int(0, 20);
                        let b = if s > 0 { a + span } else { a - span };
                        let trips = span / s.abs() + 1;
                        (format!("range({a}, {b}, {s})"), trips)
                    }
                    _ => {
                        let m = self.rng.int(2, 9);
                        let e = self.int_expr(1, false);
                        (format!("range({e} % {m})"), m - 1)
                    }
                };
                (header, trips as u64, VarKind::Int, false)
            }
            3 => {
                let n = self.rng.int(2, 12);
                (
                    format!("range(len(L) % {n})"),
                    n as u64 - 1,
                    VarKind::Int,
                    false,
                )
            }
            4 | 5 => {
                // A list or tuple of ints, floats or both (the element type may change
                // after the trace was recorded).
                let n = self.rng.int(1, 9) as usize;
                let mut elems = Vec::new();
                let mode = self.rng.below(3);
                for j in 0..n {
                    let float = match mode {
                        0 => false,
                        1 => true,
                        _ => j >= n / 2 && self.rng.chance(70),
                    };
                    elems.push(if float {
                        self.float_lit()
                    } else {
                        self.small_lit()
                    });
                }
                let h = if self.rng.chance(50) {
                    format!("[{}]", elems.join(", "))
                } else {
                    format!("({},)", elems.join(", "))
                };
                (h, n as u64, VarKind::Num, false)
            }
            6 => {
                let n = self.rng.int(1, 8);
                (format!("L[:{n}]"), n as u64, VarKind::Num, false)
            }
            7 => {
                let h = self.rng.pick(&["D", "D.keys()"]).to_string();
                (h, 4, VarKind::Key, false)
            }
            8 => {
                let h = self
                    .rng
                    .pick(&["D.values()", "list(D.values())"])
                    .to_string();
                (h, 4, VarKind::Num, false)
            }
            _ => {
                let n = self.rng.int(0, 14);
                (n.to_string(), n as u64, VarKind::Int, true)
            }
        };
        if self.mult * trips.max(1) > MAX_MULT {
            // Too much work here: a plain statement instead.
            return self.assign_num();
        }
        let wrap = self.rng.chance(25);
        if wrap {
            self.line("try:");
            self.indent += 1;
            self.raise_ok += 1;
        }
        let items = self.rng.chance(30) && header.starts_with('D') && kind == VarKind::Key;
        if while_counter {
            self.line(&format!("{var} = 0"));
            if self.rng.chance(50) {
                self.line(&format!("while {var} < {header}:"));
                self.indent += 1;
                self.line(&format!("{var} += 1"));
            } else {
                self.line("while True:");
                self.indent += 1;
                self.line(&format!("{var} += 1"));
                self.line(&format!("if {var} > {header}:"));
                self.line("    break");
            }
            self.indent -= 1;
        } else if items {
            let val = self.fresh("x");
            self.line(&format!("for {var}, {val} in D.items():"));
            self.loop_vars.push((val, VarKind::Num));
        } else {
            self.line(&format!("for {var} in {header}:"));
        }
        self.loop_vars.push((var, kind));
        let saved = self.mult;
        self.mult *= trips.max(1);
        self.loop_depth += 1;
        let n = self.rng.int(2, 6) as usize;
        self.body(n);
        self.loop_depth -= 1;
        self.mult = saved;
        self.loop_vars.pop();
        if items {
            self.loop_vars.pop();
        }
        if self.rng.chance(20) {
            self.line("else:");
            self.indent += 1;
            self.print_state();
            self.indent -= 1;
        }
        if wrap {
            self.raise_ok -= 1;
            self.indent -= 1;
            self.line("except ValueError as e:");
            self.line("    print('caught', e, k % 1000, acc)");
        }
    }

    /// Division or modulo by something that becomes zero partway through a loop.
    fn division(&mut self) {
        let ints = self.vars_of(VarKind::Int);
        let divisor = if !ints.is_empty() && self.rng.chance(60) {
            let i = self.rng.pick(&ints).clone();
            format!("({i} - {})", self.rng.int(0, 5))
        } else {
            let e = self.int_expr(1, false);
            format!("({e} % {})", self.rng.int(2, 4))
        };
        let float_div = self.rng.chance(30);
        let divisor = if float_div {
            format!("float{divisor}")
        } else {
            divisor
        };
        self.line("try:");
        self.indent += 1;
        match self.rng.below(3) {
            0 => {
                let e = self.int_expr(1, false);
                let op = self.rng.pick(&["//", "%"]).to_string();
                let v = self.rng.pick(&["k", "m"]).to_string();
                if float_div {
                    self.line(&format!("acc += ({e} % 1000) {op} {divisor}"));
                } else {
                    self.line(&format!("{v} += {e} {op} {divisor}"));
                }
            }
            1 => {
                let e = self.num_expr(1);
                self.line(&format!("acc += {e} / {divisor}"));
            }
            _ => {
                let e = self.num_expr(1);
                let v = self.rng.pick(&["u", "v"]).to_string();
                self.line(&format!("{v} = {e} % {divisor}"));
            }
        }
        self.indent -= 1;
        self.line("except ZeroDivisionError:");
        self.indent += 1;
        if self.rng.chance(50) {
            self.line("acc -= 1");
        } else {
            self.print_state();
        }
        self.indent -= 1;
    }

    fn attribute(&mut self) {
        match self.rng.below(5) {
            0 => {
                let e = self.int_expr(1, true);
                self.line(&format!("p.x = p.x + {e}"));
            }
            1 => {
                let e = self.num_expr(1);
                self.line(&format!("p.y += {e}"));
            }
            2 => {
                let e = self.int_expr(1, true);
                self.line(&format!("acc += p.step({e})"));
            }
            3 => {
                let (a, b) = (self.int_expr(1, true), self.num_expr(1));
                self.line(&format!("p = P({a}, {b})"));
            }
            _ => {
                self.line("q = p");
                let e = self.num_expr(0);
                self.line(&format!("q.y = q.y * 0.5 + {e}"));
            }
        }
    }

    fn list_op(&mut self) {
        match self.rng.below(5) {
            0 | 1 => {
                let e = self.num_expr(1);
                self.line(&format!("if len(L) < 40: L.append({e})"));
            }
            2 => {
                let (i, e) = (self.int_expr(1, false), self.num_expr(1));
                self.line(&format!("L[{i} % len(L)] = {e}"));
            }
            3 => {
                let e = self.num_expr(0);
                self.line(&format!("L[-1] += {e}"));
            }
            _ => self.line("if len(L) > 1: acc += L.pop()"),
        }
    }

    /// A local that is bound in some iterations and deleted in others.
    fn unbound_local(&mut self) {
        let c = self.cond(1);
        let e = self.int_expr(1, true);
        self.line(&format!("if {c}:"));
        self.line(&format!("    t = {e}"));
        self.line("try:");
        self.line("    acc += t");
        if self.rng.chance(70) {
            self.line("    del t");
        }
        self.line("except NameError:");
        self.indent += 1;
        if self.rng.chance(50) {
            self.line("acc += 100");
        } else {
            self.print_state();
        }
        self.indent -= 1;
    }

    fn call(&mut self) {
        if self.mult * HELPER_COST > MAX_MULT {
            return self.assign_int();
        }
        let h = self.rng.pick(&self.helpers).clone();
        let (a, b) = (self.int_expr(1, true), self.num_expr(1));
        let target = self.rng.pick(&["acc", "u", "v"]).to_string();
        self.line("try:");
        self.line(&format!("    {target} += {h}({a}, {b})"));
        self.line("except ArithmeticError as e:");
        self.line("    print('arith', type(e).__name__)");
    }

    // --- program ---

    fn locals_init(&mut self) {
        let (k, m) = (self.rng.int(-9, 30), self.rng.int(-50, 50));
        let u = self.num_lit_any();
        let v = self.num_lit_any();
        let f = self.float_lit();
        self.line(&format!("k = {k}"));
        self.line(&format!("m = {m}"));
        self.line(&format!("u = {u}"));
        self.line(&format!("v = {v}"));
        self.line(&format!("f = {f}"));
        self.line("acc = 0");
        let (a, b) = (self.num_lit_any(), self.num_lit_any());
        self.line(&format!("L = [{a}, {b}, 3]"));
        let (x, y) = (self.rng.int(-3, 9), self.num_lit_any());
        self.line(&format!("p = P({x}, {y})"));
    }

    fn num_lit_any(&mut self) -> String {
        if self.rng.chance(50) {
            self.small_lit()
        } else {
            self.float_lit()
        }
    }

    fn function(&mut self, name: &str, helper: bool) {
        if helper {
            self.line(&format!("def {name}(a, b):"));
        } else {
            self.line(&format!("def {name}():"));
        }
        self.indent += 1;
        self.line("global G");
        self.locals_init();
        if helper {
            self.line("u = b");
        }
        self.in_function = true;
        self.in_helper = helper;
        self.mult = 1;
        self.budget = if helper { 6 } else { 26 };
        if helper {
            // One bounded loop, so that the caller's budget holds.
            let var = self.fresh("i");
            let n = self.rng.int(3, HELPER_COST as i64);
            self.line(&format!("for {var} in range({n}):"));
            self.loop_vars.push((var, VarKind::Int));
            self.loop_depth = 1;
            self.mult = HELPER_COST;
            // No nested loops in helpers: depth 3 stops them.
            self.loop_depth = 3;
            let n = self.rng.int(2, 5) as usize;
            self.body(n);
            self.loop_depth = 0;
            self.loop_vars.pop();
            self.mult = 1;
            self.line("return acc + k % 100");
        } else {
            // Loops are what gets traced: every function starts with one.
            self.loop_stmt();
            let n = self.rng.int(2, 6) as usize;
            self.block(n);
            self.line(&format!(
                "print('{name} end', k, m % 1000000007, u, v, f, acc, L, p.x, p.y, G)"
            ));
            self.line("return acc");
        }
        self.in_function = false;
        self.in_helper = false;
        self.indent -= 1;
        self.line("");
    }

    fn program(mut self) -> String {
        self.line("class P:");
        self.line("    def __init__(self, x, y):");
        self.line("        self.x = x");
        self.line("        self.y = y");
        self.line("    def step(self, d):");
        self.line("        self.x = self.x + d");
        self.line("        return self.x % 97 - d");
        self.line("");
        self.line("G = 0");
        self.line("D = {'a': 1, 'b': 2.5, 'c': -3, 'd': 0}");
        self.line("");
        for j in 0..self.rng.int(0, 2) {
            let name = format!("g{j}");
            self.function(&name, true);
            self.helpers.push(name);
        }
        let nf = self.rng.int(1, 3);
        for j in 0..nf {
            self.function(&format!("f{j}"), false);
        }
        for j in 0..nf {
            self.line("try:");
            self.line(&format!("    print('ret', f{j}())"));
            self.line("except Exception as e:");
            self.line("    print('exc', type(e).__name__)");
        }
        // Module level: the same statements on globals.
        self.line("");
        self.locals_init();
        self.budget = 14;
        let n = self.rng.int(2, 5) as usize;
        if self.rng.chance(70) {
            self.line("try:");
            self.body(n);
            self.line("except Exception as e:");
            self.line("    print('exc', type(e).__name__)");
        } else {
            // Sometimes an uncaught exception ends the program (here, from inside a loop
            // that may be traced): tracebacks and exit statuses must agree.
            self.block(n);
            if self.rng.chance(60) {
                let var = self.fresh("i");
                let c = self.rng.int(2, 9);
                let op = self.rng.pick(&["//", "%", "/"]).to_string();
                self.line(&format!("for {var} in range(12):"));
                self.line(&format!("    acc += 100 {op} ({var} - {c})"));
            }
        }
        self.line("print('end', k, m % 1000000007, u, v, f, acc, L, p.x, p.y, G)");
        self.out
    }
}

/// The program for one seed.
fn generate(seed: u64) -> String {
    Gen::new(seed).program()
}

// ---------------------------------------------------------------------------------------
// Running the modes.

use common::Finished as Outcome;

fn run(script: &Path, env: &[(&str, &str)]) -> Result<Outcome, String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tessera"));
    cmd.arg(script)
        .env_remove("TESSERA_JIT_STATS")
        .env_remove("TESSERA_JIT_DUMP");
    for (k, v) in env {
        cmd.env(k, v);
    }
    common::run_captured(cmd, b"", Duration::from_secs(60))
}

/// The first differing lines of two outputs.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let (e, a) = (
        String::from_utf8_lossy(expected),
        String::from_utf8_lossy(actual),
    );
    let (e, a): (Vec<&str>, Vec<&str>) = (e.lines().collect(), a.lines().collect());
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        if e.get(i) != a.get(i) {
            let _ = writeln!(
                out,
                "      line {}:\n        tier 1: {}\n        this:   {}",
                i + 1,
                e.get(i).map_or("<missing>".into(), |s| format!("{s:?}")),
                a.get(i).map_or("<missing>".into(), |s| format!("{s:?}")),
            );
            shown += 1;
            if shown >= 5 {
                out.push_str("      ...\n");
                break;
            }
        }
    }
    out
}

type Mode = (&'static str, Vec<(&'static str, &'static str)>);

fn modes() -> Vec<Mode> {
    let mut modes: Vec<Mode> = vec![
        ("off", vec![("TESSERA_JIT", "off")]),
        (
            "uops threshold 1",
            vec![("TESSERA_JIT", "uops"), ("TESSERA_JIT_THRESHOLD", "1")],
        ),
        (
            "uops threshold 3",
            vec![("TESSERA_JIT", "uops"), ("TESSERA_JIT_THRESHOLD", "3")],
        ),
    ];
    let version = Command::new(env!("CARGO_BIN_EXE_tessera"))
        .arg("--version")
        .output()
        .expect("tessera --version runs");
    let version = String::from_utf8_lossy(&version.stdout).to_string();
    if version
        .lines()
        .nth(1)
        .is_some_and(|l| l.starts_with("jit: on"))
    {
        modes.push((
            "jit on threshold 1",
            vec![("TESSERA_JIT", "on"), ("TESSERA_JIT_THRESHOLD", "1")],
        ));
    } else {
        eprintln!(
            "note: skipping TESSERA_JIT=on (tessera --version says {:?})",
            version.lines().nth(1).unwrap_or("")
        );
    }
    modes
}

/// Runs one seed under every mode; a description of the problems, if any.
fn check_seed(seed: u64, modes: &[Mode], dir: &Path) -> Result<(), String> {
    let program = generate(seed);
    let script = dir.join(format!("seed_{seed}.py"));
    std::fs::write(&script, &program).map_err(|e| format!("writing {script:?}: {e}"))?;
    let mut problems = String::new();
    let mut results = Vec::new();
    for (name, env) in modes {
        match run(&script, env) {
            Ok(o) => {
                let err = String::from_utf8_lossy(&o.stderr);
                if err.contains("panicked") || err.contains("RUST_BACKTRACE") {
                    let _ = writeln!(problems, "  {name}: the interpreter panicked:\n{err}");
                }
                results.push((name, o));
            }
            Err(e) => {
                let _ = writeln!(problems, "  {name}: {e}");
            }
        }
    }
    if let Some(((_, base), rest)) = results.split_first() {
        for (name, o) in rest {
            if o.status != base.status {
                let _ = writeln!(
                    problems,
                    "  {name}: exit status {}, tier 1 {}",
                    o.status, base.status
                );
            }
            if o.stdout != base.stdout {
                let _ = write!(
                    problems,
                    "  {name}: stdout differs:\n{}",
                    diff(&base.stdout, &o.stdout)
                );
            }
            if o.stderr != base.stderr {
                let _ = write!(
                    problems,
                    "  {name}: stderr differs:\n{}",
                    diff(&base.stderr, &o.stderr)
                );
            }
        }
    }
    let _ = std::fs::remove_file(&script);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "seed {seed}:\n{problems}  program:\n{}",
            program
                .lines()
                .enumerate()
                .map(|(i, l)| format!("  {:4} {l}\n", i + 1))
                .collect::<String>()
        ))
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(s) => s
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={s:?} is not a number")),
        Err(_) => default,
    }
}

#[test]
fn generator_is_deterministic() {
    for seed in [0, 1, 12345] {
        assert_eq!(generate(seed), generate(seed));
    }
    assert_ne!(generate(1), generate(2));
}

#[test]
fn random_programs_agree_across_modes() {
    let count = env_u64("TESSERA_DIFF_SEEDS", 300);
    let start = env_u64("TESSERA_DIFF_SEED_START", 0);
    if let Ok(dir) = std::env::var("TESSERA_DIFF_DUMP") {
        std::fs::create_dir_all(&dir).expect("TESSERA_DIFF_DUMP directory");
        for seed in start..start + count {
            std::fs::write(
                PathBuf::from(&dir).join(format!("seed_{seed}.py")),
                generate(seed),
            )
            .expect("writing a dumped program");
        }
    }
    let modes = Arc::new(modes());
    let dir = std::env::temp_dir().join(format!("tessera-differential-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let next = Arc::new(Mutex::new(start));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(4);
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (modes, next, failures, dir) =
                (modes.clone(), next.clone(), failures.clone(), dir.clone());
            std::thread::spawn(move || {
                loop {
                    let seed = {
                        let mut n = next.lock().unwrap();
                        let s = *n;
                        *n += 1;
                        s
                    };
                    if seed >= start + count {
                        break;
                    }
                    if let Err(p) = check_seed(seed, &modes, &dir) {
                        failures.lock().unwrap().push((seed, p));
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let _ = std::fs::remove_dir_all(&dir);
    let mut failures = failures.lock().unwrap().clone();
    failures.sort();
    if !failures.is_empty() {
        let seeds: Vec<String> = failures.iter().map(|(s, _)| s.to_string()).collect();
        panic!(
            "{} of {count} seeds disagree across modes (seeds {}):\n\n{}",
            failures.len(),
            seeds.join(", "),
            failures
                .into_iter()
                .map(|(_, p)| p)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    eprintln!(
        "differential: seeds {start}..{} agree across {} modes",
        start + count,
        modes.len()
    );
}
