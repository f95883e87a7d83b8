//! `import`: `sys.modules`, built-in modules, `.py` files and packages on `sys.path`, and
//! the bundled pure-Python standard library (searched after `sys.path`, where CPython's
//! own library folder sits).

use super::{PyResult, Vm};
use crate::runtime::dict::PyDict;
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::str::str_hash;
use crate::runtime::value::OptionView;
use crate::runtime::value::View;
use crate::runtime::value::{Module, Value};
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

thread_local! {
    static MODULE_SPEC: RefCell<Option<Obj<crate::runtime::class::Class>>> = const { RefCell::new(None) };
}

/// Where a module was found on the search path.
enum Found {
    /// `NAME.py`, or `NAME/__init__.py` for a package.
    File { path: PathBuf, package: bool },
    /// Folders named NAME without `__init__.py` (a PEP 420 namespace package), used only
    /// when no entry has a module or regular package of that name.
    Namespace(Vec<String>),
}

fn find_module(dirs: &[String], name: &str) -> Option<Found> {
    let mut namespace = Vec::new();
    for d in dirs {
        let base = if d.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(d)
        };
        let pkg = base.join(name);
        if pkg.is_dir() {
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return Some(Found::File {
                    path: init,
                    package: true,
                });
            }
        }
        let file = base.join(format!("{name}.py"));
        if file.is_file() {
            return Some(Found::File {
                path: file,
                package: false,
            });
        }
        if pkg.is_dir() {
            namespace.push(pkg.display().to_string());
        }
    }
    (!namespace.is_empty()).then_some(Found::Namespace(namespace))
}

/// `sys.path` at start-up: the script's folder (`''`, the current folder, for `-c`, stdin
/// and the REPL), then `PYTHONPATH`.
pub fn initial_sys_path(vm: &Vm) -> Vec<String> {
    let mut path = vec![match &vm.script_dir {
        Some(d) if d.as_os_str() != "." => d.display().to_string(),
        _ => String::new(),
    }];
    if let Ok(extra) = std::env::var("PYTHONPATH") {
        path.extend(extra.split(':').filter(|p| !p.is_empty()).map(String::from));
    }
    path
}

