//! The checks, one function per field kind. `validate` runs [`check_field`] over every
//! record field; `validate_field` runs it over one, with the live value swapped in — so the
//! two always agree.

use crate::prelude::*;

use super::Issue;
use super::messages::{Code, Detail, Messages, Subject};
use super::schema::{ENTRY_START, FIELDS, Kind, NOT_VAGUE, OPTIONAL_SUBCATEGORY, Schema, field_index};
use crate::error::join;
use crate::locale::Locale;
use crate::mask;
use crate::text::{Utf16Map, char_len};
use crate::time::{self, Precision, Zone};
use chrono::{DateTime, NaiveDate, Utc};
use crate::json::{Map, Value};

/// At most this many issues of one kind per text: a form shows a handful of highlights, and a
/// pasted log must not flood it (or the page) with thousands.
const MAX_VAGUE_PER_TEXT: usize = 5;
const MAX_SENSITIVE_PER_TEXT: usize = 20;

/// Everything one validation needs.
pub struct Ctx<'a> {
    pub schema: &'a Schema,
    pub categories: &'a [(String, Vec<String>)],
    pub record: &'a Map,
    /// The field being edited in a live form and its current value.
    pub over: Option<(&'a str, &'a Value)>,
    /// Stage index into `STAGES`; `None` = no stage requirements.
    pub stage: Option<usize>,
    pub now: DateTime<Utc>,
    pub zone: &'a Zone,
    pub locale: Locale,
    pub messages: &'a Messages,
}

impl<'a> Ctx<'a> {
    fn get(&self, name: &str) -> Option<&'a Value> {
        match self.over {
            Some((n, v)) if n == name => Some(v),
            _ => self.record.get(name),
        }
    }

    fn str_of(&self, name: &str) -> Option<&'a str> {
        self.get(name).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
    }

    /// A time field's instant when it is valid (to the minute), for cross-field order checks;
    /// its own format problems are reported on that field only.
    fn time_of(&self, name: &str) -> Option<(DateTime<Utc>, Subject)> {
        let v = self.get(name)?;
        let p = time::parse_value(v, self.zone, name).ok().filter(|p| p.precision >= Precision::Minute)?;
        Some((p.at, Subject::Field(field_index(name)?)))
    }

    fn required(&self, idx: usize) -> bool {
        let staged = self.stage.is_some_and(|s| self.schema.is_required(s, idx));
        match FIELDS.get(idx).map(|d| d.name) {
            // Conditional on another field, whatever the stage: a detractor must be followed up.
            Some("followUp") => staged || self.str_of("satisfaction").is_some_and(|s| self.schema.follow_up_when.iter().any(|w| w == s)),
            Some("subcategory") => staged && !self.str_of("category").is_some_and(|c| self.subcategory_optional(c)),
            _ => staged,
        }
    }

    fn subcategory_optional(&self, category: &str) -> bool {
        OPTIONAL_SUBCATEGORY.contains(&category)
            || self.categories.iter().any(|(id, subs)| id == category && subs.is_empty())
    }

    fn push(&self, out: &mut Vec<Issue>, code: Code, field: String, subject: Subject, detail: Detail, span: Option<(usize, usize)>) {
        out.push(Issue {
            field,
            code,
            message: self.messages.render(code, subject, detail, self.locale),
            start: span.map(|s| s.0),
            end: span.map(|s| s.1),
        });
    }
}

/// Null, an empty or blank string and an empty list count as "not filled in".
fn blank(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        _ => false,
    }
}

/// Checks record field `idx` (an index below `ENTRY_START`).
pub fn check_field(ctx: &Ctx, idx: usize, out: &mut Vec<Issue>) {
    let Some(def) = FIELDS.get(idx) else { return };
    let v = ctx.get(def.name);
    let subject = Subject::Field(idx);
    if blank(v) {
        if ctx.required(idx) {
            ctx.push(out, Code::Required, def.name.to_string(), subject, Detail::None, None);
        }
        return;
    }
    let Some(v) = v else { return };
    match def.kind {
        Kind::Process => check_process(ctx, v, out),
        Kind::Time => {
            let Some(at) = check_time(ctx, subject, def.name, v, out) else { return };
            // receivedAt ≥ occurredAt; resolvedAt ≥ receivedAt (or occurredAt without one).
            let before = match def.name {
                "receivedAt" => ctx.time_of("occurredAt"),
                "resolvedAt" => ctx.time_of("receivedAt").or_else(|| ctx.time_of("occurredAt")),
                _ => None,
            };
            if let Some((_, who)) = before.filter(|(b, _)| at < *b) {
                ctx.push(out, Code::TimeOrder, def.name.to_string(), subject, Detail::Other(who), None);
            }
        }
        _ => check_string(ctx, idx, subject, def.name, v, out),
    }
}

