//! The compiled program and the backtracking matcher. The matcher keeps its choice points
//! and undo records on an explicit stack, so neither pattern depth nor subject length
//! reaches the Rust stack.

use super::parse::{At, Cat, CharSet, INF, Node, RepKind, SetItem};

const NONE: usize = usize::MAX;
/// Most backtracking frames one match may hold (32 bytes each): 2 GiB.
const MAX_STACK: usize = 1 << 26;

pub trait Ch: Copy {
    fn u(self) -> u32;
}
impl Ch for u8 {
    #[inline(always)]
    fn u(self) -> u32 {
        self as u32
    }
}
impl Ch for u32 {
    #[inline(always)]
    fn u(self) -> u32 {
        self
    }
}

/// Simple (one-character) lower case, as CPython's `_PyUnicode_ToLowercase`.
pub fn lower(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if c == 0x130 {
        return 'i' as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

pub fn upper(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

/// The case-insensitive identity of `c`: characters are equal under IGNORECASE when their
/// folds are (so 's', 'S' and LATIN SMALL LETTER LONG S, or 'k' and KELVIN SIGN, agree).
#[inline]
pub fn fold(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    lower(upper(c))
}

fn ascii_lower(c: u32) -> u32 {
    if c < 128 {
        (c as u8).to_ascii_lowercase() as u32
    } else {
        c
    }
}

#[inline]
pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    !ascii && char::from_u32(c).is_some_and(crate::runtime::strops::is_alnum_char)
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    !ascii && char::from_u32(c).is_some_and(crate::runtime::strops::is_decimal_char)
}

fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    !ascii && char::from_u32(c).is_some_and(crate::runtime::strops::is_space)
}

fn cat_matches(cat: Cat, c: u32, ascii: bool) -> bool {
    match cat {
        Cat::Digit => is_digit(c, ascii),
        Cat::NotDigit => !is_digit(c, ascii),
        Cat::Space => is_space(c, ascii),
        Cat::NotSpace => !is_space(c, ascii),
        Cat::Word => is_word(c, ascii),
        Cat::NotWord => !is_word(c, ascii),
    }
}

pub struct Set {
    bitmap: [u64; 2],
    /// With IGNORECASE: the sorted folds of every character of the small ranges.
    folds: Vec<u32>,
    items: Vec<SetItem>,
    negated: bool,
    icase: bool,
    ascii: bool,
}

impl Set {
    fn new(cs: &CharSet) -> Set {
        let mut s = Set {
            bitmap: [0; 2],
            folds: Vec::new(),
            items: cs.items.clone(),
            negated: cs.negated,
            icase: cs.icase,
            ascii: cs.ascii,
        };
        if cs.icase && !cs.ascii {
            for it in &cs.items {
                match *it {
                    SetItem::Char(x) => s.folds.push(fold(x)),
                    SetItem::Range(a, b) if b - a <= 0x4000 => {
                        s.folds.extend((a..=b).map(fold));
                    }
                    _ => {}
                }
            }
            s.folds.sort_unstable();
            s.folds.dedup();
        }
        for c in 0..128u32 {
            if s.slow(c) {
                s.bitmap[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        s
    }

    fn raw(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Char(x) => x == c,
            SetItem::Range(a, b) => a <= c && c <= b,
            SetItem::Cat(cat) => cat_matches(cat, c, self.ascii),
        })
    }

    fn slow(&self, c: u32) -> bool {
        let mut r = self.raw(c);
        if !r && self.icase {
            if self.ascii {
                if c < 128 {
                    let l = ascii_lower(c);
                    let u = (c as u8).to_ascii_uppercase() as u32;
                    r = self.raw(l) || self.raw(u);
                }
            } else {
                r = self.raw(lower(c))
                    || self.raw(upper(c))
                    || self.folds.binary_search(&fold(c)).is_ok();
            }
        }
        r != self.negated
    }

    #[inline(always)]
    fn contains(&self, c: u32) -> bool {
        if c < 128 {
            self.bitmap[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.slow(c)
        }
    }
}

pub enum Single {
    Char(u32),
    /// Case-insensitive literal: its fold.
    CharI(u32),
    CharIA(u32),
    Any,
    AnyAll,
    Set(Box<Set>),
}

impl Single {
    #[inline(always)]
    fn matches(&self, c: u32) -> bool {
        match self {
            Single::Char(x) => c == *x,
            Single::CharI(f) => fold(c) == *f,
            Single::CharIA(l) => ascii_lower(c) == *l,
            Single::Any => c != 10,
            Single::AnyAll => true,
            Single::Set(s) => s.contains(c),
        }
    }
}

pub enum Inst {
    One(Single),
    At(At),
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    RepOne {
        s: Single,
        min: usize,
        max: usize,
        kind: RepKind,
    },
    RepStart {
        id: usize,
        min: usize,
        max: usize,
        lazy: bool,
        exit: usize,
    },
    RepEnd {
        start: usize,
    },
    AtomicStart,
    AtomicEnd,
    LookStart {
        negate: bool,
        behind: usize,
        end: usize,
    },
    LookEnd,
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    Cond {
        group: usize,
        no: usize,
    },
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub nslots: usize,
    pub nreps: usize,
    /// Leading literal characters every match starts with.
    pub prefix: Vec<u32>,
    /// Otherwise a filter for the first character of every match, if known.
    pub first: Option<First>,
    /// The pattern can only match at the start of the string.
    pub anchored: bool,
    /// The buffers of the last match, kept to save their allocations.
    spare: std::cell::Cell<Spare>,
}

fn single_of(node: &Node) -> Option<Single> {
    Some(match node {
        Node::Char { c, icase, ascii } => {
            if !*icase {
                Single::Char(*c)
            } else if *ascii {
                if *c < 128 && (*c as u8).is_ascii_alphabetic() {
                    Single::CharIA(ascii_lower(*c))
                } else {
                    Single::Char(*c)
                }
            } else if *c < 128 && !(*c as u8).is_ascii_alphabetic() {
                Single::Char(*c)
            } else {
                Single::CharI(fold(*c))
            }
        }
        Node::Any { dotall } => {
            if *dotall {
                Single::AnyAll
            } else {
                Single::Any
            }
        }
        Node::Set(cs) => Single::Set(Box::new(Set::new(cs))),
        Node::Group(None, n) => return single_of(n),
        _ => return None,
    })
}

struct Compiler {
    insts: Vec<Inst>,
    nreps: usize,
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn compile(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {
                let s = single_of(node).unwrap();
                self.emit(Inst::One(s));
            }
            Node::Cat(v) => v.iter().for_each(|n| self.compile(n)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (k, n) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.compile(n);
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let here = self.insts.len();
                        self.insts[split] = Inst::Split(split + 1, here);
                    } else {
                        self.compile(n);
                    }
                }
                let end = self.insts.len();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group(g, n) => match g {
                Some(g) => {
                    self.emit(Inst::Save(2 * g));
                    self.compile(n);
                    self.emit(Inst::Save(2 * g + 1));
                }
                None => self.compile(n),
            },
            Node::Repeat {
                node,
                min,
                max,
                kind,
            } => {
                // A body that only matches the empty string leaves the same state however
                // often it runs: once (or at most once) is the same match, and a huge
                // count does not loop.
                let (min, max) = if node.width().1 == 0 {
                    ((*min).min(1), (*max).min(1))
                } else {
                    (*min, *max)
                };
                let (min, max) = (&min, &max);
                if let Some(s) = single_of(node) {
                    self.emit(Inst::RepOne {
                        s,
                        min: *min,
                        max: *max,
                        kind: *kind,
                    });
                    return;
                }
                if *kind == RepKind::Possessive {
                    self.emit(Inst::AtomicStart);
                }
                let id = self.nreps;
                self.nreps += 1;
                let start = self.emit(Inst::Split(0, 0));
                // A possessive repeat takes each iteration's first match, as CPython does.
                if *kind == RepKind::Possessive {
                    self.emit(Inst::AtomicStart);
                }
                self.compile(node);
                if *kind == RepKind::Possessive {
                    self.emit(Inst::AtomicEnd);
                }
                self.emit(Inst::RepEnd { start });
                let exit = self.insts.len();
                self.insts[start] = Inst::RepStart {
                    id,
                    min: *min,
                    max: *max,
                    lazy: *kind == RepKind::Lazy,
                    exit,
                };
                if *kind == RepKind::Possessive {
                    self.emit(Inst::AtomicEnd);
                }
            }
            Node::Atomic(n) => {
                self.emit(Inst::AtomicStart);
                self.compile(n);
                self.emit(Inst::AtomicEnd);
            }
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let width = if *behind { node.width().0 } else { 0 };
                let start = self.emit(Inst::Split(0, 0));
                self.compile(node);
                self.emit(Inst::LookEnd);
                let end = self.insts.len();
                self.insts[start] = Inst::LookStart {
                    negate: *negate,
                    behind: if *behind { width } else { NONE },
                    end,
                };
            }
            Node::Backref {
                group,
                icase,
                ascii,
            } => {
                self.emit(Inst::Backref {
                    group: *group,
                    icase: *icase,
                    ascii: *ascii,
                });
            }
            Node::Cond { group, yes, no } => {
                let c = self.emit(Inst::Split(0, 0));
                self.compile(yes);
                let j = self.emit(Inst::Jmp(0));
                let no_pc = self.insts.len();
                self.compile(no);
                let end = self.insts.len();
                self.insts[c] = Inst::Cond {
                    group: *group,
                    no: no_pc,
                };
                self.insts[j] = Inst::Jmp(end);
            }
            Node::At(a) => {
                self.emit(Inst::At(*a));
            }
        }
    }
}

