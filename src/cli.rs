//! The `tessera` command line: run a file, `-c CODE`, stdin, or the REPL.

use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::settings::{JitMode, Settings};
use crate::vm::{PyErr, Vm};
use std::io::{IsTerminal, Read, Write};

/// The Rust stack given to the interpreter thread; Python recursion is bounded well below.
const STACK_SIZE: usize = 1 << 30;

const USAGE: &str = "usage: tessera [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the version and exit (also --version)
-X opt : set implementation-specific option:
         -X jit=off|uops|on   choose the execution tiers (also TESSERA_JIT)
         -X stats             print specialization statistics at exit (also TESSERA_STATS=1)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment:
TESSERA_JIT=off|uops|on      execution mode (default: on in a jit build, off otherwise)
TESSERA_JIT_THRESHOLD=N      backward jumps before a loop is traced
TESSERA_JIT_MAX_MEMORY=64M   cap on JIT code memory
TESSERA_JIT_STATS=1          print JIT statistics at exit
TESSERA_JIT_DUMP=1           print each trace's uops
";

enum Source {
    File(String),
    /// `-m NAME`: the module (or a package's `__main__`) found on `sys.path`, run as
    /// `__main__`.
    Module(String),
    Command(String),
    Stdin,
    Repl,
}

pub fn version_text() -> String {
    let jit = match crate::jit::stencils() {
        Some(set) => {
            let (settings, _) = Settings::from_env();
            let state = if settings.jit == JitMode::On {
                "on"
            } else {
                "off"
            };
            format!(
                "jit: {state} (stencils {} from clang {})",
                &set.hash[..set.hash.len().min(16)],
                set.clang_version
            )
        }
        None => format!("jit: {}", crate::jit::status_without_jit()),
    };
    format!(
        "tessera {} ({})\n{jit}",
        env!("CARGO_PKG_VERSION"),
        crate::TARGET_TRIPLE
    )
}

pub fn main() -> i32 {
    let args: Vec<String> = std::env::args().collect();
    let (mut settings, warnings) = Settings::from_env();
    for w in warnings {
        eprintln!("tessera: warning: {w}");
    }
    let mut i = 1;
    let mut source = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" | "-?" => {
                print!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!("{}", version_text());
                return 0;
            }
            "-c" => {
                let Some(cmd) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{USAGE}");
                    return 2;
                };
                source = Some(Source::Command(cmd.clone()));
                i += 1;
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option\n{USAGE}");
                    return 2;
                };
                source = Some(Source::Module(m.clone()));
                i += 1;
                break;
            }
            s if s.starts_with("-m") && s.len() > 2 => {
                source = Some(Source::Module(s[2..].to_string()));
                break;
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -X option");
                    return 2;
                };
                if let Err(e) = apply_x_option(&mut settings, opt) {
                    eprintln!("tessera: {e}");
                    return 2;
                }
                i += 2;
                continue;
            }
            "-" => {
                source = Some(Source::Stdin);
                break;
            }
            s if s.starts_with("-X") => {
                if let Err(e) = apply_x_option(&mut settings, &s[2..]) {
                    eprintln!("tessera: {e}");
                    return 2;
                }
                i += 1;
                continue;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}\n{USAGE}");
                return 2;
            }
            _ => {
                source = Some(Source::File(a.clone()));
                break;
            }
        }
    }
    let source = source.unwrap_or_else(|| {
        if std::io::stdin().is_terminal() {
            Source::Repl
        } else {
            Source::Stdin
        }
    });
    let mut argv: Vec<String> = args.get(i + 1..).map(|s| s.to_vec()).unwrap_or_default();
    match &source {
        Source::File(f) => argv.insert(0, f.clone()),
        Source::Command(_) => argv.insert(0, "-c".to_string()),
        // Replaced by the module's full path once it is found, as CPython does.
        Source::Module(_) => argv.insert(0, "-m".to_string()),
        Source::Stdin => argv.insert(0, "-".to_string()),
        Source::Repl => argv.insert(0, String::new()),
    }
    if settings.jit == JitMode::On && !crate::jit::available() {
        eprintln!(
            "tessera: warning: {}; running with jit=off",
            crate::jit::unavailable_reason()
        );
        settings.jit = JitMode::Off;
    }
    crate::signals::install();
    let handle = std::thread::Builder::new()
        .name("tessera".to_string())
        .stack_size(STACK_SIZE)
        .spawn(move || run(source, argv, settings));
    match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("tessera: cannot start the interpreter thread: {e}");
            70
        }
    }
}