/// Format (to the minute) and future_time of one time value; the instant when it parses.
fn check_time(ctx: &Ctx, subject: Subject, path: &str, v: &Value, out: &mut Vec<Issue>) -> Option<DateTime<Utc>> {
    match time::parse_value(v, ctx.zone, path) {
        Ok(p) if p.precision >= Precision::Minute => {
            if p.at > ctx.now {
                ctx.push(out, Code::FutureTime, path.to_string(), subject, Detail::None, None);
            }
            Some(p.at)
        }
        _ => {
            ctx.push(out, Code::Format, path.to_string(), subject, Detail::None, None);
            None
        }
    }
}

/// Every entry needs all four fields; entries are time-ordered after reception. Only the
/// first out-of-order entry is reported (the rest usually follow from it).
fn check_process(ctx: &Ctx, v: &Value, out: &mut Vec<Issue>) {
    let Some(entries) = v.as_array() else {
        if let Some(i) = field_index("process") {
            ctx.push(out, Code::Format, "process".to_string(), Subject::Field(i), Detail::None, None);
        }
        return;
    };
    let mut bound = ctx.time_of("receivedAt").or_else(|| ctx.time_of("occurredAt"));
    let mut ordered = true;
    for (n, e) in entries.iter().enumerate() {
        let path = join("process", n);
        let Some(entry) = e.as_object() else {
            ctx.push(out, Code::Format, path, Subject::Entry(n), Detail::None, None);
            continue;
        };
        for (fi, def) in FIELDS.iter().enumerate().skip(ENTRY_START) {
            let key = def.name.strip_prefix("process.").unwrap_or(def.name);
            let p = join(&path, key);
            let subject = Subject::EntryField(n, fi);
            let fv = entry.get(key);
            match fv {
                _ if blank(fv) => ctx.push(out, Code::Required, p, subject, Detail::None, None),
                Some(fv) if def.kind == Kind::Time => {
                    let Some(at) = check_time(ctx, subject, &p, fv, out) else { continue };
                    if let Some((_, who)) = bound.filter(|(b, _)| ordered && at < *b) {
                        ordered = false;
                        ctx.push(out, Code::TimeOrder, p, subject, Detail::Other(who), None);
                    }
                    if bound.is_none_or(|(b, _)| at >= b) {
                        bound = Some((at, Subject::PreviousEntries));
                    }
                }
                Some(fv) => check_string(ctx, fi, subject, &p, fv, out),
                None => {}
            }
        }
    }
}

/// Type, length and the kind's own rule of a string field.
fn check_string(ctx: &Ctx, idx: usize, subject: Subject, path: &str, v: &Value, out: &mut Vec<Issue>) {
    let Some(def) = FIELDS.get(idx) else { return };
    let Some(raw) = v.as_str() else {
        ctx.push(out, Code::Format, path.to_string(), subject, Detail::None, None);
        return;
    };
    let s = raw.trim();
    if let Some(&(min, max)) = ctx.schema.lengths.get(idx).filter(|_| def.max > 0) {
        let len = char_len(raw);
        if len < min as usize || len > max as usize {
            ctx.push(out, Code::Length, path.to_string(), subject, Detail::Length { min, max, len }, None);
        }
    }
    let bad_format = match def.kind {
        Kind::TicketId => !ticket_id_ok(s),
        Kind::MaskedName => !masked_name_ok(s),
        Kind::Contact => !(mask::is_phone(s) || mask::is_email(s)),
        _ => false,
    };
    if bad_format {
        ctx.push(out, Code::Format, path.to_string(), subject, Detail::None, None);
    }
    match def.kind {
        Kind::Enum => {
            let allowed = ctx.schema.enums.get(idx).map(Vec::as_slice).unwrap_or(&[]);
            if !allowed.iter().any(|a| a == s) {
                ctx.push(out, Code::Enum, path.to_string(), subject, Detail::Values(allowed), None);
            }
        }
        Kind::Category if !ctx.categories.iter().any(|(id, _)| id == s) => {
            let mut ids = Vec::with_capacity(ctx.categories.len());
            for (id, _) in ctx.categories {
                ids.push(id.clone());
            }
            ctx.push(out, Code::Enum, path.to_string(), subject, Detail::Values(&ids), None);
        }
        Kind::Subcategory => check_subcategory(ctx, subject, path, s, out),
        Kind::Text => {
            scan_sensitive(ctx, subject, path, raw, out);
            if def.vague {
                scan_vague(ctx, subject, path, raw, out);
            }
        }
        _ => {}
    }
}

