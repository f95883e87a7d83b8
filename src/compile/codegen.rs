//! AST → bytecode, one code object per scope, in the style of CPython 3.11's `compile.c`
//! (adapted to the block-stack exception model of `crate::bytecode`).
//!
//! This file holds the per-scope code units, instruction emission, name resolution, the
//! function/class/lambda definitions and the simple statements. Expressions, control flow
//! and pattern matching live in the submodules.

mod control;
mod expr;
mod pattern;

pub(crate) use expr::int_const as int_literal;

use super::CompileError;
use super::flow;
use super::source::SourceMap;
use super::symtable::{
    Binding, ScopeId, ScopeKind, SymbolTable, mangle, params_in_annotation_order,
};
use super::syntax_error::SYNTAX;
use super::{MAX_DEPTH, SCOPE_DEPTH_COST};
use crate::bytecode::{
    BinOp, Code, CodeFlags, Const, Instr, MAKE_ANNOTATIONS, MAKE_CLOSURE, MAKE_DEFAULTS,
    MAKE_KWDEFAULTS,
};
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Parameters, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;
use std::rc::Rc;

pub(crate) type R = Result<(), CompileError>;

/// A jump target inside the current unit, resolved to an instruction index at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

/// Compile-time record of an enclosing construct that `break`, `continue` and `return` must
/// unwind (CPython's fblocks).
#[derive(Clone, Debug)]
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// The body of a `try` with handlers: an exception block is on the block stack.
    TryExcept,
    /// The body of a `try` with `finally`: leaving it runs the `finally` body inline.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The `finally` body on the exceptional path: the exception is on the stack and a
    /// handler-active block is on the block stack.
    FinallyEnd,
    /// The body of a `with`: `__exit__` is on the stack under an exception block.
    With,
    /// The body of an `async with`: the same with `__aexit__`, whose result is awaited.
    AsyncWith,
    /// An `except` body: a handler-active block (and, for `except E as name`, a cleanup
    /// exception block) is on the block stack.
    HandlerCleanup {
        name: Option<String>,
    },
    /// Exception dispatch (`except` clause matching); counted for the nesting limit only.
    ExceptionHandler,
    /// An `except*` body, which `break`, `continue` and `return` may not leave.
    ExceptStarBody,
    /// A value (the return value being preserved) that an inline `finally` body sits on.
    PopValue,
}

/// Hashable identity of a constant: floats by bit pattern so that `0.0` and `-0.0` stay
/// distinct, and every kind tagged so that `1`, `1.0` and `True` stay distinct.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(b) => ConstKey::BigInt(b.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex(r, i) => ConstKey::Complex(r.to_bits(), i.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect::<Option<_>>()?),
        Const::Code(_) => return None,
    })
}

struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    first_line: u32,
    line: u32,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Const>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    var_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    fixups: Vec<usize>,
    fblocks: Vec<FBlock<'a>>,
    private: Option<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: CodeFlags,
    doc: Option<String>,
}

impl Unit<'_> {
    fn new(table: &SymbolTable, scope: ScopeId, name: &str, qualname: String, line: u32) -> Self {
        let s = &table.scopes[scope];
        let mut cellvars = s.names_with(|sym| sym.binding == Binding::Cell);
        if s.kind == ScopeKind::Class && s.needs_class_cell {
            cellvars.push("__class__".to_string());
        }
        cellvars.sort();
        let is_class = s.kind == ScopeKind::Class;
        let mut freevars =
            s.names_with(|sym| sym.binding == Binding::Free || (is_class && sym.is_free_class()));
        freevars.sort();
        let mut u = Unit {
            scope,
            kind: s.kind,
            name: name.to_string(),
            qualname,
            first_line: line,
            line,
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars,
            freevars,
            labels: Vec::new(),
            fixups: Vec::new(),
            fblocks: Vec::new(),
            private: s.private.clone(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: CodeFlags {
                generator: s.generator || s.is_async,
                coroutine: s.is_async && !s.generator,
                async_generator: s.is_async && s.generator,
                uses_namespace: matches!(s.kind, ScopeKind::Module | ScopeKind::Class),
                future_annotations: table.future_annotations,
                ..CodeFlags::default()
            },
            doc: None,
        };
        for p in &s.params {
            u.var_index(p);
        }
        u
    }

    fn var_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.var_map.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(name.to_string());
        self.var_map.insert(name.to_string(), i);
        i
    }

    /// Index into `cellvars ++ freevars`.
    fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|f| f == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Del,
}

