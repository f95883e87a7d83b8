//! The free functions of `builtins`: print, len, isinstance, min/max, sorted, ...

use super::{arg, arg_or_kw, arity, function};
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::iter::{IterKind, NativeIter};
use crate::vm::{PyResult, Vm};
use std::io::Write;

pub fn install(_vm: &mut Vm, b: &Obj<PyDict>) {
    function(b, "print", print);
    function(b, "len", len);
    function(b, "repr", repr);
    function(b, "ascii", ascii);
    function(b, "isinstance", isinstance);
    function(b, "issubclass", issubclass);
    function(b, "iter", iter);
    function(b, "next", next);
    function(b, "abs", abs);
    function(b, "min", min);
    function(b, "max", max);
    function(b, "sum", sum);
    function(b, "sorted", sorted);
    function(b, "any", any);
    function(b, "all", all);
    function(b, "chr", chr);
    function(b, "ord", ord);
    function(b, "hex", hex);
    function(b, "oct", oct);
    function(b, "bin", bin);
    function(b, "callable", callable);
    function(b, "id", id);
    function(b, "hash", hash);
    function(b, "getattr", getattr);
    function(b, "setattr", setattr);
    function(b, "hasattr", hasattr);
    function(b, "delattr", delattr);
    function(b, "input", input);
    function(b, "divmod", divmod);
    function(b, "pow", pow);
    function(b, "round", round);
    function(b, "format", format);
    function(b, "exit", exit);
    function(b, "quit", exit);
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in &args.kwargs {
        match k.as_str() {
            "sep" => {
                if !v.is_none() {
                    sep = match v.view() {
                        View::Str(s) => s.as_str().to_string(),
                        _ => {
                            let tn = vm.type_name(v);
                            return Err(
                                vm.type_error(format!("sep must be None or a string, not {tn}"))
                            );
                        }
                    }
                }
            }
            "end" => {
                if !v.is_none() {
                    end = match v.view() {
                        View::Str(s) => s.as_str().to_string(),
                        _ => {
                            let tn = vm.type_name(v);
                            return Err(
                                vm.type_error(format!("end must be None or a string, not {tn}"))
                            );
                        }
                    }
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    let mut out = String::new();
    for (i, a) in args.args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a.view() {
            View::Str(s) => out.push_str(s.as_str()),
            _ => out.push_str(&vm.to_str(a)?),
        }
    }
    out.push_str(&end);
    vm.write_to(&file, &out)?;
    if flush {
        let _ = vm.stdout.flush();
    }
    Ok(Value::None)
}

impl Vm {
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        if self.stdout.write_all(s.as_bytes()).is_err() {
            return Err(self.err("BrokenPipeError", "[Errno 32] Broken pipe"));
        }
        Ok(())
    }

    pub fn write_stderr(&mut self, s: &str) {
        let _ = self.stdout.flush();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    /// Writes to a file-like object: None means sys.stdout.
    pub fn write_to(&mut self, file: &Value, s: &str) -> PyResult<()> {
        match file.view() {
            View::None => {
                let out = self.sys_stream("stdout");
                match out {
                    Some(v) => self.write_to_stream(&v, s),
                    None => self.write_stdout(s),
                }
            }
            _ => self.write_to_stream(file, s),
        }
    }

    fn write_to_stream(&mut self, stream: &Value, s: &str) -> PyResult<()> {
        if let View::Native(n) = stream.view()
            && let crate::runtime::native::NativeData::Stream(k) = &*n.data.borrow()
        {
            if *k == 1 {
                return self.write_stdout(s);
            }
            self.write_stderr(s);
            return Ok(());
        }
        self.call_method(stream, "write", vec![Value::str(s)])?;
        Ok(())
    }

    fn sys_stream(&mut self, name: &str) -> Option<Value> {
        let sys = self.module_get("sys")?;
        match sys.view() {
            View::Module(m) => m.dict.get_str(name, crate::runtime::str::str_hash(name)),
            _ => None,
        }
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "len", 1, 1)?;
    let n = vm.len(&args.args[0])?;
    Ok(Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "repr", 1, 1)?;
    vm.repr(&args.args[0]).map(Value::string)
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "ascii", 1, 1)?;
    vm.ascii(&args.args[0]).map(Value::string)
}

fn class_or_tuple(
    vm: &mut Vm,
    v: &Value,
    fname: &str,
    check: &mut dyn FnMut(&Obj<Class>) -> bool,
) -> PyResult<bool> {
    match v.view() {
        View::Class(c) => Ok(check(c)),
        View::Tuple(t) => {
            for item in t.items().iter() {
                if class_or_tuple(vm, item, fname, check)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `isinstance`/`issubclass` through a metaclass's `__instancecheck__`/`__subclasscheck__`
/// (None when no class involved has one).
fn meta_check(vm: &mut Vm, obj: &Value, spec: &Value, hook: &str) -> PyResult<Option<bool>> {
    match spec.view() {
        View::Class(c) => match vm.meta_method(c, hook) {
            Some(f) => {
                if hook == "__instancecheck__" && Obj::ptr_eq(&vm.type_of(obj), c) {
                    return Ok(Some(true));
                }
                let r = vm.call(&f, vec![spec.clone(), obj.clone()])?;
                vm.truthy(&r).map(Some)
            }
            None => Ok(None),
        },
        // An object that is not a class but answers the check (typing.List, Union[...]).
        View::Instance(_) => match vm.call_user_special(spec, hook, vec![obj.clone()])? {
            Some(r) => vm.truthy(&r).map(Some),
            None => Ok(None),
        },
        View::Tuple(t) => {
            let any_hook = t.items().iter().any(|i| match i.view() {
                View::Class(c) => vm.meta_method(c, hook).is_some(),
                View::Tuple(_) | View::Instance(_) => true,
                _ => false,
            });
            if !any_hook {
                return Ok(None);
            }
            for item in t.items().iter() {
                let r = match meta_check(vm, obj, item, hook)? {
                    Some(r) => r,
                    None => {
                        let pair = Args {
                            args: smallvec::smallvec![obj.clone(), item.clone()],
                            kwargs: vec![],
                        };
                        let f = if hook == "__instancecheck__" {
                            isinstance
                        } else {
                            issubclass
                        };
                        let r = f(vm, pair)?;
                        vm.truthy(&r)?
                    }
                };
                if r {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        _ => Ok(None),
    }
}

/// CPython's message for `isinstance` and `issubclass` called with the wrong count.
fn exactly_two(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.args.len();
    if n != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {n}")));
    }
    Ok(())
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly_two(vm, &args, "isinstance")?;
    if let Some(r) = meta_check(vm, &args.args[0], &args.args[1], "__instancecheck__")? {
        return Ok(Value::Bool(r));
    }
    let t = vm.type_of(&args.args[0]);
    let r = class_or_tuple(vm, &args.args[1], "isinstance", &mut |c| t.is_subclass(c))?;
    if r {
        return Ok(Value::Bool(true));
    }
    isinstance_by_class_attr(vm, &args.args[0], &t, &args.args[1]).map(Value::Bool)
}

/// CPython's second chance: an object whose class defines `__class__` (a mock with a spec,
/// a proxy) is also an instance of the classes its `__class__` names. Only classes that
/// define `__class__` themselves pay for the lookup.
pub(crate) fn isinstance_by_class_attr(
    vm: &mut Vm,
    obj: &Value,
    t: &Obj<Class>,
    spec: &Value,
) -> PyResult<bool> {
    if t.lookup("__class__").is_none() {
        return Ok(false);
    }
    let claimed = match vm.get_attr_str(obj, "__class__") {
        Ok(v) => v,
        Err(e) if vm.err_matches(&e, "AttributeError") => return Ok(false),
        Err(e) => return Err(e),
    };
    match claimed.view() {
        View::Class(k) if !Obj::ptr_eq(k, t) => {
            let k = k.clone();
            class_or_tuple(vm, spec, "isinstance", &mut |c| k.is_subclass(c))
        }
        _ => Ok(false),
    }
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly_two(vm, &args, "issubclass")?;
    if let Some(r) = meta_check(vm, &args.args[0], &args.args[1], "__subclasscheck__")? {
        return Ok(Value::Bool(r));
    }
    let View::Class(c) = args.args[0].view() else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let c = c.clone();
    let r = class_or_tuple(vm, &args.args[1], "issubclass", &mut |k| c.is_subclass(k))?;
    Ok(Value::Bool(r))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "iter", 1, 2)?;
    if args.args.len() == 2 {
        if !is_callable(&args.args[0], vm) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(NativeIter::new(IterKind::Callable {
            func: args.args[0].clone(),
            sentinel: args.args[1].clone(),
        }));
    }
    vm.get_iter(&args.args[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "next", 1, 2)?;
    let it = &args.args[0];
    if !vm.is_iterator(it) {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match vm.next_raw(it) {
        Ok(v) => Ok(v),
        Err(e) if args.args.len() == 2 && vm.err_matches(&e, "StopIteration") => {
            Ok(args.args[1].clone())
        }
        Err(e) => Err(e),
    }
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "abs", 1, 1)?;
    let v = &args.args[0];
    match v.view() {
        View::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(num_bigint::BigInt::from(i).magnitude().clone().into()),
        }),
        View::Bool(b) => Ok(Value::Int(b as i64)),
        View::BigInt(b) => Ok(Value::from_bigint(num_traits::Signed::abs(&**b))),
        View::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            if let Some(r) = vm.call_user_special(v, "__abs__", vec![])? {
                return Ok(r);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
        }
    }
}

fn min_max(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = args.kw("key").cloned().filter(|k| !k.is_none());
    let default = args.kw("default").cloned();
    for (k, _) in &args.kwargs {
        if k.as_str() != "key" && k.as_str() != "default" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {name}()",
                k.as_str()
            )));
        }
    }
    let items = match args.args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(&args.args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()])?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                let r = vm.compare(&k, &bk, op)?;
                if vm.truthy(&r)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.is_empty() || args.args.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.args.len()
        )));
    }
    let mut acc = arg_or_kw(&args, 1, "start")
        .cloned()
        .unwrap_or(Value::Int(0));
    match acc.view() {
        View::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        View::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        View::ByteArray(_) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let it = vm.get_iter(&args.args[0])?;
    // CPython 3.11 adds floats one by one (compensated summation arrived in 3.12).
    while let Some(x) = vm.next(&it)? {
        acc = match (acc.view(), x.view()) {
            (View::Int(a), View::Int(b)) => match a.checked_add(b) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(&acc, &x, BinOp::Add)?,
            },
            (View::Float(a), View::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&acc, &x, BinOp::Add)?,
        };
    }
    Ok(acc)
}