/// A known subcategory id (enum) that belongs to the chosen category (inconsistent).
fn check_subcategory(ctx: &Ctx, subject: Subject, path: &str, s: &str, out: &mut Vec<Issue>) {
    let chosen = ctx.str_of("category").and_then(|c| ctx.categories.iter().find(|(id, _)| id == c));
    if !ctx.categories.iter().any(|(_, subs)| subs.iter().any(|x| x == s)) {
        let all: Vec<String> = match chosen {
            Some((_, subs)) => subs.clone(),
            None => {
                let mut all = Vec::new();
                for (_, subs) in ctx.categories {
                    all.extend_from_slice(subs);
                }
                all
            }
        };
        ctx.push(out, Code::Enum, path.to_string(), subject, Detail::Values(&all), None);
    } else if chosen.is_some_and(|(_, subs)| !subs.iter().any(|x| x == s)) {
        let other = Subject::Field(field_index("category").unwrap_or(0));
        ctx.push(out, Code::Inconsistent, path.to_string(), subject, Detail::Inconsistent { value: s, other }, None);
    }
}

/// `SR` (optional) + a real date `YYYYMMDD` (1970–2099) + a serial of 3–12 digits.
pub fn ticket_id_ok(s: &str) -> bool {
    let d = s.strip_prefix("SR").unwrap_or(s);
    if !(11..=20).contains(&d.len()) || !d.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let num = |r: core::ops::Range<usize>| d.as_bytes().get(r).and_then(crate::text::uint);
    match (num(0..4), num(4..6), num(6..8)) {
        (Some(y), Some(m), Some(day)) => (1970..=2099).contains(&y) && NaiveDate::from_ymd_opt(y as i32, m, day).is_some(),
        _ => false,
    }
}

/// One character followed by one or more `*`: what `maskRecord` writes. A compound surname
/// shown whole (`欧阳*`) is two characters, so not the masked form.
pub fn masked_name_ok(s: &str) -> bool {
    let star = |c: char| c == '*' || c == '＊';
    let shown = s.trim_end_matches(star);
    if shown.len() == s.len() || shown.contains(star) || shown.chars().any(char::is_whitespace) {
        return false;
    }
    char_len(shown) == 1
}

/// Unmasked phone numbers, ID numbers, bank cards and passports are errors in free text, with
/// their span. E-mail addresses and postal addresses are not: customers and agents legitimately
/// quote a return address or a support mailbox (maskRecord still masks them on export).
fn scan_sensitive(ctx: &Ctx, subject: Subject, path: &str, text: &str, out: &mut Vec<Issue>) {
    let mut found = Vec::new();
    let mut bytes = Vec::new();
    for d in mask::detect(text) {
        if found.len() < MAX_SENSITIVE_PER_TEXT && matches!(d.kind, mask::Kind::Phone | mask::Kind::IdCard | mask::Kind::BankCard | mask::Kind::Passport) {
            bytes.push((d.start, d.end));
            found.push(d);
        }
    }
    for (d, span) in found.iter().zip(utf16_spans(text, &bytes)) {
        ctx.push(out, Code::SensitiveData, path.to_string(), subject, Detail::Sensitive(d.kind), Some(span));
    }
}

fn scan_vague(ctx: &Ctx, subject: Subject, path: &str, text: &str, out: &mut Vec<Issue>) {
    let hits = vague_spans(text, &ctx.schema.vague);
    for (&(s, e), span) in hits.iter().zip(utf16_spans(text, &hits)) {
        let word = text.get(s..e).unwrap_or("");
        ctx.push(out, Code::VagueWording, path.to_string(), subject, Detail::Word(word), Some(span));
    }
}

