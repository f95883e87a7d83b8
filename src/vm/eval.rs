//! The tier-1 interpreter loop.

use super::frame::{Block, Frame, FrameSlot, Resume};
use super::iter::{IterKind, NativeIter};
use super::specialize::{self, Form, InlineCache};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{self, Instr};
use crate::runtime::class::{Attrs, Class, Instance, Shape};
use crate::runtime::dict::PyDict;
use crate::runtime::fallible::try_push;
use crate::runtime::function::{Args, BoundMethod, BuiltinFunction, Function, PyCell};
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::value::OptionView;
use crate::runtime::value::View;
use crate::runtime::value::{Module, PyList, PyTuple, Value};
use std::cell::Cell;

/// Backward jumps between two looks at pending signals and due cycle collections: often
/// enough that Ctrl-C and the collector are prompt, rare enough that a loop's back edge
/// costs one decrement.
pub const PERIODIC_BACKWARD_JUMPS: u32 = 32;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

macro_rules! pop {
    ($f:expr) => {
        $f.pop().unwrap_or_default()
    };
}

macro_rules! top {
    ($f:expr) => {
        $f.last().cloned().unwrap_or_default()
    };
}

impl Vm {
    /// Runs the frame in `slot` until it returns, yields, or an exception escapes it. The
    /// Python functions it calls through the specialized call forms run in this same loop,
    /// each in its own frame swapped into `slot` with the caller chained behind it: an
    /// exception none of them handles unwinds them one by one back to the frame this began
    /// with.
    pub fn run_frame(&mut self, slot: &mut Box<Frame>) -> PyResult<Exit> {
        let mut raised = None;
        loop {
            let err = match raised.take() {
                Some(err) => err,
                None => match self.execute(slot) {
                    Ok(exit) => return Ok(exit),
                    Err(err) => err,
                },
            };
            let f = &mut **slot;
            // The failing instruction is the one before `ip` (no instruction moves `ip`
            // before it can fail).
            f.lasti = f.ip.saturating_sub(1);
            if !f.reraising {
                self.attach_context(&err);
                self.add_traceback(&err, &f.code.filename, f.line(), &f.code.name);
            }
            f.reraising = false;
            if self.unwind_to_handler(f, err.clone()) {
                continue;
            }
            match self.leave_callee(slot) {
                // The caller sees the exception at its call (or `ForIterGen`) instruction.
                Some(Resume::ForIter(..)) => raised = Some(self.escaped_generator(err)),
                Some(_) => raised = Some(err),
                None => return Err(err),
            }
        }
    }

