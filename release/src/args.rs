//! Small helpers shared by the subcommands' hand-rolled option parsers.
//!
//! The tool is deliberately dependency-light (it must build before anything else in the
//! workspace is trusted), so options are parsed by hand; these helpers keep each
//! subcommand's parser down to one `match`.

/// What a subcommand's parser decided: run with these options, or just print help.
#[derive(Debug, PartialEq)]
pub enum Parsed<T> {
    Run(T),
    Help,
}

/// Walks `--name value` and `--name=value` options in order.
pub struct Cursor<'a> {
    args: &'a [String],
    pos: usize,
    /// The value of a `--name=value` option, handed out by the next `value()` call.
    pending: Option<&'a str>,
}

impl<'a> Cursor<'a> {
    pub fn new(args: &'a [String]) -> Self {
        Cursor {
            args,
            pos: 0,
            pending: None,
        }
    }

    /// The next option name (with any `=value` split off), or `None` at the end.
    pub fn next_option(&mut self) -> Result<Option<&'a str>, String> {
        if let Some(v) = self.pending.take() {
            return Err(format!("unexpected value '{v}'"));
        }
        let Some(arg) = self.args.get(self.pos) else {
            return Ok(None);
        };
        self.pos += 1;
        match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                self.pending = Some(value);
                Ok(Some(name))
            }
            _ => Ok(Some(arg.as_str())),
        }
    }

    /// The value belonging to option `name`.
    pub fn value(&mut self, name: &str) -> Result<&'a str, String> {
        if let Some(v) = self.pending.take() {
            return Ok(v);
        }
        let v = self
            .args
            .get(self.pos)
            .ok_or_else(|| format!("{name} needs a value"))?;
        self.pos += 1;
        Ok(v)
    }

    /// A flag takes no value, so `--flag=x` is a mistake worth reporting.
    pub fn flag(&mut self, name: &str) -> Result<(), String> {
        match self.pending.take() {
            Some(v) => Err(format!("{name} takes no value (got '{v}')")),
            None => Ok(()),
        }
    }

    /// An integer value of at least `min`.
    pub fn count(&mut self, name: &str, min: u64) -> Result<u64, String> {
        let raw = self.value(name)?;
        let n: u64 = raw
            .parse()
            .map_err(|_| format!("{name} expects a whole number, got '{raw}'"))?;
        if n < min {
            return Err(format!("{name} must be at least {min}, got {n}"));
        }
        Ok(n)
    }
}

/// Splits a comma-separated list, ignoring empty items so `a,,b,` means `a,b`.
pub fn list(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn value_forms() {
        let a = strings(&["--runs", "7", "--warmup=2", "--markdown"]);
        let mut c = Cursor::new(&a);
        assert_eq!(c.next_option(), Ok(Some("--runs")));
        assert_eq!(c.count("--runs", 1), Ok(7));
        assert_eq!(c.next_option(), Ok(Some("--warmup")));
        assert_eq!(c.value("--warmup"), Ok("2"));
        assert_eq!(c.next_option(), Ok(Some("--markdown")));
        assert_eq!(c.flag("--markdown"), Ok(()));
        assert_eq!(c.next_option(), Ok(None));
    }

    #[test]
    fn missing_and_bad_values() {
        let a = strings(&["--runs"]);
        let mut c = Cursor::new(&a);
        c.next_option().unwrap();
        assert!(c.value("--runs").unwrap_err().contains("needs a value"));

        let a = strings(&["--runs=x"]);
        let mut c = Cursor::new(&a);
        c.next_option().unwrap();
        assert!(c.count("--runs", 1).unwrap_err().contains("whole number"));

        let a = strings(&["--runs=0"]);
        let mut c = Cursor::new(&a);
        c.next_option().unwrap();
        assert!(c.count("--runs", 1).unwrap_err().contains("at least 1"));

        let a = strings(&["--markdown=yes"]);
        let mut c = Cursor::new(&a);
        c.next_option().unwrap();
        assert!(c.flag("--markdown").is_err());
    }

    #[test]
    fn lists() {
        assert_eq!(list("a, b,,c,"), strings(&["a", "b", "c"]));
        assert!(list("").is_empty());
    }
}
