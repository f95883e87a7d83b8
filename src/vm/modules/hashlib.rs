//! `_hashlib`: the hash computations behind `hashlib` (src/stdlib/hashlib.py), from the
//! RustCrypto crates (md-5, sha1, sha2, sha3, blake2; SHAKE is a sponge over the keccak
//! crate's permutation). A state is a native object; hashlib.py wraps it in the hash
//! object with `name`, `digest_size`, `block_size` and the methods.

use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObject};
use crate::runtime::object::Obj;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::function;
use crate::vm::{PyResult, Vm};
use sha2::Digest;
use std::cell::RefCell;

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "new", new);
    function(d, "update", update);
    function(d, "digest", digest_fn);
    function(d, "copy", copy);
}

thread_local! {
    static STATE_CLASS: RefCell<Option<Obj<Class>>> = const { RefCell::new(None) };
}

fn state_class(vm: &Vm) -> Obj<Class> {
    STATE_CLASS.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                crate::vm::types::new_class(
                    "HASHstate",
                    vec![vm.types.object.clone()],
                    Layout::Opaque,
                    true,
                )
            })
            .clone()
    })
}

/// SHAKE128/256: the Keccak sponge with SHAKE's domain padding.
#[derive(Clone)]
struct Shake {
    state: [u64; 25],
    rate: usize,
    pos: usize,
}

impl Shake {
    fn new(rate: usize) -> Shake {
        Shake {
            state: [0; 25],
            rate,
            pos: 0,
        }
    }

    fn permute(&mut self) {
        keccak::Keccak::new().with_f1600(|f| f(&mut self.state));
    }

    fn xor_byte(&mut self, i: usize, b: u8) {
        self.state[i / 8] ^= (b as u64) << (8 * (i % 8));
    }

    fn absorb(&mut self, data: &[u8]) {
        for &b in data {
            self.xor_byte(self.pos, b);
            self.pos += 1;
            if self.pos == self.rate {
                self.permute();
                self.pos = 0;
            }
        }
    }

    fn squeeze(mut self, n: usize) -> Vec<u8> {
        self.xor_byte(self.pos, 0x1f);
        self.xor_byte(self.rate - 1, 0x80);
        self.permute();
        let mut out = Vec::with_capacity(n);
        let mut i = 0;
        while out.len() < n {
            if i == self.rate {
                self.permute();
                i = 0;
            }
            out.push((self.state[i / 8] >> (8 * (i % 8))) as u8);
            i += 1;
        }
        out
    }
}

#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Blake2b(blake2::Blake2b512),
    Blake2s(blake2::Blake2s256),
    Shake(Shake),
}

/// (canonical name, digest size, block size, a fresh state) for a name.
fn lookup(name: &str) -> Option<(&'static str, usize, usize, Hasher)> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "md5" => ("md5", 16, 64, Hasher::Md5(Default::default())),
        "sha1" => ("sha1", 20, 64, Hasher::Sha1(Default::default())),
        "sha224" => ("sha224", 28, 64, Hasher::Sha224(Default::default())),
        "sha256" => ("sha256", 32, 64, Hasher::Sha256(Default::default())),
        "sha384" => ("sha384", 48, 128, Hasher::Sha384(Default::default())),
        "sha512" => ("sha512", 64, 128, Hasher::Sha512(Default::default())),
        "sha512_224" => (
            "sha512_224",
            28,
            128,
            Hasher::Sha512_224(Default::default()),
        ),
        "sha512_256" => (
            "sha512_256",
            32,
            128,
            Hasher::Sha512_256(Default::default()),
        ),
        "sha3_224" => ("sha3_224", 28, 144, Hasher::Sha3_224(Default::default())),
        "sha3_256" => ("sha3_256", 32, 136, Hasher::Sha3_256(Default::default())),
        "sha3_384" => ("sha3_384", 48, 104, Hasher::Sha3_384(Default::default())),
        "sha3_512" => ("sha3_512", 64, 72, Hasher::Sha3_512(Default::default())),
        "blake2b" => ("blake2b", 64, 128, Hasher::Blake2b(Default::default())),
        "blake2s" => ("blake2s", 32, 64, Hasher::Blake2s(Default::default())),
        "shake_128" => ("shake_128", 0, 168, Hasher::Shake(Shake::new(168))),
        "shake_256" => ("shake_256", 0, 136, Hasher::Shake(Shake::new(136))),
        _ => return None,
    })
}