pub(crate) struct Compiler<'a, 'src> {
    table: &'a SymbolTable,
    map: &'a SourceMap<'src>,
    filename: Rc<str>,
    interactive: bool,
    cur: Unit<'a>,
    parents: Vec<Unit<'a>>,
    depth: usize,
    /// Still within the leading `from __future__` imports of the module.
    future_ok: bool,
    /// Inside the replacement field of an f-string (errors there get an "f-string: " prefix).
    in_fstring: u32,
}

pub(crate) fn compile_module(
    body: &[Stmt],
    table: &SymbolTable,
    map: &SourceMap,
    filename: &str,
    interactive: bool,
) -> Result<Code, CompileError> {
    let mut c = Compiler::new(table, map, filename, interactive, "<module>");
    let mut body = body;
    if !interactive && let Some((doc, rest)) = split_docstring(body) {
        c.cur.line = c.line_of(body[0].range());
        c.load_const(Const::Str(doc.clone()));
        c.store_name("__doc__")?;
        c.cur.doc = Some(doc);
        body = rest;
    }
    c.setup_annotations(body)?;
    c.stmts(body)?;
    c.load_const(Const::None);
    c.emit(Instr::ReturnValue);
    c.finish_unit()
}

pub(crate) fn compile_expression(
    e: &Expr,
    table: &SymbolTable,
    map: &SourceMap,
    filename: &str,
) -> Result<Code, CompileError> {
    let mut c = Compiler::new(table, map, filename, false, "<module>");
    c.expr(e)?;
    c.emit(Instr::ReturnValue);
    c.finish_unit()
}

/// A body's docstring: its first statement when that is a plain string literal.
fn split_docstring(body: &[Stmt]) -> Option<(String, &[Stmt])> {
    let (first, rest) = body.split_first()?;
    if let Stmt::Expr(e) = first
        && let Expr::StringLiteral(s) = &*e.value
    {
        return Some((s.value.to_str().to_string(), rest));
    }
    None
}

fn retarget(i: Instr, t: u32) -> Instr {
    match i {
        Instr::Jump(_) => Instr::Jump(t),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
        Instr::ForIter(_) => Instr::ForIter(t),
        Instr::SetupExcept(_) => Instr::SetupExcept(t),
        other => other,
    }
}

impl<'a, 'src> Compiler<'a, 'src> {
    fn new(
        table: &'a SymbolTable,
        map: &'a SourceMap<'src>,
        filename: &str,
        interactive: bool,
        name: &str,
    ) -> Self {
        Compiler {
            table,
            map,
            filename: Rc::from(filename),
            interactive,
            cur: Unit::new(table, 0, name, name.to_string(), 1),
            parents: Vec::new(),
            depth: 0,
            future_ok: true,
            in_fstring: 0,
        }
    }

    // ---- errors, lines, recursion ----