fn apply_x_option(settings: &mut Settings, opt: &str) -> Result<(), String> {
    if let Some(mode) = opt.strip_prefix("jit=") {
        settings.jit = crate::settings::parse_jit_mode(mode)
            .ok_or_else(|| format!("invalid -X jit value '{mode}': expected off, uops or on"))?;
        return Ok(());
    }
    match opt {
        "stats" => {
            settings.stats = true;
            Ok(())
        }
        // CPython accepts unknown -X options silently; so do we.
        _ => Ok(()),
    }
}

fn run(source: Source, argv: Vec<String>, settings: Settings) -> i32 {
    let mut vm = Vm::new(settings);
    vm.set_stack_limits(STACK_SIZE - (64 << 20));
    vm.argv = argv;
    let code = match source {
        Source::File(path) => {
            let p = std::path::Path::new(&path);
            let bytes = match std::fs::read(p) {
                Ok(b) => b,
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = match e.kind() {
                        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                        _ => e.to_string(),
                    };
                    eprintln!("tessera: can't open file '{path}': [Errno {errno}] {msg}");
                    return 2;
                }
            };
            let dir = p
                .parent()
                .map(|d| {
                    if d.as_os_str().is_empty() {
                        std::path::PathBuf::from(".")
                    } else {
                        d.to_path_buf()
                    }
                })
                .unwrap_or_else(|| std::path::PathBuf::from("."));
            // sys.path[0] is the script's folder as an absolute path, as in CPython.
            vm.script_dir = Some(std::fs::canonicalize(&dir).unwrap_or(dir));
            match String::from_utf8(bytes) {
                Ok(src) => run_main(&mut vm, &src, &path),
                Err(e) => {
                    let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
                        .iter()
                        .filter(|b| **b == b'\n')
                        .count()
                        + 1;
                    let bad = e
                        .as_bytes()
                        .get(e.utf8_error().valid_up_to())
                        .copied()
                        .unwrap_or(0);
                    eprintln!(
                        "SyntaxError: Non-UTF-8 code starting with '\\x{bad:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                    );
                    1
                }
            }
        }
        Source::Module(name) => {
            vm.script_dir = Some(std::path::PathBuf::from("."));
            run_module_as_main(&mut vm, &name)
        }
        Source::Command(cmd) => {
            vm.script_dir = Some(std::path::PathBuf::from("."));
            run_main(&mut vm, &cmd, "<string>")
        }
        Source::Stdin => {
            vm.script_dir = Some(std::path::PathBuf::from("."));
            let mut buf = Vec::new();
            if std::io::stdin().read_to_end(&mut buf).is_err() {
                eprintln!("tessera: cannot read stdin");
                return 1;
            }
            match String::from_utf8(buf) {
                Ok(src) => run_main(&mut vm, &src, "<stdin>"),
                Err(_) => {
                    eprintln!("SyntaxError: Non-UTF-8 code in <stdin>");
                    1
                }
            }
        }
        Source::Repl => {
            vm.script_dir = Some(std::path::PathBuf::from("."));
            crate::repl::run(&mut vm)
        }
    };
    vm.run_pending();
    crate::vm::threads::at_exit(&mut vm);
    crate::vm::modules::atexit::run_exitfuncs(&mut vm);
    vm.finalize_at_exit();
    let _ = vm.stdout.flush();
    if vm.settings.stats {
        eprint!("{}", crate::vm::stats::report(&vm));
    }
    if vm.settings.jit_stats {
        eprintln!("{}", vm.tier2.stats.line(vm.tier2.jit.as_ref()));
    }
    code
}

