//! The value word: what a variable, a stack slot or a container element holds.
//!
//! A value is one machine word, tagged in its low bits (the same encoding as
//! src/uops/abi.h's TS_* macros, which C code uses):
//!
//! | low bits | what                                                                    |
//! |----------|-------------------------------------------------------------------------|
//! | `…1`     | an int of 63 bits, shifted left by one                                  |
//! | `…10`    | a float whose exponent is in the common range, its bits rotated (below) |
//! | `…100`   | an immediate: null, None, NotImplemented, Ellipsis, False, True         |
//! | `…000`   | the address of a heap object's header (reference-counted)               |
//!
//! Ints beyond 63 bits and floats outside the inline range live in heap objects that
//! `view()` shows as plain ints and floats, so no code outside this module sees the
//! difference. Containers that can form reference cycles are registered with the cycle
//! collector (runtime::gc) when they are created.

use super::bytearray::PyByteArray;
use super::class::{Class, Instance};
use super::deque::PyDeque;
use super::dict::PyDict;
use super::function::{BoundMethod, BuiltinFunction, Function, PyCell};
use super::memoryview::PyMemoryView;
use super::native::NativeObject;
use super::object::{Header, HeapValue, Obj, TypeTag, Visitor};
use super::str::PyStr;
use crate::vm::code::CodeObject;
use crate::vm::generator::Generator;
use crate::vm::iter::NativeIter;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::ptr::NonNull;

/// The word's encodings (mirrored by TS_* in src/uops/abi.h; tests check both agree).
pub mod word {
    pub const INT_TAG_MASK: u64 = 1;
    pub const FLOAT_TAG_MASK: u64 = 3;
    pub const FLOAT_TAG: u64 = 2;
    pub const HEAP_TAG_MASK: u64 = 7;
    pub const NULL: u64 = 0x04;
    pub const NONE: u64 = 0x0c;
    pub const NOT_IMPLEMENTED: u64 = 0x14;
    pub const ELLIPSIS: u64 = 0x1c;
    pub const FALSE: u64 = 0x24;
    pub const TRUE: u64 = 0x2c;
    /// +0.0, which the rotation cannot represent (its exponent is outside the range); the
    /// word would otherwise decode to 2**-255, which is boxed instead.
    pub const FLOAT_ZERO: u64 = 0x8000_0000_0000_0002;
    const FLOAT_ZERO_TWIN: u64 = 0x3000_0000_0000_0000;

    #[inline(always)]
    pub const fn int(i: i64) -> Option<u64> {
        let w = ((i as u64) << 1) | 1;
        if int_of(w) == i { Some(w) } else { None }
    }

    /// The int an inline int word holds.
    #[inline(always)]
    pub const fn int_of(w: u64) -> i64 {
        (w as i64) >> 1
    }

    /// The inline form of a float whose top three exponent bits are 011 or 100 (magnitudes
    /// from about 1.7e-77 to 1.2e77, where nearly every float a program computes lies):
    /// rotated left by three, the sign lands in bit 2 and the two redundant exponent bits
    /// in bits 0 and 1, which become the tag. The third exponent bit tells them back.
    #[inline(always)]
    pub const fn float(x: f64) -> Option<u64> {
        let bits = x.to_bits();
        let top = (bits >> 60) & 7;
        if (top == 3 || top == 4) && bits != FLOAT_ZERO_TWIN {
            Some((bits.rotate_left(3) & !3) | FLOAT_TAG)
        } else if bits == 0 {
            Some(FLOAT_ZERO)
        } else {
            None
        }
    }

    /// The float an inline float word holds.
    #[inline(always)]
    pub const fn float_of(w: u64) -> f64 {
        let low = 2 - (w >> 63); // exponent bits 62 and 61: 01 or 10
        let bits = ((w & !3) | low).rotate_right(3);
        f64::from_bits(if w == FLOAT_ZERO { 0 } else { bits })
    }
}

