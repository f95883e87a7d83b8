//! Compiler tests: the program corpus and the stdlib must compile (or fail with the
//! recorded SyntaxError), every code object must pass the control-flow verifier, and
//! targeted snippets must produce the expected instruction sequences and error messages.

use super::{CompileError, Mode, compile, disassemble, flow};
use crate::bytecode::{Code, Const, Instr};
use std::path::Path;
use std::rc::Rc;

fn each_code(code: &Code, f: &mut dyn FnMut(&Code)) {
    f(code);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            each_code(inner, f);
        }
    }
}

/// Checks the invariants of every code object reachable from `code`.
fn verify_all(code: &Code) -> Result<(), String> {
    let mut problems = Vec::new();
    each_code(code, &mut |c| {
        if c.lines.len() != c.instrs.len() {
            problems.push(format!("{}: lines/instrs length mismatch", c.qualname));
        }
        if c.cell2arg.len() != c.cellvars.len() {
            problems.push(format!("{}: cell2arg length mismatch", c.qualname));
        }
        match flow::verify(&c.instrs) {
            Ok(depth) => {
                if depth > c.max_stack {
                    problems.push(format!(
                        "{}: depth {depth} exceeds max_stack {}",
                        c.qualname, c.max_stack
                    ));
                }
            }
            Err(e) => problems.push(format!("{}: {e}", c.qualname)),
        }
        let nderef = (c.cellvars.len() + c.freevars.len()) as u32;
        for (i, instr) in c.instrs.iter().enumerate() {
            let bad = match *instr {
                Instr::LoadConst(k) => k as usize >= c.consts.len(),
                Instr::LoadFast(k) | Instr::StoreFast(k) | Instr::DeleteFast(k) => {
                    k as usize >= c.varnames.len()
                }
                Instr::LoadDeref(k)
                | Instr::StoreDeref(k)
                | Instr::DeleteDeref(k)
                | Instr::LoadClosure(k)
                | Instr::LoadClassDeref(k) => k >= nderef,
                Instr::LoadGlobal(k)
                | Instr::StoreGlobal(k)
                | Instr::DeleteGlobal(k)
                | Instr::LoadName(k)
                | Instr::StoreName(k)
                | Instr::DeleteName(k)
                | Instr::LoadAttr(k)
                | Instr::StoreAttr(k)
                | Instr::DeleteAttr(k)
                | Instr::LoadMethod(k)
                | Instr::ImportName(k)
                | Instr::ImportFrom(k) => k as usize >= c.names.len(),
                _ => false,
            };
            if bad {
                problems.push(format!(
                    "{}: operand out of range at {i}: {instr:?}",
                    c.qualname
                ));
            }
        }
    });
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn ok(src: &str) -> Rc<Code> {
    let code = compile(src, "<test>", Mode::Exec)
        .unwrap_or_else(|e| panic!("compile failed: {e:?}\n{src}"));
    if let Err(e) = verify_all(&code) {
        panic!("verification failed:\n{e}\n{}", disassemble(&code));
    }
    code
}

fn err(src: &str) -> CompileError {
    match compile(src, "<test>", Mode::Exec) {
        Ok(code) => panic!("expected an error for {src:?}\n{}", disassemble(&code)),
        Err(e) => e,
    }
}

/// The instructions of the code object with this qualname, as `Debug` text.
fn ops(code: &Code, qualname: &str) -> Vec<String> {
    let mut found = None;
    each_code(code, &mut |c| {
        if c.qualname == qualname && found.is_none() {
            found = Some(
                c.instrs
                    .iter()
                    .map(|i| format!("{i:?}"))
                    .collect::<Vec<_>>(),
            );
        }
    });
    found.unwrap_or_else(|| panic!("no code object {qualname}\n{}", disassemble(code)))
}

fn find(code: &Code, qualname: &str) -> Rc<Code> {
    let mut found = None;
    each_code(code, &mut |c| {
        if c.qualname == qualname && found.is_none() {
            found = Some(Rc::new(clone_code(c)));
        }
    });
    found.unwrap_or_else(|| panic!("no code object {qualname}"))
}

fn clone_code(c: &Code) -> Code {
    Code {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: c.filename.clone(),
        first_line: c.first_line,
        instrs: c.instrs.clone(),
        lines: c.lines.clone(),
        consts: c.consts.clone(),
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        cell2arg: c.cell2arg.clone(),
        freevars: c.freevars.clone(),
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        max_stack: c.max_stack,
        doc: c.doc.clone(),
    }
}

fn contains_seq(ops: &[String], seq: &[&str]) -> bool {
    ops.windows(seq.len())
        .any(|w| w.iter().zip(seq).all(|(a, b)| a.starts_with(b)))
}

fn assert_seq(code: &Code, qualname: &str, seq: &[&str]) {
    let o = ops(code, qualname);
    assert!(
        contains_seq(&o, seq),
        "{seq:?} not found in {qualname}\n{}",
        disassemble(code)
    );
}

// ---- corpus ----

fn python_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The `SyntaxError: msg` line of a program's `.exit` file, if that is how it ends.
fn expected_syntax_error(py: &Path) -> Option<(String, String)> {
    let exit = std::fs::read_to_string(py.with_extension("exit")).ok()?;
    let line = exit.lines().nth(1)?;
    for kind in ["SyntaxError", "IndentationError", "TabError"] {
        if let Some(msg) = line.strip_prefix(kind).and_then(|r| r.strip_prefix(": ")) {
            return Some((kind.to_string(), msg.to_string()));
        }
    }
    None
}

#[test]
fn corpus_compiles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = python_files(&root.join("tests/programs"));
    files.extend(python_files(&root.join("src/stdlib")));
    let mut failures = Vec::new();
    for path in &files {
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        let name = path.display().to_string();
        let result = compile(&src, &name, Mode::Exec);
        match (expected_syntax_error(path), result) {
            (None, Ok(code)) => {
                if let Err(e) = verify_all(&code) {
                    failures.push(format!("{name}: {e}"));
                }
            }
            (None, Err(e)) => failures.push(format!("{name}: unexpected {e:?}")),
            (Some((kind, msg)), Err(e)) => {
                if e.kind != kind || e.msg != msg {
                    failures.push(format!("{name}: expected {kind}: {msg}, got {e:?}"));
                }
            }
            (Some((kind, msg)), Ok(code)) => {
                // The error may come from code the program compiles or imports at run time.
                let dynamic = ["compile(", "exec(", "eval(", "import "]
                    .iter()
                    .any(|k| src.contains(k));
                if !dynamic {
                    failures.push(format!("{name}: expected {kind}: {msg}, compiled fine"));
                } else if let Err(e) = verify_all(&code) {
                    failures.push(format!("{name}: {e}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---- targeted code shapes ----

#[test]
fn module_basics() {
    let code = ok("x = 1\nprint(x + 2)\n");
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadConst",
            "StoreName",
            "LoadName",
            "LoadName",
            "LoadConst",
            "BinaryOp(Add)",
            "Call(1)",
            "PopTop",
        ],
    );
    assert_eq!(code.instrs.last(), Some(&Instr::ReturnValue));
}

#[test]
fn constants_are_deduplicated_but_distinct_by_type() {
    let code = ok("a = 1\nb = 1.0\nc = True\nd = 1\ne = -0.0\nf = 0.0\ng = -5\nh = (1, 2, 'x')\n");
    let consts = &code.consts;
    assert_eq!(consts.iter().filter(|c| **c == Const::Int(1)).count(), 1);
    assert!(consts.contains(&Const::Float(1.0)));
    assert!(consts.contains(&Const::Bool(true)));
    assert!(consts.contains(&Const::Int(-5)));
    assert!(
        consts
            .iter()
            .any(|c| matches!(c, Const::Float(f) if *f == 0.0 && f.is_sign_negative()))
    );
    assert!(
        consts
            .iter()
            .any(|c| matches!(c, Const::Float(f) if *f == 0.0 && !f.is_sign_negative()))
    );
    assert!(consts.contains(&Const::Tuple(vec![
        Const::Int(1),
        Const::Int(2),
        Const::Str("x".into())
    ])));
}

#[test]
fn big_integers() {
    let code = ok(
        "a = 123456789012345678901234567890\nb = 0xFFFF_FFFF_FFFF_FFFF_FF\nc = -9223372036854775808\nd = 18446744073709551615\n",
    );
    let big: num_bigint::BigInt = "123456789012345678901234567890".parse().unwrap();
    assert!(code.consts.contains(&Const::BigInt(big)));
    let hex = num_bigint::BigInt::parse_bytes(b"FFFFFFFFFFFFFFFFFF", 16).unwrap();
    assert!(code.consts.contains(&Const::BigInt(hex)));
    assert!(code.consts.contains(&Const::Int(i64::MIN)));
}

#[test]
fn try_finally_with_return() {
    let code = ok("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    // The return value is computed, the block popped, the finally body inlined, then returned.
    assert_seq(
        &code,
        "f",
        &[
            "SetupExcept",
            "LoadGlobal",
            "Call(0)",
            "PopBlock",
            "LoadGlobal",
            "Call(0)",
            "PopTop",
            "ReturnValue",
        ],
    );
    // The exceptional path runs the finally body and re-raises.
    assert_seq(&code, "f", &["LoadGlobal", "Call(0)", "PopTop", "Reraise"]);
}

#[test]
fn try_except_shapes() {
    let code = ok(
        "try:\n    a()\nexcept ValueError as e:\n    print(e)\nexcept:\n    pass\nelse:\n    b()\n",
    );
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadName",
            "CheckExcMatch",
            "PopJumpIfFalse",
            "StoreName",
            "SetupExcept",
        ],
    );
    assert_seq(
        &code,
        "<module>",
        &[
            "PopBlock",
            "PopExcept",
            "LoadConst",
            "StoreName",
            "DeleteName",
        ],
    );
    assert_seq(&code, "<module>", &["PopTop", "PopExcept"]);
}

#[test]
fn break_continue_return_through_blocks() {
    ok(
        "for x in y:\n    try:\n        if x: break\n        if x: continue\n    finally:\n        f()\n",
    );
    ok(
        "def f():\n    for x in y:\n        with a as b:\n            try:\n                return x\n            except E:\n                return 2\n            finally:\n                g()\n",
    );
    ok("while 1:\n    try:\n        pass\n    finally:\n        break\n");
    ok(
        "def f():\n    for x in y:\n        try:\n            return 1\n        finally:\n            break\n",
    );
    ok(
        "def f():\n    try:\n        pass\n    except E as e:\n        for i in x:\n            return e\n",
    );
    ok("def f():\n    try:\n        raise X\n    finally:\n        return 3\n");
    ok(
        "for i in x:\n    try:\n        pass\n    except:\n        continue\n    else:\n        break\n",
    );
    let code = ok("def f():\n    for x in y:\n        return x\n");
    assert_seq(
        &code,
        "f",
        &["StoreFast", "LoadFast", "Swap(2)", "PopTop", "ReturnValue"],
    );
}

#[test]
fn with_statement() {
    let code = ok("with open(f) as g, h:\n    body()\n");
    assert_seq(
        &code,
        "<module>",
        &["BeforeWith", "StoreName", "SetupExcept"],
    );
    assert_seq(&code, "<module>", &["PopBlock", "WithExitNormal"]);
    assert_seq(
        &code,
        "<module>",
        &[
            "WithExceptStart",
            "PopJumpIfTrue",
            "Reraise",
            "PopTop",
            "PopExcept",
            "PopTop",
        ],
    );
    let code = ok("def f():\n    with a:\n        return 1\n");
    assert_seq(
        &code,
        "f",
        &[
            "LoadConst",
            "PopBlock",
            "Swap(2)",
            "WithExitNormal",
            "ReturnValue",
        ],
    );
}

#[test]
fn comprehension_scopes() {
    let code = ok("def f(y):\n    return [x * y for x in range(3) if x]\n");
    let comp = find(&code, "f.<locals>.<listcomp>");
    assert_eq!(comp.varnames.first().map(String::as_str), Some(".0"));
    assert_eq!(comp.argcount, 1);
    assert_eq!(comp.freevars, vec!["y".to_string()]);
    let f = find(&code, "f");
    assert_eq!(f.cellvars, vec!["y".to_string()]);
    assert_eq!(f.cell2arg, vec![Some(0)]);
    assert_seq(
        &code,
        "f",
        &[
            "LoadClosure",
            "BuildTuple(1)",
            "LoadConst",
            "MakeFunction(8)",
            "LoadGlobal",
            "LoadConst",
            "Call(1)",
            "GetIter",
            "Call(1)",
        ],
    );
    assert_seq(
        &code,
        "f.<locals>.<listcomp>",
        &["BuildList(0)", "LoadFast(0)", "ForIter", "StoreFast"],
    );
    assert_seq(&code, "f.<locals>.<listcomp>", &["ListAppend(2)", "Jump"]);
    let code = ok("g = (x for x in y)\nd = {k: v for k, v in z for w in k}\n");
    let g = find(&code, "<genexpr>");
    assert!(g.flags.generator);
    assert_seq(&code, "<genexpr>", &["YieldValue", "PopTop"]);
    assert_seq(&code, "<dictcomp>", &["MapAdd(3)"]);
}

#[test]
fn closures_and_cells() {
    let code = ok(
        "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    );
    let outer = find(&code, "outer");
    assert_eq!(outer.cellvars, vec!["x".to_string()]);
    let inner = find(&code, "outer.<locals>.inner");
    assert_eq!(inner.freevars, vec!["x".to_string()]);
    assert_seq(&code, "outer", &["LoadConst", "StoreDeref(0)"]);
    assert_seq(
        &code,
        "outer.<locals>.inner",
        &[
            "LoadDeref(0)",
            "LoadConst",
            "BinaryOp(InplaceAdd)",
            "StoreDeref(0)",
        ],
    );
    let code = ok("def f():\n    global g\n    g = 1\n    def h(): pass\n");
    assert_seq(&code, "f", &["LoadConst", "StoreGlobal"]);
}

#[test]
fn class_cell_and_super() {
    let code = ok(
        "class C(B):\n    'doc'\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n",
    );
    let c = find(&code, "C");
    assert_eq!(c.cellvars, vec!["__class__".to_string()]);
    assert!(c.flags.uses_namespace);
    assert_seq(
        &code,
        "C",
        &[
            "LoadName",
            "StoreName",
            "LoadConst",
            "StoreName",
            "LoadConst",
            "StoreName",
        ],
    );
    assert_seq(&code, "C", &["LoadClosure(0)", "ReturnValue"]);
    let m = find(&code, "C.m");
    assert_eq!(m.freevars, vec!["__class__".to_string()]);
    let n = find(&code, "C.n");
    assert!(n.freevars.is_empty());
    assert_seq(
        &code,
        "C",
        &[
            "LoadClosure(0)",
            "BuildTuple(1)",
            "LoadConst",
            "MakeFunction(8)",
        ],
    );
    assert_eq!(c.doc.as_deref(), Some("doc"));
    let code = ok("class D:\n    x = 1\n");
    assert_seq(&code, "D", &["LoadConst", "ReturnValue"]);
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadBuildClass",
            "LoadConst",
            "MakeFunction(0)",
            "LoadConst",
            "Call(2)",
        ],
    );
}

#[test]
fn class_deref_and_free_class() {
    // A name assigned in the class body is a class-namespace name there (LoadName), yet the
    // class passes the enclosing function's cell through to its methods.
    let code = ok(
        "def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    );
    let c = find(&code, "f.<locals>.C");
    assert_eq!(c.freevars, vec!["x".to_string()]);
    assert_seq(&code, "f.<locals>.C", &["LoadName", "StoreName"]);
    assert_seq(&code, "f.<locals>.C", &["LoadClosure(0)", "BuildTuple(1)"]);
    let code = ok("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    assert_seq(&code, "f.<locals>.C", &["LoadClassDeref(0)", "StoreName"]);
}

#[test]
fn qualnames() {
    let code = ok(
        "def f():\n    def g():\n        l = lambda: 0\n    class K:\n        def m(self): pass\n",
    );
    for q in [
        "f",
        "f.<locals>.g",
        "f.<locals>.g.<locals>.<lambda>",
        "f.<locals>.K",
        "f.<locals>.K.m",
    ] {
        find(&code, q);
    }
}

#[test]
fn match_statement() {
    let code = ok(r#"
match p:
    case 0 | 1:
        a()
    case [x, *rest]:
        b(x, rest)
    case {"k": v, **kw}:
        c(v, kw)
    case Point(x=0, y=yy) if yy > 0:
        d(yy)
    case Point(1, 2):
        pass
    case str() as s:
        e(s)
    case (1, _, *_):
        pass
    case [a, b] | [b, a]:
        pass
    case -1 | 1+2j | None | True:
        pass
    case Color.RED:
        pass
    case _:
        f()
"#);
    assert_seq(
        &code,
        "<module>",
        &[
            "MatchSequence",
            "PopJumpIfFalse",
            "GetLen",
            "LoadConst",
            "CompareOp(Ge)",
        ],
    );
    assert_seq(&code, "<module>", &["MatchKeys"]);
    assert_seq(&code, "<module>", &["CopyDictWithoutKeys"]);
    assert_seq(
        &code,
        "<module>",
        &["MatchClass(0)", "Copy(1)", "LoadConst", "IsOp(1)"],
    );
    assert_seq(&code, "<module>", &["MatchClass(2)"]);
    assert!(code.consts.contains(&Const::Complex(1.0, 2.0)));
}

#[test]
fn calls() {
    let code = ok("o.m(1, 2)\nf(a, *b, c, **d, e=1)\nf(x=1)\no.m(x=1)\n");
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadName",
            "LoadMethod",
            "LoadConst",
            "LoadConst",
            "CallMethod(2)",
        ],
    );
    assert_seq(
        &code,
        "<module>",
        &[
            "BuildList(1)",
            "LoadName",
            "ListExtend(1)",
            "LoadName",
            "ListAppend(1)",
            "ListToTuple",
            "BuildMap(0)",
            "LoadName",
            "DictMerge(1)",
            "LoadConst",
            "LoadConst",
            "BuildMap(1)",
            "DictMerge(1)",
            "CallFunctionEx(1)",
        ],
    );
    assert_seq(&code, "<module>", &["LoadConst", "LoadConst", "CallKw(1)"]);
    assert_seq(
        &code,
        "<module>",
        &["LoadAttr", "LoadConst", "LoadConst", "CallKw(1)"],
    );
}

#[test]
fn functions_defaults_and_decorators() {
    let code =
        ok("@dec1\n@dec2(3)\ndef f(a, b=1, *args, c, d=x, **kw):\n    'the doc'\n    return a\n");
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadName",
            "LoadName",
            "LoadConst",
            "Call(1)",
            "LoadConst",
            "LoadConst",
            "LoadName",
            "BuildMap(1)",
            "LoadConst",
            "MakeFunction(3)",
            "Call(1)",
            "Call(1)",
            "StoreName",
        ],
    );
    let f = find(&code, "f");
    assert_eq!(f.argcount, 2);
    assert_eq!(f.kwonlyargcount, 2);
    assert!(f.flags.varargs && f.flags.varkeywords);
    assert_eq!(
        f.varnames,
        ["a", "b", "c", "d", "args", "kw"]
            .map(String::from)
            .to_vec()
    );
    assert_eq!(f.doc.as_deref(), Some("the doc"));
    assert_eq!(f.first_line, 1);
}

#[test]
fn chained_comparison_and_boolops() {
    let code = ok("r = a < b < c\nif a < b < c and d or not e:\n    pass\n");
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadName",
            "LoadName",
            "Swap(2)",
            "Copy(2)",
            "CompareOp(Lt)",
            "JumpIfFalseOrPop",
            "LoadName",
            "CompareOp(Lt)",
            "Jump",
            "Swap(2)",
            "PopTop",
            "StoreName",
        ],
    );
}

