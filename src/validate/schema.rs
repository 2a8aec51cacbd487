//! The one data table of the record form: fields, their kinds and lengths, the stages and
//! the fields each adds, the enums and the vague-wording cues — plus reading `config.schema`
//! and `config.vagueWords` over these defaults.
//!
//! `config.schema` (every key optional; unknown keys are config errors so typos surface):
//! - `required.<stage>`: an array replaces the fields that stage adds (stages stay cumulative:
//!   `processing` still includes `registration`'s); `{ "add": [..], "remove": [..] }` edits them.
//! - `enums.<field>` (`channel`, `nature`, `rootCauseDimension`, `satisfaction`): an array
//!   replaces the values; `{ "add": [..] }` extends them (e.g. a custom channel). Category and
//!   subcategory ids come from `config.taxonomy`, priorities are always P1–P4.
//! - `lengths.<field>`: `[min, max]` in characters (Unicode scalar values, as users count them);
//!   process-entry fields are named `process.actor`, `process.action`, `process.result`.
//! - `followUpWhen`: the satisfaction values that make `followUp` required.
//!
//! `config.vagueWords`: `{ "zh-CN": [..], "en": [..] }` extends the cue lists. A cue holding
//! ASCII letters matches whole words, case-insensitively; any other cue matches as a substring.

use crate::prelude::*;

use crate::error::{Error, Result, join};
use crate::json::{Map, Value};
use crate::json;

/// How a field is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `SR` + real date `YYYYMMDD` + serial of ≥ 3 digits, or the same without `SR`.
    TicketId,
    /// A plain string (ids, names, models): type and length only.
    Plain,
    /// One character followed by `*`s.
    MaskedName,
    /// A whole phone number or e-mail address.
    Contact,
    /// One of a configured list of values.
    Enum,
    Category,
    Subcategory,
    /// An instant, to the minute.
    Time,
    /// Free text written by people: scanned for unmasked personal data.
    Text,
    /// The process log: an array of entries.
    Process,
}

pub struct FieldDef {
    /// Name in the record; process-entry fields are `process.<name>`.
    pub name: &'static str,
    pub kind: Kind,
    /// Default length bounds in characters (strings only).
    pub min: u32,
    pub max: u32,
    /// Vague wording here is a warning (the handler's own account must be factual).
    pub vague: bool,
}

const fn f(name: &'static str, kind: Kind, min: u32, max: u32, vague: bool) -> FieldDef {
    FieldDef { name, kind, min, max, vague }
}

/// Index of the first process-entry field in [`FIELDS`]; the ones before are record fields.
pub const ENTRY_START: usize = 26;

/// Record fields in form order, then the fields of one process entry.
pub const FIELDS: &[FieldDef] = &[
    f("ticketId", Kind::TicketId, 0, 32, false),
    f("customerId", Kind::Plain, 1, 64, false),
    f("customerName", Kind::MaskedName, 0, 32, false),
    f("contact", Kind::Contact, 0, 100, false),
    f("channel", Kind::Enum, 0, 0, false),
    f("occurredAt", Kind::Time, 0, 0, false),
    f("receivedAt", Kind::Time, 0, 0, false),
    f("scenario", Kind::Text, 0, 200, false),
    f("description", Kind::Text, 5, 2000, false),
    f("productModel", Kind::Plain, 0, 100, false),
    f("category", Kind::Category, 0, 0, false),
    f("subcategory", Kind::Subcategory, 0, 0, false),
    f("nature", Kind::Enum, 0, 0, false),
    f("priority", Kind::Enum, 0, 0, false),
    f("department", Kind::Plain, 0, 100, false),
    f("assignee", Kind::Plain, 0, 100, false),
    f("rootCauseDimension", Kind::Enum, 0, 0, false),
    f("rootCause", Kind::Text, 0, 2000, true),
    f("solution", Kind::Text, 0, 2000, true),
    f("process", Kind::Process, 0, 0, false),
    f("resolvedAt", Kind::Time, 0, 0, false),
    f("satisfaction", Kind::Enum, 0, 0, false),
    f("feedback", Kind::Text, 0, 2000, false),
    f("followUp", Kind::Text, 0, 2000, false),
    f("reviewer", Kind::Plain, 0, 100, false),
    f("remarks", Kind::Text, 0, 2000, false),
    // ENTRY_START: one process entry.
    f("process.at", Kind::Time, 0, 0, false),
    f("process.actor", Kind::Plain, 0, 100, false),
    f("process.action", Kind::Text, 0, 1000, true),
    f("process.result", Kind::Text, 0, 1000, true),
];