/// A Python value: one tagged word (see the module comment). Owns a reference when it is a
/// heap object.
#[repr(transparent)]
pub struct Value(NonNull<u8>);

/// A borrowed look at a value, for matching: `match v.view() { View::Int(i) => … }`. Rust
/// code reads values through this rather than through the word's encoding.
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
    ByteArray(&'a Obj<PyByteArray>),
    MemoryView(&'a Obj<PyMemoryView>),
}

/// `view()` through an `Option`: `match d.get(k).view() { Some(View::Int(i)) => … }`. The
/// view borrows from the value inside, not from the `Option`, so a temporary
/// `Option<&Value>` may be viewed in a `let … else`.
pub trait OptionView<'a> {
    fn view(self) -> Option<View<'a>>;
}

// A `match`, not `Option::map`: rustc left `map(Value::view)` out of line in the
// interpreter loop (1.7 million calls of ~20 instructions in a deltablue run).
impl<'a> OptionView<'a> for &'a Option<Value> {
    #[inline(always)]
    #[allow(clippy::manual_map)]
    fn view(self) -> Option<View<'a>> {
        match self {
            Some(v) => Some(v.view()),
            None => None,
        }
    }
}

impl<'a> OptionView<'a> for Option<&'a Value> {
    #[inline(always)]
    #[allow(clippy::manual_map)]
    fn view(self) -> Option<View<'a>> {
        match self {
            Some(v) => Some(v.view()),
            None => None,
        }
    }
}

impl<'a> OptionView<'a> for &'a Option<&mut Value> {
    #[inline(always)]
    #[allow(clippy::manual_map)]
    fn view(self) -> Option<View<'a>> {
        match self {
            Some(v) => Some(v.view()),
            None => None,
        }
    }
}

impl Default for Value {
    #[inline(always)]
    fn default() -> Value {
        Value::Null
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            // SAFETY: this value owns a reference, so the object is alive.
            unsafe { h.as_ref().incref() };
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(h) = self.header() {
            // SAFETY: this value owns the reference it releases.
            unsafe { Header::decref(h) };
        }
    }
}

/// A heap object's payload when the value word has no room for it.
pub struct BoxedInt(pub i64);
pub struct BoxedFloat(pub f64);

impl HeapValue for BoxedInt {
    const NAME: &'static str = "int";
    const TYPE_TAG: TypeTag = TypeTag::BoxedInt;
}

impl HeapValue for BoxedFloat {
    const NAME: &'static str = "float";
    const TYPE_TAG: TypeTag = TypeTag::BoxedFloat;
}

// The constructors keep the names of the types they make (`Value::Int(3)`,
// `Value::List(obj)`), so they read like the variants a `View` matches.
#[allow(non_upper_case_globals, non_snake_case)]
impl Value {
    pub const Null: Value = Value::immediate(word::NULL);
    pub const None: Value = Value::immediate(word::NONE);
    pub const NotImplemented: Value = Value::immediate(word::NOT_IMPLEMENTED);
    pub const Ellipsis: Value = Value::immediate(word::ELLIPSIS);

    const fn immediate(w: u64) -> Value {
        // SAFETY: immediates are non-zero words with no provenance to carry.
        Value(unsafe { NonNull::new_unchecked(std::ptr::without_provenance_mut(w as usize)) })
    }

    #[inline(always)]
    pub fn Bool(b: bool) -> Value {
        Value::immediate(if b { word::TRUE } else { word::FALSE })
    }

    #[inline(always)]
    pub fn Int(i: i64) -> Value {
        match word::int(i) {
            Some(w) => Value::immediate(w),
            None => Value::boxed_int(i),
        }
    }

    #[cold]
    #[inline(never)]
    fn boxed_int(i: i64) -> Value {
        Value::from_obj(Obj::new(BoxedInt(i)))
    }

    #[inline(always)]
    pub fn Float(x: f64) -> Value {
        match word::float(x) {
            Some(w) => Value::immediate(w),
            None => Value::boxed_float(x),
        }
    }