    /// Raises `err` inside a suspended frame (generator `throw()`), then keeps running it.
    pub fn resume_with_error(&mut self, f: &mut Box<Frame>, err: PyErr) -> PyResult<Exit> {
        f.lasti = f.ip.saturating_sub(1);
        self.attach_context(&err);
        self.add_traceback(&err, &f.code.filename, f.line(), &f.code.name);
        if self.unwind_to_handler(f, err.clone()) {
            self.run_frame(f)
        } else {
            Err(err)
        }
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn attach_context(&mut self, err: &PyErr) {
        if self.handled_exc.is_none() || self.handled_exc.is(&err.exc) {
            return;
        }
        if let View::Instance(i) = err.exc.view()
            && let Some(e) = &i.exc
        {
            let mut e = e.borrow_mut();
            if e.context.is_none() {
                e.context = self.handled_exc.clone();
            }
        }
    }

    /// Pops blocks until an exception handler is found; prepares the frame to run it.
    fn unwind_to_handler(&mut self, f: &mut Frame, err: PyErr) -> bool {
        while let Some(block) = f.blocks.pop() {
            match block {
                Block::Except { handler, level } => {
                    f.truncate(level as usize);
                    let prev = std::mem::replace(&mut self.handled_exc, err.exc.clone());
                    f.blocks.push(Block::Handler { prev });
                    f.push(err.exc);
                    f.ip = handler as usize;
                    return true;
                }
                Block::Handler { prev } => {
                    self.handled_exc = prev;
                }
            }
        }
        false
    }

    fn execute(&mut self, f: &mut Box<Frame>) -> PyResult<Exit> {
        // Without `ONE` the loop only stops by returning or yielding.
        Ok(self
            .run_instructions::<false, _>(f)?
            .unwrap_or(Exit::Return(Value::None)))
    }

    /// Runs the single instruction at `f.ip` (for tier 2's GENERIC uop and the trace
    /// recorder); `None` when it neither returned nor yielded.
    pub fn step(&mut self, f: &mut Frame) -> PyResult<Option<Exit>> {
        self.run_instructions::<true, _>(f)
    }

    /// The interpreter loop; with `ONE` it stops after one instruction.
    #[inline(always)]
    fn run_instructions<const ONE: bool, S: FrameSlot>(
        &mut self,
        slot: &mut S,
    ) -> PyResult<Option<Exit>> {
        let mut started = false;
        // Entered again whenever a call or a return swaps the frame in `slot`.
        'frames: loop {
            let f = slot.frame();
            let code = f.code.clone();
            // The quickened copy: specialized forms replace generic instructions in place.
            let instrs: &[Cell<Instr>] = &code.adaptive.instrs;
            // Ends the running frame with `v`: its chained caller takes the value and runs on,
            // or, when it has none, the loop returns.
            macro_rules! finish {
                ($v:expr) => {
                    match self.leave_callee(slot) {
                        Some(resume) => {
                            self.deliver_return(slot.frame(), $v, resume)?;
                            continue 'frames;
                        }
                        None => return Ok(Some(Exit::Return($v))),
                    }
                };
            }
            // Suspends the running generator frame with `v`: back into its generator and to
            // the loop that resumed it, or, when Rust resumed it, out of the loop.
            macro_rules! suspend {
                ($v:expr) => {{
                    if self.leave_generator(slot) {
                        slot.frame().push($v);
                        continue 'frames;
                    }
                    return Ok(Some(Exit::Yield($v)));
                }};
            }
            // Calls `func` (exact positional arguments) with the `n` values on top of the stack,
            // by entering it in this loop: the result replaces the value below the arguments.
            macro_rules! enter {
                ($func:expr, $n:expr, $resume:expr) => {{
                    self.enter_callee(slot, &$func, $n, $resume)?;
                    continue 'frames;
                }};
            }
            // A generic instruction of a specializable family counts down to an attempt to
            // rewrite itself for the operands now on the stack.
            macro_rules! adapt {
                ($instr:expr) => {
                    if code.adaptive.due(f.ip - 1) {
                        self.specialize(&code, f, f.ip - 1, $instr);
                    }
                };
            }
            // A specialized form's guard failed: the generic behaviour runs next.
            macro_rules! miss {
                ($form:expr, $generic:expr) => {
                    self.specialization_miss(&code, f.ip - 1, $form, $generic, f.last())
                };
            }
            macro_rules! for_iter_specialized {
                ($next:expr, $t:expr, $form:expr) => {
                    match $next {
                        Some(Some(v)) => {
                            self.specialization.hit($form);
                            f.push(v);
                        }
                        Some(None) => {
                            self.specialization.hit($form);
                            f.pop();
                            f.ip = $t as usize;
                        }
                        None => {
                            miss!($form, Instr::ForIter($t));
                            self.for_iter_generic(f, $t)?;
                        }
                    }
                };
            }
            // Pushes local `i`, or raises UnboundLocalError at the instruction before `ip`.
            macro_rules! load_fast {
                ($i:expr) => {{
                    let v = &f.locals()[$i as usize];
                    if v.is_null() {
                        let name = code.code.varnames[$i as usize].clone();
                        return Err(self.err(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    f.push(v.clone());
                }};
            }
            macro_rules! load_const {
                ($i:expr) => {
                    f.push(code.consts[$i as usize].clone())
                };
            }
            // A superinstruction: both halves, except when stepping one instruction at a
            // time, which runs only the first (the second follows as its own instruction).
            macro_rules! fused {
                ($first:expr, $second:expr) => {{
                    $first;
                    if !ONE {
                        f.ip += 1;
                        $second;
                    }
                }};
            }
            macro_rules! store_fast {
                ($i:expr) => {{
                    let v = pop!(f);
                    let old = std::mem::replace(&mut f.locals_mut()[$i as usize], v);
                    drop(old);
                }};
            }
            // Ends a specialized form that replaces the receiver on top of the stack with `v`,
            // or, when its guard failed (`None`), counts the miss and runs `fallback`.
            macro_rules! replace_top_or_miss {
                ($v:expr, $form:expr, $generic:expr, $fallback:expr) => {
                    match $v {
                        Some(v) => {
                            self.specialization.hit($form);
                            *f.last_mut().expect("receiver") = v;
                        }
                        None => {
                            miss!($form, $generic);
                            $fallback;
                        }
                    }
                };
            }
            // Ends a `LoadGlobal*` form: pushes `v`, or the generic load's value.
            macro_rules! global_or_miss {
                ($v:expr, $form:expr, $i:expr) => {
                    let v = match $v {
                        Some(v) => {
                            self.specialization.hit($form);
                            v
                        }
                        None => {
                            miss!($form, Instr::LoadGlobal($i));
                            self.load_global_cached(&code, &f.globals, $i as usize)?
                        }
                    };
                    f.push(v);
                };
            }
            // Ends a `LoadAttr*` form: the attribute replaces the receiver, or the generic load.
            macro_rules! attr_or_miss {
                ($v:expr, $form:expr, $i:expr) => {
                    replace_top_or_miss!(
                        $v,
                        $form,
                        Instr::LoadAttr($i),
                        self.load_attr_generic(f, &code, $i)?
                    )
                };
            }
            // Ends a `LoadMethod*` form: `[obj] -> [method, obj]`, or the generic load.
            macro_rules! method_or_miss {
                ($m:expr, $form:expr, $i:expr) => {
                    match $m {
                        Some(m) => {
                            self.specialization.hit($form);
                            let obj = std::mem::replace(f.last_mut().expect("receiver"), m);
                            f.push(obj);
                        }
                        None => {
                            miss!($form, Instr::LoadMethod($i));
                            self.load_method_generic(f, &code, $i)?;
                        }
                    }
                };
            }
            // Ends a specialized comparison of the two values on top of the stack. Followed by a
            // conditional jump (the usual case), it takes the jump itself and never makes the
            // bool; `unboxed` says the operands hold no reference. Not when stepping one
            // instruction at a time, where tier 2's recorder watches the jump on its own.
            macro_rules! finish_compare {
                ($r:expr, $n:expr, $unboxed:expr) => {
                    let jump = match instrs.get(f.ip).map(Cell::get) {
                        Some(Instr::PopJumpIfFalse(t)) if !ONE => Some((t, !$r)),
                        Some(Instr::PopJumpIfTrue(t)) if !ONE => Some((t, $r)),
                        _ => None,
                    };
                    if $unboxed {
                        std::mem::forget(f.pop());
                    } else {
                        f.pop();
                    }
                    match jump {
                        Some((t, taken)) => {
                            if $unboxed {
                                std::mem::forget(f.pop());
                            } else {
                                f.pop();
                            }
                            f.ip = if taken { t as usize } else { f.ip + 1 };
                        }
                        None if $unboxed => {
                            Value::overwrite_with_bool(&mut f.stack_mut()[$n - 2], $r)
                        }
                        None => f.stack_mut()[$n - 2] = Value::Bool($r),
                    }
                };
            }
            loop {
                if ONE {
                    if started {
                        return Ok(None);
                    }
                    started = true;
                }
                let Some(instr) = instrs.get(f.ip).map(Cell::get) else {
                    finish!(Value::None);
                };
                f.ip += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        f.pop();
                        self.run_pending(); // finalize.rs
                    }
                    Instr::Copy(i) => {
                        let v = f.stack()[f.stack_len() - i as usize].clone();
                        f.push(v);
                    }
                    Instr::Swap(i) => {
                        let n = f.stack_len();
                        f.stack_mut().swap(n - 1, n - i as usize);
                    }
                    Instr::LoadConst(i) => load_const!(i),
                    Instr::LoadFast(i) => load_fast!(i),
                    Instr::StoreFast(i) => store_fast!(i),
                    Instr::LoadFastLoadFast(a, b) => fused!(load_fast!(a), load_fast!(b)),
                    Instr::LoadFastLoadConst(a, c) => fused!(load_fast!(a), load_const!(c)),
                    Instr::StoreFastLoadFast(a, b) => fused!(store_fast!(a), load_fast!(b)),
                    Instr::StoreFastStoreFast(a, b) => fused!(store_fast!(a), store_fast!(b)),
                    Instr::LoadConstLoadFast(c, a) => fused!(load_const!(c), load_fast!(a)),
                    Instr::DeleteFast(i) => {
                        if f.locals()[i as usize].is_null() {
                            let name = code.code.varnames[i as usize].clone();
                            return Err(self.err(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                        }
                        f.locals_mut()[i as usize] = Value::Null;
                        self.run_pending(); // finalize.rs
                    }
                    Instr::LoadDeref(i) => {
                        let v = f.cells[i as usize].value.borrow().clone();
                        if v.is_null() {
                            return Err(self.unbound_cell_error(f, i));
                        }
                        f.push(v);
                    }
                    Instr::StoreDeref(i) => {
                        let v = pop!(f);
                        let old = f.cells[i as usize].value.replace(v);
                        drop(old);
                    }
                    Instr::DeleteDeref(i) => {
                        let old = f.cells[i as usize].value.replace(Value::Null);
                        if old.is_null() {
                            return Err(self.unbound_cell_error(f, i));
                        }
                        drop(old);
                        self.run_pending(); // finalize.rs
                    }
                    Instr::LoadClosure(i) => f.push(Value::Cell(f.cells[i as usize].clone())),
                    Instr::LoadClassDeref(i) => {
                        let name = cell_name(&code.code, i as usize);
                        let ns_val = f
                            .namespace
                            .as_ref()
                            .and_then(|ns| ns.get_str(&name, crate::runtime::str::str_hash(&name)));
                        match ns_val {
                            Some(v) => f.push(v),
                            None => {
                                let v = f.cells[i as usize].value.borrow().clone();
                                if v.is_null() {
                                    return Err(self.unbound_cell_error(f, i));
                                }
                                f.push(v);
                            }
                        }
                    }
                    Instr::LoadGlobal(i) => {
                        adapt!(instr);
                        let v = self.load_global_cached(&code, &f.globals, i as usize)?;
                        f.push(v);
                    }
                    Instr::StoreGlobal(i) => {
                        let v = pop!(f);
                        let globals = f.globals.clone();
                        self.store_global_cached(&code, &globals, i as usize, v)?;
                        self.run_pending(); // finalize.rs
                    }
                    Instr::DeleteGlobal(i) => {
                        let name = code.names[i as usize].clone();
                        if f.globals.remove_str(name.as_str()).is_none() {
                            return Err(self.err(
                                "NameError",
                                format!("name '{}' is not defined", name.as_str()),
                            ));
                        }
                        self.run_pending(); // finalize.rs
                    }
                    Instr::LoadName(i) => {
                        if f.namespace
                            .as_ref()
                            .is_some_and(|ns| Obj::ptr_eq(ns, &f.globals))
                        {
                            let v = self.load_global_cached(&code, &f.globals, i as usize)?;
                            f.push(v);
                            continue;
                        }
                        let name = &code.names[i as usize];
                        if let Some(ns) = &f.namespace
                            && let Some(v) = ns.get_str(name.as_str(), name.hash())
                        {
                            f.push(v);
                            continue;
                        }
                        let v = self.load_global(&f.globals, name)?;
                        f.push(v);
                    }
                    Instr::StoreName(i) => {
                        let v = pop!(f);
                        if f.namespace
                            .as_ref()
                            .is_some_and(|ns| Obj::ptr_eq(ns, &f.globals))
                        {
                            let globals = f.globals.clone();
                            self.store_global_cached(&code, &globals, i as usize, v)?;
                            self.run_pending(); // finalize.rs
                            continue;
                        }
                        let name = code.names[i as usize].clone();
                        let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                        ns.set(self, Value::Str(name.clone()), name.hash(), v)?;
                    }
                    Instr::DeleteName(i) => {
                        let name = code.names[i as usize].clone();
                        let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                        if ns.remove_str(name.as_str()).is_none() {
                            return Err(self.err(
                                "NameError",
                                format!("name '{}' is not defined", name.as_str()),
                            ));
                        }
                        self.run_pending(); // finalize.rs
                    }
                    Instr::LoadAttr(i) => {
                        adapt!(instr);
                        self.load_attr_generic(f, &code, i)?;
                    }
                    Instr::StoreAttr(i) => {
                        adapt!(instr);
                        self.store_attr_generic(f, &code, i)?;
                    }
                    Instr::DeleteAttr(i) => {
                        let obj = pop!(f);
                        self.del_attr(&obj, &code.names[i as usize])?;
                        drop(obj);
                        self.run_pending(); // finalize.rs
                    }
                    Instr::LoadMethod(i) => {
                        adapt!(instr);
                        self.load_method_generic(f, &code, i)?;
                    }
                    Instr::BinarySubscr => {
                        adapt!(instr);
                        self.binary_subscr_generic(f)?;
                    }
                    Instr::StoreSubscr => {
                        adapt!(instr);
                        self.store_subscr_generic(f)?;
                    }
                    Instr::DeleteSubscr => {
                        let key = pop!(f);
                        let container = pop!(f);
                        self.del_item(&container, &key)?;
                        drop((key, container));
                        self.run_pending(); // finalize.rs
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { pop!(f) } else { Value::None };
                        let stop = pop!(f);
                        let start = pop!(f);
                        f.push(Value::Slice(Obj::new(crate::runtime::value::PySlice {
                            start,
                            stop,
                            step,
                        })));
                    }
                    Instr::UnaryNegative => {
                        let v = pop!(f);
                        let r = self.neg(&v)?;
                        f.push(r);
                    }
                    Instr::UnaryPositive => {
                        let v = pop!(f);
                        let r = self.pos(&v)?;
                        f.push(r);
                    }
                    Instr::UnaryNot => {
                        let v = pop!(f);
                        let b = self.truthy(&v)?;
                        f.push(Value::Bool(!b));
                    }
                    Instr::UnaryInvert => {
                        let v = pop!(f);
                        let r = self.invert(&v)?;
                        f.push(r);
                    }
                    Instr::BinaryOp(op) => {
                        adapt!(instr);
                        self.binary_op_generic(f, op)?;
                    }
                    Instr::CompareOp(op) => {
                        adapt!(instr);
                        self.compare_op_generic(f, op)?;
                    }
                    Instr::IsOp(inv) => {
                        let b = pop!(f);
                        let a = pop!(f);
                        f.push(Value::Bool(a.is(&b) != (inv == 1)));
                    }
                    Instr::ContainsOp(inv) => {
                        adapt!(instr);
                        self.contains_op_generic(f, inv)?;
                    }
                    Instr::Jump(t) => {
                        if (t as usize) < f.ip {
                            self.until_periodic -= 1;
                            if self.until_periodic == 0 {
                                self.until_periodic = PERIODIC_BACKWARD_JUMPS;
                                self.on_backward_jump()?;
                            }
                            f.ip = t as usize;
                            if self.tier2.enabled()
                                && let Some(exit) = self.at_loop_head(f)?
                            {
                                match exit {
                                    Exit::Return(v) => finish!(v),
                                    Exit::Yield(v) => suspend!(v),
                                }
                            }
                        } else {
                            f.ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = pop!(f);
                        let b = match v.view() {
                            View::Bool(b) => b,
                            _ => self.truthy(&v)?,
                        };
                        if !b {
                            f.ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = pop!(f);
                        let b = match v.view() {
                            View::Bool(b) => b,
                            _ => self.truthy(&v)?,
                        };
                        if b {
                            f.ip = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        let v = top!(f);
                        if !self.truthy(&v)? {
                            f.ip = t as usize;
                        } else {
                            f.pop();
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let v = top!(f);
                        if self.truthy(&v)? {
                            f.ip = t as usize;
                        } else {
                            f.pop();
                        }
                    }
                    Instr::GetIter => {
                        let v = pop!(f);
                        let it = self.get_iter(&v)?;
                        f.push(it);
                    }
                    Instr::ForIter(t) => {
                        adapt!(instr);
                        self.for_iter_generic(f, t)?;
                    }
                    Instr::BuildTuple(n) => {
                        let items = f.split_off(f.stack_len() - n as usize);
                        f.push(Value::tuple(items));
                    }
                    Instr::BuildList(n) => {
                        let items = f.split_off(f.stack_len() - n as usize);
                        f.push(Value::list(items));
                    }
                    Instr::BuildSet(n) => {
                        let items = f.split_off(f.stack_len() - n as usize);
                        let s = self.new_set(items)?;
                        f.push(s);
                    }
                    Instr::BuildMap(n) => {
                        let items = f.split_off(f.stack_len() - 2 * n as usize);
                        let dict = self.new_dict();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            self.dict_set(&dict, k, v)?;
                        }
                        f.push(Value::Dict(dict));
                    }
                    Instr::BuildString(n) => {
                        let items = f.split_off(f.stack_len() - n as usize);
                        let mut s = String::new();
                        for it in &items {
                            if let View::Str(p) = it.view() {
                                s.push_str(p.as_str());
                            }
                        }
                        f.push(Value::string(s));
                    }
                    Instr::ListAppend(i) => {
                        let v = pop!(f);
                        if let View::List(l) = f.stack()[f.stack_len() - i as usize].view()
                            && try_push(&mut l.items.borrow_mut(), v).is_err()
                        {
                            return Err(self.memory_error());
                        }
                    }
                    Instr::SetAdd(i) => {
                        let v = pop!(f);
                        let s = f.stack()[f.stack_len() - i as usize].clone();
                        if let View::Set(s) = s.view() {
                            self.set_add(s, v)?;
                        }
                    }
                    Instr::MapAdd(i) => {
                        let v = pop!(f);
                        let k = pop!(f);
                        let d = f.stack()[f.stack_len() - i as usize].clone();
                        if let View::Dict(d) = d.view() {
                            self.dict_set(d, k, v)?;
                        }
                    }
                    Instr::ListExtend(i) => {
                        let v = pop!(f);
                        let l = f.stack()[f.stack_len() - i as usize].clone();
                        if let View::List(l) = l.view() {
                            let items = self.collect_iterable(&v)?;
                            l.items.borrow_mut().extend(items);
                        }
                    }
                    Instr::SetUpdate(i) => {
                        let v = pop!(f);
                        let s = f.stack()[f.stack_len() - i as usize].clone();
                        if let View::Set(s) = s.view() {
                            for item in self.collect_iterable(&v)? {
                                self.set_add(s, item)?;
                            }
                        }
                    }
                    Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                        let v = pop!(f);
                        let d = f.stack()[f.stack_len() - i as usize].clone();
                        if let View::Dict(d) = d.view() {
                            let merge = matches!(instr, Instr::DictMerge(_));
                            let callable = if merge {
                                f.stack()
                                    .get(f.stack_len().wrapping_sub(i as usize + 2))
                                    .cloned()
                            } else {
                                None
                            };
                            self.dict_update_from(d, &v, merge, callable.as_ref())?;
                        }
                    }
                    Instr::ListToTuple => {
                        let v = pop!(f);
                        let items = match v.view() {
                            // The list was built by the compiler's own code just before: take
                            // its items instead of copying them.
                            View::List(l) => std::mem::take(&mut *l.items.borrow_mut()),
                            _ => vec![],
                        };
                        f.push(Value::tuple(items));
                    }
                    Instr::UnpackSequence(n) => {
                        adapt!(instr);
                        self.unpack_sequence_generic(f, n as usize)?;
                    }
                    Instr::UnpackEx(arg) => {
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let seq = pop!(f);
                        let items = self.collect_iterable(&seq)?;
                        if items.len() < before + after {
                            return Err(self.value_error(format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            )));
                        }
                        let mid_end = items.len() - after;
                        let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
                        for v in items[mid_end..].iter().rev() {
                            out.push(v.clone());
                        }
                        out.push(Value::list(items[before..mid_end].to_vec()));
                        for v in items[..before].iter().rev() {
                            out.push(v.clone());
                        }
                        f.extend(out);
                    }
                    Instr::FormatValue(flags) => {
                        let spec = if flags & bytecode::FORMAT_HAS_SPEC != 0 {
                            Some(pop!(f))
                        } else {
                            None
                        };
                        let v = pop!(f);
                        let v = match flags & 3 {
                            bytecode::FORMAT_CONV_STR => Value::string(self.to_str(&v)?),
                            bytecode::FORMAT_CONV_REPR => Value::string(self.repr(&v)?),
                            bytecode::FORMAT_CONV_ASCII => Value::string(self.ascii(&v)?),
                            _ => v,
                        };
                        let spec_str = match spec.view() {
                            Some(View::Str(s)) => s.as_str().to_string(),
                            _ => String::new(),
                        };
                        let s = match (v.view(), spec_str.is_empty()) {
                            (View::Str(_), true) => v,
                            _ => Value::string(self.format(&v, &spec_str)?),
                        };
                        f.push(s);
                    }
                    Instr::MakeFunction(flags) => {
                        let code_v = pop!(f);
                        let closure = if flags & bytecode::MAKE_CLOSURE != 0 {
                            match pop!(f).view() {
                                View::Tuple(t) => t
                                    .items()
                                    .iter()
                                    .filter_map(|c| match c.view() {
                                        View::Cell(c) => Some(c.clone()),
                                        _ => None,
                                    })
                                    .collect(),
                                _ => vec![],
                            }
                        } else {
                            vec![]
                        };
                        let annotations = if flags & bytecode::MAKE_ANNOTATIONS != 0 {
                            match pop!(f).view() {
                                View::Dict(d) => Some(d.clone()),
                                _ => None,
                            }
                        } else {
                            None
                        };
                        let kwdefaults = if flags & bytecode::MAKE_KWDEFAULTS != 0 {
                            match pop!(f).view() {
                                View::Dict(d) => Some(d.clone()),
                                _ => None,
                            }
                        } else {
                            None
                        };
                        let defaults = if flags & bytecode::MAKE_DEFAULTS != 0 {
                            match pop!(f).view() {
                                View::Tuple(t) => t.items().to_vec(),
                                _ => vec![],
                            }
                        } else {
                            vec![]
                        };
                        let View::Code(c) = code_v.view() else {
                            return Err(self.err("SystemError", "MakeFunction without code"));
                        };
                        let func = self.make_function(
                            c.clone(),
                            f.globals.clone(),
                            defaults,
                            kwdefaults,
                            closure,
                        );
                        if let (Some(a), View::Function(func)) = (annotations, func.view()) {
                            *func.annotations.borrow_mut() = Some(a);
                        }
                        f.push(func);
                    }
                    Instr::Call(n) => {
                        adapt!(instr);
                        self.call_generic(f, n as usize)?;
                    }
                    Instr::CallKw(n) => {
                        let kwnames = pop!(f);
                        let mut args = f.split_off(f.stack_len() - n as usize);
                        let callable = pop!(f);
                        let names: Vec<Value> = match kwnames.view() {
                            View::Tuple(t) => t.items().to_vec(),
                            _ => vec![],
                        };
                        let kwvals = args.split_off(args.len() - names.len());
                        let kwargs = names
                            .into_iter()
                            .zip(kwvals)
                            .filter_map(|(k, v)| match k.view() {
                                View::Str(s) => Some((s.clone(), v)),
                                _ => None,
                            })
                            .collect();
                        let r = self.call_from_frame(
                            f,
                            &callable,
                            Args {
                                args: args.into(),
                                kwargs,
                            },
                        )?;
                        f.push(r);
                    }
                    Instr::CallMethod(n) => {
                        adapt!(instr);
                        self.call_method_generic(f, n as usize)?;
                    }
                    Instr::CallFunctionEx(has_kw) => {
                        let kwargs = if has_kw == 1 { pop!(f) } else { Value::None };
                        let posargs = pop!(f);
                        let callable = pop!(f);
                        let args = match posargs.view() {
                            View::Tuple(t) => t.items().to_vec(),
                            _ => self.collect_iterable(&posargs)?,
                        };
                        let mut kw = Vec::new();
                        if let View::Dict(d) = kwargs.view() {
                            for (k, v) in d.items() {
                                match k.view() {
                                    View::Str(s) => kw.push((s.clone(), v)),
                                    _ => return Err(self.type_error("keywords must be strings")),
                                }
                            }
                        }
                        let r = self.call_from_frame(
                            f,
                            &callable,
                            Args {
                                args: args.into(),
                                kwargs: kw,
                            },
                        )?;
                        f.push(r);
                    }
                    Instr::ReturnValue => {
                        let v = pop!(f);
                        finish!(v);
                    }
                    Instr::YieldValue => {
                        let v = pop!(f);
                        suspend!(v);
                    }
                    Instr::GetYieldFromIter => {
                        let v = pop!(f);
                        let it = match v.view() {
                            View::Generator(g) if g.is_plain() => v,
                            View::Generator(g) if g.type_is_coroutine() => {
                                return Err(self.type_error(
                                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                                ));
                            }
                            _ => self.get_iter(&v)?,
                        };
                        f.push(it);
                    }
                    Instr::YieldFrom => {
                        let sent = pop!(f);
                        let sub = top!(f);
                        match self.send_into(&sub, sent)? {
                            super::generator::SendResult::Yielded(y) => {
                                // Re-run this instruction when resumed with the next sent value.
                                f.ip -= 1;
                                suspend!(y);
                            }
                            super::generator::SendResult::Returned(r) => {
                                f.pop();
                                f.push(r);
                            }
                        }
                    }
                    // ---- coroutines: the semantics live in awaitable.rs ----
                    Instr::GetAwaitable(context) => {
                        let v = pop!(f);
                        let it = self.get_awaitable(v, context)?;
                        f.push(it);
                    }
                    Instr::GetAIter => {
                        let v = pop!(f);
                        let it = self.get_aiter(&v)?;
                        f.push(it);
                    }
                    Instr::GetANext => {
                        let aiter = top!(f);
                        let awaitable = self.get_anext(&aiter)?;
                        f.push(awaitable);
                    }
                    Instr::EndAsyncFor => {
                        let exc = pop!(f);
                        if !self.ends_async_for(&exc) {
                            f.reraising = true;
                            return Err(PyErr { exc });
                        }
                        if let Some(Block::Handler { prev }) = f.blocks.pop() {
                            self.handled_exc = prev;
                        }
                        f.pop();
                    }
                    Instr::BeforeAsyncWith => {
                        let mgr = pop!(f);
                        let (exit, entered) = self.before_async_with(&mgr)?;
                        f.push(exit);
                        f.push(entered);
                    }
                    Instr::SetupExcept(h) => f.blocks.push(Block::Except {
                        handler: h,
                        level: f.stack_len() as u32,
                    }),
                    Instr::PopBlock => {
                        f.blocks.pop();
                    }
                    Instr::PopExcept => {
                        if let Some(Block::Handler { prev }) = f.blocks.pop() {
                            self.handled_exc = prev;
                        }
                    }
                    Instr::Raise(n) => {
                        return Err(self.do_raise(f, n)?);
                    }
                    Instr::Reraise => {
                        let exc = pop!(f);
                        f.reraising = true;
                        return Err(PyErr { exc });
                    }
                    Instr::CheckExcMatch => {
                        let ty = pop!(f);
                        let exc = top!(f);
                        let m = self.exception_matches(&exc, &ty)?;
                        f.push(Value::Bool(m));
                    }
                    Instr::ExceptStar(op) => self.except_star_step(f, op)?,
                    Instr::LoadAssertionError => {
                        f.push(Value::Class(self.types.exc("AssertionError")));
                    }
                    Instr::BeforeWith => {
                        let mgr = pop!(f);
                        let enter = self.special_method(&mgr, "__enter__")?;
                        let exit = self.special_method(&mgr, "__exit__")?;
                        let (Some(enter), Some(exit)) = (enter, exit) else {
                            let tn = self.type_name(&mgr);
                            return Err(self.type_error(format!(
                                "'{tn}' object does not support the context manager protocol"
                            )));
                        };
                        f.push(exit);
                        let r = self.call(&enter, vec![])?;
                        f.push(r);
                    }
                    Instr::WithExitNormal => {
                        let exit = pop!(f);
                        self.call(&exit, vec![Value::None, Value::None, Value::None])?;
                    }
                    Instr::WithExceptStart => {
                        let exc = top!(f);
                        let exit = f.stack()[f.stack_len() - 2].clone();
                        let ty = Value::Class(self.exc_class(&exc));
                        let r = self.call(&exit, vec![ty, exc, Value::None])?;
                        f.push(r);
                    }
                    Instr::ImportName(i) => {
                        let name = code.names[i as usize].as_str().to_string();
                        let m = self.import_name(&name, &f.globals)?;
                        f.push(m);
                    }
                    Instr::ImportFrom(i) => {
                        let m = top!(f);
                        let name = code.names[i as usize].clone();
                        let v = self.import_from(&m, &name)?;
                        f.push(v);
                    }
                    Instr::ImportStar => {
                        let m = pop!(f);
                        let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                        self.import_star(&m, &ns)?;
                    }
                    Instr::LoadBuildClass => {
                        let b = self
                            .builtins
                            .get_str(
                                "__build_class__",
                                crate::runtime::str::str_hash("__build_class__"),
                            )
                            .unwrap_or(Value::None);
                        f.push(b);
                    }
                    Instr::GetLen => {
                        let v = top!(f);
                        let n = self.len(&v)?;
                        f.push(Value::Int(n as i64));
                    }
                    Instr::MatchMapping => {
                        let v = top!(f);
                        let b = self.is_mapping(&v);
                        f.push(Value::Bool(b));
                    }
                    Instr::MatchSequence => {
                        let v = top!(f);
                        let b = self.is_sequence(&v);
                        f.push(Value::Bool(b));
                    }
                    Instr::MatchKeys => {
                        let keys = top!(f);
                        let subject = f.stack()[f.stack_len() - 2].clone();
                        let r = self.match_keys(&subject, &keys)?;
                        f.push(r);
                    }
                    Instr::MatchClass(n) => {
                        let kwnames = pop!(f);
                        let cls = pop!(f);
                        let subject = pop!(f);
                        let r = self.match_class(&subject, &cls, n as usize, &kwnames)?;
                        f.push(r);
                    }
                    Instr::CopyDictWithoutKeys => {
                        let keys = pop!(f);
                        let mapping = top!(f);
                        let r = self.copy_dict_without_keys(&mapping, &keys)?;
                        f.push(r);
                    }
                    // ---- specialized forms (vm/specialize.rs) ----
                    Instr::BinaryOpInt(op) => {
                        let n = f.stack_len();
                        if let (Some(x), Some(y)) = (
                            f.stack()[n - 2].as_small_int(),
                            f.stack()[n - 1].as_small_int(),
                        ) && let Some(r) = fast_int_op(x, y, op)
                        {
                            self.specialization.hit(Form::BinaryOpInt);
                            std::mem::forget(f.pop()); // an int: nothing to release
                            Value::overwrite_with_int(&mut f.stack_mut()[n - 2], r);
                        } else {
                            miss!(Form::BinaryOpInt, Instr::BinaryOp(op));
                            self.binary_op_generic(f, op)?;
                        }
                    }
                    Instr::BinaryOpFloat(op) => {
                        let n = f.stack_len();
                        let operands = match (
                            f.stack()[n - 2].float_operand(),
                            f.stack()[n - 1].float_operand(),
                        ) {
                            (Some((x, xf)), Some((y, yf))) if xf || yf => Some((x, y)),
                            _ => None,
                        };
                        if let Some((x, y)) = operands
                            && let Some(r) = fast_float_op(x, y, op)
                        {
                            self.specialization.hit(Form::BinaryOpFloat);
                            std::mem::forget(f.pop()); // a number: nothing to release
                            Value::overwrite_with_float(&mut f.stack_mut()[n - 2], r);
                        } else {
                            miss!(Form::BinaryOpFloat, Instr::BinaryOp(op));
                            self.binary_op_generic(f, op)?;
                        }
                    }
                    Instr::CompareOpInt(op) => {
                        let n = f.stack_len();
                        if let (Some(x), Some(y)) = (
                            f.stack()[n - 2].as_small_int(),
                            f.stack()[n - 1].as_small_int(),
                        ) {
                            let r = super::ops::cmp_partial(Some(x.cmp(&y)), op);
                            self.specialization.hit(Form::CompareOpInt);
                            finish_compare!(r, n, true);
                        } else {
                            miss!(Form::CompareOpInt, Instr::CompareOp(op));
                            self.compare_op_generic(f, op)?;
                        }
                    }
                    Instr::CompareOpFloat(op) => {
                        let n = f.stack_len();
                        if let (Some(x), Some(y)) =
                            (f.stack()[n - 2].as_float(), f.stack()[n - 1].as_float())
                        {
                            let r = super::ops::cmp_partial(x.partial_cmp(&y), op);
                            self.specialization.hit(Form::CompareOpFloat);
                            finish_compare!(r, n, true);
                        } else {
                            miss!(Form::CompareOpFloat, Instr::CompareOp(op));
                            self.compare_op_generic(f, op)?;
                        }
                    }
                    Instr::CompareOpStr(op) => {
                        let n = f.stack_len();
                        if let (View::Str(x), View::Str(y)) =
                            (f.stack()[n - 2].view(), f.stack()[n - 1].view())
                        {
                            // UTF-8 byte order is code point order, as Python compares.
                            let r = super::ops::cmp_partial(Some(x.as_str().cmp(y.as_str())), op);
                            self.specialization.hit(Form::CompareOpStr);
                            finish_compare!(r, n, false);
                        } else {
                            miss!(Form::CompareOpStr, Instr::CompareOp(op));
                            self.compare_op_generic(f, op)?;
                        }
                    }
                    Instr::LoadAttrInstance(i) => {
                        let site = &code.adaptive;
                        let v = match f.last().and_then(Value::downcast::<Instance>) {
                            Some(inst) => {
                                let attrs = inst.attrs.borrow();
                                let entry = site
                                    .instance_entry(f.ip - 1, specialize::layout_key(inst, &attrs));
                                match (&*attrs, entry) {
                                    (Attrs::Shared { values, .. }, Some((index, _))) => {
                                        values.get(index as usize).cloned()
                                    }
                                    (Attrs::Dict(d), Some((index, _))) => {
                                        let name = &code.names[i as usize];
                                        d.value_at_key(index as usize, name)
                                            .or_else(|| d.get_pystr(name))
                                    }
                                    _ => None,
                                }
                            }
                            _ => None,
                        };
                        attr_or_miss!(v, Form::LoadAttrInstance, i);
                    }
                    Instr::LoadAttrClass(i) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let name = &code.names[i as usize];
                        let v = match f.last().view() {
                            Some(View::Instance(inst))
                                if c.version2 == 0
                                    && class_matches(inst, &c)
                                    && inst.attr(name).is_none() =>
                            {
                                specialize::cached_class_attr(&inst.class.borrow(), c.aux, c.index)
                            }
                            Some(View::Class(cls))
                                if c.version2 == 1
                                    && c.holds_class(cls)
                                    && meta_tag(cls) == c.tag2 =>
                            {
                                specialize::cached_class_attr(cls, 0, c.index)
                            }
                            _ => None,
                        };
                        attr_or_miss!(v, Form::LoadAttrClass, i);
                    }
                    Instr::LoadAttrModule(i) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let v = match f.last().and_then(Value::downcast::<Module>) {
                            Some(m) if m.dict.keys_version() == c.version => {
                                m.dict.value_at(c.index as usize)
                            }
                            _ => None,
                        };
                        attr_or_miss!(v, Form::LoadAttrModule, i);
                    }
                    Instr::LoadAttrSlot(i) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let v = match f.last().and_then(Value::downcast::<Instance>) {
                            Some(inst) if class_matches(inst, &c) => {
                                inst.slot(c.index as usize).filter(|v| !v.is_null())
                            }
                            _ => None,
                        };
                        attr_or_miss!(v, Form::LoadAttrSlot, i);
                    }
                    Instr::LoadAttrProperty(i) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let getter = match f.last().view() {
                            Some(View::Instance(inst)) if class_matches(inst, &c) => {
                                match specialize::cached_class_attr(
                                    &inst.class.borrow(),
                                    c.aux,
                                    c.index,
                                )
                                .view()
                                {
                                    Some(View::Property(p)) => match p.fget.view() {
                                        View::Function(g) => Some(g.clone()),
                                        _ => None,
                                    },
                                    _ => None,
                                }
                            }
                            _ => None,
                        };
                        match getter {
                            Some(g) if g.code.takes_exactly(1) => {
                                self.specialization.hit(Form::LoadAttrProperty);
                                // The receiver on top of the stack becomes the getter's argument.
                                let r = self.call_simple(&g, f, 1)?;
                                f.push(r);
                            }
                            Some(g) => {
                                self.specialization.hit(Form::LoadAttrProperty);
                                let obj = pop!(f);
                                let r = self.call(&Value::Function(g), vec![obj])?;
                                f.push(r);
                            }
                            None => {
                                miss!(Form::LoadAttrProperty, Instr::LoadAttr(i));
                                self.load_attr_generic(f, &code, i)?;
                            }
                        }
                    }
                    Instr::LoadMethodInstance(i) => {
                        let site = &code.adaptive;
                        let m = match f.last().and_then(Value::downcast::<Instance>) {
                            Some(inst) => {
                                let attrs = inst.attrs.borrow();
                                // A shape says whether the name is shadowed; a dict must be
                                // asked.
                                let unshadowed = || match &*attrs {
                                    Attrs::Dict(d) => {
                                        d.is_empty()
                                            || d.get_pystr(&code.names[i as usize]).is_none()
                                    }
                                    _ => true,
                                };
                                match site
                                    .instance_entry(f.ip - 1, specialize::layout_key(inst, &attrs))
                                {
                                    Some((index, depth)) if unshadowed() => {
                                        specialize::cached_class_attr(
                                            &inst.class.borrow(),
                                            depth,
                                            index,
                                        )
                                    }
                                    _ => None,
                                }
                            }
                            _ => None,
                        };
                        method_or_miss!(m, Form::LoadMethodInstance, i);
                    }
                    Instr::LoadMethodType(i) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let m = match f.last().and_then(|obj| self.builtin_type_ref(obj)) {
                            Some(cls) if c.holds_class(cls) => {
                                specialize::cached_class_attr(cls, c.aux, c.index)
                            }
                            _ => None,
                        };
                        method_or_miss!(m, Form::LoadMethodType, i);
                    }
                    Instr::StoreAttrInstance(i) => {
                        let n = f.stack_len();
                        let at = f.ip - 1;
                        let (below, top) = f.stack_mut().split_at_mut(n - 1);
                        let slot = &mut below[n - 2];
                        let stored = match top[0].downcast::<Instance>() {
                            Some(inst) => {
                                let mut attrs = inst.attrs.borrow_mut();
                                let key = specialize::layout_key(inst, &attrs);
                                match (code.adaptive.instance_entry(at, key), &mut *attrs) {
                                    (Some((index, _)), Attrs::Shared { shape, values }) => {
                                        let v = std::mem::take(slot);
                                        let name = &code.names[i as usize];
                                        match store_shared_attr(shape, values, index, name, v) {
                                            Ok(old) => {
                                                drop(attrs);
                                                drop(old);
                                                true
                                            }
                                            Err(v) => {
                                                *slot = v;
                                                false
                                            }
                                        }
                                    }
                                    (Some((index, _)), Attrs::Dict(d)) => {
                                        let d = d.clone();
                                        drop(attrs);
                                        let v = std::mem::take(slot);
                                        let name = &code.names[i as usize];
                                        match d.replace_value_at_key(index as usize, name, v) {
                                            Ok(old) => drop(old),
                                            Err(v) => d.set(
                                                self,
                                                Value::Str(name.clone()),
                                                name.hash(),
                                                v,
                                            )?,
                                        }
                                        true
                                    }
                                    _ => false,
                                }
                            }
                            _ => false,
                        };
                        if stored {
                            self.specialization.hit(Form::StoreAttrInstance);
                            // The receiver, then the slot the value was taken from (Null,
                            // nothing to release): cheaper than truncating a slice.
                            f.pop();
                            std::mem::forget(f.pop());
                        } else {
                            miss!(Form::StoreAttrInstance, Instr::StoreAttr(i));
                            self.store_attr_generic(f, &code, i)?;
                        }
                    }
                    Instr::StoreAttrSlot(i) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let n = f.stack_len();
                        let inst = match f.stack()[n - 1].view() {
                            View::Instance(inst) if class_matches(inst, &c) => Some(inst.clone()),
                            _ => None,
                        };
                        match inst {
                            Some(inst) => {
                                self.specialization.hit(Form::StoreAttrSlot);
                                f.pop();
                                let v = pop!(f);
                                // The class matched, so the index is one of its slots.
                                drop(inst.replace_slot(c.index as usize, v));
                            }
                            None => {
                                miss!(Form::StoreAttrSlot, Instr::StoreAttr(i));
                                self.store_attr_generic(f, &code, i)?;
                            }
                        }
                    }
                    Instr::LoadGlobalModule(i) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let v = if f.globals.keys_version() == c.version {
                            f.globals.value_at(c.index as usize)
                        } else {
                            None
                        };
                        global_or_miss!(v, Form::LoadGlobalModule, i);
                    }
                    Instr::LoadGlobalBuiltin(i) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let v = if f.globals.keys_version() == c.version
                            && self.builtins.keys_version() == c.version2
                        {
                            self.builtins.value_at(c.index as usize)
                        } else {
                            None
                        };
                        global_or_miss!(v, Form::LoadGlobalBuiltin, i);
                    }
                    Instr::CallPyExact(n) => {
                        let n = n as usize;
                        if let Some(func) = f.stack()[f.stack_len() - n - 1].downcast::<Function>()
                            && func.code.takes_exactly(n)
                        {
                            self.specialization.hit(Form::CallPyExact);
                            let func = func.clone();
                            enter!(func, n, Resume::Value);
                        } else {
                            miss!(Form::CallPyExact, Instr::Call(n as u32));
                            self.call_generic(f, n)?;
                        }
                    }
                    Instr::CallBuiltin(n) => {
                        let n = n as usize;
                        let len = f.stack_len();
                        match f.stack()[len - n - 1].view() {
                            View::Builtin(b)
                                if b.binding.is_none()
                                    && !first_is_user_class(&f.stack()[len - n..]) =>
                            {
                                self.specialization.hit(Form::CallBuiltin);
                                let b = b.clone();
                                self.run_pending(); // finalize.rs
                                let args = f.split_off_args(len - n);
                                let r = (b.func)(self, Args::inline(args))?;
                                *f.last_mut().expect("callable") = r;
                            }
                            _ => {
                                miss!(Form::CallBuiltin, Instr::Call(n as u32));
                                self.call_generic(f, n)?;
                            }
                        }
                    }
                    Instr::CallLen(n) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let len = f.stack_len();
                        let is_len = matches!(
                            f.stack()[len - 2].downcast::<BuiltinFunction>(),
                            Some(b) if Obj::as_ptr(b) as usize == c.class
                        );
                        if is_len {
                            self.specialization.hit(Form::CallLen);
                            let arg = pop!(f);
                            let n = match super::ops::sized_len(&arg) {
                                Some(n) => n,
                                None => self.len(&arg)?,
                            };
                            *f.last_mut().expect("callable") = Value::Int(n as i64);
                        } else {
                            miss!(Form::CallLen, Instr::Call(n));
                            self.call_generic(f, n as usize)?;
                        }
                    }
                    Instr::CallIsInstance(n) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let len = f.stack_len();
                        // A plain class (its metaclass is `type`) needs no `__instancecheck__`.
                        let target = match (f.stack()[len - 3].view(), f.stack()[len - 1].view()) {
                            (View::Builtin(b), View::Class(cls))
                                if Obj::as_ptr(b) as usize == c.class
                                    && cls.meta.borrow().is_none() =>
                            {
                                Some(cls.clone())
                            }
                            _ => None,
                        };
                        match target {
                            Some(cls) => {
                                self.specialization.hit(Form::CallIsInstance);
                                f.pop();
                                let obj = pop!(f);
                                let t = self.type_of(&obj);
                                let mut r = t.is_subclass(&cls);
                                if !r {
                                    r = crate::vm::builtins::functions::isinstance_by_class_attr(
                                        self,
                                        &obj,
                                        &t,
                                        &Value::Class(cls),
                                    )?;
                                }
                                *f.last_mut().expect("callable") = Value::Bool(r);
                            }
                            None => {
                                miss!(Form::CallIsInstance, Instr::Call(n));
                                self.call_generic(f, n as usize)?;
                            }
                        }
                    }
                    Instr::CallType(n) => {
                        let n = n as usize;
                        let len = f.stack_len();
                        match f.stack()[len - n - 1].view() {
                            View::Class(cls) => {
                                self.specialization.hit(Form::CallType);
                                let cls = cls.clone();
                                let args = f.split_off_args(len - n);
                                let r = self.call_class(&cls, Args::inline(args))?;
                                *f.last_mut().expect("callable") = r;
                            }
                            _ => {
                                miss!(Form::CallType, Instr::Call(n as u32));
                                self.call_generic(f, n)?;
                            }
                        }
                    }
                    Instr::CallClassPyInit(n) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let n = n as usize;
                        let at = f.stack_len() - n - 1;
                        let target = match f.stack()[at].downcast::<Class>() {
                            Some(cls) if c.holds_class(cls) => {
                                match specialize::cached_class_attr(cls, c.aux, c.index)
                                    .as_ref()
                                    .and_then(Value::downcast::<Function>)
                                {
                                    Some(init) if init.code.takes_exactly(n + 1) => {
                                        Some((cls.clone(), init.clone()))
                                    }
                                    _ => None,
                                }
                            }
                            _ => None,
                        };
                        match target {
                            Some((cls, init)) => {
                                self.specialization.hit(Form::CallClassPyInit);
                                let obj = Value::Instance(self.new_instance(&cls));
                                // The new instance takes the class's slot as the call's result
                                // and goes in once more, below the arguments, as `self`.
                                f.stack_mut()[at] = obj.clone();
                                f.insert(at + 1, obj);
                                enter!(init, n + 1, Resume::Init);
                            }
                            None => {
                                miss!(Form::CallClassPyInit, Instr::Call(n as u32));
                                self.call_generic(f, n)?;
                            }
                        }
                    }
                    Instr::CallBoundMethod(n) => {
                        let n = n as usize;
                        let at = f.stack_len() - n - 1;
                        let target = match f.stack()[at].downcast::<BoundMethod>() {
                            Some(m) => match m.func.downcast::<Function>() {
                                Some(func) if func.code.takes_exactly(n + 1) => {
                                    Some((func.clone(), m.receiver.clone()))
                                }
                                _ => None,
                            },
                            None => None,
                        };
                        match target {
                            Some((func, receiver)) => {
                                self.specialization.hit(Form::CallBoundMethod);
                                // The receiver goes in below the arguments, as the first; the
                                // bound method's slot is left for the result.
                                f.insert(at + 1, receiver);
                                enter!(func, n + 1, Resume::Value);
                            }
                            None => {
                                miss!(Form::CallBoundMethod, Instr::Call(n as u32));
                                self.call_generic(f, n)?;
                            }
                        }
                    }
                    Instr::CallMethodPy(n) => {
                        let n = n as usize;
                        let len = f.stack_len();
                        if let Some(func) = f.stack()[len - n - 2].downcast::<Function>()
                            && !f.stack()[len - n - 1].is_null()
                            && func.code.takes_exactly(n + 1)
                        {
                            self.specialization.hit(Form::CallMethodPy);
                            let func = func.clone();
                            enter!(func, n + 1, Resume::Value);
                        } else {
                            miss!(Form::CallMethodPy, Instr::CallMethod(n as u32));
                            self.call_method_generic(f, n)?;
                        }
                    }
                    Instr::CallMethodBuiltin(n) => {
                        let n = n as usize;
                        let len = f.stack_len();
                        match f.stack()[len - n - 2].downcast::<BuiltinFunction>() {
                            Some(b)
                                if b.binding.is_none()
                                    && !f.stack()[len - n - 1].is_null()
                                    && !first_is_user_class(&f.stack()[len - n - 1..]) =>
                            {
                                self.specialization.hit(Form::CallMethodBuiltin);
                                let b = b.clone();
                                self.run_pending(); // finalize.rs
                                let args = f.split_off_args(len - n - 1);
                                let r = (b.func)(self, Args::inline(args))?;
                                *f.last_mut().expect("callable") = r;
                            }
                            _ => {
                                miss!(Form::CallMethodBuiltin, Instr::CallMethod(n as u32));
                                self.call_method_generic(f, n)?;
                            }
                        }
                    }
                    Instr::CallMethodListAppend(n) => {
                        let c = code.adaptive.cache(f.ip - 1);
                        let len = f.stack_len();
                        // The method's identity: `list.append` (built-ins never change).
                        let list = match (
                            f.stack()[len - 3].downcast::<BuiltinFunction>(),
                            f.stack()[len - 2].downcast::<PyList>(),
                        ) {
                            (Some(b), Some(l))
                                if n == 1 && c.holds_builtin(Obj::as_ptr(b) as usize) =>
                            {
                                Some(l.clone())
                            }
                            _ => None,
                        };
                        match list {
                            Some(l) => {
                                self.specialization.hit(Form::CallMethodListAppend);
                                let item = pop!(f);
                                if try_push(&mut l.items.borrow_mut(), item).is_err() {
                                    return Err(self.memory_error());
                                }
                                f.pop();
                                *f.last_mut().expect("callable") = Value::None;
                            }
                            None => {
                                miss!(Form::CallMethodListAppend, Instr::CallMethod(n));
                                self.call_method_generic(f, n as usize)?;
                            }
                        }
                    }
                    Instr::ForIterRange(t) => {
                        let next = sequence_step(f, |k| matches!(k, IterKind::Range { .. }));
                        for_iter_specialized!(next, t, Form::ForIterRange);
                    }
                    Instr::ForIterList(t) => {
                        let next = sequence_step(f, |k| matches!(k, IterKind::List { .. }));
                        for_iter_specialized!(next, t, Form::ForIterList);
                    }
                    Instr::ForIterTuple(t) => {
                        let next = sequence_step(f, |k| matches!(k, IterKind::Tuple { .. }));
                        for_iter_specialized!(next, t, Form::ForIterTuple);
                    }
                    Instr::ForIterGen(t) => {
                        let next = match f.last().view() {
                            Some(View::Generator(g)) if g.waits_to_run() => {
                                let g = g.clone();
                                self.specialization.hit(Form::ForIterGen);
                                self.enter_generator(slot, &g, t)?;
                                continue 'frames;
                            }
                            Some(View::Generator(g)) => {
                                let g = g.clone();
                                Some(self.gen_next(&g)?)
                            }
                            _ => None,
                        };
                        for_iter_specialized!(next, t, Form::ForIterGen);
                    }
                    Instr::BinarySubscrList => {
                        let n = f.stack_len();
                        let v = match (
                            f.stack()[n - 2].downcast::<PyList>(),
                            f.stack()[n - 1].as_small_int(),
                        ) {
                            (Some(l), Some(i)) => item_at(&l.items.borrow(), i),
                            _ => None,
                        };
                        if v.is_some() {
                            f.pop();
                        }
                        replace_top_or_miss!(
                            v,
                            Form::BinarySubscrList,
                            Instr::BinarySubscr,
                            self.binary_subscr_generic(f)?
                        );
                    }
                    Instr::BinarySubscrTuple => {
                        let n = f.stack_len();
                        let v = match (
                            f.stack()[n - 2].downcast::<PyTuple>(),
                            f.stack()[n - 1].as_small_int(),
                        ) {
                            (Some(t), Some(i)) => item_at(t.items(), i),
                            _ => None,
                        };
                        if v.is_some() {
                            f.pop();
                        }
                        replace_top_or_miss!(
                            v,
                            Form::BinarySubscrTuple,
                            Instr::BinarySubscr,
                            self.binary_subscr_generic(f)?
                        );
                    }
                    Instr::BinarySubscrDict => {
                        let n = f.stack_len();
                        if let Some(d) = f.stack()[n - 2].downcast::<PyDict>() {
                            self.specialization.hit(Form::BinarySubscrDict);
                            let d = d.clone();
                            let key = pop!(f);
                            match self.dict_get(&d, &key)? {
                                Some(v) => f.stack_mut()[n - 2] = v,
                                None => return Err(self.key_error(key)),
                            }
                        } else {
                            miss!(Form::BinarySubscrDict, Instr::BinarySubscr);
                            self.binary_subscr_generic(f)?;
                        }
                    }
                    Instr::StoreSubscrList => {
                        let n = f.stack_len();
                        let target = match (
                            f.stack()[n - 2].downcast::<PyList>(),
                            f.stack()[n - 1].as_small_int(),
                        ) {
                            (Some(l), Some(i)) => {
                                let len = l.items.borrow().len() as i64;
                                let j = if i < 0 { i + len } else { i };
                                (0..len).contains(&j).then(|| (l.clone(), j as usize))
                            }
                            _ => None,
                        };
                        match target {
                            Some((l, j)) => {
                                self.specialization.hit(Form::StoreSubscrList);
                                std::mem::forget(f.pop()); // a small int
                                f.pop();
                                let v = pop!(f);
                                let old = std::mem::replace(&mut l.items.borrow_mut()[j], v);
                                drop(old);
                            }
                            None => {
                                miss!(Form::StoreSubscrList, Instr::StoreSubscr);
                                self.store_subscr_generic(f)?;
                            }
                        }
                    }
                    Instr::StoreSubscrDict => {
                        let n = f.stack_len();
                        if let Some(d) = f.stack()[n - 2].downcast::<PyDict>() {
                            self.specialization.hit(Form::StoreSubscrDict);
                            let d = d.clone();
                            let key = pop!(f);
                            f.pop();
                            let v = pop!(f);
                            self.dict_set(&d, key, v)?;
                        } else {
                            miss!(Form::StoreSubscrDict, Instr::StoreSubscr);
                            self.store_subscr_generic(f)?;
                        }
                    }
                    Instr::UnpackSequenceTuple(n) => {
                        if let Some(t) = f.last().and_then(Value::downcast::<PyTuple>)
                            && t.items().len() == n as usize
                        {
                            self.specialization.hit(Form::UnpackSequenceTuple);
                            let t = t.clone();
                            f.pop();
                            // Pushed one by one: `extend` over a reversed iterator is an
                            // out-of-line fold, slower for the two or three items unpacked here.
                            for v in t.items().iter().rev() {
                                f.push(v.clone());
                            }
                        } else {
                            miss!(Form::UnpackSequenceTuple, Instr::UnpackSequence(n));
                            self.unpack_sequence_generic(f, n as usize)?;
                        }
                    }
                    Instr::UnpackSequenceList(n) => {
                        if let Some(l) = f.last().and_then(Value::downcast::<PyList>)
                            && l.items.borrow().len() == n as usize
                        {
                            self.specialization.hit(Form::UnpackSequenceList);
                            let l = l.clone();
                            f.pop();
                            for v in l.items.borrow().iter().rev() {
                                f.push(v.clone());
                            }
                        } else {
                            miss!(Form::UnpackSequenceList, Instr::UnpackSequence(n));
                            self.unpack_sequence_generic(f, n as usize)?;
                        }
                    }
                    Instr::ContainsOpDict(inv) => {
                        if let Some(d) = f.last().and_then(Value::downcast::<PyDict>) {
                            self.specialization.hit(Form::ContainsOpDict);
                            let d = d.clone();
                            f.pop();
                            let item = pop!(f);
                            let h = self.hash(&item)?;
                            let found = d.find(self, &item, h)?.is_some();
                            f.push(Value::Bool(found != (inv == 1)));
                        } else {
                            miss!(Form::ContainsOpDict, Instr::ContainsOp(inv));
                            self.contains_op_generic(f, inv)?;
                        }
                    }
                    Instr::ContainsOpSet(inv) => {
                        let n = f.stack_len();
                        match (f.stack()[n - 1].view(), f.stack()[n - 2].view()) {
                            // A set operand is looked up as a frozenset: the generic path.
                            (View::Set(s) | View::FrozenSet(s), item)
                                if !matches!(item, View::Set(_)) =>
                            {
                                self.specialization.hit(Form::ContainsOpSet);
                                let s = s.clone();
                                f.pop();
                                let item = pop!(f);
                                let h = self.hash(&item)?;
                                let found = s.table.find(self, &item, h)?.is_some();
                                f.push(Value::Bool(found != (inv == 1)));
                            }
                            _ => {
                                miss!(Form::ContainsOpSet, Instr::ContainsOp(inv));
                                self.contains_op_generic(f, inv)?;
                            }
                        }
                    }
                    Instr::PrintExpr => {
                        let v = pop!(f);
                        if !v.is_none() {
                            // As sys.displayhook: to whatever sys.stdout is now.
                            let s = self.repr(&v)?;
                            self.write_to(&Value::None, &format!("{s}\n"))?;
                            self.builtins.set_str("_", v);
                        }
                    }
                }
            }
        }
    }

    fn unbound_cell_error(&mut self, f: &Frame, i: u32) -> PyErr {
        let code = &f.code.code;
        let i = i as usize;
        if i < code.cellvars.len() {
            let name = code.cellvars[i].clone();
            self.err(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            let name = cell_name(code, i);
            self.err(
                "NameError",
                format!("free variable '{name}' referenced before assignment in enclosing scope"),
            )
        }
    }

    /// `LoadGlobal` through the per-code cache of entry indices.
    #[inline]
    fn load_global_cached(
        &mut self,
        code: &super::code::CodeObject,
        globals: &Obj<PyDict>,
        i: usize,
    ) -> PyResult<Value> {
        let e = code.global_cache.get(i).map(std::cell::Cell::get);
        if let Some(e) = e
            && e.globals_keys == globals.keys_version()
        {
            let hit = if !e.in_builtins {
                globals.value_at(e.index)
            } else if e.builtins_keys == self.builtins.keys_version() {
                self.builtins.value_at(e.index)
            } else {
                None
            };
            if let Some(v) = hit {
                return Ok(v);
            }
        }
        let name = code.names[i].clone();
        let (entry, v) = if let Some(idx) = globals.find_str_index(&name) {
            let v = globals.value_at(idx).unwrap_or_default();
            let entry = super::code::GlobalCacheEntry {
                globals_keys: globals.keys_version(),
                builtins_keys: u64::MAX,
                index: idx,
                in_builtins: false,
            };
            (entry, v)
        } else if let Some(idx) = self.builtins.find_str_index(&name) {
            let v = self.builtins.value_at(idx).unwrap_or_default();
            let entry = super::code::GlobalCacheEntry {
                globals_keys: globals.keys_version(),
                builtins_keys: self.builtins.keys_version(),
                index: idx,
                in_builtins: true,
            };
            (entry, v)
        } else {
            return Err(self.err(
                "NameError",
                format!("name '{}' is not defined", name.as_str()),
            ));
        };
        if let Some(slot) = code.global_cache.get(i) {
            slot.set(entry);
        }
        Ok(v)
    }

    /// `StoreGlobal` (and module-level `StoreName`): replaces the value in place while the
    /// cached entry is valid.
    #[inline]
    fn store_global_cached(
        &mut self,
        code: &super::code::CodeObject,
        globals: &Obj<PyDict>,
        i: usize,
        v: Value,
    ) -> PyResult<()> {
        let e = code.global_cache.get(i).map(std::cell::Cell::get);
        let v = match e {
            Some(e) if !e.in_builtins && e.globals_keys == globals.keys_version() => {
                match globals.replace_value_at(e.index, v) {
                    Ok(old) => {
                        drop(old);
                        return Ok(());
                    }
                    Err(v) => v,
                }
            }
            _ => v,
        };
        let name = code.names[i].clone();
        globals.set(self, Value::Str(name.clone()), name.hash(), v)?;
        if let Some(idx) = globals.find_str_index(&name)
            && let Some(slot) = code.global_cache.get(i)
        {
            slot.set(super::code::GlobalCacheEntry {
                globals_keys: globals.keys_version(),
                builtins_keys: u64::MAX,
                index: idx,
                in_builtins: false,
            });
        }
        Ok(())
    }

    fn load_global(
        &mut self,
        globals: &Obj<crate::runtime::dict::PyDict>,
        name: &Obj<crate::runtime::str::PyStr>,
    ) -> PyResult<Value> {
        if let Some(v) = globals.get_str(name.as_str(), name.hash()) {
            return Ok(v);
        }
        if let Some(v) = self.builtins.get_str(name.as_str(), name.hash()) {
            return Ok(v);
        }
        Err(self.err(
            "NameError",
            format!("name '{}' is not defined", name.as_str()),
        ))
    }

    fn do_raise(&mut self, f: &mut Frame, n: u32) -> PyResult<PyErr> {
        match n {
            0 => {
                if self.handled_exc.is_none() {
                    return Err(self.runtime_error("No active exception to reraise"));
                }
                f.reraising = true;
                Ok(PyErr {
                    exc: self.handled_exc.clone(),
                })
            }
            _ => {
                let cause = if n == 2 { Some(pop!(f)) } else { None };
                let exc = pop!(f);
                let exc = self.make_raisable(exc)?;
                if let Some(cause) = cause {
                    let cause = match cause.view() {
                        View::None => Value::None,
                        _ => self.make_raisable(cause).map_err(|_| {
                            self.type_error("exception causes must derive from BaseException")
                        })?,
                    };
                    if let View::Instance(i) = exc.view()
                        && let Some(e) = &i.exc
                    {
                        let mut e = e.borrow_mut();
                        e.cause = cause;
                        e.suppress_context = true;
                    }
                }
                Ok(PyErr { exc })
            }
        }
    }

    pub fn make_function(
        &mut self,
        code: Obj<super::code::CodeObject>,
        globals: Obj<crate::runtime::dict::PyDict>,
        defaults: Vec<Value>,
        kwdefaults: Option<Obj<crate::runtime::dict::PyDict>>,
        closure: Vec<Obj<PyCell>>,
    ) -> Value {
        let dict = Obj::new(crate::runtime::dict::PyDict::new());
        let module = globals
            .get_str("__name__", crate::runtime::str::str_hash("__name__"))
            .unwrap_or(Value::None);
        dict.set_str("__module__", module);
        let doc = match &code.code.doc {
            Some(d) => Value::str(d),
            None => Value::None,
        };
        dict.set_str("__doc__", doc);
        let func = Obj::new(Function {
            name: std::cell::RefCell::new(code.code.name.clone()),
            qualname: std::cell::RefCell::new(code.code.qualname.clone()),
            code,
            globals,
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            annotations: std::cell::RefCell::new(None),
            closure,
            dict,
        });
        Value::Function(func)
    }

    /// Called on every backward jump: a safe point for the cycle collector, for
    /// delivering signals (Ctrl-C's KeyboardInterrupt, Python handlers) and, once a
    /// thread was started, for switching threads.
    #[inline]
    #[cold]
    pub fn on_backward_jump(&mut self) -> PyResult<()> {
        if crate::runtime::gc::should_collect() {
            crate::runtime::gc::collect_automatic();
        }
        self.run_pending(); // finalizers and weakref callbacks (finalize.rs)
        if self.threads.active {
            return super::threads::periodic(self);
        }
        crate::signals::deliver(self)
    }
}

