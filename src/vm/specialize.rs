//! Quickening: tier 1 rewrites its own copy of a code object's instructions into forms
//! specialized for the types each site has seen, and back when a guard keeps failing.
//!
//! Every code object carries an `Adaptive` copy of its instructions, with one counter and
//! one inline cache per instruction. A generic instruction of a specializable family counts
//! its executions; when its counter runs out it looks at its operands and, if a specialized
//! form fits, rewrites itself (`Vm::specialize`). A specialized form checks a guard (the
//! operand kinds, a class's version tag, a dict's key version) and on a hit skips the
//! generic lookup; on a miss it runs the generic behaviour and spends one unit of its miss
//! budget. An exhausted budget rewrites the site back to the generic instruction, which
//! waits exponentially longer before trying again, so a site whose types keep changing
//! settles on the generic form.
//!
//! Invariants:
//! - A specialized form behaves exactly like its generic instruction whenever its guard
//!   holds; every guard is checked on every execution.
//! - Caches hold no references: classes are identified by their version tag
//!   (runtime::type_version: unique, never reused, and replaced whenever the class or a
//!   base changes, so a tag names one class in one state), dicts by key versions, which are
//!   unique across all dicts. A cached entry index is read only while its dict's key
//!   version is unchanged. A change to one class invalidates only the caches of that class
//!   and its subclasses.
//! - The instance forms (`LoadAttrInstance`, `LoadMethodInstance`, `StoreAttrInstance`) key
//!   on the receiver's layout (`layout_key`): the id of its shape (unique, never reused, and
//!   owned by one class) when its attributes are shared-keys values, else its class's
//!   address, together with its class's version tag; a shape's names never change, so a
//!   cached value index holds for as long as the key matches.
//! - The compiler's instructions (`Code::instrs`) are never modified: tier 2, tracebacks and
//!   the disassembler read those.

use super::Vm;
use super::code::CodeObject;
use super::frame::Frame;
use crate::bytecode::{BinOp, Code, Instr};
use crate::runtime::class::{Attrs, Class, Instance};
use crate::runtime::dict::PyDict;
use crate::runtime::function::BuiltinFunction;
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use std::cell::{Cell, RefCell};

/// Executions of a generic instruction before its first attempt to specialize.
const WARMUP: u16 = 2;
/// Guard failures a specialized form absorbs before it goes back to the generic form.
const MISS_BUDGET: u16 = 52;
/// Largest backoff exponent: a site that never specializes retries every 4096 executions.
const MAX_BACKOFF: u8 = 12;

/// Per-instruction countdown with an exponential backoff (see the module doc).
#[derive(Clone, Copy)]
pub struct Counter {
    value: u16,
    backoff: u8,
}

impl Counter {
    const START: Counter = Counter {
        value: WARMUP,
        backoff: 0,
    };

    fn after_failure(self) -> Counter {
        let backoff = (self.backoff + 1).min(MAX_BACKOFF);
        Counter {
            value: (1u16 << backoff) - 1,
            backoff,
        }
    }
}

/// What a specialized form remembers about its site; the meaning of each field depends on
/// the form (see `Vm::specialize`).
#[derive(Clone, Copy, Default)]
pub struct InlineCache {
    /// A layout key (instance forms) or a built-in function's address.
    pub class: usize,
    /// A class's version tag (class and instance forms), or a dict key version (module
    /// attributes, globals).
    pub version: u64,
    /// A second dict key version (builtins for `LoadGlobalBuiltin`).
    pub version2: u64,
    /// An entry index in a dict, or a slot index.
    pub index: u32,
    /// Which dict of the class's MRO holds the attribute (0 = the class itself).
    pub aux: u32,
    /// A second layout key (0 = none) for the instance forms that serve two classes
    /// (`LoadAttrInstance`, `LoadMethodInstance`, `StoreAttrInstance`), with its own class
    /// version tag, `index` and `aux`. For a class-object receiver (`LoadAttrClass`),
    /// `tag2` is its metaclass's tag (0 for `type`).
    pub class2: usize,
    pub tag2: u64,
    pub index2: u32,
    pub aux2: u32,
}

impl InlineCache {
    /// The class forms' guard: `cls` is the cached class, unchanged since (its tag names
    /// both).
    #[inline(always)]
    pub fn holds_class(&self, cls: &Class) -> bool {
        cls.version.tag() == self.version
    }

    /// True when `address` is the cached built-in function (built-ins never change).
    #[inline(always)]
    pub fn holds_builtin(&self, address: usize) -> bool {
        address == self.class
    }

    /// `(index, aux)` for an instance with this layout when it is one of the cached ones.
    #[inline(always)]
    pub fn entry_for(&self, layout: LayoutKey) -> Option<(u32, u32)> {
        if layout.key == self.class && layout.tag == self.version {
            Some((self.index, self.aux))
        } else if layout.key == self.class2 && layout.tag == self.tag2 {
            Some((self.index2, self.aux2))
        } else {
            None
        }
    }
}