    #[cold]
    #[inline(never)]
    fn boxed_float(x: f64) -> Value {
        Value::from_obj(Obj::new(BoxedFloat(x)))
    }

    /// Takes over the reference `o` holds.
    #[inline(always)]
    fn from_obj<T: HeapValue>(o: Obj<T>) -> Value {
        debug_assert!(Obj::type_tag(&o) != TypeTag::Internal);
        Value(Obj::into_header(o).cast())
    }

    /// `o` as the layout's other type (a set as a frozenset, a staticmethod's callable as
    /// a classmethod's): the same object when no one else holds it, else a copy.
    fn from_retagged<T: HeapValue>(o: Obj<T>, tag: TypeTag, copy: impl FnOnce(&T) -> T) -> Value {
        match Obj::retag(o, tag) {
            Ok(o) => Value::from_obj(o),
            Err(shared) => {
                let fresh = Obj::retag(Obj::new(copy(&shared)), tag);
                Value::from_obj(fresh.unwrap_or_else(|_| unreachable!("a new object is unshared")))
            }
        }
    }

    pub fn BigInt(o: Obj<BigInt>) -> Value {
        Value::from_obj(o)
    }
    pub fn Str(o: Obj<PyStr>) -> Value {
        Value::from_obj(o)
    }
    pub fn Bytes(o: Obj<Vec<u8>>) -> Value {
        Value::from_obj(o)
    }
    pub fn List(o: Obj<PyList>) -> Value {
        Value::from_obj(o)
    }
    pub fn Tuple(o: Obj<PyTuple>) -> Value {
        Value::from_obj(o)
    }
    pub fn Dict(o: Obj<PyDict>) -> Value {
        Value::from_obj(o)
    }
    pub fn Set(o: Obj<PySet>) -> Value {
        Value::from_retagged(o, TypeTag::Set, PySet::copy)
    }
    pub fn FrozenSet(o: Obj<PySet>) -> Value {
        Value::from_retagged(o, TypeTag::FrozenSet, PySet::copy)
    }
    pub fn Range(o: Obj<PyRange>) -> Value {
        Value::from_obj(o)
    }
    pub fn Slice(o: Obj<PySlice>) -> Value {
        Value::from_obj(o)
    }
    pub fn Function(o: Obj<Function>) -> Value {
        Value::from_obj(o)
    }
    pub fn Builtin(o: Obj<BuiltinFunction>) -> Value {
        Value::from_obj(o)
    }
    pub fn Method(o: Obj<BoundMethod>) -> Value {
        Value::from_obj(o)
    }
    pub fn Class(o: Obj<Class>) -> Value {
        Value::from_obj(o)
    }
    pub fn Instance(o: Obj<Instance>) -> Value {
        Value::from_obj(o)
    }
    pub fn Module(o: Obj<Module>) -> Value {
        Value::from_obj(o)
    }
    pub fn Iter(o: Obj<NativeIter>) -> Value {
        Value::from_obj(o)
    }
    pub fn Generator(o: Obj<Generator>) -> Value {
        Value::from_obj(o)
    }
    pub fn Cell(o: Obj<PyCell>) -> Value {
        Value::from_obj(o)
    }
    pub fn Code(o: Obj<CodeObject>) -> Value {
        Value::from_obj(o)
    }
    pub fn Property(o: Obj<Property>) -> Value {
        Value::from_obj(o)
    }
    pub fn StaticMethod(o: Obj<Value>) -> Value {
        Value::from_retagged(o, TypeTag::StaticMethod, Value::clone)
    }
    pub fn ClassMethod(o: Obj<Value>) -> Value {
        Value::from_retagged(o, TypeTag::ClassMethod, Value::clone)
    }
    pub fn Super(o: Obj<Super>) -> Value {
        Value::from_obj(o)
    }
    pub fn Native(o: Obj<NativeObject>) -> Value {
        Value::from_obj(o)
    }
    pub fn Deque(o: Obj<PyDeque>) -> Value {
        Value::from_obj(o)
    }
    pub fn ByteArray(o: Obj<PyByteArray>) -> Value {
        Value::from_obj(o)
    }
    pub fn MemoryView(o: Obj<PyMemoryView>) -> Value {
        Value::from_obj(o)
    }
}

