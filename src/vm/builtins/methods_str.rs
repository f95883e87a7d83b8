//! `str` and `bytes`: constructors, methods, the codecs behind encode/decode, and `str.format`.

use super::{builtin, constructor, method};
use crate::bytecode::BinOp;
use crate::runtime::class::Class;
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::strops;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::{PyErr, PyResult, Vm};
use std::cmp::Ordering;

pub fn install(vm: &mut Vm) {
    let s = vm.types.str_.clone();
    constructor(&s, str_new);
    for &(name, f) in STR_METHODS {
        method(&s, name, f);
    }
    let maketrans = builtin("maketrans", str_maketrans);
    s.dict
        .set_str("maketrans", Value::StaticMethod(Obj::new(maketrans)));

    let b = vm.types.bytes.clone();
    constructor(&b, bytes_new);
    for &(name, f) in BYTES_METHODS {
        method(&b, name, f);
    }
    // CPython makes these classmethods; they never look at the class, so static is enough.
    let fromhex = builtin("fromhex", bytes_fromhex::<false>);
    b.dict
        .set_str("fromhex", Value::StaticMethod(Obj::new(fromhex)));
    let maketrans = builtin("maketrans", bytes_maketrans);
    b.dict
        .set_str("maketrans", Value::StaticMethod(Obj::new(maketrans)));
}

const STR_METHODS: &[(&str, NativeFn)] = &[
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("join", str_join),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("replace", str_replace),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("upper", str_upper),
    ("lower", str_lower),
    ("casefold", str_casefold),
    ("swapcase", str_swapcase),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("isdigit", str_isdigit),
    ("isdecimal", str_isdecimal),
    ("isnumeric", str_isnumeric),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("istitle", str_istitle),
    ("isidentifier", str_isidentifier),
    ("isprintable", str_isprintable),
    ("isascii", str_isascii),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("zfill", str_zfill),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("expandtabs", str_expandtabs),
    ("encode", str_encode),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("format", str_format),
    ("format_map", str_format_map),
    ("translate", str_translate),
    ("__len__", str_len),
    ("__contains__", str_contains),
    ("__getitem__", str_getitem),
    ("__add__", str_add),
    ("__mul__", str_mul),
    ("__rmul__", str_rmul),
    ("__mod__", str_mod),
    ("__rmod__", str_rmod),
    ("__eq__", str_eq),
    ("__ne__", str_ne),
    ("__lt__", str_lt),
    ("__le__", str_le),
    ("__gt__", str_gt),
    ("__ge__", str_ge),
    ("__hash__", str_hash),
    ("__iter__", str_iter),
    ("__str__", str_str),
    ("__repr__", str_repr),
    ("__format__", str_format_dunder),
    ("__getnewargs__", str_getnewargs),
    ("__sizeof__", str_sizeof),
];

const BYTES_METHODS: &[(&str, NativeFn)] = &[
    ("decode", bytes_decode::<false>),
    ("hex", bytes_hex::<false>),
    ("split", bytes_split::<false>),
    ("rsplit", bytes_rsplit::<false>),
    ("splitlines", bytes_splitlines::<false>),
    ("join", bytes_join::<false>),
    ("strip", bytes_strip::<false>),
    ("lstrip", bytes_lstrip::<false>),
    ("rstrip", bytes_rstrip::<false>),
    ("startswith", bytes_startswith::<false>),
    ("endswith", bytes_endswith::<false>),
    ("find", bytes_find::<false>),
    ("rfind", bytes_rfind::<false>),
    ("index", bytes_index::<false>),
    ("rindex", bytes_rindex::<false>),
    ("count", bytes_count::<false>),
    ("replace", bytes_replace::<false>),
    ("partition", bytes_partition::<false>),
    ("rpartition", bytes_rpartition::<false>),
    ("removeprefix", bytes_removeprefix::<false>),
    ("removesuffix", bytes_removesuffix::<false>),
    ("center", bytes_center::<false>),
    ("ljust", bytes_ljust::<false>),
    ("rjust", bytes_rjust::<false>),
    ("zfill", bytes_zfill::<false>),
    ("expandtabs", bytes_expandtabs::<false>),
    ("translate", bytes_translate::<false>),
    ("upper", bytes_upper::<false>),
    ("lower", bytes_lower::<false>),
    ("swapcase", bytes_swapcase::<false>),
    ("title", bytes_title::<false>),
    ("capitalize", bytes_capitalize::<false>),
    ("isdigit", bytes_isdigit::<false>),
    ("isalpha", bytes_isalpha::<false>),
    ("isalnum", bytes_isalnum::<false>),
    ("isspace", bytes_isspace::<false>),
    ("isupper", bytes_isupper::<false>),
    ("islower", bytes_islower::<false>),
    ("istitle", bytes_istitle::<false>),
    ("isascii", bytes_isascii::<false>),
    ("__len__", bytes_len::<false>),
    ("__contains__", bytes_contains::<false>),
    ("__getitem__", bytes_getitem),
    ("__add__", bytes_add::<false>),
    ("__mul__", bytes_mul::<false>),
    ("__rmul__", bytes_rmul::<false>),
    ("__mod__", bytes_mod::<false>),
    ("__rmod__", bytes_rmod::<false>),
    ("__eq__", bytes_eq::<false>),
    ("__ne__", bytes_ne::<false>),
    ("__lt__", bytes_lt::<false>),
    ("__le__", bytes_le::<false>),
    ("__gt__", bytes_gt::<false>),
    ("__ge__", bytes_ge::<false>),
    ("__hash__", bytes_hash),
    ("__iter__", bytes_iter),
    ("__str__", bytes_str),
    ("__repr__", bytes_repr),
    ("__getnewargs__", bytes_getnewargs),
    ("__bytes__", bytes_bytes),
    ("__sizeof__", bytes_sizeof),
];

/// The methods `bytearray` shares with `bytes` (results are bytearrays).
pub(super) const BYTEARRAY_SHARED: &[(&str, NativeFn)] = &[
    ("decode", bytes_decode::<true>),
    ("hex", bytes_hex::<true>),
    ("split", bytes_split::<true>),
    ("rsplit", bytes_rsplit::<true>),
    ("splitlines", bytes_splitlines::<true>),
    ("join", bytes_join::<true>),
    ("strip", bytes_strip::<true>),
    ("lstrip", bytes_lstrip::<true>),
    ("rstrip", bytes_rstrip::<true>),
    ("startswith", bytes_startswith::<true>),
    ("endswith", bytes_endswith::<true>),
    ("find", bytes_find::<true>),
    ("rfind", bytes_rfind::<true>),
    ("index", bytes_index::<true>),
    ("rindex", bytes_rindex::<true>),
    ("count", bytes_count::<true>),
    ("replace", bytes_replace::<true>),
    ("partition", bytes_partition::<true>),
    ("rpartition", bytes_rpartition::<true>),
    ("removeprefix", bytes_removeprefix::<true>),
    ("removesuffix", bytes_removesuffix::<true>),
    ("center", bytes_center::<true>),
    ("ljust", bytes_ljust::<true>),
    ("rjust", bytes_rjust::<true>),
    ("zfill", bytes_zfill::<true>),
    ("expandtabs", bytes_expandtabs::<true>),
    ("translate", bytes_translate::<true>),
    ("upper", bytes_upper::<true>),
    ("lower", bytes_lower::<true>),
    ("swapcase", bytes_swapcase::<true>),
    ("title", bytes_title::<true>),
    ("capitalize", bytes_capitalize::<true>),
    ("isdigit", bytes_isdigit::<true>),
    ("isalpha", bytes_isalpha::<true>),
    ("isalnum", bytes_isalnum::<true>),
    ("isspace", bytes_isspace::<true>),
    ("isupper", bytes_isupper::<true>),
    ("islower", bytes_islower::<true>),
    ("istitle", bytes_istitle::<true>),
    ("isascii", bytes_isascii::<true>),
    ("__len__", bytes_len::<true>),
    ("__contains__", bytes_contains::<true>),
    ("__add__", bytes_add::<true>),
    ("__mul__", bytes_mul::<true>),
    ("__rmul__", bytes_rmul::<true>),
    ("__mod__", bytes_mod::<true>),
    ("__rmod__", bytes_rmod::<true>),
    ("__eq__", bytes_eq::<true>),
    ("__ne__", bytes_ne::<true>),
    ("__lt__", bytes_lt::<true>),
    ("__le__", bytes_le::<true>),
    ("__gt__", bytes_gt::<true>),
    ("__ge__", bytes_ge::<true>),
];

/// `bytearray.fromhex`.
pub(super) const BYTEARRAY_FROMHEX: NativeFn = bytes_fromhex::<true>;

/// `bytes.hex`, which `memoryview.hex` runs on the bytes it shows.
pub(super) const BYTES_HEX: NativeFn = bytes_hex::<false>;

/// `bytes.maketrans`, which `bytearray` has too.
pub(super) const BYTES_MAKETRANS: NativeFn = bytes_maketrans;

// ---------------------------------------------------------------------------------------------
// Receivers and argument checking
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ty {
    Str,
    Bytes,
    ByteArray,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::Str => "str",
            Ty::Bytes => "bytes",
            Ty::ByteArray => "bytearray",
        }
    }
}

/// The C calling convention a CPython method uses; each words its arity errors differently.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "str.join() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic, positional only: "center expected at least 1 argument, got 0".
    Clinic,
    /// PyArg_ParseTuple, used by the find family: "find() takes at least 1 argument (0 given)".
    Legacy,
    /// Slot wrappers such as `__len__`: "expected 1 argument, got 0".
    Slot,
    /// The `sq_repeat` wrappers, whose unpacking is done under an empty function name.
    SlotRepeat,
}

impl Style {
    fn is_slot(self) -> bool {
        matches!(self, Style::Slot | Style::SlotRepeat)
    }
}

#[derive(Clone, Copy)]
pub(super) struct Sig {
    pub(super) ty: Ty,
    pub(super) name: &'static str,
    pub(super) style: Style,
    pub(super) min: usize,
    pub(super) max: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn arity_message(sig: Sig, n: usize) -> String {
    let Sig {
        ty,
        name,
        style,
        min,
        max,
    } = sig;
    let tn = ty.name();
    match style {
        Style::NoArgs => format!("{tn}.{name}() takes no arguments ({n} given)"),
        Style::One => format!("{tn}.{name}() takes exactly one argument ({n} given)"),
        Style::Clinic => {
            let (bound, word) = if n < min {
                (min, "at least ")
            } else {
                (max, "at most ")
            };
            let word = if min == max { "" } else { word };
            format!(
                "{name} expected {word}{bound} argument{}, got {n}",
                plural(bound)
            )
        }
        Style::Legacy => {
            let (bound, word) = if n < min {
                (min, "at least")
            } else {
                (max, "at most")
            };
            let word = if min == max { "exactly" } else { word };
            format!(
                "{name}() takes {word} {bound} argument{} ({n} given)",
                plural(bound)
            )
        }
        Style::Slot => format!("expected {min} argument{}, got {n}", plural(min)),
        Style::SlotRepeat => format!(" expected {min} argument{}, got {n}", plural(min)),
    }
}

/// Rejects keywords and wrong argument counts; `skip` leading arguments (self) are not counted.
pub(super) fn check_call(vm: &mut Vm, args: &Args, skip: usize, sig: Sig) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        let msg = if sig.style.is_slot() {
            format!("wrapper {}() takes no keyword arguments", sig.name)
        } else {
            format!(
                "{}.{}() takes no keyword arguments",
                sig.ty.name(),
                sig.name
            )
        };
        return Err(vm.type_error(msg));
    }
    let n = args.args.len().saturating_sub(skip);
    if n < sig.min || n > sig.max {
        return Err(vm.type_error(arity_message(sig, n)));
    }
    Ok(())
}

/// The built-in value of `self` (instances of subclasses carry it inside), after checking that
/// `self` is there and has the right type, with the messages of method descriptors and slot
/// wrappers respectively.
pub(super) fn check_self(
    vm: &mut Vm,
    args: &Args,
    ty: Ty,
    name: &str,
    slot: bool,
) -> PyResult<Value> {
    let tn = ty.name();
    let Some(first) = args.args.first() else {
        return Err(vm.type_error(if slot {
            format!("descriptor '{name}' of '{tn}' object needs an argument")
        } else {
            format!("unbound method {tn}.{name}() needs an argument")
        }));
    };
    let base = vm.unwrap_base(first);
    let ok = match ty {
        Ty::Str => matches!(base.view(), View::Str(_)),
        Ty::Bytes => matches!(base.view(), View::Bytes(_)),
        Ty::ByteArray => matches!(base.view(), View::ByteArray(_)),
    };
    if ok {
        return Ok(base);
    }
    let got = vm.type_name(first);
    Err(vm.type_error(if slot {
        format!("descriptor '{name}' requires a '{tn}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{tn}' objects doesn't apply to a '{got}' object")
    }))
}

