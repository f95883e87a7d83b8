//! Green threads: what `threading` and `_thread` run on.
//!
//! The VM is single-threaded by design (values are counted without atomics), so Python
//! threads are coroutines on the interpreter's one OS thread, each with its own native
//! stack (corosensei), switched only at the VM's safe points: the periodic check on
//! backward jumps (once a thread has run for `SWITCH_INTERVAL` and another one can run)
//! and every blocking call (`block`: a lock wait, a sleep). That is CPython's GIL
//! discipline with the switching made explicit.
//!
//! The main thread runs on the interpreter thread's own stack and is the *root*: every
//! switch goes through it. A coroutine that must give way suspends back into the root's
//! loop (`root_loop`), which picks the next runnable thread round-robin, resumes it, and
//! returns when the main thread may run again. When no thread can run, the root sleeps
//! until the earliest timeout; when no thread can run and none has a timeout (a
//! deadlock, where CPython would hang), the main thread's wait fails with RuntimeError.
//!
//! The per-thread part of the `Vm` (the handled exception, Python's call depth, the
//! Rust stack bounds, zero-argument `super()`'s stack, repr's recursion guard) is swapped
//! at each switch (`Saved`). Everything else is shared, as between CPython's threads.
//!
//! Nothing here costs anything until the first thread is started: the periodic path
//! tests `Threads::active` once.

use crate::runtime::value::Value;
use crate::vm::{PyResult, Vm};
use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

/// How long a thread runs before the periodic check lets another one in, unless
/// `sys.setswitchinterval` says otherwise (CPython's default).
pub const SWITCH_INTERVAL: Duration = Duration::from_millis(5);

/// Periodic checks (each every 32 backward jumps) between two looks at the clock.
const TICKS_PER_CLOCK_READ: u32 = 64;

/// The native stack reserved for each thread: address space only, committed as used.
#[cfg(target_pointer_width = "64")]
pub const THREAD_STACK_SIZE: usize = 256 << 20;
#[cfg(not(target_pointer_width = "64"))]
pub const THREAD_STACK_SIZE: usize = 16 << 20;

/// Of a thread's stack, what the stack-depth guard keeps in reserve.
#[cfg_attr(all(windows, target_arch = "aarch64"), allow(dead_code))]
const STACK_MARGIN: usize = 16 << 20;

/// The ident of the main thread.
pub const MAIN_IDENT: u64 = 1;

/// What the deadlock error says.
pub const DEADLOCK_MESSAGE: &str =
    "deadlock: every thread is blocked waiting for another and none has a timeout";

/// The per-thread part of the `Vm`, held here while its thread is not running.
#[derive(Default)]
pub struct Saved {
    handled_exc: Value,
    depth: usize,
    stack_base: usize,
    stack_budget: usize,
    super_stack: Vec<(
        Value,
        crate::runtime::object::Obj<crate::runtime::function::PyCell>,
    )>,
    repr_active: Vec<usize>,
}

impl Saved {
    fn fresh() -> Saved {
        Saved {
            handled_exc: Value::None,
            depth: 0,
            stack_base: 0,
            stack_budget: usize::MAX,
            super_stack: Vec::new(),
            repr_active: Vec::new(),
        }
    }
}

/// Exchanges the running thread's state in `vm` with `saved`: called once to switch a
/// thread in and once to switch it out again.
fn swap_state(vm: &mut Vm, saved: &mut Saved) {
    std::mem::swap(&mut vm.handled_exc, &mut saved.handled_exc);
    std::mem::swap(&mut vm.depth, &mut saved.depth);
    std::mem::swap(&mut vm.stack_base, &mut saved.stack_base);
    std::mem::swap(&mut vm.stack_budget, &mut saved.stack_budget);
    std::mem::swap(&mut vm.super_stack, &mut saved.super_stack);
    crate::vm::repr::swap_active(&mut saved.repr_active);
}