/// The generic behaviour of each specializable instruction family: run by the generic
/// instruction, and by a specialized form whose guard failed.
impl Vm {
    #[inline]
    fn binary_op_generic(&mut self, f: &mut Frame, op: bytecode::BinOp) -> PyResult<()> {
        let b = pop!(f);
        let a = pop!(f);
        let fast = match (a.view(), b.view()) {
            (View::Int(x), View::Int(y)) => fast_int_op(x, y, op).map(Value::Int),
            (View::Float(x), View::Float(y)) => fast_float_op(x, y, op).map(Value::Float),
            (View::Float(x), View::Int(y)) => fast_float_op(x, y as f64, op).map(Value::Float),
            (View::Int(x), View::Float(y)) => fast_float_op(x as f64, y, op).map(Value::Float),
            _ => None,
        };
        let r = match fast {
            Some(r) => r,
            None => self.binary_op(&a, &b, op)?,
        };
        f.push(r);
        Ok(())
    }

    #[inline]
    fn compare_op_generic(&mut self, f: &mut Frame, op: bytecode::CmpOp) -> PyResult<()> {
        let b = pop!(f);
        let a = pop!(f);
        let r = match (a.view(), b.view()) {
            (View::Float(x), View::Float(y)) => {
                Value::Bool(super::ops::cmp_partial(x.partial_cmp(&y), op))
            }
            (View::Int(x), View::Int(y)) => {
                Value::Bool(super::ops::cmp_partial(Some(x.cmp(&y)), op))
            }
            _ => self.compare(&a, &b, op)?,
        };
        f.push(r);
        Ok(())
    }

