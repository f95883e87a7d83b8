//! Creating exceptions from Rust, and printing tracebacks the way CPython 3.11 does.

use super::{PyErr, PyResult, Vm};
use crate::runtime::class::{Attrs, Class, ExcState, Instance, Layout, TracebackEntry};
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// A fresh instance of `cls` (no `__init__` called).
    pub fn new_instance(&mut self, cls: &Obj<Class>) -> Obj<Instance> {
        // The layout is inherited from the solid base: no walk of the MRO per instance.
        let is_exc = cls.layout == Layout::Exception;
        debug_assert_eq!(is_exc, cls.is_subclass(&self.types.base_exception));
        let nslots = slot_count(cls);
        let (attrs, slots) = if cls.has_dict {
            let attrs = Attrs::Shared {
                shape: cls.root_shape.clone(),
                values: crate::runtime::class::AttrValues::new(),
            };
            (attrs, smallvec::smallvec![Value::Null; nslots])
        } else {
            let values = smallvec::smallvec![Value::Null; nslots];
            (Attrs::Absent(values), Default::default())
        };
        let inst = Obj::new(Instance {
            class: RefCell::new(cls.clone()),
            attrs: RefCell::new(attrs),
            slots: RefCell::new(slots),
            base_value: RefCell::new(Value::Null),
            exc: if is_exc {
                // Boxed: most instances are not exceptions and should not carry the space.
                Some(Box::new(RefCell::new(ExcState {
                    args: Value::tuple(vec![]),
                    traceback: Vec::new(),
                    cause: Value::None,
                    context: Value::None,
                    suppress_context: false,
                    group: Value::Null,
                })))
            } else {
                None
            },
        });
        // Its death must reach the finalizer queue (src/vm/finalize.rs).
        if cls.has_del() {
            crate::runtime::weakref::watch_finalizable(&inst);
        }
        inst
    }

    pub fn new_exception(&mut self, cls: &Obj<Class>, args: Vec<Value>) -> Value {
        let inst = self.new_instance(cls);
        if let Some(e) = &inst.exc {
            e.borrow_mut().args = Value::tuple(args);
        }
        Value::Instance(inst)
    }

    pub fn err(&mut self, name: &str, msg: impl Into<String>) -> PyErr {
        let cls = self.types.exc(name);
        let exc = self.new_exception(&cls, vec![Value::string(msg.into())]);
        PyErr { exc }
    }

    pub fn err_noargs(&mut self, name: &str) -> PyErr {
        let cls = self.types.exc(name);
        let exc = self.new_exception(&cls, vec![]);
        PyErr { exc }
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("TypeError", msg)
    }
    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("ValueError", msg)
    }
    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("IndexError", msg)
    }
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("OverflowError", msg)
    }
    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("ZeroDivisionError", msg)
    }
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("RuntimeError", msg)
    }
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("AttributeError", msg)
    }
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let cls = self.types.exc("KeyError");
        let exc = self.new_exception(&cls, vec![key]);
        PyErr { exc }
    }
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let cls = self.types.exc("StopIteration");
        let args = if value.is_none() { vec![] } else { vec![value] };
        let exc = self.new_exception(&cls, args);
        PyErr { exc }
    }

    /// Is `err` an instance of the built-in exception class `name` (or a subclass)?
    pub fn err_matches(&self, err: &PyErr, name: &str) -> bool {
        let cls = self.types.exc(name);
        self.exc_class(&err.exc).is_subclass(&cls)
    }

    pub fn exc_class(&self, exc: &Value) -> Obj<Class> {
        match exc.view() {
            View::Instance(i) => i.class.borrow().clone(),
            _ => self.types.exception.clone(),
        }
    }

    pub fn exc_args(&self, exc: &Value) -> Vec<Value> {
        if let View::Instance(i) = exc.view()
            && let Some(e) = &i.exc
            && let View::Tuple(t) = e.borrow().args.view()
        {
            return t.items().to_vec();
        }
        vec![]
    }

    pub fn add_traceback(&self, err: &PyErr, filename: &Rc<str>, line: u32, name: &Rc<str>) {
        if let View::Instance(i) = err.exc.view()
            && let Some(e) = &i.exc
        {
            e.borrow_mut().traceback.push(TracebackEntry {
                filename: filename.clone(),
                line,
                name: name.clone(),
            });
        }
    }

    /// Turns a raised value (a class or an instance) into an exception instance.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        match v.view() {
            View::Class(c) if c.is_subclass(&self.types.base_exception) => self.call(&v, vec![]),
            View::Instance(i) if i.exc.is_some() => Ok(v),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `str(exc)` as CPython computes it for built-in exception classes.
    pub fn exception_str(&mut self, exc: &Value) -> PyResult<String> {
        self.to_str(exc)
    }

    fn exc_type_name(&self, cls: &Obj<Class>) -> String {
        let module = cls.module.borrow().clone();
        let q = cls.qualname.borrow().clone();
        if module == "builtins" || module == "__main__" {
            q
        } else {
            format!("{module}.{q}")
        }
    }

    /// The full traceback text CPython would print for an uncaught `exc`.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen: Vec<usize> = Vec::new();
        self.format_exception_chain(exc, 0, &mut out, &mut seen);
        out
    }

    /// `exc` after the exceptions it was caused by or raised while handling. `nesting` is
    /// how deep inside exception groups it sits (0: not inside one); nested text is drawn
    /// inside the groups' boxes.
    fn format_exception_chain(
        &mut self,
        exc: &Value,
        nesting: usize,
        out: &mut String,
        seen: &mut Vec<usize>,
    ) -> bool {
        if let Some(p) = exc.heap_ptr() {
            seen.push(p);
        }
        let (cause, context, suppress) = match exc.view() {
            View::Instance(i) => match &i.exc {
                Some(e) => {
                    let e = e.borrow();
                    (e.cause.clone(), e.context.clone(), e.suppress_context)
                }
                None => (Value::None, Value::None, false),
            },
            _ => (Value::None, Value::None, false),
        };
        let unseen =
            |v: &Value, seen: &Vec<usize>| v.heap_ptr().is_some_and(|p| !seen.contains(&p));
        let link = if !cause.is_none() && unseen(&cause, seen) {
            Some((
                cause,
                "The above exception was the direct cause of the following exception:",
            ))
        } else if !context.is_none() && !suppress && unseen(&context, seen) {
            Some((
                context,
                "During handling of the above exception, another exception occurred:",
            ))
        } else {
            None
        };
        if let Some((earlier, message)) = link {
            self.format_exception_chain(&earlier, nesting, out, seen);
            let bar = box_margin(nesting, false);
            for line in ["", message, ""] {
                out.push_str(&format!("{bar}{line}\n"));
            }
        }
        self.format_boxed_exception(exc, nesting, out, seen)
    }

    /// One exception (and, for a group, its members) with the margin of its nesting.
    /// True when the text ends with a box's closing line (a group ending in a group closes
    /// only the innermost box, as CPython draws it).
    fn format_boxed_exception(
        &mut self,
        exc: &Value,
        nesting: usize,
        out: &mut String,
        seen: &mut Vec<usize>,
    ) -> bool {
        let members = self.group_parts(exc).map(|(_, m)| m);
        if members.is_some() && nesting >= GROUP_DEPTH {
            // Too deep: the group (but not its chain) is left out.
            out.push_str(&format!(
                "{}... (max_group_depth is {GROUP_DEPTH})\n",
                box_margin(nesting, true)
            ));
            return false;
        }
        let mut own = String::new();
        self.format_one_exception(exc, members.is_some(), &mut own);
        let top_group = nesting == 0 && members.is_some();
        let bar = box_margin(nesting, members.is_some());
        for (k, line) in own.split_inclusive('\n').enumerate() {
            if k == 0 && top_group && line.starts_with("Exception Group Traceback") {
                out.push_str("  + ");
            } else {
                out.push_str(&bar);
            }
            out.push_str(line);
        }
        let Some(members) = members else {
            return false;
        };
        let outer = " ".repeat(2 * nesting + 2);
        let inner = " ".repeat(2 * nesting + 4);
        let dashes = "-".repeat(16);
        for (k, member) in members.iter().enumerate() {
            if k == GROUP_WIDTH {
                let more = members.len() - GROUP_WIDTH;
                let s = if more == 1 { "" } else { "s" };
                out.push_str(&format!("{inner}+{dashes} ... {dashes}\n"));
                out.push_str(&format!(
                    "{}and {more} more exception{s}\n",
                    box_margin(nesting + 1, true)
                ));
                break;
            }
            if k == 0 {
                out.push_str(&format!("{outer}+-+{dashes} {} {dashes}\n", k + 1));
            } else {
                out.push_str(&format!("{inner}+{dashes} {} {dashes}\n", k + 1));
            }
            let closed = self.format_exception_chain(member, nesting + 1, out, seen);
            if closed && k + 1 == members.len() {
                return true;
            }
        }
        out.push_str(&format!("{inner}+{}\n", "-".repeat(36)));
        true
    }

    fn format_one_exception(&mut self, exc: &Value, is_group: bool, out: &mut String) {
        let cls = self.exc_class(exc);
        let tb: Vec<TracebackEntry> = match exc.view() {
            View::Instance(i) => i
                .exc
                .as_ref()
                .map(|e| e.borrow().traceback.clone())
                .unwrap_or_default(),
            _ => vec![],
        };
        if !tb.is_empty() {
            out.push_str(if is_group {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            });
            for entry in tb.iter().rev() {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.filename, entry.line, entry.name
                ));
                if let Some(line) = self.source_line(&entry.filename, entry.line) {
                    let t = line.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
        }
        let syntax = cls.is_subclass(&self.types.exc("SyntaxError"));
        if syntax {
            self.format_syntax_error_location(exc, out);
        }
        let name = self.exc_type_name(&cls);
        let msg = if syntax {
            self.exc_args(exc)
                .first()
                .map(|m| self.to_str(m).unwrap_or_default())
                .unwrap_or_default()
        } else {
            match self.to_str(exc) {
                Ok(s) => s,
                Err(_) => "<exception str() failed>".to_string(),
            }
        };
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        self.format_notes(exc, out);
    }

    /// The `__notes__` lines printed after the message.
    fn format_notes(&mut self, exc: &Value, out: &mut String) {
        let notes = match exc.view() {
            View::Instance(i) => i.attr_str("__notes__"),
            _ => None,
        };
        let Some(notes) = notes else {
            return;
        };
        let indexable = match notes.view() {
            View::List(_) | View::Tuple(_) | View::Str(_) => true,
            View::Dict(_) => false,
            View::Instance(i) => {
                let cls = i.class.borrow().clone();
                !cls.is_subclass(&self.types.dict) && cls.lookup("__getitem__").is_some()
            }
            _ => false,
        };
        if !indexable {
            // CPython shows anything else by its repr, with no newline after it.
            let text = self
                .repr(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            out.push_str(&text);
            return;
        }
        let items = match notes.view() {
            View::List(l) => l.items.borrow().clone(),
            View::Tuple(t) => t.items().to_vec(),
            _ => match self.collect_iterable(&notes) {
                Ok(v) => v,
                Err(_) => return,
            },
        };
        for note in items {
            let text = match note.view() {
                View::Str(s) => s.as_str().to_string(),
                _ => self.to_str(&note).unwrap_or_default(),
            };
            out.push_str(&text);
            out.push('\n');
        }
    }

    /// SyntaxError args are `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
    fn format_syntax_error_location(&mut self, exc: &Value, out: &mut String) {
        let args = self.exc_args(exc);
        let info = args.get(1);
        let Some(View::Tuple(info)) = info.view() else {
            return;
        };
        let items = &info.items();
        let filename = items
            .first()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        let line = match items.get(1).view() {
            Some(View::Int(n)) => n,
            _ => 0,
        };
        out.push_str(&format!("  File \"{filename}\", line {line}\n"));
        if let Some(View::Str(text)) = items.get(3).view() {
            let raw = text.as_str().trim_end_matches(['\n', '\r']);
            let stripped = raw.trim_start();
            let removed = raw.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            let offset = match items.get(2).view() {
                Some(View::Int(n)) => n,
                _ => 0,
            };
            let end = match items.get(5).view() {
                Some(View::Int(n)) => n,
                _ => offset + 1,
            };
            if offset > 0 {
                let col = (offset as usize).saturating_sub(1).saturating_sub(removed);
                let width = ((end - offset).max(1)) as usize;
                out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
            }
        }
    }

    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let lines = self.sources.get(filename)?;
        lines.get((line as usize).checked_sub(1)?).cloned()
    }
}

