//! `match` statements, compiled like CPython 3.11's `compiler_pattern*` functions.
//!
//! While a pattern is being matched, the values it captures are kept on the stack (under
//! whatever the pattern still needs) and only stored to their names once the whole pattern
//! has matched. `on_top` counts the items the current pattern keeps above the captures; a
//! failing check jumps to `fail_pop[n]`, which pops the `n` items that are on the stack at
//! that point before falling through to the next case.

use super::{Compiler, Label, NameCtx, R, const_key};
use crate::bytecode::{CmpOp, Const, Instr};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashSet;

struct PatternCtx {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Python's `repr` of a constant, for error messages.
fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(r, i) => {
            if *r == 0.0 && !r.is_sign_negative() {
                format!("{i:?}j")
            } else {
                format!("({r:?}{i:+?}j)")
            }
        }
        Const::Str(s) => {
            let quote = if s.contains('\'') && !s.contains('"') {
                '"'
            } else {
                '\''
            };
            let mut out = String::from(quote);
            for ch in s.chars() {
                match ch {
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if c == quote => {
                        out.push('\\');
                        out.push(c);
                    }
                    c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push(quote);
            out
        }
        Const::Bytes(b) => {
            let mut out = String::from("b'");
            for &byte in b {
                match byte {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(byte as char),
                    _ => out.push_str(&format!("\\x{byte:02x}")),
                }
            }
            out.push('\'');
            out
        }
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::Code(_) => "<code>".into(),
    }
}

/// Mapping keys that Python considers equal (`1`, `1.0`, `True`) are duplicates.
fn equality_class(c: &Const) -> Const {
    match c {
        Const::Bool(b) => Const::Int(i64::from(*b)),
        Const::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Const::Int(*f as i64),
        Const::Complex(r, i) if *i == 0.0 => equality_class(&Const::Float(*r)),
        other => other.clone(),
    }
}

impl<'a> Compiler<'a, '_> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = &m.cases;
        let n = cases.len();
        let Some(last) = cases.last() else {
            return Err(self.internal("match without cases"));
        };
        let has_default = is_wildcard(&last.pattern) && n > 1;
        let looped = n - usize::from(has_default);
        for (i, case) in cases.iter().take(looped).enumerate() {
            self.set_line(case.pattern.range());
            let keep_subject = i + 1 != looped;
            if keep_subject {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, NameCtx::Store)?;
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_pop_label(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if keep_subject {
                self.emit(Instr::PopTop);
            }
            self.stmts(&case.body)?;
            self.jump(Instr::Jump, end);
            self.set_line(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_line(last.pattern.range());
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&last.body)?;
        }
        self.place(end);
        Ok(())
    }

    fn fail_pop_label(&mut self, pc: &mut PatternCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        let l = self.fail_pop_label(pc, pops);
        self.jump(op, l);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else {
            return;
        };
        for l in rest.iter().rev() {
            self.place(*l);
            self.emit(Instr::PopTop);
        }
        self.place(*first);
    }