/// Why a blocked thread runs again.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wake {
    Notified,
    TimedOut,
    /// A signal arrived while the main thread waited: it runs the handler.
    Interrupted,
    /// Nothing could ever wake the main thread.
    Deadlock,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    /// Running, or in the run queue.
    Runnable,
    Blocked {
        key: Option<i64>,
        deadline: Option<Instant>,
    },
}

struct Thread {
    state: State,
    wake: Wake,
    /// None for the main thread and for the running one (taken out while it runs).
    coroutine: Option<backend::Coroutine>,
    /// The running coroutine's way back to the root (null for the main thread).
    yielder: *const backend::Yielder,
    saved: Option<Saved>,
}

/// The threads and who waits for what.
pub struct Scheduler {
    threads: HashMap<u64, Thread>,
    current: u64,
    next_ident: u64,
    run_queue: VecDeque<u64>,
    /// Blocking key (a lock's) → the threads waiting on it, first come first.
    waiters: HashMap<i64, VecDeque<u64>>,
    /// Blocked threads that have a deadline.
    timed: usize,
    slice_start: Instant,
    ticks: u32,
}

/// The threads of one `Vm`.
pub struct Threads {
    /// Set when the first thread starts; the one flag the periodic path reads.
    pub active: bool,
    /// `sys.getswitchinterval()`, in whole microseconds as CPython keeps it.
    pub switch_interval_us: u64,
    sched: Option<Box<Scheduler>>,
}

impl Default for Threads {
    fn default() -> Threads {
        Threads {
            active: false,
            switch_interval_us: SWITCH_INTERVAL.as_micros() as u64,
            sched: None,
        }
    }
}

impl Drop for Threads {
    fn drop(&mut self) {
        if let Some(s) = &mut self.sched {
            // Threads still suspended (daemon threads at exit) are abandoned, as CPython
            // abandons them: dropping a coroutine would unwind its stack and run Python
            // destructors in a VM that is going away.
            for (_, t) in s.threads.drain() {
                std::mem::forget(t);
            }
        }
    }
}

fn sched(vm: &mut Vm) -> &mut Scheduler {
    vm.threads
        .sched
        .get_or_insert_with(|| {
            let mut threads = HashMap::new();
            threads.insert(
                MAIN_IDENT,
                Thread {
                    state: State::Runnable,
                    wake: Wake::Notified,
                    coroutine: None,
                    yielder: std::ptr::null(),
                    saved: None,
                },
            );
            Box::new(Scheduler {
                threads,
                current: MAIN_IDENT,
                next_ident: MAIN_IDENT + 1,
                run_queue: VecDeque::new(),
                waiters: HashMap::new(),
                timed: 0,
                slice_start: Instant::now(),
                ticks: 0,
            })
        })
        .as_mut()
}

impl Scheduler {
    fn make_runnable(&mut self, ident: u64, wake: Wake) {
        let Some(t) = self.threads.get_mut(&ident) else {
            return;
        };
        if let State::Blocked { key, deadline } = t.state {
            if deadline.is_some() {
                self.timed -= 1;
            }
            if let Some(k) = key
                && let Some(q) = self.waiters.get_mut(&k)
            {
                q.retain(|i| *i != ident);
                if q.is_empty() {
                    self.waiters.remove(&k);
                }
            }
            t.state = State::Runnable;
            t.wake = wake;
            self.run_queue.push_back(ident);
        }
    }

    /// Wakes the blocked threads whose deadline has passed.
    fn poll_timers(&mut self, now: Instant) {
        if self.timed == 0 {
            return;
        }
        let due: Vec<u64> = self
            .threads
            .iter()
            .filter_map(|(i, t)| match t.state {
                State::Blocked {
                    deadline: Some(d), ..
                } if d <= now => Some(*i),
                _ => None,
            })
            .collect();
        let mut due = due;
        due.sort_unstable();
        for i in due {
            self.make_runnable(i, Wake::TimedOut);
        }
    }

