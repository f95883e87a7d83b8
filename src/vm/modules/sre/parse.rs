//! The regular-expression parser: pattern text (code points) to a syntax tree with every
//! flag already resolved into the nodes, and CPython's `re.error` messages and positions.

pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_ASCII: u32 = 256;

/// Unbounded repeat count.
pub const INF: usize = usize::MAX;
/// CPython's MAXREPEAT: a count at or above it is refused.
const MAXREPEAT: u64 = 4294967295;
/// Nesting deeper than this raises RecursionError, as CPython's recursive parser does.
const MAX_DEPTH: usize = 200;

#[derive(Debug)]
pub enum ParseError {
    Re(String, Option<usize>),
    Overflow(String),
    Value(String),
    Recursion,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ParseError> {
    Err(ParseError::Re(msg.into(), Some(pos)))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Debug)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Cat(Cat),
}

#[derive(Clone, Debug)]
pub struct CharSet {
    pub items: Vec<SetItem>,
    pub negated: bool,
    pub icase: bool,
    pub ascii: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Beginning,      // \A, ^ without MULTILINE
    BeginningLine,  // ^ with MULTILINE
    End,            // \Z
    EndDollar,      // $ without MULTILINE
    EndLine,        // $ with MULTILINE
    Boundary(bool), // \b (ascii?)
    NonBoundary(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug)]
pub enum Node {
    Empty,
    Char {
        c: u32,
        icase: bool,
        ascii: bool,
    },
    Any {
        dotall: bool,
    },
    Set(CharSet),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Group(Option<usize>, Box<Node>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: usize,
        kind: RepKind,
    },
    Atomic(Box<Node>),
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
    At(At),
}

impl Node {
    /// (min, max) width in characters; max is INF when unbounded.
    pub fn width(&self) -> (usize, usize) {
        match self {
            Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
            Node::Cat(v) => v.iter().fold((0, 0), |(a, b), n| {
                let (x, y) = n.width();
                (a.saturating_add(x), b.saturating_add(y))
            }),
            Node::Alt(v) => {
                let mut lo = INF;
                let mut hi = 0;
                for n in v {
                    let (x, y) = n.width();
                    lo = lo.min(x);
                    hi = hi.max(y);
                }
                (if v.is_empty() { 0 } else { lo }, hi)
            }
            Node::Group(_, n) | Node::Atomic(n) => n.width(),
            Node::Repeat { node, min, max, .. } => {
                let (x, y) = node.width();
                let hi = if *max == INF {
                    if y == 0 { 0 } else { INF }
                } else {
                    y.saturating_mul(*max)
                };
                (x.saturating_mul(*min), hi)
            }
            Node::Backref { .. } => (0, INF),
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width();
                let (c, d) = no.width();
                (a.min(c), b.max(d))
            }
        }
    }
}

pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

struct Parser<'a> {
    p: &'a [u32],
    i: usize,
    bytes: bool,
    flags: u32,
    groups: usize,
    closed: Vec<bool>,
    names: Vec<(String, usize)>,
    /// Group numbers opened inside the lookbehind being parsed (start index, and lowest group).
    lookbehind: Vec<usize>,
    /// Global flags found after parsing began: the parse restarts with them.
    restart_flags: u32,
    /// Conditional references to groups not yet defined: (group, position).
    cond_refs: Vec<(usize, usize)>,
    /// A look-behind of variable width was seen.
    lookbehind_error: bool,
    depth: usize,
}

