//! The bytecode contract between the compiler (src/compile) and tier 1 (src/vm).
//!
//! A stack machine in the style of CPython 3.8–3.11. Jump targets are absolute instruction
//! indices into `Code::instrs`. "TOS" is the top of the value stack, "TOS1" the one below it.
//! Stack pictures read bottom → top, e.g. `[a, b] -> [c]` pops `b` then `a` and pushes `c`.
//!
//! Exception handling uses a block stack: `SetupExcept(h)` pushes a block remembering `h` and
//! the current stack depth; `PopBlock` pops it. When an exception is raised while the block is
//! on top, the VM pops the value stack back to the recorded depth, pushes the exception
//! instance, pushes a *handler-active* block (which remembers the previously handled
//! exception and makes the new one "currently handled", for bare `raise` and `__context__`)
//! and jumps to `h`. `PopExcept` pops that handler-active block and restores the previously
//! handled exception. If an exception unwinds through a handler-active block, the VM restores
//! the previous handled exception as it pops it.

use num_bigint::BigInt;
use std::rc::Rc;

/// `ExceptStar` operands.
pub const EXCEPT_STAR_MATCH: u32 = 0;
pub const EXCEPT_STAR_SET_HANDLED: u32 = 1;
pub const EXCEPT_STAR_OUTCOME: u32 = 2;

/// Binary operators; the `Inplace*` variants come from augmented assignment and try the
/// `__i*__` method first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    InplaceAdd,
    InplaceSub,
    InplaceMul,
    InplaceMatMul,
    InplaceTrueDiv,
    InplaceFloorDiv,
    InplaceMod,
    InplacePow,
    InplaceLShift,
    InplaceRShift,
    InplaceAnd,
    InplaceOr,
    InplaceXor,
}

/// Rich comparison operators (`is`, `in` have their own instructions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// `FormatValue` flags: the conversion in the low two bits, `FORMAT_HAS_SPEC` in bit 2.
pub const FORMAT_CONV_NONE: u32 = 0;
pub const FORMAT_CONV_STR: u32 = 1;
pub const FORMAT_CONV_REPR: u32 = 2;
pub const FORMAT_CONV_ASCII: u32 = 3;
pub const FORMAT_HAS_SPEC: u32 = 4;

