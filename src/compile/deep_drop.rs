//! Dropping a syntax tree without recursion.
//!
//! ruff's parser grows its own stack, so it happily builds trees tens of thousands of levels
//! deep (`-` repeated, `a.b.b.b...`, `1+1+1...`); the compiler rejects those, but the
//! compiler-generated `Drop` of such a tree recurses once per level and overflows the thread
//! stack. Here every node is emptied into explicit work lists before it is dropped, so no
//! node is dropped while it still owns a deep subtree.

use ruff_python_ast::{
    Expr, ExprNoneLiteral, InterpolatedStringElement, InterpolatedStringElements, Mod, Parameters,
    Pattern, Stmt, TypeParam, TypeParams,
};

#[derive(Default)]
struct Work {
    stmts: Vec<Stmt>,
    exprs: Vec<Expr>,
    patterns: Vec<Pattern>,
    elements: Vec<InterpolatedStringElements>,
}

pub(crate) fn drop_mod(m: Mod) {
    let mut w = Work::default();
    match m {
        Mod::Module(mut m) => w.stmts.extend(std::mem::take(&mut m.body)),
        Mod::Expression(mut e) => w.take_box(&mut e.body),
    }
    w.run();
}

fn placeholder() -> Expr {
    Expr::NoneLiteral(ExprNoneLiteral::default())
}

impl Work {
    fn run(&mut self) {
        loop {
            if let Some(s) = self.stmts.pop() {
                self.stmt(s);
            } else if let Some(e) = self.exprs.pop() {
                self.expr(e);
            } else if let Some(p) = self.patterns.pop() {
                self.pattern(p);
            } else if let Some(els) = self.elements.pop() {
                self.interpolated(els);
            } else {
                break;
            }
        }
    }

    fn take_box(&mut self, b: &mut Box<Expr>) {
        self.exprs.push(std::mem::replace(&mut **b, placeholder()));
    }

    fn take_opt(&mut self, b: &mut Option<Box<Expr>>) {
        if let Some(b) = b {
            self.take_box(b);
        }
    }

    fn take_all(&mut self, v: impl IntoIterator<Item = Expr>) {
        self.exprs.extend(v);
    }

    fn parameters(&mut self, p: &mut Parameters) {
        for param in p
            .posonlyargs
            .iter_mut()
            .chain(p.args.iter_mut())
            .chain(p.kwonlyargs.iter_mut())
        {
            self.take_opt(&mut param.default);
            self.take_opt(&mut param.parameter.annotation);
        }
        if let Some(v) = &mut p.vararg {
            self.take_opt(&mut v.annotation);
        }
        if let Some(k) = &mut p.kwarg {
            self.take_opt(&mut k.annotation);
        }
    }

    fn type_params(&mut self, tp: &mut Option<Box<TypeParams>>) {
        let Some(tp) = tp else { return };
        for p in &mut tp.type_params {
            match p {
                TypeParam::TypeVar(t) => {
                    self.take_opt(&mut t.bound);
                    self.take_opt(&mut t.default);
                }
                TypeParam::TypeVarTuple(t) => self.take_opt(&mut t.default),
                TypeParam::ParamSpec(t) => self.take_opt(&mut t.default),
            }
        }
    }

