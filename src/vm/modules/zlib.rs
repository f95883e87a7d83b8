//! `zlib`: DEFLATE compression with zlib, gzip or no framing, and the CRC-32 and Adler-32
//! checksums. The codec is miniz_oxide (pure Rust, the backend flate2 uses by default),
//! driven here on raw deflate streams: the framing (headers, trailers, window bits, the
//! preset dictionary) is written and checked by this module. Behaviour and messages follow
//! CPython 3.11 with zlib 1.2.13 as observed; compressed bytes may differ from C zlib's
//! (another encoder), but every stream is valid and C zlib reads it.
//!
//! miniz_oxide's encoder always uses a 32 KiB window. For a smaller `wbits`, matches are
//! limited to distance 1 (its RLE mode), so the stream is valid for the window its header
//! announces. A preset dictionary is loaded by running it through the codec first: the
//! encoder compresses it and the output up to a sync point is dropped; the decoder inflates
//! it from stored blocks and drops what it produced.

use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObject};
use crate::runtime::object::Obj;
use crate::runtime::value::{Property, Value, View};
use crate::vm::builtins::{builtin, function, method};
use crate::vm::{PyErr, PyResult, Vm};
use miniz_oxide::deflate::core::{CompressorOxide, create_comp_flags_from_zip_params};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

const DEF_BUF_SIZE: i64 = 16384;
const WINDOW: usize = 32768;

