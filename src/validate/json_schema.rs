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

use crate::prelude::*;

use super::schema::{ENTRY_START, FIELDS, Kind, OPTIONAL_SUBCATEGORY, STAGES, Schema, field_index, names};
use crate::json::{Map, Value};

/// The fixed parts as JSON text, one template per line without spaces (parsing it takes far
/// less .wasm than building it in code);
/// `null`s are holes that `build` fills through JSON pointers.
const TEMPLATES: &str = r##"{
"root":{"$schema":"https://json-schema.org/draft/2020-12/schema","title":null,"description":"Structure only: ticket-id dates, phone validity, time order, future times and unmasked personal data are checked by TicketGuard.validate().","type":"object","properties":null,"required":null,"allOf":null,"$defs":{"time":{"anyOf":[{"type":"string","pattern":"^[0-9]{4}[-/][0-9]{2}[-/][0-9]{2}[T ][0-9]{2}:[0-9]{2}"},{"type":"number"}]},"processEntry":{"type":"object","required":["at","actor","action","result"],"properties":null},"stages":null}},
"optional":{"anyOf":[null,{"enum":[null,""]}]},
"followUp":{"if":{"properties":{"satisfaction":{"enum":null}},"required":["satisfaction"]},"then":{"required":["followUp"],"properties":{"followUp":{"type":"string","minLength":1}}}},
"subcategoryOf":{"if":{"properties":{"category":{"const":null}},"required":["category"]},"then":{"properties":{"subcategory":{"enum":null}}}},
"subcategoryRequired":{"if":{"properties":{"category":{"enum":null}},"required":["category"]},"else":{"required":["subcategory"],"properties":{"subcategory":{"type":"string","minLength":1}}}},
"ticketId":{"type":"string","pattern":"^(SR)?[0-9]{8}[0-9]{3,12}$"},
"maskedName":{"type":"string","pattern":"^[^*＊\\s]{1,2}[*＊]+$"},
"contact":{"type":"string","anyOf":[{"pattern":"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"},{"pattern":"^[0-9０-９+()（）\\s.-]{7,}((转|ext\\.?|x)\\s*[0-9]{1,6})?$"}]},
"time":{"$ref":"#/$defs/time"},
"process":{"type":"array","items":{"$ref":"#/$defs/processEntry"}},
"enum":{"type":"string","enum":null},
"text":{"type":"string","minLength":null,"maxLength":null}
}"##;

/// A copy of template `name` with `fills` (JSON pointer, value) put into its holes.
fn fill(t: &Value, name: &str, fills: Vec<(&str, Value)>) -> Value {
    let mut v = t.get(name).cloned().unwrap_or_default();
    for (ptr, x) in fills {
        if let Some(slot) = v.pointer_mut(ptr) {
            *slot = x;
        }
    }
    v
}

/// Strings as JSON values.
fn strs(v: &[String]) -> Vec<Value> {
    let mut out = Vec::with_capacity(v.len());
    for s in v {
        out.push(Value::from(s.as_str()));
    }
    out
}

pub fn build(schema: &Schema, categories: &[(String, Vec<String>)], stage: Option<usize>) -> Value {
    let t: Value = crate::json::parse(TEMPLATES).unwrap_or_default();
    let required = stage.map(|s| schema.required(s)).unwrap_or_default();
    let sub = field_index("subcategory");
    let mut props = Map::new();
    for (idx, def) in FIELDS.iter().enumerate().take(ENTRY_START) {
        let p = property(&t, schema, categories, idx);
        let strict = required.contains(&idx) && Some(idx) != sub;
        props.insert(def.name.to_string(), if strict { p } else { fill(&t, "optional", vec![("/anyOf/0", p)]) });
    }
    let follow_up = Value::Array(strs(&schema.follow_up_when));
    let mut all_of = vec![fill(&t, "followUp", vec![("/if/properties/satisfaction/enum", follow_up)])];
    for (id, subs) in categories {
        let mut allowed = strs(subs);
        allowed.extend([Value::Null, Value::from("")]);
        all_of.push(fill(
            &t,
            "subcategoryOf",
            vec![("/if/properties/category/const", Value::from(id.as_str())), ("/then/properties/subcategory/enum", Value::Array(allowed))],
        ));
    }
    if sub.is_some_and(|s| required.contains(&s)) {
        let mut optional: Vec<Value> = OPTIONAL_SUBCATEGORY.iter().map(|&s| Value::from(s)).collect();
        for (id, subs) in categories {
            if subs.is_empty() {
                optional.push(Value::from(id.as_str()));
            }
        }
        let optional = Value::Array(optional);
        all_of.push(fill(&t, "subcategoryRequired", vec![("/if/properties/category/enum", optional)]));
    }
    let mut top = required.clone();
    crate::text::retain(&mut top, &mut |&i| Some(i) != sub);
    let mut stages = Map::new();
    for (si, (name, _)) in STAGES.iter().enumerate() {
        let mut r = Map::new();
        r.insert("required".to_string(), names(&schema.required(si)));
        stages.insert(name.to_string(), Value::Object(r));
    }
    let mut entry = Map::new();
    for (idx, def) in FIELDS.iter().enumerate().skip(ENTRY_START) {
        entry.insert(def.name.strip_prefix("process.").unwrap_or(def.name).to_string(), property(&t, schema, categories, idx));
    }
    let title = match stage.and_then(|s| STAGES.get(s)) {
        Some((name, _)) => cat!("ticket-guard service record (", name, ")"),
        None => "ticket-guard service record".to_string(),
    };
    fill(
        &t,
        "root",
        vec![
            ("/title", Value::from(title)),
            ("/properties", Value::Object(props)),
            ("/required", names(&top)),
            ("/allOf", Value::Array(all_of)),
            ("/$defs/processEntry/properties", Value::Object(entry)),
            ("/$defs/stages", Value::Object(stages)),
        ],
    )
}

fn property(t: &Value, schema: &Schema, categories: &[(String, Vec<String>)], idx: usize) -> Value {
    let Some(def) = FIELDS.get(idx) else { return Value::Object(Map::new()) };
    let values = match def.kind {
        Kind::TicketId => return fill(t, "ticketId", vec![]),
        Kind::MaskedName => return fill(t, "maskedName", vec![]),
        Kind::Contact => return fill(t, "contact", vec![]),
        Kind::Time => return fill(t, "time", vec![]),
        Kind::Process => return fill(t, "process", vec![]),
        Kind::Plain | Kind::Text => {
            let (min, max) = schema.lengths.get(idx).copied().unwrap_or((def.min, def.max));
            return fill(t, "text", vec![("/minLength", Value::from(min.max(1))), ("/maxLength", Value::from(max))]);
        }
        Kind::Enum => Value::Array(strs(schema.enums.get(idx).map_or(&[][..], |v| v))),
        Kind::Category | Kind::Subcategory => {
            let mut ids = Vec::new();
            for (id, subs) in categories {
                if def.kind == Kind::Category {
                    ids.push(Value::from(id.as_str()));
                } else {
                    ids.extend(strs(subs));
                }
            }
            Value::Array(ids)
        }
    };
    fill(t, "enum", vec![("/enum", values)])
}
