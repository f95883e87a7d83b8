//! Running what the object model queued when objects died (runtime::weakref): `__del__`
//! methods and the callbacks of weak references, at the interpreter's safe points.
//!
//! The safe points: the statements that release references (`del` of a name, attribute
//! or item, a module-level assignment, an expression statement's discarded value), the
//! entries of calls of built-in functions and of calls made through `Vm::call` or
//! `call_args`, and the periodic check; so in an ordinary program `del x; print(...)` runs
//! `x.__del__` before the print, as CPython's immediate finalization does. Calls between
//! Python functions are not safe points (they are the interpreter's hottest path): what
//! dies in one is finalized at the next of the points above. Last, the end of the program,
//! where `__main__`'s globals are released as CPython's shutdown does.

use super::Vm;
use crate::runtime::value::{Value, View};
use crate::runtime::weakref::{self, Pending};
use std::cell::Cell;

thread_local! {
    /// Set while the program's globals are released at exit: the weak references among
    /// them are garbage too, and CPython calls no callback of a garbage weak reference.
    static SHUTTING_DOWN: Cell<bool> = const { Cell::new(false) };
}

impl Vm {
    /// Runs queued finalizers and callbacks, if any (a thread-local flag test).
    #[inline(always)]
    pub fn run_pending(&mut self) {
        if weakref::has_pending() {
            self.run_pending_now();
        }
    }

    /// Runs the queued work, oldest first. A finalizer that releases more objects queues
    /// their work behind it, and calls inside it run that work at their own entry, so
    /// nested releases finalize in CPython's order.
    #[cold]
    #[inline(never)]
    pub fn run_pending_now(&mut self) {
        loop {
            // Work queued together runs in its order: the calls inside one item run only
            // what that item itself queues.
            let batch: Vec<Pending> = std::iter::from_fn(weakref::take_pending).collect();
            if batch.is_empty() {
                return;
            }
            for work in batch {
                self.run_one(work);
            }
        }
    }

    fn run_one(&mut self, work: Pending) {
        {
            match work {
                Pending::Finalize(obj) => {
                    let cls = self.type_of(&obj);
                    if let Some(del) = cls.lookup("__del__")
                        && let Err(e) = self.call_unhooked(&del, vec![obj.clone()])
                    {
                        self.report_ignored(&del, &e.exc);
                    }
                    // The queue's reference: the last one unless `__del__` resurrected it.
                    drop(obj);
                }
                Pending::Callback(r) => {
                    if SHUTTING_DOWN.with(Cell::get) {
                        return;
                    }
                    let Ok(cb) = self.get_attr_str(&r, "_weakref_cb") else {
                        return;
                    };
                    if cb.is_none() || cb.is_null() {
                        return;
                    }
                    let _ = self.set_attr_str(&r, "_weakref_cb", Value::None);
                    if let Err(e) = self.call_unhooked(&cb, vec![r.clone()]) {
                        self.report_ignored(&cb, &e.exc);
                    }
                }
            }
        }
    }

    /// Calls `f` without first running other queued work (which would run it out of
    /// order, before the work being done).
    fn call_unhooked(&mut self, f: &Value, mut args: Vec<Value>) -> super::PyResult<Value> {
        match f.view() {
            View::Function(func) => {
                let func = func.clone();
                self.call_function(&func, crate::runtime::function::Args::new(args))
            }
            View::Method(m) => {
                args.insert(0, m.receiver.clone());
                let func = m.func.clone();
                self.call_unhooked(&func, args)
            }
            _ => self.call(f, args),
        }
    }

    /// CPython's report of an exception that a finalizer or callback let escape.
    fn report_ignored(&mut self, what: &Value, exc: &Value) {
        let what = self.repr(what).unwrap_or_else(|_| "<object>".to_string());
        let text = self.format_exception(exc);
        self.write_stderr(&format!("Exception ignored in: {what}\n{text}"));
    }

    /// Runs the pending work and, when finalizers left cycles dead, collects again; what a
    /// `gc.collect()` does after its collection. Returns how many objects the second
    /// collection found.
    pub fn finish_collection(&mut self, generation: usize) -> usize {
        if !weakref::has_pending() {
            return 0;
        }
        self.run_pending_now();
        let n = crate::runtime::gc::collect_generation(generation);
        self.run_pending();
        n
    }

    /// At the end of the program (after `atexit`), as CPython's shutdown does for the
    /// common cases, where `__main__`'s globals are garbage of one collection: runs the
    /// finalizers of what the globals reach (nearest first, not inside other modules)
    /// while everything is intact, then releases the globals in the order they were bound,
    /// then collects the cycles left. Weak reference callbacks do not run (the references
    /// are garbage too).
    pub fn finalize_at_exit(&mut self) {
        self.run_pending();
        SHUTTING_DOWN.with(|s| s.set(true));
        let main = self
            .modules
            .get_str("__main__", crate::runtime::str::str_hash("__main__"));
        if let Some(View::Module(m)) = main.as_ref().map(Value::view) {
            let dict = m.dict.clone();
            weakref::finalize_reachable(&Value::Dict(dict.clone()));
            self.run_pending();
            for (k, _) in dict.items() {
                if let View::Str(name) = k.view()
                    && name.as_str() != "__builtins__"
                {
                    let old = dict.get_str(name.as_str(), name.hash());
                    if old.is_some() {
                        dict.set_str(name.as_str(), Value::None);
                    }
                    drop(old);
                    self.run_pending();
                }
            }
        }
        crate::runtime::gc::collect();
        self.finish_collection(2);
        self.run_pending();
    }
}