pub fn install(vm: &mut Vm, d: &Obj<PyDict>) {
    let classes = ZlibClasses::get(vm);
    d.set_str("error", Value::Class(classes.error.clone()));
    function(d, "compress", compress);
    function(d, "decompress", decompress);
    function(d, "compressobj", compressobj);
    function(d, "decompressobj", decompressobj);
    function(d, "crc32", crc32);
    function(d, "adler32", adler32);
    let ints: [(&str, i64); 20] = [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (name, v) in ints {
        d.set_str(name, Value::Int(v));
    }
    d.set_str("ZLIB_VERSION", Value::str("1.2.13"));
    d.set_str("ZLIB_RUNTIME_VERSION", Value::str("1.2.13"));
}

// ---------------------------------------------------------------------------------------
// Classes

#[derive(Clone)]
struct ZlibClasses {
    error: Obj<Class>,
    compress: Obj<Class>,
    decompress: Obj<Class>,
}

thread_local! {
    // Never dropped: the classes live as long as the thread, and dropping them while the
    // thread's other locals (the collector's) are torn down would touch those.
    static CLASSES: RefCell<Option<std::mem::ManuallyDrop<ZlibClasses>>> =
        const { RefCell::new(None) };
}

impl ZlibClasses {
    fn get(vm: &Vm) -> ZlibClasses {
        if let Some(c) = CLASSES.with(|c| c.borrow().as_deref().cloned()) {
            return c;
        }
        let made = ZlibClasses::build(vm);
        CLASSES.with(|c| *c.borrow_mut() = Some(std::mem::ManuallyDrop::new(made.clone())));
        made
    }

    fn build(vm: &Vm) -> ZlibClasses {
        let in_zlib = |c: Obj<Class>| {
            *c.module.borrow_mut() = "zlib".to_string();
            c
        };
        let error = in_zlib(crate::vm::types::new_class(
            "error",
            vec![vm.types.exception.clone()],
            Layout::Exception,
            false,
        ));
        let opaque = |name: &str| {
            in_zlib(crate::vm::types::new_class(
                name,
                vec![vm.types.object.clone()],
                Layout::Opaque,
                true,
            ))
        };
        let compress = opaque("Compress");
        method(&compress, "compress", comp_compress);
        method(&compress, "flush", comp_flush);
        method(&compress, "copy", comp_copy);
        method(&compress, "__copy__", comp_copy);
        method(&compress, "__deepcopy__", comp_deepcopy);
        let decompress = opaque("Decompress");
        method(&decompress, "decompress", decomp_decompress);
        method(&decompress, "flush", decomp_flush);
        method(&decompress, "copy", decomp_copy);
        method(&decompress, "__copy__", decomp_copy);
        method(&decompress, "__deepcopy__", decomp_deepcopy);
        let getters: [(&str, crate::runtime::function::NativeFn); 3] = [
            ("unused_data", decomp_unused_data),
            ("unconsumed_tail", decomp_unconsumed_tail),
            ("eof", decomp_eof),
        ];
        for (name, f) in getters {
            decompress.dict.set_str(
                name,
                Value::Property(Obj::new(Property {
                    fget: builtin(name, f),
                    fset: Value::None,
                    fdel: Value::None,
                    doc: Value::None,
                })),
            );
        }
        ZlibClasses {
            error,
            compress,
            decompress,
        }
    }
}

fn zlib_error(vm: &mut Vm, msg: String) -> PyErr {
    let cls = ZlibClasses::get(vm).error;
    let exc = vm.new_exception(&cls, vec![Value::string(msg)]);
    PyErr { exc }
}

/// What went wrong in the codec, as zlib reports it: a return code and maybe a message.
struct Fault {
    code: i32,
    why: Option<&'static str>,
    /// What was being done, when not what the caller says (a dictionary being set).
    during: Option<&'static str>,
}

impl Fault {
    fn data(why: &'static str) -> Fault {
        Fault {
            code: -3,
            why: Some(why),
            during: None,
        }
    }

    fn raise(self, vm: &mut Vm, doing: &str) -> PyErr {
        let doing = self.during.unwrap_or(doing);
        let msg = match self.why {
            Some(w) => format!("Error {} while {doing}: {w}", self.code),
            None => format!("Error {} while {doing}", self.code),
        };
        zlib_error(vm, msg)
    }
}

fn stream_state_fault() -> Fault {
    Fault {
        code: -2,
        why: Some("inconsistent stream state"),
        during: None,
    }
}

// ---------------------------------------------------------------------------------------
// Checksums

fn adler32_of(seed: u32, data: &[u8]) -> u32 {
    let mut a = adler2::Adler32::from_checksum(seed);
    a.write_slice(data);
    a.checksum()
}

#[derive(Clone, Copy, PartialEq)]
enum Framing {
    Zlib,
    Raw,
    Gzip,
}

impl Framing {
    /// The running checksum of the data, for the trailer.
    fn update(self, sum: u32, data: &[u8]) -> u32 {
        match self {
            Framing::Zlib => adler32_of(sum, data),
            Framing::Gzip => super::binascii::crc32_update(sum, data),
            Framing::Raw => sum,
        }
    }

    fn initial_sum(self) -> u32 {
        if self == Framing::Zlib { 1 } else { 0 }
    }
}

// ---------------------------------------------------------------------------------------
// Compression

#[derive(Clone)]
struct Deflater {
    engine: Box<CompressorOxide>,
    framing: Framing,
    window: u8,
    level: i32,
    strategy: i32,
    dict_id: Option<u32>,
    started: bool,
    finished: bool,
    sum: u32,
    size: u32,
}

/// The framing and window bits selected by a compressor's `wbits`.
fn deflate_wbits(wbits: i64) -> Option<(Framing, u8)> {
    match wbits {
        8 => Some((Framing::Zlib, 9)),
        9..=15 => Some((Framing::Zlib, wbits as u8)),
        -15..=-9 => Some((Framing::Raw, (-wbits) as u8)),
        25..=31 => Some((Framing::Gzip, (wbits - 16) as u8)),
        _ => None,
    }
}

impl Deflater {
    fn new(level: i32, framing: Framing, window: u8, strategy: i32) -> Deflater {
        let effective = if level < 0 { 6 } else { level };
        // A window under 32 KiB allows only distance-1 matches (see the module comment).
        let codec_strategy = if window < 15 && strategy != 2 {
            3
        } else {
            strategy
        };
        // miniz_oxide's level-1 fast path ignores the RLE restriction: level 2 instead.
        let codec_level = if window < 15 && effective == 1 {
            2
        } else {
            effective
        };
        let flags = create_comp_flags_from_zip_params(codec_level, -15, codec_strategy);
        Deflater {
            engine: Box::new(CompressorOxide::new(flags)),
            framing,
            window,
            level: effective,
            strategy,
            dict_id: None,
            started: false,
            finished: false,
            sum: framing.initial_sum(),
            size: 0,
        }
    }

    /// Loads a preset dictionary: compresses it and drops the output up to a sync point.
    fn preload(&mut self, dict: &[u8]) {
        let tail = &dict[dict.len().saturating_sub(WINDOW)..];
        self.pump(tail, MZFlush::Sync);
        self.dict_id = Some(adler32_of(1, dict));
    }

    fn header(&self) -> Vec<u8> {
        match self.framing {
            Framing::Raw => Vec::new(),
            Framing::Zlib => {
                let cmf = ((self.window - 8) << 4) | 8;
                let speed: u8 = if self.strategy >= 2 || self.level < 2 {
                    0
                } else if self.level < 6 {
                    1
                } else if self.level == 6 {
                    2
                } else {
                    3
                };
                let mut flg = speed << 6;
                if self.dict_id.is_some() {
                    flg |= 0x20;
                }
                let rem = ((cmf as u16) << 8 | flg as u16) % 31;
                if rem != 0 {
                    flg += (31 - rem) as u8;
                }
                let mut h = vec![cmf, flg];
                if let Some(id) = self.dict_id {
                    h.extend_from_slice(&id.to_be_bytes());
                }
                h
            }
            Framing::Gzip => {
                let xfl = if self.level == 9 {
                    2
                } else if self.level < 2 || self.strategy >= 2 {
                    4
                } else {
                    0
                };
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
        }
    }

    fn trailer(&self) -> Vec<u8> {
        match self.framing {
            Framing::Raw => Vec::new(),
            Framing::Zlib => self.sum.to_be_bytes().to_vec(),
            Framing::Gzip => {
                let mut t = self.sum.to_le_bytes().to_vec();
                t.extend_from_slice(&self.size.to_le_bytes());
                t
            }
        }
    }

    /// Runs the codec over `input` with `flush`, returning what it wrote.
    fn pump(&mut self, input: &[u8], flush: MZFlush) -> Vec<u8> {
        let mut out = Vec::new();
        let mut rest = input;
        let mut buf = vec![0u8; (input.len() / 2).clamp(1024, 1 << 18)];
        loop {
            let r = miniz_oxide::deflate::stream::deflate(&mut self.engine, rest, &mut buf, flush);
            rest = &rest[r.bytes_consumed..];
            out.extend_from_slice(&buf[..r.bytes_written]);
            let full = r.bytes_written == buf.len();
            match r.status {
                Ok(MZStatus::StreamEnd) => break,
                Ok(_) if full || !rest.is_empty() => {}
                Ok(_) if flush == MZFlush::Finish => {}
                _ => break,
            }
        }
        out
    }

    fn feed(&mut self, input: &[u8], flush: MZFlush) -> Vec<u8> {
        let mut out = if self.started {
            Vec::new()
        } else {
            self.started = true;
            self.header()
        };
        self.sum = self.framing.update(self.sum, input);
        self.size = self.size.wrapping_add(input.len() as u32);
        out.extend(self.pump(input, flush));
        if flush == MZFlush::Finish {
            out.extend(self.trailer());
            self.finished = true;
        }
        out
    }
}

// ---------------------------------------------------------------------------------------
// Decompression

#[derive(Clone, Copy, PartialEq)]
enum Expect {
    Zlib,
    Raw,
    Gzip,
    /// zlib or gzip, told apart by the first two bytes.
    Either,
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Header,
    Body,
    Trailer,
    Done,
}

#[derive(Clone)]
struct Inflater {
    engine: Box<InflateState>,
    expect: Expect,
    /// The largest window the caller allows (0: whatever the zlib header says).
    window: u8,
    framing: Framing,
    phase: Phase,
    /// Header or trailer bytes gathered so far.
    held: Vec<u8>,
    /// The first bytes of the deflate data, to name the fault when it is corrupt.
    lead: Vec<u8>,
    dict: Option<Vec<u8>>,
    sum: u32,
    size: u32,
    /// Checks the distances of the stream's first window (see `Reach`); None afterwards.
    reach: Option<Box<Reach>>,
}

/// miniz_oxide's streaming decoder keeps a circular 32 KiB window and so accepts a match
/// reaching back before the start of the data (it copies zeros where zlib fails with
/// "invalid distance too far back"). A second decoder with a flat output buffer, which
/// does check, is fed the same input until the window has filled, when no legal distance
/// can reach too far any more.
#[derive(Clone)]
struct Reach {
    core: miniz_oxide::inflate::core::DecompressorOxide,
    flat: Vec<u8>,
    at: usize,
    backlog: Vec<u8>,
}

impl Reach {
    fn new(dict: &[u8]) -> Reach {
        let tail = &dict[dict.len().saturating_sub(WINDOW)..];
        let mut flat = vec![0u8; WINDOW + tail.len() + 1024];
        flat[..tail.len()].copy_from_slice(tail);
        Reach {
            core: miniz_oxide::inflate::core::DecompressorOxide::new(),
            flat,
            at: tail.len(),
            backlog: Vec::new(),
        }
    }

    /// Feeds input the main decoder consumed. Ok(true) once the check is over.
    fn feed(&mut self, data: &[u8]) -> Result<bool, ()> {
        use miniz_oxide::inflate::TINFLStatus;
        use miniz_oxide::inflate::core::inflate_flags as fl;
        self.backlog.extend_from_slice(data);
        let flags = fl::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF | fl::TINFL_FLAG_HAS_MORE_INPUT;
        let (status, used, made) = miniz_oxide::inflate::core::decompress(
            &mut self.core,
            &self.backlog,
            &mut self.flat,
            self.at,
            flags,
        );
        self.backlog.drain(..used);
        self.at += made;
        match status {
            TINFLStatus::Done | TINFLStatus::HasMoreOutput => Ok(true),
            _ if (status as i32) < 0 && status != TINFLStatus::FailedCannotMakeProgress => Err(()),
            _ => Ok(self.at >= WINDOW),
        }
    }
}

/// What a decompressor's `wbits` selects, or None when zlib refuses it.
fn inflate_wbits(wbits: i64) -> Option<(Expect, u8)> {
    match wbits {
        0 => Some((Expect::Zlib, 0)),
        8..=15 => Some((Expect::Zlib, wbits as u8)),
        -15..=-8 => Some((Expect::Raw, (-wbits) as u8)),
        16 | 24..=31 => Some((Expect::Gzip, (wbits - 16) as u8)),
        32 => Some((Expect::Either, 0)),
        40..=47 => Some((Expect::Either, (wbits - 32) as u8)),
        _ => None,
    }
}

/// How a header reads so far.
enum HeaderScan {
    Short,
    Complete(usize),
}

fn scan_zlib_header(h: &[u8], window: u8) -> Result<HeaderScan, Fault> {
    if h.len() < 2 {
        return Ok(HeaderScan::Short);
    }
    let (cmf, flg) = (h[0], h[1]);
    if !((cmf as u16) << 8 | flg as u16).is_multiple_of(31) {
        return Err(Fault::data("incorrect header check"));
    }
    if cmf & 0x0f != 8 {
        return Err(Fault::data("unknown compression method"));
    }
    let limit = if window == 0 { 15 } else { window };
    if (cmf >> 4) + 8 > limit {
        return Err(Fault::data("invalid window size"));
    }
    if flg & 0x20 == 0 {
        return Ok(HeaderScan::Complete(2));
    }
    if h.len() < 6 {
        return Ok(HeaderScan::Short);
    }
    Ok(HeaderScan::Complete(6))
}

fn scan_gzip_header(h: &[u8]) -> Result<HeaderScan, Fault> {
    if h.len() >= 2 && (h[0] != 0x1f || h[1] != 0x8b) {
        return Err(Fault::data("incorrect header check"));
    }
    if h.len() >= 3 && h[2] != 8 {
        return Err(Fault::data("unknown compression method"));
    }
    if h.len() >= 4 && h[3] & 0xe0 != 0 {
        return Err(Fault::data("unknown header flags set"));
    }
    if h.len() < 10 {
        return Ok(HeaderScan::Short);
    }
    let flags = h[3];
    let mut at = 10;
    if flags & 4 != 0 {
        if h.len() < at + 2 {
            return Ok(HeaderScan::Short);
        }
        at += 2 + u16::from_le_bytes([h[at], h[at + 1]]) as usize;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            match h.get(at..).and_then(|s| s.iter().position(|&b| b == 0)) {
                Some(z) => at += z + 1,
                None => return Ok(HeaderScan::Short),
            }
        }
    }
    if flags & 2 != 0 {
        if h.len() < at + 2 {
            return Ok(HeaderScan::Short);
        }
        let want = u16::from_le_bytes([h[at], h[at + 1]]);
        if super::binascii::crc32_update(0, &h[..at]) as u16 != want {
            return Err(Fault::data("header crc mismatch"));
        }
        at += 2;
    }
    if h.len() < at {
        return Ok(HeaderScan::Short);
    }
    Ok(HeaderScan::Complete(at))
}

/// A fault in the deflate data: miniz_oxide does not say which, so the first block's
/// header is checked for the two faults zlib names there; otherwise a distance fault.
fn name_body_fault(lead: &[u8]) -> Fault {
    if let Some(&b0) = lead.first() {
        let kind = (b0 >> 1) & 3;
        if kind == 3 {
            return Fault::data("invalid block type");
        }
        if kind == 0 && lead.len() >= 5 {
            let len = u16::from_le_bytes([lead[1], lead[2]]);
            let nlen = u16::from_le_bytes([lead[3], lead[4]]);
            if len != !nlen {
                return Fault::data("invalid stored block lengths");
            }
        }
    }
    Fault::data("invalid distance too far back")
}

/// The dictionary as stored deflate blocks (none final), to prime a decoder's window.
fn stored_blocks(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 5);
    for piece in data.chunks(65535) {
        let n = piece.len() as u16;
        out.push(0);
        out.extend_from_slice(&n.to_le_bytes());
        out.extend_from_slice(&(!n).to_le_bytes());
        out.extend_from_slice(piece);
    }
    out
}

