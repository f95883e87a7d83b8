//! A readable listing of a code object and, recursively, the code objects among its
//! constants (for debugging and tests).

use crate::bytecode::{Code, Const, Instr};
use std::fmt::Write;

/// Disassembles `code` and every nested code object.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    write_code(&mut out, code);
    out
}

fn const_text(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(r, i) => format!("({r:?}{i:+?}j)"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_text).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::Code(c) => format!("<code {}>", c.qualname),
    }
}

/// The operand of an instruction resolved against the code's tables, when that helps.
fn annotation(code: &Code, instr: &Instr) -> Option<String> {
    let name = |i: u32| code.names.get(i as usize).cloned();
    let deref = |i: u32| {
        let i = i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
            .cloned()
    };
    match *instr {
        Instr::LoadConst(i) => code.consts.get(i as usize).map(const_text),
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => {
            code.varnames.get(i as usize).cloned()
        }
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i)
        | Instr::LoadClassDeref(i) => deref(i),
        Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => name(i),
        _ => None,
    }
}

fn write_code(out: &mut String, code: &Code) {
    let _ = writeln!(
        out,
        "Disassembly of <code {}> ({}, line {}):",
        code.qualname, code.name, code.first_line
    );
    let _ = writeln!(
        out,
        "  argcount={} posonly={} kwonly={} flags={:?} max_stack={}",
        code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.max_stack
    );
    let _ = writeln!(out, "  varnames={:?}", code.varnames);
    if !code.cellvars.is_empty() || !code.freevars.is_empty() {
        let _ = writeln!(
            out,
            "  cellvars={:?} cell2arg={:?} freevars={:?}",
            code.cellvars, code.cell2arg, code.freevars
        );
    }
    if let Some(doc) = &code.doc {
        let _ = writeln!(out, "  doc={doc:?}");
    }
    let mut last_line = 0;
    for (i, instr) in code.instrs.iter().enumerate() {
        let line = code.lines.get(i).copied().unwrap_or(0);
        let line_text = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let op = format!("{instr:?}");
        match annotation(code, instr) {
            Some(a) => {
                let _ = writeln!(out, "{line_text} {i:>5}  {op:<28} ({a})");
            }
            None => {
                let _ = writeln!(out, "{line_text} {i:>5}  {op}");
            }
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            write_code(out, inner);
        }
    }
}
