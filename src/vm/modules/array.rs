//! `_array`: the typed storage behind `array.array` (src/stdlib/array.py holds the class,
//! since this VM dispatches special methods only to classes written in Python).
//!
//! A store is a type code and the items' machine bytes, native byte order, packed: items
//! are encoded when written and decoded when read, so tobytes/frombytes/byteswap work on
//! the bytes directly. Conversions and their errors follow CPython 3.11 as observed.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObject};
use crate::runtime::object::Obj;
use crate::runtime::value::{Value, View};
use crate::vm::builtins::function;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    let table: [(&str, crate::runtime::function::NativeFn); 27] = [
        ("make", make),
        ("itemsize", itemsize),
        ("length", length),
        ("get", get),
        ("put", put),
        ("remove_at", remove_at),
        ("take", take),
        ("drop_range", drop_range),
        ("splice", splice),
        ("push_values", push_values),
        ("push_store", push_store),
        ("insert_at", insert_at),
        ("pop_at", pop_at),
        ("raw", raw),
        ("load_bytes", load_bytes),
        ("values", values),
        ("swap_bytes", swap_bytes),
        ("reverse", reverse),
        ("text", text),
        ("load_text", load_text),
        ("find", find),
        ("tally", tally),
        ("clone", clone_store),
        ("repeat", repeat),
        ("joined", joined),
        ("same_kind", same_kind),
        ("code", code_of),
    ];
    for (name, f) in table {
        function(d, name, f);
    }
}

/// The packed items of one array.
#[derive(Clone)]
struct Store {
    code: u8,
    bytes: Vec<u8>,
}

fn width(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

impl Store {
    fn size(&self) -> usize {
        self.bytes.len() / width(self.code)
    }

    fn item_bytes(&self, i: usize) -> &[u8] {
        let w = width(self.code);
        &self.bytes[i * w..(i + 1) * w]
    }

    /// The Python value of item `i`.
    fn read(&self, i: usize) -> Value {
        let b = self.item_bytes(i);
        let mut word = [0u8; 8];
        word[..b.len()].copy_from_slice(b);
        let u64_of = || u64::from_ne_bytes(word);
        match self.code {
            b'b' => Value::Int(b[0] as i8 as i64),
            b'B' => Value::Int(b[0] as i64),
            b'h' => Value::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
            b'H' => Value::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
            b'i' => Value::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
            b'I' => Value::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
            b'l' | b'q' => Value::Int(i64::from_ne_bytes(word)),
            b'L' | b'Q' => {
                let u = u64_of();
                match i64::try_from(u) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::BigInt(Obj::new(BigInt::from(u))),
                }
            }
            b'f' => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
            b'd' => Value::Float(f64::from_ne_bytes(word)),
            _ => {
                let cp = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
                let c = char::from_u32(cp).unwrap_or('\u{fffd}');
                Value::string(c.to_string())
            }
        }
    }
}

/// Encodes one Python value as an item of type `code`.
fn encode(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    match code {
        b'f' => Ok((vm.num_as_f64(v)? as f32).to_ne_bytes().to_vec()),
        b'd' => Ok(vm.num_as_f64(v)?.to_ne_bytes().to_vec()),
        b'u' => {
            if let View::Str(s) = vm.unwrap_base(v).view() {
                let mut chars = s.as_str().chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    return Ok((c as u32).to_ne_bytes().to_vec());
                }
            }
            Err(vm.type_error("array item must be unicode character"))
        }
        _ => {
            if let View::Float(_) = v.view() {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            let n = vm.num_as_index(v)?;
            encode_int(vm, code, &n)
        }
    }
}