impl Inflater {
    fn new(expect: Expect, window: u8, dict: Option<Vec<u8>>) -> Inflater {
        let framing = match expect {
            Expect::Raw => Framing::Raw,
            Expect::Gzip => Framing::Gzip,
            _ => Framing::Zlib,
        };
        let mut inf = Inflater {
            engine: InflateState::new_boxed(DataFormat::Raw),
            expect,
            window,
            framing,
            phase: if expect == Expect::Raw {
                Phase::Body
            } else {
                Phase::Header
            },
            held: Vec::new(),
            lead: Vec::new(),
            reach: Some(Box::new(Reach::new(&[]))),
            dict,
            sum: framing.initial_sum(),
            size: 0,
        };
        if expect == Expect::Raw
            && let Some(d) = inf.dict.clone()
        {
            inf.prime(&d);
        }
        inf
    }

    /// Loads a preset dictionary into the decoder's window (the output is dropped).
    fn prime(&mut self, dict: &[u8]) {
        self.reach = Some(Box::new(Reach::new(dict)));
        let tail = &dict[dict.len().saturating_sub(WINDOW)..];
        if tail.is_empty() {
            return;
        }
        let blocks = stored_blocks(tail);
        let mut rest = &blocks[..];
        let mut sink = vec![0u8; WINDOW];
        while !rest.is_empty() {
            let r = miniz_oxide::inflate::stream::inflate(
                &mut self.engine,
                rest,
                &mut sink,
                MZFlush::None,
            );
            rest = &rest[r.bytes_consumed..];
            if r.status.is_err() || (r.bytes_consumed == 0 && r.bytes_written == 0) {
                break;
            }
        }
        // Drain what the decoder still holds of the dictionary.
        loop {
            let r = miniz_oxide::inflate::stream::inflate(
                &mut self.engine,
                &[],
                &mut sink,
                MZFlush::None,
            );
            if r.bytes_written == 0 {
                break;
            }
        }
    }