fn wrong_receiver(vm: &mut Vm, ty: Ty) -> PyErr {
    vm.type_error(format!("expected a {} receiver", ty.name()))
}

fn self_str(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj<PyStr>> {
    match check_self(vm, args, Ty::Str, name, false)?.view() {
        View::Str(s) => Ok(s.clone()),
        _ => Err(wrong_receiver(vm, Ty::Str)),
    }
}

/// The byte container a method of `bytes` (`BA` false) or `bytearray` (`BA` true) works on.
/// The methods shared by both are written once, generic over this flag: it picks the type
/// named in messages, the receiver accepted and the type of the results.
fn bty<const BA: bool>() -> Ty {
    if BA { Ty::ByteArray } else { Ty::Bytes }
}

/// The contents of a bytes value, or a copy of a bytearray's (so a method can keep reading
/// them while calls it makes mutate the original).
pub(crate) fn byte_data(v: &Value) -> Option<Obj<Vec<u8>>> {
    match v.view() {
        View::Bytes(b) => Some(b.clone()),
        View::ByteArray(a) => Some(Obj::new(a.snapshot())),
        View::MemoryView(m) if !m.released.get() => Some(Obj::new(m.to_vec())),
        _ => None,
    }
}

/// A result of the receiver's own type.
fn made<const BA: bool>(b: Vec<u8>) -> Value {
    if BA {
        Value::ByteArray(Obj::new(crate::runtime::bytearray::PyByteArray::new(b)))
    } else {
        new_bytes(b)
    }
}

/// The receiver's contents returned unchanged: bytes hand back the same object, a bytearray
/// always a new one.
fn same<const BA: bool>(b: Obj<Vec<u8>>) -> Value {
    if BA {
        made::<true>(b.to_vec())
    } else {
        Value::Bytes(b)
    }
}

fn self_bytes<const BA: bool>(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj<Vec<u8>>> {
    let base = check_self(vm, args, bty::<BA>(), name, false)?;
    match byte_data(&base) {
        Some(b) => Ok(b),
        None => Err(wrong_receiver(vm, bty::<BA>())),
    }
}

fn recv_str(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    style: Style,
    min: usize,
    max: usize,
) -> PyResult<Obj<PyStr>> {
    let sig = Sig {
        ty: Ty::Str,
        name,
        style,
        min,
        max,
    };
    let base = check_self(vm, args, Ty::Str, name, style.is_slot())?;
    check_call(vm, args, 1, sig)?;
    match base.view() {
        View::Str(s) => Ok(s.clone()),
        _ => Err(wrong_receiver(vm, Ty::Str)),
    }
}

fn recv_bytes<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    style: Style,
    min: usize,
    max: usize,
) -> PyResult<Obj<Vec<u8>>> {
    let ty = bty::<BA>();
    let sig = Sig {
        ty,
        name,
        style,
        min,
        max,
    };
    let base = check_self(vm, args, ty, name, style.is_slot())?;
    check_call(vm, args, 1, sig)?;
    match byte_data(&base) {
        Some(b) => Ok(b),
        None => Err(wrong_receiver(vm, ty)),
    }
}

/// Argument `i` of a call whose count has already been checked.
pub(super) fn nth(args: &Args, i: usize) -> Value {
    args.args.get(i).cloned().unwrap_or_default()
}

/// Argument Clinic's parser for parameters that may be passed by keyword
/// (`_PyArg_UnpackKeywords`): the first `posonly` names are positional-only and the first
/// `minpos` are required. `args.args[0]` (self or the class) is not a parameter.
pub(super) fn parse_kw<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    names: [&str; N],
    posonly: usize,
    minpos: usize,
) -> PyResult<[Option<Value>; N]> {
    let pos = args.args.get(1..).unwrap_or(&[]);
    let (nargs, nkw) = (pos.len(), args.kwargs.len());
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    if nkw == 0 && minpos <= nargs && nargs <= N {
        return Ok(out);
    }
    if nargs + nkw > N {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(N),
            nargs + nkw
        )));
    }
    let min_posonly = posonly.min(minpos);
    if nargs < min_posonly {
        let word = if min_posonly < N {
            "at least"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{fname}() takes {word} {min_posonly} positional argument{} ({nargs} given)",
            plural(min_posonly)
        )));
    }
    let mut used = 0;
    for (i, (slot, name)) in out
        .iter_mut()
        .zip(names)
        .enumerate()
        .skip(nargs.max(posonly))
    {
        *slot = args.kw(name).cloned();
        if slot.is_some() {
            used += 1;
        } else if i < minpos {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if used < nkw {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if args.kw(name).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        let keywords = names.get(posonly..).unwrap_or(&[]);
        if let Some((k, _)) = args
            .kwargs
            .iter()
            .find(|(k, _)| !keywords.contains(&k.as_str()))
        {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {fname}()",
                k.as_str()
            )));
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Argument conversions
// ---------------------------------------------------------------------------------------------

fn int_like(v: &Value) -> bool {
    matches!(v.view(), View::Int(_) | View::Bool(_) | View::BigInt(_))
}

/// The integer behind `v` (itself, the int inside an int subclass, or `__index__`), or None
/// when `v` has no integer meaning.
pub(super) fn index_of(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if int_like(v) {
        return Ok(Some(v.clone()));
    }
    if let View::Instance(_) = v.view() {
        if let Some(r) = vm.call_user_special(v, "__index__", vec![])? {
            let r = vm.unwrap_base(&r);
            if int_like(&r) {
                return Ok(Some(r));
            }
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__index__ returned non-int (type {tn})")));
        }
        let base = vm.unwrap_base(v);
        if int_like(&base) {
            return Ok(Some(base));
        }
    }
    Ok(None)
}

pub(super) fn not_an_integer(vm: &mut Vm, v: &Value) -> PyErr {
    let tn = vm.type_name(v);
    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
}

/// A `Py_ssize_t` argument.
pub(super) fn to_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index_of(vm, v)?.view() {
        Some(View::Int(i)) => Ok(i),
        Some(View::Bool(b)) => Ok(i64::from(b)),
        Some(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(not_an_integer(vm, v)),
    }
}

/// A C `int` argument.
fn to_c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index_of(vm, v)?.view() {
        Some(View::Int(i)) if i32::try_from(i).is_ok() => Ok(i),
        Some(View::Bool(b)) => Ok(i64::from(b)),
        Some(_) => Err(vm.overflow_error("Python int too large to convert to C int")),
        None => Err(not_an_integer(vm, v)),
    }
}

/// The optional start/end of the find family: None, or an integer clamped to i64.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    match index_of(vm, v)?.view() {
        Some(View::Int(i)) => Ok(Some(i)),
        Some(View::Bool(b)) => Ok(Some(i64::from(b))),
        Some(View::BigInt(b)) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        })),
        _ => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

pub(super) fn str_of(vm: &Vm, v: &Value) -> Option<Obj<PyStr>> {
    match v.view() {
        View::Str(s) => Some(s.clone()),
        View::Instance(_) => match vm.unwrap_base(v).view() {
            View::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A bytes-like argument: bytes, a bytearray (copied), or a subclass instance of either.
pub(super) fn bytes_of(vm: &Vm, v: &Value) -> Option<Obj<Vec<u8>>> {
    match v.view() {
        View::Instance(_) => byte_data(&vm.unwrap_base(v)),
        _ => byte_data(v),
    }
}

/// The type as Argument Clinic's conversion errors name it: None is "None", not "NoneType".
fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_owned()
    } else {
        vm.type_name(v)
    }
}

/// A str argument; the error reads "{prefix}must be str, not int". A non-empty prefix marks
/// an Argument Clinic conversion, which names None differently.
pub(super) fn need_str(vm: &mut Vm, v: &Value, prefix: &str) -> PyResult<Obj<PyStr>> {
    match str_of(vm, v) {
        Some(s) => Ok(s),
        None => {
            let tn = if prefix.is_empty() {
                vm.type_name(v)
            } else {
                clinic_type_name(vm, v)
            };
            Err(vm.type_error(format!("{prefix}must be str, not {tn}")))
        }
    }
}

/// Maps the `Err` of a strops function: MemoryError for an impossible size, else ValueError.
fn op_err(vm: &mut Vm, msg: String) -> PyErr {
    if msg == strops::TOO_LARGE {
        vm.err_noargs("MemoryError")
    } else {
        vm.value_error(msg)
    }
}

pub(super) fn memory_error(vm: &mut Vm) -> PyErr {
    vm.err_noargs("MemoryError")
}

/// Python's maxsplit/count convention: any negative value means "no limit".
fn limit(n: i64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

fn str_list(parts: Vec<String>) -> Value {
    Value::list(parts.into_iter().map(Value::string).collect())
}

fn new_bytes(b: Vec<u8>) -> Value {
    Value::Bytes(Obj::new(b))
}

fn bytes_list<const BA: bool>(parts: Vec<&[u8]>) -> Value {
    Value::list(parts.into_iter().map(|p| made::<BA>(p.to_vec())).collect())
}

/// The size of a join result, or None when it cannot even be counted.
fn joined_len(mut lens: impl Iterator<Item = usize>, sep: usize, n: usize) -> Option<usize> {
    let seps = sep.checked_mul(n.saturating_sub(1))?;
    lens.try_fold(seps, usize::checked_add)
}

/// The elements of an iterable for `join`, with CPython's message for non-iterables.
pub(super) fn join_items(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    match iterable.view() {
        View::List(l) => return Ok(l.items.borrow().clone()),
        View::Tuple(t) => return Ok(t.items().to_vec()),
        _ => {}
    }
    let it = match vm.get_iter(iterable) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, "TypeError") => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(x) = vm.next(&it)? {
        items.push(x);
    }
    Ok(items)
}

// ---------------------------------------------------------------------------------------------
// str: constructor
// ---------------------------------------------------------------------------------------------

/// The class argument of `T.__new__(cls, ...)`; `Ok(None)` when it is `T` itself, `Ok(Some)`
/// for a subclass, which is built by the generic subclass constructor.
pub(super) fn new_class(
    vm: &mut Vm,
    args: &Args,
    base: &Obj<Class>,
) -> PyResult<Option<Obj<Class>>> {
    let bn = base.name();
    match args.args.first().view() {
        None => Err(vm.type_error(format!("{bn}.__new__(): not enough arguments"))),
        Some(View::Class(c)) => {
            if Obj::ptr_eq(c, base) {
                Ok(None)
            } else if c.is_subclass(base) {
                Ok(Some(c.clone()))
            } else {
                let cn = c.name();
                Err(vm.type_error(format!("{bn}.__new__({cn}): {cn} is not a subtype of {bn}")))
            }
        }
        Some(_) => {
            let tn = vm.type_name(&args.args[0]);
            Err(vm.type_error(format!("{bn}.__new__(X): X is not a type object ({tn})")))
        }
    }
}

pub(super) fn subclass_new(vm: &mut Vm, cls: &Obj<Class>, args: &Args) -> PyResult<Value> {
    let rest = Args {
        args: args.args.get(1..).unwrap_or(&[]).iter().cloned().collect(),
        kwargs: args.kwargs.clone(),
    };
    vm.default_new(cls, &rest)
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.str_.clone();
    if let Some(cls) = new_class(vm, &args, &base)? {
        return subclass_new(vm, &cls, &args);
    }
    let [object, encoding, errors] =
        parse_kw(vm, &args, "str", ["object", "encoding", "errors"], 0, 0)?;
    let encoding = match &encoding {
        Some(v) => Some(need_str(vm, v, "str() argument 'encoding' ")?),
        None => None,
    };
    let errors = match &errors {
        Some(v) => Some(need_str(vm, v, "str() argument 'errors' ")?),
        None => None,
    };
    let Some(object) = object else {
        return Ok(Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        return match object.view() {
            View::Str(_) => Ok(object.clone()),
            _ => vm.to_str(&object).map(Value::string),
        };
    }
    let base = vm.unwrap_base(&object);
    if let Some(b) = byte_data(&base) {
        let enc = encoding.as_deref().map_or("utf-8", PyStr::as_str);
        let errs = errors.as_deref().map_or("strict", PyStr::as_str);
        return decode(vm, &b, enc, errs).map(Value::string);
    }
    match base.view() {
        View::Str(_) => Err(vm.type_error("decoding str is not supported")),
        _ => {
            let tn = vm.type_name(&object);
            Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            )))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// str: splitting, joining, stripping, replacing
// ---------------------------------------------------------------------------------------------

type SplitFn = fn(&str, Option<&str>, i64) -> Result<Vec<String>, String>;

fn split_common(vm: &mut Vm, args: &Args, name: &str, f: SplitFn) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    let [sep, maxsplit] = parse_kw(vm, args, name, ["sep", "maxsplit"], 0, 0)?;
    let sep = match sep.as_ref().filter(|v| !v.is_none()) {
        None => None,
        Some(v) => match str_of(vm, v) {
            Some(p) => Some(p),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {tn}")));
            }
        },
    };
    let maxsplit = match &maxsplit {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    let parts =
        f(s.as_str(), sep.as_deref().map(PyStr::as_str), maxsplit).map_err(|e| op_err(vm, e))?;
    Ok(str_list(parts))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, &args, "split", strops::split)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, &args, "rsplit", strops::rsplit)
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "splitlines")?;
    let [keepends] = parse_kw(vm, &args, "splitlines", ["keepends"], 0, 0)?;
    let keep = match &keepends {
        Some(v) => to_c_int(vm, v)? != 0,
        None => false,
    };
    Ok(str_list(strops::splitlines(s.as_str(), keep)))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = recv_str(vm, &args, "join", Style::One, 1, 1)?;
    let items = join_items(vm, &nth(&args, 1))?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match str_of(vm, item) {
            Some(p) => parts.push(p),
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    if let [only] = parts.as_slice() {
        return Ok(Value::Str(only.clone()));
    }
    let lens = parts.iter().map(|p| p.as_str().len());
    let mut out = String::new();
    match joined_len(lens, sep.as_str().len(), parts.len()) {
        Some(total) if out.try_reserve_exact(total).is_ok() => {}
        _ => return Err(memory_error(vm)),
    }
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(p.as_str());
    }
    Ok(Value::string(out))
}