/// Stable merge sort with a fallible comparison (user `__lt__` may raise).
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for item in items {
        let k = match key {
            Some(f) if !f.is_none() => vm.call(f, vec![item.clone()])?,
            _ => item.clone(),
        };
        keyed.push((k, item));
    }
    if reverse {
        keyed.reverse();
    }
    let sorted = merge_sort(vm, keyed)?;
    let mut out: Vec<Value> = sorted.into_iter().map(|(_, v)| v).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a.view(), b.view()) {
        (View::Int(x), View::Int(y)) => Ok(x < y),
        (View::Float(x), View::Float(y)) => Ok(x < y),
        (View::Str(x), View::Str(y)) => Ok(x.as_str() < y.as_str()),
        _ => {
            let r = vm.compare(a, b, CmpOp::Lt)?;
            vm.truthy(&r)
        }
    }
}

fn merge_sort(vm: &mut Vm, mut v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let n = v.len();
    if n <= 1 {
        return Ok(v);
    }
    // Insertion sort for short runs, then bottom-up merges.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(vm, &v[j].0, &v[j - 1].0)? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut out: Vec<(Value, Value)> = Vec::with_capacity(n);
        let mut src = std::mem::take(&mut v)
            .into_iter()
            .map(Some)
            .collect::<Vec<_>>();
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                let take_right = {
                    let (Some(a), Some(b)) = (&src[j], &src[i]) else {
                        break;
                    };
                    less(vm, &a.0, &b.0)?
                };
                if take_right {
                    out.extend(src[j].take());
                    j += 1;
                } else {
                    out.extend(src[i].take());
                    i += 1;
                }
            }
            for slot in src.iter_mut().take(mid).skip(i) {
                out.extend(slot.take());
            }
            for slot in src.iter_mut().take(hi).skip(j) {
                out.extend(slot.take());
            }
            lo = hi;
        }
        v = out;
        width *= 2;
    }
    Ok(v)
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.args.len()
        )));
    }
    let items = vm.collect_iterable(&args.args[0])?;
    let key = args.kw("key").cloned();
    let reverse = match args.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let out = sort_values(vm, items, key.as_ref(), reverse)?;
    Ok(Value::list(out))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "any", 1, 1)?;
    let it = vm.get_iter(&args.args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "all", 1, 1)?;
    let it = vm.get_iter(&args.args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "chr", 1, 1)?;
    let i = match args.args[0].view() {
        View::Int(i) => i,
        View::Bool(b) => b as i64,
        View::BigInt(_) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        _ => {
            let tn = vm.type_name(&args.args[0]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => {
            if (0xD800..0xE000).contains(&i) {
                // Lone surrogates cannot be represented in UTF-8 strings.
                return Err(vm.value_error("surrogate code points are not supported"));
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "ord", 1, 1)?;
    match args.args[0].view() {
        View::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(
                s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        View::ByteArray(a) => {
            let b = a.snapshot();
            if b.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(i64::from(b[0])))
        }
        View::Bytes(b) => {
            if b.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        _ => {
            let tn = vm.type_name(&args.args[0]);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    match crate::vm::ops::to_bigint(v) {
        Some(b) => Ok(b),
        None => {
            if let Some(r) = vm.call_user_special(v, "__index__", vec![])? {
                return int_arg(vm, &r);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, base: u32) -> PyResult<Value> {
    arity(vm, &args, name, 1, 1)?;
    let b = int_arg(vm, &args.args[0])?;
    Ok(Value::string(crate::runtime::format::spec::int_to_base(
        &b, base, true,
    )))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}
fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}
fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

pub fn is_callable(v: &Value, vm: &Vm) -> bool {
    match v.view() {
        View::Function(_) | View::Builtin(_) | View::Method(_) | View::Class(_) => true,
        View::Instance(_) | View::Native(_) => vm.type_of(v).lookup("__call__").is_some(),
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "callable", 1, 1)?;
    Ok(Value::Bool(is_callable(&args.args[0], vm)))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "id", 1, 1)?;
    let v = &args.args[0];
    Ok(match v.heap_ptr() {
        Some(p) => Value::Int(p as i64),
        // A value held in the word itself has no address: its word is its identity (equal
        // words are the same object to `is`), and never a multiple of 8 like an address.
        None => Value::from_bigint(num_bigint::BigInt::from(v.bits())),
    })
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "hash", 1, 1)?;
    vm.hash(&args.args[0]).map(Value::Int)
}

fn attr_name(vm: &mut Vm, v: &Value, _fname: &str) -> PyResult<Obj<crate::runtime::str::PyStr>> {
    // A str subclass names the attribute by its text.
    let text = match v.view() {
        View::Str(s) => Some(s.clone()),
        View::Instance(i) => match i.base_value.borrow().view() {
            View::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    match text {
        Some(s) => Ok(vm.intern(s.as_str())),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() < 2 || args.args.len() > 3 {
        return Err(vm.type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            args.args.len()
        )));
    }
    let name = attr_name(vm, &args.args[1], "getattr")?;
    match vm.get_attr(&args.args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.args.len() == 3 && vm.err_matches(&e, "AttributeError") => {
            Ok(args.args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "setattr", 3, 3)?;
    let name = attr_name(vm, &args.args[1], "setattr")?;
    vm.set_attr(&args.args[0], &name, args.args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "hasattr", 2, 2)?;
    let name = attr_name(vm, &args.args[1], "hasattr")?;
    match vm.get_attr_opt(&args.args[0], &name) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(e) if vm.err_matches(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "delattr", 2, 2)?;
    let name = attr_name(vm, &args.args[1], "delattr")?;
    vm.del_attr(&args.args[0], &name)?;
    Ok(Value::None)
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "input", 0, 1)?;
    if let Some(p) = arg(&args, 0) {
        let s = vm.to_str(p)?;
        vm.write_to(&Value::None, &s)?;
    }
    let _ = vm.stdout.flush();
    // A replaced sys.stdin (say an io.StringIO) is what input() reads, as in CPython.
    let custom = vm.sys_stream("stdin").filter(|s| {
        !matches!(s.view(), View::Native(n)
            if matches!(&*n.data.borrow(), crate::runtime::native::NativeData::Stream(0)))
    });
    if let Some(stdin) = custom {
        if let Some(out) = vm.sys_stream("stdout")
            && !matches!(out.view(), View::Native(_))
        {
            let flush = vm.intern("flush");
            if let Some(f) = vm.get_attr_opt(&out, &flush)? {
                vm.call(&f, vec![])?;
            }
        }
        let line = vm.call_method(&stdin, "readline", vec![])?;
        let View::Str(l) = line.view() else {
            return Err(vm.type_error("object.readline() returned non-string"));
        };
        let l = l.as_str();
        if l.is_empty() {
            return Err(vm.err("EOFError", "EOF when reading a line"));
        }
        return Ok(Value::str(l.strip_suffix('\n').unwrap_or(l)));
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.err("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(_) => Err(vm.err("UnicodeDecodeError", "'utf-8' codec can't decode input")),
    }
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "divmod", 2, 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if let (
        View::Float(_) | View::Int(_) | View::Bool(_) | View::BigInt(_),
        View::Float(_) | View::Int(_) | View::Bool(_) | View::BigInt(_),
    ) = (a.view(), b.view())
    {
        if matches!(a.view(), View::Float(_)) || matches!(b.view(), View::Float(_)) {
            let x = vm.int_to_f64(a)?;
            let y = vm.int_to_f64(b)?;
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = crate::vm::ops::float_divmod(x, y);
            return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
        let r = vm.binary_op(a, b, BinOp::Mod)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(r) = vm.call_user_special(a, "__divmod__", vec![b.clone()])?
        && !matches!(r.view(), View::NotImplemented)
    {
        return Ok(r);
    }
    if let Some(r) = vm.call_user_special(b, "__rdivmod__", vec![a.clone()])?
        && !matches!(r.view(), View::NotImplemented)
    {
        return Ok(r);
    }
    let (na, nb) = (vm.type_name(a), vm.type_name(b));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
    )))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = arg_or_kw(&args, 0, "base").cloned();
    let exp = arg_or_kw(&args, 1, "exp").cloned();
    let modulus = arg_or_kw(&args, 2, "mod").cloned().filter(|m| !m.is_none());
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    let Some(m) = modulus else {
        return vm.binary_op(&base, &exp, BinOp::Pow);
    };
    // Class instances (e.g. complex) get the three-argument form through `__pow__`, or
    // the exponent's `__rpow__`.
    for (obj, name, other) in [(&base, "__pow__", &exp), (&exp, "__rpow__", &base)] {
        if let View::Instance(inst) = obj.view()
            && inst.class.borrow().lookup(name).is_some()
        {
            let r = vm.call_method(obj, name, vec![other.clone(), m.clone()])?;
            if !matches!(r.view(), View::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let (Some(b), Some(e), Some(m)) = (
        crate::vm::ops::to_bigint(&base),
        crate::vm::ops::to_bigint(&exp),
        crate::vm::ops::to_bigint(&m),
    ) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    use num_traits::{Signed, Zero};
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = if e.is_negative() {
        // Modular inverse, as in Python 3.8+.
        let inv = mod_inverse(&b, &m);
        match inv {
            Some(i) => i.modpow(&(-e), &m.abs()),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        b.modpow(&e, &m.abs())
    };
    let r = if m.is_negative() && !r.is_zero() {
        r + &m
    } else {
        r
    };
    let r = if !m.is_negative() && r.is_negative() {
        r + &m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    use num_traits::{One, Signed};
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let number = arg_or_kw(&args, 0, "number").cloned();
    let Some(number) = number else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = arg_or_kw(&args, 1, "ndigits")
        .cloned()
        .filter(|v| !v.is_none());
    match (number.view(), nd) {
        (View::Float(f), None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = round_half_even(f);
            Ok(float_to_int_value(r))
        }
        (View::Float(f), Some(n)) => {
            let n = vm.index_value(&n, "'float' object cannot be interpreted as an integer")?;
            crate::runtime::format::parse::round_float_checked(f, n)
                .map(Value::Float)
                .map_err(|e| vm.format_error(e))
        }
        (View::Int(_) | View::Bool(_) | View::BigInt(_), None) => vm.pos(&number),
        (View::Int(_) | View::Bool(_) | View::BigInt(_), Some(n)) => {
            let n = vm.index_value(&n, "'float' object cannot be interpreted as an integer")?;
            if n >= 0 {
                return vm.pos(&number);
            }
            use num_integer::Integer;
            let x = crate::vm::ops::to_bigint(&number).unwrap_or_default();
            let p =
                num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), (-n).min(10_000) as u32);
            let (q, r) = x.div_mod_floor(&p);
            let twice: num_bigint::BigInt = &r * num_bigint::BigInt::from(2);
            let q = match twice.cmp(&p) {
                std::cmp::Ordering::Greater => q + 1,
                std::cmp::Ordering::Equal if q.is_odd() => q + 1,
                _ => q,
            };
            Ok(Value::from_bigint(q * p))
        }
        _ => {
            // `round(x, None)` calls `x.__round__()` without an argument.
            let args2: Vec<Value> = args.args[1..]
                .iter()
                .filter(|a| !a.is_none())
                .cloned()
                .collect();
            if let Some(r) = vm.call_user_special(&number, "__round__", args2)? {
                return Ok(r);
            }
            let tn = vm.type_name(&number);
            Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
        }
    }
}

pub fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

pub fn float_to_int_value(f: f64) -> Value {
    if f.abs() < 9.2e18 {
        Value::Int(f as i64)
    } else {
        let mag = crate::vm::ops::float_to_biguint(f.abs());
        Value::from_bigint(num_bigint::BigInt::from_biguint(
            if f < 0.0 {
                num_bigint::Sign::Minus
            } else {
                num_bigint::Sign::Plus
            },
            mag,
        ))
    }
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "format", 1, 2)?;
    let spec = match arg(&args, 1).view() {
        Some(View::Str(s)) => s.as_str().to_string(),
        Some(_) => {
            let tn = vm.type_name(&args.args[1]);
            return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
        }
        None => String::new(),
    };
    vm.format(&args.args[0], &spec).map(Value::string)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = vm.types.exc("SystemExit");
    let exc = vm.new_exception(&cls, args.args.into_vec());
    Err(crate::vm::PyErr { exc })
}