/// Modules written in Python and embedded in the binary.
const BUNDLED: &[(&str, &str)] = &[
    ("_complex", include_str!("../stdlib/_complex.py")),
    ("ast", include_str!("../stdlib/ast.py")),
    ("weakref", include_str!("../stdlib/weakref.py")),
    ("cmath", include_str!("../stdlib/cmath.py")),
    ("collections", include_str!("../stdlib/collections.py")),
    ("itertools", include_str!("../stdlib/itertools.py")),
    ("functools", include_str!("../stdlib/functools.py")),
    ("random", include_str!("../stdlib/random.py")),
    ("string", include_str!("../stdlib/string.py")),
    ("io", include_str!("../stdlib/io.py")),
    ("os", include_str!("../stdlib/os.py")),
    ("posixpath", include_str!("../stdlib/posixpath.py")),
    ("doctest", include_str!("../stdlib/doctest.py")),
    ("operator", include_str!("../stdlib/operator.py")),
    ("heapq", include_str!("../stdlib/heapq.py")),
    ("asyncio", include_str!("../stdlib/asyncio.py")),
    ("copy", include_str!("../stdlib/copy.py")),
    ("abc", include_str!("../stdlib/abc.py")),
    ("types", include_str!("../stdlib/types.py")),
    ("enum", include_str!("../stdlib/enum.py")),
    ("_annotations", include_str!("../stdlib/_annotations.py")),
    ("dataclasses", include_str!("../stdlib/dataclasses.py")),
    ("typing", include_str!("../stdlib/typing.py")),
    ("contextlib", include_str!("../stdlib/contextlib.py")),
    ("textwrap", include_str!("../stdlib/textwrap.py")),
    ("queue", include_str!("../stdlib/queue.py")),
    ("time", include_str!("../stdlib/time.py")),
    ("datetime", include_str!("../stdlib/datetime.py")),
    ("fractions", include_str!("../stdlib/fractions.py")),
    ("decimal", include_str!("../stdlib/decimal.py")),
    ("statistics", include_str!("../stdlib/statistics.py")),
    ("json", include_str!("../stdlib/json.py")),
    ("json.decoder", include_str!("../stdlib/json_decoder.py")),
    ("json.encoder", include_str!("../stdlib/json_encoder.py")),
    ("struct", include_str!("../stdlib/struct.py")),
    ("binascii", include_str!("../stdlib/binascii.py")),
    ("base64", include_str!("../stdlib/base64.py")),
    ("hashlib", include_str!("../stdlib/hashlib.py")),
    ("hmac", include_str!("../stdlib/hmac.py")),
    ("re", include_str!("../stdlib/re.py")),
    ("traceback", include_str!("../stdlib/traceback.py")),
    ("warnings", include_str!("../stdlib/warnings.py")),
    ("logging", include_str!("../stdlib/logging.py")),
    ("fnmatch", include_str!("../stdlib/fnmatch.py")),
    ("glob", include_str!("../stdlib/glob.py")),
    ("pathlib", include_str!("../stdlib/pathlib.py")),
    ("shutil", include_str!("../stdlib/shutil.py")),
    ("tempfile", include_str!("../stdlib/tempfile.py")),
    ("csv", include_str!("../stdlib/csv.py")),
    ("shlex", include_str!("../stdlib/shlex.py")),
    ("signal", include_str!("../stdlib/signal.py")),
    ("subprocess", include_str!("../stdlib/subprocess.py")),
    ("calendar", include_str!("../stdlib/calendar.py")),
    ("argparse", include_str!("../stdlib/argparse.py")),
    ("unittest", include_str!("../stdlib/unittest.py")),
    ("unittest.mock", include_str!("../stdlib/unittest_mock.py")),
    ("keyword", include_str!("../stdlib/keyword.py")),
    ("numbers", include_str!("../stdlib/numbers.py")),
    ("reprlib", include_str!("../stdlib/reprlib.py")),
    ("graphlib", include_str!("../stdlib/graphlib.py")),
    ("getopt", include_str!("../stdlib/getopt.py")),
    ("copyreg", include_str!("../stdlib/copyreg.py")),
    ("pickle", include_str!("../stdlib/pickle.py")),
    ("pprint", include_str!("../stdlib/pprint.py")),
    ("stat", include_str!("../stdlib/stat.py")),
    ("timeit", include_str!("../stdlib/timeit.py")),
    ("secrets", include_str!("../stdlib/secrets.py")),
    ("html", include_str!("../stdlib/html.py")),
    ("html.entities", include_str!("../stdlib/html_entities.py")),
    ("urllib", include_str!("../stdlib/urllib.py")),
    ("urllib.parse", include_str!("../stdlib/urllib_parse.py")),
    ("uuid", include_str!("../stdlib/uuid.py")),
    ("__future__", include_str!("../stdlib/__future__.py")),
    ("gzip", include_str!("../stdlib/gzip.py")),
    ("array", include_str!("../stdlib/array.py")),
    ("difflib", include_str!("../stdlib/difflib.py")),
    ("configparser", include_str!("../stdlib/configparser.py")),
    ("getpass", include_str!("../stdlib/getpass.py")),
    ("inspect", include_str!("../stdlib/inspect.py")),
    ("platform", include_str!("../stdlib/platform.py")),
    ("zoneinfo", include_str!("../stdlib/zoneinfo.py")),
    ("codecs", include_str!("../stdlib/codecs.py")),
    ("locale", include_str!("../stdlib/locale.py")),
    ("linecache", include_str!("../stdlib/linecache.py")),
    ("contextvars", include_str!("../stdlib/contextvars.py")),
    ("gettext", include_str!("../stdlib/gettext.py")),
    ("sysconfig", include_str!("../stdlib/sysconfig.py")),
    ("optparse", include_str!("../stdlib/optparse.py")),
    (
        "collections.abc",
        include_str!("../stdlib/collections_abc.py"),
    ),
    ("_thread", include_str!("../stdlib/_thread.py")),
    ("threading", include_str!("../stdlib/threading.py")),
    ("concurrent", include_str!("../stdlib/concurrent.py")),
    (
        "concurrent.futures",
        include_str!("../stdlib/concurrent_futures.py"),
    ),
];

/// Whether `parent.child` is a bundled module (`unittest.mock`, `collections.abc`).
fn is_bundled_child(parent: &str, child: &str) -> bool {
    BUNDLED.iter().any(|(n, _)| {
        n.strip_prefix(parent)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| rest == child)
    })
}