    /// Moves TOS down under `count - 1` items.
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit(Instr::Swap(k as u32));
        }
    }

    fn store_capture(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatternCtx,
        range: TextRange,
    ) -> R {
        let Some(name) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        if name.as_str() == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        if pc.stores.iter().any(|s| s == name.as_str()) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        let saved = self.cur.line;
        self.set_line(p.range());
        self.descend(p.range())?;
        let r = self.pattern_inner(p, pc);
        self.ascend();
        self.cur.line = saved;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                });
                self.emit(Instr::IsOp(0));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, s.range, pc),
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc),
            Pattern::MatchClass(c) => self.class_pattern(c, pc),
            Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc, s.range),
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, a.range));
                    }
                    self.store_capture(a.name.as_ref(), pc, a.range)
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Instr::Copy(1));
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(a.name.as_ref(), pc, a.range)
                }
            },
            Pattern::MatchOr(o) => self.or_pattern(o, pc),
        }
    }

    fn sequence_pattern(
        &mut self,
        patterns: &'a [Pattern],
        range: TextRange,
        pc: &mut PatternCtx,
    ) -> R {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", range));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Const::Int(size as i64));
                self.emit(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Instr::GetLen);
                self.load_const(Const::Int(size as i64 - 1));
                self.emit(Instr::CompareOp(CmpOp::Ge));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::PopTop);
            return Ok(());
        }
        match star {
            Some(star) if star_wildcard => self.sequence_subscr(patterns, star, pc),
            _ => self.sequence_unpack(patterns, star, range, pc),
        }
    }

    fn sequence_unpack(
        &mut self,
        patterns: &'a [Pattern],
        star: Option<usize>,
        range: TextRange,
        pc: &mut PatternCtx,
    ) -> R {
        let size = patterns.len();
        match star {
            Some(i) => {
                let after = size - i - 1;
                if i >= 256 || after >= (1 << 23) {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        range,
                    ));
                }
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
            None => self.emit(Instr::UnpackSequence(size as u32)),
        }
        pc.on_top += size;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `[first, *_, last]`: index the subject instead of unpacking it.
    fn sequence_subscr(&mut self, patterns: &'a [Pattern], star: usize, pc: &mut PatternCtx) -> R {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Instr::Copy(1));
            if i < star {
                self.load_const(Const::Int(i as i64));
            } else {
                self.emit(Instr::GetLen);
                self.load_const(Const::Int((size - i) as i64));
                self.emit(Instr::BinaryOp(crate::bytecode::BinOp::Sub));
            }
            self.emit(Instr::BinarySubscr);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> R {
        let keys = &m.keys;
        let size = keys.len();
        if size != m.patterns.len() {
            return Err(self.internal("mapping pattern key/pattern mismatch"));
        }
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Const::Int(size as i64));
            self.emit(Instr::CompareOp(CmpOp::Ge));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        let mut seen = HashSet::new();
        for key in keys.iter() {
            match self.constant(key) {
                Some(c) => {
                    if let Some(k) = const_key(&equality_class(&c))
                        && !seen.insert(k)
                    {
                        return Err(self.error(
                            format!("mapping pattern checks duplicate key ({})", const_repr(&c)),
                            m.range,
                        ));
                    }
                }
                None if matches!(key, Expr::Attribute(_)) => {}
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        key.range(),
                    ));
                }
            }
            self.expr(key)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.load_const(Const::None);
        self.emit(Instr::IsOp(1));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for p in m.patterns.iter() {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // Stack: [subject, keys]; whatever follows consumes both.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Instr::CopyDictWithoutKeys);
                // [subject, rest]: store `rest` beneath the subject, then drop the subject.
                pc.on_top += 1;
                self.store_capture(Some(rest), pc, m.range)?;
                pc.on_top -= 1;
                self.emit(Instr::PopTop);
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> R {
        let positional = &c.arguments.patterns;
        let keywords = &c.arguments.keywords;
        let nargs = positional.len();
        let nattrs = keywords.len();
        for (i, k) in keywords.iter().enumerate() {
            if k.attr.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", k.range));
            }
            if let Some(dup) = keywords[i + 1..]
                .iter()
                .find(|o| o.attr.as_str() == k.attr.as_str())
            {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {}", k.attr),
                    dup.pattern.range(),
                ));
            }
        }
        self.expr(&c.cls)?;
        let names = keywords
            .iter()
            .map(|k| Const::Str(k.attr.to_string()))
            .collect();
        self.load_const(Const::Tuple(names));
        self.emit(Instr::MatchClass(nargs as u32));
        self.emit(Instr::Copy(1));
        self.load_const(Const::None);
        self.emit(Instr::IsOp(1));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence((nargs + nattrs) as u32));
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        let all = positional.iter().chain(keywords.iter().map(|k| &k.pattern));
        for p in all {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Instr::PopTop);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> R {
        let end = self.new_label();
        let size = o.patterns.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_line(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Instr::Copy(1));
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) => {
                    if ctrl.len() != pc.stores.len() {
                        return Err(
                            self.error("alternative patterns bind different names", o.range)
                        );
                    }
                    // Reorder the captures on the stack to the first alternative's order.
                    let nstores = ctrl.len();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctrl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.error("alternative patterns bind different names", o.range)
                            );
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, s) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, s);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Instr::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        // No alternative matched: drop the subject copy and fail.
        self.emit(Instr::PopTop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.place(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o.range,
                ));
            }
            pc.stores.push(name);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}
