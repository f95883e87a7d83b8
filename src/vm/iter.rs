//! The iterator protocol: built-in iterator objects, dict views, `iter()` and `next()`.

use super::{PyResult, Vm};
use crate::runtime::class::Class;
use crate::runtime::deque::PyDeque;
use crate::runtime::dict::PyDict;
use crate::runtime::object::Obj;
use crate::runtime::object::{HeapValue, TypeTag, Visitor};
use crate::runtime::str::PyStr;
use crate::runtime::value::View;
use crate::runtime::value::{PyList, PySet, PyTuple, Value};
use std::cell::RefCell;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterKind {
    /// Over a deque, front to back or back to front; ends with an error when the deque's
    /// length changed since the iteration began.
    Deque {
        deque: Obj<PyDeque>,
        idx: usize,
        state: u64,
        reverse: bool,
    },
    List {
        list: Obj<PyList>,
        idx: usize,
    },
    ListRev {
        list: Obj<PyList>,
        idx: usize,
    },
    Tuple {
        tuple: Obj<PyTuple>,
        idx: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    BigRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
    },
    Str {
        s: Obj<PyStr>,
        byte: usize,
    },
    Bytes {
        b: Obj<Vec<u8>>,
        idx: usize,
    },
    /// Reads the bytearray as it is at each step (it may grow or shrink meanwhile).
    ByteArray {
        b: Obj<crate::runtime::bytearray::PyByteArray>,
        idx: usize,
    },
    Dict {
        dict: Obj<PyDict>,
        pos: usize,
        part: DictPart,
        len: usize,
    },
    Set {
        set: Obj<PySet>,
        pos: usize,
        len: usize,
    },
    /// The old `__getitem__` protocol.
    Seq {
        obj: Value,
        idx: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `itertools.accumulate`: running results of `func` (None: `+`). `total` is Null
    /// until the first item; `fresh` says `total` is an `initial` not yet produced.
    Accumulate {
        it: Value,
        func: Value,
        total: Value,
        fresh: bool,
    },
    Reversed {
        seq: Value,
        idx: i64,
    },
    DictView {
        dict: Obj<PyDict>,
        part: DictPart,
    },
    Done,
}

pub struct NativeIter {
    pub kind: RefCell<IterKind>,
}

impl IterKind {
    /// One step of a list, tuple or range iterator (`Some(None)` when it is exhausted);
    /// `None` for the other kinds. Shared by `next()` and tier 1's `ForIter*` forms.
    #[inline(always)]
    pub fn next_in_sequence(&mut self) -> Option<Option<Value>> {
        Some(match self {
            IterKind::List { list, idx } => {
                let v = list.items.borrow().get(*idx).cloned();
                match v {
                    Some(v) => {
                        *idx += 1;
                        Some(v)
                    }
                    None => {
                        *self = IterKind::Done;
                        None
                    }
                }
            }
            IterKind::Tuple { tuple, idx } => {
                let v = tuple.items().get(*idx).cloned();
                *idx += 1;
                v
            }
            IterKind::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Some(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Some(Value::Int(v))
            }
            _ => return None,
        })
    }
}

impl NativeIter {
    #[allow(clippy::new_ret_no_self)]
    pub fn new(kind: IterKind) -> Value {
        Value::Iter(Obj::new(NativeIter {
            kind: RefCell::new(kind),
        }))
    }

    pub fn class(&self, vm: &Vm) -> Obj<Class> {
        let t = &vm.types;
        match &*self.kind.borrow() {
            IterKind::Enumerate { .. } => t.enumerate.clone(),
            IterKind::Zip { .. } => t.zip.clone(),
            IterKind::Map { .. } => t.map.clone(),
            IterKind::Filter { .. } => t.filter.clone(),
            IterKind::Accumulate { .. } => t.accumulate.clone(),
            IterKind::Reversed { .. } | IterKind::ListRev { .. } => t.reversed.clone(),
            IterKind::DictView {
                part: DictPart::Keys,
                ..
            } => t.dict_keys.clone(),
            IterKind::DictView {
                part: DictPart::Values,
                ..
            } => t.dict_values.clone(),
            IterKind::DictView {
                part: DictPart::Items,
                ..
            } => t.dict_items.clone(),
            _ => t.iterator.clone(),
        }
    }

    pub fn is_view(&self) -> bool {
        matches!(&*self.kind.borrow(), IterKind::DictView { .. })
    }

    pub fn view_len(&self) -> Option<usize> {
        match &*self.kind.borrow() {
            IterKind::DictView { dict, .. } => Some(dict.len()),
            _ => None,
        }
    }

    pub fn view_dict(&self) -> Option<(Obj<PyDict>, DictPart)> {
        match &*self.kind.borrow() {
            IterKind::DictView { dict, part } => Some((dict.clone(), *part)),
            _ => None,
        }
    }

    /// Name CPython gives this iterator's type, for `type(it).__name__` and reprs.
    pub fn type_name(&self) -> &'static str {
        match &*self.kind.borrow() {
            IterKind::List { .. } => "list_iterator",
            IterKind::ListRev { .. } => "list_reverseiterator",
            IterKind::Deque { reverse: false, .. } => "_deque_iterator",
            IterKind::Deque { reverse: true, .. } => "_deque_reverse_iterator",
            IterKind::Tuple { .. } => "tuple_iterator",
            IterKind::Range { .. } => "range_iterator",
            IterKind::BigRange { .. } => "longrange_iterator",
            IterKind::Str { .. } => "str_ascii_iterator",
            IterKind::Bytes { .. } => "bytes_iterator",
            IterKind::ByteArray { .. } => "bytearray_iterator",
            IterKind::Dict {
                part: DictPart::Keys,
                ..
            } => "dict_keyiterator",
            IterKind::Dict {
                part: DictPart::Values,
                ..
            } => "dict_valueiterator",
            IterKind::Dict {
                part: DictPart::Items,
                ..
            } => "dict_itemiterator",
            IterKind::Set { .. } => "set_iterator",
            IterKind::Callable { .. } => "callable_iterator",
            _ => "iterator",
        }
    }
}

