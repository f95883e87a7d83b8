//! The class machinery: `__build_class__`, `type()`, `object`, `super`, descriptors
//! (property, staticmethod, classmethod), exceptions, generators' methods, and the
//! constructors of the built-in container and iterator types.

use super::{arg, arg_or_kw, arity, constructor, function, method};
use crate::runtime::class::ClassObj;
use crate::runtime::class::{Class, Layout, c3_mro};
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::type_version::TypeVersion;
use crate::runtime::value::OptionView;
use crate::runtime::value::View;
use crate::runtime::value::{Property, PyRange, PySlice, Super, Value};
use crate::vm::generator::AgenAction;
use crate::vm::iter::{IterKind, NativeIter};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

pub fn install(_vm: &mut Vm, b: &Obj<PyDict>) {
    function(b, "__build_class__", build_class);
}

pub fn install_methods(vm: &mut Vm) {
    let t = &vm.types;
    constructor(&t.object, object_new);
    method(&t.object, "__init__", object_init);
    method(&t.object, "__setattr__", object_setattr);
    method(&t.object, "__getattribute__", object_getattribute);
    method(&t.object, "__delattr__", object_delattr);
    method(&t.object, "__eq__", object_eq);
    method(&t.object, "__ne__", object_ne);
    method(&t.object, "__hash__", object_hash);
    method(&t.object, "__repr__", object_repr);
    method(&t.object, "__str__", object_str);
    method(&t.object, "__format__", object_format);
    method(&t.object, "__init_subclass__", object_init_subclass);
    constructor(&t.type_, type_new);
    method(&t.type_, "mro", type_mro);
    method(&t.type_, "__init__", type_init);
    method(&t.type_, "__call__", type_call);
    method(&t.type_, "__subclasses__", type_subclasses);
    constructor(&t.property, property_new);
    method(&t.property, "getter", property_getter);
    method(&t.property, "setter", property_setter);
    method(&t.property, "deleter", property_deleter);
    method(&t.property, "__get__", property_get);
    constructor(&t.staticmethod, staticmethod_new);
    constructor(&t.classmethod, classmethod_new);
    constructor(&t.super_, super_new);
    constructor(&t.method, method_new);
    constructor(&t.range, range_new);
    constructor(&t.slice, slice_new);
    method(&t.slice, "indices", slice_indices);
    constructor(&t.enumerate, enumerate_new);
    constructor(&t.zip, zip_new);
    constructor(&t.map, map_new);
    constructor(&t.filter, filter_new);
    constructor(&t.reversed, reversed_new);
    for it in [
        &t.iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ] {
        method(it, "__next__", iterator_next);
        method(it, "__iter__", iterator_iter);
    }
    method(&t.generator, "__next__", gen_next);
    method(&t.generator, "__iter__", iterator_iter);
    method(&t.generator, "send", gen_send);
    method(&t.generator, "throw", gen_throw);
    method(&t.generator, "close", gen_close);
    method(&t.coroutine, "send", gen_send);
    method(&t.coroutine, "throw", gen_throw);
    method(&t.coroutine, "close", gen_close);
    method(&t.coroutine, "__await__", coro_await);
    for step in [
        &t.coroutine_wrapper,
        &t.async_generator_asend,
        &t.async_generator_athrow,
    ] {
        method(step, "__next__", gen_next);
        method(step, "__iter__", iterator_iter);
        method(step, "__await__", iterator_iter);
        method(step, "send", gen_send);
        method(step, "throw", gen_throw);
        method(step, "close", gen_close);
    }
    method(&t.async_generator, "__aiter__", iterator_iter);
    method(&t.async_generator, "__anext__", agen_anext);
    method(&t.async_generator, "asend", agen_asend);
    method(&t.async_generator, "athrow", agen_athrow);
    method(&t.async_generator, "aclose", agen_aclose);
    let be = t.base_exception.clone();
    constructor(&be, exception_new);
    method(&be, "__init__", exception_init);
    method(&be, "with_traceback", exception_with_traceback);
    method(&be, "add_note", exception_add_note);
    // Builtin-instantiable flag for exceptions: they are created through default_new.
    be.dict.remove_str("__new__");
}