impl Vm {
    /// `sys.modules[name]`, if present.
    pub fn module_get(&self, name: &str) -> Option<Value> {
        self.modules.get_str(name, str_hash(name))
    }

    /// The `IMPORT_NAME` instruction: `name` is absolute, or relative with leading dots,
    /// resolved against the importing module's `__package__`/`__name__` in `globals`.
    pub fn import_name(&mut self, name: &str, globals: &Obj<PyDict>) -> PyResult<Value> {
        let level = name.len() - name.trim_start_matches('.').len();
        if level == 0 {
            return self.import_module(name);
        }
        let abs = self.resolve_relative(&name[level..], level, globals)?;
        self.import_module(&abs)
    }

    /// The absolute name of a relative import of `rest` at `level` from the module whose
    /// namespace is `globals`.
    pub fn resolve_relative(
        &mut self,
        rest: &str,
        level: usize,
        globals: &Obj<PyDict>,
    ) -> PyResult<String> {
        let package = match (globals.get_str("__package__", str_hash("__package__"))).view() {
            Some(View::Str(p)) => p.as_str().to_string(),
            Some(View::None) | None => {
                let name = match (globals.get_str("__name__", str_hash("__name__"))).view() {
                    Some(View::Str(n)) => n.as_str().to_string(),
                    _ => return Err(self.err("KeyError", "'__name__' not in globals")),
                };
                if globals.get_str("__path__", str_hash("__path__")).is_some() {
                    name
                } else {
                    name.rsplit_once('.')
                        .map_or(String::new(), |(p, _)| p.to_string())
                }
            }
            Some(_) => return Err(self.type_error("package must be a string")),
        };
        if package.is_empty() {
            return Err(self.err(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((p, _)) => base = p,
                None => {
                    return Err(self.err(
                        "ImportError",
                        "attempted relative import beyond top-level package",
                    ));
                }
            }
        }
        Ok(if rest.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{rest}")
        })
    }

