//! Per-loop hotness: each loop head of a code object counts its back edges down to zero
//! (then the loop is recorded) and holds the loop's executor once there is one. Failed or
//! invalidated recordings back off exponentially, so a loop that cannot be traced stops
//! costing recording attempts.

use super::executor::Executor;
use std::rc::Rc;

pub struct LoopEntry {
    pub head: u32,
    pub countdown: u32,
    /// Doublings of the threshold applied so far.
    pub backoff: u8,
    pub executor: Option<Rc<Executor>>,
}

#[derive(Default)]
pub struct LoopTable {
    entries: Vec<LoopEntry>,
}

/// What to do at a loop head.
pub enum LoopAction {
    Run(Rc<Executor>),
    Record,
    Interpret,
}

const MAX_BACKOFF: u8 = 12;

impl LoopTable {
    pub fn at_head(&mut self, head: u32, threshold: u32) -> LoopAction {
        let i = match self.entries.iter().position(|e| e.head == head) {
            Some(i) => i,
            None => {
                self.entries.push(LoopEntry {
                    head,
                    countdown: threshold,
                    backoff: 0,
                    executor: None,
                });
                self.entries.len() - 1
            }
        };
        let e = &mut self.entries[i];
        if let Some(x) = &e.executor {
            if x.valid.get() {
                return LoopAction::Run(x.clone());
            }
            e.executor = None;
            Self::back_off(e, threshold);
        }
        e.countdown = e.countdown.saturating_sub(1);
        if e.countdown == 0 {
            // Until the recording reports back, do not record again.
            Self::back_off(e, threshold);
            LoopAction::Record
        } else {
            LoopAction::Interpret
        }
    }

    pub fn install(&mut self, head: u32, executor: Rc<Executor>) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.head == head) {
            e.executor = Some(executor);
        }
    }

    pub fn executor_at(&self, head: u32) -> Option<Rc<Executor>> {
        self.entries
            .iter()
            .find(|e| e.head == head)?
            .executor
            .clone()
    }

    fn back_off(e: &mut LoopEntry, threshold: u32) {
        e.backoff = (e.backoff + 1).min(MAX_BACKOFF);
        e.countdown = threshold.saturating_mul(1 << e.backoff).max(2);
    }
}
