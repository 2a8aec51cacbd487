//! `Guard`: one configured instance of every capability, the core behind the JS
//! `TicketGuard`. It takes and returns plain JSON values so it can be driven from Rust tests
//! exactly as from JavaScript.

use crate::prelude::*;

use crate::classify::{self, Classification, Classifier, PriorityResult};
use crate::error::{Error, Result, join};
use crate::locale::Locale;
use crate::level::Level;
use crate::mask::{self, Finding, MaskOptions};
use crate::sla::{Event, SlaEngine, SlaResult};
use crate::review::reply::{self, Replies, Reply};
use crate::review::{self as rev, Review};
use crate::time::{self, Zone};
use crate::validate::{ValidationResult, Validator};
use chrono::{DateTime, Utc};
use crate::json::{Obj, ToJson, write_row};
use crate::json::{self, Map, Value};
use crate::text::Once;
use alloc::sync::Arc;

/// Bounds on work per call so that hostile input is refused instead of freezing a page.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Longest text accepted by any call, in chars.
    pub max_text: usize,
    /// Most tickets in one batch call.
    pub max_batch: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_text: 2_000_000, max_batch: 100_000 }
    }
}

impl Limits {
    fn from_config(config: &Value) -> Result<Limits> {
        let mut l = Limits::default();
        let Some(obj) = config.get("limits").filter(|v| !v.is_null()) else { return Ok(l) };
        let obj = obj.as_object().ok_or_else(|| Error::config("invalid_type", "limits", "limits must be an object"))?;
        for (key, slot) in [("maxTextLength", &mut l.max_text), ("maxBatch", &mut l.max_batch)] {
            if let Some(v) = obj.get(key) {
                *slot = v
                    .as_u64()
                    .filter(|n| *n > 0 && *n <= 1 << 40)
                    .ok_or_else(|| Error::config("invalid_value", join("limits", key), cat!(key, " must be a positive integer")))?
                    as usize;
            }
        }
        Ok(l)
    }

    pub fn check_text(&self, text: &str, path: &str) -> Result<()> {
        // Cheap upper bound first: a char is at least one byte.
        if text.len() > self.max_text && crate::text::char_len(text) > self.max_text {
            return Err(Error::input(
                "too_large",
                path,
                cat!("text is longer than limits.maxTextLength (", self.max_text, " chars)"),
            ));
        }
        Ok(())
    }
}

/// Record fields that hold free text (masked by `maskRecord`, checked for personal data).
pub const FREE_TEXT_FIELDS: &[&str] =
    &["scenario", "description", "rootCause", "solution", "feedback", "followUp", "remarks", "note", "text", "subject", "title"];
/// Free-text fields of each process-log entry.
pub const PROCESS_TEXT_FIELDS: &[&str] = &["action", "result", "note"];

#[derive(Clone)]
pub struct Guard {
    pub locale: Locale,
    pub limits: Limits,
    mask: MaskOptions,
    classifier: Arc<Classifier>,
    sla: SlaEngine,
    validator: Validator,
    replies: Replies,
}

/// Everything ticket-guard says about one ticket (`analyze`).
#[derive(Debug, Clone)]
pub struct Analysis {
    pub classification: Classification,
    pub priority: PriorityResult,
    /// `null` when the ticket has no timeline and no `receivedAt`.
    pub sla: Option<SlaResult>,
    /// The findings in the ticket's main text (`text`, else `description`), written as
    /// `masked`: the JS wrapper rebuilds the masked text from the caller's own string, as for
    /// `mask` (exact even for lone surrogates, and the text does not cross back).
    pub masked: Vec<Finding>,
    /// Present when the ticket carries service-record fields (ticketId, customerId, contact …).
    pub validation: Option<ValidationResult>,
}

/// Fields whose presence makes a ticket a service record worth validating in `analyze`.
const RECORD_FIELDS: &[&str] = &["ticketId", "customerId", "contact", "channel", "occurredAt"];