/// Leading case-sensitive literal characters of `node`; `done` is set once the prefix
/// cannot be extended further.
fn prefix_of(node: &Node, out: &mut Vec<u32>, done: &mut bool) {
    if *done {
        return;
    }
    match node {
        Node::Char { c, icase, .. }
            if !*icase || (*c < 128 && !(*c as u8).is_ascii_alphabetic()) =>
        {
            out.push(*c)
        }
        Node::Cat(v) => {
            for n in v {
                if out.is_empty() && matches!(n, Node::At(_) | Node::Look { .. }) {
                    continue;
                }
                prefix_of(n, out, done);
                if *done {
                    return;
                }
            }
        }
        Node::Group(_, n) => prefix_of(n, out, done),
        _ => *done = true,
    }
}

/// The single-character items one of which starts every match of `node`, when `node`
/// cannot match the empty string and each way through it starts with such an item.
fn first_of(node: &Node, out: &mut Vec<Single>) -> bool {
    match node {
        Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {
            out.push(single_of(node).unwrap());
            true
        }
        // Assertions consume nothing: the first character comes from what follows.
        Node::Cat(v) => v
            .iter()
            .find(|n| !matches!(n, Node::At(_) | Node::Look { .. }))
            .is_some_and(|n| first_of(n, out)),
        Node::Alt(v) => v.iter().all(|n| first_of(n, out)),
        Node::Group(_, n) | Node::Atomic(n) => first_of(n, out),
        Node::Repeat { node, min, .. } if *min >= 1 => first_of(node, out),
        _ => false,
    }
}