    fn load_attr_generic(
        &mut self,
        f: &mut Frame,
        code: &super::code::CodeObject,
        i: u32,
    ) -> PyResult<()> {
        let obj = pop!(f);
        let v = self.get_attr(&obj, &code.names[i as usize])?;
        f.push(v);
        Ok(())
    }

    fn store_attr_generic(
        &mut self,
        f: &mut Frame,
        code: &super::code::CodeObject,
        i: u32,
    ) -> PyResult<()> {
        let obj = pop!(f);
        let v = pop!(f);
        self.set_attr(&obj, &code.names[i as usize], v)
    }

    fn load_method_generic(
        &mut self,
        f: &mut Frame,
        code: &super::code::CodeObject,
        i: u32,
    ) -> PyResult<()> {
        let obj = pop!(f);
        match self.lookup_method(&obj, &code.names[i as usize])? {
            Some(m) => {
                f.push(m);
                f.push(obj);
            }
            None => {
                let v = self.get_attr(&obj, &code.names[i as usize])?;
                f.push(Value::Null);
                f.push(v);
            }
        }
        Ok(())
    }

    fn binary_subscr_generic(&mut self, f: &mut Frame) -> PyResult<()> {
        let key = pop!(f);
        let container = pop!(f);
        let v = self.get_item(&container, &key)?;
        f.push(v);
        Ok(())
    }

