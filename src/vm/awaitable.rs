//! The semantics of the coroutine instructions (`GetAwaitable`, `GetAIter`, `GetANext`,
//! `EndAsyncFor`, `BeforeAsyncWith`), kept here so that the interpreter loop only calls
//! them, and the built-in methods of coroutines and async generators.

use super::generator::{AgenAction, AgenStep, GenKind, GenState, Generator};
use super::{PyErr, PyResult, Vm};
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::runtime::value::View;

/// Where `GetAwaitable` is used, for its error messages (the instruction's operand).
pub const AWAIT_EXPR: u32 = 0;
pub const AWAIT_AENTER: u32 = 1;
pub const AWAIT_AEXIT: u32 = 2;
pub const AWAIT_ANEXT: u32 = 3;

impl Vm {
    /// `GetAwaitable`: the iterator that `await v` drives with `YieldFrom`.
    pub fn get_awaitable(&mut self, v: Value, context: u32) -> PyResult<Value> {
        if let View::Generator(g) = v.view() {
            match g.kind {
                GenKind::Coroutine => {
                    if g.delegating() {
                        return Err(self.runtime_error("coroutine is being awaited already"));
                    }
                    return Ok(v);
                }
                GenKind::CoroWrapper(_) | GenKind::AsyncGenStep(_) => return Ok(v),
                _ => {}
            }
        }
        let Some(method) = self.special_method(&v, "__await__")? else {
            let tn = self.type_name(&v);
            let msg = match context {
                AWAIT_AENTER => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
                ),
                AWAIT_AEXIT => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
                ),
                AWAIT_ANEXT => {
                    format!("'async for' received an invalid object from __anext__: {tn}")
                }
                _ => format!("object {tn} can't be used in 'await' expression"),
            };
            return Err(self.type_error(msg));
        };
        let it = self.call(&method, vec![])?;
        if let View::Generator(g) = it.view()
            && matches!(g.kind, GenKind::Coroutine)
        {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&it) {
            let tn = self.type_name(&it);
            return Err(
                self.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
            );
        }
        Ok(it)
    }

    /// `GetAIter`: `obj.__aiter__()`, which must have `__anext__`.
    pub fn get_aiter(&mut self, obj: &Value) -> PyResult<Value> {
        let Some(method) = self.special_method(obj, "__aiter__")? else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        let it = self.call(&method, vec![])?;
        if self.type_of(&it).lookup("__anext__").is_none() {
            let tn = self.type_name(&it);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
            )));
        }
        Ok(it)
    }

    /// `GetANext`: the awaitable of `aiter.__anext__()`.
    pub fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        if let View::Generator(g) = aiter.view()
            && matches!(g.kind, GenKind::AsyncGen { .. })
        {
            let g = g.clone();
            return Ok(self.agen_step_value(&g, AgenAction::Send(Value::None)));
        }
        let Some(method) = self.special_method(aiter, "__anext__")? else {
            let tn = self.type_name(aiter);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let r = self.call(&method, vec![])?;
        self.get_awaitable(r, AWAIT_ANEXT)
    }

    /// `EndAsyncFor`: whether the exception ends the loop (a StopAsyncIteration).
    pub fn ends_async_for(&mut self, exc: &Value) -> bool {
        let stop = self.types.exc("StopAsyncIteration");
        self.exc_class(exc).is_subclass(&stop)
    }

    /// `BeforeAsyncWith`: `(bound __aexit__, mgr.__aenter__())`.
    pub fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.special_method(mgr, "__aenter__")?;
        let exit = self.special_method(mgr, "__aexit__")?;
        let (Some(enter), Some(exit)) = (&enter, exit) else {
            let tn = self.type_name(mgr);
            let missed = if enter.is_some() {
                " (missed __aexit__ method)"
            } else {
                ""
            };
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol{missed}"
            )));
        };
        let r = self.call(enter, vec![])?;
        Ok((exit, r))
    }

    /// A new `asend`/`athrow`/`aclose` awaitable of async generator `agen`.
    pub fn agen_step_value(&mut self, agen: &Obj<Generator>, action: AgenAction) -> Value {
        let step = AgenStep {
            agen: agen.clone(),
            action,
        };
        self.new_awaitable(agen, GenKind::AsyncGenStep(Box::new(step)))
    }

    /// `coroutine.__await__()`.
    pub fn coroutine_wrapper(&mut self, coro: &Obj<Generator>) -> Value {
        self.new_awaitable(coro, GenKind::CoroWrapper(coro.clone()))
    }

    /// The exception `throw(typ[, val[, tb]])` raises (shared by generators' `throw` and
    /// async generators' `athrow`).
    pub fn exception_to_throw(&mut self, t: Value, val: Option<&Value>) -> PyResult<PyErr> {
        let exc = match (t.view(), val) {
            (View::Class(_), Some(v)) if !v.is_none() => {
                if matches!(v.view(), View::Instance(_)) {
                    v.clone()
                } else {
                    self.call(&t, vec![v.clone()])?
                }
            }
            _ => self.make_raisable(t)?,
        };
        Ok(PyErr { exc })
    }

    /// `cr_running` / `ag_running` / `gi_running`.
    pub fn gen_running(&self, g: &Generator) -> bool {
        match &g.kind {
            GenKind::AsyncGen { busy } => busy.get() && g.state.get() == GenState::Running,
            _ => g.state.get() == GenState::Running,
        }
    }
}