/// A quick filter for where a match may start: the ASCII characters that can begin one,
/// and whether any non-ASCII character can.
pub struct First {
    bits: [u64; 2],
    non_ascii: bool,
}

impl First {
    fn new(singles: &[Single]) -> First {
        let mut f = First {
            bits: [0; 2],
            non_ascii: false,
        };
        for c in 0..128u32 {
            if singles.iter().any(|s| s.matches(c)) {
                f.bits[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        f.non_ascii = singles
            .iter()
            .any(|s| !matches!(s, Single::Char(c) if *c < 128) && !matches!(s, Single::CharIA(_)));
        f
    }

    #[inline(always)]
    fn may(&self, c: u32) -> bool {
        if c < 128 {
            self.bits[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.non_ascii
        }
    }
}

fn anchored(node: &Node) -> bool {
    match node {
        Node::At(At::Beginning) => true,
        Node::Cat(v) => v.first().is_some_and(anchored),
        Node::Group(_, n) | Node::Atomic(n) => anchored(n),
        _ => false,
    }
}

pub fn compile(node: &Node, groups: usize) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        nreps: 0,
    };
    c.compile(node);
    c.emit(Inst::Match);
    let mut prefix = Vec::new();
    prefix_of(node, &mut prefix, &mut false);
    let mut singles = Vec::new();
    let first = if prefix.is_empty() && first_of(node, &mut singles) {
        Some(First::new(&singles))
    } else {
        None
    };
    Program {
        insts: c.insts,
        nslots: 2 * (groups + 1),
        nreps: c.nreps,
        prefix,
        first,
        anchored: anchored(node),
        spare: std::cell::Cell::new(Default::default()),
    }
}

type Spare = (Vec<Frame>, Vec<usize>, Vec<(usize, usize)>);

enum Frame {
    Alt {
        pc: usize,
        pos: usize,
    },
    Slot {
        slot: usize,
        old: usize,
        lastindex: usize,
    },
    Rep {
        id: usize,
        count: usize,
        last: usize,
    },
    RepOneGreedy {
        pc: usize,
        start: usize,
        count: usize,
    },
    RepOneLazy {
        pc: usize,
        start: usize,
        count: usize,
    },
    LazyBody {
        pc: usize,
        pos: usize,
    },
    Atomic,
    Look {
        pc: usize,
        pos: usize,
    },
}

impl Frame {
    fn is_undo(&self) -> bool {
        matches!(self, Frame::Slot { .. } | Frame::Rep { .. })
    }
}

pub struct Matcher<'a, T: Ch> {
    prog: &'a Program,
    text: &'a [T],
    end: usize,
    pub slots: Vec<usize>,
    reps: Vec<(usize, usize)>,
    stack: Vec<Frame>,
    pub lastindex: usize,
    /// Backtracking steps since the last check for Ctrl-C.
    steps: u32,
    /// Set when Ctrl-C or an exhausted stack stopped the match: the caller raises
    /// KeyboardInterrupt or MemoryError.
    pub interrupted: bool,
}

impl<T: Ch> Drop for Matcher<'_, T> {
    fn drop(&mut self) {
        // Keep the buffers for the program's next match (not a huge stack, though).
        let mut stack = std::mem::take(&mut self.stack);
        stack.clear();
        if stack.capacity() > 1 << 16 {
            stack = Vec::new();
        }
        let slots = std::mem::take(&mut self.slots);
        let reps = std::mem::take(&mut self.reps);
        self.prog.spare.set((stack, slots, reps));
    }
}

