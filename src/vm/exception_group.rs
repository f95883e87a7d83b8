//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): construction, `split`, `subgroup`,
//! `derive`, and the run-time half of `except*` (matching a clause, and working out what
//! is left to raise once every clause has run).
//!
//! A group keeps its message and its exceptions (a tuple) in `ExcState::group`, apart from
//! `args`, so that changing `args` does not change what the group holds.

use super::builtins::{arity, method};
use super::{PyResult, Vm};
use crate::runtime::class::{Class, Layout};
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::value::{OptionView, Value, View};

/// `message` or `exceptions` of a group's stored pair; `None` for a plain exception.
pub fn group_field(group: &Value, name: &str) -> Option<Value> {
    let View::Tuple(t) = group.view() else {
        return None;
    };
    match name {
        "message" => t.items().first().cloned(),
        "exceptions" => t.items().get(1).cloned(),
        _ => None,
    }
}

/// What `split`/`subgroup`/`except*` test each exception with.
enum Condition {
    /// A class or a tuple of classes, as `isinstance` takes them.
    Types(Value),
    /// A Python function called with each exception.
    Predicate(Value),
}

fn is_exc_class(vm: &Vm, v: &Value) -> bool {
    matches!(v.view(), View::Class(c) if c.is_subclass(&vm.types.base_exception))
}

pub fn install(vm: &mut Vm) {
    let g = vm.types.base_exception_group.clone();
    method(&g, "split", group_split);
    method(&g, "subgroup", group_subgroup);
    method(&g, "derive", group_derive);
}

fn self_group(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Value> {
    match args.args.first() {
        Some(v) if vm.group_parts(v).is_some() => Ok(v.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{what}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

fn one_condition(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Condition)> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.args.len() != 2 {
        let n = args.args.len().saturating_sub(1);
        return Err(vm.type_error(format!("{name} expected 1 argument, got {n}")));
    }
    let g = self_group(vm, args, name)?;
    let cond = vm.group_condition(&args.args[1])?;
    Ok((g, cond))
}

fn group_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, cond) = one_condition(vm, &args, "split")?;
    let (hit, miss) = vm.partition_group(&g, &cond, true)?;
    Ok(Value::tuple(vec![
        hit.unwrap_or(Value::None),
        miss.unwrap_or(Value::None),
    ]))
}

fn group_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, cond) = one_condition(vm, &args, "subgroup")?;
    let (hit, _) = vm.partition_group(&g, &cond, false)?;
    Ok(hit.unwrap_or(Value::None))
}

fn group_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "derive", 2, 2)?;
    let g = self_group(vm, &args, "derive")?;
    let (message, _) = vm.group_parts(&g).unwrap_or_default();
    let cls = Value::Class(vm.types.base_exception_group.clone());
    vm.call(&cls, vec![message, args.args[1].clone()])
}

/// Does `v` count as a sequence for the constructor (anything indexable but a mapping)?
fn sequence_like(vm: &Vm, v: &Value) -> bool {
    match v.view() {
        View::List(_)
        | View::Tuple(_)
        | View::Range(_)
        | View::Str(_)
        | View::Bytes(_)
        | View::Deque(_) => true,
        View::Instance(i) => {
            let cls = i.class.borrow().clone();
            cls.layout != Layout::Dict
                && !cls.is_subclass(&vm.types.dict)
                && cls.lookup("__getitem__").is_some()
        }
        _ => false,
    }
}

fn is_str_like(v: &Value) -> bool {
    match v.view() {
        View::Str(_) => true,
        View::Instance(i) => matches!(i.base_value.borrow().view(), View::Str(_)),
        _ => false,
    }
}

