//! `_struct`: packing and unpacking of C structs, behind `struct` (src/stdlib/struct.py),
//! following CPython 3.11: every format code, byte orders `@ = < > !`, native sizes and
//! alignment for `@`, and CPython's `struct.error` messages. struct.py defines the
//! `error` class and hands it over with `_init(error)`.
//!
//! Buffers to unpack may be bytes or bytearrays; `pack_into` writes into a bytearray.

use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::function;
use crate::vm::{PyErr, PyResult, Vm};
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "_init", init);
    function(d, "pack", pack);
    function(d, "unpack", unpack);
    function(d, "unpack_from", unpack_from);
    function(d, "iter_unpack", iter_unpack);
    function(d, "calcsize", calcsize);
    function(d, "pack_into", pack_into);
}

thread_local! {
    static ERROR: RefCell<Option<Obj<Class>>> = const { RefCell::new(None) };
    static CACHE: RefCell<HashMap<String, Rc<Layout>>> = RefCell::new(HashMap::new());
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

/// `struct.error(msg)`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => {
            let exc = vm.new_exception(&cls, vec![Value::string(msg.into())]);
            PyErr { exc }
        }
        None => vm.value_error(msg),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    /// Standard sizes, no alignment; `true` is little-endian.
    Standard(bool),
}

#[derive(Clone, Copy)]
struct Item {
    code: u8,
    /// Repeat count; for `s` and `p` the byte length of the single item.
    count: usize,
    offset: usize,
    size: usize,
    /// In a standard big-endian format (`>` or `!`).
    big_standard: bool,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// How many values pack takes and unpack gives.
    nvalues: usize,
}

const C_LONG: usize = std::mem::size_of::<std::ffi::c_long>();

/// (size, alignment) of `code` in `order`, or None for a bad code.
fn code_size(code: u8, order: Order) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    let s = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                C_LONG
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => std::mem::size_of::<usize>(),
        _ => return None,
    };
    Some((s, if native { s } else { 1 }))
}

fn parse(vm: &mut Vm, fmt: &str) -> PyResult<Rc<Layout>> {
    if let Some(l) = CACHE.with(|c| c.borrow().get(fmt).cloned()) {
        return Ok(l);
    }
    let bytes = fmt.as_bytes();
    let (order, mut i) = match bytes.first() {
        Some(b'@') => (Order::Native, 1),
        Some(b'=') => (Order::Standard(cfg!(target_endian = "little")), 1),
        Some(b'<') => (Order::Standard(true), 1),
        Some(b'>') | Some(b'!') => (Order::Standard(false), 1),
        _ => (Order::Native, 0),
    };
    let too_long = |vm: &mut Vm| error(vm, "total struct size too long");
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nvalues = 0;
    while i < bytes.len() {
        let mut c = bytes[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = bytes.get(i) else {
                    return Err(error(vm, "repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = match count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                {
                    Some(n) if n <= isize::MAX as usize => n,
                    _ => return Err(too_long(vm)),
                };
            }
        }
        let Some((isize_, align)) = code_size(c, order) else {
            return Err(error(vm, "bad char in struct format"));
        };
        if align > 1 && size > 0 {
            size = size
                .div_ceil(align)
                .checked_mul(align)
                .ok_or_else(|| too_long(vm))?;
        }
        let total = count.checked_mul(isize_).ok_or_else(|| too_long(vm))?;
        let end = size
            .checked_add(total)
            .filter(|&e| e <= isize::MAX as usize)
            .ok_or_else(|| too_long(vm))?;
        match c {
            b's' | b'p' => nvalues += 1,
            b'x' => {}
            _ => nvalues += count,
        }
        if c != b'x' {
            items.push(Item {
                code: c,
                count,
                offset: size,
                size: isize_,
                big_standard: order == Order::Standard(false),
            });
        }
        size = end;
    }
    let layout = Rc::new(Layout {
        order,
        items,
        size,
        nvalues,
    });
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 256 {
            c.clear();
        }
        c.insert(fmt.to_string(), layout.clone())
    });
    Ok(layout)
}

/// The format argument: a str or bytes.
fn format_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Rc<Layout>> {
    let v = match v {
        Some(v) => vm.unwrap_base(v),
        None => return Err(vm.type_error("missing format argument")),
    };
    match v.view() {
        View::Str(s) => parse(vm, s.as_str()),
        View::Bytes(b) => {
            let s = String::from_utf8_lossy(b).into_owned();
            parse(vm, &s)
        }
        _ => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {tn}"
            )))
        }
    }
}

fn little(order: Order) -> bool {
    match order {
        Order::Native => cfg!(target_endian = "little"),
        Order::Standard(l) => l,
    }
}

