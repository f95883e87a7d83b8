//! `_json`: the JSON scanner and encoder the `json` package (src/stdlib/json.py,
//! json_decoder.py, json_encoder.py) is written over, following CPython 3.11's behaviour:
//! the same grammar, error messages and positions, hooks, float and int text, key
//! conversion, circular-reference and recursion checks.
//!
//! The scanner works on the UTF-8 bytes of the document and turns byte offsets into
//! character offsets only where Python sees them (errors, `raw_decode`'s end). Strings
//! are UTF-8 in this VM, so a lone surrogate escape (`"\ud800"`) decodes to U+FFFD, as a
//! lone surrogate in a string literal does.

use crate::bytecode::CmpOp;
use crate::runtime::dict::PyDict;
use crate::runtime::format::float_repr::float_repr;
use crate::runtime::format::parse::{IntParseError, parse_int_checked};
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::function;
use crate::vm::{PyErr, PyResult, Vm};
use std::borrow::Cow;
use std::fmt::Write;

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "scan", scan);
    function(d, "scanstring", scanstring);
    function(d, "encode", encode);
    function(d, "encode_basestring", encode_basestring);
    function(d, "encode_basestring_ascii", encode_basestring_ascii);
}

const DECODE_OBJECT: &str = " while decoding a JSON object from a unicode string";
const DECODE_ARRAY: &str = " while decoding a JSON array from a unicode string";
const ENCODE: &str = " while encoding a JSON object";

// ---------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------

/// Why scanning stopped.
enum Fail {
    /// A Python exception (from a hook, a number conversion, recursion).
    Py(PyErr),
    /// A syntax error: CPython's message and the byte offset it points at.
    Msg(&'static str, usize),
    /// No value starts at this byte offset (CPython's StopIteration inside the scanner).
    Stop(usize),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type DResult<T> = Result<T, Fail>;

struct Decoder<'a> {
    text: &'a str,
    s: &'a [u8],
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    /// `None` when the hook is the built-in `float` / `int` / the default constants.
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    /// Keys already seen, so that repeated keys share one str object (and its hash).
    memo: hashbrown::HashMap<Box<str>, Obj<PyStr>>,
}

#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn hex4(b: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &c in b {
        let d = (c as char).to_digit(16)?;
        v = (v << 4) | d;
    }
    Some(v)
}

