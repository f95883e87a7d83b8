//! `bytearray`: construction, the mutating methods and the item protocol. The methods it
//! shares with `bytes` (searching, splitting, case mapping, padding, comparisons, ...) are
//! the generic ones of `methods_str`, instantiated for bytearray there.

use super::methods_str::{
    BYTEARRAY_FROMHEX, BYTEARRAY_SHARED, BYTES_MAKETRANS, Sig, Style, Ty, byte_value, bytes_of,
    bytes_of_ints, check_call, check_self, encode, index_of, need_str, new_class, not_an_integer,
    nth, parse_kw, str_of, subclass_new, to_index, zeros,
};
use super::{builtin, constructor, method};
use crate::bytecode::BinOp;
use crate::runtime::bytearray::PyByteArray;
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::strops;
use crate::runtime::value::{Value, View};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let cls = vm.types.bytearray.clone();
    constructor(&cls, ba_new);
    for &(name, f) in BYTEARRAY_SHARED {
        method(&cls, name, f);
    }
    const OWN: &[(&str, NativeFn)] = &[
        ("__init__", ba_init),
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__getitem__", ba_getitem),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("__iter__", ba_iter),
        ("__repr__", ba_repr),
        ("__str__", ba_repr),
        ("__reduce__", ba_reduce),
        ("__reduce_ex__", ba_reduce_ex),
        ("__sizeof__", ba_sizeof),
    ];
    for &(name, f) in OWN {
        method(&cls, name, f);
    }
    cls.dict.set_str("__hash__", Value::None);
    let fromhex = builtin("fromhex", BYTEARRAY_FROMHEX);
    cls.dict
        .set_str("fromhex", Value::StaticMethod(Obj::new(fromhex)));
    let maketrans = builtin("maketrans", BYTES_MAKETRANS);
    cls.dict
        .set_str("maketrans", Value::StaticMethod(Obj::new(maketrans)));
}

fn new_bytearray(data: Vec<u8>) -> Value {
    Value::ByteArray(Obj::new(PyByteArray::new(data)))
}

/// Checks `self` and the argument count the way CPython words it for `bytearray.name`, and
/// returns the bytearray itself (the one inside an instance of a subclass).
fn receiver(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    style: Style,
    min: usize,
    max: usize,
) -> PyResult<Obj<PyByteArray>> {
    let base = check_self(vm, args, Ty::ByteArray, name, matches!(style, Style::Slot))?;
    let sig = Sig {
        ty: Ty::ByteArray,
        name,
        style,
        min,
        max,
    };
    check_call(vm, args, 1, sig)?;
    match base.view() {
        View::ByteArray(b) => Ok(b.clone()),
        _ => Err(vm.type_error("expected a bytearray receiver")),
    }
}

/// An int argument that must name one byte.
fn one_byte(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    byte_value(vm, v, BYTE_RANGE)
}

const BYTE_RANGE: &str = "byte must be in range(0, 256)";

/// Refuses a change of size while memoryviews hold the buffer.
fn check_resizable(vm: &mut Vm, b: &PyByteArray) -> PyResult<()> {
    if b.exports.get() > 0 {
        return Err(vm.err(
            "BufferError",
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// The bytes of an iterable of ints (the last resort of the constructor and `extend`);
/// `None` when `x` is not iterable at all.
fn ints_of(vm: &mut Vm, x: &Value) -> PyResult<Option<Vec<u8>>> {
    bytes_of_ints(vm, x, BYTE_RANGE)
}

/// The initial contents from `bytearray(source, encoding, errors)`; `args[0]` is the class
/// or the object being initialized.
fn contents_from(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    let [source, encoding, errors] = parse_kw(
        vm,
        args,
        "bytearray",
        ["source", "encoding", "errors"],
        0,
        0,
    )?;
    let encoding = match &encoding {
        Some(v) => Some(need_str(vm, v, "bytearray() argument 'encoding' ")?),
        None => None,
    };
    let errors = match &errors {
        Some(v) => Some(need_str(vm, v, "bytearray() argument 'errors' ")?),
        None => None,
    };
    let without_string = |has_encoding: bool| {
        if has_encoding {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        }
    };
    let Some(x) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.type_error(without_string(encoding.is_some())));
        }
        return Ok(Vec::new());
    };
    if let Some(text) = str_of(vm, &x) {
        let Some(enc) = &encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let errs = errors.as_deref().map_or("strict", PyStr::as_str);
        return encode(vm, &text, enc.as_str(), errs);
    }
    if encoding.is_some() || errors.is_some() {
        return Err(vm.type_error(without_string(encoding.is_some())));
    }
    if let Some(n) = index_of(vm, &x)? {
        let n = match n.view() {
            View::Int(i) => i,
            View::Bool(b) => i64::from(b),
            _ => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        let Ok(n) = usize::try_from(n) else {
            return Err(vm.value_error("negative count"));
        };
        return zeros(vm, n);
    }
    if let Some(b) = bytes_of(vm, &x) {
        return Ok(b.to_vec());
    }
    match ints_of(vm, &x)? {
        Some(data) => Ok(data),
        None => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!("cannot convert '{tn}' object to bytearray")))
        }
    }
}