    fn store_subscr_generic(&mut self, f: &mut Frame) -> PyResult<()> {
        let key = pop!(f);
        let container = pop!(f);
        let v = pop!(f);
        self.set_item(&container, key, v)
    }

    fn contains_op_generic(&mut self, f: &mut Frame, inv: u32) -> PyResult<()> {
        let container = pop!(f);
        let item = pop!(f);
        let r = self.contains(&container, &item)?;
        f.push(Value::Bool(r != (inv == 1)));
        Ok(())
    }

    #[inline]
    fn for_iter_generic(&mut self, f: &mut Frame, target: u32) -> PyResult<()> {
        let it = top!(f);
        match self.next(&it)? {
            Some(v) => f.push(v),
            None => {
                f.pop();
                f.ip = target as usize;
            }
        }
        Ok(())
    }

    fn unpack_sequence_generic(&mut self, f: &mut Frame, n: usize) -> PyResult<()> {
        let seq = pop!(f);
        match seq.view() {
            // The common `a, b = b, a` / `for k, v in ...` cases: no temporary.
            View::Tuple(t) if t.items().len() == n => {
                f.extend(t.items().iter().rev().cloned());
            }
            View::List(l) if l.items.borrow().len() == n => {
                let items = l.items.borrow();
                f.extend(items.iter().rev().cloned());
            }
            _ => {
                let items = self.unpack(&seq, n)?;
                f.extend(items.into_iter().rev());
            }
        }
        Ok(())
    }

