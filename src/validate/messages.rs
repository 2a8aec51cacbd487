//! zh-CN / en messages of the validator: one template per issue code, one label per field,
//! one format hint per field kind. A message = template with the field's label and the
//! issue's details filled in, so every code × field pair has both locales.

use crate::prelude::*;

use super::schema::{FIELDS, Kind};
use crate::error::{Error, Result, join};
use crate::locale::Locale;
use crate::mask;
use crate::text;
use crate::json::Value;

/// Issue codes (the contract) with their (zh-CN, en) templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Required,
    Format,
    Enum,
    Length,
    TimeOrder,
    FutureTime,
    Inconsistent,
    SensitiveData,
    VagueWording,
}

impl crate::json::ToJson for Code {
    fn write_json(&self, out: &mut String) {
        crate::json::write_str(out, self.as_str());
    }
}

impl Code {
    fn template(self) -> (&'static str, &'static str) {
        match self {
            Code::Required => ("{label}为必填项", "{label} is required"),
            Code::Format => ("{label}格式不正确：{hint}", "{label} {hint}"),
            Code::Enum => ("{label}取值无效，可选值：{values}", "{label} must be one of: {values}"),
            Code::Length => ("{label}长度应为 {min}–{max} 个字符，当前为 {len} 个", "{label} must be {min}–{max} characters long (it has {len})"),
            Code::TimeOrder => ("{label}不能早于{other}", "{label} cannot be earlier than {other}"),
            Code::FutureTime => ("{label}不能晚于当前时间", "{label} cannot be in the future"),
            Code::Inconsistent => ("{label}“{value}”不属于所选{other}", "{label} \"{value}\" does not belong to the chosen {other}"),
            Code::SensitiveData => ("{label}含有未脱敏的{kind}，请脱敏后再保存", "{label} contains an unmasked {kind}; mask it before saving"),
            Code::VagueWording => ("{label}含有模糊措辞“{word}”，请写明已确认的事实", "{label} contains vague wording \"{word}\"; state what was confirmed"),
        }
    }

    const ALL: [(Code, &'static str); 9] = [
        (Code::Required, "required"),
        (Code::Format, "format"),
        (Code::Enum, "enum"),
        (Code::Length, "length"),
        (Code::TimeOrder, "time_order"),
        (Code::FutureTime, "future_time"),
        (Code::Inconsistent, "inconsistent"),
        (Code::SensitiveData, "sensitive_data"),
        (Code::VagueWording, "vague_wording"),
    ];

    pub fn as_str(self) -> &'static str {
        Code::ALL.iter().find(|c| c.0 == self).map_or("", |c| c.1)
    }

    /// Warnings never invalidate a record; every other code is an error.
    pub fn is_warning(self) -> bool {
        self == Code::VagueWording
    }
}

/// Field labels (name, zh-CN, en), same names as `schema::FIELDS`.
const LABELS: &str = crate::text::table![
    ("ticketId", "工单编号", "Ticket ID"),
    ("customerId", "客户编号", "Customer ID"),
    ("customerName", "客户姓名", "Customer name"),
    ("contact", "联系方式", "Contact"),
    ("channel", "受理渠道", "Channel"),
    ("occurredAt", "发生时间", "Occurrence time"),
    ("receivedAt", "受理时间", "Reception time"),
    ("scenario", "业务场景", "Scenario"),
    ("description", "问题描述", "Description"),
    ("productModel", "产品型号", "Product model"),
    ("category", "问题分类", "Category"),
    ("subcategory", "问题子类", "Subcategory"),
    ("nature", "问题性质", "Nature"),
    ("priority", "优先级", "Priority"),
    ("department", "处理部门", "Department"),
    ("assignee", "处理人", "Assignee"),
    ("rootCauseDimension", "根因维度", "Root-cause dimension"),
    ("rootCause", "根本原因", "Root cause"),
    ("solution", "解决方案", "Solution"),
    ("process", "处理记录", "Process log"),
    ("resolvedAt", "解决时间", "Resolution time"),
    ("satisfaction", "满意度", "Satisfaction"),
    ("feedback", "客户反馈", "Feedback"),
    ("followUp", "回访记录", "Follow-up"),
    ("reviewer", "审核人", "Reviewer"),
    ("remarks", "备注", "Remarks"),
    ("process.at", "时间", "time"),
    ("process.actor", "处理人", "actor"),
    ("process.action", "处理动作", "action"),
    ("process.result", "处理结果", "result"),
];