    fn earliest_deadline(&self) -> Option<Instant> {
        if self.timed == 0 {
            return None;
        }
        self.threads
            .values()
            .filter_map(|t| match t.state {
                State::Blocked { deadline, .. } => deadline,
                State::Runnable => None,
            })
            .min()
    }
}

/// The ident of the running thread.
pub fn current_ident(vm: &Vm) -> u64 {
    vm.threads.sched.as_ref().map_or(MAIN_IDENT, |s| s.current)
}

/// Live threads, the main one included.
pub fn count(vm: &Vm) -> usize {
    vm.threads.sched.as_ref().map_or(1, |s| s.threads.len())
}

/// Starts a thread that calls `callable` with no arguments; returns its ident. An
/// exception escaping `callable` is printed (callers wrap their targets to report them
/// CPython's way, so this is a last resort).
pub fn start(vm: &mut Vm, callable: Value) -> PyResult<u64> {
    let s = sched(vm);
    let ident = s.next_ident;
    let co = match backend::new_coroutine(ident, callable) {
        Ok(co) => co,
        Err(e) => return Err(vm.runtime_error(format!("can't start new thread: {e}"))),
    };
    let s = sched(vm);
    s.next_ident += 1;
    s.threads.insert(
        ident,
        Thread {
            state: State::Runnable,
            wake: Wake::Notified,
            coroutine: Some(co),
            yielder: std::ptr::null(),
            saved: Some(Saved::fresh()),
        },
    );
    s.run_queue.push_back(ident);
    vm.threads.active = true;
    Ok(ident)
}

/// The body every thread's coroutine runs, on its own stack.
#[cfg_attr(all(windows, target_arch = "aarch64"), allow(dead_code))]
fn thread_main(vm: &mut Vm, callable: Value) {
    vm.set_stack_limits(THREAD_STACK_SIZE - STACK_MARGIN);
    if let Err(e) = vm.call(&callable, Vec::new())
        && !vm.err_matches(&e, "SystemExit")
    {
        let text = vm.format_exception(&e.exc);
        vm.write_stderr(&text);
    }
    // What the thread held is released here, on its own stack, while it is current.
    vm.handled_exc = Value::None;
    vm.super_stack.clear();
    drop(callable);
}

/// At interpreter exit, before the `atexit` callbacks: waits for the threads that are not
/// daemons (`threading._shutdown`), as CPython does; daemon threads are abandoned.
pub fn at_exit(vm: &mut Vm) {
    if !vm.threads.active {
        return;
    }
    let Some(threading) = vm.module_get("threading") else {
        return;
    };
    let r = vm
        .get_attr_str(&threading, "_shutdown")
        .and_then(|f| vm.call(&f, Vec::new()));
    if let Err(e) = r {
        let text = vm.format_exception(&e.exc);
        vm.write_stderr(&format!(
            "Exception ignored in: <module 'threading'>\n{text}"
        ));
    }
}

/// The periodic safe point while threads exist (`Vm::on_backward_jump`): signals for the
/// main thread, and a switch once the running thread's time is up and another can run.
pub fn periodic(vm: &mut Vm) -> PyResult<()> {
    let interval = Duration::from_micros(vm.threads.switch_interval_us);
    let s = sched(vm);
    let main = s.current == MAIN_IDENT;
    s.ticks += 1;
    if s.ticks >= TICKS_PER_CLOCK_READ {
        s.ticks = 0;
        let now = Instant::now();
        if now.duration_since(s.slice_start) >= interval {
            s.poll_timers(now);
            if s.run_queue.is_empty() {
                s.slice_start = now;
            } else {
                yield_now(vm)?;
            }
        }
    }
    if main {
        crate::signals::deliver(vm)?;
    }
    Ok(())
}

/// Lets every other runnable thread run once before the current one goes on.
pub fn yield_now(vm: &mut Vm) -> PyResult<()> {
    if !vm.threads.active {
        return Ok(());
    }
    let s = sched(vm);
    s.poll_timers(Instant::now());
    if s.run_queue.is_empty() {
        return Ok(());
    }
    let cur = s.current;
    s.run_queue.push_back(cur);
    schedule(vm).map(|_| ())
}