/// Range checks with CPython's message for each type code.
fn encode_int(vm: &mut Vm, code: u8, n: &BigInt) -> PyResult<Vec<u8>> {
    const LONG: &str = "Python int too large to convert to C long";
    const ULONG: &str = "Python int too large to convert to C unsigned long";
    const NEG_UINT: &str = "can't convert negative value to unsigned int";
    let small = n.to_i64();
    let out_of = |vm: &mut Vm, name: &str, low: bool| {
        let side = if low {
            "less than minimum"
        } else {
            "greater than maximum"
        };
        vm.overflow_error(format!("{name} is {side}"))
    };
    let bounded = |vm: &mut Vm, name: &str, lo: i64, hi: i64| -> PyResult<i64> {
        match small {
            None => Err(vm.overflow_error(LONG)),
            Some(x) if x < lo => Err(out_of(vm, name, true)),
            Some(x) if x > hi => Err(out_of(vm, name, false)),
            Some(x) => Ok(x),
        }
    };
    Ok(match code {
        b'b' => (bounded(vm, "signed char", -128, 127)? as i8)
            .to_ne_bytes()
            .to_vec(),
        b'B' => (bounded(vm, "unsigned byte integer", 0, 255)? as u8)
            .to_ne_bytes()
            .to_vec(),
        b'h' => (bounded(vm, "signed short integer", -32768, 32767)? as i16)
            .to_ne_bytes()
            .to_vec(),
        b'H' => (bounded(vm, "unsigned short", 0, 65535)? as u16)
            .to_ne_bytes()
            .to_vec(),
        b'i' => (bounded(vm, "signed integer", i32::MIN as i64, i32::MAX as i64)? as i32)
            .to_ne_bytes()
            .to_vec(),
        b'I' => {
            if n.sign() == num_bigint::Sign::Minus {
                return Err(vm.overflow_error(NEG_UINT));
            }
            match n.to_u64() {
                None => return Err(vm.overflow_error(ULONG)),
                Some(x) if x > u32::MAX as u64 => {
                    return Err(out_of(vm, "unsigned int", false));
                }
                Some(x) => (x as u32).to_ne_bytes().to_vec(),
            }
        }
        b'l' => match small {
            Some(x) => x.to_ne_bytes().to_vec(),
            None => return Err(vm.overflow_error(LONG)),
        },
        b'L' => {
            if n.sign() == num_bigint::Sign::Minus {
                return Err(vm.overflow_error(NEG_UINT));
            }
            match n.to_u64() {
                Some(x) => x.to_ne_bytes().to_vec(),
                None => return Err(vm.overflow_error(ULONG)),
            }
        }
        b'q' => match small {
            Some(x) => x.to_ne_bytes().to_vec(),
            None => return Err(vm.overflow_error("int too big to convert")),
        },
        _ => {
            if n.sign() == num_bigint::Sign::Minus {
                return Err(vm.overflow_error("can't convert negative int to unsigned"));
            }
            match n.to_u64() {
                Some(x) => x.to_ne_bytes().to_vec(),
                None => return Err(vm.overflow_error("int too big to convert")),
            }
        }
    })
}

// ---------------------------------------------------------------------------------------
// Handles

type Shared = Rc<RefCell<Store>>;

fn wrap(vm: &Vm, store: Store) -> Value {
    Value::Native(Obj::new(NativeObject {
        class: vm.types.object.clone(),
        data: RefCell::new(NativeData::Opaque(Rc::new(RefCell::new(store)))),
    }))
}

fn shared(vm: &mut Vm, args: &Args, i: usize) -> PyResult<Shared> {
    if let Some(View::Native(n)) = args.args.get(i).map(|v| v.view())
        && let NativeData::Opaque(rc) = &*n.data.borrow()
        && let Ok(cell) = rc.clone().downcast::<RefCell<Store>>()
    {
        return Ok(cell);
    }
    Err(vm.type_error("expected an array store"))
}

fn arg(args: &Args, i: usize) -> Value {
    args.args.get(i).cloned().unwrap_or(Value::None)
}

fn int_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    match args.args.get(i).map(|v| v.view()) {
        Some(View::Int(n)) => Ok(n),
        Some(View::Bool(b)) => Ok(b as i64),
        _ => Err(vm.type_error("expected an int")),
    }
}

/// `i` as a position in `0..len`, counting negatives from the end.
fn position(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let p = if i < 0 { i + len } else { i };
    (0..len).contains(&p).then_some(p as usize)
}

/// The item positions of a slice already reduced by `slice.indices`.
fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    out
}

// ---------------------------------------------------------------------------------------
// Functions

fn make(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = match arg(&args, 0).view() {
        View::Str(s) if s.as_str().len() == 1 => s.as_str().as_bytes()[0],
        _ => return Err(vm.type_error("make() expects a type code")),
    };
    Ok(wrap(
        vm,
        Store {
            code,
            bytes: Vec::new(),
        },
    ))
}

