//! `import`: built-in modules, the bundled pure-Python standard library, and `.py` files
//! next to the main script.

use super::{PyResult, Vm};
use crate::runtime::dict::PyDict;
use crate::runtime::object::Obj;
use crate::runtime::str::PyStr;
use crate::runtime::value::View;
use crate::runtime::value::{Module, Value};
use std::rc::Rc;

/// Modules written in Python and embedded in the binary.
const BUNDLED: &[(&str, &str)] = &[
    ("collections", include_str!("../stdlib/collections.py")),
    ("itertools", include_str!("../stdlib/itertools.py")),
    ("functools", include_str!("../stdlib/functools.py")),
    ("random", include_str!("../stdlib/random.py")),
    ("string", include_str!("../stdlib/string.py")),
    ("operator", include_str!("../stdlib/operator.py")),
    ("heapq", include_str!("../stdlib/heapq.py")),
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
    ("fractions", include_str!("../stdlib/fractions.py")),
    ("statistics", include_str!("../stdlib/statistics.py")),
    (
        "collections.abc",
        include_str!("../stdlib/collections_abc.py"),
    ),
];

impl Vm {
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        if let Some(m) = super::modules::create(self, name) {
            self.modules.insert(name.to_string(), m.clone());
            return Ok(m);
        }
        if let Some((_, src)) = BUNDLED.iter().find(|(n, _)| *n == name) {
            let filename = format!("<frozen {name}>");
            // A bundled submodule (`collections.abc`): its package first, and the package
            // gets the submodule as an attribute, as `import a.b` binds it.
            if let Some((parent, child)) = name.rsplit_once('.') {
                let pkg = self.import_module(parent)?;
                let m = self.exec_module(name, src, &filename)?;
                if let View::Module(p) = pkg.view() {
                    p.dict.set_str(child, m.clone());
                }
                return Ok(m);
            }
            return self.exec_module(name, src, &filename);
        }
        if let Some(dir) = self.script_dir.clone() {
            let path = dir.join(format!("{name}.py"));
            if path.is_file() {
                let src = match std::fs::read(&path) {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(s) => s,
                        Err(_) => {
                            return Err(self.err(
                                "SyntaxError",
                                format!("Non-UTF-8 code in file {}", path.display()),
                            ));
                        }
                    },
                    Err(e) => return Err(self.err("ImportError", format!("{e}"))),
                };
                let filename = path.display().to_string();
                return self.exec_module(name, &src, &filename);
            }
        }
        let err = self.err("ModuleNotFoundError", format!("No module named '{name}'"));
        self.set_import_error_name(&err, name);
        Err(err)
    }

    /// Compiles and runs `source` as module `name`, registering it first so circular
    /// imports see the partly initialized module.
    pub fn exec_module(&mut self, name: &str, source: &str, filename: &str) -> PyResult<Value> {
        let dict = self.new_dict();
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__file__", Value::str(filename));
        dict.set_str("__doc__", Value::None);
        dict.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        let module = Value::Module(Obj::new(Module {
            name: name.to_string(),
            dict: dict.clone(),
        }));
        self.modules.insert(name.to_string(), module.clone());
        let r = self.run_source(source, filename, &dict, crate::compile::Mode::Exec);
        if let Err(e) = r {
            self.modules.remove(name);
            return Err(e);
        }
        Ok(module)
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

    /// ImportError.name: the module that could not be imported (from).
    fn set_import_error_name(&mut self, err: &super::PyErr, module: &str) {
        if let View::Instance(i) = err.exc.view()
            && let Some(d) = &i.dict
        {
            d.set_str("name", Value::str(module));
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