#[test]
fn fstrings() {
    let code = ok("s = f'a{x!r:>{w}}b{y=}c{z:.2f}'\n");
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadConst",
            "LoadName",
            "LoadConst",
            "LoadName",
            "FormatValue(0)",
            "BuildString(2)",
            "FormatValue(6)",
        ],
    );
    assert!(code.consts.contains(&Const::Str("by=".into())));
    assert_seq(&code, "<module>", &["LoadName", "FormatValue(2)"]);
    let code = ok("s = f'{x}'\nt = f''\nu = 'a' f'b' 'c'\n");
    assert!(code.consts.contains(&Const::Str(String::new())));
    assert!(code.consts.contains(&Const::Str("abc".into())));
}

#[test]
fn augmented_assignment_and_unpacking() {
    let code = ok("a.b += 1\nc[d] -= 2\na, *b, c = x\n[p, q] = r\nx, y = y, x\n");
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadName",
            "Copy(1)",
            "LoadAttr",
            "LoadConst",
            "BinaryOp(InplaceAdd)",
            "Swap(2)",
            "StoreAttr",
        ],
    );
    assert_seq(
        &code,
        "<module>",
        &[
            "Copy(2)",
            "Copy(2)",
            "BinarySubscr",
            "LoadConst",
            "BinaryOp(InplaceSub)",
            "Swap(3)",
            "Swap(2)",
            "StoreSubscr",
        ],
    );
    assert_seq(&code, "<module>", &["UnpackEx(257)"]);
    assert_seq(
        &code,
        "<module>",
        &["LoadName", "LoadName", "Swap(2)", "StoreName", "StoreName"],
    );
}

