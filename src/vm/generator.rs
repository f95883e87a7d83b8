//! Generators: a suspended frame resumed by `next()`, `send()`, `throw()` and `close()`.
//!
//! Coroutines and async generators are the same resumable frame with another protocol
//! (`GenKind`); the awaitables that `coroutine.__await__()` and an async generator's
//! `asend`/`athrow`/`aclose`/`__anext__` return are frameless generator objects that drive
//! their target when resumed.

use super::eval::Exit;
use super::frame::{Block, Frame};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::Instr;
use crate::runtime::function::Function;
use crate::runtime::object::Obj;
use crate::runtime::object::{HeapValue, TypeTag, Visitor};
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct Generator {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    pub name: String,
    pub qualname: String,
    pub kind: GenKind,
    /// The exception an `except` body inside the suspended frame was handling when it
    /// suspended (the caller's handled exception is put back meanwhile).
    handled: RefCell<Value>,
}

pub enum GenKind {
    Generator,
    Coroutine,
    /// `busy` while one of its `asend`/`athrow`/`aclose` awaitables is under way.
    AsyncGen {
        busy: Cell<bool>,
    },
    /// `coroutine.__await__()`: iterating it runs the coroutine.
    CoroWrapper(Obj<Generator>),
    /// The awaitable of one `asend`/`__anext__` (`Send`), `athrow` or `aclose` step.
    AsyncGenStep(Box<AgenStep>),
}

pub struct AgenStep {
    pub agen: Obj<Generator>,
    pub action: AgenAction,
}

pub enum AgenAction {
    Send(Value),
    Throw(Value),
    Close,
}

impl GenKind {
    /// The Python type name of the object.
    pub fn type_name(&self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGen { .. } => "async_generator",
            GenKind::CoroWrapper(_) => "coroutine_wrapper",
            GenKind::AsyncGenStep(s) => match s.action {
                AgenAction::Send(_) => "async_generator_asend",
                _ => "async_generator_athrow",
            },
        }
    }
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

impl Generator {
    /// A plain generator (from a `def` with `yield` or a generator expression).
    pub fn is_plain(&self) -> bool {
        matches!(self.kind, GenKind::Generator)
    }

    /// A coroutine (or its `__await__` wrapper).
    pub fn type_is_coroutine(&self) -> bool {
        matches!(self.kind, GenKind::Coroutine)
    }

    /// Supports `next()`: everything but coroutines and async generators themselves.
    pub fn is_iterator(&self) -> bool {
        !matches!(self.kind, GenKind::Coroutine | GenKind::AsyncGen { .. })
    }

    /// Suspended inside `yield from` / `await` (its frame sits on a `YieldFrom`).
    pub fn delegating(&self) -> bool {
        self.state.get() == GenState::Suspended
            && self.frame.try_borrow().is_ok_and(|f| {
                f.as_ref()
                    .is_some_and(|f| matches!(f.code.code.instrs.get(f.ip), Some(Instr::YieldFrom)))
            })
    }

    /// What the frame awaits while suspended in `await` (`cr_await`), else None.
    pub fn awaiting(&self) -> Value {
        if !self.delegating() {
            return Value::None;
        }
        self.frame
            .borrow()
            .as_ref()
            .and_then(|f| f.last().cloned())
            .unwrap_or(Value::None)
    }

    /// Created or suspended, with its frame: `next()` would run it.
    pub fn waits_to_run(&self) -> bool {
        matches!(self.state.get(), GenState::Created | GenState::Suspended)
            && self.frame.try_borrow().is_ok_and(|f| f.is_some())
    }

    pub fn clear_frame(&self) {
        if let Ok(mut frame) = self.frame.try_borrow_mut() {
            let old = frame.take();
            drop(frame);
            drop(old);
        }
    }
}

impl Vm {
    pub fn new_generator(&mut self, frame: Box<Frame>, func: &Obj<Function>) -> Value {
        let flags = &func.code.code.flags;
        let kind = if flags.coroutine {
            GenKind::Coroutine
        } else if flags.async_generator {
            GenKind::AsyncGen {
                busy: Cell::new(false),
            }
        } else {
            GenKind::Generator
        };
        let g = Obj::new(Generator {
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            kind,
            handled: RefCell::new(Value::None),
        });
        Value::Generator(g)
    }

    /// A frameless awaitable driving `target` (`GenKind::CoroWrapper`, `AsyncGenStep`).
    pub fn new_awaitable(&mut self, target: &Obj<Generator>, kind: GenKind) -> Value {
        Value::Generator(Obj::new(Generator {
            frame: RefCell::new(None),
            state: Cell::new(GenState::Created),
            name: target.name.clone(),
            qualname: target.qualname.clone(),
            kind,
            handled: RefCell::new(Value::None),
        }))
    }

