//! The format-spec mini-language: parsing `[[fill]align][sign][z][#][0][width][,|_][.precision][type]` and `__format__` for int, float and str.

use super::float_repr::double_to_string;
use super::parse::decimal_value;
use super::value_err;

use super::float_repr::DtoaFlags;
use super::{FormatError, MAX_OUTPUT_LEN};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A parsed format spec. Fields hold what was written; defaults that depend
/// on the formatted type (alignment, what `0` implies) are resolved by the
/// `format_*` functions, as CPython does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (`' '` unless given before an alignment).
    pub fill: char,
    /// `<`, `>`, `^` or `=` when given.
    pub align: Option<char>,
    /// `+`, `-` or `' '` when given.
    pub sign: Option<char>,
    /// `#`.
    pub alternate: bool,
    /// The `0` flag before the width (only possible when no fill was given).
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Digits after `.`.
    pub precision: Option<usize>,
    /// The presentation type character.
    pub ty: Option<char>,
    /// `z` (3.11+): coerce negative zero results to positive zero.
    pub no_neg_zero: bool,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            no_neg_zero: false,
        }
    }
}

/// CPython's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.set_int_max_str_digits(n)`; 0 disables the limit. (Validating that
/// `n` is 0 or >= 640 is the caller's job, as is the message for it.)
pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// The check `str(int)` performs before producing decimal digits: `ValueError`
/// if `|v|` has more decimal digits than [`int_max_str_digits`] allows.
pub fn check_int_str_digits(v: &BigInt) -> Result<(), FormatError> {
    let limit = int_max_str_digits();
    if limit == 0 {
        return Ok(());
    }
    let bits = v.bits();
    // The bit length bounds the digit count without a quadratic conversion
    // (with a digit of slack for float rounding); only the band in between
    // needs an exact comparison.
    let upper = (bits as f64 * std::f64::consts::LOG10_2).floor() as u64 + 2;
    if upper <= limit as u64 {
        return Ok(());
    }
    let lower = (bits.saturating_sub(1) as f64 * std::f64::consts::LOG10_2).floor() as u64;
    let too_many = lower > limit as u64 || {
        let exp = u32::try_from(limit).unwrap_or(u32::MAX);
        v.magnitude() >= &num_bigint::BigUint::from(10u32).pow(exp)
    };
    if too_many {
        return value_err(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use \
             sys.set_int_max_str_digits() to increase the limit"
        ));
    }
    Ok(())
}

/// `float(v)` for an int: correctly rounded (half-even), or
/// `OverflowError: int too large to convert to float`.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let overflow = || FormatError::Overflow("int too large to convert to float".into());
    if bits > 1024 {
        return Err(overflow());
    }
    let f = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(0);
        // Folding the discarded bits into a sticky low bit lets the u64->f64
        // conversion (round-half-even) decide ties correctly.
        let sticky = mag.trailing_zeros().unwrap_or(0) < shift;
        let scale = f64::from_bits((1023 + shift) << 52);
        (top | u64::from(sticky)) as f64 * scale
    };
    if f.is_infinite() {
        return Err(overflow());
    }
    Ok(if v.is_negative() { -f } else { f })
}

/// `hex()`, `oct()`, `bin()` (with `prefix`), or the bare digits of `v` in
/// `base` (2..=36, lower case) with a leading `-` for negatives.
pub fn int_to_base(v: &BigInt, base: u32, prefix: bool) -> String {
    let base = base.clamp(2, 36);
    let mut out = String::new();
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&v.magnitude().to_str_radix(base));
    out
}

fn char_for_message(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

fn unknown_presentation_type(ty: char, type_name: &str) -> FormatError {
    let name: String = type_name.chars().take(200).collect();
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{name}'",
        char_for_message(ty)
    ))
}

/// Digit grouping for the integer part: separator and group size.
type Grouping = Option<(char, usize)>;

/// The thousands-separator/type compatibility check CPython makes while
/// parsing (with the type's default presentation type filled in).
fn grouping_for(grouping: Option<char>, ty: Option<char>) -> Result<Grouping, FormatError> {
    let Some(sep) = grouping else {
        return Ok(None);
    };
    match ty {
        // Hand-built specs may carry other separators; only ',' and '_' exist.
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {
            Ok(Some((if sep == '_' { '_' } else { ',' }, 3)))
        }
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(Some(('_', 4))),
        Some(t) => value_err(format!(
            "Cannot specify '{sep}' with '{}'.",
            char_for_message(t)
        )),
    }
}

/// `get_integer`: decimal digits (any Unicode `Nd`), bounded by `isize::MAX`.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((n > 0).then_some(acc))
}