    fn stmt(&mut self, mut s: Stmt) {
        match &mut s {
            Stmt::FunctionDef(f) => {
                for d in std::mem::take(&mut f.decorator_list) {
                    self.exprs.push(d.expression);
                }
                self.type_params(&mut f.type_params);
                self.parameters(&mut f.parameters);
                self.take_opt(&mut f.returns);
                self.stmts.extend(std::mem::take(&mut f.body));
            }
            Stmt::ClassDef(c) => {
                for d in std::mem::take(&mut c.decorator_list) {
                    self.exprs.push(d.expression);
                }
                self.type_params(&mut c.type_params);
                if let Some(args) = &mut c.arguments {
                    self.take_all(std::mem::take(&mut args.args));
                    for k in std::mem::take(&mut args.keywords) {
                        self.exprs.push(k.value);
                    }
                }
                self.stmts.extend(std::mem::take(&mut c.body));
            }
            Stmt::Return(r) => self.take_opt(&mut r.value),
            Stmt::Delete(d) => self.take_all(std::mem::take(&mut d.targets)),
            Stmt::TypeAlias(t) => {
                self.take_box(&mut t.name);
                self.type_params(&mut t.type_params);
                self.take_box(&mut t.value);
            }
            Stmt::Assign(a) => {
                self.take_all(std::mem::take(&mut a.targets));
                self.take_box(&mut a.value);
            }
            Stmt::AugAssign(a) => {
                self.take_box(&mut a.target);
                self.take_box(&mut a.value);
            }
            Stmt::AnnAssign(a) => {
                self.take_box(&mut a.target);
                self.take_box(&mut a.annotation);
                self.take_opt(&mut a.value);
            }
            Stmt::For(f) => {
                self.take_box(&mut f.target);
                self.take_box(&mut f.iter);
                self.stmts.extend(std::mem::take(&mut f.body));
                self.stmts.extend(std::mem::take(&mut f.orelse));
            }
            Stmt::While(w) => {
                self.take_box(&mut w.test);
                self.stmts.extend(std::mem::take(&mut w.body));
                self.stmts.extend(std::mem::take(&mut w.orelse));
            }
            Stmt::If(i) => {
                self.take_box(&mut i.test);
                self.stmts.extend(std::mem::take(&mut i.body));
                for clause in std::mem::take(&mut i.elif_else_clauses) {
                    self.exprs.extend(clause.test);
                    self.stmts.extend(clause.body);
                }
            }
            Stmt::With(w) => {
                for item in std::mem::take(&mut w.items) {
                    self.exprs.push(item.context_expr);
                    if let Some(v) = item.optional_vars {
                        self.exprs.push(*v);
                    }
                }
                self.stmts.extend(std::mem::take(&mut w.body));
            }
            Stmt::Match(m) => {
                self.take_box(&mut m.subject);
                for case in std::mem::take(&mut m.cases) {
                    self.patterns.push(case.pattern);
                    if let Some(g) = case.guard {
                        self.exprs.push(*g);
                    }
                    self.stmts.extend(case.body);
                }
            }
            Stmt::Raise(r) => {
                self.take_opt(&mut r.exc);
                self.take_opt(&mut r.cause);
            }
            Stmt::Try(t) => {
                self.stmts.extend(std::mem::take(&mut t.body));
                for h in std::mem::take(&mut t.handlers) {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = h.type_ {
                        self.exprs.push(*ty);
                    }
                    self.stmts.extend(h.body);
                }
                self.stmts.extend(std::mem::take(&mut t.orelse));
                self.stmts.extend(std::mem::take(&mut t.finalbody));
            }
            Stmt::Assert(a) => {
                self.take_box(&mut a.test);
                self.take_opt(&mut a.msg);
            }
            Stmt::Expr(e) => self.take_box(&mut e.value),
            Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn comprehensions(&mut self, gens: Vec<ruff_python_ast::Comprehension>) {
        for g in gens {
            self.exprs.push(g.target);
            self.exprs.push(g.iter);
            self.exprs.extend(g.ifs);
        }
    }

    fn interpolated(&mut self, mut els: InterpolatedStringElements) {
        for el in els.iter_mut() {
            if let InterpolatedStringElement::Interpolation(i) = el {
                self.take_box(&mut i.expression);
                if let Some(spec) = &mut i.format_spec {
                    self.elements.push(std::mem::take(&mut spec.elements));
                }
            }
        }
    }

    fn expr(&mut self, mut e: Expr) {
        match &mut e {
            Expr::BoolOp(b) => self.take_all(std::mem::take(&mut b.values)),
            Expr::Named(n) => {
                self.take_box(&mut n.target);
                self.take_box(&mut n.value);
            }
            Expr::BinOp(b) => {
                self.take_box(&mut b.left);
                self.take_box(&mut b.right);
            }
            Expr::UnaryOp(u) => self.take_box(&mut u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &mut l.parameters {
                    self.parameters(p);
                }
                self.take_box(&mut l.body);
            }
            Expr::If(i) => {
                self.take_box(&mut i.test);
                self.take_box(&mut i.body);
                self.take_box(&mut i.orelse);
            }
            Expr::Dict(d) => {
                for item in std::mem::take(&mut d.items) {
                    self.exprs.extend(item.key);
                    self.exprs.push(item.value);
                }
            }
            Expr::Set(s) => self.take_all(std::mem::take(&mut s.elts)),
            Expr::ListComp(c) => {
                self.take_box(&mut c.elt);
                self.comprehensions(std::mem::take(&mut c.generators));
            }
            Expr::SetComp(c) => {
                self.take_box(&mut c.elt);
                self.comprehensions(std::mem::take(&mut c.generators));
            }
            Expr::Generator(c) => {
                self.take_box(&mut c.elt);
                self.comprehensions(std::mem::take(&mut c.generators));
            }
            Expr::DictComp(c) => {
                self.take_opt(&mut c.key);
                self.take_box(&mut c.value);
                self.comprehensions(std::mem::take(&mut c.generators));
            }
            Expr::Await(a) => self.take_box(&mut a.value),
            Expr::Yield(y) => self.take_opt(&mut y.value),
            Expr::YieldFrom(y) => self.take_box(&mut y.value),
            Expr::Compare(c) => {
                self.take_box(&mut c.left);
                self.take_all(std::mem::take(&mut c.comparators).into_vec());
            }
            Expr::Call(c) => {
                self.take_box(&mut c.func);
                self.take_all(std::mem::take(&mut c.arguments.args).into_vec());
                for k in std::mem::take(&mut c.arguments.keywords) {
                    self.exprs.push(k.value);
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter_mut() {
                    if let ruff_python_ast::FStringPart::FString(fs) = part {
                        self.elements.push(std::mem::take(&mut fs.elements));
                    }
                }
            }
            Expr::TString(t) => {
                for ts in t.value.iter_mut() {
                    self.elements.push(std::mem::take(&mut ts.elements));
                }
            }
            Expr::Attribute(a) => self.take_box(&mut a.value),
            Expr::Subscript(s) => {
                self.take_box(&mut s.value);
                self.take_box(&mut s.slice);
            }
            Expr::Starred(s) => self.take_box(&mut s.value),
            Expr::List(l) => self.take_all(std::mem::take(&mut l.elts)),
            Expr::Tuple(t) => self.take_all(std::mem::take(&mut t.elts)),
            Expr::Slice(s) => {
                self.take_opt(&mut s.lower);
                self.take_opt(&mut s.upper);
                self.take_opt(&mut s.step);
            }
            Expr::Name(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
        }
    }

    fn pattern(&mut self, mut p: Pattern) {
        match &mut p {
            Pattern::MatchValue(v) => self.take_box(&mut v.value),
            Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => {}
            Pattern::MatchSequence(s) => self.patterns.extend(std::mem::take(&mut s.patterns)),
            Pattern::MatchMapping(m) => {
                self.take_all(std::mem::take(&mut m.keys));
                self.patterns.extend(std::mem::take(&mut m.patterns));
            }
            Pattern::MatchClass(c) => {
                self.take_box(&mut c.cls);
                self.patterns
                    .extend(std::mem::take(&mut c.arguments.patterns));
                for k in std::mem::take(&mut c.arguments.keywords) {
                    self.patterns.push(k.pattern);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = a.pattern.take() {
                    self.patterns.push(*inner);
                }
            }
            Pattern::MatchOr(o) => self.patterns.extend(std::mem::take(&mut o.patterns)),
        }
    }
}
