//! The one error type of the core. It is plain data (no JS types) so the core stays usable
//! and testable on the host; `wasm.rs` turns it into a thrown `InputError`/`ConfigError`.

use crate::prelude::*;

use crate::json::{Obj, ToJson};
use core::fmt;

/// Which JS error class the wrapper throws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Bad arguments to a call (a ticket, a record, a text, a date).
    Input,
    /// Bad configuration given to `new TicketGuard(config)`.
    Config,
}

/// An error with a machine-readable `code`, the JSON path of the offending value and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub code: &'static str,
    pub path: String,
    pub message: String,
}

impl Error {
    pub fn input(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Input, code, path: path.into(), message: message.into() }
    }
    pub fn config(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Config, code, path: path.into(), message: message.into() }
    }
}

impl Error {
    /// The same error at another path: lets hot code build paths only once something failed
    /// (formatting a path per item costs far more in wasm than the check itself).
    pub fn at(self, path: String) -> Error {
        Error { path, ..self }
    }
}

/// `{kind, code, path, message}`, the shape the wrapper rethrows as `InputError`/`ConfigError`.
impl ToJson for Error {
    fn write_json(&self, out: &mut String) {
        let kind = match self.kind {
            ErrorKind::Input => "InputError",
            ErrorKind::Config => "ConfigError",
        };
        Obj::new(out).field(key!("kind"), &kind).field(key!("code"), &self.code).field(key!("path"), &self.path).field(key!("message"), &self.message).end();
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}: {}", self.code, if self.path.is_empty() { "$" } else { &self.path }, self.message)
    }
}

impl core::error::Error for Error {}

pub type Result<T> = core::result::Result<T, Error>;

/// `f` over every entry, stopping at the first error (a plain loop: smaller in the .wasm than
/// collecting an iterator into `Result<Vec<_>>`).
pub fn map_all<V, T>(a: &[V], mut f: impl FnMut(usize, &V) -> Result<T>) -> Result<Vec<T>> {
    let mut out = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        out.push(f(i, v)?);
    }
    Ok(out)
}

/// Joins a JSON path: `join("timeline", 2)` → `timeline[2]`, `join("a", "b")` → `a.b`.
pub fn join(base: &str, key: impl PathPart) -> String {
    key.append_to(base)
}

pub trait PathPart {
    fn append_to(self, base: &str) -> String;
}
impl PathPart for usize {
    fn append_to(self, base: &str) -> String {
        cat!(base, "[", self, "]")
    }
}
impl PathPart for &str {
    fn append_to(self, base: &str) -> String {
        if base.is_empty() { self.to_string() } else { cat!(base, ".", self) }
    }
}