fn cls_arg(vm: &mut Vm, args: &Args) -> PyResult<Obj<Class>> {
    match args.args.first().view() {
        Some(View::Class(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("constructor called without a class")),
    }
}

// ---- class creation ----

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.args.into_iter();
    let func = pos.next();
    let Some(View::Function(body)) = func.view() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = match pos.next().view() {
        Some(View::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("__build_class__: name is not a string")),
    };
    let orig_bases: Vec<Value> = pos.collect();
    // PEP 560: a base that is not a class (`Generic[T]`) names its replacement bases.
    let mut bases = Vec::with_capacity(orig_bases.len());
    let mut replaced = false;
    for b in &orig_bases {
        if !matches!(b.view(), View::Class(_))
            && let Some(f) = vm.get_attr_opt(b, &crate::runtime::str::intern("__mro_entries__"))?
        {
            let entries = vm.call(&f, vec![Value::tuple(orig_bases.clone())])?;
            bases.extend(vm.collect_iterable(&entries)?);
            replaced = true;
        } else {
            bases.push(b.clone());
        }
    }
    let mut kwargs = Vec::new();
    let mut explicit_meta = None;
    for (k, v) in args.kwargs {
        if k.as_str() != "metaclass" {
            kwargs.push((k, v));
        } else {
            explicit_meta = Some(v);
        }
    }
    // The metaclass: the `metaclass=` argument, else the most derived of the bases'.
    // An explicit `type` counts as none: a base's metaclass may be more derived.
    let meta = match explicit_meta.view() {
        Some(View::Class(m)) if !Obj::ptr_eq(m, &vm.types.type_) => explicit_meta.clone(),
        Some(View::Class(_)) | None => {
            let base_classes: Vec<Obj<Class>> = bases
                .iter()
                .filter_map(|b| match b.view() {
                    View::Class(c) => Some(c.clone()),
                    _ => None,
                })
                .collect();
            inherited_meta(&base_classes).map(Value::Class)
        }
        Some(_) => explicit_meta.clone(),
    };
    let ns = match &meta {
        Some(m) => match vm.get_attr_opt(m, &crate::runtime::str::intern("__prepare__"))? {
            Some(prep) => {
                let a = Args {
                    args: smallvec::smallvec![Value::str(&name), Value::tuple(bases.clone())],
                    kwargs: kwargs.clone(),
                };
                match vm.call_args(&prep, a)?.view() {
                    View::Dict(d) => d.clone(),
                    _ => vm.new_dict(),
                }
            }
            None => vm.new_dict(),
        },
        None => vm.new_dict(),
    };
    if replaced {
        ns.set_str("__orig_bases__", Value::tuple(orig_bases));
    }
    let mut frame = vm.function_frame(body, Args::default())?;
    frame.namespace = Some(ns.clone());
    vm.depth += 1;
    let r = vm.run_frame(&mut frame);
    vm.depth -= 1;
    let class_cell = match r? {
        crate::vm::eval::Exit::Return(v) => match v.view() {
            View::Cell(c) => Some(c.clone()),
            _ => None,
        },
        _ => None,
    };
    if let Some(meta) = meta {
        let a = Args {
            args: smallvec::smallvec![Value::str(&name), Value::tuple(bases), Value::Dict(ns)],
            kwargs,
        };
        let cls = vm.call_args(&meta, a)?;
        if let Some(cell) = class_cell {
            *cell.value.borrow_mut() = cls.clone();
        }
        return Ok(cls);
    }
    let cls = make_class(vm, &name, bases, &ns)?;
    if let Some(cell) = class_cell {
        *cell.value.borrow_mut() = Value::Class(cls.clone());
    }
    finish_class(vm, &cls, &ns, kwargs)?;
    Ok(Value::Class(cls))
}

/// The most derived metaclass among the bases' (None when all are `type`).
pub fn inherited_meta(bases: &[Obj<Class>]) -> Option<Obj<Class>> {
    let mut best: Option<Obj<Class>> = None;
    for b in bases {
        if let Some(m) = &*b.meta.borrow() {
            match &best {
                Some(cur) if cur.is_subclass(m) => {}
                _ => best = Some(m.clone()),
            }
        }
    }
    best
}