fn ba_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.bytearray.clone();
    if let Some(cls) = new_class(vm, &args, &base)? {
        return subclass_new(vm, &cls, &args);
    }
    contents_from(vm, &args).map(new_bytearray)
}

fn ba_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = check_self(vm, &args, Ty::ByteArray, "__init__", true)?;
    let View::ByteArray(b) = base.view() else {
        return Err(vm.type_error("expected a bytearray receiver"));
    };
    let data = contents_from(vm, &args)?;
    check_resizable(vm, b)?;
    *b.data.borrow_mut() = data;
    Ok(Value::None)
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "append", Style::One, 1, 1)?;
    let byte = one_byte(vm, &nth(&args, 1))?;
    check_resizable(vm, &b)?;
    b.data.borrow_mut().push(byte);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "extend", Style::One, 1, 1)?;
    let src = nth(&args, 1);
    let more = match bytes_of(vm, &src) {
        Some(m) => m.to_vec(),
        None => match ints_of(vm, &src)? {
            Some(m) => m,
            None => {
                let tn = vm.type_name(&src);
                return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
            }
        },
    };
    check_resizable(vm, &b)?;
    b.data.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "insert", Style::Clinic, 2, 2)?;
    let at = to_index(vm, &nth(&args, 1))?;
    let byte = one_byte(vm, &nth(&args, 2))?;
    check_resizable(vm, &b)?;
    let mut data = b.data.borrow_mut();
    let len = i64::try_from(data.len()).unwrap_or(i64::MAX);
    let at = if at < 0 {
        (at + len).max(0)
    } else {
        at.min(len)
    };
    data.insert(usize::try_from(at).unwrap_or(0), byte);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "pop", Style::Clinic, 0, 1)?;
    let at = match args.args.get(1) {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    let len = b.data.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = i64::try_from(len).unwrap_or(i64::MAX);
    let at = if at < 0 { at + n } else { at };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    check_resizable(vm, &b)?;
    let byte = b.data.borrow_mut().remove(usize::try_from(at).unwrap_or(0));
    Ok(Value::Int(i64::from(byte)))
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "remove", Style::One, 1, 1)?;
    let byte = one_byte(vm, &nth(&args, 1))?;
    let Some(at) = b.data.borrow().iter().position(|&c| c == byte) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    check_resizable(vm, &b)?;
    b.data.borrow_mut().remove(at);
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "reverse", Style::NoArgs, 0, 0)?;
    b.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "clear", Style::NoArgs, 0, 0)?;
    check_resizable(vm, &b)?;
    b.data.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "copy", Style::NoArgs, 0, 0)?;
    Ok(new_bytearray(b.snapshot()))
}

