//! `memoryview` over bytes and bytearray, format 'B' only: indexing and slicing (slices
//! are views too), item and slice assignment through a view of a bytearray, `tobytes`,
//! `tolist`, `hex`, `cast('B')`, `toreadonly`, `release` and the context manager.

use super::methods_str::{BYTES_HEX, nth, parse_kw};
use super::{builtin, constructor, method};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::memoryview::PyMemoryView;
use crate::runtime::object::Obj;
use crate::runtime::value::{Property, Value, View};
use crate::vm::{PyErr, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let cls = vm.types.memoryview.clone();
    constructor(&cls, mv_new);
    const METHODS: &[(&str, NativeFn)] = &[
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("cast", mv_cast),
        ("toreadonly", mv_toreadonly),
        ("release", mv_release),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__delitem__", mv_delitem),
        ("__iter__", mv_iter),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__hash__", mv_hash),
    ];
    for &(name, f) in METHODS {
        method(&cls, name, f);
    }
    const ATTRS: &[(&str, NativeFn)] = &[
        ("obj", mv_obj),
        ("nbytes", mv_nbytes),
        ("readonly", mv_readonly),
        ("itemsize", mv_itemsize),
        ("format", mv_format),
        ("ndim", mv_ndim),
        ("shape", mv_shape),
        ("strides", mv_strides),
        ("suboffsets", mv_suboffsets),
        ("c_contiguous", mv_contiguous),
        ("f_contiguous", mv_contiguous),
        ("contiguous", mv_contiguous),
    ];
    for &(name, f) in ATTRS {
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
}

fn released(vm: &mut Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The view `self`; `live` also refuses a released one.
fn this(vm: &mut Vm, args: &Args, name: &str, live: bool) -> PyResult<Obj<PyMemoryView>> {
    match args.args.first().map(Value::view) {
        Some(View::MemoryView(m)) => {
            if live && m.released.get() {
                return Err(released(vm));
            }
            Ok(m.clone())
        }
        Some(_) => {
            let tn = vm.type_name(&args.args[0]);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{tn}' object"
            )))
        }
        None => Err(vm.type_error(format!(
            "unbound method memoryview.{name}() needs an argument"
        ))),
    }
}

/// `this` plus CPython's count check for a method taking no arguments.
fn this_noargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj<PyMemoryView>> {
    let m = this(vm, args, name, true)?;
    let n = args.args.len() - 1;
    if n != 0 || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "memoryview.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(m)
}

fn view_of(m: PyMemoryView) -> Value {
    Value::MemoryView(Obj::new(m))
}

/// A new view of what `v` exports, or None when it exports nothing.
fn export(v: &Value) -> Option<PyMemoryView> {
    match v.view() {
        View::Bytes(b) => Some(PyMemoryView::new(v.clone(), 0, 1, b.len(), true)),
        View::ByteArray(b) => {
            let n = b.data.borrow().len();
            Some(PyMemoryView::new(v.clone(), 0, 1, n, false))
        }
        View::MemoryView(m) if !m.released.get() => Some(PyMemoryView::new(
            m.obj.clone(),
            m.start,
            m.step,
            m.len,
            m.readonly,
        )),
        _ => None,
    }
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [object] = parse_kw(vm, &args, "memoryview", ["object"], 0, 1)?;
    let object = object.unwrap_or_default();
    if let View::MemoryView(m) = object.view()
        && m.released.get()
    {
        return Err(released(vm));
    }
    match export(&vm.unwrap_base(&object)) {
        Some(m) => Ok(view_of(m)),
        None => {
            let tn = vm.type_name(&object);
            Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            )))
        }
    }
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "tobytes", true)?;
    let [order] = parse_kw(vm, &args, "tobytes", ["order"], 0, 0)?;
    if let Some(o) = order.filter(|o| !o.is_none()) {
        match o.as_str() {
            Some("C" | "F" | "A") => {}
            Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            None => {
                let tn = vm.type_name(&o);
                return Err(vm.type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {tn}"
                )));
            }
        }
    }
    Ok(Value::Bytes(Obj::new(m.to_vec())))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this_noargs(vm, &args, "tolist")?;
    Ok(Value::list(
        m.to_vec()
            .into_iter()
            .map(|c| Value::Int(i64::from(c)))
            .collect(),
    ))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "hex", true)?;
    let mut rest = args.args;
    rest[0] = Value::Bytes(Obj::new(m.to_vec()));
    BYTES_HEX(
        vm,
        Args {
            args: rest,
            kwargs: args.kwargs,
        },
    )
}

fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "cast", true)?;
    let [format, shape] = parse_kw(vm, &args, "cast", ["format", "shape"], 0, 1)?;
    let format = format.unwrap_or_default();
    let Some(f) = format.as_str() else {
        let tn = vm.type_name(&format);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {tn}")));
    };
    if m.step != 1 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    // A one-dimensional shape that keeps the length is the only one a 'B' view can take.
    let keeps_length = |v: &Value| {
        let items: Vec<Value> = match v.view() {
            View::Tuple(t) => t.items().to_vec(),
            View::List(l) => l.items.borrow().clone(),
            _ => return false,
        };
        matches!(items.as_slice(), [n] if n.as_small_int() == i64::try_from(m.len).ok())
    };
    if shape.as_ref().is_some_and(|s| !keeps_length(s)) {
        return Err(vm.err(
            "NotImplementedError",
            "memoryview.cast() with a shape is not supported",
        ));
    }
    if !matches!(f, "B" | "@B") {
        return Err(vm.err(
            "NotImplementedError",
            format!("memoryview: format '{f}' is not supported (only 'B')"),
        ));
    }
    Ok(view_of(PyMemoryView::new(
        m.obj.clone(),
        m.start,
        1,
        m.len,
        m.readonly,
    )))
}

fn mv_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this_noargs(vm, &args, "toreadonly")?;
    Ok(view_of(PyMemoryView::new(
        m.obj.clone(),
        m.start,
        m.step,
        m.len,
        true,
    )))
}

fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "release", false)?;
    m.release();
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_noargs(vm, &args, "__enter__")?;
    Ok(args.args[0].clone())
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__exit__", false)?;
    m.release();
    Ok(Value::None)
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__len__", true)?;
    Ok(Value::Int(i64::try_from(m.len).unwrap_or(i64::MAX)))
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__getitem__", true)?;
    vm.memoryview_get(&m, &nth(&args, 1))
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__setitem__", true)?;
    vm.memoryview_set(&m, &nth(&args, 1), &nth(&args, 2))?;
    Ok(Value::None)
}

fn mv_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__delitem__", true)?;
    Err(vm.type_error("cannot delete memory"))
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__iter__", true)?;
    vm.get_iter(&Value::MemoryView(m))
}

fn mv_compare(vm: &mut Vm, args: &Args, name: &str, equal: bool) -> PyResult<Value> {
    let m = this(vm, args, name, false)?;
    let other = nth(args, 1);
    if m.released.get() {
        return Ok(Value::Bool(other.is(&args.args[0]) == equal));
    }
    match crate::vm::builtins::byte_data(&vm.unwrap_base(&other)) {
        Some(o) => Ok(Value::Bool((m.to_vec() == *o) == equal)),
        None => Ok(Value::NotImplemented),
    }
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mv_compare(vm, &args, "__eq__", true)
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mv_compare(vm, &args, "__ne__", false)
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__hash__", true)?;
    vm.hash(&Value::MemoryView(m)).map(Value::Int)
}

fn mv_obj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "obj", true)?.obj.clone())
}

fn mv_nbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "nbytes", true)?;
    Ok(Value::Int(i64::try_from(m.len).unwrap_or(i64::MAX)))
}

fn mv_readonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args, "readonly", true)?.readonly))
}

fn mv_itemsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "itemsize", true)?;
    Ok(Value::Int(1))
}

fn mv_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "format", true)?;
    Ok(Value::str("B"))
}

fn mv_ndim(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "ndim", true)?;
    Ok(Value::Int(1))
}

