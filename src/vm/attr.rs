//! Attribute access: the descriptor protocol, instance dicts and slots, class and module
//! attributes, and the special attributes of built-in objects.

use super::{PyResult, Vm};
use crate::runtime::class::ClassObj;
use crate::runtime::class::{AttrStore, Class, Instance};
use crate::runtime::function::{Args, BoundMethod};
use crate::runtime::object::Obj;
use crate::runtime::str::{PyStr, str_hash, with_hot_names};
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;

impl Vm {
    /// The type of a value of a built-in kind whose type is fixed by its kind (no instances,
    /// iterators, bound methods or native objects), borrowed: no reference count traffic.
    #[inline]
    pub fn builtin_type_ref(&self, v: &Value) -> Option<&Obj<Class>> {
        let t = &self.types;
        Some(match v.view() {
            View::None => &t.none,
            View::Bool(_) => &t.bool_,
            View::Int(_) | View::BigInt(_) => &t.int,
            View::Float(_) => &t.float,
            View::Str(_) => &t.str_,
            View::Bytes(_) => &t.bytes,
            View::ByteArray(_) => &t.bytearray,
            View::MemoryView(_) => &t.memoryview,
            View::List(_) => &t.list,
            View::Tuple(_) => &t.tuple,
            View::Dict(_) => &t.dict,
            View::Set(_) => &t.set,
            View::FrozenSet(_) => &t.frozenset,
            View::Range(_) => &t.range,
            _ => return None,
        })
    }

    pub fn type_of(&self, v: &Value) -> Obj<Class> {
        let t = &self.types;
        match v.view() {
            View::Null | View::None => t.none.clone(),
            View::NotImplemented => t.notimplemented.clone(),
            View::Ellipsis => t.ellipsis.clone(),
            View::Bool(_) => t.bool_.clone(),
            View::Int(_) | View::BigInt(_) => t.int.clone(),
            View::Float(_) => t.float.clone(),
            View::Str(_) => t.str_.clone(),
            View::Bytes(_) => t.bytes.clone(),
            View::ByteArray(_) => t.bytearray.clone(),
            View::MemoryView(_) => t.memoryview.clone(),
            View::List(_) => t.list.clone(),
            View::Tuple(_) => t.tuple.clone(),
            View::Dict(_) => t.dict.clone(),
            View::Set(_) => t.set.clone(),
            View::FrozenSet(_) => t.frozenset.clone(),
            View::Range(_) => t.range.clone(),
            View::Slice(_) => t.slice.clone(),
            View::Function(_) => t.function.clone(),
            View::Builtin(_) => t.builtin_function.clone(),
            View::Method(m) => match m.func.view() {
                View::Builtin(_) => t.builtin_function.clone(),
                _ => t.method.clone(),
            },
            View::Class(c) => match &*c.meta.borrow() {
                Some(m) => m.clone(),
                None => t.type_.clone(),
            },
            View::Instance(i) => i.class.borrow().clone(),
            View::Module(_) => t.module.clone(),
            View::Iter(it) => it.class(self),
            View::Generator(g) => {
                use super::generator::{AgenAction, GenKind};
                match &g.kind {
                    GenKind::Generator => t.generator.clone(),
                    GenKind::Coroutine => t.coroutine.clone(),
                    GenKind::AsyncGen { .. } => t.async_generator.clone(),
                    GenKind::CoroWrapper(_) => t.coroutine_wrapper.clone(),
                    GenKind::AsyncGenStep(s) => match s.action {
                        AgenAction::Send(_) => t.async_generator_asend.clone(),
                        _ => t.async_generator_athrow.clone(),
                    },
                }
            }
            View::Cell(_) => t.cell.clone(),
            View::Code(_) => t.code.clone(),
            View::Property(_) => t.property.clone(),
            View::StaticMethod(_) => t.staticmethod.clone(),
            View::ClassMethod(_) => t.classmethod.clone(),
            View::Super(_) => t.super_.clone(),
            View::Native(n) => n.class.clone(),
            View::Deque(_) => t.deque.clone(),
        }
    }