fn put_uint(out: &mut [u8], v: u64, size: usize, le: bool) {
    let b = v.to_le_bytes();
    for k in 0..size {
        if le {
            out[k] = b[k];
        } else {
            out[size - 1 - k] = b[k];
        }
    }
}

fn get_uint(buf: &[u8], size: usize, le: bool) -> u64 {
    let mut v: u64 = 0;
    for k in 0..size {
        let byte = if le { buf[size - 1 - k] } else { buf[k] };
        v = (v << 8) | byte as u64;
    }
    v
}

/// An integer argument as i128 (None: outside i128, certainly out of range).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<i128>> {
    match v.view() {
        View::Int(i) => Ok(Some(i as i128)),
        View::Bool(b) => Ok(Some(b as i128)),
        View::BigInt(b) => Ok(b.to_i128()),
        View::Instance(_) => {
            let base = vm.unwrap_base(v);
            if !matches!(base.view(), View::Instance(_)) {
                return int_arg(vm, &base);
            }
            if vm.special_method(v, "__index__")?.is_none() {
                return Err(error(vm, "required argument is not an integer"));
            }
            let b = vm.num_as_index(v)?;
            Ok(b.to_i128())
        }
        _ => Err(error(vm, "required argument is not an integer")),
    }
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v.view() {
        View::Float(f) => Ok(f),
        View::Int(_) | View::Bool(_) | View::BigInt(_) | View::Instance(_) => {
            match vm.num_as_f64(v) {
                Ok(f) => Ok(f),
                Err(e)
                    if vm.err_matches(&e, "TypeError") || vm.err_matches(&e, "OverflowError") =>
                {
                    Err(error(vm, "required argument is not a float"))
                }
                Err(e) => Err(e),
            }
        }
        _ => Err(error(vm, "required argument is not a float")),
    }
}

fn range_msg(code: u8, lo: i128, hi: i128) -> String {
    match code {
        b'b' => format!("byte format requires {lo} <= number <= {hi}"),
        b'B' => format!("ubyte format requires {lo} <= number <= {hi}"),
        b'h' => format!("short format requires {lo} <= number <= {hi}"),
        b'H' => format!("ushort format requires {lo} <= number <= {hi}"),
        _ => format!("'{}' format requires {lo} <= number <= {hi}", code as char),
    }
}

/// Packs one integer of `size` bytes, with CPython's range checks and messages.
fn pack_int(vm: &mut Vm, it: &Item, v: &Value, le: bool, out: &mut [u8]) -> PyResult<()> {
    let n = int_arg(vm, v)?;
    let size = it.size;
    let signed = it.code.is_ascii_lowercase();
    let bits = size * 8;
    let (lo, hi): (i128, i128) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    let ok = n.is_some_and(|n| n >= lo && n <= hi);
    if !ok {
        if it.code == b'P' {
            // PyLong_AsVoidPtr: any value a signed or unsigned pointer-sized int holds.
            if let Some(n) = n
                && n >= -(1i128 << (bits - 1))
                && n <= hi
            {
                put_uint(out, n as u64, size, le);
                return Ok(());
            }
            return Err(error(vm, "int too large to convert"));
        }
        // CPython's big-endian 8-byte packers report overflow differently.
        if size == 8 && it.big_standard {
            return Err(error(vm, "int too large to convert"));
        }
        // CPython reads the value as a C long (unsigned long long for the 8-byte
        // unsigned codes) first: beyond that it is just "out of range".
        let in_c_long = n.is_some_and(|n| n >= i64::MIN as i128 && n <= i64::MAX as i128);
        let named = in_c_long && matches!(it.code, b'b' | b'B' | b'h' | b'H' | b'i')
            || (size == 4 && matches!(it.code, b'l' | b'L' | b'I'));
        let negative_unsigned = !signed && n.is_none_or(|n| n < 0);
        if !named || (negative_unsigned && matches!(it.code, b'I' | b'L')) {
            return Err(error(vm, "argument out of range"));
        }
        return Err(error(vm, range_msg(it.code, lo, hi)));
    }
    let n = n.expect("in range");
    put_uint(out, n as u64, size, le);
    Ok(())
}