/// Local flags in effect while parsing a subpattern.
#[derive(Clone, Copy)]
struct Local {
    flags: u32,
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn hexval(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}
fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

pub fn parse(p: &[u32], flags: u32, bytes: bool) -> Result<Parsed, ParseError> {
    let mut flags = flags;
    loop {
        let mut ps = Parser {
            p,
            i: 0,
            bytes,
            flags,
            groups: 0,
            closed: vec![true],
            names: Vec::new(),
            lookbehind: Vec::new(),
            restart_flags: 0,
            cond_refs: Vec::new(),
            lookbehind_error: false,
            depth: 0,
        };
        match ps.parse_top() {
            Ok(node) => {
                let mut f = ps.flags;
                if !bytes && f & F_ASCII == 0 {
                    f |= F_UNICODE;
                }
                if f & F_ASCII != 0 && f & F_UNICODE != 0 {
                    return Err(ParseError::Value(
                        "ASCII and UNICODE flags are incompatible".into(),
                    ));
                }
                if f & F_ASCII != 0 && f & F_LOCALE != 0 {
                    return Err(ParseError::Value(
                        "ASCII and LOCALE flags are incompatible".into(),
                    ));
                }
                return Ok(Parsed {
                    node,
                    groups: ps.groups,
                    names: ps.names,
                    flags: f,
                });
            }
            Err(e) => {
                if ps.restart_flags & !flags != 0 {
                    flags |= ps.restart_flags;
                    continue;
                }
                // CPython's tokenizer reads one token ahead, so a lone backslash ending the
                // pattern is reported as soon as the token before it has been consumed.
                if let ParseError::Re(..) = e
                    && let Some(prev) = token_before_trailing_backslash(p)
                    && ps.i > prev
                {
                    return Err(ParseError::Re(
                        "bad escape (end of pattern)".into(),
                        Some(p.len() - 1),
                    ));
                }
                return Err(e);
            }
        }
    }
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.p.get(self.i).copied()
    }
    fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek_is(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn text(&self, a: usize, b: usize) -> String {
        self.p[a..b.min(self.p.len())]
            .iter()
            .map(|&c| ch(c))
            .collect()
    }

    fn parse_top(&mut self) -> Result<Node, ParseError> {
        let local = Local { flags: self.flags };
        let node = self.parse_alt(local, true)?;
        if let Some(c) = self.peek() {
            if c == ')' as u32 {
                return err("unbalanced parenthesis", self.i);
            }
            return err("bogus characters at end of regular expression", self.i);
        }
        if let Some(&(g, pos)) = self.cond_refs.iter().find(|(g, _)| *g > self.groups) {
            return err(format!("invalid group reference {g}"), pos);
        }
        if self.lookbehind_error {
            return Err(ParseError::Re(
                "look-behind requires fixed-width pattern".into(),
                None,
            ));
        }
        Ok(node)
    }

    fn parse_alt(&mut self, local: Local, top: bool) -> Result<Node, ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::Recursion);
        }
        let mut alts = Vec::new();
        let mut first = top;
        loop {
            let mut local = local;
            alts.push(self.parse_seq(&mut local, first)?);
            first = false;
            if !self.eat('|') {
                break;
            }
        }
        self.depth -= 1;
        Ok(if alts.len() == 1 {
            alts.pop().unwrap()
        } else {
            Node::Alt(alts)
        })
    }

    fn skip_verbose(&mut self, local: &Local) {
        if local.flags & F_VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else if matches!(c, 0x20 | 0x09 | 0x0a | 0x0b | 0x0c | 0x0d) {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    /// One alternative: a sequence of quantified items, up to `|`, `)` or the end.
    fn parse_seq(&mut self, local: &mut Local, first_top: bool) -> Result<Node, ParseError> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item may take a quantifier, and whether it is already repeated.
        loop {
            self.skip_verbose(local);
            let Some(c) = self.peek() else { break };
            if c == '|' as u32 || c == ')' as u32 {
                break;
            }
            let start = self.i;
            if c == '*' as u32 || c == '+' as u32 || c == '?' as u32 || c == '{' as u32 {
                // A quantifier.
                let Some((min, max)) = self.parse_quant()? else {
                    items.push(self.literal('{' as u32, local));
                    continue;
                };
                let Some(last) = items.pop() else {
                    return err("nothing to repeat", start);
                };
                if matches!(last, Node::At(_)) || matches!(last, Node::Empty) {
                    return err("nothing to repeat", start);
                }
                if matches!(last, Node::Repeat { .. }) {
                    return err("multiple repeat", start);
                }
                let kind = if self.eat('?') {
                    RepKind::Lazy
                } else if self.eat('+') {
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                items.push(Node::Repeat {
                    node: Box::new(last),
                    min,
                    max,
                    kind,
                });
                continue;
            }
            let first = first_top && items.is_empty() && self.i == start;
            let item = self.parse_atom(local, first && self.only_flags_before(start))?;
            if let Some(n) = item {
                items.push(n);
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap(),
            _ => Node::Cat(items),
        })
    }

    /// True when everything before `pos` is global flag groups (or nothing).
    fn only_flags_before(&self, pos: usize) -> bool {
        let mut i = 0;
        while i < pos {
            if self.p[i] != '(' as u32 || self.p.get(i + 1) != Some(&('?' as u32)) {
                return false;
            }
            let mut j = i + 2;
            while j < pos && self.p[j] != ')' as u32 {
                if !"aiLmsux".contains(ch(self.p[j])) {
                    return false;
                }
                j += 1;
            }
            i = j + 1;
        }
        true
    }

    /// Parses `* + ? {m,n}` at the current position; None (position unchanged past `{`)
    /// when a `{` does not start a valid repeat.
    fn parse_quant(&mut self) -> Result<Option<(usize, usize)>, ParseError> {
        let c = self.peek().unwrap();
        let start = self.i;
        self.i += 1;
        match ch(c) {
            '*' => return Ok(Some((0, INF))),
            '+' => return Ok(Some((1, INF))),
            '?' => return Ok(Some((0, 1))),
            _ => {}
        }
        if self.peek_is('}') {
            self.i = start + 1;
            return Ok(None);
        }
        let lo_s = self.i;
        while self.peek().is_some_and(is_digit) {
            self.i += 1;
        }
        let lo_e = self.i;
        let (hi_s, hi_e);
        if self.eat(',') {
            hi_s = self.i;
            while self.peek().is_some_and(is_digit) {
                self.i += 1;
            }
            hi_e = self.i;
        } else {
            hi_s = lo_s;
            hi_e = lo_e;
        }
        if !self.eat('}') {
            self.i = start + 1;
            return Ok(None);
        }
        let num = |s: usize, e: usize| -> Result<Option<usize>, ParseError> {
            if s == e {
                return Ok(None);
            }
            let mut v: u64 = 0;
            for &d in &self.p[s..e] {
                v = v.saturating_mul(10).saturating_add((d - '0' as u32) as u64);
            }
            if v >= MAXREPEAT {
                return Err(ParseError::Overflow(
                    "the repetition number is too large".into(),
                ));
            }
            Ok(Some(v as usize))
        };
        let min = num(lo_s, lo_e)?.unwrap_or(0);
        let max = num(hi_s, hi_e)?.unwrap_or(INF);
        if max < min {
            return err("min repeat greater than max repeat", start + 1);
        }
        Ok(Some((min, max)))
    }

    fn literal(&self, c: u32, local: &Local) -> Node {
        Node::Char {
            c,
            icase: local.flags & F_IGNORECASE != 0,
            ascii: self.bytes || local.flags & F_ASCII != 0,
        }
    }

    fn ascii(&self, local: &Local) -> bool {
        self.bytes || local.flags & F_ASCII != 0
    }

    fn cat_set(&self, cat: Cat, local: &Local) -> Node {
        Node::Set(CharSet {
            items: vec![SetItem::Cat(cat)],
            negated: false,
            icase: false,
            ascii: self.ascii(local),
        })
    }

    fn parse_atom(&mut self, local: &mut Local, first: bool) -> Result<Option<Node>, ParseError> {
        let start = self.i;
        let c = self.peek().unwrap();
        self.i += 1;
        Ok(Some(match ch(c) {
            '.' => Node::Any {
                dotall: local.flags & F_DOTALL != 0,
            },
            '^' => Node::At(if local.flags & F_MULTILINE != 0 {
                At::BeginningLine
            } else {
                At::Beginning
            }),
            '$' => Node::At(if local.flags & F_MULTILINE != 0 {
                At::EndLine
            } else {
                At::EndDollar
            }),
            '[' => self.parse_class(start, local)?,
            '\\' => self.parse_escape(start, local)?,
            '(' => return self.parse_group(start, local, first),
            _ => self.literal(c, local),
        }))
    }

    fn parse_escape(&mut self, start: usize, local: &Local) -> Result<Node, ParseError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        let ascii = self.ascii(local);
        match ch(c) {
            'A' => {
                self.i += 1;
                Ok(Node::At(At::Beginning))
            }
            'Z' => {
                self.i += 1;
                Ok(Node::At(At::End))
            }
            'b' => {
                self.i += 1;
                Ok(Node::At(At::Boundary(ascii)))
            }
            'B' => {
                self.i += 1;
                Ok(Node::At(At::NonBoundary(ascii)))
            }
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => {
                self.i += 1;
                Ok(self.cat_set(cat_of(c).unwrap(), local))
            }
            '1'..='9' => {
                // A group reference, or a three-digit octal escape.
                let d0 = self.i;
                self.i += 1;
                if self.peek().is_some_and(is_digit) {
                    self.i += 1;
                    if is_oct(self.p[d0])
                        && is_oct(self.p[d0 + 1])
                        && self.peek().is_some_and(is_oct)
                    {
                        self.i += 1;
                        let v = self.p[d0..d0 + 3]
                            .iter()
                            .fold(0u32, |a, &d| a * 8 + (d - '0' as u32));
                        if v > 0o377 {
                            return err(
                                format!(
                                    "octal escape value {} outside of range 0-0o377",
                                    self.text(start, self.i)
                                ),
                                start,
                            );
                        }
                        return Ok(self.literal(v, local));
                    }
                }
                let g: usize = self.text(d0, self.i).parse().unwrap();
                self.group_ref(g, start, d0)?;
                Ok(Node::Backref {
                    group: g,
                    icase: local.flags & F_IGNORECASE != 0,
                    ascii,
                })
            }
            _ => {
                let v = self.escape_char(start, false)?;
                Ok(self.literal(v, local))
            }
        }
    }

    fn group_ref(&self, g: usize, start: usize, numpos: usize) -> Result<(), ParseError> {
        if g <= self.groups {
            if !self.closed[g] {
                return err("cannot refer to an open group", start);
            }
            if let Some(&lb) = self.lookbehind.last()
                && g >= lb
            {
                return err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    self.i,
                );
            }
            Ok(())
        } else {
            err(format!("invalid group reference {g}"), numpos)
        }
    }

    /// A character escape (after the backslash at `start`), common to classes and
    /// sequences: `\n`, `\x41`, `\0`, `\.` ...; `in_class` admits `\b` and octal digits.
    fn escape_char(&mut self, start: usize, in_class: bool) -> Result<u32, ParseError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        let v = match ch(c) {
            'a' => 7,
            'b' if in_class => 8,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => 0x5c,
            'x' => return self.hex_escape(start, 2),
            'u' if !self.bytes => return self.hex_escape(start, 4),
            'U' if !self.bytes => {
                let v = self.hex_escape(start, 8)?;
                if v > 0x10ffff {
                    return err(format!("bad escape {}", self.text(start, self.i)), start);
                }
                return Ok(v);
            }
            'N' if !self.bytes => {
                return err(
                    "named Unicode escapes (\\N{...}) are not supported by tessera",
                    start,
                );
            }
            '0'..='7' if c == '0' as u32 || in_class => {
                let mut v = c - '0' as u32;
                let mut n = 1;
                while n < 3 && self.peek().is_some_and(is_oct) {
                    v = v * 8 + (self.p[self.i] - '0' as u32);
                    self.i += 1;
                    n += 1;
                }
                if v > 0o377 {
                    return err(
                        format!(
                            "octal escape value {} outside of range 0-0o377",
                            self.text(start, self.i)
                        ),
                        start,
                    );
                }
                v
            }
            _ => {
                if c < 128 && (ch(c).is_ascii_alphanumeric()) {
                    return err(format!("bad escape {}", self.text(start, self.i)), start);
                }
                c
            }
        };
        Ok(v)
    }

    fn hex_escape(&mut self, start: usize, n: usize) -> Result<u32, ParseError> {
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek().and_then(hexval) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.i += 1;
                }
                None => {
                    return err(
                        format!("incomplete escape {}", self.text(start, self.i)),
                        start,
                    );
                }
            }
        }
        Ok(v)
    }

    fn parse_class(&mut self, start: usize, local: &Local) -> Result<Node, ParseError> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let first_pos = self.i;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            if c == ']' as u32 && self.i != first_pos {
                self.i += 1;
                break;
            }
            let item_start = self.i;
            let lo = self.class_atom()?;
            if self.peek_is('-') && self.p.get(self.i + 1).is_some_and(|&c| c != ']' as u32) {
                self.i += 1;
                if self.peek().is_none() {
                    return err("unterminated character set", start);
                }
                let hi = self.class_atom()?;
                let (Ok(a), Ok(b)) = (&lo, &hi) else {
                    return err(
                        format!("bad character range {}", self.text(item_start, self.i)),
                        item_start,
                    );
                };
                if b < a {
                    return err(
                        format!("bad character range {}", self.text(item_start, self.i)),
                        item_start,
                    );
                }
                items.push(SetItem::Range(*a, *b));
            } else {
                items.push(match lo {
                    Ok(c) => SetItem::Char(c),
                    Err(cat) => SetItem::Cat(cat),
                });
            }
        }
        Ok(Node::Set(CharSet {
            items,
            negated,
            icase: local.flags & F_IGNORECASE != 0,
            ascii: self.ascii(local),
        }))
    }

    /// One class member: a character (Ok) or a category escape (Err).
    fn class_atom(&mut self) -> Result<Result<u32, Cat>, ParseError> {
        let start = self.i;
        let c = self.p[self.i];
        self.i += 1;
        if c != '\\' as u32 {
            return Ok(Ok(c));
        }
        if let Some(e) = self.peek()
            && let Some(cat) = cat_of(e)
        {
            self.i += 1;
            return Ok(Err(cat));
        }
        if self.peek().is_some_and(|c| {
            c == '8' as u32
                || c == '9' as u32
                || c == 'A' as u32
                || c == 'Z' as u32
                || c == 'B' as u32
        }) {
            self.i += 1;
            return err(format!("bad escape {}", self.text(start, self.i)), start);
        }
        Ok(Ok(self.escape_char(start, true)?))
    }

    /// An error at the current token, which CPython's tokenizer has consumed when it reports
    /// it (so a lone backslash after it takes precedence).
    fn err_token<T>(&mut self, msg: &str) -> Result<T, ParseError> {
        let pos = self.i;
        if let Some(c) = self.peek() {
            self.i += 1;
            if c == '\\' as u32 && self.peek().is_some() {
                self.i += 1;
            }
        }
        err(msg, pos)
    }

    fn parse_name(
        &mut self,
        term: char,
        kind_missing: &str,
    ) -> Result<(String, usize), ParseError> {
        let s = self.i;
        loop {
            match self.peek() {
                None if self.i == s => return err(kind_missing.to_string(), s),
                None => return err(format!("missing {term}, unterminated name"), s),
                Some(c) if c == term as u32 => break,
                // An escaped character is one token: `\)` does not end a name.
                Some(c) if c == '\\' as u32 && self.i + 1 < self.p.len() => self.i += 2,
                Some(_) => self.i += 1,
            }
        }
        let name = self.text(s, self.i);
        self.i += 1;
        if name.is_empty() {
            return err(kind_missing.to_string(), s);
        }
        Ok((name, s))
    }

    fn check_ident(&self, name: &str, pos: usize) -> Result<(), ParseError> {
        let mut cs = name.chars();
        let ok = match cs.next() {
            Some(c) if c == '_' || crate::runtime::strops::is_xid_start(c) => {
                cs.all(crate::runtime::strops::is_xid_continue)
            }
            _ => false,
        };
        if !ok {
            return err(
                format!("bad character in group name {}", py_repr(name)),
                pos,
            );
        }
        Ok(())
    }

    fn parse_group(
        &mut self,
        start: usize,
        local: &mut Local,
        first: bool,
    ) -> Result<Option<Node>, ParseError> {
        let mut capture = true;
        let mut name = None;
        if self.eat('?') {
            let Some(c) = self.peek() else {
                return err("unexpected end of pattern", self.i);
            };
            self.i += 1;
            match ch(c) {
                'P' => {
                    let Some(c) = self.peek() else {
                        return err("unexpected end of pattern", self.i);
                    };
                    self.i += 1;
                    if c == '<' as u32 {
                        let (n, pos) = self.parse_name('>', "missing group name")?;
                        self.check_ident(&n, pos)?;
                        name = Some((n, pos));
                    } else if c == '=' as u32 {
                        let (n, pos) = self.parse_name(')', "missing group name")?;
                        self.check_ident(&n, pos)?;
                        let Some(&(_, g)) = self.names.iter().find(|(x, _)| *x == n) else {
                            return err(format!("unknown group name {}", py_repr(&n)), pos);
                        };
                        if !self.closed[g] {
                            return err("cannot refer to an open group", pos);
                        }
                        if let Some(&lb) = self.lookbehind.last()
                            && g >= lb
                        {
                            return err(
                                "cannot refer to group defined in the same lookbehind subpattern",
                                self.i,
                            );
                        }
                        return Ok(Some(Node::Backref {
                            group: g,
                            icase: local.flags & F_IGNORECASE != 0,
                            ascii: self.ascii(local),
                        }));
                    } else {
                        let mut e = ch(c).to_string();
                        if c == '\\' as u32
                            && let Some(d) = self.peek()
                        {
                            e.push(ch(d));
                        }
                        return err(format!("unknown extension ?P{e}"), start + 1);
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        match self.peek() {
                            None => return err("missing ), unterminated comment", start),
                            Some(c) => {
                                self.i += 1;
                                if c == ')' as u32 {
                                    break;
                                }
                            }
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' | '<' => {
                    let mut behind = false;
                    let mut c = c;
                    if c == '<' as u32 {
                        let Some(d) = self.peek() else {
                            return err("unexpected end of pattern", self.i);
                        };
                        if d != '=' as u32 && d != '!' as u32 {
                            let mut e = ch(d).to_string();
                            if d == '\\' as u32
                                && let Some(x) = self.p.get(self.i + 1)
                            {
                                e.push(ch(*x));
                            }
                            return err(format!("unknown extension ?<{e}"), start + 1);
                        }
                        self.i += 1;
                        behind = true;
                        c = d;
                    }
                    if behind {
                        self.lookbehind.push(self.groups + 1);
                    }
                    let node = self.parse_alt(*local, false);
                    if behind {
                        self.lookbehind.pop();
                    }
                    let node = node?;
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    if behind {
                        // Reported after the whole pattern parses, as CPython's compiler does.
                        let (lo, hi) = node.width();
                        if lo != hi {
                            self.lookbehind_error = true;
                        }
                    }
                    return Ok(Some(Node::Look {
                        behind,
                        negate: c == '!' as u32,
                        node: Box::new(node),
                    }));
                }
                '>' => {
                    let node = self.parse_alt(*local, false)?;
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    return Ok(Some(Node::Atomic(Box::new(node))));
                }
                '(' => return self.parse_cond(start, local).map(Some),
                c if "aiLmsux-".contains(c) => {
                    self.i -= 1;
                    return self.parse_flags(start, local, first);
                }
                _ => {
                    let mut e = ch(c).to_string();
                    if c == '\\' as u32
                        && let Some(d) = self.peek()
                    {
                        e.push(ch(d));
                    }
                    return err(format!("unknown extension ?{e}"), start + 1);
                }
            }
        }
        let group = if capture {
            self.groups += 1;
            self.closed.push(false);
            if let Some((n, pos)) = name {
                if let Some(&(_, old)) = self.names.iter().find(|(x, _)| *x == n) {
                    return err(
                        format!(
                            "redefinition of group name {} as group {}; was group {old}",
                            py_repr(&n),
                            self.groups
                        ),
                        pos,
                    );
                }
                self.names.push((n, self.groups));
            }
            Some(self.groups)
        } else {
            None
        };
        let node = self.parse_alt(*local, false)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        if let Some(g) = group {
            self.closed[g] = true;
        }
        Ok(Some(Node::Group(group, Box::new(node))))
    }

    fn parse_cond(&mut self, start: usize, local: &mut Local) -> Result<Node, ParseError> {
        let (n, pos) = self.parse_name(')', "missing group name")?;
        let group = if n.chars().all(|c| c.is_ascii_digit()) {
            let g: usize = n.parse().unwrap_or(usize::MAX);
            if g == 0 {
                return err("bad group number", pos);
            }
            if g > self.groups {
                // Checked once the whole pattern is parsed: a later group may define it.
                self.cond_refs.push((g, pos));
            }
            g
        } else {
            self.check_ident(&n, pos)?;
            match self.names.iter().find(|(x, _)| *x == n) {
                Some(&(_, g)) => g,
                None => return err(format!("unknown group name {}", py_repr(&n)), pos),
            }
        };
        if let Some(&lb) = self.lookbehind.last()
            && group >= lb
        {
            return err(
                "cannot refer to group defined in the same lookbehind subpattern",
                self.i,
            );
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::Recursion);
        }
        let mut l = *local;
        let yes = self.parse_seq(&mut l, false)?;
        let no = if self.eat('|') {
            let mut l = *local;
            let no = self.parse_seq(&mut l, false)?;
            if self.peek_is('|') {
                return err("conditional backref with more than two branches", self.i);
            }
            no
        } else {
            Node::Empty
        };
        self.depth -= 1;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    fn flag_bit(c: u32) -> u32 {
        match ch(c) {
            'a' => F_ASCII,
            'i' => F_IGNORECASE,
            'L' => F_LOCALE,
            'm' => F_MULTILINE,
            's' => F_DOTALL,
            'u' => F_UNICODE,
            'x' => F_VERBOSE,
            _ => 0,
        }
    }

    fn check_flag_kind(&self, c: u32) -> Result<(), ParseError> {
        if self.bytes && c == 'u' as u32 {
            return err(
                "bad inline flags: cannot use 'u' flag with a bytes pattern",
                self.i,
            );
        }
        if !self.bytes && c == 'L' as u32 {
            return err(
                "bad inline flags: cannot use 'L' flag with a str pattern",
                self.i,
            );
        }
        Ok(())
    }

    fn parse_flags(
        &mut self,
        start: usize,
        local: &mut Local,
        first: bool,
    ) -> Result<Option<Node>, ParseError> {
        let mut on = 0u32;
        let mut off = 0u32;
        while let Some(c) = self.peek() {
            let b = Self::flag_bit(c);
            if b == 0 {
                break;
            }
            self.i += 1;
            self.check_flag_kind(c)?;
            on |= b;
            if (on & (F_ASCII | F_UNICODE | F_LOCALE)).count_ones() > 1 {
                return err(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    self.i,
                );
            }
        }
        let Some(c) = self.peek() else {
            return self.err_token("missing -, : or )");
        };
        if c == ')' as u32 {
            self.i += 1;
            // Global flags.
            if !first {
                return err("global flags not at the start of the expression", start);
            }
            if on & !self.flags != 0 {
                self.restart_flags = on;
                return Err(ParseError::Re("restart".into(), None));
            }
            self.flags |= on;
            local.flags |= on;
            return Ok(None);
        }
        if c == '-' as u32 {
            self.i += 1;
            let Some(c) = self.peek() else {
                return err("missing flag", self.i);
            };
            if Self::flag_bit(c) == 0 {
                let msg = if ch(c).is_ascii_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return self.err_token(msg);
            }
            while let Some(c) = self.peek() {
                let b = Self::flag_bit(c);
                if b == 0 {
                    break;
                }
                if b & (F_ASCII | F_UNICODE | F_LOCALE) != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i + 1,
                    );
                }
                self.i += 1;
                off |= b;
            }
            let Some(c) = self.peek() else {
                return err("missing :", self.i);
            };
            if c != ':' as u32 {
                let msg = if ch(c).is_ascii_alphabetic() {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return self.err_token(msg);
            }
        } else if c != ':' as u32 {
            let msg = if ch(c).is_ascii_alphabetic() {
                "unknown flag"
            } else {
                "missing -, : or )"
            };
            return self.err_token(msg);
        }
        self.i += 1;
        if on & off != 0 {
            return err("bad inline flags: flag turned on and off", self.i - 1);
        }
        let mut l = *local;
        l.flags = (l.flags | on) & !off;
        if on & (F_ASCII | F_UNICODE) != 0 {
            l.flags &= !(F_ASCII | F_UNICODE | F_LOCALE);
            l.flags |= on & (F_ASCII | F_UNICODE | F_LOCALE);
        }
        let node = self.parse_alt(l, false)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Some(Node::Group(None, Box::new(node))))
    }
}

fn cat_of(c: u32) -> Option<Cat> {
    Some(match ch(c) {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        _ => return None,
    })
}

/// Python's repr of a str, for names quoted in messages.
fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// When `p` ends with a lone backslash, the start of the token before it.
fn token_before_trailing_backslash(p: &[u32]) -> Option<usize> {
    let mut i = 0;
    let mut prev = None;
    while i < p.len() {
        if p[i] == '\\' as u32 {
            if i + 1 == p.len() {
                return prev;
            }
            prev = Some(i);
            i += 2;
        } else {
            prev = Some(i);
            i += 1;
        }
    }
    None
}
