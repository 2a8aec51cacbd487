//! Reply suggestions: an agent's first words chosen from the ticket's category, emotion and
//! SLA, with a concrete time from the due date in the calendar's zone — never 大概/可能.
//! Templates are data (`TEMPLATES`), replaceable per locale through `config.replies`.

use crate::prelude::*;
use crate::text::Pad;

use crate::error::{Error, Result, join};
use crate::guard::Guard;
use crate::locale::Locale;
use crate::text::{fill, placeholders, rows};
use crate::time::Zone;
use chrono::{DateTime, Datelike, Timelike, Utc};
use crate::json::{Obj, ToJson};
use crate::json::{Map, Value};

/// The placeholders a template may use.
const PLACEHOLDERS: &[&str] = &["customerName", "ticketId", "due"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Built-in templates: `(key, zh-CN, en)`. Keys `opening.<category>` and `progress.<stage>`.
const TEMPLATES: &str = crate::text::table![
    ("greeting", "您好，", "Hello,"),
    ("greetingNamed", "{customerName}您好，", "Dear {customerName},"),
    ("opening.account", "关于您账户登录的问题，我们已经收到。", "we have received your message about your account."),
    ("opening.order", "关于您订单的问题，我们已经收到。", "we have received your message about your order."),
    ("opening.payment", "关于您的支付与账单问题，我们已经收到。", "we have received your message about your payment."),
    ("opening.logistics", "关于您的物流配送问题，我们已经收到。", "we have received your message about your delivery."),
    ("opening.product", "关于产品使用的问题，我们已经收到。", "we have received your message about the product."),
    ("opening.after_sales", "您的售后申请我们已经收到。", "we have received your return or warranty request."),
    ("opening.service", "感谢您对我们服务的反馈。", "thank you for your feedback on our service."),
    ("opening.presales", "感谢您的咨询。", "thank you for your question."),
    ("opening.external", "关于您反映的问题，我们已经收到。", "we have received your message."),
    ("opening.other", "您的消息我们已经收到。", "we have received your message."),
    ("reference", "您的工单号是 {ticketId}。", "Your ticket number is {ticketId}."),
    ("soothing.negative", "给您带来不便，非常抱歉。", "We are sorry for the trouble this has caused."),
    ("soothing.angry", "非常抱歉让您有这样的经历，我们已将您的问题列为优先处理。", "We are truly sorry for this experience; your case now has our priority attention."),
    ("progress.registration", "我们将在{due}前给您答复。", "We will reply by {due}."),
    ("progress.processing", "我们将在{due}前向您更新处理进展。", "We will update you on our progress by {due}."),
    ("progress.resolved", "我们将在{due}前回访，确认您对处理结果是否满意。", "We will call you by {due} to make sure you are happy with the solution."),
    ("closing", "感谢您的耐心。", "Thank you for your patience."),
];

/// The templates of a guard: built-ins overridden by `config.replies`.
#[derive(Debug, Clone, Default)]
pub struct Replies {
    overrides: Map,
}

impl Replies {
    /// Reads `config.replies = { "zh-CN": { key: template }, en: { … } }`, keys as in `TEMPLATES`.
    pub fn from_config(config: &Value) -> Result<Replies> {
        let Some(r) = config.get("replies").filter(|v| !v.is_null()) else { return Ok(Replies::default()) };
        let obj = r.as_object().ok_or_else(|| Error::config("invalid_type", "replies", "replies must be an object"))?;
        for (locale, table) in obj {
            let p = join("replies", locale.as_str());
            if Locale::parse(locale).is_none() {
                return Err(Error::config("enum", p, "replies are keyed by locale: \"zh-CN\" or \"en\""));
            }
            let table = table.as_object().ok_or_else(|| Error::config("invalid_type", p.clone(), "a template table is an object"))?;
            for (key, t) in table {
                let kp = join(&p, key.as_str());
                if !rows(TEMPLATES).any(|(k, ..)| k == key) {
                    return Err(Error::config("unknown_key", kp, cat!("unknown template \"", key, "\"")));
                }
                let t = t.as_str().ok_or_else(|| Error::config("invalid_type", kp.clone(), "a template is a string"))?;
                if let Some(bad) = placeholders(t).find(|p| !PLACEHOLDERS.contains(p)) {
                    return Err(Error::config("unknown_placeholder", kp, cat!("unknown placeholder {", bad, "}; use {customerName}, {ticketId} or {due}")));
                }
            }
        }
        Ok(Replies { overrides: obj.clone() })
    }

    fn get(&self, key: &str, locale: Locale) -> Option<String> {
        if let Some(t) = self.overrides.get(locale.tag()).and_then(|t| t.get(key)).and_then(Value::as_str) {
            return Some(t.to_string());
        }
        rows(TEMPLATES).find(|(k, ..)| *k == key).map(|(_, zh, en)| locale.pick((zh, en)).to_string())
    }
}


/// A due time as a person says it, in the calendar's zone: 今天 17:30 / tomorrow at 09:00.
fn spoken(due: DateTime<Utc>, now: DateTime<Utc>, zone: &Zone, locale: Locale) -> String {
    let (d, n) = (zone.local(due), zone.local(now));
    let days = (d.date() - n.date()).num_days();
    let hm = cat!(Pad(d.hour(), 2), ":", Pad(d.minute(), 2));
    match (locale, days) {
        (Locale::ZhCn, 0) => cat!("今天 ", hm, " "),
        (Locale::ZhCn, 1) => cat!("明天 ", hm, " "),
        (Locale::ZhCn, _) => cat!(d.month(), "月", d.day(), "日 ", hm, " "),
        (Locale::En, 0) => cat!("today at ", hm),
        (Locale::En, 1) => cat!("tomorrow at ", hm),
        (Locale::En, _) => cat!(d.day(), " ", MONTHS[d.month0() as usize], " at ", hm),
    }
}

#[derive(Debug, Clone)]
pub struct Part {
    pub kind: &'static str,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Reply {
    pub text: String,
    pub parts: Vec<Part>,
    /// The due time stated in the progress line (ISO UTC), if any.
    pub due: Option<String>,
    pub locale: &'static str,
}

/// `guard.suggestReply(ticket, { stage?, locale?, now? })`.
pub fn suggest(guard: &Guard, replies: &Replies, ticket: &Value, options: &Value, now: DateTime<Utc>) -> Result<Reply> {
    let obj = ticket.as_object().ok_or_else(|| Error::input("invalid_type", "", "ticket must be an object"))?;
    let locale = match options.get("locale").filter(|v| !v.is_null()) {
        None => guard.locale,
        Some(l) => l.as_str().and_then(Locale::parse).ok_or_else(|| Error::input("enum", "options.locale", "locale must be \"zh-CN\" or \"en\""))?,
    };
    let stage = match options.get("stage").and_then(Value::as_str) {
        None => "registration",
        Some(s @ ("registration" | "processing" | "resolved")) => s,
        Some(_) => return Err(Error::input("enum", "options.stage", "stage must be registration, processing or resolved")),
    };
    let text = ["text", "description"].iter().find_map(|k| obj.get(k).and_then(Value::as_str)).unwrap_or("");
    let class = guard.classify(text)?;
    let mut due = None;
    let mut when = None;
    if obj.contains_key("timeline") || obj.contains_key("receivedAt") {
        let sla = guard.sla_at(ticket, now)?;
        let wanted: &[&str] = match stage {
            "registration" => &["first_response", "resolution"],
            "processing" => &["next_update", "resolution"],
            _ => &["follow_up"],
        };
        let target = wanted.iter().find_map(|k| sla.targets.iter().find(|t| t.kind == *k && t.state == "pending" && t.due.is_some()));
        if let Some(at) = target.and_then(|t| t.due) {
            when = Some(spoken(at, now, guard.zone(), locale));
            due = Some(crate::time::format_utc(at));
        }
    }
    // Only masked values reach a reply: the name's first character, ids through the masker.
    let name = obj.get("customerName").and_then(Value::as_str).and_then(|n| n.trim().chars().next()).map(|c| cat!(c, "*"));
    let id = obj.get("ticketId").and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(|s| guard.mask_plain(s));
    let mut values = Vec::new();
    for (k, v) in [("customerName", &name), ("ticketId", &id), ("due", &when)] {
        if let Some(v) = v.as_deref() {
            values.push((k, v));
        }
    }
    let mut parts = Vec::new();
    let mut push = |kind: &'static str, key: &str| {
        if let Some(t) = replies.get(key, locale) {
            parts.push(Part { kind, text: fill(&t, &values) });
        }
    };
    push("greeting", if name.is_some() { "greetingNamed" } else { "greeting" });
    // A configured category without its own opening gets the generic one.
    let opening = cat!("opening.", class.category);
    push("opening", if replies.get(&opening, locale).is_some() { &opening } else { "opening.other" });
    if id.is_some() {
        push("reference", "reference");
    }
    if class.emotion != "calm" {
        push("soothing", &cat!("soothing.", class.emotion));
    }
    if when.is_some() {
        push("progress", &cat!("progress.", stage));
    }
    push("closing", "closing");
    let sep = if locale == Locale::En { " " } else { "" };
    let mut texts = Vec::with_capacity(parts.len());
    for p in &parts {
        texts.push(p.text.as_str());
    }
    let text = crate::text::join(&texts, sep);
    Ok(Reply { text, parts, due, locale: locale.tag() })
}

