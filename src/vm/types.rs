//! The built-in type objects and the exception hierarchy.

use super::Vm;
use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::object::Obj;
use crate::runtime::type_version::TypeVersion;
use std::cell::RefCell;

pub struct Types {
    pub object: Obj<Class>,
    pub type_: Obj<Class>,
    pub none: Obj<Class>,
    pub notimplemented: Obj<Class>,
    pub ellipsis: Obj<Class>,
    pub int: Obj<Class>,
    pub bool_: Obj<Class>,
    pub float: Obj<Class>,
    pub str_: Obj<Class>,
    pub bytes: Obj<Class>,
    pub bytearray: Obj<Class>,
    pub memoryview: Obj<Class>,
    pub list: Obj<Class>,
    pub tuple: Obj<Class>,
    pub dict: Obj<Class>,
    pub set: Obj<Class>,
    pub frozenset: Obj<Class>,
    pub range: Obj<Class>,
    pub slice: Obj<Class>,
    pub function: Obj<Class>,
    pub builtin_function: Obj<Class>,
    pub method: Obj<Class>,
    pub module: Obj<Class>,
    pub generator: Obj<Class>,
    pub coroutine: Obj<Class>,
    pub async_generator: Obj<Class>,
    pub coroutine_wrapper: Obj<Class>,
    pub async_generator_asend: Obj<Class>,
    pub async_generator_athrow: Obj<Class>,
    pub cell: Obj<Class>,
    pub code: Obj<Class>,
    pub property: Obj<Class>,
    pub staticmethod: Obj<Class>,
    pub classmethod: Obj<Class>,
    pub super_: Obj<Class>,
    pub iterator: Obj<Class>,
    pub enumerate: Obj<Class>,
    pub zip: Obj<Class>,
    pub map: Obj<Class>,
    pub filter: Obj<Class>,
    pub reversed: Obj<Class>,
    pub dict_keys: Obj<Class>,
    pub dict_values: Obj<Class>,
    pub dict_items: Obj<Class>,
    pub random: Obj<Class>,
    pub deque: Obj<Class>,
    pub sre_program: Obj<Class>,
    /// `itertools.accumulate` (the iterator type and its constructor).
    pub accumulate: Obj<Class>,
    pub text_stream: Obj<Class>,
    pub base_exception: Obj<Class>,
    pub exception: Obj<Class>,
    /// `BaseExceptionGroup` and `ExceptionGroup`, asked for on every group operation.
    pub base_exception_group: Obj<Class>,
    pub exception_group: Obj<Class>,
    /// Every built-in exception class by name, in definition order.
    pub exceptions: Vec<(&'static str, Obj<Class>)>,
}

pub fn new_class(name: &str, bases: Vec<Obj<Class>>, layout: Layout, builtin: bool) -> Obj<Class> {
    let mro = crate::runtime::class::c3_mro(&bases).unwrap_or_default();
    let version = TypeVersion::new(bases.iter().map(|b| &b.version));
    Obj::new(Class {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        module: RefCell::new("builtins".to_string()),
        bases: RefCell::new(bases),
        mro: RefCell::new(mro),
        root_shape: crate::runtime::class::Shape::root(version.clone()),
        dict: {
            let d = Obj::new(PyDict::new());
            d.watch(&version);
            d
        },
        layout,
        slots: None,
        any_slots: false,
        has_dict: !builtin || layout == Layout::Exception,
        builtin,
        version,
        attr_cache: RefCell::new(Default::default()),
        meta: RefCell::new(None),
        del_cache: std::cell::Cell::new((0, false)),
    })
}

/// (name, base name) in an order where every base comes before its subclasses.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
];

