//! `int(str, base)`, `float(str)` and `round(float, n)` with CPython 3.11's exact acceptance rules.

use super::FormatError;

use super::spec::int_max_str_digits;
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};
use std::str::FromStr;

/// First code point of every run of ten Unicode `Nd` digits (Unicode 14.0,
/// CPython 3.11's database). Every `Nd` run is exactly `0..=9` in order.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Non-ASCII characters for which `str.isspace()` holds (Unicode 14.0).
const NON_ASCII_SPACES: [u32; 19] = [
    0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    let d = cp - zero;
    (d < 10).then_some(d)
}

/// `Py_ISSPACE`: C-locale whitespace. Note `\x1c`..`\x1f` are *not* included,
/// although `str.isspace()` accepts them; CPython's parsers use this set.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII passes through,
/// Unicode whitespace becomes a space, Unicode digits become ASCII digits;
/// anything else (and NUL, which CPython's C-string scan trips over) makes the
/// input unparseable.
fn to_ascii_form(s: &str) -> Option<Vec<u8>> {
    s.chars()
        .map(|c| {
            let cp = c as u32;
            if cp == 0 {
                None
            } else if cp < 127 {
                Some(cp as u8)
            } else if NON_ASCII_SPACES.contains(&cp) {
                Some(b' ')
            } else {
                decimal_value(c).map(|d| b'0' + d as u8)
            }
        })
        .collect()
}

/// Why [`parse_int_checked`] rejected its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// Not a valid literal; the VM raises
    /// `ValueError: invalid literal for int() with base {base}: {repr(s):.200}`
    /// (see [`IntParseError::invalid_literal_message`]).
    Invalid,
    /// `base` was neither 0 nor in `2..=36`.
    InvalidBase,
    /// More decimal digits than `sys.get_int_max_str_digits()` allows.
    TooManyDigits {
        /// The limit in force.
        limit: usize,
        /// Digits in the input (underscores not counted).
        digits: usize,
    },
}

impl IntParseError {
    /// The exception message; for [`IntParseError::Invalid`] it is the
    /// repr-less prefix (use [`IntParseError::invalid_literal_message`]).
    pub fn message(&self) -> String {
        match self {
            IntParseError::Invalid => "invalid literal for int()".into(),
            IntParseError::InvalidBase => "int() arg 2 must be >= 2 and <= 36".into(),
            IntParseError::TooManyDigits { limit, digits } => format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        }
    }

    /// CPython's message for an invalid literal, given `repr(s)`; like
    /// CPython's `%.200R` the repr is cut to 200 characters.
    pub fn invalid_literal_message(base: u32, repr: &str) -> String {
        let cut: String = repr.chars().take(200).collect();
        format!("invalid literal for int() with base {base}: {cut}")
    }

    /// As a [`FormatError`] (ValueError), given `repr(s)` for the invalid case.
    pub fn to_format_error(&self, base: u32, repr: &str) -> FormatError {
        match self {
            IntParseError::Invalid => {
                FormatError::Value(IntParseError::invalid_literal_message(base, repr))
            }
            _ => FormatError::Value(self.message()),
        }
    }
}

/// `int(s, base)` without the `sys.set_int_max_str_digits` limit: `None` for
/// anything CPython rejects. Accepts exactly what CPython accepts: C-locale or
/// Unicode whitespace around, one sign, base 0 inferring from a `0x`/`0o`/`0b`
/// prefix (and rejecting non-zero literals with leading zeros), an optional
/// prefix matching the base followed by at most one underscore, single
/// underscores between digits, and Unicode decimal digits.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_limited(s, base, 0).ok()
}

/// `int(s, base)` exactly as CPython, including the
/// [`int_max_str_digits`] limit for bases that are not powers of two.
pub fn parse_int_checked(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    parse_int_limited(s, base, int_max_str_digits())
}

/// Inputs with at most this many digits skip the limit check, as in CPython.
const MAX_STR_DIGITS_THRESHOLD: usize = 640;

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

