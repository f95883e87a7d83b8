//! `importlib`: `import_module`, `reload` and `invalidate_caches` over the VM's import
//! machinery.

use crate::runtime::dict::PyDict;
use crate::runtime::function::Args;
use crate::runtime::object::Obj;
use crate::runtime::str::str_hash;
use crate::runtime::value::OptionView;
use crate::runtime::value::Value;
use crate::runtime::value::View;
use crate::vm::builtins::{arg_or_kw, function};
use crate::vm::{PyResult, Vm};

pub fn install(_vm: &mut Vm, d: &Obj<PyDict>) {
    function(d, "import_module", import_module);
    function(d, "reload", reload);
    function(d, "invalidate_caches", invalidate_caches);
}

fn import_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = arg_or_kw(&args, 0, "name");
    let name = match given.view() {
        Some(View::Str(s)) => s.as_str().to_string(),
        Some(_) => {
            let other = given.as_ref().expect("matched Some");
            let tn = vm.type_name(other);
            return Err(vm.err(
                "AttributeError",
                format!("'{tn}' object has no attribute 'startswith'"),
            ));
        }
        None => {
            return Err(
                vm.type_error("import_module() missing 1 required positional argument: 'name'")
            );
        }
    };
    let package = arg_or_kw(&args, 1, "package")
        .cloned()
        .unwrap_or(Value::None);
    let level = name.len() - name.trim_start_matches('.').len();
    if level == 0 {
        return vm.import_module(&name);
    }
    let package = match package.view() {
        View::Str(p) if !p.as_str().is_empty() => p.as_str().to_string(),
        _ => {
            return Err(vm.type_error(format!(
                "the 'package' argument is required to perform a relative import for '{name}'"
            )));
        }
    };
    let globals = vm.new_dict();
    globals.set_str("__package__", Value::str(&package));
    let abs = vm.resolve_relative(&name[level..], level, &globals)?;
    vm.import_module(&abs)
}

/// Runs the module's source again in its existing namespace, as CPython's reload does.
fn reload(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = match arg_or_kw(&args, 0, "module").view() {
        Some(View::Module(m)) => m.clone(),
        _ => return Err(vm.type_error("reload() argument must be a module")),
    };
    if vm.module_get(&m.name).is_none() {
        let name = m.name.clone();
        let err = vm.err("ImportError", format!("module {name} not in sys.modules"));
        return Err(err);
    }
    let file = m
        .dict
        .get_str("__file__", str_hash("__file__"))
        .and_then(|f| f.as_str().map(String::from));
    if let Some(file) = file
        && !file.starts_with('<')
    {
        let src = vm.read_source(std::path::Path::new(&file))?;
        vm.run_source(&src, &file, &m.dict, crate::compile::Mode::Exec)?;
    }
    Ok(Value::Module(m.clone()))
}

fn invalidate_caches(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