/// How many members of a group a traceback shows, and how deep it shows nested groups.
const GROUP_WIDTH: usize = 15;
const GROUP_DEPTH: usize = 10;

/// What starts each line of an exception drawn at `nesting` levels inside groups. A plain
/// exception outside any group has no margin.
fn box_margin(nesting: usize, is_group: bool) -> String {
    if nesting == 0 && !is_group {
        String::new()
    } else {
        format!("{}| ", " ".repeat(2 * nesting + 2))
    }
}

pub(crate) fn slot_count(cls: &Obj<Class>) -> usize {
    if !cls.any_slots {
        return 0;
    }
    let mut n = cls.slots.as_ref().map(|s| s.len()).unwrap_or(0);
    for c in cls.mro.borrow().iter() {
        n += c.slots.as_ref().map(|s| s.len()).unwrap_or(0);
    }
    n
}

/// Position of slot `name` among all slots of the class and its bases.
pub fn slot_index(cls: &Obj<Class>, name: &str) -> Option<usize> {
    if !cls.any_slots {
        return None;
    }
    let mut offset = 0;
    let mro = cls.mro.borrow();
    // Slots are laid out base-first so that a subclass instance is compatible with its base.
    for c in std::iter::once(cls).chain(mro.iter()).rev() {
        if let Some(s) = &c.slots {
            if let Some(i) = s.iter().position(|x| x == name) {
                return Some(offset + i);
            }
            offset += s.len();
        }
    }
    None
}

pub fn is_exception_layout(cls: &Obj<Class>) -> bool {
    cls.layout == Layout::Exception
}