/// Creates a class object from a name, bases and a namespace dict.
pub fn make_class(
    vm: &mut Vm,
    name: &str,
    bases: Vec<Value>,
    ns: &Obj<PyDict>,
) -> PyResult<Obj<Class>> {
    let mut base_classes = Vec::new();
    for b in bases {
        match b.view() {
            View::Class(c) => {
                if c.layout == Layout::Opaque && c.builtin && !Obj::ptr_eq(c, &vm.types.type_) {
                    let cn = c.name();
                    return Err(
                        vm.type_error(format!("type '{cn}' is not an acceptable base type"))
                    );
                }
                base_classes.push(c.clone())
            }
            _ => {
                let tn = vm.type_name(&b);
                let _ = tn;
                return Err(vm.type_error("bases must be types"));
            }
        }
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types.object.clone());
    }
    let mut layout = Layout::Object;
    for b in &base_classes {
        if b.layout != Layout::Object {
            let bl = if b.layout == Layout::Bool {
                Layout::Int
            } else {
                b.layout
            };
            if layout != Layout::Object && layout != bl {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = bl;
        }
    }
    let Some(mro) = c3_mro(&base_classes) else {
        let names: Vec<String> = base_classes.iter().map(|b| b.name()).collect();
        return Err(vm.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        )));
    };
    let slots = match ns.get_str("__slots__", crate::runtime::str::str_hash("__slots__")) {
        None => None,
        Some(v) => match v.view() {
            View::Str(s) => Some(vec![s.as_str().to_string()]),
            _ => {
                let items = vm.collect_iterable(&v)?;
                let mut names = Vec::new();
                for it in items {
                    match it.view() {
                        View::Str(s) => names.push(s.as_str().to_string()),
                        _ => return Err(vm.type_error("__slots__ items must be strings")),
                    }
                }
                Some(names)
            }
        },
    };
    let has_dict = match &slots {
        None => true,
        Some(s) => s.iter().any(|n| n == "__dict__") || base_classes.iter().any(|b| b.has_dict),
    };
    let slots = slots.map(|s| {
        s.into_iter()
            .filter(|n| n != "__dict__" && n != "__weakref__")
            .collect()
    });
    let version = TypeVersion::new(base_classes.iter().map(|b| &b.version));
    let dict = Obj::new(PyDict::new());
    dict.watch(&version);
    let mut has_eq = false;
    let mut has_hash = false;
    for (k, v) in ns.items() {
        let v = match (k.as_str(), v.view()) {
            (Some("__new__"), View::Function(_)) => Value::StaticMethod(Obj::new(v)),
            (Some("__init_subclass__" | "__class_getitem__"), View::Function(_)) => {
                Value::ClassMethod(Obj::new(v))
            }
            _ => v,
        };
        match k.as_str() {
            Some("__eq__") => has_eq = true,
            Some("__hash__") => has_hash = true,
            _ => {}
        }
        let h = vm.hash(&k)?;
        dict.insert_new(k, h, v);
    }
    if has_eq && !has_hash {
        dict.set_str("__hash__", Value::None);
    }
    let module = match ns
        .get_str("__module__", crate::runtime::str::str_hash("__module__"))
        .view()
    {
        Some(View::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    };
    let qualname = match ns
        .get_str(
            "__qualname__",
            crate::runtime::str::str_hash("__qualname__"),
        )
        .view()
    {
        Some(View::Str(s)) => s.as_str().to_string(),
        _ => name.to_string(),
    };
    let any_slots = slots.as_ref().is_some_and(|s: &Vec<String>| !s.is_empty())
        || mro.iter().any(|c| c.any_slots);
    let cls = Obj::new(Class {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(qualname),
        module: RefCell::new(module),
        bases: RefCell::new(base_classes),
        mro: RefCell::new(mro),
        root_shape: crate::runtime::class::Shape::root(version.clone()),
        dict,
        layout,
        slots,
        any_slots,
        has_dict,
        builtin: false,
        version,
        attr_cache: RefCell::new(Default::default()),
        meta: RefCell::new(None),
        del_cache: std::cell::Cell::new((0, false)),
    });
    // A class inherits its bases' metaclass (the most derived one).
    *cls.meta.borrow_mut() = inherited_meta(&cls.bases.borrow());
    Ok(cls)
}