/// Stages in order; each adds fields to the previous one's.
pub const STAGES: &[(&str, &[&str])] = &[
    ("registration", &["ticketId", "customerId", "contact", "channel", "occurredAt", "receivedAt", "description"]),
    ("processing", &["category", "subcategory", "priority", "assignee"]),
    ("resolved", &["rootCauseDimension", "rootCause", "solution", "resolvedAt"]),
    ("closed", &["satisfaction", "reviewer"]),
];

/// Configurable enums (field, values).
pub const ENUMS: &[(&str, &[&str])] = &[
    ("channel", &["phone", "online", "email", "social", "app", "store", "other"]),
    ("nature", &["consultation", "complaint", "suggestion", "repair_request"]),
    ("rootCauseDimension", &["customer_operation", "product_system", "service_process", "external"]),
    ("satisfaction", &["very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied"]),
];

/// Fixed, shared with the SLA engine.
pub const PRIORITIES: &[&str] = &["P1", "P2", "P3", "P4"];

pub const FOLLOW_UP_WHEN: &[&str] = &["dissatisfied", "very_dissatisfied"];

/// Categories whose subcategory may stay empty (the SPEC's catch-all `other` has `null`).
pub const OPTIONAL_SUBCATEGORY: &[&str] = &["other"];

/// Hedging cues, per locale (zh-CN, en).
pub const VAGUE_ZH: &str = "大概|可能|好像|应该是|估计|也许|或许|似乎|貌似|差不多|说不定|不确定";
pub const VAGUE_EN: &str = "maybe|probably|perhaps|might|possibly|I think|I guess|I believe|seems|seem|seemingly|apparently|presumably|likely|not sure";
/// Phrases that contain a cue but state a fact ("不可能" = impossible).
pub const NOT_VAGUE: &[&str] = &["不可能"];

pub fn field_index(name: &str) -> Option<usize> {
    FIELDS.iter().position(|d| d.name == name)
}

pub fn is_entry(i: usize) -> bool {
    i >= ENTRY_START
}

/// The schema in force: defaults with `config.schema` applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    /// Fields each stage adds (indices into FIELDS); required for a stage = union up to it.
    pub adds: Vec<Vec<usize>>,
    /// Allowed values per FIELDS index (enum fields only; empty otherwise).
    pub enums: Vec<Vec<String>>,
    /// (min, max) characters per FIELDS index.
    pub lengths: Vec<(u32, u32)>,
    pub follow_up_when: Vec<String>,
    /// Cue words: (text, whole-word?).
    pub vague: Vec<(String, bool)>,
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn cue(s: &str) -> (String, bool) {
    (s.to_string(), s.bytes().any(|b| b.is_ascii_alphabetic()))
}

impl Schema {
    pub fn defaults() -> Schema {
        let mut adds = Vec::new();
        for (_, fs) in STAGES {
            let mut add = Vec::new();
            for n in *fs {
                add.extend(field_index(n));
            }
            adds.push(add);
        }
        let enums = FIELDS
            .iter()
            .map(|d| match d.name {
                "priority" => strings(PRIORITIES),
                n => ENUMS.iter().find(|(e, _)| *e == n).map(|(_, vs)| strings(vs)).unwrap_or_default(),
            })
            .collect();
        Schema {
            adds,
            enums,
            lengths: FIELDS.iter().map(|d| (d.min, d.max)).collect(),
            follow_up_when: strings(FOLLOW_UP_WHEN),
            vague: cat!(VAGUE_ZH, "|", VAGUE_EN).split('|').map(cue).collect(),
        }
    }

    /// Whether field `idx` is required at `stage` (what [`Schema::required`] lists, without
    /// the list: validation asks this for every field of every record).
    pub fn is_required(&self, stage: usize, idx: usize) -> bool {
        self.adds.iter().take(stage.saturating_add(1)).any(|add| add.contains(&idx))
    }

