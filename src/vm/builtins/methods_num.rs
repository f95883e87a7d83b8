//! `int`, `bool` and `float`: their constructors, methods, properties and numeric dunders.

// The operators themselves live in vm/ops.rs; the dunders here exist so that explicit calls
// (`int.__add__(3, 4)`, `super().__add__(other)` in a subclass) behave like CPython's slot
// wrappers, including returning NotImplemented for foreign operand types.

use super::{bind, builtin, constructor, method};
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::class::Class;
use crate::runtime::format::{self, IntParseError};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::View;
use crate::runtime::value::{Property, Value};
use crate::vm::ops::{float_divmod, float_to_biguint, to_bigint};
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn install(vm: &mut Vm) {
    let int = vm.types.int.clone();
    let bool_ = vm.types.bool_.clone();
    let float = vm.types.float.clone();

    constructor(&int, int_new);
    for (name, f) in INT_METHODS.iter().chain(INT_BINOPS).chain(INT_CMPS) {
        method(&int, name, *f);
    }
    int.dict.set_str(
        "from_bytes",
        Value::ClassMethod(Obj::new(builtin("from_bytes", int_from_bytes))),
    );
    property(&int, "real", int_exact);
    property(&int, "numerator", int_exact);
    property(&int, "imag", int_zero);
    property(&int, "denominator", int_one);

    constructor(&bool_, bool_new);
    for (name, f) in BOOL_METHODS {
        method(&bool_, name, *f);
    }

    constructor(&float, float_new);
    for (name, f) in FLOAT_METHODS.iter().chain(FLOAT_BINOPS).chain(FLOAT_CMPS) {
        method(&float, name, *f);
    }
    float.dict.set_str(
        "__getformat__",
        Value::ClassMethod(Obj::new(builtin("__getformat__", float_getformat))),
    );
    float.dict.set_str(
        "fromhex",
        Value::ClassMethod(Obj::new(builtin("fromhex", float_fromhex))),
    );
    property(&float, "real", float_real);
    property(&float, "imag", float_imag);
}

fn property(cls: &Obj<Class>, name: &str, f: NativeFn) {
    cls.dict.set_str(
        name,
        Value::Property(Obj::new(Property {
            fget: builtin(name, f),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        })),
    );
}

const INT_METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", int_repr),
    ("__hash__", int_hash),
    ("__bool__", int_bool),
    ("__int__", int_int),
    ("__index__", int_index),
    ("__pos__", int_pos),
    ("__float__", int_float),
    ("__neg__", int_neg),
    ("__abs__", int_abs),
    ("__invert__", int_invert),
    ("__pow__", int_pow),
    ("__rpow__", int_rpow),
    ("__divmod__", int_divmod),
    ("__rdivmod__", int_rdivmod),
    ("conjugate", int_conjugate),
    ("__trunc__", int_trunc),
    ("__floor__", int_floor),
    ("__ceil__", int_ceil),
    ("__round__", int_round),
    ("__getnewargs__", int_getnewargs),
    ("__format__", int_format),
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("as_integer_ratio", int_as_integer_ratio),
    ("to_bytes", int_to_bytes),
    ("__sizeof__", int_sizeof),
];

const BOOL_METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", bool_repr),
    ("__and__", bool_and),
    ("__rand__", bool_rand),
    ("__or__", bool_or),
    ("__ror__", bool_ror),
    ("__xor__", bool_xor),
    ("__rxor__", bool_rxor),
];

const FLOAT_METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", float_repr),
    ("__hash__", float_hash),
    ("__bool__", float_bool),
    ("__int__", float_int),
    ("__float__", float_float),
    ("__pos__", float_pos),
    ("__neg__", float_neg),
    ("__abs__", float_abs),
    ("__pow__", float_pow),
    ("__rpow__", float_rpow),
    ("__divmod__", float_divmod_m),
    ("__rdivmod__", float_rdivmod),
    ("conjugate", float_conjugate),
    ("__trunc__", float_trunc),
    ("__floor__", float_floor),
    ("__ceil__", float_ceil),
    ("__round__", float_round),
    ("__getnewargs__", float_getnewargs),
    ("__format__", float_format),
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("__sizeof__", float_sizeof),
];

// ---- shared conversions (also used by the math module) ----

impl Vm {
    /// `PyFloat_AsDouble`: floats, ints, and objects with `__float__` or `__index__`;
    /// otherwise `TypeError: must be real number, not X`.
    pub fn num_as_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v.view() {
            View::Float(f) => Ok(f),
            View::Int(i) => Ok(i as f64),
            View::Bool(b) => Ok(f64::from(u8::from(b))),
            View::BigInt(b) => format::int_to_f64(b).map_err(|e| self.format_error(e)),
            View::Instance(_) => {
                if let View::Float(f) = self.unwrap_base(v).view() {
                    return Ok(f);
                }
                if let Some(r) = self.call_user_special(v, "__float__", vec![])? {
                    return match self.unwrap_base(&r).view() {
                        View::Float(f) => Ok(f),
                        _ => Err(self.num_float_returned_non_float(v, &r)),
                    };
                }
                if self.num_has_special(v, "__index__") {
                    let i = self.num_as_index(v)?;
                    return format::int_to_f64(&i).map_err(|e| self.format_error(e));
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("must be real number, not {tn}")))
            }
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("must be real number, not {tn}")))
            }
        }
    }

    /// `PyNumber_Index`: an int, or the result of `__index__`.
    pub fn num_as_index(&mut self, v: &Value) -> PyResult<BigInt> {
        if let Some(b) = to_bigint(v) {
            return Ok(b);
        }
        if let View::Instance(_) = v.view() {
            if let Some(r) = self.call_user_special(v, "__index__", vec![])? {
                return match to_bigint(&self.unwrap_base(&r)) {
                    Some(b) => Ok(b),
                    None => {
                        let tn = self.type_name(&r);
                        Err(self.type_error(format!("__index__ returned non-int (type {tn})")))
                    }
                };
            }
            if let Some(b) = to_bigint(&self.unwrap_base(v)) {
                return Ok(b);
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
    }

    /// `PyLong_FromDouble`: the integer part of `f`, exactly.
    pub fn num_float_to_int(&mut self, f: f64) -> PyResult<Value> {
        if f.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.overflow_error("cannot convert float infinity to integer"));
        }
        let t = f.trunc();
        if t.abs() < 9.0e18 {
            return Ok(Value::Int(t as i64));
        }
        let sign = if t < 0.0 { Sign::Minus } else { Sign::Plus };
        Ok(Value::from_bigint(BigInt::from_biguint(
            sign,
            float_to_biguint(t.abs()),
        )))
    }

    pub(crate) fn num_has_special(&self, v: &Value, name: &str) -> bool {
        match v.view() {
            View::Instance(i) => {
                let cls = i.class.borrow().clone();
                matches!(cls.lookup(name), Some(f) if !f.is_none())
            }
            _ => false,
        }
    }

    fn num_float_returned_non_float(&mut self, v: &Value, r: &Value) -> crate::vm::PyErr {
        let (tn, rn) = (self.type_name(v), self.type_name(r));
        self.type_error(format!("{tn}.__float__ returned non-float (type {rn})"))
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v.view(), View::Int(_) | View::Bool(_) | View::BigInt(_))
}

