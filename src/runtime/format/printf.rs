//! `str % args` (printf-style formatting): parsing the format string and rendering single conversions.

// CPython interleaves parsing with fetching arguments, so which error wins
// depends on the arguments; `parse_printf_partial` exposes enough of the
// parse state for the VM to reproduce that order, `parse_printf` is the
// simple all-or-nothing variant.

use super::float_repr::double_to_string;
use super::{FormatError, MAX_OUTPUT_LEN};

use super::float_repr::DtoaFlags;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// One piece of a parsed printf format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintfPiece {
    /// Text copied verbatim (`%%` already turned into `%`).
    Literal(String),
    /// A `%...` conversion.
    Conv(ConvSpec),
}

/// A width or precision: literal digits or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// `*`: the next argument, which must be an int. A negative width means
    /// left-justify (set `flags.left`) with its absolute value; a negative
    /// precision means 0.
    Star,
    /// Written digits.
    Fixed(usize),
}

/// The flag characters `-`, `+`, space, `#`, `0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrintfFlags {
    /// `-`
    pub left: bool,
    /// `+`
    pub sign: bool,
    /// space
    pub space: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero: bool,
}

/// A parsed conversion `%[(key)][flags][width][.precision][hlL]conv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvSpec {
    /// `(key)` for mapping arguments (parentheses may nest).
    pub key: Option<String>,
    /// Flags.
    pub flags: PrintfFlags,
    /// Field width.
    pub width: Option<Count>,
    /// Precision (`.` alone means `Fixed(0)`).
    pub precision: Option<Count>,
    /// The conversion character (may be unsupported, see [`parse_printf_partial`]).
    pub conv: char,
    /// Code-point index of `conv` in the format string, for error messages.
    pub index: usize,
}

/// A parse failure part-way through a conversion, with what CPython would
/// already have done with the arguments before raising it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintfParseError {
    /// The conversion had a `(`: CPython first raises
    /// `TypeError: format requires a mapping` if the argument is not one.
    pub needs_mapping: bool,
    /// The key, if it was complete: CPython looks it up (KeyError) before
    /// raising `error`.
    pub key: Option<String>,
    /// `*` arguments CPython consumed (and type-checked) before `error`.
    pub stars: usize,
    /// The error itself (`incomplete format`, `width too big`, ...).
    pub error: FormatError,
}

const SUPPORTED: &str = "sracdiuoxXeEfFgG";

/// `ValueError: unsupported format character 'y' (0x79) at index 3`, which
/// CPython raises after fetching the conversion's argument.
pub fn unsupported_conversion_error(spec: &ConvSpec) -> FormatError {
    let cp = spec.conv as u32;
    let shown = if (31..=126).contains(&cp) {
        spec.conv
    } else {
        '?'
    };
    FormatError::Value(format!(
        "unsupported format character '{shown}' (0x{cp:x}) at index {}",
        spec.index
    ))
}

/// Parses a whole format string, failing with the first error CPython could
/// report from the format alone (including unsupported conversion
/// characters). Use [`parse_printf_partial`] to match CPython's error order
/// when arguments are also wrong.
pub fn parse_printf(fmt: &str) -> Result<Vec<PrintfPiece>, FormatError> {
    let (pieces, err) = parse_printf_partial(fmt);
    for p in &pieces {
        match p {
            PrintfPiece::Conv(c) if !SUPPORTED.contains(c.conv) => {
                return Err(unsupported_conversion_error(c));
            }
            _ => {}
        }
    }
    match err {
        Some(e) => Err(e.error),
        None => Ok(pieces),
    }
}

/// Parses as far as possible: the pieces before the first malformed
/// conversion, plus that conversion's error. Conversions with unsupported
/// characters are returned as pieces; the VM fetches their argument first
/// and then raises [`unsupported_conversion_error`], as CPython does.
pub fn parse_printf_partial(fmt: &str) -> (Vec<PrintfPiece>, Option<PrintfParseError>) {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while let Some(&c) = chars.get(pos) {
        pos += 1;
        if c != '%' {
            literal.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            literal.push('%');
            pos += 1;
            continue;
        }
        if !literal.is_empty() {
            pieces.push(PrintfPiece::Literal(std::mem::take(&mut literal)));
        }
        match parse_conversion(&chars, &mut pos) {
            Ok(spec) => pieces.push(PrintfPiece::Conv(spec)),
            Err(e) => return (pieces, Some(e)),
        }
    }
    if !literal.is_empty() {
        pieces.push(PrintfPiece::Literal(literal));
    }
    (pieces, None)
}

