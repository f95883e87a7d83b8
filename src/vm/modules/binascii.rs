//! `_binascii`: hex, base64 and CRC conversions behind `binascii` (src/stdlib/binascii.py,
//! which defines `Error` and `Incomplete` and hands `Error` over with `_init`), following
//! CPython 3.11's results and messages.

use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::{bind, function};
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "_init", init);
    function(d, "hexlify", hexlify);
    function(d, "unhexlify", unhexlify);
    function(d, "b2a_base64", b2a_base64);
    function(d, "a2b_base64", a2b_base64);
    function(d, "crc32", crc32);
    function(d, "crc_hqx", crc_hqx);
}

thread_local! {
    static ERROR: RefCell<Option<Obj<Class>>> = const { RefCell::new(None) };
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.first().map(|v| v.view()) {
        Some(View::Class(c)) => {
            ERROR.with(|e| *e.borrow_mut() = Some(c.clone()));
            Ok(Value::None)
        }
        _ => Err(vm.type_error("_init() expects the error class")),
    }
}

/// `binascii.Error(msg)`.
fn error(vm: &mut Vm, msg: &str) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => {
            let exc = vm.new_exception(&cls, vec![Value::str(msg)]);
            PyErr { exc }
        }
        None => vm.value_error(msg),
    }
}

fn bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Obj::new(data))
}

/// The argument of the a2b functions: bytes, or a str of ASCII characters.
fn ascii_data(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.unwrap_base(v).view() {
        View::Bytes(b) => Ok(b.to_vec()),
        View::ByteArray(b) => Ok(b.snapshot()),
        View::MemoryView(m) if !m.released.get() => Ok(m.to_vec()),
        View::Str(s) => {
            if !s.as_str().is_ascii() {
                return Err(vm.value_error("string argument should contain only ASCII characters"));
            }
            Ok(s.as_str().as_bytes().to_vec())
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{tn}'"
            )))
        }
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        "hexlify",
        &args.args,
        &args.kwargs,
        &["data", "sep", "bytes_per_sep"],
        1,
        &[],
    )?;
    let data = vm.bytes_arg(a[0].as_ref().expect("required"))?;
    let sep = match &a[1] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            let sv = vm.unwrap_base(v);
            let s: Vec<u8> = match sv.view() {
                View::Str(s) => s.as_str().as_bytes().to_vec(),
                View::Bytes(b) => b.to_vec(),
                View::ByteArray(b) => b.snapshot(),
                _ => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("sep must be str or bytes, not '{tn}'")));
                }
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !s[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(s[0])
        }
    };
    let per = match &a[2] {
        None => 1i64,
        Some(v) => match v.view() {
            View::Int(i) => i,
            View::Bool(b) => b as i64,
            _ => {
                let n = vm.num_as_index(v)?;
                n.to_i64().unwrap_or(i64::MAX)
            }
        },
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep
            && group > 0
            && i > 0
        {
            // Groups count from the right for a positive bytes_per_sep, else the left.
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    Ok(bytes(out))
}

fn unhexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        "unhexlify",
        &args.args,
        &args.kwargs,
        &["hexstr"],
        1,
        &[],
    )?;
    let data = ascii_data(vm, a[0].as_ref().expect("required"))?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let (Some(h), Some(l)) = (
            (pair[0] as char).to_digit(16),
            (pair[1] as char).to_digit(16),
        ) else {
            return Err(error(vm, "Non-hexadecimal digit found"));
        };
        out.push((h * 16 + l) as u8);
    }
    Ok(bytes(out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        "b2a_base64",
        &args.args,
        &args.kwargs,
        &["data"],
        1,
        &["newline"],
    )?;
    let data = vm.bytes_arg(a[0].as_ref().expect("required"))?;
    let newline = match &a[1] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if c.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if c.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes(out))
}

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        "a2b_base64",
        &args.args,
        &args.kwargs,
        &["data"],
        1,
        &["strict_mode"],
    )?;
    let data = ascii_data(vm, a[0].as_ref().expect("required"))?;
    let strict = match &a[1] {
        None => false,
        Some(v) => vm.truthy(v)?,
    };
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad = 0;
    let mut left: u8 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    let mut done = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad == 0 {
                return Err(error(vm, "Excess padding not allowed"));
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    done = true;
                    break;
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                out.push((left << 6) | v);
                left = 0;
            }
        }
    }
    if !done && quad != 0 {
        if quad == 1 {
            let n = out.len() / 3 * 4 + 1;
            return Err(error(
                vm,
                &format!(
                    "Invalid base64-encoded string: number of data characters ({n}) cannot \
                     be 1 more than a multiple of 4"
                ),
            ));
        }
        return Err(error(vm, "Incorrect padding"));
    }
    Ok(bytes(out))
}

/// An unsigned int argument reduced modulo 2**32, as CPython's `I` converter does.
fn masked_u32(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let n: BigInt = vm.num_as_index(v)?;
    let m = n % BigInt::from(1u64 << 32);
    let m = if m < BigInt::from(0) {
        m + BigInt::from(1u64 << 32)
    } else {
        m
    };
    Ok(m.to_u32().unwrap_or(0))
}

/// CRC-32 (IEEE 802.3, as zlib's) of `data` continuing from `crc`; `zlib.crc32` too.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new_with_initial(crc);
    h.update(data);
    h.finalize()
}

fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(vm, &args, "crc32", 1, 2)?;
    let data = vm.bytes_arg(&args.args[0])?;
    let start = match args.args.get(1) {
        None => 0,
        Some(v) => masked_u32(vm, v)?,
    };
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(vm, &args, "crc_hqx", 2, 2)?;
    let data = vm.bytes_arg(&args.args[0])?;
    let mut crc = masked_u32(vm, &args.args[1])? & 0xffff;
    for &b in data.iter() {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            } & 0xffff;
        }
    }
    Ok(Value::Int(crc as i64))
}
