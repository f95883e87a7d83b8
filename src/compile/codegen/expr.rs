//! Expressions: constants and folding, operators, calls, displays, comprehensions,
//! f-strings, and conditional jumps on expressions.

use super::{Compiler, Label, R, binary_op};
use crate::bytecode::{
    CmpOp, Const, FORMAT_CONV_ASCII, FORMAT_CONV_NONE, FORMAT_CONV_REPR, FORMAT_CONV_STR,
    FORMAT_HAS_SPEC, Instr,
};
use crate::compile::symtable::{CompKind, ScopeKind};
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Number};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashSet;

/// CPython keeps at most this many items on the stack while building a display.
const STACK_USE_GUIDELINE: usize = 30;
/// Constant folding looks this deep into nested tuples and unary operators.
const FOLD_DEPTH: usize = 100;

#[derive(Clone, Copy)]
pub(super) enum Seq {
    List,
    Set,
}

fn normalize(b: BigInt) -> Const {
    match i64::try_from(&b) {
        Ok(i) => Const::Int(i),
        Err(_) => Const::BigInt(b),
    }
}

/// An integer literal; ruff only pre-parses those that fit in 64 bits, the others keep
/// their source text (prefix and underscores included).
pub(crate) fn int_const(i: &ast::Int) -> Option<Const> {
    if let Some(v) = i.as_i64() {
        return Some(Const::Int(v));
    }
    let text: String = i
        .to_string()
        .chars()
        .filter(|&c| c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = text.strip_prefix("0x") {
        (r, 16)
    } else if let Some(r) = text.strip_prefix("0o") {
        (r, 8)
    } else if let Some(r) = text.strip_prefix("0b") {
        (r, 2)
    } else {
        (text.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map(normalize)
}

fn negate(c: Const) -> Option<Const> {
    Some(match c {
        Const::Int(i) => match i.checked_neg() {
            Some(n) => Const::Int(n),
            None => normalize(-BigInt::from(i)),
        },
        Const::BigInt(b) => normalize(-b),
        Const::Float(f) => Const::Float(-f),
        Const::Complex(r, i) => Const::Complex(-r, -i),
        _ => return None,
    })
}

fn as_real(c: &Const) -> Option<f64> {
    match c {
        Const::Int(i) => Some(*i as f64),
        Const::Float(f) => Some(*f),
        _ => None,
    }
}

/// Truthiness of a constant, as `bool()` would compute it.
fn truthy(c: &Const) -> bool {
    match c {
        Const::None => false,
        Const::Ellipsis | Const::Code(_) => true,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != 0,
        Const::BigInt(b) => *b != BigInt::from(0),
        Const::Float(f) => *f != 0.0,
        Const::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
    }
}

fn cmp_instr(op: ast::CmpOp) -> Instr {
    use ast::CmpOp as C;
    match op {
        C::Eq => Instr::CompareOp(CmpOp::Eq),
        C::NotEq => Instr::CompareOp(CmpOp::Ne),
        C::Lt => Instr::CompareOp(CmpOp::Lt),
        C::LtE => Instr::CompareOp(CmpOp::Le),
        C::Gt => Instr::CompareOp(CmpOp::Gt),
        C::GtE => Instr::CompareOp(CmpOp::Ge),
        C::Is => Instr::IsOp(0),
        C::IsNot => Instr::IsOp(1),
        C::In => Instr::ContainsOp(0),
        C::NotIn => Instr::ContainsOp(1),
    }
}

impl<'a> Compiler<'a, '_> {
    /// The value of an expression that folds to a constant (literals, negative numbers,
    /// complex literals like `1+2j`, tuples of constants).
    pub(super) fn constant(&self, e: &Expr) -> Option<Const> {
        fold(e, 0)
    }

    pub(super) fn expr(&mut self, e: &'a Expr) -> R {
        let saved = self.cur.line;
        self.set_line(e.range());
        self.descend(e.range())?;
        let r = self.expr_inner(e);
        self.ascend();
        self.cur.line = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        if let Some(c) = self.constant(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = match b.op {
                    ast::BoolOp::And => Instr::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Instr::JumpIfTrueOrPop,
                };
                let Some((last, init)) = b.values.split_last() else {
                    return Err(self.internal("empty boolean operation"));
                };
                for v in init {
                    self.expr(v)?;
                    self.jump(jump, end);
                }
                self.expr(last)?;
                self.place(end);
                Ok(())
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.assign_target(&n.target)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::BinaryOp(binary_op(b.op)));
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Not => Instr::UnaryNot,
                    ast::UnaryOp::USub => Instr::UnaryNegative,
                    ast::UnaryOp::UAdd => Instr::UnaryPositive,
                    ast::UnaryOp::Invert => Instr::UnaryInvert,
                });
                Ok(())
            }
            Expr::Lambda(l) => self.lambda(l),
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, orelse, false)?;
                self.expr(&i.body)?;
                self.jump(Instr::Jump, end);
                self.place(orelse);
                self.expr(&i.orelse)?;
                self.place(end);
                Ok(())
            }
            Expr::Dict(d) => self.dict(d),
            Expr::Set(s) => self.starunpack(&s.elts, 0, Seq::Set, false),
            Expr::ListComp(c) => self.comprehension(e, &c.generators, &c.elt, None, CompKind::List),
            Expr::SetComp(c) => self.comprehension(e, &c.generators, &c.elt, None, CompKind::Set),
            Expr::Generator(c) => {
                self.comprehension(e, &c.generators, &c.elt, None, CompKind::Generator)
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(e, &c.generators, k, Some(&c.value), CompKind::Dict),
                None => Err(self.error(
                    "dict unpacking cannot be used in dict comprehension",
                    c.range,
                )),
            },
            Expr::Await(a) if self.in_async() => {
                self.expr(&a.value)?;
                self.emit_await(0);
                Ok(())
            }
            Expr::Await(a) => Err(self.await_error(a.range)),
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
                Ok(())
            }
            Expr::Compare(c) => self.compare(c),
            Expr::Call(c) => self.call(c),
            Expr::FString(f) => self.fstring(f),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.cur.line = self.line_of(a.attr.range);
                let i = self.attr_index(&a.attr);
                self.emit(Instr::LoadAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Instr::BinarySubscr);
                Ok(())
            }
            Expr::Starred(s) if self.in_fstring > 0 => {
                Err(self.error("f-string: cannot use starred expression here", s.range))
            }
            Expr::Starred(s) => Err(self.error("can't use starred expression here", s.range)),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::List(l) => self.starunpack(&l.elts, 0, Seq::List, false),
            Expr::Tuple(t) => self.starunpack(&t.elts, 0, Seq::List, true),
            Expr::Slice(s) => self.slice(s),
            Expr::TString(t) => Err(self.error("invalid syntax", t.range)),
            Expr::IpyEscapeCommand(i) => Err(self.error("invalid syntax", i.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => Err(self.error("invalid literal", e.range())),
        }
    }

    fn check_yield(&self, range: TextRange) -> R {
        if !self.cur.kind.is_function() {
            return Err(self.error("'yield' outside function", range));
        }
        Ok(())
    }

    pub(super) fn await_error(&self, range: TextRange) -> crate::compile::CompileError {
        if matches!(self.cur.kind, ScopeKind::Comprehension(_)) {
            self.error(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            )
        } else if self.cur.kind.is_function() {
            self.error("'await' outside async function", range)
        } else {
            self.error("'await' outside function", range)
        }
    }

    pub(super) fn subscript_key(&mut self, key: &'a Expr) -> R {
        match key {
            Expr::Slice(s) => {
                let saved = self.cur.line;
                let r = self.slice(s);
                self.cur.line = saved;
                r
            }
            other => self.expr(other),
        }
    }

    #[inline(never)]
    fn slice(&mut self, s: &'a ast::ExprSlice) -> R {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.load_const(Const::None),
            }
        }
        match &s.step {
            Some(step) => {
                self.expr(step)?;
                self.emit(Instr::BuildSlice(3));
            }
            None => self.emit(Instr::BuildSlice(2)),
        }
        Ok(())
    }

    // ---- comparisons and conditional jumps ----

    #[inline(never)]
    fn compare(&mut self, c: &'a ast::ExprCompare) -> R {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let Some((last_op, ops)) = c.ops.split_last() else {
            return Err(self.internal("empty comparison"));
        };
        let Some((last, comparators)) = c.comparators.split_last() else {
            return Err(self.internal("empty comparison"));
        };
        if n == 1 {
            self.expr(last)?;
            self.emit(cmp_instr(*last_op));
            return Ok(());
        }
        let cleanup = self.new_label();
        for (op, right) in ops.iter().zip(comparators) {
            self.expr(right)?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(cmp_instr(*op));
            self.jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.expr(last)?;
        self.emit(cmp_instr(*last_op));
        let end = self.new_label();
        self.jump(Instr::Jump, end);
        self.place(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.place(end);
        Ok(())
    }

    /// Jumps to `target` when the truth value of `e` equals `cond`, consuming `e`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> R {
        let saved = self.cur.line;
        self.set_line(e.range());
        self.descend(e.range())?;
        let r = self.jump_if_inner(e, target, cond);
        self.ascend();
        self.cur.line = saved;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> R {
        if let Some(c) = self.constant(e) {
            if truthy(&c) == cond {
                self.jump(Instr::Jump, target);
            }
            return Ok(());
        }
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if(&u.operand, target, !cond)
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let next2 = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                let Some((last, init)) = b.values.split_last() else {
                    return Err(self.internal("empty boolean operation"));
                };
                for v in init {
                    self.jump_if(v, next2, is_or)?;
                }
                self.jump_if(last, target, cond)?;
                if next2 != target {
                    self.place(next2);
                }
                Ok(())
            }
            Expr::If(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, target, cond)?;
                self.jump(Instr::Jump, end);
                self.place(next2);
                self.jump_if(&i.orelse, target, cond)?;
                self.place(end);
                Ok(())
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                let cleanup = self.new_label();
                self.expr(&c.left)?;
                let (Some((last_op, ops)), Some((last, comparators))) =
                    (c.ops.split_last(), c.comparators.split_last())
                else {
                    return Err(self.internal("empty comparison"));
                };
                for (op, right) in ops.iter().zip(comparators) {
                    self.expr(right)?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.emit(cmp_instr(*op));
                    self.jump(Instr::PopJumpIfFalse, cleanup);
                }
                self.expr(last)?;
                self.emit(cmp_instr(*last_op));
                self.jump(
                    if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    target,
                );
                let end = self.new_label();
                self.jump(Instr::Jump, end);
                self.place(cleanup);
                self.emit(Instr::PopTop);
                if !cond {
                    self.jump(Instr::Jump, target);
                }
                self.place(end);
                Ok(())
            }
            _ => {
                self.expr(e)?;
                self.jump(
                    if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    target,
                );
                Ok(())
            }
        }
    }

    // ---- calls ----

    #[inline(never)]
    fn call(&mut self, c: &'a ast::ExprCall) -> R {
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        if let Expr::Attribute(a) = &*c.func
            && keywords.is_empty()
            && !args.iter().any(Expr::is_starred_expr)
        {
            self.expr(&a.value)?;
            let attr_line = self.line_of(a.attr.range);
            self.cur.line = attr_line;
            let i = self.attr_index(&a.attr);
            self.emit(Instr::LoadMethod(i));
            for arg in args.iter() {
                self.expr(arg)?;
            }
            self.cur.line = attr_line;
            self.emit(Instr::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_helper(0, args, keywords, c.range())
    }

    fn validate_keywords(&self, keywords: &[ast::Keyword]) -> R {
        let mut seen = HashSet::new();
        for k in keywords {
            if let Some(arg) = &k.arg
                && !seen.insert(arg.as_str())
            {
                return Err(self.error(format!("keyword argument repeated: {arg}"), k.range));
            }
        }
        Ok(())
    }

    /// Arguments of a call whose callable (and `pushed` leading positional arguments) are
    /// already on the stack.
    #[inline(never)]
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: TextRange,
    ) -> R {
        self.validate_keywords(keywords)?;
        let has_star =
            args.iter().any(Expr::is_starred_expr) || keywords.iter().any(|k| k.arg.is_none());
        if !has_star {
            for a in args {
                self.expr(a)?;
            }
            self.set_line(range);
            let n = pushed + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(n));
            } else {
                let mut names = Vec::with_capacity(keywords.len());
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Const::Str(
                        k.arg.as_ref().map_or(String::new(), |a| a.to_string()),
                    ));
                }
                self.set_line(range);
                self.load_const(Const::Tuple(names));
                self.emit(Instr::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        self.starunpack(args, pushed, Seq::List, true)?;
        if !keywords.is_empty() {
            self.kwargs_dict(keywords)?;
        }
        self.set_line(range);
        self.emit(Instr::CallFunctionEx(u32::from(!keywords.is_empty())));
        Ok(())
    }

    #[inline(never)]
    fn kwargs_dict(&mut self, keywords: &'a [ast::Keyword]) -> R {
        let mut have_dict = false;
        let mut nseen = 0;
        for (i, kw) in keywords.iter().enumerate() {
            if kw.arg.is_some() {
                nseen += 1;
                continue;
            }
            if nseen > 0 {
                self.sub_kwargs(&keywords[i - nseen..i])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
                have_dict = true;
                nseen = 0;
            }
            if !have_dict {
                self.emit(Instr::BuildMap(0));
                have_dict = true;
            }
            self.expr(&kw.value)?;
            self.emit(Instr::DictMerge(1));
        }
        if nseen > 0 {
            self.sub_kwargs(&keywords[keywords.len() - nseen..])?;
            if have_dict {
                self.emit(Instr::DictMerge(1));
            }
        }
        Ok(())
    }

    fn sub_kwargs(&mut self, keywords: &'a [ast::Keyword]) -> R {
        for k in keywords {
            let name = k.arg.as_ref().map_or(String::new(), |a| a.to_string());
            self.load_const(Const::Str(name));
            self.expr(&k.value)?;
        }
        self.emit(Instr::BuildMap(keywords.len() as u32));
        Ok(())
    }

    // ---- displays ----

    /// Builds a list/tuple/set from elements that may contain `*iterable` (CPython's
    /// `starunpack_helper`); `pushed` items already on the stack become its first items.
    #[inline(never)]
    pub(super) fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, seq: Seq, tuple: bool) -> R {
        let n = elts.len();
        type Op = fn(u32) -> Instr;
        let (build, add, extend): (Op, Op, Op) = match seq {
            Seq::List => (Instr::BuildList, Instr::ListAppend, Instr::ListExtend),
            Seq::Set => (Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate),
        };
        if n > 2
            && let Some(items) = elts
                .iter()
                .map(|e| self.constant(e))
                .collect::<Option<Vec<_>>>()
        {
            if tuple && pushed == 0 {
                self.load_const(Const::Tuple(items));
            } else {
                self.emit(build(pushed));
                self.load_const(Const::Tuple(items));
                self.emit(extend(1));
                if tuple {
                    self.emit(Instr::ListToTuple);
                }
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(Expr::is_starred_expr);
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            let count = n as u32 + pushed;
            self.emit(if tuple {
                Instr::BuildTuple(count)
            } else {
                build(count)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.expr(&s.value)?;
                self.emit(extend(1));
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn sub_dict(&mut self, items: &'a [ast::DictItem]) -> R {
        let big = items.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for item in items {
            if let Some(k) = &item.key {
                self.expr(k)?;
            }
            self.expr(&item.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(items.len() as u32));
        }
        Ok(())
    }

    #[inline(never)]
    fn dict(&mut self, d: &'a ast::ExprDict) -> R {
        let items = &d.items;
        let n = items.len();
        let mut have_dict = false;
        let mut elements = 0;
        for (i, item) in items.iter().enumerate() {
            if item.key.is_none() {
                if elements > 0 {
                    self.sub_dict(&items[i - elements..i])?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.expr(&item.value)?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.sub_dict(&items[i - elements..=i])?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.sub_dict(&items[n - elements..])?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    // ---- comprehensions ----

    /// A comprehension is a nested function called with the iterator of its outermost
    /// iterable, which is evaluated in the enclosing scope.
    #[inline(never)]
    fn comprehension(
        &mut self,
        node: &'a Expr,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Err(self.internal("comprehension without generators"));
        };
        let scope = self.scope_of(node, node.range())?;
        // An async list, set or dict comprehension is a coroutine awaited in place, which
        // only an async scope can do; an async generator expression is just created.
        let awaited = self.table.scopes[scope].is_async && kind != CompKind::Generator;
        if awaited && !self.in_async() {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                node.range(),
            ));
        }
        let name = kind.code_name();
        let qualname = self.qualname_for(name, ScopeKind::Comprehension(kind));
        let line = self.line_of(node.range());
        self.push_unit(scope, name, qualname, line);
        self.cur.argcount = 1;
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Generator => {}
        }
        self.comprehension_loop(generators, 0, elt, value, kind)?;
        if kind == CompKind::Generator {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.make_function(code, 0)?;
        self.expr(&outermost.iter)?;
        self.emit(if outermost.is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        if awaited {
            self.emit_await(0);
        }
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let Some(g) = generators.get(index) else {
            return Err(self.internal("comprehension index"));
        };
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        self.place(start);
        if g.is_async {
            self.async_next(anchor);
        } else {
            self.jump(Instr::ForIter, anchor);
        }
        self.assign_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(generators, index + 1, elt, value, kind)?;
        } else {
            let depth = index as u32 + 2;
            match kind {
                CompKind::Generator => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Instr::MapAdd(depth));
                }
            }
        }
        self.place(if_cleanup);
        self.jump(Instr::Jump, start);
        self.place(anchor);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }

    // ---- f-strings ----

    #[inline(never)]
    fn fstring(&mut self, f: &'a ast::ExprFString) -> R {
        let mut pending = String::new();
        let mut parts = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => pending.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    self.fstring_elements(&fs.elements, &mut pending, &mut parts, 0)?;
                }
            }
        }
        if !pending.is_empty() || parts == 0 {
            self.load_const(Const::Str(pending));
            parts += 1;
        }
        if parts > 1 {
            self.emit(Instr::BuildString(parts));
        }
        Ok(())
    }

    fn fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        pending: &mut String,
        parts: &mut u32,
        spec_depth: u32,
    ) -> R {
        for el in elements.iter() {
            let i = match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    pending.push_str(&l.value);
                    continue;
                }
                ast::InterpolatedStringElement::Interpolation(i) => i,
            };
            if spec_depth >= 2 {
                return Err(self.error("f-string: expressions nested too deeply", i.range));
            }
            if let Some(debug) = &i.debug_text {
                pending.push_str(debug.leading());
                pending.push_str(debug.expression());
                pending.push_str(debug.trailing());
            }
            if !pending.is_empty() {
                self.load_const(Const::Str(std::mem::take(pending)));
                *parts += 1;
            }
            self.in_fstring += 1;
            let r = self.expr(&i.expression);
            self.in_fstring -= 1;
            r?;
            let mut flags = match i.conversion {
                ast::ConversionFlag::None if i.debug_text.is_some() && i.format_spec.is_none() => {
                    FORMAT_CONV_REPR
                }
                ast::ConversionFlag::None => FORMAT_CONV_NONE,
                ast::ConversionFlag::Str => FORMAT_CONV_STR,
                ast::ConversionFlag::Repr => FORMAT_CONV_REPR,
                ast::ConversionFlag::Ascii => FORMAT_CONV_ASCII,
            };
            if let Some(spec) = &i.format_spec {
                let mut spec_text = String::new();
                let mut spec_parts = 0u32;
                self.fstring_elements(
                    &spec.elements,
                    &mut spec_text,
                    &mut spec_parts,
                    spec_depth + 1,
                )?;
                if !spec_text.is_empty() || spec_parts == 0 {
                    self.load_const(Const::Str(spec_text));
                    spec_parts += 1;
                }
                if spec_parts > 1 {
                    self.emit(Instr::BuildString(spec_parts));
                }
                flags |= FORMAT_HAS_SPEC;
            }
            self.emit(Instr::FormatValue(flags));
            *parts += 1;
        }
        Ok(())
    }
}