type StripFn = for<'a, 'b> fn(&'a str, Option<&'b str>) -> &'a str;

fn strip_common(vm: &mut Vm, args: &Args, name: &'static str, f: StripFn) -> PyResult<Value> {
    let s = recv_str(vm, args, name, Style::Clinic, 0, 1)?;
    let chars = match args.args.get(1).filter(|v| !v.is_none()) {
        None => None,
        Some(v) => match str_of(vm, v) {
            Some(c) => Some(c),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let r = f(s.as_str(), chars.as_deref().map(PyStr::as_str));
    if r.len() == s.as_str().len() {
        return Ok(Value::Str(s));
    }
    Ok(Value::str(r))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, &args, "strip", strops::strip)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, &args, "lstrip", strops::lstrip)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, &args, "rstrip", strops::rstrip)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "replace", Style::Clinic, 2, 3)?;
    let old = need_str(vm, &nth(&args, 1), "replace() argument 1 ")?;
    let new = need_str(vm, &nth(&args, 2), "replace() argument 2 ")?;
    let count = match args.args.get(3) {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    let r = strops::replace(s.as_str(), old.as_str(), new.as_str(), count)
        .map_err(|e| op_err(vm, e))?;
    Ok(Value::string(r))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, &args, "partition", strops::partition)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, &args, "rpartition", strops::rpartition)
}

type PartitionFn = fn(&str, &str) -> Result<(String, String, String), String>;

fn partition_common(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    f: PartitionFn,
) -> PyResult<Value> {
    let s = recv_str(vm, args, name, Style::One, 1, 1)?;
    let sep = need_str(vm, &nth(args, 1), "")?;
    let (a, b, c) = f(s.as_str(), sep.as_str()).map_err(|e| op_err(vm, e))?;
    Ok(Value::tuple(vec![
        Value::string(a),
        Value::string(b),
        Value::string(c),
    ]))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "expandtabs")?;
    let [tabsize] = parse_kw(vm, &args, "expandtabs", ["tabsize"], 0, 0)?;
    let tabsize = match &tabsize {
        Some(v) => to_c_int(vm, v)?,
        None => 8,
    };
    if !s.as_str().contains('\t') {
        return Ok(Value::Str(s));
    }
    let r = strops::expandtabs(s.as_str(), tabsize).map_err(|e| op_err(vm, e))?;
    Ok(Value::string(r))
}

fn affix_common(vm: &mut Vm, args: &Args, name: &'static str, prefix: bool) -> PyResult<Value> {
    let s = recv_str(vm, args, name, Style::One, 1, 1)?;
    let affix = need_str(vm, &nth(args, 1), &format!("{name}() argument "))?;
    let stripped = if prefix {
        s.as_str().strip_prefix(affix.as_str())
    } else {
        s.as_str().strip_suffix(affix.as_str())
    };
    match stripped {
        Some(r) if !affix.as_str().is_empty() => Ok(Value::str(r)),
        _ => Ok(Value::Str(s)),
    }
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_common(vm, &args, "removeprefix", true)
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_common(vm, &args, "removesuffix", false)
}

// ---------------------------------------------------------------------------------------------
// str: searching
// ---------------------------------------------------------------------------------------------

/// `self`, the first argument and the optional start/end of the find family. Like CPython,
/// the indices are converted before the first argument's type is checked.
fn find_args(
    vm: &mut Vm,
    args: &Args,
    ty: Ty,
    name: &'static str,
) -> PyResult<(Value, Value, Option<i64>, Option<i64>)> {
    let sig = Sig {
        ty,
        name,
        style: Style::Legacy,
        min: 1,
        max: 3,
    };
    let base = check_self(vm, args, ty, name, false)?;
    check_call(vm, args, 1, sig)?;
    let start = slice_index(vm, args.args.get(2))?;
    let end = slice_index(vm, args.args.get(3))?;
    Ok((base, nth(args, 1), start, end))
}

type FindFn = fn(&str, &str, Option<i64>, Option<i64>) -> i64;

fn find_common(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    f: FindFn,
    raise: bool,
) -> PyResult<Value> {
    let (base, sub, start, end) = find_args(vm, args, Ty::Str, name)?;
    let View::Str(s) = base.view() else {
        return Err(wrong_receiver(vm, Ty::Str));
    };
    let sub = need_str(vm, &sub, "")?;
    let r = f(s.as_str(), sub.as_str(), start, end);
    if raise && r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(r))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, &args, "find", strops::find, false)
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, &args, "rfind", strops::rfind, false)
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, &args, "index", strops::find, true)
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, &args, "rindex", strops::rfind, true)
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, &args, "count", strops::count, false)
}

type AffixTest = fn(&str, &str, Option<i64>, Option<i64>) -> bool;

fn starts_ends(vm: &mut Vm, args: &Args, name: &'static str, f: AffixTest) -> PyResult<Value> {
    let (base, prefix, start, end) = find_args(vm, args, Ty::Str, name)?;
    let View::Str(s) = base.view() else {
        return Err(wrong_receiver(vm, Ty::Str));
    };
    if let Some(p) = str_of(vm, &prefix) {
        return Ok(Value::Bool(f(s.as_str(), p.as_str(), start, end)));
    }
    if let View::Tuple(t) = vm.unwrap_base(&prefix).view() {
        for item in t.items().iter() {
            let Some(p) = str_of(vm, item) else {
                let tn = vm.type_name(item);
                return Err(
                    vm.type_error(format!("tuple for {name} must only contain str, not {tn}"))
                );
            };
            if f(s.as_str(), p.as_str(), start, end) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let tn = vm.type_name(&prefix);
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {tn}"
    )))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, &args, "startswith", strops::startswith)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, &args, "endswith", strops::endswith)
}

// ---------------------------------------------------------------------------------------------
// str: case mapping, predicates, padding
// ---------------------------------------------------------------------------------------------

macro_rules! str_map {
    ($($fname:ident, $name:literal, $f:path;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let s = recv_str(vm, &args, $name, Style::NoArgs, 0, 0)?;
            Ok(Value::string($f(s.as_str())))
        }
    )*};
}

str_map! {
    str_upper, "upper", strops::upper;
    str_lower, "lower", strops::lower;
    str_casefold, "casefold", strops::casefold;
    str_swapcase, "swapcase", strops::swapcase;
    str_title, "title", strops::title;
    str_capitalize, "capitalize", strops::capitalize;
}

macro_rules! str_pred {
    ($($fname:ident, $name:literal, $f:path;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let s = recv_str(vm, &args, $name, Style::NoArgs, 0, 0)?;
            Ok(Value::Bool($f(s.as_str())))
        }
    )*};
}

str_pred! {
    str_isdigit, "isdigit", strops::isdigit;
    str_isdecimal, "isdecimal", strops::isdecimal;
    str_isnumeric, "isnumeric", strops::isnumeric;
    str_isalpha, "isalpha", strops::isalpha;
    str_isalnum, "isalnum", strops::isalnum;
    str_isspace, "isspace", strops::isspace;
    str_isupper, "isupper", strops::isupper;
    str_islower, "islower", strops::islower;
    str_istitle, "istitle", strops::istitle;
    str_isidentifier, "isidentifier", strops::isidentifier;
    str_isprintable, "isprintable", strops::isprintable;
    str_isascii, "isascii", strops::isascii;
}

type PadFn = fn(&str, i64, char) -> Result<String, String>;

fn pad_common(vm: &mut Vm, args: &Args, name: &'static str, f: PadFn) -> PyResult<Value> {
    let s = recv_str(vm, args, name, Style::Clinic, 1, 2)?;
    let width = to_index(vm, &nth(args, 1))?;
    let fill = match args.args.get(2) {
        None => ' ',
        Some(v) => match str_of(vm, v) {
            Some(f) => {
                let mut chars = f.as_str().chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => c,
                    _ => {
                        return Err(
                            vm.type_error("The fill character must be exactly one character long")
                        );
                    }
                }
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {tn}"
                )));
            }
        },
    };
    if width <= i64::try_from(s.char_len()).unwrap_or(i64::MAX) {
        return Ok(Value::Str(s));
    }
    f(s.as_str(), width, fill)
        .map(Value::string)
        .map_err(|e| op_err(vm, e))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, &args, "center", strops::center)
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, &args, "ljust", strops::ljust)
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, &args, "rjust", strops::rjust)
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "zfill", Style::One, 1, 1)?;
    let width = to_index(vm, &nth(&args, 1))?;
    if width <= i64::try_from(s.char_len()).unwrap_or(i64::MAX) {
        return Ok(Value::Str(s));
    }
    strops::zfill(s.as_str(), width)
        .map(Value::string)
        .map_err(|e| op_err(vm, e))
}

// ---------------------------------------------------------------------------------------------
// str: translate and maketrans
// ---------------------------------------------------------------------------------------------

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "translate", Style::One, 1, 1)?;
    let table = nth(&args, 1);
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let mapped = match vm.get_item(&table, &Value::Int(i64::from(u32::from(c)))) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped.view() {
            View::None => {}
            View::Int(_) | View::Bool(_) | View::BigInt(_) => {
                let cp = match mapped.view() {
                    View::Int(i) => i,
                    View::Bool(b) => i64::from(b),
                    _ => -1,
                };
                if !(0..=0x10FFFF).contains(&cp) {
                    return Err(vm.value_error("character mapping must be in range(0x110000)"));
                }
                // Lone surrogates cannot live in a Rust string; they become U+FFFD.
                out.push(
                    u32::try_from(cp)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}'),
                );
            }
            _ => match str_of(vm, &mapped) {
                Some(r) => out.push_str(r.as_str()),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            },
        }
    }
    Ok(Value::string(out))
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        ty: Ty::Str,
        name: "maketrans",
        style: Style::Clinic,
        min: 1,
        max: 3,
    };
    check_call(vm, &args, 0, sig)?;
    let x = nth(&args, 0);
    let y = match args.args.get(1) {
        Some(v) => Some(need_str(vm, v, "maketrans() argument 2 ")?),
        None => None,
    };
    let z = match args.args.get(2) {
        Some(v) => Some(need_str(vm, v, "maketrans() argument 3 ")?),
        None => None,
    };
    let table = vm.new_dict();
    let Some(y) = y else {
        let View::Dict(d) = x.view() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in d.items() {
            let key = match k.view() {
                View::Str(s) => {
                    let mut chars = s.as_str().chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Value::Int(i64::from(u32::from(c))),
                        _ => {
                            return Err(vm.value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    }
                }
                View::Int(_) | View::Bool(_) | View::BigInt(_) => k.clone(),
                _ => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            vm.dict_set(&table, key, v)?;
        }
        return Ok(Value::Dict(table));
    };
    let Some(x) = str_of(vm, &x) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        let (a, b) = (i64::from(u32::from(a)), i64::from(u32::from(b)));
        vm.dict_set(&table, Value::Int(a), Value::Int(b))?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            vm.dict_set(&table, Value::Int(i64::from(u32::from(c))), Value::None)?;
        }
    }
    Ok(Value::Dict(table))
}

// ---------------------------------------------------------------------------------------------
// str: encode
// ---------------------------------------------------------------------------------------------

fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "encode")?;
    let [encoding, errors] = parse_kw(vm, &args, "encode", ["encoding", "errors"], 0, 0)?;
    let encoding = match &encoding {
        Some(v) => Some(need_str(vm, v, "encode() argument 'encoding' ")?),
        None => None,
    };
    let errors = match &errors {
        Some(v) => Some(need_str(vm, v, "encode() argument 'errors' ")?),
        None => None,
    };
    let enc = encoding.as_deref().map_or("utf-8", PyStr::as_str);
    let errs = errors.as_deref().map_or("strict", PyStr::as_str);
    encode(vm, &s, enc, errs).map(new_bytes)
}

