//! Scope analysis, following CPython 3.11's `symtable.c`: a first pass records how each name
//! is used in each scope (module, class, function, lambda, comprehension), a second pass
//! decides whether it is a fast local, a cell, a free variable, a global or a namespace name.

use super::CompileError;
use super::source::SourceMap;
use super::syntax_error::SYNTAX;
use super::{MAX_DEPTH, SCOPE_DEPTH_COST};
use ruff_python_ast::{self as ast, Expr, ExprContext, Parameters, Pattern, Stmt, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

pub(crate) type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    pub fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }

    fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
}

impl ScopeKind {
    /// CPython's `FunctionBlock`: functions, lambdas and comprehensions.
    pub fn is_function(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
}

const DEF_GLOBAL: u16 = 1;
const DEF_LOCAL: u16 = 2;
const DEF_PARAM: u16 = 4;
const DEF_NONLOCAL: u16 = 8;
const USE: u16 = 16;
const DEF_FREE_CLASS: u16 = 32;
const DEF_IMPORT: u16 = 64;
const DEF_ANNOT: u16 = 128;
const DEF_COMP_ITER: u16 = 256;
const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Binding {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Symbol {
    flags: u16,
    pub binding: Binding,
}

impl Symbol {
    /// A class-local name that nested functions also see as a free variable of an
    /// enclosing function: the class body passes the cell through.
    pub fn is_free_class(&self) -> bool {
        self.flags & DEF_FREE_CLASS != 0
    }
}

pub(crate) struct Scope {
    pub kind: ScopeKind,
    symbols: HashMap<String, Symbol>,
    order: Vec<String>,
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub generator: bool,
    /// An `async def`, or a comprehension that awaits (an `async for` clause, an `await`,
    /// or an awaited inner comprehension): its code is a coroutine (an async generator
    /// when `generator` is also set).
    pub is_async: bool,
    pub needs_class_cell: bool,
    /// Where `global`/`nonlocal` named each name, for error locations.
    directives: HashMap<String, TextRange>,
    comp_iter_expr: u32,
    comp_iter_target: bool,
    /// The class name used for private-name mangling inside this scope.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, private: Option<String>) -> Self {
        Scope {
            kind,
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            generator: false,
            is_async: false,
            needs_class_cell: false,
            directives: HashMap::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
            private,
        }
    }

    fn flags(&self, name: &str) -> u16 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }

    /// Names by binding in first-appearance order.
    pub fn names_with(&self, pred: impl Fn(&Symbol) -> bool) -> Vec<String> {
        self.order
            .iter()
            .filter(|n| self.symbols.get(*n).is_some_and(&pred))
            .cloned()
            .collect()
    }
}

pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// The module starts with `from __future__ import annotations`: annotations are
    /// stored as strings and never evaluated.
    pub future_annotations: bool,
}

/// The parameters in the order CPython 3.11 fills a function's `__annotations__`: the
/// ordinary ones, then the positional-only ones, `*args`, keyword-only, `**kwargs`.
pub(crate) fn params_in_annotation_order(p: &Parameters) -> impl Iterator<Item = &ast::Parameter> {
    p.args
        .iter()
        .chain(&p.posonlyargs)
        .map(|pd| &pd.parameter)
        .chain(p.vararg.as_deref())
        .chain(p.kwonlyargs.iter().map(|pd| &pd.parameter))
        .chain(p.kwarg.as_deref())
}

/// Whether the leading `from __future__` imports of a module body (after an optional
/// docstring) include `annotations`.
fn imports_future_annotations(body: &[Stmt]) -> bool {
    let mut rest = body;
    if let Some((Stmt::Expr(e), tail)) = rest.split_first()
        && matches!(&*e.value, Expr::StringLiteral(_))
    {
        rest = tail;
    }
    for stmt in rest {
        match stmt {
            Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Scopes are keyed by the address of the AST node that creates them; the tree is borrowed
/// for the whole compilation, so addresses are stable and unique.
fn node_key<T>(node: &T) -> usize {
    std::ptr::from_ref(node).addr()
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }
}

/// CPython's `_Py_Mangle`: `__x` inside `class C` becomes `_C__x`.
pub(crate) fn mangle<'a>(private: Option<&str>, name: &'a str) -> Cow<'a, str> {
    let Some(private) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

struct Builder<'a, 'src> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    map: &'a SourceMap<'src>,
    depth: usize,
    future_annotations: bool,
}