/// How the instance forms identify an instance's attribute layout (see `layout_key`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LayoutKey {
    /// The shape id, or the class address for a real dict or no dict.
    pub key: usize,
    /// The class's version tag.
    pub tag: u64,
}

/// Classes an instance form's site serves beyond the two in its `InlineCache`, so a
/// polymorphic site (a loop calling the same method on instances of several subclasses)
/// stays specialized.
pub const MAX_MORE_CLASSES: usize = 6;

/// The extra classes of one polymorphic site, kept until the site's second class changes.
struct MoreClasses {
    ip: u32,
    /// (layout, index, aux), as in `InlineCache`.
    entries: Vec<(LayoutKey, u32, u32)>,
}

/// The quickened instructions of one code object.
pub struct Adaptive {
    pub instrs: Box<[Cell<Instr>]>,
    counters: Box<[Cell<Counter>]>,
    pub caches: Box<[Cell<InlineCache>]>,
    /// At most one record per polymorphic site (few per code object: searched in order).
    more_classes: RefCell<Vec<MoreClasses>>,
}

impl Adaptive {
    pub fn new(code: &Code) -> Adaptive {
        let n = code.instrs.len();
        Adaptive {
            instrs: code
                .instrs
                .iter()
                .enumerate()
                .map(|(ip, &i)| {
                    let next = code.instrs.get(ip + 1).copied();
                    Cell::new(next.and_then(|n| i.fused_with(n)).unwrap_or(i))
                })
                .collect(),
            counters: (0..n).map(|_| Cell::new(Counter::START)).collect(),
            caches: (0..n).map(|_| Cell::new(InlineCache::default())).collect(),
            more_classes: RefCell::default(),
        }
    }

    /// `(index, aux)` for an instance with this layout at the instance form at `ip` when
    /// the site serves it (`InlineCache::entry_for`, then the site's extra classes).
    #[inline(always)]
    pub fn instance_entry(&self, ip: usize, layout: LayoutKey) -> Option<(u32, u32)> {
        let c = self.caches[ip].get();
        match c.entry_for(layout) {
            Some(entry) => Some(entry),
            None if c.class2 != 0 => self.more_classes_entry(ip, layout),
            None => None,
        }
    }

    #[inline(never)]
    fn more_classes_entry(&self, ip: usize, layout: LayoutKey) -> Option<(u32, u32)> {
        let sites = self.more_classes.borrow();
        let site = sites.iter().find(|m| m.ip as usize == ip)?;
        site.entries
            .iter()
            .find(|e| e.0 == layout)
            .map(|&(_, index, aux)| (index, aux))
    }

    /// Adds a layout to the extra classes of the site at `ip`; false when the site already
    /// serves its most.
    fn add_more_class(&self, ip: usize, layout: LayoutKey, index: u32, aux: u32) -> bool {
        let mut sites = self.more_classes.borrow_mut();
        let at = match sites.iter().position(|m| m.ip as usize == ip) {
            Some(at) => at,
            None => {
                sites.push(MoreClasses {
                    ip: ip as u32,
                    entries: Vec::new(),
                });
                sites.len() - 1
            }
        };
        let site = &mut sites[at];
        if site.entries.len() >= MAX_MORE_CLASSES {
            return false;
        }
        site.entries.push((layout, index, aux));
        true
    }

    /// The site at `ip` took a new second class: the extra classes it had served belong to
    /// the cache it replaced.
    fn forget_more_classes(&self, ip: usize) {
        self.more_classes
            .borrow_mut()
            .retain(|m| m.ip as usize != ip);
    }

    /// Called by a generic instruction of a specializable family: true when it is time to
    /// try specializing the site.
    #[inline(always)]
    pub fn due(&self, ip: usize) -> bool {
        let c = &self.counters[ip];
        let mut v = c.get();
        if v.value == 0 {
            return true;
        }
        v.value -= 1;
        c.set(v);
        false
    }

    #[inline(always)]
    pub fn cache(&self, ip: usize) -> InlineCache {
        self.caches[ip].get()
    }
}

macro_rules! forms {
    ($($form:ident),* $(,)?) => {
        /// The specialized forms, for statistics.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Form { $($form),* }
        const FORM_NAMES: &[&str] = &[$(stringify!($form)),*];
        const FORMS: usize = FORM_NAMES.len();
    };
}

