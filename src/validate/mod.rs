//! Record validation (SPEC §3): the service-record form checked field by field, per stage,
//! with localised messages and UTF-16 spans of the offending text.
//!
//! - `stage: None` checks only the fields that are filled in: no stage requirements. The one
//!   conditional rule still applies, because it follows from a filled-in field: a
//!   `satisfaction` in `followUpWhen` makes `followUp` required.
//! - Null, empty/blank strings and empty lists count as missing.
//! - Wrong JSON types are `format` issues on their field, never silently accepted.
//! - Unknown extra fields are ignored.
//! - `vague_wording` is the only warning code; every other code is an error.
//! - Sensitive data in free text = unmasked phone, ID number, bank card or passport, found by
//!   the masking detectors (`crate::mask`), so validation and masking never disagree.

use crate::prelude::*;

mod json_schema;
mod messages;
mod rules;
mod schema;

pub use messages::Code;
use messages::Messages;

use crate::error::{Error, Result};
use crate::locale::Locale;
use crate::time::Zone;
use chrono::{DateTime, Utc};
use rules::Ctx;
use schema::{ENTRY_START, STAGES, Schema};
use crate::json::{ToJson, write_fields, write_row};
use crate::json::{Map, Value};

/// One problem with one field. `start`/`end`: UTF-16 span inside a text field (the phone
/// number in a description, the vague word in a result), absent when not applicable.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub field: String,
    pub code: Code,
    pub message: String,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

/// `valid` ⇔ no errors; warnings never invalidate.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationResult {
    pub valid: bool,
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

impl ValidationResult {
    fn from_issues(issues: Vec<Issue>) -> Self {
        let (warnings, errors): (Vec<Issue>, Vec<Issue>) = issues.into_iter().partition(|i| i.code.is_warning());
        ValidationResult { valid: errors.is_empty(), errors, warnings }
    }
}

/// The validator of one `TicketGuard`: the schema in force and the taxonomy's ids.
#[derive(Debug, Clone)]
pub struct Validator {
    schema: Schema,
    categories: Vec<(String, Vec<String>)>,
    messages: Messages,
}

impl Validator {
    /// Reads `config.schema` and `config.vagueWords` (see `schema.rs` for their shape).
    /// `categories`: the configured taxonomy's (category id, subcategory ids).
    pub fn from_config(config: &Value, categories: Vec<(String, Vec<String>)>) -> Result<Validator> {
        Ok(Validator { schema: Schema::from_config(config)?, categories, messages: Messages::from_config(config)? })
    }

    /// Validates a whole record at `stage` (`None`: no required fields, see the module doc).
    /// `now` decides `future_time` (taken from JS); `zone` reads form-style times.
    pub fn validate(&self, record: &Value, stage: Option<&str>, now: DateTime<Utc>, zone: &Zone, locale: Locale) -> Result<ValidationResult> {
        let stage = stage_index(stage)?;
        let record = record.as_object().ok_or_else(|| Error::input("invalid_type", "", "a record must be an object"))?;
        let ctx = Ctx { schema: &self.schema, categories: &self.categories, record, over: None, stage, now, zone, locale, messages: &self.messages };
        let mut issues = Vec::new();
        for idx in 0..ENTRY_START {
            rules::check_field(&ctx, idx, &mut issues);
        }
        Ok(ValidationResult::from_issues(issues))
    }

    /// The issues `validate` would report on field `name` (a record field; `process` covers
    /// all its entries) when it holds `value`, with the rest of `record` for cross-field rules.
    /// Split into errors and warnings like `validate`.
    #[allow(clippy::too_many_arguments)]
    pub fn validate_field(
        &self,
        name: &str,
        value: &Value,
        stage: Option<&str>,
        record: Option<&Value>,
        now: DateTime<Utc>,
        zone: &Zone,
        locale: Locale,
    ) -> Result<ValidationResult> {
        let idx = schema::field_index(name)
            .filter(|&i| !schema::is_entry(i))
            .ok_or_else(|| Error::input("enum", "field", cat!("unknown record field \"", crate::text::head(name, 40), "\"")))?;
        let stage = stage_index(stage)?;
        let empty = Map::new();
        let record = match record {
            None | Some(Value::Null) => &empty,
            Some(Value::Object(m)) => m,
            Some(_) => return Err(Error::input("invalid_type", "record", "a record must be an object")),
        };
        let ctx = Ctx { schema: &self.schema, categories: &self.categories, record, over: Some((name, value)), stage, now, zone, locale, messages: &self.messages };
        let mut issues = Vec::new();
        rules::check_field(&ctx, idx, &mut issues);
        Ok(ValidationResult::from_issues(issues))
    }

    /// JSON Schema (draft 2020-12) of the record at `stage` — see `json_schema.rs`.
    pub fn record_schema(&self, stage: Option<&str>) -> Result<Value> {
        let stage = stage_index(stage)?;
        Ok(json_schema::build(&self.schema, &self.categories, stage))
    }

    /// The default `config.schema`, as plain JSON, for `TicketGuard.defaults()`.
    pub fn default_schema() -> Value {
        Schema::defaults().to_json()
    }
}

fn stage_index(stage: Option<&str>) -> Result<Option<usize>> {
    match stage {
        None => Ok(None),
        Some(s) => STAGES.iter().position(|(n, _)| *n == s).map(Some).ok_or_else(|| {
            Error::input("enum", "stage", "stage must be one of registration, processing, resolved, closed")
        }),
    }
}

impl ToJson for Issue {
    fn write_json(&self, out: &mut String) {
        write_fields(out, &[&self.field, &self.code, &self.message, &self.start, &self.end]);
    }
}

impl ToJson for ValidationResult {
    fn write_json(&self, out: &mut String) {
        write_row(out, &[&self.valid, &self.errors, &self.warnings]);
    }
}

#[cfg(test)]
mod tests;