#[derive(Debug, Clone)]
pub struct MaskedRecord {
    pub record: Value,
    pub findings: Vec<Finding>,
}

impl Guard {
    pub fn new(config: &Value) -> Result<Guard> {
        let config = match config {
            Value::Null => &Value::Object(Map::new()),
            Value::Object(_) => config,
            _ => return Err(Error::config("invalid_type", "", "config must be an object")),
        };
        let locale = Locale::from_config(config)?;
        let mask = MaskOptions::new(locale).with_json(config.get("mask").unwrap_or(&Value::Null), "mask", true)?;
        let classifier = classifier_for(config)?;
        let validator = Validator::from_config(config, classifier.taxonomy_ids())?;
        Ok(Guard {
            locale,
            limits: Limits::from_config(config)?,
            mask,
            classifier,
            sla: SlaEngine::from_config(config)?,
            validator,
            replies: Replies::from_config(config)?,
        })
    }

    /// Reads a time argument in the calendar's zone (form-style times are wall-clock there).
    pub fn time(&self, v: &Value, path: &str) -> Result<DateTime<Utc>> {
        time::parse_value(v, self.sla.zone(), path).map(|p| p.at)
    }

    /// The category ids a classification's matches index.
    pub fn category_ids(&self) -> Vec<&str> {
        self.classifier.category_ids()
    }

    pub fn classify(&self, text: &str) -> Result<Classification> {
        self.limits.check_text(text, "text")?;
        Ok(self.classifier.classify(text, self.locale))
    }

    pub fn priority(&self, ticket: &Value) -> Result<PriorityResult> {
        self.check_ticket_text(ticket)?;
        self.classifier.priority(ticket, self.locale)
    }

    /// Text fields of a ticket are bounded like any text argument.
    fn check_ticket_text(&self, ticket: &Value) -> Result<()> {
        for key in ["text", "subject", "title", "description"] {
            if let Some(Value::String(s)) = ticket.get(key) {
                self.limits.check_text(s, key)?;
            }
        }
        Ok(())
    }

    /// The level the SLA starts from when the ticket names none: the priority rules' verdict.
    fn default_level(&self, ticket: &Value) -> Result<Level> {
        Ok(self.priority(ticket)?.level)
    }

    /// Reads `{ stage? }` of validate options.
    fn stage(options: &Value) -> Result<Option<&str>> {
        match options.get("stage") {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(Error::input("invalid_type", "options.stage", "stage must be a string")),
        }
    }

    pub fn validate(&self, record: &Value, options: &Value, now: &Value) -> Result<ValidationResult> {
        let now = self.time(now, "now")?;
        self.validator.validate(record, Self::stage(options)?, now, self.sla.zone(), self.locale)
    }

    /// One field for live forms: `options = { stage?, record? }` (the record for cross-field rules).
    pub fn validate_field(&self, name: &str, value: &Value, options: &Value, now: &Value) -> Result<ValidationResult> {
        let now = self.time(now, "now")?;
        let record = options.get("record").filter(|r| !r.is_null());
        self.validator.validate_field(name, value, Self::stage(options)?, record, now, self.sla.zone(), self.locale)
    }

    /// JSON Schema of the record (per stage) for back ends.
    pub fn record_schema(&self, stage: &Value) -> Result<Value> {
        self.validator.record_schema(Self::stage(&crate::json!({ "stage": stage }))?)
    }

    /// The defaults to copy and edit: taxonomy, calendar, SLA policy and record schema.
    pub fn defaults() -> Value {
        let mut d = SlaEngine::defaults();
        if let Some(o) = d.as_object_mut() {
            o.insert("locale".into(), Value::from("zh-CN"));
            o.insert("taxonomy".into(), Classifier::default_taxonomy());
            o.insert("schema".into(), Validator::default_schema());
        }
        d
    }