/// Blocks the current thread until `wake(key)` picks it (true) or `deadline` passes
/// (false). With no key, only the deadline ends the wait (a sleep). Fails with
/// RuntimeError when nothing could ever end it, and with whatever a signal handler
/// raises when a signal interrupts the main thread's wait.
pub fn block(vm: &mut Vm, key: Option<i64>, deadline: Option<Instant>) -> PyResult<bool> {
    if !vm.threads.active {
        // The only thread: nothing but time can end the wait.
        return match deadline {
            None => Err(vm.runtime_error(DEADLOCK_MESSAGE)),
            Some(d) => {
                sleep_until(vm, d)?;
                Ok(false)
            }
        };
    }
    let s = sched(vm);
    let cur = s.current;
    if let Some(d) = deadline
        && d <= Instant::now()
    {
        return Ok(false);
    }
    if let Some(k) = key {
        s.waiters.entry(k).or_default().push_back(cur);
    }
    if deadline.is_some() {
        s.timed += 1;
    }
    let t = s
        .threads
        .get_mut(&cur)
        .expect("the running thread is registered");
    t.state = State::Blocked { key, deadline };
    match schedule(vm)? {
        Wake::Notified => Ok(true),
        Wake::TimedOut => Ok(false),
        Wake::Interrupted => {
            crate::signals::deliver(vm)?;
            Ok(true)
        }
        Wake::Deadlock => Err(vm.runtime_error(DEADLOCK_MESSAGE)),
    }
}

/// Makes up to `n` threads blocked on `key` runnable, first come first; returns how many.
pub fn wake(vm: &mut Vm, key: i64, n: usize) -> usize {
    let Some(s) = vm.threads.sched.as_mut() else {
        return 0;
    };
    let mut woken = 0;
    while woken < n {
        let Some(i) = s.waiters.get(&key).and_then(|q| q.front().copied()) else {
            break;
        };
        s.make_runnable(i, Wake::Notified);
        woken += 1;
    }
    woken
}

/// Sleeps the current thread for `secs` (time.sleep): other threads run meanwhile.
pub fn sleep(vm: &mut Vm, secs: f64) -> PyResult<()> {
    let deadline = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    if secs == 0.0 {
        return yield_now(vm);
    }
    block(vm, None, Some(deadline)).map(|_| ())
}

/// An OS sleep until `deadline` that runs signal handlers as they arrive (PEP 475).
fn sleep_until(vm: &mut Vm, deadline: Instant) -> PyResult<()> {
    use std::io::Write;
    let _ = vm.stdout.flush();
    loop {
        let now = Instant::now();
        if now >= deadline {
            return Ok(());
        }
        crate::signals::deliver(vm)?;
        std::thread::sleep((deadline - now).min(Duration::from_millis(50)));
    }
}

/// Gives the CPU away after the current thread has queued itself (a yield) or marked
/// itself blocked; returns once it runs again, with the reason it was woken.
fn schedule(vm: &mut Vm) -> PyResult<Wake> {
    let cur = sched(vm).current;
    if cur == MAIN_IDENT {
        root_loop(vm);
    } else {
        let yielder = sched(vm).threads[&cur].yielder;
        backend::suspend(yielder, vm);
    }
    let s = sched(vm);
    s.slice_start = Instant::now();
    s.ticks = 0;
    let t = s
        .threads
        .get_mut(&cur)
        .expect("the resumed thread is registered");
    let wake = std::mem::replace(&mut t.wake, Wake::Notified);
    Ok(wake)
}