fn itemsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    Ok(Value::Int(width(s.borrow().code) as i64))
}

fn code_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let c = s.borrow().code as char;
    Ok(Value::string(c.to_string()))
}

fn length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    Ok(Value::Int(s.borrow().size() as i64))
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let i = int_at(vm, &args, 1)?;
    let s = s.borrow();
    match position(i, s.size()) {
        Some(p) => Ok(s.read(p)),
        None => Err(vm.index_error("array index out of range")),
    }
}

fn put(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let i = int_at(vm, &args, 1)?;
    let code = s.borrow().code;
    let item = encode(vm, code, &arg(&args, 2))?;
    let mut s = s.borrow_mut();
    match position(i, s.size()) {
        Some(p) => {
            let w = item.len();
            s.bytes[p * w..(p + 1) * w].copy_from_slice(&item);
            Ok(Value::None)
        }
        None => Err(vm.index_error("array assignment index out of range")),
    }
}

fn remove_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let i = int_at(vm, &args, 1)?;
    let mut s = s.borrow_mut();
    match position(i, s.size()) {
        Some(p) => {
            let w = width(s.code);
            s.bytes.drain(p * w..(p + 1) * w);
            Ok(Value::None)
        }
        None => Err(vm.index_error("array assignment index out of range")),
    }
}

fn take(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let (start, stop, step) = (
        int_at(vm, &args, 1)?,
        int_at(vm, &args, 2)?,
        int_at(vm, &args, 3)?,
    );
    let s = s.borrow();
    let mut bytes = Vec::new();
    if step == 1 {
        let w = width(s.code);
        if start < stop {
            bytes.extend_from_slice(&s.bytes[start as usize * w..stop as usize * w]);
        }
    } else {
        for p in slice_positions(start, stop, step) {
            bytes.extend_from_slice(s.item_bytes(p));
        }
    }
    let code = s.code;
    Ok(wrap(vm, Store { code, bytes }))
}

fn drop_range(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let (start, stop, step) = (
        int_at(vm, &args, 1)?,
        int_at(vm, &args, 2)?,
        int_at(vm, &args, 3)?,
    );
    let mut s = s.borrow_mut();
    let w = width(s.code);
    let mut doomed = vec![false; s.size()];
    for p in slice_positions(start, stop, step) {
        doomed[p] = true;
    }
    let kept: Vec<u8> = s
        .bytes
        .chunks(w)
        .zip(&doomed)
        .filter(|(_, gone)| !**gone)
        .flat_map(|(item, _)| item.iter().copied())
        .collect();
    s.bytes = kept;
    Ok(Value::None)
}

/// `a[start:stop:step] = other` (other already checked to be an array).
fn splice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let (start, stop, step) = (
        int_at(vm, &args, 1)?,
        int_at(vm, &args, 2)?,
        int_at(vm, &args, 3)?,
    );
    let src = shared(vm, &args, 4)?;
    let src = src.borrow().clone();
    let mut s = s.borrow_mut();
    if src.code != s.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let w = width(s.code);
    if step == 1 {
        let lo = start as usize;
        let hi = (stop.max(start)) as usize;
        s.bytes.splice(lo * w..hi * w, src.bytes);
        return Ok(Value::None);
    }
    let spots = slice_positions(start, stop, step);
    if spots.len() != src.size() {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {} to extended slice of size {}",
            src.size(),
            spots.len()
        )));
    }
    for (k, p) in spots.into_iter().enumerate() {
        s.bytes[p * w..(p + 1) * w].copy_from_slice(src.item_bytes(k));
    }
    Ok(Value::None)
}

/// Appends the items of a list; with `atomic` true nothing is appended unless all convert.
fn push_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let items = vm.collect_iterable(&arg(&args, 1))?;
    let atomic = matches!(arg(&args, 2).view(), View::Bool(true));
    let code = s.borrow().code;
    let mut staged = Vec::new();
    for item in &items {
        match encode(vm, code, item) {
            Ok(b) => {
                if atomic {
                    staged.extend(b);
                } else {
                    s.borrow_mut().bytes.extend(b);
                }
            }
            Err(e) => return Err(e),
        }
    }
    s.borrow_mut().bytes.extend(staged);
    Ok(Value::None)
}

