//! `_ast`: ruff's syntax tree as node objects of the classes `ast.py` defines.
//!
//! `_ast.parse(source, filename, mode, classes, shared)` reports syntax errors as `compile`
//! does; otherwise it converts the tree to a plain `Tree` (node name, fields in the order
//! of the class's `_fields`, then four positions when the class has `_attributes`) and
//! builds instances of `classes[name]` from it, setting the attributes directly (no
//! `__init__` runs). The tree takes CPython 3.11's shape, which differs from ruff's:
//! `elif` chains nest as `If` nodes, a function's parameters split into `arguments` with
//! separate default lists, implicitly concatenated strings and f-strings become one
//! `Constant` or `JoinedStr` (whose parts take the whole string's position, as 3.11's do),
//! a lone generator argument takes the call's parentheses, decorated definitions start at
//! their `def`/`class`, and columns are UTF-8 byte offsets into the line.

use crate::compile::{self, Mode};
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::str::{PyStr, str_hash};
use crate::runtime::value::{Value, View};
use crate::vm::builtins::function;
use crate::vm::code::{const_value, make_complex};
use crate::vm::{PyResult, Vm};
use ruff_python_ast::{self as ast, Expr, Mod, Number, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::HashMap;
use std::rc::Rc;

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "parse", parse);
}

/// `parse(source, filename, mode, classes, shared)`: mode is 'exec', 'eval' or 'single';
/// `classes` maps node names to the node classes, and `shared` keeps the one instance of
/// each field-less node (contexts, operators) that every tree uses.
fn parse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [source, filename, mode, classes, shared] = args.args.as_slice() else {
        return Err(vm.type_error("_ast.parse() takes exactly 5 arguments"));
    };
    let source = match source.view() {
        View::Str(s) => s.as_str().to_string(),
        _ => return Err(vm.type_error("_ast.parse() source must be str")),
    };
    let (View::Dict(classes), View::Dict(shared)) = (classes.view(), shared.view()) else {
        return Err(vm.type_error("_ast.parse() needs the node classes"));
    };
    let (classes, shared) = (classes.clone(), shared.clone());
    let filename = vm.to_str(filename)?;
    let mode_name = vm.to_str(mode)?;
    let mode = match mode_name.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Interactive,
        _ => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            );
        }
    };
    let mut uses_complex = false;
    let result = compile::with_syntax_tree(&source, mode, true, |tree, _| {
        let mut c = Conv::new(&source);
        let v = c.module(tree, mode);
        uses_complex = c.complex;
        v
    });
    match result {
        Ok(tree) => {
            if uses_complex {
                vm.ensure_complex()?;
            }
            // CPython counts node nesting against three times the recursion limit, less
            // three per frame already running.
            let limit = vm.recursion_limit.saturating_mul(3);
            let mut b = Builder {
                classes,
                shared,
                known: HashMap::new(),
                depth: vm.depth.saturating_mul(3),
                limit,
                positions: ["lineno", "col_offset", "end_lineno", "end_col_offset"]
                    .map(|n| vm.intern(n)),
            };
            b.build(vm, tree)
        }
        Err(e) => Err(crate::vm::builtins::exec::source_syntax_error(
            vm, e, &source, &filename, mode,
        )),
    }
}

/// A node class and its `_fields`, interned.
type NodeClass = (Obj<Class>, Rc<[Obj<PyStr>]>);

/// Makes node objects from a `Tree`.
struct Builder {
    classes: Obj<PyDict>,
    shared: Obj<PyDict>,
    known: HashMap<&'static str, NodeClass>,
    positions: [Obj<PyStr>; 4],
    /// Nesting of the node being built, and where it stops with a RecursionError.
    depth: usize,
    limit: usize,
}