/// `MakeFunction` flags: which optional items sit below the code object.
pub const MAKE_DEFAULTS: u32 = 1;
pub const MAKE_KWDEFAULTS: u32 = 2;
/// A dict of evaluated annotations (parameter name or 'return' to value).
pub const MAKE_ANNOTATIONS: u32 = 4;
pub const MAKE_CLOSURE: u32 = 8;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    // ---- stack manipulation ----
    /// `[a] -> []`
    PopTop,
    /// Push a copy of the i-th item counting from the top (1 = TOS). `Copy(1)` duplicates TOS.
    Copy(u32),
    /// Swap TOS with the i-th item counting from the top (`Swap(2)` swaps TOS and TOS1).
    Swap(u32),

    // ---- constants and names ----
    /// Push `consts[i]`.
    LoadConst(u32),
    /// Push local slot `i` (`varnames[i]`); UnboundLocalError if unbound.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells: index into `cellvars ++ freevars`. Load/store the cell's content; NameError
    /// ("free variable 'x' referenced before assignment...") or UnboundLocalError when empty.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (for building closures).
    LoadClosure(u32),
    /// In a class body: look the name `freevars-or-cellvars[i]` up in the class namespace
    /// first, then in the cell.
    LoadClassDeref(u32),
    /// `names[i]` in globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: `names[i]` in the frame's namespace dict, then globals, then
    /// builtins. At module level the namespace *is* the globals dict.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),

    // ---- attributes and subscripts ----
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[value, obj] -> []` performs `obj.names[i] = value`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [method, obj]` when `names[i]` is a plain function found on the type (an
    /// unbound method), else `[obj] -> [NULL, attr]`. Always followed by `CallMethod*`.
    LoadMethod(u32),
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []` performs `container[key] = value`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// `[lower, upper] -> [slice]` (n = 2) or `[lower, upper, step] -> [slice]` (n = 3)
    BuildSlice(u32),

    // ---- operators ----
    UnaryNegative,
    UnaryPositive,
    UnaryNot,
    UnaryInvert,
    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op b]`
    CompareOp(CmpOp),
    /// `[a, b] -> [a is b]` (`IsOp(1)` is `is not`)
    IsOp(u32),
    /// `[a, b] -> [a in b]` (`ContainsOp(1)` is `not in`)
    ContainsOp(u32),

    // ---- jumps (absolute instruction index) ----
    Jump(u32),
    /// `[v] -> []`, jump if `v` is falsy / truthy.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// If TOS is falsy (truthy) jump and keep it, else pop it and continue.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),

    // ---- iteration ----
    /// `[x] -> [iter(x)]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or when exhausted `[it] -> []` and jump to the target.
    ForIter(u32),

    // ---- building ----
    /// `[a1..an] -> [(a1..an)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1, .. kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (all are str)
    BuildString(u32),
    /// `[.. list at depth i .., v] -> [..]` appends `v` to the list found `i` items below
    /// TOS after popping `v` (`ListAppend(1)`: the list is TOS after the pop).
    ListAppend(u32),
    SetAdd(u32),
    /// `[.. dict .., key, value] -> [..]`, dict found `i` items below after popping both.
    MapAdd(u32),
    /// `[.. list .., iterable] -> [..]` extends the list `i` below.
    ListExtend(u32),
    SetUpdate(u32),
    /// `[.. dict .., mapping] -> [..]` dict.update(mapping)
    DictUpdate(u32),
    /// Like `DictUpdate` but raises TypeError on a repeated key (for `f(**a, **b)`), the
    /// callable being found `i + 2` items below (for the error message).
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`
    ListToTuple,
    /// `[seq] -> [vn .. v1]` (v1 on top), ValueError on a length mismatch.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: low 8 bits: count before the star, high bits (>> 8): count after.
    /// Pushes the "after" items, the starred list and the "before" items so that the first
    /// target is on top.
    UnpackEx(u32),
    /// Formatted value for f-strings, flags as above: `[value] -> [str]` or
    /// `[value, spec] -> [str]` when `FORMAT_HAS_SPEC`.
    FormatValue(u32),

    // ---- functions and calls ----
    /// `[defaults tuple?, kwdefaults dict?, closure tuple?, code] -> [function]`, presence
    /// by flags (MAKE_*). The function's qualname and name come from the code object.
    MakeFunction(u32),
    /// `[callable, a1..an] -> [result]`
    Call(u32),
    /// `[callable, a1..an, kwnames] -> [result]`: `kwnames` is a const tuple of str naming
    /// the last len(kwnames) of the n arguments.
    CallKw(u32),
    /// After `LoadMethod`: `[m, self, a1..an] -> [result]` calls `m(self, a1..an)`, or
    /// `[NULL, f, a1..an] -> [result]` calls `f(a1..an)`.
    CallMethod(u32),
    /// `[callable, args tuple] -> [result]` or, with 1, `[callable, args tuple, kwargs dict]`.
    CallFunctionEx(u32),
    ReturnValue,

    // ---- generators ----
    /// `[v] -> [sent]`: suspends the frame yielding `v`; on resumption pushes the value sent
    /// in (None for `next()`).
    YieldValue,
    /// `[x] -> [iter]`: for `yield from`: generators as they are, others via `iter()`.
    GetYieldFromIter,
    /// `[subiter, v] -> [result]`: sends `v` into `subiter` (`next` when None); if it yields
    /// `y`, the frame suspends yielding `y` and on resumption re-executes this same
    /// instruction with the new sent value as `v`; when it finishes, pushes its return value.
    YieldFrom,

    // ---- coroutines (async def, await, async for, async with) ----
    /// `[x] -> [awaitable iterator]`: what `await x` iterates with `YieldFrom`: a coroutine
    /// as it is, otherwise the iterator `x.__await__()` returns. The operand names the
    /// context for error messages: 0 `await`, 1 `__aenter__`, 2 `__aexit__`.
    GetAwaitable(u32),
    /// `[obj] -> [obj.__aiter__()]` for `async for`.
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]`: `aiter.__anext__()` made awaitable (as by
    /// `GetAwaitable`), awaited next with `YieldFrom`.
    GetANext,
    /// `async for`'s exception handler: `[aiter, exc] -> []` popping the handler-active
    /// block when `exc` is a StopAsyncIteration (the loop is over); re-raises `exc`
    /// otherwise.
    EndAsyncFor,
    /// `[mgr] -> [bound __aexit__, mgr.__aenter__()]` for `async with`; the second is
    /// awaited next.
    BeforeAsyncWith,

    // ---- exceptions ----
    /// Push an exception block with the handler at the target (see the module doc).
    SetupExcept(u32),
    /// Pop the top block (an exception block) on normal exit from a `try` body.
    PopBlock,
    /// Pop the handler-active block pushed when a handler was entered; restores the
    /// previously handled exception. Does not touch the value stack.
    PopExcept,
    /// `Raise(0)`: re-raise the currently handled exception (RuntimeError "No active
    /// exception to reraise" if none). `Raise(1)`: `[exc] -> raise exc` (a class is
    /// instantiated). `Raise(2)`: `[exc, cause] -> raise exc from cause`.
    Raise(u32),
    /// `[exc] -> re-raise exc` keeping its traceback (end of `finally`, unmatched `except`).
    Reraise,
    /// `[exc, type] -> [exc, bool]` isinstance-style match of an exception against a class
    /// or tuple of classes (TypeError if `type` is not an exception class).
    CheckExcMatch,
    /// `except*` steps, by operand (`EXCEPT_STAR_*`): `MATCH` `[rest, type] -> [rest',
    /// match]` splits what is left of the exception by a clause's type (None when nothing
    /// matched or is left; a naked exception matching is wrapped in a group);
    /// `SET_HANDLED` `[exc] -> []` makes `exc` the exception being handled; `OUTCOME`
    /// `[orig, list] -> [exc or None]` combines what the clauses raised (and the
    /// unmatched rest, last in the list) into what the statement raises.
    ExceptStar(u32),
    /// Push the AssertionError class (immune to shadowing).
    LoadAssertionError,

    // ---- with ----
    /// `[mgr] -> [bound __exit__, mgr.__enter__()]`
    BeforeWith,
    /// Normal exit: `[exit] -> []` after calling `exit(None, None, None)`.
    WithExitNormal,
    /// Exceptional exit, inside the handler: `[exit, exc] -> [exit, exc, exit(type, exc, tb)]`.
    WithExceptStart,

    // ---- imports ----
    /// `[] -> [module]` imports the module named `names[i]`: dotted and absolute, or with
    /// leading dots for a relative import (resolved against the importing module's package).
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (ImportError "cannot import name ...").
    ImportFrom(u32),
    /// `[module] -> []`: copies the module's public names into the current namespace.
    ImportStar,

    // ---- classes ----
    /// Push the builtin `__build_class__`: called as `(body_function, name, *bases, **kw)`.
    LoadBuildClass,

    // ---- pattern matching (3.11 semantics) ----
    /// `[x] -> [x, len(x)]`
    GetLen,
    /// `[x] -> [x, bool]` is x a mapping
    MatchMapping,
    /// `[x] -> [x, bool]` is x a sequence (list, tuple, range, deque... not str/bytes/dict)
    MatchSequence,
    /// `[subject, keys tuple] -> [subject, keys tuple, values tuple or None]`
    MatchKeys,
    /// `[subject, cls, kwnames tuple] -> [attrs tuple or None]` with `n` positional
    /// sub-patterns (uses `__match_args__`).
    MatchClass(u32),
    /// `[mapping, keys tuple] -> [mapping, dict without those keys]` for `**rest`.
    CopyDictWithoutKeys,

    // ---- interactive ----
    /// `[v] -> []` prints repr(v) unless None, and sets builtins `_` (REPL only).
    PrintExpr,

    // ---- specialized forms ----
    // Written only by tier 1's quickening (vm/specialize.rs) into its own copy of a code
    // object's instructions, in place of the generic instruction named in each comment;
    // the compiler never emits them and every other reader sees the compiler's
    // instructions. Each has the generic form's stack effect and operand, and falls back to
    // the generic behaviour when its guard fails.
    /// `BinaryOp` on two ints whose result fits a small int.
    BinaryOpInt(BinOp),
    /// `BinaryOp` (+ - * /) on floats, or a float and an int.
    BinaryOpFloat(BinOp),
    /// `CompareOp` on two ints.
    CompareOpInt(CmpOp),
    /// `CompareOp` on two floats.
    CompareOpFloat(CmpOp),
    /// `CompareOp` on two strs.
    CompareOpStr(CmpOp),
    /// `LoadAttr` of an instance's own attribute, for one class.
    LoadAttrInstance(u32),
    /// `LoadAttr` of a plain class attribute, through an instance or the class itself.
    LoadAttrClass(u32),
    /// `LoadAttr` of a module's global.
    LoadAttrModule(u32),
    /// `LoadAttr` of a `__slots__` attribute, for one class.
    LoadAttrSlot(u32),
    /// `LoadAttr` through a property's getter.
    LoadAttrProperty(u32),
    /// `LoadMethod` of a function on an instance's class.
    LoadMethodInstance(u32),
    /// `LoadMethod` of a built-in type's method (`list.append`, `str.join`).
    LoadMethodType(u32),
    /// `StoreAttr` into an instance's dict, for one class.
    StoreAttrInstance(u32),
    /// `StoreAttr` into a `__slots__` attribute, for one class.
    StoreAttrSlot(u32),
    /// `LoadGlobal` found in the globals dict.
    LoadGlobalModule(u32),
    /// `LoadGlobal` found in the builtins dict.
    LoadGlobalBuiltin(u32),
    /// `Call` of a Python function with exactly its positional parameters.
    CallPyExact(u32),
    /// `Call` of a built-in function.
    CallBuiltin(u32),
    /// `Call` of the built-in `len` with one argument.
    CallLen(u32),
    /// `Call` of the built-in `isinstance` with two arguments.
    CallIsInstance(u32),
    /// `Call` of a class.
    CallType(u32),
    /// `Call` of a class with the default `__new__` and a Python `__init__` taking exactly
    /// the arguments plus self.
    CallClassPyInit(u32),
    /// `Call` of a bound method whose function takes exactly the arguments plus self.
    CallBoundMethod(u32),
    /// `CallMethod` of a Python function with exactly its positional parameters.
    CallMethodPy(u32),
    /// `CallMethod` of a built-in method.
    CallMethodBuiltin(u32),
    /// `CallMethod` of `list.append` on a list.
    CallMethodListAppend(u32),
    /// `ForIter` over a range.
    ForIterRange(u32),
    /// `ForIter` over a list.
    ForIterList(u32),
    /// `ForIter` over a tuple.
    ForIterTuple(u32),
    /// `ForIter` over a generator.
    ForIterGen(u32),
    /// `BinarySubscr` of a list by an int.
    BinarySubscrList,
    /// `BinarySubscr` of a tuple by an int.
    BinarySubscrTuple,
    /// `BinarySubscr` of a dict.
    BinarySubscrDict,
    /// `StoreSubscr` into a list by an int.
    StoreSubscrList,
    /// `StoreSubscr` into a dict.
    StoreSubscrDict,
    /// `UnpackSequence` of a tuple of the right length.
    UnpackSequenceTuple(u32),
    /// `UnpackSequence` of a list of the right length.
    UnpackSequenceList(u32),
    /// `ContainsOp` on a dict.
    ContainsOpDict(u32),
    /// `ContainsOp` on a set or frozenset.
    ContainsOpSet(u32),

    // ---- superinstructions ----
    // Also written only by quickening, in place of the first of two adjacent instructions;
    // the second stays where it was (a jump may land on it), and the superinstruction runs
    // both and steps over it. Operands are the two instructions' own.
    /// `LoadFast(a)` then `LoadFast(b)`.
    LoadFastLoadFast(u16, u16),
    /// `LoadFast(a)` then `LoadConst(c)`.
    LoadFastLoadConst(u16, u16),
    /// `StoreFast(a)` then `LoadFast(b)`.
    StoreFastLoadFast(u16, u16),
    /// `StoreFast(a)` then `StoreFast(b)` (unpacking).
    StoreFastStoreFast(u16, u16),
    /// `LoadConst(c)` then `LoadFast(a)`.
    LoadConstLoadFast(u16, u16),
}

impl Instr {
    /// The generic instruction a specialized form stands for (the instruction itself when it
    /// is not a specialized form).
    pub fn generic(self) -> Instr {
        use Instr::*;
        match self {
            BinaryOpInt(op) | BinaryOpFloat(op) => BinaryOp(op),
            CompareOpInt(op) | CompareOpFloat(op) | CompareOpStr(op) => CompareOp(op),
            LoadAttrInstance(i) | LoadAttrClass(i) | LoadAttrModule(i) | LoadAttrSlot(i)
            | LoadAttrProperty(i) => LoadAttr(i),
            LoadMethodInstance(i) | LoadMethodType(i) => LoadMethod(i),
            StoreAttrInstance(i) | StoreAttrSlot(i) => StoreAttr(i),
            LoadGlobalModule(i) | LoadGlobalBuiltin(i) => LoadGlobal(i),
            CallPyExact(n) | CallBuiltin(n) | CallLen(n) | CallIsInstance(n) | CallType(n)
            | CallClassPyInit(n) | CallBoundMethod(n) => Call(n),
            CallMethodPy(n) | CallMethodBuiltin(n) | CallMethodListAppend(n) => CallMethod(n),
            ForIterRange(t) | ForIterList(t) | ForIterTuple(t) | ForIterGen(t) => ForIter(t),
            BinarySubscrList | BinarySubscrTuple | BinarySubscrDict => BinarySubscr,
            StoreSubscrList | StoreSubscrDict => StoreSubscr,
            UnpackSequenceTuple(n) | UnpackSequenceList(n) => UnpackSequence(n),
            ContainsOpDict(i) | ContainsOpSet(i) => ContainsOp(i),
            LoadFastLoadFast(a, _) | LoadFastLoadConst(a, _) => LoadFast(a as u32),
            StoreFastLoadFast(a, _) | StoreFastStoreFast(a, _) => StoreFast(a as u32),
            LoadConstLoadFast(c, _) => LoadConst(c as u32),
            other => other,
        }
    }

    /// The superinstruction that runs `self` and then `next`, when there is one.
    pub fn fused_with(self, next: Instr) -> Option<Instr> {
        use Instr::*;
        let narrow = |x: u32| u16::try_from(x).ok();
        Some(match (self, next) {
            (LoadFast(a), LoadFast(b)) => LoadFastLoadFast(narrow(a)?, narrow(b)?),
            (LoadFast(a), LoadConst(c)) => LoadFastLoadConst(narrow(a)?, narrow(c)?),
            (StoreFast(a), LoadFast(b)) => StoreFastLoadFast(narrow(a)?, narrow(b)?),
            (StoreFast(a), StoreFast(b)) => StoreFastStoreFast(narrow(a)?, narrow(b)?),
            (LoadConst(c), LoadFast(a)) => LoadConstLoadFast(narrow(c)?, narrow(a)?),
            _ => return None,
        })
    }
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Rc<Code>),
}