    /// Resumes `g`, either sending `value` in or raising `throw` at the suspension point.
    pub fn gen_resume(
        &mut self,
        g: &Obj<Generator>,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<SendResult> {
        match &g.kind {
            GenKind::CoroWrapper(coro) => return self.gen_resume(coro, value, throw),
            GenKind::AsyncGenStep(step) => return self.agen_step(g, step, value, throw),
            _ => {}
        }
        let what = match g.kind {
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGen { .. } => "async generator",
            _ => "generator",
        };
        match g.state.get() {
            GenState::Running => {
                return Err(self.value_error(format!("{what} already executing")));
            }
            GenState::Finished if matches!(g.kind, GenKind::Coroutine) => {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            GenState::Finished => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(SendResult::Returned(Value::None)),
                };
            }
            GenState::Created => {
                if throw.is_none() && !value.is_none() {
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {what}"
                    )));
                }
                if let Some(e) = throw {
                    g.state.set(GenState::Finished);
                    g.clear_frame();
                    return Err(e);
                }
            }
            GenState::Suspended => {}
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            g.state.set(GenState::Finished);
            return Ok(SendResult::Returned(Value::None));
        };
        let started = g.state.get() == GenState::Suspended;
        g.state.set(GenState::Running);
        // The frame sees the exception its own `except` body was handling when it
        // suspended, if any, else the caller's.
        let callers_handled = self.handled_exc.clone();
        let own = std::mem::replace(&mut *g.handled.borrow_mut(), Value::None);
        if !own.is_none() && !own.is_null() {
            self.handled_exc = own;
        }
        self.depth += 1;
        let result = if self.depth > self.recursion_limit || self.stack_used() > self.stack_budget {
            Err(self.err("RecursionError", "maximum recursion depth exceeded"))
        } else {
            match throw {
                None => {
                    if started {
                        frame.push(value);
                    }
                    self.run_frame(&mut frame)
                }
                Some(err) => self.throw_into_frame(&mut frame, err),
            }
        };
        self.depth -= 1;
        let inside_handler = matches!(&result, Ok(Exit::Yield(_)))
            && frame
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Handler { .. }));
        let frames_handled = std::mem::replace(&mut self.handled_exc, callers_handled);
        if inside_handler {
            *g.handled.borrow_mut() = frames_handled;
        }
        match result {
            Ok(Exit::Yield(v)) => {
                *g.frame.borrow_mut() = Some(frame);
                g.state.set(GenState::Suspended);
                Ok(SendResult::Yielded(v))
            }
            Ok(Exit::Return(v)) => {
                g.state.set(GenState::Finished);
                drop(frame);
                Ok(SendResult::Returned(v))
            }
            Err(e) => {
                g.state.set(GenState::Finished);
                drop(frame);
                Err(self.escaped_frame(e, what))
            }
        }
    }

    /// The exception the code resuming a generator, coroutine or async generator (`what`)
    /// sees when `e` escaped its frame (PEP 479): a StopIteration, and out of an async
    /// generator a StopAsyncIteration, becomes a RuntimeError caused by it.
    fn escaped_frame(&mut self, e: PyErr, what: &str) -> PyErr {
        let name = if self.err_matches(&e, "StopIteration") {
            "StopIteration"
        } else if what == "async generator" && self.err_matches(&e, "StopAsyncIteration") {
            "StopAsyncIteration"
        } else {
            return e;
        };
        let err = self.runtime_error(format!("{what} raised {name}"));
        if let View::Instance(i) = err.exc.view()
            && let Some(s) = &i.exc
        {
            let mut s = s.borrow_mut();
            s.cause = e.exc.clone();
            s.context = e.exc.clone();
            s.suppress_context = true;
        }
        err
    }

    /// One resumption of an async generator's step awaitable `g`: runs the async
    /// generator until it yields a value (the step's result, as StopIteration), finishes
    /// (StopAsyncIteration) or awaits (passed out to whoever drives the step).
    fn agen_step(
        &mut self,
        g: &Obj<Generator>,
        step: &AgenStep,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<SendResult> {
        let agen = &step.agen;
        let GenKind::AsyncGen { busy } = &agen.kind else {
            return Err(self.type_error("not an async generator step"));
        };
        let is_send = matches!(step.action, AgenAction::Send(_));
        let r = match g.state.get() {
            GenState::Finished => {
                let what = if is_send {
                    "__anext__()/asend()"
                } else {
                    "aclose()/athrow()"
                };
                return Err(self.runtime_error(format!("cannot reuse already awaited {what}")));
            }
            GenState::Running => {
                return Err(self.value_error("async generator step already executing"));
            }
            GenState::Created => {
                if busy.get() {
                    let what = match step.action {
                        AgenAction::Send(_) => "anext",
                        AgenAction::Throw(_) => "athrow",
                        AgenAction::Close => "aclose",
                    };
                    return Err(self.runtime_error(format!(
                        "{what}(): asynchronous generator is already running"
                    )));
                }
                if agen.state.get() == GenState::Finished
                    || (agen.state.get() == GenState::Created
                        && !matches!(step.action, AgenAction::Send(_)))
                {
                    g.state.set(GenState::Finished);
                    return match step.action {
                        AgenAction::Send(_) => Err(self.err_noargs("StopAsyncIteration")),
                        AgenAction::Throw(ref exc) if agen.state.get() == GenState::Created => {
                            agen.state.set(GenState::Finished);
                            agen.clear_frame();
                            Err(PyErr { exc: exc.clone() })
                        }
                        _ => {
                            agen.state.set(GenState::Finished);
                            agen.clear_frame();
                            Ok(SendResult::Returned(Value::None))
                        }
                    };
                }
                busy.set(true);
                g.state.set(GenState::Running);
                let r = match (throw, &step.action) {
                    (Some(e), _) => self.gen_resume(agen, Value::None, Some(e)),
                    (None, AgenAction::Send(v)) => {
                        let v = if value.is_none() { v.clone() } else { value };
                        self.gen_resume(agen, v, None)
                    }
                    (None, AgenAction::Throw(exc)) => {
                        self.gen_resume(agen, Value::None, Some(PyErr { exc: exc.clone() }))
                    }
                    (None, AgenAction::Close) => {
                        let exit = self.err_noargs("GeneratorExit");
                        self.gen_resume(agen, Value::None, Some(exit))
                    }
                };
                g.state.set(GenState::Suspended);
                r
            }
            GenState::Suspended => {
                g.state.set(GenState::Running);
                let r = self.gen_resume(agen, value, throw);
                g.state.set(GenState::Suspended);
                r
            }
        };
        if let Ok(SendResult::Yielded(v)) = &r
            && agen.delegating()
        {
            // An `await` inside the async generator: out to the event loop.
            return Ok(SendResult::Yielded(v.clone()));
        }
        g.state.set(GenState::Finished);
        busy.set(false);
        let closing = matches!(step.action, AgenAction::Close);
        match r {
            Ok(SendResult::Yielded(_)) if closing => {
                Err(self.runtime_error("async generator ignored GeneratorExit"))
            }
            Ok(SendResult::Yielded(v)) => Ok(SendResult::Returned(v)),
            Ok(SendResult::Returned(_)) if closing => Ok(SendResult::Returned(Value::None)),
            Ok(SendResult::Returned(_)) => Err(self.err_noargs("StopAsyncIteration")),
            Err(e)
                if closing
                    && (self.err_matches(&e, "GeneratorExit")
                        || self.err_matches(&e, "StopAsyncIteration")) =>
            {
                Ok(SendResult::Returned(Value::None))
            }
            Err(e) => Err(e),
        }
    }

    /// `escaped_frame` for a plain generator (the `for` loop over one in tier 1).
    pub(super) fn escaped_generator(&mut self, e: PyErr) -> PyErr {
        self.escaped_frame(e, "generator")
    }

    /// Raises `err` at the point where `frame` is suspended, delegating to a sub-iterator
    /// first when the frame is inside `yield from`.
    fn throw_into_frame(&mut self, frame: &mut Box<Frame>, err: PyErr) -> PyResult<Exit> {
        let in_yield_from = matches!(frame.code.code.instrs.get(frame.ip), Some(Instr::YieldFrom));
        if in_yield_from
            && let Some(sub) = frame.last().cloned()
            && !matches!(sub.view(), View::Generator(_))
        {
            return self.throw_into_other(frame, &sub, err);
        }
        if in_yield_from && let Some(View::Generator(sub)) = (frame.last().cloned()).view() {
            let is_exit = self.err_matches(&err, "GeneratorExit");
            let r = if is_exit {
                self.gen_close(sub)
                    .map(|_| SendResult::Returned(Value::None))
                    .and(Err(err.clone()))
            } else {
                self.gen_resume(sub, Value::None, Some(err.clone()))
            };
            match r {
                Ok(SendResult::Yielded(y)) => return Ok(Exit::Yield(y)),
                Ok(SendResult::Returned(v)) => {
                    frame.pop();
                    frame.push(v);
                    frame.ip += 1;
                    return self.run_frame(frame);
                }
                Err(e) => {
                    frame.pop();
                    return self.resume_with_error(frame, e);
                }
            }
        }
        self.resume_with_error(frame, err)
    }

    /// `throw_into_frame` when the frame delegates to an iterator that is not a generator:
    /// its `throw` (or, for GeneratorExit, its `close`) method when it has one.
    fn throw_into_other(
        &mut self,
        frame: &mut Box<Frame>,
        sub: &Value,
        err: PyErr,
    ) -> PyResult<Exit> {
        if self.err_matches(&err, "GeneratorExit") {
            if let Some(close) = self.special_method(sub, "close")?
                && let Err(e) = self.call(&close, vec![])
            {
                frame.pop();
                return self.resume_with_error(frame, e);
            }
            frame.pop();
            return self.resume_with_error(frame, err);
        }
        let Some(throw) = self.special_method(sub, "throw")? else {
            frame.pop();
            return self.resume_with_error(frame, err);
        };
        let ty = Value::Class(self.exc_class(&err.exc));
        match self.call(&throw, vec![ty, err.exc.clone(), Value::None]) {
            Ok(y) => Ok(Exit::Yield(y)),
            Err(e) if self.err_matches(&e, "StopIteration") => {
                let v = self
                    .exc_args(&e.exc)
                    .first()
                    .cloned()
                    .unwrap_or(Value::None);
                frame.pop();
                frame.push(v);
                frame.ip += 1;
                self.run_frame(frame)
            }
            Err(e) => {
                frame.pop();
                self.resume_with_error(frame, e)
            }
        }
    }

    pub fn gen_send(&mut self, g: &Obj<Generator>, value: Value) -> PyResult<Value> {
        match self.gen_resume(g, value, None)? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(v) => Err(self.stop_iteration(v)),
        }
    }

    /// `next(g)` for iteration: None when the generator is exhausted.
    pub fn gen_next(&mut self, g: &Obj<Generator>) -> PyResult<Option<Value>> {
        match self.gen_resume(g, Value::None, None)? {
            SendResult::Yielded(v) => Ok(Some(v)),
            SendResult::Returned(_) => Ok(None),
        }
    }

    pub fn gen_close(&mut self, g: &Obj<Generator>) -> PyResult<()> {
        match &g.kind {
            GenKind::CoroWrapper(coro) => return self.gen_close(coro),
            GenKind::AsyncGenStep(step) => {
                if g.state.get() == GenState::Suspended
                    && let GenKind::AsyncGen { busy } = &step.agen.kind
                {
                    busy.set(false);
                }
                g.state.set(GenState::Finished);
                return Ok(());
            }
            _ => {}
        }
        match g.state.get() {
            GenState::Created | GenState::Finished => {
                g.state.set(GenState::Finished);
                g.clear_frame();
                return Ok(());
            }
            _ => {}
        }
        let exit = self.err_noargs("GeneratorExit");
        match self.gen_resume(g, Value::None, Some(exit)) {
            Ok(SendResult::Yielded(_)) => {
                let what = match g.kind {
                    GenKind::Coroutine => "coroutine",
                    _ => "generator",
                };
                Err(self.runtime_error(format!("{what} ignored GeneratorExit")))
            }
            Ok(SendResult::Returned(_)) => Ok(()),
            Err(e)
                if self.err_matches(&e, "GeneratorExit")
                    || self.err_matches(&e, "StopIteration") =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// One step of `yield from`: send `value` into `sub`.
    pub fn send_into(&mut self, sub: &Value, value: Value) -> PyResult<SendResult> {
        match sub.view() {
            View::Generator(g) => self.gen_resume(g, value, None),
            _ => {
                let r = if value.is_none() {
                    self.next_raw(sub)
                } else {
                    self.call_method(sub, "send", vec![value])
                };
                match r {
                    Ok(v) => Ok(SendResult::Yielded(v)),
                    Err(e) if self.err_matches(&e, "StopIteration") => {
                        let v = self
                            .exc_args(&e.exc)
                            .first()
                            .cloned()
                            .unwrap_or(Value::None);
                        Ok(SendResult::Returned(v))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }
}

impl HeapValue for Generator {
    const NAME: &'static str = "generator";
    const TYPE_TAG: TypeTag = TypeTag::Generator;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        if let Ok(frame) = self.frame.try_borrow()
            && let Some(frame) = frame.as_ref()
        {
            frame.traverse(visit);
        }
        if let Ok(h) = self.handled.try_borrow() {
            visit.value(&h);
        }
        match &self.kind {
            GenKind::CoroWrapper(c) => visit.obj(c),
            GenKind::AsyncGenStep(s) => {
                visit.obj(&s.agen);
                match &s.action {
                    AgenAction::Send(v) | AgenAction::Throw(v) => visit.value(v),
                    AgenAction::Close => {}
                }
            }
            _ => {}
        }
    }
    fn clear(&self) {
        self.clear_frame();
        if let Ok(mut h) = self.handled.try_borrow_mut() {
            *h = Value::None;
        }
    }
}