/// The main thread's side of every switch: runs the other threads until the main thread
/// is picked again.
fn root_loop(vm: &mut Vm) {
    use std::io::Write;
    loop {
        let s = sched(vm);
        let next = s.run_queue.pop_front();
        match next {
            Some(MAIN_IDENT) => {
                s.current = MAIN_IDENT;
                return;
            }
            Some(ident) => run_one(vm, ident),
            None => {
                // Nobody can run: wait for the earliest timeout, or find a deadlock.
                match s.earliest_deadline() {
                    Some(d) => {
                        let _ = vm.stdout.flush();
                        let now = Instant::now();
                        if d > now {
                            std::thread::sleep((d - now).min(Duration::from_millis(50)));
                        }
                        let s = sched(vm);
                        if crate::signals::arrived() {
                            s.make_runnable(MAIN_IDENT, Wake::Interrupted);
                        }
                        s.poll_timers(Instant::now());
                    }
                    None => {
                        let wake = if crate::signals::arrived() {
                            Wake::Interrupted
                        } else {
                            Wake::Deadlock
                        };
                        s.make_runnable(MAIN_IDENT, wake);
                    }
                }
            }
        }
    }
}

/// Runs thread `ident` until it suspends or ends.
fn run_one(vm: &mut Vm, ident: u64) {
    let s = sched(vm);
    let t = s
        .threads
        .get_mut(&ident)
        .expect("a queued thread is registered");
    let mut co = t.coroutine.take().expect("a queued thread is suspended");
    let mut saved = t.saved.take().unwrap_or_else(Saved::fresh);
    s.current = ident;
    swap_state(vm, &mut saved);
    let finished = backend::resume(&mut co, vm);
    swap_state(vm, &mut saved);
    let s = sched(vm);
    s.current = MAIN_IDENT;
    if finished {
        // Its stack is freed with `co`, at the end of this function.
        s.threads.remove(&ident);
    } else {
        let t = s
            .threads
            .get_mut(&ident)
            .expect("a suspended thread is registered");
        t.coroutine = Some(co);
        t.saved = Some(saved);
    }
}

/// Records the running coroutine's way back to the root (its first act).
#[cfg_attr(all(windows, target_arch = "aarch64"), allow(dead_code))]
fn set_yielder(vm: &mut Vm, ident: u64, yielder: *const backend::Yielder) {
    if let Some(t) = sched(vm).threads.get_mut(&ident) {
        t.yielder = yielder;
    }
}

#[cfg(not(all(windows, target_arch = "aarch64")))]
mod backend {
    //! The one place that switches stacks.

    use super::Vm;
    use crate::runtime::value::Value;
    use corosensei::stack::DefaultStack;
    use corosensei::{CoroutineResult, Yielder as CoYielder};

    /// Each resume passes the `Vm` in and each suspend passes it back out, so the
    /// pointer escapes into the switch on both sides: neither side's compiled code may
    /// assume the `Vm` unchanged across it.
    pub type Coroutine = corosensei::Coroutine<*mut Vm, *mut Vm, (), DefaultStack>;
    pub type Yielder = CoYielder<*mut Vm, *mut Vm>;

    pub fn new_coroutine(ident: u64, callable: Value) -> std::io::Result<Coroutine> {
        let stack = DefaultStack::new(super::THREAD_STACK_SIZE)?;
        Ok(Coroutine::with_stack(
            stack,
            move |yielder: &Yielder, vm: *mut Vm| {
                // SAFETY: `resume` passes the `Vm` that owns this coroutine, which outlives
                // it (abandoned coroutines are forgotten, never resumed). While this
                // coroutine runs, the root is suspended inside `resume` and touches the
                // `Vm` only after this side suspends or returns: one side runs at a time,
                // as with a call.
                let vm = unsafe { &mut *vm };
                super::set_yielder(vm, ident, yielder as *const Yielder);
                super::thread_main(vm, callable);
            },
        ))
    }

    /// Runs `co` until it suspends (false) or returns (true).
    pub fn resume(co: &mut Coroutine, vm: &mut Vm) -> bool {
        match co.resume(vm as *mut Vm) {
            CoroutineResult::Yield(_) => false,
            CoroutineResult::Return(()) => true,
        }
    }