forms!(
    BinaryOpInt,
    BinaryOpFloat,
    CompareOpInt,
    CompareOpFloat,
    CompareOpStr,
    LoadAttrInstance,
    LoadAttrClass,
    LoadAttrModule,
    LoadAttrSlot,
    LoadAttrProperty,
    LoadMethodInstance,
    LoadMethodType,
    StoreAttrInstance,
    StoreAttrSlot,
    LoadGlobalModule,
    LoadGlobalBuiltin,
    CallPyExact,
    CallBuiltin,
    CallLen,
    CallIsInstance,
    CallType,
    CallClassPyInit,
    CallBoundMethod,
    CallMethodPy,
    CallMethodBuiltin,
    CallMethodListAppend,
    ForIterRange,
    ForIterList,
    ForIterTuple,
    ForIterGen,
    BinarySubscrList,
    BinarySubscrTuple,
    BinarySubscrDict,
    StoreSubscrList,
    StoreSubscrDict,
    UnpackSequenceTuple,
    UnpackSequenceList,
    ContainsOpDict,
    ContainsOpSet,
);

/// How often each specialized form was made, hit, missed and undone; printed at exit by
/// `-X stats` (or `TESSERA_STATS=1`). Counted in every build: one add per execution.
pub struct SpecializationStats {
    pub hits: [u64; FORMS],
    pub misses: [u64; FORMS],
    made: [u64; FORMS],
    deopts: [u64; FORMS],
    /// Attempts that found no form for the operands, by generic instruction name.
    failures: std::collections::BTreeMap<String, u64>,
}

impl Default for SpecializationStats {
    fn default() -> Self {
        SpecializationStats {
            hits: [0; FORMS],
            misses: [0; FORMS],
            made: [0; FORMS],
            deopts: [0; FORMS],
            failures: Default::default(),
        }
    }
}

impl SpecializationStats {
    #[inline(always)]
    pub fn hit(&mut self, form: Form) {
        self.hits[form as usize] += 1;
    }

    /// The report printed at exit.
    pub fn report(&self) -> String {
        let mut out = String::from(
            "tessera stats: specialized form, hits, misses, hit rate, times specialized, \
             times deoptimized\n",
        );
        for (i, name) in FORM_NAMES.iter().enumerate() {
            let (h, m) = (self.hits[i], self.misses[i]);
            let rate = if h + m == 0 {
                0.0
            } else {
                100.0 * h as f64 / (h + m) as f64
            };
            out.push_str(&format!(
                "  {name}: {h} {m} {rate:.1}% {} {}\n",
                self.made[i], self.deopts[i]
            ));
        }
        out.push_str("tessera stats: generic instruction, failed attempts to specialize\n");
        for (name, n) in &self.failures {
            out.push_str(&format!("  {name}: {n}\n"));
        }
        out
    }
}

/// Attribute kinds found on a class that a specialized attribute form can serve.
enum ClassAttr {
    Absent,
    /// Found in the dict `depth` steps along the MRO (0 = the class), at entry `index`.
    At {
        depth: u32,
        index: u32,
        value: Value,
    },
}

/// Where `name` lives along `cls`'s MRO: the dict's depth and the entry index.
fn locate_class_attr(cls: &Obj<Class>, name: &crate::runtime::str::PyStr) -> ClassAttr {
    if let Some(index) = cls.dict.find_str_index(name) {
        let value = cls.dict.value_at(index).unwrap_or_default();
        return ClassAttr::At {
            depth: 0,
            index: index as u32,
            value,
        };
    }
    for (i, c) in cls.mro.borrow().iter().enumerate() {
        if Obj::ptr_eq(c, cls) {
            continue;
        }
        if let Some(index) = c.dict.find_str_index(name) {
            let value = c.dict.value_at(index).unwrap_or_default();
            return ClassAttr::At {
                depth: i as u32 + 1,
                index: index as u32,
                value,
            };
        }
    }
    ClassAttr::Absent
}

/// The value a cache filled by `locate_class_attr` points at (entry `index` of the dict
/// `depth` steps along the MRO), if the dict still has it.
#[inline]
pub fn cached_class_attr(cls: &Obj<Class>, depth: u32, index: u32) -> Option<Value> {
    if depth == 0 {
        cls.dict.value_at(index as usize)
    } else {
        let mro = cls.mro.borrow();
        mro.get(depth as usize - 1)?.dict.value_at(index as usize)
    }
}

/// The class of an instance whose attribute access the instance forms can serve: not an
/// exception (whose `args`, `__cause__`… live outside the dict), and no Python
/// `__getattribute__` or `__setattr__` (`object` defines both as built-ins).
/// How the instance forms' caches identify an instance's attribute layout: the id of its
/// shape (a class reassignment gives the instance a real dict) or, with a real dict or
/// none, the class's address; with the class's version tag.
#[inline(always)]
pub fn layout_key(inst: &Instance, attrs: &Attrs) -> LayoutKey {
    match attrs {
        Attrs::Shared { shape, .. } => LayoutKey {
            key: shape.id,
            tag: shape.version.tag(),
        },
        _ => {
            let cls = inst.class.borrow();
            LayoutKey {
                key: Obj::as_ptr(&cls) as usize,
                tag: cls.version.tag(),
            }
        }
    }
}

