//! Turns ruff's parse errors into the messages CPython 3.11 prints for the same input.
//!
//! ruff recovers from errors and describes them in its own words; CPython stops at the first
//! error its tokenizer or parser meets. The tokenizer-level facts come from `scan`, which
//! re-tokenizes the input the way CPython does; they take precedence when they sit at or
//! before the place where ruff's parser gave up.

use super::CompileError;
use super::deep_drop;
use super::scan::{Scan, ScanError, ScanKind};
use super::source::SourceMap;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, ParseOptions,
    UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};

pub(crate) const SYNTAX: &str = "SyntaxError";
pub(crate) const INDENTATION: &str = "IndentationError";
const TAB: &str = "TabError";
const INVALID: &str = "invalid syntax";

pub(crate) fn from_scan(err: &ScanError, map: &SourceMap) -> CompileError {
    let kind = match err.kind {
        ScanKind::Syntax => SYNTAX,
        ScanKind::Indentation => INDENTATION,
        ScanKind::Tab => TAB,
    };
    let mut e = map.error_at(kind, err.msg.clone(), err.start, err.end);
    if err.kind == ScanKind::Indentation {
        // CPython points one past the end of the offending line.
        let len = map.line_text(e.line).chars().count();
        e.col = u32::try_from(len + 1).unwrap_or(u32::MAX);
        e.end_col = e.col;
    }
    if err.kind == ScanKind::Tab {
        e.col = 1;
        e.end_col = 1;
    }
    e
}

/// An expression (eval mode) must not start indented; ruff's expression parser does not
/// track indentation, CPython's tokenizer does.
pub(crate) fn leading_indent(map: &SourceMap) -> Option<CompileError> {
    let src = map.source();
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let body = line.trim_start_matches([' ', '\t', '\x0c']);
        let blank = body.trim_end().is_empty() || body.starts_with('#');
        if !blank {
            if body.len() < line.len() {
                let indent = line.len() - body.len();
                let mut e = map.error_at(INDENTATION, "unexpected indent", offset, offset + indent);
                e.col = u32::try_from(indent).unwrap_or(1);
                return Some(e);
            }
            return None;
        }
        offset += line.len();
    }
    None
}

/// Picks the error CPython would report for a source that ruff rejected.
pub(crate) fn first_error(
    errors: &[ParseError],
    unsupported: &[UnsupportedSyntaxError],
    scan: &Scan,
    map: &SourceMap,
) -> Option<CompileError> {
    let first_unsupported = unsupported
        .iter()
        .filter(|u| is_error_in_311(u.kind))
        .min_by_key(|u| u.range.start());
    // CPython's tokenizer stops at these when it reaches them, unless the parser failed first.
    if let Some(fatal) = &scan.fatal {
        let earlier_parse_error = errors
            .first()
            .is_some_and(|e| e.location.start().to_usize() < fatal.start)
            || first_unsupported.is_some_and(|u| u.range.start().to_usize() < fatal.start);
        if !earlier_parse_error {
            return Some(from_scan(fatal, map));
        }
    }
    let Some(err) = errors.first() else {
        return first_unsupported.map(|u| unsupported_error(u, map));
    };
    let pos = err.location.start().to_usize();
    if let Some(u) = first_unsupported
        && u.range.start().to_usize() < pos
    {
        return Some(unsupported_error(u, map));
    }
    if let Some(scan_err) = &scan.first_error
        && scan_err.start <= pos
    {
        return Some(from_scan(scan_err, map));
    }
    let ctx = Ctx { scan, map };
    let mapped = ctx.map_error(err);
    if let Some(open) = scan.unclosed
        && open.open < pos
        && ctx.unclosed_wins(err, &mapped)
    {
        let msg = format!("'{}' was never closed", open.ch as char);
        return Some(map.error_at(SYNTAX, msg, open.open, open.open + 1));
    }
    Some(mapped)
}

/// Syntax ruff knows but that Python 3.11 rejects.
fn is_error_in_311(kind: UnsupportedSyntaxErrorKind) -> bool {
    matches!(
        kind,
        UnsupportedSyntaxErrorKind::TypeParameterList
            | UnsupportedSyntaxErrorKind::TypeAliasStatement
            | UnsupportedSyntaxErrorKind::TypeParamDefault
            | UnsupportedSyntaxErrorKind::Pep701FString(_)
            | UnsupportedSyntaxErrorKind::UnpackingInComprehension(_)
            | UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes
            | UnsupportedSyntaxErrorKind::TemplateStrings
            | UnsupportedSyntaxErrorKind::LazyImportStatement
    )
}