/// `__set_name__` on descriptors and the parent's `__init_subclass__`.
fn finish_class(
    vm: &mut Vm,
    cls: &Obj<Class>,
    ns: &Obj<PyDict>,
    kwargs: Vec<(Obj<crate::runtime::str::PyStr>, Value)>,
) -> PyResult<()> {
    for (k, v) in ns.items() {
        if let View::Instance(_) = v.view()
            && let Some(f) = vm.special_method(&v, "__set_name__")?
        {
            vm.call(&f, vec![Value::Class(cls.clone()), k])?;
        }
    }
    let parent = cls.mro.borrow().first().cloned();
    if let Some(p) = parent {
        if let Some(View::ClassMethod(f)) = p.lookup("__init_subclass__").view() {
            let f = (**f).clone();
            let mut a = Args {
                args: smallvec::smallvec![Value::Class(cls.clone())],
                kwargs,
            };
            a.args.truncate(1);
            vm.call_args(&f, a)?;
        } else if !kwargs.is_empty() {
            let cn = cls.name();
            return Err(vm.type_error(format!(
                "{cn}.__init_subclass__() takes no keyword arguments"
            )));
        }
    }
    Ok(())
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = &args.args[1..];
    // `type.__new__(mcls, ...)` from a metaclass written in Python.
    let mcls = match args.args.first().view() {
        Some(View::Class(m)) if !Obj::ptr_eq(m, &vm.types.type_) => Some(m.clone()),
        _ => None,
    };
    match a.len() {
        1 if mcls.is_none() => Ok(Value::Class(vm.type_of(&a[0]))),
        3 => {
            let name = match a[0].view() {
                View::Str(s) => s.as_str().to_string(),
                _ => return Err(vm.type_error("type.__new__() argument 1 must be str")),
            };
            let bases = vm.collect_iterable(&a[1])?;
            let View::Dict(d) = a[2].view() else {
                return Err(vm.type_error("type.__new__() argument 3 must be dict"));
            };
            let ns = Obj::new(d.copy());
            if ns
                .get_str("__module__", crate::runtime::str::str_hash("__module__"))
                .is_none()
            {
                ns.set_str("__module__", Value::str("__main__"));
            }
            let cls = make_class(vm, &name, bases, &ns)?;
            if let Some(m) = mcls {
                *cls.meta.borrow_mut() = Some(m.clone());
            }
            finish_class(vm, &cls, &ns, args.kwargs)?;
            Ok(Value::Class(cls))
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `types.MethodType(func, obj)`: binds any callable to an object.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.args.len() != 3 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.args.len() - 1
        )));
    }
    let func = args.args[1].clone();
    let obj = args.args[2].clone();
    if !super::functions::is_callable(&func, vm) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.bind(func, obj))
}

