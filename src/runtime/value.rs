//! The value word: what a variable, a stack slot or a container element holds.
//!
//! Small integers, floats, booleans and the singletons are stored unboxed; everything else is
//! a reference-counted heap object. Containers that can form reference cycles are registered
//! with the cycle collector (runtime::gc) when they are created.

use super::class::{Class, Instance};
use super::deque::PyDeque;
use super::dict::PyDict;
use super::function::{BoundMethod, BuiltinFunction, Function, PyCell};
use super::native::NativeObject;
use super::object::{HeapValue, Obj, Visitor};
use super::str::PyStr;
use crate::vm::code::CodeObject;
use crate::vm::generator::Generator;
use crate::vm::iter::NativeIter;
use num_bigint::BigInt;
use std::cell::RefCell;

// The discriminants are the tags of src/uops/abi.h (TS_TAG_*), which C code reads: keep
// the order, with every unboxed variant before the first heap one (`BigInt`).
// A full-word tag keeps the payload aligned with no padding in between, so values are
// copied as two whole words (a one-byte tag made rustc copy bytes 1..16 with overlapping
// loads, which stall on store forwarding in the interpreter loop).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Not a Python value: an unbound local, or the "no self" marker of `LoadMethod`.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Only for values outside the i64 range: every operation normalizes back to `Int`.
    BigInt(Obj<BigInt>),
    Str(Obj<PyStr>),
    Bytes(Obj<Vec<u8>>),
    List(Obj<PyList>),
    Tuple(Obj<PyTuple>),
    Dict(Obj<PyDict>),
    Set(Obj<PySet>),
    FrozenSet(Obj<PySet>),
    Range(Obj<PyRange>),
    Slice(Obj<PySlice>),
    Function(Obj<Function>),
    Builtin(Obj<BuiltinFunction>),
    Method(Obj<BoundMethod>),
    Class(Obj<Class>),
    Instance(Obj<Instance>),
    Module(Obj<Module>),
    Iter(Obj<NativeIter>),
    Generator(Obj<Generator>),
    Cell(Obj<PyCell>),
    Code(Obj<CodeObject>),
    Property(Obj<Property>),
    StaticMethod(Obj<Value>),
    ClassMethod(Obj<Value>),
    Super(Obj<Super>),
    Native(Obj<NativeObject>),
    /// The built-in part of a `collections.deque` (an instance's `base_value`).
    Deque(Obj<PyDeque>),
}