// ---------------------------------------------------------------------------------------------
// str: dunders (so that `str.__add__(a, b)` and `super().__eq__(x)` in subclasses work)
// ---------------------------------------------------------------------------------------------

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__len__", Style::Slot, 0, 0)?;
    Ok(Value::Int(i64::try_from(s.char_len()).unwrap_or(i64::MAX)))
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__contains__", Style::Slot, 1, 1)?;
    let item = nth(&args, 1);
    let item = match str_of(vm, &item) {
        Some(p) => Value::Str(p),
        None => item,
    };
    vm.contains(&Value::Str(s), &item).map(Value::Bool)
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__getitem__", Style::Slot, 1, 1)?;
    vm.get_item(&Value::Str(s), &nth(&args, 1))
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__add__", Style::Slot, 1, 1)?;
    let other = nth(&args, 1);
    if let Some(o) = str_of(vm, &other) {
        let mut r = String::with_capacity(s.as_str().len() + o.as_str().len());
        r.push_str(s.as_str());
        r.push_str(o.as_str());
        return Ok(Value::string(r));
    }
    // A user object may still implement the reflected operation.
    if let View::Instance(_) = other.view() {
        return Ok(Value::NotImplemented);
    }
    let tn = vm.type_name(&other);
    Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")))
}

/// `seq * n` for the `__mul__`/`__rmul__` wrappers. A non-integer gives NotImplemented
/// (CPython's wrapper raises instead) because the VM's `*` operator falls back to these
/// methods and must still try the other operand and then report "can't multiply sequence".
fn repeat(vm: &mut Vm, seq: Value, n: &Value) -> PyResult<Value> {
    let count = match index_of(vm, n)? {
        Some(c) if matches!(c.view(), View::BigInt(_)) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        Some(c) => c,
        None => return Ok(Value::NotImplemented),
    };
    vm.binary_op(&seq, &count, BinOp::Mul)
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__mul__", Style::SlotRepeat, 1, 1)?;
    repeat(vm, Value::Str(s), &nth(&args, 1))
}

fn str_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__rmul__", Style::SlotRepeat, 1, 1)?;
    repeat(vm, Value::Str(s), &nth(&args, 1))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__mod__", Style::Slot, 1, 1)?;
    vm.percent_format(s.as_str(), &nth(&args, 1))
        .map(Value::string)
}

fn str_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__rmod__", Style::Slot, 1, 1)?;
    match str_of(vm, &nth(&args, 1)) {
        Some(fmt) => vm
            .percent_format(fmt.as_str(), &Value::Str(s))
            .map(Value::string),
        None => Ok(Value::NotImplemented),
    }
}

fn str_compare(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    test: fn(Ordering) -> bool,
) -> PyResult<Value> {
    let s = recv_str(vm, args, name, Style::Slot, 1, 1)?;
    match str_of(vm, &nth(args, 1)) {
        Some(o) => Ok(Value::Bool(test(s.as_str().cmp(o.as_str())))),
        None => Ok(Value::NotImplemented),
    }
}

fn str_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_compare(vm, &args, "__eq__", Ordering::is_eq)
}

fn str_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_compare(vm, &args, "__ne__", Ordering::is_ne)
}

fn str_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_compare(vm, &args, "__lt__", Ordering::is_lt)
}

fn str_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_compare(vm, &args, "__le__", Ordering::is_le)
}

fn str_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_compare(vm, &args, "__gt__", Ordering::is_gt)
}

fn str_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_compare(vm, &args, "__ge__", Ordering::is_ge)
}

fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__hash__", Style::Slot, 0, 0)?;
    Ok(Value::Int(s.hash()))
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__iter__", Style::Slot, 0, 0)?;
    vm.get_iter(&Value::Str(s))
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    recv_str(vm, &args, "__str__", Style::Slot, 0, 0).map(Value::Str)
}

fn str_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__repr__", Style::Slot, 0, 0)?;
    Ok(Value::string(strops::repr(s.as_str())))
}

fn str_format_dunder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__format__", Style::One, 1, 1)?;
    let spec = need_str(vm, &nth(&args, 1), "__format__() argument ")?;
    vm.format(&Value::Str(s), spec.as_str()).map(Value::string)
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__getnewargs__", Style::NoArgs, 0, 0)?;
    Ok(Value::tuple(vec![Value::Str(s)]))
}

/// CPython's compact layouts: 1, 2 or 4 bytes per code point after a fixed header.
fn str_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "__sizeof__", Style::NoArgs, 0, 0)?;
    let n = s.char_len();
    let widest = s.as_str().chars().map(u32::from).max().unwrap_or(0);
    let size = match widest {
        0..=0x7F => 49 + n,
        0x80..=0xFF => 73 + n,
        0x100..=0xFFFF => 74 + 2 * n,
        _ => 76 + 4 * n,
    };
    Ok(Value::Int(i64::try_from(size).unwrap_or(i64::MAX)))
}

// ---------------------------------------------------------------------------------------------
// str.format and str.format_map (Objects/stringlib/unicode_format.h)
// ---------------------------------------------------------------------------------------------

/// Where named fields are looked up: the call's keywords, or the mapping of `format_map`.
enum FieldSource<'a> {
    Keywords(&'a [(Obj<PyStr>, Value)]),
    Mapping(&'a Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// Field numbering state, shared by the nested fields of format specs.
struct AutoNumber {
    mode: Numbering,
    next: usize,
}

struct FormatCtx<'a> {
    args: Option<&'a [Value]>,
    fields: FieldSource<'a>,
    auto: AutoNumber,
}

/// One replacement field: `{name!conversion:spec}`.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_has_fields: bool,
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "format")?;
    let mut ctx = FormatCtx {
        args: Some(args.args.get(1..).unwrap_or(&[])),
        fields: FieldSource::Keywords(&args.kwargs),
        auto: AutoNumber {
            mode: Numbering::Unset,
            next: 0,
        },
    };
    build_string(vm, s.as_str(), &mut ctx, 2).map(Value::string)
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv_str(vm, &args, "format_map", Style::One, 1, 1)?;
    let mapping = nth(&args, 1);
    let mut ctx = FormatCtx {
        args: None,
        fields: FieldSource::Mapping(&mapping),
        auto: AutoNumber {
            mode: Numbering::Unset,
            next: 0,
        },
    };
    build_string(vm, s.as_str(), &mut ctx, 2).map(Value::string)
}

/// Formats `fmt`; `depth` counts down through nested format specs.
fn build_string(vm: &mut Vm, fmt: &str, ctx: &mut FormatCtx, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let end = b.len();
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0;
    while pos < end {
        // Literal text up to the next brace; a doubled brace is text ending in one brace.
        let start = pos;
        let mut c = 0u8;
        let mut markup = false;
        while pos < end {
            c = b[pos];
            pos += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut literal_end = pos;
        if c == b'}' && (at_end || b[pos] != b'}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if at_end && c == b'{' {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if !at_end {
            if b[pos] == c {
                pos += 1;
                markup = false;
            } else {
                literal_end -= 1;
            }
        }
        out.push_str(fmt.get(start..literal_end).unwrap_or(""));
        if !markup {
            continue;
        }
        let field = parse_field(vm, fmt, &mut pos)?;
        let obj = get_field_object(vm, field.name, ctx)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => Value::string(vm.repr(&obj)?),
            Some('s') => Value::string(vm.to_str(&obj)?),
            Some('a') => Value::string(vm.ascii(&obj)?),
            Some(other) => {
                let cp = u32::from(other);
                let msg = if cp > 32 && cp < 127 {
                    format!("Unknown conversion specifier {other}")
                } else {
                    format!("Unknown conversion specifier \\x{cp:x}")
                };
                return Err(vm.value_error(msg));
            }
        };
        let expanded;
        let spec = if field.spec_has_fields {
            expanded = build_string(vm, field.spec, ctx, depth - 1)?;
            expanded.as_str()
        } else {
            field.spec
        };
        match obj.view() {
            View::Str(s) if spec.is_empty() => out.push_str(s.as_str()),
            _ => out.push_str(&vm.format(&obj, spec)?),
        }
    }
    Ok(out)
}

/// Parses a replacement field after its `{`, leaving `pos` after the closing `}`.
fn parse_field<'a>(vm: &mut Vm, fmt: &'a str, pos: &mut usize) -> PyResult<Field<'a>> {
    let b = fmt.as_bytes();
    let end = b.len();
    let name_start = *pos;
    let mut c = 0u8;
    while *pos < end {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < end && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name = fmt.get(name_start..pos.saturating_sub(1)).unwrap_or("");
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if c != b'!' && c != b':' {
        if c != b'}' {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        return Ok(field);
    }
    if c == b'!' {
        if *pos >= end {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        }
        let conv = fmt
            .get(*pos..)
            .and_then(|r| r.chars().next())
            .unwrap_or('\0');
        *pos += conv.len_utf8();
        field.conversion = Some(conv);
        if *pos < end {
            let next = b[*pos];
            *pos += 1;
            if next == b'}' {
                return Ok(field);
            }
            if next != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < end {
        let c = b[*pos];
        *pos += 1;
        if c == b'{' {
            field.spec_has_fields = true;
            depth += 1;
        } else if c == b'}' {
            depth -= 1;
            if depth == 0 {
                field.spec = fmt.get(spec_start..*pos - 1).unwrap_or("");
                return Ok(field);
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// A field name or item key made of decimal digits (any script, as CPython accepts) is an
/// index; anything else is `None`.
fn get_integer(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = strops::decimal_value(c) else {
            return Ok(None);
        };
        let next = acc.checked_mul(10).and_then(|a| a.checked_add(d as usize));
        match next.filter(|n| i64::try_from(*n).is_ok()) {
            Some(n) => acc = n,
            None => return Err(vm.value_error("Too many decimal digits in format string")),
        }
    }
    Ok(Some(acc))
}

/// Resolves `0`, `name`, `0.attr`, `name[key]`... against the arguments.
fn get_field_object(vm: &mut Vm, field: &str, ctx: &mut FormatCtx) -> PyResult<Value> {
    let split = field.find(['.', '[']).unwrap_or(field.len());
    let (first, rest) = field.split_at(split);
    let mut index = get_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        let auto = &mut ctx.auto;
        if auto.mode == Numbering::Unset {
            auto.mode = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if auto.mode == Numbering::Manual && empty {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.mode == Numbering::Auto && !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut obj = match index {
        Some(i) => {
            let Some(args) = ctx.args else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            match args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    )));
                }
            }
        }
        None => match &ctx.fields {
            FieldSource::Keywords(kw) => match kw.iter().find(|(k, _)| k.as_str() == first) {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(Value::str(first))),
            },
            FieldSource::Mapping(m) => vm.get_item(m, &Value::str(first))?,
        },
    };
    let rb = rest.as_bytes();
    let mut p = 0;
    while p < rb.len() {
        let c = rb[p];
        p += 1;
        match c {
            b'.' => {
                let s = p;
                while p < rb.len() && rb[p] != b'.' && rb[p] != b'[' {
                    p += 1;
                }
                let name = rest.get(s..p).unwrap_or("");
                if name.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                obj = vm.get_attr_str(&obj, name)?;
            }
            b'[' => {
                let s = p;
                while p < rb.len() && rb[p] != b']' {
                    p += 1;
                }
                if p >= rb.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                let key = rest.get(s..p).unwrap_or("");
                p += 1;
                let index = get_integer(vm, key)?;
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key = match index {
                    Some(i) => Value::Int(i64::try_from(i).unwrap_or(i64::MAX)),
                    None => Value::str(key),
                };
                obj = vm.get_item(&obj, &key)?;
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
    }
    Ok(obj)
}

// ---------------------------------------------------------------------------------------------
// Codecs
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteOrder {
    /// `utf-16`/`utf-32`: a BOM is written, and read to pick the order (little by default).
    Bom,
    Little,
    Big,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Cp1252,
    Utf16(ByteOrder),
    Utf32(ByteOrder),
}

impl Codec {
    /// The name the codec reports in its errors, whatever alias selected it.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(ByteOrder::Big) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(ByteOrder::Big) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
        }
    }
}

/// `encodings.normalize_encoding` after `codecs.lookup` lowercased the name: runs of
/// punctuation become one underscore, leading and trailing punctuation disappears.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

fn lookup_codec(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    // The aliases of encodings/aliases.py for the codecs implemented here.
    Ok(match normalize_encoding(name).replace('.', "_").as_str() {
        "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646_irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Codec::Latin1
        }
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "u16" | "utf16" => Codec::Utf16(ByteOrder::Bom),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(ByteOrder::Little),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(ByteOrder::Big),
        "utf_32" | "u32" | "utf32" => Codec::Utf32(ByteOrder::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(ByteOrder::Little),
        "utf_32_be" | "utf_32be" => Codec::Utf32(ByteOrder::Big),
        _ => return Err(vm.err("LookupError", format!("unknown encoding: {name}"))),
    })
}

/// Windows-1252 at 0x80..=0x9F (elsewhere it is Latin-1); 0 marks the five unassigned bytes.
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => CP1252_HIGH
            .get(usize::from(b - 0x80))
            .copied()
            .filter(|&cp| cp != 0)
            .and_then(|cp| char::from_u32(u32::from(cp))),
        _ => Some(char::from(b)),
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    let cp = u32::from(c);
    if cp < 0x80 || (0xA0..=0xFF).contains(&cp) {
        return u8::try_from(cp).ok();
    }
    let pos = CP1252_HIGH
        .iter()
        .position(|&x| x != 0 && u32::from(x) == cp)?;
    u8::try_from(pos + 0x80).ok()
}

/// The error handlers that can be expressed here. `surrogateescape` and `surrogatepass`
/// cannot: Rust strings hold no lone surrogates, so they fail like `strict` (for encoding,
/// they could not do better anyway).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
}

