//! Turning the samples into the table, its legend and the list of failures.

use crate::interp::{Interpreter, Kind};
use crate::machine;
use crate::measure::{Measured, STARTUP_RUNS, Samples};
use crate::stats::geometric_mean;
use crate::table::Table;

pub fn progress_line(prog: &str, interps: &[Interpreter], r: &Measured) -> String {
    let parts: Vec<String> = interps
        .iter()
        .zip(r)
        .map(
            |(i, s)| match s.as_ref().ok().and_then(Samples::median_ms) {
                Some(ms) => format!("{} {}", i.name(), fmt_ms(ms)),
                None => format!("{} FAIL", i.name()),
            },
        )
        .collect();
    format!("{prog:<14} {} (ms)", parts.join(", "))
}

fn fmt_ms(ms: f64) -> String {
    if ms >= 100.0 {
        format!("{ms:.0}")
    } else if ms >= 10.0 {
        format!("{ms:.1}")
    } else {
        format!("{ms:.2}")
    }
}

pub struct Report<'a> {
    pub interps: &'a [Interpreter],
    pub programs: &'a [String],
    pub results: &'a [Measured],
    pub startup: &'a Measured,
    pub runs: usize,
    pub warmup: usize,
}

impl Report<'_> {
    fn cpython_index(&self) -> Option<usize> {
        self.interps.iter().position(|i| i.kind == Kind::CPython)
    }

    /// CPython's median over interpreter `i`'s, when both succeeded.
    fn ratio(&self, m: &Measured, i: usize) -> Option<f64> {
        self.ratio_against(m, self.cpython_index()?, i)
    }

    /// Interpreter `base`'s median over interpreter `i`'s, when both succeeded.
    fn ratio_against(&self, m: &Measured, base: usize, i: usize) -> Option<f64> {
        let base = m.get(base)?.as_ref().ok()?.median_ms()?;
        let this = m.get(i)?.as_ref().ok()?.median_ms()?;
        (this > 0.0).then(|| base / this)
    }

    /// The geometric mean of every interpreter's ratios against interpreter `base`.
    fn geometric_row(&self, label: &str, base: usize, markdown: bool) -> Vec<String> {
        let mut row = vec![if markdown {
            format!("**{label}**")
        } else {
            label.to_owned()
        }];
        for i in 0..self.interps.len() {
            let ratios: Vec<f64> = self
                .results
                .iter()
                .filter_map(|m| self.ratio_against(m, base, i))
                .collect();
            let g = geometric_mean(&ratios).map_or("-".into(), |g| {
                if markdown {
                    format!("**{g:.2}**")
                } else {
                    format!("{g:.2}")
                }
            });
            row.extend([String::new(), g, String::new()]);
        }
        row
    }

    fn row(&self, label: &str, m: &Measured) -> Vec<String> {
        let mut row = vec![label.to_owned()];
        for (i, r) in m.iter().enumerate() {
            match r.as_ref().ok().and_then(|s| Some((s, s.median_ms()?))) {
                Some((s, ms)) => {
                    row.push(fmt_ms(ms));
                    row.push(self.ratio(m, i).map_or("-".into(), |r| format!("{r:.2}")));
                    row.push(s.peak_mib().map_or("-".into(), |m| format!("{m:.1}")));
                }
                None => row.extend(["FAIL".to_owned(), "-".to_owned(), "-".to_owned()]),
            }
        }
        row
    }

    fn table(&self, markdown: bool) -> Table {
        let mut header = vec!["program".to_owned()];
        for i in self.interps {
            header.push(format!("{} ms", i.name()));
            header.push("ratio".into());
            header.push("MiB".into());
        }
        let mut rows: Vec<Vec<String>> = self
            .programs
            .iter()
            .zip(self.results)
            .map(|(p, m)| self.row(p, m))
            .collect();

        if let Some(c) = self.cpython_index() {
            rows.push(self.geometric_row("geometric mean", c, markdown));
        }
        // The same against Debian's PGO build, the CPython users run.
        if let Some(d) = self
            .interps
            .iter()
            .position(|i| i.kind == Kind::DebianCPython)
        {
            rows.push(self.geometric_row("geometric mean vs python3.11", d, markdown));
        }
        let startup_label = if markdown {
            "start-up (`-c pass`)"
        } else {
            "start-up (-c pass)"
        };
        rows.push(self.row(startup_label, self.startup));
        Table { header, rows }
    }

    fn failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        let labelled = self
            .programs
            .iter()
            .map(String::as_str)
            .zip(self.results)
            .chain(std::iter::once(("start-up", self.startup)));
        for (prog, m) in labelled {
            for (i, r) in self.interps.iter().zip(m) {
                if let Err(why) = r {
                    out.push(format!("{prog} under {}: {why}", i.name()));
                }
            }
        }
        out
    }

    pub fn render(&self, markdown: bool) -> String {
        let mut s = String::new();
        let machine = format!("{}; {}", machine::describe(), machine::today_utc());
        let method = format!(
            "Median of {} timed runs after {} warm-up run(s), interpreters interleaved; \
             ratio = CPython time / interpreter time (>1 is faster than CPython); \
             MiB = peak RSS; start-up = median of {STARTUP_RUNS} runs of `-c pass`.",
            self.runs, self.warmup
        );
        if markdown {
            s.push_str(&format!("Machine: {machine}.\n\n{method}\n\n"));
            s.push_str(&self.table(true).to_markdown());
            s.push('\n');
            for i in self.interps {
                s.push_str(&format!("- `{}`: {}\n", i.name(), i.version));
            }
        } else {
            s.push_str(&format!("machine: {machine}\n"));
            for i in self.interps {
                s.push_str(&format!(
                    "{}: {} ({})\n",
                    i.name(),
                    i.path.display(),
                    i.version
                ));
            }
            s.push('\n');
            s.push_str(&self.table(false).to_text());
            s.push('\n');
            s.push_str(&method);
            s.push('\n');
        }
        let failures = self.failures();
        if !failures.is_empty() {
            s.push_str(if markdown {
                "\nFailures (excluded from the ratios):\n\n"
            } else {
                "\nFAIL (excluded from the ratios):\n"
            });
            for f in failures {
                s.push_str(&format!("- {f}\n"));
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ms_format() {
        assert_eq!(fmt_ms(1234.4), "1234");
        assert_eq!(fmt_ms(12.345), "12.3");
        assert_eq!(fmt_ms(1.234), "1.23");
    }
}
