//! Conformance vectors, our own cases (tests/fixtures/validate_extra.json), validate_field ⇔
//! validate agreement, the JSON Schema's shape and a never-panics property test.
//!
//! Extra-case format = validate.json's plus optional `locale`, `now`, `config`, `exactWarnings`
//! (no other warnings allowed), and on an expected issue optional `message` (a substring the
//! message must hold), `start`, `end`.

use crate::prelude::*;

use super::*;
use crate::error::ErrorKind;
use chrono::TimeZone;
use crate::json;

const VECTORS: &str = include_str!("../../tests/fixtures/validate.json");
const EXTRA: &str = include_str!("../../tests/fixtures/validate_extra.json");

/// The SPEC's default taxonomy (the real list comes from the classifier).
fn taxonomy() -> Vec<(String, Vec<String>)> {
    let t: &[(&str, &[&str])] = &[
        ("account", &["login_failed", "registration", "password_reset", "account_security", "profile_change"]),
        ("order", &["order_status", "order_change", "order_cancel", "order_placement"]),
        ("payment", &["payment_failed", "refund", "invoice", "charge_dispute"]),
        ("logistics", &["delivery_delay", "tracking", "package_damaged", "lost_or_wrong_item"]),
        ("product", &["how_to", "hardware_fault", "software_fault", "compatibility", "missing_parts", "quality_defect"]),
        ("after_sales", &["return", "exchange", "warranty_repair", "policy_question"]),
        ("service", &["attitude", "slow_response", "process", "praise"]),
        ("presales", &["product_info", "price_promotion", "stock"]),
        ("external", &["network_outage", "regulation", "force_majeure"]),
        ("other", &["suggestion", "partnership"]),
    ];
    t.iter().map(|(c, s)| (c.to_string(), s.iter().map(|x| x.to_string()).collect())).collect()
}

fn default_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap()
}

fn shanghai() -> Zone {
    Zone::parse("Asia/Shanghai").unwrap()
}

fn validator(config: &Value) -> Validator {
    Validator::from_config(config, taxonomy()).unwrap()
}

/// `process[2]` ~ `process[2].at`: a path matches itself, its parent and its children.
fn path_match(a: &str, b: &str) -> bool {
    let under = |p: &str, c: &str| c.len() > p.len() && c.starts_with(p) && matches!(c.as_bytes()[p.len()], b'.' | b'[');
    a == b || under(a, b) || under(b, a)
}

fn matches(expected: &Value, got: &Issue) -> bool {
    let pair = |e: &Value| {
        e["code"].as_str() == Some(got.code.as_str())
            && e["field"].as_str().is_some_and(|f| path_match(f, &got.field))
    };
    let main = pair(expected)
        && expected.get("message").and_then(Value::as_str).is_none_or(|m| got.message.contains(m))
        && expected.get("start").is_none_or(|s| s.as_u64() == got.start.map(|x| x as u64))
        && expected.get("end").is_none_or(|s| s.as_u64() == got.end.map(|x| x as u64));
    main || expected.get("alt").and_then(Value::as_array).is_some_and(|alts| alts.iter().any(pair))
}

struct Score {
    cases: usize,
    passed: usize,
    failures: Vec<String>,
}

fn locale_of(case: &Value) -> Locale {
    case.get("locale").and_then(Value::as_str).and_then(Locale::parse).unwrap_or_default()
}

fn now_of(case: &Value) -> DateTime<Utc> {
    case.get("now").and_then(Value::as_str).and_then(|s| DateTime::parse_from_rfc3339(s).ok()).map(|t| t.with_timezone(&Utc)).unwrap_or_else(default_now)
}