/// Format hints (zh-CN, en) by field kind; `None`: a process entry that is not an object.
fn hint(kind: Option<Kind>) -> (&'static str, &'static str) {
    match kind {
        Some(Kind::TicketId) => (
            "应为 SR + 有效日期（YYYYMMDD）+ 至少 3 位流水号，如 SR20240501001，或省略 SR",
            "must be SR + a real date (YYYYMMDD) + a serial of at least 3 digits, e.g. SR20240501001 (SR optional)",
        ),
        Some(Kind::MaskedName) => ("应为脱敏形式：首字加 *，如“王*”", "must be masked: the first character followed by *, e.g. \"W*\""),
        Some(Kind::Contact) => (
            "应为手机号、带区号的座机或邮箱",
            "must be a phone number (mobile, landline with area code, E.164) or an e-mail address",
        ),
        Some(Kind::Time) => (
            "应为精确到分钟的时间，如 2024-05-01 09:30、带时区的 ISO 8601 或毫秒时间戳",
            "must be a time to the minute: 2024-05-01 09:30, ISO 8601 with offset, or epoch milliseconds",
        ),
        Some(Kind::Process) => ("应为处理记录列表", "must be a list of process entries"),
        None => ("应为包含时间、处理人、处理动作和结果的对象", "must be an object with at, actor, action and result"),
        Some(_) => ("应为文本", "must be text"),
    }
}

fn kind_label(k: mask::Kind) -> (&'static str, &'static str) {
    match k {
        mask::Kind::Phone => ("电话号码", "phone number"),
        mask::Kind::IdCard => ("证件号码", "ID number"),
        mask::Kind::BankCard => ("银行卡号", "bank card number"),
        mask::Kind::Passport => ("护照号码", "passport number"),
        mask::Kind::Email => ("邮箱地址", "e-mail address"),
        mask::Kind::Address => ("地址", "address"),
    }
}

/// What an issue is about: a record field, a field of process entry `n` (0-based), a whole
/// entry, or the previous entries (the other side of a process time_order).
#[derive(Debug, Clone, Copy)]
pub enum Subject {
    Field(usize),
    EntryField(usize, usize),
    Entry(usize),
    PreviousEntries,
}

impl Subject {
    fn label(self, locale: Locale) -> String {
        let name = |i: usize| crate::text::rows(LABELS).nth(i).map(|l| locale.pick((l.1, l.2))).unwrap_or("?");
        match self {
            Subject::Field(i) => name(i).to_string(),
            Subject::EntryField(n, i) => match locale {
                Locale::ZhCn => cat!("第 ", n.saturating_add(1), " 条处理记录的", name(i)),
                Locale::En => cat!("Process entry ", n.saturating_add(1), " ", name(i)),
            },
            Subject::Entry(n) => text::fill(locale.pick(("第 {n} 条处理记录", "Process entry {n}")), &[("n", &cat!(n.saturating_add(1)))]),
            Subject::PreviousEntries => locale.pick(("前面的处理记录", "the previous process entries")).to_string(),
        }
    }

    fn kind(self) -> Option<Kind> {
        match self {
            Subject::Field(i) | Subject::EntryField(_, i) => FIELDS.get(i).map(|d| d.kind),
            Subject::Entry(_) | Subject::PreviousEntries => None,
        }
    }
}