impl Builder {
    fn class(&mut self, vm: &mut Vm, name: &'static str) -> PyResult<NodeClass> {
        if let Some(k) = self.known.get(name) {
            return Ok(k.clone());
        }
        let Some(cls) = self.classes.get_str(name, str_hash(name)) else {
            return Err(vm.err("SystemError", format!("_ast: no node class {name}")));
        };
        let View::Class(c) = cls.view() else {
            return Err(vm.type_error(format!("_ast: {name} is not a class")));
        };
        let c = c.clone();
        let fields_name = vm.intern("_fields");
        let fields = vm.get_attr(&cls, &fields_name)?;
        let mut names = vec![];
        for f in vm.collect_iterable(&fields)? {
            let text = vm.to_str(&f)?;
            names.push(vm.intern(&text));
        }
        let entry: NodeClass = (c, names.into());
        self.known.insert(name, entry.clone());
        Ok(entry)
    }

    fn build(&mut self, vm: &mut Vm, tree: Tree) -> PyResult<Value> {
        match tree {
            Tree::Leaf(v) => Ok(v),
            Tree::Complex(re, im) => Ok(make_complex(re, im)),
            Tree::List(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    out.push(self.build(vm, item)?);
                }
                Ok(Value::list(out))
            }
            Tree::Node(name, values) => {
                let bare = values.is_empty();
                if bare && let Some(v) = self.shared.get_str(name, str_hash(name)) {
                    return Ok(v);
                }
                if !bare {
                    self.depth += 1;
                    if self.depth > self.limit {
                        return Err(vm.err(
                            "RecursionError",
                            "maximum recursion depth exceeded during ast construction",
                        ));
                    }
                }
                let (cls, fields) = self.class(vm, name)?;
                let node = Value::Instance(vm.new_instance(&cls));
                let mut values = values.into_iter();
                for f in fields.iter().chain(self.positions.clone().iter()) {
                    let Some(item) = values.next() else { break };
                    let v = self.build(vm, item)?;
                    vm.set_attr(&node, f, v)?;
                }
                if bare {
                    self.shared.set_str(name, node.clone());
                } else {
                    self.depth -= 1;
                }
                Ok(node)
            }
        }
    }
}

/// A tree built before any complex number may exist: complex constants are made once the
/// complex class is installed (`Vm::ensure_complex` runs Python code, so not mid-walk).
enum Tree {
    /// A node: its class name, then its fields and, with positions, four ints.
    Node(&'static str, Vec<Tree>),
    List(Vec<Tree>),
    Leaf(Value),
    Complex(f64, f64),
}

fn s(text: &str) -> Tree {
    Tree::Leaf(Value::str(text))
}

fn int(i: i64) -> Tree {
    Tree::Leaf(Value::Int(i))
}

fn none() -> Tree {
    Tree::Leaf(Value::None)
}

fn opt_name(id: &Option<ast::Identifier>) -> Tree {
    match id {
        Some(i) => s(i.id.as_str()),
        None => none(),
    }
}

struct Conv<'a> {
    src: &'a str,
    line_starts: Vec<usize>,
    complex: bool,
}

impl<'a> Conv<'a> {
    fn new(src: &'a str) -> Self {
        let mut line_starts = vec![0];
        let b = src.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        Conv {
            src,
            line_starts,
            complex: false,
        }
    }

    fn line_col(&self, offset: TextSize) -> (i64, i64) {
        let o = usize::from(offset).min(self.src.len());
        let idx = self.line_starts.partition_point(|&st| st <= o).max(1);
        (idx as i64, (o - self.line_starts[idx - 1]) as i64)
    }

    /// A node with positions.
    fn node(&self, name: &'static str, mut fields: Vec<Tree>, range: TextRange) -> Tree {
        let (l, c) = self.line_col(range.start());
        let (el, ec) = self.line_col(range.end());
        fields.extend([int(l), int(c), int(el), int(ec)]);
        Tree::Node(name, fields)
    }

    /// A node without positions.
    fn bare(&self, name: &'static str, fields: Vec<Tree>) -> Tree {
        Tree::Node(name, fields)
    }