    /// Required fields of stage `stage` (index into STAGES), cumulative.
    pub fn required(&self, stage: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for add in self.adds.iter().take(stage.saturating_add(1)) {
            out.extend_from_slice(add);
        }
        out
    }

    /// Reads `config.schema` and `config.vagueWords` over the defaults.
    pub fn from_config(config: &Value) -> Result<Schema> {
        let mut s = Schema::defaults();
        match config.get("schema") {
            None | Some(Value::Null) => {}
            Some(Value::Object(m)) => s.apply(m)?,
            Some(_) => return Err(Error::config("invalid_type", "schema", "schema must be an object")),
        }
        match config.get("vagueWords") {
            None | Some(Value::Null) => {}
            Some(Value::Object(m)) => {
                for (k, v) in m {
                    let path = join("vagueWords", k.as_str());
                    if crate::locale::Locale::parse(k).is_none() {
                        return Err(Error::config("enum", path, "vagueWords keys are locales: \"zh-CN\" or \"en\""));
                    }
                    for w in string_list(v, &path)? {
                        s.vague.push(cue(&w));
                    }
                }
            }
            Some(_) => return Err(Error::config("invalid_type", "vagueWords", "vagueWords must be an object of locale → words")),
        }
        Ok(s)
    }

    fn apply(&mut self, m: &Map) -> Result<()> {
        for (key, v) in m {
            let path = join("schema", key.as_str());
            match key.as_str() {
                "required" => self.apply_required(v, &path)?,
                "enums" => self.apply_enums(v, &path)?,
                "lengths" => self.apply_lengths(v, &path)?,
                "followUpWhen" => self.follow_up_when = string_list(v, &path)?,
                _ => return Err(Error::config("unknown_key", path, "schema keys: required, enums, lengths, followUpWhen")),
            }
        }
        // Checked after enums are applied, whatever the key order.
        let sat = field_index("satisfaction").and_then(|i| self.enums.get(i));
        for (i, w) in self.follow_up_when.iter().enumerate() {
            if !sat.is_some_and(|vs| vs.contains(w)) {
                return Err(Error::config("enum", join("schema.followUpWhen", i), cat!("\"", w, "\" is not a satisfaction value")));
            }
        }
        Ok(())
    }

    fn apply_required(&mut self, v: &Value, path: &str) -> Result<()> {
        let m = v.as_object().ok_or_else(|| Error::config("invalid_type", path, "required must be an object of stage → fields"))?;
        for (stage, list) in m {
            let p = join(path, stage.as_str());
            let si = STAGES
                .iter()
                .position(|(n, _)| n == stage)
                .ok_or_else(|| Error::config("enum", &p, "unknown stage; use registration, processing, resolved or closed"))?;
            let fields = match list {
                Value::Object(ops) => {
                    if let Some(k) = ops.keys().find(|k| *k != "add" && *k != "remove") {
                        return Err(Error::config("unknown_key", join(&p, k.as_str()), "use \"add\" and \"remove\""));
                    }
                    let edit = |k: &str| ops.get(k).map(|a| record_field_list(a, &join(&p, k))).transpose();
                    let (add, rm) = (edit("add")?.unwrap_or_default(), edit("remove")?.unwrap_or_default());
                    let mut cur = self.adds.get(si).cloned().unwrap_or_default();
                    crate::text::retain(&mut cur, &mut |i| !rm.contains(i));
                    for i in add {
                        if !rm.contains(&i) && !cur.contains(&i) {
                            cur.push(i);
                        }
                    }
                    cur
                }
                _ => record_field_list(list, &p)?,
            };
            if let Some(slot) = self.adds.get_mut(si) {
                *slot = fields;
            }
        }
        Ok(())
    }