fn unsupported_error(u: &UnsupportedSyntaxError, map: &SourceMap) -> CompileError {
    // The sub-kinds are not exported by ruff, so they are told apart by name.
    let detail = format!("{:?}", u.kind);
    let msg = match u.kind {
        UnsupportedSyntaxErrorKind::TypeParameterList => "expected '('",
        UnsupportedSyntaxErrorKind::Pep701FString(_) if detail.contains("Backslash") => {
            "f-string expression part cannot include a backslash"
        }
        UnsupportedSyntaxErrorKind::Pep701FString(_) if detail.contains("Comment") => {
            "f-string expression part cannot include '#'"
        }
        UnsupportedSyntaxErrorKind::Pep701FString(_) => "f-string: expecting '}'",
        UnsupportedSyntaxErrorKind::UnpackingInComprehension(_)
            if detail.contains("DictInDict") =>
        {
            "dict unpacking cannot be used in dict comprehension"
        }
        UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
            "iterable unpacking cannot be used in comprehension"
        }
        UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
            "multiple exception types must be parenthesized"
        }
        _ => INVALID,
    };
    map.error(SYNTAX, msg, u.range)
}

struct Ctx<'a, 'b> {
    scan: &'a Scan,
    map: &'a SourceMap<'b>,
}

fn is_expression_start(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Ellipsis
            | TokenKind::Lambda
            | TokenKind::Await
            | TokenKind::Tilde
    )
}

fn is_augassign(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::PercentEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
            | TokenKind::DoubleStarEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::AtEqual
    )
}