/// Byte spans → UTF-16 spans in one pass over the text.
fn utf16_spans(text: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut flat = Vec::with_capacity(spans.len() * 2);
    for &(s, e) in spans {
        flat.extend_from_slice(&[s, e]);
    }
    Utf16Map::new(text).convert_sorted(&mut flat);
    flat.chunks_exact(2).map(|c| (c[0], c[1])).collect()
}

/// Byte spans of hedging cues, sorted, non-overlapping (longest wins), at most
/// `MAX_VAGUE_PER_TEXT`. Word cues match whole words case-insensitively, with any run of
/// spaces between their words; other cues match anywhere, except inside a `NOT_VAGUE` phrase.
pub fn vague_spans(text: &str, cues: &[(String, bool)]) -> Vec<(usize, usize)> {
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let mut excluded = Vec::new();
    for p in NOT_VAGUE {
        for i in crate::text::find_all(text, p) {
            excluded.push((i, i + p.len()));
        }
    }
    for (cue, words) in cues {
        if *words {
            let b = text.as_bytes();
            for i in 0..b.len() {
                if b[i].is_ascii_alphanumeric() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
                    if let Some(end) = match_words(b, i, cue) {
                        hits.push((i, end));
                    }
                }
            }
        } else {
            for i in crate::text::find_all(text, cue) {
                let span = (i, i + cue.len());
                if !excluded.iter().any(|x| x.0 <= span.0 && span.1 <= x.1) {
                    hits.push(span);
                }
            }
        }
    }
    crate::text::sort_by(&mut hits, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for h in hits {
        if kept.last().is_none_or(|k| h.0 >= k.1) {
            kept.push(h);
        }
        if kept.len() >= MAX_VAGUE_PER_TEXT {
            break;
        }
    }
    kept
}

/// End of `cue` matched at `i` as whole words, if it matches.
fn match_words(b: &[u8], i: usize, cue: &str) -> Option<usize> {
    let mut j = i;
    for (k, w) in cue.split_whitespace().enumerate() {
        if k > 0 {
            let start = j;
            while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                j += 1;
            }
            if j == start {
                return None;
            }
        }
        let end = j.checked_add(w.len())?;
        if !b.get(j..end)?.eq_ignore_ascii_case(w.as_bytes()) {
            return None;
        }
        j = end;
    }
    (j > i && !b.get(j).is_some_and(u8::is_ascii_alphanumeric)).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticket_ids() {
        for ok in ["SR20240501001", "20231027001", "202312310045", "SR20240229123"] {
            assert!(ticket_id_ok(ok), "{ok}");
        }
        for bad in ["SR20241301001", "SR20230229007", "SR2024050101", "SR-2024-0501-001", "sr20240501001", "SR20240501００1", "SR20240500001", ""] {
            assert!(!ticket_id_ok(bad), "{bad}");
        }
    }

    #[test]
    fn masked_names() {
        for ok in ["王*", "M*", "欧**", "李＊＊", "😀*"] {
            assert!(masked_name_ok(ok), "{ok}");
        }
        for bad in ["王小明", "王*明", "*", "王", "Mike*", "王 *", "张三*", "**", "欧阳*"] {
            assert!(!masked_name_ok(bad), "{bad}");
        }
    }

    fn cues() -> Vec<(String, bool)> {
        [("maybe", true), ("I think", true), ("可能", false), ("might", true)].iter().map(|(c, w)| (c.to_string(), *w)).collect()
    }

    #[test]
    fn vague_cues_respect_word_boundaries_and_exclusions() {
        let c = cues();
        assert_eq!(vague_spans("Maybe it works", &c), vec![(0, 5)]);
        assert_eq!(vague_spans("i  THINK so", &c), vec![(0, 8)]);
        assert!(vague_spans("mighty maybelline ithink", &c).is_empty());
        assert_eq!(vague_spans("这不可能出错，可能是网关", &c), vec![(21, 27)]);
        assert_eq!(vague_spans("网关maybe超时", &c), vec![(6, 11)]);
        let many = "maybe ".repeat(20);
        assert_eq!(vague_spans(&many, &c).len(), MAX_VAGUE_PER_TEXT);
    }
}
