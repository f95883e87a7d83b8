//! Expression → source text, for `from __future__ import annotations`: each annotation is
//! stored as the string CPython 3.11 would produce for it. Written against observed
//! `python3` output: literals print as their `repr` (`0x10` → `16`, `'a'` → `'a'`),
//! spacing is normalized (`List[ int ]` → `List[int]`) and parentheses appear only where
//! the operator binding requires them.

use crate::runtime::format::float_repr::float_repr;
use crate::runtime::strops;
use ruff_python_ast::{self as ast, Expr, Number};
use ruff_text_size::{Ranged, TextRange};

/// How tightly the surrounding context binds; an expression that binds more loosely than
/// the context asks for is parenthesized. Ordered from loosest to tightest.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Bind {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Unary,
    Power,
    Await,
    Atom,
}

impl Bind {
    fn tighter(self) -> Bind {
        use Bind::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Unary,
            Unary => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

fn operator_bind(op: ast::Operator) -> Bind {
    use ast::Operator as O;
    match op {
        O::Add | O::Sub => Bind::Arith,
        O::Mult | O::MatMult | O::Div | O::Mod | O::FloorDiv => Bind::Term,
        O::Pow => Bind::Power,
        O::LShift | O::RShift => Bind::Shift,
        O::BitOr => Bind::BitOr,
        O::BitXor => Bind::BitXor,
        O::BitAnd => Bind::BitAnd,
    }
}

/// Why an annotation has no string, and where.
pub(crate) struct Forbidden {
    /// The expression that may not appear in an annotation under the future import
    /// (outside a lambda), as the SyntaxError names it; None when the expression nests
    /// deeper than `depth_left` allows.
    pub what: Option<&'static str>,
    pub range: TextRange,
}

/// The annotation string for `e`, nesting at most `depth_left` expressions deep.
pub(crate) fn annotation_text(e: &Expr, depth_left: usize) -> Result<String, Forbidden> {
    let mut w = Writer {
        out: String::new(),
        in_lambda: 0,
        depth_left,
    };
    w.expr(e, Bind::Test)?;
    Ok(w.out)
}

struct Writer {
    out: String,
    /// Yield and await are allowed inside a lambda's body.
    in_lambda: u32,
    /// How many more levels of expression nesting the compiler accepts.
    depth_left: usize,
}

type W = Result<(), Forbidden>;

/// The text of a float literal: its repr, with infinity spelled as a literal that
/// overflows to it.
fn float_text(f: f64) -> String {
    if f.is_infinite() {
        "1e309".to_string()
    } else {
        float_repr(f)
    }
}

impl Writer {
    fn put(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn comma_list<'e>(&mut self, items: impl IntoIterator<Item = &'e Expr>, bind: Bind) -> W {
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.put(", ");
            }
            self.expr(item, bind)?;
        }
        Ok(())
    }

    /// `open` and `close` around `body` when `needed`.
    fn wrapped(&mut self, needed: bool, body: impl FnOnce(&mut Self) -> W) -> W {
        if needed {
            self.put("(");
        }
        body(self)?;
        if needed {
            self.put(")");
        }
        Ok(())
    }