fn parse_int_limited(s: &str, base: u32, limit: usize) -> Result<BigInt, IntParseError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(IntParseError::InvalidBase);
    }
    let b = to_ascii_form(s).ok_or(IntParseError::Invalid)?;
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' || at(i) == b'-' {
        negative = at(i) == b'-';
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    // An old C-style octal literal: only zero is still valid.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    let prefixed = at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        );
    if prefixed {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(IntParseError::Invalid);
    }
    let start = i;
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < b.len() && (digit_value(at(i)) < base || at(i) == b'_') {
        let c = at(i);
        if c == b'_' {
            if prev == b'_' {
                return Err(IntParseError::Invalid);
            }
        } else {
            digits.push(c);
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two()
        && digits.len() > MAX_STR_DIGITS_THRESHOLD
        && limit > 0
        && digits.len() > limit
    {
        return Err(IntParseError::TooManyDigits {
            limit,
            digits: digits.len(),
        });
    }
    if i == start {
        return Err(IntParseError::Invalid);
    }
    let magnitude = BigUint::parse_bytes(&digits, base).ok_or(IntParseError::Invalid)?;
    if error_if_nonzero && !magnitude.is_zero() {
        return Err(IntParseError::Invalid);
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != b.len() {
        return Err(IntParseError::Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `_Py_string_to_number_with_underscores`: an underscore must sit between
/// two ASCII digits.
fn strip_underscores(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// Case-insensitive `inf`, `infinity` or `nan` after an optional sign.
fn parse_inf_or_nan(b: &[u8]) -> Option<f64> {
    let (negative, rest) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, b),
    };
    let lower = rest.to_ascii_lowercase();
    let value = match lower.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -value } else { value })
}

/// `float(s)`: `None` for anything CPython rejects. Whitespace (C-locale or
/// Unicode) around, one sign, `inf`/`infinity`/`nan` in any case, digits with
/// an optional point and exponent, underscores only between digits, Unicode
/// decimal digits; the result is correctly rounded (overflow gives ±inf).
pub fn parse_float(s: &str) -> Option<f64> {
    let mut b = to_ascii_form(s)?;
    if b.contains(&b'_') {
        b = strip_underscores(&b)?;
    }
    let first = b.iter().position(|&c| !is_c_space(c))?;
    let last = b.iter().rposition(|&c| !is_c_space(c))?;
    let body = b.get(first..=last)?;

    let at = |i: usize| body.get(i).copied().unwrap_or(0);
    let mut i = 0;
    if at(i) == b'+' || at(i) == b'-' {
        i += 1;
    }
    let int_start = i;
    while at(i).is_ascii_digit() {
        i += 1;
    }
    let mut mantissa_digits = i - int_start;
    if at(i) == b'.' {
        i += 1;
        let frac_start = i;
        while at(i).is_ascii_digit() {
            i += 1;
        }
        mantissa_digits += i - frac_start;
    }
    if mantissa_digits == 0 {
        return parse_inf_or_nan(body);
    }
    if at(i) == b'e' || at(i) == b'E' {
        // An exponent without digits is not part of the number, as in strtod.
        let save = i;
        i += 1;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let exp_start = i;
        while at(i).is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            i = save;
        }
    }
    if i != body.len() {
        return None;
    }
    // The validated grammar is a subset of Rust's, whose parser is correctly
    // rounded for any number of digits and saturates huge exponents.
    std::str::from_utf8(body).ok()?.parse::<f64>().ok()
}

/// Beyond this many digits every double is already exact (CPython's NDIGITS_MAX).
const NDIGITS_MAX: i64 = 323;
/// Below this every double rounds to zero (CPython's NDIGITS_MIN).
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float, as `float.__round__`: correctly rounded
/// (half-even on the exact binary value) to `ndigits` decimal places, which
/// may be negative. A result too large for a double comes back as ±inf; use
/// [`round_float_checked`] to get CPython's `OverflowError` instead.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    match round_float_checked(x, ndigits) {
        Ok(v) => v,
        Err(_) => f64::INFINITY.copysign(x),
    }
}

/// [`round_float`] with CPython's
/// `OverflowError: rounded value too large to represent`.
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let bits = x.abs().to_bits();
    let exp_field = (bits >> 52) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    };
    // Exact rational x * 10^ndigits = num / den, rounded half-to-even.
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let ten = BigInt::from(10u32);
    if ndigits >= 0 {
        num *= ten.pow(ndigits as u32);
    } else {
        den *= ten.pow((-ndigits) as u32);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = format!("{sign}{q}e{}", -ndigits);
    let rounded = f64::from_str(&text).unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(rounded)
}
