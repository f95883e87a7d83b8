//! The subscript protocol: `x[i]`, `x[i] = v`, `del x[i]`, with slices.

use super::{PyResult, Vm};
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::View;
use crate::runtime::value::{PySlice, Value};

/// Normalized slice bounds for a sequence of a given length.
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    /// An index argument as i64 (ints, bools, and instances with `__index__`).
    pub fn index_value(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match v.view() {
            View::Int(i) => Ok(i),
            View::Bool(b) => Ok(b as i64),
            View::BigInt(_) => Err(self.err(
                "IndexError",
                "cannot fit 'int' into an index-sized integer".to_string(),
            )),
            View::Instance(_) => {
                if let Some(r) = self.call_user_special(v, "__index__", vec![])? {
                    return self.index_value(&r, what);
                }
                let base = self.unwrap_base(v);
                if !base.is(v) {
                    return self.index_value(&base, what);
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("{what}, not {tn}")))
            }
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("{what}, not {tn}")))
            }
        }
    }

    pub fn slice_indices(&mut self, s: &PySlice, len: usize) -> PyResult<SliceIndices> {
        let len = len as i64;
        const MSG: &str = "slice indices must be integers or None or have an __index__ method";
        let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            match v.view() {
                View::None => Ok(None),
                View::Int(i) => Ok(Some(i)),
                View::Bool(b) => Ok(Some(b as i64)),
                View::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                View::Instance(_) => match vm.call_user_special(v, "__index__", vec![])?.view() {
                    Some(View::Int(i)) => Ok(Some(i)),
                    _ => Err(vm.type_error(MSG)),
                },
                _ => Err(vm.type_error(MSG)),
            }
        };
        let step = get(self, &s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => (i + len).max(lower),
                Some(i) => i.min(upper),
            }
        };
        let start = adjust(get(self, &s.start)?, if step < 0 { upper } else { lower });
        let stop = adjust(get(self, &s.stop)?, if step < 0 { lower } else { upper });
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    fn seq_index(
        &mut self,
        key: &Value,
        len: usize,
        type_name: &str,
        what: &str,
    ) -> PyResult<usize> {
        let msg = format!("{type_name} indices must be integers or slices");
        let i = self.index_value(key, &msg)?;
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    pub fn get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        match (container.view(), key.view()) {
            (View::List(l), View::Int(i)) => {
                let items = l.items.borrow();
                let n = items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j >= 0 && j < n {
                    return Ok(items[j as usize].clone());
                }
                drop(items);
                return Err(self.index_error("list index out of range"));
            }
            (View::Dict(d), _) => {
                return match self.dict_get(d, key)? {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key.clone())),
                };
            }
            _ => {}
        }
        match container.view() {
            View::List(l) => {
                if let View::Slice(s) = key.view() {
                    // Slice bounds may call `__index__`, so compute them before borrowing.
                    let len = l.items.borrow().len();
                    let si = self.slice_indices(s, len)?;
                    let items = l.items.borrow();
                    let out: Vec<Value> = if items.len() == len {
                        si.indices().map(|i| items[i].clone()).collect()
                    } else {
                        // `__index__` changed the list: keep the indices that still exist.
                        si.indices().filter_map(|i| items.get(i).cloned()).collect()
                    };
                    drop(items);
                    return Ok(Value::list(out));
                }
                let len = l.items.borrow().len();
                let i = self.seq_index(key, len, "list", "list")?;
                Ok(l.items.borrow().get(i).cloned().unwrap_or_default())
            }
            View::Tuple(t) => {
                if let View::Slice(s) = key.view() {
                    let si = self.slice_indices(s, t.items().len())?;
                    return Ok(Value::tuple(
                        si.indices().map(|i| t.items()[i].clone()).collect(),
                    ));
                }
                let i = self.seq_index(key, t.items().len(), "tuple", "tuple")?;
                Ok(t.items()[i].clone())
            }
            View::Str(s) => {
                if let View::Slice(sl) = key.view() {
                    let si = self.slice_indices(sl, s.char_len())?;
                    if si.step == 1 {
                        let a = s.byte_offset(si.start.max(0) as usize);
                        let b = s.byte_offset((si.start.max(0) as usize) + si.len);
                        return Ok(Value::str(&s.as_str()[a..b]));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::string(si.indices().map(|i| chars[i]).collect()));
                }
                let i = match key.view() {
                    View::Int(_) | View::Bool(_) | View::Instance(_) => {
                        let i = self.index_value(key, "string indices must be integers")?;
                        let n = s.char_len() as i64;
                        let j = if i < 0 { i + n } else { i };
                        if j < 0 || j >= n {
                            return Err(self.index_error("string index out of range"));
                        }
                        j as usize
                    }
                    _ => {
                        let tn = self.type_name(key);
                        return Err(
                            self.type_error(format!("string indices must be integers, not '{tn}'"))
                        );
                    }
                };
                let c = s.char_at(i).unwrap_or(' ');
                let mut buf = [0u8; 4];
                Ok(Value::str(c.encode_utf8(&mut buf)))
            }
            View::Bytes(b) => {
                if let View::Slice(sl) = key.view() {
                    let si = self.slice_indices(sl, b.len())?;
                    return Ok(Value::Bytes(Obj::new(si.indices().map(|i| b[i]).collect())));
                }
                let i = match self.seq_index(key, b.len(), "byte", "index") {
                    Ok(i) => i,
                    Err(e) if self.err_matches(&e, "IndexError") => {
                        return Err(self.index_error("index out of range"));
                    }
                    Err(e) => return Err(e),
                };
                Ok(Value::Int(b[i] as i64))
            }
            View::Range(r) if r.big.is_some() => {
                let [start, _, step] = r.bounds();
                let len = r.big_len();
                let Some(mut k) = super::ops::to_bigint(key) else {
                    let tn = self.type_name(key);
                    return Err(self.type_error(format!(
                        "range indices must be integers or slices, not {tn}"
                    )));
                };
                if num_traits::Signed::is_negative(&k) {
                    k += &len;
                }
                if num_traits::Signed::is_negative(&k) || k >= len {
                    return Err(self.index_error("range object index out of range"));
                }
                Ok(Value::from_bigint(start + k * step))
            }
            View::Range(r) => {
                let len = super::ops::range_len(r.start, r.stop, r.step) as usize;
                if let View::Slice(sl) = key.view() {
                    let si = self.slice_indices(sl, len)?;
                    let start = r.start + si.start * r.step;
                    let step = r.step * si.step;
                    // As CPython: the clamped slice bounds mapped through the range.
                    let stop = r.start + si.stop * r.step;
                    return Ok(Value::Range(Obj::new(
                        crate::runtime::value::PyRange::small(start, stop, step),
                    )));
                }
                let i = self.seq_index(key, len, "range", "range object")?;
                Ok(Value::Int(r.start + i as i64 * r.step))
            }
            View::ByteArray(b) => self.bytearray_get(b, key),
            View::MemoryView(m) => self.memoryview_get(m, key),
            View::Deque(_) => self.deque_special(container, "__getitem__", vec![key.clone()]),
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup("__getitem__")
                    && !matches!(f.view(), View::Builtin(_))
                {
                    return self.call(&f, vec![container.clone(), key.clone()]);
                }
                let base = self.unwrap_base(container);
                if let View::Dict(d) = base.view() {
                    return match self.dict_get(d, key)? {
                        Some(v) => Ok(v),
                        None => {
                            if let Some(m) = cls.lookup("__missing__") {
                                return self.call(&m, vec![container.clone(), key.clone()]);
                            }
                            Err(self.key_error(key.clone()))
                        }
                    };
                }
                if !base.is(container) {
                    return self.get_item(&base, key);
                }
                let tn = cls.name();
                Err(self.type_error(format!("'{tn}' object is not subscriptable")))
            }
            View::Class(c) => {
                if let Some(f) = self.meta_method(c, "__getitem__") {
                    return self.call(&f, vec![container.clone(), key.clone()]);
                }
                if let Some(f) = c.lookup("__class_getitem__") {
                    let f = match f.view() {
                        View::ClassMethod(f) => (**f).clone(),
                        _ => return self.call(&f, vec![key.clone()]),
                    };
                    return self.call(&f, vec![container.clone(), key.clone()]);
                }
                // `list[int]` and friends: a types.GenericAlias, as in CPython.
                let generic = {
                    let t = &self.types;
                    [&t.list, &t.dict, &t.set, &t.frozenset, &t.tuple, &t.type_]
                        .iter()
                        .any(|k| Obj::ptr_eq(k, c))
                        || c.is_subclass(&t.base_exception_group)
                };
                if generic {
                    let types = self.import_module("types")?;
                    let alias = self.get_attr_str(&types, "GenericAlias")?;
                    return self.call(&alias, vec![container.clone(), key.clone()]);
                }
                if c.builtin {
                    return Ok(container.clone());
                }
                let cn = c.name();
                Err(self.type_error(format!("type '{cn}' is not subscriptable")))
            }
            _ => {
                let tn = self.type_name(container);
                Err(self.type_error(format!("'{tn}' object is not subscriptable")))
            }
        }
    }

    pub fn set_item(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        match container.view() {
            View::List(l) => {
                if let View::Slice(s) = key.view() {
                    let items = match self.collect_iterable(&value) {
                        Ok(items) => items,
                        Err(e) if self.err_matches(&e, "TypeError") => {
                            return Err(self.type_error("can only assign an iterable"));
                        }
                        Err(e) => return Err(e),
                    };
                    let len = l.items.borrow().len();
                    let si = self.slice_indices(s, len)?;
                    if si.step == 1 {
                        let start = si.start.max(0) as usize;
                        let stop = (si.start.max(0) as usize + si.len).max(start);
                        let mut v = l.items.borrow_mut();
                        let stop = stop.min(v.len());
                        let start = start.min(v.len());
                        let old: Vec<Value> = v.splice(start..stop, items).collect();
                        drop(v);
                        drop(old);
                        return Ok(());
                    }
                    if items.len() != si.len {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            si.len
                        )));
                    }
                    let idx: Vec<usize> = si.indices().collect();
                    let mut v = l.items.borrow_mut();
                    for (i, item) in idx.into_iter().zip(items) {
                        if let Some(slot) = v.get_mut(i) {
                            *slot = item;
                        }
                    }
                    return Ok(());
                }
                let len = l.items.borrow().len();
                let i = self.index_value(&key, "list indices must be integers or slices")?;
                let j = if i < 0 { i + len as i64 } else { i };
                if j < 0 || j >= len as i64 {
                    return Err(self.index_error("list assignment index out of range"));
                }
                let old = std::mem::replace(&mut l.items.borrow_mut()[j as usize], value);
                drop(old);
                Ok(())
            }
            View::Dict(d) => self.dict_set(d, key, value),
            View::ByteArray(b) => self.bytearray_set(b, &key, Some(&value)),
            View::MemoryView(m) => self.memoryview_set(m, &key, &value),
            View::Deque(_) => self
                .deque_special(container, "__setitem__", vec![key, value])
                .map(drop),
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup("__setitem__")
                    && !matches!(f.view(), View::Builtin(_))
                {
                    self.call(&f, vec![container.clone(), key, value])?;
                    return Ok(());
                }
                let base = self.unwrap_base(container);
                if !base.is(container) {
                    return self.set_item(&base, key, value);
                }
                let tn = cls.name();
                Err(self.type_error(format!("'{tn}' object does not support item assignment")))
            }
            _ => {
                let tn = self.type_name(container);
                Err(self.type_error(format!("'{tn}' object does not support item assignment")))
            }
        }
    }

    pub fn del_item(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match container.view() {
            View::List(l) => {
                if let View::Slice(s) = key.view() {
                    let len = l.items.borrow().len();
                    let si = self.slice_indices(s, len)?;
                    let mut idx: Vec<usize> = si.indices().collect();
                    idx.sort_unstable();
                    let mut v = l.items.borrow_mut();
                    let mut removed = Vec::with_capacity(idx.len());
                    for i in idx.into_iter().rev() {
                        if i < v.len() {
                            removed.push(v.remove(i));
                        }
                    }
                    drop(v);
                    drop(removed);
                    return Ok(());
                }
                let len = l.items.borrow().len();
                let i = self.index_value(key, "list indices must be integers or slices")?;
                let j = if i < 0 { i + len as i64 } else { i };
                if j < 0 || j >= len as i64 {
                    return Err(self.index_error("list assignment index out of range"));
                }
                let old = l.items.borrow_mut().remove(j as usize);
                drop(old);
                Ok(())
            }
            View::Dict(d) => {
                let h = self.hash(key)?;
                match d.remove(self, key, h)? {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(key.clone())),
                }
            }
            View::ByteArray(b) => self.bytearray_set(b, key, None),
            View::MemoryView(m) if m.released.get() => {
                Err(self.value_error("operation forbidden on released memoryview object"))
            }
            View::MemoryView(_) => Err(self.type_error("cannot delete memory")),
            View::Deque(_) => self
                .deque_special(container, "__delitem__", vec![key.clone()])
                .map(drop),
            View::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup("__delitem__")
                    && !matches!(f.view(), View::Builtin(_))
                {
                    self.call(&f, vec![container.clone(), key.clone()])?;
                    return Ok(());
                }
                let base = self.unwrap_base(container);
                if !base.is(container) {
                    return self.del_item(&base, key);
                }
                let tn = cls.name();
                Err(self.type_error(format!("'{tn}' object doesn't support item deletion")))
            }
            _ => {
                let tn = self.type_name(container);
                Err(self.type_error(format!("'{tn}' object doesn't support item deletion")))
            }
        }
    }

    /// A special method of `collections.deque` on the built-in part of a deque (where the
    /// generic paths arrive after unwrapping an instance).
    pub fn deque_special(
        &mut self,
        deque: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        let f = self.types.deque.lookup(name).unwrap_or_default();
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(deque.clone());
        all.extend(args);
        self.call(&f, all)
    }
}