#[test]
fn slices_and_subscripts() {
    let code = ok("a[1:2]\na[::2]\na[1:2, 3]\ndel a[0]\na[i] = v\n");
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadName",
            "LoadConst",
            "LoadConst",
            "BuildSlice(2)",
            "BinarySubscr",
        ],
    );
    assert_seq(&code, "<module>", &["BuildSlice(3)"]);
}

#[test]
fn generators_and_yield_from() {
    let code = ok("def g():\n    x = yield 1\n    yield from h()\n    return x\n");
    let g = find(&code, "g");
    assert!(g.flags.generator);
    assert_seq(&code, "g", &["GetYieldFromIter", "LoadConst", "YieldFrom"]);
}

#[test]
fn coroutines_and_async_generators() {
    let src = "async def c(m, it):\n    async with m as v, m:\n        x = await v\n        if x:\n            return x\n    async for y in it:\n        if y:\n            break\n    else:\n        pass\n    return [z async for z in it] + [await z for z in y]\n\nasync def g():\n    yield await h()\n    return\n\ndef s():\n    return (await q for q in r)\n";
    let code = ok(src);
    let c = find(&code, "c");
    assert!(c.flags.coroutine && !c.flags.async_generator && c.flags.generator);
    let g = find(&code, "g");
    assert!(g.flags.async_generator && !g.flags.coroutine);
    assert!(find(&code, "c.<locals>.<listcomp>").flags.coroutine);
    assert!(find(&code, "s.<locals>.<genexpr>").flags.async_generator);
    assert!(!find(&code, "s").flags.coroutine);
    assert_seq(
        &code,
        "c",
        &["BeforeAsyncWith", "GetAwaitable", "LoadConst", "YieldFrom"],
    );
    assert_seq(
        &code,
        "c",
        &[
            "SetupExcept",
            "GetANext",
            "LoadConst",
            "YieldFrom",
            "PopBlock",
        ],
    );
    assert_seq(&code, "c", &["EndAsyncFor"]);
}