    fn finished(&self) -> bool {
        self.phase == Phase::Done
    }

    /// Decodes from `input` into `out`, stopping when `out` reaches `cap` bytes, the input
    /// runs out or the stream ends. Returns how many input bytes were used.
    fn run(&mut self, input: &[u8], cap: Option<usize>, out: &mut Vec<u8>) -> Result<usize, Fault> {
        let mut pos = 0;
        loop {
            match self.phase {
                Phase::Done => return Ok(pos),
                Phase::Header => {
                    let before = self.held.len();
                    self.held.extend_from_slice(&input[pos..]);
                    if self.expect == Expect::Either && self.held.len() >= 2 {
                        let gz = self.held[0] == 0x1f && self.held[1] == 0x8b;
                        self.expect = if gz { Expect::Gzip } else { Expect::Zlib };
                        self.framing = if gz { Framing::Gzip } else { Framing::Zlib };
                        self.sum = self.framing.initial_sum();
                    }
                    let scan = match self.expect {
                        Expect::Gzip => scan_gzip_header(&self.held)?,
                        Expect::Zlib => scan_zlib_header(&self.held, self.window)?,
                        _ => HeaderScan::Short,
                    };
                    match scan {
                        HeaderScan::Short => return Ok(input.len()),
                        HeaderScan::Complete(n) => {
                            if self.framing == Framing::Zlib && n == 6 {
                                let id = u32::from_be_bytes([
                                    self.held[2],
                                    self.held[3],
                                    self.held[4],
                                    self.held[5],
                                ]);
                                match self.dict.clone() {
                                    None => {
                                        return Err(Fault {
                                            code: 2,
                                            why: None,
                                            during: None,
                                        });
                                    }
                                    Some(d) => {
                                        if adler32_of(1, &d) != id {
                                            return Err(Fault {
                                                code: -3,
                                                why: Some("invalid input data"),
                                                during: Some("setting zdict"),
                                            });
                                        }
                                        self.prime(&d);
                                    }
                                }
                            }
                            pos += n - before;
                            self.held.clear();
                            self.phase = Phase::Body;
                        }
                    }
                }
                Phase::Body => {
                    if cap.is_some_and(|c| out.len() >= c) {
                        return Ok(pos);
                    }
                    let room = match cap {
                        Some(c) => (c - out.len()).min(1 << 18),
                        None => (input.len() - pos).saturating_mul(4).clamp(4096, 1 << 18),
                    };
                    if self.lead.len() < 5 {
                        let take = (5 - self.lead.len()).min(input.len() - pos);
                        self.lead.extend_from_slice(&input[pos..pos + take]);
                    }
                    let mut buf = vec![0u8; room];
                    let r = miniz_oxide::inflate::stream::inflate(
                        &mut self.engine,
                        &input[pos..],
                        &mut buf,
                        MZFlush::None,
                    );
                    let fed = &input[pos..pos + r.bytes_consumed];
                    pos += r.bytes_consumed;
                    if r.status.is_ok()
                        && let Some(reach) = self.reach.as_mut()
                    {
                        match reach.feed(fed) {
                            Ok(true) => self.reach = None,
                            Ok(false) => {}
                            Err(()) => return Err(Fault::data("invalid distance too far back")),
                        }
                    }
                    let produced = &buf[..r.bytes_written];
                    self.sum = self.framing.update(self.sum, produced);
                    self.size = self.size.wrapping_add(produced.len() as u32);
                    out.extend_from_slice(produced);
                    match r.status {
                        Ok(MZStatus::StreamEnd) => {
                            self.phase = if self.framing == Framing::Raw {
                                Phase::Done
                            } else {
                                Phase::Trailer
                            };
                        }
                        Ok(_) => {
                            if r.bytes_consumed == 0 && r.bytes_written == 0 {
                                return Ok(pos);
                            }
                        }
                        Err(MZError::Buf) => return Ok(pos),
                        Err(_) => return Err(name_body_fault(&self.lead)),
                    }
                }
                Phase::Trailer => {
                    let need = if self.framing == Framing::Gzip { 8 } else { 4 };
                    let take = (need - self.held.len()).min(input.len() - pos);
                    self.held.extend_from_slice(&input[pos..pos + take]);
                    pos += take;
                    if self.held.len() < need {
                        return Ok(pos);
                    }
                    let h = std::mem::take(&mut self.held);
                    if self.framing == Framing::Gzip {
                        if u32::from_le_bytes([h[0], h[1], h[2], h[3]]) != self.sum {
                            return Err(Fault::data("incorrect data check"));
                        }
                        if u32::from_le_bytes([h[4], h[5], h[6], h[7]]) != self.size {
                            return Err(Fault::data("incorrect length check"));
                        }
                    } else if u32::from_be_bytes([h[0], h[1], h[2], h[3]]) != self.sum {
                        return Err(Fault::data("incorrect data check"));
                    }
                    self.phase = Phase::Done;
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Arguments

/// Binds a call whose first `posonly` parameters are positional-only (Argument Clinic's
/// messages).
fn params(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kwargs: &[(Obj<crate::runtime::str::PyStr>, Value)],
    names: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let given = args.len() + kwargs.len();
    if given > names.len() {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{s} ({given} given)",
            names.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in args.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in kwargs {
        let k = k.as_str();
        match names.iter().position(|n| *n == k) {
            Some(i) if i >= posonly => {
                if slots[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                slots[i] = Some(v.clone());
            }
            _ => {
                if args.len() < required {
                    break;
                }
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    if args.len() < required {
        let how = if names.len() == required {
            "exactly"
        } else {
            "at least"
        };
        let s = if required == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes {how} {required} positional argument{s} ({} given)",
            args.len()
        )));
    }
    Ok(slots)
}

/// An argument converted like a C `int`.
fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    if let View::Float(_) = v.view() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.num_as_index(v)?;
    match n.to_i32() {
        Some(i) => Ok(i as i64),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// An argument converted like a C `Py_ssize_t`.
fn size_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    let n = vm.num_as_index(v)?;
    match n.to_i64() {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Obj::new(data))
}

// ---------------------------------------------------------------------------------------
// Module functions

fn checksum(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(u32, &[u8]) -> u32,
    start: u32,
) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("zlib.{name}() takes no keyword arguments")));
    }
    crate::vm::builtins::arity(vm, &args, name, 1, 2)?;
    let data = vm.bytes_arg(&args.args[0])?;
    let seed = match args.args.get(1) {
        None => start,
        Some(v) => {
            if let View::Float(_) = v.view() {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            let n = vm.num_as_index(v)?;
            let low: BigInt = n & BigInt::from(0xffff_ffffu32);
            low.to_u32().unwrap_or(0)
        }
    };
    Ok(Value::Int(f(seed, &data) as i64))
}

fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    checksum(vm, args, "crc32", super::binascii::crc32_update, 0)
}

fn adler32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    checksum(vm, args, "adler32", adler32_of, 1)
}

fn compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = params(
        vm,
        "compress",
        &args.args,
        &args.kwargs,
        &["data", "level", "wbits"],
        1,
        1,
    )?;
    let data = vm.bytes_arg(a[0].as_ref().expect("required"))?;
    let level = int_arg(vm, a[1].as_ref(), -1)?;
    let wbits = int_arg(vm, a[2].as_ref(), 15)?;
    let framing = deflate_wbits(wbits);
    let Some((framing, window)) = framing.filter(|_| (-1..=9).contains(&level)) else {
        return Err(zlib_error(vm, "Bad compression level".to_string()));
    };
    let mut d = Deflater::new(level as i32, framing, window, 0);
    Ok(bytes_value(d.feed(&data, MZFlush::Finish)))
}

fn decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = params(
        vm,
        "decompress",
        &args.args,
        &args.kwargs,
        &["data", "wbits", "bufsize"],
        1,
        1,
    )?;
    let data = vm.bytes_arg(a[0].as_ref().expect("required"))?;
    let wbits = int_arg(vm, a[1].as_ref(), 15)?;
    let bufsize = size_arg(vm, a[2].as_ref(), DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let Some((expect, window)) = inflate_wbits(wbits) else {
        return Err(stream_state_fault().raise(vm, "preparing to decompress data"));
    };
    let mut inf = Inflater::new(expect, window, None);
    let mut out = Vec::with_capacity((bufsize as usize).min(1 << 20));
    if let Err(f) = inf.run(&data, None, &mut out) {
        return Err(f.raise(vm, "decompressing data"));
    }
    if !inf.finished() {
        let f = Fault {
            code: -5,
            why: Some("incomplete or truncated stream"),
            during: None,
        };
        return Err(f.raise(vm, "decompressing data"));
    }
    Ok(bytes_value(out))
}

/// A `zdict` argument; the two constructors word a wrong type differently.
fn zdict_arg(vm: &mut Vm, v: Option<&Value>, for_compress: bool) -> PyResult<Option<Vec<u8>>> {
    let Some(v) = v else { return Ok(None) };
    if for_compress {
        return Ok(Some(vm.bytes_arg(v)?.to_vec()));
    }
    match vm.unwrap_base(v).view() {
        View::Bytes(b) => Ok(Some(b.to_vec())),
        View::ByteArray(b) => Ok(Some(b.snapshot())),
        View::MemoryView(m) if !m.released.get() => Ok(Some(m.to_vec())),
        _ => Err(vm.type_error("zdict argument must support the buffer protocol")),
    }
}

fn wrap<T: 'static>(class: Obj<Class>, state: T) -> Value {
    Value::Native(Obj::new(NativeObject {
        class,
        data: RefCell::new(NativeData::Opaque(Rc::new(RefCell::new(state)))),
    }))
}