    #[cold]
    #[inline(never)]
    fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.map.error(SYNTAX, msg, range)
    }

    #[cold]
    #[inline(never)]
    fn internal(&self, what: &str) -> CompileError {
        CompileError {
            kind: SYNTAX,
            msg: format!("internal compiler error: {what}"),
            line: self.cur.line,
            col: 1,
            end_col: 1,
            text: None,
        }
    }

    fn line_of(&self, range: TextRange) -> u32 {
        self.map.line(range.start().to_usize())
    }

    fn set_line(&mut self, range: TextRange) {
        self.cur.line = self.line_of(range);
    }

    fn descend(&mut self, range: TextRange) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("maximum recursion depth exceeded during compilation", range));
        }
        Ok(())
    }

    fn ascend(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ---- emission ----

    fn emit(&mut self, i: Instr) {
        self.cur.instrs.push(i);
        self.cur.lines.push(self.cur.line);
    }

    fn new_label(&mut self) -> Label {
        self.cur.labels.push(None);
        Label(self.cur.labels.len() as u32 - 1)
    }

    fn place(&mut self, l: Label) {
        let here = self.cur.instrs.len() as u32;
        if let Some(slot) = self.cur.labels.get_mut(l.0 as usize) {
            *slot = Some(here);
        }
    }

    fn jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.cur.fixups.push(self.cur.instrs.len());
        self.emit(make(l.0));
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let key = const_key(&c);
        if let Some(k) = &key
            && let Some(&i) = self.cur.const_map.get(k)
        {
            return i;
        }
        let i = self.cur.consts.len() as u32;
        self.cur.consts.push(c);
        if let Some(k) = key {
            self.cur.const_map.insert(k, i);
        }
        i
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.cur.name_map.get(name) {
            return i;
        }
        let i = self.cur.names.len() as u32;
        self.cur.names.push(name.to_string());
        self.cur.name_map.insert(name.to_string(), i);
        i
    }

    fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.cur.private.as_deref(), name)
    }

    /// Attribute names are mangled like variables.
    fn attr_index(&mut self, attr: &str) -> u32 {
        let m = self.mangled(attr).into_owned();
        self.name_index(&m)
    }

    // ---- units ----

    #[inline(never)]
    fn push_unit(&mut self, scope: ScopeId, name: &str, qualname: String, line: u32) {
        let unit = Unit::new(self.table, scope, name, qualname, line);
        let parent = std::mem::replace(&mut self.cur, unit);
        self.parents.push(parent);
        self.depth += SCOPE_DEPTH_COST;
    }

    /// Finishes the current unit and makes its parent current again.
    #[inline(never)]
    fn pop_unit(&mut self) -> Result<Rc<Code>, CompileError> {
        let Some(parent) = self.parents.pop() else {
            return Err(self.internal("unit stack underflow"));
        };
        self.depth = self.depth.saturating_sub(SCOPE_DEPTH_COST);
        self.finish_replacing(parent).map(Rc::new)
    }

    fn finish_unit(mut self) -> Result<Code, CompileError> {
        let placeholder = Unit::new(self.table, 0, "", String::new(), 1);
        self.finish_replacing(placeholder)
    }

    fn finish_replacing(&mut self, next: Unit<'a>) -> Result<Code, CompileError> {
        let mut u = std::mem::replace(&mut self.cur, next);
        for &idx in &u.fixups {
            let Some(&instr) = u.instrs.get(idx) else {
                continue;
            };
            let label = match instr {
                Instr::Jump(l)
                | Instr::PopJumpIfFalse(l)
                | Instr::PopJumpIfTrue(l)
                | Instr::JumpIfFalseOrPop(l)
                | Instr::JumpIfTrueOrPop(l)
                | Instr::ForIter(l)
                | Instr::SetupExcept(l) => l,
                _ => continue,
            };
            let Some(Some(target)) = u.labels.get(label as usize).copied() else {
                return Err(self.internal("jump to an unplaced label"));
            };
            u.instrs[idx] = retarget(instr, target);
        }
        let max_stack = flow::max_stack(&u.instrs);
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                self.table.scopes[u.scope]
                    .params
                    .iter()
                    .position(|p| p == c)
                    .map(|i| i as u32)
            })
            .collect();
        Ok(Code {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            instrs: u.instrs,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            cell2arg,
            freevars: u.freevars,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            max_stack,
            doc: u.doc,
        })
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, name: &str, kind: ScopeKind) -> String {
        let parent = &self.cur;
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            let binding = self.table.scopes[parent.scope]
                .symbol(&mangled)
                .map(|s| s.binding);
            if binding == Some(Binding::GlobalExplicit) {
                return name.to_string();
            }
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    fn scope_of<T>(&self, node: &T, range: TextRange) -> Result<ScopeId, CompileError> {
        self.table
            .scope_of(node)
            .ok_or_else(|| self.error("internal compiler error: missing scope", range))
    }

    // ---- names ----

    fn nameop(&mut self, name: &str, ctx: NameCtx) -> R {
        let mangled = self.mangled(name).into_owned();
        let scope = &self.table.scopes[self.cur.scope];
        let is_function = self.cur.kind.is_function();
        let binding = scope.symbol(&mangled).map(|s| s.binding);
        enum Op {
            Fast,
            Deref,
            Global,
            Name,
        }
        let op = match binding {
            Some(Binding::Free | Binding::Cell) => Op::Deref,
            Some(Binding::Local) if is_function => Op::Fast,
            Some(Binding::GlobalImplicit) | None if is_function => Op::Global,
            Some(Binding::GlobalExplicit) => Op::Global,
            _ => Op::Name,
        };
        let instr = match op {
            Op::Fast => {
                let i = self.cur.var_index(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadFast(i),
                    NameCtx::Store => Instr::StoreFast(i),
                    NameCtx::Del => Instr::DeleteFast(i),
                }
            }
            Op::Deref => {
                let Some(i) = self.cur.deref_index(&mangled) else {
                    return Err(self.internal("cell variable not found"));
                };
                match ctx {
                    NameCtx::Load if self.cur.kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    NameCtx::Load => Instr::LoadDeref(i),
                    NameCtx::Store => Instr::StoreDeref(i),
                    NameCtx::Del => Instr::DeleteDeref(i),
                }
            }
            Op::Global => {
                let i = self.name_index(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Del => Instr::DeleteGlobal(i),
                }
            }
            Op::Name => {
                let i = self.name_index(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadName(i),
                    NameCtx::Store => Instr::StoreName(i),
                    NameCtx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    fn load_name(&mut self, name: &str) -> R {
        self.nameop(name, NameCtx::Load)
    }

    fn store_name(&mut self, name: &str) -> R {
        self.nameop(name, NameCtx::Store)
    }

    // ---- statements ----

    fn stmts(&mut self, body: &'a [Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        let is_future = matches!(s, Stmt::ImportFrom(i)
            if i.level == 0 && i.module.as_ref().is_some_and(|m| m.as_str() == "__future__"));
        if !is_future {
            self.future_ok = false;
        }
        self.set_line(s.range());
        self.descend(s.range())?;
        let r = self.stmt_inner(s);
        self.ascend();
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.delete_target(t)),
            Stmt::Assign(a) => self.assign(a),
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.expr(exc)?;
                    n = 1;
                    if let Some(cause) = &r.cause {
                        self.expr(cause)?;
                        n = 2;
                    }
                }
                self.set_line(s.range());
                self.emit(Instr::Raise(n));
                Ok(())
            }
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, end, true)?;
                self.set_line(s.range());
                self.emit(Instr::LoadAssertionError);
                if let Some(msg) = &a.msg {
                    self.expr(msg)?;
                    self.set_line(s.range());
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.place(end);
                Ok(())
            }
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => self.expr_stmt(&e.value),
            Stmt::Break(b) => self.break_stmt(b.range),
            Stmt::Continue(c) => self.continue_stmt(c.range),
            Stmt::TypeAlias(t) => Err(self.error("invalid syntax", t.range)),
            Stmt::IpyEscapeCommand(i) => Err(self.error("invalid syntax", i.range)),
        }
    }

    fn expr_stmt(&mut self, value: &'a Expr) -> R {
        if self.interactive && self.cur.kind == ScopeKind::Module {
            self.expr(value)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        // A constant expression statement (a string used as a comment, `...`) does nothing.
        if self.constant(value).is_some() {
            return Ok(());
        }
        self.expr(value)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    #[inline(never)]
    fn assign(&mut self, a: &'a ast::StmtAssign) -> R {
        // `a, b = b, a`: evaluate the values and reorder them instead of building a tuple.
        if let [target] = a.targets.as_slice()
            && let Some(targets) = sequence_elts(target)
            && let Some(values) = sequence_elts(&a.value)
            && (2..=3).contains(&targets.len())
            && targets.len() == values.len()
            && !targets.iter().chain(values).any(Expr::is_starred_expr)
        {
            for v in values {
                self.expr(v)?;
            }
            self.set_line(target.range());
            self.emit(Instr::Swap(values.len() as u32));
            for t in targets {
                self.assign_target(t)?;
            }
            return Ok(());
        }
        self.expr(&a.value)?;
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Instr::Copy(1));
            }
            self.assign_target(t)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let op = inplace_op(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id)?;
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::BinaryOp(op));
                self.store_name(&n.id)
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.set_line(at.range);
                self.emit(Instr::Copy(1));
                let i = self.attr_index(&at.attr);
                self.emit(Instr::LoadAttr(i));
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::BinaryOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.subscript_key(&sub.slice)?;
                self.set_line(sub.range);
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::BinaryOp(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            other => Err(self.error(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    super::syntax_error::expr_name(other)
                ),
                other.range(),
            )),
        }
    }

    /// `__annotations__ = {}` at the start of a module or class body that has annotated
    /// assignments.
    fn setup_annotations(&mut self, body: &[Stmt]) -> R {
        if has_annotations(body) {
            self.emit(Instr::BuildMap(0));
            self.store_name("__annotations__")?;
        }
        Ok(())
    }

    /// Pushes an annotation's value: the evaluated expression, or under
    /// `from __future__ import annotations` its source text as CPython prints it.
    fn annotation(&mut self, e: &'a Expr) -> R {
        if !self.table.future_annotations {
            return self.expr(e);
        }
        match super::unparse::annotation_text(e, MAX_DEPTH.saturating_sub(self.depth)) {
            Ok(text) => {
                self.load_const(Const::Str(text));
                Ok(())
            }
            Err(bad) => Err(self.error(
                match bad.what {
                    Some(what) => format!("'{what}' can not be used within an annotation"),
                    None => "maximum recursion depth exceeded during compilation".to_string(),
                },
                bad.range,
            )),
        }
    }

    /// `target: annotation [= value]`. The value is assigned first. In module and class
    /// bodies the annotation is then evaluated and, for a plain name, stored in
    /// `__annotations__` under the (mangled) name; in function bodies it is ignored.
    #[inline(never)]
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> R {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.assign_target(&a.target)?;
        }
        let evaluated = !self.cur.kind.is_function();
        if let Expr::Name(n) = &*a.target
            && a.simple
        {
            if evaluated {
                self.annotation(&a.annotation)?;
                self.set_line(a.range);
                self.load_name("__annotations__")?;
                let name = self.mangled(&n.id).into_owned();
                self.load_const(Const::Str(name));
                self.emit(Instr::StoreSubscr);
            }
            return Ok(());
        }
        if a.value.is_none() {
            self.ann_target_operands(&a.target)?;
        }
        if evaluated && !self.table.future_annotations {
            self.expr(&a.annotation)?;
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    /// A value-less `obj.attr: T` or `obj[key]: T` still evaluates `obj` (and `key`).
    fn ann_target_operands(&mut self, target: &'a Expr) -> R {
        match target {
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::PopTop);
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.emit(Instr::PopTop);
                match &*sub.slice {
                    Expr::Slice(sl) => {
                        for part in [&sl.lower, &sl.upper, &sl.step].into_iter().flatten() {
                            self.expr(part)?;
                            self.emit(Instr::PopTop);
                        }
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Instr::PopTop);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Stores TOS into an assignment target.
    fn assign_target(&mut self, t: &'a Expr) -> R {
        self.descend(t.range())?;
        let r = self.assign_target_inner(t);
        self.ascend();
        r
    }

    fn assign_target_inner(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                let i = self.attr_index(&a.attr);
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.set_line(s.range);
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. })
            | Expr::List(ast::ExprList { elts, range, .. }) => {
                self.unpack(elts, *range)?;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.assign_target(&s.value)?,
                        other => self.assign_target(other)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => Err(self.error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(self.error(
                format!("cannot assign to {}", super::syntax_error::expr_name(other)),
                other.range(),
            )),
        }
    }

    fn unpack(&mut self, elts: &[Expr], range: TextRange) -> R {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if e.is_starred_expr() {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                star = Some(i);
            }
        }
        self.set_line(range);
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 23) {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", range)
                    );
                }
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> R {
        self.descend(t.range())?;
        let r = match t {
            Expr::Name(n) => self.nameop(&n.id, NameCtx::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                let i = self.attr_index(&a.attr);
                self.emit(Instr::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.set_line(s.range);
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            other => Err(self.error(
                format!("cannot delete {}", super::syntax_error::expr_name(other)),
                other.range(),
            )),
        };
        self.ascend();
        r
    }

    #[inline(never)]
    fn import(&mut self, i: &'a ast::StmtImport) -> R {
        for alias in &i.names {
            let full = alias.name.as_str();
            let idx = self.name_index(full);
            self.emit(Instr::ImportName(idx));
            match &alias.asname {
                Some(asname) => self.store_name(asname)?,
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    if top != full {
                        // The VM's ImportName yields the module named exactly; bind the
                        // top-level package as `import a.b` does.
                        self.emit(Instr::PopTop);
                        let t = self.name_index(top);
                        self.emit(Instr::ImportName(t));
                    }
                    self.store_name(top)?;
                }
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> R {
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        if module == "__future__" && i.level == 0 {
            // Checked here; then imported like any module, binding the _Feature objects.
            self.future_import(i)?;
        }
        // A relative import names its module with the leading dots; the VM resolves them
        // against the importing module's package.
        let dotted = format!("{}{module}", ".".repeat(i.level as usize));
        let idx = self.name_index(&dotted);
        self.emit(Instr::ImportName(idx));
        if i.names.iter().any(|a| a.name.as_str() == "*") {
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            let n = self.name_index(&alias.name);
            self.emit(Instr::ImportFrom(n));
            let stored = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(stored)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// Checks a `from __future__ import ...`: its place and its feature names. Of the
    /// features only `annotations` changes anything (the symbol table notes it).
    fn future_import(&mut self, i: &'a ast::StmtImportFrom) -> R {
        if !self.future_ok || self.cur.kind != ScopeKind::Module {
            return Err(self.error(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        const KNOWN: [&str; 9] = [
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "generator_stop",
            "annotations",
        ];
        for alias in &i.names {
            match alias.name.as_str() {
                "braces" => return Err(self.error("not a chance", alias.range)),
                "barry_as_FLUFL" => {}
                n if KNOWN.contains(&n) => {}
                n => {
                    return Err(
                        self.error(format!("future feature {n} is not defined"), alias.range)
                    );
                }
            }
        }
        Ok(())
    }

    // ---- functions, lambdas, classes ----

    /// Pushes the defaults tuple and keyword-only defaults dict; returns the MAKE_* flags.
    fn defaults(&mut self, params: &'a Parameters) -> Result<u32, CompileError> {
        let mut flags = 0;
        let positional: Vec<&'a Expr> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !positional.is_empty() {
            let consts: Option<Vec<Const>> = positional.iter().map(|d| self.constant(d)).collect();
            match consts {
                Some(items) => self.load_const(Const::Tuple(items)),
                None => {
                    for d in &positional {
                        self.expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(positional.len() as u32));
                }
            }
            flags |= MAKE_DEFAULTS;
        }
        let mut nkw = 0;
        for p in &params.kwonlyargs {
            if let Some(d) = &p.default {
                let name = self.mangled(&p.parameter.name).into_owned();
                self.load_const(Const::Str(name));
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Instr::BuildMap(nkw));
            flags |= MAKE_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the dict of a function's annotations, in CPython's order (see
    /// `params_in_annotation_order`, then 'return'); returns `MAKE_ANNOTATIONS`, or 0
    /// and pushes nothing when there are none.
    fn function_annotations(
        &mut self,
        params: &'a Parameters,
        returns: Option<&'a Expr>,
    ) -> Result<u32, CompileError> {
        let mut entries: Vec<(String, &'a Expr)> = Vec::new();
        for p in params_in_annotation_order(params) {
            if let Some(a) = &p.annotation {
                entries.push((self.mangled(&p.name).into_owned(), a));
            }
        }
        if let Some(r) = returns {
            entries.push(("return".to_string(), r));
        }
        if entries.is_empty() {
            return Ok(0);
        }
        let count = entries.len() as u32;
        for (name, e) in entries {
            self.load_const(Const::Str(name));
            self.annotation(e)?;
        }
        self.emit(Instr::BuildMap(count));
        Ok(MAKE_ANNOTATIONS)
    }

    fn set_arg_counts(&mut self, params: Option<&Parameters>) {
        let Some(p) = params else { return };
        self.cur.posonlyargcount = p.posonlyargs.len() as u32;
        self.cur.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        self.cur.kwonlyargcount = p.kwonlyargs.len() as u32;
        self.cur.flags.varargs = p.vararg.is_some();
        self.cur.flags.varkeywords = p.kwarg.is_some();
    }

    /// Emits the closure tuple (if the code has free variables) and `MakeFunction`.
    fn make_function(&mut self, code: Rc<Code>, mut flags: u32) -> R {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let Some(i) = self.cur.deref_index(name) else {
                    return Err(self.internal("closure variable not found"));
                };
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= MAKE_CLOSURE;
        }
        self.load_const(Const::Code(code));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    /// Whether the current unit may await: a coroutine, an async generator or an async
    /// comprehension.
    fn in_async(&self) -> bool {
        self.cur.flags.coroutine || self.cur.flags.async_generator
    }

    /// `[awaitable] -> [result]`: the `await` sequence; `context` is `GetAwaitable`'s
    /// operand.
    fn emit_await(&mut self, context: u32) {
        self.emit(Instr::GetAwaitable(context));
        self.load_const(Const::None);
        self.emit(Instr::YieldFrom);
    }

    fn first_line_with_decorators(&self, range: TextRange, decorators: &[ast::Decorator]) -> u32 {
        decorators
            .first()
            .map_or_else(|| self.line_of(range), |d| self.line_of(d.range))
    }

    #[inline(never)]
    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        if let Some(tp) = &f.type_params {
            return Err(self.error("expected '('", tp.range));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(f.range);
        let mut flags = self.defaults(&f.parameters)?;
        flags |= self.function_annotations(&f.parameters, f.returns.as_deref())?;
        let scope = self.scope_of(f, f.range)?;
        let qualname = self.qualname_for(&f.name, ScopeKind::Function);
        let first_line = self.first_line_with_decorators(f.range, &f.decorator_list);
        self.push_unit(scope, &f.name, qualname, first_line);
        self.set_arg_counts(Some(&f.parameters));
        let mut body: &'a [Stmt] = &f.body;
        if let Some((doc, rest)) = split_docstring(body) {
            self.cur.doc = Some(doc);
            body = rest;
        }
        self.stmts(body)?;
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.set_line(f.range);
        self.make_function(code, flags)?;
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&f.name)
    }

    #[inline(never)]
    fn lambda(&mut self, l: &'a ast::ExprLambda) -> R {
        let flags = match &l.parameters {
            Some(p) => self.defaults(p)?,
            None => 0,
        };
        let scope = self.scope_of(l, l.range)?;
        let qualname = self.qualname_for("<lambda>", ScopeKind::Lambda);
        let line = self.line_of(l.range);
        self.push_unit(scope, "<lambda>", qualname, line);
        self.set_arg_counts(l.parameters.as_deref());
        self.expr(&l.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.set_line(l.range);
        self.make_function(code, flags)
    }

    #[inline(never)]
    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        if let Some(tp) = &c.type_params {
            return Err(self.error("invalid syntax", tp.range));
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(c.range);
        self.emit(Instr::LoadBuildClass);
        let scope = self.scope_of(c, c.range)?;
        let qualname = self.qualname_for(&c.name, ScopeKind::Class);
        let first_line = self.first_line_with_decorators(c.range, &c.decorator_list);
        self.push_unit(scope, &c.name, qualname.clone(), first_line);
        self.load_name("__name__")?;
        self.store_name("__module__")?;
        self.load_const(Const::Str(qualname));
        self.store_name("__qualname__")?;
        let mut body: &'a [Stmt] = &c.body;
        if let Some((doc, rest)) = split_docstring(body) {
            if let Some(first) = body.first() {
                self.set_line(first.range());
            }
            self.load_const(Const::Str(doc.clone()));
            self.store_name("__doc__")?;
            self.cur.doc = Some(doc);
            body = rest;
        }
        self.setup_annotations(body)?;
        self.stmts(body)?;
        if self.table.scopes[scope].needs_class_cell {
            let Some(i) = self.cur.deref_index("__class__") else {
                return Err(self.internal("missing __class__ cell"));
            };
            self.emit(Instr::LoadClosure(i));
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.set_line(c.range);
        self.make_function(code, 0)?;
        self.load_const(Const::Str(c.name.to_string()));
        let (args, keywords): (&'a [Expr], &'a [ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_helper(2, args, keywords, c.range)?;
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&c.name)
    }
}

/// Whether a module or class body contains annotated assignments (outside nested
/// functions and classes), so that it needs an `__annotations__` dict.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

fn sequence_elts(e: &Expr) -> Option<&[Expr]> {
    match e {
        Expr::Tuple(t) => Some(&t.elts),
        Expr::List(l) => Some(&l.elts),
        _ => None,
    }
}

fn binary_op(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn inplace_op(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::InplaceAdd,
        O::Sub => BinOp::InplaceSub,
        O::Mult => BinOp::InplaceMul,
        O::MatMult => BinOp::InplaceMatMul,
        O::Div => BinOp::InplaceTrueDiv,
        O::Mod => BinOp::InplaceMod,
        O::Pow => BinOp::InplacePow,
        O::LShift => BinOp::InplaceLShift,
        O::RShift => BinOp::InplaceRShift,
        O::BitOr => BinOp::InplaceOr,
        O::BitXor => BinOp::InplaceXor,
        O::BitAnd => BinOp::InplaceAnd,
        O::FloorDiv => BinOp::InplaceFloorDiv,
    }
}