    /// Imports the module with absolute dotted `name` (its parent packages first) and
    /// returns it; `sys.modules` is consulted first and holds every module imported.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.module_get(name) {
            if m.is_none() {
                let err = self.err(
                    "ModuleNotFoundError",
                    format!("import of {name} halted; None in sys.modules"),
                );
                self.set_import_error_name(&err, name);
                return Err(err);
            }
            return Ok(m);
        }
        if name.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        // A name is never a path: 'a/b' must not find a/b.py.
        if name.contains(['/', '\\', '\0']) {
            return Err(self.module_not_found(name, format!("No module named '{name}'")));
        }
        if let Some((parent, child)) = name.rsplit_once('.') {
            return self.import_submodule(name, parent, child);
        }
        if let Some(m) = super::modules::create(self, name) {
            self.modules.set_str(name, m.clone());
            return Ok(m);
        }
        let path = self.sys_path();
        if let Some(found) = find_module(&path, name) {
            return self.load_found(name, found);
        }
        if let Some((_, src)) = BUNDLED.iter().find(|(n, _)| *n == name) {
            let filename = format!("<frozen {name}>");
            return self.exec_module(name, src, &filename);
        }
        Err(self.module_not_found(name, format!("No module named '{name}'")))
    }

    fn module_not_found(&mut self, name: &str, msg: String) -> super::PyErr {
        let err = self.err("ModuleNotFoundError", msg);
        self.set_import_error_name(&err, name);
        err
    }

    fn import_submodule(&mut self, name: &str, parent: &str, child: &str) -> PyResult<Value> {
        let parent_mod = self.import_module(parent)?;
        // The parent's `__init__` may have imported the child already.
        if let Some(m) = self.module_get(name) {
            return Ok(m);
        }
        // A bundled submodule of a bundled module (`collections.abc`): the parent is no
        // package on disk, and gets the submodule as an attribute, as `import a.b` binds it.
        if let Some((_, src)) = BUNDLED.iter().find(|(n, _)| *n == name) {
            let m = self.exec_module(name, src, &format!("<frozen {name}>"))?;
            if let View::Module(p) = parent_mod.view() {
                p.dict.set_str(child, m.clone());
            }
            return Ok(m);
        }
        let View::Module(pm) = parent_mod.view() else {
            return Err(self.module_not_found(
                name,
                format!("No module named '{name}'; '{parent}' is not a package"),
            ));
        };
        let search = match pm.dict.get_str("__path__", str_hash("__path__")) {
            Some(p) => self.collect_iterable(&p)?,
            None => {
                return Err(self.module_not_found(
                    name,
                    format!("No module named '{name}'; '{parent}' is not a package"),
                ));
            }
        };
        let dirs: Vec<String> = search
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
        let Some(found) = find_module(&dirs, child) else {
            return Err(self.module_not_found(name, format!("No module named '{name}'")));
        };
        let m = self.load_found(name, found)?;
        pm.dict.set_str(child, m.clone());
        Ok(m)
    }

    /// The directories `import` searches: `sys.path` once `sys` exists, else the
    /// script's folder.
    pub fn sys_path(&mut self) -> Vec<String> {
        if let Some(View::Module(sys)) = self.module_get("sys").view()
            && let Some(View::List(l)) = (sys.dict.get_str("path", str_hash("path"))).view()
        {
            return l
                .items
                .borrow()
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect();
        }
        initial_sys_path(self)
    }

    fn load_found(&mut self, name: &str, found: Found) -> PyResult<Value> {
        match found {
            Found::Namespace(dirs) => {
                let dict = self.module_dict(name, None, true);
                dict.set_str("__file__", Value::None);
                let dirs = dirs.into_iter().map(|d| Value::str(&d)).collect();
                dict.set_str("__path__", Value::list(dirs));
                self.set_spec(&dict, name, None, true);
                let module = Value::Module(Obj::new(Module {
                    name: name.to_string(),
                    dict,
                }));
                self.modules.set_str(name, module.clone());
                Ok(module)
            }
            Found::File { path, package } => {
                let path = std::fs::canonicalize(&path).unwrap_or(path);
                let src = self.read_source(&path)?;
                let filename = path.display().to_string();
                let dict = self.module_dict(name, Some(&filename), package);
                if package {
                    let dir = path
                        .parent()
                        .map(|d| d.display().to_string())
                        .unwrap_or_default();
                    dict.set_str("__path__", Value::list(vec![Value::str(&dir)]));
                }
                self.set_spec(&dict, name, Some(&filename), package);
                self.run_module(name, &src, &filename, dict)
            }
        }
    }

    /// Reads a module's source: UTF-8 (a BOM is dropped), or Latin-1 when a PEP 263 line
    /// in the first two lines names it.
    pub fn read_source(&mut self, path: &std::path::Path) -> PyResult<String> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return Err(self.err("ImportError", format!("{e}"))),
        };
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
        let declared_latin1 = bytes.split(|b| *b == b'\n').take(2).any(|l| {
            let l = String::from_utf8_lossy(l).to_ascii_lowercase();
            l.trim_start().starts_with('#')
                && l.contains("coding")
                && ["latin-1", "latin1", "iso-8859-1", "iso8859-1"]
                    .iter()
                    .any(|c| l.contains(c))
        });
        if declared_latin1 {
            return Ok(bytes.iter().map(|b| *b as char).collect());
        }
        match String::from_utf8(bytes.to_vec()) {
            Ok(s) => Ok(s),
            Err(e) => {
                let line = bytes[..e.utf8_error().valid_up_to()]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count()
                    + 1;
                let bad = bytes[e.utf8_error().valid_up_to()];
                Err(self.err(
                    "SyntaxError",
                    format!(
                        "Non-UTF-8 code starting with '\\x{bad:02x}' in file {} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        path.display()
                    ),
                ))
            }
        }
    }

    /// A fresh module namespace with the attributes every module has.
    fn module_dict(&mut self, name: &str, file: Option<&str>, package: bool) -> Obj<PyDict> {
        let dict = self.new_dict();
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__doc__", Value::None);
        let pkg = if package {
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_string())
        };
        dict.set_str("__package__", Value::str(&pkg));
        dict.set_str("__loader__", Value::None);
        if let Some(f) = file {
            dict.set_str("__file__", Value::str(f));
        }
        dict.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        dict
    }

    /// `__spec__`: a `ModuleSpec` with the attributes programs read (name, origin, parent,
    /// submodule_search_locations, has_location, loader, cached).
    pub fn set_spec(
        &mut self,
        dict: &Obj<PyDict>,
        name: &str,
        origin: Option<&str>,
        package: bool,
    ) {
        let cls = match self.module_spec_class() {
            Some(c) => c,
            None => return,
        };
        let inst = self.new_instance(&cls);
        {
            inst.set_attr_str("name", Value::str(name));
            inst.set_attr_str("loader", Value::None);
            inst.set_attr_str("origin", origin.map_or(Value::None, Value::str));
            inst.set_attr_str("has_location", Value::Bool(origin.is_some()));
            inst.set_attr_str("cached", Value::None);
            let parent = if package {
                name.to_string()
            } else {
                name.rsplit_once('.')
                    .map_or(String::new(), |(p, _)| p.to_string())
            };
            inst.set_attr_str("parent", Value::str(&parent));
            let locations = if package {
                dict.get_str("__path__", str_hash("__path__"))
                    .unwrap_or_else(|| Value::list(vec![]))
            } else {
                Value::None
            };
            inst.set_attr_str("submodule_search_locations", locations);
        }
        dict.set_str("__spec__", Value::Instance(inst));
    }

    fn module_spec_class(&mut self) -> Option<Obj<crate::runtime::class::Class>> {
        if let Some(c) = MODULE_SPEC.with(|c| c.borrow().clone()) {
            return Some(c);
        }
        let ns = Obj::new(PyDict::new());
        ns.set_str("__module__", Value::str("importlib._bootstrap"));
        let object = Value::Class(self.types.object.clone());
        let cls = super::builtins::make_class(self, "ModuleSpec", vec![object], &ns).ok()?;
        MODULE_SPEC.with(|c| *c.borrow_mut() = Some(cls.clone()));
        Some(cls)
    }

    /// Compiles and runs `source` as module `name`, registering it first so circular
    /// imports see the partly initialized module.
    pub fn exec_module(&mut self, name: &str, source: &str, filename: &str) -> PyResult<Value> {
        let dict = self.module_dict(name, Some(filename), false);
        self.set_spec(&dict, name, None, false);
        self.run_module(name, source, filename, dict)
    }

    fn run_module(
        &mut self,
        name: &str,
        source: &str,
        filename: &str,
        dict: Obj<PyDict>,
    ) -> PyResult<Value> {
        let module = Value::Module(Obj::new(Module {
            name: name.to_string(),
            dict: dict.clone(),
        }));
        self.modules.set_str(name, module.clone());
        let r = self.run_source(source, filename, &dict, crate::compile::Mode::Exec);
        if let Err(e) = r {
            self.modules.remove_str(name);
            return Err(e);
        }
        // A module may replace its own entry in sys.modules; the import yields that.
        Ok(self.module_get(name).unwrap_or(module))
    }

    /// Compiles `source` and runs it with `globals` as its namespace.
    pub fn run_source(
        &mut self,
        source: &str,
        filename: &str,
        globals: &Obj<PyDict>,
        mode: crate::compile::Mode,
    ) -> PyResult<Value> {
        let fname: Rc<str> = Rc::from(filename);
        self.sources.insert(
            fname.clone(),
            Rc::new(source.lines().map(String::from).collect()),
        );
        let code = match crate::compile::compile(source, filename, mode) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error(&e, filename)),
        };
        if super::code::uses_complex(&code) {
            self.ensure_complex()?;
        }
        let code = super::code::CodeObject::new(code);
        let mut frame = Box::new(super::frame::Frame::new(
            code,
            globals.clone(),
            Some(globals.clone()),
        ));
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        match r? {
            super::eval::Exit::Return(v) => Ok(v),
            super::eval::Exit::Yield(_) => Ok(Value::None),
        }
    }

    pub fn syntax_error(
        &mut self,
        e: &crate::compile::CompileError,
        filename: &str,
    ) -> super::PyErr {
        let cls = self.types.exc(e.kind);
        let text = match &e.text {
            Some(t) => Value::str(t),
            None => Value::None,
        };
        let info = Value::tuple(vec![
            Value::str(filename),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            text,
            Value::Int(e.line as i64),
            Value::Int(e.end_col as i64),
        ]);
        let exc = self.new_exception(&cls, vec![Value::str(&e.msg), info]);
        super::PyErr { exc }
    }

    pub fn import_from(&mut self, module: &Value, name: &Obj<PyStr>) -> PyResult<Value> {
        match self.get_attr_opt(module, name)? {
            Some(v) => Ok(v),
            None => {
                // `from package import submodule` imports the submodule; so does
                // `from unittest import mock` for a bundled submodule of a bundled module.
                if let View::Module(m) = module.view()
                    && (m.dict.get_str("__path__", str_hash("__path__")).is_some()
                        || is_bundled_child(&m.name, name.as_str()))
                {
                    let full = format!("{}.{}", m.name, name.as_str());
                    match self.import_module(&full) {
                        Ok(v) => return Ok(v),
                        Err(e) if self.is_not_found_for(&e, &full) => {}
                        Err(e) => return Err(e),
                    }
                }
                let (mname, file) = match module.view() {
                    View::Module(m) => (
                        m.name.clone(),
                        m.dict
                            .get_str("__file__", crate::runtime::str::str_hash("__file__"))
                            .and_then(|f| f.as_str().map(String::from)),
                    ),
                    _ => ("?".to_string(), None),
                };
                let loc = match file {
                    Some(f) if !f.starts_with('<') => format!(" ({f})"),
                    _ => " (unknown location)".to_string(),
                };
                let err = self.err(
                    "ImportError",
                    format!("cannot import name '{}' from '{mname}'{loc}", name.as_str()),
                );
                self.set_import_error_name(&err, &mname);
                Err(err)
            }
        }
    }

    /// Whether `e` says module `name` itself does not exist (not one it imports).
    pub fn is_not_found_for(&mut self, e: &super::PyErr, name: &str) -> bool {
        if !self.err_matches(e, "ModuleNotFoundError") {
            return false;
        }
        match e.exc.view() {
            View::Instance(i) => i.attr_str("name").is_some_and(|n| n.as_str() == Some(name)),
            _ => false,
        }
    }

    /// ImportError.name: the module that could not be imported (from).
    fn set_import_error_name(&mut self, err: &super::PyErr, module: &str) {
        if let View::Instance(i) = err.exc.view() {
            i.set_attr_str("name", Value::str(module));
        }
    }

    pub fn import_star(&mut self, module: &Value, ns: &Obj<PyDict>) -> PyResult<()> {
        let View::Module(m) = module.view() else {
            return Ok(());
        };
        let all = m
            .dict
            .get_str("__all__", crate::runtime::str::str_hash("__all__"));
        match all {
            Some(all) => {
                for name in self.collect_iterable(&all)? {
                    let View::Str(n) = name.view() else { continue };
                    let v = self.import_from(module, n)?;
                    self.dict_set(ns, name.clone(), v)?;
                }
            }
            None => {
                for (k, v) in m.dict.items() {
                    if k.as_str().is_some_and(|s| !s.starts_with('_')) {
                        self.dict_set(ns, k, v)?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, args: crate::runtime::function::Args) -> PyResult<Value> {
    use crate::vm::builtins::arg_or_kw;
    let name = match arg_or_kw(&args, 0, "name").view() {
        Some(View::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(vm.type_error("module name must be a string")),
        None => {
            return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
        }
    };
    let globals = arg_or_kw(&args, 1, "globals")
        .cloned()
        .unwrap_or(Value::None);
    let fromlist = arg_or_kw(&args, 3, "fromlist")
        .cloned()
        .unwrap_or(Value::None);
    let given = arg_or_kw(&args, 4, "level");
    let level = match given.view() {
        None => 0,
        Some(View::Int(n)) => n,
        Some(_) => {
            let other = given.as_ref().expect("matched Some");
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let abs = if level > 0 {
        let g = match globals.view() {
            View::Dict(g) => g.clone(),
            _ => vm.new_dict(),
        };
        vm.resolve_relative(&name, level as usize, &g)?
    } else {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name.clone()
    };
    let module = vm.import_module(&abs)?;
    let from = if fromlist.is_none() {
        Vec::new()
    } else {
        vm.collect_iterable(&fromlist)?
    };
    if from.is_empty() {
        // Without a fromlist the first component of `name` is what gets bound.
        if name.is_empty() {
            return Ok(module);
        }
        let first = name.split('.').next().unwrap_or(&name);
        let cut = name.len() - first.len();
        let top = &abs[..abs.len() - cut];
        return Ok(vm.module_get(top).unwrap_or(module));
    }
    if let View::Module(m) = module.view()
        && m.dict.get_str("__path__", str_hash("__path__")).is_some()
    {
        let mut wanted = Vec::new();
        for item in from {
            match item.as_str() {
                Some("*") => {
                    if let Some(all) = m.dict.get_str("__all__", str_hash("__all__")) {
                        wanted.extend(vm.collect_iterable(&all)?);
                    }
                }
                Some(_) => wanted.push(item),
                None => {
                    let tn = vm.type_name(&item);
                    return Err(
                        vm.type_error(format!("Item in {abs}.__all__ must be str, not {tn}"))
                    );
                }
            }
        }
        for item in wanted {
            let Some(s) = item.as_str() else { continue };
            if m.dict.get_str(s, str_hash(s)).is_none() {
                let full = format!("{abs}.{s}");
                match vm.import_module(&full) {
                    Ok(_) => {}
                    Err(e) if vm.is_not_found_for(&e, &full) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(module)
}

/// Why `tessera -m NAME` cannot run NAME.
pub enum MainModuleError {
    /// Printed after the executable's name, exit status 1 (`No module named x`).
    Message(String),
    /// Raised while importing NAME's parent packages.
    Raised(super::PyErr),
}

impl Vm {
    /// For `-m NAME`: imports NAME's parents, then finds NAME (for a package,
    /// `NAME.__main__`) without running it; returns (source, file name, module name).
    pub fn find_main_module(
        &mut self,
        name: &str,
    ) -> Result<(String, String, String), MainModuleError> {
        let spec_error = |vm: &mut Vm, e: super::PyErr| {
            if vm.err_matches(&e, "ImportError") {
                let cls = vm.exc_class(&e.exc).name();
                let msg = match vm.exc_args(&e.exc).first() {
                    Some(m) => vm.to_str(m).unwrap_or_default(),
                    None => String::new(),
                };
                MainModuleError::Message(format!(
                    "Error while finding module specification for '{name}' ({cls}: {msg})"
                ))
            } else {
                MainModuleError::Raised(e)
            }
        };
        let (dirs, child) = match name.rsplit_once('.') {
            Some((parent, child)) => {
                let pm = self
                    .import_module(parent)
                    .map_err(|e| spec_error(self, e))?;
                let path = match pm.view() {
                    View::Module(m) => m.dict.get_str("__path__", str_hash("__path__")),
                    _ => None,
                };
                let Some(path) = path else {
                    return Err(MainModuleError::Message(format!(
                        "Error while finding module specification for '{name}' (ModuleNotFoundError: __path__ attribute not found on '{parent}' while trying to find '{name}')"
                    )));
                };
                let dirs = self
                    .collect_iterable(&path)
                    .map_err(MainModuleError::Raised)?
                    .iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect();
                (dirs, child)
            }
            None => (self.sys_path(), name),
        };
        let main_of = |pkg: &str| {
            MainModuleError::Message(format!(
                "No module named {pkg}.__main__; '{pkg}' is a package and cannot be directly executed"
            ))
        };
        match find_module(&dirs, child) {
            Some(Found::File {
                path,
                package: false,
            }) => {
                let path = std::fs::canonicalize(&path).unwrap_or(path);
                let src = self.read_source(&path).map_err(MainModuleError::Raised)?;
                Ok((src, path.display().to_string(), name.to_string()))
            }
            Some(Found::File { package: true, .. }) | Some(Found::Namespace(_)) => {
                if let Some(pkg) = name.strip_suffix(".__main__") {
                    return Err(main_of(pkg));
                }
                self.import_module(name).map_err(|e| spec_error(self, e))?;
                let main = format!("{name}.__main__");
                match self.find_main_module(&main) {
                    Err(MainModuleError::Message(m)) if m.starts_with("No module named") => {
                        Err(main_of(name))
                    }
                    r => r,
                }
            }
            None => {
                if !name.contains('.')
                    && let Some((_, src)) = BUNDLED.iter().find(|(n, _)| *n == name)
                {
                    return Ok((
                        src.to_string(),
                        format!("<frozen {name}>"),
                        name.to_string(),
                    ));
                }
                Err(MainModuleError::Message(format!("No module named {name}")))
            }
        }
    }
}