fn compressobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = params(
        vm,
        "compressobj",
        &args.args,
        &args.kwargs,
        &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        0,
        0,
    )?;
    let level = int_arg(vm, a[0].as_ref(), -1)?;
    let method_ = int_arg(vm, a[1].as_ref(), 8)?;
    let wbits = int_arg(vm, a[2].as_ref(), 15)?;
    let mem_level = int_arg(vm, a[3].as_ref(), 8)?;
    let strategy = int_arg(vm, a[4].as_ref(), 0)?;
    let zdict = zdict_arg(vm, a[5].as_ref(), true)?;
    let framing = deflate_wbits(wbits);
    let ok = (-1..=9).contains(&level)
        && method_ == 8
        && (1..=9).contains(&mem_level)
        && (0..=4).contains(&strategy);
    let Some((framing, window)) = framing.filter(|_| ok) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    let mut d = Deflater::new(level as i32, framing, window, strategy as i32);
    if let Some(dict) = zdict {
        d.preload(&dict);
        if framing != Framing::Zlib {
            d.dict_id = None;
        }
    }
    let state = CompressState { d };
    Ok(wrap(ZlibClasses::get(vm).compress, state))
}

fn decompressobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = params(
        vm,
        "decompressobj",
        &args.args,
        &args.kwargs,
        &["wbits", "zdict"],
        0,
        0,
    )?;
    let wbits = int_arg(vm, a[0].as_ref(), 15)?;
    let zdict = zdict_arg(vm, a[1].as_ref(), false)?;
    let Some((expect, window)) = inflate_wbits(wbits) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    let state = DecompressState {
        inf: Inflater::new(expect, window, zdict),
        unused: Obj::new(Vec::new()),
        tail: Obj::new(Vec::new()),
        eof: false,
        released: false,
    };
    Ok(wrap(ZlibClasses::get(vm).decompress, state))
}