fn ba_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__getitem__", Style::Slot, 1, 1)?;
    vm.bytearray_get(&b, &nth(&args, 1))
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__setitem__", Style::Slot, 2, 2)?;
    vm.bytearray_set(&b, &nth(&args, 1), Some(&nth(&args, 2)))?;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__delitem__", Style::Slot, 1, 1)?;
    vm.bytearray_set(&b, &nth(&args, 1), None)?;
    Ok(Value::None)
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__iadd__", Style::Slot, 1, 1)?;
    vm.bytearray_inplace(&b, &nth(&args, 1), BinOp::Add)?;
    Ok(args.args[0].clone())
}

fn ba_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__imul__", Style::Slot, 1, 1)?;
    vm.bytearray_inplace(&b, &nth(&args, 1), BinOp::Mul)?;
    Ok(args.args[0].clone())
}

fn ba_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__iter__", Style::Slot, 0, 0)?;
    vm.get_iter(&Value::ByteArray(b))
}

/// `bytearray(b'...')`, named after the type (a subclass shows its own name). Unlike
/// bytes' repr, a single quote is escaped even when the literal is in double quotes.
pub fn bytearray_repr(type_name: &str, data: &[u8]) -> String {
    let lit = strops::bytes_repr(data);
    let lit = match lit.strip_prefix("b\"") {
        Some(rest) => format!("b\"{}", rest.replace('\'', "\\'")),
        None => lit,
    };
    format!("{type_name}({lit})")
}

fn ba_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__repr__", Style::Slot, 0, 0)?;
    let tn = vm.type_name(&args.args[0]);
    Ok(Value::string(bytearray_repr(&tn, &b.data.borrow())))
}

/// `(type, (latin-1 text, 'latin-1'), state)`: the form CPython pickles a bytearray in.
fn reduce_value(vm: &mut Vm, this: &Value, b: &PyByteArray) -> Value {
    let cls = Value::Class(vm.type_of(this));
    let text: String = b.data.borrow().iter().map(|&c| char::from(c)).collect();
    let state = match this.view() {
        View::Instance(i) if !i.has_no_attrs() => i.dict().map_or(Value::None, Value::Dict),
        _ => Value::None,
    };
    let ctor_args = if b.data.borrow().is_empty() {
        Value::tuple(vec![])
    } else {
        Value::tuple(vec![Value::string(text), Value::str("latin-1")])
    };
    Value::tuple(vec![cls, ctor_args, state])
}

fn ba_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__reduce__", Style::NoArgs, 0, 0)?;
    Ok(reduce_value(vm, &args.args[0].clone(), &b))
}

fn ba_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__reduce_ex__", Style::Clinic, 0, 1)?;
    if let Some(v) = args.args.get(1) {
        to_index(vm, v)?;
    }
    Ok(reduce_value(vm, &args.args[0].clone(), &b))
}

fn ba_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "__sizeof__", Style::NoArgs, 0, 0)?;
    let cap = b.data.borrow().capacity();
    Ok(Value::Int(i64::try_from(56 + cap).unwrap_or(i64::MAX)))
}

const INDEX_MSG: &str = "bytearray indices must be integers or slices";

impl Vm {
    /// `ba[key]`.
    pub(crate) fn bytearray_get(&mut self, b: &Obj<PyByteArray>, key: &Value) -> PyResult<Value> {
        if let View::Slice(s) = key.view() {
            let len = b.data.borrow().len();
            let si = self.slice_indices(s, len)?;
            let data = b.data.borrow();
            let picked = si.indices().filter_map(|i| data.get(i).copied()).collect();
            return Ok(new_bytearray(picked));
        }
        let i = self.index_value(key, INDEX_MSG)?;
        let data = b.data.borrow();
        let n = i64::try_from(data.len()).unwrap_or(i64::MAX);
        let j = if i < 0 { i + n } else { i };
        match usize::try_from(j).ok().and_then(|j| data.get(j)) {
            Some(&c) => Ok(Value::Int(i64::from(c))),
            None => {
                drop(data);
                Err(self.index_error("bytearray index out of range"))
            }
        }
    }

