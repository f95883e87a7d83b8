//! CPython 3.11-compatible number/string formatting and parsing (`format()`, `%`, `repr(float)`, `int()`, `float()`, `round()`) as pure functions.

// These functions never see Python objects, only Rust values, so the VM core
// can evolve independently; every failure carries the exact CPython exception
// class and message so the glue only has to raise it.

pub mod float_repr;
pub mod parse;
pub mod printf;
pub mod spec;

pub use float_repr::{double_to_string, float_repr};
pub use parse::{parse_float, parse_int, parse_int_checked, round_float, round_float_checked};
pub use printf::{
    parse_printf, parse_printf_partial, printf_char_from_int, printf_check, printf_float,
    printf_int, printf_pad, unsupported_conversion_error,
};
pub use spec::{
    check_int_str_digits, format_float, format_float_for, format_int, format_int_for, format_str,
    format_str_for, int_max_str_digits, int_to_base, int_to_f64, parse_format_spec,
    parse_format_spec_for, set_int_max_str_digits,
};

// Types are kept apart from functions so that rustfmt's 2021 and 2024 sort
// orders agree on this file.
pub use float_repr::DtoaFlags;
pub use parse::IntParseError;
pub use printf::{ConvSpec, Count, PrintfFlags, PrintfParseError, PrintfPiece};
pub use spec::FormatSpec;

pub use spec::DEFAULT_MAX_STR_DIGITS;

use std::fmt;

/// Largest field width (or other caller-controlled output length) we are
/// willing to materialise. CPython would try to allocate and raise
/// `MemoryError`; refusing up front keeps a hostile format string from
/// exhausting the host.
pub const MAX_OUTPUT_LEN: usize = i32::MAX as usize;

/// A failed formatting/parsing operation: the CPython exception class and its
/// exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError(msg)`
    Value(String),
    /// `TypeError(msg)`
    Type(String),
    /// `OverflowError(msg)` (e.g. `%c arg not in range(0x110000)`, int too
    /// large to convert to float).
    Overflow(String),
    /// `MemoryError()`: the requested output (a huge width) was refused.
    Memory,
}

impl FormatError {
    /// The Python exception class name.
    pub fn exception_name(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
            FormatError::Overflow(_) => "OverflowError",
            FormatError::Memory => "MemoryError",
        }
    }

    /// The exception message (empty for `MemoryError`).
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Type(m) | FormatError::Overflow(m) => m,
            FormatError::Memory => "",
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for FormatError {}

pub(crate) fn value_err<T>(msg: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError::Value(msg.into()))
}

#[cfg(test)]
mod tests {
    //! Replays testdata.txt, a table of CPython 3.11 results produced by
    //! gen_testdata.py, against this module.

    use super::*;
    use num_bigint::BigInt;
    use num_traits::{Signed, ToPrimitive, Zero};
    use std::str::FromStr;