    fn module(&mut self, tree: &Mod, mode: Mode) -> Tree {
        match tree {
            Mod::Module(m) => {
                let body = self.stmts(&m.body);
                if mode == Mode::Interactive {
                    self.bare("Interactive", vec![body])
                } else {
                    self.bare("Module", vec![body, Tree::List(vec![])])
                }
            }
            Mod::Expression(e) => {
                let body = self.expr(&e.body);
                self.bare("Expression", vec![body])
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Tree {
        Tree::List(body.iter().map(|st| self.stmt(st)).collect())
    }

    fn exprs(&mut self, items: &[Expr]) -> Tree {
        Tree::List(items.iter().map(|e| self.expr(e)).collect())
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> Tree {
        match e {
            Some(e) => self.expr(e),
            None => none(),
        }
    }

    /// Where a decorated definition's `def`, `async` or `class` keyword starts: after the
    /// last decorator, past blank lines, comments and line continuations.
    fn after_decorators(&self, decorators: &[ast::Decorator], range: TextRange) -> TextRange {
        let Some(last) = decorators.last() else {
            return range;
        };
        let b = self.src.as_bytes();
        let mut i = usize::from(last.end());
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | b'\\' => i += 1,
                b'#' => {
                    while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        let start = TextSize::try_from(i).unwrap_or(range.start());
        TextRange::new(start.min(range.end()), range.end())
    }

    fn stmt(&mut self, st: &Stmt) -> Tree {
        let r = st.range();
        match st {
            Stmt::FunctionDef(f) => {
                let args = self.parameters(Some(&f.parameters));
                let body = self.stmts(&f.body);
                let decorators = Tree::List(
                    f.decorator_list
                        .iter()
                        .map(|d| self.expr(&d.expression))
                        .collect(),
                );
                let returns = self.opt_expr(f.returns.as_deref());
                let name = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let range = self.after_decorators(&f.decorator_list, r);
                self.node(
                    name,
                    vec![
                        s(f.name.id.as_str()),
                        args,
                        body,
                        decorators,
                        returns,
                        none(),
                    ],
                    range,
                )
            }
            Stmt::ClassDef(c) => {
                let (bases, keywords) = match &c.arguments {
                    Some(a) => self.call_args(a),
                    None => (Tree::List(vec![]), Tree::List(vec![])),
                };
                let body = self.stmts(&c.body);
                let decorators = Tree::List(
                    c.decorator_list
                        .iter()
                        .map(|d| self.expr(&d.expression))
                        .collect(),
                );
                let range = self.after_decorators(&c.decorator_list, r);
                self.node(
                    "ClassDef",
                    vec![s(c.name.id.as_str()), bases, keywords, body, decorators],
                    range,
                )
            }
            Stmt::Return(x) => {
                let v = self.opt_expr(x.value.as_deref());
                self.node("Return", vec![v], r)
            }
            Stmt::Delete(x) => {
                let t = self.exprs(&x.targets);
                self.node("Delete", vec![t], r)
            }
            Stmt::Assign(x) => {
                let t = self.exprs(&x.targets);
                let v = self.expr(&x.value);
                self.node("Assign", vec![t, v, none()], r)
            }
            Stmt::AugAssign(x) => {
                let t = self.expr(&x.target);
                let v = self.expr(&x.value);
                let op = self.bare(operator_name(x.op), vec![]);
                self.node("AugAssign", vec![t, op, v], r)
            }
            Stmt::AnnAssign(x) => {
                let t = self.expr(&x.target);
                let a = self.expr(&x.annotation);
                let v = self.opt_expr(x.value.as_deref());
                self.node("AnnAssign", vec![t, a, v, int(x.simple as i64)], r)
            }
            Stmt::For(x) => {
                let t = self.expr(&x.target);
                let i = self.expr(&x.iter);
                let b = self.stmts(&x.body);
                let o = self.stmts(&x.orelse);
                let name = if x.is_async { "AsyncFor" } else { "For" };
                self.node(name, vec![t, i, b, o, none()], r)
            }
            Stmt::While(x) => {
                let t = self.expr(&x.test);
                let b = self.stmts(&x.body);
                let o = self.stmts(&x.orelse);
                self.node("While", vec![t, b, o], r)
            }
            Stmt::If(x) => {
                let t = self.expr(&x.test);
                let b = self.stmts(&x.body);
                let o = self.elif_chain(&x.elif_else_clauses);
                self.node("If", vec![t, b, o], r)
            }
            Stmt::With(x) => {
                let items = Tree::List(
                    x.items
                        .iter()
                        .map(|it| {
                            let c = self.expr(&it.context_expr);
                            let v = self.opt_expr(it.optional_vars.as_deref());
                            self.bare("withitem", vec![c, v])
                        })
                        .collect(),
                );
                let b = self.stmts(&x.body);
                let name = if x.is_async { "AsyncWith" } else { "With" };
                self.node(name, vec![items, b, none()], r)
            }
            Stmt::Match(x) => {
                let subj = self.expr(&x.subject);
                let cases = Tree::List(
                    x.cases
                        .iter()
                        .map(|c| {
                            let p = self.pattern(&c.pattern);
                            let g = self.opt_expr(c.guard.as_deref());
                            let b = self.stmts(&c.body);
                            self.bare("match_case", vec![p, g, b])
                        })
                        .collect(),
                );
                self.node("Match", vec![subj, cases], r)
            }
            Stmt::Raise(x) => {
                let e = self.opt_expr(x.exc.as_deref());
                let c = self.opt_expr(x.cause.as_deref());
                self.node("Raise", vec![e, c], r)
            }
            Stmt::Try(x) => {
                let b = self.stmts(&x.body);
                let handlers = Tree::List(
                    x.handlers
                        .iter()
                        .map(|h| {
                            let ast::ExceptHandler::ExceptHandler(h) = h;
                            let t = self.opt_expr(h.type_.as_deref());
                            let body = self.stmts(&h.body);
                            self.node("ExceptHandler", vec![t, opt_name(&h.name), body], h.range)
                        })
                        .collect(),
                );
                let o = self.stmts(&x.orelse);
                let f = self.stmts(&x.finalbody);
                let name = if x.is_star { "TryStar" } else { "Try" };
                self.node(name, vec![b, handlers, o, f], r)
            }
            Stmt::Assert(x) => {
                let t = self.expr(&x.test);
                let m = self.opt_expr(x.msg.as_deref());
                self.node("Assert", vec![t, m], r)
            }
            Stmt::Import(x) => {
                let names = self.aliases(&x.names);
                self.node("Import", vec![names], r)
            }
            Stmt::ImportFrom(x) => {
                let names = self.aliases(&x.names);
                self.node(
                    "ImportFrom",
                    vec![opt_name(&x.module), names, int(x.level as i64)],
                    r,
                )
            }
            Stmt::Global(x) => {
                let names = Tree::List(x.names.iter().map(|n| s(n.id.as_str())).collect());
                self.node("Global", vec![names], r)
            }
            Stmt::Nonlocal(x) => {
                let names = Tree::List(x.names.iter().map(|n| s(n.id.as_str())).collect());
                self.node("Nonlocal", vec![names], r)
            }
            Stmt::Expr(x) => {
                let v = self.expr(&x.value);
                self.node("Expr", vec![v], r)
            }
            Stmt::Pass(_) => self.node("Pass", vec![], r),
            Stmt::Break(_) => self.node("Break", vec![], r),
            Stmt::Continue(_) => self.node("Continue", vec![], r),
            // Newer syntax than 3.11's, refused by the parser's version check.
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => self.node("Pass", vec![], r),
        }
    }

    /// The `orelse` of an `if`: its `elif`s as nested `If`s, each from its `elif` to the end
    /// of the statement.
    fn elif_chain(&mut self, clauses: &[ast::ElifElseClause]) -> Tree {
        let Some((first, rest)) = clauses.split_first() else {
            return Tree::List(vec![]);
        };
        match &first.test {
            None => self.stmts(&first.body),
            Some(test) => {
                let t = self.expr(test);
                let b = self.stmts(&first.body);
                let o = self.elif_chain(rest);
                let end = clauses.last().map_or(first.end(), |c| c.end());
                let range = TextRange::new(first.start(), end);
                Tree::List(vec![self.node("If", vec![t, b, o], range)])
            }
        }
    }

    fn aliases(&mut self, names: &[ast::Alias]) -> Tree {
        Tree::List(
            names
                .iter()
                .map(|a| {
                    self.node(
                        "alias",
                        vec![s(a.name.id.as_str()), opt_name(&a.asname)],
                        a.range,
                    )
                })
                .collect(),
        )
    }

    fn arg(&mut self, p: &ast::Parameter) -> Tree {
        let ann = self.opt_expr(p.annotation.as_deref());
        let end = p.annotation.as_ref().map_or(p.name.end(), |a| a.end());
        let range = TextRange::new(p.name.start(), end);
        self.node("arg", vec![s(p.name.id.as_str()), ann, none()], range)
    }

    fn parameters(&mut self, params: Option<&ast::Parameters>) -> Tree {
        let empty = ast::Parameters::default();
        let p = params.unwrap_or(&empty);
        let mut posonly = vec![];
        let mut args = vec![];
        let mut defaults = vec![];
        for pd in &p.posonlyargs {
            posonly.push(self.arg(&pd.parameter));
            if let Some(d) = &pd.default {
                defaults.push(self.expr(d));
            }
        }
        for pd in &p.args {
            args.push(self.arg(&pd.parameter));
            if let Some(d) = &pd.default {
                defaults.push(self.expr(d));
            }
        }
        let vararg = match &p.vararg {
            Some(v) => self.arg(v),
            None => none(),
        };
        let mut kwonly = vec![];
        let mut kw_defaults = vec![];
        for pd in &p.kwonlyargs {
            kwonly.push(self.arg(&pd.parameter));
            kw_defaults.push(self.opt_expr(pd.default.as_deref()));
        }
        let kwarg = match &p.kwarg {
            Some(v) => self.arg(v),
            None => none(),
        };
        self.bare(
            "arguments",
            vec![
                Tree::List(posonly),
                Tree::List(args),
                vararg,
                Tree::List(kwonly),
                Tree::List(kw_defaults),
                kwarg,
                Tree::List(defaults),
            ],
        )
    }

    fn call_args(&mut self, a: &ast::Arguments) -> (Tree, Tree) {
        let args = Tree::List(
            a.args
                .iter()
                .map(|e| match e {
                    // A lone unparenthesized generator argument takes the call's parentheses.
                    Expr::Generator(g) if !g.parenthesized => self.generator(g, a.range),
                    _ => self.expr(e),
                })
                .collect(),
        );
        let keywords = Tree::List(
            a.keywords
                .iter()
                .map(|k| {
                    let v = self.expr(&k.value);
                    self.node("keyword", vec![opt_name(&k.arg), v], k.range)
                })
                .collect(),
        );
        (args, keywords)
    }

    fn generator(&mut self, g: &ast::ExprGenerator, range: TextRange) -> Tree {
        let elt = self.expr(&g.elt);
        let gens = self.comprehensions(&g.generators);
        self.node("GeneratorExp", vec![elt, gens], range)
    }

    fn comprehensions(&mut self, gens: &[ast::Comprehension]) -> Tree {
        Tree::List(
            gens.iter()
                .map(|c| {
                    let t = self.expr(&c.target);
                    let i = self.expr(&c.iter);
                    let ifs = self.exprs(&c.ifs);
                    self.bare("comprehension", vec![t, i, ifs, int(c.is_async as i64)])
                })
                .collect(),
        )
    }

    fn ctx(&self, c: ast::ExprContext) -> Tree {
        let name = match c {
            ast::ExprContext::Store => "Store",
            ast::ExprContext::Del => "Del",
            ast::ExprContext::Load | ast::ExprContext::Invalid => "Load",
        };
        self.bare(name, vec![])
    }

    fn constant(&mut self, value: Tree, kind: Tree, range: TextRange) -> Tree {
        self.node("Constant", vec![value, kind], range)
    }

    fn number(&mut self, n: &Number) -> Tree {
        match n {
            Number::Int(i) => match compile::int_literal(i) {
                Some(c) => Tree::Leaf(const_value(&c)),
                None => Tree::Leaf(Value::Int(0)),
            },
            Number::Float(f) => Tree::Leaf(Value::Float(*f)),
            Number::Complex { real, imag } => {
                self.complex = true;
                Tree::Complex(*real, *imag)
            }
        }
    }

    fn expr(&mut self, e: &Expr) -> Tree {
        let r = e.range();
        match e {
            Expr::BoolOp(x) => {
                let op = match x.op {
                    ast::BoolOp::And => "And",
                    ast::BoolOp::Or => "Or",
                };
                let op = self.bare(op, vec![]);
                let vals = self.exprs(&x.values);
                self.node("BoolOp", vec![op, vals], r)
            }
            Expr::Named(x) => {
                let t = self.expr(&x.target);
                let v = self.expr(&x.value);
                self.node("NamedExpr", vec![t, v], r)
            }
            Expr::BinOp(x) => {
                let l = self.expr(&x.left);
                let op = self.bare(operator_name(x.op), vec![]);
                let rt = self.expr(&x.right);
                self.node("BinOp", vec![l, op, rt], r)
            }
            Expr::UnaryOp(x) => {
                let op = match x.op {
                    ast::UnaryOp::Invert => "Invert",
                    ast::UnaryOp::Not => "Not",
                    ast::UnaryOp::UAdd => "UAdd",
                    ast::UnaryOp::USub => "USub",
                };
                let op = self.bare(op, vec![]);
                let o = self.expr(&x.operand);
                self.node("UnaryOp", vec![op, o], r)
            }
            Expr::Lambda(x) => {
                let a = self.parameters(x.parameters.as_deref());
                let b = self.expr(&x.body);
                self.node("Lambda", vec![a, b], r)
            }
            Expr::If(x) => {
                let t = self.expr(&x.test);
                let b = self.expr(&x.body);
                let o = self.expr(&x.orelse);
                self.node("IfExp", vec![t, b, o], r)
            }
            Expr::Dict(x) => {
                let mut keys = vec![];
                let mut values = vec![];
                for item in &x.items {
                    keys.push(self.opt_expr(item.key.as_ref()));
                    values.push(self.expr(&item.value));
                }
                self.node("Dict", vec![Tree::List(keys), Tree::List(values)], r)
            }
            Expr::Set(x) => {
                let elts = self.exprs(&x.elts);
                self.node("Set", vec![elts], r)
            }
            Expr::ListComp(x) => {
                let elt = self.expr(&x.elt);
                let g = self.comprehensions(&x.generators);
                self.node("ListComp", vec![elt, g], r)
            }
            Expr::SetComp(x) => {
                let elt = self.expr(&x.elt);
                let g = self.comprehensions(&x.generators);
                self.node("SetComp", vec![elt, g], r)
            }
            Expr::DictComp(x) => {
                let k = self.opt_expr(x.key.as_deref());
                let v = self.expr(&x.value);
                let g = self.comprehensions(&x.generators);
                self.node("DictComp", vec![k, v, g], r)
            }
            Expr::Generator(x) => self.generator(x, r),
            Expr::Await(x) => {
                let v = self.expr(&x.value);
                self.node("Await", vec![v], r)
            }
            Expr::Yield(x) => {
                let v = self.opt_expr(x.value.as_deref());
                self.node("Yield", vec![v], r)
            }
            Expr::YieldFrom(x) => {
                let v = self.expr(&x.value);
                self.node("YieldFrom", vec![v], r)
            }
            Expr::Compare(x) => {
                let l = self.expr(&x.left);
                let ops = Tree::List(
                    x.ops
                        .iter()
                        .map(|op| {
                            let name = match op {
                                ast::CmpOp::Eq => "Eq",
                                ast::CmpOp::NotEq => "NotEq",
                                ast::CmpOp::Lt => "Lt",
                                ast::CmpOp::LtE => "LtE",
                                ast::CmpOp::Gt => "Gt",
                                ast::CmpOp::GtE => "GtE",
                                ast::CmpOp::Is => "Is",
                                ast::CmpOp::IsNot => "IsNot",
                                ast::CmpOp::In => "In",
                                ast::CmpOp::NotIn => "NotIn",
                            };
                            self.bare(name, vec![])
                        })
                        .collect(),
                );
                let comps = self.exprs(&x.comparators);
                self.node("Compare", vec![l, ops, comps], r)
            }
            Expr::Call(x) => {
                let f = self.expr(&x.func);
                let (a, k) = self.call_args(&x.arguments);
                self.node("Call", vec![f, a, k], r)
            }
            Expr::FString(x) => self.fstring(x),
            Expr::StringLiteral(x) => {
                let kind = if x.value.is_unicode() { s("u") } else { none() };
                let v = s(x.value.to_str());
                self.constant(v, kind, r)
            }
            Expr::BytesLiteral(x) => {
                let bytes: Vec<u8> = x.value.bytes().collect();
                let v = Tree::Leaf(Value::Bytes(Obj::new(bytes)));
                self.constant(v, none(), r)
            }
            Expr::NumberLiteral(x) => {
                let v = self.number(&x.value);
                self.constant(v, none(), r)
            }
            Expr::BooleanLiteral(x) => self.constant(Tree::Leaf(Value::Bool(x.value)), none(), r),
            Expr::NoneLiteral(_) => self.constant(none(), none(), r),
            Expr::EllipsisLiteral(_) => self.constant(Tree::Leaf(Value::Ellipsis), none(), r),
            Expr::Attribute(x) => {
                let v = self.expr(&x.value);
                let c = self.ctx(x.ctx);
                self.node("Attribute", vec![v, s(x.attr.id.as_str()), c], r)
            }
            Expr::Subscript(x) => {
                let v = self.expr(&x.value);
                let sl = self.expr(&x.slice);
                let c = self.ctx(x.ctx);
                self.node("Subscript", vec![v, sl, c], r)
            }
            Expr::Starred(x) => {
                let v = self.expr(&x.value);
                let c = self.ctx(x.ctx);
                self.node("Starred", vec![v, c], r)
            }
            Expr::Name(x) => {
                let c = self.ctx(x.ctx);
                self.node("Name", vec![s(x.id.as_str()), c], r)
            }
            Expr::List(x) => {
                let elts = self.exprs(&x.elts);
                let c = self.ctx(x.ctx);
                self.node("List", vec![elts, c], r)
            }
            Expr::Tuple(x) => {
                let elts = self.exprs(&x.elts);
                let c = self.ctx(x.ctx);
                self.node("Tuple", vec![elts, c], r)
            }
            Expr::Slice(x) => {
                let l = self.opt_expr(x.lower.as_deref());
                let u = self.opt_expr(x.upper.as_deref());
                let st = self.opt_expr(x.step.as_deref());
                self.node("Slice", vec![l, u, st], r)
            }
            // Newer or foreign syntax the 3.11 parser refuses.
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => self.constant(none(), none(), r),
        }
    }

    /// An f-string (with any strings concatenated to it) as CPython 3.11's `JoinedStr`:
    /// adjacent literal text merges into one `Constant`, and the parts take the whole
    /// string's position (a format spec's `JoinedStr` takes its f-string part's).
    fn fstring(&mut self, x: &ast::ExprFString) -> Tree {
        let whole = x.range;
        let mut values = vec![];
        let mut pending = String::new();
        for part in x.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => pending.push_str(&l.value),
                ast::FStringPart::FString(fs) => {
                    self.interpolated(&fs.elements, &mut pending, &mut values, whole, fs.range)
                }
            }
        }
        self.flush(&mut pending, &mut values, whole);
        self.node("JoinedStr", vec![Tree::List(values)], whole)
    }

    fn flush(&mut self, pending: &mut String, values: &mut Vec<Tree>, whole: TextRange) {
        if !pending.is_empty() {
            let text = s(&std::mem::take(pending));
            values.push(self.constant(text, none(), whole));
        }
    }

    fn interpolated(
        &mut self,
        elements: &ast::InterpolatedStringElements,
        pending: &mut String,
        values: &mut Vec<Tree>,
        whole: TextRange,
        part: TextRange,
    ) {
        for el in elements.iter() {
            let i = match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    pending.push_str(&l.value);
                    continue;
                }
                ast::InterpolatedStringElement::Interpolation(i) => i,
            };
            if let Some(debug) = &i.debug_text {
                pending.push_str(debug.leading());
                pending.push_str(debug.expression());
                pending.push_str(debug.trailing());
            }
            self.flush(pending, values, whole);
            let value = self.expr(&i.expression);
            let conversion = match i.conversion {
                ast::ConversionFlag::None if i.debug_text.is_some() && i.format_spec.is_none() => {
                    b'r' as i64
                }
                ast::ConversionFlag::None => -1,
                ast::ConversionFlag::Str => b's' as i64,
                ast::ConversionFlag::Repr => b'r' as i64,
                ast::ConversionFlag::Ascii => b'a' as i64,
            };
            let spec = match &i.format_spec {
                Some(spec) => {
                    let mut spec_values = vec![];
                    let mut spec_text = String::new();
                    self.interpolated(
                        &spec.elements,
                        &mut spec_text,
                        &mut spec_values,
                        whole,
                        part,
                    );
                    self.flush(&mut spec_text, &mut spec_values, whole);
                    self.node("JoinedStr", vec![Tree::List(spec_values)], part)
                }
                None => none(),
            };
            values.push(self.node("FormattedValue", vec![value, int(conversion), spec], whole));
        }
    }

    fn pattern(&mut self, p: &Pattern) -> Tree {
        let r = p.range();
        match p {
            Pattern::MatchValue(x) => {
                let v = self.expr(&x.value);
                self.node("MatchValue", vec![v], r)
            }
            Pattern::MatchSingleton(x) => {
                let v = match x.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                };
                self.node("MatchSingleton", vec![Tree::Leaf(v)], r)
            }
            Pattern::MatchSequence(x) => {
                let ps = self.patterns(&x.patterns);
                self.node("MatchSequence", vec![ps], r)
            }
            Pattern::MatchMapping(x) => {
                let keys = self.exprs(&x.keys);
                let ps = self.patterns(&x.patterns);
                self.node("MatchMapping", vec![keys, ps, opt_name(&x.rest)], r)
            }
            Pattern::MatchClass(x) => {
                let cls = self.expr(&x.cls);
                let ps = self.patterns(&x.arguments.patterns);
                let attrs = Tree::List(
                    x.arguments
                        .keywords
                        .iter()
                        .map(|k| s(k.attr.id.as_str()))
                        .collect(),
                );
                let kps = Tree::List(
                    x.arguments
                        .keywords
                        .iter()
                        .map(|k| self.pattern(&k.pattern))
                        .collect(),
                );
                self.node("MatchClass", vec![cls, ps, attrs, kps], r)
            }
            Pattern::MatchStar(x) => self.node("MatchStar", vec![opt_name(&x.name)], r),
            Pattern::MatchAs(x) => {
                let inner = match &x.pattern {
                    Some(p) => self.pattern(p),
                    None => none(),
                };
                self.node("MatchAs", vec![inner, opt_name(&x.name)], r)
            }
            Pattern::MatchOr(x) => {
                let ps = self.patterns(&x.patterns);
                self.node("MatchOr", vec![ps], r)
            }
        }
    }

    fn patterns(&mut self, ps: &[Pattern]) -> Tree {
        Tree::List(ps.iter().map(|p| self.pattern(p)).collect())
    }
}

fn operator_name(op: ast::Operator) -> &'static str {
    use ast::Operator as O;
    match op {
        O::Add => "Add",
        O::Sub => "Sub",
        O::Mult => "Mult",
        O::MatMult => "MatMult",
        O::Div => "Div",
        O::Mod => "Mod",
        O::Pow => "Pow",
        O::LShift => "LShift",
        O::RShift => "RShift",
        O::BitOr => "BitOr",
        O::BitXor => "BitXor",
        O::BitAnd => "BitAnd",
        O::FloorDiv => "FloorDiv",
    }
}