    /// Suspends the running coroutine back into the root's `resume`.
    pub fn suspend(yielder: *const Yielder, vm: &mut Vm) {
        // SAFETY: `yielder` was recorded by this very coroutine on entry and lives on its
        // stack for as long as the coroutine runs; only the running coroutine suspends,
        // and the root alone resumes.
        unsafe {
            (*yielder).suspend(vm as *mut Vm);
        }
    }
}

#[cfg(all(windows, target_arch = "aarch64"))]
mod backend {
    //! No stack switching on this target (corosensei has no AArch64 Windows port):
    //! starting a thread fails as CPython's does when the OS refuses one.

    use super::Vm;
    use crate::runtime::value::Value;

    pub struct Coroutine;
    pub struct Yielder;

    pub fn new_coroutine(_ident: u64, _callable: Value) -> std::io::Result<Coroutine> {
        Err(std::io::Error::new(
            std::io::ErrorKind::Unsupported,
            "green threads are not supported on this platform",
        ))
    }

    pub fn resume(_co: &mut Coroutine, _vm: &mut Vm) -> bool {
        true
    }

    pub fn suspend(_yielder: *const Yielder, _vm: &mut Vm) {}
}

#[cfg(all(test, not(all(windows, target_arch = "aarch64"))))]
mod tests {
    use super::*;
    use crate::runtime::function::Args;
    use crate::settings::Settings;
    use std::cell::RefCell;