/// Looks up an error handler; like CPython this only happens once an error occurred.
fn error_handler(vm: &mut Vm, name: &str) -> PyResult<Handler> {
    Ok(match name {
        "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
        "namereplace" => Handler::NameReplace,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return Err(vm.err(
                "LookupError",
                format!("unknown error handler name '{name}'"),
            ));
        }
    })
}

/// Builds a UnicodeEncodeError/UnicodeDecodeError with CPython's message and attributes.
struct CodecError<'a> {
    kind: &'static str,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &'a str,
}

impl CodecError<'_> {
    fn raise(self, vm: &mut Vm, message: String) -> PyErr {
        let err = vm.err(self.kind, message);
        if let View::Instance(d) = err.exc.view() {
            let as_int = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
            d.set_attr_str("encoding", Value::str(self.codec.name()));
            d.set_attr_str("object", self.object);
            d.set_attr_str("start", as_int(self.start));
            d.set_attr_str("end", as_int(self.end));
            d.set_attr_str("reason", Value::str(self.reason));
        }
        err
    }
}

fn push_unit16(out: &mut Vec<u8>, unit: u16, big: bool) {
    out.extend(if big {
        unit.to_be_bytes()
    } else {
        unit.to_le_bytes()
    });
}

pub(super) fn encode(
    vm: &mut Vm,
    s: &Obj<PyStr>,
    encoding: &str,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    let text = s.as_str();
    // The Unicode encodings cannot fail: a Rust string holds no lone surrogates.
    let (one_byte, reason): (fn(char) -> Option<u8>, &str) = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Utf16(order) => {
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            if order == ByteOrder::Bom {
                out.extend([0xFF, 0xFE]);
            }
            let mut units = [0u16; 2];
            for c in text.chars() {
                for &unit in c.encode_utf16(&mut units).iter() {
                    push_unit16(&mut out, unit, order == ByteOrder::Big);
                }
            }
            return Ok(out);
        }
        Codec::Utf32(order) => {
            let mut out = Vec::with_capacity(text.len() * 4 + 4);
            if order == ByteOrder::Bom {
                out.extend([0xFF, 0xFE, 0, 0]);
            }
            for c in text.chars() {
                let cp = u32::from(c);
                out.extend(if order == ByteOrder::Big {
                    cp.to_be_bytes()
                } else {
                    cp.to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::Ascii => (
            |c| u8::try_from(u32::from(c)).ok().filter(u8::is_ascii),
            "ordinal not in range(128)",
        ),
        Codec::Latin1 => (
            |c| u8::try_from(u32::from(c)).ok(),
            "ordinal not in range(256)",
        ),
        Codec::Cp1252 => (cp1252_encode, "character maps to <undefined>"),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if let Some(byte) = one_byte(c) {
            out.push(byte);
            i += 1;
            continue;
        }
        // CPython hands the whole run of unencodable characters to the error handler.
        let run_end = chars[i..]
            .iter()
            .position(|&c| one_byte(c).is_some())
            .map_or(chars.len(), |k| i + k);
        let run = &chars[i..run_end];
        match error_handler(vm, errors)? {
            Handler::Strict => {
                let what = if run.len() == 1 {
                    format!("character '{}' in position {i}", escape_char(c))
                } else {
                    format!("characters in position {i}-{}", run_end - 1)
                };
                let message = format!("'{}' codec can't encode {what}: {reason}", codec.name());
                let err = CodecError {
                    kind: "UnicodeEncodeError",
                    codec,
                    object: Value::Str(s.clone()),
                    start: i,
                    end: run_end,
                    reason,
                };
                return Err(err.raise(vm, message));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
            Handler::BackslashReplace => {
                for &c in run {
                    out.extend(escape_char(c).bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in run {
                    out.extend(format!("&#{};", u32::from(c)).bytes());
                }
            }
            Handler::NameReplace => {
                for &c in run {
                    match crate::vm::modules::unicode_name(c) {
                        Some(name) => out.extend(format!("\\N{{{name}}}").bytes()),
                        None => out.extend(escape_char(c).bytes()),
                    }
                }
            }
        }
        i = run_end;
    }
    Ok(out)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, as error messages and `backslashreplace` spell them.
fn escape_char(c: char) -> String {
    let cp = u32::from(c);
    if cp <= 0xFF {
        format!("\\x{cp:02x}")
    } else if cp <= 0xFFFF {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// A malformed sequence found while decoding: its offset and length within the input the
/// decoder was given, and CPython's reason.
struct BadInput {
    at: usize,
    len: usize,
    reason: &'static str,
}

/// Decodes `b` into `out` up to the first malformed sequence.
fn decode_until_error(codec: Codec, b: &[u8], out: &mut String) -> Option<BadInput> {
    match codec {
        Codec::Utf8 => match std::str::from_utf8(b) {
            Ok(s) => {
                out.push_str(s);
                None
            }
            Err(e) => {
                let at = e.valid_up_to();
                // The prefix before the error is valid UTF-8 by definition.
                out.push_str(std::str::from_utf8(b.get(..at).unwrap_or(&[])).unwrap_or(""));
                Some(match e.error_len() {
                    None => BadInput {
                        at,
                        len: b.len() - at,
                        reason: "unexpected end of data",
                    },
                    Some(len) => {
                        let lead = b.get(at).copied().unwrap_or(0);
                        let reason = if matches!(lead, 0x80..=0xC1 | 0xF5..=0xFF) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        BadInput { at, len, reason }
                    }
                })
            }
        },
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {
            for (at, &x) in b.iter().enumerate() {
                let c = match codec {
                    Codec::Ascii => Some(char::from(x)).filter(char::is_ascii),
                    Codec::Latin1 => Some(char::from(x)),
                    _ => cp1252_decode(x),
                };
                match c {
                    Some(c) => out.push(c),
                    None if codec == Codec::Ascii => {
                        return Some(BadInput {
                            at,
                            len: 1,
                            reason: "ordinal not in range(128)",
                        });
                    }
                    None => {
                        return Some(BadInput {
                            at,
                            len: 1,
                            reason: "character maps to <undefined>",
                        });
                    }
                }
            }
            None
        }
        Codec::Utf16(order) => {
            let big = order == ByteOrder::Big;
            let unit = |i: usize| {
                let pair = [*b.get(i)?, *b.get(i + 1)?];
                Some(if big {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                })
            };
            let mut q = 0;
            while q < b.len() {
                let Some(u) = unit(q) else {
                    return Some(BadInput {
                        at: q,
                        len: b.len() - q,
                        reason: "truncated data",
                    });
                };
                if !(0xD800..=0xDFFF).contains(&u) {
                    out.push(char::from_u32(u32::from(u)).unwrap_or('\u{FFFD}'));
                    q += 2;
                    continue;
                }
                if u >= 0xDC00 {
                    return Some(BadInput {
                        at: q,
                        len: 2,
                        reason: "illegal encoding",
                    });
                }
                let Some(low) = unit(q + 2) else {
                    return Some(BadInput {
                        at: q,
                        len: b.len() - q,
                        reason: "unexpected end of data",
                    });
                };
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Some(BadInput {
                        at: q,
                        len: 2,
                        reason: "illegal UTF-16 surrogate",
                    });
                }
                let cp = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                q += 4;
            }
            None
        }
        Codec::Utf32(order) => {
            for (k, chunk) in b.chunks(4).enumerate() {
                let at = k * 4;
                let Ok(quad) = <[u8; 4]>::try_from(chunk) else {
                    return Some(BadInput {
                        at,
                        len: chunk.len(),
                        reason: "truncated data",
                    });
                };
                let cp = if order == ByteOrder::Big {
                    u32::from_be_bytes(quad)
                } else {
                    u32::from_le_bytes(quad)
                };
                match char::from_u32(cp) {
                    Some(c) => out.push(c),
                    None if cp > 0x10FFFF => {
                        let reason = "code point not in range(0x110000)";
                        return Some(BadInput { at, len: 4, reason });
                    }
                    None => {
                        let reason = "code point in surrogate code point range(0xd800, 0xe000)";
                        return Some(BadInput { at, len: 4, reason });
                    }
                }
            }
            None
        }
    }
}

fn decode(vm: &mut Vm, b: &Obj<Vec<u8>>, encoding: &str, errors: &str) -> PyResult<String> {
    // PyUnicode_Decode returns early for empty input, before looking the codec up.
    if b.is_empty() {
        return Ok(String::new());
    }
    let mut codec = lookup_codec(vm, encoding)?;
    let mut pos = 0;
    // A byte order mark picks the order of `utf-16`/`utf-32` and is dropped.
    match codec {
        Codec::Utf16(ByteOrder::Bom) => {
            let (order, skip) = match b.get(..2) {
                Some([0xFF, 0xFE]) => (ByteOrder::Little, 2),
                Some([0xFE, 0xFF]) => (ByteOrder::Big, 2),
                _ => (ByteOrder::Little, 0),
            };
            codec = Codec::Utf16(order);
            pos = skip;
        }
        Codec::Utf32(ByteOrder::Bom) => {
            let (order, skip) = match b.get(..4) {
                Some([0xFF, 0xFE, 0, 0]) => (ByteOrder::Little, 4),
                Some([0, 0, 0xFE, 0xFF]) => (ByteOrder::Big, 4),
                _ => (ByteOrder::Little, 0),
            };
            codec = Codec::Utf32(order);
            pos = skip;
        }
        _ => {}
    }
    let mut out = String::with_capacity(b.len());
    while pos < b.len() {
        let Some(bad) = decode_until_error(codec, b.get(pos..).unwrap_or(&[]), &mut out) else {
            break;
        };
        let (start, end) = (pos + bad.at, pos + bad.at + bad.len);
        let seq = b.get(start..end).unwrap_or(&[]);
        match error_handler(vm, errors)? {
            Handler::Strict => {
                let what = match seq {
                    [one] => format!("byte 0x{one:02x} in position {start}"),
                    _ => format!("bytes in position {start}-{}", end - 1),
                };
                let message = format!(
                    "'{}' codec can't decode {what}: {}",
                    codec.name(),
                    bad.reason
                );
                let err = CodecError {
                    kind: "UnicodeDecodeError",
                    codec,
                    object: Value::Bytes(b.clone()),
                    start,
                    end,
                    reason: bad.reason,
                };
                return Err(err.raise(vm, message));
            }
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{FFFD}'),
            Handler::BackslashReplace => {
                for x in seq {
                    out.push_str(&format!("\\x{x:02x}"));
                }
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                return Err(
                    vm.type_error("don't know how to handle UnicodeDecodeError in error callback")
                );
            }
        }
        pos = end.max(pos + 1);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// bytes: constructor and the codec/hex methods
// ---------------------------------------------------------------------------------------------

/// An int-like `v` as one byte; `range_error` is the type's message for one out of range
/// (CPython words it "bytes must be …" for bytes, "byte must be …" for bytearray).
pub(super) fn byte_value(vm: &mut Vm, v: &Value, range_error: &str) -> PyResult<u8> {
    let n = match index_of(vm, v)?.view() {
        Some(View::Int(i)) => i,
        Some(View::Bool(b)) => i64::from(b),
        Some(_) => -1,
        None => return Err(not_an_integer(vm, v)),
    };
    u8::try_from(n).map_err(|_| vm.value_error(range_error))
}

/// The bytes of an iterable of ints (`bytes(it)`, `bytearray(it)`, `extend`); `None` when
/// `x` is not iterable at all, for the caller's own TypeError.
pub(super) fn bytes_of_ints(
    vm: &mut Vm,
    x: &Value,
    range_error: &str,
) -> PyResult<Option<Vec<u8>>> {
    let items = match x.view() {
        View::List(l) => l.items.borrow().clone(),
        View::Tuple(t) => t.items().to_vec(),
        _ => {
            let it = match vm.get_iter(x) {
                Ok(it) => it,
                Err(e) if vm.err_matches(&e, "TypeError") => return Ok(None),
                Err(e) => return Err(e),
            };
            let mut items = Vec::new();
            while let Some(v) = vm.next(&it)? {
                items.push(v);
            }
            items
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for v in &items {
        out.push(byte_value(vm, v, range_error)?);
    }
    Ok(Some(out))
}

/// Bytes of zeros, refusing sizes the allocator cannot provide instead of aborting.
pub(super) fn zeros(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    // The VM's sequence repetition draws the same line: with overcommit a bigger reservation
    // could succeed and zero-filling it would then exhaust memory instead of raising.
    if n > (1 << 34) {
        return Err(memory_error(vm));
    }
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error(vm))?;
    v.resize(n, 0);
    Ok(v)
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.bytes.clone();
    if let Some(cls) = new_class(vm, &args, &base)? {
        return subclass_new(vm, &cls, &args);
    }
    let [source, encoding, errors] =
        parse_kw(vm, &args, "bytes", ["source", "encoding", "errors"], 0, 0)?;
    let encoding = match &encoding {
        Some(v) => Some(need_str(vm, v, "bytes() argument 'encoding' ")?),
        None => None,
    };
    let errors = match &errors {
        Some(v) => Some(need_str(vm, v, "bytes() argument 'errors' ")?),
        None => None,
    };
    let Some(x) = source else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(new_bytes(Vec::new()));
    };
    let text = str_of(vm, &x);
    if let Some(enc) = &encoding {
        let Some(text) = text else {
            return Err(vm.type_error("encoding without a string argument"));
        };
        let errs = errors.as_deref().map_or("strict", PyStr::as_str);
        return encode(vm, &text, enc.as_str(), errs).map(new_bytes);
    }
    if errors.is_some() {
        return Err(vm.type_error(if text.is_some() {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    match x.view() {
        View::Bytes(_) => return Ok(x),
        View::ByteArray(a) => return Ok(new_bytes(a.snapshot())),
        View::MemoryView(m) if !m.released.get() => return Ok(new_bytes(m.to_vec())),
        _ => {}
    }
    // Only instances can define `__bytes__`; for other values this finds nothing.
    if let Some(r) = vm.call_user_special(&x, "__bytes__", vec![])? {
        return match r.view() {
            View::Bytes(_) => Ok(r),
            _ => match bytes_of(vm, &r) {
                Some(b) => Ok(Value::Bytes(b)),
                None => {
                    let tn = vm.type_name(&r);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
                }
            },
        };
    }
    if text.is_some() {
        return Err(vm.type_error("string argument without an encoding"));
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
        return zeros(vm, n).map(new_bytes);
    }
    match bytes_of_ints(vm, &x, "bytes must be in range(0, 256)")? {
        Some(out) => Ok(new_bytes(out)),
        None => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")))
        }
    }
}

fn bytes_decode<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes::<BA>(vm, &args, "decode")?;
    let [encoding, errors] = parse_kw(vm, &args, "decode", ["encoding", "errors"], 0, 0)?;
    let encoding = match &encoding {
        Some(v) => Some(need_str(vm, v, "decode() argument 'encoding' ")?),
        None => None,
    };
    let errors = match &errors {
        Some(v) => Some(need_str(vm, v, "decode() argument 'errors' ")?),
        None => None,
    };
    let enc = encoding.as_deref().map_or("utf-8", PyStr::as_str);
    let errs = errors.as_deref().map_or("strict", PyStr::as_str);
    decode(vm, &b, enc, errs).map(Value::string)
}

fn bytes_hex<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes::<BA>(vm, &args, "hex")?;
    let [sep, per] = parse_kw(vm, &args, "hex", ["sep", "bytes_per_sep"], 0, 0)?;
    let per = match &per {
        Some(v) => to_c_int(vm, v)?,
        None => 1,
    };
    let Some(sep) = sep else {
        return Ok(Value::string(strops::bytes_hex(&b)));
    };
    let sep_char = if let Some(s) = str_of(vm, &sep) {
        let mut chars = s.as_str().chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => c,
            _ => return Err(vm.value_error("sep must be length 1.")),
        }
    } else if let Some(s) = bytes_of(vm, &sep) {
        match s.as_slice() {
            [one] => char::from(*one),
            _ => return Err(vm.value_error("sep must be length 1.")),
        }
    } else {
        vm.len(&sep)?;
        return Err(vm.type_error("sep must be str or bytes."));
    };
    strops::bytes_hex_sep(&b, sep_char, per)
        .map(Value::string)
        .map_err(|e| op_err(vm, e))
}

fn is_bspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `bytes.fromhex`; `Err` holds the position (in characters) of the first bad character.
fn parse_hex(s: &str) -> Result<Vec<u8>, usize> {
    if !s.is_ascii() {
        return Err(s.chars().position(|c| !c.is_ascii()).unwrap_or(0));
    }
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).and_then(|&x| char::from(x).to_digit(16));
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_bspace(b[i]) {
            i += 1;
            continue;
        }
        let top = digit(i).ok_or(i)?;
        let bot = digit(i + 1).ok_or(i + 1)?;
        out.push(u8::try_from(top * 16 + bot).unwrap_or(0));
        i += 2;
    }
    Ok(out)
}

fn bytes_fromhex<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        ty: bty::<BA>(),
        name: "fromhex",
        style: Style::One,
        min: 1,
        max: 1,
    };
    check_call(vm, &args, 0, sig)?;
    let s = need_str(vm, &nth(&args, 0), "fromhex() argument ")?;
    match parse_hex(s.as_str()) {
        Ok(b) => Ok(made::<BA>(b)),
        Err(pos) => Err(vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// bytes: byte-string algorithms (ASCII semantics, as in Objects/bytes_methods.c)
// ---------------------------------------------------------------------------------------------

/// CPython's `ADJUST_INDICES`; `start` may stay beyond `len`, which callers account for.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// The window `start..end` of `b` when at least `need` bytes long.
fn window(b: &[u8], start: Option<i64>, end: Option<i64>, need: usize) -> Option<(usize, &[u8])> {
    let (start, end) = adjust_indices(start, end, b.len());
    if end.saturating_sub(start) < i64::try_from(need).unwrap_or(i64::MAX) {
        return None;
    }
    let (s, e) = (usize::try_from(start).ok()?, usize::try_from(end).ok()?);
    Some((s, b.get(s..e)?))
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut rest = hay;
    while let Some(i) = find_sub(rest, needle) {
        n += 1;
        rest = rest.get(i + needle.len()..).unwrap_or(&[]);
    }
    n
}

fn bsplit<'a>(b: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = b;
    while out.len() < max {
        let Some(i) = find_sub(rest, sep) else { break };
        out.push(&rest[..i]);
        rest = rest.get(i + sep.len()..).unwrap_or(&[]);
    }
    out.push(rest);
    out
}

fn brsplit<'a>(b: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = b;
    while out.len() < max {
        let Some(i) = rfind_sub(rest, sep) else { break };
        out.push(rest.get(i + sep.len()..).unwrap_or(&[]));
        rest = &rest[..i];
    }
    out.push(rest);
    out.reverse();
    out
}

/// Splitting on runs of ASCII whitespace; once `max` splits are made the remainder is kept
/// whole, trailing whitespace included.
fn bsplit_ws(b: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && is_bspace(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        if out.len() >= max {
            out.push(&b[i..]);
            break;
        }
        let start = i;
        while i < b.len() && !is_bspace(b[i]) {
            i += 1;
        }
        out.push(&b[start..i]);
    }
    out
}

fn brsplit_ws(b: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut j = b.len();
    loop {
        while j > 0 && is_bspace(b[j - 1]) {
            j -= 1;
        }
        if j == 0 {
            break;
        }
        if out.len() >= max {
            out.push(&b[..j]);
            break;
        }
        let end = j;
        while j > 0 && !is_bspace(b[j - 1]) {
            j -= 1;
        }
        out.push(&b[j..end]);
    }
    out.reverse();
    out
}

fn bstrip<'a>(b: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip = |c: u8| match chars {
        None => is_bspace(c),
        Some(set) => set.contains(&c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(b[e - 1]) {
            e -= 1;
        }
    }
    &b[s..e]
}

/// `b.replace(old, new, count)`; `None` when the result could not be allocated.
fn breplace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Option<Vec<u8>> {
    let max = limit(count);
    let n = if old.is_empty() {
        (b.len() + 1).min(max)
    } else {
        count_sub(b, old).min(max)
    };
    if n == 0 {
        return Some(b.to_vec());
    }
    let size = new.len().checked_mul(n)?.checked_add(b.len())?;
    let mut out = Vec::new();
    out.try_reserve_exact(size).ok()?;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if i < n {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if n > b.len() {
            out.extend_from_slice(new);
        }
        return Some(out);
    }
    let mut rest = b;
    for _ in 0..n {
        let Some(i) = find_sub(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = rest.get(i + old.len()..).unwrap_or(&[]);
    }
    out.extend_from_slice(rest);
    Some(out)
}

fn bpad(b: &[u8], left: usize, right: usize, fill: u8) -> Option<Vec<u8>> {
    let size = left.checked_add(right)?.checked_add(b.len())?;
    let mut out = Vec::new();
    out.try_reserve_exact(size).ok()?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    Some(out)
}

fn bsplitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut next = i + 1;
        if c == b'\r' && b.get(next) == Some(&b'\n') {
            next += 1;
        }
        out.push(&b[start..if keepends { next } else { i }]);
        start = next;
        i = next;
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    out
}

fn bexpandtabs(b: &[u8], tabsize: i64) -> Option<Vec<u8>> {
    let size = usize::try_from(tabsize).unwrap_or(0);
    // Size the result first so that a huge tabsize fails cleanly.
    let mut total: usize = 0;
    let mut column: usize = 0;
    for &c in b {
        match c {
            b'\t' => {
                if size > 0 {
                    let pad = size - column % size;
                    total = total.checked_add(pad)?;
                    column = column.checked_add(pad)?;
                }
            }
            b'\n' | b'\r' => {
                total = total.checked_add(1)?;
                column = 0;
            }
            _ => {
                total = total.checked_add(1)?;
                column = column.checked_add(1)?;
            }
        }
    }
    let mut out = Vec::new();
    out.try_reserve_exact(total).ok()?;
    column = 0;
    for &c in b {
        match c {
            b'\t' => {
                if size > 0 {
                    let pad = size - column % size;
                    out.extend(std::iter::repeat_n(b' ', pad));
                    column += pad;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Some(out)
}

fn btitle(b: &[u8]) -> Vec<u8> {
    let mut previous_is_cased = false;
    b.iter()
        .map(|&c| {
            let r = if c.is_ascii_lowercase() {
                if previous_is_cased {
                    c
                } else {
                    c.to_ascii_uppercase()
                }
            } else if c.is_ascii_uppercase() {
                if previous_is_cased {
                    c.to_ascii_lowercase()
                } else {
                    c
                }
            } else {
                c
            };
            previous_is_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn bistitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------------------------
// bytes: methods
// ---------------------------------------------------------------------------------------------

fn bytes_split_common<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let b = self_bytes::<BA>(vm, args, name)?;
    let [sep, maxsplit] = parse_kw(vm, args, name, ["sep", "maxsplit"], 0, 0)?;
    let sep = match sep.as_ref().filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(vm.bytes_arg(v)?),
    };
    let max = match &maxsplit {
        Some(v) => limit(to_index(vm, v)?),
        None => usize::MAX,
    };
    let parts = match sep.as_deref() {
        Some(p) if p.is_empty() => return Err(vm.value_error(strops::EMPTY_SEPARATOR)),
        Some(p) if reverse => brsplit(&b, p, max),
        Some(p) => bsplit(&b, p, max),
        None if reverse => brsplit_ws(&b, max),
        None => bsplit_ws(&b, max),
    };
    Ok(bytes_list::<BA>(parts))
}

fn bytes_split<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_split_common::<BA>(vm, &args, "split", false)
}

fn bytes_rsplit<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_split_common::<BA>(vm, &args, "rsplit", true)
}

fn bytes_splitlines<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes::<BA>(vm, &args, "splitlines")?;
    let [keepends] = parse_kw(vm, &args, "splitlines", ["keepends"], 0, 0)?;
    let keep = match &keepends {
        Some(v) => to_c_int(vm, v)? != 0,
        None => false,
    };
    Ok(bytes_list::<BA>(bsplitlines(&b, keep)))
}

fn bytes_join<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = recv_bytes::<BA>(vm, &args, "join", Style::One, 1, 1)?;
    let items = join_items(vm, &nth(&args, 1))?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let Some(part) = bytes_of(vm, item) else {
            let tn = vm.type_name(item);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {tn} found"
            )));
        };
        parts.push(part);
    }
    let mut out = Vec::new();
    match joined_len(parts.iter().map(|p| p.len()), sep.len(), parts.len()) {
        Some(total) if out.try_reserve_exact(total).is_ok() => {}
        _ => return Err(memory_error(vm)),
    }
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(part);
    }
    Ok(made::<BA>(out))
}

fn bytes_strip_common<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, args, name, Style::Clinic, 0, 1)?;
    let chars = match args.args.get(1).filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(vm.bytes_arg(v)?),
    };
    let r = bstrip(&b, chars.as_deref().map(Vec::as_slice), left, right);
    if r.len() == b.len() {
        return Ok(same::<BA>(b));
    }
    Ok(made::<BA>(r.to_vec()))
}