/// What an instance form caches for `name` on `inst`: its layout key and, for attribute
/// loads and stores, where the attribute is: its index in the shape (for a store that adds
/// it, the shape's length), or its entry index in a real dict (`u32::MAX` for a store that
/// adds it). `None` when the form does not fit: a load of an attribute that is not set, a
/// method shadowed by an attribute of a shape, an instance without `__dict__` for loads and
/// stores.
fn instance_layout(inst: &Instance, form: Form, name: &PyStr) -> Option<(LayoutKey, u32)> {
    let attrs = inst.attrs.borrow();
    let key = layout_key(inst, &attrs);
    let index = match (&*attrs, form) {
        (Attrs::Shared { shape, .. }, Form::LoadMethodInstance) => {
            return shape.index_of(name).is_none().then_some((key, 0));
        }
        (_, Form::LoadMethodInstance) => return Some((key, 0)),
        (Attrs::Absent(_), _) => return None,
        (Attrs::Shared { shape, .. }, Form::LoadAttrInstance) => shape.index_of(name)?,
        (Attrs::Shared { shape, .. }, _) => match shape.index_of(name) {
            Some(i) => i,
            None => {
                shape.with(name)?;
                shape.names().len()
            }
        },
        (Attrs::Dict(d), Form::LoadAttrInstance) => d.find_str_index(name)?,
        (Attrs::Dict(d), _) => d.find_str_index(name).unwrap_or(u32::MAX as usize),
    };
    Some((key, index as u32))
}

fn plain_instance_class(inst: &Instance) -> Option<Obj<Class>> {
    let cls = inst.class.borrow().clone();
    let hooked = matches!(
        cls.lookup("__getattribute__").view(),
        Some(View::Function(_))
    ) || matches!(cls.lookup("__setattr__").view(), Some(View::Function(_)));
    (!hooked && inst.exc.is_none()).then_some(cls)
}

fn int_op_specializable(op: BinOp) -> bool {
    use BinOp::*;
    matches!(
        op,
        Add | Sub
            | Mul
            | And
            | Or
            | Xor
            | FloorDiv
            | Mod
            | RShift
            | InplaceAdd
            | InplaceSub
            | InplaceMul
            | InplaceAnd
            | InplaceOr
            | InplaceXor
            | InplaceFloorDiv
            | InplaceMod
            | InplaceRShift
    )
}

fn float_op_specializable(op: BinOp) -> bool {
    use BinOp::*;
    matches!(
        op,
        Add | Sub | Mul | TrueDiv | InplaceAdd | InplaceSub | InplaceMul | InplaceTrueDiv
    )
}

impl Vm {
    /// Tries to rewrite the generic instruction at `ip` into a form for the operands now on
    /// `f`'s stack; the generic instruction then runs as usual this time.
    #[cold]
    #[inline(never)]
    pub fn specialize(&mut self, code: &CodeObject, f: &Frame, ip: usize, instr: Instr) {
        let made = self.choose_form(code, f, instr);
        let site = &code.adaptive;
        match made {
            Some((form, specialized, cache)) => {
                site.caches[ip].set(cache);
                site.instrs[ip].set(specialized);
                let backoff = site.counters[ip].get().backoff;
                site.counters[ip].set(Counter {
                    value: MISS_BUDGET,
                    backoff,
                });
                self.specialization.made[form as usize] += 1;
            }
            None => {
                site.counters[ip].set(site.counters[ip].get().after_failure());
                // The instruction's name without its operand.
                let name = format!("{instr:?}");
                let name = name.split('(').next().unwrap_or_default().to_string();
                *self.specialization.failures.entry(name).or_default() += 1;
            }
        }
    }

    /// A specialized form's guard failed: spends one unit of the site's miss budget and, when
    /// it is gone, puts `generic` back. A two-class instance form first tries to take the
    /// receiver (`top`) class as its second entry (`add_second_class`).
    #[cold]
    #[inline(never)]
    pub fn specialization_miss(
        &mut self,
        code: &CodeObject,
        ip: usize,
        form: Form,
        generic: Instr,
        top: Option<&Value>,
    ) {
        if let Instr::LoadAttr(name) | Instr::LoadMethod(name) | Instr::StoreAttr(name) = generic
            && matches!(
                form,
                Form::LoadAttrInstance | Form::LoadMethodInstance | Form::StoreAttrInstance
            )
            && self.add_second_class(code, ip, form, top, name)
        {
            return;
        }
        self.specialization.misses[form as usize] += 1;
        let site = &code.adaptive;
        let mut c = site.counters[ip].get();
        if c.value > 1 {
            c.value -= 1;
            site.counters[ip].set(c);
            return;
        }
        site.instrs[ip].set(generic);
        site.counters[ip].set(c.after_failure());
        self.specialization.deopts[form as usize] += 1;
    }