/// A borrowed look at a value, for matching: `match v.view() { View::Int(i) => … }`. Rust
/// code reads values through this rather than through `Value`'s representation, which is
/// the C-readable word the JIT shares.
#[derive(Clone, Copy)]
pub enum View<'a> {
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(&'a Obj<BigInt>),
    Str(&'a Obj<PyStr>),
    Bytes(&'a Obj<Vec<u8>>),
    List(&'a Obj<PyList>),
    Tuple(&'a Obj<PyTuple>),
    Dict(&'a Obj<PyDict>),
    Set(&'a Obj<PySet>),
    FrozenSet(&'a Obj<PySet>),
    Range(&'a Obj<PyRange>),
    Slice(&'a Obj<PySlice>),
    Function(&'a Obj<Function>),
    Builtin(&'a Obj<BuiltinFunction>),
    Method(&'a Obj<BoundMethod>),
    Class(&'a Obj<Class>),
    Instance(&'a Obj<Instance>),
    Module(&'a Obj<Module>),
    Iter(&'a Obj<NativeIter>),
    Generator(&'a Obj<Generator>),
    Cell(&'a Obj<PyCell>),
    Code(&'a Obj<CodeObject>),
    Property(&'a Obj<Property>),
    StaticMethod(&'a Obj<Value>),
    ClassMethod(&'a Obj<Value>),
    Super(&'a Obj<Super>),
    Native(&'a Obj<NativeObject>),
    Deque(&'a Obj<PyDeque>),
}

/// `view()` through an `Option`: `match d.get(k).view() { Some(View::Int(i)) => … }`. The
/// view borrows from the value inside, not from the `Option`, so a temporary
/// `Option<&Value>` may be viewed in a `let … else`.
pub trait OptionView<'a> {
    fn view(self) -> Option<View<'a>>;
}

impl<'a> OptionView<'a> for &'a Option<Value> {
    #[inline(always)]
    fn view(self) -> Option<View<'a>> {
        self.as_ref().map(Value::view)
    }
}

impl<'a> OptionView<'a> for Option<&'a Value> {
    #[inline(always)]
    fn view(self) -> Option<View<'a>> {
        self.map(Value::view)
    }
}

impl<'a> OptionView<'a> for &'a Option<&mut Value> {
    #[inline(always)]
    fn view(self) -> Option<View<'a>> {
        self.as_deref().map(Value::view)
    }
}

impl Clone for Value {
    /// Inlined everywhere: values are copied on every stack push. Bit-copies the two words
    /// (one 16-byte load and store) and separately bumps the reference count: rebuilding
    /// the enum variant by variant makes the compiler store the tag and payload apart and
    /// reload them whole, a store-forwarding stall wherever the copy is read back soon.
    #[inline(always)]
    fn clone(&self) -> Value {
        std::mem::forget(self.clone_by_variant());
        // SAFETY: the forgotten copy above added exactly one strong reference (or nothing,
        // for unboxed variants); the bitwise copy below becomes the owner of that
        // reference, so every reference is still released exactly once.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// What the value is, borrowed (see `View`).
    #[inline(always)]
    pub fn view(&self) -> View<'_> {
        match self {
            Value::Null => View::Null,
            Value::None => View::None,
            Value::NotImplemented => View::NotImplemented,
            Value::Ellipsis => View::Ellipsis,
            Value::Bool(b) => View::Bool(*b),
            Value::Int(i) => View::Int(*i),
            Value::Float(x) => View::Float(*x),
            Value::BigInt(o) => View::BigInt(o),
            Value::Str(o) => View::Str(o),
            Value::Bytes(o) => View::Bytes(o),
            Value::List(o) => View::List(o),
            Value::Tuple(o) => View::Tuple(o),
            Value::Dict(o) => View::Dict(o),
            Value::Set(o) => View::Set(o),
            Value::FrozenSet(o) => View::FrozenSet(o),
            Value::Range(o) => View::Range(o),
            Value::Slice(o) => View::Slice(o),
            Value::Function(o) => View::Function(o),
            Value::Builtin(o) => View::Builtin(o),
            Value::Method(o) => View::Method(o),
            Value::Class(o) => View::Class(o),
            Value::Instance(o) => View::Instance(o),
            Value::Module(o) => View::Module(o),
            Value::Iter(o) => View::Iter(o),
            Value::Generator(o) => View::Generator(o),
            Value::Cell(o) => View::Cell(o),
            Value::Code(o) => View::Code(o),
            Value::Property(o) => View::Property(o),
            Value::StaticMethod(o) => View::StaticMethod(o),
            Value::ClassMethod(o) => View::ClassMethod(o),
            Value::Super(o) => View::Super(o),
            Value::Native(o) => View::Native(o),
            Value::Deque(o) => View::Deque(o),
        }
    }

    /// The variant-by-variant copy; only its reference count increment survives
    /// optimization in `clone`.
    #[inline(always)]
    fn clone_by_variant(&self) -> Value {
        match self {
            Value::Null => Value::Null,
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::BigInt(r) => Value::BigInt(Obj::clone(r)),
            Value::Str(r) => Value::Str(Obj::clone(r)),
            Value::Bytes(r) => Value::Bytes(Obj::clone(r)),
            Value::List(r) => Value::List(Obj::clone(r)),
            Value::Tuple(r) => Value::Tuple(Obj::clone(r)),
            Value::Dict(r) => Value::Dict(Obj::clone(r)),
            Value::Set(r) => Value::Set(Obj::clone(r)),
            Value::FrozenSet(r) => Value::FrozenSet(Obj::clone(r)),
            Value::Range(r) => Value::Range(Obj::clone(r)),
            Value::Slice(r) => Value::Slice(Obj::clone(r)),
            Value::Function(r) => Value::Function(Obj::clone(r)),
            Value::Builtin(r) => Value::Builtin(Obj::clone(r)),
            Value::Method(r) => Value::Method(Obj::clone(r)),
            Value::Class(r) => Value::Class(Obj::clone(r)),
            Value::Instance(r) => Value::Instance(Obj::clone(r)),
            Value::Module(r) => Value::Module(Obj::clone(r)),
            Value::Iter(r) => Value::Iter(Obj::clone(r)),
            Value::Generator(r) => Value::Generator(Obj::clone(r)),
            Value::Cell(r) => Value::Cell(Obj::clone(r)),
            Value::Code(r) => Value::Code(Obj::clone(r)),
            Value::Property(r) => Value::Property(Obj::clone(r)),
            Value::StaticMethod(r) => Value::StaticMethod(Obj::clone(r)),
            Value::ClassMethod(r) => Value::ClassMethod(Obj::clone(r)),
            Value::Super(r) => Value::Super(Obj::clone(r)),
            Value::Native(r) => Value::Native(Obj::clone(r)),
            Value::Deque(r) => Value::Deque(Obj::clone(r)),
        }
    }
}

// Discriminants of the unboxed variants written by `overwrite_unboxed` (tested below).
const TAG_BOOL: u64 = 4;
const TAG_INT: u64 = 5;
const TAG_FLOAT: u64 = 6;

#[inline(always)]
fn overwrite_unboxed(slot: &mut Value, tag: u64, payload: u64) {
    debug_assert!(matches!(
        slot,
        Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    ));
    let words = (slot as *mut Value).cast::<u64>();
    // SAFETY: `Value` is `repr(u64)`, so (RFC 2195) every variant is laid out as a C struct
    // of the u64 discriminant followed by its field at offset 8: `slot` is two aligned
    // words. The callers pass an unboxed discriminant and a payload valid for it, so the
    // words form a valid `Value`. What `slot` held is not dropped: the callers' guards
    // proved it held no reference (had they not, a reference would leak, never be freed).
    unsafe {
        words.write(tag);
        words.add(1).write(payload);
    }
}

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

pub struct PyTuple {
    pub items: Box<[Value]>,
}

/// A set or frozenset: a dict whose values are unused.
pub struct PySet {
    pub table: super::set::SetTable,
}

#[derive(Clone)]
pub struct PyRange {
    pub start: BigOrSmall,
    pub stop: BigOrSmall,
    pub step: BigOrSmall,
    /// Bounds beyond i64 (`range(10**20)`): then only this is meaningful, and the
    /// operations that support big ranges (indexing, `in`, iteration, repr, len when it
    /// fits) use it; the others raise OverflowError.
    pub big: Option<Box<[BigInt; 3]>>,
}

impl PyRange {
    pub fn small(start: i64, stop: i64, step: i64) -> PyRange {
        PyRange {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// Number of elements, exactly.
    pub fn big_len(&self) -> BigInt {
        use num_traits::{Signed, Zero};
        let [start, stop, step] = match &self.big {
            Some(b) => (**b).clone(),
            None => [
                BigInt::from(self.start),
                BigInt::from(self.stop),
                BigInt::from(self.step),
            ],
        };
        if step.is_positive() && start < stop {
            (&stop - &start - 1) / &step + 1
        } else if step.is_negative() && start > stop {
            (&start - &stop - 1) / (-&step) + 1
        } else {
            BigInt::zero()
        }
    }

    pub fn bounds(&self) -> [BigInt; 3] {
        match &self.big {
            Some(b) => (**b).clone(),
            None => [
                BigInt::from(self.start),
                BigInt::from(self.stop),
                BigInt::from(self.step),
            ],
        }
    }
}

/// Range bounds are i64 unless `PyRange::big` is set.
pub type BigOrSmall = i64;

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct Module {
    pub name: String,
    pub dict: Obj<PyDict>,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub struct Super {
    /// The class after which the MRO search starts.
    pub this_class: Obj<Class>,
    /// The object (or class, for classmethods) the lookup binds to.
    pub obj: Value,
    pub obj_type: Obj<Class>,
}

impl Value {
    /// Overwrites `slot` with an int, without reading or dropping what it held: for the
    /// interpreter's specialized forms, whose guards proved the slot holds an unboxed
    /// value. Two plain word stores, where assigning `Value::Int(i)` builds the enum in a
    /// temporary and reloads it whole (a store-forwarding stall on every operation).
    #[inline(always)]
    pub fn overwrite_with_int(slot: &mut Value, i: i64) {
        overwrite_unboxed(slot, TAG_INT, i as u64);
    }

    /// `overwrite_with_int` for a float.
    #[inline(always)]
    pub fn overwrite_with_float(slot: &mut Value, x: f64) {
        overwrite_unboxed(slot, TAG_FLOAT, x.to_bits());
    }

    /// `overwrite_with_int` for a bool.
    #[inline(always)]
    pub fn overwrite_with_bool(slot: &mut Value, b: bool) {
        // The bool is the payload word's first byte in memory; the rest is padding (zeroed).
        overwrite_unboxed(
            slot,
            TAG_BOOL,
            u64::from_ne_bytes([b as u8, 0, 0, 0, 0, 0, 0, 0]),
        );
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Obj::new(PyStr::new(s.to_string())))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Obj::new(PyStr::new(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Obj::new(PyTuple {
            items: items.into_boxed_slice(),
        }))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Obj::new(PyList {
            items: RefCell::new(items),
        }))
    }

    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Obj::new(b)),
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as the `is` operator sees it. Unboxed values compare by value, which is
    /// what CPython's small-int and singleton caching makes observable in practice.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, used for identity and `id()`.
    pub fn heap_ptr(&self) -> Option<usize> {
        fn p<T: HeapValue>(r: &Obj<T>) -> Option<usize> {
            Some(Obj::as_ptr(r) as *const u8 as usize)
        }
        match self {
            Value::BigInt(r) => p(r),
            Value::Str(r) => p(r),
            Value::Bytes(r) => p(r),
            Value::List(r) => p(r),
            Value::Tuple(r) => p(r),
            Value::Dict(r) => p(r),
            Value::Set(r) | Value::FrozenSet(r) => p(r),
            Value::Range(r) => p(r),
            Value::Slice(r) => p(r),
            Value::Function(r) => p(r),
            Value::Builtin(r) => p(r),
            Value::Method(r) => p(r),
            Value::Class(r) => p(r),
            Value::Instance(r) => p(r),
            Value::Module(r) => p(r),
            Value::Iter(r) => p(r),
            Value::Generator(r) => p(r),
            Value::Cell(r) => p(r),
            Value::Code(r) => p(r),
            Value::Property(r) => p(r),
            Value::StaticMethod(r) | Value::ClassMethod(r) => p(r),
            Value::Super(r) => p(r),
            Value::Native(r) => p(r),
            Value::Deque(r) => p(r),
            _ => None,
        }
    }

    /// A float operand of the interpreter's specialized float forms: a float as it is, an
    /// int converted (`true` says it was a float). Read straight from the representation,
    /// because building a `View` for both operands costs the hot path ~15 instructions.
    #[inline(always)]
    pub fn float_operand(&self) -> Option<(f64, bool)> {
        match self {
            Value::Float(x) => Some((*x, true)),
            Value::Int(i) => Some((*i as f64, false)),
            _ => None,
        }
    }

    /// The float, when this is one (see `float_operand` for why it bypasses `View`).
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        match self {
            Value::Float(x) => Some(*x),
            _ => None,
        }
    }

    /// The int, when this is a small one (see `float_operand` for why it bypasses `View`).
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl Visitor<'_> {
    /// Reports the container a value refers to, if any.
    pub fn value(&mut self, v: &Value) {
        match v {
            Value::List(r) => self.obj(r),
            Value::Tuple(r) => self.obj(r),
            Value::Dict(r) => self.obj(r),
            Value::Set(r) | Value::FrozenSet(r) => self.obj(r),
            Value::Function(r) => self.obj(r),
            Value::Builtin(r) => self.obj(r),
            Value::Method(r) => self.obj(r),
            Value::Class(r) => self.obj(r),
            Value::Instance(r) => self.obj(r),
            Value::Module(r) => self.obj(r),
            Value::Iter(r) => self.obj(r),
            Value::Generator(r) => self.obj(r),
            Value::Cell(r) => self.obj(r),
            Value::Property(r) => self.obj(r),
            Value::StaticMethod(r) | Value::ClassMethod(r) => self.obj(r),
            Value::Super(r) => self.obj(r),
            Value::Native(r) => self.obj(r),
            Value::Deque(r) => self.obj(r),
            Value::Null
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Slice(_)
            | Value::Code(_) => {}
        }
    }
}

/// Takes a value out of a cell being cleared and drops it only after the borrow ends (its
/// destruction may reach back into the same object).
pub(crate) fn clear_cell<T: Default>(cell: &RefCell<T>) {
    if let Ok(mut b) = cell.try_borrow_mut() {
        let old = std::mem::take(&mut *b);
        drop(b);
        drop(old);
    }
}

impl HeapValue for PyList {
    const NAME: &'static str = "list";
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(|v| visit.value(v));
        }
    }
    fn clear(&self) {
        clear_cell(&self.items);
    }
}

impl HeapValue for PyTuple {
    const NAME: &'static str = "tuple";
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        self.items.iter().for_each(|v| visit.value(v));
    }
}

impl HeapValue for PySet {
    const NAME: &'static str = "set";
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        self.table.for_each_key(&mut |v| visit.value(v));
    }
    fn clear(&self) {
        if self.table.inner.try_borrow_mut().is_ok() {
            self.table.clear();
        }
    }
}

impl HeapValue for Module {
    const NAME: &'static str = "module";
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        visit.obj(&self.dict);
    }
}

impl HeapValue for Property {
    const NAME: &'static str = "property";
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        for v in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            visit.value(v);
        }
    }
}

/// The callable a `staticmethod` or `classmethod` wraps.
impl HeapValue for Value {
    const NAME: &'static str = "method wrapper";
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        visit.value(self);
    }
}

impl HeapValue for PyRange {
    const NAME: &'static str = "range";
}

impl HeapValue for PySlice {
    const NAME: &'static str = "slice";
}

impl HeapValue for Super {
    const NAME: &'static str = "super";
}

impl HeapValue for BigInt {
    const NAME: &'static str = "int";
}

impl HeapValue for Vec<u8> {
    const NAME: &'static str = "bytes";
}

#[cfg(test)]
mod tests {
    use super::Value;
    use crate::runtime::object::Obj;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn unboxed_overwrites_make_the_same_values_as_construction() {
        let mut v = Value::Int(3);
        Value::overwrite_with_int(&mut v, -42);
        assert!(matches!(v, Value::Int(-42)));
        Value::overwrite_with_float(&mut v, 2.5);
        assert!(matches!(v, Value::Float(x) if x == 2.5));
        for b in [true, false] {
            Value::overwrite_with_bool(&mut v, b);
            assert!(matches!(v, Value::Bool(x) if x == b));
        }
    }

    #[test]
    fn clone_shares_ownership_correctly() {
        let l = Value::list(vec![Value::Int(1)]);
        let Value::List(rc) = &l else { unreachable!() };
        let before = Obj::strong_count(rc);
        let d = l.clone();
        assert_eq!(Obj::strong_count(rc), before + 1);
        drop(d);
        assert_eq!(Obj::strong_count(rc), before);
    }
}