/// Runs `src` as `__main__`; returns the process exit status.
pub fn run_main(vm: &mut Vm, src: &str, filename: &str) -> i32 {
    run_main_with(vm, src, filename, None)
}

/// Runs `src` as `__main__`; `spec_name` is the module's real name under `-m` (which
/// sets `__spec__` and `__package__`), None for a script.
fn run_main_with(vm: &mut Vm, src: &str, filename: &str, spec_name: Option<&str>) -> i32 {
    let dict = vm.new_dict();
    dict.set_str("__name__", Value::str("__main__"));
    dict.set_str("__doc__", Value::None);
    let is_file = !filename.starts_with('<');
    if is_file {
        // CPython makes the script's path absolute (3.9+).
        let abs = std::fs::canonicalize(filename)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| filename.to_string());
        dict.set_str("__file__", Value::str(&abs));
    }
    match spec_name {
        Some(name) => {
            let package = name.rsplit_once('.').map_or("", |(p, _)| p);
            dict.set_str("__package__", Value::str(package));
            vm.set_spec(&dict, name, Some(filename), false);
        }
        None => {
            dict.set_str("__package__", Value::None);
            dict.set_str("__spec__", Value::None);
        }
    }
    dict.set_str("__loader__", Value::None);
    dict.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    let module = Value::Module(crate::runtime::object::Obj::new(
        crate::runtime::value::Module {
            name: "__main__".to_string(),
            dict: dict.clone(),
        },
    ));
    vm.modules.set_str("__main__", module);
    let r = vm.run_source(src, filename, &dict, crate::compile::Mode::Exec);
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    let _ = vm.stdout.flush();
    status
}

/// `tessera -m NAME`: imports NAME's parent packages, finds NAME (or, for a package,
/// NAME.__main__) and runs it as `__main__`; returns the process exit status.
fn run_module_as_main(vm: &mut Vm, name: &str) -> i32 {
    match vm.find_main_module(name) {
        Ok((src, file, spec_name)) => {
            if let Some(a) = vm.argv.first_mut() {
                *a = file.clone();
            }
            // sys.argv may already exist (a parent package imported sys).
            let sys = vm.module_get("sys");
            let argv = match sys.view() {
                Some(View::Module(sys)) => sys
                    .dict
                    .get_str("argv", crate::runtime::str::str_hash("argv")),
                _ => None,
            };
            if let Some(View::List(l)) = argv.view()
                && let Some(first) = l.items.borrow_mut().first_mut()
            {
                *first = Value::str(&file);
            }
            run_main_with(vm, &src, &file, Some(&spec_name))
        }
        Err(crate::vm::import::MainModuleError::Message(m)) => {
            let _ = vm.stdout.flush();
            let exe = std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| "tessera".to_string());
            eprintln!("{exe}: {m}");
            1
        }
        Err(crate::vm::import::MainModuleError::Raised(e)) => handle_uncaught(vm, e),
    }
}

/// Prints an uncaught exception like CPython and returns the exit status.
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    if vm.err_matches(&e, "SystemExit") {
        let args = vm.exc_args(&e.exc);
        return match args.first().view() {
            None | Some(View::None) => 0,
            Some(View::Int(n)) => n as i32,
            Some(View::Bool(b)) => b as i32,
            Some(_) => {
                let s = vm.to_str(&args[0]).unwrap_or_default();
                vm.write_stderr(&format!("{s}\n"));
                1
            }
        };
    }
    let text = vm.format_exception(&e.exc);
    vm.write_stderr(&text);
    if vm.err_matches(&e, "KeyboardInterrupt") {
        return 130;
    }
    1
}