impl Hasher {
    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Sha224(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
            Hasher::Sha512(h) => h.update(data),
            Hasher::Sha512_224(h) => h.update(data),
            Hasher::Sha512_256(h) => h.update(data),
            Hasher::Sha3_224(h) => h.update(data),
            Hasher::Sha3_256(h) => h.update(data),
            Hasher::Sha3_384(h) => h.update(data),
            Hasher::Sha3_512(h) => h.update(data),
            Hasher::Blake2b(h) => h.update(data),
            Hasher::Blake2s(h) => h.update(data),
            Hasher::Shake(h) => h.absorb(data),
        }
    }

    /// The digest of what was fed so far (`n` bytes for SHAKE); the state continues.
    fn digest(&self, n: usize) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
            Hasher::Sha512_224(h) => h.finalize().to_vec(),
            Hasher::Sha512_256(h) => h.finalize().to_vec(),
            Hasher::Sha3_224(h) => h.finalize().to_vec(),
            Hasher::Sha3_256(h) => h.finalize().to_vec(),
            Hasher::Sha3_384(h) => h.finalize().to_vec(),
            Hasher::Sha3_512(h) => h.finalize().to_vec(),
            Hasher::Blake2b(h) => h.finalize().to_vec(),
            Hasher::Blake2s(h) => h.finalize().to_vec(),
            Hasher::Shake(h) => h.squeeze(n),
        }
    }
}

fn wrap(vm: &Vm, h: Hasher) -> Value {
    Value::Native(Obj::new(NativeObject {
        class: state_class(vm),
        data: RefCell::new(NativeData::Hash(Box::new(h))),
    }))
}

fn with_state<T>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Hasher) -> T) -> PyResult<T> {
    if let View::Native(n) = v.view()
        && let NativeData::Hash(h) = &mut *n.data.borrow_mut()
        && let Some(h) = h.downcast_mut::<Hasher>()
    {
        return Ok(f(h));
    }
    Err(vm.type_error("expected a hash state"))
}

/// The bytes to hash: CPython refuses str with its own message.
fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Obj<Vec<u8>>> {
    match vm.unwrap_base(v).view() {
        View::Bytes(b) => Ok(b.clone()),
        View::ByteArray(b) => Ok(Obj::new(b.snapshot())),
        View::MemoryView(m) if !m.released.get() => Ok(Obj::new(m.to_vec())),
        View::Str(_) => Err(vm.type_error("Strings must be encoded before hashing")),
        _ => Err(vm.type_error("object supporting the buffer API required")),
    }
}

/// `new(name)`: (state, canonical name, digest_size, block_size).
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(vm, &args, "new", 1, 1)?;
    let name = match args.args[0].view() {
        View::Str(s) => s.as_str().to_string(),
        _ => {
            let tn = vm.type_name(&args.args[0]);
            return Err(vm.type_error(format!("new() argument 'name' must be str, not {tn}")));
        }
    };
    let Some((canon, size, block, h)) = lookup(&name) else {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    };
    Ok(Value::tuple(vec![
        wrap(vm, h),
        Value::str(canon),
        Value::Int(size as i64),
        Value::Int(block as i64),
    ]))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(vm, &args, "update", 2, 2)?;
    let data = data_arg(vm, &args.args[1])?;
    with_state(vm, &args.args[0], |h| h.update(&data))?;
    Ok(Value::None)
}

/// `digest(state, length)`: length matters for SHAKE only.
fn digest_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(vm, &args, "digest", 2, 2)?;
    let n = match args.args[1].view() {
        View::Int(n) if n >= 0 => n as usize,
        _ => return Err(vm.value_error("length must be a non-negative int")),
    };
    let out = with_state(vm, &args.args[0], |h| h.digest(n))?;
    Ok(Value::Bytes(Obj::new(out)))
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(vm, &args, "copy", 1, 1)?;
    let h = with_state(vm, &args.args[0], |h| h.clone())?;
    Ok(wrap(vm, h))
}