impl ToJson for Part {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field(key!("kind"), &self.kind).field(key!("text"), &self.text).end();
    }
}

impl ToJson for Reply {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field(key!("text"), &self.text).field(key!("parts"), &self.parts).field(key!("due"), &self.due).field(key!("locale"), &self.locale).end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guard::Guard;
    use crate::json;

    const CATEGORIES: [&str; 10] = ["account", "order", "payment", "logistics", "product", "after_sales", "service", "presales", "external", "other"];

    #[test]
    fn every_category_and_locale_has_its_templates() {
        for locale in [Locale::ZhCn, Locale::En] {
            for c in CATEGORIES {
                assert!(rows(TEMPLATES).any(|(k, ..)| *k == format!("opening.{c}")), "{c}");
            }
            for (key, zh, en) in rows(TEMPLATES) {
                let t = locale.pick((zh, en));
                assert!(!t.is_empty(), "{key}");
                assert!(placeholders(t).all(|p| PLACEHOLDERS.contains(&p)), "{key}");
                for vague in ["大概", "可能", "好像", "maybe", "probably"] {
                    assert!(!t.contains(vague), "{key} says {vague}");
                }
            }
        }
    }

    #[test]
    fn reply_states_the_sla_due_time_and_only_masked_values() {
        let g = Guard::new(&json!({"calendar": {"timezone": "Asia/Shanghai", "weekly": {"mon": [["09:00", "18:30"]], "tue": [["09:00", "18:30"]]}}})).expect("guard");
        let ticket = json!({"customerName": "王小明", "ticketId": "SR20240610001", "text": "快递一直不到，太失望了，我电话13812345678",
                            "timeline": [{"at": "2024-06-10 14:00", "kind": "received"}], "priority": "P2"});
        let r = g.suggest_reply(&ticket, &json!({}), &json!("2024-06-10 15:00")).expect("reply");
        let sla = g.sla(&ticket, &json!("2024-06-10 15:00"), &Value::Null).expect("sla");
        let due = sla.targets.iter().find(|t| t.kind == "first_response").and_then(|t| t.due.map(crate::time::format_utc));
        assert_eq!(r.due, due);
        assert_eq!(due.as_deref(), Some("2024-06-10T10:00:00Z"));
        assert!(r.text.contains("今天 18:00 前"), "{}", r.text);
        assert!(r.text.starts_with("王*您好"), "{}", r.text);
        assert!(!r.text.contains("小明") && !r.text.contains("13812345678"));
        assert!(r.parts.iter().any(|p| p.kind == "soothing"));
        let mut answered = ticket.clone();
        answered["timeline"].as_array_mut().expect("timeline").push(json!({"at": "2024-06-10 14:30", "kind": "responded"}));
        let en = g.suggest_reply(&answered, &json!({"locale": "en", "stage": "processing"}), &json!("2024-06-10 15:00")).expect("reply");
        assert!(en.text.contains("We will update you on our progress by tomorrow at 11:00."), "{}", en.text);
        // Past the first-response due time, the reply promises the resolution time instead.
        let late = g.suggest_reply(&ticket, &json!({"locale": "en"}), &json!("2024-06-10 19:00")).expect("reply");
        let later = g.sla(&ticket, &json!("2024-06-10 19:00"), &Value::Null).expect("sla");
        assert_eq!(late.due, later.targets.iter().find(|t| t.kind == "resolution").and_then(|t| t.due.map(crate::time::format_utc)));
        assert!(late.text.contains("We will reply by 18 Jun at 09:30."), "{}", late.text);
    }

    #[test]
    fn templates_are_replaceable_and_checked() {
        let g = Guard::new(&json!({"replies": {"en": {"closing": "Best, the {ticketId} team"}}})).expect("guard");
        let r = g.suggest_reply(&json!({"ticketId": "SR20240610001", "text": "hello"}), &json!({"locale": "en"}), &json!("2024-06-10 15:00")).expect("reply");
        assert!(r.text.ends_with("Best, the SR20240610001 team"), "{}", r.text);
        let bad = Guard::new(&json!({"replies": {"en": {"closing": "Bye {agentName}"}}})).err().expect("unknown placeholder");
        assert_eq!((bad.code, bad.path.as_str()), ("unknown_placeholder", "replies.en.closing"));
        assert_eq!(Guard::new(&json!({"replies": {"fr": {}}})).err().map(|e| e.path).as_deref(), Some("replies.fr"));
    }
}
