//! Rendering a grid of already-formatted cells as aligned text or as Markdown.
//!
//! Cells arrive as strings so the benchmark code alone decides number formats; this
//! module only decides layout. The first column (names) is left-aligned, the rest
//! (numbers) right-aligned so digits line up.

pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    fn widths(&self) -> Vec<usize> {
        let mut w: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                if i < w.len() {
                    w[i] = w[i].max(cell.chars().count());
                }
            }
        }
        w
    }

    pub fn to_text(&self) -> String {
        let widths = self.widths();
        let line = |cells: &[String]| {
            let mut s = String::new();
            for (i, width) in widths.iter().enumerate() {
                let cell = cells.get(i).map(String::as_str).unwrap_or("");
                if i == 0 {
                    s.push_str(&format!("{cell:<width$}"));
                } else {
                    s.push_str(&format!("  {cell:>width$}"));
                }
            }
            s.trim_end().to_owned() + "\n"
        };
        let mut out = line(&self.header);
        let total = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
        out.push_str(&"-".repeat(total));
        out.push('\n');
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }

    pub fn to_markdown(&self) -> String {
        let line = |cells: &[String]| {
            let mut s = String::from("|");
            for i in 0..self.header.len() {
                let cell = cells.get(i).map(String::as_str).unwrap_or("");
                s.push_str(&format!(" {} |", cell.replace('|', "\\|")));
            }
            s + "\n"
        };
        let mut out = line(&self.header);
        out.push('|');
        for i in 0..self.header.len() {
            out.push_str(if i == 0 { " :--- |" } else { " ---: |" });
        }
        out.push('\n');
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        Table {
            header: s(&["program", "ms"]),
            rows: vec![s(&["fib", "12.5"]), s(&["nbody", "1234"])],
        }
    }

    #[test]
    fn text_alignment() {
        let t = sample().to_text();
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0], "program    ms");
        assert_eq!(lines[1], "-------------");
        assert_eq!(lines[2], "fib      12.5");
        assert_eq!(lines[3], "nbody    1234");
    }

    #[test]
    fn markdown() {
        let t = sample().to_markdown();
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0], "| program | ms |");
        assert_eq!(lines[1], "| :--- | ---: |");
        assert_eq!(lines[2], "| fib | 12.5 |");
    }
}
