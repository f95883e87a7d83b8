//! An activation record: locals, cells, the value stack and the block stack of one call.

use super::code::CodeObject;
use super::localsplus::LocalsPlus;
use crate::runtime::dict::PyDict;
use crate::runtime::function::PyCell;
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::vm::generator::Generator;

#[derive(Clone)]
pub enum Block {
    /// A `try` body: on an exception, unwind the value stack to `level` and jump to `handler`.
    Except { handler: u32, level: u32 },
    /// An `except`/`finally` handler is running; `prev` is the exception handled before it.
    Handler { prev: Value },
}

pub struct Frame {
    pub code: Obj<CodeObject>,
    pub globals: Obj<PyDict>,
    /// Module and class bodies keep their names here (for modules, the globals dict).
    pub namespace: Option<Obj<PyDict>>,
    /// The locals, then the value stack, in one buffer.
    slots: LocalsPlus,
    pub cells: Vec<Obj<PyCell>>,
    pub blocks: Vec<Block>,
    pub ip: usize,
    /// Index of the instruction being executed (for line numbers in tracebacks).
    pub lasti: usize,
    /// Set by `Raise(0)`/`Reraise`: the exception already carries this frame's entry.
    pub reraising: bool,
    /// The frame that called this one from the same interpreter loop (`FrameSlot`), resumed
    /// when this one returns or lets an exception escape.
    pub caller: Option<Box<Frame>>,
    /// What this frame hands its chained caller when it returns or yields.
    pub resume: Resume,
}

/// How a frame entered by the interpreter loop (`Frame::caller`) gives its caller control
/// back.
#[derive(Default)]
pub enum Resume {
    /// A call: the result replaces the callable below the arguments.
    #[default]
    Value,
    /// An `__init__` entered by a class call: the new instance waits on the caller's stack
    /// and stays there as the call's result, and the method must return None.
    Init,
    /// A generator resumed by `ForIterGen`: a yield suspends the frame back into the
    /// generator and pushes the value for the loop; a return ends the loop, jumping to the
    /// target.
    ForIter(Obj<Generator>, u32),
}

/// Where the interpreter loop finds the frame it runs. A boxed frame can be swapped for a
/// callee's, with the caller chained behind it (`Frame::caller`), so Python-to-Python calls
/// run in the same Rust loop instead of recursing; a bare frame (tier 2 stepping one
/// instruction) cannot, and the calls it makes recurse.
pub trait FrameSlot {
    fn frame(&mut self) -> &mut Frame;
    fn boxed(&mut self) -> Option<&mut Box<Frame>>;
}

impl FrameSlot for Box<Frame> {
    #[inline(always)]
    fn frame(&mut self) -> &mut Frame {
        self
    }

    #[inline(always)]
    fn boxed(&mut self) -> Option<&mut Box<Frame>> {
        Some(self)
    }
}

impl FrameSlot for Frame {
    #[inline(always)]
    fn frame(&mut self) -> &mut Frame {
        self
    }

    #[inline(always)]
    fn boxed(&mut self) -> Option<&mut Box<Frame>> {
        None
    }
}

/// Finished frames kept for reuse, so that a call neither allocates nor moves a frame.
#[derive(Default)]
pub struct FramePool {
    // Boxed on purpose: frames are handed out and taken back as whole boxes, so a call
    // never moves a frame.
    #[allow(clippy::vec_box)]
    spare: Vec<Box<Frame>>,
}

impl FramePool {
    pub fn frame(&mut self, code: Obj<CodeObject>, globals: Obj<PyDict>) -> Box<Frame> {
        let Some(mut f) = self.spare.pop() else {
            return Box::new(Frame::new(code, globals, None));
        };
        f.slots
            .reset(code.code.varnames.len(), code.code.max_stack as usize + 1);
        f.ip = 0;
        f.lasti = 0;
        f.reraising = false;
        f.code = code;
        f.globals = globals;
        f
    }

