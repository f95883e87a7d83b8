//! A light re-implementation of the parts of CPython's tokenizer whose errors ruff either does
//! not report (bracket nesting beyond 200, more than 99 indentation levels, inconsistent tabs)
//! or reports with a different wording than CPython (unmatched brackets, unterminated strings,
//! malformed number literals). It only looks at brackets, strings, comments, numbers and
//! indentation; everything else is left to ruff.

/// CPython's tokenizer refuses an opening bracket when 200 are already open.
const MAX_PAREN_LEVEL: usize = 200;
/// CPython's `MAXINDENT`: the indentation stack holds at most 100 entries (level 0 included).
const MAX_INDENT: usize = 100;
/// ruff's parser recurses without stack checks through lambda parameter defaults
/// (`lambda x=lambda y=...: 0: 0`); deeper nesting than this is refused before parsing.
const MAX_LAMBDA_DEFAULT_NESTING: usize = 100;
const TAB_SIZE: usize = 8;
const ALT_TAB_SIZE: usize = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScanKind {
    Syntax,
    Indentation,
    Tab,
}

#[derive(Clone, Debug)]
pub(crate) struct ScanError {
    pub kind: ScanKind,
    pub msg: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct StringSpan {
    pub start: usize,
    pub end: usize,
    pub is_fstring: bool,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct BracketSpan {
    pub open: usize,
    pub close: Option<usize>,
    pub ch: u8,
}

#[derive(Default, Debug)]
pub(crate) struct Scan {
    /// Errors CPython reports no matter what the parser thinks (ruff accepts these inputs).
    pub fatal: Option<ScanError>,
    /// The input nests so deeply that it must not be handed to the parser at all.
    pub too_deep: bool,
    /// The first tokenizer-level error, used to give ruff's parse errors CPython's wording.
    pub first_error: Option<ScanError>,
    /// The innermost bracket left open at the end of the input.
    pub unclosed: Option<BracketSpan>,
    pub strings: Vec<StringSpan>,
    pub brackets: Vec<BracketSpan>,
}

impl Scan {
    /// The innermost bracket pair that contains `offset` (strictly after its opener).
    pub fn enclosing_bracket(&self, offset: usize) -> Option<BracketSpan> {
        self.brackets
            .iter()
            .filter(|b| b.open < offset && b.close.is_none_or(|c| offset <= c))
            .max_by_key(|b| b.open)
            .copied()
    }

    pub fn string_at(&self, offset: usize) -> Option<StringSpan> {
        self.strings
            .iter()
            .find(|s| s.start <= offset && offset < s.end)
            .copied()
    }
}

struct Scanner<'a> {
    src: &'a [u8],
    pos: usize,
    scan: Scan,
    open: Vec<usize>,
    indents: Vec<(usize, usize)>,
    /// Bracket depth of each `lambda` whose parameter list is still open.
    lambdas: Vec<usize>,
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Prefix letters that may precede a quote: r, u, b, f, t in the combinations Python accepts.
fn string_prefix(word: &[u8]) -> Option<bool> {
    let lower: Vec<u8> = word.iter().map(u8::to_ascii_lowercase).collect();
    match lower.as_slice() {
        b"r" | b"u" | b"b" | b"br" | b"rb" | b"t" | b"tr" | b"rt" => Some(false),
        b"f" | b"fr" | b"rf" => Some(true),
        _ => None,
    }
}

pub(crate) fn scan(source: &str) -> Scan {
    let mut s = Scanner {
        src: source.as_bytes(),
        pos: 0,
        scan: Scan::default(),
        open: Vec::new(),
        indents: vec![(0, 0)],
        lambdas: Vec::new(),
    };
    s.run();
    s.scan
}

impl Scanner<'_> {
    fn peek(&self, ahead: usize) -> u8 {
        self.src.get(self.pos + ahead).copied().unwrap_or(0)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    fn error(&mut self, msg: impl Into<String>, start: usize, end: usize) {
        if self.scan.first_error.is_none() {
            self.scan.first_error = Some(ScanError {
                kind: ScanKind::Syntax,
                msg: msg.into(),
                start,
                end,
            });
        }
    }

    fn fatal(&mut self, kind: ScanKind, msg: &str, start: usize, end: usize) {
        if self.scan.fatal.is_none() {
            self.scan.fatal = Some(ScanError {
                kind,
                msg: msg.to_string(),
                start,
                end,
            });
        }
    }

    fn run(&mut self) {
        let mut at_line_start = true;
        while !self.at_end() && self.scan.fatal.is_none() {
            if at_line_start {
                at_line_start = false;
                self.indentation();
                continue;
            }
            let b = self.peek(0);
            match b {
                b'\n' | b'\r' => {
                    self.pos += if b == b'\r' && self.peek(1) == b'\n' {
                        2
                    } else {
                        1
                    };
                    at_line_start = true;
                    if self.open.is_empty() {
                        self.lambdas.clear();
                    }
                }
                b':' => {
                    if self.peek(1) != b'=' && self.lambdas.last() == Some(&self.open.len()) {
                        self.lambdas.pop();
                    }
                    self.pos += 1;
                }
                b'#' => {
                    while !self.at_end() && self.peek(0) != b'\n' && self.peek(0) != b'\r' {
                        self.pos += 1;
                    }
                }
                b'\\' => self.continuation(),
                b'(' | b'[' | b'{' => {
                    if self.open.len() >= MAX_PAREN_LEVEL {
                        self.scan.too_deep = true;
                        self.fatal(
                            ScanKind::Syntax,
                            "too many nested parentheses",
                            self.pos,
                            self.pos + 1,
                        );
                        return;
                    }
                    self.open.push(self.scan.brackets.len());
                    self.scan.brackets.push(BracketSpan {
                        open: self.pos,
                        close: None,
                        ch: b,
                    });
                    self.pos += 1;
                }
                b')' | b']' | b'}' => {
                    self.close_bracket(b);
                    let depth = self.open.len();
                    self.lambdas.retain(|&d| d <= depth);
                    self.pos += 1;
                }
                b'\'' | b'"' => self.string(self.pos, false),
                b'.' if self.peek(1).is_ascii_digit() => self.number(),
                b'0'..=b'9' => self.number(),
                _ if is_ident_start(b) => self.identifier(),
                _ => self.pos += 1,
            }
        }
        if let Some(&idx) = self.open.last() {
            self.scan.unclosed = self.scan.brackets.get(idx).copied();
        }
    }

    fn close_bracket(&mut self, b: u8) {
        let Some(idx) = self.open.pop() else {
            let msg = format!("unmatched '{}'", b as char);
            self.error(msg, self.pos, self.pos + 1);
            return;
        };
        let Some(opener) = self.scan.brackets.get_mut(idx) else {
            return;
        };
        opener.close = Some(self.pos);
        let expected = match opener.ch {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if expected != b {
            let (open_ch, open_pos) = (opener.ch, opener.open);
            let same_line = !self.src[open_pos..self.pos].contains(&b'\n');
            let msg = if same_line {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    b as char, open_ch as char
                )
            } else {
                let line = 1 + self.src[..open_pos].iter().filter(|&&c| c == b'\n').count();
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                    b as char, open_ch as char, line
                )
            };
            self.error(msg, self.pos, self.pos + 1);
        }
    }

    fn continuation(&mut self) {
        let start = self.pos;
        self.pos += 1;
        match self.peek(0) {
            b'\n' => self.pos += 1,
            b'\r' => {
                self.pos += 1;
                if self.peek(0) == b'\n' {
                    self.pos += 1;
                }
            }
            0 if self.at_end() => {
                self.error("unexpected EOF while parsing", start, start + 1);
            }
            _ => {
                self.error(
                    "unexpected character after line continuation character",
                    start,
                    start + 1,
                );
            }
        }
    }

    /// Measures the indentation of a physical line and applies CPython's indent-stack rules
    /// (only outside brackets, ignoring blank and comment-only lines).
    fn indentation(&mut self) {
        let line_start = self.pos;
        let (mut col, mut altcol) = (0usize, 0usize);
        loop {
            match self.peek(0) {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol = (altcol / ALT_TAB_SIZE + 1) * ALT_TAB_SIZE;
                }
                0x0c => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let next = self.peek(0);
        let blank = matches!(next, b'#' | b'\n' | b'\r' | b'\\') || self.at_end();
        if blank || !self.open.is_empty() {
            return;
        }
        let Some(&(top, alttop)) = self.indents.last() else {
            return;
        };
        let here = (line_start, self.pos.max(line_start + 1));
        if col == top {
            if altcol != alttop {
                self.tab_error(here);
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                self.scan.too_deep = true;
                self.fatal(
                    ScanKind::Indentation,
                    "too many levels of indentation",
                    here.0,
                    here.1,
                );
                return;
            }
            if altcol <= alttop {
                self.tab_error(here);
                return;
            }
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
            }
            match self.indents.last() {
                Some(&(c, alt)) if c == col => {
                    if alt != altcol {
                        self.tab_error(here);
                    }
                }
                _ => {
                    if self.scan.first_error.is_none() {
                        self.scan.first_error = Some(ScanError {
                            kind: ScanKind::Indentation,
                            msg: "unindent does not match any outer indentation level".into(),
                            start: here.0,
                            end: here.1,
                        });
                    }
                    // Keep scanning with a consistent stack, as ruff recovers too.
                    self.indents.push((col, altcol));
                }
            }
        }
    }

    fn tab_error(&mut self, here: (usize, usize)) {
        self.fatal(
            ScanKind::Tab,
            "inconsistent use of tabs and spaces in indentation",
            here.0,
            here.1,
        );
    }

    fn identifier(&mut self) {
        let start = self.pos;
        while is_ident_char(self.peek(0)) {
            self.pos += 1;
        }
        if &self.src[start..self.pos] == b"lambda" {
            self.lambdas.push(self.open.len());
            if self.lambdas.len() > MAX_LAMBDA_DEFAULT_NESTING {
                self.scan.too_deep = true;
                self.fatal(
                    ScanKind::Syntax,
                    "maximum recursion depth exceeded during compilation",
                    start,
                    self.pos,
                );
            }
            return;
        }
        let q = self.peek(0);
        if (q == b'\'' || q == b'"')
            && let Some(is_f) = string_prefix(&self.src[start..self.pos])
        {
            self.string(start, is_f);
        }
    }

    /// Scans a string literal whose prefix starts at `start` and whose quote is at `self.pos`.
    fn string(&mut self, start: usize, is_fstring: bool) {
        let quote = self.peek(0);
        let triple = self.peek(1) == quote && self.peek(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        loop {
            if self.at_end() {
                let detected = 1 + self.src.iter().filter(|&&c| c == b'\n').count()
                    - usize::from(self.src.last() == Some(&b'\n'));
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                self.error(msg, start, start + 1);
                break;
            }
            let b = self.peek(0);
            if b == b'\\' {
                self.pos += 2;
                if self.pos > self.src.len() {
                    self.pos = self.src.len();
                }
                continue;
            }
            if b == quote {
                if !triple {
                    self.pos += 1;
                    break;
                }
                if self.peek(1) == quote && self.peek(2) == quote {
                    self.pos += 3;
                    break;
                }
            }
            if !triple && (b == b'\n' || b == b'\r') {
                let detected = 1 + self.src[..self.pos].iter().filter(|&&c| c == b'\n').count();
                self.error(
                    format!("unterminated string literal (detected at line {detected})"),
                    start,
                    start + 1,
                );
                break;
            }
            self.pos += 1;
        }
        if is_fstring {
            // Replacement fields are parsed by ruff as code, so deep lambda nesting hidden
            // in an f-string is just as dangerous.
            let body = &self.src[start..self.pos];
            let lambdas = body.windows(6).filter(|w| *w == b"lambda").count();
            if lambdas > MAX_LAMBDA_DEFAULT_NESTING {
                self.scan.too_deep = true;
                self.fatal(
                    ScanKind::Syntax,
                    "maximum recursion depth exceeded during compilation",
                    start,
                    self.pos,
                );
            }
        }
        self.scan.strings.push(StringSpan {
            start,
            end: self.pos,
            is_fstring,
        });
    }

    fn digits_tail(&mut self, start: usize) -> bool {
        loop {
            while self.peek(0).is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek(0) != b'_' {
                return true;
            }
            self.pos += 1;
            if !self.peek(0).is_ascii_digit() {
                self.error("invalid decimal literal", start, self.pos);
                return false;
            }
        }
    }

    /// CPython's `verify_end_of_number`: a literal directly followed by an identifier is
    /// an error, except for the keywords that may legally follow a number.
    fn end_of_number(&mut self, kind: &str, start: usize) -> bool {
        let rest = &self.src[self.pos..];
        let keyword_follows = [
            &b"and"[..],
            b"else",
            b"for",
            b"if",
            b"in",
            b"is",
            b"or",
            b"not",
        ]
        .iter()
        .any(|k| rest.starts_with(k));
        if !keyword_follows && is_ident_char(self.peek(0)) {
            self.error(format!("invalid {kind} literal"), start, self.pos + 1);
            return false;
        }
        true
    }

    fn radix_number(&mut self, start: usize, radix: u32, kind: &str) {
        self.pos += 2;
        loop {
            if self.peek(0) == b'_' {
                self.pos += 1;
            }
            let c = self.peek(0);
            if !(c as char).is_digit(radix) {
                if radix != 16 && c.is_ascii_digit() {
                    self.error(
                        format!("invalid digit '{}' in {kind} literal", c as char),
                        start,
                        self.pos + 1,
                    );
                } else {
                    self.error(format!("invalid {kind} literal"), start, self.pos + 1);
                }
                return;
            }
            while (self.peek(0) as char).is_digit(radix) {
                self.pos += 1;
            }
            if self.peek(0) != b'_' {
                break;
            }
        }
        let c = self.peek(0);
        if radix != 16 && c.is_ascii_digit() {
            self.error(
                format!("invalid digit '{}' in {kind} literal", c as char),
                start,
                self.pos + 1,
            );
            return;
        }
        self.end_of_number(kind, start);
    }

    fn number(&mut self) {
        let start = self.pos;
        if self.peek(0) == b'0' {
            match self.peek(1) {
                b'x' | b'X' => return self.radix_number(start, 16, "hexadecimal"),
                b'o' | b'O' => return self.radix_number(start, 8, "octal"),
                b'b' | b'B' => return self.radix_number(start, 2, "binary"),
                _ => {}
            }
        }
        if self.peek(0) == b'.' {
            self.pos += 1;
            if !self.digits_tail(start) {
                return;
            }
            return self.exponent_and_suffix(start);
        }
        let leading_zero = self.peek(0) == b'0';
        if !self.digits_tail(start) {
            return;
        }
        let int_end = self.pos;
        let c = self.peek(0);
        if c == b'.' {
            self.pos += 1;
            if self.peek(0).is_ascii_digit() && !self.digits_tail(start) {
                return;
            }
            return self.exponent_and_suffix(start);
        }
        if matches!(c, b'e' | b'E' | b'j' | b'J') {
            return self.exponent_and_suffix(start);
        }
        let text = &self.src[start..int_end];
        if leading_zero && text.iter().any(|&d| d.is_ascii_digit() && d != b'0') {
            self.error(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                start,
                int_end,
            );
            return;
        }
        self.end_of_number("decimal", start);
    }

    fn exponent_and_suffix(&mut self, start: usize) {
        if matches!(self.peek(0), b'e' | b'E') {
            let e_pos = self.pos;
            self.pos += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.pos += 1;
                if !self.peek(0).is_ascii_digit() {
                    self.error("invalid decimal literal", start, self.pos + 1);
                    return;
                }
            } else if !self.peek(0).is_ascii_digit() {
                // `1else`: the `e` starts a keyword, not an exponent.
                self.pos = e_pos;
                self.end_of_number("decimal", start);
                return;
            }
            if !self.digits_tail(start) {
                return;
            }
        }
        if matches!(self.peek(0), b'j' | b'J') {
            self.pos += 1;
            self.end_of_number("imaginary", start);
            return;
        }
        self.end_of_number("decimal", start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(src: &str) -> Option<String> {
        scan(src).first_error.map(|e| e.msg)
    }

    #[test]
    fn numbers() {
        assert_eq!(
            first("x = 1abc\n").as_deref(),
            Some("invalid decimal literal")
        );
        assert_eq!(
            first("x = 0x\n").as_deref(),
            Some("invalid hexadecimal literal")
        );
        assert_eq!(
            first("x = 1_\n").as_deref(),
            Some("invalid decimal literal")
        );
        assert_eq!(
            first("x = 0b2\n").as_deref(),
            Some("invalid digit '2' in binary literal")
        );
        assert_eq!(
            first("x = 5j5\n").as_deref(),
            Some("invalid imaginary literal")
        );
        assert!(first("x = 1if y else 2\n").is_none());
        assert!(first("x = 0.5e-3j + 0o17 + 0xff_ff + 1_000 + .5 + 1. + 1e5\n").is_none());
        assert!(first("x = 00 + 0_0\n").is_none());
        assert!(first("x = 09\n").is_some());
    }

    #[test]
    fn brackets_and_strings() {
        assert_eq!(first("x = 1)\n").as_deref(), Some("unmatched ')'"));
        assert!(scan("x = (1,\n").unclosed.is_some());
        assert!(first("x = ')' + \"(\" + '''\n)''' # (\n").is_none());
        assert_eq!(
            first("x = 'abc\n").as_deref(),
            Some("unterminated string literal (detected at line 1)")
        );
        let deep = "(".repeat(201) + &")".repeat(201);
        assert!(scan(&deep).fatal.is_some());
        let ok = "(".repeat(200) + &")".repeat(200);
        assert!(scan(&ok).fatal.is_none());
    }

    #[test]
    fn indentation() {
        assert!(scan("if x:\n\tpass\n        pass\n").fatal.is_some());
        assert!(scan("if x:\n\tif y:\n\t\tpass\n").fatal.is_none());
        let mut src = String::new();
        for i in 0..100 {
            src.push_str(&" ".repeat(i));
            src.push_str("if 1:\n");
        }
        src.push_str(&" ".repeat(100));
        src.push_str("pass\n");
        assert!(scan(&src).fatal.is_some());
    }
}