/// A bool as the plain int it equals.
fn exact_int(v: Value) -> Value {
    match v.view() {
        View::Bool(b) => Value::Int(i64::from(b)),
        _ => v,
    }
}

fn big(v: &Value) -> BigInt {
    to_bigint(v).unwrap_or_default()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// How a method reports a receiver of the wrong type: slot wrappers (`__add__`) and
/// ordinary methods (`bit_length`) word it differently in CPython.
#[derive(Clone, Copy)]
enum Kind {
    Slot,
    Method,
}

fn wrong_self(vm: &mut Vm, ty: &str, name: &str, v: &Value, kind: Kind) -> crate::vm::PyErr {
    let tn = vm.type_name(v);
    vm.type_error(match kind {
        Kind::Slot => format!("descriptor '{name}' requires a '{ty}' object but received a '{tn}'"),
        Kind::Method => {
            format!("descriptor '{name}' for '{ty}' objects doesn't apply to a '{tn}' object")
        }
    })
}

fn missing_self(vm: &mut Vm, ty: &str, name: &str, kind: Kind) -> crate::vm::PyErr {
    vm.type_error(match kind {
        Kind::Slot => format!("descriptor '{name}' of '{ty}' object needs an argument"),
        Kind::Method => format!("unbound method {ty}.{name}() needs an argument"),
    })
}

/// The receiver of an int method, unwrapped from subclass instances (bools stay bools).
fn int_recv(vm: &mut Vm, args: &Args, name: &str, kind: Kind) -> PyResult<Value> {
    let Some(v) = args.args.first() else {
        return Err(missing_self(vm, "int", name, kind));
    };
    let u = vm.unwrap_base(v);
    if is_int(&u) {
        Ok(u)
    } else {
        Err(wrong_self(vm, "int", name, v, kind))
    }
}

fn float_recv(vm: &mut Vm, args: &Args, name: &str, kind: Kind) -> PyResult<f64> {
    let Some(v) = args.args.first() else {
        return Err(missing_self(vm, "float", name, kind));
    };
    match vm.unwrap_base(v).view() {
        View::Float(f) => Ok(f),
        _ => Err(wrong_self(vm, "float", name, v, kind)),
    }
}

/// Arity of a slot wrapper: `expected N argument(s), got M` (not counting self).
fn slot_arity(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let got = args.args.len().saturating_sub(1);
    if got != n {
        return Err(vm.type_error(format!("expected {n} argument{}, got {got}", plural(n))));
    }
    Ok(())
}

/// Arity of a METH_NOARGS method.
fn no_args(vm: &mut Vm, args: &Args, ty: &str, name: &str) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{ty}.{name}() takes no keyword arguments")));
    }
    let got = args.args.len().saturating_sub(1);
    if got != 0 {
        return Err(vm.type_error(format!("{ty}.{name}() takes no arguments ({got} given)")));
    }
    Ok(())
}

/// An int result for the class the constructor was invoked on: user subclasses (reached
/// through `super().__new__(cls, ...)`) get an instance wrapping the value.
fn wrap_for(vm: &mut Vm, cls: &Obj<Class>, v: Value) -> Value {
    if cls.builtin {
        return v;
    }
    let inst = vm.new_instance(cls);
    *inst.base_value.borrow_mut() = v;
    Value::Instance(inst)
}

/// The class argument of `T.__new__(cls, ...)`, checked to be a subtype of `base`.
fn new_cls(vm: &mut Vm, args: &Args, base: &Obj<Class>) -> PyResult<Obj<Class>> {
    let bn = base.name();
    match args.args.first().view() {
        Some(View::Class(c)) if c.is_subclass(base) => Ok(c.clone()),
        Some(View::Class(c)) => {
            let cn = c.name();
            Err(vm.type_error(format!("{bn}.__new__({cn}): {cn} is not a subtype of {bn}")))
        }
        Some(_) => {
            let tn = vm.type_name(&args.args[0]);
            Err(vm.type_error(format!("{bn}.__new__(X): X is not a type object ({tn})")))
        }
        None => Err(vm.type_error(format!("{bn}.__new__(): not enough arguments"))),
    }
}

// ---- constructors ----

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let int = vm.types.int.clone();
    let cls = new_cls(vm, &args, &int)?;
    if Obj::ptr_eq(&cls, &vm.types.bool_) {
        return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()"));
    }
    let pos = &args.args[1..];
    let given = pos.len() + args.kwargs.len();
    if given > 2 {
        let kw = if pos.is_empty() { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "int() takes at most 2 {kw}arguments ({given} given)"
        )));
    }
    let mut base = None;
    for (k, v) in &args.kwargs {
        if k.as_str() != "base" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                k.as_str()
            )));
        }
        base = Some(v.clone());
    }
    if let Some(b) = pos.get(1) {
        if base.is_some() {
            return Err(vm.type_error("argument for int() given by name ('base') and position (2)"));
        }
        base = Some(b.clone());
    }
    let v = match (pos.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => int_from_object(vm, x)?,
        (Some(x), Some(b)) => int_from_string_base(vm, x, &b)?,
    };
    Ok(wrap_for(vm, &cls, v))
}

