//! Control flow: `if`, loops, `try`, `with`, and the unwinding that `break`, `continue` and
//! `return` perform through the enclosing constructs (the fblock stack).

use super::{Compiler, FBlock, NameCtx, R};
use crate::bytecode::{Const, Instr};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextRange;

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;

impl<'a> Compiler<'a, '_> {
    fn push_fblock(&mut self, b: FBlock<'a>, range: TextRange) -> R {
        if self.cur.fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", range));
        }
        self.cur.fblocks.push(b);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.cur.fblocks.pop();
    }

    pub(super) fn if_stmt(&mut self, s: &'a ast::StmtIf) -> R {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&s.test, next, false)?;
        self.stmts(&s.body)?;
        for clause in &s.elif_else_clauses {
            self.jump(Instr::Jump, end);
            self.place(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.set_line(clause.range);
                self.jump_if(test, next, false)?;
            }
            self.stmts(&clause.body)?;
        }
        self.place(next);
        self.place(end);
        Ok(())
    }

    pub(super) fn while_stmt(&mut self, s: &'a ast::StmtWhile) -> R {
        let start = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.place(start);
        self.jump_if(&s.test, orelse, false)?;
        self.push_fblock(FBlock::WhileLoop { start, exit }, s.range)?;
        self.stmts(&s.body)?;
        self.pop_fblock();
        self.set_line(s.range);
        self.jump(Instr::Jump, start);
        self.place(orelse);
        self.stmts(&s.orelse)?;
        self.place(exit);
        Ok(())
    }

    pub(super) fn for_stmt(&mut self, s: &'a ast::StmtFor) -> R {
        if s.is_async {
            if !self.in_async() {
                return Err(self.async_error("'async for' outside async function", s.range));
            }
            return self.async_for_stmt(s);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.expr(&s.iter)?;
        self.set_line(s.range);
        self.emit(Instr::GetIter);
        self.place(start);
        self.jump(Instr::ForIter, cleanup);
        self.assign_target(&s.target)?;
        self.push_fblock(FBlock::ForLoop { start, exit }, s.range)?;
        self.stmts(&s.body)?;
        self.pop_fblock();
        self.set_line(s.range);
        self.jump(Instr::Jump, start);
        self.place(cleanup);
        self.stmts(&s.orelse)?;
        self.place(exit);
        Ok(())
    }

    /// `[aiter] -> [aiter, next value]`, jumping to `done` (with the StopAsyncIteration
    /// on the stack under a handler-active block, for `EndAsyncFor`) when `__anext__`'s
    /// awaitable raises it.
    pub(super) fn async_next(&mut self, done: super::Label) {
        self.jump(Instr::SetupExcept, done);
        self.emit(Instr::GetANext);
        self.load_const(Const::None);
        self.emit(Instr::YieldFrom);
        self.emit(Instr::PopBlock);
    }

    fn async_for_stmt(&mut self, s: &'a ast::StmtFor) -> R {
        let start = self.new_label();
        let done = self.new_label();
        let exit = self.new_label();
        self.expr(&s.iter)?;
        self.set_line(s.range);
        self.emit(Instr::GetAIter);
        self.place(start);
        self.async_next(done);
        self.assign_target(&s.target)?;
        self.push_fblock(FBlock::ForLoop { start, exit }, s.range)?;
        self.stmts(&s.body)?;
        self.pop_fblock();
        self.set_line(s.range);
        self.jump(Instr::Jump, start);
        self.place(done);
        self.emit(Instr::EndAsyncFor);
        self.stmts(&s.orelse)?;
        self.place(exit);
        Ok(())
    }

    fn async_error(&self, msg: &str, range: TextRange) -> crate::compile::CompileError {
        self.error(msg, range)
    }

    // ---- break / continue / return ----

    /// Emits the cleanup for one fblock being left. With `preserve_tos` the value on top of
    /// the stack (a return value) is kept on top.
    fn unwind_fblock(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> R {
        match b {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptStarBody => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.cur.fblocks.push(FBlock::PopValue);
                }
                let r = self.stmts(body);
                if preserve_tos {
                    self.pop_fblock();
                }
                r?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopExcept);
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::WithExitNormal);
            }
            FBlock::AsyncWith => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.async_exit_normal();
            }
            FBlock::HandlerCleanup { name } => {
                if let Some(name) = name {
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.clear_name(name)?;
                } else {
                    self.emit(Instr::PopExcept);
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// Unwinds fblocks from the innermost outwards. With `to_loop`, stops at the innermost
    /// loop and returns it (without unwinding it). Each fblock is taken off the stack while
    /// its cleanup is compiled, since an inline `finally` body must not see itself.
    fn unwind_fblocks(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> Result<Option<FBlock<'a>>, crate::compile::CompileError> {
        let Some(top) = self.cur.fblocks.last().cloned() else {
            return Ok(None);
        };
        if to_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.cur.fblocks.pop();
        let r = self.unwind_fblock(&top, preserve_tos);
        let result = match r {
            Ok(()) => self.unwind_fblocks(preserve_tos, to_loop),
            Err(e) => Err(e),
        };
        self.cur.fblocks.push(top);
        result
    }

    /// `break`/`continue` (`to_loop`) or `return` leaving an `except*` body is an error.
    fn check_except_star_exit(&self, to_loop: bool, range: TextRange) -> R {
        for b in self.cur.fblocks.iter().rev() {
            match b {
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } if to_loop => return Ok(()),
                FBlock::ExceptStarBody => {
                    return Err(self.error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        range,
                    ));
                }
                _ => {}
            }
        }
        Ok(())
    }

    pub(super) fn break_stmt(&mut self, range: TextRange) -> R {
        self.check_except_star_exit(true, range)?;
        match self.unwind_fblocks(false, true)? {
            Some(FBlock::WhileLoop { exit, .. }) => {
                self.set_line(range);
                self.jump(Instr::Jump, exit);
                Ok(())
            }
            Some(FBlock::ForLoop { exit, .. }) => {
                self.set_line(range);
                self.emit(Instr::PopTop);
                self.jump(Instr::Jump, exit);
                Ok(())
            }
            _ => Err(self.error("'break' outside loop", range)),
        }
    }

    pub(super) fn continue_stmt(&mut self, range: TextRange) -> R {
        self.check_except_star_exit(true, range)?;
        match self.unwind_fblocks(false, true)? {
            Some(FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. }) => {
                self.set_line(range);
                self.jump(Instr::Jump, start);
                Ok(())
            }
            _ => Err(self.error("'continue' not properly in loop", range)),
        }
    }

    pub(super) fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> R {
        if !self.cur.kind.is_function() {
            return Err(self.error("'return' outside function", r.range));
        }
        if self.cur.flags.async_generator && r.value.is_some() {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        let where_ = r
            .value
            .as_ref()
            .map_or(r.range, |v| ruff_text_size::Ranged::range(&**v));
        self.check_except_star_exit(false, where_)?;
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        self.unwind_fblocks(true, false)?;
        self.set_line(r.range);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// `name = None; del name`, run when an `except ... as name` body is left.
    fn clear_name(&mut self, name: &str) -> R {
        self.load_const(Const::None);
        self.nameop(name, NameCtx::Store)?;
        self.nameop(name, NameCtx::Del)
    }

    // ---- try ----

    pub(super) fn try_stmt(&mut self, t: &'a ast::StmtTry) -> R {
        if t.finalbody.is_empty() {
            return self.try_except_any(t);
        }
        // try/finally, wrapping try/except when there are handlers.
        let handler = self.new_label();
        let end = self.new_label();
        self.set_line(t.range);
        self.jump(Instr::SetupExcept, handler);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody }, t.range)?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except_any(t)?;
        }
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(&t.finalbody)?;
        self.jump(Instr::Jump, end);

        self.place(handler);
        self.push_fblock(FBlock::FinallyEnd, t.range)?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.place(end);
        Ok(())
    }

    fn try_except_any(&mut self, t: &'a ast::StmtTry) -> R {
        if t.is_star {
            self.try_except_star(t)
        } else {
            self.try_except(t)
        }
    }

    /// `try`/`except*`. While the clauses run the stack holds `[orig, raised, rest]`:
    /// what the body raised, a list of what the clauses raised, and the part no clause
    /// has matched yet. Each clause takes its match out of `rest`; at the end
    /// `ExceptStar(OUTCOME)` works out what (if anything) to raise.
    fn try_except_star(&mut self, t: &'a ast::StmtTry) -> R {
        use crate::bytecode::{EXCEPT_STAR_MATCH, EXCEPT_STAR_OUTCOME, EXCEPT_STAR_SET_HANDLED};
        let handlers_start = self.new_label();
        let end = self.new_label();
        self.set_line(t.range);
        self.jump(Instr::SetupExcept, handlers_start);
        self.push_fblock(FBlock::TryExcept, t.range)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(&t.orelse)?;
        self.jump(Instr::Jump, end);

        self.place(handlers_start);
        self.push_fblock(FBlock::ExceptionHandler, t.range)?;
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Copy(2));
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            let unmatched = self.new_label();
            let clause_done = self.new_label();
            self.expr(ty)?;
            self.set_line(h.range);
            self.emit(Instr::ExceptStar(EXCEPT_STAR_MATCH));
            self.emit(Instr::Copy(1));
            self.load_const(Const::None);
            self.emit(Instr::IsOp(0));
            self.jump(Instr::PopJumpIfTrue, unmatched);
            // [orig, raised, rest, match]: the match is the exception being handled.
            self.emit(Instr::Copy(1));
            self.emit(Instr::ExceptStar(EXCEPT_STAR_SET_HANDLED));
            match &h.name {
                Some(name) => self.nameop(name, NameCtx::Store)?,
                None => self.emit(Instr::PopTop),
            }
            let failed = self.new_label();
            self.jump(Instr::SetupExcept, failed);
            self.push_fblock(FBlock::ExceptStarBody, h.range)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit(Instr::PopBlock);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.jump(Instr::Jump, clause_done);
            // The body raised: [orig, raised, rest, exc]; keep exc for the end.
            self.place(failed);
            self.emit(Instr::PopExcept);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.emit(Instr::ListAppend(2));
            self.jump(Instr::Jump, clause_done);
            self.place(unmatched);
            self.emit(Instr::PopTop);
            self.place(clause_done);
            // The whole exception is the one being handled again.
            self.emit(Instr::Copy(3));
            self.emit(Instr::ExceptStar(EXCEPT_STAR_SET_HANDLED));
        }
        let nothing_left = self.new_label();
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::ExceptStar(EXCEPT_STAR_OUTCOME));
        self.emit(Instr::Copy(1));
        self.load_const(Const::None);
        self.emit(Instr::IsOp(0));
        self.jump(Instr::PopJumpIfTrue, nothing_left);
        self.emit(Instr::Reraise);
        self.place(nothing_left);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.pop_fblock();
        self.place(end);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> R {
        let handlers_start = self.new_label();
        let end = self.new_label();
        self.set_line(t.range);
        self.jump(Instr::SetupExcept, handlers_start);
        self.push_fblock(FBlock::TryExcept, t.range)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(&t.orelse)?;
        self.jump(Instr::Jump, end);

        // Stack here: [exc], with a handler-active block on the block stack.
        self.place(handlers_start);
        self.push_fblock(FBlock::ExceptionHandler, t.range)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.set_line(h.range);
                self.emit(Instr::CheckExcMatch);
                self.jump(Instr::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    self.nameop(name, NameCtx::Store)?;
                    // The body runs under a cleanup block so that `name` is cleared even
                    // when the body raises.
                    let cleanup = self.new_label();
                    self.jump(Instr::SetupExcept, cleanup);
                    self.push_fblock(
                        FBlock::HandlerCleanup {
                            name: Some(name.to_string()),
                        },
                        h.range,
                    )?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.clear_name(name)?;
                    self.jump(Instr::Jump, end);
                    self.place(cleanup);
                    self.clear_name(name)?;
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.push_fblock(FBlock::HandlerCleanup { name: None }, h.range)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Instr::PopExcept);
                    self.jump(Instr::Jump, end);
                }
            }
            self.place(next);
        }
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.place(end);
        Ok(())
    }

    // ---- with ----

    pub(super) fn with_stmt(&mut self, w: &'a ast::StmtWith) -> R {
        if w.is_async && !self.in_async() {
            return Err(self.async_error("'async with' outside async function", w.range));
        }
        self.with_items(&w.items, &w.body, w.range, w.is_async)
    }

    /// `[aexit] -> []`: awaits `aexit(None, None, None)`.
    fn async_exit_normal(&mut self) {
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Instr::Call(3));
        self.emit_await(2);
        self.emit(Instr::PopTop);
    }

    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        range: TextRange,
        is_async: bool,
    ) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_line(item.range);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit_await(1);
        } else {
            self.emit(Instr::BeforeWith);
        }
        match &item.optional_vars {
            Some(target) => self.assign_target(target)?,
            None => self.emit(Instr::PopTop),
        }
        self.set_line(item.range);
        self.jump(Instr::SetupExcept, handler);
        let fblock = if is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        };
        self.push_fblock(fblock, range)?;
        self.with_items(rest, body, range, is_async)?;
        self.pop_fblock();
        self.set_line(item.range);
        self.emit(Instr::PopBlock);
        if is_async {
            self.async_exit_normal();
        } else {
            self.emit(Instr::WithExitNormal);
        }
        self.jump(Instr::Jump, end);

        // Stack: [exit, exc] with a handler-active block.
        self.place(handler);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit_await(2);
        }
        let suppress = self.new_label();
        self.jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.place(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.place(end);
        Ok(())
    }
}