fn fold(e: &Expr, depth: usize) -> Option<Const> {
    if depth > FOLD_DEPTH {
        return None;
    }
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => int_const(i),
            Number::Float(f) => Some(Const::Float(*f)),
            Number::Complex { real, imag } => Some(Const::Complex(*real, *imag)),
        },
        Expr::StringLiteral(s) => Some(Const::Str(s.value.to_str().to_string())),
        Expr::BytesLiteral(b) => Some(Const::Bytes(b.value.bytes().collect())),
        Expr::BooleanLiteral(b) => Some(Const::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Const::None),
        Expr::EllipsisLiteral(_) => Some(Const::Ellipsis),
        // Like CPython without -O, `__debug__` is the constant True.
        Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ast::ExprContext::Load => {
            Some(Const::Bool(true))
        }
        Expr::UnaryOp(u) => {
            let inner = fold(&u.operand, depth + 1)?;
            if matches!(inner, Const::Bool(_)) {
                return None;
            }
            match u.op {
                ast::UnaryOp::USub => negate(inner),
                ast::UnaryOp::UAdd => match inner {
                    c @ (Const::Int(_)
                    | Const::BigInt(_)
                    | Const::Float(_)
                    | Const::Complex(..)) => Some(c),
                    _ => None,
                },
                ast::UnaryOp::Invert => match inner {
                    Const::Int(i) => Some(Const::Int(!i)),
                    Const::BigInt(b) => Some(normalize(-b - 1)),
                    _ => None,
                },
                ast::UnaryOp::Not => None,
            }
        }
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            // Complex literals such as `1+2j` (match patterns rely on these folding).
            let left = fold(&b.left, depth + 1)?;
            let Const::Complex(re, im) = fold(&b.right, depth + 1)? else {
                return None;
            };
            let l = as_real(&left)?;
            if re != 0.0 || re.is_sign_negative() {
                return None;
            }
            Some(match b.op {
                // As at run time: the real left operand has imaginary part +0.0.
                ast::Operator::Add => Const::Complex(l + re, 0.0 + im),
                _ => Const::Complex(l - re, 0.0 - im),
            })
        }
        Expr::Tuple(t) => t
            .elts
            .iter()
            .map(|x| fold(x, depth + 1))
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        _ => None,
    }
}