/// `int(x)`: `PyNumber_Long`.
fn int_from_object(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x.view() {
        View::Int(_) | View::BigInt(_) => return Ok(x.clone()),
        View::Bool(b) => return Ok(Value::Int(i64::from(b))),
        View::Float(f) => return vm.num_float_to_int(f),
        View::Str(_) | View::Bytes(_) => return int_parse(vm, x, x, 10),
        View::ByteArray(b) => return int_parse(vm, &Value::Bytes(Obj::new(b.snapshot())), x, 10),
        View::Instance(_) => {}
        _ => return Err(int_arg_type_error(vm, x)),
    }
    if let Some(r) = vm.call_user_special(x, "__int__", vec![])? {
        return match vm.unwrap_base(&r) {
            u if is_int(&u) => Ok(exact_int(u)),
            _ => {
                let tn = vm.type_name(&r);
                Err(vm.type_error(format!("__int__ returned non-int (type {tn})")))
            }
        };
    }
    if vm.num_has_special(x, "__index__") {
        return vm.num_as_index(x).map(Value::from_bigint);
    }
    if let Some(r) = vm.call_user_special(x, "__trunc__", vec![])? {
        let u = vm.unwrap_base(&r);
        if is_int(&u) {
            return Ok(exact_int(u));
        }
        if !vm.num_has_special(&r, "__index__") {
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__trunc__ returned non-Integral (type {tn})")));
        }
        return vm.num_as_index(&r).map(Value::from_bigint);
    }
    let base = vm.unwrap_base(x);
    match base.view() {
        View::Str(_) | View::Bytes(_) => int_parse(vm, &base, x, 10),
        View::ByteArray(b) => int_parse(vm, &Value::Bytes(Obj::new(b.snapshot())), x, 10),
        _ => Err(int_arg_type_error(vm, x)),
    }
}

fn int_arg_type_error(vm: &mut Vm, x: &Value) -> crate::vm::PyErr {
    let tn = vm.type_name(x);
    vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    ))
}

/// `int(x, base)`.
fn int_from_string_base(vm: &mut Vm, x: &Value, base: &Value) -> PyResult<Value> {
    let b = vm.num_as_index(base)?;
    let b = match b.to_u32() {
        Some(b) if b == 0 || (2..=36).contains(&b) => b,
        _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
    };
    let s = vm.unwrap_base(x);
    match s.view() {
        View::Str(_) | View::Bytes(_) => int_parse(vm, &s, x, b),
        View::ByteArray(a) => int_parse(vm, &Value::Bytes(Obj::new(a.snapshot())), x, b),
        _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
    }
}

/// Parses a str or bytes `s`; `orig` is the argument as given, for the error message.
fn int_parse(vm: &mut Vm, s: &Value, orig: &Value, base: u32) -> PyResult<Value> {
    let r = match s.view() {
        View::Str(t) => format::parse_int_checked(t.as_str(), base),
        View::Bytes(b) => {
            // CPython parses bytes as C chars: only ASCII can form a literal.
            match std::str::from_utf8(b) {
                Ok(t) if b.is_ascii() => format::parse_int_checked(t, base),
                _ => Err(IntParseError::Invalid),
            }
        }
        _ => Err(IntParseError::Invalid),
    };
    match r {
        Ok(v) => Ok(Value::from_bigint(v)),
        Err(IntParseError::Invalid) => {
            let msg = match s.view() {
                View::Bytes(b) => {
                    // The repr is of the first 200 bytes, not a cut of the repr.
                    let head = &b[..b.len().min(200)];
                    let r = crate::runtime::strops::bytes_repr(head);
                    format!("invalid literal for int() with base {base}: {r}")
                }
                _ => {
                    let r = vm.repr(orig)?;
                    IntParseError::invalid_literal_message(base, &r)
                }
            };
            Err(vm.value_error(msg))
        }
        Err(e) => Err(vm.format_error(e.to_format_error(base, ""))),
    }
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bool_ = vm.types.bool_.clone();
    new_cls(vm, &args, &bool_)?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    let n = args.args.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {n}")));
    }
    match args.args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => vm.truthy(v).map(Value::Bool),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let float = vm.types.float.clone();
    let cls = new_cls(vm, &args, &float)?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let n = args.args.len() - 1;
    if n > 1 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {n}")));
    }
    let f = match args.args.get(1) {
        None => 0.0,
        Some(x) => float_from_object(vm, x)?,
    };
    Ok(wrap_for(vm, &cls, Value::Float(f)))
}

/// `float(x)`: `PyNumber_Float`.
fn float_from_object(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x.view() {
        View::Float(f) => return Ok(f),
        View::Int(_) | View::Bool(_) | View::BigInt(_) => return vm.num_as_f64(x),
        View::Str(_) | View::Bytes(_) => return float_parse(vm, x, x),
        View::ByteArray(b) => return float_parse(vm, &Value::Bytes(Obj::new(b.snapshot())), x),
        View::Instance(_) => {}
        _ => return Err(float_arg_type_error(vm, x)),
    }
    if let Some(r) = vm.call_user_special(x, "__float__", vec![])? {
        return match vm.unwrap_base(&r).view() {
            View::Float(f) => Ok(f),
            _ => Err(vm.num_float_returned_non_float(x, &r)),
        };
    }
    if vm.num_has_special(x, "__index__") {
        let i = vm.num_as_index(x)?;
        return format::int_to_f64(&i).map_err(|e| vm.format_error(e));
    }
    let base = vm.unwrap_base(x);
    match base.view() {
        View::Float(f) => Ok(f),
        View::Str(_) | View::Bytes(_) => float_parse(vm, &base, x),
        View::ByteArray(b) => float_parse(vm, &Value::Bytes(Obj::new(b.snapshot())), x),
        _ => Err(float_arg_type_error(vm, x)),
    }
}

fn float_arg_type_error(vm: &mut Vm, x: &Value) -> crate::vm::PyErr {
    let tn = vm.type_name(x);
    vm.type_error(format!(
        "float() argument must be a string or a real number, not '{tn}'"
    ))
}