fn mv_shape(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "shape", true)?;
    Ok(Value::tuple(vec![Value::Int(
        i64::try_from(m.len).unwrap_or(i64::MAX),
    )]))
}

fn mv_strides(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "strides", true)?;
    Ok(Value::tuple(vec![Value::Int(m.step as i64)]))
}

fn mv_suboffsets(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "suboffsets", true)?;
    Ok(Value::tuple(vec![]))
}

fn mv_contiguous(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "contiguous", true)?;
    Ok(Value::Bool(m.step == 1 || m.len <= 1))
}

impl Vm {
    /// `view[key]`: an int for an index, a new view for a slice.
    pub(crate) fn memoryview_get(&mut self, m: &Obj<PyMemoryView>, key: &Value) -> PyResult<Value> {
        if m.released.get() {
            return Err(released(self));
        }
        if let View::Slice(s) = key.view() {
            let si = self.slice_indices(s, m.len)?;
            let start = if si.len == 0 {
                m.start
            } else {
                m.offset(si.start as usize)
            };
            return Ok(view_of(PyMemoryView::new(
                m.obj.clone(),
                start,
                m.step * si.step as isize,
                si.len,
                m.readonly,
            )));
        }
        let k = self.memoryview_index(m, key)?;
        let data = m.to_vec();
        Ok(Value::Int(i64::from(data[k])))
    }

    fn memoryview_index(&mut self, m: &PyMemoryView, key: &Value) -> PyResult<usize> {
        if !matches!(
            key.view(),
            View::Int(_) | View::Bool(_) | View::BigInt(_) | View::Instance(_)
        ) {
            return Err(self.type_error("memoryview: invalid slice key"));
        }
        let i = self.index_value(key, "memoryview: invalid slice key")?;
        let n = i64::try_from(m.len).unwrap_or(i64::MAX);
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(self.index_error("index out of bounds on dimension 1"));
        }
        Ok(usize::try_from(j).unwrap_or(0))
    }

    /// `view[key] = value` on a writable view.
    pub(crate) fn memoryview_set(
        &mut self,
        m: &Obj<PyMemoryView>,
        key: &Value,
        value: &Value,
    ) -> PyResult<()> {
        if m.released.get() {
            return Err(released(self));
        }
        if m.readonly {
            return Err(self.type_error("cannot modify read-only memory"));
        }
        if let View::Slice(s) = key.view() {
            let si = self.slice_indices(s, m.len)?;
            let Some(src) = crate::vm::builtins::byte_data(&self.unwrap_base(value)) else {
                let tn = self.type_name(value);
                return Err(self.type_error(format!("a bytes-like object is required, not '{tn}'")));
            };
            if src.len() != si.len {
                return Err(self.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            for (k, &c) in si.indices().zip(src.iter()) {
                m.store(k, c);
            }
            return Ok(());
        }
        let k = self.memoryview_index(m, key)?;
        let byte = match self.unwrap_base(value).view() {
            View::Int(i) => u8::try_from(i).ok(),
            View::Bool(b) => Some(u8::from(b)),
            View::BigInt(_) => None,
            _ => return Err(self.type_error("memoryview: invalid type for format 'B'")),
        };
        let Some(byte) = byte else {
            return Err(self.value_error("memoryview: invalid value for format 'B'"));
        };
        m.store(k, byte);
        Ok(())
    }
}

impl Vm {
    /// Comparisons with a memoryview on either side: equality by the bytes shown (a
    /// released view equals only itself), no ordering.
    pub(crate) fn memoryview_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: crate::bytecode::CmpOp,
    ) -> PyResult<Option<bool>> {
        use crate::bytecode::CmpOp;
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let gone = |v: &Value| matches!(v.view(), View::MemoryView(m) if m.released.get());
        let same = if gone(a) || gone(b) {
            a.is(b)
        } else {
            let x = crate::vm::builtins::byte_data(a);
            let y = crate::vm::builtins::byte_data(b);
            match (x, y) {
                (Some(x), Some(y)) => *x == *y,
                _ => return Ok(None),
            }
        };
        Ok(Some(same == (op == CmpOp::Eq)))
    }
}