// ---------------------------------------------------------------------------------------
// Compress and Decompress objects

#[derive(Clone)]
struct CompressState {
    d: Deflater,
}

#[derive(Clone)]
struct DecompressState {
    inf: Inflater,
    unused: Obj<Vec<u8>>,
    tail: Obj<Vec<u8>>,
    eof: bool,
    /// flush() was called at the end of the stream: zlib then releases the stream, and
    /// copy() refuses.
    released: bool,
}

fn state_of<T: 'static>(
    vm: &mut Vm,
    v: Option<&Value>,
    what: &str,
) -> PyResult<Rc<dyn std::any::Any>> {
    if let Some(View::Native(n)) = v.map(|v| v.view())
        && let NativeData::Opaque(rc) = &*n.data.borrow()
        && rc.downcast_ref::<RefCell<T>>().is_some()
    {
        return Ok(rc.clone());
    }
    Err(vm.type_error(format!("descriptor requires a 'zlib.{what}' object")))
}

fn with_comp<R>(vm: &mut Vm, args: &Args, f: impl FnOnce(&mut CompressState) -> R) -> PyResult<R> {
    let rc = state_of::<CompressState>(vm, args.args.first(), "Compress")?;
    let cell = rc
        .downcast_ref::<RefCell<CompressState>>()
        .expect("checked");
    Ok(f(&mut cell.borrow_mut()))
}