impl Value {
    /// The word itself (what C code sees).
    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.0.as_ptr().addr() as u64
    }

    /// The header of the heap object this value refers to, if it is one.
    #[inline(always)]
    fn header(&self) -> Option<NonNull<Header>> {
        if self.bits() & word::HEAP_TAG_MASK == 0 {
            Some(self.0.cast())
        } else {
            None
        }
    }

    /// Borrows the heap object as an `Obj<T>`.
    ///
    /// # Safety
    /// The value must be a heap object whose kind belongs to `T`.
    #[inline(always)]
    unsafe fn obj<T: HeapValue>(&self) -> &Obj<T> {
        // SAFETY: the caller guarantees the word is a header of a `T` object.
        unsafe { Obj::borrow_word(&self.0) }
    }

    /// The heap object, when this is one of type `T` (its layout's first type: a set, not a
    /// frozenset). For the interpreter's hottest guards: one tag comparison where `view()`
    /// first classifies the word and then the object.
    #[inline(always)]
    pub fn downcast<T: HeapValue>(&self) -> Option<&Obj<T>> {
        let h = self.header()?;
        // SAFETY: this value owns a reference, so the header is alive; the tag says the
        // object's layout is `T`'s.
        unsafe { (h.as_ref().kind().tag == T::TYPE_TAG).then(|| self.obj::<T>()) }
    }

    /// What the value is, borrowed (see `View`).
    #[inline(always)]
    pub fn view(&self) -> View<'_> {
        // Heap objects first: they are what most matches look for (inline numbers have
        // their own fast paths, `as_small_int` and `float_operand`).
        if let Some(h) = self.header() {
            return self.view_heap(h);
        }
        let w = self.bits();
        if w & word::INT_TAG_MASK != 0 {
            return View::Int(word::int_of(w));
        }
        if w & word::FLOAT_TAG_MASK == word::FLOAT_TAG {
            return View::Float(word::float_of(w));
        }
        match w {
            word::NONE => View::None,
            word::FALSE => View::Bool(false),
            word::TRUE => View::Bool(true),
            word::NOT_IMPLEMENTED => View::NotImplemented,
            word::ELLIPSIS => View::Ellipsis,
            _ => View::Null,
        }
    }

    #[inline(always)]
    fn view_heap(&self, h: NonNull<Header>) -> View<'_> {
        // SAFETY: this value owns a reference, so the header is alive; each arm borrows
        // the word as the Rust layout its type tag belongs to (the `TYPE_TAG` and
        // `ALT_TYPE_TAG` of the `HeapValue` impls below and beside their types).
        unsafe {
            match h.as_ref().kind().tag {
                TypeTag::BoxedInt => View::Int(self.obj::<BoxedInt>().0),
                TypeTag::BoxedFloat => View::Float(self.obj::<BoxedFloat>().0),
                TypeTag::BigInt => View::BigInt(self.obj()),
                TypeTag::Str => View::Str(self.obj()),
                TypeTag::Bytes => View::Bytes(self.obj()),
                TypeTag::List => View::List(self.obj()),
                TypeTag::Tuple => View::Tuple(self.obj()),
                TypeTag::Dict => View::Dict(self.obj()),
                TypeTag::Set => View::Set(self.obj()),
                TypeTag::FrozenSet => View::FrozenSet(self.obj()),
                TypeTag::Range => View::Range(self.obj()),
                TypeTag::Slice => View::Slice(self.obj()),
                TypeTag::Function => View::Function(self.obj()),
                TypeTag::Builtin => View::Builtin(self.obj()),
                TypeTag::Method => View::Method(self.obj()),
                TypeTag::Class => View::Class(self.obj()),
                TypeTag::Instance => View::Instance(self.obj()),
                TypeTag::Module => View::Module(self.obj()),
                TypeTag::Iter => View::Iter(self.obj()),
                TypeTag::Generator => View::Generator(self.obj()),
                TypeTag::Cell => View::Cell(self.obj()),
                TypeTag::Code => View::Code(self.obj()),
                TypeTag::Property => View::Property(self.obj()),
                TypeTag::StaticMethod => View::StaticMethod(self.obj()),
                TypeTag::ClassMethod => View::ClassMethod(self.obj()),
                TypeTag::Super => View::Super(self.obj()),
                TypeTag::Native => View::Native(self.obj()),
                TypeTag::Deque => View::Deque(self.obj()),
                TypeTag::ByteArray => View::ByteArray(self.obj()),
                TypeTag::MemoryView => View::MemoryView(self.obj()),
                TypeTag::Internal => unreachable!("an internal object as a value"),
            }
        }
    }
}

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