/// The details a template needs beyond the label.
#[derive(Debug, Clone, Copy)]
pub enum Detail<'a> {
    None,
    Values(&'a [String]),
    Length { min: u32, max: u32, len: usize },
    Other(Subject),
    Inconsistent { value: &'a str, other: Subject },
    Sensitive(mask::Kind),
    Word(&'a str),
}

/// Builds the message of one issue.
/// The placeholders a message template may use.
const PLACEHOLDERS: &[&str] = &["label", "hint", "values", "min", "max", "len", "other", "value", "kind", "word"];

/// Overrides from `config.messages = { templates: { <code>: "…" }, labels: { <field>: "…" } }`,
/// layered over the locale's built-ins: the way to show the issues in another language or a
/// house style while codes stay the same.
#[derive(Debug, Clone, Default)]
pub struct Messages {
    templates: Vec<(Code, String)>,
    labels: Vec<(usize, String)>,
}

impl Messages {
    pub fn from_config(config: &Value) -> Result<Messages> {
        let mut out = Messages::default();
        let Some(m) = config.get("messages").filter(|v| !v.is_null()) else { return Ok(out) };
        let m = m.as_object().ok_or_else(|| Error::config("invalid_type", "messages", "messages must be an object"))?;
        for (key, table) in m {
            let p = join("messages", key.as_str());
            if key != "templates" && key != "labels" {
                return Err(Error::config("unknown_key", p, "messages has `templates` and `labels`"));
            }
            let table = table.as_object().ok_or_else(|| Error::config("invalid_type", p.clone(), "an object of strings is expected"))?;
            for (name, text) in table {
                let ep = join(&p, name.as_str());
                let text = text.as_str().ok_or_else(|| Error::config("invalid_type", ep.clone(), "a message is a string"))?;
                match key.as_str() {
                    "templates" => {
                        let code = Code::ALL.iter().find(|(_, n)| n == name).map(|(c, _)| *c);
                        let code = code.ok_or_else(|| Error::config("enum", ep.clone(), "not an issue code"))?;
                        let bad = crate::text::placeholders(text).find(|n| !PLACEHOLDERS.contains(n));
                        if let Some(b) = bad {
                            return Err(Error::config("unknown_placeholder", ep, cat!("unknown placeholder {", b, "}")));
                        }
                        out.templates.push((code, text.to_string()));
                    }
                    _ => {
                        let i = FIELDS.iter().position(|f| f.name == name).ok_or_else(|| Error::config("enum", ep, "not a record field"))?;
                        out.labels.push((i, text.to_string()));
                    }
                }
            }
        }
        Ok(out)
    }

    fn label(&self, subject: Subject, locale: Locale) -> String {
        match subject {
            Subject::Field(i) => self.labels.iter().find(|(j, _)| *j == i).map_or_else(|| subject.label(locale), |l| l.1.clone()),
            _ => subject.label(locale),
        }
    }

    /// The message of an issue: the template of its code with the field's label and the
    /// issue's details filled in.
    pub fn render(&self, code: Code, subject: Subject, detail: Detail, locale: Locale) -> String {
        let template = self.templates.iter().find(|(c, _)| *c == code).map_or(locale.pick(code.template()), |t| t.1.as_str());
        render(template, code, subject, detail, locale, self)
    }
}

fn render(template: &str, code: Code, subject: Subject, detail: Detail, locale: Locale, msgs: &Messages) -> String {
    let label = msgs.label(subject, locale);
    let mut values: Vec<(&str, String)> = vec![("label", label)];
    if code == Code::Format {
        values.push(("hint", locale.pick(hint(subject.kind())).to_string()));
    }
    match detail {
        Detail::None => {}
        Detail::Values(vs) => values.push(("values", crate::text::join(vs, locale.pick(("、", ", "))))),
        Detail::Length { min, max, len } => {
            values.extend([("min", cat!(min)), ("max", cat!(max)), ("len", cat!(len))]);
        }
        Detail::Other(o) => values.push(("other", lower_first(msgs.label(o, locale), locale))),
        Detail::Inconsistent { value, other } => {
            values.extend([("value", value.to_string()), ("other", lower_first(msgs.label(other, locale), locale))]);
        }
        Detail::Sensitive(k) => values.push(("kind", locale.pick(kind_label(k)).to_string())),
        Detail::Word(w) => values.push(("word", w.to_string())),
    }
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    text::fill(template, &values)
}

/// English labels start with a capital; inside a sentence they should not. ASCII only: the
/// labels are English, and Unicode case tables would cost 11 KB of .wasm.
fn lower_first(mut s: String, locale: Locale) -> String {
    if locale == Locale::En {
        if let Some(f) = s.get_mut(..1) {
            f.make_ascii_lowercase();
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_label_in_both_locales() {
        assert_eq!(crate::text::rows(LABELS).count(), FIELDS.len());
        for (l, d) in crate::text::rows(LABELS).zip(FIELDS) {
            assert_eq!(l.0, d.name);
            assert!(!l.1.is_empty() && !l.2.is_empty());
        }
    }

    #[test]
    fn messages_fill_every_placeholder() {
        let contact = super::super::schema::field_index("contact").unwrap();
        let zh = Messages::default().render(Code::Format, Subject::Field(contact), Detail::None, Locale::ZhCn);
        assert_eq!(zh, "联系方式格式不正确：应为手机号、带区号的座机或邮箱");
        let en = Messages::default().render(Code::Format, Subject::Field(contact), Detail::None, Locale::En);
        assert!(en.starts_with("Contact must be a phone number"), "{en}");
        let at = super::super::schema::field_index("process.result").unwrap();
        let v = Messages::default().render(Code::VagueWording, Subject::EntryField(1, at), Detail::Word("maybe"), Locale::En);
        assert_eq!(v, "Process entry 2 result contains vague wording \"maybe\"; state what was confirmed");
        let o = Messages::default().render(Code::TimeOrder, Subject::EntryField(2, at - 3), Detail::Other(Subject::PreviousEntries), Locale::ZhCn);
        assert_eq!(o, "第 3 条处理记录的时间不能早于前面的处理记录");
        for code in [Code::Required, Code::Format, Code::Enum, Code::Length, Code::TimeOrder, Code::FutureTime, Code::Inconsistent, Code::SensitiveData, Code::VagueWording] {
            for locale in [Locale::ZhCn, Locale::En] {
                let d = match code {
                    Code::Enum => Detail::Values(&[]),
                    Code::Length => Detail::Length { min: 1, max: 2, len: 3 },
                    Code::TimeOrder => Detail::Other(Subject::Field(0)),
                    Code::Inconsistent => Detail::Inconsistent { value: "x", other: Subject::Field(0) },
                    Code::SensitiveData => Detail::Sensitive(mask::Kind::Phone),
                    Code::VagueWording => Detail::Word("w"),
                    _ => Detail::None,
                };
                for i in 0..FIELDS.len() {
                    let m = Messages::default().render(code, Subject::Field(i), d, locale);
                    assert!(!m.contains('{'), "{m}");
                }
            }
        }
    }
}