impl Types {
    pub fn new() -> Types {
        let object = new_class("object", vec![], Layout::Object, true);
        let o = || vec![object.clone()];
        let t = |name: &str, layout: Layout| new_class(name, vec![object.clone()], layout, true);
        let int = t("int", Layout::Int);
        let bool_ = new_class("bool", vec![int.clone()], Layout::Bool, true);
        let base_exception = new_class("BaseException", o(), Layout::Exception, true);
        let exception = new_class(
            "Exception",
            vec![base_exception.clone()],
            Layout::Exception,
            true,
        );
        let mut exceptions: Vec<(&'static str, Obj<Class>)> = vec![
            ("BaseException", base_exception.clone()),
            ("Exception", exception.clone()),
        ];
        for (name, base) in EXCEPTIONS {
            let base_class = exceptions
                .iter()
                .find(|(n, _)| n == base)
                .map(|(_, c)| c.clone())
                .unwrap_or_else(|| exception.clone());
            exceptions.push((
                name,
                new_class(name, vec![base_class], Layout::Exception, true),
            ));
        }
        // The two group classes: ExceptionGroup has two bases, which the table cannot say.
        let base_group = new_class(
            "BaseExceptionGroup",
            vec![base_exception.clone()],
            Layout::Exception,
            true,
        );
        let group = new_class(
            "ExceptionGroup",
            vec![base_group.clone(), exception.clone()],
            Layout::Exception,
            true,
        );
        exceptions.push(("BaseExceptionGroup", base_group.clone()));
        exceptions.push(("ExceptionGroup", group.clone()));
        Types {
            type_: t("type", Layout::Opaque),
            none: t("NoneType", Layout::Opaque),
            notimplemented: t("NotImplementedType", Layout::Opaque),
            ellipsis: t("ellipsis", Layout::Opaque),
            float: t("float", Layout::Float),
            str_: t("str", Layout::Str),
            bytes: t("bytes", Layout::Bytes),
            bytearray: t("bytearray", Layout::ByteArray),
            memoryview: t("memoryview", Layout::Opaque),
            list: t("list", Layout::List),
            tuple: t("tuple", Layout::Tuple),
            dict: t("dict", Layout::Dict),
            set: t("set", Layout::Set),
            frozenset: t("frozenset", Layout::FrozenSet),
            range: t("range", Layout::Opaque),
            slice: t("slice", Layout::Opaque),
            function: t("function", Layout::Opaque),
            builtin_function: t("builtin_function_or_method", Layout::Opaque),
            method: t("method", Layout::Opaque),
            module: t("module", Layout::Opaque),
            generator: t("generator", Layout::Opaque),
            coroutine: t("coroutine", Layout::Opaque),
            async_generator: t("async_generator", Layout::Opaque),
            coroutine_wrapper: t("coroutine_wrapper", Layout::Opaque),
            async_generator_asend: t("async_generator_asend", Layout::Opaque),
            async_generator_athrow: t("async_generator_athrow", Layout::Opaque),
            cell: t("cell", Layout::Opaque),
            code: t("code", Layout::Opaque),
            property: t("property", Layout::Opaque),
            staticmethod: t("staticmethod", Layout::Opaque),
            classmethod: t("classmethod", Layout::Opaque),
            super_: t("super", Layout::Opaque),
            iterator: t("iterator", Layout::Opaque),
            enumerate: t("enumerate", Layout::Opaque),
            zip: t("zip", Layout::Opaque),
            map: t("map", Layout::Opaque),
            filter: t("filter", Layout::Opaque),
            reversed: t("reversed", Layout::Opaque),
            dict_keys: t("dict_keys", Layout::Opaque),
            dict_values: t("dict_values", Layout::Opaque),
            dict_items: t("dict_items", Layout::Opaque),
            random: t("Random", Layout::Opaque),
            deque: {
                let c = t("deque", Layout::Deque);
                *c.module.borrow_mut() = "collections".to_string();
                c
            },
            sre_program: t("SRE_Program", Layout::Opaque),
            accumulate: {
                let c = t("accumulate", Layout::Opaque);
                *c.module.borrow_mut() = "itertools".to_string();
                c
            },
            text_stream: t("TextIOWrapper", Layout::Opaque),
            int,
            bool_,
            base_exception,
            exception,
            base_exception_group: base_group,
            exception_group: group,
            exceptions,
            object,
        }
    }

    pub fn exc(&self, name: &str) -> Obj<Class> {
        self.exceptions
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| self.exception.clone())
    }
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

/// Fills the dicts of the built-in types with their methods.
pub fn install_type_methods(vm: &mut Vm) {
    super::builtins::install_type_methods(vm);
}