/// `future_annotations`: the feature is on whatever the module imports (inherited by
/// `exec`/`compile` from the calling code, or asked for through `compile`'s flags).
pub(crate) fn build_module(
    body: &[Stmt],
    map: &SourceMap,
    future_annotations: bool,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder::new(map);
    b.future_annotations = future_annotations || imports_future_annotations(body);
    b.visit_body(body)?;
    b.finish()
}

pub(crate) fn build_expression(
    expr: &Expr,
    map: &SourceMap,
    future_annotations: bool,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder::new(map);
    b.future_annotations = future_annotations;
    b.visit_expr(expr)?;
    b.finish()
}

type R = Result<(), CompileError>;

impl<'a, 'src> Builder<'a, 'src> {
    fn new(map: &'a SourceMap<'src>) -> Self {
        Builder {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
            stack: vec![0],
            map,
            depth: 0,
            future_annotations: false,
        }
    }

    fn finish(mut self) -> Result<SymbolTable, CompileError> {
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        self.analyze_block(0, None, &mut free, &mut global)?;
        Ok(SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
            future_annotations: self.future_annotations,
        })
    }

    #[cold]
    #[inline(never)]
    fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.map.error(SYNTAX, msg, range)
    }

    fn cur_id(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.scopes[id]
    }

    fn private(&self) -> Option<String> {
        self.scopes[self.cur_id()].private.clone()
    }

    fn enter<T>(&mut self, node: &T, kind: ScopeKind, name: &str) {
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.private()
        };
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, private));
        let parent = self.cur_id();
        self.scopes[parent].children.push(id);
        self.by_node.insert(node_key(node), id);
        self.stack.push(id);
        self.depth += SCOPE_DEPTH_COST;
    }

    fn exit(&mut self) {
        self.stack.pop();
        self.depth = self.depth.saturating_sub(SCOPE_DEPTH_COST);
    }

    fn add_def(&mut self, name: &str, flag: u16, range: TextRange) -> R {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, range)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, mut flag: u16, range: TextRange) -> R {
        let private = self.scopes[id].private.clone();
        let mangled = mangle(private.as_deref(), name).into_owned();
        let scope = &mut self.scopes[id];
        let old = scope.flags(&mangled);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(self.error(
                format!("duplicate argument '{mangled}' in function definition"),
                range,
            ));
        }
        if scope.comp_iter_target {
            if old & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.error(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{mangled}'"
                    ),
                    range,
                ));
            }
            flag |= DEF_COMP_ITER;
        }
        let scope = &mut self.scopes[id];
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled.clone());
        }
        match scope.symbols.get_mut(&mangled) {
            Some(s) => s.flags |= flag,
            None => {
                scope.order.push(mangled.clone());
                scope.symbols.insert(
                    mangled.clone(),
                    Symbol {
                        flags: flag,
                        binding: Binding::GlobalImplicit,
                    },
                );
            }
        }
        if flag & DEF_GLOBAL != 0 && id != 0 {
            let top = &mut self.scopes[0];
            match top.symbols.get_mut(&mangled) {
                Some(s) => s.flags |= flag,
                None => {
                    top.order.push(mangled.clone());
                    top.symbols.insert(
                        mangled,
                        Symbol {
                            flags: flag,
                            binding: Binding::GlobalImplicit,
                        },
                    );
                }
            }
        }
        Ok(())
    }

    fn descend(&mut self, range: TextRange) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("maximum recursion depth exceeded during compilation", range));
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn check_debug(&self, name: &str, range: TextRange) -> R {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        Ok(())
    }

    fn visit_params(&mut self, params: &Parameters) -> R {
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref())
        {
            self.check_debug(&p.name, p.range)?;
        }
        // Keyword-only parameters come after `*args` in the code's varnames.
        for p in params.posonlyargs.iter().chain(&params.args) {
            self.add_def(&p.parameter.name, DEF_PARAM, p.parameter.range)?;
        }
        for p in &params.kwonlyargs {
            self.add_def(&p.parameter.name, DEF_PARAM, p.parameter.range)?;
        }
        if let Some(v) = &params.vararg {
            self.add_def(&v.name, DEF_PARAM, v.range)?;
        }
        if let Some(k) = &params.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.range)?;
        }
        Ok(())
    }

    fn visit_defaults(&mut self, params: &Parameters) -> R {
        for p in params.iter_non_variadic_params() {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_function(&mut self, f: &StmtFunctionDef) -> R {
        self.check_debug(&f.name, f.name.range)?;
        self.add_def(&f.name, DEF_LOCAL, f.name.range)?;
        self.visit_defaults(&f.parameters)?;
        if !self.future_annotations {
            // Evaluated at `def` time in the enclosing scope.
            for p in params_in_annotation_order(&f.parameters) {
                if let Some(a) = &p.annotation {
                    self.visit_expr(a)?;
                }
            }
            if let Some(r) = &f.returns {
                self.visit_expr(r)?;
            }
        }
        for d in &f.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        self.enter(f, ScopeKind::Function, &f.name);
        self.cur().is_async = f.is_async;
        self.visit_params(&f.parameters)?;
        self.visit_body(&f.body)?;
        self.exit();
        Ok(())
    }

    fn declare(&mut self, names: &[ast::Identifier], range: TextRange, global: bool) -> R {
        for name in names {
            let private = self.private();
            let mangled = mangle(private.as_deref(), name).into_owned();
            let cur = self.scopes[self.cur_id()].flags(&mangled);
            let word = if global { "global" } else { "nonlocal" };
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {word}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {word} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {word}")
                } else {
                    format!("name '{name}' is assigned to before {word} declaration")
                };
                return Err(self.error(msg, range));
            }
            let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
            self.add_def(name, flag, range)?;
            self.cur().directives.entry(mangled).or_insert(range);
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        self.descend(s.range())?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => self.visit_function(f),
            Stmt::ClassDef(c) => {
                self.check_debug(&c.name, c.name.range)?;
                self.add_def(&c.name, DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in &args.args {
                        self.visit_expr(a)?;
                    }
                    for k in &args.keywords {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(c, ScopeKind::Class, &c.name);
                self.visit_body(&c.body)?;
                self.exit();
                Ok(())
            }
            Stmt::Return(r) => r.value.as_deref().map_or(Ok(()), |v| self.visit_expr(v)),
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.visit_expr(t)),
            Stmt::Assign(a) => {
                a.targets.iter().try_for_each(|t| self.visit_expr(t))?;
                self.visit_expr(&a.value)
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    self.check_debug(&n.id, n.range)?;
                    let private = self.private();
                    let mangled = mangle(private.as_deref(), &n.id).into_owned();
                    let cur = self.scopes[self.cur_id()].flags(&mangled);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 && a.simple {
                        let word = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.error(
                            format!("annotated name '{}' can't be {word}", n.id),
                            s.range(),
                        ));
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                // Module and class bodies evaluate the annotation; function bodies never do.
                let kind = self.scopes[self.cur_id()].kind;
                if !self.future_annotations && matches!(kind, ScopeKind::Module | ScopeKind::Class)
                {
                    self.visit_expr(&a.annotation)?;
                }
                a.value.as_deref().map_or(Ok(()), |v| self.visit_expr(v))
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
                Ok(())
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
                Ok(())
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
                Ok(())
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.check_debug(n, n.range)?;
                        self.add_def(n, DEF_LOCAL, n.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                a.msg.as_deref().map_or(Ok(()), |m| self.visit_expr(m))
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let stored = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.split('.').next().unwrap_or(&alias.name),
                    };
                    self.check_debug(stored, alias.range)?;
                    self.add_def(stored, DEF_IMPORT, alias.range)?;
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.cur_id() != 0 {
                            return Err(
                                self.error("import * only allowed at module level", alias.range)
                            );
                        }
                        continue;
                    }
                    let stored = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.check_debug(stored, alias.range)?;
                    self.add_def(stored, DEF_IMPORT, alias.range)?;
                }
                Ok(())
            }
            Stmt::Global(g) => self.declare(&g.names, g.range, true),
            Stmt::Nonlocal(n) => self.declare(&n.names, n.range, false),
            Stmt::Expr(e) => self.visit_expr(&e.value),
            Stmt::TypeAlias(t) => Err(self.error("invalid syntax", t.range)),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {
                Ok(())
            }
        }
    }

    fn visit_pattern(&mut self, p: &Pattern) -> R {
        self.descend(p.range())?;
        let r = match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            Pattern::MatchMapping(m) => {
                m.keys.iter().try_for_each(|k| self.visit_expr(k))?;
                m.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                match &m.rest {
                    Some(r) => self.add_def(r, DEF_LOCAL, r.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                c.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.visit_pattern(p))?;
                c.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.visit_pattern(&k.pattern))
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n, DEF_LOCAL, n.range),
                None => Ok(()),
            },
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.visit_pattern(inner)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n, DEF_LOCAL, n.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        };
        self.depth -= 1;
        r
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        self.descend(e.range())?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R {
        match e {
            Expr::Name(n) => {
                match n.ctx {
                    ExprContext::Store | ExprContext::Del => {
                        self.check_debug(&n.id, n.range)?;
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                    ExprContext::Load | ExprContext::Invalid => {
                        self.add_def(&n.id, USE, n.range)?;
                        if n.id.as_str() == "super" && self.scopes[self.cur_id()].kind.is_function()
                        {
                            self.add_def("__class__", USE, n.range)?;
                        }
                    }
                }
                Ok(())
            }
            Expr::Named(n) => self.visit_named(n),
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.visit_expr(v)),
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand),
            Expr::Lambda(l) => self.visit_lambda(l),
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
                Ok(())
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|x| self.visit_expr(x)),
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
            Expr::Await(a) => {
                if matches!(self.cur().kind, ScopeKind::Comprehension(_)) {
                    self.cur().is_async = true;
                }
                self.visit_expr(&a.value)
            }
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.mark_generator(y.range)
            }
            Expr::YieldFrom(y) => {
                if self.cur().is_async && self.cur().kind == ScopeKind::Function {
                    return Err(self.error("'yield from' inside async function", y.range));
                }
                self.visit_expr(&y.value)?;
                self.mark_generator(y.range)
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                c.comparators.iter().try_for_each(|x| self.visit_expr(x))
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                c.arguments
                    .args
                    .iter()
                    .try_for_each(|a| self.visit_expr(a))?;
                for k in &c.arguments.keywords {
                    if let Some(arg) = &k.arg {
                        self.check_debug(arg, k.range)?;
                    }
                    self.visit_expr(&k.value)?;
                }
                Ok(())
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.visit_interpolated(el)?;
                }
                Ok(())
            }
            Expr::TString(t) => Err(self.error("invalid syntax", t.range)),
            Expr::Attribute(a) => {
                if a.ctx == ExprContext::Store {
                    self.check_debug(&a.attr, a.range)?;
                }
                self.visit_expr(&a.value)
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            Expr::Starred(s) => self.visit_expr(&s.value),
            Expr::List(l) => l.elts.iter().try_for_each(|x| self.visit_expr(x)),
            Expr::Tuple(t) => t.elts.iter().try_for_each(|x| self.visit_expr(x)),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => Ok(()),
        }
    }

    #[inline(never)]
    fn visit_named(&mut self, n: &ast::ExprNamed) -> R {
        let cur = self.cur_id();
        if self.scopes[cur].comp_iter_expr > 0 {
            return Err(self.error(
                "assignment expression cannot be used in a comprehension iterable expression",
                n.range,
            ));
        }
        if matches!(self.scopes[cur].kind, ScopeKind::Comprehension(_))
            && let Expr::Name(target) = &*n.target
        {
            self.extend_named_expr_scope(target)?;
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    #[inline(never)]
    fn visit_lambda(&mut self, l: &ast::ExprLambda) -> R {
        if let Some(p) = &l.parameters {
            self.visit_defaults(p)?;
        }
        self.enter(l, ScopeKind::Lambda, "lambda");
        if let Some(p) = &l.parameters {
            self.visit_params(p)?;
        }
        self.visit_expr(&l.body)?;
        self.exit();
        Ok(())
    }

    fn visit_interpolated(&mut self, el: &ast::InterpolatedStringElement) -> R {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for el in spec.elements.iter() {
                    self.descend(spec.range)?;
                    let r = self.visit_interpolated(el);
                    self.depth -= 1;
                    r?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, range: TextRange) -> R {
        let scope = self.cur();
        scope.generator = true;
        if let ScopeKind::Comprehension(kind) = scope.kind {
            return Err(self.error(format!("'yield' inside {}", kind.description()), range));
        }
        Ok(())
    }

    #[inline(never)]
    fn comprehension(
        &mut self,
        node: &Expr,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        kind: CompKind,
    ) -> R {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(node, ScopeKind::Comprehension(kind), kind.code_name());
        if generators.iter().any(|g| g.is_async) {
            self.cur().is_async = true;
        }
        self.add_def(".0", DEF_PARAM, outermost.range)?;
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(&outermost.target);
        self.cur().comp_iter_target = false;
        r?;
        outermost.ifs.iter().try_for_each(|x| self.visit_expr(x))?;
        for g in rest {
            self.cur().comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.cur().comp_iter_target = false;
            r?;
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            g.ifs.iter().try_for_each(|x| self.visit_expr(x))?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        if kind == CompKind::Generator {
            self.cur().generator = true;
        }
        // Calling an async comprehension gives a coroutine that its enclosing
        // comprehension awaits (an async generator expression is not awaited).
        let awaited = self.cur().is_async && kind != CompKind::Generator;
        self.exit();
        if awaited && matches!(self.cur().kind, ScopeKind::Comprehension(_)) {
            self.cur().is_async = true;
        }
        Ok(())
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module.
    fn extend_named_expr_scope(&mut self, target: &ast::ExprName) -> R {
        let name = target.id.as_str();
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let kind = self.scopes[id].kind;
            match kind {
                ScopeKind::Comprehension(_) => {
                    if self.scopes[id].flags(name) & DEF_COMP_ITER != 0 {
                        return Err(self.error(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            target.range,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if self.scopes[id].flags(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, target.range)?;
                    self.cur()
                        .directives
                        .entry(name.to_string())
                        .or_insert(target.range);
                    return self.add_def_in(id, name, DEF_LOCAL, target.range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, target.range)?;
                    self.cur()
                        .directives
                        .entry(name.to_string())
                        .or_insert(target.range);
                    return self.add_def_in(id, name, DEF_GLOBAL, target.range);
                }
                ScopeKind::Class => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.range,
                    ));
                }
            }
        }
        Ok(())
    }

    // ---- analysis (CPython's analyze_block and friends) ----

    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<HashSet<String>>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> R {
        let kind = self.scopes[id].kind;
        let mut local = HashSet::new();
        let mut bindings: HashMap<String, Binding> = HashMap::new();
        let mut newglobal = HashSet::new();
        let mut newfree = HashSet::new();
        let mut newbound = HashSet::new();
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let names = self.scopes[id].order.clone();
        for name in &names {
            let flags = self.scopes[id].flags(name);
            let binding =
                self.analyze_name(id, name, flags, &mut bound, &mut local, free, global)?;
            bindings.insert(name.clone(), binding);
        }
        if kind == ScopeKind::Class {
            newbound.insert("__class__".to_string());
        } else {
            if kind.is_function() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        }
        let mut allfree = HashSet::new();
        let children = self.scopes[id].children.clone();
        for child in children {
            let mut child_free = newfree.clone();
            let mut child_global = newglobal.clone();
            self.analyze_block(
                child,
                Some(newbound.clone()),
                &mut child_free,
                &mut child_global,
            )?;
            allfree.extend(child_free);
        }
        newfree.extend(allfree);
        if kind.is_function() {
            for (name, b) in bindings.iter_mut() {
                if *b == Binding::Local && newfree.remove(name) {
                    *b = Binding::Cell;
                }
            }
        } else if kind == ScopeKind::Class && newfree.remove("__class__") {
            self.scopes[id].needs_class_cell = true;
        }
        let scope = &mut self.scopes[id];
        for (name, b) in &bindings {
            if let Some(s) = scope.symbols.get_mut(name) {
                s.binding = *b;
            }
        }
        for name in &newfree {
            if let Some(s) = scope.symbols.get_mut(name) {
                if kind == ScopeKind::Class && s.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    s.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.as_ref().is_some_and(|b| !b.contains(name)) {
                continue;
            }
            scope.order.push(name.clone());
            scope.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    binding: Binding::Free,
                },
            );
        }
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        id: ScopeId,
        name: &str,
        flags: u16,
        bound: &mut Option<HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<Binding, CompileError> {
        let directive = || {
            self.scopes[id]
                .directives
                .get(name)
                .copied()
                .unwrap_or_default()
        };
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(
                    self.error(format!("name '{name}' is nonlocal and global"), directive())
                );
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(Binding::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(self.error(
                    "nonlocal declaration not allowed at module level",
                    directive(),
                ));
            };
            if !b.contains(name) {
                return Err(self.error(
                    format!("no binding for nonlocal '{name}' found"),
                    directive(),
                ));
            }
            free.insert(name.to_string());
            return Ok(Binding::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(Binding::Local);
        }
        if bound.as_ref().is_some_and(|b| b.contains(name)) {
            free.insert(name.to_string());
            return Ok(Binding::Free);
        }
        Ok(Binding::GlobalImplicit)
    }
}