    /// A frame whose locals start with the `nargs` values on top of `caller`'s stack
    /// (moved in), the rest unbound.
    #[inline(always)]
    pub fn frame_with_args(
        &mut self,
        code: &Obj<CodeObject>,
        globals: &Obj<PyDict>,
        caller: &mut Frame,
        nargs: usize,
    ) -> Box<Frame> {
        let nlocals = code.code.varnames.len();
        let stack = code.code.max_stack as usize + 1;
        let mut f = match self.spare.pop() {
            Some(mut f) => {
                // A recursive call gets back a frame of the same function: keep its
                // references instead of swapping them for equal ones.
                if !Obj::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                }
                if !Obj::ptr_eq(&f.globals, globals) {
                    f.globals = globals.clone();
                }
                f
            }
            None => {
                let mut f = Box::new(Frame::new(code.clone(), globals.clone(), None));
                f.slots.clear();
                f
            }
        };
        f.slots
            .reset_with_args(nlocals, stack, &mut caller.slots, nargs);
        f.ip = 0;
        f.lasti = 0;
        f.reraising = false;
        f
    }

    /// A frame whose locals start with `args`, the rest unbound.
    pub fn frame_with_values(
        &mut self,
        code: &Obj<CodeObject>,
        globals: &Obj<PyDict>,
        args: Vec<Value>,
    ) -> Box<Frame> {
        let mut f = self.frame(code.clone(), globals.clone());
        f.slots.clear();
        f.slots.reset_with_values(
            code.code.varnames.len(),
            code.code.max_stack as usize + 1,
            args,
        );
        f
    }

    /// Takes back a finished frame, dropping the values it still holds. Frames in the pool
    /// have no caller and `Resume::Value`, so reuse need not reset them.
    #[inline(always)]
    pub fn recycle(&mut self, mut frame: Box<Frame>) {
        debug_assert!(frame.caller.is_none(), "a recycled frame keeps its caller");
        frame.slots.clear();
        if !frame.blocks.is_empty() {
            frame.blocks.clear();
        }
        if !frame.cells.is_empty() {
            frame.cells.clear();
        }
        if frame.namespace.is_some() {
            frame.namespace = None;
        }
        if !matches!(frame.resume, Resume::Value) {
            frame.resume = Resume::Value;
        }
        if self.spare.len() < 64 && frame.slots.capacity() <= 512 {
            self.spare.push(frame);
        }
    }
}

impl Frame {
    pub fn new(
        code: Obj<CodeObject>,
        globals: Obj<PyDict>,
        namespace: Option<Obj<PyDict>>,
    ) -> Frame {
        let nlocals = code.code.varnames.len();
        let max_stack = code.code.max_stack as usize;
        Frame {
            slots: LocalsPlus::new(nlocals, max_stack + 1),
            cells: Vec::new(),
            blocks: Vec::new(),
            ip: 0,
            lasti: 0,
            reraising: false,
            caller: None,
            resume: Resume::Value,
            code,
            globals,
            namespace,
        }
    }

    #[inline(always)]
    pub fn locals(&self) -> &[Value] {
        self.slots.locals()
    }

    #[inline(always)]
    pub fn locals_mut(&mut self) -> &mut [Value] {
        self.slots.locals_mut()
    }

    /// The value stack, bottom first.
    #[inline(always)]
    pub fn stack(&self) -> &[Value] {
        self.slots.stack()
    }

    #[inline(always)]
    pub fn stack_mut(&mut self) -> &mut [Value] {
        self.slots.stack_mut()
    }

    #[inline(always)]
    pub fn stack_len(&self) -> usize {
        self.slots.stack_len()
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.slots.push(v)
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Option<Value> {
        self.slots.pop()
    }

    #[inline(always)]
    pub fn last(&self) -> Option<&Value> {
        self.slots.last()
    }

    #[inline(always)]
    pub fn last_mut(&mut self) -> Option<&mut Value> {
        self.slots.last_mut()
    }

    /// Drops the stack values above depth `depth`.
    pub fn truncate(&mut self, depth: usize) {
        self.slots.truncate(depth)
    }

    /// The stack values from depth `at` up, moved out (a call's arguments).
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        self.slots.split_off(at)
    }

    #[inline(always)]
    pub fn split_off_args(&mut self, at: usize) -> crate::runtime::function::ArgValues {
        self.slots.split_off_args(at)
    }

    pub fn insert(&mut self, at: usize, v: Value) {
        self.slots.insert(at, v)
    }

    pub fn extend(&mut self, values: impl IntoIterator<Item = Value>) {
        self.slots.extend(values)
    }

    /// The buffer tier 2's C code works on (see `LocalsPlus`).
    pub fn slots(&mut self) -> &mut LocalsPlus {
        &mut self.slots
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.lasti)
    }

    /// Every object the frame holds, for the cycle collector.
    pub fn traverse(&self, visit: &mut crate::runtime::object::Visitor) {
        self.locals().iter().for_each(|v| visit.value(v));
        self.stack().iter().for_each(|v| visit.value(v));
        self.cells.iter().for_each(|c| visit.obj(c));
        if let Some(ns) = &self.namespace {
            visit.obj(ns);
        }
        visit.obj(&self.globals);
        for b in &self.blocks {
            if let Block::Handler { prev } = b {
                visit.value(prev);
            }
        }
    }
}