impl Vm {
    /// The message and the exceptions of a group; `None` when `v` is not one.
    pub fn group_parts(&self, v: &Value) -> Option<(Value, Vec<Value>)> {
        let View::Instance(i) = v.view() else {
            return None;
        };
        let e = i.exc.as_ref()?.borrow();
        let View::Tuple(pair) = e.group.view() else {
            return None;
        };
        let message = pair.items().first().cloned().unwrap_or(Value::None);
        let excs = match pair.items().get(1).view() {
            Some(View::Tuple(t)) => t.items().to_vec(),
            _ => vec![],
        };
        Some((message, excs))
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
    pub fn new_exception_group(&mut self, cls: &Obj<Class>, args: &Args) -> PyResult<Value> {
        let made = self.new_exception_group_from(cls, &args.args)?;
        if !args.kwargs.is_empty() {
            let name = self.exc_class(&made).name();
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        Ok(made)
    }

    pub fn new_exception_group_from(
        &mut self,
        cls: &Obj<Class>,
        args: &[Value],
    ) -> PyResult<Value> {
        if args.len() != 2 {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        }
        let (message, seq) = (&args[0], &args[1]);
        if !is_str_like(message) {
            let tn = self.type_name(message);
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"
            )));
        }
        if !sequence_like(self, seq) {
            return Err(self.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = self.collect_iterable(seq)?;
        if items.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let mut only_exceptions = true;
        for (k, item) in items.iter().enumerate() {
            let is_exc = matches!(item.view(), View::Instance(i) if i.exc.is_some());
            if !is_exc {
                return Err(self.value_error(format!(
                    "Item {k} of second argument (exceptions) is not an exception"
                )));
            }
            if !self.isinstance(item, &self.types.exception.clone()) {
                only_exceptions = false;
            }
        }
        let base_group = self.types.base_exception_group.clone();
        let mut cls = cls.clone();
        if Obj::ptr_eq(&cls, &base_group) {
            if only_exceptions {
                cls = self.types.exception_group.clone();
            }
        } else if !only_exceptions && cls.is_subclass(&self.types.exception) {
            let msg = if Obj::ptr_eq(&cls, &self.types.exception_group) {
                "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
            } else {
                format!("Cannot nest BaseExceptions in '{}'", cls.name())
            };
            return Err(self.type_error(msg));
        }
        let inst = self.new_instance(&cls);
        if let Some(e) = &inst.exc {
            let mut e = e.borrow_mut();
            e.args = Value::tuple(args.to_vec());
            e.group = Value::tuple(vec![message.clone(), Value::tuple(items)]);
        }
        Ok(Value::Instance(inst))
    }

    fn group_condition(&mut self, c: &Value) -> PyResult<Condition> {
        let ok = match c.view() {
            View::Class(_) => is_exc_class(self, c),
            View::Tuple(t) => t.items().iter().all(|x| is_exc_class(self, x)),
            View::Function(_) => return Ok(Condition::Predicate(c.clone())),
            _ => false,
        };
        if !ok {
            return Err(
                self.type_error("expected a function, exception type or tuple of exception types")
            );
        }
        Ok(Condition::Types(c.clone()))
    }

    fn condition_holds(&mut self, cond: &Condition, exc: &Value) -> PyResult<bool> {
        match cond {
            Condition::Types(t) => self.exception_matches(exc, t),
            Condition::Predicate(f) => {
                let r = self.call(f, vec![exc.clone()])?;
                self.truthy(&r)
            }
        }
    }

    /// Splits `exc` into the part meeting `cond` and the rest (`None` for an empty part).
    /// The rest is only built when `want_rest`.
    fn partition_group(
        &mut self,
        exc: &Value,
        cond: &Condition,
        want_rest: bool,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        if self.condition_holds(cond, exc)? {
            return Ok((Some(exc.clone()), None));
        }
        let Some((_, children)) = self.group_parts(exc) else {
            return Ok((None, Some(exc.clone())));
        };
        let mut hits = Vec::new();
        let mut misses = Vec::new();
        for child in &children {
            let (h, m) = self.nested(" in exceptiongroup_split_recursive", |vm| {
                vm.partition_group(child, cond, want_rest)
            })?;
            hits.extend(h);
            misses.extend(m);
        }
        let hit = if hits.is_empty() {
            None
        } else {
            Some(self.derive_keeping_metadata(exc, hits)?)
        };
        let miss = if misses.is_empty() || !want_rest {
            None
        } else {
            Some(self.derive_keeping_metadata(exc, misses)?)
        };
        Ok((hit, miss))
    }

    /// `orig.derive(excs)` carrying over the traceback, cause, context and notes.
    fn derive_keeping_metadata(&mut self, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
        let made = self.call_method(orig, "derive", vec![Value::list(excs)])?;
        let base_group = self.types.base_exception_group.clone();
        if !self.isinstance(&made, &base_group) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        if let (View::Instance(src), View::Instance(dst)) = (orig.view(), made.view())
            && let (Some(s), Some(d)) = (&src.exc, &dst.exc)
            && !std::ptr::eq(&**s, &**d)
        {
            let s = s.borrow();
            let mut d = d.borrow_mut();
            d.traceback = s.traceback.clone();
            d.cause = s.cause.clone();
            d.context = s.context.clone();
            d.suppress_context = s.suppress_context;
        }
        let notes_name = self.intern("__notes__");
        if let Some(notes) = self.get_attr_opt(orig, &notes_name)? {
            let copied = match notes.view() {
                View::List(l) => Value::list(l.items.borrow().clone()),
                _ => notes,
            };
            self.set_attr(&made, &notes_name, copied)?;
        }
        Ok(made)
    }

    // ---- except* ----

    /// One `except*` clause: `rest` is what earlier clauses left (None when nothing is);
    /// returns `(match, new rest)`. A naked exception that matches is wrapped in a group.
    pub fn except_star_match(&mut self, rest: &Value, ty: &Value) -> PyResult<(Value, Value)> {
        self.check_except_star_type(ty)?;
        if rest.is_none() {
            return Ok((Value::None, Value::None));
        }
        if self.group_parts(rest).is_none() {
            if !self.exception_matches(rest, ty)? {
                return Ok((Value::None, rest.clone()));
            }
            let cls = Value::Class(self.types.base_exception_group.clone());
            let wrapped =
                self.call(&cls, vec![Value::str(""), Value::tuple(vec![rest.clone()])])?;
            return Ok((wrapped, Value::None));
        }
        let cond = Condition::Types(ty.clone());
        let (hit, miss) = self.partition_group(rest, &cond, true)?;
        Ok((hit.unwrap_or(Value::None), miss.unwrap_or(Value::None)))
    }

    fn check_except_star_type(&mut self, ty: &Value) -> PyResult<()> {
        let items = match ty.view() {
            View::Tuple(t) => t.items().to_vec(),
            _ => vec![ty.clone()],
        };
        let group = self.types.base_exception_group.clone();
        for item in &items {
            if !is_exc_class(self, item) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        for item in &items {
            if let View::Class(c) = item.view()
                && c.is_subclass(&group)
            {
                return Err(self.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        Ok(())
    }

    /// After the last `except*` clause: `orig` is what the `try` body raised, `raised` what
    /// the handlers raised (a bare `raise` gives back its match) followed by the unmatched
    /// rest. Returns the exception to raise, or None.
    pub fn except_star_outcome(&mut self, orig: &Value, raised: Vec<Value>) -> PyResult<Value> {
        let raised: Vec<Value> = raised.into_iter().filter(|v| !v.is_none()).collect();
        if raised.is_empty() {
            return Ok(Value::None);
        }
        if self.group_parts(orig).is_none() {
            // A naked exception: at most one clause ran.
            return Ok(raised[0].clone());
        }
        let mut kept: Vec<usize> = Vec::new();
        let mut fresh = Vec::new();
        for r in raised {
            if self.same_raise_as(&r, orig) {
                collect_leaves(self, &r, &mut kept);
            } else {
                fresh.push(r);
            }
        }
        let rest = if kept.is_empty() {
            None
        } else {
            self.keep_leaves(orig, &kept)?
        };
        fresh.extend(rest);
        match fresh.len() {
            0 => return Ok(Value::None),
            // A single exception is raised as it is, not wrapped.
            1 => return Ok(fresh.swap_remove(0)),
            _ => {}
        }
        let cls = Value::Class(self.types.base_exception_group.clone());
        self.call(&cls, vec![Value::str(""), Value::list(fresh)])
    }

    /// Part of `orig` (or the whole of it) made of the leaves listed in `kept`.
    fn keep_leaves(&mut self, exc: &Value, kept: &[usize]) -> PyResult<Option<Value>> {
        let Some((_, children)) = self.group_parts(exc) else {
            let here = exc.heap_ptr().is_some_and(|p| kept.contains(&p));
            return Ok(here.then(|| exc.clone()));
        };
        // Groups are always rebuilt, even when every leaf is kept, as CPython does.
        let mut parts = Vec::new();
        for child in &children {
            parts.extend(self.nested("", |vm| vm.keep_leaves(child, kept))?);
        }
        if parts.is_empty() {
            return Ok(None);
        }
        self.derive_keeping_metadata(exc, parts).map(Some)
    }

    /// Was `r` re-raised untouched from `orig` (a bare `raise` of a match, or the rest)?
    /// Such a part carries `orig`'s traceback, cause and context unchanged.
    fn same_raise_as(&self, r: &Value, orig: &Value) -> bool {
        if r.is(orig) {
            return true;
        }
        let (View::Instance(a), View::Instance(b)) = (r.view(), orig.view()) else {
            return false;
        };
        let (Some(a), Some(b)) = (&a.exc, &b.exc) else {
            return false;
        };
        if self.group_parts(r).is_none() {
            return false;
        }
        let (a, b) = (a.borrow(), b.borrow());
        let same_tb = a.traceback.len() == b.traceback.len()
            && a.traceback
                .iter()
                .zip(b.traceback.iter())
                .all(|(x, y)| x.line == y.line && x.filename == y.filename && x.name == y.name);
        same_tb && a.cause.is(&b.cause) && a.context.is(&b.context)
    }
}

/// The addresses of the plain exceptions inside `exc` (itself, when it is not a group).
fn collect_leaves(vm: &Vm, exc: &Value, out: &mut Vec<usize>) {
    let mut pending = vec![exc.clone()];
    while let Some(e) = pending.pop() {
        match vm.group_parts(&e) {
            Some((_, children)) => pending.extend(children),
            None => out.extend(e.heap_ptr()),
        }
    }
}

impl Vm {
    /// The `ExceptStar(op)` instruction (see `bytecode::Instr::ExceptStar`).
    pub fn except_star_step(&mut self, f: &mut super::frame::Frame, op: u32) -> PyResult<()> {
        use crate::bytecode::{EXCEPT_STAR_MATCH, EXCEPT_STAR_OUTCOME, EXCEPT_STAR_SET_HANDLED};
        let pop = |f: &mut super::frame::Frame| f.pop().unwrap_or_default();
        match op {
            EXCEPT_STAR_MATCH => {
                let ty = pop(f);
                let rest = pop(f);
                let (hit, left) = self.except_star_match(&rest, &ty)?;
                f.push(left);
                f.push(hit);
            }
            EXCEPT_STAR_SET_HANDLED => {
                self.handled_exc = pop(f);
            }
            EXCEPT_STAR_OUTCOME => {
                let list = pop(f);
                let orig = pop(f);
                let raised = match list.view() {
                    View::List(l) => l.items.borrow().clone(),
                    _ => vec![],
                };
                let result = self.except_star_outcome(&orig, raised)?;
                f.push(result);
            }
            _ => return Err(self.runtime_error("bad ExceptStar operand")),
        }
        Ok(())
    }
}