impl Vm {
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v.view() {
            View::List(l) => NativeIter::new(IterKind::List {
                list: l.clone(),
                idx: 0,
            }),
            View::Tuple(t) => NativeIter::new(IterKind::Tuple {
                tuple: t.clone(),
                idx: 0,
            }),
            View::Range(r) if r.big.is_some() => {
                let [start, _, step] = r.bounds();
                NativeIter::new(IterKind::BigRange {
                    next: start,
                    step,
                    remaining: r.big_len(),
                })
            }
            View::Range(r) => NativeIter::new(IterKind::Range {
                next: r.start,
                step: r.step,
                remaining: super::ops::range_len(r.start, r.stop, r.step),
            }),
            View::Str(s) => NativeIter::new(IterKind::Str {
                s: s.clone(),
                byte: 0,
            }),
            View::Bytes(b) => NativeIter::new(IterKind::Bytes {
                b: b.clone(),
                idx: 0,
            }),
            View::ByteArray(b) => NativeIter::new(IterKind::ByteArray {
                b: b.clone(),
                idx: 0,
            }),
            View::MemoryView(m) if m.released.get() => {
                return Err(self.value_error("operation forbidden on released memoryview object"));
            }
            View::MemoryView(m) => NativeIter::new(IterKind::Bytes {
                b: Obj::new(m.to_vec()),
                idx: 0,
            }),
            View::Dict(d) => NativeIter::new(IterKind::Dict {
                dict: d.clone(),
                pos: 0,
                part: DictPart::Keys,
                len: d.len(),
            }),
            View::Set(s) | View::FrozenSet(s) => NativeIter::new(IterKind::Set {
                set: s.clone(),
                pos: 0,
                len: s.table.len(),
            }),
            View::Iter(it) => match it.view_dict() {
                Some((dict, part)) => {
                    let len = dict.len();
                    NativeIter::new(IterKind::Dict {
                        dict,
                        pos: 0,
                        part,
                        len,
                    })
                }
                None => v.clone(),
            },
            View::Generator(g) if g.is_iterator() => v.clone(),
            View::Deque(d) => NativeIter::new(IterKind::Deque {
                deque: d.clone(),
                idx: 0,
                state: d.state.get(),
                reverse: false,
            }),
            View::Class(c) if self.meta_method(c, "__iter__").is_some() => {
                let f = self.meta_method(c, "__iter__").unwrap_or_default();
                self.call(&f, vec![v.clone()])?
            }
            // sys.stdin: a line at a time until readline() gives ''.
            View::Native(n) if n.class.lookup("readline").is_some() => {
                let readline = self.intern("readline");
                let func = self.get_attr(v, &readline)?;
                NativeIter::new(IterKind::Callable {
                    func,
                    sentinel: Value::str(""),
                })
            }
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup("__iter__") {
                    if matches!(f.view(), View::None) {
                        let tn = cls.name();
                        return Err(self.type_error(format!("'{tn}' object is not iterable")));
                    }
                    if !matches!(f.view(), View::Builtin(_)) {
                        let it = self.call(&f, vec![v.clone()])?;
                        if !self.is_iterator(&it) {
                            let tn = self.type_name(&it);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{tn}'"
                            )));
                        }
                        return Ok(it);
                    }
                }
                let base = self.unwrap_base(v);
                if !base.is(v) {
                    return self.get_iter(&base);
                }
                if cls.lookup("__getitem__").is_some() {
                    return Ok(NativeIter::new(IterKind::Seq {
                        obj: v.clone(),
                        idx: 0,
                    }));
                }
                let tn = cls.name();
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
            _ => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
        })
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match v.view() {
            View::Iter(it) => !it.is_view(),
            View::Generator(g) => g.is_iterator(),
            View::Instance(i) => i.class.borrow().lookup("__next__").is_some(),
            _ => false,
        }
    }

    /// `next(it)` raising StopIteration (for `next()` and `yield from` on non-generators).
    pub fn next_raw(&mut self, it: &Value) -> PyResult<Value> {
        match it.view() {
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                match cls.lookup("__next__") {
                    Some(f) => self.call(&f, vec![it.clone()]),
                    None => {
                        let tn = cls.name();
                        Err(self.type_error(format!("'{tn}' object is not an iterator")))
                    }
                }
            }
            View::Generator(g) if g.is_iterator() => {
                let g = g.clone();
                self.gen_send(&g, Value::None)
            }
            _ => match self.next(it)? {
                Some(v) => Ok(v),
                None => Err(self.stop_iteration(Value::None)),
            },
        }
    }

    /// Advances an iterator; `None` when it is exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.view() {
            View::Iter(n) => self.native_next(n),
            View::Generator(g) if g.is_iterator() => {
                let g = g.clone();
                self.gen_next(&g)
            }
            View::Instance(_) => match self.next_raw(it) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
            _ => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{tn}' object is not an iterator")))
            }
        }
    }

    fn native_next(&mut self, n: &Obj<NativeIter>) -> PyResult<Option<Value>> {
        let mut kind = n.kind.borrow_mut();
        if let Some(next) = kind.next_in_sequence() {
            return Ok(next);
        }
        match &mut *kind {
            // Stepped by `next_in_sequence` above.
            IterKind::List { .. } | IterKind::Tuple { .. } | IterKind::Range { .. } => Ok(None),
            IterKind::Deque {
                deque,
                idx,
                state,
                reverse,
            } => {
                if deque.state.get() != *state {
                    *kind = IterKind::Done;
                    drop(kind);
                    return Err(self.err("RuntimeError", "deque mutated during iteration"));
                }
                let len = deque.len();
                if *idx >= len {
                    *kind = IterKind::Done;
                    return Ok(None);
                }
                let at = if *reverse { len - 1 - *idx } else { *idx };
                *idx += 1;
                Ok(deque.get(at))
            }
            IterKind::ListRev { list, idx } => {
                if *idx == 0 {
                    *kind = IterKind::Done;
                    return Ok(None);
                }
                *idx -= 1;
                let v = list.items.borrow().get(*idx).cloned();
                if v.is_none() {
                    *kind = IterKind::Done;
                }
                Ok(v)
            }
            IterKind::BigRange {
                next,
                step,
                remaining,
            } => {
                if !num_traits::Signed::is_positive(remaining) {
                    return Ok(None);
                }
                let v = next.clone();
                *remaining -= 1;
                *next += &*step;
                Ok(Some(Value::from_bigint(v)))
            }
            IterKind::Str { s, byte } => match s.as_str()[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            IterKind::Bytes { b, idx } => {
                let v = b.get(*idx).map(|x| Value::Int(*x as i64));
                *idx += 1;
                Ok(v)
            }
            IterKind::ByteArray { b, idx } => {
                let v = b.data.borrow().get(*idx).map(|x| Value::Int(i64::from(*x)));
                *idx += 1;
                Ok(v)
            }
            IterKind::Dict {
                dict,
                pos,
                part,
                len,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    drop(kind);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                match dict.next_entry(*pos) {
                    Some((p, k, v)) => {
                        *pos = p;
                        Ok(Some(match part {
                            DictPart::Keys => k,
                            DictPart::Values => v,
                            DictPart::Items => Value::tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Set { set, pos, len } => {
                if set.table.len() != *len {
                    *len = usize::MAX;
                    drop(kind);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                match set.table.next_entry(*pos) {
                    Some((p, k, _)) => {
                        *pos = p;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Done | IterKind::DictView { .. } => Ok(None),
            IterKind::Seq { obj, idx } => {
                let (obj, i) = (obj.clone(), *idx);
                *idx += 1;
                drop(kind);
                match self.get_item(&obj, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.err_matches(&e, "IndexError")
                            || self.err_matches(&e, "StopIteration") =>
                    {
                        *n.kind.borrow_mut() = IterKind::Done;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterKind::Callable { func, sentinel } => {
                let (f, s) = (func.clone(), sentinel.clone());
                drop(kind);
                let v = self.call(&f, vec![])?;
                if v.is(&s) || self.eq(&v, &s)? {
                    *n.kind.borrow_mut() = IterKind::Done;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterKind::Enumerate { it, count } => {
                let (it, c) = (it.clone(), count.clone());
                drop(kind);
                match self.next(&it)? {
                    Some(v) => {
                        let next =
                            self.binary_op(&c, &Value::Int(1), crate::bytecode::BinOp::Add)?;
                        if let IterKind::Enumerate { count, .. } = &mut *n.kind.borrow_mut() {
                            *count = next;
                        }
                        Ok(Some(Value::tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                drop(kind);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            *n.kind.borrow_mut() = IterKind::Done;
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    let msg = if i == 1 {
                                        format!(
                                            "zip() argument {} is shorter than argument{plural}{}",
                                            i + 1,
                                            i
                                        )
                                    } else {
                                        format!(
                                            "zip() argument {} is shorter than arguments 1-{}",
                                            i + 1,
                                            i
                                        )
                                    };
                                    return Err(self.value_error(msg));
                                }
                                for (j, rest) in its.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        let msg = if j == 1 {
                                            format!(
                                                "zip() argument {} is longer than argument 1",
                                                j + 1
                                            )
                                        } else {
                                            format!(
                                                "zip() argument {} is longer than arguments 1-{}",
                                                j + 1,
                                                j
                                            )
                                        };
                                        return Err(self.value_error(msg));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            IterKind::Map { func, its } => {
                let (f, its) = (func.clone(), its.clone());
                drop(kind);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&f, args).map(Some)
            }
            IterKind::Filter { func, it } => {
                let (f, it) = (func.clone(), it.clone());
                drop(kind);
                loop {
                    let Some(v) = self.next(&it)? else {
                        return Ok(None);
                    };
                    let keep = if f.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&f, vec![v.clone()])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterKind::Accumulate {
                it,
                func,
                total,
                fresh,
            } => {
                if *fresh {
                    *fresh = false;
                    return Ok(Some(total.clone()));
                }
                // Over a list, tuple or range adding ints or floats (`random.choices`'s
                // weights), step in place: no Python code can run.
                let source = match (*it).view() {
                    View::Iter(src) if func.is_none() => src
                        .kind
                        .try_borrow_mut()
                        .ok()
                        .and_then(|mut k| k.next_in_sequence()),
                    _ => None,
                };
                if let Some(v) = source {
                    let Some(v) = v else {
                        return Ok(None);
                    };
                    let sum = match (total.view(), v.view()) {
                        (View::Null, _) => Some(v.clone()),
                        (View::Float(a), View::Float(b)) => Some(Value::Float(a + b)),
                        (View::Int(a), View::Int(b)) => a.checked_add(b).map(Value::Int),
                        _ => None,
                    };
                    if let Some(sum) = sum {
                        *total = sum.clone();
                        return Ok(Some(sum));
                    }
                    let (func, total) = (func.clone(), total.clone());
                    drop(kind);
                    return self.accumulate_step(n, total, &func, v).map(Some);
                }
                let (it, func, total) = (it.clone(), func.clone(), total.clone());
                drop(kind);
                let Some(v) = self.next(&it)? else {
                    return Ok(None);
                };
                self.accumulate_step(n, total, &func, v).map(Some)
            }
            IterKind::Reversed { seq, idx } => {
                if *idx < 0 {
                    return Ok(None);
                }
                let (seq, i) = (seq.clone(), *idx);
                *idx -= 1;
                drop(kind);
                match self.get_item(&seq, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, "IndexError") => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// The next result of the `accumulate` iterator `n` (`total` Null before the first
    /// item; `func` None for `+`), stored as its new total.
    fn accumulate_step(
        &mut self,
        n: &Obj<NativeIter>,
        total: Value,
        func: &Value,
        v: Value,
    ) -> PyResult<Value> {
        let next = if total.is_null() {
            v
        } else if func.is_none() {
            self.binary_op(&total, &v, crate::bytecode::BinOp::Add)?
        } else {
            self.call(func, vec![total, v])?
        };
        if let IterKind::Accumulate { total, .. } = &mut *n.kind.borrow_mut() {
            *total = next.clone();
        }
        Ok(next)
    }

    pub fn view_contains(&mut self, it: &Obj<NativeIter>, item: &Value) -> PyResult<bool> {
        let Some((dict, part)) = it.view_dict() else {
            return Ok(false);
        };
        match part {
            DictPart::Keys => {
                let h = self.hash(item)?;
                Ok(dict.find(self, item, h)?.is_some())
            }
            DictPart::Items => {
                let View::Tuple(t) = item.view() else {
                    return Ok(false);
                };
                if t.items().len() != 2 {
                    return Ok(false);
                }
                let h = self.hash(&t.items()[0])?;
                match dict.get(self, &t.items()[0], h)? {
                    Some(v) => self.eq(&v, &t.items()[1]),
                    None => Ok(false),
                }
            }
            DictPart::Values => {
                for v in dict.values() {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// Equality of dict views (keys and items views compare like sets).
    pub fn view_eq(&mut self, a: &Obj<NativeIter>, b: &Obj<NativeIter>) -> PyResult<Option<bool>> {
        let (Some((_, pa)), Some((_, pb))) = (a.view_dict(), b.view_dict()) else {
            return Ok(None);
        };
        if pa != pb || pa == DictPart::Values {
            return Ok(Some(Obj::ptr_eq(a, b)));
        }
        let xa = self.collect_iterable(&Value::Iter(a.clone()))?;
        let xb = self.collect_iterable(&Value::Iter(b.clone()))?;
        let sa = self.new_set(xa)?;
        let sb = self.new_set(xb)?;
        self.eq(&sa, &sb).map(Some)
    }
}

impl HeapValue for NativeIter {
    const NAME: &'static str = "iterator";
    const TYPE_TAG: TypeTag = TypeTag::Iter;
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visitor) {
        let Ok(kind) = self.kind.try_borrow() else {
            return;
        };
        match &*kind {
            IterKind::List { list, .. } | IterKind::ListRev { list, .. } => visit.obj(list),
            IterKind::Deque { deque, .. } => visit.obj(deque),
            IterKind::Tuple { tuple, .. } => visit.obj(tuple),
            IterKind::Dict { dict, .. } | IterKind::DictView { dict, .. } => visit.obj(dict),
            IterKind::Set { set, .. } => visit.obj(set),
            IterKind::Seq { obj, .. } => visit.value(obj),
            IterKind::Callable { func, sentinel } => {
                visit.value(func);
                visit.value(sentinel);
            }
            IterKind::Enumerate { it, count } => {
                visit.value(it);
                visit.value(count);
            }
            IterKind::Zip { its, .. } => its.iter().for_each(|v| visit.value(v)),
            IterKind::Map { func, its } => {
                visit.value(func);
                its.iter().for_each(|v| visit.value(v));
            }
            IterKind::Filter { func, it } => {
                visit.value(func);
                visit.value(it);
            }
            IterKind::Accumulate {
                it, func, total, ..
            } => {
                visit.value(it);
                visit.value(func);
                visit.value(total);
            }
            IterKind::Reversed { seq, .. } => visit.value(seq),
            IterKind::Range { .. }
            | IterKind::BigRange { .. }
            | IterKind::Str { .. }
            | IterKind::Bytes { .. }
            | IterKind::ByteArray { .. }
            | IterKind::Done => {}
        }
    }
    fn clear(&self) {
        if let Ok(mut k) = self.kind.try_borrow_mut() {
            let old = std::mem::replace(&mut *k, IterKind::Done);
            drop(k);
            drop(old);
        }
    }
}
