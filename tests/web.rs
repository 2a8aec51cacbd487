//! The wasm build itself, through its exported boundary: run by wasm-bindgen-test in Node and
//! (with WASM_BINDGEN_USE_BROWSER=1) in headless Chromium.
#![cfg(target_arch = "wasm32")]

use ticket_guard::json::{self, Value};
use ticket_guard::wasm::{WasmGuard, version};
use wasm_bindgen_test::*;

fn guard(config: &str) -> WasmGuard {
    WasmGuard::new(config).unwrap_or_else(|e| panic!("config rejected: {:?}", e.as_string()))
}

fn error(e: wasm_bindgen::JsValue) -> Value {
    json::parse(&e.as_string().expect("errors cross as JSON strings")).expect("error JSON")
}

#[wasm_bindgen_test]
fn masks_phone_and_id_in_wasm() {
    let g = guard("{}");
    let r: Value = json::parse(&g.mask("电话13812345678，身份证11010519491231002X", "null").unwrap()).unwrap();
    let f = r.as_array().unwrap();
    // One flat list, five fields per finding: kind, start, end, replacement, field.
    assert_eq!(f.len(), 10);
    assert_eq!((f[0].as_str(), f[1].as_u64(), f[2].as_u64()), (Some("phone"), Some(2), Some(13)));
    assert_eq!(f[3], "*******5678");
    assert_eq!(f[5], "id_card");
    assert_eq!(f[8], "[身份证号]");
}

#[wasm_bindgen_test]
fn utf16_offsets_after_emoji() {
    let g = guard(r#"{"locale":"en"}"#);
    let r: Value = json::parse(&g.mask("😀 call 13812345678", "null").unwrap()).unwrap();
    assert_eq!(r[1], 8.0);
    assert_eq!(r[2], 19.0);
}

#[wasm_bindgen_test]
fn errors_are_reported_and_instance_survives() {
    let g = guard("{}");
    let e = error(g.mask("x", r#"{"kinds":["nope"]}"#).unwrap_err());
    assert_eq!(e["kind"], "InputError");
    assert_eq!(e["code"], "enum");
    assert_eq!(e["path"], "options.kinds[0]");
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    let e = error(g.call("maskRecord", &deep, "", "", "").unwrap_err());
    assert_eq!(e["code"], "too_deep");
    assert!(g.mask("13812345678", "null").is_ok());
    let e = error(WasmGuard::new(r#"{"locale":"fr"}"#).err().expect("bad locale"));
    assert_eq!((e["kind"].as_str(), e["path"].as_str()), (Some("ConfigError"), Some("locale")));
}

#[wasm_bindgen_test]
fn version_matches_crate() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn sla_over_dst_night_in_wasm() {
    // A 22:00–06:00 Saturday shift in New York is 7 h on the spring-forward night.
    let g = guard(r#"{"calendar":{"timezone":"America/New_York","weekly":{"sat":[["22:00","06:00"]]}}}"#);
    let between = g.call("businessMinutesBetween", "\"2024-03-09 21:00\"", "\"2024-03-10 12:00\"", "", "").unwrap();
    assert_eq!(between, "420");
    let ticket = r#"{"priority":"P2","timeline":[{"at":"2024-03-09T23:00:00-05:00","kind":"received"}]}"#;
    let r: Value = json::parse(&g.call("sla", ticket, "\"2024-03-10T03:30:00-04:00\"", "null", "").unwrap()).unwrap();
    // [priority, targets, atRisk, breached]; the targets one flat list, seven fields each
    // (kind, due, …).
    let fr = r[1].as_array().unwrap().chunks(7).find(|t| t[0] == "first_response").unwrap();
    assert_eq!(fr[1], "2024-03-10T08:00:00Z");
}

#[wasm_bindgen_test]
fn classify_priority_validate_analyze_in_wasm() {
    let g = guard(r#"{"locale":"en"}"#);
    let c: Value = json::parse(&g.call("classify", "app一直闪退，根本用不了", "", "", "").unwrap()).unwrap();
    assert_eq!((c[0].as_str(), c[1].as_str()), (Some("product"), Some("software_fault")));
    let p: Value = json::parse(&g.call("priority", r#"{"text":"I will report you to the consumer protection agency"}"#, "", "", "").unwrap()).unwrap();
    assert_eq!(p[0], "P1");
    let v: Value = json::parse(
        &g.call("validate", r#"{"ticketId":"SR20230229007","description":"call 13912345678"}"#, "null", "\"2026-01-01 00:00\"", "").unwrap(),
    )
    .unwrap();
    // Errors one flat list, five fields each: field, code, message, start, end.
    let codes: Vec<_> = v[1].as_array().unwrap().chunks(5).map(|i| i[1].as_str().unwrap_or("")).collect();
    assert!(codes.contains(&"format") && codes.contains(&"sensitive_data"), "{codes:?}");
    let batch: Value = json::parse(&g.call("analyzeBatch", r#"[{"text":"hi"},42]"#, "\"2024-01-01 10:00\"", "", "").unwrap()).unwrap();
    assert_eq!(batch[1]["error"]["kind"], "InputError");
    assert_eq!(batch[0][2], Value::Null);
    // The review's records cross as bytes: bytes that are not UTF-8 are an InputError, and the
    // guard goes on.
    let err = g.review(b"[\"\xff\"]", "{}", "null").err().and_then(|e| e.as_string()).unwrap_or_default();
    assert!(err.contains("invalid_utf8") && err.contains("tickets"), "{err}");
    assert!(g.review(b"[]", "{}", "\"2024-01-01 10:00\"").is_ok());
    // An operation the module does not have is an InputError too.
    assert_eq!(error(g.call("nope", "", "", "", "").unwrap_err())["code"], "unknown_operation");
}