/// `unicode_format_arg_parse`, starting just after the `%`.
fn parse_conversion(chars: &[char], pos: &mut usize) -> Result<ConvSpec, PrintfParseError> {
    let mut err = PrintfParseError {
        needs_mapping: false,
        key: None,
        stars: 0,
        error: FormatError::Value("incomplete format".into()),
    };
    let incomplete = |e: &PrintfParseError| e.clone();
    let fail = |e: &PrintfParseError, msg: &str| PrintfParseError {
        error: FormatError::Value(msg.into()),
        ..e.clone()
    };
    let next = |pos: &mut usize| -> Option<char> {
        let c = chars.get(*pos).copied();
        if c.is_some() {
            *pos += 1;
        }
        c
    };

    let mut key = None;
    if chars.get(*pos) == Some(&'(') {
        err.needs_mapping = true;
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 {
            match next(pos) {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err(fail(&err, "incomplete format key")),
            }
        }
        let k: String = chars.get(start..*pos - 1).unwrap_or(&[]).iter().collect();
        err.key = Some(k.clone());
        key = Some(k);
    }

    let mut flags = PrintfFlags::default();
    let mut ch = loop {
        match next(pos) {
            Some('-') => flags.left = true,
            Some('+') => flags.sign = true,
            Some(' ') => flags.space = true,
            Some('#') => flags.alternate = true,
            Some('0') => flags.zero = true,
            Some(c) => break c,
            None => return Err(incomplete(&err)),
        }
    };

    let mut width = None;
    if ch == '*' {
        width = Some(Count::Star);
        err.stars += 1;
        ch = next(pos).ok_or_else(|| incomplete(&err))?;
    } else if let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) {
        let mut w = d as usize;
        loop {
            ch = next(pos).ok_or_else(|| incomplete(&err))?;
            let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) else {
                break;
            };
            if w > (isize::MAX as usize - d as usize) / 10 {
                return Err(fail(&err, "width too big"));
            }
            w = w * 10 + d as usize;
        }
        width = Some(Count::Fixed(w));
    }

    let mut precision = None;
    if ch == '.' {
        precision = Some(Count::Fixed(0));
        ch = next(pos).ok_or_else(|| incomplete(&err))?;
        if ch == '*' {
            precision = Some(Count::Star);
            err.stars += 1;
            ch = next(pos).ok_or_else(|| incomplete(&err))?;
        } else if let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) {
            let mut p = d as usize;
            loop {
                ch = next(pos).ok_or_else(|| incomplete(&err))?;
                let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) else {
                    break;
                };
                if p > (i32::MAX as usize - d as usize) / 10 {
                    return Err(fail(&err, "precision too big"));
                }
                p = p * 10 + d as usize;
            }
            precision = Some(Count::Fixed(p));
        }
    }

    // Length modifiers are accepted and ignored, as in CPython.
    if matches!(ch, 'h' | 'l' | 'L') {
        ch = next(pos).ok_or_else(|| incomplete(&err))?;
    }

    Ok(ConvSpec {
        key,
        flags,
        width,
        precision,
        conv: ch,
        index: *pos - 1,
    })
}

fn is_int_conv(c: char) -> bool {
    matches!(c, 'd' | 'i' | 'u' | 'o' | 'x' | 'X')
}

/// The size checks CPython makes while rendering a conversion, to be called
/// once width and precision are known: `OverflowError: precision too large`
/// for integer conversions with a precision above `INT_MAX - 3`, and
/// `MemoryError` for widths or precisions above [`MAX_OUTPUT_LEN`] (where
/// CPython would attempt the allocation). Without this check the `printf_*`
/// functions silently clamp such sizes.
pub fn printf_check(
    spec: &ConvSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<(), FormatError> {
    if is_int_conv(spec.conv) && precision.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err(FormatError::Overflow("precision too large".into()));
    }
    if width.is_some_and(|w| w > MAX_OUTPUT_LEN) || precision.is_some_and(|p| p > MAX_OUTPUT_LEN) {
        return Err(FormatError::Memory);
    }
    Ok(())
}