pub enum Mode {
    Match,
    FullMatch,
    Search,
}

impl<'a, T: Ch> Matcher<'a, T> {
    pub fn new(prog: &'a Program, text: &'a [T], end: usize) -> Self {
        let (stack, mut slots, mut reps) = prog.spare.take();
        slots.clear();
        slots.resize(prog.nslots, NONE);
        reps.clear();
        reps.resize(prog.nreps, (0, NONE));
        Matcher {
            prog,
            text,
            end,
            slots,
            reps,
            stack,
            lastindex: NONE,
            steps: 0,
            interrupted: false,
        }
    }

    /// Finds a match starting at or after `pos` (Search) or exactly at `pos`. On success
    /// slots 0 and 1 hold the span. `must_advance` refuses an empty match at `pos`.
    pub fn find(&mut self, pos: usize, mode: Mode, must_advance: bool) -> bool {
        let full = matches!(mode, Mode::FullMatch);
        if !matches!(mode, Mode::Search) {
            return self.run(pos, full, must_advance);
        }
        let prog = self.prog;
        let mut start = pos;
        if prog.anchored {
            return start == 0 && self.run(0, false, must_advance);
        }
        loop {
            if start > self.end {
                return false;
            }
            if !prog.prefix.is_empty() {
                let p0 = prog.prefix[0];
                let plen = prog.prefix.len();
                // Scan for the prefix.
                let mut s = start;
                loop {
                    if s + plen > self.end {
                        return false;
                    }
                    if self.text[s].u() == p0
                        && self.text[s + 1..s + plen]
                            .iter()
                            .zip(&prog.prefix[1..])
                            .all(|(a, b)| a.u() == *b)
                    {
                        break;
                    }
                    s += 1;
                }
                start = s;
            } else if let Some(f) = &prog.first {
                let mut s = start;
                while s < self.end && !f.may(self.text[s].u()) {
                    s += 1;
                }
                if s >= self.end {
                    return false;
                }
                start = s;
            }
            if self.run(start, false, must_advance && start == pos) {
                return true;
            }
            if self.interrupted {
                return false;
            }
            start += 1;
        }
    }