/// Parses a format spec; an unparseable spec yields CPython's pre-3.10 style
/// message `Invalid format specifier`. Prefer [`parse_format_spec_for`], which
/// produces 3.11's message naming the spec and the object's type.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    parse_with(spec, None)
}

/// Parses a format spec for an object whose `type(obj).__name__` is
/// `type_name` (used in the "Invalid format specifier" message).
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    parse_with(spec, Some(type_name))
}

fn parse_with(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut out = FormatSpec::default();
    let mut pos = 0;
    let mut fill_specified = false;

    if is_align(at(1)) {
        out.align = at(1);
        out.fill = at(0).unwrap_or(' ');
        fill_specified = true;
        pos = 2;
    } else if is_align(at(0)) {
        out.align = at(0);
        pos = 1;
    }
    if let Some(c @ (' ' | '+' | '-')) = at(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && at(pos) == Some('0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return value_err("Cannot specify both ',' and '_'.");
        }
        out.grouping = Some('_');
        pos += 1;
    }
    // A second ',' is left to become the type (and fail the separator check).
    if at(pos) == Some(',') && out.grouping == Some('_') {
        return value_err("Cannot specify both ',' and '_'.");
    }
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return value_err("Format specifier missing precision");
        }
    }
    let rest = chars.len().saturating_sub(pos);
    if rest > 1 {
        return value_err(match type_name {
            Some(name) => {
                let name: String = name.chars().take(200).collect();
                format!("Invalid format specifier '{spec}' for object of type '{name}'")
            }
            None => "Invalid format specifier".to_string(),
        });
    }
    if rest == 1 {
        out.ty = at(pos);
    }
    // With an explicit type the separator check does not depend on the
    // object, so it happens here, in CPython's order; the format_* functions
    // repeat it with their default type.
    if out.ty.is_some() {
        grouping_for(out.grouping, out.ty)?;
    }
    Ok(out)
}

/// Effective fill and alignment: `0` means zero fill and, for right-aligned
/// (numeric) types, sign-aware `=` alignment.
fn resolve_fill_align(spec: &FormatSpec, default_align: char) -> (char, char) {
    if spec.zero_pad {
        let align = spec.align.unwrap_or(if default_align == '>' {
            '='
        } else {
            default_align
        });
        ('0', align)
    } else {
        (spec.fill, spec.align.unwrap_or(default_align))
    }
}

fn check_width(width: Option<usize>) -> Result<(), FormatError> {
    match width {
        Some(w) if w > MAX_OUTPUT_LEN => Err(FormatError::Memory),
        _ => Ok(()),
    }
}

/// A number split the way `calc_number_widths` sees it.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    /// Integer-part digits before grouping; empty for `c`, inf and nan.
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the decimal point (or after the digits).
    remainder: &'a str,
}

struct Layout {
    fill: char,
    align: char,
    sign: Option<char>,
    width: Option<usize>,
    grouping: Grouping,
}

