//! The object model: values, built-in object layouts, and memory reclamation.

pub mod bytearray;
pub mod class;
pub mod deque;
pub mod dict;
pub mod fallible;
pub mod format;
pub mod function;
pub mod gc;
pub mod memoryview;
pub mod mt19937;
pub mod native;
pub mod object;
pub mod set;
pub mod str;
pub mod strops;
pub mod type_version;
pub mod value;
