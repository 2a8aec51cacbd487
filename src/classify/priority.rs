//! Priority rules (SPEC §2). The most urgent cue decides: P1 safety / outage / data loss /
//! stolen account / regulator, media or legal threats / login or payment failing "at all";
//! P2 device will not start, payment, refund or order placement failed; otherwise the
//! winning subcategory's base level (P2 for a payment or order placement reported as not
//! working, even in words no cue lists; general questions asked calmly drop to P4, but not
//! questions about a disaster or outage holding things up or a fault under warranty; complaints
//! and repair requests about P4 topics rise to P3, as does an upset ticket no term matched, while
//! an impatient pre-sales question stays P4). An angry customer, a VIP tier or `contactCount >= 2` raise
//! the result one level — once, however many of them apply — never above P1. An explicit
//! `ticket.priority` is returned as is with the reason `explicit`.
//!
//! `config.priority`: `{ vipTiers?: string[], terms?: { P1?: string[], .., P4?: string[] } }`;
//! extra terms act like built-in cues (code `custom`); `vipTiers` replaces the default list
//! (`taxonomy::VIP_TIERS`, case-insensitive).

use crate::prelude::*;

use super::{Classification, Classifier};
use super::config::Term;
use super::taxonomy::{PRIORITY_MESSAGES_P, VIP_TIERS};
use crate::error::{Error, Result, join};
use crate::level::Level;
use crate::locale::Locale;
use crate::json::{ToJson, write_fields, write_row};
use crate::json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub code: &'static str,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PriorityResult {
    pub level: Level,
    pub reasons: Vec<Reason>,
}

fn level_of(n: u8) -> Level {
    match n {
        1 => Level::P1,
        2 => Level::P2,
        3 => Level::P3,
        _ => Level::P4,
    }
}

/// The reason templates, split once per classifier: finding a row in the table string on
/// every call split every row before it (a tenth of an `analyze`).
pub(super) fn messages() -> Vec<(&'static str, &'static str, &'static str)> {
    static TABLE: crate::text::Once<String> = crate::text::Once::new();
    crate::text::rows(TABLE.get_or_init(|| crate::pack::unpacked(PRIORITY_MESSAGES_P))).collect()
}

/// `config.priority` read: VIP tiers in lower case, and extra (level, term) cues.
pub(super) type PriorityConfig = (Vec<String>, Vec<(u8, Term)>);

/// Reads `config.priority`.
pub(super) fn load_config(config: &Value) -> Result<PriorityConfig> {
    let mut tiers: Vec<String> = VIP_TIERS.split('|').map(String::from).collect();
    let mut extra = Vec::new();
    let p = match config.get("priority") {
        None | Some(Value::Null) => return Ok((tiers, extra)),
        Some(Value::Object(m)) => m,
        Some(_) => {
            return Err(Error::config(
                "invalid_type",
                "priority",
                "priority must be an object",
            ));
        }
    };
    let strings = |v: &Value, path: &str| -> Result<Vec<String>> {
        let Value::Array(a) = v else {
            return Err(Error::config(
                "invalid_type",
                path,
                "must be an array of strings",
            ));
        };
        crate::error::map_all(a, |i, s| match s {
            Value::String(s) if !s.trim().is_empty() && s.len() <= 200 => Ok(s.trim().to_string()),
            _ => Err(Error::config("invalid_value", join(path, i), "must be a non-empty string")),
        })
    };
    if let Some(v) = p.get("vipTiers").filter(|v| !v.is_null()) {
        tiers = strings(v, "priority.vipTiers")?
            .into_iter()
            .map(|s| s.to_ascii_lowercase())
            .collect();
    }
    match p.get("terms") {
        None | Some(Value::Null) => {}
        Some(Value::Object(t)) => {
            for (k, v) in t {
                let path = join("priority.terms", k.as_str());
                let Some(level) = Level::parse(k) else {
                    return Err(Error::config(
                        "enum",
                        path,
                        "keys of priority.terms are P1..P4",
                    ));
                };
                for (i, s) in strings(v, &path)?.into_iter().enumerate() {
                    let term = Term::parse(&s).ok_or_else(|| {
                        Error::config("invalid_value", join(&path, i), "bad term")
                    })?;
                    extra.push((level.index() as u8 + 1, term));
                }
            }
        }
        Some(_) => {
            return Err(Error::config(
                "invalid_type",
                "priority.terms",
                "terms must be an object",
            ));
        }
    }
    Ok((tiers, extra))
}

fn opt_str<'a>(t: &'a crate::json::Map, key: &str) -> Result<Option<&'a str>> {
    match t.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(Error::input(
            "invalid_type",
            key,
            cat!(key, " must be a string"),
        )),
    }
}

impl Classifier {
    fn message(&self, key: &str, term: &str, level: Level, locale: Locale) -> String {
        let tpl = self.messages.iter().find(|m| m.0 == key).map_or("{t} → {l}", |m| locale.pick((m.1, m.2)));
        crate::text::fill(tpl, &[("t", term), ("l", level.as_str())])
    }

    /// `ticket`: `{ text?, subject?, title?, description?, customerTier?, contactCount?, priority? }`.
    pub fn priority(&self, ticket: &Value, locale: Locale) -> Result<PriorityResult> {
        self.priority_and_class(ticket, locale, true).map(|(p, _)| p)
    }