    const DATA: &str = include_str!("testdata.txt");

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match it.next() {
                Some('\\') => out.push('\\'),
                Some('u') => {
                    assert_eq!(it.next(), Some('{'));
                    let mut hex = String::new();
                    for h in it.by_ref() {
                        if h == '}' {
                            break;
                        }
                        hex.push(h);
                    }
                    let cp = u32::from_str_radix(&hex, 16).expect("bad escape");
                    out.push(char::from_u32(cp).expect("surrogate in test data"));
                }
                other => panic!("bad escape {other:?} in {s}"),
            }
        }
        out
    }

    fn rows(kind: &str) -> Vec<Vec<String>> {
        DATA.lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').map(unescape).collect::<Vec<_>>())
            .filter(|r| r[0] == kind)
            .collect()
    }

    fn render(r: Result<String, FormatError>) -> String {
        match r {
            Ok(s) => format!("OK:{s}"),
            Err(e) => format!("{}:{}", e.exception_name(), e.message()),
        }
    }

    fn py_float(s: &str) -> f64 {
        match s {
            "inf" => f64::INFINITY,
            "-inf" => f64::NEG_INFINITY,
            "nan" => f64::NAN,
            _ => f64::from_str(s).expect("float literal"),
        }
    }

    fn from_bits(s: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(s, 16).expect("bits"))
    }

    struct Tally {
        name: &'static str,
        total: usize,
        failures: Vec<String>,
    }

    impl Tally {
        fn new(name: &'static str) -> Self {
            Tally {
                name,
                total: 0,
                failures: Vec::new(),
            }
        }
        fn check(&mut self, what: String, got: String, want: &str) {
            self.total += 1;
            if got != want {
                self.failures
                    .push(format!("{what}\n   got:  {got:?}\n   want: {want:?}"));
            }
        }
        fn finish(self) {
            eprintln!("{}: {} cases", self.name, self.total);
            assert!(self.total > 0, "no {} cases", self.name);
            if !self.failures.is_empty() {
                let shown: Vec<_> = self.failures.iter().take(40).cloned().collect();
                panic!(
                    "{}: {} of {} cases differ from CPython:\n{}",
                    self.name,
                    self.failures.len(),
                    self.total,
                    shown.join("\n")
                );
            }
        }
    }

    #[test]
    fn format_int_matches_cpython() {
        let mut t = Tally::new("format int");
        for r in rows("int") {
            let v = BigInt::from_str(&r[1]).expect("int");
            let got = render(parse_format_spec_for(&r[2], "int").and_then(|s| format_int(&v, &s)));
            t.check(format!("format({}, {:?})", r[1], r[2]), got, &r[3]);
        }
        t.finish();
    }

    #[test]
    fn format_float_matches_cpython() {
        let mut t = Tally::new("format float");
        for r in rows("float") {
            let v = py_float(&r[1]);
            let got =
                render(parse_format_spec_for(&r[2], "float").and_then(|s| format_float(v, &s)));
            t.check(format!("format({}, {:?})", r[1], r[2]), got, &r[3]);
        }
        t.finish();
    }

    #[test]
    fn format_str_matches_cpython() {
        let mut t = Tally::new("format str");
        for r in rows("str") {
            let got =
                render(parse_format_spec_for(&r[2], "str").and_then(|s| format_str(&r[1], &s)));
            t.check(format!("format({:?}, {:?})", r[1], r[2]), got, &r[3]);
        }
        t.finish();
    }

    #[test]
    fn float_repr_matches_cpython() {
        let mut t = Tally::new("repr");
        for r in rows("repr") {
            t.check(
                format!("repr(bits {})", r[1]),
                float_repr(from_bits(&r[1])),
                &r[2],
            );
        }
        t.finish();
    }

    #[test]
    fn int_to_base_matches_cpython() {
        let mut t = Tally::new("int_to_base");
        for r in rows("base") {
            let v = BigInt::from_str(&r[1]).expect("int");
            let base: u32 = r[2].parse().expect("base");
            t.check(
                format!("base {} of {}", base, r[1]),
                int_to_base(&v, base, true),
                &r[3],
            );
        }
        t.finish();
    }

    fn int_parse_outcome(s: &str, base: u32) -> String {
        match parse_int_checked(s, base) {
            Ok(v) => v.to_string(),
            Err(IntParseError::Invalid) => "None".into(),
            Err(e) => format!("ValueError:{}", e.message()),
        }
    }

    #[test]
    fn parse_int_matches_cpython() {
        let mut t = Tally::new("parse_int");
        for r in rows("parse_int") {
            let base: u32 = r[2].parse().expect("base");
            let got = int_parse_outcome(&r[1], base);
            t.check(format!("int({:?}, {})", r[1], base), got, &r[3]);
            // The unchecked variant only differs on the digit limit.
            if r[3] == "None" {
                assert!(parse_int(&r[1], base).is_none());
            }
        }
        for r in rows("parse_int_rep") {
            let count: usize = r[2].parse().expect("count");
            let s = r[1].repeat(count) + &r[3];
            let base: u32 = r[4].parse().expect("base");
            let got = match parse_int_checked(&s, base) {
                Ok(v) => {
                    let digits = v.abs().to_string().len();
                    let m = BigInt::from(1_000_000_000_000u64);
                    let low = ((&v % &m) + &m) % &m;
                    let want_digits: i64 =
                        r[5].split(':').nth(1).unwrap_or("0").parse().unwrap_or(0);
                    let shown = if want_digits < 0 && digits > 4000 {
                        -1
                    } else {
                        digits as i64
                    };
                    format!("digits:{shown}:{low}")
                }
                Err(IntParseError::Invalid) => "None".into(),
                Err(e) => format!("ValueError:{}", e.message()),
            };
            t.check(
                format!("int({}*{}+{:?}, {})", r[1], count, r[3], base),
                got,
                &r[5],
            );
        }
        t.finish();
    }

    #[test]
    fn parse_float_matches_cpython() {
        let mut t = Tally::new("parse_float");
        for r in rows("parse_float") {
            let got = match parse_float(&r[1]) {
                None => "None".to_string(),
                Some(x) if x.is_nan() => {
                    if x.is_sign_negative() { "-nan" } else { "nan" }.to_string()
                }
                Some(x) => format!("{:016x}", x.to_bits()),
            };
            t.check(format!("float({:?})", r[1]), got, &r[2]);
        }
        t.finish();
    }

    #[test]
    fn round_matches_cpython() {
        let mut t = Tally::new("round");
        for r in rows("round") {
            let x = from_bits(&r[1]);
            let n: i64 = r[2].parse().expect("ndigits");
            let got = match round_float_checked(x, n) {
                Ok(v) if v.is_nan() => "nan".to_string(),
                Ok(v) => format!("{:016x}", v.to_bits()),
                Err(e) => format!("{}:{}", e.exception_name(), e.message()),
            };
            t.check(format!("round({x:?}, {n})"), got, &r[3]);
        }
        t.finish();
    }

    // ---- a miniature `str % tuple` driver, the way the VM is expected to glue
    // the printf pieces to objects (only ints, floats and strs here).

    #[derive(Clone)]
    enum Arg {
        Int(BigInt),
        Float(f64),
        Str(String),
    }

    fn type_name(a: &Arg) -> &'static str {
        match a {
            Arg::Int(_) => "int",
            Arg::Float(_) => "float",
            Arg::Str(_) => "str",
        }
    }

    fn float_to_int(x: f64) -> Result<BigInt, FormatError> {
        if x.is_nan() {
            return Err(FormatError::Value(
                "cannot convert float NaN to integer".into(),
            ));
        }
        if x.is_infinite() {
            return Err(FormatError::Overflow(
                "cannot convert float infinity to integer".into(),
            ));
        }
        // Exact: the decimal expansion of a truncated double is an integer.
        Ok(BigInt::from_str(&format!("{:.0}", x.trunc())).expect("integral float"))
    }

    fn py_str(a: &Arg) -> String {
        match a {
            Arg::Int(v) => v.to_string(),
            Arg::Float(x) => float_repr(*x),
            Arg::Str(s) => s.clone(),
        }
    }

    // Good enough for the plain strings the table feeds to %r and %a.
    fn py_repr(a: &Arg) -> String {
        match a {
            Arg::Str(s) => format!("'{s}'"),
            _ => py_str(a),
        }
    }

    fn star_value(args: &[Arg], next: &mut usize) -> Result<i64, FormatError> {
        let a = args
            .get(*next)
            .ok_or_else(|| FormatError::Type("not enough arguments for format string".into()))?;
        *next += 1;
        match a {
            Arg::Int(v) => Ok(v.to_i64().expect("small star")),
            _ => Err(FormatError::Type("* wants int".into())),
        }
    }

    fn percent_format(fmt: &str, args: &[Arg]) -> Result<String, FormatError> {
        let (pieces, err) = parse_printf_partial(fmt);
        let mut out = String::new();
        let mut next = 0usize;
        for piece in &pieces {
            let spec = match piece {
                PrintfPiece::Literal(s) => {
                    out.push_str(s);
                    continue;
                }
                PrintfPiece::Conv(c) => c,
            };
            if spec.key.is_some() {
                return Err(FormatError::Type("format requires a mapping".into()));
            }
            let mut spec = spec.clone();
            let width = match spec.width {
                Some(Count::Star) => {
                    let w = star_value(args, &mut next)?;
                    if w < 0 {
                        spec.flags.left = true;
                    }
                    Some(w.unsigned_abs() as usize)
                }
                Some(Count::Fixed(w)) => Some(w),
                None => None,
            };
            let precision = match spec.precision {
                Some(Count::Star) => Some(star_value(args, &mut next)?.max(0) as usize),
                Some(Count::Fixed(p)) => Some(p),
                None => None,
            };
            let arg = args
                .get(next)
                .ok_or_else(|| FormatError::Type("not enough arguments for format string".into()))?
                .clone();
            next += 1;
            printf_check(&spec, width, precision)?;
            let s = match spec.conv {
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let v = match &arg {
                        Arg::Int(v) => v.clone(),
                        Arg::Float(x) if matches!(spec.conv, 'd' | 'i' | 'u') => float_to_int(*x)?,
                        Arg::Float(_) => {
                            return Err(FormatError::Type(format!(
                                "%{} format: an integer is required, not float",
                                spec.conv
                            )));
                        }
                        Arg::Str(_) => {
                            return Err(FormatError::Type(format!(
                                "%{} format: {} is required, not str",
                                spec.conv,
                                if matches!(spec.conv, 'd' | 'i' | 'u') {
                                    "a real number"
                                } else {
                                    "an integer"
                                }
                            )));
                        }
                    };
                    printf_int(&v, &spec, width, precision)
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let x = match &arg {
                        Arg::Int(v) => int_to_f64(v)?,
                        Arg::Float(x) => *x,
                        Arg::Str(_) => {
                            return Err(FormatError::Type("must be real number, not str".into()));
                        }
                    };
                    printf_float(x, &spec, width, precision)
                }
                's' => printf_pad(&py_str(&arg), &spec, width, precision),
                'r' | 'a' => printf_pad(&py_repr(&arg), &spec, width, precision),
                'c' => {
                    let c = match &arg {
                        Arg::Int(v) => printf_char_from_int(v)?,
                        Arg::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                        _ => return Err(FormatError::Type("%c requires int or char".into())),
                    };
                    printf_pad(&c.to_string(), &spec, width, precision)
                }
                _ => return Err(unsupported_conversion_error(&spec)),
            };
            out.push_str(&s);
        }
        if let Some(e) = err {
            if e.needs_mapping {
                return Err(FormatError::Type("format requires a mapping".into()));
            }
            for _ in 0..e.stars {
                star_value(args, &mut next)?;
            }
            return Err(e.error);
        }
        if next < args.len() {
            return Err(FormatError::Type(
                "not all arguments converted during string formatting".into(),
            ));
        }
        Ok(out)
    }

    #[test]
    fn printf_matches_cpython() {
        let mut t = Tally::new("printf");
        for r in rows("printf") {
            let args: Vec<Arg> = r[3..]
                .iter()
                .map(|a| {
                    let (tag, body) = a.split_at(2);
                    match tag {
                        "i:" => Arg::Int(BigInt::from_str(body).expect("int arg")),
                        "f:" => Arg::Float(py_float(body)),
                        _ => Arg::Str(body.to_string()),
                    }
                })
                .collect();
            let got = render(percent_format(&r[1], &args));
            let shown: Vec<String> = args
                .iter()
                .map(|a| format!("{}:{}", type_name(a), py_str(a)))
                .collect();
            t.check(format!("{:?} % {:?}", r[1], shown), got, &r[2]);
        }
        t.finish();
    }

    #[test]
    fn strict_printf_parse_reports_first_error() {
        let e = parse_printf("%y").unwrap_err();
        assert_eq!(
            e,
            FormatError::Value("unsupported format character 'y' (0x79) at index 1".into())
        );
        assert_eq!(
            parse_printf("ab%").unwrap_err(),
            FormatError::Value("incomplete format".into())
        );
        let p = parse_printf("a%%b%-*.3ld").expect("parses");
        assert_eq!(p.len(), 2);
        match &p[1] {
            PrintfPiece::Conv(c) => {
                assert!(c.flags.left);
                assert_eq!(c.width, Some(Count::Star));
                assert_eq!(c.precision, Some(Count::Fixed(3)));
                assert_eq!(c.conv, 'd');
                assert_eq!(c.index, 10);
            }
            PrintfPiece::Literal(_) => panic!("expected a conversion"),
        }
        assert_eq!(p[0], PrintfPiece::Literal("a%b".into()));
        let p = parse_printf("%(a(b))s").expect("parses");
        match &p[0] {
            PrintfPiece::Conv(c) => assert_eq!(c.key.as_deref(), Some("a(b)")),
            PrintfPiece::Literal(_) => panic!("expected a conversion"),
        }
    }

    #[test]
    fn absurd_sizes_are_refused_not_allocated() {
        let spec = parse_format_spec("9223372036854775807").expect("parses");
        assert_eq!(
            format_int(&BigInt::from(1), &spec),
            Err(FormatError::Memory)
        );
        assert_eq!(format_float(1.0, &spec), Err(FormatError::Memory));
        assert_eq!(format_str("a", &spec), Err(FormatError::Memory));
        let spec = parse_format_spec("3000000000,").expect("parses");
        assert_eq!(
            format_int(&BigInt::from(1), &spec),
            Err(FormatError::Memory)
        );
        assert_eq!(
            parse_format_spec("99999999999999999999").unwrap_err(),
            FormatError::Value("Too many decimal digits in format string".into())
        );
        let spec = parse_format_spec(".2147483648f").expect("parses");
        assert_eq!(
            format_float(1.0, &spec),
            Err(FormatError::Value("precision too big".into()))
        );
        let conv = match &parse_printf("%d").expect("parses")[0] {
            PrintfPiece::Conv(c) => c.clone(),
            PrintfPiece::Literal(_) => unreachable!(),
        };
        assert_eq!(
            printf_check(&conv, Some(usize::MAX), None),
            Err(FormatError::Memory)
        );
        assert_eq!(round_float(1.5, i64::MAX), 1.5);
        assert_eq!(round_float(1.5, i64::MIN), 0.0);
    }

    #[test]
    fn digit_limit_applies_to_decimal_output() {
        let big = BigInt::from(10).pow(5000);
        let spec = parse_format_spec("").expect("parses");
        assert_eq!(
            format_int(&big, &spec),
            Err(FormatError::Value(
                "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit".into()
            ))
        );
        assert!(format_int(&big, &parse_format_spec("x").expect("parses")).is_ok());
        assert!(check_int_str_digits(&BigInt::from(10).pow(4299)).is_ok());
        assert!(check_int_str_digits(&-BigInt::from(10).pow(4300)).is_err());
        assert!(int_max_str_digits() == DEFAULT_MAX_STR_DIGITS || int_max_str_digits() == 0);
        assert!(BigInt::zero() == parse_int("0", 10).expect("zero"));
    }

    #[test]
    fn precisions_beyond_rusts_formatter_limit() {
        let spec = |s: &str| parse_format_spec(s).expect("parses");
        let f = format_float(0.1, &spec(".70000f")).expect("formats");
        let head = format_float(0.1, &spec(".1100f")).expect("formats");
        assert_eq!(f.len(), 70002);
        assert!(f.starts_with(&head) && f[head.len()..].bytes().all(|b| b == b'0'));
        let e = format_float(5e-324, &spec(".70000e")).expect("formats");
        assert!(e.starts_with(
            "4.940656458412465441765687928682213723650598026143247644255856825006755"
        ));
        assert!(e.ends_with("000e-324") && e.len() == 70000 + 6 + 1);
        assert_eq!(format_float(0.5, &spec(".70000g")).expect("formats"), "0.5");
        assert_eq!(
            format_float(0.5, &spec("#.70000g")).expect("formats").len(),
            70002
        );
        let conv = match &parse_printf("%.70000f").expect("parses")[0] {
            PrintfPiece::Conv(c) => c.clone(),
            PrintfPiece::Literal(_) => unreachable!(),
        };
        assert_eq!(printf_float(0.1, &conv, None, Some(70000)), f);
    }

    #[test]
    fn special_values() {
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.125, 2), 0.12);
        assert_eq!(round_float(0.375, 2), 0.38);
        assert_eq!(round_float(1234.5, -1), 1230.0);
        assert_eq!(int_to_base(&BigInt::from(-31), 16, true), "-0x1f");
        assert_eq!(int_to_base(&BigInt::from(5), 2, true), "0b101");
        assert_eq!(int_to_base(&BigInt::from(15), 8, true), "0o17");
        assert_eq!(int_to_base(&BigInt::from(-35), 36, false), "-z");
        assert!(round_float_checked(1.7976931348623157e308, -308).is_err());
        let spec = parse_format_spec("c").expect("parses");
        assert!(matches!(
            format_int(&BigInt::from(0xD800), &spec),
            Err(FormatError::Value(_))
        ));
    }
}