    /// CPython's `tp_name`: a built-in type defined in a module other than builtins carries
    /// the module's name (`collections.deque`, `itertools.accumulate`).
    pub fn type_name(&self, v: &Value) -> String {
        let cls = self.type_of(v);
        if cls.builtin {
            let module = cls.module.borrow();
            if module.as_str() != "builtins" {
                return format!("{module}.{}", cls.name());
            }
        }
        cls.name()
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.get_attr(obj, &n)
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Obj<PyStr>) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    pub fn no_attribute(&mut self, obj: &Value, name: &str) -> super::PyErr {
        let msg = match obj.view() {
            View::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name()),
            View::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        self.attribute_error(msg)
    }

    /// `getattr(obj, name)` returning None instead of raising AttributeError.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Obj<PyStr>) -> PyResult<Option<Value>> {
        match obj.view() {
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                let hook = with_hot_names(|n| cls.lookup_interned(&n.getattribute));
                if let Some(hook) = hook.filter(|h| matches!(h.view(), View::Function(_))) {
                    let r = self.call(&hook, vec![obj.clone(), Value::Str(name.clone())]);
                    return match r {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_matches(&e, "AttributeError") => {
                            match cls.lookup("__getattr__") {
                                Some(ga) => self
                                    .call(&ga, vec![obj.clone(), Value::Str(name.clone())])
                                    .map(Some),
                                None => Err(e),
                            }
                        }
                        Err(e) => Err(e),
                    };
                }
                self.object_get_attr_opt(obj, inst, &cls, name, true)
            }
            _ => self.non_instance_attr_opt(obj, name),
        }
    }

    /// `object.__getattribute__` on an instance (then `__getattr__` when `with_getattr`).
    pub fn object_get_attr_opt(
        &mut self,
        obj: &Value,
        inst: &Obj<crate::runtime::class::Instance>,
        cls: &Obj<crate::runtime::class::Class>,
        name: &Obj<PyStr>,
        with_getattr: bool,
    ) -> PyResult<Option<Value>> {
        let n = name.as_str();
        let cls = cls.clone();
        {
            {
                if let Some(i) = super::exceptions::slot_index(&cls, n) {
                    let v = inst.slot(i).unwrap_or_default();
                    if v.is_null() {
                        return Ok(None);
                    }
                    return Ok(Some(v));
                }
                let descr = cls.lookup_interned(name);
                if let Some(d) = &descr
                    && self.is_data_descriptor(d)
                {
                    return self.descr_get(d, obj, &cls).map(Some);
                }
                if let Some(v) = inst.attr(name) {
                    return Ok(Some(v));
                }
                if let Some(d) = descr {
                    return self.descr_get(&d, obj, &cls).map(Some);
                }
                if let Some(v) = self.special_attr(obj, n)? {
                    return Ok(Some(v));
                }
                if !with_getattr {
                    return Ok(None);
                }
                if let Some(ga) = cls.lookup("__getattr__") {
                    return match self.call(&ga, vec![obj.clone(), Value::Str(name.clone())]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_matches(&e, "AttributeError") => Err(e),
                        Err(e) => Err(e),
                    };
                }
                Ok(None)
            }
        }
    }

    fn non_instance_attr_opt(&mut self, obj: &Value, name: &Obj<PyStr>) -> PyResult<Option<Value>> {
        let n = name.as_str();
        let hash = name.hash();
        match obj.view() {
            View::Class(c) => self.class_attr(c, name),
            View::Module(m) => {
                if let Some(v) = m.dict.get_str(n, hash) {
                    return Ok(Some(v));
                }
                if n == "__dict__" {
                    return Ok(Some(Value::Dict(m.dict.clone())));
                }
                if n == "__annotations__" {
                    let fresh = Value::Dict(Obj::new(crate::runtime::dict::PyDict::new()));
                    m.dict
                        .set(self, Value::Str(name.clone()), hash, fresh.clone())?;
                    return Ok(Some(fresh));
                }
                // PEP 562: a module-level `__getattr__` answers names the module lacks.
                if let Some(hook) = m.dict.get_str("__getattr__", str_hash("__getattr__")) {
                    return match self.call(&hook, vec![Value::Str(name.clone())]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_matches(&e, "AttributeError") => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                Ok(None)
            }
            View::Super(s) => self.super_attr(s, name),
            _ => {
                if let Some(v) = self.special_attr(obj, n)? {
                    return Ok(Some(v));
                }
                if let View::Function(f) = obj.view()
                    && let Some(v) = f.dict.get_str(n, hash)
                {
                    return Ok(Some(v));
                }
                let cls = self.type_of(obj);
                match cls.lookup_hashed(n, hash) {
                    Some(d) => self.descr_get(&d, obj, &cls).map(Some),
                    None => Ok(None),
                }
            }
        }
    }

    pub fn is_data_descriptor(&self, d: &Value) -> bool {
        match d.view() {
            View::Property(_) => true,
            View::Instance(i) => {
                let c = i.class.borrow();
                c.lookup("__set__").is_some() || c.lookup("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Binds a class attribute found for an instance `obj` of `cls`.
    pub fn descr_get(&mut self, d: &Value, obj: &Value, cls: &Obj<Class>) -> PyResult<Value> {
        match d.view() {
            View::Function(_) | View::Builtin(_) => Ok(self.bind(d.clone(), obj.clone())),
            View::ClassMethod(f) => Ok(self.bind((**f).clone(), Value::Class(cls.clone()))),
            View::StaticMethod(f) => Ok((**f).clone()),
            View::Property(p) => {
                if p.fget.is_none() {
                    return Err(self.attribute_error("unreadable attribute"));
                }
                let g = p.fget.clone();
                self.call(&g, vec![obj.clone()])
            }
            View::Instance(i) => {
                let dc = i.class.borrow().clone();
                match dc.lookup("__get__") {
                    Some(get) => self.call(
                        &get,
                        vec![d.clone(), obj.clone(), Value::Class(cls.clone())],
                    ),
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    pub fn bind(&mut self, func: Value, receiver: Value) -> Value {
        let m = Obj::new(BoundMethod { func, receiver });
        Value::Method(m)
    }

    fn class_attr(&mut self, c: &Obj<Class>, name: &Obj<PyStr>) -> PyResult<Option<Value>> {
        let n = name.as_str();
        match n {
            "__name__" => return Ok(Some(Value::str(&c.name()))),
            "__qualname__" => return Ok(Some(Value::str(&c.qualname.borrow()))),
            "__mro__" => {
                let items = c.mro_with_self().into_iter().map(Value::Class).collect();
                return Ok(Some(Value::tuple(items)));
            }
            "__bases__" => {
                let items = c.bases.borrow().iter().cloned().map(Value::Class).collect();
                return Ok(Some(Value::tuple(items)));
            }
            "__base__" => {
                return Ok(Some(
                    c.bases
                        .borrow()
                        .first()
                        .cloned()
                        .map(Value::Class)
                        .unwrap_or(Value::None),
                ));
            }
            "__dict__" => return Ok(Some(Value::Dict(c.dict.clone()))),
            "__class__" => return Ok(Some(Value::Class(self.type_of(&Value::Class(c.clone()))))),
            // A class's own annotations, never a base's: created empty on first access.
            "__annotations__" if !c.builtin => {
                if let Some(v) = c.dict.get_str(n, name.hash()) {
                    return Ok(Some(v));
                }
                let fresh = Value::Dict(Obj::new(crate::runtime::dict::PyDict::new()));
                c.dict
                    .set(self, Value::Str(name.clone()), name.hash(), fresh.clone())?;
                return Ok(Some(fresh));
            }
            _ => {}
        }
        // A data descriptor of the metaclass comes before the class's own attributes.
        let meta = c.meta.borrow().clone();
        if let Some(meta) = meta
            && let Some(d) = meta.lookup(n)
            && self.is_data_descriptor(&d)
        {
            return self
                .descr_get(&d, &Value::Class(c.clone()), &meta)
                .map(Some);
        }
        for k in c.mro_with_self() {
            if let Some(v) = k.dict.get_str(n, name.hash()) {
                return Ok(Some(match v.view() {
                    View::ClassMethod(f) => self.bind((**f).clone(), Value::Class(c.clone())),
                    View::StaticMethod(f) => (**f).clone(),
                    View::Instance(i) => {
                        let dc = i.class.borrow().clone();
                        match dc.lookup("__get__") {
                            Some(get) => self.call(
                                &get,
                                vec![v.clone(), Value::None, Value::Class(c.clone())],
                            )?,
                            None => v,
                        }
                    }
                    _ => v,
                }));
            }
        }
        match n {
            "__module__" => Ok(Some(Value::str(&c.module.borrow()))),
            "__doc__" => Ok(Some(Value::None)),
            _ => {
                // Attributes of the metatype, e.g. `C.mro`.
                let t = self.type_of(&Value::Class(c.clone()));
                match t.lookup(n) {
                    Some(d) => self.descr_get(&d, &Value::Class(c.clone()), &t).map(Some),
                    None => Ok(None),
                }
            }
        }
    }

    fn super_attr(
        &mut self,
        s: &Obj<crate::runtime::value::Super>,
        name: &Obj<PyStr>,
    ) -> PyResult<Option<Value>> {
        let mro = s.obj_type.mro_with_self();
        let start = mro
            .iter()
            .position(|c| Obj::ptr_eq(c, &s.this_class))
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        for c in &mro[start..] {
            if let Some(v) = c.dict.get_str(name.as_str(), name.hash()) {
                return match (v.view(), s.obj.view()) {
                    // In a metaclass's method the class is an instance: bind to it
                    // (`__new__` stays a plain function, as it is a static method).
                    (View::Function(_) | View::Builtin(_), View::Class(oc))
                        if !oc.is_subclass(&s.this_class) && name.as_str() != "__new__" =>
                    {
                        self.descr_get(&v, &s.obj, &s.obj_type).map(Some)
                    }
                    (View::Function(_) | View::Builtin(_), View::Class(_)) => Ok(Some(v)),
                    (View::ClassMethod(f), _) => Ok(Some(
                        self.bind((**f).clone(), Value::Class(s.obj_type.clone())),
                    )),
                    _ => self.descr_get(&v, &s.obj, &s.obj_type).map(Some),
                };
            }
        }
        Ok(None)
    }

    /// Attributes every object of a built-in kind has that are not stored in a dict.
    fn special_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        if n == "__class__" {
            return Ok(Some(Value::Class(self.type_of(obj))));
        }
        Ok(match obj.view() {
            View::Instance(inst) => {
                if n == "__dict__" {
                    return Ok(inst.dict().map(Value::Dict));
                }
                if let Some(e) = &inst.exc {
                    let e = e.borrow();
                    match n {
                        "args" => return Ok(Some(e.args.clone())),
                        "__cause__" => return Ok(Some(e.cause.clone())),
                        "__context__" => return Ok(Some(e.context.clone())),
                        "__suppress_context__" => return Ok(Some(Value::Bool(e.suppress_context))),
                        "message" | "exceptions" => {
                            if let Some(v) = super::exception_group::group_field(&e.group, n) {
                                return Ok(Some(v));
                            }
                        }
                        "__traceback__" => {
                            // No traceback objects yet: expose the frames as (file, line, name)
                            // tuples so `exc.__traceback__ is not None` behaves.
                            if e.traceback.is_empty() {
                                return Ok(Some(Value::None));
                            }
                            let items = e
                                .traceback
                                .iter()
                                .rev()
                                .map(|t| {
                                    Value::tuple(vec![
                                        Value::str(&t.filename),
                                        Value::Int(t.line as i64),
                                        Value::str(&t.name),
                                    ])
                                })
                                .collect();
                            return Ok(Some(Value::tuple(items)));
                        }
                        _ => {}
                    }
                    let all: Vec<Value> = match e.args.view() {
                        View::Tuple(t) => t.items().to_vec(),
                        _ => vec![],
                    };
                    let first = all.first().cloned();
                    let cls = inst.class.borrow().clone();
                    drop(e);
                    let is = |vm: &Vm, name: &str| cls.is_subclass(&vm.types.exc(name));
                    match n {
                        "value" if is(self, "StopIteration") => {
                            return Ok(Some(first.unwrap_or(Value::None)));
                        }
                        "code" if is(self, "SystemExit") => {
                            return Ok(Some(match all.len() {
                                0 => Value::None,
                                1 => all[0].clone(),
                                _ => Value::tuple(all),
                            }));
                        }
                        "errno" if is(self, "OSError") => {
                            return Ok(Some(if all.len() >= 2 {
                                all[0].clone()
                            } else {
                                Value::None
                            }));
                        }
                        "strerror" if is(self, "OSError") => {
                            return Ok(Some(if all.len() >= 2 {
                                all[1].clone()
                            } else {
                                Value::None
                            }));
                        }
                        "msg" if is(self, "SyntaxError") => {
                            return Ok(Some(first.unwrap_or(Value::None)));
                        }
                        "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                            if is(self, "SyntaxError") =>
                        {
                            // args are (msg, (filename, lineno, offset, text, end_lineno,
                            // end_offset)).
                            let i = [
                                "filename",
                                "lineno",
                                "offset",
                                "text",
                                "end_lineno",
                                "end_offset",
                            ]
                            .iter()
                            .position(|f| *f == n)
                            .unwrap_or(0);
                            return Ok(Some(match all.get(1).view() {
                                Some(View::Tuple(t)) => {
                                    t.items().get(i).cloned().unwrap_or(Value::None)
                                }
                                _ => Value::None,
                            }));
                        }
                        "filename" | "filename2" if is(self, "OSError") => {
                            return Ok(Some(Value::None));
                        }
                        "name" if is(self, "NameError") || is(self, "ImportError") => {
                            return Ok(Some(Value::None));
                        }
                        _ => {}
                    }
                }
                None
            }
            View::Function(f) => match n {
                "__name__" => Some(Value::str(&f.name.borrow())),
                "__qualname__" => Some(Value::str(&f.qualname.borrow())),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    })
                }
                "__kwdefaults__" => Some(
                    f.kwdefaults
                        .borrow()
                        .clone()
                        .map(Value::Dict)
                        .unwrap_or(Value::None),
                ),
                "__dict__" => Some(Value::Dict(f.dict.clone())),
                "__annotations__" => {
                    let mut slot = f.annotations.borrow_mut();
                    let d =
                        slot.get_or_insert_with(|| Obj::new(crate::runtime::dict::PyDict::new()));
                    Some(Value::Dict(d.clone()))
                }
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().cloned().map(Value::Cell).collect())
                }),
                _ => None,
            },
            View::Builtin(b) => match n {
                "__name__" | "__qualname__" => Some(Value::str(&b.name)),
                "__self__" => Some(b.binding.clone().unwrap_or(Value::None)),
                "__doc__" => Some(Value::None),
                _ => None,
            },
            View::Method(m) => match n {
                "__func__" => Some(m.func.clone()),
                "__self__" => Some(m.receiver.clone()),
                _ => {
                    let f = m.func.clone();
                    let name = self.intern(n);
                    self.get_attr_opt(&f, &name)?
                }
            },
            View::Cell(c) if n == "cell_contents" => Some(c.value.borrow().clone()),
            View::Generator(g) => {
                use super::generator::GenKind;
                let prefix = match g.kind {
                    GenKind::Generator => "gi_",
                    GenKind::Coroutine => "cr_",
                    GenKind::AsyncGen { .. } => "ag_",
                    _ => "",
                };
                match n {
                    "__name__" if !prefix.is_empty() => Some(Value::str(&g.name)),
                    "__qualname__" if !prefix.is_empty() => Some(Value::str(&g.qualname)),
                    _ if prefix.is_empty() || !n.starts_with(prefix) => None,
                    _ => match &n[3..] {
                        "running" => Some(Value::Bool(self.gen_running(g))),
                        "await" if prefix != "gi_" => Some(g.awaiting()),
                        "yieldfrom" if prefix == "gi_" => Some(g.awaiting()),
                        "suspended" if prefix == "gi_" => Some(Value::Bool(
                            g.state.get() == super::generator::GenState::Suspended,
                        )),
                        _ => None,
                    },
                }
            }
            View::Code(c) => match n {
                "co_name" => Some(Value::str(&c.code.name)),
                "co_filename" => Some(Value::str(&c.code.filename)),
                "co_argcount" => Some(Value::Int(c.code.argcount as i64)),
                "co_firstlineno" => Some(Value::Int(c.code.first_line as i64)),
                "co_qualname" => Some(Value::str(&c.code.qualname)),
                "co_varnames" => Some(Value::tuple(
                    c.code.varnames.iter().map(|s| Value::str(s)).collect(),
                )),
                "co_cellvars" => Some(Value::tuple(
                    c.code.cellvars.iter().map(|s| Value::str(s)).collect(),
                )),
                "co_freevars" => Some(Value::tuple(
                    c.code.freevars.iter().map(|s| Value::str(s)).collect(),
                )),
                "co_posonlyargcount" => Some(Value::Int(c.code.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.code.kwonlyargcount as i64)),
                "co_nlocals" => Some(Value::Int(c.code.varnames.len() as i64)),
                "co_flags" => {
                    // CPython's CO_* bits: OPTIMIZED|NEWLOCALS for function scopes, then
                    // VARARGS, VARKEYWORDS, NESTED and GENERATOR.
                    let f = &c.code.flags;
                    let mut bits = if f.uses_namespace { 0 } else { 0x3 };
                    if f.varargs {
                        bits |= 0x4;
                    }
                    if f.varkeywords {
                        bits |= 0x8;
                    }
                    if c.code.qualname.contains("<locals>") {
                        bits |= 0x10;
                    }
                    if f.coroutine {
                        bits |= 0x80;
                    } else if f.async_generator {
                        bits |= 0x200;
                    } else if f.generator {
                        bits |= 0x20;
                    }
                    if f.future_annotations {
                        bits |= 0x0100_0000;
                    }
                    Some(Value::Int(bits))
                }
                _ => None,
            },
            View::Range(r) if r.big.is_some() => {
                let [a, b, c] = r.bounds();
                match n {
                    "start" => Some(Value::from_bigint(a)),
                    "stop" => Some(Value::from_bigint(b)),
                    "step" => Some(Value::from_bigint(c)),
                    _ => None,
                }
            }
            View::Range(r) => match n {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            View::Slice(s) => match n {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            View::Property(p) => match n {
                "fget" => Some(p.fget.clone()),
                "fset" => Some(p.fset.clone()),
                "fdel" => Some(p.fdel.clone()),
                "__doc__" => Some(p.doc.clone()),
                _ => None,
            },
            View::StaticMethod(f) | View::ClassMethod(f) if n == "__func__" => Some((**f).clone()),
            _ => None,
        })
    }

    /// For `LoadMethod`: the unbound function when `obj.name` is a method defined on its type
    /// and not shadowed, so the call can skip creating a bound method.
    pub fn lookup_method(&mut self, obj: &Value, name: &Obj<PyStr>) -> PyResult<Option<Value>> {
        match obj.view() {
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                let found = cls.lookup_interned(name);
                match found.view() {
                    Some(View::Function(_) | View::Builtin(_)) => {
                        if inst.attr(name).is_some() {
                            return Ok(None);
                        }
                        Ok(found)
                    }
                    _ => Ok(None),
                }
            }
            View::Class(_) | View::Module(_) | View::Super(_) | View::Function(_) => Ok(None),
            _ => {
                let cls = self.type_of(obj);
                let found = cls.lookup_interned(name);
                match found.view() {
                    Some(View::Builtin(_)) => Ok(found),
                    _ => Ok(None),
                }
            }
        }
    }

    /// A special method looked up on the type (never the instance) and bound to `obj`.
    /// `name` when the metaclass of `c` defines it in Python (not inherited from `type`).
    pub fn meta_method(&self, c: &Obj<Class>, name: &str) -> Option<Value> {
        let meta = c.meta.borrow().clone()?;
        meta.lookup(name)
            .filter(|f| matches!(f.view(), View::Function(_)))
    }

    pub fn special_method(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        match cls.lookup(name) {
            Some(d) => self.descr_get(&d, obj, &cls).map(Some),
            None => Ok(None),
        }
    }

    /// Calls the special method `name` of `obj`'s type if it is defined by Python code
    /// (built-in types implement their special methods directly in the operators).
    pub fn call_user_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let cls = match obj.view() {
            View::Instance(inst) => inst.class.borrow().clone(),
            // Dict views implement their set operations as methods on their types.
            View::Iter(it) if it.is_view() => self.type_of(obj),
            // A metaclass's methods written in Python; `type`'s own behaviour stays in the
            // operators.
            View::Class(c) => match self.meta_method(c, name) {
                Some(f) => {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(obj.clone());
                    a.extend(args);
                    return self.call(&f, a).map(Some);
                }
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        let Some(found) = cls.lookup(name) else {
            return Ok(None);
        };
        match found.view() {
            View::None => Ok(None),
            View::Function(_) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend(args);
                self.call(&found, a).map(Some)
            }
            _ => {
                let bound = self.descr_get(&found, obj, &cls)?;
                self.call(&bound, args).map(Some)
            }
        }
    }

    pub fn set_attr_str(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        let n = self.intern(name);
        self.set_attr(obj, &n, value)
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Obj<PyStr>, value: Value) -> PyResult<()> {
        if let View::Instance(inst) = obj.view() {
            let cls = inst.class.borrow().clone();
            if let Some(sa) = cls.lookup("__setattr__")
                && matches!(sa.view(), View::Function(_))
            {
                self.call(&sa, vec![obj.clone(), Value::Str(name.clone()), value])?;
                return Ok(());
            }
        }
        // A metaclass's __setattr__ (enum members cannot be reassigned).
        if let View::Class(c) = obj.view()
            && let Some(sa) = self.meta_method(c, "__setattr__")
        {
            self.call(&sa, vec![obj.clone(), Value::Str(name.clone()), value])?;
            return Ok(());
        }
        self.generic_set_attr(obj, name, value)
    }

    /// `object.__setattr__`: descriptors, slots, then the instance dict.
    pub fn generic_set_attr(
        &mut self,
        obj: &Value,
        name: &Obj<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        let n = name.as_str();
        match obj.view() {
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if n == "__class__" {
                    return self.set_instance_class(inst, &cls, value);
                }
                if let Some(d) = cls.lookup_interned(name) {
                    match d.view() {
                        View::Property(p) => {
                            if p.fset.is_none() {
                                let tn = cls.name();
                                return Err(self.attribute_error(format!(
                                    "property '{n}' of '{tn}' object has no setter"
                                )));
                            }
                            let s = p.fset.clone();
                            self.call(&s, vec![obj.clone(), value])?;
                            return Ok(());
                        }
                        View::Instance(di) => {
                            let dc = di.class.borrow().clone();
                            if let Some(set) = dc.lookup("__set__") {
                                self.call(&set, vec![d.clone(), obj.clone(), value])?;
                                return Ok(());
                            }
                        }
                        _ => {}
                    }
                }
                if let Some(i) = super::exceptions::slot_index(&cls, n) {
                    drop(inst.replace_slot(i, value));
                    return Ok(());
                }
                if let Some(e) = &inst.exc {
                    match n {
                        "__cause__" => {
                            let mut e = e.borrow_mut();
                            e.cause = value;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            e.borrow_mut().context = value;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            let b = self.truthy(&value)?;
                            e.borrow_mut().suppress_context = b;
                            return Ok(());
                        }
                        "args" => {
                            let items = self.collect_iterable(&value)?;
                            e.borrow_mut().args = Value::tuple(items);
                            return Ok(());
                        }
                        "__traceback__" => return Ok(()),
                        "message" | "exceptions"
                            if super::exception_group::group_field(&e.borrow().group, n)
                                .is_some() =>
                        {
                            return Err(self.attribute_error("readonly attribute"));
                        }
                        _ => {}
                    }
                }
                match inst.store_attr(name, value) {
                    AttrStore::Stored => Ok(()),
                    AttrStore::InDict(d, value) => {
                        d.set(self, Value::Str(name.clone()), name.hash(), value)?;
                        Ok(())
                    }
                    AttrStore::NoDict(_) => {
                        let tn = cls.name();
                        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
                    }
                }
            }
            View::Class(c) => {
                if c.builtin {
                    let cn = c.name();
                    return Err(self.type_error(format!(
                        "cannot set '{n}' attribute of immutable type '{cn}'"
                    )));
                }
                match n {
                    "__name__" => {
                        *c.name.borrow_mut() = value.as_str().unwrap_or_default().to_string();
                        return Ok(());
                    }
                    "__qualname__" => {
                        *c.qualname.borrow_mut() = value.as_str().unwrap_or_default().to_string();
                        return Ok(());
                    }
                    "__module__" => {
                        *c.module.borrow_mut() = value.as_str().unwrap_or_default().to_string();
                    }
                    _ => {}
                }
                c.dict
                    .set(self, Value::Str(name.clone()), name.hash(), value)?;
                Ok(())
            }
            View::Function(f) => {
                match n {
                    "__name__" => {
                        *f.name.borrow_mut() = value.as_str().unwrap_or_default().to_string()
                    }
                    "__qualname__" => {
                        *f.qualname.borrow_mut() = value.as_str().unwrap_or_default().to_string()
                    }
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value.view() {
                            View::Tuple(t) => t.items().to_vec(),
                            _ => vec![],
                        };
                    }
                    "__annotations__" => {
                        *f.annotations.borrow_mut() = match value.view() {
                            View::Dict(d) => Some(d.clone()),
                            View::None => None,
                            _ => {
                                return Err(
                                    self.type_error("__annotations__ must be set to a dict object")
                                );
                            }
                        };
                    }
                    _ => {
                        f.dict
                            .set(self, Value::Str(name.clone()), name.hash(), value)?;
                    }
                }
                Ok(())
            }
            View::Module(m) => {
                m.dict
                    .set(self, Value::Str(name.clone()), name.hash(), value)?;
                Ok(())
            }
            _ => {
                let tn = self.type_name(obj);
                if self.type_of(obj).lookup(n).is_some() {
                    return Err(
                        self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only"))
                    );
                }
                Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
            }
        }
    }

    /// `obj.__class__ = value`, between classes whose instances have the same layout.
    fn set_instance_class(
        &mut self,
        inst: &Instance,
        cls: &Obj<Class>,
        value: Value,
    ) -> PyResult<()> {
        let View::Class(target) = value.view() else {
            let tn = self.type_name(&value);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{tn}' object"
            )));
        };
        if target.builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let same_layout = target.layout == cls.layout
            && target.has_dict == cls.has_dict
            && super::exceptions::slot_count(target) == super::exceptions::slot_count(cls)
            && target.is_subclass(&self.types.base_exception)
                == cls.is_subclass(&self.types.base_exception);
        if !same_layout {
            let (tn, cn) = (target.name(), cls.name());
            return Err(self.type_error(format!(
                "__class__ assignment: '{tn}' object layout differs from '{cn}'"
            )));
        }
        // A shape belongs to one class (caches key on it alone), so the attributes move to
        // a real dict.
        inst.dict();
        *inst.class.borrow_mut() = target.clone();
        Ok(())
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Obj<PyStr>) -> PyResult<()> {
        let n = name.as_str();
        match obj.view() {
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(da) = cls.lookup("__delattr__")
                    && matches!(da.view(), View::Function(_))
                {
                    self.call(&da, vec![obj.clone(), Value::Str(name.clone())])?;
                    return Ok(());
                }
                if let Some(View::Property(p)) = cls.lookup(n).view() {
                    if p.fdel.is_none() {
                        let tn = cls.name();
                        return Err(self.attribute_error(format!(
                            "property '{n}' of '{tn}' object has no deleter"
                        )));
                    }
                    let d = p.fdel.clone();
                    self.call(&d, vec![obj.clone()])?;
                    return Ok(());
                }
                if let Some(i) = super::exceptions::slot_index(&cls, n) {
                    let old = inst.replace_slot(i, Value::Null).unwrap_or_default();
                    if old.is_null() {
                        return Err(self.attribute_error(n.to_string()));
                    }
                    return Ok(());
                }
                if inst.remove_attr(n).is_some() {
                    return Ok(());
                }
                let tn = cls.name();
                Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
            }
            View::Class(c) if !c.builtin => {
                if c.dict.remove_str(n).is_none() {
                    return Err(self.no_attribute(obj, n));
                }
                Ok(())
            }
            View::Function(f) => {
                if n == "__annotations__" {
                    *f.annotations.borrow_mut() = None;
                } else {
                    f.dict.remove_str(n);
                }
                Ok(())
            }
            View::Module(m) => {
                if m.dict.remove_str(n).is_none() {
                    return Err(self.no_attribute(obj, n));
                }
                Ok(())
            }
            _ => Err(self.no_attribute(obj, n)),
        }
    }

    pub fn has_attr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        let n = self.intern(name);
        match self.get_attr_opt(obj, &n) {
            Ok(v) => Ok(v.is_some()),
            Err(e) if self.err_matches(&e, "AttributeError") => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let m = self.get_attr_str(obj, name)?;
        self.call_args(&m, Args::new(args))
    }

    pub fn str_hash_of(name: &str) -> i64 {
        str_hash(name)
    }
}
