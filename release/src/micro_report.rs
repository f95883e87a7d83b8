//! The `--micro` table: instructions per operation, the ratio to CPython, and which
//! operations still cost tessera more than CPython (issue 13's target is none).

use crate::micro::{Column, Op, Row, Who};
use crate::table::Table;

pub struct Report<'a> {
    pub columns: &'a [Column],
    pub ops: &'a [&'static Op],
    pub rows: &'a [Row],
    pub iterations: u64,
    pub valgrind: &'a str,
    pub machine: String,
}

impl Report<'_> {
    fn index(&self, who: Who) -> Option<usize> {
        self.columns.iter().position(|c| c.who == who)
    }

    /// The CPython the ratio is taken against: Debian's PGO build when present (what
    /// users run and what the issue measured), else `python3`.
    fn reference(&self) -> Option<usize> {
        self.index(Who::DebianPython)
            .or_else(|| self.index(Who::Python3))
    }

    /// The CPython columns, reference first.
    fn cpythons(&self) -> Vec<usize> {
        let mut out: Vec<usize> = self.reference().into_iter().collect();
        out.extend(
            self.columns
                .iter()
                .enumerate()
                .filter(|&(i, c)| c.who != Who::Tessera && Some(i) != self.reference())
                .map(|(i, _)| i),
        );
        out
    }

    fn value(row: &Row, i: Option<usize>) -> Option<f64> {
        row.get(i?)?.as_ref().ok().copied()
    }

    fn table(&self, markdown: bool) -> Table {
        let mut header = vec!["op".to_owned()];
        header.extend(self.columns.iter().map(|c| c.name.to_owned()));
        let reference = self.reference();
        let tessera = self.index(Who::Tessera);
        if let (Some(t), Some(r)) = (tessera, reference) {
            header.push(format!("{}/{}", self.columns[t].name, self.columns[r].name));
        }
        let rows = self
            .ops
            .iter()
            .zip(self.rows)
            .map(|(op, row)| {
                let mut cells = vec![if markdown {
                    format!("`{}`", op.body)
                } else {
                    op.body.to_owned()
                }];
                cells.extend(row.iter().map(|r| match r {
                    Ok(v) => fmt_count(*v),
                    Err(_) => "FAIL".to_owned(),
                }));
                if tessera.is_some() && reference.is_some() {
                    cells.push(
                        ratio(Self::value(row, tessera), Self::value(row, reference))
                            .map_or("-".to_owned(), |r| format!("{r:.2}")),
                    );
                }
                cells
            })
            .collect();
        Table { header, rows }
    }

    /// One line per CPython column naming the operations where tessera needs more
    /// instructions; operations with a failed run are left out of the comparison.
    fn verdicts(&self) -> Vec<String> {
        let Some(t) = self.index(Who::Tessera) else {
            return Vec::new();
        };
        self.cpythons()
            .into_iter()
            .map(|c| {
                let compared: Vec<(&Op, f64, f64)> = self
                    .ops
                    .iter()
                    .zip(self.rows)
                    .filter_map(|(op, row)| {
                        Some((*op, Self::value(row, Some(t))?, Self::value(row, Some(c))?))
                    })
                    .collect();
                let costlier: Vec<&str> = compared
                    .iter()
                    .filter(|(_, tv, cv)| tv > cv)
                    .map(|(op, _, _)| op.body)
                    .collect();
                let name = self.columns[c].name;
                if compared.is_empty() {
                    format!("no operation could be compared with {name}: each had a failed run")
                } else if costlier.is_empty() {
                    format!(
                        "tessera costs no more instructions than {name} on any of {} operations \
                         (target: none)",
                        compared.len()
                    )
                } else {
                    format!(
                        "tessera costs more instructions than {name} on {} of {} operations \
                         (target: none): {}",
                        costlier.len(),
                        compared.len(),
                        costlier.join(" · ")
                    )
                }
            })
            .collect()
    }

    fn failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (op, row) in self.ops.iter().zip(self.rows) {
            for (c, r) in self.columns.iter().zip(row) {
                if let Err(why) = r {
                    out.push(format!("{} under {}: {why}", op.body, c.name));
                }
            }
        }
        out
    }

    pub fn render(&self, markdown: bool) -> String {
        let method = format!(
            "Machine instructions per operation (cachegrind `I refs`, {}): \
             (count of the loop with the operation - count of the same loop with `pass`) \
             / {} iterations, each loop in a function after the same setup; tessera \
             runs with TESSERA_JIT=off; ratio = tessera / CPython instructions (<1 is \
             fewer than CPython).",
            self.valgrind,
            group_thousands(self.iterations)
        );
        let mut s = String::new();
        if markdown {
            s.push_str(&format!("Machine: {}.\n\n{method}\n\n", self.machine));
            s.push_str(&self.table(true).to_markdown());
            s.push('\n');
            for c in self.columns {
                s.push_str(&format!("- `{}`: {}\n", c.name, c.version));
            }
            s.push('\n');
            for v in self.verdicts() {
                s.push_str(&format!("{v}.\n\n"));
            }
        } else {
            s.push_str(&format!("machine: {}\n", self.machine));
            for c in self.columns {
                s.push_str(&format!(
                    "{}: {} ({})\n",
                    c.name,
                    c.path.display(),
                    c.version
                ));
            }
            s.push('\n');
            s.push_str(&self.table(false).to_text());
            s.push('\n');
            s.push_str(&method);
            s.push('\n');
            for v in self.verdicts() {
                s.push_str(&format!("{v}\n"));
            }
        }
        let failures = self.failures();
        if !failures.is_empty() {
            s.push_str(if markdown {
                "\nFailures (left out of the comparison):\n\n"
            } else {
                "\nFAIL (left out of the comparison):\n"
            });
            for f in failures {
                s.push_str(&format!("- {f}\n"));
            }
        }
        s
    }
}