    fn forbid(&self, what: &'static str, e: &Expr) -> W {
        if self.in_lambda == 0 {
            return Err(Forbidden {
                what: Some(what),
                range: e.range(),
            });
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr, ctx: Bind) -> W {
        if self.depth_left == 0 {
            return Err(Forbidden {
                what: None,
                range: e.range(),
            });
        }
        self.depth_left -= 1;
        let r = self.expr_inner(e, ctx);
        self.depth_left += 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr, ctx: Bind) -> W {
        match e {
            Expr::Name(n) => self.put(n.id.as_str()),
            Expr::NoneLiteral(_) => self.put("None"),
            Expr::BooleanLiteral(b) => self.put(if b.value { "True" } else { "False" }),
            Expr::EllipsisLiteral(_) => self.put("..."),
            Expr::NumberLiteral(n) => self.number(&n.value),
            Expr::StringLiteral(s) => self.put(&strops::repr(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.put(&strops::bytes_repr(&bytes));
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => self.put("..."),
            Expr::Attribute(a) => {
                self.expr(&a.value, Bind::Atom)?;
                // `1.real` would lex as a float; CPython writes `1 .real`.
                if let Expr::NumberLiteral(ast::ExprNumberLiteral {
                    value: Number::Int(_),
                    ..
                }) = &*a.value
                {
                    self.put(" ");
                }
                self.put(".");
                self.put(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, Bind::Atom)?;
                self.put("[");
                self.subscript_index(&s.slice)?;
                self.put("]");
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Starred(s) => {
                self.put("*");
                self.expr(&s.value, Bind::BitOr)?;
            }
            Expr::Tuple(t) => {
                if t.elts.is_empty() {
                    self.put("()");
                } else {
                    self.wrapped(ctx > Bind::Tuple, |w| w.tuple_items(&t.elts))?;
                }
            }
            Expr::List(l) => {
                self.put("[");
                self.comma_list(&l.elts, Bind::Test)?;
                self.put("]");
            }
            Expr::Set(s) => {
                self.put("{");
                self.comma_list(&s.elts, Bind::Test)?;
                self.put("}");
            }
            Expr::Dict(d) => {
                self.put("{");
                for (i, item) in d.items.iter().enumerate() {
                    if i > 0 {
                        self.put(", ");
                    }
                    match &item.key {
                        Some(k) => {
                            self.expr(k, Bind::Test)?;
                            self.put(": ");
                        }
                        None => self.put("**"),
                    }
                    let vb = if item.key.is_some() {
                        Bind::Test
                    } else {
                        Bind::BitOr
                    };
                    self.expr(&item.value, vb)?;
                }
                self.put("}");
            }
            Expr::ListComp(c) => {
                self.put("[");
                self.expr(&c.elt, Bind::Test)?;
                self.generators(&c.generators)?;
                self.put("]");
            }
            Expr::SetComp(c) => {
                self.put("{");
                self.expr(&c.elt, Bind::Test)?;
                self.generators(&c.generators)?;
                self.put("}");
            }
            Expr::DictComp(c) => {
                self.put("{");
                if let Some(k) = &c.key {
                    self.expr(k, Bind::Test)?;
                }
                self.put(": ");
                self.expr(&c.value, Bind::Test)?;
                self.generators(&c.generators)?;
                self.put("}");
            }
            Expr::Generator(g) => {
                self.put("(");
                self.expr(&g.elt, Bind::Test)?;
                self.generators(&g.generators)?;
                self.put(")");
            }
            Expr::BoolOp(b) => {
                let mine = if b.op == ast::BoolOp::And {
                    Bind::And
                } else {
                    Bind::Or
                };
                let sep = if mine == Bind::And { " and " } else { " or " };
                self.wrapped(ctx > mine, |w| {
                    for (i, v) in b.values.iter().enumerate() {
                        if i > 0 {
                            w.put(sep);
                        }
                        w.expr(v, mine.tighter())?;
                    }
                    Ok(())
                })?;
            }
            Expr::BinOp(b) => {
                let mine = operator_bind(b.op);
                // `**` groups to the right, every other operator to the left.
                let (lb, rb) = if mine == Bind::Power {
                    (mine.tighter(), mine)
                } else {
                    (mine, mine.tighter())
                };
                self.wrapped(ctx > mine, |w| {
                    w.expr(&b.left, lb)?;
                    w.put(" ");
                    w.put(b.op.as_str());
                    w.put(" ");
                    w.expr(&b.right, rb)
                })?;
            }
            Expr::UnaryOp(u) => {
                let (mine, sym) = match u.op {
                    ast::UnaryOp::Not => (Bind::Not, "not "),
                    ast::UnaryOp::USub => (Bind::Unary, "-"),
                    ast::UnaryOp::UAdd => (Bind::Unary, "+"),
                    ast::UnaryOp::Invert => (Bind::Unary, "~"),
                };
                self.wrapped(ctx > mine, |w| {
                    w.put(sym);
                    w.expr(&u.operand, mine)
                })?;
            }
            Expr::Compare(c) => {
                self.wrapped(ctx > Bind::Cmp, |w| {
                    w.expr(&c.left, Bind::BitOr)?;
                    for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                        w.put(" ");
                        w.put(op.as_str());
                        w.put(" ");
                        w.expr(right, Bind::BitOr)?;
                    }
                    Ok(())
                })?;
            }
            Expr::If(i) => {
                self.wrapped(ctx > Bind::Test, |w| {
                    w.expr(&i.body, Bind::Or)?;
                    w.put(" if ");
                    w.expr(&i.test, Bind::Or)?;
                    w.put(" else ");
                    w.expr(&i.orelse, Bind::Test)
                })?;
            }
            Expr::Lambda(l) => {
                self.wrapped(ctx > Bind::Test, |w| {
                    w.put("lambda");
                    if let Some(p) = &l.parameters {
                        w.lambda_params(p)?;
                    }
                    w.put(": ");
                    w.in_lambda += 1;
                    let r = w.expr(&l.body, Bind::Test);
                    w.in_lambda -= 1;
                    r
                })?;
            }
            Expr::Named(n) => {
                self.forbid("named expression", e)?;
                self.put("(");
                self.expr(&n.target, Bind::Atom)?;
                self.put(" := ");
                self.expr(&n.value, Bind::Atom)?;
                self.put(")");
            }
            Expr::Await(a) => {
                self.forbid("await expression", e)?;
                self.wrapped(ctx > Bind::Await, |w| {
                    w.put("await ");
                    w.expr(&a.value, Bind::Atom)
                })?;
            }
            Expr::Yield(y) => {
                self.forbid("yield expression", e)?;
                self.put("(yield");
                if let Some(v) = &y.value {
                    self.put(" ");
                    self.expr(v, Bind::Tuple)?;
                }
                self.put(")");
            }
            Expr::YieldFrom(y) => {
                self.forbid("yield expression", e)?;
                self.put("(yield from ");
                self.expr(&y.value, Bind::Test)?;
                self.put(")");
            }
            Expr::Slice(s) => self.slice(s)?,
        }
        Ok(())
    }

    fn number(&mut self, n: &Number) {
        match n {
            Number::Int(i) => {
                let text = match super::codegen::int_literal(i) {
                    Some(crate::bytecode::Const::Int(v)) => v.to_string(),
                    Some(crate::bytecode::Const::BigInt(b)) => b.to_string(),
                    _ => i.to_string(),
                };
                self.put(&text);
            }
            Number::Float(f) => self.put(&float_text(*f)),
            Number::Complex { imag, .. } => {
                let mut text = float_text(*imag);
                if let Some(whole) = text.strip_suffix(".0") {
                    text = whole.to_string();
                }
                self.put(&text);
                self.put("j");
            }
        }
    }

    /// Tuple elements without the parentheses; a one-element tuple keeps its comma.
    fn tuple_items(&mut self, elts: &[Expr]) -> W {
        self.comma_list(elts, Bind::Test)?;
        if elts.len() == 1 {
            self.put(",");
        }
        Ok(())
    }

    /// What goes between a subscript's brackets: a non-empty tuple loses its parentheses.
    fn subscript_index(&mut self, index: &Expr) -> W {
        match index {
            Expr::Tuple(t) if !t.elts.is_empty() => self.tuple_items(&t.elts),
            other => self.expr(other, Bind::Tuple),
        }
    }

    fn slice(&mut self, s: &ast::ExprSlice) -> W {
        if let Some(lo) = &s.lower {
            self.expr(lo, Bind::Test)?;
        }
        self.put(":");
        if let Some(hi) = &s.upper {
            self.expr(hi, Bind::Test)?;
        }
        if let Some(step) = &s.step {
            self.put(":");
            self.expr(step, Bind::Test)?;
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> W {
        self.expr(&c.func, Bind::Atom)?;
        self.put("(");
        let args = &c.arguments;
        // A lone generator argument needs no parentheses of its own.
        if args.keywords.is_empty()
            && let [Expr::Generator(g)] = &*args.args
        {
            self.expr(&g.elt, Bind::Test)?;
            self.generators(&g.generators)?;
            self.put(")");
            return Ok(());
        }
        let mut first = true;
        for a in args.args.iter() {
            if !first {
                self.put(", ");
            }
            first = false;
            self.expr(a, Bind::Test)?;
        }
        for k in args.keywords.iter() {
            if !first {
                self.put(", ");
            }
            first = false;
            match &k.arg {
                Some(name) => {
                    self.put(name.as_str());
                    self.put("=");
                }
                None => self.put("**"),
            }
            self.expr(&k.value, Bind::Test)?;
        }
        self.put(")");
        Ok(())
    }

    fn generators(&mut self, gens: &[ast::Comprehension]) -> W {
        for g in gens {
            self.put(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, Bind::Tuple)?;
            self.put(" in ");
            self.expr(&g.iter, Bind::Or)?;
            for cond in &g.ifs {
                self.put(" if ");
                self.expr(cond, Bind::Or)?;
            }
        }
        Ok(())
    }

    fn lambda_params(&mut self, p: &ast::Parameters) -> W {
        let positional = p.posonlyargs.len() + p.args.len();
        if positional > 0 {
            self.put(" ");
        }
        let mut first = true;
        let mut sep = |w: &mut Self| {
            if !first {
                w.put(", ");
            }
            first = false;
        };
        let with_default = |w: &mut Self, pd: &ast::ParameterWithDefault| -> W {
            w.put(pd.parameter.name.as_str());
            if let Some(d) = &pd.default {
                w.put("=");
                w.expr(d, Bind::Test)?;
            }
            Ok(())
        };
        for pd in p.posonlyargs.iter() {
            sep(self);
            with_default(self, pd)?;
        }
        if !p.posonlyargs.is_empty() {
            sep(self);
            self.put("/");
        }
        for pd in p.args.iter() {
            sep(self);
            with_default(self, pd)?;
        }
        if let Some(v) = &p.vararg {
            sep(self);
            self.put("*");
            self.put(v.name.as_str());
        } else if !p.kwonlyargs.is_empty() {
            sep(self);
            self.put("*");
        }
        for pd in p.kwonlyargs.iter() {
            sep(self);
            with_default(self, pd)?;
        }
        if let Some(k) = &p.kwarg {
            sep(self);
            self.put("**");
            self.put(k.name.as_str());
        }
        Ok(())
    }

    /// `f'...'`: the body is assembled (literal braces doubled, replacement fields
    /// rewritten) and then quoted the way `repr` quotes a str.
    fn fstring(&mut self, f: &ast::ExprFString) -> W {
        let mut body = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => push_literal(&mut body, &s.value),
                ast::FStringPart::FString(fs) => self.fstring_body(&fs.elements, &mut body)?,
            }
        }
        self.put("f");
        self.put(&strops::repr(&body));
        Ok(())
    }

    fn fstring_body(&mut self, elements: &ast::InterpolatedStringElements, body: &mut String) -> W {
        for el in elements.iter() {
            let field = match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    push_literal(body, &l.value);
                    continue;
                }
                ast::InterpolatedStringElement::Interpolation(i) => i,
            };
            if let Some(debug) = &field.debug_text {
                push_literal(body, debug.leading());
                push_literal(body, debug.expression());
                push_literal(body, debug.trailing());
            }
            let mut inner = Writer {
                out: String::new(),
                in_lambda: self.in_lambda,
                depth_left: self.depth_left,
            };
            inner.expr(&field.expression, Bind::Or)?;
            body.push('{');
            if inner.out.starts_with('{') {
                body.push(' ');
            }
            body.push_str(&inner.out);
            let conversion = match field.conversion {
                ast::ConversionFlag::Str => "!s",
                ast::ConversionFlag::Repr => "!r",
                ast::ConversionFlag::Ascii => "!a",
                ast::ConversionFlag::None
                    if field.debug_text.is_some() && field.format_spec.is_none() =>
                {
                    "!r"
                }
                ast::ConversionFlag::None => "",
            };
            body.push_str(conversion);
            if let Some(spec) = &field.format_spec {
                body.push(':');
                self.fstring_body(&spec.elements, body)?;
            }
            body.push('}');
        }
        Ok(())
    }
}

fn push_literal(body: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '{' => body.push_str("{{"),
            '}' => body.push_str("}}"),
            _ => body.push(c),
        }
    }
}