    fn apply_enums(&mut self, v: &Value, path: &str) -> Result<()> {
        let m = v.as_object().ok_or_else(|| Error::config("invalid_type", path, "enums must be an object of field → values"))?;
        for (field, list) in m {
            let p = join(path, field.as_str());
            let idx = field_index(field)
                .filter(|_| ENUMS.iter().any(|(n, _)| n == field))
                .ok_or_else(|| Error::config("enum", &p, "configurable enums: channel, nature, rootCauseDimension, satisfaction"))?;
            let values = match list {
                Value::Object(ops) => {
                    if let Some(k) = ops.keys().find(|k| *k != "add") {
                        return Err(Error::config("unknown_key", join(&p, k.as_str()), "use \"add\" to extend an enum"));
                    }
                    let mut cur = self.enums.get(idx).cloned().unwrap_or_default();
                    let add = ops.get("add").map(|a| string_list(a, &join(&p, "add"))).transpose()?.unwrap_or_default();
                    cur.extend(add.into_iter().filter(|a| !self.enums.get(idx).is_some_and(|e| e.contains(a))));
                    cur
                }
                _ => string_list(list, &p)?,
            };
            if values.is_empty() {
                return Err(Error::config("empty", p, "an enum needs at least one value"));
            }
            if let Some(slot) = self.enums.get_mut(idx) {
                *slot = values;
            }
        }
        Ok(())
    }

    fn apply_lengths(&mut self, v: &Value, path: &str) -> Result<()> {
        let m = v.as_object().ok_or_else(|| Error::config("invalid_type", path, "lengths must be an object of field → [min, max]"))?;
        for (field, pair) in m {
            let p = join(path, field.as_str());
            let idx = field_index(field)
                .filter(|&i| FIELDS.get(i).is_some_and(|d| d.max > 0))
                .ok_or_else(|| Error::config("enum", &p, "not a text field with a length"))?;
            let bound = |i: usize| -> Result<u32> {
                pair.as_array()
                    .and_then(|a| a.get(i))
                    .and_then(Value::as_u64)
                    .filter(|&n| n <= 1_000_000)
                    .map(|n| n as u32)
                    .ok_or_else(|| Error::config("invalid_type", join(&p, i), "a length is an integer 0..=1000000"))
            };
            if pair.as_array().is_none_or(|a| a.len() != 2) {
                return Err(Error::config("invalid_type", p, "a length is [min, max]"));
            }
            let (min, max) = (bound(0)?, bound(1)?);
            if min > max || max == 0 {
                return Err(Error::config("range", p, "need 0 <= min <= max and max > 0"));
            }
            if let Some(slot) = self.lengths.get_mut(idx) {
                *slot = (min, max);
            }
        }
        Ok(())
    }

    /// This schema as plain JSON, in the shape `config.schema` accepts (replace form).
    pub fn to_json(&self) -> Value {
        let mut required = Map::new();
        for ((name, _), adds) in STAGES.iter().zip(&self.adds) {
            required.insert(name.to_string(), names(adds));
        }
        let mut enums = Map::new();
        for (name, _) in ENUMS {
            if let Some(vs) = field_index(name).and_then(|i| self.enums.get(i)) {
                enums.insert(name.to_string(), json!(vs));
            }
        }
        let mut lengths = Map::new();
        for (d, (min, max)) in FIELDS.iter().zip(&self.lengths) {
            if d.max > 0 {
                lengths.insert(d.name.to_string(), json!([min, max]));
            }
        }
        json!({ "required": required, "enums": enums, "lengths": lengths, "followUpWhen": self.follow_up_when })
    }
}

pub fn names(idx: &[usize]) -> Value {
    let mut out = Vec::with_capacity(idx.len());
    for d in idx.iter().filter_map(|&i| FIELDS.get(i)) {
        out.push(Value::from(d.name));
    }
    Value::Array(out)
}

/// A JSON array of non-empty strings (at most 500, each at most 200 chars).
fn string_list(v: &Value, path: &str) -> Result<Vec<String>> {
    let a = v.as_array().ok_or_else(|| Error::config("invalid_type", path, "expected an array of strings"))?;
    if a.len() > 500 {
        return Err(Error::config("too_long", path, "at most 500 entries"));
    }
    crate::error::map_all(a, |i, x| match x.as_str().map(str::trim) {
        Some(s) if !s.is_empty() && crate::text::char_len(s) <= 200 => Ok(s.to_string()),
        _ => Err(Error::config("invalid_type", join(path, i), "expected a non-empty string (≤ 200 chars)")),
    })
}