/// Floats are unboxed and `is` compares their bits, so every NaN parsed from a string gets
/// its own payload: `float('nan') is float('nan')` (and `float('nan') in [nan]`) are then
/// False as in CPython, while one NaN object stays identical to itself.
fn fresh_nan(f: f64) -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    if !f.is_nan() {
        return f;
    }
    let payload = NEXT.fetch_add(1, Ordering::Relaxed) & ((1u64 << 51) - 1);
    let quiet = f64::NAN.to_bits() | payload.max(1);
    f64::from_bits(quiet).copysign(f)
}

fn float_parse(vm: &mut Vm, s: &Value, orig: &Value) -> PyResult<f64> {
    let r = match s.view() {
        View::Str(t) => format::parse_float(t.as_str()),
        View::Bytes(b) if b.is_ascii() => std::str::from_utf8(b).ok().and_then(format::parse_float),
        _ => None,
    };
    match r {
        Some(f) => Ok(fresh_nan(f)),
        None => {
            let r = vm.repr(orig)?;
            Err(vm.value_error(format!("could not convert string to float: {r}")))
        }
    }
}

// ---- int: unary methods ----

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__repr__", 0)?;
    let v = exact_int(int_recv(vm, &args, "__repr__", Kind::Slot)?);
    vm.repr(&v).map(Value::string)
}

fn bool_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__repr__", 0)?;
    match args.args.first().view() {
        Some(View::Bool(b)) => Ok(Value::str(if b { "True" } else { "False" })),
        Some(_) => {
            let v = args.args[0].clone();
            Err(wrong_self(vm, "bool", "__repr__", &v, Kind::Slot))
        }
        None => Err(missing_self(vm, "bool", "__repr__", Kind::Slot)),
    }
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__hash__", 0)?;
    let v = int_recv(vm, &args, "__hash__", Kind::Slot)?;
    vm.hash(&v).map(Value::Int)
}

fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__bool__", 0)?;
    let v = int_recv(vm, &args, "__bool__", Kind::Slot)?;
    Ok(Value::Bool(!big(&v).is_zero()))
}

/// `__int__`, `__index__`, `__pos__`: the value as an exact int.
fn int_slot_exact(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    slot_arity(vm, args, name, 0)?;
    int_recv(vm, args, name, Kind::Slot).map(exact_int)
}

fn int_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_slot_exact(vm, &args, "__int__")
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_slot_exact(vm, &args, "__index__")
}

fn int_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_slot_exact(vm, &args, "__pos__")
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__float__", 0)?;
    let v = int_recv(vm, &args, "__float__", Kind::Slot)?;
    vm.num_as_f64(&v).map(Value::Float)
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__neg__", 0)?;
    let v = int_recv(vm, &args, "__neg__", Kind::Slot)?;
    vm.neg(&v)
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__abs__", 0)?;
    let v = int_recv(vm, &args, "__abs__", Kind::Slot)?;
    Ok(Value::from_bigint(big(&v).abs()))
}

fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__invert__", 0)?;
    let v = exact_int(int_recv(vm, &args, "__invert__", Kind::Slot)?);
    vm.invert(&v)
}

/// A METH_NOARGS int method returning the exact int value.
fn int_exact_method(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let v = int_recv(vm, args, name, Kind::Method)?;
    no_args(vm, args, "int", name)?;
    Ok(exact_int(v))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_exact_method(vm, &args, "conjugate")
}

fn int_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_exact_method(vm, &args, "__trunc__")
}

fn int_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_exact_method(vm, &args, "__floor__")
}

fn int_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_exact_method(vm, &args, "__ceil__")
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_exact_method(vm, &args, "__getnewargs__")?;
    Ok(Value::tuple(vec![v]))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_exact_method(vm, &args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![v, Value::Int(1)]))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_exact_method(vm, &args, "bit_length")?;
    Ok(Value::Int(big(&v).bits() as i64))
}

/// CPython's object size: a 24-byte header plus one 4-byte digit per 30 bits (at least one).
fn int_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_exact_method(vm, &args, "__sizeof__")?;
    let digits = big(&v).bits().div_ceil(30).max(1);
    Ok(Value::Int(24 + 4 * digits as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_exact_method(vm, &args, "bit_count")?;
    let ones: u64 = big(&v)
        .magnitude()
        .iter_u64_digits()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(ones as i64))
}

/// Property getters: `real`/`numerator` (the value), `imag` (0), `denominator` (1).
fn int_exact(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_recv(vm, &args, "real", Kind::Method).map(exact_int)
}

fn int_zero(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn int_one(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_recv(vm, &args, "__format__", Kind::Method)?;
    format_common(vm, &args, "int", v)
}

fn format_common(vm: &mut Vm, args: &Args, ty: &str, v: Value) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{ty}.__format__() takes no keyword arguments")));
    }
    if args.args.len() != 2 {
        let n = args.args.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "{ty}.__format__() takes exactly one argument ({n} given)"
        )));
    }
    match args.args[1].view() {
        // An empty spec means str(self), which honours a subclass's __str__/__repr__.
        View::Str(s) if s.as_str().is_empty() => vm.to_str(&args.args[0]).map(Value::string),
        View::Str(s) => vm.format(&v, s.as_str()).map(Value::string),
        _ => {
            let tn = vm.type_name(&args.args[1]);
            Err(vm.type_error(format!("__format__() argument must be str, not {tn}")))
        }
    }
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = exact_int(int_recv(vm, &args, "__round__", Kind::Method)?);
    round_arity(vm, &args, "int")?;
    // Unlike float's, int's __round__ treats an explicit None as a bad ndigits.
    let nd = match args.args.get(1) {
        None => return Ok(v),
        Some(nd) => vm.num_as_index(nd)?,
    };
    if !nd.is_negative() {
        return Ok(v);
    }
    let x = big(&v);
    // |x| < 10**n / 2 whenever n exceeds x's digit count, so the result is 0 without
    // building a huge power of ten.
    let digits = (x.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let n = match (-nd).to_u64() {
        Some(n) if n <= digits => n,
        _ => return Ok(Value::Int(0)),
    };
    let p = num_traits::pow::Pow::pow(BigInt::from(10u32), n);
    let (q, r) = x.div_mod_floor(&p);
    let twice = r << 1usize;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(Value::from_bigint(q * p))
}