/// A tuple: its items follow it in the same allocation (`Obj::new_with_tail`), so a tuple
/// is one allocation, as in CPython.
pub struct PyTuple {
    len: usize,
}

impl PyTuple {
    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        // SAFETY: a `PyTuple` only exists inside an object made by `Value::tuple`, whose
        // tail holds `len` values; `Drop` empties them (to Null) only as the tuple dies.
        unsafe { Obj::tail_of::<Value>(self, self.len) }
    }

    /// The items, to be taken out as the tuple dies (see its `Drop` in gc.rs).
    pub(super) fn items_mut(&mut self) -> &mut [Value] {
        // SAFETY: as for `items`, borrowed mutably through the value.
        unsafe { Obj::tail_of_mut::<Value>(self, self.len) }
    }
}

/// A set or frozenset: a dict whose values are unused.
pub struct PySet {
    pub table: super::set::SetTable,
}

impl PySet {
    /// A new set with the same table (the same layout, so iteration order matches).
    pub fn copy(&self) -> PySet {
        PySet {
            table: super::set::SetTable {
                inner: RefCell::new(self.table.inner.borrow().clone()),
            },
        }
    }
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
    /// Overwrites `slot`, which holds no reference (the interpreter's specialized forms
    /// proved it holds an inline number), without releasing what it held.
    #[inline(always)]
    fn overwrite(slot: &mut Value, v: Value) {
        debug_assert!(slot.header().is_none());
        // SAFETY: `slot` is a valid, exclusive place; what it held owns nothing, so not
        // dropping it loses nothing.
        unsafe { std::ptr::write(slot, v) }
    }

    /// Overwrites `slot` (holding an inline number) with an int.
    #[inline(always)]
    pub fn overwrite_with_int(slot: &mut Value, i: i64) {
        Value::overwrite(slot, Value::Int(i));
    }

    /// `overwrite_with_int` for a float.
    #[inline(always)]
    pub fn overwrite_with_float(slot: &mut Value, x: f64) {
        Value::overwrite(slot, Value::Float(x));
    }

    /// `overwrite_with_int` for a bool.
    #[inline(always)]
    pub fn overwrite_with_bool(slot: &mut Value, b: bool) {
        Value::overwrite(slot, Value::Bool(b));
    }

    pub fn str(s: &str) -> Value {
        Value::Str(PyStr::new(s))
    }

    pub fn string(s: String) -> Value {
        Value::Str(PyStr::new(&s))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        let len = items.len();
        Value::Tuple(Obj::new_with_tail(PyTuple { len }, items))
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

    #[inline(always)]
    pub fn is_null(&self) -> bool {
        self.bits() == word::NULL
    }

    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.bits() == word::NONE
    }

    /// Identity, as the `is` operator sees it: the same word. Inline numbers compare by
    /// value, which is what CPython's small-int and singleton caching makes observable in
    /// practice.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// A new reference to the heap object at `h`.
    ///
    /// # Safety
    /// `h` must be the header of a live object that is a Python value.
    pub unsafe fn from_header(h: NonNull<Header>) -> Value {
        // SAFETY: the caller guarantees the object is alive.
        unsafe { h.as_ref().incref() };
        Value(h.cast())
    }