    /// Classification, priority, SLA, masked text and (for records) validation of one ticket.
    pub fn analyze(&self, ticket: &Value, now: &Value) -> Result<Analysis> {
        let now_at = self.time(now, "now")?;
        self.analyze_at(ticket, now_at)
    }

    fn analyze_at(&self, ticket: &Value, now: DateTime<Utc>) -> Result<Analysis> {
        let obj = ticket.as_object().ok_or_else(|| Error::input("invalid_type", "", "ticket must be an object"))?;
        self.check_ticket_text(ticket)?;
        let (priority, joined) = self.classifier.priority_and_class(ticket, self.locale, true)?;
        let text = ["text", "description"].iter().find_map(|k| obj.get(k).and_then(Value::as_str)).unwrap_or("");
        // One analysis serves both when the main text is the ticket's only text (the priority
        // rules read it alone, blank fields left out, so offsets point into it); otherwise the
        // main text is classified on its own.
        let only_text = ["subject", "title", "text", "description"]
            .iter()
            .filter_map(|k| obj.get(k).and_then(Value::as_str))
            .all(|s| s == text || s.trim().is_empty());
        let classification = match joined {
            Some(c) if only_text => c,
            _ => self.classifier.classify(text, self.locale),
        };
        let masked = mask::findings(text, &self.mask);
        let sla = if obj.contains_key("timeline") || obj.contains_key("receivedAt") {
            Some(self.sla.sla(ticket, priority.level, now, false)?)
        } else {
            None
        };
        let validation = if RECORD_FIELDS.iter().any(|f| obj.contains_key(f)) {
            Some(self.validator.validate(ticket, None, now, self.sla.zone(), self.locale)?)
        } else {
            None
        };
        Ok(Analysis { classification, priority, sla, masked, validation })
    }

    /// `analyze` for many tickets (`tickets`, the JSON text of an array) in one call, as JSON:
    /// each ticket is parsed, analysed, written and dropped before the next is read (wasm memory
    /// after 10,000 tickets 46 MiB, was 72 with all parsed first). A bad ticket's error stands
    /// at its index.
    pub fn analyze_batch(&self, tickets: &str, now: &Value) -> Result<String> {
        let now = self.time(now, "now")?;
        // Rows run to about 1.5× their tickets' JSON: sized once, the result is not copied
        // through every doubling on its way up, nor are the blocks it leaves behind kept.
        let mut out = String::with_capacity(tickets.len().saturating_mul(2));
        out.push('[');
        self.each_ticket(tickets, &mut |index, t| {
            if index > 0 {
                out.push(',');
            }
            match self.analyze_at(t, now) {
                Ok(a) => a.write_json(&mut out),
                Err(error) => Obj::new(&mut out).field(key!("index"), &index).field(key!("error"), &error).end(),
            }
        })?;
        out.push(']');
        Ok(out)
    }

    /// Calls `each` with every ticket of `tickets` (the JSON text of an array) and its index,
    /// each parsed just before its turn into the tree the previous one left (see
    /// `json::each_element`); more than `limits.maxBatch` is an error.
    pub(crate) fn each_ticket(&self, tickets: &str, each: &mut dyn FnMut(usize, &Value)) -> Result<()> {
        let (mut index, mut too_many) = (0, false);
        let array = json::each_element(tickets, &mut |t| {
            too_many = index == self.limits.max_batch;
            if !too_many {
                each(index, t);
                index += 1;
            }
            !too_many
        })
        .map_err(|e| e.at("tickets", false))?;
        if !array {
            return Err(Error::input("invalid_type", "", "tickets must be an array"));
        }
        if too_many {
            return Err(Error::input("too_large", "", cat!("more than limits.maxBatch (", self.limits.max_batch, ") tickets")));
        }
        Ok(())
    }

    /// `TicketGuard.train(examples)`: a naive-Bayes model to pass back as `config.model`.
    pub fn train(examples: &Value, options: &Value) -> Result<Value> {
        classify::train(examples, options)
    }