/// Runs a fixture file with the README's scoring; also checks validate_field agreement.
fn run(file: &str) -> Score {
    let doc: Value = crate::json::parse(file).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    let mut score = Score { cases: cases.len(), passed: 0, failures: Vec::new() };
    for case in cases {
        let id = case["id"].as_str().unwrap_or("?");
        let v = validator(case.get("config").unwrap_or(&Value::Null));
        let stage = case["stage"].as_str();
        let (now, locale, zone) = (now_of(case), locale_of(case), shanghai());
        let r = match v.validate(&case["record"], stage, now, &zone, locale) {
            Ok(r) => r,
            Err(e) => {
                score.failures.push(format!("{id}: error {e}"));
                continue;
            }
        };
        let mut problems = Vec::new();
        if r.valid != case["expectValid"].as_bool().unwrap() {
            problems.push(format!("valid={}", r.valid));
        }
        let exp_err = case["expectErrors"].as_array().unwrap();
        for e in exp_err {
            if !r.errors.iter().any(|g| matches(e, g)) {
                problems.push(format!("missing error {e}"));
            }
        }
        for g in &r.errors {
            if !exp_err.iter().any(|e| matches(e, g)) {
                problems.push(format!("unexpected error {} {:?} {}", g.field, g.code, g.message));
            }
        }
        let exp_warn = case["expectWarnings"].as_array().unwrap();
        for e in exp_warn {
            if !r.warnings.iter().any(|g| matches(e, g)) {
                problems.push(format!("missing warning {e}"));
            }
        }
        if case.get("exactWarnings") == Some(&Value::Bool(true)) {
            for g in r.warnings.iter().filter(|g| !exp_warn.iter().any(|e| matches(e, g))) {
                problems.push(format!("unexpected warning {} {}", g.field, g.message));
            }
        }
        // validate_field must report exactly what validate reports for that field.
        if let Some(rec) = case["record"].as_object() {
            for name in rec.keys().filter(|k| schema::field_index(k).is_some_and(|i| !schema::is_entry(i))) {
                let f = v.validate_field(name, &rec[name], stage, Some(&case["record"]), now, &zone, locale).unwrap();
                let own = |list: &[Issue]| list.iter().filter(|i| path_match(name, &i.field)).cloned().collect::<Vec<_>>();
                if f.errors != own(&r.errors) || f.warnings != own(&r.warnings) {
                    problems.push(format!("validate_field({name}) disagrees"));
                }
            }
        }
        if problems.is_empty() {
            score.passed += 1;
        } else {
            score.failures.push(format!("{id}: {}", problems.join("; ")));
        }
    }
    score
}

#[test]
fn conformance_vectors() {
    let s = run(VECTORS);
    assert!(s.failures.is_empty(), "{} passed, failures:\n{}", s.passed, s.failures.join("\n"));
    assert_eq!((s.passed, s.cases), (36, 36));
}

#[test]
fn extra_cases() {
    let s = run(EXTRA);
    assert!(s.failures.is_empty(), "{} passed, failures:\n{}", s.passed, s.failures.join("\n"));
    assert!(s.passed == s.cases && s.cases >= 80, "{} of {} cases", s.passed, s.cases);
}

fn base() -> Value {
    json!({
        "ticketId": "SR20240502017", "customerId": "C1", "contact": "13800138000", "channel": "app",
        "occurredAt": "2024-05-02 08:00", "receivedAt": "2024-05-02 08:10",
        "description": "扫码支付一直提示失败，请尽快处理"
    })
}

#[test]
fn offsets_are_utf16_and_point_at_the_span() {
    let v = validator(&Value::Null);
    let mut r = base();
    let text = "😀客户说：请打 13912345678 联系";
    r["description"] = json!(text);
    let res = v.validate(&r, Some("registration"), default_now(), &shanghai(), Locale::En).unwrap();
    let e = res.errors.iter().find(|i| i.code == Code::SensitiveData).unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    let (s, en) = (e.start.unwrap(), e.end.unwrap());
    assert_eq!(String::from_utf16(&units[s..en]).unwrap(), "13912345678");
    assert!(e.message.contains("phone number"), "{}", e.message);
}

#[test]
fn gigantic_text_is_a_length_error_not_a_hang() {
    let v = validator(&Value::Null);
    let mut r = base();
    r["solution"] = json!("maybe 可能 普通的文本 ".repeat(50_000) + "13912345678");
    let start = std::time::Instant::now();
    let res = v.validate(&r, None, default_now(), &shanghai(), Locale::En).unwrap();
    assert!(res.errors.iter().any(|i| i.field == "solution" && i.code == Code::Length));
    assert!(res.errors.iter().any(|i| i.code == Code::SensitiveData));
    assert_eq!(res.warnings.len(), 5); // capped per text
    assert!(start.elapsed().as_secs() < 10);
}

