//! `_random`: the Mersenne Twister core that the bundled random.py builds on.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::mt19937::Mt19937;
use crate::runtime::native::{NativeData, NativeObject};
use crate::runtime::object::Obj;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::{constructor, method};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use std::cell::RefCell;

pub fn install(vm: &mut Vm, d: &Obj<PyDict>) {
    let cls = vm.types.random.clone();
    constructor(&cls, random_new);
    method(&cls, "seed", seed);
    method(&cls, "random", random);
    method(&cls, "getrandbits", getrandbits);
    method(&cls, "getstate", getstate);
    method(&cls, "setstate", setstate);
    d.set_str("Random", Value::Class(cls));
}

fn os_seed() -> Mt19937 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let pid = std::process::id() as u128;
    let x = t ^ (pid << 64);
    Mt19937::from_seed_key(&[
        x as u32,
        (x >> 32) as u32,
        (x >> 64) as u32,
        (x >> 96) as u32,
    ])
}

fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = vm.types.random.clone();
    let obj = Value::Native(Obj::new(NativeObject {
        class: cls,
        data: RefCell::new(NativeData::Random(Box::new(os_seed()))),
    }));
    if let Some(s) = args.args.get(1) {
        seed(vm, Args::new(vec![obj.clone(), s.clone()]))?;
    }
    Ok(obj)
}

fn with_gen<T>(vm: &mut Vm, obj: &Value, f: impl FnOnce(&mut Mt19937) -> T) -> PyResult<T> {
    if let View::Native(n) = obj.view()
        && let NativeData::Random(g) = &mut *n.data.borrow_mut()
    {
        return Ok(f(g));
    }
    Err(vm.type_error("descriptor requires a '_random.Random' object"))
}

fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or_default();
    let generator = match args.args.get(1).view() {
        None | Some(View::None) => os_seed(),
        Some(_) => match crate::vm::ops::to_bigint(&args.args[1]) {
            Some(b) => Mt19937::from_int_seed(b.magnitude()),
            None => {
                let h = vm.hash(&args.args[1])?;
                Mt19937::from_int_seed(BigInt::from(h).magnitude())
            }
        },
    };
    with_gen(vm, &obj, |g| *g = generator)?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or_default();
    with_gen(vm, &obj, |g| Value::Float(g.random()))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or_default();
    let k = match args.args.get(1).view() {
        Some(View::Int(k)) => k,
        _ => return Err(vm.type_error("getrandbits() takes exactly one integer argument")),
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > u32::MAX as i64 {
        return Err(vm.overflow_error("getrandbits() argument too large"));
    }
    let b = with_gen(vm, &obj, |g| g.getrandbits(k as u32))?;
    Ok(Value::from_bigint(BigInt::from(b)))
}

fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or_default();
    let (state, index) = with_gen(vm, &obj, |g| g.getstate())?;
    let mut items: Vec<Value> = state.into_iter().map(|w| Value::Int(w as i64)).collect();
    items.push(Value::Int(index as i64));
    Ok(Value::tuple(items))
}

fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or_default();
    let Some(state) = args.args.get(1) else {
        return Err(vm.type_error("setstate() takes exactly one argument"));
    };
    let items = vm.collect_iterable(state)?;
    let mut words = Vec::with_capacity(items.len());
    for it in &items {
        match it.view() {
            View::Int(i) if i >= 0 && i <= u32::MAX as i64 => words.push(i as u32),
            _ => return Err(vm.value_error("invalid state")),
        }
    }
    let Some(index) = words.pop() else {
        return Err(vm.value_error("state vector is the wrong size"));
    };
    let r = with_gen(vm, &obj, |g| g.setstate(&words, index as usize))?;
    r.map_err(|e| vm.value_error(e))?;
    Ok(Value::None)
}
