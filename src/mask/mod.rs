//! Privacy masking. One recognizer per family of kinds proposes candidates (structure first,
//! then checksums and context decide); overlaps are resolved in one place; operators turn the
//! surviving findings into masked text: phones keep their last four digits, e-mails their
//! first character and domain, everything else becomes a placeholder.

use crate::prelude::*;

mod address;
mod alnum;
pub mod checksum;
mod email;
mod numeric;
mod scan;
mod tables;

use crate::error::{Error, Result, join};
use crate::locale::Locale;
use crate::text::fold_width;
use scan::Buf;
use crate::json::{ToJson, write_fields};
use crate::json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Phone,
    Email,
    IdCard,
    Passport,
    BankCard,
    Address,
}

impl ToJson for Kind {
    fn write_json(&self, out: &mut String) {
        crate::json::write_str(out, self.as_str());
    }
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Phone, Kind::Email, Kind::IdCard, Kind::Passport, Kind::BankCard, Kind::Address];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::IdCard => "id_card",
            Kind::Passport => "passport",
            Kind::BankCard => "bank_card",
            Kind::Address => "address",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Which finding wins an overlap: identity documents and cards over phones, phones over
    /// addresses (an address rarely hides a phone, the reverse happens with house numbers).
    fn rank(self) -> u8 {
        match self {
            Kind::Email => 0,
            Kind::IdCard => 1,
            Kind::Passport => 2,
            Kind::BankCard => 3,
            Kind::Phone => 4,
            Kind::Address => 5,
        }
    }

    fn placeholder(self) -> (&'static str, &'static str) {
        match self {
            Kind::IdCard => tables::PLACEHOLDER_ID,
            Kind::Passport => tables::PLACEHOLDER_PASSPORT,
            Kind::BankCard => tables::PLACEHOLDER_CARD,
            Kind::Address => tables::PLACEHOLDER_ADDRESS,
            Kind::Phone => tables::PLACEHOLDER_PHONE,
            Kind::Email => tables::PLACEHOLDER_EMAIL,
        }
    }
}

/// A recognizer's proposal, in char indices of the scan buffer. `keep` is the char range of
/// what survives masking (a phone's last four digits, an e-mail's first character). A `masked`
/// one is data an earlier pass already masked (`z***@qq.com`): it wins its overlaps like any
/// other, so its remains are never taken for something else, but it is no finding.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    kind: Kind,
    start: usize,
    end: usize,
    keep: (usize, usize),
    masked: bool,
}

impl Candidate {
    fn whole(kind: Kind, start: usize, end: usize) -> Candidate {
        Candidate { kind, start, end, keep: (end, end), masked: false }
    }
}

/// A detected datum, in byte offsets of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detection {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// The registry: every recognizer, run over the same buffer.
fn candidates(buf: &Buf, assume_phone: bool) -> Vec<Candidate> {
    let mut out = Vec::new();
    email::scan(buf, &mut out);
    alnum::scan(buf, &mut out);
    numeric::scan(buf, &mut out, assume_phone);
    address::scan(buf, &mut out);
    out
}

/// Overlap resolution: within each cluster of overlapping candidates, by kind rank, then
/// length; the survivors sorted by position.
fn resolve(mut cands: Vec<Candidate>, kinds: &[bool; 6]) -> Vec<Candidate> {
    crate::text::retain(&mut cands, &mut |c| c.end > c.start && kinds[c.kind as usize]);
    crate::text::sort_by_key(&mut cands, |c| c.start);
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    let mut rest = cands.as_mut_slice();
    while !rest.is_empty() {
        let mut end = rest[0].end;
        let mut k = 1;
        while k < rest.len() && rest[k].start < end {
            end = end.max(rest[k].end);
            k += 1;
        }
        let (cluster, tail) = rest.split_at_mut(k);
        if let [one] = cluster {
            kept.push(*one);
        } else {
            crate::text::sort_by_key(cluster, |c| (c.kind.rank(), usize::MAX - (c.end - c.start), c.start));
            let from = kept.len();
            for c in cluster.iter() {
                if kept[from..].iter().all(|k| c.end <= k.start || c.start >= k.end) {
                    kept.push(*c);
                }
            }
            crate::text::sort_by_key(&mut kept[from..], |c| c.start);
        }
        rest = tail;
    }
    crate::text::retain(&mut kept, &mut |c| !c.masked);
    kept
}

/// All personal data in `text`, byte offsets, sorted and non-overlapping.
pub fn detect(text: &str) -> Vec<Detection> {
    let buf = Buf::new(text);
    let found = resolve(candidates(&buf, false), &[true; 6]);
    let off = offsets(&buf, &found);
    let mut out = Vec::with_capacity(found.len());
    for (c, o) in found.iter().zip(off.chunks_exact(2)) {
        out.push(Detection { kind: c.kind, start: o[0].0, end: o[1].0 });
    }
    out
}

/// (byte, UTF-16) offsets of the starts and ends of `found`.
fn offsets(buf: &Buf, found: &[Candidate]) -> Vec<(usize, usize)> {
    buf.offsets(found.iter().flat_map(|c| [c.start, c.end]))
}

fn whole_is(text: &str, kind: Kind) -> bool {
    let t = text.trim();
    let buf = Buf::new(t);
    let found = resolve(candidates(&buf, kind == Kind::Phone), &[true; 6]);
    matches!(found.as_slice(), [c] if c.kind == kind && c.start == 0 && c.end == buf.len())
}

/// The whole string is one valid phone number (a contact field).
pub fn is_phone(text: &str) -> bool {
    whole_is(text, Kind::Phone)
}