fn round_arity(vm: &mut Vm, args: &Args, ty: &str) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{ty}.__round__() takes no keyword arguments")));
    }
    let n = args.args.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("__round__ expected at most 1 argument, got {n}")));
    }
    Ok(())
}

// ---- int: to_bytes / from_bytes ----

fn byteorder_arg(vm: &mut Vm, fname: &str, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    match v.view() {
        View::Str(s) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        _ => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {tn}"
            )))
        }
    }
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = big(&int_recv(vm, &args, "to_bytes", Kind::Method)?);
    let a = bind(
        vm,
        "to_bytes",
        &args.args[1..],
        &args.kwargs,
        &["length", "byteorder"],
        0,
        &["signed"],
    )?;
    let mut it = a.into_iter();
    let (length, order, signed) = (
        it.next().flatten(),
        it.next().flatten(),
        it.next().flatten(),
    );
    let length = match length {
        None => 1usize,
        Some(l) => {
            let l = vm.num_as_index(&l)?;
            if l.is_negative() {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            match l.to_usize() {
                Some(l) if l <= isize::MAX as usize => l,
                _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    };
    let little = byteorder_arg(vm, "to_bytes", order)?;
    let signed = match signed {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    if v.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // Two's complement of a negative value in `length` bytes is 256**length + v.
    let fits = if signed {
        let bits = if v.is_negative() {
            (-&v - 1u32).bits()
        } else {
            v.bits()
        };
        bits < (length as u64).saturating_mul(8)
    } else {
        v.bits() <= (length as u64).saturating_mul(8)
    };
    // CPython lets -1 through into zero signed bytes.
    let minus_one_quirk = signed && length == 0 && v == BigInt::from(-1);
    if !fits && !minus_one_quirk {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if length > 1 << 30 {
        return Err(vm.err_noargs("MemoryError"));
    }
    let mut bytes = if v.is_negative() {
        let modulus = BigInt::one() << (length * 8);
        (modulus + &v).magnitude().to_bytes_le()
    } else {
        v.magnitude().to_bytes_le()
    };
    bytes.resize(length, 0);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Obj::new(bytes)))
}

/// `bytes(v)` for the argument of `int.from_bytes`.
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.unwrap_base(v).view() {
        View::Bytes(b) => return Ok(b.to_vec()),
        View::ByteArray(b) => return Ok(b.snapshot()),
        View::Str(_) => return Err(vm.type_error("cannot convert 'str' object to bytes")),
        _ => {}
    }
    if let Some(r) = vm.call_user_special(v, "__bytes__", vec![])? {
        return match r.view() {
            View::Bytes(b) => Ok(b.to_vec()),
            _ => {
                let tn = vm.type_name(&r);
                Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
            }
        };
    }
    let items = match v.view() {
        View::List(_) | View::Tuple(_) => vm.collect_iterable(v)?,
        _ => match vm.get_iter(v) {
            Ok(it) => {
                let mut out = Vec::new();
                while let Some(x) = vm.next(&it)? {
                    out.push(x);
                }
                out
            }
            Err(e) if vm.err_matches(&e, "TypeError") => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
            }
            Err(e) => return Err(e),
        },
    };
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        let i = vm.num_as_index(x)?;
        match i.to_u8() {
            Some(b) => out.push(b),
            None => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.args.first().view() {
        Some(View::Class(c)) => c.clone(),
        _ => vm.types.int.clone(),
    };
    let rest = args.args.get(1..).unwrap_or(&[]);
    let a = bind(
        vm,
        "from_bytes",
        rest,
        &args.kwargs,
        &["bytes", "byteorder"],
        1,
        &["signed"],
    )?;
    let mut it = a.into_iter();
    let (data, order, signed) = (
        it.next().flatten(),
        it.next().flatten(),
        it.next().flatten(),
    );
    let little = byteorder_arg(vm, "from_bytes", order)?;
    let signed = match signed {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut bytes = bytes_of(vm, &data.unwrap_or(Value::None))?;
    if !little {
        bytes.reverse();
    }
    let mut v = BigInt::from_biguint(Sign::Plus, BigUint::from_bytes_le(&bytes));
    if signed && bytes.last().is_some_and(|b| b & 0x80 != 0) {
        v -= BigInt::one() << (bytes.len() * 8);
    }
    let v = Value::from_bigint(v);
    if Obj::ptr_eq(&cls, &vm.types.int) {
        return Ok(v);
    }
    // Subclasses (and bool) are built by calling the class, as CPython does.
    vm.call(&Value::Class(cls), vec![v])
}

// ---- int: binary dunders ----

/// The other operand of an int dunder, or None when it is not an int.
fn int_other(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<(Value, Option<Value>)> {
    let v = exact_int(int_recv(vm, args, name, Kind::Slot)?);
    slot_arity(vm, args, name, n)?;
    let o = vm.unwrap_base(&args.args[1]);
    Ok((v, is_int(&o).then(|| exact_int(o))))
}

fn int_binop(vm: &mut Vm, args: Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (a, b) = match int_other(vm, &args, name, 1)? {
        (a, Some(b)) => (a, b),
        _ => return Ok(Value::NotImplemented),
    };
    if reflected {
        vm.binary_op(&b, &a, op)
    } else {
        vm.binary_op(&a, &b, op)
    }
}

fn int_cmp(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    match int_other(vm, &args, name, 1)? {
        (a, Some(b)) => vm.compare(&a, &b, op),
        _ => Ok(Value::NotImplemented),
    }
}

macro_rules! binops {
    ($list:ident, $helper:ident, $($f:ident $name:literal $op:ident $refl:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $helper(vm, args, $name, BinOp::$op, $refl)
        })*
        const $list: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

macro_rules! cmps {
    ($list:ident, $helper:ident, $($f:ident $name:literal $op:ident),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $helper(vm, args, $name, CmpOp::$op)
        })*
        const $list: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

binops!(INT_BINOPS, int_binop,
    int_add "__add__" Add false, int_radd "__radd__" Add true,
    int_sub "__sub__" Sub false, int_rsub "__rsub__" Sub true,
    int_mul "__mul__" Mul false, int_rmul "__rmul__" Mul true,
    int_truediv "__truediv__" TrueDiv false, int_rtruediv "__rtruediv__" TrueDiv true,
    int_floordiv "__floordiv__" FloorDiv false, int_rfloordiv "__rfloordiv__" FloorDiv true,
    int_mod "__mod__" Mod false, int_rmod "__rmod__" Mod true,
    int_lshift "__lshift__" LShift false, int_rlshift "__rlshift__" LShift true,
    int_rshift "__rshift__" RShift false, int_rrshift "__rrshift__" RShift true,
    int_and "__and__" And false, int_rand "__rand__" And true,
    int_or "__or__" Or false, int_ror "__ror__" Or true,
    int_xor "__xor__" Xor false, int_rxor "__rxor__" Xor true,
);

cmps!(INT_CMPS, int_cmp,
    int_eq "__eq__" Eq, int_ne "__ne__" Ne, int_lt "__lt__" Lt,
    int_le "__le__" Le, int_gt "__gt__" Gt, int_ge "__ge__" Ge,
);

fn pow_arity(vm: &mut Vm, args: &Args) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("wrapper __pow__() takes no keyword arguments"));
    }
    let n = args.args.len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error(" expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")));
    }
    Ok(())
}