    /// The value that takes over a reference to `h` the caller already counted.
    ///
    /// # Safety
    /// `h` must be the header of a live object that is a Python value, and the caller must
    /// own the reference it hands over.
    pub unsafe fn adopt_header(h: NonNull<Header>) -> Value {
        Value(h.cast())
    }

    /// The header of the heap object this value is, if it is one.
    #[inline]
    pub fn heap_header(&self) -> Option<NonNull<Header>> {
        self.header()
    }

    /// The address of the heap object, used for identity and `id()`.
    pub fn heap_ptr(&self) -> Option<usize> {
        self.header().map(|h| h.as_ptr().addr())
    }

    /// A float operand of the interpreter's specialized float forms: an inline float as it
    /// is, an inline int converted (`true` says it was a float). Read straight from the
    /// word, because building a `View` for both operands costs the hot path more.
    #[inline(always)]
    pub fn float_operand(&self) -> Option<(f64, bool)> {
        let w = self.bits();
        if w & word::FLOAT_TAG_MASK == word::FLOAT_TAG {
            Some((word::float_of(w), true))
        } else if w & word::INT_TAG_MASK != 0 {
            Some((word::int_of(w) as f64, false))
        } else {
            None
        }
    }

    /// The float, when this is an inline one (see `float_operand`).
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        let w = self.bits();
        (w & word::FLOAT_TAG_MASK == word::FLOAT_TAG).then(|| word::float_of(w))
    }

    /// The int, when this is an inline one (see `float_operand`).
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        let w = self.bits();
        (w & word::INT_TAG_MASK != 0).then_some(word::int_of(w))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self.view() {
            View::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl Visitor<'_> {
    /// Reports the container a value refers to, if any.
    #[inline]
    pub fn value(&mut self, v: &Value) {
        if let Some(h) = v.header() {
            // SAFETY: `v` owns a reference, so the object is alive.
            unsafe { self.header(h) };
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
    const TYPE_TAG: TypeTag = TypeTag::List;
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
    const TYPE_TAG: TypeTag = TypeTag::Tuple;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        self.items().iter().for_each(|v| visit.value(v));
    }
    fn tail_len(&self) -> usize {
        self.len * std::mem::size_of::<Value>()
    }
}

impl HeapValue for PySet {
    const NAME: &'static str = "set";
    const TYPE_TAG: TypeTag = TypeTag::Set;
    const ALT_TYPE_TAG: TypeTag = TypeTag::FrozenSet;
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
    const TYPE_TAG: TypeTag = TypeTag::Module;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        visit.obj(&self.dict);
    }
}

impl HeapValue for Property {
    const NAME: &'static str = "property";
    const TYPE_TAG: TypeTag = TypeTag::Property;
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
    const TYPE_TAG: TypeTag = TypeTag::StaticMethod;
    const ALT_TYPE_TAG: TypeTag = TypeTag::ClassMethod;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        visit.value(self);
    }
}

impl HeapValue for PyRange {
    const NAME: &'static str = "range";
    const TYPE_TAG: TypeTag = TypeTag::Range;
}

impl HeapValue for PySlice {
    const NAME: &'static str = "slice";
    const TYPE_TAG: TypeTag = TypeTag::Slice;
}

impl HeapValue for Super {
    const NAME: &'static str = "super";
    const TYPE_TAG: TypeTag = TypeTag::Super;
}

impl HeapValue for BigInt {
    const NAME: &'static str = "int";
    const TYPE_TAG: TypeTag = TypeTag::BigInt;
}

impl HeapValue for Vec<u8> {
    const NAME: &'static str = "bytes";
    const TYPE_TAG: TypeTag = TypeTag::Bytes;
}

#[cfg(test)]
mod tests {
    use super::{Value, View, word};
    use crate::runtime::object::Obj;