    fn reset(&mut self) {
        for s in self.slots.iter_mut() {
            *s = NONE;
        }
        for r in self.reps.iter_mut() {
            *r = (0, NONE);
        }
        self.stack.clear();
        self.lastindex = NONE;
    }

    #[inline(always)]
    fn at(&self, a: At, pos: usize) -> bool {
        let t = self.text;
        let end = self.end;
        match a {
            At::Beginning => pos == 0,
            At::BeginningLine => pos == 0 || t[pos - 1].u() == 10,
            At::End => pos == end,
            At::EndDollar => pos == end || (pos + 1 == end && t[pos].u() == 10),
            At::EndLine => pos == end || t[pos].u() == 10,
            At::Boundary(ascii) | At::NonBoundary(ascii) => {
                let before = pos > 0 && is_word(t[pos - 1].u(), ascii);
                let after = pos < end && is_word(t[pos].u(), ascii);
                let b = if end == 0 { false } else { before != after };
                if matches!(a, At::Boundary(_)) {
                    b
                } else {
                    end != 0 && !b
                }
            }
        }
    }

    fn backref(&self, group: usize, icase: bool, ascii: bool, pos: usize) -> Option<usize> {
        let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
        if s == NONE || e == NONE {
            return None;
        }
        let n = e.saturating_sub(s);
        if pos + n > self.end {
            return None;
        }
        for k in 0..n {
            let a = self.text[s + k].u();
            let b = self.text[pos + k].u();
            if a != b {
                if !icase {
                    return None;
                }
                let ok = if ascii {
                    ascii_lower(a) == ascii_lower(b)
                } else {
                    lower(a) == lower(b)
                };
                if !ok {
                    return None;
                }
            }
        }
        Some(pos + n)
    }

    #[inline(always)]
    fn set_slot(&mut self, slot: usize, v: usize) {
        self.stack.push(Frame::Slot {
            slot,
            old: self.slots[slot],
            lastindex: self.lastindex,
        });
        self.slots[slot] = v;
        if slot & 1 == 1 {
            self.lastindex = slot / 2;
        }
    }

    /// Enter another iteration of the repeat at `rpc` or leave it, at `pos`.
    fn rep_check(&mut self, rpc: usize, pos: usize) -> usize {
        let Inst::RepStart {
            id,
            min,
            max,
            lazy,
            exit,
        } = self.prog.insts[rpc]
        else {
            unreachable!()
        };
        let (count, last) = self.reps[id];
        if count < min {
            // Below the minimum the body runs again whatever it matched (CPython does not
            // record the position here, so an empty iteration does not stop the next).
            return rpc + 1;
        }
        if count < max && pos != last {
            if lazy {
                self.stack.push(Frame::LazyBody { pc: rpc, pos });
                return exit;
            }
            self.stack.push(Frame::Alt { pc: exit, pos });
            self.stack.push(Frame::Rep { id, count, last });
            self.reps[id].1 = pos;
            return rpc + 1;
        }
        exit
    }

    /// Counts how many times `s` matches from `pos`, up to `max`.
    #[inline(always)]
    fn count(&self, s: &Single, pos: usize, max: usize) -> usize {
        let limit = if max == INF {
            self.end
        } else {
            self.end.min(pos.saturating_add(max))
        };
        let t = &self.text[pos..limit];
        match s {
            Single::AnyAll => t.len(),
            Single::Char(c) => t.iter().take_while(|x| x.u() == *c).count(),
            Single::Any => t.iter().take_while(|x| x.u() != 10).count(),
            Single::Set(set) => t.iter().take_while(|x| set.contains(x.u())).count(),
            _ => t.iter().take_while(|x| s.matches(x.u())).count(),
        }
    }