#[test]
fn bad_calls_are_input_errors_with_paths() {
    let v = validator(&Value::Null);
    let (now, z) = (default_now(), shanghai());
    let e = v.validate(&json!([1, 2]), None, now, &z, Locale::ZhCn).unwrap_err();
    assert_eq!((e.kind, e.code, e.path.as_str()), (ErrorKind::Input, "invalid_type", ""));
    let e = v.validate(&base(), Some("archived"), now, &z, Locale::ZhCn).unwrap_err();
    assert_eq!((e.code, e.path.as_str()), ("enum", "stage"));
    let e = v.validate_field("colour", &json!("red"), None, None, now, &z, Locale::ZhCn).unwrap_err();
    assert_eq!((e.code, e.path.as_str()), ("enum", "field"));
    let e = v.validate_field("contact", &json!("x"), None, Some(&json!(3)), now, &z, Locale::ZhCn).unwrap_err();
    assert_eq!((e.code, e.path.as_str()), ("invalid_type", "record"));
    assert!(v.record_schema(Some("archived")).is_err());
}

#[test]
fn stage_none_checks_only_what_is_present() {
    let v = validator(&Value::Null);
    let r = v.validate(&json!({ "channel": "fax" }), None, default_now(), &shanghai(), Locale::ZhCn).unwrap();
    assert_eq!(r.errors.len(), 1);
    assert_eq!((r.errors[0].field.as_str(), r.errors[0].code), ("channel", Code::Enum));
    assert!(v.validate(&json!({}), None, default_now(), &shanghai(), Locale::ZhCn).unwrap().valid);
    // The conditional rule follows from a filled-in field, stage or not.
    let r = v.validate(&json!({ "satisfaction": "dissatisfied" }), None, default_now(), &shanghai(), Locale::ZhCn).unwrap();
    assert_eq!((r.errors[0].field.as_str(), r.errors[0].code), ("followUp", Code::Required));
}

#[test]
fn live_field_check_uses_the_record_for_cross_field_rules() {
    let v = validator(&Value::Null);
    let rec = json!({ "category": "payment" });
    let r = v.validate_field("subcategory", &json!("how_to"), Some("processing"), Some(&rec), default_now(), &shanghai(), Locale::ZhCn).unwrap();
    assert_eq!(r.errors[0].code, Code::Inconsistent);
    let r = v.validate_field("subcategory", &json!("refund"), Some("processing"), Some(&rec), default_now(), &shanghai(), Locale::ZhCn).unwrap();
    assert!(r.valid);
    let r = v.validate_field("solution", &json!("好像是缓存问题，清理后恢复"), None, None, default_now(), &shanghai(), Locale::ZhCn).unwrap();
    assert!(r.valid && r.warnings.len() == 1 && r.warnings[0].message.contains("好像"));
}

#[test]
fn issues_serialize_as_rows() {
    let v = validator(&Value::Null);
    let mut r = base();
    r["contact"] = json!("");
    r["rootCause"] = json!("maybe the cache");
    let res = v.validate(&r, Some("registration"), default_now(), &shanghai(), Locale::ZhCn).unwrap();
    // [valid, errors, warnings], each list flat, five fields per issue: field, code, message,
    // start, end (the wrapper names the fields and leaves out a null start and end).
    let j = crate::json::to_value(&res).unwrap();
    assert_eq!(j[0], json!(false));
    let first: Vec<Value> = j[1].as_array().unwrap()[..5].to_vec();
    assert_eq!(Value::Array(first), json!(["contact", "required", "联系方式为必填项", null, null]));
    assert_eq!(j[2][1], json!("vague_wording"));
    assert_eq!((j[2][3].clone(), j[2][4].clone()), (json!(0), json!(5)));
}