    #[test]
    fn value_is_one_word() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 8);
    }

    #[test]
    fn ints_round_trip_inline_or_boxed() {
        for i in [
            0,
            1,
            -1,
            (1 << 62) - 1,
            -(1 << 62),
            1 << 62,
            -(1 << 62) - 1,
            i64::MAX,
            i64::MIN,
        ] {
            let v = Value::Int(i);
            assert!(matches!(v.view(), View::Int(x) if x == i), "{i}");
            let inline = (-(1 << 62)..(1 << 62)).contains(&i);
            assert_eq!(v.as_small_int().is_some(), inline, "{i}");
            assert_eq!(v.heap_ptr().is_none(), inline, "{i}");
        }
    }

    #[test]
    fn floats_round_trip_inline_or_boxed() {
        let cases = [
            0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            1e300,
            -1e-300,
            1e77,
            1e-77,
            f64::MIN_POSITIVE,
            5e-324,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            f64::from_bits(0x3000_0000_0000_0000), // the word +0.0 borrows
            f64::from_bits(0x7ff8_0000_0000_0001), // a NaN payload
        ];
        for x in cases {
            let v = Value::Float(x);
            let View::Float(y) = v.view() else {
                panic!("{x} is a float")
            };
            assert_eq!(y.to_bits(), x.to_bits(), "{x}");
            assert_eq!(v.as_float().is_some(), word::float(x).is_some());
        }
        // The common range is inline.
        for x in [0.0, 1.0, -2.5, 2.75, 1e-70, 1e70, 123456789.0] {
            assert!(word::float(x).is_some(), "{x}");
        }
        for x in [-0.0, 1e100, 1e-100, f64::NAN, f64::INFINITY] {
            assert!(word::float(x).is_none(), "{x}");
        }
    }

    #[test]
    fn immediates_are_distinct() {
        let all = [
            Value::Null,
            Value::None,
            Value::NotImplemented,
            Value::Ellipsis,
            Value::Bool(false),
            Value::Bool(true),
        ];
        for (i, a) in all.iter().enumerate() {
            for (j, b) in all.iter().enumerate() {
                assert_eq!(a.is(b), i == j);
            }
        }
        assert!(matches!(Value::Bool(true).view(), View::Bool(true)));
        assert!(matches!(Value::Null.view(), View::Null));
        assert!(Value::default().is_null());
    }

    #[test]
    fn unboxed_overwrites_make_the_same_values_as_construction() {
        let mut v = Value::Int(3);
        Value::overwrite_with_int(&mut v, -42);
        assert!(matches!(v.view(), View::Int(-42)));
        Value::overwrite_with_float(&mut v, 2.5);
        assert!(matches!(v.view(), View::Float(x) if x == 2.5));
        for b in [true, false] {
            Value::overwrite_with_bool(&mut v, b);
            assert!(matches!(v.view(), View::Bool(x) if x == b));
        }
    }

    #[test]
    fn clone_shares_ownership_correctly() {
        let l = Value::list(vec![Value::Int(1)]);
        let View::List(rc) = l.view() else {
            unreachable!()
        };
        let before = Obj::strong_count(rc);
        let d = l.clone();
        assert_eq!(Obj::strong_count(rc), before + 1);
        drop(d);
        assert_eq!(Obj::strong_count(rc), before);
    }

    #[test]
    fn a_shared_set_becomes_a_frozenset_by_copy() {
        let s = Value::Set(Obj::new(super::PySet {
            table: Default::default(),
        }));
        let View::Set(o) = s.view() else {
            unreachable!()
        };
        let f = Value::FrozenSet(o.clone());
        assert!(matches!(f.view(), View::FrozenSet(_)));
        assert!(matches!(s.view(), View::Set(_)));
        assert!(!f.is(&s));
        let unshared = Obj::new(super::PySet {
            table: Default::default(),
        });
        let at = Obj::header(&unshared);
        let f = Value::FrozenSet(unshared);
        assert_eq!(f.heap_ptr(), Some(at.as_ptr() as usize));
    }
}
