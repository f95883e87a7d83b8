//! Calling: argument binding for Python functions, class instantiation, and dispatch to
//! built-in functions, bound methods and callable instances.

use super::eval::Exit;
use super::frame::{Frame, FrameSlot, Resume};
use super::generator::{GenState, Generator};
use super::{PyResult, Vm};
use crate::runtime::class::ClassObj;
use crate::runtime::class::{Class, Layout};
use crate::runtime::function::{Args, Function, PyCell};
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;

impl Vm {
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.run_pending(); // finalizers and weakref callbacks (finalize.rs)
        match f.view() {
            // Dunder methods, keys and callbacks called from Rust mostly pass exactly the
            // positional parameters: bind them by moving, as the interpreter's calls do.
            View::Function(func) if func.code.takes_exactly(args.len()) => {
                self.check_recursion()?;
                let frame = self
                    .frame_pool
                    .frame_with_values(&func.code, &func.globals, args);
                self.run_call(frame)
            }
            View::Function(func) => self.call_function(func, Args::new(args)),
            _ => self.call_args(f, Args::new(args)),
        }
    }

    pub fn call_args(&mut self, f: &Value, mut args: Args) -> PyResult<Value> {
        self.run_pending(); // finalizers and weakref callbacks (finalize.rs)
        match f.view() {
            View::Function(func) => self.call_function(func, args),
            View::Builtin(b) => {
                if let Some(recv) = &b.binding {
                    args.args.insert(0, recv.clone());
                }
                // `tuple.__new__(SubClass, ...)` from a user `__new__`: the built-in
                // constructor makes the plain value; wrap it in an instance of the subclass.
                if let Some(View::Class(c)) = args.args.first().view()
                    && !c.builtin
                {
                    let base = self.builtin_base(c);
                    if base.layout != Layout::Object
                        && base.layout != Layout::Exception
                        && !Obj::ptr_eq(&base, &self.types.type_)
                        && b.name == base.name()
                    {
                        let c = c.clone();
                        args.args[0] = Value::Class(base);
                        let v = (b.func)(self, args)?;
                        let inst = self.new_instance(&c);
                        *inst.base_value.borrow_mut() = v;
                        return Ok(Value::Instance(inst));
                    }
                }
                (b.func)(self, args)
            }
            View::Method(m) => {
                args.args.insert(0, m.receiver.clone());
                let func = m.func.clone();
                self.call_args(&func, args)
            }
            View::Class(c) => self.call_class(c, args),
            View::StaticMethod(inner) => {
                let inner = (**inner).clone();
                self.call_args(&inner, args)
            }
            View::Instance(_) | View::Native(_) => {
                let cls = self.type_of(f);
                match cls.lookup("__call__") {
                    Some(call) => {
                        args.args.insert(0, f.clone());
                        self.call_args(&call, args)
                    }
                    None => {
                        let tn = self.type_name(f);
                        Err(self.type_error(format!("'{tn}' object is not callable")))
                    }
                }
            }
            _ => {
                let tn = self.type_name(f);
                Err(self.type_error(format!("'{tn}' object is not callable")))
            }
        }
    }

    /// Calls a function whose code is `simple_positional` with exactly `argcount` arguments
    /// taken from the top of `caller`'s value stack.
    pub fn call_simple(
        &mut self,
        func: &Obj<Function>,
        caller: &mut Frame,
        n: usize,
    ) -> PyResult<Value> {
        self.check_recursion()?;
        let frame = self
            .frame_pool
            .frame_with_args(&func.code, &func.globals, caller, n);
        self.run_call(frame)
    }

    /// Runs a function's fresh frame to its return, recursing in Rust.
    fn run_call(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.frame_pool.recycle(frame);
        match r {
            Ok(Exit::Return(v)) => Ok(v),
            Ok(Exit::Yield(_)) => Err(self.err("SystemError", "yield from a non-generator frame")),
            Err(e) => Err(e),
        }
    }

    /// Calls `func`, whose code `takes_exactly(n)`, with the `n` values on top of the
    /// running frame's stack. In a boxed slot the callee's frame takes the caller's place
    /// there, with the caller chained behind it, and the interpreter loop goes on with it;
    /// its return comes back through `leave_callee`. In a bare frame the call recurses and
    /// is over when this returns.
    #[inline(always)]
    pub(super) fn enter_callee<S: FrameSlot>(
        &mut self,
        slot: &mut S,
        func: &Obj<Function>,
        n: usize,
        resume: Resume,
    ) -> PyResult<()> {
        let Some(slot) = slot.boxed() else {
            let f = slot.frame();
            let r = self.call_simple(func, f, n)?;
            return self.deliver_return(f, r, resume);
        };
        // The callee runs in this same Rust loop, so only Python's depth grows.
        if self.depth >= self.recursion_limit || crate::signals::interrupt_pending() {
            self.check_recursion()?;
        }
        let mut callee = self
            .frame_pool
            .frame_with_args(&func.code, &func.globals, slot, n);
        callee.resume = resume;
        self.push_frame(slot, callee);
        Ok(())
    }

    /// Resumes generator `g`, which `waits_to_run`, for the `ForIterGen` (jumping to
    /// `target` when exhausted) at the end of the running frame. In a boxed slot it is
    /// entered the way `enter_callee` enters a function, and its yields come back through
    /// `leave_generator`; in a bare frame it is resumed recursively.
    pub(super) fn enter_generator<S: FrameSlot>(
        &mut self,
        slot: &mut S,
        g: &Obj<Generator>,
        target: u32,
    ) -> PyResult<()> {
        let Some(slot) = slot.boxed() else {
            let f = slot.frame();
            match self.gen_next(g)? {
                Some(v) => f.push(v),
                None => {
                    f.pop();
                    f.ip = target as usize;
                }
            }
            return Ok(());
        };
        self.check_recursion()?;
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Err(self.value_error("generator already executing"));
        };
        if g.state.get() == GenState::Suspended {
            // `next()` sends None in.
            frame.push(Value::None);
        }
        g.state.set(GenState::Running);
        frame.resume = Resume::ForIter(g.clone(), target);
        self.push_frame(slot, frame);
        Ok(())
    }

    #[inline(always)]
    fn push_frame(&mut self, slot: &mut Box<Frame>, callee: Box<Frame>) {
        let caller = std::mem::replace(slot, callee);
        slot.caller = Some(caller);
        self.depth += 1;
    }

    /// Takes the running frame out of `slot` when it has a chained caller, which takes its
    /// place again; None when there is no caller to go back to.
    #[inline(always)]
    pub(super) fn pop_frame<S: FrameSlot>(&mut self, slot: &mut S) -> Option<Box<Frame>> {
        let slot = slot.boxed()?;
        let caller = slot.caller.take()?;
        self.depth -= 1;
        Some(std::mem::replace(slot, caller))
    }

    /// Ends the running frame in `slot` when it has a chained caller: the caller takes its
    /// place again. Returns how the finished frame hands over its result
    /// (`deliver_return`), or None when there is no caller to go back to.
    #[inline(always)]
    pub(super) fn leave_callee<S: FrameSlot>(&mut self, slot: &mut S) -> Option<Resume> {
        let mut done = self.pop_frame(slot)?;
        let resume = std::mem::take(&mut done.resume);
        if let Resume::ForIter(g, _) = &resume {
            g.state.set(GenState::Finished);
        }
        self.frame_pool.recycle(done);
        Some(resume)
    }

    /// Suspends the running frame in `slot` back into its generator when `ForIterGen`
    /// entered it; false when it is not such a frame (the loop then yields to Rust).
    pub(super) fn leave_generator<S: FrameSlot>(&mut self, slot: &mut S) -> bool {
        // A frame with `Resume::ForIter` always has the loop's frame chained behind it.
        let entered_by_loop = slot
            .boxed()
            .is_some_and(|b| matches!(b.resume, Resume::ForIter(..)));
        if !entered_by_loop {
            return false;
        }
        let Some(mut frame) = self.pop_frame(slot) else {
            return false;
        };
        if let Resume::ForIter(g, _) = std::mem::take(&mut frame.resume) {
            g.state.set(GenState::Suspended);
            *g.frame.borrow_mut() = Some(frame);
        }
        true
    }

    /// Hands a call's result `r` to the calling frame: in place of the callable (or bound
    /// method) below the arguments; for an `__init__`, nowhere (the instance waiting there
    /// is the result); for a generator run by a loop, nowhere either: the loop is over.
    #[inline(always)]
    pub(super) fn deliver_return(
        &mut self,
        caller: &mut Frame,
        r: Value,
        resume: Resume,
    ) -> PyResult<()> {
        match resume {
            Resume::Value => *caller.last_mut().expect("the callable's slot") = r,
            Resume::Init if !r.is_none() => return Err(self.init_returned(&r)),
            Resume::Init => {}
            Resume::ForIter(_, target) => {
                caller.pop();
                caller.ip = target as usize;
            }
        }
        Ok(())
    }

    #[cold]
    fn init_returned(&mut self, r: &Value) -> super::PyErr {
        let tn = self.type_name(r);
        self.type_error(format!("__init__() should return None, not '{tn}'"))
    }

    /// Runs one level of a recursive operation on nested containers (repr, comparison) at
    /// the recursion limit Python calls share, as CPython's `Py_EnterRecursiveCall` does:
    /// a million-deep list raises RecursionError (`maximum recursion depth
    /// exceeded{context}`) instead of recursing without bound.
    pub(crate) fn nested<T>(
        &mut self,
        context: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.recursion_exhausted() {
            return Err(self.err(
                "RecursionError",
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    /// The recursion limit or the Rust stack budget is reached.
    fn recursion_exhausted(&self) -> bool {
        self.depth >= self.recursion_limit || self.stack_used() > self.stack_budget
    }

    pub(crate) fn check_recursion(&mut self) -> PyResult<()> {
        if self.recursion_exhausted() {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        // Calls are a safe point too, so signals reach code that recurses without looping.
        crate::signals::deliver(self)
    }

    pub fn call_function(&mut self, func: &Obj<Function>, args: Args) -> PyResult<Value> {
        self.check_recursion()?;
        let mut frame = self.function_frame(func, args)?;
        if func.code.code.flags.generator {
            return Ok(self.new_generator(frame, func));
        }
        let pushed_super = match func.code.class_cell {
            Some(ci) => {
                let first = match frame.locals().first() {
                    Some(v) if !v.is_null() => v.clone(),
                    _ => match func.code.code.cell2arg.iter().position(|a| *a == Some(0)) {
                        Some(c) => frame.cells[c].value.borrow().clone(),
                        None => Value::Null,
                    },
                };
                self.super_stack.push((first, frame.cells[ci].clone()));
                true
            }
            None => false,
        };
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        if pushed_super {
            self.super_stack.pop();
        }
        self.frame_pool.recycle(frame);
        match r {
            Ok(Exit::Return(v)) => Ok(v),
            Ok(Exit::Yield(_)) => Err(self.err("SystemError", "yield from a non-generator frame")),
            Err(e) => Err(e),
        }
    }

    /// Builds the frame for a call of `func`: binds arguments to parameters and sets up cells.
    pub fn function_frame(&mut self, func: &Obj<Function>, args: Args) -> PyResult<Box<Frame>> {
        let mut frame = self
            .frame_pool
            .frame(func.code.clone(), func.globals.clone());
        self.bind_args(func, frame.locals_mut(), args)?;
        let code = &func.code.code;
        if func.code.ncells > 0 {
            let mut cells = Vec::with_capacity(func.code.ncells);
            for (i, _) in code.cellvars.iter().enumerate() {
                let init = match code.cell2arg.get(i).copied().flatten() {
                    Some(a) => std::mem::take(&mut frame.locals_mut()[a as usize]),
                    None => Value::Null,
                };
                let cell = PyCell::new(init);
                cells.push(cell);
            }
            cells.extend(func.closure.iter().cloned());
            frame.cells = cells;
        }
        Ok(frame)
    }

    fn bind_args(
        &mut self,
        func: &Obj<Function>,
        locals: &mut [Value],
        args: Args,
    ) -> PyResult<()> {
        let code = &func.code.code;
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let Args { args: pos, kwargs } = args;
        let npos = pos.len();
        // Fast path: exactly the positional parameters, nothing else.
        if npos == argcount
            && kwargs.is_empty()
            && !code.flags.varargs
            && !code.flags.varkeywords
            && kwonly == 0
        {
            for (slot, v) in locals.iter_mut().zip(pos) {
                *slot = v;
            }
            return Ok(());
        }
        // Only error messages need the name: borrow it when one is built.
        let qualname = || func.qualname.borrow().clone();
        let mut extra = Vec::new();
        for (i, v) in pos.into_iter().enumerate() {
            if i < argcount {
                locals[i] = v;
            } else {
                extra.push(v);
            }
        }
        let mut slot = argcount + kwonly;
        if code.flags.varargs {
            locals[slot] = Value::tuple(extra);
            slot += 1;
        } else if !extra.is_empty() {
            return Err(self.too_many_positional(func, npos, &kwargs));
        }
        let kwdict = if code.flags.varkeywords {
            let d = self.new_dict();
            locals[slot] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_passed = Vec::new();
        for (name, v) in kwargs {
            let idx = code.varnames[..argcount + kwonly]
                .iter()
                .position(|p| p == name.as_str());
            match idx {
                Some(i) if i >= posonly => {
                    if !locals[i].is_null() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname(),
                            name.as_str()
                        )));
                    }
                    locals[i] = v;
                }
                other => {
                    if let Some(d) = &kwdict {
                        self.dict_set(d, Value::Str(name), v)?;
                    } else if other.is_some() {
                        posonly_passed.push(name.as_str().to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname(),
                            name.as_str()
                        )));
                    }
                }
            }
        }
        if !posonly_passed.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qualname(),
                posonly_passed.join(", ")
            )));
        }
        // Defaults for positional parameters.
        let mut missing = Vec::new();
        {
            // Borrowed, not copied: nothing below runs Python code.
            let defaults = func.defaults.borrow();
            let first_default = argcount.saturating_sub(defaults.len());
            for (i, local) in locals.iter_mut().enumerate().take(argcount) {
                if local.is_null() {
                    if i >= first_default {
                        *local = defaults[i - first_default].clone();
                    } else {
                        missing.push(code.varnames[i].clone());
                    }
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for (local, name) in locals[argcount..argcount + kwonly]
            .iter_mut()
            .zip(&code.varnames[argcount..argcount + kwonly])
        {
            if local.is_null() {
                let d = kwdefaults
                    .as_ref()
                    .and_then(|d| d.get_str(name, crate::runtime::str::str_hash(name)));
                match d {
                    Some(v) => *local = v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    fn too_many_positional(
        &mut self,
        func: &Obj<Function>,
        given: usize,
        kwargs: &[(Obj<crate::runtime::str::PyStr>, Value)],
    ) -> super::PyErr {
        let code = &func.code.code;
        let qualname = func.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let ndefaults = func.defaults.borrow().len();
        let kwonly_given = kwargs
            .iter()
            .filter(|(k, _)| {
                code.varnames[argcount..argcount + code.kwonlyargcount as usize]
                    .iter()
                    .any(|n| n == k.as_str())
            })
            .count();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {}",
                argcount - ndefaults.min(argcount),
                argcount
            )
        } else {
            argcount.to_string()
        };
        let plural = if argcount == 1 && ndefaults == 0 {
            ""
        } else {
            "s"
        };
        let given_s = if kwonly_given > 0 {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{given} {}",
                if given == 1 {
                    "was given"
                } else {
                    "were given"
                }
            )
        };
        self.type_error(format!(
            "{qualname}() takes {takes} positional argument{plural} but {given_s}"
        ))
    }

    /// `cls(*args, **kwargs)`: the metaclass's `__call__`, or `__new__` then `__init__`.
    pub fn call_class(&mut self, cls: &Obj<Class>, args: Args) -> PyResult<Value> {
        if let Some(f) = self.meta_method(cls, "__call__") {
            let mut a = args;
            a.args.insert(0, Value::Class(cls.clone()));
            return self.call_args(&f, a);
        }
        self.call_class_plain(cls, args)
    }

    /// `type.__call__`: `__new__` then `__init__`.
    pub fn call_class_plain(&mut self, cls: &Obj<Class>, args: Args) -> PyResult<Value> {
        if Obj::ptr_eq(cls, &self.types.type_) && args.args.len() == 1 && args.kwargs.is_empty() {
            return Ok(Value::Class(self.type_of(&args.args[0])));
        }
        let new = cls.lookup("__new__");
        let obj = match new.view() {
            Some(View::StaticMethod(f)) if !matches!((**f).view(), View::Builtin(_)) => {
                let f = (**f).clone();
                let mut a = args.args.clone();
                a.insert(0, Value::Class(cls.clone()));
                self.call_args(
                    &f,
                    Args {
                        args: a,
                        kwargs: args.kwargs.clone(),
                    },
                )?
            }
            Some(View::Function(_)) => {
                let f = new.clone().unwrap_or_default();
                let mut a = args.args.clone();
                a.insert(0, Value::Class(cls.clone()));
                self.call_args(
                    &f,
                    Args {
                        args: a,
                        kwargs: args.kwargs.clone(),
                    },
                )?
            }
            Some(View::Builtin(b)) if cls.builtin && cls.layout != Layout::Exception => {
                // Built-in types construct and initialize in one step.
                let mut a = args;
                a.args.insert(0, Value::Class(cls.clone()));
                return (b.func)(self, a);
            }
            // A metaclass without its own `__new__`: `type.__new__` makes the class.
            Some(View::Builtin(b)) if cls.is_subclass(&self.types.type_) => {
                let mut a = args.args.clone();
                a.insert(0, Value::Class(cls.clone()));
                let a = Args {
                    args: a,
                    kwargs: args.kwargs.clone(),
                };
                (b.func)(self, a)?
            }
            _ => self.default_new(cls, &args)?,
        };
        // __init__ runs only when __new__ returned an instance of cls.
        let obj_cls = self.type_of(&obj);
        if !obj_cls.is_subclass(cls) {
            return Ok(obj);
        }
        let init = obj_cls.lookup("__init__");
        let init_is_object = matches!(init.view(), Some(View::Builtin(b)) if is_object_init(b));
        let new_is_object = match new.view() {
            None => true,
            Some(View::Builtin(b)) => b.name == "object",
            _ => false,
        };
        if init_is_object {
            if (!args.args.is_empty() || !args.kwargs.is_empty()) && new_is_object {
                let name = cls.name();
                return Err(self.type_error(format!("{name}() takes no arguments")));
            }
            return Ok(obj);
        }
        if let Some(init) = init {
            let mut a = args;
            a.args.insert(0, obj.clone());
            let r = self.call_args(&init, a)?;
            if !r.is_none() {
                let tn = self.type_name(&r);
                return Err(self.type_error(format!("__init__() should return None, not '{tn}'")));
            }
        }
        Ok(obj)
    }

    /// `object.__new__` and the built-in `__new__`s for subclasses of built-in types.
    pub fn default_new(&mut self, cls: &Obj<Class>, args: &Args) -> PyResult<Value> {
        if cls.builtin
            && !matches!(
                cls.layout,
                Layout::Exception | Layout::Object | Layout::Deque
            )
        {
            // Types of Rust modules are named with their module, as CPython's C types are.
            let module = cls.module.borrow().clone();
            let name = match module.as_str() {
                "" | "builtins" => cls.name(),
                m => format!("{m}.{}", cls.name()),
            };
            return Err(self.type_error(format!("cannot create '{name}' instances")));
        }
        let cls = &self.os_error_subclass(cls, &args.args);
        // Classes made by a metaclass (abc.ABCMeta) may have abstract methods left.
        if cls.meta.borrow().is_some() {
            self.check_not_abstract(cls)?;
        }
        if cls.layout == Layout::Exception && cls.is_subclass(&self.types.base_exception_group) {
            return self.new_exception_group(cls, args);
        }
        let inst = self.new_instance(cls);
        match cls.layout {
            Layout::Exception => {
                let mut a = args.args.to_vec();
                self.split_os_error_args(&inst, &mut a);
                if let Some(e) = &inst.exc {
                    e.borrow_mut().args = Value::tuple(a);
                }
            }
            Layout::List => *inst.base_value.borrow_mut() = Value::list(vec![]),
            // Mutable like a list: `bytearray.__init__` fills it, whatever the subclass's
            // own `__init__` takes.
            Layout::ByteArray => {
                *inst.base_value.borrow_mut() = Value::ByteArray(Obj::new(
                    crate::runtime::bytearray::PyByteArray::new(Vec::new()),
                ))
            }
            Layout::Deque => {
                *inst.base_value.borrow_mut() =
                    Value::Deque(Obj::new(crate::runtime::deque::PyDeque::new(None)))
            }
            Layout::Dict => *inst.base_value.borrow_mut() = Value::Dict(self.new_dict()),
            Layout::Set => *inst.base_value.borrow_mut() = self.new_set(vec![])?,
            Layout::Object | Layout::Opaque => {}
            _ => {
                // Immutable built-in bases (int, str, tuple, float, frozenset, bytes) take
                // their value from the constructor arguments.
                let base_cls = self.builtin_base(cls);
                let mut a = Args {
                    args: args.args.clone(),
                    kwargs: args.kwargs.clone(),
                };
                a.args.insert(0, Value::Class(base_cls.clone()));
                let v = match base_cls
                    .dict
                    .get_str("__new__", crate::runtime::str::str_hash("__new__"))
                    .view()
                {
                    Some(View::Builtin(b)) => (b.func)(self, a)?,
                    _ => Value::None,
                };
                *inst.base_value.borrow_mut() = v;
            }
        }
        Ok(Value::Instance(inst))
    }

    /// object.__new__ refuses a class whose `__abstractmethods__` is not empty.
    fn check_not_abstract(&mut self, cls: &Obj<Class>) -> PyResult<()> {
        let Some(abstracts) = cls.lookup("__abstractmethods__") else {
            return Ok(());
        };
        let mut names = Vec::new();
        for n in self.collect_iterable(&abstracts)? {
            if let View::Str(s) = n.view() {
                names.push(s.as_str().to_string());
            }
        }
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let plural = if names.len() > 1 { "s" } else { "" };
        Err(self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{plural} {}",
            cls.name(),
            names.join(", ")
        )))
    }

    /// `OSError(errno, msg)` picks the subclass for well-known errno values, as CPython does.
    fn os_error_subclass(&self, cls: &Obj<Class>, args: &[Value]) -> Obj<Class> {
        let os_error = self.types.exc("OSError");
        if !Obj::ptr_eq(cls, &os_error) || args.len() < 2 {
            return cls.clone();
        }
        let name = match args[0].view() {
            View::Int(1) | View::Int(13) => "PermissionError",
            View::Int(2) => "FileNotFoundError",
            View::Int(17) => "FileExistsError",
            View::Int(20) => "NotADirectoryError",
            View::Int(21) => "IsADirectoryError",
            View::Int(110) => "TimeoutError",
            View::Int(n) => match super::modules::os_error_class_name(n) {
                Some(name) => name,
                None => return cls.clone(),
            },
            _ => return cls.clone(),
        };
        self.types.exc(name)
    }

    /// OSError(errno, strerror, filename[, winerror, filename2]) keeps only the first two
    /// in `args`, as CPython does; the file names become attributes.
    pub fn split_os_error_args(&self, inst: &crate::runtime::class::Instance, a: &mut Vec<Value>) {
        let cls = inst.class.borrow().clone();
        if (3..=5).contains(&a.len())
            && matches!(a[0].view(), View::Int(_))
            && cls.is_subclass(&self.types.exc("OSError"))
            && inst.has_dict()
        {
            inst.set_attr_str("filename", a[2].clone());
            inst.set_attr_str("filename2", a.get(4).cloned().unwrap_or(Value::None));
            a.truncate(2);
        }
    }

    /// The nearest built-in class in the MRO of `cls`.
    pub fn builtin_base(&self, cls: &Obj<Class>) -> Obj<Class> {
        cls.mro_with_self()
            .into_iter()
            .find(|c| c.builtin)
            .unwrap_or_else(|| self.types.object.clone())
    }
}

fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Whether a built-in `__init__` is `object.__init__` (which accepts no arguments).
fn is_object_init(b: &crate::runtime::function::BuiltinFunction) -> bool {
    std::ptr::fn_addr_eq(b.func, crate::vm::builtins::object_init_fn())
}