/// IEEE 754 binary16 bits of `x`, rounded to nearest even, or None on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let bits = a.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let (exp, mant) = if raw_exp == 0 {
        (-1022i64, bits & ((1 << 52) - 1))
    } else {
        (raw_exp - 1023, (bits & ((1 << 52) - 1)) | (1 << 52))
    };
    let round = |m: u64, shift: i64| -> u64 {
        if shift <= 0 {
            return m << (-shift);
        }
        if shift >= 64 {
            return 0;
        }
        let q = m >> shift;
        let r = m & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if r > half || (r == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    let result: u64 = if exp >= -14 {
        let q = round(mant, 42);
        (((exp + 15) as u64) << 10) + q - 1024
    } else {
        round(mant, 28 - exp)
    };
    if result >= 0x7c00 {
        return None;
    }
    Some(sign | result as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn bytes_of(v: &Value) -> Option<Obj<Vec<u8>>> {
    match v.view() {
        View::Bytes(b) => Some(b.clone()),
        View::Instance(i) => match i.base_value.borrow().view() {
            View::Bytes(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn pack_values(vm: &mut Vm, l: &Layout, vals: &[Value]) -> PyResult<Vec<u8>> {
    if vals.len() != l.nvalues {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                l.nvalues,
                vals.len()
            ),
        ));
    }
    let le = little(l.order);
    let mut out = vec![0u8; l.size];
    let mut k = 0;
    for it in &l.items {
        match it.code {
            b's' | b'p' => {
                let v = &vals[k];
                k += 1;
                let whole = vm.unwrap_base(v);
                let Some(b) = crate::vm::builtins::byte_data(&whole) else {
                    return Err(error(
                        vm,
                        format!("argument for '{}' must be a bytes object", it.code as char),
                    ));
                };
                let dst = &mut out[it.offset..it.offset + it.count];
                if it.code == b's' {
                    let n = b.len().min(it.count);
                    dst[..n].copy_from_slice(&b[..n]);
                } else if it.count > 0 {
                    let n = b.len().min(it.count - 1);
                    dst[1..1 + n].copy_from_slice(&b[..n]);
                    dst[0] = n.min(255) as u8;
                }
            }
            _ => {
                for j in 0..it.count {
                    let v = &vals[k];
                    k += 1;
                    let off = it.offset + j * it.size;
                    let dst = &mut out[off..off + it.size];
                    match it.code {
                        b'c' => match bytes_of(v) {
                            Some(b) if b.len() == 1 => dst[0] = b[0],
                            _ => {
                                return Err(error(
                                    vm,
                                    "char format requires a bytes object of length 1",
                                ));
                            }
                        },
                        b'?' => dst[0] = vm.truthy(v)? as u8,
                        b'e' => {
                            let x = float_arg(vm, v)?;
                            let Some(h) = f64_to_half(x) else {
                                return Err(
                                    vm.overflow_error("float too large to pack with e format")
                                );
                            };
                            put_uint(dst, h as u64, 2, le);
                        }
                        b'f' => {
                            let x = float_arg(vm, v)?;
                            let y = if x.is_nan() {
                                f32::NAN.copysign(if x.is_sign_negative() { -1.0 } else { 1.0 })
                            } else {
                                x as f32
                            };
                            if y.is_infinite() && x.is_finite() && l.order != Order::Native {
                                return Err(
                                    vm.overflow_error("float too large to pack with f format")
                                );
                            }
                            put_uint(dst, y.to_bits() as u64, 4, le);
                        }
                        b'd' => {
                            let x = float_arg(vm, v)?;
                            // One NaN, as CPython's float('nan') has: this VM's NaNs may
                            // carry payload bits.
                            let bits = if x.is_nan() {
                                (x.to_bits() & (1 << 63)) | 0x7ff8_0000_0000_0000
                            } else {
                                x.to_bits()
                            };
                            put_uint(dst, bits, 8, le);
                        }
                        _ => pack_int(vm, it, v, le, dst)?,
                    }
                }
            }
        }
    }
    Ok(out)
}

fn unpack_values(l: &Layout, buf: &[u8]) -> Vec<Value> {
    let le = little(l.order);
    let mut out = Vec::with_capacity(l.nvalues);
    for it in &l.items {
        match it.code {
            b's' => out.push(Value::Bytes(Obj::new(
                buf[it.offset..it.offset + it.count].to_vec(),
            ))),
            b'p' => {
                let src = &buf[it.offset..it.offset + it.count];
                let data = if it.count == 0 {
                    Vec::new()
                } else {
                    let n = (src[0] as usize).min(it.count - 1);
                    src[1..1 + n].to_vec()
                };
                out.push(Value::Bytes(Obj::new(data)));
            }
            _ => {
                for j in 0..it.count {
                    let off = it.offset + j * it.size;
                    let src = &buf[off..off + it.size];
                    out.push(match it.code {
                        b'c' => Value::Bytes(Obj::new(vec![src[0]])),
                        b'?' => Value::Bool(src[0] != 0),
                        b'e' => Value::Float(half_to_f64(get_uint(src, 2, le) as u16)),
                        b'f' => Value::Float(f32::from_bits(get_uint(src, 4, le) as u32) as f64),
                        b'd' => Value::Float(f64::from_bits(get_uint(src, 8, le))),
                        c => {
                            let u = get_uint(src, it.size, le);
                            if c.is_ascii_lowercase() {
                                let shift = 64 - it.size * 8;
                                Value::Int(((u << shift) as i64) >> shift)
                            } else if u > i64::MAX as u64 {
                                Value::from_bigint(num_bigint::BigInt::from(u))
                            } else {
                                Value::Int(u as i64)
                            }
                        }
                    });
                }
            }
        }
    }
    out
}

fn no_kwargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "pack")?;
    if args.args.is_empty() {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    }
    let l = format_arg(vm, args.args.first())?;
    let out = pack_values(vm, &l, &args.args[1..])?;
    Ok(Value::Bytes(Obj::new(out)))
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "unpack")?;
    if args.args.len() != 2 {
        let n = args.args.len();
        return Err(vm.type_error(format!("unpack expected 2 arguments, got {n}")));
    }
    let l = format_arg(vm, args.args.first())?;
    let b = vm.bytes_arg(&args.args[1])?;
    if b.len() != l.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    Ok(Value::tuple(unpack_values(&l, &b)))
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = crate::vm::builtins::bind(
        vm,
        "unpack_from",
        &args.args,
        &args.kwargs,
        &["format", "buffer", "offset"],
        2,
        &[],
    )?;
    let l = format_arg(vm, slots[0].as_ref())?;
    let b = vm.bytes_arg(slots[1].as_ref().expect("required"))?;
    let offset = match &slots[2] {
        None => 0i128,
        Some(v) => int_index(vm, v)?,
    };
    let len = b.len() as i128;
    let size = l.size as i128;
    let mut off = offset;
    if offset < 0 {
        if offset + len < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        off += len;
    }
    if len - off < size {
        let msg = if offset < 0 {
            format!("not enough data to unpack {size} bytes at offset {offset}")
        } else {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} \
                 bytes at offset {offset} (actual buffer size is {len})",
                size + offset
            )
        };
        return Err(error(vm, msg));
    }
    let off = off as usize;
    Ok(Value::tuple(unpack_values(&l, &b[off..off + l.size])))
}