    /// The calendar's time zone (form-style times are read in it).
    pub fn zone(&self) -> &Zone {
        self.sla.zone()
    }

    /// `text` masked with this guard's options (for values quoted in replies).
    pub fn mask_plain(&self, text: &str) -> String {
        mask::mask(text, &self.mask).text
    }

    /// SLA at a parsed instant, the level defaulting to the priority rules' verdict.
    pub fn sla_at(&self, ticket: &Value, now: DateTime<Utc>) -> Result<SlaResult> {
        self.sla_and_class(ticket, now).map(|(sla, _, _)| sla)
    }

    /// SLA at `now`, the events it read and, when the priority rules had to read the ticket's
    /// text for its level, their classification of that text — one analysis for all three
    /// (the review needs them all).
    pub(crate) fn sla_and_class(&self, ticket: &Value, now: DateTime<Utc>) -> Result<(SlaResult, Vec<Event>, Option<Classification>)> {
        self.check_ticket_text(ticket)?;
        let (priority, class) = self.classifier.priority_and_class(ticket, self.locale, false)?;
        let (sla, events) = self.sla.sla_events(ticket, priority.level, now, false)?;
        Ok((sla, events, class))
    }

    /// The weekly review over `tickets`, the JSON text of an array (see `review`).
    pub fn review(&self, tickets: &str, options: &Value, now: &Value) -> Result<Review> {
        let mut opts = options.as_object().cloned().unwrap_or_default();
        if !opts.contains_key("now") {
            opts.insert("now".into(), now.clone());
        }
        rev::review(self, tickets, &Value::Object(opts))
    }

    /// Reply suggestion for a ticket: opening, soothing, a progress notice with a concrete time.
    pub fn suggest_reply(&self, ticket: &Value, options: &Value, now: &Value) -> Result<Reply> {
        let now = self.time(now, "now")?;
        reply::suggest(self, &self.replies, ticket, options, now)
    }

    pub fn sla(&self, ticket: &Value, now: &Value, options: &Value) -> Result<SlaResult> {
        if !ticket.is_object() {
            return Err(Error::input("invalid_type", "", "ticket must be an object"));
        }
        let explain = match options.get("explain") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(Error::input("invalid_type", "options.explain", "explain must be a boolean")),
        };
        let now = self.time(now, "now")?;
        self.sla.sla(ticket, self.default_level(ticket)?, now, explain)
    }

    pub fn add_business_minutes(&self, start: &Value, minutes: &Value) -> Result<String> {
        let start = self.time(start, "start")?;
        let m = minutes.as_f64().ok_or_else(|| Error::input("invalid_type", "minutes", "minutes must be a number"))?;
        self.sla.add_business_minutes(start, m).map(time::format_utc)
    }

    pub fn business_minutes_between(&self, a: &Value, b: &Value) -> Result<f64> {
        Ok(self.sla.business_minutes_between(self.time(a, "a")?, self.time(b, "b")?))
    }

    /// The findings only: the JS wrapper rebuilds the masked text from the caller's string.
    pub fn mask(&self, text: &str, options: &Value) -> Result<Vec<Finding>> {
        self.limits.check_text(text, "text")?;
        let opts = self.mask.with_json(options, "options", false)?;
        Ok(mask::findings(text, &opts))
    }

    /// Masks a copy of a record: free text masked, `contact` down to its last four digits (or
    /// an e-mail's first character and domain), `customerName` to its first character + `*`.
    pub fn mask_record(&self, record: &Value) -> Result<MaskedRecord> {
        let obj = record.as_object().ok_or_else(|| Error::input("invalid_type", "", "record must be an object"))?;
        let mut out = obj.clone();
        let mut findings = Vec::new();
        let mask_field = |slot: &mut Value, path: String, findings: &mut Vec<Finding>| -> Result<()> {
            if let Value::String(s) = slot {
                self.limits.check_text(s, &path)?;
                let r = mask::mask(s, &self.mask);
                findings.extend(r.findings.into_iter().map(|f| Finding { field: Some(path.clone()), ..f }));
                *s = r.text;
            }
            Ok(())
        };
        for key in FREE_TEXT_FIELDS {
            if let Some(v) = out.get_mut(key) {
                mask_field(v, key.to_string(), &mut findings)?;
            }
        }
        if let Some(Value::Array(items)) = out.get_mut("process") {
            for (i, item) in items.iter_mut().enumerate() {
                if let Value::Object(entry) = item {
                    for key in PROCESS_TEXT_FIELDS {
                        if let Some(v) = entry.get_mut(key) {
                            mask_field(v, join(&join("process", i), *key), &mut findings)?;
                        }
                    }
                }
            }
        }
        if let Some(Value::String(c)) = out.get_mut("contact") {
            *c = mask_contact(c);
        }
        if let Some(Value::String(n)) = out.get_mut("customerName") {
            if let Some(first) = n.trim().chars().next() {
                *n = cat!(first, "*");
            }
        }
        Ok(MaskedRecord { record: Value::Object(out), findings })
    }
}