fn record_field_list(v: &Value, path: &str) -> Result<Vec<usize>> {
    let names = string_list(v, path)?;
    crate::error::map_all(&names, |i, n| {
        field_index(n)
            .filter(|&f| !is_entry(f))
            .ok_or_else(|| Error::config("enum", join(path, i), cat!("unknown record field \"", n, "\"")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert_eq!(FIELDS[ENTRY_START].name, "process.at");
        for (_, fs) in STAGES {
            for n in *fs {
                assert!(field_index(n).is_some_and(|i| !is_entry(i)), "{n}");
            }
        }
        for (n, _) in ENUMS {
            assert_eq!(FIELDS[field_index(n).unwrap()].kind, Kind::Enum);
        }
        assert!(FIELDS[..ENTRY_START].iter().all(|d| !d.name.contains('.')));
        assert!(FIELDS[ENTRY_START..].iter().all(|d| d.name.starts_with("process.")));
    }

    #[test]
    fn defaults_round_trip_through_config() {
        let d = Schema::defaults();
        let again = Schema::from_config(&json!({ "schema": d.to_json() })).unwrap();
        assert_eq!(again.adds, d.adds);
        assert_eq!(again.enums, d.enums);
        assert_eq!(again.lengths, d.lengths);
    }

    #[test]
    fn replace_and_extend() {
        let s = Schema::from_config(&json!({ "schema": {
            "required": { "processing": ["category", "process"], "closed": { "add": ["feedback"], "remove": ["reviewer"] } },
            "enums": { "channel": { "add": ["wechat"] }, "nature": ["complaint"] },
            "lengths": { "description": [10, 500], "process.action": [2, 50] }
        }, "vagueWords": { "en": ["kind of"], "zh-CN": ["大约"] } }))
        .unwrap();
        let names = |st: usize| s.required(st).into_iter().map(|i| FIELDS[i].name).collect::<Vec<_>>();
        assert!(names(1).contains(&"process") && !names(1).contains(&"assignee"));
        assert!(names(1).contains(&"ticketId"));
        assert!(names(3).contains(&"feedback") && !names(3).contains(&"reviewer") && names(3).contains(&"satisfaction"));
        let ch = &s.enums[field_index("channel").unwrap()];
        assert!(ch.contains(&"wechat".to_string()) && ch.contains(&"phone".to_string()));
        assert_eq!(s.enums[field_index("nature").unwrap()], vec!["complaint".to_string()]);
        assert_eq!(s.lengths[field_index("description").unwrap()], (10, 500));
        assert!(s.vague.contains(&("kind of".to_string(), true)) && s.vague.contains(&("大约".to_string(), false)));
    }

    #[test]
    fn bad_schema_names_its_path() {
        let cases = [
            (json!({"schema": {"required": {"archived": []}}}), "schema.required.archived"),
            (json!({"schema": {"required": {"processing": "category"}}}), "schema.required.processing"),
            (json!({"schema": {"required": {"processing": ["category", "colour"]}}}), "schema.required.processing[1]"),
            (json!({"schema": {"required": {"processing": ["process.at"]}}}), "schema.required.processing[0]"),
            (json!({"schema": {"lengths": {"description": [50, 5]}}}), "schema.lengths.description"),
            (json!({"schema": {"lengths": {"description": [5]}}}), "schema.lengths.description"),
            (json!({"schema": {"lengths": {"description": [-1, 5]}}}), "schema.lengths.description[0]"),
            (json!({"schema": {"lengths": {"channel": [1, 5]}}}), "schema.lengths.channel"),
            (json!({"schema": {"enums": {"priority": ["P5"]}}}), "schema.enums.priority"),
            (json!({"schema": {"enums": {"channel": []}}}), "schema.enums.channel"),
            (json!({"schema": {"enums": {"channel": [1]}}}), "schema.enums.channel[0]"),
            (json!({"schema": {"followUpWhen": ["angry"]}}), "schema.followUpWhen[0]"),
            (json!({"schema": {"colour": 1}}), "schema.colour"),
            (json!({"schema": []}), "schema"),
            (json!({"vagueWords": {"fr": ["peut-être"]}}), "vagueWords.fr"),
            (json!({"vagueWords": {"en": [""]}}), "vagueWords.en[0]"),
        ];
        for (cfg, path) in cases {
            let e = Schema::from_config(&cfg).unwrap_err();
            assert_eq!(e.kind, crate::error::ErrorKind::Config);
            assert_eq!(e.path, path, "{cfg}");
        }
    }
}