/// The whole string is one valid e-mail address.
pub fn is_email(text: &str) -> bool {
    whole_is(text, Kind::Email)
}

/// How removed data is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placeholder {
    /// `[身份证号]` / `[ID number]`, in the locale.
    Label,
    /// `[id_card]`: the kind's code, the same in every locale.
    Kind,
}

/// Masking options: which kinds, how placeholders look, which locale.
#[derive(Debug, Clone, Copy)]
pub struct MaskOptions {
    pub kinds: [bool; 6],
    pub placeholder: Placeholder,
    pub locale: Locale,
}

impl MaskOptions {
    pub fn new(locale: Locale) -> MaskOptions {
        MaskOptions { kinds: [true; 6], placeholder: Placeholder::Label, locale }
    }

    /// Reads `{ kinds?: Kind[], placeholder?: 'label' | 'kind', locale? }` over these defaults.
    pub fn with_json(mut self, v: &Value, path: &str, config: bool) -> Result<MaskOptions> {
        let err = |code, p: String, m: String| if config { Error::config(code, p, m) } else { Error::input(code, p, m) };
        let obj = match v {
            Value::Null => return Ok(self),
            Value::Object(o) => o,
            _ => return Err(err("invalid_type", path.to_string(), "options must be an object".into())),
        };
        if let Some(k) = obj.get("kinds").filter(|k| !k.is_null()) {
            let p = join(path, "kinds");
            let arr = k.as_array().ok_or_else(|| err("invalid_type", p.clone(), "kinds must be an array of kind names".into()))?;
            self.kinds = [false; 6];
            for (i, item) in arr.iter().enumerate() {
                let kind = item.as_str().and_then(Kind::parse).ok_or_else(|| {
                    err("enum", join(&p, i), "unknown kind; use phone, email, id_card, passport, bank_card or address".into())
                })?;
                self.kinds[kind as usize] = true;
            }
        }
        if let Some(p) = obj.get("placeholder").filter(|k| !k.is_null()) {
            self.placeholder = match p.as_str() {
                Some("label") => Placeholder::Label,
                Some("kind") => Placeholder::Kind,
                _ => return Err(err("enum", join(path, "placeholder"), "placeholder must be \"label\" or \"kind\"".into())),
            };
        }
        if let Some(l) = obj.get("locale").filter(|k| !k.is_null()) {
            self.locale = l
                .as_str()
                .and_then(Locale::parse)
                .ok_or_else(|| err("enum", join(path, "locale"), "locale must be \"zh-CN\" or \"en\"".into()))?;
        }
        Ok(self)
    }
}

/// A finding as the JS API reports it: UTF-16 offsets into the original text.
#[derive(Debug, Clone)]
pub struct Finding {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// What the span became in the masked text.
    pub replacement: String,
    /// Set by `maskRecord`: the field the finding is in.
    pub field: Option<String>,
}

#[derive(Debug, Clone)]
pub struct MaskResult {
    pub text: String,
    pub findings: Vec<Finding>,
}

/// The findings in `text` and the byte range of each.
fn find(text: &str, opts: &MaskOptions) -> (Vec<Finding>, Vec<(usize, usize)>) {
    let buf = Buf::new(text);
    let found = resolve(candidates(&buf, false), &opts.kinds);
    let off = offsets(&buf, &found);
    let mut findings = Vec::with_capacity(found.len());
    let mut bytes = Vec::with_capacity(found.len());
    for (c, o) in found.iter().zip(off.chunks_exact(2)) {
        let ((bs, us), (be, ue)) = (o[0], o[1]);
        let replacement = operate(text.get(bs..be).unwrap_or_default(), c, opts);
        findings.push(Finding { kind: c.kind, start: us, end: ue, replacement, field: None });
        bytes.push((bs, be));
    }
    (findings, bytes)
}

/// The findings alone, for callers that rebuild the text themselves.
pub fn findings(text: &str, opts: &MaskOptions) -> Vec<Finding> {
    find(text, opts).0
}

/// Masks `text`. Text outside findings is copied unchanged and in order.
pub fn mask(text: &str, opts: &MaskOptions) -> MaskResult {
    let (findings, bytes) = find(text, opts);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (f, &(bs, be)) in findings.iter().zip(&bytes) {
        out.push_str(text.get(last..bs).unwrap_or_default());
        out.push_str(&f.replacement);
        last = be;
    }
    out.push_str(text.get(last..).unwrap_or_default());
    MaskResult { text: out, findings }
}

/// The masking operator of each kind, applied to the span's original text.
fn operate(span: &str, c: &Candidate, opts: &MaskOptions) -> String {
    let keep = (c.keep.0.saturating_sub(c.start))..(c.keep.1.saturating_sub(c.start));
    match c.kind {
        // Phones: every digit outside `keep`; e-mails: the local part outside `keep`.
        Kind::Phone | Kind::Email => {
            let mut out = String::with_capacity(span.len());
            let mut local = true;
            for (k, ch) in span.chars().enumerate() {
                let f = fold_width(ch);
                local &= f != '@';
                let hide = if c.kind == Kind::Phone { f.is_ascii_digit() } else { local };
                out.push(if hide && !keep.contains(&k) { '*' } else { ch });
            }
            out
        }
        _ => match opts.placeholder {
            Placeholder::Label => opts.locale.pick(c.kind.placeholder()).to_string(),
            Placeholder::Kind => cat!("[", c.kind.as_str(), "]"),
        },
    }
}

impl ToJson for Finding {
    fn write_json(&self, out: &mut String) {
        write_fields(out, &[&self.kind, &self.start, &self.end, &self.replacement, &self.field]);
    }
}

#[cfg(test)]
mod tests;