fn int_pow_common(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = exact_int(int_recv(vm, &args, name, Kind::Slot)?);
    pow_arity(vm, &args)?;
    let b = vm.unwrap_base(&args.args[1]);
    if !is_int(&b) {
        return Ok(Value::NotImplemented);
    }
    let b = exact_int(b);
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match args.args.get(2).map(|m| vm.unwrap_base(m)) {
        None => vm.binary_op(&x, &y, BinOp::Pow),
        Some(m) if m.is_none() => vm.binary_op(&x, &y, BinOp::Pow),
        Some(m) if is_int(&m) => {
            let pow = vm
                .builtins
                .get_str("pow", crate::runtime::str::str_hash("pow"));
            match pow {
                Some(f) => vm.call(&f, vec![x, y, exact_int(m)]),
                None => Ok(Value::NotImplemented),
            }
        }
        Some(_) => Ok(Value::NotImplemented),
    }
}

fn int_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_pow_common(vm, args, "__pow__", false)
}

fn int_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_pow_common(vm, args, "__rpow__", true)
}

fn int_divmod_common(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    let (a, b) = match int_other(vm, &args, name, 1)? {
        (a, Some(b)) => (a, b),
        _ => return Ok(Value::NotImplemented),
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let q = vm.binary_op(&x, &y, BinOp::FloorDiv)?;
    let r = vm.binary_op(&x, &y, BinOp::Mod)?;
    Ok(Value::tuple(vec![q, r]))
}

fn int_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_divmod_common(vm, args, "__divmod__", false)
}

fn int_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_divmod_common(vm, args, "__rdivmod__", true)
}

/// bool's `&`, `|`, `^` keep bools when both operands are bools, else act as int's.
fn bool_binop(vm: &mut Vm, args: Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    match (args.args.first().view(), args.args.get(1).view()) {
        (Some(View::Bool(a)), Some(View::Bool(b)))
            if args.args.len() == 2 && args.kwargs.is_empty() =>
        {
            Ok(Value::Bool(match op {
                BinOp::And => a & b,
                BinOp::Or => a | b,
                _ => a ^ b,
            }))
        }
        (Some(View::Bool(_)), _) => int_binop(vm, args, name, op, reflected),
        (Some(_), _) => {
            let v = args.args[0].clone();
            Err(wrong_self(vm, "bool", name, &v, Kind::Slot))
        }
        (None, _) => Err(missing_self(vm, "bool", name, Kind::Slot)),
    }
}

fn bool_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_binop(vm, args, "__and__", BinOp::And, false)
}
fn bool_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_binop(vm, args, "__rand__", BinOp::And, true)
}
fn bool_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_binop(vm, args, "__or__", BinOp::Or, false)
}
fn bool_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_binop(vm, args, "__ror__", BinOp::Or, true)
}
fn bool_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_binop(vm, args, "__xor__", BinOp::Xor, false)
}
fn bool_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_binop(vm, args, "__rxor__", BinOp::Xor, true)
}

// ---- float ----

fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__repr__", 0)?;
    let f = float_recv(vm, &args, "__repr__", Kind::Slot)?;
    Ok(Value::string(format::float_repr(f)))
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__hash__", 0)?;
    let f = float_recv(vm, &args, "__hash__", Kind::Slot)?;
    Ok(Value::Int(crate::vm::ops::hash_float(f)))
}

fn float_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__bool__", 0)?;
    let f = float_recv(vm, &args, "__bool__", Kind::Slot)?;
    Ok(Value::Bool(f != 0.0))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__int__", 0)?;
    let f = float_recv(vm, &args, "__int__", Kind::Slot)?;
    vm.num_float_to_int(f)
}

/// `__float__` and `__pos__`: the value as an exact float.
fn float_slot_exact(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    slot_arity(vm, args, name, 0)?;
    float_recv(vm, args, name, Kind::Slot).map(Value::Float)
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_slot_exact(vm, &args, "__float__")
}

fn float_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_slot_exact(vm, &args, "__pos__")
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__neg__", 0)?;
    float_recv(vm, &args, "__neg__", Kind::Slot).map(|f| Value::Float(-f))
}

fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(vm, &args, "__abs__", 0)?;
    float_recv(vm, &args, "__abs__", Kind::Slot).map(|f| Value::Float(f.abs()))
}

fn float_noargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    let f = float_recv(vm, args, name, Kind::Method)?;
    no_args(vm, args, "float", name)?;
    Ok(f)
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_noargs(vm, &args, "conjugate").map(Value::Float)
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(vm, &args, "__trunc__")?;
    vm.num_float_to_int(f)
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(vm, &args, "__floor__")?;
    vm.num_float_to_int(f.floor())
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(vm, &args, "__ceil__")?;
    vm.num_float_to_int(f.ceil())
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(vm, &args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(f)]))
}