fn push_fill(out: &mut String, c: char, n: i64) {
    if n > 0 {
        out.extend(std::iter::repeat_n(c, n as usize));
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: groups from the right, padding
/// with zeros (and separators between them) up to `min_width`. Digits and
/// separators are ASCII, so the result is built back to front in bytes.
fn group_digits(digits: &str, min_width: i64, grouping: Grouping) -> String {
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width.max(0);
    let mut rev: Vec<u8> = Vec::with_capacity(bytes.len().max(min_width as usize) + 8);
    let mut next = bytes.iter().rev();
    let mut take_chunk = |len: i64, remaining: &mut i64, rev: &mut Vec<u8>| {
        let n_chars = (*remaining).min(len).max(0);
        rev.extend(next.by_ref().take(n_chars as usize));
        rev.extend(std::iter::repeat_n(
            b'0',
            (len - *remaining).max(0) as usize,
        ));
        *remaining -= n_chars;
    };
    match grouping {
        None => {
            let len = remaining.max(min_width).max(1);
            take_chunk(len, &mut remaining, &mut rev);
        }
        Some((sep, size)) => {
            let sep = if sep == '_' { b'_' } else { b',' };
            let mut first = true;
            loop {
                let len = (size as i64).min(remaining.max(min_width).max(1));
                if !first {
                    rev.push(sep);
                }
                first = false;
                take_chunk(len, &mut remaining, &mut rev);
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

/// `calc_number_widths` + `fill_number`.
fn layout_number(n: &Number, l: &Layout) -> Result<String, FormatError> {
    check_width(l.width)?;
    let sign = match l.sign {
        Some('+') => Some(if n.negative { '-' } else { '+' }),
        Some(' ') => Some(if n.negative { '-' } else { ' ' }),
        _ => n.negative.then_some('-'),
    };
    let n_non_digit = i64::from(sign.is_some())
        + n.prefix.chars().count() as i64
        + i64::from(n.has_decimal)
        + n.remainder.chars().count() as i64;
    let width = l.width.map_or(-1, |w| w as i64);
    let min_width = if l.fill == '0' && l.align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, min_width, l.grouping)
    };
    let padding = width - (n_non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match l.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut out = String::new();
    push_fill(&mut out, l.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(n.prefix);
    push_fill(&mut out, l.fill, spad);
    out.push_str(&grouped);
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    push_fill(&mut out, l.fill, rpad);
    Ok(out)
}

/// `int.__format__(spec)` for an exact int.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_for(v, spec, "int")
}

/// `__format__` of an int whose type is named `type_name` (e.g. `bool` or a
/// subclass) — only messages differ. An *empty* spec means `str(obj)` in
/// CPython, which the caller must handle for subclasses such as bool.
pub fn format_int_for(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = grouping_for(spec.grouping, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, spec, ty, grouping),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(v)?;
            format_float_internal(x, spec, Some(ty))
        }
        _ => Err(unknown_presentation_type(ty, type_name)),
    }
}

fn format_long(
    v: &BigInt,
    spec: &FormatSpec,
    ty: char,
    grouping: Grouping,
) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let (fill, align) = resolve_fill_align(spec, '>');
    if ty == 'c' {
        if spec.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let x = v.to_i64().ok_or_else(|| {
            FormatError::Overflow("Python int too large to convert to C long".into())
        })?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(FormatError::Overflow(
                "%c arg not in range(0x110000)".into(),
            ));
        }
        // Rust strings cannot hold lone surrogates, which CPython's can.
        let ch = char::from_u32(x as u32).ok_or_else(|| {
            FormatError::Value(format!(
                "surrogate code point U+{x:04X} cannot be formatted"
            ))
        })?;
        let text = ch.to_string();
        let number = Number {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return layout_number(
            &number,
            &Layout {
                fill,
                align,
                sign: None,
                width: spec.width,
                grouping: None,
            },
        );
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    if base == 10 {
        check_int_str_digits(v)?;
    }
    check_width(spec.width)?;
    let mut digits = v.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let number = Number {
        negative: v.is_negative() && !v.is_zero(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(
        &number,
        &Layout {
            fill,
            align,
            sign: spec.sign,
            width: spec.width,
            // The 'n' type uses the C locale here: no grouping at all.
            grouping: if ty == 'n' { None } else { grouping },
        },
    )
}

/// `float.__format__(spec)`.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_float_for(v, spec, "float")
}

/// `__format__` of a float whose type is named `type_name`.
pub fn format_float_for(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    grouping_for(spec.grouping, spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(v, spec, spec.ty)
        }
        Some(t) => Err(unknown_presentation_type(t, type_name)),
    }
}

fn format_float_internal(
    val: f64,
    spec: &FormatSpec,
    ty: Option<char>,
) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_err("precision too big");
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut val = val;
    let mut add_pct = false;
    let mut default_precision = 6;
    let mut code = match ty {
        None => {
            // No type: like repr, but with a precision like 'g' that keeps
            // at least one digit after the point.
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some('%') => {
            val *= 100.0;
            add_pct = true;
            'f'
        }
        Some(t) => t,
    };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    check_width(spec.width)?;
    if precision > MAX_OUTPUT_LEN {
        return Err(FormatError::Memory);
    }
    let mut text = double_to_string(val, code, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let (fill, align) = resolve_fill_align(spec, '>');
    let grouping = if ty == Some('n') {
        None
    } else {
        grouping_for(spec.grouping, ty)?
    };
    layout_number(
        &Number {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        },
        &Layout {
            fill,
            align,
            sign: spec.sign,
            width: spec.width,
            grouping,
        },
    )
}

/// `str.__format__(spec)`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    format_str_for(s, spec, "str")
}

/// `__format__` of a str whose type is named `type_name`.
pub fn format_str_for(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('s');
    grouping_for(spec.grouping, Some(ty))?;
    if ty != 's' {
        return Err(unknown_presentation_type(ty, type_name));
    }
    match spec.sign {
        Some(' ') => return value_err("Space not allowed in string format specifier"),
        Some(_) => return value_err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    let (fill, align) = resolve_fill_align(spec, '<');
    if align == '=' {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    check_width(spec.width)?;
    let mut len = s.chars().count();
    let text = match spec.precision {
        Some(p) if p < len => {
            len = p;
            s.chars().take(p).collect::<String>()
        }
        _ => s.to_string(),
    };
    let total = spec.width.map_or(len, |w| w.max(len));
    let pad = (total - len) as i64;
    let left = match align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + pad as usize);
    push_fill(&mut out, fill, left);
    out.push_str(&text);
    push_fill(&mut out, fill, pad - left);
    Ok(out)
}