/// The int a `%c` argument denotes, or CPython's
/// `OverflowError: %c arg not in range(0x110000)`.
pub fn printf_char_from_int(v: &BigInt) -> Result<char, FormatError> {
    let out_of_range = || FormatError::Overflow("%c arg not in range(0x110000)".into());
    let x = v
        .to_u32()
        .filter(|&x| x <= 0x10ffff)
        .ok_or_else(out_of_range)?;
    // Rust strings cannot hold lone surrogates, which CPython's can.
    char::from_u32(x).ok_or_else(|| {
        FormatError::Value(format!(
            "surrogate code point U+{x:04X} cannot be formatted"
        ))
    })
}

fn clamp(n: Option<usize>) -> Option<usize> {
    n.map(|n| n.min(MAX_OUTPUT_LEN))
}

/// `%d %i %u %o %x %X` of an int: precision is the minimum number of digits,
/// `#` adds `0o`/`0x`/`0X`, `0` pads with zeros after the sign and prefix.
/// CPython also enforces `sys.int_max_str_digits` for `d`/`i`/`u`: call
/// [`check_int_str_digits`](super::check_int_str_digits) (and [`printf_check`]) first.
pub fn printf_int(
    v: &BigInt,
    spec: &ConvSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let (width, precision) = (clamp(width), clamp(precision));
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = String::with_capacity(digits.len() + 4);
    if v.is_negative() {
        text.push('-');
    }
    if spec.flags.alternate {
        text.push_str(prefix);
    }
    if let Some(p) = precision {
        text.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    text.push_str(&digits);
    output(&text, spec, width, precision, true)
}

/// `%e %E %f %F %g %G` of a float (default precision 6, `#` alternate form).
pub fn printf_float(
    v: f64,
    spec: &ConvSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let (width, precision) = (clamp(width), clamp(precision));
    let flags = DtoaFlags {
        alt: spec.flags.alternate,
        ..DtoaFlags::default()
    };
    let text = double_to_string(v, spec.conv, precision.unwrap_or(6), flags);
    output(&text, spec, width, precision, true)
}

/// `%s %r %a %c` of an already converted string: precision truncates (not
/// for `%c`), width pads with spaces (on the right with `-`).
pub fn printf_pad(
    s: &str,
    spec: &ConvSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    output(s, spec, clamp(width), clamp(precision), false)
}

/// `unicode_format_arg_output`: sign, `#` prefix and padding placement.
/// `numeric` is CPython's `arg->sign`.
fn output(
    text: &str,
    spec: &ConvSpec,
    width: Option<usize>,
    precision: Option<usize>,
    numeric: bool,
) -> String {
    let chars: Vec<char> = text.chars().collect();
    let flags = spec.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut len = chars.len();
    if let Some(p) = precision.filter(|_| matches!(spec.conv, 's' | 'r' | 'a')) {
        len = len.min(p);
    }
    let mut pindex = 0;
    let mut sign_char = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len = len.saturating_sub(1);
                pindex = 1;
            }
            _ if flags.sign => sign_char = Some('+'),
            _ if flags.space => sign_char = Some(' '),
            _ => {}
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 2);
    if let Some(s) = sign_char {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags.alternate && matches!(spec.conv, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(spec.conv);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign_char {
            out.push(s);
        }
        if alt_prefix {
            out.push('0');
            out.push(spec.conv);
            pindex += 2;
        }
    }
    out.extend(chars.iter().skip(pindex).take(len));
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_parse_keeps_state_for_error_ordering() {
        let (pieces, err) = parse_printf_partial("x%(k)*.*");
        assert_eq!(pieces, vec![PrintfPiece::Literal("x".into())]);
        let err = err.expect("incomplete");
        assert!(err.needs_mapping);
        assert_eq!(err.key.as_deref(), Some("k"));
        assert_eq!(err.stars, 2);
        assert_eq!(err.error, FormatError::Value("incomplete format".into()));
        let (_, err) = parse_printf_partial("%(a");
        assert_eq!(
            err.expect("error").error,
            FormatError::Value("incomplete format key".into())
        );
        let (pieces, err) = parse_printf_partial("%5y");
        assert!(err.is_none());
        match &pieces[0] {
            PrintfPiece::Conv(c) => assert_eq!(
                unsupported_conversion_error(c),
                FormatError::Value("unsupported format character 'y' (0x79) at index 2".into())
            ),
            PrintfPiece::Literal(_) => panic!("expected a conversion"),
        }
    }
}