fn float_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_noargs(vm, &args, "__sizeof__")?;
    Ok(Value::Int(24))
}

fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("float.__getformat__() takes no keyword arguments"));
    }
    let n = args.args.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(format!(
            "float.__getformat__() takes exactly one argument ({n} given)"
        )));
    }
    match args.args[1].view() {
        View::Str(s) if matches!(s.as_str(), "double" | "float") => {
            Ok(Value::str("IEEE, little-endian"))
        }
        View::Str(_) => {
            Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"))
        }
        _ => {
            let tn = vm.type_name(&args.args[1]);
            Err(vm.type_error(format!("__getformat__() argument must be str, not {tn}")))
        }
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(vm, &args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f == f.floor()))
}

fn float_real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_recv(vm, &args, "real", Kind::Method).map(Value::Float)
}

fn float_imag(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_recv(vm, &args, "__format__", Kind::Method)?;
    format_common(vm, &args, "float", Value::Float(f))
}

/// The exact (mantissa, exponent) of a finite double: `x == m * 2**e`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let exp = (bits >> 52) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(vm, &args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mut m, mut e) = decompose(f);
    if m == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    if e < 0 {
        let tz = i64::from(m.trailing_zeros()).min(-e);
        m >>= tz;
        e += tz;
    }
    let sign = if f < 0.0 { Sign::Minus } else { Sign::Plus };
    let mag = BigUint::from(m);
    let (num, den) = if e >= 0 {
        (mag << e as usize, BigUint::one())
    } else {
        (mag, BigUint::one() << (-e) as usize)
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(BigInt::from_biguint(sign, num)),
        Value::from_bigint(BigInt::from_biguint(Sign::Plus, den)),
    ]))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_noargs(vm, &args, "hex")?;
    if !f.is_finite() {
        return Ok(Value::string(format::float_repr(f)));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e < 0 { '-' } else { '+' };
    Ok(Value::string(format!(
        "{sign}0x{lead}.{frac:013x}p{esign}{}",
        e.abs()
    )))
}

/// `x * 2**n` for an `x` whose result is exactly representable (or overflows).
fn ldexp_exact(x: f64, n: i64) -> f64 {
    let mut x = x;
    let mut n = n.clamp(-2200, 2200);
    // Steps of at most 2**1000 keep every intermediate factor a normal double.
    while n > 0 {
        let s = n.min(1000);
        x *= f64::from_bits(((s + 1023) as u64) << 52);
        n -= s;
    }
    while n < 0 {
        let s = (-n).min(1000);
        x *= f64::from_bits(((1023 - s) as u64) << 52);
        n += s;
    }
    x
}

fn hex_digit(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

enum HexError {
    Invalid,
    Overflow,
}

/// CPython's `float.fromhex` algorithm: the value is rounded half-even straight from the
/// hex digits, so no intermediate rounding can occur.
fn parse_hex_float(s: &[u8]) -> Result<f64, HexError> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let end = {
        let mut e = s.len();
        while e > i && is_c_space(s[e - 1]) {
            e -= 1;
        }
        e
    };
    let body = &s[i..end];
    if let Some(v) = parse_inf_nan(body) {
        return Ok(v);
    }
    let mut negate = false;
    if at(i) == b'-' {
        negate = true;
        i += 1;
    } else if at(i) == b'+' {
        i += 1;
    }
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
        i += 2;
    }
    let coeff_start = i;
    while hex_digit(at(i)).is_some() {
        i += 1;
    }
    let int_end = i;
    let mut frac_digits: Vec<u8> = Vec::new();
    if at(i) == b'.' {
        i += 1;
        while hex_digit(at(i)).is_some() {
            frac_digits.push(at(i));
            i += 1;
        }
    }
    // Digits from most to least significant.
    let mut digits: Vec<u32> = s[coeff_start..int_end]
        .iter()
        .chain(frac_digits.iter())
        .filter_map(|&c| hex_digit(c))
        .collect();
    let fdigits = frac_digits.len() as i64;
    if digits.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if matches!(at(i), b'p' | b'P') {
        i += 1;
        let mut neg = false;
        if at(i) == b'-' || at(i) == b'+' {
            neg = at(i) == b'-';
            i += 1;
        }
        if !at(i).is_ascii_digit() {
            return Err(HexError::Invalid);
        }
        while at(i).is_ascii_digit() {
            // strtol saturates; so does this.
            exp = exp
                .saturating_mul(10)
                .saturating_add(i64::from(at(i) - b'0'));
            i += 1;
        }
        if neg {
            exp = -exp;
        }
    }
    if i != end {
        return Err(HexError::Invalid);
    }
    let lead = digits.iter().position(|&d| d != 0);
    let Some(lead) = lead else {
        return Ok(if negate { -0.0 } else { 0.0 });
    };
    digits.drain(..lead);
    let ndigits = digits.len() as i64;
    if exp < i64::MIN / 2 {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    if exp > i64::MAX / 2 {
        return Err(HexError::Overflow);
    }
    if ndigits > 1 << 40 {
        return Err(HexError::Invalid);
    }
    // digit(j): the j-th least significant digit.
    let digit = |j: i64| -> u32 {
        if j < 0 || j >= ndigits {
            0
        } else {
            digits[(ndigits - 1 - j) as usize]
        }
    };
    let exp = exp - 4 * fdigits;
    let mut top_exp = exp + 4 * (ndigits - 1);
    let mut d = digit(ndigits - 1);
    while d != 0 {
        top_exp += 1;
        d /= 2;
    }
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    const MANT_DIG: i64 = 53;
    if top_exp < MIN_EXP - MANT_DIG {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    if top_exp > MAX_EXP {
        return Err(HexError::Overflow);
    }
    let lsb = top_exp.max(MIN_EXP) - MANT_DIG;
    let mut x = 0.0f64;
    if exp >= lsb {
        for j in (0..ndigits).rev() {
            x = 16.0 * x + f64::from(digit(j));
        }
        let x = ldexp_exact(x, exp);
        return Ok(if negate { -x } else { x });
    }
    let half_eps: u32 = 1 << ((lsb - exp - 1) % 4);
    let key = (lsb - exp - 1) / 4;
    for j in ((key + 1)..ndigits).rev() {
        x = 16.0 * x + f64::from(digit(j));
    }
    let kd = digit(key);
    x = 16.0 * x + f64::from(kd & (16 - 2 * half_eps));
    if kd & half_eps != 0 {
        let round_up = (kd & (3 * half_eps - 1)) != 0
            || (half_eps == 8 && key + 1 < ndigits && digit(key + 1) & 1 != 0)
            || (0..key).any(|j| digit(j) != 0);
        if round_up {
            x += f64::from(2 * half_eps);
            if top_exp == MAX_EXP && x == ldexp_exact(f64::from(2 * half_eps), MANT_DIG) {
                return Err(HexError::Overflow);
            }
        }
    }
    let x = ldexp_exact(x, exp + 4 * key);
    if x.is_infinite() {
        return Err(HexError::Overflow);
    }
    Ok(if negate { -x } else { x })
}

fn parse_inf_nan(b: &[u8]) -> Option<f64> {
    let (neg, rest) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let v = match rest.to_ascii_lowercase().as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => return None,
    };
    Some(if neg { -v } else { v })
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.args.first().view() {
        Some(View::Class(c)) => c.clone(),
        _ => vm.types.float.clone(),
    };
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("float.fromhex() takes no keyword arguments"));
    }
    let n = args.args.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({n} given)"
        )));
    }
    let base = vm.unwrap_base(&args.args[1]);
    let s = match base.view() {
        View::Str(s) => s,
        _ => return Err(vm.type_error("bad argument type for built-in operation")),
    };
    let f = match parse_hex_float(s.as_str().as_bytes()) {
        Ok(f) => f,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
        Err(HexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
        }
    };
    let f = fresh_nan(f);
    if Obj::ptr_eq(&cls, &vm.types.float) {
        return Ok(Value::Float(f));
    }
    vm.call(&Value::Class(cls), vec![Value::Float(f)])
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_recv(vm, &args, "__round__", Kind::Method)?;
    round_arity(vm, &args, "float")?;
    match args.args.get(1).view() {
        None | Some(View::None) => {
            let r = f.round();
            // Ties go to even, as CPython's float___round___impl.
            let r = if (f - r).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            vm.num_float_to_int(r)
        }
        Some(_) => {
            let n = vm.num_as_index(&args.args[1])?;
            // Out-of-range digit counts saturate like PyNumber_AsSsize_t(x, NULL).
            let n = n
                .to_i64()
                .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
            format::round_float_checked(f, n)
                .map(Value::Float)
                .map_err(|e| vm.format_error(e))
        }
    }
}