    #[inline]
    fn call_generic(&mut self, f: &mut Frame, n: usize) -> PyResult<()> {
        if let Some(View::Function(func)) = (f.stack().get(f.stack_len() - n - 1)).view()
            && func.code.takes_exactly(n)
        {
            let func = func.clone();
            let r = self.call_simple(&func, f, n)?;
            f.pop();
            f.push(r);
            return Ok(());
        }
        let args = f.split_off(f.stack_len() - n);
        let callable = pop!(f);
        let r = if matches!(callable.view(), View::Builtin(b) if b.binding.is_some()) {
            self.call_from_frame(f, &callable, Args::new(args))?
        } else {
            self.call(&callable, args)?
        };
        f.push(r);
        Ok(())
    }

    #[inline]
    fn call_method_generic(&mut self, f: &mut Frame, n: usize) -> PyResult<()> {
        let len = f.stack_len();
        if let Some(View::Function(func)) = f.stack().get(len - n - 2).view()
            && !f.stack()[len - n - 1].is_null()
            && func.code.takes_exactly(n + 1)
        {
            // [method, self, args...]: self becomes the first argument.
            let func = func.clone();
            let r = self.call_simple(&func, f, n + 1)?;
            f.pop();
            f.push(r);
            return Ok(());
        }
        let r = if f.stack()[len - n - 2].is_null() {
            let args = f.split_off(len - n);
            let callable = pop!(f);
            f.pop();
            self.call(&callable, args)?
        } else {
            // [method, self, args...]: self is the first argument.
            let args = f.split_off(len - n - 1);
            let method = pop!(f);
            self.call(&method, args)?
        };
        f.push(r);
        Ok(())
    }
}