fn int_index(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    let b = vm.num_as_index(v)?;
    match b.to_i128() {
        Some(n) if n.abs() < (1i128 << 63) => Ok(n),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.err(
                "OverflowError",
                format!("Python int too large to convert to C ssize_t ({tn})"),
            ))
        }
    }
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "iter_unpack")?;
    if args.args.len() != 2 {
        let n = args.args.len();
        return Err(vm.type_error(format!("iter_unpack expected 2 arguments, got {n}")));
    }
    let l = format_arg(vm, args.args.first())?;
    let b = vm.bytes_arg(&args.args[1])?;
    if l.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if b.len() % l.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    let tuples: Vec<Value> = b
        .chunks(l.size)
        .map(|c| Value::tuple(unpack_values(&l, c)))
        .collect();
    vm.get_iter(&Value::list(tuples))
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(vm, &args, "calcsize", 1, 1)?;
    let l = format_arg(vm, args.args.first())?;
    Ok(Value::Int(l.size as i64))
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "pack_into")?;
    if args.args.len() < 3 {
        let n = args.args.len();
        let msg = if n < 2 {
            "pack_into expected buffer argument".to_string()
        } else {
            "pack_into expected offset argument".to_string()
        };
        return Err(error(vm, msg));
    }
    let l = format_arg(vm, args.args.first())?;
    // Checked in CPython's order: the argument count, then the buffer.
    if args.args.len() - 3 != l.nvalues {
        return Err(error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                l.nvalues,
                args.args.len() - 3
            ),
        ));
    }
    let target = vm.unwrap_base(&args.args[1]);
    // A bytearray, or a writable memoryview of one.
    let len = match target.view() {
        View::ByteArray(b) => b.data.borrow().len(),
        View::MemoryView(m) if !m.readonly && !m.released.get() => m.len,
        _ => {
            let tn = vm.type_name(&args.args[1]);
            return Err(vm.type_error(format!(
                "argument must be read-write bytes-like object, not {tn}"
            )));
        }
    } as i128;
    let offset = int_index(vm, &args.args[2])?;
    let size = l.size as i128;
    let mut at = offset;
    if offset < 0 {
        if offset + size > 0 {
            return Err(error(
                vm,
                format!("no space to pack {size} bytes at offset {offset}"),
            ));
        }
        if offset + len < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        at += len;
    }
    if len - at < size {
        return Err(error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at \
                 offset {offset} (actual buffer size is {len})",
                size + at
            ),
        ));
    }
    let packed = pack_values(vm, &l, &args.args[3..])?;
    let at = at as usize;
    match target.view() {
        View::ByteArray(b) => {
            if let Some(dst) = b.data.borrow_mut().get_mut(at..at + packed.len()) {
                dst.copy_from_slice(&packed);
            }
        }
        View::MemoryView(m) => {
            for (k, &c) in packed.iter().enumerate() {
                m.store(at + k, c);
            }
        }
        _ => {}
    }
    Ok(Value::None)
}
