//! Float-to-decimal conversion mirroring CPython's `PyOS_double_to_string` and `repr(float)`.

// CPython gets its digits from David Gay's dtoa; Rust's `{:e}` (shortest
// round-trip) and `{:.*e}` / `{:.*}` (correctly rounded, ties-to-even on the
// exact binary value) produce the same digit strings, so only the layout
// logic of `format_float_short` needs reproducing.

/// Options of [`double_to_string`], the `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always emit a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral values in positional form get `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#` alternate form (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option, drop the sign of a zero result.
    pub no_neg_0: bool,
}

/// `repr(x)` (== `str(x)`) for a Python float.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// Digits with no trailing zeros (a lone `"0"` for zero) and the position of
/// the decimal point relative to them, as dtoa reports them.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Splits Rust's `d.ddde±x` output into digits and a decimal point position.
fn from_exp_form(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    strip_trailing_zeros(&mut digits);
    if digits.iter().all(|&d| d == b'0') {
        return zero_digits();
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

fn zero_digits() -> Digits {
    Digits {
        digits: vec![b'0'],
        decpt: 1,
    }
}

fn strip_trailing_zeros(d: &mut Vec<u8>) {
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
}

/// Any double's exact decimal expansion has fewer significant digits than
/// this, so asking for more cannot change the digits (and Rust's formatter
/// rejects precisions above `u16::MAX`).
const MAX_SIG_DIGITS: usize = 800;
/// Likewise no double has more than 1074 digits after the decimal point.
const MAX_FRAC_DIGITS: usize = 1100;

/// dtoa mode 0: shortest string that round-trips and, among those, the one
/// nearest the exact value (ties to even).
fn shortest(ax: f64) -> Digits {
    if ax == 0.0 {
        return zero_digits();
    }
    let short = from_exp_form(&format!("{ax:e}"));
    // Rust breaks exact ties between two shortest candidates upwards; dtoa
    // picks the correctly rounded one, so prefer that when it round-trips.
    let n = short.digits.len();
    let rounded = format!("{:.*e}", n.saturating_sub(1), ax);
    if rounded.parse::<f64>() == Ok(ax) {
        let nearest = from_exp_form(&rounded);
        if nearest.digits.len() == n {
            return nearest;
        }
    }
    short
}

/// dtoa mode 2: `n` (>= 1) significant digits, correctly rounded.
fn significant(ax: f64, n: usize) -> Digits {
    if ax == 0.0 {
        return zero_digits();
    }
    let n = n.clamp(1, MAX_SIG_DIGITS);
    from_exp_form(&format!("{:.*e}", n - 1, ax))
}

/// dtoa mode 3: `p` digits after the decimal point, correctly rounded. A value
/// that rounds to zero yields no digits and `decpt == -p`, as in dtoa.
fn fixed(ax: f64, p: usize) -> Digits {
    if ax == 0.0 {
        return zero_digits();
    }
    let p = p.min(MAX_FRAC_DIGITS);
    let s = format!("{ax:.p$}");
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let mut decpt = int_part.len() as i64;
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i64;
    if digits.is_empty() {
        return Digits { digits, decpt };
    }
    strip_trailing_zeros(&mut digits);
    Digits { digits, decpt }
}

fn push_zeros(out: &mut String, n: i64) {
    if n > 0 {
        out.extend(std::iter::repeat_n('0', n as usize));
    }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (anything else is treated as `r`);
/// `precision` is ignored for `r`. Infinities and NaNs come out as
/// `inf`/`nan` (`INF`/`NAN` for upper-case codes); NaN never has a sign.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = match code.to_ascii_lowercase() {
        c @ ('e' | 'f' | 'g') => c,
        _ => 'r',
    };
    // Precisions beyond i32 are rejected by every caller; clamping here keeps
    // the arithmetic below trivially overflow-free.
    let mut precision = precision.min(i32::MAX as usize);

    if !x.is_finite() {
        let mut out = String::new();
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        });
        return out;
    }

    let ax = x.abs();
    let Digits { digits, mut decpt } = match code {
        'e' => {
            precision += 1;
            significant(ax, precision)
        }
        'f' => fixed(ax, precision),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            significant(ax, precision)
        }
        _ => shortest(ax),
    };
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }

    let precision = precision as i64;
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to exponent form at 1e16, as CPython has since 3.1.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let mut out = String::with_capacity((vdigits_end - vdigits_start).max(0) as usize + 8);
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    let as_str = |d: &[u8]| d.iter().map(|&b| b as char).collect::<String>();
    if 0 < decpt && decpt <= digits_len {
        let (head, tail) = digits.split_at(decpt as usize);
        out.push_str(&as_str(head));
        out.push('.');
        out.push_str(&as_str(tail));
    } else {
        out.push_str(&as_str(&digits));
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}