    thread_local! {
        /// What the test threads did, in order.
        static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    fn log(s: impl Into<String>) {
        LOG.with(|l| l.borrow_mut().push(s.into()));
    }

    fn take_log() -> Vec<String> {
        LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
    }

    /// `unwrap` for results whose error (a Python exception) has no Debug.
    trait Expect<T> {
        fn expect_ok(self) -> T;
        fn expect_raised(self) -> crate::vm::PyErr;
    }

    impl<T> Expect<T> for PyResult<T> {
        fn expect_ok(self) -> T {
            match self {
                Ok(v) => v,
                Err(_) => panic!("raised a Python exception"),
            }
        }
        fn expect_raised(self) -> crate::vm::PyErr {
            match self {
                Ok(_) => panic!("did not raise"),
                Err(e) => e,
            }
        }
    }

    fn native(name: &str, f: crate::runtime::function::NativeFn) -> Value {
        crate::vm::builtins::builtin(name, f)
    }

    fn yielder_a(vm: &mut Vm, _: Args) -> PyResult<Value> {
        log("A1");
        yield_now(vm)?;
        log("A2");
        Ok(Value::None)
    }

    fn yielder_b(vm: &mut Vm, _: Args) -> PyResult<Value> {
        log("B1");
        yield_now(vm)?;
        log("B2");
        Ok(Value::None)
    }

    #[test]
    fn threads_take_turns_round_robin_and_end() {
        let mut vm = Vm::new(Settings::default());
        take_log();
        let a = start(&mut vm, native("a", yielder_a)).expect_ok();
        let b = start(&mut vm, native("b", yielder_b)).expect_ok();
        assert_ne!(a, b);
        assert_eq!(count(&vm), 3);
        yield_now(&mut vm).expect_ok();
        log("M1");
        yield_now(&mut vm).expect_ok();
        log("M2");
        assert_eq!(take_log(), ["A1", "B1", "M1", "A2", "B2", "M2"]);
        assert_eq!(count(&vm), 1, "finished threads are gone");
        assert_eq!(current_ident(&vm), MAIN_IDENT);
    }

    fn sets_handled_exception(vm: &mut Vm, _: Args) -> PyResult<Value> {
        assert!(matches!(
            vm.handled_exc.view(),
            crate::runtime::value::View::None
        ));
        assert_eq!(vm.depth, 0, "a new thread starts at depth 0");
        vm.handled_exc = Value::Int(7);
        vm.depth += 5;
        yield_now(vm)?;
        // Still this thread's own state after the main thread ran.
        assert!(matches!(
            vm.handled_exc.view(),
            crate::runtime::value::View::Int(7)
        ));
        log("thread state kept");
        vm.depth -= 5;
        Ok(Value::None)
    }

    #[test]
    fn the_per_thread_state_is_swapped() {
        let mut vm = Vm::new(Settings::default());
        take_log();
        vm.handled_exc = Value::Int(1);
        let depth = vm.depth;
        let stack_base = vm.stack_base;
        start(&mut vm, native("t", sets_handled_exception)).expect_ok();
        yield_now(&mut vm).expect_ok();
        assert!(matches!(
            vm.handled_exc.view(),
            crate::runtime::value::View::Int(1)
        ));
        assert_eq!(vm.depth, depth);
        assert_eq!(vm.stack_base, stack_base);
        yield_now(&mut vm).expect_ok();
        assert_eq!(take_log(), ["thread state kept"]);
        assert!(matches!(
            vm.handled_exc.view(),
            crate::runtime::value::View::Int(1)
        ));
    }

    fn waits_on_key_7(vm: &mut Vm, _: Args) -> PyResult<Value> {
        log("waiting");
        let woken = block(vm, Some(7), None)?;
        log(format!("woken={woken}"));
        Ok(Value::None)
    }

    #[test]
    fn a_blocked_thread_runs_once_woken() {
        let mut vm = Vm::new(Settings::default());
        take_log();
        start(&mut vm, native("w", waits_on_key_7)).expect_ok();
        yield_now(&mut vm).expect_ok();
        // Blocked: yielding does not run it again.
        yield_now(&mut vm).expect_ok();
        assert_eq!(take_log(), ["waiting"]);
        assert_eq!(wake(&mut vm, 8, 1), 0);
        assert_eq!(wake(&mut vm, 7, 5), 1);
        yield_now(&mut vm).expect_ok();
        assert_eq!(take_log(), ["woken=true"]);
    }

    fn times_out(vm: &mut Vm, _: Args) -> PyResult<Value> {
        let deadline = Instant::now() + Duration::from_millis(2);
        let woken = block(vm, Some(3), Some(deadline))?;
        log(format!("woken={woken}"));
        Ok(Value::None)
    }

    #[test]
    fn timeouts_end_waits_and_a_deadlock_fails_in_the_main_thread() {
        let mut vm = Vm::new(Settings::default());
        take_log();
        start(&mut vm, native("t", times_out)).expect_ok();
        // The main thread waits on a key nobody wakes: the other thread times out and
        // ends, and then nothing can ever wake the main thread.
        let err = block(&mut vm, Some(99), None).expect_raised();
        assert!(vm.err_matches(&err, "RuntimeError"));
        assert_eq!(take_log(), ["woken=false"]);
        // A wait with a timeout just times out.
        let t0 = Instant::now();
        let r = block(&mut vm, Some(99), Some(t0 + Duration::from_millis(3))).expect_ok();
        assert!(!r && t0.elapsed() >= Duration::from_millis(3));
    }

    #[test]
    fn without_threads_a_wait_with_no_timeout_is_a_deadlock() {
        let mut vm = Vm::new(Settings::default());
        let err = block(&mut vm, Some(1), None).expect_raised();
        assert!(vm.err_matches(&err, "RuntimeError"));
        assert!(!vm.threads.active);
        let r = block(
            &mut vm,
            Some(1),
            Some(Instant::now() + Duration::from_millis(1)),
        );
        assert!(!r.expect_ok());
    }

    #[test]
    fn python_threads_interleave_at_safe_points() {
        let mut vm = Vm::new(Settings::default());
        let src = "
import threading, time
flag = False
def setter():
    global flag
    time.sleep(0.001)
    flag = True
t = threading.Thread(target=setter)
t.start()
n = 0
while not flag:
    n += 1
t.join()
assert flag and not t.is_alive()
";
        assert_eq!(crate::cli::run_main(&mut vm, src, "<test>"), 0);
    }
}
