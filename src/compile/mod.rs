//! Front end: parse Python source with ruff and compile it to bytecode.
//!
//! `compile` runs, in order: a tokenizer-level scan for the errors CPython's tokenizer
//! reports that ruff does not (`scan`), ruff's parser, the mapping of parse errors to
//! CPython's messages (`syntax_error`), scope analysis (`symtable`) and code generation
//! (`codegen`). The syntax tree is always dropped iteratively (`deep_drop`).

mod codegen;
mod deep_drop;
mod disasm;
mod flow;
mod scan;
mod source;
mod symtable;
mod syntax_error;
#[cfg(test)]
mod tests;
mod unparse;

pub use disasm::disassemble;

/// The value of an integer literal (ruff keeps the text of those beyond 64 bits).
pub fn int_literal(i: &ruff_python_ast::Int) -> Option<crate::bytecode::Const> {
    codegen::int_literal(i)
}

use crate::bytecode::Code;
use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{ParseOptions, parse_unchecked};
use std::fmt;
use std::rc::Rc;

/// Expression nesting (and statement nesting) beyond this is refused with CPython's
/// "maximum recursion depth exceeded during compilation" instead of exhausting the stack.
pub(crate) const MAX_DEPTH: usize = 1000;

/// A nested scope (function, lambda, class, comprehension) costs several times the stack of
/// an expression level, so it counts this much towards `MAX_DEPTH`.
pub(crate) const SCOPE_DEPTH_COST: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`compile(..., 'exec')`).
    Exec,
    /// REPL input: top-level expression statements print their value.
    Interactive,
    /// A single expression whose value the code returns.
    Eval,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// "SyntaxError", "IndentationError" or "TabError".
    pub kind: &'static str,
    pub msg: String,
    /// 1-based.
    pub line: u32,
    /// 1-based, in characters.
    pub col: u32,
    pub end_col: u32,
    /// The source line, without its line terminator.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind, self.msg, self.line)
    }
}

impl std::error::Error for CompileError {}

/// Compiles `source` into the code object of a module, REPL input or expression.
/// REPL input (`Mode::Interactive`) may hold several statements.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, CompileError> {
    with_syntax_tree(source, mode, false, |tree, map| {
        compile_tree(tree, filename, mode, map, false)
    })?
    .map(Rc::new)
}

/// `compile` as the `compile`, `exec` and `eval` built-ins run it: with `from __future__
/// import annotations` in force from the start when `future_annotations` is set (the
/// source need not import it), and `Mode::Interactive` ('single') taking one statement.
pub fn compile_with_features(
    source: &str,
    filename: &str,
    mode: Mode,
    future_annotations: bool,
) -> Result<Rc<Code>, CompileError> {
    with_syntax_tree(source, mode, true, |tree, map| {
        compile_tree(tree, filename, mode, map, future_annotations)
    })?
    .map(Rc::new)
}

/// Parses `source` as the `ast` module does: the syntax errors `compile` reports before
/// scope analysis are reported here too (those of scope analysis and code generation, such
/// as `return` outside a function, are not), else `f` sees the tree. `compile` runs the
/// rest of the pipeline in `f`. With `one_statement`, `Mode::Interactive` input must be
/// one statement, as in CPython's 'single' mode.
pub(crate) fn with_syntax_tree<T>(
    source: &str,
    mode: Mode,
    one_statement: bool,
    f: impl FnOnce(&Mod, &source::SourceMap) -> T,
) -> Result<T, CompileError> {
    let map = source::SourceMap::new(source);
    if let Some(nul) = source.find('\0') {
        return Err(map.error_at(
            syntax_error::SYNTAX,
            "source code cannot contain null bytes",
            nul,
            nul + 1,
        ));
    }
    let scanned = scan::scan(source);
    if scanned.too_deep
        && let Some(fatal) = &scanned.fatal
    {
        // Too deep to hand to the parser safely; CPython's tokenizer stops here too.
        return Err(syntax_error::from_scan(fatal, &map));
    }
    let parser_mode = match mode {
        Mode::Exec | Mode::Interactive => ruff_python_parser::Mode::Module,
        Mode::Eval => ruff_python_parser::Mode::Expression,
    };
    let options = ParseOptions::from(parser_mode).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    let eval_indent = if mode == Mode::Eval {
        syntax_error::leading_indent(&map)
    } else {
        None
    };
    let result = match eval_indent.or_else(|| {
        syntax_error::first_error(
            parsed.errors(),
            parsed.unsupported_syntax_errors(),
            &scanned,
            &map,
        )
    }) {
        Some(err) => Err(err),
        None if one_statement
            && let Some(err) = single_statement_error(parsed.syntax(), mode, &map) =>
        {
            Err(err)
        }
        None => Ok(f(parsed.syntax(), &map)),
    };
    deep_drop::drop_mod(parsed.into_syntax());
    result
}

/// In `single` mode the input must be one statement: one compound statement, or simple
/// statements on one line (joined by `;`), as CPython's grammar for it says.
fn single_statement_error(tree: &Mod, mode: Mode, map: &source::SourceMap) -> Option<CompileError> {
    use ruff_python_ast::Stmt;
    use ruff_text_size::Ranged;
    let (Mode::Interactive, Mod::Module(m)) = (mode, tree) else {
        return None;
    };
    let src = map.source();
    let Some(first) = m.body.first() else {
        // Nothing but blank lines and comments: CPython reports the end of the input.
        let line = src.matches('\n').count() as u32;
        let text = src
            .lines()
            .last()
            .filter(|_| !src.ends_with("\n\n"))
            .unwrap_or("");
        return Some(CompileError {
            kind: syntax_error::SYNTAX,
            msg: "invalid syntax".into(),
            line,
            col: 0,
            end_col: 0,
            text: Some(text.to_string()),
        });
    };
    let compound = matches!(
        first,
        Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::If(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::With(_)
            | Stmt::Try(_)
            | Stmt::Match(_)
    );
    let first_line = map.line(first.start().to_usize());
    let mut same_line_end = first.end().to_usize();
    for st in &m.body[1..] {
        let start = st.start().to_usize();
        if compound {
            return Some(map.error_at(syntax_error::SYNTAX, "invalid syntax", start, start + 1));
        }
        if map.line(start) != first_line {
            // Where the first line's NEWLINE token (or the comment before it) starts.
            let newline = src[same_line_end..]
                .find(['#', '\n', '\r'])
                .map_or(src.len(), |i| same_line_end + i);
            return Some(map.error_at(
                syntax_error::SYNTAX,
                "multiple statements found while compiling a single statement",
                newline,
                newline + 1,
            ));
        }
        same_line_end = st.end().to_usize();
    }
    None
}

fn compile_tree(
    tree: &Mod,
    filename: &str,
    mode: Mode,
    map: &source::SourceMap,
    future_annotations: bool,
) -> Result<Code, CompileError> {
    match tree {
        Mod::Module(m) => {
            let table = symtable::build_module(&m.body, map, future_annotations)?;
            codegen::compile_module(&m.body, &table, map, filename, mode == Mode::Interactive)
        }
        Mod::Expression(e) => {
            let table = symtable::build_expression(&e.body, map, future_annotations)?;
            codegen::compile_expression(&e.body, &table, map, filename)
        }
    }
}