fn bytes_strip<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_strip_common::<BA>(vm, &args, "strip", true, true)
}

fn bytes_lstrip<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_strip_common::<BA>(vm, &args, "lstrip", true, false)
}

fn bytes_rstrip<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_strip_common::<BA>(vm, &args, "rstrip", false, true)
}

/// The needle of the find family: bytes, or an int naming a single byte.
fn byte_needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, v) {
        return Ok(b.to_vec());
    }
    match index_of(vm, v)?.view() {
        Some(View::Int(i)) if (0..256).contains(&i) => Ok(vec![u8::try_from(i).unwrap_or(0)]),
        Some(View::Bool(b)) => Ok(vec![u8::from(b)]),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{tn}'"
            )))
        }
    }
}

#[derive(Clone, Copy)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

fn bytes_search<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    kind: Search,
) -> PyResult<Value> {
    let (base, sub, start, end) = find_args(vm, args, bty::<BA>(), name)?;
    let Some(b) = byte_data(&base) else {
        return Err(wrong_receiver(vm, bty::<BA>()));
    };
    let needle = byte_needle(vm, &sub)?;
    let found = window(&b, start, end, needle.len());
    let as_int = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let r = match kind {
        Search::Count => {
            return Ok(Value::Int(
                found.map_or(0, |(_, w)| as_int(count_sub(w, &needle))),
            ));
        }
        Search::Find | Search::Index => {
            found.and_then(|(s, w)| find_sub(w, &needle).map(|i| s + i))
        }
        Search::RFind | Search::RIndex => {
            found.and_then(|(s, w)| rfind_sub(w, &needle).map(|i| s + i))
        }
    };
    match (r, kind) {
        (Some(i), _) => Ok(Value::Int(as_int(i))),
        (None, Search::Index | Search::RIndex) => Err(vm.value_error("subsection not found")),
        (None, _) => Ok(Value::Int(-1)),
    }
}