/// CPython's `_PyPegen_get_expr_name`.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Whether CPython's `invalid_named_expression` rule (which adds "here. Maybe you meant
/// '==' instead of '='?") can apply to a target of this kind.
fn suggests_equality(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::List(_)
            | Expr::Tuple(_)
            | Expr::Generator(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::Compare(_)
            | Expr::If(_)
            | Expr::Lambda(_)
            | Expr::BoolOp(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Starred(_)
    ) && !matches!(e, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not)
}

/// Re-parses the text of an error range on its own to learn what kind of expression it is.
fn with_expr<T>(text: &str, f: impl FnOnce(&Expr) -> T) -> Option<T> {
    let opts = ParseOptions::from(ruff_python_parser::Mode::ParenthesizedExpression);
    let parsed = ruff_python_parser::parse_unchecked(text, opts);
    let result = match parsed.syntax() {
        Mod::Expression(e) => Some(f(&e.body)),
        Mod::Module(_) => None,
    };
    deep_drop::drop_mod(parsed.into_syntax());
    result
}

impl Ctx<'_, '_> {
    fn err(&self, msg: impl Into<String>, start: usize, end: usize) -> CompileError {
        self.map.error_at(SYNTAX, msg, start, end)
    }

    fn text(&self, start: usize, end: usize) -> &str {
        self.map.source().get(start..end).unwrap_or("")
    }

    /// CPython reports "'(' was never closed" rather than a generic error met inside it.
    fn unclosed_wins(&self, err: &ParseError, mapped: &CompileError) -> bool {
        let at = err.location.start().to_usize();
        if self.text(at, at + 1) == ":" {
            return false;
        }
        match &err.error {
            ParseErrorType::Lexical(LexicalErrorType::Eof) => true,
            ParseErrorType::Lexical(_) => false,
            ParseErrorType::ExpectedToken {
                found: TokenKind::Colon,
                ..
            } => false,
            _ => {
                mapped.msg == INVALID
                    || mapped.msg.starts_with("invalid syntax. Perhaps")
                    || mapped.msg == "expected ':'"
            }
        }
    }

    fn map_error(&self, err: &ParseError) -> CompileError {
        let (start, end) = (
            err.location.start().to_usize(),
            err.location.end().to_usize(),
        );
        if let Some(s) = self.scan.string_at(start)
            && s.is_fstring
            && s.start < start
        {
            return self.fstring_error(err, s.start, s.end);
        }
        match &err.error {
            ParseErrorType::OtherError(m) => self.other_error(m, start, end),
            ParseErrorType::Lexical(l) => self.lexical_error(l, start, end),
            ParseErrorType::UnexpectedIndentation => {
                let mut e = self
                    .map
                    .error_at(INDENTATION, "unexpected indent", start, end);
                let indent = self
                    .map
                    .line_text(e.line)
                    .chars()
                    .take_while(|c| c.is_whitespace())
                    .count();
                e.col = u32::try_from(indent.max(1)).unwrap_or(1);
                e
            }
            ParseErrorType::ExpectedToken { expected, found } => {
                self.expected_token(*expected, *found, start, end)
            }
            ParseErrorType::SimpleStatementsOnSameLine => self.same_line(start, end),
            ParseErrorType::UnparenthesizedGeneratorExpression => {
                self.err("Generator expression must be parenthesized", start, end)
            }
            ParseErrorType::ParamAfterVarKeywordParam => {
                self.err("arguments cannot follow var-keyword argument", start, end)
            }
            ParseErrorType::NonDefaultParamAfterDefaultParam => {
                self.err("non-default argument follows default argument", start, end)
            }
            ParseErrorType::VarParameterWithDefault => {
                let before = self.text(self.map.line_start(self.map.line(start)), start);
                let msg = if before.trim_end().rsplit(',').next().is_some_and(|p| {
                    p.trim_start()
                        .trim_start_matches('(')
                        .trim_start()
                        .starts_with("**")
                }) {
                    "var-keyword argument cannot have default value"
                } else {
                    "var-positional argument cannot have default value"
                };
                self.err(msg, start, end)
            }
            ParseErrorType::InvalidAssignmentTarget => self.assignment_target(start, end),
            ParseErrorType::InvalidNamedAssignmentTarget => {
                let name = with_expr(self.text(start, end), expr_name).unwrap_or("expression");
                self.err(
                    format!("cannot use assignment expressions with {name}"),
                    start,
                    end,
                )
            }
            ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                let msg = match with_expr(self.text(start, end), expr_name) {
                    Some("tuple") => "only single target (not tuple) can be annotated",
                    Some("list") => "only single target (not list) can be annotated",
                    _ => "illegal target for annotation",
                };
                self.err(msg, start, end)
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                let name = with_expr(self.text(start, end), expr_name).unwrap_or("expression");
                self.err(
                    format!("'{name}' is an illegal expression for augmented assignment"),
                    start,
                    end,
                )
            }
            ParseErrorType::InvalidDeleteTarget => {
                let name = with_expr(self.text(start, end), expr_name).unwrap_or("expression");
                self.err(format!("cannot delete {name}"), start, end)
            }
            ParseErrorType::PositionalAfterKeywordArgument => {
                self.err("positional argument follows keyword argument", start, end)
            }
            ParseErrorType::PositionalAfterKeywordUnpacking => self.err(
                "positional argument follows keyword argument unpacking",
                start,
                end,
            ),
            ParseErrorType::InvalidArgumentUnpackingOrder => self.err(
                "iterable argument unpacking follows keyword argument unpacking",
                start,
                end,
            ),
            ParseErrorType::IterableUnpackingInComprehension => self.err(
                "iterable unpacking cannot be used in comprehension",
                start,
                end,
            ),
            ParseErrorType::ExpectedKeywordParam => {
                self.err("named arguments must follow bare *", start, end)
            }
            ParseErrorType::ExpectedRealNumber => {
                self.err("real number required in complex literal", start, end)
            }
            ParseErrorType::ExpectedImaginaryNumber => {
                self.err("imaginary number required in complex literal", start, end)
            }
            ParseErrorType::FStringError(e) => self.fstring_message(e, start, end),
            ParseErrorType::ExpectedExpression => self.expected_expression(start, end),
            _ => self.err(INVALID, start, end),
        }
    }

    fn expected_expression(&self, start: usize, end: usize) -> CompileError {
        let before = self.text(0, start).trim_end();
        let bracket = self.scan.enclosing_bracket(start);
        if before.ends_with(':') && !before.ends_with("::") && bracket.is_some_and(|b| b.ch == b'{')
        {
            return self.err(
                "expression expected after dictionary key and ':'",
                start,
                end,
            );
        }
        if before.ends_with('=')
            && !before.ends_with("==")
            && bracket.is_some_and(|b| self.is_non_expression_list(b.open))
        {
            return self.err("expected default value expression", start, end);
        }
        self.err(INVALID, start, end)
    }

    fn other_error(&self, m: &str, start: usize, end: usize) -> CompileError {
        if let Some(clause) = m.strip_prefix("Expected an indented block after ") {
            return self.expected_block(clause, start, end);
        }
        let msg = match m {
            "Expected `except` or `finally` after `try` block" => {
                "expected 'except' or 'finally' block"
            }
            "Only one '*' parameter allowed" => "* argument may appear only once",
            "Only one '/' separator allowed" => "/ may appear only once",
            "Position-only parameter separator not allowed as first parameter"
                if self.scan.enclosing_bracket(start).is_some() =>
            {
                "at least one argument must precede /"
            }
            "'/' parameter must appear before '*' parameter" => "/ must be ahead of *",
            "Positional patterns cannot follow keyword patterns" => {
                "positional patterns follow keyword patterns"
            }
            "Expected a parameter name" => {
                let text = self.text(start, end).trim();
                if matches!(text, "True" | "False" | "None") {
                    return self.err(format!("cannot assign to {text}"), start, end);
                }
                "expression cannot contain assignment, perhaps you meant \"==\"?"
            }
            "Only single target (not tuple) can be annotated" => {
                "only single target (not tuple) can be annotated"
            }
            "Only single target (not list) can be annotated" => {
                "only single target (not list) can be annotated"
            }
            "Cannot have both 'except' and 'except*' on the same 'try'" => {
                // CPython marks the clause's keyword (with its star).
                let text = self.text(start, end);
                let keyword = if text.starts_with("except*") { 7 } else { 6 };
                return self.err(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    start,
                    (start + keyword).min(end),
                );
            }
            "Expected one or more exception types" => "expected one or more exception types",
            "Bytes literal cannot be mixed with non-bytes literals" => {
                let e = self.err("cannot mix bytes and nonbytes literals", end, end);
                return e;
            }
            _ => INVALID,
        };
        self.err(msg, start, end)
    }

    fn expected_block(&self, clause: &str, start: usize, end: usize) -> CompileError {
        let (keywords, what): (&[&str], &str) = match clause {
            "`if` statement" => (&["if"], "'if' statement"),
            "`else` clause" => (&["else"], "'else' statement"),
            "`elif` clause" => (&["elif"], "'elif' statement"),
            "`for` statement" => (&["for", "async for"], "'for' statement"),
            "`with` statement" => (&["with", "async with"], "'with' statement"),
            "`class` definition" => (&["class"], "class definition"),
            "`while` statement" => (&["while"], "'while' statement"),
            "function definition" => (&["def", "async def"], "function definition"),
            "`case` block" => (&["case"], "'case' statement"),
            "`try` statement" => (&["try"], "'try' statement"),
            "`except` clause" => (&["except"], "'except' statement"),
            "`finally` clause" => (&["finally"], "'finally' statement"),
            "`match` statement" => (&["match"], "'match' statement"),
            _ => (&[], "statement"),
        };
        let mut line = self.map.line(start.saturating_sub(1));
        let header = loop {
            let text = self.map.line_text(line).trim_start();
            let found = keywords.iter().any(|k| {
                text.strip_prefix(k).is_some_and(|rest| {
                    !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_')
                })
            });
            if found || line <= 1 {
                break line;
            }
            line -= 1;
        };
        self.map.error_at(
            INDENTATION,
            format!("expected an indented block after {what} on line {header}"),
            start,
            end,
        )
    }

    fn lexical_error(&self, l: &LexicalErrorType, start: usize, end: usize) -> CompileError {
        match l {
            LexicalErrorType::IndentationError => {
                let mut e = self.map.error_at(
                    INDENTATION,
                    "unindent does not match any outer indentation level",
                    start,
                    end,
                );
                let len = self.map.line_text(e.line).chars().count();
                e.col = u32::try_from(len + 1).unwrap_or(u32::MAX);
                e.end_col = e.col;
                e
            }
            LexicalErrorType::UnclosedStringError => {
                let triple = {
                    let t = self.text(start, end);
                    let body = t.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                    body.starts_with("'''") || body.starts_with("\"\"\"")
                };
                let detected = self.map.line(end.saturating_sub(1).max(start));
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                self.err(msg, start, start)
            }
            LexicalErrorType::UnicodeError
            | LexicalErrorType::MissingUnicodeLbrace
            | LexicalErrorType::MissingUnicodeRbrace => self.escape_error(start),
            LexicalErrorType::UnrecognizedToken { tok } => {
                let c = *tok;
                let msg = if c.is_ascii() {
                    INVALID.to_string()
                } else if c.is_alphanumeric() || c.is_ascii_punctuation() || is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                self.err(msg, start, end)
            }
            LexicalErrorType::FStringError(e) => self.fstring_message(e, start, end),
            LexicalErrorType::InvalidByteLiteral => self.err(
                "bytes can only contain ASCII literal characters",
                start,
                end,
            ),
            LexicalErrorType::LineContinuationError => self.err(
                "unexpected character after line continuation character",
                start,
                end,
            ),
            LexicalErrorType::Eof => self.err("unexpected EOF while parsing", start, end),
            _ => self.err(INVALID, start, end),
        }
    }

    /// Reconstructs CPython's "(unicode error) 'unicodeescape' codec ..." message by
    /// finding the first malformed escape in the literal that contains the error.
    fn escape_error(&self, at: usize) -> CompileError {
        let Some(span) = self.scan.string_at(at) else {
            return self.err(INVALID, at, at);
        };
        let lit = self.text(span.start, span.end);
        let prefix_len = lit.find(['\'', '"']).unwrap_or(0);
        let prefix = lit.get(..prefix_len).unwrap_or("").to_ascii_lowercase();
        let rest = lit.get(prefix_len..).unwrap_or("");
        let quote_len = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
            3
        } else {
            1
        };
        let body = rest
            .get(quote_len..rest.len().saturating_sub(quote_len))
            .unwrap_or("");
        let is_bytes = prefix.contains('b');
        let chars: Vec<char> = body.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '\\' {
                i += 1;
                continue;
            }
            let Some(&kind) = chars.get(i + 1) else {
                break;
            };
            let (width, name) = match kind {
                'x' => (2, "\\xXX"),
                'u' if !is_bytes => (4, "\\uXXXX"),
                'U' if !is_bytes => (8, "\\UXXXXXXXX"),
                'N' if !is_bytes => (0, ""),
                _ => {
                    i += 2;
                    continue;
                }
            };
            if kind == 'N' {
                let msg = if chars.get(i + 2) != Some(&'{') {
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                        i,
                        i + 1
                    )
                } else if let Some(close) = chars[i..].iter().position(|&c| c == '}') {
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                        i,
                        i + close
                    )
                } else {
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                        i,
                        chars.len().saturating_sub(1)
                    )
                };
                return self.err(msg, span.end, span.end);
            }
            let digits = chars[i + 2..]
                .iter()
                .take(width)
                .take_while(|c| c.is_ascii_hexdigit())
                .count();
            if digits < width {
                let msg = if is_bytes {
                    format!("(value error) invalid \\x escape at position {i}")
                } else {
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {name} escape",
                        i,
                        i + 1 + digits
                    )
                };
                return self.err(msg, span.end, span.end);
            }
            if kind == 'U' {
                let text: String = chars[i + 2..i + 2 + width].iter().collect();
                if u32::from_str_radix(&text, 16).is_ok_and(|v| v > 0x10FFFF) {
                    let msg = format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                        i,
                        i + 1 + width
                    );
                    return self.err(msg, span.end, span.end);
                }
            }
            i += 2 + width;
        }
        self.err(INVALID, at, at)
    }

    fn fstring_message(
        &self,
        e: &InterpolatedStringErrorType,
        start: usize,
        end: usize,
    ) -> CompileError {
        let msg = match e {
            InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
            InterpolatedStringErrorType::InvalidConversionFlag
            | InterpolatedStringErrorType::ConversionFlagNotImmediatelyAfterExclamation => {
                "f-string: invalid conversion character: expected 's', 'r', or 'a'"
            }
            InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
            InterpolatedStringErrorType::UnterminatedString
            | InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
                return self.lexical_error(&LexicalErrorType::UnclosedStringError, start, end);
            }
            InterpolatedStringErrorType::LambdaWithoutParentheses
            | InterpolatedStringErrorType::NewlineInFormatSpec => "f-string: invalid syntax",
        };
        self.err(msg, start, end)
    }

    fn fstring_error(&self, err: &ParseError, s_start: usize, s_end: usize) -> CompileError {
        let (start, end) = (
            err.location.start().to_usize(),
            err.location.end().to_usize(),
        );
        match &err.error {
            ParseErrorType::FStringError(e)
            | ParseErrorType::Lexical(LexicalErrorType::FStringError(e)) => {
                self.fstring_message(e, start, end)
            }
            // A quote inside a replacement field ends the whole literal in 3.11.
            ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
                self.err("f-string: expecting '}'", start, end)
            }
            ParseErrorType::ExpectedExpression => {
                let lit = self.text(s_start, s_end);
                let quote_len = if lit.ends_with("'''") || lit.ends_with("\"\"\"") {
                    3
                } else {
                    1
                };
                if start + quote_len >= s_end {
                    return self.err("f-string: expecting '}'", start, end);
                }
                let next = self.text(start, s_end).trim_start().chars().next();
                match next {
                    Some('}') => self.err("f-string: empty expression not allowed", start, end),
                    Some(c @ ('!' | ':' | '=')) => self.err(
                        format!("f-string: expression required before '{c}'"),
                        start,
                        end,
                    ),
                    _ => self.err("f-string: invalid syntax", start, end),
                }
            }
            ParseErrorType::ExpectedToken {
                found: TokenKind::FStringEnd,
                ..
            } => self.err("f-string: expecting '}'", start, end),
            _ => self.err("f-string: invalid syntax", start, end),
        }
    }

    fn expected_token(
        &self,
        expected: TokenKind,
        found: TokenKind,
        start: usize,
        end: usize,
    ) -> CompileError {
        let bracket = self.scan.enclosing_bracket(start);
        match expected {
            TokenKind::Colon if bracket.is_some_and(|b| b.ch == b'{') => {
                self.err("':' expected after dictionary key", start, end)
            }
            TokenKind::Colon if found == TokenKind::Newline => self.err("expected ':'", start, end),
            TokenKind::Colon if found == TokenKind::Equal => self.err(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                start,
                end,
            ),
            TokenKind::Else => self.err("expected 'else' after 'if' expression", start, end),
            TokenKind::Comma if is_augassign(found) => self.err(
                "'tuple' is an illegal expression for augmented assignment",
                start,
                end,
            ),
            TokenKind::Comma | TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace
                if is_expression_start(found)
                    && bracket.is_some_and(|b| !self.is_non_expression_list(b.open))
                    && !(found == TokenKind::String && self.previous_is_name(start)) =>
            {
                self.err("invalid syntax. Perhaps you forgot a comma?", start, end)
            }
            _ => self.err(INVALID, start, end),
        }
    }

    /// Parameter lists and import lists look like brackets but do not hold expressions.
    fn is_non_expression_list(&self, open: usize) -> bool {
        let before = self.text(0, open).trim_end();
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        let word = before.get(word_start..).unwrap_or("");
        if word == "import" {
            return true;
        }
        let head = before.get(..word_start).unwrap_or("").trim_end();
        !word.is_empty() && (head.ends_with(" def") || head == "def" || head.ends_with("\tdef"))
    }

    fn previous_is_name(&self, start: usize) -> bool {
        let before = self.text(0, start).trim_end();
        let word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        word.chars().last().is_some_and(|c| !c.is_ascii_digit())
    }

    fn same_line(&self, start: usize, end: usize) -> CompileError {
        let line = self.map.line(start);
        let line_start = self.map.line_start(line);
        let text = self.text(line_start, start);
        let trimmed = text.trim_start();
        for name in ["print", "exec"] {
            if let Some(rest) = trimmed.strip_prefix(name)
                && rest.starts_with([' ', '\t'])
                && rest.trim().is_empty()
            {
                let stmt_start = line_start + (text.len() - trimmed.len());
                return self.err(
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    stmt_start,
                    end,
                );
            }
        }
        self.err(INVALID, start, end)
    }

    fn assignment_target(&self, start: usize, end: usize) -> CompileError {
        let text = self.text(start, end);
        let Some((name, suggest)) = with_expr(text, |e| (expr_name(e), suggests_equality(e)))
        else {
            return self.err(INVALID, start, end);
        };
        let parenthesized = self.text(0, start).trim_end().ends_with('(');
        if name == "yield expression" && !parenthesized {
            return self.err("assignment to yield expression not possible", start, end);
        }
        // The suggestion applies when the bad target is the whole first target of the
        // statement and a single `=` follows it.
        let line_start = self.map.line_start(self.map.line(start));
        let at_statement_start = self
            .text(line_start, start)
            .trim_matches(|c: char| c == '(' || c.is_whitespace())
            .is_empty();
        let after = self
            .text(end, self.map.source().len())
            .trim_start_matches(|c: char| c == ')' || c.is_whitespace());
        let single_eq = after.starts_with('=') && !after.starts_with("==");
        if suggest && at_statement_start && single_eq {
            return self.err(
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
                start,
                end,
            );
        }
        self.err(format!("cannot assign to {name}"), start, end)
    }
}

fn is_printable(c: char) -> bool {
    !c.is_control()
        && !matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
        )
}
