//! The interactive prompt: line editing and history (rustyline), CPython-style `>>>` and
//! `...` prompts, and results echoed with `repr`.

use crate::compile::Mode;
use crate::vm::Vm;
use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;
use std::io::Write;

/// True when `buf` cannot be a complete statement yet: an open bracket, a trailing
/// backslash, or an indented block that has not been closed by an empty line.
fn needs_more(buf: &str, last_line: &str) -> bool {
    let mut depth: i64 = 0;
    let mut quote: Option<char> = None;
    let mut chars = buf.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => {
                    for d in chars.by_ref() {
                        if d == '\n' {
                            break;
                        }
                    }
                }
                '\'' | '"' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            },
        }
    }
    if depth > 0 || last_line.trim_end().ends_with('\\') {
        return true;
    }
    let first = buf.lines().next().unwrap_or("");
    let block = first.trim_end().ends_with(':') || buf.lines().count() > 1;
    block && !last_line.trim().is_empty()
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".tessera_history"))
}

pub fn run(vm: &mut Vm) -> i32 {
    println!(
        "tessera {} (Python 3.11 compatible) [{}]\nType \"exit()\" or Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION"),
        crate::TARGET_TRIPLE
    );
    let Ok(mut editor) = DefaultEditor::new() else {
        eprintln!("tessera: cannot start line editing");
        return 1;
    };
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let dict = vm.new_dict();
    dict.set_str("__name__", crate::runtime::value::Value::str("__main__"));
    dict.set_str(
        "__builtins__",
        crate::runtime::value::Value::Dict(vm.builtins.clone()),
    );
    let status = loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        let ended = loop {
            match editor.readline(prompt) {
                Ok(line) => {
                    buf.push_str(&line);
                    buf.push('\n');
                    if !needs_more(&buf, &line) {
                        break false;
                    }
                    prompt = "... ";
                }
                Err(ReadlineError::Interrupted) => {
                    println!("KeyboardInterrupt");
                    buf.clear();
                    break false;
                }
                Err(_) => break true,
            }
        };
        if ended {
            println!();
            break 0;
        }
        if buf.trim().is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(buf.trim_end());
        if let Err(e) = vm.run_source(&buf, "<stdin>", &dict, Mode::Interactive) {
            if vm.err_matches(&e, "SystemExit") {
                break crate::cli::handle_uncaught(vm, e);
            }
            crate::cli::handle_uncaught(vm, e);
        }
        let _ = vm.stdout.flush();
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    status
}

#[cfg(test)]
mod tests {
    use super::needs_more;

    #[test]
    fn continuation() {
        assert!(!needs_more("x = 1\n", "x = 1"));
        assert!(needs_more("if x:\n", "if x:"));
        assert!(needs_more("if x:\n    y\n", "    y"));
        assert!(!needs_more("if x:\n    y\n\n", ""));
        assert!(needs_more("f(1,\n", "f(1,"));
        assert!(!needs_more("s = '(('\n", "s = '(('"));
    }
}