fn with_decomp<R>(
    vm: &mut Vm,
    args: &Args,
    f: impl FnOnce(&mut DecompressState) -> R,
) -> PyResult<R> {
    let rc = state_of::<DecompressState>(vm, args.args.first(), "Decompress")?;
    let cell = rc
        .downcast_ref::<RefCell<DecompressState>>()
        .expect("checked");
    Ok(f(&mut cell.borrow_mut()))
}

fn comp_compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = args.args.get(1..).unwrap_or_default();
    params(vm, "compress", rest, &args.kwargs, &["data"], 1, 1)?;
    let data = vm.bytes_arg(&rest[0])?;
    let out = with_comp(vm, &args, |s| {
        if s.d.finished {
            None
        } else {
            Some(s.d.feed(&data, MZFlush::None))
        }
    })?;
    match out {
        Some(o) => Ok(bytes_value(o)),
        None => Err(stream_state_fault().raise(vm, "compressing data")),
    }
}

fn comp_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = args.args.get(1..).unwrap_or_default();
    let a = params(vm, "flush", rest, &args.kwargs, &["mode"], 1, 0)?;
    let mode = int_arg(vm, a[0].as_ref(), 4)?;
    if mode == 0 {
        return Ok(bytes_value(Vec::new()));
    }
    let flush = match mode {
        1 | 5 | 6 => Some(MZFlush::Partial),
        2 => Some(MZFlush::Sync),
        3 => Some(MZFlush::Full),
        4 => Some(MZFlush::Finish),
        _ => None,
    };
    let out = with_comp(vm, &args, |s| match flush {
        Some(f) if !s.d.finished => Some(s.d.feed(&[], f)),
        _ => None,
    })?;
    match out {
        Some(o) => Ok(bytes_value(o)),
        None => Err(stream_state_fault().raise(vm, "flushing")),
    }
}