#[test]
fn imports() {
    let code = ok(
        "import os\nimport os.path\nimport a.b as c\nfrom m import x, y as z\nfrom q import *\n",
    );
    assert_seq(&code, "<module>", &["ImportName", "StoreName"]);
    assert_seq(
        &code,
        "<module>",
        &[
            "ImportName",
            "ImportFrom",
            "StoreName",
            "ImportFrom",
            "StoreName",
            "PopTop",
        ],
    );
    assert_seq(&code, "<module>", &["ImportName", "ImportStar"]);
    assert!(code.names.contains(&"os.path".to_string()));
}

#[test]
fn interactive_and_eval() {
    let code = compile(
        "1 + 1\nx = 2\nx\nfor i in y: i\n",
        "<stdin>",
        Mode::Interactive,
    )
    .unwrap();
    assert_eq!(
        code.instrs
            .iter()
            .filter(|i| **i == Instr::PrintExpr)
            .count(),
        3
    );
    verify_all(&code).unwrap();
    let code = compile("a + 1", "<string>", Mode::Eval).unwrap();
    assert_eq!(code.instrs.last(), Some(&Instr::ReturnValue));
    assert_seq(
        &code,
        "<module>",
        &["LoadName", "LoadConst", "BinaryOp(Add)", "ReturnValue"],
    );
    verify_all(&code).unwrap();
}

#[test]
fn assert_and_raise() {
    let code = ok("assert x, 'm'\nraise E from c\n");
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadName",
            "PopJumpIfTrue",
            "LoadAssertionError",
            "LoadConst",
            "Call(1)",
            "Raise(1)",
        ],
    );
    assert_seq(&code, "<module>", &["LoadName", "LoadName", "Raise(2)"]);
}

#[test]
fn line_numbers() {
    let code = ok("x = 1\ny = (a +\n     b)\nz = f(\n  g(),\n)\n");
    let lines: Vec<(String, u32)> = code
        .instrs
        .iter()
        .zip(&code.lines)
        .map(|(i, l)| (format!("{i:?}"), *l))
        .collect();
    assert!(lines.contains(&("BinaryOp(Add)".into(), 2)));
    assert!(
        lines
            .iter()
            .any(|(i, l)| i.starts_with("LoadName") && *l == 3)
    );
    assert!(lines.contains(&("Call(0)".into(), 5)));
    assert!(lines.contains(&("Call(1)".into(), 4)));
}

#[test]
fn private_name_mangling() {
    let code = ok("class C:\n    __x = 1\n    def m(self):\n        return self.__y\n");
    let c = find(&code, "C");
    assert!(c.names.contains(&"_C__x".to_string()));
    let m = find(&code, "C.m");
    assert!(m.names.contains(&"_C__y".to_string()));
}

#[test]
fn walrus_in_comprehension_binds_outside() {
    let code = ok("def f(xs):\n    [y := x for x in xs]\n    return y\n");
    let f = find(&code, "f");
    assert_eq!(f.cellvars, vec!["y".to_string()]);
    let comp = find(&code, "f.<locals>.<listcomp>");
    assert_eq!(comp.freevars, vec!["y".to_string()]);
    let code = ok("[y := x for x in xs]\nprint(y)\n");
    assert_seq(&code, "<listcomp>", &["Copy(1)", "StoreGlobal"]);
}