    /// The priority and, from the same analysis, the classification of the ticket's text
    /// fields joined by newlines (`None` when an explicit priority made analysis unnecessary).
    /// Without `explain` the reasons are left out: the SLA and the review need only the level,
    /// and writing the messages took 7 % of a review.
    pub fn priority_and_class(&self, ticket: &Value, locale: Locale, explain: bool) -> Result<(PriorityResult, Option<Classification>)> {
        let Value::Object(t) = ticket else {
            return Err(Error::input("invalid_type", "", "ticket must be an object"));
        };
        let explicit = match opt_str(t, "priority")? {
            None => None,
            Some(s) if s.trim().is_empty() => None,
            Some(s) => Some(Level::parse(s).ok_or_else(|| {
                Error::input("enum", "priority", "priority must be P1, P2, P3 or P4")
            })?),
        };
        let mut parts: Vec<&str> = Vec::new();
        for key in ["subject", "title", "text", "description"] {
            // A form often repeats the text as its description: count it once. A blank field
            // (an empty subject) adds nothing.
            if let Some(s) = opt_str(t, key)?.filter(|s| !s.trim().is_empty() && !parts.contains(s)) {
                parts.push(s);
            }
        }
        let tier = opt_str(t, "customerTier")?;
        let contacts = match t.get("contactCount") {
            None | Some(Value::Null) => 0u64,
            Some(v) => match v.as_f64() {
                Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 => n.min(1e12) as u64,
                _ => {
                    return Err(Error::input(
                        "invalid_value",
                        "contactCount",
                        "contactCount must be a non-negative integer",
                    ));
                }
            },
        };
        let mut reasons = Vec::new();
        let mut reason = |code: &'static str, key: &str, term: &str, level: Level| {
            if explain {
                reasons.push(Reason { code, message: self.message(key, term, level, locale) });
            }
        };
        if let Some(level) = explicit {
            reason("explicit", "explicit", "", level);
            return Ok((PriorityResult { level, reasons }, None));
        }

        let joined = crate::text::join(&parts, "\n");
        let a = self.analyze(&joined, locale);
        let mut hits: Vec<(&'static str, u8, &str)> = a.prio.clone();
        for (id, clause, term) in &a.topic_clauses {
            let code = match id {
                Some("login_failed") => "cannot_login",
                Some("payment_failed") => "cannot_pay",
                _ => continue,
            };
            if a.at_all.contains(clause) && !hits.iter().any(|h| h.0 == code && h.1 == 1) {
                hits.push((code, 1, term));
            }
        }
        // A complaint about the account's security reports it stolen, however it is worded
        // (someone else's orders, a changed password): labellers gave 500 of 501 of them P1.
        let security = a.class.subcategory.as_deref() == Some("account_security");
        if security && a.class.nature == "complaint" && !hits.iter().any(|h| h.1 == 1) {
            hits.push(("account_stolen", 1, a.top_term));
        }
        let cue_level = hits.iter().map(|h| h.1).min();
        let mut level = match cue_level {
            Some(l) if l <= 2 || hits.iter().any(|h| h.0 == "custom") => {
                // One reason per code among the cues of the deciding level, the first one's term.
                for (i, h) in hits.iter().enumerate().filter(|(_, h)| h.1 == l) {
                    if !hits[..i].iter().any(|e| e.0 == h.0 && e.1 == l) {
                        reason(h.0, h.0, h.2, level_of(l));
                    }
                }
                level_of(l)
            }
            _ => {
                let c = &a.class;
                // A question is a general one (P4), however annoyed its tone (an angry one keeps
                // its subcategory's level and is raised below), unless it asks about a problem already
                // there: a disaster or an outage holding things up, a fault (a product fault term
                // matched) to repair under warranty, a parcel on its way (labellers read a tracking
                // question as a delivery issue, P3).
                let problem = match c.subcategory.as_deref() {
                    Some("force_majeure" | "network_outage" | "tracking") => true,
                    Some("warranty_repair") => a
                        .topic_clauses
                        .iter()
                        .any(|t| matches!(t.0, Some("hardware_fault" | "software_fault" | "quality_defect"))),
                    _ => false,
                };
                let question = c.nature == "consultation" && c.emotion != "angry" && !problem;
                let unhappy = matches!(c.nature, "complaint" | "repair_request") || (c.emotion != "calm" && !a.matched);
                let special = matches!(c.subcategory.as_deref(), Some("suggestion" | "praise"));
                let l = match a.base_level {
                    2 | 3 if question => 4,
                    4 if unhappy && !special => 3,
                    l => l,
                };
                let l = level_of(l);
                let code = match (l, c.category.as_str(), c.subcategory.as_deref()) {
                    (Level::P1 | Level::P2, ..) => "main_function_broken",
                    (Level::P3, "logistics", _) => "delivery_issue",
                    (Level::P3, ..) => "problem",
                    (_, _, Some("suggestion")) => "suggestion",
                    (_, _, Some("praise")) => "praise",
                    (_, "presales", _) => "presales",
                    _ => "general_question",
                };
                reason(code, if a.matched { code } else { "no_match" }, a.top_term, l);
                l
            }
        };

        let mut raised = level;
        if a.class.emotion == "angry" {
            raised = level.raised();
            reason("angry_customer", "angry_customer", "", raised);
        }
        if let Some(tier) = tier.filter(|s| {
            self.vip_tiers
                .iter()
                .any(|v| v.eq_ignore_ascii_case(s.trim()))
        }) {
            raised = level.raised();
            reason("vip", "vip", tier.trim(), raised);
        }
        if contacts >= 2 {
            raised = level.raised();
            reason("repeat_contact", "repeat_contact", &cat!(contacts), raised);
        }
        level = raised;
        Ok((PriorityResult { level, reasons }, Some(a.class)))
    }
}

impl ToJson for Reason {
    fn write_json(&self, out: &mut String) {
        write_fields(out, &[&self.code, &self.message]);
    }
}

impl ToJson for PriorityResult {
    fn write_json(&self, out: &mut String) {
        write_row(out, &[&self.level, &self.reasons]);
    }
}