fn bytes_find<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_search::<BA>(vm, &args, "find", Search::Find)
}

fn bytes_rfind<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_search::<BA>(vm, &args, "rfind", Search::RFind)
}

fn bytes_index<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_search::<BA>(vm, &args, "index", Search::Index)
}

fn bytes_rindex<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_search::<BA>(vm, &args, "rindex", Search::RIndex)
}

fn bytes_count<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_search::<BA>(vm, &args, "count", Search::Count)
}

fn bytes_starts_ends<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    at_start: bool,
) -> PyResult<Value> {
    let (base, prefix, start, end) = find_args(vm, args, bty::<BA>(), name)?;
    let Some(b) = byte_data(&base) else {
        return Err(wrong_receiver(vm, bty::<BA>()));
    };
    let test = |p: &[u8]| {
        window(&b, start, end, p.len()).is_some_and(|(_, w)| {
            if at_start {
                w.starts_with(p)
            } else {
                w.ends_with(p)
            }
        })
    };
    if let Some(p) = bytes_of(vm, &prefix) {
        return Ok(Value::Bool(test(&p)));
    }
    if let View::Tuple(t) = vm.unwrap_base(&prefix).view() {
        for item in t.items().iter() {
            let p = vm.bytes_arg(item)?;
            if test(&p) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let tn = vm.type_name(&prefix);
    Err(vm.type_error(format!(
        "{name} first arg must be bytes or a tuple of bytes, not {tn}"
    )))
}

fn bytes_startswith<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_starts_ends::<BA>(vm, &args, "startswith", true)
}

fn bytes_endswith<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_starts_ends::<BA>(vm, &args, "endswith", false)
}

fn bytes_replace<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, &args, "replace", Style::Clinic, 2, 3)?;
    let old = vm.bytes_arg(&nth(&args, 1))?;
    let new = vm.bytes_arg(&nth(&args, 2))?;
    let count = match args.args.get(3) {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    match breplace(&b, &old, &new, count) {
        Some(r) => Ok(made::<BA>(r)),
        None => Err(memory_error(vm)),
    }
}

fn bytes_partition_common<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    reverse: bool,
) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, args, name, Style::One, 1, 1)?;
    let sep = vm.bytes_arg(&nth(args, 1))?;
    if sep.is_empty() {
        return Err(vm.value_error(strops::EMPTY_SEPARATOR));
    }
    let at = if reverse {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let parts: [&[u8]; 3] = match at {
        Some(i) => [&b[..i], &sep, b.get(i + sep.len()..).unwrap_or(&[])],
        None if reverse => [&[], &[], &b],
        None => [&b, &[], &[]],
    };
    Ok(Value::tuple(
        parts.iter().map(|p| made::<BA>(p.to_vec())).collect(),
    ))
}

fn bytes_partition<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_partition_common::<BA>(vm, &args, "partition", false)
}

fn bytes_rpartition<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_partition_common::<BA>(vm, &args, "rpartition", true)
}

fn bytes_affix_common<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    prefix: bool,
) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, args, name, Style::One, 1, 1)?;
    let affix = vm.bytes_arg(&nth(args, 1))?;
    let stripped = if prefix {
        b.strip_prefix(affix.as_slice())
    } else {
        b.strip_suffix(affix.as_slice())
    };
    match stripped {
        Some(r) if !affix.is_empty() => Ok(made::<BA>(r.to_vec())),
        _ => Ok(same::<BA>(b)),
    }
}

fn bytes_removeprefix<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_affix_common::<BA>(vm, &args, "removeprefix", true)
}

fn bytes_removesuffix<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_affix_common::<BA>(vm, &args, "removesuffix", false)
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn bytes_pad_common<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    align: Align,
) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, args, name, Style::Clinic, 1, 2)?;
    let width = to_index(vm, &nth(args, 1))?;
    let fill = match args.args.get(2) {
        None => b' ',
        Some(v) => match bytes_of(vm, v).as_deref().map(Vec::as_slice) {
            Some([one]) => *one,
            _ => {
                let tn = clinic_type_name(vm, v);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
        },
    };
    let len = i64::try_from(b.len()).unwrap_or(i64::MAX);
    if width <= len {
        return Ok(same::<BA>(b));
    }
    let margin = width - len;
    let (left, right) = match align {
        Align::Left => (0, margin),
        Align::Right => (margin, 0),
        // CPython's rounding: an odd margin puts the extra fill on the left only for odd widths.
        Align::Center => {
            let left = margin / 2 + (margin & width & 1);
            (left, margin - left)
        }
    };
    let (Ok(left), Ok(right)) = (usize::try_from(left), usize::try_from(right)) else {
        return Err(memory_error(vm));
    };
    match bpad(&b, left, right, fill) {
        Some(r) => Ok(made::<BA>(r)),
        None => Err(memory_error(vm)),
    }
}

fn bytes_center<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_pad_common::<BA>(vm, &args, "center", Align::Center)
}

fn bytes_ljust<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_pad_common::<BA>(vm, &args, "ljust", Align::Left)
}

fn bytes_rjust<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_pad_common::<BA>(vm, &args, "rjust", Align::Right)
}

fn bytes_zfill<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, &args, "zfill", Style::One, 1, 1)?;
    let width = to_index(vm, &nth(&args, 1))?;
    let len = i64::try_from(b.len()).unwrap_or(i64::MAX);
    if width <= len {
        return Ok(same::<BA>(b));
    }
    let Ok(margin) = usize::try_from(width - len) else {
        return Err(memory_error(vm));
    };
    let padded = match b.split_first() {
        Some((&sign @ (b'+' | b'-'), digits)) => bpad(digits, margin, 0, b'0').map(|mut r| {
            r.insert(0, sign);
            r
        }),
        _ => bpad(&b, margin, 0, b'0'),
    };
    match padded {
        Some(r) => Ok(made::<BA>(r)),
        None => Err(memory_error(vm)),
    }
}

fn bytes_expandtabs<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes::<BA>(vm, &args, "expandtabs")?;
    let [tabsize] = parse_kw(vm, &args, "expandtabs", ["tabsize"], 0, 0)?;
    let tabsize = match &tabsize {
        Some(v) => to_c_int(vm, v)?,
        None => 8,
    };
    match bexpandtabs(&b, tabsize) {
        Some(r) => Ok(made::<BA>(r)),
        None => Err(memory_error(vm)),
    }
}

fn bytes_translate<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes::<BA>(vm, &args, "translate")?;
    let [table, delete] = parse_kw(vm, &args, "translate", ["table", "delete"], 1, 1)?;
    let table = match table.as_ref().filter(|v| !v.is_none()) {
        None => None,
        Some(v) => {
            let t = vm.bytes_arg(v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &delete {
        Some(v) => Some(vm.bytes_arg(v)?),
        None => None,
    };
    let out = b
        .iter()
        .filter(|c| !delete.as_ref().is_some_and(|d| d.contains(c)))
        .map(|&c| {
            table
                .as_ref()
                .and_then(|t| t.get(usize::from(c)).copied())
                .unwrap_or(c)
        })
        .collect();
    Ok(made::<BA>(out))
}

fn bytes_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        ty: Ty::Bytes,
        name: "maketrans",
        style: Style::Clinic,
        min: 2,
        max: 2,
    };
    check_call(vm, &args, 0, sig)?;
    let from = vm.bytes_arg(&nth(&args, 0))?;
    let to = vm.bytes_arg(&nth(&args, 1))?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        if let Some(slot) = table.get_mut(usize::from(f)) {
            *slot = t;
        }
    }
    Ok(new_bytes(table))
}

macro_rules! bytes_map {
    ($($fname:ident, $name:literal, $f:expr;)*) => {$(
        fn $fname<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let b = recv_bytes::<BA>(vm, &args, $name, Style::NoArgs, 0, 0)?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(made::<BA>(f(&b)))
        }
    )*};
}

bytes_map! {
    bytes_upper, "upper", |b| b.to_ascii_uppercase();
    bytes_lower, "lower", |b| b.to_ascii_lowercase();
    bytes_swapcase, "swapcase", |b| b
        .iter()
        .map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
        .collect();
    bytes_title, "title", btitle;
    bytes_capitalize, "capitalize", |b| b
        .iter()
        .enumerate()
        .map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
        .collect();
}

macro_rules! bytes_pred {
    ($($fname:ident, $name:literal, $f:expr;)*) => {$(
        fn $fname<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let b = recv_bytes::<BA>(vm, &args, $name, Style::NoArgs, 0, 0)?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(Value::Bool(f(&b)))
        }
    )*};
}

bytes_pred! {
    bytes_isdigit, "isdigit", |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit);
    bytes_isalpha, "isalpha", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic);
    bytes_isalnum, "isalnum", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric);
    bytes_isspace, "isspace", |b| !b.is_empty() && b.iter().all(|&c| is_bspace(c));
    bytes_isupper, "isupper", |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase);
    bytes_islower, "islower", |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase);
    bytes_istitle, "istitle", bistitle;
    bytes_isascii, "isascii", |b| b.is_ascii();
}

// ---------------------------------------------------------------------------------------------
// bytes: dunders
// ---------------------------------------------------------------------------------------------

fn bytes_len<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, &args, "__len__", Style::Slot, 0, 0)?;
    Ok(Value::Int(i64::try_from(b.len()).unwrap_or(i64::MAX)))
}

fn bytes_contains<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, &args, "__contains__", Style::Slot, 1, 1)?;
    let item = nth(&args, 1);
    let item = match bytes_of(vm, &item) {
        Some(p) => Value::Bytes(p),
        None => match index_of(vm, &item)? {
            Some(i) if matches!(i.view(), View::BigInt(_)) => {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            Some(i) => i,
            None => item,
        },
    };
    vm.contains(&Value::Bytes(b), &item).map(Value::Bool)
}

fn bytes_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<false>(vm, &args, "__getitem__", Style::Slot, 1, 1)?;
    vm.get_item(&Value::Bytes(b), &nth(&args, 1))
}

fn bytes_add<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, &args, "__add__", Style::Slot, 1, 1)?;
    let other = nth(&args, 1);
    if let Some(o) = bytes_of(vm, &other) {
        let mut r = Vec::with_capacity(b.len() + o.len());
        r.extend_from_slice(&b);
        r.extend_from_slice(&o);
        return Ok(made::<BA>(r));
    }
    if let View::Instance(_) = other.view() {
        return Ok(Value::NotImplemented);
    }
    let tn = vm.type_name(&other);
    let me = bty::<BA>().name();
    Err(vm.type_error(format!("can't concat {tn} to {me}")))
}

