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
    json::parse(text).map_err(|e| {
        let msg = cat!("cannot read ", if path.is_empty() { "argument" } else { path }, ": ", e.message);
        throw(if config { Error::config(e.code, path, msg) } else { Error::input(e.code, path, msg) })
    })
}

/// Batches arrive as UTF-8 bytes the wrapper encoded with `TextEncoder`: for a string the
/// generated glue copies the ASCII part one char at a time in JavaScript, which was a sixth of
/// a 100,000-ticket review.
fn parse_utf8(bytes: &[u8], path: &str) -> Result<Value, JsValue> {
    let text = core::str::from_utf8(bytes).map_err(|_| throw(Error::input("invalid_utf8", path, cat!(path, " is not UTF-8"))))?;
    parse(text, path, false)
}

#[inline(never)]
fn out<T: ToJson>(r: crate::error::Result<T>) -> Result<String, JsValue> {
    r.map(|v| json::to_string(&v)).map_err(throw)
}

/// One configured instance; the wrapper's `TicketGuard` holds it.
#[wasm_bindgen]
pub struct WasmGuard {
    inner: Guard,
}

#[wasm_bindgen]
impl WasmGuard {
    #[wasm_bindgen(constructor)]
    pub fn new(config: &str) -> Result<WasmGuard, JsValue> {
        let cfg = parse(config, "", true)?;
        Guard::new(&cfg).map(|inner| WasmGuard { inner }).map_err(throw)
    }

    /// Only the findings cross back: the wrapper rebuilds the masked text from the caller's own
    /// string (exact even for lone surrogates), so sending the text too would be wasted work.
    pub fn mask(&self, text: &str, options: &str) -> Result<String, JsValue> {
        let opts = parse(options, "options", false)?;
        out(self.inner.mask(text, &opts))
    }

    pub fn classify(&self, text: &str) -> Result<String, JsValue> {
        out(self.inner.classify(text))
    }

    pub fn priority(&self, ticket: &str) -> Result<String, JsValue> {
        out(self.inner.priority(&parse(ticket, "ticket", false)?))
    }

    pub fn validate(&self, record: &str, options: &str, now: &str) -> Result<String, JsValue> {
        let (r, o, n) = (parse(record, "record", false)?, parse(options, "options", false)?, parse(now, "now", false)?);
        out(self.inner.validate(&r, &o, &n))
    }

    #[wasm_bindgen(js_name = validateField)]
    pub fn validate_field(&self, name: &str, value: &str, options: &str, now: &str) -> Result<String, JsValue> {
        let (v, o, n) = (parse(value, "value", false)?, parse(options, "options", false)?, parse(now, "now", false)?);
        out(self.inner.validate_field(name, &v, &o, &n))
    }

    #[wasm_bindgen(js_name = recordSchema)]
    pub fn record_schema(&self, stage: &str) -> Result<String, JsValue> {
        out(self.inner.record_schema(&parse(stage, "stage", false)?))
    }

    pub fn analyze(&self, ticket: &str, now: &str) -> Result<String, JsValue> {
        let (t, n) = (parse(ticket, "ticket", false)?, parse(now, "now", false)?);
        out(self.inner.analyze(&t, &n))
    }

    #[wasm_bindgen(js_name = analyzeBatch)]
    pub fn analyze_batch(&self, tickets: &[u8], now: &str) -> Result<String, JsValue> {
        let (t, n) = (parse_utf8(tickets, "tickets")?, parse(now, "now", false)?);
        out(self.inner.analyze_batch(&t, &n))
    }

    pub fn review(&self, tickets: &[u8], options: &str, now: &str) -> Result<String, JsValue> {
        let (t, o, n) = (parse_utf8(tickets, "tickets")?, parse(options, "options", false)?, parse(now, "now", false)?);
        out(self.inner.review(&t, &o, &n))
    }

    #[wasm_bindgen(js_name = suggestReply)]
    pub fn suggest_reply(&self, ticket: &str, options: &str, now: &str) -> Result<String, JsValue> {
        let (t, o, n) = (parse(ticket, "ticket", false)?, parse(options, "options", false)?, parse(now, "now", false)?);
        out(self.inner.suggest_reply(&t, &o, &n))
    }

    pub fn defaults() -> String {
        json::to_string(&Guard::defaults())
    }

    pub fn train(examples: &str, options: &str) -> Result<String, JsValue> {
        let (e, o) = (parse(examples, "examples", false)?, parse(options, "options", false)?);
        out(Guard::train(&e, &o))
    }

    pub fn sla(&self, ticket: &str, now: &str, options: &str) -> Result<String, JsValue> {
        let (t, n, o) = (parse(ticket, "ticket", false)?, parse(now, "now", false)?, parse(options, "options", false)?);
        out(self.inner.sla(&t, &n, &o))
    }

    #[wasm_bindgen(js_name = addBusinessMinutes)]
    pub fn add_business_minutes(&self, start: &str, minutes: f64) -> Result<String, JsValue> {
        let start = parse(start, "start", false)?;
        let minutes = Value::from(minutes);
        out(self.inner.add_business_minutes(&start, &minutes))
    }

    #[wasm_bindgen(js_name = businessMinutesBetween)]
    pub fn business_minutes_between(&self, a: &str, b: &str) -> Result<String, JsValue> {
        let (a, b) = (parse(a, "a", false)?, parse(b, "b", false)?);
        out(self.inner.business_minutes_between(&a, &b))
    }

    #[wasm_bindgen(js_name = maskRecord)]
    pub fn mask_record(&self, record: &str) -> Result<String, JsValue> {
        let rec = parse(record, "record", false)?;
        out(self.inner.mask_record(&rec))
    }
}

/// The crate version, kept in lockstep with the npm package.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