/// The classifier of a config. Building the lexicon automaton is the costly part of a new
/// guard, so guards without their own taxonomy, model or priority rules share one.
fn classifier_for(config: &Value) -> Result<Arc<Classifier>> {
    static DEFAULT: Once<Arc<Classifier>> = Once::new();
    let custom = ["taxonomy", "model", "priority"].iter().any(|k| config.get(k).is_some_and(|v| !v.is_null()));
    if custom {
        return Ok(Arc::new(Classifier::from_config(config)?));
    }
    if let Some(c) = DEFAULT.get() {
        return Ok(Arc::clone(c));
    }
    let c = Arc::new(Classifier::from_config(&Value::Null)?);
    Ok(Arc::clone(DEFAULT.get_or_init(|| c)))
}

/// A contact reduced to what an agent may see: an e-mail keeps its first character and
/// domain; anything else keeps only its last four digits.
fn mask_contact(c: &str) -> String {
    if mask::is_email(c) {
        let trimmed = c.trim();
        let (local, domain) = trimmed.split_at_checked(trimmed.find('@').unwrap_or(0)).unwrap_or(("", trimmed));
        let mut chars = local.chars();
        let first = chars.next().map(String::from).unwrap_or_default();
        return cat!(first, "*".repeat(crate::text::char_len(chars.as_str())), domain);
    }
    let total = c.chars().filter(|ch| crate::text::digit(*ch).is_some()).count();
    let mut seen = 0;
    c.chars()
        .map(|ch| {
            if crate::text::digit(ch).is_some() {
                seen += 1;
                if seen + 4 <= total { '*' } else { ch }
            } else {
                ch
            }
        })
        .collect()
}

impl ToJson for Analysis {
    fn write_json(&self, out: &mut String) {
        write_row(out, &[&self.classification, &self.priority, &self.sla, &self.masked, &self.validation]);
    }
}

impl ToJson for MaskedRecord {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field(key!("record"), &self.record).field(key!("findings"), &self.findings).end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;
    use crate::json;