    /// Whether the instruction after a single-character repeat could start at `p`: a
    /// cheap filter that skips hopeless backtracking positions.
    #[inline(always)]
    fn next_may_match(&self, pc: usize, p: usize) -> bool {
        match &self.prog.insts[pc] {
            Inst::One(Single::Char(c)) => p < self.end && self.text[p].u() == *c,
            _ => true,
        }
    }

    fn run(&mut self, start: usize, full: bool, must_advance: bool) -> bool {
        self.reset();
        let insts = &self.prog.insts;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            let ok = match &insts[pc] {
                Inst::One(s) => {
                    if pos < self.end && s.matches(self.text[pos].u()) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(a) => {
                    if self.at(*a, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(a, b) => {
                    if self.stack.len() >= MAX_STACK {
                        return self.abort();
                    }
                    self.stack.push(Frame::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Save(slot) => {
                    self.set_slot(*slot, pos);
                    pc += 1;
                    true
                }
                Inst::RepOne { s, min, max, kind } => {
                    let n = self.count(s, pos, if *kind == RepKind::Lazy { *min } else { *max });
                    if n < *min {
                        false
                    } else {
                        match kind {
                            RepKind::Possessive => {
                                pos += n;
                                pc += 1;
                            }
                            RepKind::Greedy => {
                                let mut n = n;
                                while n > *min && !self.next_may_match(pc + 1, pos + n) {
                                    n -= 1;
                                }
                                if n > *min {
                                    self.stack.push(Frame::RepOneGreedy {
                                        pc,
                                        start: pos,
                                        count: n,
                                    });
                                }
                                pos += n;
                                pc += 1;
                            }
                            RepKind::Lazy => {
                                if n < *max {
                                    self.stack.push(Frame::RepOneLazy {
                                        pc,
                                        start: pos,
                                        count: n,
                                    });
                                }
                                pos += n;
                                pc += 1;
                            }
                        }
                        true
                    }
                }
                Inst::RepStart { id, .. } => {
                    let id = *id;
                    let (count, last) = self.reps[id];
                    self.stack.push(Frame::Rep { id, count, last });
                    self.reps[id] = (0, NONE);
                    pc = self.rep_check(pc, pos);
                    true
                }
                Inst::RepEnd { start } => {
                    if self.stack.len() >= MAX_STACK {
                        return self.abort();
                    }
                    let rpc = *start;
                    let Inst::RepStart { id, .. } = insts[rpc] else {
                        unreachable!()
                    };
                    let (count, last) = self.reps[id];
                    self.stack.push(Frame::Rep { id, count, last });
                    self.reps[id].0 = count + 1;
                    pc = self.rep_check(rpc, pos);
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Frame::Atomic);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut(|f| matches!(f, Frame::Atomic));
                    pc += 1;
                    true
                }
                Inst::LookStart {
                    behind,
                    negate,
                    end,
                } => {
                    if *behind != NONE {
                        if pos < *behind {
                            // Too close to the start: a negative look-behind holds.
                            if *negate {
                                pc = *end;
                            }
                            *negate
                        } else {
                            self.stack.push(Frame::Look { pc, pos });
                            pos -= *behind;
                            pc += 1;
                            true
                        }
                    } else {
                        self.stack.push(Frame::Look { pc, pos });
                        pc += 1;
                        true
                    }
                }
                Inst::LookEnd => {
                    let k = self
                        .stack
                        .iter()
                        .rposition(|f| matches!(f, Frame::Look { .. }))
                        .unwrap();
                    let Frame::Look { pc: lpc, pos: lpos } = self.stack[k] else {
                        unreachable!()
                    };
                    let Inst::LookStart { negate, end, .. } = insts[lpc] else {
                        unreachable!()
                    };
                    if negate {
                        // The body matched: undo it and fail.
                        while self.stack.len() > k + 1 {
                            let f = self.stack.pop().unwrap();
                            self.undo(f);
                        }
                        self.stack.pop();
                        false
                    } else {
                        self.cut(|f| matches!(f, Frame::Look { .. }));
                        pos = lpos;
                        pc = end;
                        true
                    }
                }
                Inst::Backref {
                    group,
                    icase,
                    ascii,
                } => match self.backref(*group, *icase, *ascii, pos) {
                    Some(p) => {
                        pos = p;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::Cond { group, no } => {
                    if self.slots[2 * group] != NONE && self.slots[2 * group + 1] != NONE {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                    true
                }
                Inst::Match => {
                    if (full && pos != self.end) || (must_advance && pos == start) {
                        false
                    } else {
                        self.slots[0] = start;
                        self.slots[1] = pos;
                        return true;
                    }
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return false,
                }
            }
        }
    }

    /// Gives up on a match whose backtracking stack outgrew MAX_STACK: the caller raises
    /// MemoryError rather than letting the allocation abort the process.
    #[cold]
    fn abort(&mut self) -> bool {
        self.interrupted = true;
        self.stack = Vec::new();
        false
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Slot {
                slot,
                old,
                lastindex,
            } => {
                self.slots[slot] = old;
                self.lastindex = lastindex;
            }
            Frame::Rep { id, count, last } => self.reps[id] = (count, last),
            _ => {}
        }
    }

    /// Removes the choice points above the nearest barrier matching `is_barrier` and the
    /// barrier itself, keeping the undo records.
    fn cut(&mut self, is_barrier: impl Fn(&Frame) -> bool) {
        let k = self.stack.iter().rposition(is_barrier).unwrap();
        let mut w = k;
        for r in k + 1..self.stack.len() {
            if self.stack[r].is_undo() {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    fn backtrack(&mut self) -> Option<(usize, usize)> {
        self.steps = self.steps.wrapping_add(1);
        if self.steps & 0xffff == 0 && crate::signals::interrupt_pending() {
            self.interrupted = true;
            self.stack.clear();
            return None;
        }
        loop {
            let f = self.stack.pop()?;
            match f {
                Frame::Alt { pc, pos } => return Some((pc, pos)),
                Frame::Slot { .. } | Frame::Rep { .. } => self.undo(f),
                Frame::RepOneGreedy { pc, start, count } => {
                    let Inst::RepOne { min, .. } = self.prog.insts[pc] else {
                        unreachable!()
                    };
                    let mut n = count;
                    let mut found = false;
                    while n > min {
                        n -= 1;
                        if self.next_may_match(pc + 1, start + n) {
                            found = true;
                            break;
                        }
                    }
                    if !found {
                        continue;
                    }
                    if n > min {
                        self.stack.push(Frame::RepOneGreedy {
                            pc,
                            start,
                            count: n,
                        });
                    }
                    return Some((pc + 1, start + n));
                }
                Frame::RepOneLazy { pc, start, count } => {
                    let Inst::RepOne { ref s, max, .. } = self.prog.insts[pc] else {
                        unreachable!()
                    };
                    let p = start + count;
                    if count < max && p < self.end && s.matches(self.text[p].u()) {
                        if count + 1 < max {
                            self.stack.push(Frame::RepOneLazy {
                                pc,
                                start,
                                count: count + 1,
                            });
                        }
                        return Some((pc + 1, p + 1));
                    }
                }
                Frame::LazyBody { pc, pos } => {
                    let Inst::RepStart { id, .. } = self.prog.insts[pc] else {
                        unreachable!()
                    };
                    let (count, last) = self.reps[id];
                    self.stack.push(Frame::Rep { id, count, last });
                    self.reps[id].1 = pos;
                    return Some((pc + 1, pos));
                }
                Frame::Atomic => {}
                Frame::Look { pc, pos } => {
                    let Inst::LookStart { negate, end, .. } = self.prog.insts[pc] else {
                        unreachable!()
                    };
                    if negate {
                        return Some((end, pos));
                    }
                }
            }
        }
    }
}