#[test]
fn record_schema_is_well_formed_for_every_stage() {
    let v = validator(&Value::Null);
    for (si, (stage, _)) in STAGES.iter().enumerate() {
        let s = v.record_schema(Some(stage)).unwrap();
        assert_eq!(s["$schema"], json!("https://json-schema.org/draft/2020-12/schema"));
        assert_eq!(s["type"], json!("object"));
        let props = s["properties"].as_object().unwrap();
        assert_eq!(props.len(), ENTRY_START);
        let required: Vec<&str> = s["required"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
        for n in v.schema.required(si).into_iter().map(|i| schema::FIELDS[i].name) {
            // subcategory is required through allOf (the catch-all category may have none).
            assert!(required.contains(&n) || n == "subcategory", "{stage}: {n}");
            assert!(props.contains_key(n));
        }
        for r in &required {
            assert!(!props[*r].to_string().contains("[null,\"\"]"), "required {r} must not accept null");
        }
        assert_eq!(s["$defs"]["stages"][*stage]["required"].as_array().unwrap().len(), v.schema.required(si).len());
        // Every $ref resolves inside the document.
        let text = s.to_string();
        for target in ["#/$defs/time", "#/$defs/processEntry"] {
            assert!(text.contains(target));
            let key = target.rsplit('/').next().unwrap();
            assert!(s["$defs"][key].is_object());
        }
        assert!(s["allOf"].as_array().unwrap().len() >= 11);
    }
    let none = v.record_schema(None).unwrap();
    assert_eq!(none["required"], json!([]));
    assert_eq!(none["properties"]["channel"]["anyOf"][0]["enum"].as_array().unwrap().len(), 7);
    assert_eq!(none["properties"]["priority"]["anyOf"][0]["enum"], json!(["P1", "P2", "P3", "P4"]));
    assert_eq!(none["properties"]["description"]["anyOf"][0]["maxLength"], json!(2000));
    // Configured enums and lengths flow into the schema.
    let c = validator(&json!({ "schema": { "enums": { "channel": { "add": ["wechat"] } }, "lengths": { "description": [10, 500] } } }));
    let s = c.record_schema(Some("registration")).unwrap();
    assert!(s["properties"]["channel"]["enum"].as_array().unwrap().contains(&json!("wechat")));
    assert_eq!(s["properties"]["description"]["minLength"], json!(10));
}

#[test]
fn default_schema_is_the_config_shape() {
    let d = Validator::default_schema();
    assert_eq!(d["required"]["registration"].as_array().unwrap().len(), 7);
    assert_eq!(d["lengths"]["description"], json!([5, 2000]));
    assert!(Validator::from_config(&json!({ "schema": d }), taxonomy()).is_ok());
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            ".{0,40}".prop_map(Value::from),
            "[0-9０-９+ ()-]{0,24}".prop_map(Value::from),
            "(SR)?20[0-9]{6,12}".prop_map(Value::from),
            "[😀王a-z@. *]{0,12}".prop_map(Value::from),
            "20[0-9]{2}-[01][0-9]-[0-3][0-9][ T][0-2][0-9]:[0-5][0-9]".prop_map(Value::from),
            "(maybe|可能|大概|I think|1391234567[0-9]|11010519491231002X| |😀){0,6}".prop_map(Value::from),
        ]
    }

    fn value() -> impl Strategy<Value = Value> {
        leaf().prop_recursive(3, 24, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                prop::collection::btree_map(prop_oneof![Just("at".to_string()), Just("actor".to_string()), Just("action".to_string()), Just("result".to_string()), "[a-z]{1,3}"], inner, 0..5)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn record() -> impl Strategy<Value = Value> {
        let names: Vec<&'static str> = schema::FIELDS[..ENTRY_START].iter().map(|d| d.name).collect();
        prop::collection::vec((prop::sample::select(names), value()), 0..20)
            .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn never_panics(rec in prop_oneof![4 => record(), 1 => value()], stage in prop::sample::select(vec![None, Some("registration"), Some("processing"), Some("resolved"), Some("closed"), Some("bogus")])) {
            let v = validator(&Value::Null);
            for locale in [Locale::ZhCn, Locale::En] {
                match v.validate(&rec, stage, default_now(), &shanghai(), locale) {
                    Ok(r) => {
                        prop_assert_eq!(r.valid, r.errors.is_empty());
                        for i in r.errors.iter().chain(&r.warnings) {
                            prop_assert!(!i.field.is_empty() && !i.message.is_empty());
                            if let (Some(s), Some(e)) = (i.start, i.end) { prop_assert!(s < e); }
                        }
                    }
                    Err(e) => prop_assert!(e.code == "invalid_type" || e.path == "stage"),
                }
            }
            if let Some(m) = rec.as_object() {
                for (k, val) in m {
                    let _ = v.validate_field(k, val, stage, Some(&rec), default_now(), &shanghai(), Locale::En);
                }
            }
        }
    }
}