    #[test]
    fn analyze_batch_streams_rows_errors_in_place_and_the_limit() {
        let g = Guard::new(&Value::Null).unwrap();
        let now = json!("2024-05-01 12:00");
        let out = json::parse(&g.analyze_batch(r#"[{"text":"app一直闪退"}, 42, {"text":"退款还没到"}]"#, &now).unwrap()).unwrap();
        let rows = out.as_array().unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1]["index"].as_f64(), Some(1.0));
        assert_eq!(rows[1]["error"]["code"].as_str(), Some("invalid_type"));
        assert_eq!(rows[0][0][1].as_str(), Some("software_fault"), "{}", json::to_string(&rows[0][0]));
        assert_eq!(g.analyze_batch("[]", &now).unwrap(), "[]");
        assert_eq!(g.analyze_batch(r#"{"text":"x"}"#, &now).unwrap_err().code, "invalid_type");
        assert_eq!(g.analyze_batch(r#"[{"text":"x"},"#, &now).unwrap_err().code, "invalid_json");
        let small = Guard::new(&json!({"limits": {"maxBatch": 2}})).unwrap();
        assert!(small.analyze_batch(r#"[{"text":"a"},{"text":"b"}]"#, &now).is_ok());
        assert_eq!(small.analyze_batch(r#"[{"text":"a"},{"text":"b"},{"text":"c"}]"#, &now).unwrap_err().code, "too_large");
    }

    #[test]
    fn mask_record_masks_copy_and_reports_fields() {
        let g = Guard::new(&Value::Null).unwrap();
        let rec = json!({"customerName": "王小明", "contact": "13812345678", "description": "我的电话是13912345678",
                         "process": [{"action": "回电 13712345678", "at": "2024-01-01 10:00"}], "ticketId": "SR20240501001"});
        let before = rec.clone();
        let r = g.mask_record(&rec).unwrap();
        assert_eq!(rec, before);
        assert_eq!(r.record["customerName"], "王*");
        assert_eq!(r.record["contact"], "*******5678");
        assert_eq!(r.record["description"], "我的电话是*******5678");
        assert_eq!(r.record["ticketId"], "SR20240501001");
        let fields: Vec<_> = r.findings.iter().filter_map(|f| f.field.clone()).collect();
        assert_eq!(fields, vec!["description", "process[0].action"]);
        assert_eq!(mask_contact("wang_li88@126.com"), "w********@126.com");
    }

    /// Random JSON of bounded depth: scalars, strings that look like times and zones, arrays, objects.
    fn arb_json() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            (-1e12f64..1e12).prop_map(Value::from),
            prop::sample::select(vec!["", "09:00", "25:00", "24:00", "Asia/Shanghai", "Mars/Base", "+08:00", "P1", "P9", "zh-CN",
                "2024-10-01", "2024-02-30", "{label}", "{x}", "required", "mon", "replace", "phone", "x=3", "!a", "b*"])
                .prop_map(Value::from),
            ".{0,12}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(
                    prop::sample::select(vec!["timezone", "weekly", "mon", "sat", "holidays", "extraWorkdays", "policy", "P1", "P4",
                        "accept", "resolution", "warnAt", "categories", "id", "keywords", "subcategories", "labels", "required",
                        "enums", "lengths", "channel", "templates", "en", "zh-CN", "kinds", "placeholder", "maxTextLength", "mode"])
                        .prop_map(String::from),
                    inner,
                    0..6
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// The config loader never panics: any config is a guard or a ConfigError with a path.
        #[test]
        fn any_config_is_a_guard_or_a_config_error(
            parts in proptest::collection::btree_map(
                proptest::sample::select(vec!["locale", "calendar", "sla", "taxonomy", "model", "priority", "schema",
                    "vagueWords", "replies", "messages", "mask", "limits"]).prop_map(String::from),
                arb_json(),
                0..5,
            )
        ) {
            let config = Value::Object(parts.into_iter().collect());
            if let Err(e) = Guard::new(&config) {
                proptest::prop_assert_eq!(e.kind, crate::error::ErrorKind::Config);
                proptest::prop_assert!(!e.message.is_empty());
            }
        }
    }

    #[test]
    fn limits_refuse_oversized_text() {
        let g = Guard::new(&json!({"limits": {"maxTextLength": 10}})).unwrap();
        let e = g.mask("01234567890123", &Value::Null).expect_err("too large");
        assert_eq!((e.code, e.path.as_str()), ("too_large", "text"));
        assert!(Guard::new(&json!({"limits": {"maxTextLength": -1}})).is_err());
        assert_eq!(Guard::new(&json!({"locale": "fr"})).err().map(|e| e.path).as_deref(), Some("locale"));
    }
}