/// `items[i]` with Python's negative indices; `None` when out of range.
#[inline(always)]
fn item_at(items: &[Value], i: i64) -> Option<Value> {
    let j = if i < 0 { i + items.len() as i64 } else { i };
    usize::try_from(j).ok().and_then(|j| items.get(j).cloned())
}

/// The `ForIter*` forms' step: the iterator on top of the stack advanced when it is of the
/// kind `fits` accepts (`Some(None)`: exhausted), `None` when the guard fails.
#[inline(always)]
fn sequence_step(f: &Frame, fits: impl Fn(&IterKind) -> bool) -> Option<Option<Value>> {
    let it = f.last()?.downcast::<NativeIter>()?;
    let mut kind = it.kind.borrow_mut();
    if fits(&kind) {
        kind.next_in_sequence()
    } else {
        None
    }
}

/// The class guard of the single-class instance forms: the receiver's class is the cached
/// one, unchanged since.
#[inline(always)]
fn class_matches(inst: &Instance, c: &InlineCache) -> bool {
    c.holds_class(&inst.class.borrow())
}

/// The version tag of a class's metaclass (0 for `type`), part of the guard of attribute
/// loads from class objects.
#[inline]
fn meta_tag(cls: &crate::runtime::class::Class) -> u64 {
    cls.meta.borrow().as_ref().map_or(0, |m| m.version.tag())
}