impl<'a> Decoder<'a> {
    #[inline]
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_ws(self.s[i]) {
            i += 1;
        }
        i
    }

    /// The value starting at byte `idx` and the offset after it.
    fn scan_once(&mut self, vm: &mut Vm, idx: usize) -> DResult<(Value, usize)> {
        let s = self.s;
        let Some(&c) = s.get(idx) else {
            return Err(Fail::Stop(idx));
        };
        match c {
            b'"' => {
                let (text, end) = self.scan_string(idx + 1)?;
                Ok((
                    match text {
                        Cow::Borrowed(t) => Value::str(t),
                        Cow::Owned(t) => Value::string(t),
                    },
                    end,
                ))
            }
            b'{' => vm
                .nested(DECODE_OBJECT, |vm| Ok(self.parse_object(vm, idx + 1)))
                .map_err(Fail::Py)?,
            b'[' => vm
                .nested(DECODE_ARRAY, |vm| Ok(self.parse_array(vm, idx + 1)))
                .map_err(Fail::Py)?,
            b'n' if s[idx..].starts_with(b"null") => Ok((Value::None, idx + 4)),
            b't' if s[idx..].starts_with(b"true") => Ok((Value::Bool(true), idx + 4)),
            b'f' if s[idx..].starts_with(b"false") => Ok((Value::Bool(false), idx + 5)),
            b'N' if s[idx..].starts_with(b"NaN") => self.constant(vm, "NaN", f64::NAN, idx),
            b'I' if s[idx..].starts_with(b"Infinity") => {
                self.constant(vm, "Infinity", f64::INFINITY, idx)
            }
            b'-' if s[idx..].starts_with(b"-Infinity") => {
                self.constant(vm, "-Infinity", f64::NEG_INFINITY, idx)
            }
            _ => self.number(vm, idx),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, v: f64, idx: usize) -> DResult<(Value, usize)> {
        let end = idx + name.len();
        match &self.parse_constant {
            None => Ok((Value::Float(v), end)),
            Some(f) => {
                let f = f.clone();
                Ok((vm.call(&f, vec![Value::str(name)])?, end))
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?` at `start`, as CPython's
    /// `_match_number_unicode` reads it.
    fn number(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let s = self.s;
        let n = s.len();
        let digit = |i: usize| i < n && s[i].is_ascii_digit();
        let mut idx = start;
        if s[idx] == b'-' {
            idx += 1;
            if idx >= n {
                return Err(Fail::Stop(start));
            }
        }
        if (b'1'..=b'9').contains(&s[idx]) {
            idx += 1;
            while digit(idx) {
                idx += 1;
            }
        } else if s[idx] == b'0' {
            idx += 1;
        } else {
            return Err(Fail::Stop(start));
        }
        let mut is_float = false;
        if idx + 1 < n && s[idx] == b'.' && s[idx + 1].is_ascii_digit() {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        if idx + 1 < n && (s[idx] == b'e' || s[idx] == b'E') {
            let e_start = idx;
            idx += 1;
            if idx + 1 < n && (s[idx] == b'-' || s[idx] == b'+') {
                idx += 1;
            }
            while digit(idx) {
                idx += 1;
            }
            if s[idx - 1].is_ascii_digit() {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text = &self.text[start..idx];
        let v = if is_float {
            match &self.parse_float {
                Some(f) => {
                    let f = f.clone();
                    vm.call(&f, vec![Value::str(text)])?
                }
                // The grammar above is a subset of what Rust's correctly rounded parser
                // accepts; out-of-range magnitudes become infinities, as in CPython.
                None => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.parse_int {
                Some(f) => {
                    let f = f.clone();
                    vm.call(&f, vec![Value::str(text)])?
                }
                None => int_value(vm, text)?,
            }
        };
        Ok((v, idx))
    }

    /// The string whose body starts at byte `start` (just after the opening quote) and
    /// the offset after its closing quote: CPython's `scanstring_unicode`.
    fn scan_string(&self, start: usize) -> DResult<(Cow<'a, str>, usize)> {
        let s = self.s;
        let len = s.len();
        let begin = start - 1;
        let mut end = start;
        let mut buf: Option<String> = None;
        loop {
            let mut next = end;
            while next < len {
                let c = s[next];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c < 0x20 && self.strict {
                    return Err(Fail::Msg("Invalid control character at", next));
                }
                next += 1;
            }
            if next >= len {
                return Err(Fail::Msg("Unterminated string starting at", begin));
            }
            let chunk = &self.text[end..next];
            if s[next] == b'"' {
                return Ok((
                    match buf {
                        None => Cow::Borrowed(chunk),
                        Some(mut b) => {
                            b.push_str(chunk);
                            Cow::Owned(b)
                        }
                    },
                    next + 1,
                ));
            }
            let b = buf.get_or_insert_with(String::new);
            b.push_str(chunk);
            next += 1;
            if next == len {
                return Err(Fail::Msg("Unterminated string starting at", begin));
            }
            let c = s[next];
            if c != b'u' {
                end = next + 1;
                b.push(match c {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(Fail::Msg("Invalid \\escape", end - 2)),
                });
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(Fail::Msg("Invalid \\uXXXX escape", next - 1));
            }
            let Some(mut cp) = hex4(&s[next..end]) else {
                return Err(Fail::Msg("Invalid \\uXXXX escape", end - 5));
            };
            next = end;
            if (0xd800..0xdc00).contains(&cp)
                && end + 6 < len
                && s[next] == b'\\'
                && s[next + 1] == b'u'
            {
                next += 2;
                end += 6;
                let Some(c2) = hex4(&s[next..end]) else {
                    return Err(Fail::Msg("Invalid \\uXXXX escape", end - 5));
                };
                if (0xdc00..0xe000).contains(&c2) {
                    cp = 0x10000 + (((cp - 0xd800) << 10) | (c2 - 0xdc00));
                } else {
                    end -= 6;
                }
            }
            b.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        }
    }

    fn key(&mut self, text: Cow<'a, str>) -> Obj<PyStr> {
        if let Some(k) = self.memo.get(text.as_ref()) {
            return k.clone();
        }
        let owned = text.into_owned();
        let k = PyStr::new(&owned);
        k.hash();
        self.memo.insert(owned.into_boxed_str(), k.clone());
        k
    }

    /// The object whose body starts at byte `start` (after `{`).
    fn parse_object(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let s = self.s;
        let n = s.len();
        let pairs_mode = self.pairs_hook.is_some();
        let mut pairs: Vec<Value> = Vec::new();
        let dict = if pairs_mode {
            None
        } else {
            Some(vm.new_dict())
        };
        let mut idx = self.skip_ws(start);
        if idx >= n || s[idx] != b'}' {
            while idx < n {
                if s[idx] != b'"' {
                    return Err(Fail::Msg(
                        "Expecting property name enclosed in double quotes",
                        idx,
                    ));
                }
                let (text, next) = self.scan_string(idx + 1)?;
                let key = self.key(text);
                idx = self.skip_ws(next);
                if idx >= n || s[idx] != b':' {
                    return Err(Fail::Msg("Expecting ':' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
                let (val, next) = self.scan_once(vm, idx)?;
                match &dict {
                    Some(d) => {
                        let h = key.hash();
                        d.set(vm, Value::Str(key), h, val)?;
                    }
                    None => pairs.push(Value::tuple(vec![Value::Str(key), val])),
                }
                idx = self.skip_ws(next);
                if idx < n && s[idx] == b'}' {
                    break;
                }
                if idx >= n || s[idx] != b',' {
                    return Err(Fail::Msg("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        if idx >= n || s[idx] != b'}' {
            return Err(Fail::Msg(
                "Expecting property name enclosed in double quotes",
                idx,
            ));
        }
        let v = match dict {
            None => {
                let hook = self.pairs_hook.clone().expect("pairs mode");
                vm.call(&hook, vec![Value::list(pairs)])?
            }
            Some(d) => match &self.object_hook {
                Some(h) => {
                    let h = h.clone();
                    vm.call(&h, vec![Value::Dict(d)])?
                }
                None => Value::Dict(d),
            },
        };
        Ok((v, idx + 1))
    }

    /// The array whose body starts at byte `start` (after `[`).
    fn parse_array(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let s = self.s;
        let n = s.len();
        let mut items = Vec::new();
        let mut idx = self.skip_ws(start);
        if idx < n && s[idx] != b']' {
            while idx < n {
                let (val, next) = self.scan_once(vm, idx)?;
                items.push(val);
                idx = self.skip_ws(next);
                if idx < n && s[idx] == b']' {
                    break;
                }
                if idx >= n || s[idx] != b',' {
                    return Err(Fail::Msg("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        if idx >= n || s[idx] != b']' {
            return Err(Fail::Msg("Expecting value", idx));
        }
        Ok((Value::list(items), idx + 1))
    }

    /// The character offset of byte offset `b`.
    fn char_pos(&self, b: usize) -> usize {
        char_index(self.s, b)
    }
}

/// The number of characters in the first `b` bytes of UTF-8 text.
fn char_index(s: &[u8], b: usize) -> usize {
    let head = &s[..b.min(s.len())];
    if head.is_ascii() {
        return head.len();
    }
    head.iter().filter(|&&c| (c & 0xc0) != 0x80).count()
}

/// An int from decimal digits with an optional minus sign, under CPython's limit on
/// digits.
fn int_value(vm: &mut Vm, text: &str) -> PyResult<Value> {
    if text.len() <= 18 {
        let (neg, digits) = match text.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, text),
        };
        let mut v: i64 = 0;
        for b in digits.bytes() {
            v = v * 10 + (b - b'0') as i64;
        }
        return Ok(Value::Int(if neg { -v } else { v }));
    }
    match parse_int_checked(text, 10) {
        Ok(b) => Ok(Value::from_bigint(b)),
        Err(e @ IntParseError::TooManyDigits { .. }) => {
            Err(vm.format_error(e.to_format_error(10, "")))
        }
        Err(_) => Err(vm.value_error(format!("invalid literal for int() with base 10: '{text}'"))),
    }
}

/// A hook argument: `None` when it is absent (Python None) or `is` the default.
fn hook(v: &Value, default: Option<&Obj<crate::runtime::class::Class>>) -> Option<Value> {
    match v.view() {
        View::None => None,
        View::Class(c) if default.is_some_and(|d| Obj::ptr_eq(c, d)) => None,
        _ => Some(v.clone()),
    }
}

/// The text of a str or str-subclass instance.
fn str_arg(v: &Value) -> Option<Obj<PyStr>> {
    match v.view() {
        View::Str(s) => Some(s.clone()),
        View::Instance(i) => match i.base_value.borrow().view() {
            View::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `scan(s, idx, mode, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, error_class)`. Mode 0 decodes the whole document (whitespace around,
/// "Extra data" after) and returns the value; mode 1 is `raw_decode` and returns
/// `(value, end)`; mode 2 is a scanner's `scan_once`: `(value, end)` or StopIteration.
/// `parse_constant` is None for the default constants.
fn scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() || args.args.len() != 10 {
        return Err(vm.type_error("scan() takes exactly 10 positional arguments"));
    }
    let a = &args.args;
    let doc = a[0].clone();
    let Some(text) = str_arg(&doc) else {
        let tn = vm.type_name(&doc);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    let idx = match a[1].view() {
        View::Int(i) => i,
        View::Bool(b) => b as i64,
        _ => return Err(vm.type_error("idx must be an integer")),
    };
    let mode = match a[2].view() {
        View::Int(m @ 0..=2) => m,
        _ => return Err(vm.value_error("mode must be 0, 1 or 2")),
    };
    let strict = vm.truthy(&a[3])?;
    let float_t = vm.types.float.clone();
    let int_t = vm.types.int.clone();
    let err_cls = a[9].clone();
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let idx = idx as usize;
    let s = text.as_str();
    let char_len = text.char_len();
    let mut dec = Decoder {
        text: s,
        s: s.as_bytes(),
        strict,
        object_hook: hook(&a[4], None),
        pairs_hook: hook(&a[5], None),
        parse_float: hook(&a[6], Some(&float_t)),
        parse_int: hook(&a[7], Some(&int_t)),
        parse_constant: hook(&a[8], None),
        memo: hashbrown::HashMap::new(),
    };
    // A start past the end is "no value there", at the offset given.
    if idx >= char_len && mode != 0 {
        return Err(no_value(vm, mode, &err_cls, &doc, idx));
    }
    let start = if mode == 0 {
        dec.skip_ws(0)
    } else {
        text.byte_offset(idx)
    };
    let r = dec.scan_once(vm, start);
    let (value, end) = match r {
        Ok(x) => x,
        Err(Fail::Py(e)) => return Err(e),
        Err(Fail::Stop(b)) => {
            let pos = dec.char_pos(b);
            return Err(no_value(vm, mode, &err_cls, &doc, pos));
        }
        Err(Fail::Msg(m, b)) => {
            let pos = dec.char_pos(b);
            return Err(decode_error(vm, &err_cls, m, &doc, pos));
        }
    };
    if mode == 0 {
        let end = dec.skip_ws(end);
        if end != dec.s.len() {
            let pos = dec.char_pos(end);
            return Err(decode_error(vm, &err_cls, "Extra data", &doc, pos));
        }
        return Ok(value);
    }
    let end = dec.char_pos(end);
    Ok(Value::tuple(vec![value, Value::Int(end as i64)]))
}

fn no_value(vm: &mut Vm, mode: i64, err_cls: &Value, doc: &Value, pos: usize) -> PyErr {
    if mode == 2 {
        return vm.stop_iteration(Value::Int(pos as i64));
    }
    decode_error(vm, err_cls, "Expecting value", doc, pos)
}

/// `error_class(msg, doc, pos)`, raised.
fn decode_error(vm: &mut Vm, cls: &Value, msg: &str, doc: &Value, pos: usize) -> PyErr {
    match vm.call(
        cls,
        vec![Value::str(msg), doc.clone(), Value::Int(pos as i64)],
    ) {
        Ok(exc) => match vm.make_raisable(exc) {
            Ok(exc) => PyErr { exc },
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// `scanstring(s, end, strict, error_class)`: the string whose body starts at character
/// `end` and the character offset after its closing quote (`json.decoder.scanstring`).
fn scanstring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() || args.args.len() != 4 {
        return Err(vm.type_error("scanstring() takes exactly 4 positional arguments"));
    }
    let a = &args.args;
    let doc = a[0].clone();
    let Some(text) = str_arg(&doc) else {
        let tn = vm.type_name(&doc);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    let end = match a[1].view() {
        View::Int(i) => i,
        View::Bool(b) => b as i64,
        _ => {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let strict = vm.truthy(&a[2])?;
    if end < 0 || end as usize > text.char_len() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let s = text.as_str();
    let dec = Decoder {
        text: s,
        s: s.as_bytes(),
        strict,
        object_hook: None,
        pairs_hook: None,
        parse_float: None,
        parse_int: None,
        parse_constant: None,
        memo: hashbrown::HashMap::new(),
    };
    let start = text.byte_offset(end as usize);
    // The position of the (assumed) opening quote: one character back.
    let start = start.max(1);
    match dec.scan_string(start) {
        Ok((t, e)) => Ok(Value::tuple(vec![
            Value::string(t.into_owned()),
            Value::Int(dec.char_pos(e) as i64),
        ])),
        Err(Fail::Msg(m, b)) => {
            let pos = if m.starts_with("Unterminated") {
                (end as usize).saturating_sub(1)
            } else {
                dec.char_pos(b)
            };
            Err(decode_error(vm, &a[3], m, &doc, pos))
        }
        Err(Fail::Py(e)) => Err(e),
        Err(Fail::Stop(b)) => {
            let pos = dec.char_pos(b);
            Err(decode_error(vm, &a[3], "Expecting value", &doc, pos))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------

struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    default: Value,
    markers: hashbrown::HashSet<usize>,
    level: usize,
    out: String,
}

/// How each ASCII byte is written inside a JSON string: 0 as itself, `u` as `\u00XX`,
/// anything else as a backslash and that letter.
static ESCAPES: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t[b'\n' as usize] = b'n';
    t[b'\r' as usize] = b'r';
    t[b'\t' as usize] = b't';
    t[0x08] = b'b';
    t[0x0c] = b'f';
    t
};

const HEX: &[u8; 16] = b"0123456789abcdef";

thread_local! {
    /// The length of the last encoded text: the next output buffer starts that large,
    /// so repeated dumps of similar documents do not grow it step by step.
    static LAST_OUTPUT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn push_u(out: &mut String, c: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((c >> shift) & 0xf) as usize] as char);
    }
}

/// Appends `s` as a JSON string literal: CPython's `encode_basestring(_ascii)`.
fn write_json_str(out: &mut String, s: &str, ensure_ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let e = ESCAPES[b as usize];
            if e == 0 && !(ensure_ascii && b == 0x7f) {
                i += 1;
                continue;
            }
            out.push_str(&s[run..i]);
            if e == b'u' || e == 0 {
                push_u(out, b as u32);
            } else {
                out.push('\\');
                out.push(e as char);
            }
            i += 1;
            run = i;
        } else if ensure_ascii {
            out.push_str(&s[run..i]);
            let c = s[i..].chars().next().expect("char boundary");
            let cp = c as u32;
            if cp >= 0x10000 {
                let v = cp - 0x10000;
                push_u(out, 0xd800 | (v >> 10));
                push_u(out, 0xdc00 | (v & 0x3ff));
            } else {
                push_u(out, cp);
            }
            i += c.len_utf8();
            run = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// A dict key as JSON object member name, or `None` to skip it.
enum KeyText<'k> {
    Str(&'k str),
    Owned(String),
}

impl Encoder {
    fn float_text(&self, vm: &mut Vm, f: f64) -> PyResult<Cow<'static, str>> {
        if f.is_finite() {
            return Ok(Cow::Owned(float_repr(f)));
        }
        if !self.allow_nan {
            // CPython 3.11 encodes with an indent in Python, whose message adds the value.
            let msg = match self.indent {
                None => "Out of range float values are not JSON compliant".to_string(),
                Some(_) => format!(
                    "Out of range float values are not JSON compliant: {}",
                    float_repr(f)
                ),
            };
            return Err(vm.value_error(msg));
        }
        Ok(Cow::Borrowed(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }))
    }

    fn encode_value(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        match v.view() {
            View::Str(s) => write_json_str(&mut self.out, s.as_str(), self.ensure_ascii),
            View::None => self.out.push_str("null"),
            View::Bool(true) => self.out.push_str("true"),
            View::Bool(false) => self.out.push_str("false"),
            View::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            View::BigInt(b) => {
                let t = vm.int_to_decimal(b)?;
                self.out.push_str(&t);
            }
            View::Float(f) => {
                let t = self.float_text(vm, f)?;
                self.out.push_str(&t);
            }
            View::List(_) | View::Tuple(_) => {
                vm.nested(ENCODE, |vm| self.encode_seq(vm, v, v))?;
            }
            View::Dict(d) => {
                let d = d.clone();
                vm.nested(ENCODE, |vm| self.encode_dict(vm, v, Some(&d)))?;
            }
            View::Instance(inst) => {
                let base = inst.base_value.borrow().clone();
                match base.view() {
                    View::Str(_) | View::Int(_) | View::BigInt(_) | View::Float(_) => {
                        self.encode_value(vm, &base)?
                    }
                    View::List(_) | View::Tuple(_) => {
                        // As CPython's PySequence_Fast: a subclass is iterated.
                        let items = Value::list(vm.collect_iterable(v)?);
                        vm.nested(ENCODE, |vm| self.encode_seq(vm, v, &items))?;
                    }
                    View::Dict(_) => {
                        vm.nested(ENCODE, |vm| self.encode_dict(vm, v, None))?;
                    }
                    _ => self.encode_default(vm, v)?,
                }
            }
            _ => self.encode_default(vm, v)?,
        }
        Ok(())
    }

    /// Marks `obj` as being encoded; fails if it already is.
    fn enter(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<Option<usize>> {
        if !self.check_circular {
            return Ok(None);
        }
        let Some(id) = obj.heap_ptr() else {
            return Ok(None);
        };
        if !self.markers.insert(id) {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&mut self, id: Option<usize>) {
        if let Some(id) = id {
            self.markers.remove(&id);
        }
    }

    fn encode_default(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let id = self.enter(vm, v)?;
        let f = self.default.clone();
        let new = vm.call(&f, vec![v.clone()])?;
        vm.nested(ENCODE, |vm| self.encode_value(vm, &new))?;
        self.leave(id);
        Ok(())
    }

    /// Opens a container: the bracket, and with an indent the new line.
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        if let Some(ind) = &self.indent {
            self.level += 1;
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn separator(&mut self) {
        self.out.push_str(&self.item_sep);
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn close(&mut self, bracket: char) {
        if let Some(ind) = &self.indent {
            self.level -= 1;
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
        self.out.push(bracket);
    }

    /// A list or tuple (`seq` holds the items; `obj` is the object itself, for markers).
    fn encode_seq(&mut self, vm: &mut Vm, obj: &Value, seq: &Value) -> PyResult<()> {
        let item = |i: usize| -> Option<Value> {
            match seq.view() {
                View::List(l) => l.items.borrow().get(i).cloned(),
                View::Tuple(t) => t.items().get(i).cloned(),
                _ => None,
            }
        };
        let Some(first) = item(0) else {
            self.out.push_str("[]");
            return Ok(());
        };
        let id = self.enter(vm, obj)?;
        self.open('[');
        self.encode_value(vm, &first)?;
        let mut i = 1;
        while let Some(x) = item(i) {
            self.separator();
            self.encode_value(vm, &x)?;
            i += 1;
        }
        self.close(']');
        self.leave(id);
        Ok(())
    }

    /// A dict; `exact` is the dict itself for an exact dict, None for a subclass
    /// instance (whose `items()` is called, as CPython does).
    fn encode_dict(
        &mut self,
        vm: &mut Vm,
        obj: &Value,
        exact: Option<&Obj<PyDict>>,
    ) -> PyResult<()> {
        let mut items: Vec<(Value, Value)> = match exact {
            Some(d) => {
                if d.is_empty() {
                    self.out.push_str("{}");
                    return Ok(());
                }
                if !self.sort_keys {
                    // In insertion order without a snapshot: one entry at a time.
                    let id = self.enter(vm, obj)?;
                    self.open('{');
                    let mut first = true;
                    let mut pos = 0;
                    while let Some((next, k, v)) = d.next_entry(pos) {
                        pos = next;
                        self.member(vm, &k, &v, &mut first)?;
                    }
                    self.close('}');
                    self.leave(id);
                    return Ok(());
                }
                d.items()
            }
            None => {
                let it = vm.call_method(obj, "items", vec![])?;
                let all = vm.collect_iterable(&it)?;
                let mut out = Vec::with_capacity(all.len());
                for p in all {
                    let kv = vm.unpack(&p, 2)?;
                    let mut kv = kv.into_iter();
                    let k = kv.next().expect("two items");
                    let v = kv.next().expect("two items");
                    out.push((k, v));
                }
                if out.is_empty() {
                    self.out.push_str("{}");
                    return Ok(());
                }
                out
            }
        };
        let id = self.enter(vm, obj)?;
        if self.sort_keys {
            items = sort_items(vm, items)?;
        }
        self.open('{');
        let mut first = true;
        for (k, v) in &items {
            self.member(vm, k, v, &mut first)?;
        }
        self.close('}');
        self.leave(id);
        Ok(())
    }

    /// One `"key": value` member (nothing for a key skipkeys skips).
    fn member(&mut self, vm: &mut Vm, k: &Value, v: &Value, first: &mut bool) -> PyResult<()> {
        let Some(key) = self.key_text(vm, k)? else {
            return Ok(());
        };
        if !*first {
            self.separator();
        }
        *first = false;
        let ks: &str = match &key {
            KeyText::Str(s) => s,
            KeyText::Owned(s) => s,
        };
        write_json_str(&mut self.out, ks, self.ensure_ascii);
        self.out.push_str(&self.key_sep);
        self.encode_value(vm, v)
    }

    fn key_text<'k>(&self, vm: &mut Vm, k: &'k Value) -> PyResult<Option<KeyText<'k>>> {
        Ok(Some(match k.view() {
            View::Str(s) => KeyText::Str(s.as_str()),
            View::Float(f) => KeyText::Owned(self.float_text(vm, f)?.into_owned()),
            View::Bool(true) => KeyText::Str("true"),
            View::Bool(false) => KeyText::Str("false"),
            View::None => KeyText::Str("null"),
            View::Int(i) => KeyText::Owned(i.to_string()),
            View::BigInt(b) => KeyText::Owned(vm.int_to_decimal(b)?),
            View::Instance(inst) => {
                let base = inst.base_value.borrow().clone();
                match base.view() {
                    View::Str(s) => KeyText::Owned(s.as_str().to_string()),
                    View::Float(f) => KeyText::Owned(self.float_text(vm, f)?.into_owned()),
                    View::Int(i) => KeyText::Owned(i.to_string()),
                    View::BigInt(b) => KeyText::Owned(vm.int_to_decimal(b)?),
                    _ => return self.bad_key(vm, k),
                }
            }
            _ => return self.bad_key(vm, k),
        }))
    }

    fn bad_key<'k>(&self, vm: &mut Vm, k: &Value) -> PyResult<Option<KeyText<'k>>> {
        if self.skipkeys {
            return Ok(None);
        }
        let tn = vm.type_name(k);
        Err(vm.type_error(format!(
            "keys must be str, int, float, bool or None, not {tn}"
        )))
    }
}

/// `sorted(items)`: by key text when every key is an exact str, else by comparing the
/// (key, value) tuples as Python does.
fn sort_items(vm: &mut Vm, mut items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    if items.iter().all(|(k, _)| matches!(k.view(), View::Str(_))) {
        items.sort_by(|(a, _), (b, _)| a.as_str().cmp(&b.as_str()));
        return Ok(items);
    }
    let tuples: Vec<Value> = items
        .into_iter()
        .map(|(k, v)| Value::tuple(vec![k, v]))
        .collect();
    let sorted = if tuples.len() < 64 {
        small_sort(vm, tuples)?
    } else {
        crate::vm::builtins::sort_values(vm, tuples, None, false)?
    };
    Ok(sorted
        .into_iter()
        .map(|t| match t.view() {
            View::Tuple(t) => (t.items()[0].clone(), t.items()[1].clone()),
            _ => unreachable!("built as pairs"),
        })
        .collect())
}

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let r = vm.compare(a, b, CmpOp::Lt)?;
    vm.truthy(&r)
}

/// CPython's list.sort for fewer than 64 items (a natural run, then binary insertion),
/// comparing in the same order, so a TypeError from mixed key types names the same pair.
fn small_sort(vm: &mut Vm, mut v: Vec<Value>) -> PyResult<Vec<Value>> {
    let n = v.len();
    if n < 2 {
        return Ok(v);
    }
    let mut run = 2;
    if lt(vm, &v[1], &v[0])? {
        while run < n && lt(vm, &v[run], &v[run - 1])? {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !lt(vm, &v[run], &v[run - 1])? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = v[start].clone();
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(vm, &pivot, &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        let x = v.remove(start);
        v.insert(l, x);
    }
    Ok(v)
}

fn bool_arg(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    vm.truthy(v)
}

/// A separator or indent string; the message is CPython's `c_make_encoder`'s, whose
/// arguments 5 and 6 are the separators.
fn sep_arg(vm: &mut Vm, v: &Value, argno: usize) -> PyResult<String> {
    match str_arg(v) {
        Some(s) => Ok(s.as_str().to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "make_encoder() argument {argno} must be str, not {tn}"
            )))
        }
    }
}

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// key_separator, item_separator, default)`: the JSON text of `obj`. `indent` is None or
/// the str repeated per level.
fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() || args.args.len() != 10 {
        return Err(vm.type_error("encode() takes exactly 10 positional arguments"));
    }
    let a = &args.args;
    let indent = match a[6].view() {
        View::None => None,
        _ => Some(sep_arg(vm, &a[6], 4)?),
    };
    let mut enc = Encoder {
        skipkeys: bool_arg(vm, &a[1])?,
        ensure_ascii: bool_arg(vm, &a[2])?,
        check_circular: bool_arg(vm, &a[3])?,
        allow_nan: bool_arg(vm, &a[4])?,
        sort_keys: bool_arg(vm, &a[5])?,
        indent,
        key_sep: sep_arg(vm, &a[7], 5)?,
        item_sep: sep_arg(vm, &a[8], 6)?,
        default: a[9].clone(),
        markers: hashbrown::HashSet::new(),
        level: 0,
        out: String::with_capacity(LAST_OUTPUT.with(|c| c.get()).min(1 << 26)),
    };
    enc.encode_value(vm, &a[0])?;
    LAST_OUTPUT.with(|c| c.set(enc.out.len()));
    Ok(Value::string(enc.out))
}

fn basestring(vm: &mut Vm, args: &Args, ascii: bool) -> PyResult<Value> {
    let name = if ascii {
        "encode_basestring_ascii"
    } else {
        "encode_basestring"
    };
    crate::vm::builtins::arity(vm, args, name, 1, 1)?;
    let Some(s) = str_arg(&args.args[0]) else {
        let tn = vm.type_name(&args.args[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    let mut out = String::new();
    write_json_str(&mut out, s.as_str(), ascii);
    Ok(Value::string(out))
}

fn encode_basestring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    basestring(vm, &args, false)
}

fn encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    basestring(vm, &args, true)
}