    /// `ba[key] = value`, or `del ba[key]` when `value` is None.
    pub(crate) fn bytearray_set(
        &mut self,
        b: &Obj<PyByteArray>,
        key: &Value,
        value: Option<&Value>,
    ) -> PyResult<()> {
        let View::Slice(s) = key.view() else {
            let i = self.index_value(key, INDEX_MSG)?;
            let byte = match value {
                Some(v) => Some(one_byte(self, v)?),
                None => None,
            };
            let n = i64::try_from(b.data.borrow().len()).unwrap_or(i64::MAX);
            let j = if i < 0 { i + n } else { i };
            if !(0..n).contains(&j) {
                return Err(self.index_error("bytearray index out of range"));
            }
            let j = usize::try_from(j).unwrap_or(0);
            match byte {
                Some(c) => b.data.borrow_mut()[j] = c,
                None => {
                    check_resizable(self, b)?;
                    b.data.borrow_mut().remove(j);
                }
            }
            return Ok(());
        };
        let new = match value {
            None => None,
            Some(v) => Some(self.slice_source(v)?),
        };
        let len = b.data.borrow().len();
        let si = self.slice_indices(s, len)?;
        let picked: Vec<usize> = si.indices().collect();
        if si.step == 1 || (new.is_some() && picked.is_empty() && si.step > 0) {
            // A contiguous run: replaced by data of any length.
            let start = usize::try_from(si.start.max(0)).unwrap_or(0).min(len);
            let stop = (start + si.len).min(len);
            let new = new.unwrap_or_default();
            if new.len() != stop - start {
                check_resizable(self, b)?;
            }
            b.data.borrow_mut().splice(start..stop, new);
            return Ok(());
        }
        match new {
            Some(new) => {
                if new.len() != picked.len() {
                    return Err(self.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        picked.len()
                    )));
                }
                let mut data = b.data.borrow_mut();
                for (i, c) in picked.into_iter().zip(new) {
                    data[i] = c;
                }
            }
            None => {
                if !picked.is_empty() {
                    check_resizable(self, b)?;
                }
                let mut doomed = vec![false; len];
                for i in picked {
                    doomed[i] = true;
                }
                let mut k = 0;
                b.data.borrow_mut().retain(|_| {
                    k += 1;
                    !doomed[k - 1]
                });
            }
        }
        Ok(())
    }

    /// The bytes a slice assignment puts in: bytes-like values as they are, other iterables
    /// of ints converted as the constructor would; numbers and str are refused.
    fn slice_source(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        if let Some(b) = bytes_of(self, v) {
            return Ok(b.to_vec());
        }
        let base = self.unwrap_base(v);
        if matches!(
            base.view(),
            View::Int(_) | View::Bool(_) | View::BigInt(_) | View::Float(_) | View::Str(_)
        ) {
            return Err(self.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        match ints_of(self, v)? {
            Some(data) => Ok(data),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("cannot convert '{tn}' object to bytearray")))
            }
        }
    }

    /// `ba += other` (`op` Add) and `ba *= n` (`op` Mul), in place.
    pub(crate) fn bytearray_inplace(
        &mut self,
        b: &Obj<PyByteArray>,
        other: &Value,
        op: BinOp,
    ) -> PyResult<()> {
        if op == BinOp::Mul {
            let n = match index_of(self, other)? {
                Some(n) => n,
                None => return Err(not_an_integer(self, other)),
            };
            let n = match n.view() {
                View::Int(i) => i,
                View::Bool(x) => i64::from(x),
                _ => {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            };
            let len = b.data.borrow().len();
            let times = usize::try_from(n).unwrap_or(0);
            if times != 1 && len > 0 {
                check_resizable(self, b)?;
            }
            if len.saturating_mul(times) > (1 << 34) {
                return Err(self.memory_error());
            }
            let once = b.snapshot();
            let mut data = b.data.borrow_mut();
            data.clear();
            for _ in 0..times {
                data.extend_from_slice(&once);
            }
            return Ok(());
        }
        let Some(more) = bytes_of(self, other) else {
            let tn = self.type_name(other);
            return Err(self.type_error(format!("can't concat {tn} to bytearray")));
        };
        if !more.is_empty() {
            check_resizable(self, b)?;
        }
        b.data.borrow_mut().extend_from_slice(&more);
        Ok(())
    }
}