#[test]
fn dict_and_set_displays() {
    let code = ok("d = {1: 2, **e, 3: 4}\ns = {1, 2, 3}\nl = [*a, 1]\nt = (1, *b)\n");
    assert_seq(
        &code,
        "<module>",
        &[
            "LoadConst",
            "LoadConst",
            "BuildMap(1)",
            "LoadName",
            "DictUpdate(1)",
            "LoadConst",
            "LoadConst",
            "BuildMap(1)",
            "DictUpdate(1)",
        ],
    );
    assert_seq(
        &code,
        "<module>",
        &["BuildSet(0)", "LoadConst", "SetUpdate(1)"],
    );
    let big: String = format!(
        "x = [{}]\ny = {{{}}}\n",
        (0..100)
            .map(|i| format!("a{i}"))
            .collect::<Vec<_>>()
            .join(", "),
        (0..100)
            .map(|i| format!("{i}: a"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let code = ok(&big);
    assert!(code.max_stack < 40, "max_stack {}", code.max_stack);
}

// ---- errors ----

#[test]
fn semantic_errors() {
    let cases: &[(&str, &str, u32)] = &[
        ("return\n", "'return' outside function", 1),
        ("class C:\n    return 1\n", "'return' outside function", 2),
        ("break\n", "'break' outside loop", 1),
        ("continue\n", "'continue' not properly in loop", 1),
        (
            "while 1:\n  def f():\n    break\n",
            "'break' outside loop",
            3,
        ),
        ("yield 1\n", "'yield' outside function", 1),
        ("await x\n", "'await' outside function", 1),
        ("def f():\n  await x\n", "'await' outside async function", 2),
        (
            "def f(a, a): pass\n",
            "duplicate argument 'a' in function definition",
            1,
        ),
        (
            "x = lambda x, x: 1\n",
            "duplicate argument 'x' in function definition",
            1,
        ),
        (
            "def f(x):\n    global x\n",
            "name 'x' is parameter and global",
            2,
        ),
        (
            "def f(a):\n  nonlocal a\n",
            "name 'a' is parameter and nonlocal",
            2,
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
            3,
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
            3,
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            2,
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        (
            "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x\n",
            "name 'x' is nonlocal and global",
            4,
        ),
        (
            "def f():\n  class C:\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            3,
        ),
        (
            "def f():\n  x: int\n  global x\n",
            "annotated name 'x' can't be global",
            3,
        ),
        (
            "*a = 1\n",
            "starred assignment target must be in a list or tuple",
            1,
        ),
        (
            "*a, *b = c\n",
            "multiple starred expressions in assignment",
            1,
        ),
        ("x = *a\n", "can't use starred expression here", 1),
        ("f(a=1, a=2)\n", "keyword argument repeated: a", 1),
        (
            "try:\n  x\nexcept:\n  y\nexcept ValueError:\n  z\n",
            "default 'except:' must be last",
            3,
        ),
        (
            "def f():\n  from x import *\n",
            "import * only allowed at module level",
            2,
        ),
        (
            "match x:\n  case a:\n    pass\n  case b:\n    pass\n",
            "name capture 'a' makes remaining patterns unreachable",
            2,
        ),
        (
            "match x:\n  case _:\n    pass\n  case 1:\n    pass\n",
            "wildcard makes remaining patterns unreachable",
            2,
        ),
        (
            "match x:\n  case [a, a]:\n    pass\n",
            "multiple assignments to name 'a' in pattern",
            2,
        ),
        (
            "match x:\n  case a | [b]:\n    pass\n",
            "name capture 'a' makes remaining patterns unreachable",
            2,
        ),
        (
            "match x:\n  case [a] | [b]:\n    pass\n",
            "alternative patterns bind different names",
            2,
        ),
        (
            "match x:\n  case {'a': 1, 'a': 2}:\n    pass\n",
            "mapping pattern checks duplicate key ('a')",
            2,
        ),
        (
            "match x:\n  case C(a=1, a=2):\n    pass\n",
            "attribute name repeated in class pattern: a",
            2,
        ),
        (
            "match x:\n  case [*a, *b]:\n    pass\n",
            "multiple starred names in sequence pattern",
            2,
        ),
        (
            "class C:\n  x = [y := 1 for z in w]\n",
            "assignment expression within a comprehension cannot be used in a class body",
            2,
        ),
        (
            "x = [i := 0 for i in range(3)]\n",
            "assignment expression cannot rebind comprehension iteration variable 'i'",
            1,
        ),
        (
            "x = [a for a in (b := c)]\n",
            "assignment expression cannot be used in a comprehension iterable expression",
            1,
        ),
        (
            "x = [(yield) for a in b]\n",
            "'yield' inside list comprehension",
            1,
        ),
        ("__debug__ = 1\n", "cannot assign to __debug__", 1),
        ("from __future__ import braces\n", "not a chance", 1),
        (
            "from __future__ import nope\n",
            "future feature nope is not defined",
            1,
        ),
        (
            "x = f'{x:{y:{z}}}'\n",
            "f-string: expressions nested too deeply",
            1,
        ),
    ];
    for (src, msg, line) in cases {
        let e = err(src);
        assert_eq!(
            (e.kind, e.msg.as_str(), e.line),
            ("SyntaxError", *msg, *line),
            "{src:?}"
        );
    }
}

#[test]
fn parse_errors_use_cpython_messages() {
    let cases: &[(&str, &str, &str, u32)] = &[
        ("if x\n    pass\n", "SyntaxError", "expected ':'", 1),
        ("def f()\n    pass\n", "SyntaxError", "expected ':'", 1),
        ("x = (1, 2\n", "SyntaxError", "'(' was never closed", 1),
        (
            "x = [1, 2\ny = 3\n",
            "SyntaxError",
            "'[' was never closed",
            1,
        ),
        ("foo(1, 2\n", "SyntaxError", "'(' was never closed", 1),
        ("print(1 2\n", "SyntaxError", "'(' was never closed", 1),
        ("x = 1)\n", "SyntaxError", "unmatched ')'", 1),
        ("x = ]\n", "SyntaxError", "unmatched ']'", 1),
        (
            "x = (]\n",
            "SyntaxError",
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
        ),
        ("  x = 1\n", "IndentationError", "unexpected indent", 1),
        (
            "if x:\npass\n",
            "IndentationError",
            "expected an indented block after 'if' statement on line 1",
            2,
        ),
        (
            "def f():\nreturn 1\n",
            "IndentationError",
            "expected an indented block after function definition on line 1",
            2,
        ),
        (
            "for x in y:\nprint(x)\n",
            "IndentationError",
            "expected an indented block after 'for' statement on line 1",
            2,
        ),
        (
            "class C:\npass\n",
            "IndentationError",
            "expected an indented block after class definition on line 1",
            2,
        ),
        (
            "try:\nx\nexcept:\n  pass\n",
            "IndentationError",
            "expected an indented block after 'try' statement on line 1",
            2,
        ),
        (
            "if x:\n  pass\nelse:\npass\n",
            "IndentationError",
            "expected an indented block after 'else' statement on line 3",
            4,
        ),
        (
            "if x:\n    a\n  b\n",
            "IndentationError",
            "unindent does not match any outer indentation level",
            3,
        ),
        (
            "if x:\n\tpass\n        pass\n",
            "TabError",
            "inconsistent use of tabs and spaces in indentation",
            3,
        ),
        (
            "x = 'abc\n",
            "SyntaxError",
            "unterminated string literal (detected at line 1)",
            1,
        ),
        (
            "x = '''abc\n",
            "SyntaxError",
            "unterminated triple-quoted string literal (detected at line 1)",
            1,
        ),
        (
            "\"\"\"\nabc\n",
            "SyntaxError",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
        ),
        ("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1),
        ("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1),
        (
            "x = 09\n",
            "SyntaxError",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            1,
        ),
        (
            "x = 0b2\n",
            "SyntaxError",
            "invalid digit '2' in binary literal",
            1,
        ),
        (
            "1 = x\n",
            "SyntaxError",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            1,
        ),
        (
            "f() = 1\n",
            "SyntaxError",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
        ),
        ("(a, 1) = x\n", "SyntaxError", "cannot assign to literal", 1),
        ("None = 1\n", "SyntaxError", "cannot assign to None", 1),
        ("x = True = 1\n", "SyntaxError", "cannot assign to True", 1),
        (
            "a < b = 1\n",
            "SyntaxError",
            "cannot assign to comparison",
            1,
        ),
        ("del 1\n", "SyntaxError", "cannot delete literal", 1),
        ("del f()\n", "SyntaxError", "cannot delete function call", 1),
        (
            "f() += 1\n",
            "SyntaxError",
            "'function call' is an illegal expression for augmented assignment",
            1,
        ),
        (
            "a, b += 1\n",
            "SyntaxError",
            "'tuple' is an illegal expression for augmented assignment",
            1,
        ),
        ("x = = 1\n", "SyntaxError", "invalid syntax", 1),
        ("x y\n", "SyntaxError", "invalid syntax", 1),
        (
            "print 'hello'\n",
            "SyntaxError",
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            1,
        ),
        (
            "print(1 2)\n",
            "SyntaxError",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
        ),
        (
            "x = [1, 2 3]\n",
            "SyntaxError",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
        ),
        ("def f(x y): pass\n", "SyntaxError", "invalid syntax", 1),
        (
            "if x = 1:\n  pass\n",
            "SyntaxError",
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            1,
        ),
        (
            "x = 5 if y\n",
            "SyntaxError",
            "expected 'else' after 'if' expression",
            1,
        ),
        (
            "def f(a=1, b): pass\n",
            "SyntaxError",
            "non-default argument follows default argument",
            1,
        ),
        (
            "f(**a, *b)\n",
            "SyntaxError",
            "iterable argument unpacking follows keyword argument unpacking",
            1,
        ),
        (
            "f(a=1, b)\n",
            "SyntaxError",
            "positional argument follows keyword argument",
            1,
        ),
        (
            "f(x for x in y, 1)\n",
            "SyntaxError",
            "Generator expression must be parenthesized",
            1,
        ),
        (
            "x = {1: 2, 3}\n",
            "SyntaxError",
            "':' expected after dictionary key",
            1,
        ),
        (
            "try:\n  x\n",
            "SyntaxError",
            "expected 'except' or 'finally' block",
            2,
        ),
        ("x = f'{'\n", "SyntaxError", "f-string: expecting '}'", 1),
        (
            "x = f'{x!z}'\n",
            "SyntaxError",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            1,
        ),
        (
            "x = f'{}'\n",
            "SyntaxError",
            "f-string: empty expression not allowed",
            1,
        ),
        (
            "x = f'}'\n",
            "SyntaxError",
            "f-string: single '}' is not allowed",
            1,
        ),
        (
            "x = u'abc' b'def'\n",
            "SyntaxError",
            "cannot mix bytes and nonbytes literals",
            1,
        ),
        (
            "x = b'\\xff' + b'\u{e9}'\n",
            "SyntaxError",
            "bytes can only contain ASCII literal characters",
            1,
        ),
        (
            "x = '\\x1'\n",
            "SyntaxError",
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
            1,
        ),
        (
            "x = 'a' + \\ 'b'\n",
            "SyntaxError",
            "unexpected character after line continuation character",
            1,
        ),
        (
            "x = \u{20ac}\n",
            "SyntaxError",
            "invalid character '\u{20ac}' (U+20AC)",
            1,
        ),
        ("x = $\n", "SyntaxError", "invalid syntax", 1),
        (
            "def f(*): pass\n",
            "SyntaxError",
            "named arguments must follow bare *",
            1,
        ),
        (
            "def f(**a, b): pass\n",
            "SyntaxError",
            "arguments cannot follow var-keyword argument",
            1,
        ),
        ("class C x: pass\n", "SyntaxError", "invalid syntax", 1),
        (
            "x = (1 +\n     2\ny = 3\n",
            "SyntaxError",
            "'(' was never closed",
            1,
        ),
        (
            "a, b: int\n",
            "SyntaxError",
            "only single target (not tuple) can be annotated",
            1,
        ),
        (
            "f(): int\n",
            "SyntaxError",
            "illegal target for annotation",
            1,
        ),
        (
            "x = yield = 1\n",
            "SyntaxError",
            "assignment to yield expression not possible",
            1,
        ),
        (
            "x = f'{f'{1}'}'\n",
            "SyntaxError",
            "f-string: expecting '}'",
            1,
        ),
        ("type X = int\n", "SyntaxError", "invalid syntax", 1),
        (
            "x = [*a for a in b]\n",
            "SyntaxError",
            "iterable unpacking cannot be used in comprehension",
            1,
        ),
    ];
    let mut failures = Vec::new();
    for (src, kind, msg, line) in cases {
        let e = err(src);
        if (e.kind, e.msg.as_str(), e.line) != (*kind, *msg, *line) {
            failures.push(format!(
                "{src:?}: expected {kind}: {msg} (line {line}), got {e:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn nesting_limits() {
    let deep = "(".repeat(201) + "1" + &")".repeat(201);
    assert_eq!(err(&deep).msg, "too many nested parentheses");
    let ok_parens = "(".repeat(200) + "1" + &")".repeat(200);
    ok(&ok_parens);
    for src in [
        "-".repeat(100_000) + "1",
        "1".to_string() + &"+1".repeat(100_000),
        "a".to_string() + &".b".repeat(100_000),
        "f".to_string() + &"()".repeat(100_000),
        "not ".repeat(100_000) + "1",
        "x".to_string() + &"**x".repeat(100_000),
        "lambda:".repeat(50_000) + "1",
        "x = ".to_string() + &"1 if 1 else ".repeat(20_000) + "2",
    ] {
        let e = err(&src);
        assert_eq!(
            e.msg,
            "maximum recursion depth exceeded during compilation",
            "{}",
            &src[..20]
        );
    }
    ok(&("-".repeat(500) + "1\n"));
    let mut blocks = String::new();
    for i in 0..21 {
        blocks.push_str(&"    ".repeat(i));
        blocks.push_str("for x in y:\n");
    }
    blocks.push_str(&"    ".repeat(21));
    blocks.push_str("pass\n");
    assert_eq!(err(&blocks).msg, "too many statically nested blocks");
    let mut indents = String::new();
    for i in 0..100 {
        indents.push_str(&" ".repeat(i));
        indents.push_str("if 1:\n");
    }
    indents.push_str(&" ".repeat(100));
    indents.push_str("pass\n");
    let e = err(&indents);
    assert_eq!(
        (e.kind, e.msg.as_str()),
        ("IndentationError", "too many levels of indentation")
    );
}

#[test]
fn null_bytes_are_rejected() {
    assert_eq!(
        err("x = 1\0\n").msg,
        "source code cannot contain null bytes"
    );
}

#[test]
fn garbage_inputs_never_panic() {
    let samples = [
        "",
        "\n",
        "\\",
        "(",
        ")",
        "'",
        "\"\"\"",
        "f'{",
        "f'{x!",
        "@",
        "lambda",
        "def",
        "class",
        "match",
        "case",
        "\u{0}",
        "\u{feff}x = 1",
        "x = 1\r\ny = 2\r\n",
        "if 1:\r\n  pass\r\n",
        "\t\t\tx",
        "async def f(): await x",
        "with (a, b): pass",
        "try: pass\nexcept* E: pass",
        "x: int",
        "import a.b.c",
        "global x",
        "del (a, b), [c]",
        "print(*a, **b, c=1)",
        "match = 1\ncase = 2\n",
        "def f[T](x: T): pass",
        "x = t'a'",
        "a @= b",
        "...",
    ];
    for s in samples {
        for mode in [Mode::Exec, Mode::Interactive, Mode::Eval] {
            if let Ok(code) = compile(s, "<t>", mode) {
                verify_all(&code).unwrap_or_else(|e| panic!("{s:?}: {e}"));
            }
        }
    }
}

/// Compiles every `.py` file under `$TESSERA_COMPILE_DIR` (e.g. CPython's Lib) and verifies
/// the result; files CPython itself rejects are listed in `$TESSERA_COMPILE_SKIP`.
#[test]
#[ignore]
fn external_corpus() {
    let Ok(dir) = std::env::var("TESSERA_COMPILE_DIR") else {
        return;
    };
    let skip: Vec<String> = std::env::var("TESSERA_COMPILE_SKIP")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|s| s.lines().map(String::from).collect())
        .unwrap_or_default();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    let mut files = Vec::new();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    let (mut n, mut bad) = (0, 0);
    for p in files {
        let name = p.display().to_string();
        if skip.contains(&name) {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(&p) else {
            continue;
        };
        // Relative imports and coroutines are unsupported; rewrite them away so that the
        // rest of the file still exercises the compiler.
        let src = src
            .replace("from .. import", "import")
            .replace("from . import", "import")
            .replace("from ..", "from ")
            .replace("from .", "from ")
            .replace("async def", "def")
            .replace("async with", "with")
            .replace("async for", "for")
            .replace("await ", "");
        n += 1;
        match compile(&src, &name, Mode::Exec) {
            Ok(code) => {
                if let Err(e) = verify_all(&code) {
                    bad += 1;
                    println!("VERIFY {name}: {}", e.lines().next().unwrap_or(""));
                }
            }
            Err(e) => {
                bad += 1;
                println!("ERROR {name}: {e:?}");
            }
        }
    }
    println!("{n} files, {bad} problems");
}

#[test]
fn verifier_catches_broken_code() {
    use Instr::*;
    assert!(flow::verify(&[PopTop, ReturnValue]).is_err());
    assert!(flow::verify(&[LoadConst(0), Jump(0)]).is_err());
    assert!(flow::verify(&[SetupExcept(3), LoadConst(0), ReturnValue, ReturnValue]).is_err());
    assert!(flow::verify(&[LoadConst(0), PopJumpIfFalse(9), LoadConst(0), ReturnValue]).is_err());
    assert!(flow::verify(&[LoadConst(0)]).is_err());
    assert!(flow::verify(&[PopExcept, LoadConst(0), ReturnValue]).is_err());
    assert_eq!(
        flow::verify(&[
            LoadConst(0),
            LoadConst(0),
            BinaryOp(crate::bytecode::BinOp::Add),
            ReturnValue
        ]),
        Ok(2)
    );
}

/// Prints the disassembly of `$TESSERA_DIS` (a file) for eyeballing.
#[test]
#[ignore]
fn show_disassembly() {
    if let Ok(path) = std::env::var("TESSERA_DIS") {
        let src = std::fs::read_to_string(path).unwrap_or_default();
        match compile(&src, "<dis>", Mode::Exec) {
            Ok(code) => {
                println!("{}", disassemble(&code));
                if let Err(e) = verify_all(&code) {
                    println!("VERIFY FAILED: {e}");
                }
            }
            Err(e) => println!("{e:?}"),
        }
    }
}

#[test]
fn deep_but_allowed_nesting_fits_in_a_small_stack() {
    let depth = super::MAX_DEPTH - 10;
    let sources = vec![
        "-".repeat(depth) + "x\n",
        "x".to_string() + &".b".repeat(depth) + "\n",
        "f".to_string() + &"()".repeat(depth) + "\n",
        "not ".repeat(depth) + "x\n",
        "x".to_string() + &"**x".repeat(depth) + "\n",
        "y = ".to_string() + &"lambda: ".repeat(depth / (super::SCOPE_DEPTH_COST + 1)) + "x\n",
        "y = ".to_string() + &"x if y else ".repeat(depth / 2) + "z\n",
        "y = ".to_string() + &"a + ".repeat(depth) + "b\n",
        "if ".to_string() + &"not ".repeat(depth) + "x:\n  pass\n",
        "y = ".to_string() + &"a and ".repeat(depth) + "b\n",
        "y = f'{".to_string() + &"-".repeat(depth - 5) + "x}'\n",
        "y = ".to_string() + &"[x for x in ".repeat(190) + "y" + &"]".repeat(190) + "\n",
    ];
    // 1 MiB: half the stack of a test thread, an eighth of a main thread's.
    let handle = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(move || {
            for src in &sources {
                match compile(src, "<deep>", Mode::Exec) {
                    Ok(code) => verify_all(&code).map_err(|e| format!("{}: {e}", &src[..10]))?,
                    Err(e) => return Err(format!("{}: {e:?}", &src[..10])),
                }
            }
            Ok(())
        })
        .expect("spawn");
    let result = handle.join().expect("no stack overflow");
    assert_eq!(result, Ok(()));
}

/// Compares error messages with a file of CPython results (`$TESSERA_ERRORS`): records
/// `src \x02 kind \x02 msg \x02 line` separated by `\x01\n` (kind `OK` for valid input).
#[test]
#[ignore]
fn compare_errors_with_cpython() {
    let Ok(path) = std::env::var("TESSERA_ERRORS") else {
        return;
    };
    let data = std::fs::read_to_string(path).unwrap_or_default();
    let (mut total, mut same) = (0, 0);
    for rec in data.split("\u{1}\n").filter(|r| !r.is_empty()) {
        let f: Vec<&str> = rec.split('\u{2}').collect();
        let [src, kind, msg, line] = f.as_slice() else {
            continue;
        };
        total += 1;
        let got = match compile(src, "f", Mode::Exec) {
            Ok(code) => {
                if let Err(e) = verify_all(&code) {
                    println!("VERIFY {src:?}: {e}");
                }
                ("OK".to_string(), String::new(), "0".to_string())
            }
            Err(e) => (e.kind.to_string(), e.msg, e.line.to_string()),
        };
        if got.0 == *kind && got.1 == *msg && (got.2 == *line || *kind == "OK") {
            same += 1;
        } else {
            println!(
                "{src:?}\n   cpython: {kind}: {msg} ({line})\n   ours:    {}: {} ({})",
                got.0, got.1, got.2
            );
        }
    }
    println!("{same}/{total} identical");
}

#[test]
fn eval_mode_inputs() {
    for src in [
        "1 + 1\n",
        "x if y else z",
        "(yield)",
        "[i for i in range(3)]",
        "lambda: 1",
        "\n1\n\n",
        "# c\n1",
    ] {
        match compile(src, "<eval>", Mode::Eval) {
            Ok(code) => verify_all(&code).unwrap(),
            Err(e) => assert_eq!(src, "(yield)", "{e:?}"),
        }
    }
    let e = compile("x = 1", "<eval>", Mode::Eval).unwrap_err();
    assert_eq!(e.msg, "invalid syntax");
    // As in CPython, the `eval()` builtin (not the compiler) strips leading whitespace.
    let e = compile("  1", "<eval>", Mode::Eval).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        ("IndentationError", "unexpected indent")
    );
}

#[test]
fn pathological_inputs_are_rejected_quickly() {
    let start = std::time::Instant::now();
    for src in [
        "[".repeat(100_000) + &"]".repeat(100_000),
        "(".repeat(100_000),
        "{".repeat(50_000) + "1",
        "f(".repeat(50_000),
        "x = ".to_string() + &"[1, ".repeat(50_000),
        "\"".repeat(100_001),
        "if 1:\n".repeat(50_000),
        "a[".repeat(50_000) + &"]".repeat(50_000),
        "lambda x=".repeat(30_000) + "1: 0",
        "f = lambda *, x=".repeat(30_000) + "1: 0",
        "f'{".to_string() + &"lambda x=".repeat(30_000) + "1: 0}'",
        "[".to_string() + &"lambda x=".repeat(30_000) + "1: 0]",
    ] {
        let e = err(&src);
        assert!(e.line >= 1 && !e.msg.is_empty(), "{e:?}");
    }
    assert!(start.elapsed().as_secs() < 20);
}

/// Random single-character edits of real programs must never panic the compiler, and
/// whatever still compiles must verify.
#[test]
fn mutated_programs_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources: Vec<String> = python_files(&root.join("tests/programs"))
        .iter()
        .take(40)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    sources.push(
        "def f(a, *b, c=1, **d):\n    try:\n        with x as y:\n            return [i for i in b if i]\n    \
         except E as e:\n        raise\n    finally:\n        pass\nclass C(B):\n    def m(self): \
         return super().m(f'{self!r:>{w}}')\nmatch p:\n    case [1, *r] | {'k': r}: pass\n    \
         case C(x=1) as z if z: pass\n"
            .to_string(),
    );
    let pieces = [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "'",
        "\"",
        "\\",
        "\n",
        "\t",
        " ",
        "    ",
        "*",
        "**",
        "=",
        ":=",
        "lambda",
        "yield",
        "return",
        "async ",
        "await ",
        "f'{",
        "}",
        "#",
        "é",
        "0x",
        "1_",
        "\u{200b}",
        "\r",
        "if",
        "else",
        ",",
        ".",
        "@",
        "!",
        "->",
        "nonlocal x",
        "global x",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..3000 {
        let base = &sources[(next() as usize) % sources.len()];
        let mut src = base.clone();
        for _ in 0..1 + next() % 3 {
            let mut at = (next() as usize) % (src.len() + 1);
            while !src.is_char_boundary(at) {
                at -= 1;
            }
            if next() % 2 == 0 {
                src.insert_str(at, pieces[(next() as usize) % pieces.len()]);
            } else {
                let mut end = (at + 1 + (next() as usize) % 4).min(src.len());
                while !src.is_char_boundary(end) {
                    end -= 1;
                }
                src.replace_range(at..end.max(at), "");
            }
        }
        let mode = [Mode::Exec, Mode::Interactive, Mode::Eval][round % 3];
        match compile(&src, "<fuzz>", mode) {
            Ok(code) => {
                if let Err(e) = verify_all(&code) {
                    panic!("verification failed for {src:?}: {e}");
                }
            }
            Err(e) => assert!(!e.msg.is_empty() && e.line >= 1, "{e:?}"),
        }
    }
}

#[test]
fn except_star_verifies() {
    let samples = [
        "try:\n    a()\nexcept* ValueError as e:\n    print(e)\nexcept* (TypeError, KeyError):\n    pass\n",
        "try:\n    a()\nexcept* ValueError:\n    raise\nelse:\n    b()\nfinally:\n    c()\n",
        "def f():\n    for i in x:\n        try:\n            a()\n        except* E as e:\n            for j in e.exceptions:\n                break\n    return 1\n",
        "def g():\n    try:\n        yield 1\n    except* E as e:\n        yield e\n        try:\n            a()\n        except* F:\n            pass\n",
        "async def h():\n    try:\n        await a()\n    except* E:\n        async with b:\n            await c()\n",
    ];
    for s in samples {
        let code = ok(s);
        verify_all(&code).unwrap_or_else(|e| panic!("{s:?}: {e}"));
    }
    assert_seq(
        &ok("try:\n    a()\nexcept* E as e:\n    pass\n"),
        "<module>",
        &[
            "ExceptStar(0)",
            "Copy(1)",
            "LoadConst",
            "IsOp(0)",
            "PopJumpIfTrue",
        ],
    );
}