fn push_store(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let other = shared(vm, &args, 1)?;
    let extra = other.borrow().bytes.clone();
    s.borrow_mut().bytes.extend(extra);
    Ok(Value::None)
}

fn insert_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let i = int_at(vm, &args, 1)?;
    let code = s.borrow().code;
    let item = encode(vm, code, &arg(&args, 2))?;
    let mut s = s.borrow_mut();
    let n = s.size() as i64;
    let p = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let w = item.len();
    s.bytes.splice(p * w..p * w, item);
    Ok(Value::None)
}

fn pop_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let i = int_at(vm, &args, 1)?;
    let mut s = s.borrow_mut();
    if s.size() == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let Some(p) = position(i, s.size()) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let v = s.read(p);
    let w = width(s.code);
    s.bytes.drain(p * w..(p + 1) * w);
    Ok(v)
}

fn raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let b = s.borrow().bytes.clone();
    Ok(Value::Bytes(Obj::new(b)))
}

fn load_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let data = vm.bytes_arg(&arg(&args, 1))?.to_vec();
    let mut s = s.borrow_mut();
    if data.len() % width(s.code) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    s.bytes.extend(data);
    Ok(Value::None)
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let s = s.borrow();
    let items: Vec<Value> = (0..s.size()).map(|i| s.read(i)).collect();
    Ok(Value::list(items))
}

fn swap_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let mut s = s.borrow_mut();
    let w = width(s.code);
    for item in s.bytes.chunks_mut(w) {
        item.reverse();
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let mut s = s.borrow_mut();
    let w = width(s.code);
    let flipped: Vec<u8> = s.bytes.chunks(w).rev().flatten().copied().collect();
    s.bytes = flipped;
    Ok(Value::None)
}

fn text(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let s = s.borrow();
    let out: String = s
        .bytes
        .chunks(4)
        .map(|c| char::from_u32(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect();
    Ok(Value::string(out))
}

fn load_text(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let t = match arg(&args, 1).view() {
        View::Str(t) => t.as_str().to_string(),
        _ => return Err(vm.type_error("load_text() expects a str")),
    };
    let mut s = s.borrow_mut();
    for c in t.chars() {
        s.bytes.extend_from_slice(&(c as u32).to_ne_bytes());
    }
    Ok(Value::None)
}

/// The first position in `start..stop` holding an item equal to `x`, or -1.
fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let x = arg(&args, 1);
    let (start, stop) = (int_at(vm, &args, 2)?, int_at(vm, &args, 3)?);
    let mut i = start.max(0);
    loop {
        let item = {
            let s = s.borrow();
            if i >= stop.min(s.size() as i64) {
                break;
            }
            s.read(i as usize)
        };
        if vm.eq(&item, &x)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Ok(Value::Int(-1))
}

fn tally(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let x = arg(&args, 1);
    let mut count = 0;
    let mut i = 0;
    loop {
        let item = {
            let s = s.borrow();
            if i >= s.size() {
                break;
            }
            s.read(i)
        };
        if vm.eq(&item, &x)? {
            count += 1;
        }
        i += 1;
    }
    Ok(Value::Int(count))
}

fn clone_store(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let copy = s.borrow().clone();
    Ok(wrap(vm, copy))
}

fn repeat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = shared(vm, &args, 0)?;
    let n = int_at(vm, &args, 1)?.max(0) as usize;
    let s = s.borrow();
    if n > 0
        && s.bytes
            .len()
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(vm.err_noargs("MemoryError"));
    }
    let copy = Store {
        code: s.code,
        bytes: s.bytes.repeat(n),
    };
    Ok(wrap(vm, copy))
}

fn joined(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = shared(vm, &args, 0)?;
    let b = shared(vm, &args, 1)?;
    let mut out = a.borrow().clone();
    out.bytes.extend_from_slice(&b.borrow().bytes);
    Ok(wrap(vm, out))
}

fn same_kind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = shared(vm, &args, 0)?;
    let b = shared(vm, &args, 1)?;
    let same = a.borrow().code == b.borrow().code;
    Ok(Value::Bool(same))
}