fn comp_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(
        vm,
        &Args::new(args.args.get(1..).unwrap_or_default().to_vec()),
        "copy",
        0,
        0,
    )?;
    let twin = with_comp(vm, &args, |s| (!s.d.finished).then(|| s.clone()))?;
    match twin {
        Some(t) => Ok(wrap(ZlibClasses::get(vm).compress, t)),
        None => Err(vm.value_error("Inconsistent stream state")),
    }
}

/// Runs the decoder over `data` (no limit when `cap` is None) and updates the object's
/// `unused_data`, `unconsumed_tail` and `eof`.
fn decomp_step(s: &mut DecompressState, data: &[u8], cap: Option<usize>) -> Result<Vec<u8>, Fault> {
    let mut out = Vec::new();
    let used = s.inf.run(data, cap, &mut out)?;
    let left = &data[used..];
    if s.inf.finished() {
        s.eof = true;
        if !left.is_empty() {
            let mut u = s.unused.to_vec();
            u.extend_from_slice(left);
            s.unused = Obj::new(u);
        }
        s.tail = Obj::new(Vec::new());
    } else {
        s.tail = Obj::new(left.to_vec());
    }
    Ok(out)
}

fn decomp_decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = args.args.get(1..).unwrap_or_default();
    let a = params(
        vm,
        "decompress",
        rest,
        &args.kwargs,
        &["data", "max_length"],
        1,
        1,
    )?;
    let data = vm.bytes_arg(a[0].as_ref().expect("required"))?;
    let max_length = size_arg(vm, a[1].as_ref(), 0)?;
    if max_length < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let cap = (max_length > 0).then_some(max_length as usize);
    let r = with_decomp(vm, &args, |s| {
        if s.eof {
            let mut u = s.unused.to_vec();
            u.extend_from_slice(&data);
            s.unused = Obj::new(u);
            return Ok(Vec::new());
        }
        decomp_step(s, &data, cap)
    })?;
    match r {
        Ok(out) => Ok(bytes_value(out)),
        Err(f) => Err(f.raise(vm, "decompressing data")),
    }
}

fn decomp_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = args.args.get(1..).unwrap_or_default();
    let a = params(vm, "flush", rest, &args.kwargs, &["length"], 1, 0)?;
    let length = size_arg(vm, a[0].as_ref(), DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let r = with_decomp(vm, &args, |s| {
        let out = if s.eof {
            Vec::new()
        } else {
            let pending = s.tail.to_vec();
            decomp_step(s, &pending, None)?
        };
        s.released = s.eof;
        Ok::<Vec<u8>, Fault>(out)
    })?;
    match r {
        Ok(out) => Ok(bytes_value(out)),
        Err(f) => Err(f.raise(vm, "flushing")),
    }
}

fn decomp_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(
        vm,
        &Args::new(args.args.get(1..).unwrap_or_default().to_vec()),
        "copy",
        0,
        0,
    )?;
    let twin = with_decomp(vm, &args, |s| (!s.released).then(|| s.clone()))?;
    match twin {
        Some(t) => Ok(wrap(ZlibClasses::get(vm).decompress, t)),
        None => Err(vm.value_error("Inconsistent stream state")),
    }
}

fn decomp_unused_data(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_decomp(vm, &args, |s| Value::Bytes(s.unused.clone()))
}

fn decomp_unconsumed_tail(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_decomp(vm, &args, |s| Value::Bytes(s.tail.clone()))
}

fn decomp_eof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_decomp(vm, &args, |s| Value::Bool(s.eof))
}

/// `__deepcopy__(memo)`: the state holds no Python objects, so a copy is a deep copy.
fn comp_deepcopy(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(vm, &args, "__deepcopy__", 2, 2)?;
    args.args.truncate(1);
    comp_copy(vm, args)
}

fn decomp_deepcopy(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    crate::vm::builtins::arity(vm, &args, "__deepcopy__", 2, 2)?;
    args.args.truncate(1);
    decomp_copy(vm, args)
}