/// Code object flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    /// `async def` without `yield` (CO_COROUTINE); `generator` is also set: the frame is
    /// resumable.
    pub coroutine: bool,
    /// `async def` with `yield` (CO_ASYNC_GENERATOR); `generator` is also set.
    pub async_generator: bool,
    /// Module or class body: uses a namespace dict (LoadName/StoreName).
    pub uses_namespace: bool,
    /// Compiled under `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS); code
    /// that `exec`, `eval` and `compile` compile from here inherits it.
    pub future_annotations: bool,
}

/// One compiled scope: module body, class body, function, lambda or comprehension.
#[derive(Debug, PartialEq)]
pub struct Code {
    /// `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, the function or class name.
    pub name: String,
    /// Dotted qualified name as CPython computes it (`C.m.<locals>.f`).
    pub qualname: String,
    pub filename: Rc<str>,
    /// 1-based line of the `def` / `class` / first line of the module.
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction (same length as `instrs`).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    /// Names for globals, attributes, imports and namespace lookups.
    pub names: Vec<String>,
    /// Local variables: parameters first (positional-only, positional, keyword-only, then
    /// `*args`, then `**kwargs`), then other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes. A parameter that is also a cell appears in both
    /// `varnames` and `cellvars`; `cell2arg` maps it so the VM copies the argument in.
    pub cellvars: Vec<String>,
    pub cell2arg: Vec<Option<u32>>,
    /// Variables from enclosing scopes, in the order the closure tuple supplies them.
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// Largest value-stack depth the code can reach (an upper bound is fine).
    pub max_stack: u32,
    /// Docstring, when the body starts with a string literal.
    pub doc: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::Instr::*;

    #[test]
    fn superinstructions_stand_for_their_first_half() {
        let fused = LoadFast(3).fused_with(LoadConst(9)).expect("a pair");
        assert_eq!(fused, LoadFastLoadConst(3, 9));
        assert_eq!(fused.generic(), LoadFast(3));
        assert_eq!(
            StoreFast(1).fused_with(StoreFast(2)).map(|i| i.generic()),
            Some(StoreFast(1))
        );
        assert_eq!(LoadFast(1).fused_with(StoreFast(2)), None);
        // Operands that do not fit the packed form stay apart.
        assert_eq!(LoadFast(70_000).fused_with(LoadFast(1)), None);
        assert_eq!(LoadConst(1).fused_with(LoadFast(65_536)), None);
    }
}