/// The other operand of a float dunder as a double (ints are converted), or None.
fn float_other(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<(f64, Option<f64>)> {
    let a = float_recv(vm, args, name, Kind::Slot)?;
    slot_arity(vm, args, name, n)?;
    let o = vm.unwrap_base(&args.args[1]);
    let b = match o.view() {
        View::Float(f) => Some(f),
        _ if is_int(&o) => Some(vm.num_as_f64(&o)?),
        _ => None,
    };
    Ok((a, b))
}

fn float_binop(vm: &mut Vm, args: Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (a, b) = match float_other(vm, &args, name, 1)? {
        (a, Some(b)) => (Value::Float(a), Value::Float(b)),
        _ => return Ok(Value::NotImplemented),
    };
    if reflected {
        vm.binary_op(&b, &a, op)
    } else {
        vm.binary_op(&a, &b, op)
    }
}

fn float_cmp(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let a = float_recv(vm, &args, name, Kind::Slot)?;
    slot_arity(vm, &args, name, 1)?;
    // Comparisons with ints are exact, so the int is not converted to a double here.
    let o = vm.unwrap_base(&args.args[1]);
    match o.view() {
        View::Float(_) => vm.compare(&Value::Float(a), &o, op),
        _ if is_int(&o) => vm.compare(&Value::Float(a), &exact_int(o), op),
        _ => Ok(Value::NotImplemented),
    }
}

binops!(FLOAT_BINOPS, float_binop,
    float_add "__add__" Add false, float_radd "__radd__" Add true,
    float_sub "__sub__" Sub false, float_rsub "__rsub__" Sub true,
    float_mul "__mul__" Mul false, float_rmul "__rmul__" Mul true,
    float_truediv "__truediv__" TrueDiv false, float_rtruediv "__rtruediv__" TrueDiv true,
    float_floordiv "__floordiv__" FloorDiv false, float_rfloordiv "__rfloordiv__" FloorDiv true,
    float_mod "__mod__" Mod false, float_rmod "__rmod__" Mod true,
);

cmps!(FLOAT_CMPS, float_cmp,
    float_eq "__eq__" Eq, float_ne "__ne__" Ne, float_lt "__lt__" Lt,
    float_le "__le__" Le, float_gt "__gt__" Gt, float_ge "__ge__" Ge,
);

fn float_pow_common(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = float_recv(vm, &args, name, Kind::Slot)?;
    pow_arity(vm, &args)?;
    let o = vm.unwrap_base(&args.args[1]);
    let b = match o.view() {
        View::Float(f) => f,
        _ if is_int(&o) => vm.num_as_f64(&o)?,
        _ => return Ok(Value::NotImplemented),
    };
    if args.args.get(2).is_some_and(|m| !m.is_none()) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    vm.binary_op(&Value::Float(x), &Value::Float(y), BinOp::Pow)
}

fn float_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_pow_common(vm, args, "__pow__", false)
}

fn float_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_pow_common(vm, args, "__rpow__", true)
}

fn float_divmod_common(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    let (a, b) = match float_other(vm, &args, name, 1)? {
        (a, Some(b)) => (a, b),
        _ => return Ok(Value::NotImplemented),
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if y == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    let (q, r) = float_divmod(x, y);
    Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_divmod_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_divmod_common(vm, args, "__divmod__", false)
}

fn float_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_divmod_common(vm, args, "__rdivmod__", true)
}
