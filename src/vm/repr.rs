//! `repr()`, `str()`, `ascii()`, `format()` and `%`-formatting of values.

use super::{PyErr, PyResult, Vm};
use crate::runtime::deque::PyDeque;
use crate::runtime::format::{self, FormatError};
use crate::runtime::object::Obj;
use crate::runtime::strops;
use crate::runtime::value::Value;
use crate::runtime::value::{OptionView, View};
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is being computed, to print `[...]` for self-references.
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// CPython's words for a RecursionError raised by repr of nested containers.
const REPR_CONTEXT: &str = " while getting the repr of an object";

struct ReprGuard(usize);

impl ReprGuard {
    fn enter(v: &Value) -> Option<ReprGuard> {
        let p = v.heap_ptr()?;
        REPR_ACTIVE.with(|r| {
            let mut r = r.borrow_mut();
            if r.contains(&p) {
                None
            } else {
                r.push(p);
                Some(ReprGuard(p))
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|r| {
            let mut r = r.borrow_mut();
            if let Some(i) = r.iter().rposition(|p| *p == self.0) {
                r.remove(i);
            }
        });
    }
}

pub fn addr(v: &Value) -> String {
    format!("0x{:012x}", v.heap_ptr().unwrap_or(0))
}

impl Vm {
    /// The integer a `%d`/`%x`/`%o` operand stands for, as CPython takes it: an int as it
    /// is, else `__index__`, else (for `%d`, `%i`, `%u`) `__int__`. None when there is none,
    /// or the conversion raised TypeError or gave no int: the caller reports the type.
    fn percent_int_operand(
        &mut self,
        x: &Value,
        conv: char,
    ) -> PyResult<Option<num_bigint::BigInt>> {
        if let Some(b) = super::ops::to_bigint(x) {
            return Ok(Some(b));
        }
        if !matches!(x.view(), View::Instance(_)) {
            return Ok(None);
        }
        let r = if self.num_has_special(x, "__index__") {
            self.num_as_index(x).map(Some)
        } else if matches!(conv, 'd' | 'i' | 'u') && self.num_has_special(x, "__int__") {
            self.call_user_special(x, "__int__", vec![])
                .map(|r| r.and_then(|r| super::ops::to_bigint(&self.unwrap_base(&r))))
        } else {
            Ok(None)
        };
        match r {
            Err(e) if self.err_matches(&e, "TypeError") => Ok(None),
            r => r,
        }
    }

    pub fn format_error(&mut self, e: FormatError) -> PyErr {
        let name = e.exception_name();
        let msg = e.message().to_string();
        self.err(name, msg)
    }

    pub fn int_to_decimal(&mut self, b: &num_bigint::BigInt) -> PyResult<String> {
        if let Err(e) = format::spec::check_int_str_digits(b) {
            return Err(self.format_error(e));
        }
        Ok(b.to_string())
    }

    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v.view() {
            View::Null => "<NULL>".to_string(),
            View::None => "None".to_string(),
            View::NotImplemented => "NotImplemented".to_string(),
            View::Ellipsis => "Ellipsis".to_string(),
            View::Bool(b) => if b { "True" } else { "False" }.to_string(),
            View::Int(i) => i.to_string(),
            View::BigInt(b) => return self.int_to_decimal(b),
            View::Float(f) => format::float_repr::float_repr(f),
            View::Str(s) => strops::repr(s.as_str()),
            View::Bytes(b) => strops::bytes_repr(b),
            View::ByteArray(b) => {
                crate::vm::builtins::bytearray_repr("bytearray", &b.data.borrow())
            }
            View::MemoryView(m) if m.released.get() => format!("<released memory at {}>", addr(v)),
            View::MemoryView(_) => format!("<memory at {}>", addr(v)),
            View::List(l) => {
                let Some(_g) = ReprGuard::enter(v) else {
                    return Ok("[...]".to_string());
                };
                let items = l.items.borrow().clone();
                let parts = self.repr_all(&items)?;
                format!("[{}]", parts.join(", "))
            }
            View::Deque(d) => return self.deque_repr("deque", d),
            View::Tuple(t) => {
                let Some(_g) = ReprGuard::enter(v) else {
                    return Ok("(...)".to_string());
                };
                let parts = self.repr_all(&t.items())?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            View::Dict(d) => {
                let Some(_g) = ReprGuard::enter(v) else {
                    return Ok("{...}".to_string());
                };
                let parts = self.nested(REPR_CONTEXT, |vm| {
                    let mut parts = Vec::new();
                    for (k, val) in d.items() {
                        let ks = vm.repr(&k)?;
                        let vs = vm.repr(&val)?;
                        parts.push(format!("{ks}: {vs}"));
                    }
                    Ok(parts)
                })?;
                format!("{{{}}}", parts.join(", "))
            }
            View::Set(s) => {
                let keys = s.table.keys();
                if keys.is_empty() {
                    return Ok("set()".to_string());
                }
                let Some(_g) = ReprGuard::enter(v) else {
                    return Ok("set(...)".to_string());
                };
                format!("{{{}}}", self.repr_all(&keys)?.join(", "))
            }
            View::FrozenSet(s) => {
                let keys = s.table.keys();
                if keys.is_empty() {
                    return Ok("frozenset()".to_string());
                }
                format!("frozenset({{{}}})", self.repr_all(&keys)?.join(", "))
            }
            View::Range(r) if r.big.is_some() => {
                let [a, b, c] = r.bounds();
                if c == num_bigint::BigInt::from(1) {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {c})")
                }
            }
            View::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            View::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr(&a)?,
                    self.repr(&b)?,
                    self.repr(&c)?
                )
            }
            View::Function(f) => format!("<function {} at {}>", f.qualname.borrow(), addr(v)),
            View::Builtin(b) => match &b.binding {
                // The caller-frame marker is an implementation detail, not a receiver.
                Some(_) if crate::vm::builtins::exec::wants_frame(b) => {
                    format!("<built-in function {}>", b.name)
                }
                Some(r) => format!(
                    "<built-in method {} of {} object at {}>",
                    b.name,
                    self.type_name(r),
                    addr(r)
                ),
                None => format!("<built-in function {}>", b.name),
            },
            View::Method(m) => {
                let recv = m.receiver.clone();
                let func = m.func.clone();
                match func.view() {
                    View::Builtin(b) => format!(
                        "<built-in method {} of {} object at {}>",
                        b.name,
                        self.type_name(&recv),
                        addr(&recv)
                    ),
                    _ => {
                        let qn = match func.view() {
                            View::Function(f) => f.qualname.borrow().clone(),
                            _ => "?".to_string(),
                        };
                        format!("<bound method {qn} of {}>", self.repr(&recv)?)
                    }
                }
            }
            View::Class(c) if self.meta_method(c, "__repr__").is_some() => {
                let f = self.meta_method(c, "__repr__").unwrap_or_default();
                let r = self.call(&f, vec![v.clone()])?;
                match r.view() {
                    View::Str(s) => s.as_str().to_string(),
                    _ => {
                        let tn = self.type_name(&r);
                        return Err(
                            self.type_error(format!("__repr__ returned non-string (type {tn})"))
                        );
                    }
                }
            }
            View::Class(c) => {
                let module = c.module.borrow().clone();
                if module == "builtins" {
                    format!("<class '{}'>", c.qualname.borrow())
                } else {
                    format!("<class '{module}.{}'>", c.qualname.borrow())
                }
            }
            View::Module(m) => {
                if crate::vm::modules::is_builtin_module(&m.name) {
                    format!("<module '{}' (built-in)>", m.name)
                } else {
                    let file = m
                        .dict
                        .get_str("__file__", crate::runtime::str::str_hash("__file__"))
                        .and_then(|f| f.as_str().map(String::from))
                        .unwrap_or_default();
                    format!("<module '{}' from '{file}'>", m.name)
                }
            }
            View::Generator(g) => match &g.kind {
                crate::vm::generator::GenKind::AsyncGenStep(_)
                | crate::vm::generator::GenKind::CoroWrapper(_) => {
                    format!("<{} object at {}>", g.kind.type_name(), addr(v))
                }
                _ => format!(
                    "<{} object {} at {}>",
                    g.kind.type_name(),
                    g.qualname,
                    addr(v)
                ),
            },
            View::Iter(it) => {
                if it.is_view() {
                    let name = self.type_name(v);
                    let items = self.collect_iterable(v)?;
                    let parts = self.repr_all(&items)?;
                    format!("{name}([{}])", parts.join(", "))
                } else {
                    format!("<{} object at {}>", self.type_name(v), addr(v))
                }
            }
            View::Cell(_) => format!("<cell at {}>", addr(v)),
            View::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.code.name,
                addr(v),
                c.code.filename,
                c.code.first_line
            ),
            View::Super(s) => format!(
                "<super: <class '{}'>, <{} object>>",
                s.this_class.name(),
                s.obj_type.name()
            ),
            View::Property(_) | View::StaticMethod(_) | View::ClassMethod(_) => {
                format!("<{} object at {}>", self.type_name(v), addr(v))
            }
            View::Native(n) => match &*n.data.borrow() {
                crate::runtime::native::NativeData::Stream(1) => {
                    "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>".to_string()
                }
                crate::runtime::native::NativeData::Stream(_) => {
                    "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>".to_string()
                }
                // Types of Rust modules name their module (`<zlib.Compress object at …>`).
                _ => format!("<{} object at {}>", self.type_name(v), addr(v)),
            },
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = class_repr(&cls) {
                    // No recursion guard here: CPython calls a Python `__repr__` again for
                    // the same object (reprlib.recursive_repr relies on it), and a runaway
                    // one ends in RecursionError.
                    let r = self.call(&f, vec![v.clone()])?;
                    return match r.view() {
                        View::Str(s) => Ok(s.as_str().to_string()),
                        _ => {
                            let tn = self.type_name(&r);
                            Err(self
                                .type_error(format!("__repr__ returned non-string (type {tn})")))
                        }
                    };
                }
                if inst.exc.is_some() {
                    let args = self.exc_args(v);
                    let name = cls.name();
                    let parts = self.repr_all(&args)?;
                    return Ok(if parts.len() == 1 {
                        format!("{name}({})", parts[0])
                    } else {
                        format!("{name}({})", parts.join(", "))
                    });
                }
                let base = self.unwrap_base(v);
                // A deque's repr names its type (`M([1], maxlen=2)`).
                if let View::Deque(d) = base.view() {
                    return self.deque_repr(&cls.name(), d);
                }
                if let View::ByteArray(b) = base.view() {
                    let data = b.snapshot();
                    return Ok(crate::vm::builtins::bytearray_repr(&cls.name(), &data));
                }
                if !base.is(v) {
                    return self.repr(&base);
                }
                let module = cls.module.borrow().clone();
                format!("<{module}.{} object at {}>", cls.qualname.borrow(), addr(v))
            }
        })
    }

    /// The reprs of a container's items, one recursion level down.
    /// `deque([...])` under the name of the deque's type (`[...]` for a deque inside
    /// itself, as CPython prints).
    pub fn deque_repr(&mut self, type_name: &str, d: &Obj<PyDeque>) -> PyResult<String> {
        let Some(_g) = ReprGuard::enter(&Value::Deque(d.clone())) else {
            return Ok("[...]".to_string());
        };
        let items = d.snapshot();
        let body = self.repr_all(&items)?.join(", ");
        Ok(match d.maxlen.get() {
            Some(m) => format!("{type_name}([{body}], maxlen={m})"),
            None => format!("{type_name}([{body}])"),
        })
    }

    fn repr_all(&mut self, items: &[Value]) -> PyResult<Vec<String>> {
        self.nested(REPR_CONTEXT, |vm| {
            items.iter().map(|x| vm.repr(x)).collect()
        })
    }

    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v.view() {
            View::Str(s) => Ok(s.as_str().to_string()),
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup("__str__")
                    && !matches!(f.view(), View::Builtin(_))
                {
                    let r = self.call(&f, vec![v.clone()])?;
                    return match r.view() {
                        View::Str(s) => Ok(s.as_str().to_string()),
                        _ => {
                            let tn = self.type_name(&r);
                            Err(self.type_error(format!("__str__ returned non-string (type {tn})")))
                        }
                    };
                }
                if inst.exc.is_some() {
                    if let Some((message, excs)) = self.group_parts(v) {
                        let n = excs.len();
                        let text = self.to_str(&message)?;
                        let plural = if n == 1 { "" } else { "s" };
                        return Ok(format!("{text} ({n} sub-exception{plural})"));
                    }
                    let args = self.exc_args(v);
                    let is_key_error = cls.is_subclass(&self.types.exc("KeyError"));
                    if let Some(s) = self.os_or_syntax_error_str(&cls, inst, &args)? {
                        return Ok(s);
                    }
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr(&args[0]),
                        1 => self.to_str(&args[0]),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                // str.__str__ returns the string itself, whatever `__repr__` says.
                if let View::Str(s) = self.unwrap_base(v).view() {
                    return Ok(s.as_str().to_string());
                }
                if class_repr(&cls).is_some() {
                    return self.repr(v);
                }
                let base = self.unwrap_base(v);
                if !base.is(v) && !matches!(base.view(), View::Deque(_) | View::ByteArray(_)) {
                    return self.to_str(&base);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        if r.is_ascii() {
            return Ok(r);
        }
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match v.view() {
            View::Int(i) => {
                let tn = "int";
                let s = format::spec::parse_format_spec_for(spec, tn);
                s.and_then(|s| format::spec::format_int_for(&num_bigint::BigInt::from(i), &s, tn))
            }
            View::BigInt(b) => format::spec::parse_format_spec_for(spec, "int")
                .and_then(|s| format::spec::format_int_for(b, &s, "int")),
            View::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if b { "True" } else { "False" }.to_string());
                }
                format::spec::parse_format_spec_for(spec, "bool").and_then(|s| {
                    format::spec::format_int_for(&num_bigint::BigInt::from(b as i64), &s, "bool")
                })
            }
            View::Float(f) => format::spec::parse_format_spec_for(spec, "float")
                .and_then(|s| format::spec::format_float_for(f, &s, "float")),
            View::Str(s) => format::spec::parse_format_spec_for(spec, "str")
                .and_then(|sp| format::spec::format_str_for(s.as_str(), &sp, "str")),
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup("__format__")
                    && !matches!(f.view(), View::Builtin(_))
                {
                    let r = self.call(&f, vec![v.clone(), Value::str(spec)])?;
                    return match r.view() {
                        View::Str(s) => Ok(s.as_str().to_string()),
                        _ => {
                            let tn = self.type_name(&r);
                            Err(self.type_error(format!("__format__ must return a str, not {tn}")))
                        }
                    };
                }
                let base = self.unwrap_base(v);
                if !base.is(v)
                    && cls
                        .lookup("__str__")
                        .is_none_or(|f| matches!(f.view(), View::Builtin(_)))
                {
                    return self.format(&base, spec);
                }
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let tn = cls.name();
                return Err(self.type_error(format!(
                    "unsupported format string passed to {tn}.__format__"
                )));
            }
            _ => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let tn = self.type_name(v);
                return Err(self.type_error(format!(
                    "unsupported format string passed to {tn}.__format__"
                )));
            }
        };
        r.map_err(|e| self.format_error(e))
    }

    /// `fmt % args` for str.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        use format::printf::{Count, PrintfPiece};
        let pieces = format::printf::parse_printf(fmt).map_err(|e| self.format_error(e))?;
        let (positional, mapping): (Vec<Value>, Option<Value>) = match args.view() {
            View::Tuple(t) => (t.items().to_vec(), None),
            View::Dict(_) => (vec![args.clone()], Some(args.clone())),
            View::Instance(i) if i.class.borrow().layout == crate::runtime::class::Layout::Dict => {
                (vec![args.clone()], Some(args.clone()))
            }
            // A tuple subclass supplies its items, as a tuple does.
            View::Instance(i) => match i.base_value.borrow().view() {
                View::Tuple(t) => (t.items().to_vec(), None),
                _ => (vec![args.clone()], None),
            },
            _ => (vec![args.clone()], None),
        };
        let uses_keys = pieces
            .iter()
            .any(|p| matches!(p, PrintfPiece::Conv(c) if c.key.is_some()));
        let mut idx = 0usize;
        let mut out = String::new();
        let next_arg = |vm: &mut Vm, idx: &mut usize| -> PyResult<Value> {
            match positional.get(*idx) {
                Some(v) => {
                    *idx += 1;
                    Ok(v.clone())
                }
                None => Err(vm.type_error("not enough arguments for format string")),
            }
        };
        for piece in &pieces {
            match piece {
                PrintfPiece::Literal(s) => out.push_str(s),
                PrintfPiece::Conv(spec) => {
                    let width = match &spec.width {
                        Some(Count::Star) => {
                            let w = next_arg(self, &mut idx)?;
                            match w.view() {
                                View::Int(n) => Some(n),
                                _ => return Err(self.type_error("* wants int")),
                            }
                        }
                        Some(Count::Fixed(n)) => Some(*n as i64),
                        None => None,
                    };
                    let precision = match &spec.precision {
                        Some(Count::Star) => {
                            let p = next_arg(self, &mut idx)?;
                            match p.view() {
                                View::Int(n) => Some(n.max(0) as usize),
                                _ => return Err(self.type_error("* wants int")),
                            }
                        }
                        Some(Count::Fixed(n)) => Some(*n),
                        None => None,
                    };
                    let mut spec = spec.clone();
                    let width = width.map(|w| {
                        if w < 0 {
                            spec.flags.left = true;
                        }
                        w.unsigned_abs() as usize
                    });
                    let arg = match &spec.key {
                        Some(k) => {
                            let Some(m) = &mapping else {
                                return Err(self.type_error("format requires a mapping"));
                            };
                            let m = m.clone();
                            self.get_item(&m, &Value::str(k))?
                        }
                        None => next_arg(self, &mut idx)?,
                    };
                    let s = self.printf_one(&spec, &arg, width, precision)?;
                    out.push_str(&s);
                }
            }
        }
        if idx < positional.len() && !uses_keys && mapping.is_none() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(out)
    }

    fn printf_one(
        &mut self,
        spec: &format::printf::ConvSpec,
        arg: &Value,
        width: Option<usize>,
        precision: Option<usize>,
    ) -> PyResult<String> {
        use format::printf;
        // %s, %r and %a go through the object's own str/repr (a subclass may define
        // them); the numeric conversions read the built-in value underneath.
        let object = arg;
        let arg = self.unwrap_base(arg);
        Ok(match spec.conv {
            's' => {
                let s = self.to_str(object)?;
                printf::printf_pad(&s, spec, width, precision)
            }
            'r' => {
                let s = self.repr(object)?;
                printf::printf_pad(&s, spec, width, precision)
            }
            'a' => {
                let s = self.ascii(object)?;
                printf::printf_pad(&s, spec, width, precision)
            }
            'c' => {
                let s = match arg.view() {
                    View::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => return Err(self.overflow_error("%c arg not in range(0x110000)")),
                    },
                    View::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                    _ => return Err(self.type_error("%c requires int or char")),
                };
                printf::printf_pad(&s, spec, width, None)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let b = match arg.view() {
                    View::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                        if !f.is_finite() {
                            return Err(
                                self.overflow_error("cannot convert float infinity to integer")
                            );
                        }
                        num_bigint::BigInt::from_biguint(
                            if f < 0.0 {
                                num_bigint::Sign::Minus
                            } else {
                                num_bigint::Sign::Plus
                            },
                            super::ops::float_to_biguint(f.trunc().abs()),
                        )
                    }
                    _ => match self.percent_int_operand(&arg, spec.conv)? {
                        Some(b) => b,
                        None => {
                            let tn = self.type_name(&arg);
                            return Err(self.type_error(if matches!(spec.conv, 'd' | 'i' | 'u') {
                                format!(
                                    "%{} format: a real number is required, not {tn}",
                                    spec.conv
                                )
                            } else {
                                format!("%{} format: an integer is required, not {tn}", spec.conv)
                            }));
                        }
                    },
                };
                printf::printf_int(&b, spec, width, precision)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                // `__float__` and `__index__` too, as CPython's `PyFloat_AsDouble`.
                let f = self.num_as_f64(&arg)?;
                printf::printf_float(f, spec, width, precision)
            }
            c => {
                return Err(self.value_error(format!(
                    "unsupported format character '{c}' (0x{:x})",
                    c as u32
                )));
            }
        })
    }
}