    /// A monomorphic instance form missed on an instance of another class: when the site
    /// has no second class yet and this one fits the same form, it becomes the second entry
    /// (no miss budget is spent). False when the miss must be handled as usual.
    fn add_second_class(
        &mut self,
        code: &CodeObject,
        ip: usize,
        form: Form,
        receiver: Option<&Value>,
        name_index: u32,
    ) -> bool {
        let site = &code.adaptive;
        let mut cache = site.caches[ip].get();
        let Some(View::Instance(inst)) = receiver.view() else {
            return false;
        };
        let Some(cls) = plain_instance_class(inst) else {
            return false;
        };
        let name = &code.names[name_index as usize];
        if super::exceptions::slot_index(&cls, name.as_str()).is_some() {
            return false;
        }
        let Some((class, own)) = instance_layout(inst, form, name) else {
            return false;
        };
        let (index, aux) = match (form, locate_class_attr(&cls, name)) {
            (Form::LoadAttrInstance | Form::StoreAttrInstance, ClassAttr::Absent) => (own, 0),
            (
                Form::LoadMethodInstance,
                ClassAttr::At {
                    depth,
                    index,
                    value,
                },
            ) if matches!(value.view(), View::Function(_) | View::Builtin(_)) => (index, depth),
            _ => return false,
        };
        if cache.class2 == 0 {
            cache.class2 = class.key;
            cache.tag2 = class.tag;
            cache.index2 = index;
            cache.aux2 = aux;
            site.caches[ip].set(cache);
            site.forget_more_classes(ip);
        } else if !site.add_more_class(ip, class, index, aux) {
            return false;
        }
        self.specialization.misses[form as usize] += 1;
        true
    }