/// `StoreAttrInstance` on a shared-keys instance: `index` is the attribute's position in
/// the shape, or the shape's length when the store adds the attribute (the instance moves
/// to the grown shape). Returns the old value, to be dropped once the instance is no longer
/// borrowed, or gives `v` back when the shape may not grow.
#[inline(always)]
fn store_shared_attr(
    shape: &mut std::rc::Rc<Shape>,
    values: &mut crate::runtime::class::AttrValues,
    index: u32,
    name: &PyStr,
    v: Value,
) -> Result<Value, Value> {
    let index = index as usize;
    if index < values.len() {
        return Ok(std::mem::replace(&mut values[index], v));
    }
    match shape.with(name) {
        Some(grown) => {
            *shape = grown;
            values.push(v);
            Ok(Value::Null)
        }
        None => Err(v),
    }
}

/// `tuple.__new__(SubClass, ...)`-style calls wrap the result: the generic call path.
fn first_is_user_class(args: &[Value]) -> bool {
    matches!(args.first().view(), Some(View::Class(c)) if !c.builtin)
}

fn cell_name(code: &crate::bytecode::Code, i: usize) -> String {
    if i < code.cellvars.len() {
        code.cellvars[i].clone()
    } else {
        code.freevars
            .get(i - code.cellvars.len())
            .cloned()
            .unwrap_or_default()
    }
}

/// Small-int arithmetic that cannot raise or overflow (`None` takes the general path).
#[inline]
fn fast_int_op(x: i64, y: i64, op: bytecode::BinOp) -> Option<i64> {
    use bytecode::BinOp::*;
    match op {
        Add | InplaceAdd => x.checked_add(y),
        Sub | InplaceSub => x.checked_sub(y),
        Mul | InplaceMul => x.checked_mul(y),
        And | InplaceAnd => Some(x & y),
        Or | InplaceOr => Some(x | y),
        Xor | InplaceXor => Some(x ^ y),
        FloorDiv | InplaceFloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
            Some(num_integer::Integer::div_floor(&x, &y))
        }
        Mod | InplaceMod if y != 0 && !(x == i64::MIN && y == -1) => {
            Some(num_integer::Integer::mod_floor(&x, &y))
        }
        RShift | InplaceRShift if (0..64).contains(&y) => Some(x >> y),
        _ => None,
    }
}

/// Float arithmetic that cannot raise (`None` sends the operation to the general path,
/// which produces CPython's errors, e.g. for division by zero).
#[inline]
fn fast_float_op(x: f64, y: f64, op: bytecode::BinOp) -> Option<f64> {
    use bytecode::BinOp::*;
    // Int operands must convert exactly for the result to match CPython's.
    match op {
        Add | InplaceAdd => Some(x + y),
        Sub | InplaceSub => Some(x - y),
        Mul | InplaceMul => Some(x * y),
        TrueDiv | InplaceTrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}