impl Vm {
    /// `str()` of an OSError with (errno, strerror) args, `[Errno N] strerror: 'filename'`,
    /// and of a SyntaxError with location args, `msg (filename, line N)`.
    fn os_or_syntax_error_str(
        &mut self,
        cls: &Obj<crate::runtime::class::Class>,
        inst: &crate::runtime::class::Instance,
        args: &[Value],
    ) -> PyResult<Option<String>> {
        let field = |name: &str| inst.attr_str(name).filter(|v| !v.is_none());
        if args.len() == 2 && cls.is_subclass(&self.types.exc("OSError")) {
            let mut s = format!(
                "[Errno {}] {}",
                self.to_str(&args[0])?,
                self.to_str(&args[1])?
            );
            if let Some(f) = field("filename") {
                s.push_str(&format!(": {}", self.repr(&f)?));
                if let Some(f2) = field("filename2") {
                    s.push_str(&format!(" -> {}", self.repr(&f2)?));
                }
            }
            return Ok(Some(s));
        }
        if args.len() == 2
            && cls.is_subclass(&self.types.exc("SyntaxError"))
            && let View::Tuple(t) = args[1].view()
        {
            let msg = self.to_str(&args[0])?;
            let file = t.items().first().and_then(|f| f.as_str().map(String::from));
            let line = t
                .items()
                .get(1)
                .filter(|l| matches!(l.view(), View::Int(_)));
            return Ok(Some(match (file, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {})", self.to_str(l)?),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {})", self.to_str(l)?),
                (None, None) => msg,
            }));
        }
        Ok(None)
    }
}

/// The `__repr__` an instance of `cls` is shown by, when it is not the built-in one: a
/// Python method, or a Rust one the class itself defines (as sys.version_info's does);
/// inherited Rust ones are the built-in types' own and are not called as methods.
fn class_repr(cls: &crate::runtime::class::Class) -> Option<Value> {
    let f = cls.lookup("__repr__")?;
    let own = cls
        .dict
        .get_str("__repr__", crate::runtime::str::str_hash("__repr__"));
    let own_native = matches!(own.as_ref().view(), Some(View::Builtin(_)));
    (own_native || !matches!(f.view(), View::Builtin(_))).then_some(f)
}