/// `type.__init__`: the work is done in `type.__new__`; accepts its arguments.
fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__call__(cls, ...)`: construct without consulting the metaclass's `__call__` again.
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a = args;
    if a.args.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let first = a.args.remove(0);
    let View::Class(cls) = first.view() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    vm.call_class_plain(cls, a)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.first().view() {
        Some(View::Class(c)) => Ok(Value::list(
            c.mro_with_self().into_iter().map(Value::Class).collect(),
        )),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasses(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::list(vec![]))
}

// ---- object ----

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    if cls.builtin && Obj::ptr_eq(&cls, &vm.types.object) {
        if args.args.len() > 1 || !args.kwargs.is_empty() {
            return Err(vm.type_error("object() takes no arguments"));
        }
        let inst = vm.new_instance(&cls);
        return Ok(Value::Instance(inst));
    }
    // `BaseExceptionGroup.__new__(cls, message, excs)` from a subclass's __new__.
    if cls.is_subclass(&vm.types.base_exception_group) {
        return vm.new_exception_group_from(&cls, &args.args[1..]);
    }
    // `object.__new__(cls)` called explicitly from a user __new__.
    vm.default_new(&cls, &Args::default())
}

pub fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "__setattr__", 3, 3)?;
    let View::Str(name) = args.args[1].view() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let name = name.clone();
    vm.generic_set_attr(&args.args[0], &name, args.args[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "__getattribute__", 2, 2)?;
    let View::Str(name) = args.args[1].view() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let name = name.clone();
    let obj = &args.args[0];
    if let View::Instance(inst) = obj.view() {
        // Never the class's own `__getattribute__` (which may be what called this) and
        // never `__getattr__`: the caller falls back to that.
        let cls = inst.class.borrow().clone();
        return match vm.object_get_attr_opt(obj, inst, &cls, &name, false)? {
            Some(v) => Ok(v),
            None => Err(vm.no_attribute(obj, name.as_str())),
        };
    }
    vm.get_attr(obj, &name)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "__delattr__", 2, 2)?;
    let View::Str(name) = args.args[1].view() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let obj = args.args[0].clone();
    let name = name.clone();
    if let View::Instance(inst) = obj.view()
        && inst.remove_attr(name.as_str()).is_some()
    {
        return Ok(Value::None);
    }
    vm.del_attr(&obj, &name)?;
    Ok(Value::None)
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match (args.args.first(), args.args.get(1)) {
        (Some(a), Some(b)) if a.is(b) => Ok(Value::Bool(true)),
        _ => Ok(Value::NotImplemented),
    }
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.args.first(), args.args.get(1)) else {
        return Ok(Value::NotImplemented);
    };
    // object.__ne__ asks the type's __eq__ and inverts a definite answer.
    let eq = vm.type_of(a).lookup("__eq__");
    let r = match eq {
        Some(f) if matches!(f.view(), View::Function(_)) => {
            vm.call(&f, vec![a.clone(), b.clone()])?
        }
        _ => {
            if a.is(b) {
                Value::Bool(true)
            } else {
                return Ok(Value::NotImplemented);
            }
        }
    };
    if matches!(r.view(), View::NotImplemented) {
        return Ok(r);
    }
    let t = vm.truthy(&r)?;
    Ok(Value::Bool(!t))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or_default();
    Ok(Value::Int(match v.view() {
        View::Instance(_) => crate::vm::ops::id_hash(&v),
        _ => vm.hash(&v)?,
    }))
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or_default();
    let cls = vm.type_of(&v);
    let module = cls.module.borrow().clone();
    Ok(Value::string(format!(
        "<{module}.{} object at {}>",
        cls.qualname.borrow(),
        crate::vm::repr::addr(&v)
    )))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or_default();
    vm.repr(&v).map(Value::string)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or_default();
    let spec = args
        .args
        .get(1)
        .and_then(|s| s.as_str().map(String::from))
        .unwrap_or_default();
    if !spec.is_empty() {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.to_str(&v).map(Value::string)
}

fn object_init_subclass(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

// ---- descriptors ----

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let get = |i: usize, name: &str| {
        arg_or_kw(&args, i + 1, name)
            .cloned()
            .unwrap_or(Value::None)
    };
    let fget = get(0, "fget");
    let doc = get(3, "doc");
    let doc = match doc.view() {
        View::None => match fget.view() {
            View::Function(f) => f
                .dict
                .get_str("__doc__", crate::runtime::str::str_hash("__doc__"))
                .unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => doc,
    };
    let _ = vm;
    Ok(Value::Property(Obj::new(Property {
        fget,
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc,
    })))
}

fn property_with(vm: &mut Vm, args: &Args, which: usize) -> PyResult<Value> {
    let (Some(View::Property(p)), Some(f)) = (args.args.first().map(Value::view), args.args.get(1))
    else {
        return Err(vm.type_error("property method expects a function"));
    };
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f.clone();
    let [fget, fset, fdel] = parts;
    Ok(Value::Property(Obj::new(Property {
        fget,
        fset,
        fdel,
        doc: p.doc.clone(),
    })))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, &args, 0)
}
fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, &args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, &args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(View::Property(p)), Some(obj)) =
        (args.args.first().map(Value::view), args.args.get(1))
    else {
        return Err(vm.type_error("descriptor '__get__' needs an object"));
    };
    if obj.is_none() {
        return Ok(args.args[0].clone());
    }
    let f = p.fget.clone();
    vm.call(&f, vec![obj.clone()])
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "staticmethod", 2, 2)?;
    Ok(Value::StaticMethod(Obj::new(args.args[1].clone())))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "classmethod", 2, 2)?;
    Ok(Value::ClassMethod(Obj::new(args.args[1].clone())))
}

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = &args.args[1..];
    let (this, obj) = match a.len() {
        0 => {
            let Some((first, cell)) = vm.super_stack.last().cloned() else {
                return Err(vm.runtime_error("super(): __class__ cell not found"));
            };
            let this = cell.value.borrow().clone();
            let View::Class(this) = this.view() else {
                return Err(vm.runtime_error("super(): empty __class__ cell"));
            };
            if first.is_null() {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            (this.clone(), first)
        }
        2 => {
            let View::Class(c) = a[0].view() else {
                return Err(vm.type_error("super() argument 1 must be a type"));
            };
            (c.clone(), a[1].clone())
        }
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    let obj_type = match obj.view() {
        View::Class(c) if c.is_subclass(&this) => c.clone(),
        _ => {
            let t = vm.type_of(&obj);
            if !t.is_subclass(&this) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            t
        }
    };
    Ok(Value::Super(Obj::new(Super {
        this_class: this,
        obj,
        obj_type,
    })))
}

// ---- range, slice, iterator types ----

fn int_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v.view() {
        View::Int(i) => Ok(i),
        View::Bool(b) => Ok(b as i64),
        View::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => {
            if let Some(r) = vm.call_user_special(v, "__index__", vec![])? {
                return int_of(vm, &r);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn big_int_of(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    match crate::vm::ops::to_bigint(v) {
        Some(b) => Ok(b),
        None => {
            let i = int_of(vm, v)?;
            Ok(num_bigint::BigInt::from(i))
        }
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = &args.args[1..];
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    if a.iter().any(|v| matches!(v.view(), View::BigInt(_))) && (1..=3).contains(&a.len()) {
        let mut b = Vec::with_capacity(3);
        for v in a {
            b.push(big_int_of(vm, v)?);
        }
        let [start, stop, step] = match b.len() {
            1 => [
                num_bigint::BigInt::from(0),
                b[0].clone(),
                num_bigint::BigInt::from(1),
            ],
            2 => [b[0].clone(), b[1].clone(), num_bigint::BigInt::from(1)],
            _ => [b[0].clone(), b[1].clone(), b[2].clone()],
        };
        if num_traits::Zero::is_zero(&step) {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        let mut r = PyRange::small(0, 0, 1);
        r.big = Some(Box::new([start, stop, step]));
        return Ok(Value::Range(Obj::new(r)));
    }
    let (start, stop, step) = match a.len() {
        1 => (0, int_of(vm, &a[0])?, 1),
        2 => (int_of(vm, &a[0])?, int_of(vm, &a[1])?, 1),
        3 => (int_of(vm, &a[0])?, int_of(vm, &a[1])?, int_of(vm, &a[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Obj::new(PyRange::small(start, stop, step))))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = &args.args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at least 1 argument, got {n}"))),
    };
    Ok(Value::Slice(Obj::new(PySlice { start, stop, step })))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(View::Slice(s)), Some(n)) = (args.args.first().map(Value::view), args.args.get(1))
    else {
        return Err(vm.type_error("slice.indices() takes exactly one argument"));
    };
    let n = int_of(vm, n)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = s.clone();
    let si = vm.slice_indices(&s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(si.start),
        Value::Int(si.stop),
        Value::Int(si.step),
    ]))
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(iterable) = arg_or_kw(&args, 1, "iterable").cloned() else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = arg_or_kw(&args, 2, "start")
        .cloned()
        .unwrap_or(Value::Int(0));
    if !matches!(start.view(), View::Int(_) | View::BigInt(_) | View::Bool(_)) {
        let tn = vm.type_name(&start);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    let it = vm.get_iter(&iterable)?;
    Ok(NativeIter::new(IterKind::Enumerate { it, count: start }))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let strict = match args.kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in &args.args[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(NativeIter::new(IterKind::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.args[1].clone();
    let mut its = Vec::new();
    for a in &args.args[2..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(NativeIter::new(IterKind::Map { func, its }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.args.len() - 1
        )));
    }
    let it = vm.get_iter(&args.args[2])?;
    Ok(NativeIter::new(IterKind::Filter {
        func: args.args[1].clone(),
        it,
    }))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.args.len() - 1
        )));
    }
    let seq = args.args[1].clone();
    match seq.view() {
        View::List(l) => {
            let idx = l.items.borrow().len();
            return Ok(NativeIter::new(IterKind::ListRev {
                list: l.clone(),
                idx,
            }));
        }
        View::Range(r) if r.big.is_none() => {
            let n = crate::vm::ops::range_len(r.start, r.stop, r.step);
            let last = r.start + (n - 1) * r.step;
            return Ok(NativeIter::new(IterKind::Range {
                next: last,
                step: -r.step,
                remaining: n,
            }));
        }
        View::Class(_) => {
            if let Some(r) = vm.call_user_special(&seq, "__reversed__", vec![])? {
                return Ok(r);
            }
        }
        View::Instance(_) => {
            if let Some(r) = vm.call_user_special(&seq, "__reversed__", vec![])? {
                return Ok(r);
            }
            let base = vm.unwrap_base(&seq);
            if !base.is(&seq) {
                return reversed_new(vm, Args::new(vec![args.args[0].clone(), base]));
            }
        }
        View::Iter(v) if v.is_view() => {
            let items = vm.collect_iterable(&seq)?;
            return reversed_new(
                vm,
                Args::new(vec![args.args[0].clone(), Value::list(items)]),
            );
        }
        View::Dict(d) => {
            let keys = d.keys();
            let l = Value::list(keys);
            return reversed_new(vm, Args::new(vec![args.args[0].clone(), l]));
        }
        _ => {}
    }
    let has_getitem = matches!(seq.view(), View::Tuple(_) | View::Str(_) | View::Bytes(_))
        || vm.type_of(&seq).lookup("__getitem__").is_some();
    if !has_getitem {
        let tn = vm.type_name(&seq);
        return Err(vm.type_error(format!("'{tn}' object is not reversible")));
    }
    let n = vm.len(&seq)? as i64;
    Ok(NativeIter::new(IterKind::Reversed { seq, idx: n - 1 }))
}

fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.args.first().cloned().unwrap_or_default();
    vm.next_raw(&it)
}

fn iterator_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or_default())
}

// ---- generators ----

fn gen_arg(vm: &mut Vm, args: &Args) -> PyResult<Obj<crate::vm::generator::Generator>> {
    match args.args.first().view() {
        Some(View::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args)?;
    vm.gen_send(&g, Value::None)
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "send", 2, 2)?;
    let g = gen_arg(vm, &args)?;
    vm.gen_send(&g, args.args[1].clone())
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args)?;
    let Some(t) = arg(&args, 1).cloned() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let err = vm.exception_to_throw(t, arg(&args, 2))?;
    match vm.gen_resume(&g, Value::None, Some(err))? {
        crate::vm::generator::SendResult::Yielded(v) => Ok(v),
        crate::vm::generator::SendResult::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args)?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

// ---- coroutines and async generators ----

fn coro_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args)?;
    Ok(vm.coroutine_wrapper(&g))
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args)?;
    Ok(vm.agen_step_value(&g, AgenAction::Send(Value::None)))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "asend", 2, 2)?;
    let g = gen_arg(vm, &args)?;
    Ok(vm.agen_step_value(&g, AgenAction::Send(args.args[1].clone())))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args)?;
    let Some(t) = arg(&args, 1).cloned() else {
        return Err(vm.type_error("athrow expected at least 1 argument, got 0"));
    };
    let err = vm.exception_to_throw(t, arg(&args, 2))?;
    Ok(vm.agen_step_value(&g, AgenAction::Throw(err.exc)))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args)?;
    Ok(vm.agen_step_value(&g, AgenAction::Close))
}

// ---- exceptions ----

fn exception_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    let a = Args {
        args: args.args[1..].iter().cloned().collect(),
        kwargs: vec![],
    };
    vm.default_new(&cls, &a)
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(View::Instance(i)) = args.args.first().view()
        && let Some(e) = &i.exc
    {
        let mut a = args.args[1..].to_vec();
        vm.split_os_error_args(i, &mut a);
        e.borrow_mut().args = Value::tuple(a);
    }
    Ok(Value::None)
}

fn exception_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or_default())
}

fn exception_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "add_note", 2, 2)?;
    let exc = args.args[0].clone();
    let note = args.args[1].clone();
    if !matches!(note.view(), View::Str(_)) {
        let tn = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let name = vm.intern("__notes__");
    let notes = match vm.get_attr_opt(&exc, &name)? {
        Some(n) if matches!(n.view(), View::List(_)) => n,
        _ => {
            let l = Value::list(vec![]);
            vm.set_attr(&exc, &name, l.clone())?;
            l
        }
    };
    if let View::List(l) = notes.view() {
        l.items.borrow_mut().push(note);
    }
    Ok(Value::None)
}