fn bytes_mul<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, &args, "__mul__", Style::SlotRepeat, 1, 1)?;
    repeat(vm, Value::Bytes(b), &nth(&args, 1)).map(rewrap::<BA>)
}

fn bytes_rmul<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, &args, "__rmul__", Style::SlotRepeat, 1, 1)?;
    repeat(vm, Value::Bytes(b), &nth(&args, 1)).map(rewrap::<BA>)
}

/// A bytes result made by code shared with `bytes`, as the receiver's type.
fn rewrap<const BA: bool>(v: Value) -> Value {
    match v.view() {
        View::Bytes(b) if BA => made::<true>(b.to_vec()),
        _ => v,
    }
}

fn bytes_compare<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    test: fn(Ordering) -> bool,
) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, args, name, Style::Slot, 1, 1)?;
    let other = nth(args, 1);
    // bytes compares with bytes only; a bytearray compares with either (and answers for
    // `bytes < bytearray` through the reflected operation).
    if !BA && matches!(vm.unwrap_base(&other).view(), View::ByteArray(_)) {
        return Ok(Value::NotImplemented);
    }
    match bytes_of(vm, &other) {
        Some(o) => Ok(Value::Bool(test(b.as_slice().cmp(o.as_slice())))),
        None => Ok(Value::NotImplemented),
    }
}

fn bytes_eq<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_compare::<BA>(vm, &args, "__eq__", Ordering::is_eq)
}

fn bytes_ne<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_compare::<BA>(vm, &args, "__ne__", Ordering::is_ne)
}

fn bytes_lt<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_compare::<BA>(vm, &args, "__lt__", Ordering::is_lt)
}

fn bytes_le<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_compare::<BA>(vm, &args, "__le__", Ordering::is_le)
}

fn bytes_gt<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_compare::<BA>(vm, &args, "__gt__", Ordering::is_gt)
}

fn bytes_ge<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_compare::<BA>(vm, &args, "__ge__", Ordering::is_ge)
}

fn bytes_mod<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, &args, "__mod__", Style::Slot, 1, 1)?;
    bytes_percent_format(vm, &b, &nth(&args, 1)).map(made::<BA>)
}

fn bytes_rmod<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<BA>(vm, &args, "__rmod__", Style::Slot, 1, 1)?;
    match bytes_of(vm, &nth(&args, 1)) {
        Some(fmt) => bytes_percent_format(vm, &fmt, &Value::Bytes(b)).map(made::<BA>),
        None => Ok(Value::NotImplemented),
    }
}

/// Latin-1 maps bytes to chars one to one, so the str printf parser and padding can be reused
/// for bytes and their output maps back losslessly.
fn latin1_str(b: &[u8]) -> String {
    b.iter().map(|&x| char::from(x)).collect()
}

fn latin1_bytes(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
}

/// The argument cursor of CPython's printf loop: a tuple of positional arguments
/// (`len >= 0`) or a single value (`len == -1`), which a `%(key)` conversion replaces.
struct PrintfArgs {
    current: Value,
    len: i64,
    idx: i64,
}

impl PrintfArgs {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.idx >= self.len {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        let i = self.idx;
        self.idx += 1;
        if self.len < 0 {
            return Ok(self.current.clone());
        }
        match (self.current.view(), usize::try_from(i)) {
            (View::Tuple(t), Ok(i)) => Ok(t.items().get(i).cloned().unwrap_or_default()),
            _ => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

/// `bytes % args` (PEP 461). The `%` operator of the VM reaches it through `bytes.__mod__`.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    use crate::runtime::format::printf::{self, Count, PrintfPiece};
    let (pieces, parse_error) = printf::parse_printf_partial(&latin1_str(fmt));
    for p in &pieces {
        if let PrintfPiece::Conv(c) = p
            && !"sbracdiuoxXeEfFgG".contains(c.conv)
        {
            return Err(vm.format_error(printf::unsupported_conversion_error(c)));
        }
    }
    if let Some(e) = parse_error {
        return Err(vm.format_error(e.error));
    }
    let mut cursor = match args.view() {
        View::Tuple(t) => PrintfArgs {
            current: args.clone(),
            len: i64::try_from(t.items().len()).unwrap_or(i64::MAX),
            idx: 0,
        },
        _ => PrintfArgs {
            current: args.clone(),
            len: -1,
            idx: -2,
        },
    };
    // CPython treats anything subscriptable other than tuples and strings as a mapping.
    let mapping = match args.view() {
        View::Dict(_) | View::List(_) | View::Range(_) => Some(args.clone()),
        View::Instance(inst) if inst.class.borrow().lookup("__getitem__").is_some() => {
            Some(args.clone())
        }
        _ => None,
    };
    let mut out = Vec::with_capacity(fmt.len());
    for piece in &pieces {
        let spec = match piece {
            PrintfPiece::Literal(s) => {
                out.extend(latin1_bytes(s));
                continue;
            }
            PrintfPiece::Conv(spec) => spec,
        };
        if let Some(key) = &spec.key {
            let Some(m) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let value = vm.get_item(m, &new_bytes(latin1_bytes(key)))?;
            cursor = PrintfArgs {
                current: value,
                len: -1,
                idx: -2,
            };
        }
        let mut spec = spec.clone();
        let width = match spec.width {
            Some(Count::Star) => match cursor.next(vm)?.view() {
                View::Int(n) => {
                    if n < 0 {
                        spec.flags.left = true;
                    }
                    Some(usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX))
                }
                _ => return Err(vm.type_error("* wants int")),
            },
            Some(Count::Fixed(n)) => Some(n),
            None => None,
        };
        let precision = match spec.precision {
            Some(Count::Star) => match cursor.next(vm)?.view() {
                View::Int(n) => Some(usize::try_from(n).unwrap_or(0)),
                _ => return Err(vm.type_error("* wants int")),
            },
            Some(Count::Fixed(n)) => Some(n),
            None => None,
        };
        printf::printf_check(&spec, width, precision).map_err(|e| vm.format_error(e))?;
        let arg = cursor.next(vm)?;
        out.extend(printf_bytes_one(vm, &spec, &arg, width, precision)?);
    }
    if cursor.idx < cursor.len && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

fn printf_bytes_one(
    vm: &mut Vm,
    spec: &crate::runtime::format::printf::ConvSpec,
    arg: &Value,
    width: Option<usize>,
    precision: Option<usize>,
) -> PyResult<Vec<u8>> {
    use crate::runtime::format::printf;
    // Padding and truncation work as for `%s` of the latin-1 text.
    let pad = |b: &[u8], precision: Option<usize>| {
        let mut as_s = spec.clone();
        as_s.conv = 's';
        latin1_bytes(&printf::printf_pad(&latin1_str(b), &as_s, width, precision))
    };
    match spec.conv {
        's' | 'b' => {
            let b = match bytes_of(vm, arg) {
                Some(b) => b,
                None => match vm.call_user_special(arg, "__bytes__", vec![])? {
                    Some(r) => match bytes_of(vm, &r) {
                        Some(b) => b,
                        None => {
                            let tn = vm.type_name(&r);
                            return Err(
                                vm.type_error(format!("__bytes__ returned non-bytes (type {tn})"))
                            );
                        }
                    },
                    None => {
                        let tn = vm.type_name(arg);
                        return Err(vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                        )));
                    }
                },
            };
            Ok(pad(&b, precision))
        }
        'r' | 'a' => {
            let s = vm.ascii(arg)?;
            Ok(pad(s.as_bytes(), precision))
        }
        'c' => {
            let byte = if let Some(b) = bytes_of(vm, arg) {
                match b.as_slice() {
                    [one] => *one,
                    _ => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        );
                    }
                }
            } else {
                match index_of(vm, arg)?.view() {
                    Some(View::Int(i)) => u8::try_from(i)
                        .map_err(|_| vm.overflow_error("%c arg not in range(256)"))?,
                    Some(View::Bool(b)) => u8::from(b),
                    Some(_) => return Err(vm.overflow_error("%c arg not in range(256)")),
                    None => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        );
                    }
                }
            };
            Ok(pad(&[byte], None))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let base = vm.unwrap_base(arg);
            let n = match base.view() {
                View::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                    if f.is_nan() {
                        return Err(vm.value_error("cannot convert float NaN to integer"));
                    }
                    if f.is_infinite() {
                        return Err(vm.overflow_error("cannot convert float infinity to integer"));
                    }
                    num_bigint::BigInt::from_biguint(
                        if f < 0.0 {
                            num_bigint::Sign::Minus
                        } else {
                            num_bigint::Sign::Plus
                        },
                        crate::vm::ops::float_to_biguint(f.trunc().abs()),
                    )
                }
                _ => match index_of(vm, &base)?
                    .as_ref()
                    .and_then(crate::vm::ops::to_bigint)
                {
                    Some(n) => n,
                    None => {
                        let tn = vm.type_name(arg);
                        let what = if matches!(spec.conv, 'd' | 'i' | 'u') {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return Err(vm.type_error(format!(
                            "%{} format: {what} is required, not {tn}",
                            spec.conv
                        )));
                    }
                },
            };
            if matches!(spec.conv, 'd' | 'i' | 'u') {
                crate::runtime::format::spec::check_int_str_digits(&n)
                    .map_err(|e| vm.format_error(e))?;
            }
            Ok(printf::printf_int(&n, spec, width, precision).into_bytes())
        }
        _ => {
            let base = vm.unwrap_base(arg);
            let x = match base.view() {
                View::Float(f) => f,
                View::Int(_) | View::Bool(_) | View::BigInt(_) => match vm.int_to_f64(&base) {
                    Ok(x) => x,
                    Err(_) => return Err(vm.type_error("float argument required, not int")),
                },
                _ => {
                    let tn = vm.type_name(arg);
                    return Err(vm.type_error(format!("float argument required, not {tn}")));
                }
            };
            Ok(printf::printf_float(x, spec, width, precision).into_bytes())
        }
    }
}

fn bytes_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<false>(vm, &args, "__hash__", Style::Slot, 0, 0)?;
    vm.hash(&Value::Bytes(b)).map(Value::Int)
}

fn bytes_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<false>(vm, &args, "__iter__", Style::Slot, 0, 0)?;
    vm.get_iter(&Value::Bytes(b))
}

fn bytes_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<false>(vm, &args, "__repr__", Style::Slot, 0, 0)?;
    Ok(Value::string(strops::bytes_repr(&b)))
}

fn bytes_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<false>(vm, &args, "__str__", Style::Slot, 0, 0)?;
    Ok(Value::string(strops::bytes_repr(&b)))
}

fn bytes_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<false>(vm, &args, "__getnewargs__", Style::NoArgs, 0, 0)?;
    Ok(Value::tuple(vec![Value::Bytes(b)]))
}

fn bytes_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    recv_bytes::<false>(vm, &args, "__bytes__", Style::NoArgs, 0, 0).map(Value::Bytes)
}

fn bytes_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv_bytes::<false>(vm, &args, "__sizeof__", Style::NoArgs, 0, 0)?;
    Ok(Value::Int(i64::try_from(33 + b.len()).unwrap_or(i64::MAX)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_splitting_matches_cpython() {
        assert_eq!(
            bsplit(b"a,b,,c", b",", usize::MAX),
            vec![&b"a"[..], b"b", b"", b"c"]
        );
        assert_eq!(brsplit(b"a,b,c", b",", 1), vec![&b"a,b"[..], b"c"]);
        assert_eq!(bsplit_ws(b" a b  ", 1), vec![&b"a"[..], b"b  "]);
        assert_eq!(brsplit_ws(b" a b  ", 1), vec![&b" a"[..], b"b"]);
        assert_eq!(
            bsplitlines(b"ab\ncd\r\nef\rg", false),
            vec![&b"ab"[..], b"cd", b"ef", b"g"]
        );
    }

    #[test]
    fn byte_replace_handles_empty_pattern() {
        assert_eq!(
            breplace(b"aaa", b"", b"-", -1).as_deref(),
            Some(&b"-a-a-a-"[..])
        );
        assert_eq!(
            breplace(b"aaa", b"", b"-", 2).as_deref(),
            Some(&b"-a-aa"[..])
        );
        assert_eq!(
            breplace(b"aaa", b"a", b"bb", 2).as_deref(),
            Some(&b"bbbba"[..])
        );
    }

    #[test]
    fn fromhex_reports_positions() {
        assert_eq!(parse_hex("4a 4B"), Ok(b"JK".to_vec()));
        assert_eq!(parse_hex("4a4"), Err(3));
        assert_eq!(parse_hex("4 a"), Err(1));
        assert_eq!(parse_hex("é"), Err(0));
    }

    #[test]
    fn encoding_names_normalize_like_cpython() {
        assert_eq!(normalize_encoding("UTF-8"), "utf_8");
        assert_eq!(normalize_encoding("  Latin--1 "), "latin_1");
        assert_eq!(normalize_encoding("ISO-8859-1"), "iso_8859_1");
    }
}
