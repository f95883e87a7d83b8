//! Operators: arithmetic, comparison, equality, hashing, truth, containment, and the
//! subscript protocol, with their fast paths for built-in types and dunder dispatch for
//! instances.

use super::{PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::class::ClassObj;
use crate::runtime::dict::{PyDict, fast_eq};
use crate::runtime::fallible;
use crate::runtime::object::Obj;
use crate::runtime::str::with_hot_names;
use crate::runtime::value::OptionView;
use crate::runtime::value::View;
use crate::runtime::value::{PySet, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

const HASH_MODULUS: i64 = (1 << 61) - 1;

pub fn binop_symbol(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        MatMul => "@",
        TrueDiv => "/",
        FloorDiv => "//",
        Mod => "%",
        Pow => "** or pow()",
        LShift => "<<",
        RShift => ">>",
        And => "&",
        Or => "|",
        Xor => "^",
        InplaceAdd => "+=",
        InplaceSub => "-=",
        InplaceMul => "*=",
        InplaceMatMul => "@=",
        InplaceTrueDiv => "/=",
        InplaceFloorDiv => "//=",
        InplaceMod => "%=",
        InplacePow => "**=",
        InplaceLShift => "<<=",
        InplaceRShift => ">>=",
        InplaceAnd => "&=",
        InplaceOr => "|=",
        InplaceXor => "^=",
    }
}

/// The non-inplace form of an operator.
pub fn base_op(op: BinOp) -> BinOp {
    use BinOp::*;
    match op {
        InplaceAdd => Add,
        InplaceSub => Sub,
        InplaceMul => Mul,
        InplaceMatMul => MatMul,
        InplaceTrueDiv => TrueDiv,
        InplaceFloorDiv => FloorDiv,
        InplaceMod => Mod,
        InplacePow => Pow,
        InplaceLShift => LShift,
        InplaceRShift => RShift,
        InplaceAnd => And,
        InplaceOr => Or,
        InplaceXor => Xor,
        o => o,
    }
}

fn dunders(op: BinOp) -> (&'static str, &'static str, Option<&'static str>) {
    use BinOp::*;
    let inplace = match op {
        InplaceAdd => Some("__iadd__"),
        InplaceSub => Some("__isub__"),
        InplaceMul => Some("__imul__"),
        InplaceMatMul => Some("__imatmul__"),
        InplaceTrueDiv => Some("__itruediv__"),
        InplaceFloorDiv => Some("__ifloordiv__"),
        InplaceMod => Some("__imod__"),
        InplacePow => Some("__ipow__"),
        InplaceLShift => Some("__ilshift__"),
        InplaceRShift => Some("__irshift__"),
        InplaceAnd => Some("__iand__"),
        InplaceOr => Some("__ior__"),
        InplaceXor => Some("__ixor__"),
        _ => None,
    };
    let (a, b) = match base_op(op) {
        Add => ("__add__", "__radd__"),
        Sub => ("__sub__", "__rsub__"),
        Mul => ("__mul__", "__rmul__"),
        MatMul => ("__matmul__", "__rmatmul__"),
        TrueDiv => ("__truediv__", "__rtruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__"),
        Mod => ("__mod__", "__rmod__"),
        Pow => ("__pow__", "__rpow__"),
        LShift => ("__lshift__", "__rlshift__"),
        RShift => ("__rshift__", "__rrshift__"),
        And => ("__and__", "__rand__"),
        Or => ("__or__", "__ror__"),
        Xor => ("__xor__", "__rxor__"),
        _ => ("", ""),
    };
    (a, b, inplace)
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v.view() {
        View::Int(i) => Some(BigInt::from(i)),
        View::Bool(b) => Some(BigInt::from(b as i64)),
        View::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v.view(), View::Int(_) | View::Bool(_) | View::BigInt(_))
}

impl Vm {
    pub fn int_to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v.view() {
            View::Int(i) => Ok(i as f64),
            View::Bool(b) => Ok(b as i64 as f64),
            View::Float(f) => Ok(f),
            View::BigInt(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(self.overflow_error("int too large to convert to float")),
            },
            _ => Err(self.type_error("must be real number")),
        }
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = self.builtin_binop(a, b, op)? {
            return Ok(r);
        }
        let (name, rname, iname) = dunders(op);
        if let Some(iname) = iname
            && let Some(r) = self.call_user_special(a, iname, vec![b.clone()])?
            && !matches!(r.view(), View::NotImplemented)
        {
            return Ok(r);
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = !Obj::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && tb.lookup(rname).is_some();
        if b_first
            && let Some(r) = self.call_user_special(b, rname, vec![a.clone()])?
            && !matches!(r.view(), View::NotImplemented)
        {
            return Ok(r);
        }
        if let Some(r) = self.call_user_special(a, name, vec![b.clone()])?
            && !matches!(r.view(), View::NotImplemented)
        {
            return Ok(r);
        }
        if !b_first
            && !Obj::ptr_eq(&ta, &tb)
            && let Some(r) = self.call_user_special(b, rname, vec![a.clone()])?
            && !matches!(r.view(), View::NotImplemented)
        {
            return Ok(r);
        }
        // Built-in types whose operator lives only in their type dict (e.g. `bytes % x`).
        let native = matches!(
            a.view(),
            View::Instance(_)
                | View::Int(_)
                | View::BigInt(_)
                | View::Bool(_)
                | View::Float(_)
                | View::Str(_)
                | View::List(_)
                | View::Tuple(_)
        );
        if !native
            && let Some(f) = ta
                .lookup(name)
                .filter(|f| matches!(f.view(), View::Builtin(_)))
        {
            let r = self.call(&f, vec![a.clone(), b.clone()])?;
            if !matches!(r.view(), View::NotImplemented) {
                return Ok(r);
            }
        }
        // Subclasses of built-in types fall back to the built-in operation on their value.
        let ua = self.unwrap_base(a);
        let ub = self.unwrap_base(b);
        if (!ua.is(a) || !ub.is(b))
            && let Some(r) = self.builtin_binop(&ua, &ub, op)?
        {
            return Ok(r);
        }
        if base_op(op) == BinOp::Mul {
            let is_seq = |v: &Value| {
                matches!(
                    v.view(),
                    View::Str(_)
                        | View::List(_)
                        | View::Tuple(_)
                        | View::Bytes(_)
                        | View::ByteArray(_)
                )
            };
            if is_seq(a) || is_seq(b) {
                let (seq, n) = if is_seq(a) { (a, b) } else { (b, a) };
                if let Some(i) = self.call_user_special(n, "__index__", vec![])?
                    && matches!(i.view(), View::Int(_) | View::BigInt(_))
                {
                    return self.binary_op(seq, &i, op);
                }
                let tn = self.type_name(n);
                return Err(
                    self.type_error(format!("can't multiply sequence by non-int of type '{tn}'"))
                );
            }
        }
        // `int | None`: a types.UnionType, made by the Python side of `types`.
        if base_op(op) == BinOp::Or
            && matches!(a.view(), View::Class(_) | View::None)
            && matches!(b.view(), View::Class(_) | View::None)
            && (matches!(a.view(), View::Class(_)) || matches!(b.view(), View::Class(_)))
        {
            let types = self.import_module("types")?;
            let union = self.get_attr_str(&types, "UnionType")?;
            return self.call(&union, vec![a.clone(), b.clone()]);
        }
        let (na, nb) = (self.type_name(a), self.type_name(b));
        if base_op(op) == BinOp::Pow && op == BinOp::Pow {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{na}' and '{nb}'"
            )));
        }
        if matches!(op, BinOp::Add) && matches!(a.view(), View::Bytes(_)) {
            return Err(self.type_error(format!("can't concat {nb} to bytes")));
        }
        if matches!(op, BinOp::Add) && matches!(a.view(), View::Str(_)) {
            return Err(self.type_error(format!("can only concatenate str (not \"{nb}\") to str")));
        }
        if matches!(op, BinOp::Add | BinOp::InplaceAdd)
            && matches!(a.view(), View::List(_))
            && op == BinOp::Add
        {
            return Err(
                self.type_error(format!("can only concatenate list (not \"{nb}\") to list"))
            );
        }
        if matches!(op, BinOp::Add) && matches!(a.view(), View::Tuple(_)) {
            return Err(self.type_error(format!(
                "can only concatenate tuple (not \"{nb}\") to tuple"
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{na}' and '{nb}'",
            binop_symbol(op)
        )))
    }

    /// The built-in value inside an instance of a subclass of a built-in type.
    /// A bytes-like argument of a built-in (bytes, or an instance of a bytes subclass), or
    /// CPython's TypeError naming the type given.
    pub fn bytes_arg(&mut self, v: &Value) -> PyResult<Obj<Vec<u8>>> {
        match self.unwrap_base(v).view() {
            View::Bytes(b) => Ok(b.clone()),
            View::ByteArray(a) => Ok(Obj::new(a.snapshot())),
            View::MemoryView(m) if !m.released.get() => Ok(Obj::new(m.to_vec())),
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("a bytes-like object is required, not '{tn}'")))
            }
        }
    }

    pub fn unwrap_base(&self, v: &Value) -> Value {
        if let View::Instance(i) = v.view() {
            let b = i.base_value.borrow();
            if !b.is_null() {
                return b.clone();
            }
        }
        v.clone()
    }

    /// Built-in implementations; `None` when the operand types are not handled here.
    fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        use View::*;
        let bop = base_op(op);
        match (a.view(), b.view()) {
            (Int(x), Int(y)) => return self.int_binop_small(x, y, bop).map(Some),
            (Float(x), Float(y)) => return self.float_binop(x, y, bop),
            (Float(x), Int(_) | Bool(_) | BigInt(_)) => {
                if matches!(
                    bop,
                    BinOp::LShift
                        | BinOp::RShift
                        | BinOp::And
                        | BinOp::Or
                        | BinOp::Xor
                        | BinOp::MatMul
                ) {
                    return Ok(Option::None);
                }
                let y = self.int_to_f64(b)?;
                return self.float_binop(x, y, bop);
            }
            (Int(_) | Bool(_) | BigInt(_), Float(y)) => {
                if matches!(
                    bop,
                    BinOp::LShift
                        | BinOp::RShift
                        | BinOp::And
                        | BinOp::Or
                        | BinOp::Xor
                        | BinOp::MatMul
                ) {
                    return Ok(Option::None);
                }
                let x = self.int_to_f64(a)?;
                return self.float_binop(x, y, bop);
            }
            (Bool(x), Bool(y)) if matches!(bop, BinOp::And | BinOp::Or | BinOp::Xor) => {
                return Ok(Some(Value::Bool(match bop {
                    BinOp::And => x & y,
                    BinOp::Or => x | y,
                    _ => x ^ y,
                })));
            }
            _ if is_int(a) && is_int(b) => {
                if let (Some(x), Some(y)) = (small(a), small(b)) {
                    return self.int_binop_small(x, y, bop).map(Some);
                }
                let x = to_bigint(a).unwrap_or_default();
                let y = to_bigint(b).unwrap_or_default();
                return self.int_binop_big(x, y, bop).map(Some);
            }
            _ => {}
        }
        match (a.view(), b.view(), bop) {
            // `ba *= x` for a non-integer x falls through to "can't multiply sequence".
            (ByteArray(x), _, BinOp::Add | BinOp::Mul)
                if op != bop
                    && (bop == BinOp::Add || is_int(b) || matches!(b.view(), Instance(_))) =>
            {
                self.bytearray_inplace(x, b, bop)?;
                Ok(Some(a.clone()))
            }
            (ByteArray(x), _, BinOp::Mul) | (_, ByteArray(x), BinOp::Mul)
                if is_int(if matches!(a.view(), ByteArray(_)) {
                    b
                } else {
                    a
                }) =>
            {
                let data = x.snapshot();
                let n = self.repeat_count(
                    if matches!(a.view(), ByteArray(_)) {
                        b
                    } else {
                        a
                    },
                    data.len(),
                )?;
                let v = fallible::try_repeat(&data, n).map_err(|_| self.memory_error())?;
                Ok(Some(Value::ByteArray(Obj::new(
                    crate::runtime::bytearray::PyByteArray::new(v),
                ))))
            }
            (Str(x), Str(y), BinOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Some(Value::string(s)))
            }
            (Str(x), _, BinOp::Mul) | (_, Str(x), BinOp::Mul)
                if is_int(if matches!(a.view(), Str(_)) { b } else { a }) =>
            {
                let n = self.repeat_count(
                    if matches!(a.view(), Str(_)) { b } else { a },
                    x.as_str().len(),
                )?;
                let bytes = fallible::try_repeat(x.as_str().as_bytes(), n)
                    .map_err(|_| self.memory_error())?;
                // Copies of a whole str are valid UTF-8.
                let s = String::from_utf8(bytes).unwrap_or_default();
                Ok(Some(Value::string(s)))
            }
            (Str(x), _, BinOp::Mod) => self
                .percent_format(x.as_str(), b)
                .map(|s| Some(Value::string(s))),
            (Bytes(x), Bytes(y), BinOp::Add) => {
                let mut v = (**x).clone();
                v.extend_from_slice(y);
                Ok(Some(Value::Bytes(Obj::new(v))))
            }
            (_, Bytes(x), BinOp::Mul) if is_int(a) => {
                let n = self.repeat_count(a, x.len())?;
                let v = fallible::try_repeat(x, n).map_err(|_| self.memory_error())?;
                Ok(Some(Value::Bytes(Obj::new(v))))
            }
            (Bytes(x), _, BinOp::Mul) if is_int(b) => {
                let n = self.repeat_count(b, x.len())?;
                let v = fallible::try_repeat(x, n).map_err(|_| self.memory_error())?;
                Ok(Some(Value::Bytes(Obj::new(v))))
            }
            (List(x), List(y), BinOp::Add) => {
                if op == BinOp::InplaceAdd {
                    let items = y.items.borrow().clone();
                    x.items.borrow_mut().extend(items);
                    return Ok(Some(a.clone()));
                }
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Ok(Some(Value::list(v)))
            }
            (List(x), _, BinOp::Add) if op == BinOp::InplaceAdd => {
                let items = self.collect_iterable(b)?;
                x.items.borrow_mut().extend(items);
                Ok(Some(a.clone()))
            }
            (List(x), _, BinOp::Mul) | (_, List(x), BinOp::Mul)
                if is_int(if matches!(a.view(), List(_)) { b } else { a }) =>
            {
                let items = x.items.borrow().clone();
                let n = self
                    .repeat_count(if matches!(a.view(), List(_)) { b } else { a }, items.len())?;
                let out = fallible::try_repeat(&items, n).map_err(|_| self.memory_error())?;
                if op == BinOp::InplaceMul && matches!(a.view(), List(_)) {
                    let old = std::mem::replace(&mut *x.items.borrow_mut(), out);
                    drop(old);
                    return Ok(Some(a.clone()));
                }
                Ok(Some(Value::list(out)))
            }
            (Tuple(x), Tuple(y), BinOp::Add) => {
                let mut v = x.items().to_vec();
                v.extend(y.items().iter().cloned());
                Ok(Some(Value::tuple(v)))
            }
            (Tuple(x), _, BinOp::Mul) | (_, Tuple(x), BinOp::Mul)
                if is_int(if matches!(a.view(), Tuple(_)) { b } else { a }) =>
            {
                let n = self.repeat_count(
                    if matches!(a.view(), Tuple(_)) { b } else { a },
                    x.items().len(),
                )?;
                let out = fallible::try_repeat(x.items(), n).map_err(|_| self.memory_error())?;
                Ok(Some(Value::tuple(out)))
            }
            (Dict(_), _, BinOp::Or) if op == BinOp::InplaceOr && !matches!(b.view(), Dict(_)) => {
                self.call_method(a, "update", vec![b.clone()])?;
                Ok(Some(a.clone()))
            }
            (Dict(x), Dict(_), BinOp::Or) => {
                if op == BinOp::InplaceOr {
                    self.dict_update_from(x, b, false, Option::None)?;
                    return Ok(Some(a.clone()));
                }
                let d = self.new_dict();
                self.dict_update_from(&d, a, false, Option::None)?;
                let _ = x;
                self.dict_update_from(&d, b, false, Option::None)?;
                Ok(Some(Value::Dict(d)))
            }
            (
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            ) => self.set_binop(a, b, op).map(Some),
            _ => Ok(Option::None),
        }
    }

    fn repeat_count(&mut self, n: &Value, item_len: usize) -> PyResult<usize> {
        let n = match n.view() {
            View::Int(i) => i,
            View::Bool(b) => b as i64,
            _ => {
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
        };
        if n <= 0 {
            return Ok(0);
        }
        let n = n as usize;
        if item_len.saturating_mul(n) > (1 << 34) {
            return Err(self.memory_error());
        }
        Ok(n)
    }

    /// CPython's MemoryError (no message) for an allocation the allocator refused.
    #[cold]
    pub fn memory_error(&mut self) -> super::PyErr {
        self.err_noargs("MemoryError")
    }

    fn int_binop_small(&mut self, x: i64, y: i64, op: BinOp) -> PyResult<Value> {
        use BinOp::*;
        let r = match op {
            Add => x.checked_add(y),
            Sub => x.checked_sub(y),
            Mul => x.checked_mul(y),
            TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(x as f64 / y as f64));
                }
                return self.int_truediv_big(BigInt::from(x), BigInt::from(y));
            }
            FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                x.checked_rem_euclid(y).map(|_| Integer::mod_floor(&x, &y))
            }
            Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float((x as f64).powf(y as f64)));
                }
                if y > u32::MAX as i64 {
                    None
                } else {
                    x.checked_pow(y as u32)
                }
            }
            LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 63 && (x.unsigned_abs().leading_zeros() as i64) > y + 1 {
                    Some(x << y)
                } else {
                    None
                }
            }
            RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 { -1 } else { 0 }
                } else {
                    x >> y
                })
            }
            And => Some(x & y),
            Or => Some(x | y),
            Xor => Some(x ^ y),
            _ => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'int' and 'int'",
                    binop_symbol(op)
                )));
            }
        };
        match r {
            Some(v) => Ok(Value::Int(v)),
            None => self.int_binop_big(BigInt::from(x), BigInt::from(y), op),
        }
    }

    fn int_truediv_big(&mut self, x: BigInt, y: BigInt) -> PyResult<Value> {
        if y.is_zero() {
            return Err(self.zero_division("division by zero"));
        }
        // Correctly rounded: scale the numerator so the quotient has 64+ significant bits.
        let (q, r) = x.abs().div_rem(&y.abs());
        let neg = x.is_negative() != y.is_negative();
        let f = if q.bits() > 1100 {
            return Err(self.overflow_error("integer division result too large for a float"));
        } else {
            let shift = 128i64 - q.bits() as i64;
            if shift > 0 {
                let scaled: BigInt = (x.abs() << shift as usize) / y.abs();
                let sticky = if !r.is_zero() { 1 } else { 0 };
                let v: BigInt = scaled | BigInt::from(sticky);
                v.to_f64().unwrap_or(f64::INFINITY) / 2f64.powi(shift as i32)
            } else {
                q.to_f64().unwrap_or(f64::INFINITY)
            }
        };
        Ok(Value::Float(if neg { -f } else { f }))
    }

    fn int_binop_big(&mut self, x: BigInt, y: BigInt, op: BinOp) -> PyResult<Value> {
        use BinOp::*;
        Ok(Value::from_bigint(match op {
            Add => x + y,
            Sub => x - y,
            Mul => x * y,
            TrueDiv => return self.int_truediv_big(x, y),
            FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                x.div_floor(&y)
            }
            Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            Pow => {
                if y.is_negative() {
                    let xf = self.int_to_f64(&Value::from_bigint(x))?;
                    let yf = self.int_to_f64(&Value::from_bigint(y))?;
                    if xf == 0.0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float(xf.powf(yf)));
                }
                let Some(e) = y.to_u32() else {
                    if x.abs() <= BigInt::from(1) {
                        let odd = y.is_odd();
                        return Ok(Value::from_bigint(if x.is_negative() && !odd {
                            -x
                        } else {
                            x
                        }));
                    }
                    return Err(self.err("MemoryError", ""));
                };
                if x.bits().saturating_mul(e as u64) > 80_000_000 {
                    return Err(self.err("MemoryError", ""));
                }
                num_traits::pow::Pow::pow(x, e)
            }
            LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(s) = y.to_usize() else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                if s > 1 << 32 {
                    return Err(self.err("MemoryError", ""));
                }
                x << s
            }
            RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_usize() {
                    Some(s) => {
                        // Arithmetic shift rounds toward negative infinity like Python.
                        if x.is_negative() {
                            -((-x - 1u32) >> s) - 1u32
                        } else {
                            x >> s
                        }
                    }
                    None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
                }
            }
            And => x & y,
            Or => x | y,
            Xor => x ^ y,
            _ => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'int' and 'int'",
                    binop_symbol(op)
                )));
            }
        }))
    }

    fn float_binop(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
        use BinOp::*;
        let r = match op {
            Add => x + y,
            Sub => x - y,
            Mul => x * y,
            TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            Pow => return self.float_pow(x, y).map(Some),
            _ => return Ok(None),
        };
        Ok(Some(Value::Float(r)))
    }

    pub fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            // A negative number to a fractional power is complex, as in CPython.
            self.ensure_complex()?;
            let base = super::code::make_complex(x, 0.0);
            return self.call_method(&base, "__pow__", vec![Value::Float(y)]);
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(Value::Float(r))
    }

    /// `&`, `|`, `-`, `^` between sets, with CPython's algorithms so that the result's
    /// table (and so its printed order) matches.
    fn set_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (View::Set(x) | View::FrozenSet(x)) = a.view() else {
            return Ok(Value::None);
        };
        let (View::Set(y) | View::FrozenSet(y)) = b.view() else {
            return Ok(Value::None);
        };
        let inplace = op != base_op(op) && matches!(a.view(), View::Set(_));
        let out = Obj::new(PySet {
            table: crate::runtime::set::SetTable::new(),
        });
        match base_op(op) {
            BinOp::Or => {
                if inplace {
                    x.table.merge_from(self, &y.table)?;
                    return Ok(a.clone());
                }
                out.table.merge_from(self, &x.table)?;
                out.table.merge_from(self, &y.table)?;
            }
            BinOp::And => {
                // Iterate the smaller operand (the right one on a tie).
                let (big, small) = if y.table.len() > x.table.len() {
                    (y, x)
                } else {
                    (x, y)
                };
                for (k, h, _) in small.table.entries_with_hash() {
                    if big.table.find(self, &k, h)?.is_some()
                        && out.table.find(self, &k, h)?.is_none()
                    {
                        out.table.insert_new(k, h, Value::None);
                    }
                }
            }
            BinOp::Sub => {
                if inplace || (x.table.len() >> 2) > y.table.len() {
                    let target = if inplace { x.clone() } else { out.clone() };
                    if !inplace {
                        target.table.merge_from(self, &x.table)?;
                    }
                    if Obj::ptr_eq(x, y) {
                        target.table.clear();
                    } else {
                        for (k, h, _) in y.table.entries_with_hash() {
                            target.table.remove(self, &k, h)?;
                        }
                    }
                    if inplace {
                        return Ok(a.clone());
                    }
                } else {
                    for (k, h, _) in x.table.entries_with_hash() {
                        if y.table.find(self, &k, h)?.is_none() {
                            out.table.insert_new(k, h, Value::None);
                        }
                    }
                }
            }
            _ => {
                // symmetric_difference: a copy of the right operand updated with the left.
                let target = if inplace { x.clone() } else { out.clone() };
                let source = if inplace { y.clone() } else { x.clone() };
                if !inplace {
                    target.table.merge_from(self, &y.table)?;
                }
                if Obj::ptr_eq(&target, &source) {
                    target.table.clear();
                } else {
                    for (k, h, _) in source.table.entries_with_hash() {
                        if target.table.remove(self, &k, h)?.is_none() {
                            target.table.insert_new(k, h, Value::None);
                        }
                    }
                }
                if inplace {
                    return Ok(a.clone());
                }
            }
        }
        if inplace && base_op(op) == BinOp::And {
            // `&=` replaces the set's table with the intersection's.
            let taken = std::mem::take(&mut *out.table.inner.borrow_mut());
            let old = std::mem::replace(&mut *x.table.inner.borrow_mut(), taken);
            drop(old);
            return Ok(a.clone());
        }
        Ok(if matches!(a.view(), View::FrozenSet(_)) {
            Value::FrozenSet(out)
        } else {
            Value::Set(out)
        })
    }

    pub fn neg(&mut self, v: &Value) -> PyResult<Value> {
        match v.view() {
            View::Int(i) => Ok(match i.checked_neg() {
                Some(r) => Value::Int(r),
                None => Value::from_bigint(-BigInt::from(i)),
            }),
            View::Bool(b) => Ok(Value::Int(-(b as i64))),
            View::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            View::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_special(v, "__neg__", "-"),
        }
    }

    pub fn pos(&mut self, v: &Value) -> PyResult<Value> {
        match v.view() {
            View::Int(_) | View::BigInt(_) | View::Float(_) => Ok(v.clone()),
            View::Bool(b) => Ok(Value::Int(b as i64)),
            _ => self.unary_special(v, "__pos__", "+"),
        }
    }

    pub fn invert(&mut self, v: &Value) -> PyResult<Value> {
        match v.view() {
            View::Int(i) => Ok(Value::Int(!i)),
            View::Bool(b) => Ok(Value::Int(!(b as i64))),
            View::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => self.unary_special(v, "__invert__", "~"),
        }
    }

    fn unary_special(&mut self, v: &Value, name: &str, sym: &str) -> PyResult<Value> {
        if let Some(r) = self.call_user_special(v, name, vec![])? {
            return Ok(r);
        }
        let u = self.unwrap_base(v);
        if !u.is(v) {
            return match name {
                "__neg__" => self.neg(&u),
                "__pos__" => self.pos(&u),
                _ => self.invert(&u),
            };
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
    }

    // ---- comparison ----

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        let (name, rname) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        };
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = !Obj::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if b_first
            && let Some(r) = self.call_user_special(b, rname, vec![a.clone()])?
            && !matches!(r.view(), View::NotImplemented)
        {
            return Ok(r);
        }
        if let Some(r) = self.call_user_special(a, name, vec![b.clone()])?
            && !matches!(r.view(), View::NotImplemented)
        {
            return Ok(r);
        }
        if !b_first
            && let Some(r) = self.call_user_special(b, rname, vec![a.clone()])?
            && !matches!(r.view(), View::NotImplemented)
        {
            return Ok(r);
        }
        let ua = self.unwrap_base(a);
        let ub = self.unwrap_base(b);
        if (!ua.is(a) || !ub.is(b))
            && let Some(r) = self.builtin_compare(&ua, &ub, op)?
        {
            return Ok(Value::Bool(r));
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::Le => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{sym}' not supported between instances of '{na}' and '{nb}'"
                )))
            }
        }
    }

    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use View::*;
        use std::cmp::Ordering;
        if let (View::MemoryView(_), _) | (_, View::MemoryView(_)) = (a.view(), b.view()) {
            return self.memoryview_compare(a, b, op);
        }
        let ord: Option<Ordering> = match (a.view(), b.view()) {
            (Int(x), Int(y)) => Some(x.cmp(&y)),
            (Float(x), Float(y)) => {
                return Ok(Some(cmp_partial(x.partial_cmp(&y), op)));
            }
            _ if is_int(a) && is_int(b) => {
                let x = to_bigint(a).unwrap_or_default();
                let y = to_bigint(b).unwrap_or_default();
                Some(x.cmp(&y))
            }
            (Float(x), _) if is_int(b) => {
                return Ok(Some(cmp_partial(cmp_float_int(x, b), op)));
            }
            (_, Float(y)) if is_int(a) => {
                return Ok(Some(cmp_partial(
                    cmp_float_int(y, a).map(|o| o.reverse()),
                    op,
                )));
            }
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Bytes(x), Bytes(y)) => Some(x.as_slice().cmp(y.as_slice())),
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                let x = crate::vm::builtins::byte_data(a);
                let y = crate::vm::builtins::byte_data(b);
                x.zip(y).map(|(x, y)| x.as_slice().cmp(y.as_slice()))
            }
            (List(x), List(y)) => {
                let xs = x.items.borrow().clone();
                let ys = y.items.borrow().clone();
                return self.seq_compare(&xs, &ys, op).map(Some);
            }
            (Tuple(x), Tuple(y)) => return self.seq_compare(x.items(), y.items(), op).map(Some),
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                return self.set_compare(x, y, op).map(Some);
            }
            (Dict(x), Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_eq(x, y)?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            (None, None) => Some(Ordering::Equal).filter(|_| matches!(op, CmpOp::Eq | CmpOp::Ne)),
            (Range(x), Range(y))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) && (x.big.is_some() || y.big.is_some()) =>
            {
                let (lx, ly) = (x.big_len(), y.big_len());
                let ([sx, _, tx], [sy, _, ty]) = (x.bounds(), y.bounds());
                let one = num_bigint::BigInt::from(1);
                let eq = lx == ly && (lx.is_zero() || (sx == sy && (lx == one || tx == ty)));
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            (Range(x), Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let lx = range_len(x.start, x.stop, x.step);
                let ly = range_len(y.start, y.stop, y.step);
                let eq =
                    lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            // Bound methods are equal when bound to the same object and their functions
            // are equal (CPython 3.8+).
            (Method(x), Method(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let (fx, fy) = (x.func.clone(), y.func.clone());
                let eq = x.receiver.is(&y.receiver) && self.eq(&fx, &fy)?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            (Iter(x), Iter(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                if let Some(eq) = self.view_eq(x, y)? {
                    return Ok(Some(eq == (op == CmpOp::Eq)));
                }
                Option::None
            }
            _ => Option::None,
        };
        match ord {
            Some(o) => Ok(Some(cmp_partial(Some(o), op))),
            Option::None => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne)
                    && !matches!(a.view(), Instance(_) | Iter(_))
                    && !matches!(b.view(), Instance(_) | Iter(_))
                    && let Some(r) = fast_eq(a, b)
                {
                    return Ok(Some(r == (op == CmpOp::Eq)));
                }
                Ok(Option::None)
            }
        }
    }

    fn seq_compare(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && xs.len() != ys.len() {
            return Ok(op == CmpOp::Ne);
        }
        self.nested(" in comparison", |vm| vm.seq_compare_items(xs, ys, op))
    }

    fn seq_compare_items(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
        for (x, y) in xs.iter().zip(ys.iter()) {
            if x.is(y) {
                continue;
            }
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(x, y, op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        let (lx, ly) = (xs.len(), ys.len());
        Ok(match op {
            CmpOp::Lt => lx < ly,
            CmpOp::Le => lx <= ly,
            CmpOp::Eq => lx == ly,
            CmpOp::Ne => lx != ly,
            CmpOp::Gt => lx > ly,
            CmpOp::Ge => lx >= ly,
        })
    }

    fn set_compare(&mut self, x: &Obj<PySet>, y: &Obj<PySet>, op: CmpOp) -> PyResult<bool> {
        let x_in_y = self.set_is_subset(x, y)?;
        let y_in_x = self.set_is_subset(y, x)?;
        Ok(match op {
            CmpOp::Eq => x_in_y && y_in_x,
            CmpOp::Ne => !(x_in_y && y_in_x),
            CmpOp::Le => x_in_y,
            CmpOp::Lt => x_in_y && !y_in_x,
            CmpOp::Ge => y_in_x,
            CmpOp::Gt => y_in_x && !x_in_y,
        })
    }

    pub fn set_is_subset(&mut self, x: &Obj<PySet>, y: &Obj<PySet>) -> PyResult<bool> {
        if x.table.len() > y.table.len() {
            return Ok(false);
        }
        for (k, h, _) in x.table.entries_with_hash() {
            if y.table.find(self, &k, h)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_eq(&mut self, x: &Obj<PyDict>, y: &Obj<PyDict>) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.nested(" in comparison", |vm| vm.dict_eq_items(x, y))
    }

    fn dict_eq_items(&mut self, x: &Obj<PyDict>, y: &Obj<PyDict>) -> PyResult<bool> {
        for (k, h, v) in x.entries_with_hash() {
            match y.get(self, &k, h)? {
                Some(w) => {
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ---- hashing ----

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v.view() {
            View::Str(s) => s.hash(),
            View::Int(i) => hash_i64(i),
            View::Bool(b) => b as i64,
            View::BigInt(b) => hash_bigint(b),
            View::Float(f) => hash_float(f),
            View::None => 0xFCA86420,
            View::Tuple(t) => {
                let mut acc: u64 = 2870177450012600261;
                for item in t.items().iter() {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(14029467366897019727));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(11400714785074694791);
                }
                acc =
                    acc.wrapping_add((t.items().len() as u64) ^ (2870177450012600261u64 ^ 3527539));
                if acc == u64::MAX {
                    1546275796
                } else {
                    acc as i64
                }
            }
            View::Bytes(b) => match std::str::from_utf8(b) {
                Ok(s) => crate::runtime::str::str_hash(s),
                Err(_) => crate::runtime::str::str_hash(&String::from_utf8_lossy(b)),
            },
            View::FrozenSet(s) => {
                let mut hash: u64 = 0;
                for (_, h, _) in s.table.entries_with_hash() {
                    let h = h as u64;
                    hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                }
                hash ^= (s.table.len() as u64 + 1).wrapping_mul(1927868237);
                hash ^= (hash >> 11) ^ (hash >> 25);
                hash = hash.wrapping_mul(69069).wrapping_add(907133923);
                if hash == u64::MAX {
                    590923713
                } else {
                    hash as i64
                }
            }
            View::MemoryView(m) => {
                if m.released.get() {
                    return Err(
                        self.value_error("operation forbidden on released memoryview object")
                    );
                }
                if !m.readonly {
                    return Err(self.value_error("cannot hash writable memoryview object"));
                }
                return self.hash(&Value::Bytes(Obj::new(m.to_vec())));
            }
            View::List(_) | View::Dict(_) | View::Set(_) | View::Slice(_) | View::ByteArray(_) => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{tn}'")));
            }
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                let hook = cls.lookup("__hash__");
                match hook.view() {
                    Some(View::None) => {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("unhashable type: '{tn}'")));
                    }
                    Some(View::Function(_)) => {
                        let f = hook.as_ref().expect("matched Some");
                        let r = self.call(f, vec![v.clone()])?;
                        match r.view() {
                            View::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            View::Bool(b) => b as i64,
                            View::BigInt(b) => hash_bigint(b),
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                );
                            }
                        }
                    }
                    _ => {
                        let base = self.unwrap_base(v);
                        if !base.is(v) {
                            return self.hash(&base);
                        }
                        id_hash(v)
                    }
                }
            }
            View::Method(m) => {
                let a = self.hash(&m.receiver.clone())?;
                let b = id_hash(&m.func);
                a ^ b
            }
            _ => id_hash(v),
        })
    }

    // ---- truth ----

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v.view() {
            View::Bool(b) => b,
            View::None | View::Null => false,
            View::Int(i) => i != 0,
            View::BigInt(_) => true,
            View::Float(f) => f != 0.0,
            View::Str(s) => !s.as_str().is_empty(),
            View::Bytes(b) => !b.is_empty(),
            View::ByteArray(b) => !b.data.borrow().is_empty(),
            View::MemoryView(m) => {
                if m.released.get() {
                    return Err(
                        self.value_error("operation forbidden on released memoryview object")
                    );
                }
                m.len > 0
            }
            View::List(l) => !l.items.borrow().is_empty(),
            View::Tuple(t) => !t.items().is_empty(),
            View::Dict(d) => !d.is_empty(),
            View::Set(s) | View::FrozenSet(s) => !s.table.is_empty(),
            View::Range(r) if r.big.is_some() => r.big_len().is_positive(),
            View::Range(r) => range_len(r.start, r.stop, r.step) > 0,
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = with_hot_names(|n| cls.lookup_interned(&n.bool_)) {
                    let r = self.call(&f, vec![v.clone()])?;
                    return match r.view() {
                        View::Bool(b) => Ok(b),
                        _ => {
                            let tn = self.type_name(&r);
                            Err(self
                                .type_error(format!("__bool__ should return bool, returned {tn}")))
                        }
                    };
                }
                if with_hot_names(|n| cls.lookup_interned(&n.len)).is_some() {
                    return Ok(self.len(v)? > 0);
                }
                let base = self.unwrap_base(v);
                if !base.is(v) {
                    return self.truthy(&base);
                }
                true
            }
            View::Iter(it) => {
                if let Some(n) = it.view_len() {
                    n > 0
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    // ---- containment, length ----

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        // A bytearray on either side is searched as the bytes it holds now.
        if let View::ByteArray(ba) = container.view() {
            return self.contains(&Value::Bytes(Obj::new(ba.snapshot())), item);
        }
        // A memoryview holds ints: `in` compares the item with each of them.
        if let View::MemoryView(m) = container.view() {
            if m.released.get() {
                return Err(self.value_error("operation forbidden on released memoryview object"));
            }
            for c in m.to_vec() {
                if self.eq(&Value::Int(i64::from(c)), item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let (View::Bytes(_), View::ByteArray(ba)) = (container.view(), item.view()) {
            return self.contains(container, &Value::Bytes(Obj::new(ba.snapshot())));
        }
        if matches!(container.view(), View::Str(_) | View::Bytes(_))
            && matches!(item.view(), View::Instance(_))
        {
            // `MyStr('a') in 'abc'`: substring tests use the built-in value of a subclass.
            let base = self.unwrap_base(item);
            if !base.is(item) {
                return self.contains(container, &base);
            }
        }
        match container.view() {
            View::Str(s) => match item.view() {
                View::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => {
                    let tn = self.type_name(item);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    )))
                }
            },
            View::List(l) => {
                let n = l.items.borrow().len();
                for i in 0..n {
                    let x = match l.items.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => break,
                    };
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            View::Deque(_) => {
                let r = self.deque_special(container, "__contains__", vec![item.clone()])?;
                self.truthy(&r)
            }
            View::Tuple(t) => {
                for x in t.items().iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            View::Dict(d) => {
                let h = self.hash(item)?;
                Ok(d.find(self, item, h)?.is_some())
            }
            View::Set(s) | View::FrozenSet(s) => {
                let h = match self.hash(item) {
                    Ok(h) => h,
                    Err(e) => {
                        // `{1} in set_of_frozensets`: a set argument is looked up as a frozenset.
                        if let View::Set(inner) = item.view() {
                            let fs = Value::FrozenSet(inner.clone());
                            let h = self.hash(&fs)?;
                            return Ok(s.table.find(self, &fs, h)?.is_some());
                        }
                        return Err(e);
                    }
                };
                Ok(s.table.find(self, item, h)?.is_some())
            }
            View::Range(r) if r.big.is_some() => {
                let Some(i) = to_bigint(item) else {
                    return Ok(false);
                };
                let [start, stop, step] = r.bounds();
                let inside = if step.is_positive() {
                    i >= start && i < stop
                } else {
                    i <= start && i > stop
                };
                Ok(inside && ((i - start) % step).is_zero())
            }
            View::Range(r) => {
                let i = match item.view() {
                    View::Int(i) => i,
                    View::Bool(b) => b as i64,
                    View::Float(f) if f.fract() == 0.0 && f.abs() < 9e18 => f as i64,
                    _ => return Ok(false),
                };
                let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
                let i = i as i128;
                let inside = if step > 0 {
                    i >= start && i < stop
                } else {
                    i <= start && i > stop
                };
                Ok(inside && (i - start) % step == 0)
            }
            View::Bytes(b) => match item.view() {
                View::Int(i) => {
                    if !(0..=255).contains(&i) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    Ok(b.contains(&(i as u8)))
                }
                View::Bytes(sub) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == sub.as_slice()))
                }
                _ => {
                    let tn = self.type_name(item);
                    Err(self.type_error(format!("a bytes-like object is required, not '{tn}'")))
                }
            },
            View::Iter(it) if it.is_view() => self.view_contains(it, item),
            View::Class(c) if self.meta_method(c, "__contains__").is_some() => {
                let f = self.meta_method(c, "__contains__").unwrap_or_default();
                let r = self.call(&f, vec![container.clone(), item.clone()])?;
                self.truthy(&r)
            }
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup("__contains__") {
                    let r = self.call(&f, vec![container.clone(), item.clone()])?;
                    return self.truthy(&r);
                }
                let base = self.unwrap_base(container);
                if !base.is(container) {
                    return self.contains(&base, item);
                }
                self.contains_by_iteration(container, item)
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, "TypeError") => {
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(n) = sized_len(v) {
            return Ok(n);
        }
        Ok(match v.view() {
            View::Range(r) if r.big.is_some() => match r.big_len().to_i64() {
                Some(n) => n as usize,
                None => {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                }
            },
            View::Range(r) => range_len(r.start, r.stop, r.step) as usize,
            View::MemoryView(m) if m.released.get() => {
                return Err(self.value_error("operation forbidden on released memoryview object"));
            }
            View::MemoryView(m) => m.len,
            View::Iter(it) if it.view_len().is_some() => it.view_len().unwrap_or(0),
            View::Class(c) if self.meta_method(c, "__len__").is_some() => {
                let f = self.meta_method(c, "__len__").unwrap_or_default();
                match (self.call(&f, vec![v.clone()])?).view() {
                    View::Int(i) if i >= 0 => i as usize,
                    View::Bool(b) => b as usize,
                    _ => return Err(self.value_error("__len__() should return >= 0")),
                }
            }
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup("__len__") {
                    let r = self.call(&f, vec![v.clone()])?;
                    return match r.view() {
                        View::Int(i) if i >= 0 => Ok(i as usize),
                        View::Bool(b) => Ok(b as usize),
                        View::Int(_) => Err(self.value_error("__len__() should return >= 0")),
                        _ => {
                            let tn = self.type_name(&r);
                            Err(self.type_error(format!(
                                "'{tn}' object cannot be interpreted as an integer"
                            )))
                        }
                    };
                }
                let base = self.unwrap_base(v);
                if !base.is(v) {
                    return self.len(&base);
                }
                let tn = cls.name();
                return Err(self.type_error(format!("object of type '{tn}' has no len()")));
            }
            _ => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("object of type '{tn}' has no len()")));
            }
        })
    }

    // ---- collections helpers ----

    pub fn new_dict(&mut self) -> Obj<PyDict> {
        Obj::new(PyDict::new())
    }

    pub fn dict_set(&mut self, d: &Obj<PyDict>, k: Value, v: Value) -> PyResult<()> {
        let h = self.hash(&k)?;
        d.set(self, k, h, v)
    }

    pub fn dict_get(&mut self, d: &Obj<PyDict>, k: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(k)?;
        d.get(self, k, h)
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Obj::new(PySet {
            table: crate::runtime::set::SetTable::new(),
        });
        for item in items {
            self.set_add(&s, item)?;
        }
        Ok(Value::Set(s))
    }

    pub fn set_add(&mut self, s: &Obj<PySet>, item: Value) -> PyResult<()> {
        let h = self.hash(&item)?;
        if s.table.find(self, &item, h)?.is_none() {
            s.table.insert_new(item, h, Value::None);
        }
        Ok(())
    }

    /// `d.update(other)` for mappings (and, unless `merge`, iterables of pairs).
    pub fn dict_update_from(
        &mut self,
        d: &Obj<PyDict>,
        other: &Value,
        merge: bool,
        callable: Option<&Value>,
    ) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match other.view() {
            View::Dict(o) => o.items(),
            View::Instance(_) if self.has_attr(other, "keys")? => {
                let keys = self.call_method(other, "keys", vec![])?;
                let keys = self.collect_iterable(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.get_item(other, &k)?;
                    out.push((k, v));
                }
                out
            }
            _ => {
                if merge || callable.is_some() {
                    let tn = self.type_name(other);
                    let msg = match callable {
                        Some(c) => {
                            let cn = self.callable_name(c);
                            format!("{cn} argument after ** must be a mapping, not {tn}")
                        }
                        None => format!("'{tn}' object is not a mapping"),
                    };
                    return Err(self.type_error(msg));
                }
                let tn = self.type_name(other);
                return Err(self.type_error(format!("'{tn}' object is not a mapping")));
            }
        };
        for (k, v) in items {
            if merge {
                let h = self.hash(&k)?;
                if d.find(self, &k, h)?.is_some() {
                    let kn = self.to_str(&k)?;
                    let cn = callable.map(|c| self.callable_name(c)).unwrap_or_default();
                    return Err(self.type_error(format!(
                        "{cn} got multiple values for keyword argument '{kn}'"
                    )));
                }
                d.insert_new(k, h, v);
            } else {
                self.dict_set(d, k, v)?;
            }
        }
        Ok(())
    }

    /// `f()` style name of a callable for error messages.
    pub fn callable_name(&self, c: &Value) -> String {
        match c.view() {
            View::Function(f) => {
                let module = f
                    .dict
                    .get_str("__module__", crate::runtime::str::str_hash("__module__"))
                    .and_then(|m| m.as_str().map(String::from))
                    .unwrap_or_default();
                if module.is_empty() || module == "builtins" {
                    format!("{}()", f.qualname.borrow())
                } else {
                    format!("{module}.{}()", f.qualname.borrow())
                }
            }
            View::Builtin(b) => format!("{}()", b.name),
            View::Class(c) => format!("{}()", c.name()),
            View::Method(m) => self.callable_name(&m.func),
            _ => format!("{} object", self.type_name(c)),
        }
    }

    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq.view() {
            View::Tuple(t) => t.items().to_vec(),
            View::List(l) => l.items.borrow().clone(),
            _ => {
                let it = match self.get_iter(seq) {
                    Ok(it) => it,
                    Err(e) if self.err_matches(&e, "TypeError") => {
                        let tn = self.type_name(seq);
                        return Err(
                            self.type_error(format!("cannot unpack non-iterable {tn} object"))
                        );
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.view() {
            View::List(l) => Ok(l.items.borrow().clone()),
            View::Tuple(t) => Ok(t.items().to_vec()),
            View::Dict(d) => Ok(d.keys()),
            View::Set(s) | View::FrozenSet(s) => Ok(s.table.keys()),
            _ => {
                let it = self.get_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    fallible::try_push(&mut out, x).map_err(|_| self.memory_error())?;
                }
                Ok(out)
            }
        }
    }

    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let cls = self.exc_class(exc);
        match ty.view() {
            View::Class(c) if c.is_subclass(&self.types.base_exception) => Ok(cls.is_subclass(c)),
            View::Tuple(t) => {
                for item in t.items().iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    // ---- pattern matching support ----

    pub fn is_mapping(&self, v: &Value) -> bool {
        match v.view() {
            View::Dict(_) => true,
            View::Instance(i) => i.class.borrow().layout == crate::runtime::class::Layout::Dict,
            _ => false,
        }
    }

    pub fn is_sequence(&self, v: &Value) -> bool {
        match v.view() {
            View::List(_) | View::Tuple(_) | View::Range(_) => true,
            View::Instance(i) => {
                let c = i.class.borrow();
                matches!(
                    c.layout,
                    crate::runtime::class::Layout::List | crate::runtime::class::Layout::Tuple
                ) || c.mro_with_self_names().iter().any(|n| n == "deque")
            }
            _ => false,
        }
    }

    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let View::Tuple(keys) = keys.view() else {
            return Ok(Value::None);
        };
        let mut out = Vec::with_capacity(keys.items().len());
        for k in keys.items().iter() {
            let v = match subject.view() {
                View::Dict(d) => self.dict_get(d, k)?,
                _ => {
                    let base = self.unwrap_base(subject);
                    match base.view() {
                        View::Dict(d) => self.dict_get(d, k)?,
                        _ => None,
                    }
                }
            };
            match v {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(out))
    }

    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        kwnames: &Value,
    ) -> PyResult<Value> {
        let View::Class(c) = cls.view() else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.isinstance(subject, c) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if npos > 0 {
            let self_match = c.builtin
                && matches!(
                    c.layout,
                    crate::runtime::class::Layout::Int
                        | crate::runtime::class::Layout::Bool
                        | crate::runtime::class::Layout::Float
                        | crate::runtime::class::Layout::Str
                        | crate::runtime::class::Layout::Bytes
                        | crate::runtime::class::Layout::ByteArray
                        | crate::runtime::class::Layout::List
                        | crate::runtime::class::Layout::Tuple
                        | crate::runtime::class::Layout::Dict
                        | crate::runtime::class::Layout::Set
                        | crate::runtime::class::Layout::FrozenSet
                );
            if self_match {
                if npos > 1 {
                    let cn = c.name();
                    return Err(self.type_error(format!(
                        "{cn}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                out.push(subject.clone());
            } else {
                let args = match c.lookup("__match_args__").view() {
                    Some(View::Tuple(t)) => t.items().to_vec(),
                    Some(_) => return Err(self.type_error("__match_args__ must be a tuple")),
                    None => vec![],
                };
                if npos > args.len() {
                    let cn = c.name();
                    let n = args.len();
                    return Err(self.type_error(format!(
                        "{cn}() accepts {n} positional sub-pattern{} ({npos} given)",
                        if n == 1 { "" } else { "s" }
                    )));
                }
                for a in args.iter().take(npos) {
                    let View::Str(name) = a.view() else {
                        return Err(self.type_error("__match_args__ elements must be strings"));
                    };
                    seen.push(name.as_str().to_string());
                    match self.get_attr_opt(subject, name)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let View::Tuple(names) = kwnames.view() {
            for n in names.items().iter() {
                let View::Str(name) = n.view() else { continue };
                if seen.iter().any(|s| s == name.as_str()) {
                    let cn = c.name();
                    return Err(self.type_error(format!(
                        "{cn}() got multiple sub-patterns for attribute '{}'",
                        name.as_str()
                    )));
                }
                match self.get_attr_opt(subject, name)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }

    pub fn copy_dict_without_keys(&mut self, mapping: &Value, keys: &Value) -> PyResult<Value> {
        let d = self.new_dict();
        let base = self.unwrap_base(mapping);
        self.dict_update_from(&d, &base, false, None)?;
        if let View::Tuple(t) = keys.view() {
            for k in t.items().iter() {
                let h = self.hash(k)?;
                d.remove(self, k, h)?;
            }
        }
        Ok(Value::Dict(d))
    }

    pub fn isinstance(&self, v: &Value, cls: &Obj<crate::runtime::class::Class>) -> bool {
        self.type_of(v).is_subclass(cls)
    }
}

fn small(v: &Value) -> Option<i64> {
    match v.view() {
        View::Int(i) => Some(i),
        View::Bool(b) => Some(b as i64),
        _ => None,
    }
}

/// Whether an ordering satisfies a comparison; `None` (unordered, NaN) satisfies only `!=`.
#[inline]
pub fn cmp_partial(o: Option<std::cmp::Ordering>, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        },
    }
}

/// Exact comparison of a float with an int of any size.
fn cmp_float_int(x: f64, i: &Value) -> Option<std::cmp::Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    let b = to_bigint(i)?;
    let fl = x.floor();
    let xb = BigInt::from(num_traits::FromPrimitive::from_f64(fl).unwrap_or(0i64));
    let xb = if fl.abs() >= 9.2e18 {
        num_bigint::BigInt::from_biguint(
            if fl < 0.0 {
                num_bigint::Sign::Minus
            } else {
                num_bigint::Sign::Plus
            },
            float_to_biguint(fl.abs()),
        )
    } else {
        xb
    };
    match xb.cmp(&b) {
        std::cmp::Ordering::Equal => {
            if x > fl {
                Some(std::cmp::Ordering::Greater)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn float_to_biguint(x: f64) -> num_bigint::BigUint {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = exp - 1075;
    let m = num_bigint::BigUint::from(mant);
    if e >= 0 {
        m << e as usize
    } else {
        m >> (-e) as usize
    }
}

pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

pub fn hash_i64(i: i64) -> i64 {
    let m = HASH_MODULUS as i128;
    let v = i as i128;
    let h = if v >= 0 { v % m } else { -((-v) % m) };
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let p = HASH_MODULUS as u64;
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & p) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= p {
            x -= p;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & p) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 { -2 } else { h }
}

pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

pub fn id_hash(v: &Value) -> i64 {
    let p = v.heap_ptr().unwrap_or(0) as u64;
    (p.rotate_right(4)) as i64 & i64::MAX
}

/// `len()` of the built-in containers that know their size, with no call: shared by
/// `Vm::len` and tier 1's `CallLen`, which inlines it.
#[inline(always)]
pub fn sized_len(v: &Value) -> Option<usize> {
    Some(match v.view() {
        View::Str(s) => s.char_len(),
        View::Bytes(b) => b.len(),
        View::ByteArray(b) => b.data.borrow().len(),
        View::List(l) => l.items.borrow().len(),
        View::Tuple(t) => t.items().len(),
        View::Dict(d) => d.len(),
        View::Set(s) | View::FrozenSet(s) => s.table.len(),
        _ => return None,
    })
}
