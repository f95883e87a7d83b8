//! Generators: a suspended frame resumed by `next()`, `send()`, `throw()` and `close()`.

use super::eval::Exit;
use super::frame::Frame;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::Instr;
use crate::runtime::function::Function;
use crate::runtime::object::Obj;
use crate::runtime::object::{HeapValue, Visitor};
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
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

impl Generator {
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
        let g = Obj::new(Generator {
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
        });
        Value::Generator(g)
    }

    /// Resumes `g`, either sending `value` in or raising `throw` at the suspension point.
    pub fn gen_resume(
        &mut self,
        g: &Obj<Generator>,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<SendResult> {
        match g.state.get() {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Finished => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(SendResult::Returned(Value::None)),
                };
            }
            GenState::Created => {
                if throw.is_none() && !value.is_none() {
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
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
        self.depth += 1;
        let result = if self.depth > self.recursion_limit || self.stack_used() > self.stack_budget {
            Err(self.err("RecursionError", "maximum recursion depth exceeded"))
        } else {
            match throw {
                None => {
                    if started {
                        frame.stack.push(value);
                    }
                    self.run_frame(&mut frame)
                }
                Some(err) => self.throw_into_frame(&mut frame, err),
            }
        };
        self.depth -= 1;
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
                Err(self.escaped_generator(e))
            }
        }
    }

    /// The exception the code resuming a generator sees when `e` escaped the generator's
    /// frame (PEP 479: a StopIteration becomes a RuntimeError).
    pub(super) fn escaped_generator(&mut self, e: PyErr) -> PyErr {
        if !self.err_matches(&e, "StopIteration") {
            return e;
        }
        let err = self.runtime_error("generator raised StopIteration");
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

    /// Raises `err` at the point where `frame` is suspended, delegating to a sub-iterator
    /// first when the frame is inside `yield from`.
    fn throw_into_frame(&mut self, frame: &mut Box<Frame>, err: PyErr) -> PyResult<Exit> {
        let in_yield_from = matches!(frame.code.code.instrs.get(frame.ip), Some(Instr::YieldFrom));
        if in_yield_from && let Some(View::Generator(sub)) = (frame.stack.last().cloned()).view() {
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
                    frame.stack.pop();
                    frame.stack.push(v);
                    frame.ip += 1;
                    return self.run_frame(frame);
                }
                Err(e) => {
                    frame.stack.pop();
                    return self.resume_with_error(frame, e);
                }
            }
        }
        self.resume_with_error(frame, err)
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
                Err(self.runtime_error("generator ignored GeneratorExit"))
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
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        if let Ok(frame) = self.frame.try_borrow()
            && let Some(frame) = frame.as_ref()
        {
            frame.traverse(visit);
        }
    }
    fn clear(&self) {
        self.clear_frame();
    }
}