fn ratio(tessera: Option<f64>, cpython: Option<f64>) -> Option<f64> {
    let (t, c) = (tessera?, cpython?);
    (c > 0.0).then(|| t / c)
}

/// Whole instructions: at the default loop count the fraction is below the noise of
/// comparing two runs, so printing it would claim a precision the method lacks.
fn fmt_count(v: f64) -> String {
    let rounded = v.round();
    let sign = if rounded < 0.0 { "-" } else { "" };
    format!("{sign}{}", group_thousands(rounded.abs() as u64))
}

/// 4528 as `4,528`, the way the issue and cachegrind write counts.
fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::micro::OPS;
    use std::path::PathBuf;

    fn column(who: Who, name: &'static str) -> Column {
        Column {
            who,
            name,
            path: PathBuf::from(format!("/bin/{name}")),
            version: format!("{name} 1.0"),
            env: Vec::new(),
        }
    }

    fn three() -> Vec<Column> {
        vec![
            column(Who::Tessera, "tessera"),
            column(Who::Python3, "python3"),
            column(Who::DebianPython, "python3.11"),
        ]
    }

    #[test]
    fn numbers() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(4528), "4,528");
        assert_eq!(group_thousands(200_000), "200,000");
        assert_eq!(group_thousands(1_234_567), "1,234,567");
        assert_eq!(fmt_count(206.6), "207");
        assert_eq!(fmt_count(4527.5), "4,528");
        assert_eq!(fmt_count(-0.4), "0");
        assert_eq!(fmt_count(-1.6), "-2");
        assert_eq!(
            ratio(Some(207.0), Some(61.0)).map(|r| format!("{r:.2}")),
            Some("3.39".into())
        );
        assert_eq!(ratio(Some(1.0), Some(0.0)), None);
        assert_eq!(ratio(None, Some(1.0)), None);
    }

    #[test]
    fn table_and_verdicts() {
        let columns = three();
        let ops: Vec<&'static Op> = OPS[..3].iter().collect();
        let rows: Vec<Row> = vec![
            vec![Ok(207.2), Ok(70.0), Ok(61.0)],
            vec![Ok(50.0), Ok(65.0), Ok(60.0)],
            vec![Err("boom".into()), Ok(400.0), Ok(362.0)],
        ];
        let r = Report {
            columns: &columns,
            ops: &ops,
            rows: &rows,
            iterations: 200_000,
            valgrind: "valgrind-3.19.0",
            machine: "test machine".into(),
        };
        let t = r.table(false);
        assert_eq!(
            t.header,
            [
                "op",
                "tessera",
                "python3",
                "python3.11",
                "tessera/python3.11"
            ]
        );
        assert_eq!(t.rows[0], ["o.a", "207", "70", "61", "3.40"]);
        assert_eq!(t.rows[1], ["o.a = i", "50", "65", "60", "0.83"]);
        assert_eq!(t.rows[2], ["o.m()", "FAIL", "400", "362", "-"]);
        assert_eq!(r.table(true).rows[0][0], "`o.a`");

        let v = r.verdicts();
        assert_eq!(
            v,
            [
                "tessera costs more instructions than python3.11 on 1 of 2 operations \
                 (target: none): o.a",
                "tessera costs more instructions than python3 on 1 of 2 operations \
                 (target: none): o.a",
            ]
        );
        let text = r.render(false);
        assert!(text.contains("200,000 iterations"), "{text}");
        assert!(text.contains("- o.m() under tessera: boom"), "{text}");
        let md = r.render(true);
        assert!(md.contains("| `o.a` | 207 | 70 | 61 | 3.40 |"), "{md}");
        assert!(md.contains("- `python3.11`: python3.11 1.0"), "{md}");
    }

    #[test]
    fn without_debian_python_the_ratio_is_to_python3() {
        let columns = vec![
            column(Who::Tessera, "tessera"),
            column(Who::Python3, "python3"),
        ];
        let ops: Vec<&'static Op> = OPS[..1].iter().collect();
        let rows: Vec<Row> = vec![vec![Ok(30.0), Ok(60.0)]];
        let r = Report {
            columns: &columns,
            ops: &ops,
            rows: &rows,
            iterations: 10,
            valgrind: "valgrind",
            machine: String::new(),
        };
        let t = r.table(false);
        assert_eq!(t.header.last().unwrap(), "tessera/python3");
        assert_eq!(t.rows[0].last().unwrap(), "0.50");
        assert_eq!(
            r.verdicts(),
            [
                "tessera costs no more instructions than python3 on any of 1 operations (target: none)"
            ]
        );
    }

    #[test]
    fn nothing_to_compare() {
        let columns = vec![
            column(Who::Tessera, "tessera"),
            column(Who::Python3, "python3"),
        ];
        let ops: Vec<&'static Op> = OPS[..1].iter().collect();
        let rows: Vec<Row> = vec![vec![Err("exit status: 3".into()), Ok(60.0)]];
        let r = Report {
            columns: &columns,
            ops: &ops,
            rows: &rows,
            iterations: 10,
            valgrind: "valgrind",
            machine: String::new(),
        };
        let v = r.verdicts();
        assert_eq!(v.len(), 1);
        assert!(
            v[0].starts_with("no operation could be compared with python3"),
            "{v:?}"
        );
    }
}
