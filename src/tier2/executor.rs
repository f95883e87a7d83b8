//! Executors: a compiled trace (uops, their interpreter form and, with the JIT, machine
//! code), its side-exit counters, and the list of all live executors.
//!
//! Executors are reference counted (`Rc`): the loop table of a code object holds one, and
//! a running trace holds another while it runs. When the last reference goes the executor
//! is dropped at once, its machine code returned to the code arena. Every live executor is
//! also on the `ExecutorList` (as a weak entry), so all can be invalidated — when something
//! their traces assumed changes — or collected when cold.

use super::abi::TsUopInst;
use super::trace::Uop;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

pub struct Executor {
    /// Values the trace uses as constants (promoted globals); LOAD_CONST operands point
    /// into this never-resized box.
    pub constants: Box<[crate::runtime::value::Value]>,
    /// The loop head this trace (or, for a side trace, the trace it extends) belongs to.
    pub head: u32,
    pub uops: Vec<Uop>,
    /// The uops as the tier-2 interpreter reads them.
    pub insts: Vec<TsUopInst>,
    /// The trace as machine code, when the JIT compiled it; dropped (and its code memory
    /// returned) when the executor is invalidated or freed.
    pub machine_code: RefCell<Option<crate::jit::compiler::CompiledTrace>>,
    /// Per uop: how often the trace left there.
    pub exit_counts: Vec<Cell<u32>>,
    /// Per uop: the side trace that continues from its exit, once that exit got hot.
    pub side_traces: Vec<RefCell<SideTrace>>,
    pub valid: Cell<bool>,
    /// Runs since the last cold sweep.
    pub recent_runs: Cell<u32>,
    /// Position in the executor list.
    slot: Cell<usize>,
}

impl Executor {
    pub fn new(
        head: u32,
        uops: Vec<Uop>,
        constants: Box<[crate::runtime::value::Value]>,
    ) -> Executor {
        let insts = uops
            .iter()
            .map(|u| TsUopInst {
                opcode: u.id as u16,
                pad: 0,
                oparg: u.oparg,
                operand: u.operand,
            })
            .collect();
        let exit_counts = uops.iter().map(|_| Cell::new(0)).collect();
        let side_traces = uops.iter().map(|_| RefCell::new(SideTrace::None)).collect();
        Executor {
            machine_code: RefCell::new(None),
            constants,
            head,
            side_traces,
            uops,
            insts,
            exit_counts,
            valid: Cell::new(true),
            recent_runs: Cell::new(0),
            slot: Cell::new(usize::MAX),
        }
    }

    /// Marks the executor unusable; the loop tables drop their references when they next
    /// look.
    pub fn invalidate(&self) {
        self.valid.set(false);
        // While the trace runs (a helper inside it changed what it assumed), its code is
        // borrowed and must not be freed: `run_executor` frees it once the trace has left.
        if let Ok(mut code) = self.machine_code.try_borrow_mut() {
            code.take();
        }
        INVALIDATIONS.with(|n| n.set(n.get() + 1));
    }
}

/// What continues a trace past one of its exits.
pub enum SideTrace {
    /// Nothing yet: tier 1 resumes there.
    None,
    /// Recording from there did not give a trace (the path leaves the loop at once):
    /// do not try again.
    Failed,
    Linked(Rc<Executor>),
}

impl Drop for Executor {
    fn drop(&mut self) {
        FREED.with(|n| n.set(n.get() + 1));
        EXECUTORS.with(|l| {
            if let Ok(mut l) = l.try_borrow_mut() {
                l.remove(self.slot.get());
            }
        });
    }
}

/// Every live executor: slots of weak references with a free list, so that adding and
/// removing are O(1) like unlinking from a doubly linked list, and a sweep visits all.
#[derive(Default)]
pub struct ExecutorList {
    slots: Vec<Option<Weak<Executor>>>,
    free: Vec<usize>,
}

impl ExecutorList {
    fn add(&mut self, e: &Rc<Executor>) {
        let i = match self.free.pop() {
            Some(i) => {
                self.slots[i] = Some(Rc::downgrade(e));
                i
            }
            None => {
                self.slots.push(Some(Rc::downgrade(e)));
                self.slots.len() - 1
            }
        };
        e.slot.set(i);
    }

    fn remove(&mut self, i: usize) {
        if let Some(s) = self.slots.get_mut(i)
            && s.take().is_some()
        {
            self.free.push(i);
        }
    }

    fn live(&self) -> Vec<Rc<Executor>> {
        self.slots
            .iter()
            .filter_map(|s| s.as_ref()?.upgrade())
            .collect()
    }
}

thread_local! {
    static EXECUTORS: RefCell<ExecutorList> = RefCell::new(ExecutorList::default());
    /// Dict address → executors that assume the dict unchanged.
    static DICT_WATCHERS: RefCell<HashMap<usize, Vec<Weak<Executor>>>> =
        RefCell::new(HashMap::new());
    static INVALIDATIONS: Cell<u64> = const { Cell::new(0) };
    static FREED: Cell<u64> = const { Cell::new(0) };
}

/// Executors dropped so far.
pub fn freed() -> u64 {
    FREED.with(|n| n.get())
}

/// Executors invalidated so far (by dict changes and cold sweeps).
pub fn invalidations() -> u64 {
    INVALIDATIONS.with(|n| n.get())
}

/// Makes `e` depend on `dict` staying unchanged.
pub fn depend_on_dict(e: &Rc<Executor>, dict: &crate::runtime::dict::PyDict) {
    crate::runtime::dict::set_change_watcher(dict_changed);
    dict.watch_next_change();
    let key = dict as *const _ as usize;
    DICT_WATCHERS.with(|w| {
        w.borrow_mut()
            .entry(key)
            .or_default()
            .push(Rc::downgrade(e))
    });
}

/// A watched dict changed: every executor that assumed it unchanged is invalidated.
pub fn dict_changed(dict: usize) {
    let watchers = DICT_WATCHERS.with(|w| w.borrow_mut().remove(&dict));
    for e in watchers.into_iter().flatten().filter_map(|w| w.upgrade()) {
        if e.valid.get() {
            e.invalidate();
        }
    }
}

pub fn register(e: &Rc<Executor>) {
    EXECUTORS.with(|l| l.borrow_mut().add(e));
}

pub fn live_executors() -> Vec<Rc<Executor>> {
    EXECUTORS.with(|l| l.borrow().live())
}

/// Invalidates every live executor; returns how many there were.
pub fn invalidate_all() -> usize {
    let all = live_executors();
    for e in &all {
        e.invalidate();
    }
    all.len()
}

/// Invalidates the executors that did not run since the last sweep; returns how many.
pub fn collect_cold() -> usize {
    let mut n = 0;
    for e in live_executors() {
        if e.valid.get() && e.recent_runs.replace(0) == 0 {
            e.invalidate();
            n += 1;
        }
    }
    n
}
