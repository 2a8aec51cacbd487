//! The record as JSON Schema (draft 2020-12) for back ends that re-check submitted forms.
//!
//! `record_schema(stage)` gives one self-contained schema per stage: the stage's required
//! fields at the top level (`None`: none), optional fields also accept `null` and `""` (the
//! validator treats them as missing), `allOf` holds the conditional rules (a detractor needs a
//! `followUp`; a subcategory must belong to its category, and is required at a stage unless
//! the category allows none). `$defs.stages.<stage>.required` lists every stage's required
//! fields for back ends that want one schema and pick the stage themselves.
//!
//! JSON Schema cannot say everything: real calendar dates in ticket ids, phone-number
//! validity, time order, future times and unmasked personal data in free text are checked by
//! `validate()` only. Lengths are in code points, as ajv counts them and as `validate` does.

use super::schema::{ENTRY_START, FIELDS, Kind, OPTIONAL_SUBCATEGORY, STAGES, Schema, field_index, names};
use serde_json::{Map, Value, json};

const TIME_PATTERN: &str = "^[0-9]{4}[-/][0-9]{2}[-/][0-9]{2}[T ][0-9]{2}:[0-9]{2}";

pub fn build(schema: &Schema, categories: &[(String, Vec<String>)], stage: Option<usize>) -> Value {
    let required: Vec<usize> = stage.map(|s| schema.required(s).collect()).unwrap_or_default();
    let sub = field_index("subcategory");
    let mut props = Map::new();
    for (idx, def) in FIELDS.iter().enumerate().take(ENTRY_START) {
        let p = property(schema, categories, idx);
        let strict = required.contains(&idx) && Some(idx) != sub;
        props.insert(def.name.to_string(), if strict { p } else { json!({ "anyOf": [p, { "enum": [null, ""] }] }) });
    }
    let mut all_of = vec![json!({
        "if": { "properties": { "satisfaction": { "enum": schema.follow_up_when } }, "required": ["satisfaction"] },
        "then": { "required": ["followUp"], "properties": { "followUp": { "type": "string", "minLength": 1 } } }
    })];
    for (id, subs) in categories {
        let mut allowed: Vec<Value> = subs.iter().map(|s| Value::from(s.as_str())).collect();
        allowed.extend([Value::Null, Value::from("")]);
        all_of.push(json!({
            "if": { "properties": { "category": { "const": id } }, "required": ["category"] },
            "then": { "properties": { "subcategory": { "enum": allowed } } }
        }));
    }
    if sub.is_some_and(|s| required.contains(&s)) {
        let optional: Vec<&str> = OPTIONAL_SUBCATEGORY
            .iter()
            .copied()
            .chain(categories.iter().filter(|(_, subs)| subs.is_empty()).map(|(id, _)| id.as_str()))
            .collect();
        all_of.push(json!({
            "if": { "properties": { "category": { "enum": optional } }, "required": ["category"] },
            "else": { "required": ["subcategory"], "properties": { "subcategory": { "type": "string", "minLength": 1 } } }
        }));
    }
    let top: Vec<usize> = required.iter().copied().filter(|&i| Some(i) != sub).collect();
    let mut stages = Map::new();
    for (si, (name, _)) in STAGES.iter().enumerate() {
        let req: Vec<usize> = schema.required(si).collect();
        stages.insert(name.to_string(), json!({ "required": names(&req) }));
    }
    let mut entry = Map::new();
    for (idx, def) in FIELDS.iter().enumerate().skip(ENTRY_START) {
        entry.insert(def.name.trim_start_matches("process.").to_string(), property(schema, categories, idx));
    }
    let title = match stage.and_then(|s| STAGES.get(s)) {
        Some((name, _)) => format!("ticket-guard service record ({name})"),
        None => "ticket-guard service record".to_string(),
    };
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        "description": "Structure only: ticket-id dates, phone validity, time order, future times and unmasked personal data are checked by TicketGuard.validate().",
        "type": "object",
        "properties": props,
        "required": names(&top),
        "allOf": all_of,
        "$defs": {
            "time": { "anyOf": [ { "type": "string", "pattern": TIME_PATTERN }, { "type": "number" } ] },
            "processEntry": { "type": "object", "required": ["at", "actor", "action", "result"], "properties": entry },
            "stages": stages
        }
    })
}

fn property(schema: &Schema, categories: &[(String, Vec<String>)], idx: usize) -> Value {
    let Some(def) = FIELDS.get(idx) else { return json!({}) };
    match def.kind {
        Kind::TicketId => json!({ "type": "string", "pattern": "^(SR)?[0-9]{8}[0-9]{3,12}$" }),
        Kind::MaskedName => json!({ "type": "string", "pattern": "^[^*＊\\s]{1,2}[*＊]+$" }),
        Kind::Contact => json!({
            "type": "string",
            "anyOf": [
                { "pattern": "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$" },
                { "pattern": "^[0-9０-９+()（）\\s.-]{7,}((转|ext\\.?|x)\\s*[0-9]{1,6})?$" }
            ]
        }),
        Kind::Enum => json!({ "type": "string", "enum": schema.enums.get(idx).cloned().unwrap_or_default() }),
        Kind::Category => json!({ "type": "string", "enum": categories.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>() }),
        Kind::Subcategory => {
            json!({ "type": "string", "enum": categories.iter().flat_map(|(_, s)| s.iter().map(String::as_str)).collect::<Vec<_>>() })
        }
        Kind::Time => json!({ "$ref": "#/$defs/time" }),
        Kind::Process => json!({ "type": "array", "items": { "$ref": "#/$defs/processEntry" } }),
        Kind::Plain | Kind::Text => {
            let (min, max) = schema.lengths.get(idx).copied().unwrap_or((def.min, def.max));
            json!({ "type": "string", "minLength": min.max(1), "maxLength": max })
        }
    }
}