    fn choose_form(
        &mut self,
        code: &CodeObject,
        f: &Frame,
        instr: Instr,
    ) -> Option<(Form, Instr, InlineCache)> {
        let stack = f.stack();
        let peek = |i: usize| stack.get(stack.len().wrapping_sub(i));
        let none = InlineCache::default();
        match instr {
            Instr::BinaryOp(op) => match (peek(2)?.view(), peek(1)?.view()) {
                (View::Int(_), View::Int(_)) if int_op_specializable(op) => {
                    Some((Form::BinaryOpInt, Instr::BinaryOpInt(op), none))
                }
                (View::Float(_), View::Float(_) | View::Int(_))
                | (View::Int(_), View::Float(_))
                    if float_op_specializable(op) =>
                {
                    Some((Form::BinaryOpFloat, Instr::BinaryOpFloat(op), none))
                }
                _ => None,
            },
            Instr::CompareOp(op) => match (peek(2)?.view(), peek(1)?.view()) {
                (View::Int(_), View::Int(_)) => {
                    Some((Form::CompareOpInt, Instr::CompareOpInt(op), none))
                }
                (View::Float(_), View::Float(_)) => {
                    Some((Form::CompareOpFloat, Instr::CompareOpFloat(op), none))
                }
                (View::Str(_), View::Str(_)) => {
                    Some((Form::CompareOpStr, Instr::CompareOpStr(op), none))
                }
                _ => None,
            },
            Instr::LoadAttr(i) => self.choose_load_attr(code, peek(1)?, i),
            Instr::LoadMethod(i) => self.choose_load_method(code, peek(1)?, i),
            Instr::StoreAttr(i) => {
                let View::Instance(inst) = peek(1)?.view() else {
                    return None;
                };
                let cls = plain_instance_class(inst)?;
                let name = &code.names[i as usize];
                // A class attribute of that name may be a descriptor with a setter.
                if !matches!(locate_class_attr(&cls, name), ClassAttr::Absent) {
                    return None;
                }
                let cache = InlineCache {
                    class: Obj::as_ptr(&cls) as usize,
                    version: cls.version.tag(),
                    ..none
                };
                if let Some(slot) = super::exceptions::slot_index(&cls, name.as_str()) {
                    let cache = InlineCache {
                        index: slot as u32,
                        ..cache
                    };
                    return Some((Form::StoreAttrSlot, Instr::StoreAttrSlot(i), cache));
                }
                let (layout, index) = instance_layout(inst, Form::StoreAttrInstance, name)?;
                let cache = InlineCache {
                    class: layout.key,
                    version: layout.tag,
                    index,
                    ..cache
                };
                Some((Form::StoreAttrInstance, Instr::StoreAttrInstance(i), cache))
            }
            Instr::LoadGlobal(i) => {
                let name = &code.names[i as usize];
                if let Some(idx) = f.globals.find_str_index(name) {
                    let cache = InlineCache {
                        version: f.globals.keys_version(),
                        index: idx as u32,
                        ..none
                    };
                    return Some((Form::LoadGlobalModule, Instr::LoadGlobalModule(i), cache));
                }
                let idx = self.builtins.find_str_index(name)?;
                let cache = InlineCache {
                    version: f.globals.keys_version(),
                    version2: self.builtins.keys_version(),
                    index: idx as u32,
                    ..none
                };
                Some((Form::LoadGlobalBuiltin, Instr::LoadGlobalBuiltin(i), cache))
            }
            Instr::Call(n) => match peek(n as usize + 1)?.view() {
                View::Function(func) if func.code.takes_exactly(n as usize) => {
                    Some((Form::CallPyExact, Instr::CallPyExact(n), none))
                }
                // `len` and `isinstance` by identity: the cache holds the built-in's address
                // (built-in functions never change, so no version goes with it).
                View::Builtin(b) if n == 1 && self.is_builtin(b, "len") => {
                    let cache = InlineCache {
                        class: Obj::as_ptr(b) as usize,
                        ..none
                    };
                    Some((Form::CallLen, Instr::CallLen(n), cache))
                }
                View::Builtin(b) if n == 2 && self.is_builtin(b, "isinstance") => {
                    let cache = InlineCache {
                        class: Obj::as_ptr(b) as usize,
                        ..none
                    };
                    Some((Form::CallIsInstance, Instr::CallIsInstance(n), cache))
                }
                View::Builtin(b) if b.binding.is_none() => {
                    Some((Form::CallBuiltin, Instr::CallBuiltin(n), none))
                }
                View::Class(cls) => Some(match self.python_init_site(cls, n) {
                    Some(cache) => (Form::CallClassPyInit, Instr::CallClassPyInit(n), cache),
                    None => (Form::CallType, Instr::CallType(n), none),
                }),
                View::Method(m) => match m.func.view() {
                    View::Function(func) if func.code.takes_exactly(n as usize + 1) => {
                        Some((Form::CallBoundMethod, Instr::CallBoundMethod(n), none))
                    }
                    _ => None,
                },
                _ => None,
            },
            Instr::CallMethod(n) => {
                match (peek(n as usize + 2)?.view(), peek(n as usize + 1)?.view()) {
                    (View::Function(func), this)
                        if !matches!(this, View::Null)
                            && func.code.takes_exactly(n as usize + 1) =>
                    {
                        Some((Form::CallMethodPy, Instr::CallMethodPy(n), none))
                    }
                    (View::Builtin(b), View::List(_)) if n == 1 && self.is_list_append(b) => {
                        let cache = InlineCache {
                            class: Obj::as_ptr(b) as usize,
                            ..none
                        };
                        Some((
                            Form::CallMethodListAppend,
                            Instr::CallMethodListAppend(n),
                            cache,
                        ))
                    }
                    (View::Builtin(b), this)
                        if !matches!(this, View::Null) && b.binding.is_none() =>
                    {
                        Some((Form::CallMethodBuiltin, Instr::CallMethodBuiltin(n), none))
                    }
                    _ => None,
                }
            }
            Instr::ForIter(t) => match peek(1)?.view() {
                View::Iter(it) => match &*it.kind.borrow() {
                    super::iter::IterKind::Range { .. } => {
                        Some((Form::ForIterRange, Instr::ForIterRange(t), none))
                    }
                    super::iter::IterKind::List { .. } => {
                        Some((Form::ForIterList, Instr::ForIterList(t), none))
                    }
                    super::iter::IterKind::Tuple { .. } => {
                        Some((Form::ForIterTuple, Instr::ForIterTuple(t), none))
                    }
                    _ => None,
                },
                View::Generator(g) if g.is_plain() => {
                    Some((Form::ForIterGen, Instr::ForIterGen(t), none))
                }
                _ => None,
            },
            Instr::BinarySubscr => match (peek(2)?.view(), peek(1)?.view()) {
                (View::List(_), View::Int(_)) => {
                    Some((Form::BinarySubscrList, Instr::BinarySubscrList, none))
                }
                (View::Tuple(_), View::Int(_)) => {
                    Some((Form::BinarySubscrTuple, Instr::BinarySubscrTuple, none))
                }
                (View::Dict(_), _) => Some((Form::BinarySubscrDict, Instr::BinarySubscrDict, none)),
                _ => None,
            },
            Instr::StoreSubscr => match (peek(2)?.view(), peek(1)?.view()) {
                (View::List(_), View::Int(_)) => {
                    Some((Form::StoreSubscrList, Instr::StoreSubscrList, none))
                }
                (View::Dict(_), _) => Some((Form::StoreSubscrDict, Instr::StoreSubscrDict, none)),
                _ => None,
            },
            Instr::UnpackSequence(n) => match peek(1)?.view() {
                View::Tuple(t) if t.items().len() == n as usize => Some((
                    Form::UnpackSequenceTuple,
                    Instr::UnpackSequenceTuple(n),
                    none,
                )),
                View::List(l) if l.items.borrow().len() == n as usize => {
                    Some((Form::UnpackSequenceList, Instr::UnpackSequenceList(n), none))
                }
                _ => None,
            },
            Instr::ContainsOp(inv) => match peek(1)?.view() {
                View::Dict(_) => Some((Form::ContainsOpDict, Instr::ContainsOpDict(inv), none)),
                View::Set(_) | View::FrozenSet(_) => {
                    Some((Form::ContainsOpSet, Instr::ContainsOpSet(inv), none))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Is `b` the built-in function `name` of the builtins module?
    fn is_builtin(&self, b: &Obj<BuiltinFunction>, name: &str) -> bool {
        holds_builtin(&self.builtins, name, b)
    }

    /// Is `b` the list type's own `append`?
    fn is_list_append(&self, b: &Obj<BuiltinFunction>) -> bool {
        holds_builtin(&self.types.list.dict, "append", b)
    }

    /// For `CallClassPyInit`: where `cls.__init__` lives, when calling `cls` with `n`
    /// arguments only makes a plain instance and runs a Python `__init__` that takes
    /// exactly them (the default `__new__`, no built-in or exception base).
    fn python_init_site(&self, cls: &Obj<Class>, n: u32) -> Option<InlineCache> {
        if cls.builtin
            || cls.meta.borrow().is_some()
            || cls.layout != crate::runtime::class::Layout::Object
            || cls.is_subclass(&self.types.base_exception)
        {
            return None;
        }
        let default_new = match cls.lookup("__new__").view() {
            None | Some(View::Builtin(_)) => true,
            Some(View::StaticMethod(f)) => matches!((*f).view(), View::Builtin(_)),
            _ => false,
        };
        if !default_new {
            return None;
        }
        let ClassAttr::At {
            depth,
            index,
            value,
        } = locate_class_attr(cls, &crate::runtime::str::intern("__init__"))
        else {
            return None;
        };
        let View::Function(init) = value.view() else {
            return None;
        };
        if !init.code.takes_exactly(n as usize + 1) {
            return None;
        }
        Some(InlineCache {
            class: Obj::as_ptr(cls) as usize,
            version: cls.version.tag(),
            index,
            aux: depth,
            ..Default::default()
        })
    }

    fn choose_load_attr(
        &mut self,
        code: &CodeObject,
        obj: &Value,
        i: u32,
    ) -> Option<(Form, Instr, InlineCache)> {
        let name = &code.names[i as usize];
        match obj.view() {
            View::Instance(inst) => {
                let cls = plain_instance_class(inst)?;
                let class = Obj::as_ptr(&cls) as usize;
                let tag = cls.version.tag();
                // Slots come first, as in `object_get_attr_opt`.
                if let Some(slot) = super::exceptions::slot_index(&cls, name.as_str()) {
                    let cache = InlineCache {
                        class,
                        version: tag,
                        index: slot as u32,
                        ..Default::default()
                    };
                    return Some((Form::LoadAttrSlot, Instr::LoadAttrSlot(i), cache));
                }
                match locate_class_attr(&cls, name) {
                    ClassAttr::Absent => {
                        let (layout, index) = instance_layout(inst, Form::LoadAttrInstance, name)?;
                        let cache = InlineCache {
                            class: layout.key,
                            version: layout.tag,
                            index,
                            ..Default::default()
                        };
                        Some((Form::LoadAttrInstance, Instr::LoadAttrInstance(i), cache))
                    }
                    ClassAttr::At {
                        depth,
                        index,
                        value,
                    } => {
                        let cache = InlineCache {
                            class,
                            version: tag,
                            index,
                            aux: depth,
                            ..Default::default()
                        };
                        match value.view() {
                            View::Property(p) if matches!(p.fget.view(), View::Function(_)) => {
                                Some((Form::LoadAttrProperty, Instr::LoadAttrProperty(i), cache))
                            }
                            _ if plain_class_value(&value) => {
                                Some((Form::LoadAttrClass, Instr::LoadAttrClass(i), cache))
                            }
                            _ => None,
                        }
                    }
                }
            }
            View::Class(cls) => {
                // Metaclass attributes and descriptors take the generic path.
                let ClassAttr::At {
                    depth,
                    index,
                    value,
                } = locate_class_attr(cls, name)
                else {
                    return None;
                };
                if !plain_class_value(&value) || depth != 0 {
                    return None;
                }
                // A metaclass attribute of that name may be a data descriptor, which wins.
                let meta_tag = match &*cls.meta.borrow() {
                    Some(meta) if meta.lookup(name.as_str()).is_some() => return None,
                    Some(meta) => meta.version.tag(),
                    None => 0,
                };
                // `version2` 1 marks a class-object receiver (see `LoadAttrClass`).
                let cache = InlineCache {
                    class: Obj::as_ptr(cls) as usize,
                    version: cls.version.tag(),
                    tag2: meta_tag,
                    version2: 1,
                    index,
                    ..Default::default()
                };
                Some((Form::LoadAttrClass, Instr::LoadAttrClass(i), cache))
            }
            View::Module(m) => {
                let index = m.dict.find_str_index(name)?;
                let cache = InlineCache {
                    version: m.dict.keys_version(),
                    index: index as u32,
                    ..Default::default()
                };
                Some((Form::LoadAttrModule, Instr::LoadAttrModule(i), cache))
            }
            _ => None,
        }
    }

    fn choose_load_method(
        &mut self,
        code: &CodeObject,
        obj: &Value,
        i: u32,
    ) -> Option<(Form, Instr, InlineCache)> {
        let name = &code.names[i as usize];
        let (cls, form) = match obj.view() {
            View::Instance(inst) => {
                let cls = plain_instance_class(inst)?;
                if super::exceptions::slot_index(&cls, name.as_str()).is_some() {
                    return None;
                }
                (cls, Form::LoadMethodInstance)
            }
            View::Class(_) | View::Module(_) | View::Super(_) | View::Function(_) => {
                return None;
            }
            // Only kinds whose type is fixed, so the guard can check it without a lookup.
            _ => (self.builtin_type_ref(obj)?.clone(), Form::LoadMethodType),
        };
        let ClassAttr::At {
            depth,
            index,
            value,
        } = locate_class_attr(&cls, name)
        else {
            return None;
        };
        let fits = match form {
            Form::LoadMethodInstance => {
                matches!(value.view(), View::Function(_) | View::Builtin(_))
            }
            _ => matches!(value.view(), View::Builtin(_)),
        };
        if !fits {
            return None;
        }
        let layout = match (obj.view(), form) {
            (View::Instance(inst), Form::LoadMethodInstance) => {
                instance_layout(inst, form, name)?.0
            }
            _ => LayoutKey {
                key: Obj::as_ptr(&cls) as usize,
                tag: cls.version.tag(),
            },
        };
        let cache = InlineCache {
            class: layout.key,
            version: layout.tag,
            index,
            aux: depth,
            ..Default::default()
        };
        let instr = match form {
            Form::LoadMethodInstance => Instr::LoadMethodInstance(i),
            _ => Instr::LoadMethodType(i),
        };
        Some((form, instr, cache))
    }
}

/// Class attributes that `LoadAttrClass` may return as they are: values that are not
/// descriptors (a function would have to be bound, a property called).
fn plain_class_value(v: &Value) -> bool {
    matches!(
        v.view(),
        View::None
            | View::Bool(_)
            | View::Int(_)
            | View::Float(_)
            | View::BigInt(_)
            | View::Str(_)
            | View::Bytes(_)
            | View::Tuple(_)
            | View::List(_)
            | View::Dict(_)
            | View::Set(_)
            | View::FrozenSet(_)
            | View::Class(_)
    )
}

/// Whether `dict[name]` is the built-in function `b` itself.
fn holds_builtin(dict: &PyDict, name: &str, b: &Obj<BuiltinFunction>) -> bool {
    matches!(
        dict.get_str(name, crate::runtime::str::str_hash(name)).view(),
        Some(View::Builtin(f)) if Obj::ptr_eq(f, b)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_back_off_exponentially_up_to_a_limit() {
        let mut c = Counter::START;
        let mut waits = vec![];
        for _ in 0..15 {
            c = c.after_failure();
            waits.push(c.value);
        }
        assert_eq!(&waits[..4], &[1, 3, 7, 15]);
        assert_eq!(*waits.last().unwrap(), (1 << MAX_BACKOFF) - 1);
    }

    #[test]
    fn a_polymorphic_site_keeps_extra_classes_until_its_second_class_changes() {
        let code = crate::compile::compile("a.b\n", "<test>", crate::compile::Mode::Exec)
            .expect("compiles");
        let site = Adaptive::new(&code);
        let at = |key: usize| LayoutKey { key, tag: 7 };
        site.caches[0].set(InlineCache {
            class: 0x100,
            version: 7,
            index: 1,
            class2: 0x200,
            tag2: 7,
            index2: 2,
            ..InlineCache::default()
        });
        assert_eq!(site.instance_entry(0, at(0x200)), Some((2, 0)));
        assert_eq!(
            site.instance_entry(0, LayoutKey { key: 0x200, tag: 8 }),
            None,
            "the class changed since"
        );
        assert_eq!(site.instance_entry(0, at(0x300)), None);
        for k in 0..MAX_MORE_CLASSES {
            assert!(site.add_more_class(0, at(0x300 + k * 0x100), 10 + k as u32, 7));
        }
        assert!(
            !site.add_more_class(0, at(0x1000), 99, 0),
            "the site is full"
        );
        assert_eq!(site.instance_entry(0, at(0x300)), Some((10, 7)));
        assert_eq!(site.instance_entry(0, at(0x800)), Some((15, 7)));
        assert_eq!(site.instance_entry(0, at(0x1000)), None);
        // Another site's classes are its own.
        assert_eq!(site.instance_entry(1, at(0x300)), None);
        site.forget_more_classes(0);
        assert_eq!(site.instance_entry(0, at(0x300)), None);
    }

    #[test]
    fn every_form_has_a_name() {
        assert_eq!(FORM_NAMES[Form::ContainsOpSet as usize], "ContainsOpSet");
        assert_eq!(FORM_NAMES.len(), Form::ContainsOpSet as usize + 1);
    }
}
