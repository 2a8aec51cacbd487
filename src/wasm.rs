//! The JavaScript boundary, and the only file that knows about wasm-bindgen.
//!
//! Values cross as JSON strings: the wrapper `JSON.stringify`s arguments (so Dates become ISO
//! strings, and throwing getters, BigInts and cycles fail on the JS side as `InputError`s) and
//! `JSON.parse`s results. The parser's depth limit turns 10,000-deep nesting into an error
//! instead of a stack overflow, and parsed objects never touch a prototype. Errors cross as a
//! JSON string thrown from here, which the wrapper rethrows as `InputError`/`ConfigError`.

use crate::prelude::*;

use crate::error::Error;
use crate::guard::Guard;
use crate::json::{self, ToJson, Value};
use wasm_bindgen::prelude::*;

// The three boundary helpers are kept out of line: every export would otherwise carry its own copy.
#[inline(never)]
fn throw(e: Error) -> JsValue {
    JsValue::from_str(&json::to_string(&e))
}

#[inline(never)]
fn parse(text: &str, path: &str, config: bool) -> Result<Value, JsValue> {
    json::parse(text).map_err(|e| throw(e.at(path, config)))
}

/// Generic only in its match: the writing is one out-of-line body for every result type.
fn out<T: ToJson>(r: crate::error::Result<T>) -> Result<String, JsValue> {
    match r {
        Ok(v) => Ok(write(&v)),
        Err(e) => Err(throw(e)),
    }
}

#[inline(never)]
fn write(v: &dyn ToJson) -> String {
    json::to_string(v)
}

/// One configured instance; the wrapper's `TicketGuard` holds it.
#[wasm_bindgen]
pub struct WasmGuard {
    inner: Guard,
}

/// Operations go through `call` (string arguments, named by `op`), `review` (a UTF-8 array
/// first) and `mask`: each export's generated shim cost ~0.7 KB, and this way the module has
/// five instead of eighteen. The wrapper passes unused arguments as empty strings.
#[wasm_bindgen]
impl WasmGuard {
    #[wasm_bindgen(constructor)]
    pub fn new(config: &str) -> Result<WasmGuard, JsValue> {
        let cfg = parse(config, "", true)?;
        Guard::new(&cfg).map(|inner| WasmGuard { inner }).map_err(throw)
    }

    /// The hot path keeps its own export, with no unused arguments to pass. Only the findings
    /// cross back: the wrapper rebuilds the masked text from the caller's own string (exact
    /// even for lone surrogates), so sending the text too would be wasted work.
    pub fn mask(&self, text: &str, options: &str) -> Result<String, JsValue> {
        out(self.inner.mask(text, &parse(options, "options", false)?))
    }

    /// `classify` and `validateField`'s name take the text itself; every other argument is JSON.
    pub fn call(&self, op: &str, a: &str, b: &str, c: &str, d: &str) -> Result<String, JsValue> {
        let g = &self.inner;
        let arg = |text: &str, path: &str| parse(text, path, false);
        match op {
            "classify" => out(g.classify(a)),
            "categories" => Ok(write(&g.category_ids())),
            "priority" => out(g.priority(&arg(a, "ticket")?)),
            "validate" => out(g.validate(&arg(a, "record")?, &arg(b, "options")?, &arg(c, "now")?)),
            "validateField" => out(g.validate_field(a, &arg(b, "value")?, &arg(c, "options")?, &arg(d, "now")?)),
            "recordSchema" => out(g.record_schema(&arg(a, "stage")?)),
            "analyze" => out(g.analyze(&arg(a, "ticket")?, &arg(b, "now")?)),
            "analyzeBatch" => g.analyze_batch(a, &arg(b, "now")?).map_err(throw),
            "suggestReply" => out(g.suggest_reply(&arg(a, "ticket")?, &arg(b, "options")?, &arg(c, "now")?)),
            "sla" => out(g.sla(&arg(a, "ticket")?, &arg(b, "now")?, &arg(c, "options")?)),
            "addBusinessMinutes" => out(g.add_business_minutes(&arg(a, "start")?, &arg(b, "minutes")?)),
            "businessMinutesBetween" => out(g.business_minutes_between(&arg(a, "a")?, &arg(b, "b")?)),
            "maskRecord" => out(g.mask_record(&arg(a, "record")?)),
            _ => Err(unknown(op)),
        }
    }

    /// The review's records arrive as UTF-8 bytes the wrapper encoded with `TextEncoder`: they
    /// are mostly ASCII, which the generated glue would copy one char at a time in JavaScript
    /// (a sixth of a 100,000-ticket review). `analyzeBatch` goes through `call`: its tickets'
    /// text is mostly CJK, so the glue's loop stops at the first char and its native
    /// `encodeInto` does the rest, with no copy and no UTF-8 check here (0.93–0.98× the time).
    pub fn review(&self, tickets: &[u8], options: &str, now: &str) -> Result<String, JsValue> {
        let text = core::str::from_utf8(tickets)
            .map_err(|_| throw(Error::input("invalid_utf8", "tickets", "tickets is not UTF-8")))?;
        out(self.inner.review(text, &parse(options, "options", false)?, &parse(now, "now", false)?))
    }

    pub fn defaults() -> String {
        json::to_string(&Guard::defaults())
    }

    pub fn train(examples: &str, options: &str) -> Result<String, JsValue> {
        let (e, o) = (parse(examples, "examples", false)?, parse(options, "options", false)?);
        out(Guard::train(&e, &o))
    }
}

#[cold]
fn unknown(op: &str) -> JsValue {
    throw(Error::input("unknown_operation", "", cat!("no operation ", op)))
}

/// The crate version, kept in lockstep with the npm package.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
