//! Ticket classification: category/subcategory from a weighted lexicon (one Aho–Corasick pass
//! over width-folded, lower-cased, Traditional→Simplified text), NegEx-style negation, clause
//! weighting for multi-topic tickets, nature/emotion cue tables, priority rules, and an optional
//! naive-Bayes model learnt from a helpdesk's own history.
//!
//! Scoring: every unnegated term adds its weight to its subcategory, ×1.5 when its clause holds
//! a request cue ("请/帮我/能不能/want/please") and up to ×1.4 for later clauses (customers
//! state the context first and the ask last). A term inside a longer matched term is ignored.

use crate::prelude::*;

mod bayes;
mod config;
mod matcher;
mod negation;
mod priority;
pub(crate) mod taxonomy;

pub use bayes::train;
pub use priority::{PriorityResult, Reason};

use crate::error::Result;
use crate::locale::Locale;
use config::{Cat, Term};
use matcher::{Automaton, Folded, TradMap};
use crate::json::{ToJson, write_fields, write_row};
use crate::json::Value;
use taxonomy as tx;

/// A term that supports a category, by its UTF-16 span in the text (the wrapper slices the
/// term itself out of the text it already holds, so it never crosses the boundary).
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    /// Index into the guard's categories ([`Classifier::category_ids`]): a ticket has a few
    /// dozen matches, and the names are neither copied nor sent per match or per ticket.
    pub category: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    pub category: String,
    pub subcategory: Option<String>,
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    pub category: String,
    pub subcategory: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    pub category: String,
    pub subcategory: Option<String>,
    pub confidence: f64,
    pub nature: &'static str,
    pub emotion: &'static str,
    pub matches: Vec<Match>,
    pub alternatives: Vec<Alternative>,
    pub labels: Labels,
}

/// What a matched pattern means. One pattern can carry several tags (e.g. "冒烟" is a
/// hardware-fault term and a P1 safety cue).
#[derive(Clone, Copy, Debug)]
enum Tag {
    Topic {
        sub: u32,
        weight: f32,
        negatable: bool,
    },
    Neg,
    /// "不是要…", "not asking for": the customer declines a topic, so even a topic noun in
    /// its scope (退款, refund) counts for nothing.
    Decline,
    Pseudo,
    Closer,
    Request,
    Question,
    Suggest,
    Complain,
    Fault,
    Angry(f32),
    Negative(f32),
    AtAll,
    Concede,
    Focus,
    Condition,
    Thanks,
    Prio {
        code: &'static str,
        level: u8,
    },
}

/// A scored slot: a subcategory, or a category's own keywords (`id: None`).
#[derive(Clone, Debug)]
struct Slot {
    cat: usize,
    id: Option<String>,
    zh: String,
    en: String,
    /// Nature without / with a question cue, negative-emotion prior, base priority level.
    behaviour: (u8, u8, f32, u8),
}

#[derive(Clone)]
pub struct Classifier {
    cats: Vec<(String, String, String)>,
    slots: Vec<Slot>,
    ac: Automaton,
    /// Per pattern: range into `tags` and a summary of them (`F_*` bits) for the hot loop.
    pat_tags: Vec<(u32, u32, u8)>,
    tags: Vec<Tag>,
    trad: TradMap,
    model: Option<bayes::NbModel>,
    vip_tiers: Vec<String>,
    messages: Vec<(&'static str, &'static str, &'static str)>,
}

/// Collects patterns and their tags; `finish` merges identical folded terms.
struct Builder {
    trad: TradMap,
    entries: Vec<((String, bool), Tag)>,
}

impl Builder {
    fn add(&mut self, term: &Term, tag: Tag) {
        let key = (matcher::fold_term(&term.text, &self.trad), term.stem);
        if !key.0.is_empty() {
            self.entries.push((key, tag));
        }
    }

    /// The distinct patterns in order of first appearance, each with its tags in the order
    /// added. Deduplicated by one stable sort instead of a hash map (smaller in the .wasm).
    fn finish(self) -> (Vec<(String, bool)>, Vec<Vec<Tag>>, TradMap) {
        let e = &self.entries;
        let mut order: Vec<usize> = (0..e.len()).collect();
        crate::text::sort_by(&mut order, |&a, &b| e[a].0.cmp(&e[b].0));
        // first[i]: the earliest entry with entry i's key (stable sort: the head of its run).
        let mut first = vec![0; e.len()];
        for run in order.chunk_by(|&a, &b| e[a].0 == e[b].0) {
            for &i in run {
                first[i] = run[0];
            }
        }
        let (mut pats, mut tags): (Vec<(String, bool)>, Vec<Vec<Tag>>) = (Vec::new(), Vec::new());
        let mut id = vec![usize::MAX; e.len()];
        for (i, &f) in first.iter().enumerate() {
            if id[f] == usize::MAX {
                id[f] = pats.len();
                pats.push(e[f].0.clone());
                tags.push(Vec::new());
            }
            if let Some(t) = tags.get_mut(id[f]) {
                t.push(e[i].1);
            }
        }
        (pats, tags, self.trad)
    }

    /// Adds a cue table with `tag`; the emotion tags take each term's weight. One copy for
    /// every table (a closure per table made a copy of this loop per table).
    fn add_list(&mut self, list: &str, tag: Tag) {
        for t in config::parse_terms(list) {
            let tg = match tag {
                Tag::Angry(_) => Tag::Angry(t.weight),
                Tag::Negative(_) => Tag::Negative(t.weight),
                tg => tg,
            };
            self.add(&t, tg);
        }
    }
}

/// Clause flags in `analyze`: a request cue stands in the clause; its topics weigh half (a
/// condition cue's clause and the one after it).
const CLAUSE_REQUEST: u8 = 1;
const CLAUSE_HALF: u8 = 2;

/// When `from` accepts the top of `ranked` (categories by score, best first), the first one `to`
/// accepts that scores at least `share` of the top takes its place.
fn yield_top(ranked: &mut [(f32, usize)], from: impl Fn(&(f32, usize)) -> bool, to: impl Fn(&(f32, usize)) -> bool, share: f32) {
    if let Some(&(t, _)) = ranked.first().filter(|r| from(r)) {
        if let Some(k) = ranked.iter().position(|r| r.0 >= share * t && to(r)) {
            ranked.swap(0, k);
        }
    }
}

/// How much thanks in advance takes off the negative score (see `THANKS_CUES`).
const THANKS_OFF: f32 = 0.8;

const F_NEG: u8 = 1;
const F_TOPIC: u8 = 2;
const F_PSEUDO: u8 = 4;
const F_CLOSER: u8 = 8;
/// A cue inside a longer pattern with this bit is no cue (see `analyze`).
const F_SHIELDS: u8 = 16;
const F_DECLINE: u8 = 32;

fn summary(tags: &[Tag]) -> u8 {
    tags.iter().fold(0, |f, t| {
        f | match t {
            Tag::Neg => F_NEG | F_SHIELDS,
            Tag::Decline => F_DECLINE | F_SHIELDS,
            Tag::Topic { .. } => F_TOPIC | F_SHIELDS,
            Tag::Pseudo => F_PSEUDO | F_SHIELDS,
            Tag::Closer => F_CLOSER,
            Tag::Question | Tag::Request | Tag::Suggest | Tag::Prio { .. } => F_SHIELDS,
            _ => 0,
        }
    })
}

fn behaviour(id: Option<&str>) -> (u8, u8, f32, u8) {
    id.and_then(|id| tx::BEHAVIOUR.iter().find(|b| b.0 == id))
        .map_or(tx::DEFAULT_BEHAVIOUR, |b| (b.1, b.2, b.3, b.4))
}

fn nature_name(c: u8) -> &'static str {
    match c {
        b'P' | b'F' => "complaint",
        b'S' => "suggestion",
        b'R' => "repair_request",
        _ => "consultation",
    }
}

/// Maps a score to 0..1 against the best competing score: low (< 0.4) means "ask a human".
fn confidence(score: f32, rival: f32) -> f64 {
    if score <= 0.0 {
        return 0.0;
    }
    let s = f64::from(score);
    let c = s / (s + f64::from(rival.max(0.0)) + 1.0) * (1.0 - (-s / 2.5).exp());
    (c * 1000.0).round() / 1000.0
}

/// Everything one pass finds; `classify` and `priority` both read it. Terms borrow the text.
pub(crate) struct Analysis<'a> {
    pub class: Classification,
    /// Unnegated priority cues: (code, level, term as written), in text order.
    pub prio: Vec<(&'static str, u8, &'a str)>,
    /// Clause indexes holding an "at all" cue, and (slot id, clause, term) of topic hits.
    pub at_all: Vec<usize>,
    pub topic_clauses: Vec<(Option<&'a str>, usize, &'a str)>,
    /// Base priority of the winner and its strongest term as written.
    pub base_level: u8,
    pub top_term: &'a str,
    pub matched: bool,
}

struct Hit {
    start: usize,
    end: usize,
    pat: u32,
    /// Inside a longer phrase of any kind: a negation cue there is no cue.
    shielded: bool,
    /// Inside a longer pseudo-cue or no-topic phrase (`垃圾短信`, `工信部出了…`, `no
    /// complaints`): its complaint, fault, question, emotion and priority cues do not count.
    muted: bool,
    dropped: bool,
    negated: bool,
    declined: bool,
}

impl Hit {
    /// A topic term of this hit counts for nothing: negated when it is a negatable symptom,
    /// or declined, topic noun or not.
    fn cancels(&self, negatable: bool) -> bool {
        negatable && self.negated || self.declined
    }
}

impl Classifier {
    /// Reads `config.taxonomy`, `config.model` and `config.priority`; errors carry the config path.
    pub fn from_config(config: &Value) -> Result<Classifier> {
        let cats = config::load(config)?;
        let model = match config.get("model") {
            None | Some(Value::Null) => None,
            Some(m) => Some(bayes::NbModel::from_json(m, "model")?),
        };
        let (vip_tiers, extra) = priority::load_config(config)?;
        Ok(Self::build(&cats, model, vip_tiers, &extra))
    }

    fn build(
        cats: &[Cat],
        model: Option<bayes::NbModel>,
        vip_tiers: Vec<String>,
        extra: &[(u8, Term)],
    ) -> Classifier {
        let trad = matcher::trad_map(&crate::pack::unpacked(tx::TRAD_SIMP_P));
        let mut b = Builder {
            trad,
            entries: Vec::new(),
        };
        let mut slots = Vec::new();
        let mut cat_list = Vec::new();
        for (ci, c) in cats.iter().enumerate() {
            cat_list.push((c.id.clone(), c.zh.clone(), c.en.clone()));
            let mut add_slot =
                |id: Option<&str>, zh: &str, en: &str, terms: &[Term], b: &mut Builder| {
                    let sub = slots.len() as u32;
                    slots.push(Slot {
                        cat: ci,
                        id: id.map(String::from),
                        zh: zh.into(),
                        en: en.into(),
                        behaviour: behaviour(id),
                    });
                    for t in terms {
                        b.add(
                            t,
                            Tag::Topic {
                                sub,
                                weight: t.weight,
                                negatable: t.negatable,
                            },
                        );
                    }
                };
            if !c.terms.is_empty() {
                add_slot(None, &c.zh, &c.en, &c.terms, &mut b);
            }
            for s in &c.subs {
                add_slot(Some(&s.id), &s.zh, &s.en, &s.terms, &mut b);
            }
        }
        // The cue tables, in `taxonomy::CUE_TABLES`' order.
        let tags = [
            Tag::Neg, Tag::Decline, Tag::Pseudo, Tag::Pseudo, Tag::Closer, Tag::Request, Tag::Question, Tag::Suggest, Tag::Fault,
            Tag::Complain, Tag::Angry(0.0), Tag::Negative(0.0), Tag::AtAll, Tag::Concede, Tag::Focus, Tag::Condition, Tag::Thanks,
        ];
        for (list, tag) in crate::pack::unpacked(tx::CUES_P).split('\u{1d}').zip(tags) {
            b.add_list(list, tag);
        }
        static PRIO: crate::text::Once<String> = crate::text::Once::new();
        for (code, level, list) in crate::text::rows(PRIO.get_or_init(|| crate::pack::unpacked(tx::PRIORITY_CUES_P))) {
            let level = crate::text::uint(level.as_bytes()).map_or(4, |n| n as u8);
            b.add_list(list, Tag::Prio { code, level });
        }
        for (level, t) in extra {
            b.add(
                t,
                Tag::Prio {
                    code: "custom",
                    level: *level,
                },
            );
        }
        let (pats, pat_list, trad) = b.finish();
        let ac = Automaton::new(&pats);
        let mut pat_tags = Vec::with_capacity(pat_list.len());
        let mut tags = Vec::new();
        for t in pat_list {
            pat_tags.push((tags.len() as u32, t.len() as u32, summary(&t)));
            tags.extend(t);
        }
        Classifier {
            cats: cat_list,
            slots,
            ac,
            pat_tags,
            tags,
            trad,
            model,
            vip_tiers,
            messages: priority::messages(),
        }
    }

    fn tags_of(&self, pat: u32) -> &[Tag] {
        let (s, n, _) = self.pat_tags.get(pat as usize).copied().unwrap_or_default();
        self.tags.get(s as usize..(s + n) as usize).unwrap_or(&[])
    }

    fn flags_of(&self, pat: u32) -> u8 {
        self.pat_tags.get(pat as usize).map_or(0, |p| p.2)
    }

    /// The category ids, in the order a [`Match`]'s `category` indexes.
    pub fn category_ids(&self) -> Vec<&str> {
        self.cats.iter().map(|c| c.0.as_str()).collect()
    }

    pub fn classify(&self, text: &str, locale: Locale) -> Classification {
        self.analyze(text, locale).class
    }

    /// Category/subcategory ids of the configured taxonomy (plus labels the model knows).
    pub fn taxonomy_ids(&self) -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = self
            .cats
            .iter()
            .map(|c| (c.0.clone(), Vec::new()))
            .collect();
        for s in &self.slots {
            if let (Some(id), Some(e)) = (&s.id, out.get_mut(s.cat)) {
                e.1.push(id.clone());
            }
        }
        if let Some(m) = &self.model {
            for (c, s) in m.labels() {
                let pos = match out.iter().position(|e| &e.0 == c) {
                    Some(p) => p,
                    None => {
                        out.push((c.clone(), Vec::new()));
                        out.len() - 1
                    }
                };
                if let (Some(s), Some(e)) = (s, out.get_mut(pos)) {
                    if !e.1.contains(s) {
                        e.1.push(s.clone());
                    }
                }
            }
        }
        out
    }

    /// Default taxonomy as plain JSON; it is a valid `config.taxonomy` (mode replace).
    pub fn default_taxonomy() -> Value {
        config::to_json(&config::defaults())
    }

    fn labels_for(&self, cat: &str, sub: Option<&str>, locale: Locale) -> Labels {
        let c = self.cats.iter().position(|c| c.0 == cat);
        let cl = c
            .and_then(|i| self.cats.get(i))
            .map_or(cat.to_string(), |c| locale.pick((&c.1, &c.2)).to_string());
        let sl = sub.map(|s| {
            self.slots
                .iter()
                .find(|x| Some(x.cat) == c && x.id.as_deref() == Some(s))
                .map_or(s.to_string(), |x| locale.pick((&x.zh, &x.en)).to_string())
        });
        Labels {
            category: cl,
            subcategory: sl,
        }
    }

    pub(crate) fn analyze<'a>(&'a self, text: &'a str, locale: Locale) -> Analysis<'a> {
        let f: Folded = matcher::fold(text, &self.trad);
        let hay = f.text.as_slice();
        // Kept sorted by (start, longest first) as they arrive; the scan yields them nearly in
        // that order (by end), so each insert moves past few entries.
        let mut hits: Vec<Hit> = Vec::with_capacity(64);
        self.ac.scan(hay, |pat, start, end| {
            let mut at = hits.len();
            while at > 0
                && hits
                    .get(at - 1)
                    .is_some_and(|p| p.start > start || (p.start == start && p.end < end))
            {
                at -= 1;
            }
            hits.insert(
                at,
                Hit {
                    start,
                    end,
                    pat,
                    shielded: false,
                    muted: false,
                    dropped: false,
                    negated: false,
                    declined: false,
                },
            )
        });
        let breaks = &f.breaks;
        let clause_of = |pos: usize| breaks.partition_point(|&b| b < pos);

        // Containment: a negation cue inside a longer phrase is no cue; a topic term inside a
        // longer topic term does not count; complaint, fault, question, emotion and priority
        // cues inside a pseudo-cue or no-topic phrase are muted (怎么回事 asks nothing), while
        // a fault inside a topic phrase (退款失败) still is one.
        let (mut shield_end, mut topic_end, mut pseudo_end) = (None::<usize>, None::<usize>, None::<usize>);
        let (mut cues, mut declines) = (Vec::new(), Vec::new());
        // In text order, as `Scopes` wants them.
        let mut closers: Vec<usize> = Vec::new();
        for h in hits.iter_mut() {
            let fl = self.flags_of(h.pat);
            h.shielded = shield_end.is_some_and(|e| e >= h.end);
            h.muted = pseudo_end.is_some_and(|e| e >= h.end);
            if fl & F_PSEUDO != 0 {
                pseudo_end = Some(pseudo_end.map_or(h.end, |e| e.max(h.end)));
            }
            if fl & (F_NEG | F_DECLINE) != 0 && !h.shielded && fl & F_PSEUDO == 0 {
                let ascii = hay.get(h.start).is_some_and(u8::is_ascii);
                // A declined topic may overlap its cue (不是要退款 holds 要退).
                if fl & F_DECLINE != 0 { declines.push((h.start, ascii)) } else { cues.push((h.end, ascii)) }
            }
            if fl & F_TOPIC != 0 && topic_end.is_some_and(|e| e >= h.end) {
                h.dropped = true;
            }
            if fl & F_CLOSER != 0 {
                closers.push(h.start);
            }
            if fl & F_SHIELDS != 0 {
                shield_end = Some(shield_end.map_or(h.end, |e| e.max(h.end)));
            }
            if fl & (F_TOPIC | F_PSEUDO) != 0 {
                topic_end = Some(topic_end.map_or(h.end, |e| e.max(h.end)));
            }
        }
        let ends = [breaks, closers.as_slice(), f.spaces.as_slice()];
        let mut scopes = negation::Scopes::new(&cues, ends);
        let mut declined = negation::Scopes::new(&declines, ends);
        for h in hits.iter_mut() {
            h.declined = declined.covers(h.start);
            h.negated = h.declined || scopes.covers(h.start);
        }

        let n_clauses = breaks.len() + 1;
        // Per clause, its CLAUSE_* flags.
        let mut clauses = vec![0u8; n_clauses];
        let (mut question, mut suggest, mut complain, mut fault) = (false, false, false, false);
        let (mut angry, mut negative, mut thanked, mut weak) = (0f32, 0f32, false, 0f32);
        let mut at_all = Vec::new();
        let mut conceded = None;
        let mut prio = Vec::new();
        let original = |h: &Hit| -> &'a str { text.get(f.orig(h.start)..f.orig(h.end)).unwrap_or("") };
        for h in &hits {
            for t in self.tags_of(h.pat) {
                match *t {
                    Tag::Request => {
                        if let Some(r) = clauses.get_mut(clause_of(h.start)) {
                            *r |= CLAUSE_REQUEST;
                        }
                    }
                    Tag::Question if !h.muted => question = true,
                    Tag::Suggest => suggest = true,
                    Tag::Complain if !h.muted && !h.negated => complain = true,
                    Tag::Fault if !h.muted => fault = true,
                    Tag::Angry(w) if !h.muted => angry += w,
                    // A feeling in a negation's scope is none (不着急, not worried); the weaker
                    // cues for persistence and emphasis (一直, at all, even) mostly stand beside
                    // a negation (no change at all) and keep counting.
                    Tag::Negative(w) if !h.muted => {
                        if w < 1.0 {
                            weak += w
                        } else if !h.negated {
                            negative += w
                        }
                    }
                    Tag::AtAll => at_all.push(clause_of(h.start)),
                    Tag::Concede => conceded = conceded.max(Some(clause_of(h.start))),
                    Tag::Focus => conceded = conceded.max(clause_of(h.start).checked_sub(1)),
                    Tag::Condition => {
                        let c = clause_of(h.start);
                        for r in clauses.iter_mut().skip(c).take(2) {
                            *r |= CLAUSE_HALF;
                        }
                    }
                    Tag::Thanks if !h.muted => thanked = true,
                    // A threat stands in a negation's scope (再不退款我就去12315) unless it is declined
                    // (不打算找消协, no intention of suing).
                    Tag::Prio { code, level } if !h.muted && (!h.negated || (code.ends_with("_threat") && !h.declined)) => {
                        prio.push((code, level, original(h)))
                    }
                    _ => {}
                }
            }
        }

        // Per slot: score, and weight and index of its strongest hit.
        let mut scores: Vec<(f32, f32, usize)> = vec![(0.0, 0.0, usize::MAX); self.slots.len()];
        let mut topic_clauses = Vec::new();
        for (i, h) in hits.iter().enumerate() {
            if h.dropped {
                continue;
            }
            let clause = clause_of(h.start);
            let flags = clauses.get(clause).copied().unwrap_or(0);
            let mult = if flags & CLAUSE_REQUEST != 0 {
                1.5
            } else {
                1.0
            } * (1.0 + 0.08 * clause.min(5) as f32)
                * if conceded.is_some_and(|c| clause <= c) || flags & CLAUSE_HALF != 0 { 0.5 } else { 1.0 };
            for t in self.tags_of(h.pat) {
                if let Tag::Topic {
                    sub,
                    weight,
                    negatable,
                } = *t
                {
                    if h.cancels(negatable) {
                        continue;
                    }
                    let w = weight * mult;
                    if let Some(s) = scores.get_mut(sub as usize) {
                        s.0 += w;
                        if w > s.1 {
                            (s.1, s.2) = (w, i);
                        }
                    }
                }
            }
        }

        // Best slot per category, categories ranked by that score.
        let mut per_cat: Vec<(f32, usize)> = vec![(0.0, usize::MAX); self.cats.len()];
        for (si, s) in self.slots.iter().enumerate() {
            let sc = scores.get(si).map_or(0.0, |s| s.0);
            if let Some(pc) = per_cat.get_mut(s.cat) {
                if sc > pc.0 {
                    *pc = (sc, si);
                }
            }
        }
        let mut ranked = Vec::new();
        for p in per_cat {
            if p.0 > 0.0 {
                ranked.push(p);
            }
        }
        crate::text::sort_by(&mut ranked, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        // A generic fault (an app or device that fails: a repair request of base P3) yields to
        // the main function it stops (login, ordering, paying: a repair request of base P2)
        // when that scores at least 60 % as much: "登不上，一直转圈" is a login that fails.
        // `base`: the base priority of a repair-request subcategory.
        let base = |r: &(f32, usize)| self.slots.get(r.1).filter(|s| s.behaviour.0 == b'R' && s.behaviour.1 == b'R').map(|s| s.behaviour.3);
        yield_top(&mut ranked, |r| base(r) == Some(3), |r| base(r) == Some(2), 0.6);
        // A defect the customer asks us to take back or replace ("质量太差，我要退货", "dead pixel,
        // just a replacement") is the return or exchange they ask for.
        let id = |r: &(f32, usize)| self.slots.get(r.1).and_then(|s| s.id.as_deref());
        yield_top(&mut ranked, |r| matches!(id(r), Some("quality_defect" | "hardware_fault")), |r| matches!(id(r), Some("return" | "exchange")), 0.5);
        // So is one the customer wants repaired under warranty, when the warranty words weigh
        // nearly as much as the fault ("保修期还剩三个月，电池不耐用了，能免费换吗").
        yield_top(&mut ranked, |r| matches!(id(r), Some("quality_defect" | "hardware_fault")), |r| id(r) == Some("warranty_repair"), 0.8);
        // A payment that fails because a third party is down ("支付宝今天是不是崩了？付不了款")
        // is that outage, when its words weigh at least 60 % as much; one that fails whatever
        // the customer tries (an "at all" cue) stays a failed payment (P1).
        if at_all.is_empty() {
            yield_top(&mut ranked, |r| id(r) == Some("payment_failed"), |r| id(r) == Some("network_outage"), 0.6);
        }
        let top = ranked.first().copied();
        let rival = ranked.get(1).map_or(0.0, |r| r.0);

        let mut winner: Option<usize> = top.map(|t| t.1);
        let mut matched = winner.is_some();
        let mut conf = top.map_or(0.0, |t| confidence(t.0, rival));
        let mut alternatives = Vec::new();
        for &(sc, si) in ranked.iter().skip(1).take(3) {
            if let Some((s, c)) = self.slots.get(si).and_then(|s| Some((s, self.cats.get(s.cat)?))) {
                alternatives.push(Alternative {
                    category: c.0.clone(),
                    subcategory: s.id.clone(),
                    confidence: confidence(sc, top.map_or(0.0, |t| t.0)),
                });
            }
        }
        let (mut category, mut subcategory) = match winner.and_then(|w| self.slots.get(w)) {
            Some(s) => (
                self.cats
                    .get(s.cat)
                    .map_or_else(String::new, |c| c.0.clone()),
                s.id.clone(),
            ),
            None => ("other".to_string(), None),
        };

        // The learnt model takes over when the rules found nothing, or when it is confident
        // (posterior ≥ 0.9 over ≥ 3 known features) and the rules are not (confidence < 0.75).
        if let Some(m) = &self.model {
            let folded = core::str::from_utf8(hay).unwrap_or("");
            if let Some((c, s, p)) = m.predict(folded) {
                let model_conf = (p * 0.95 * 1000.0).round() / 1000.0;
                let same = c == category && s == subcategory.as_deref();
                if same {
                    conf = conf.max(((conf + model_conf) / 2.0 * 1000.0).round() / 1000.0);
                } else if winner.is_none() || (p >= 0.9 && conf < 0.75) {
                    if winner.is_some() {
                        alternatives.insert(
                            0,
                            Alternative {
                                category: category.clone(),
                                subcategory: subcategory.clone(),
                                confidence: conf,
                            },
                        );
                        alternatives.truncate(3);
                    }
                    category = c.to_string();
                    subcategory = s.map(String::from);
                    conf = model_conf;
                    matched = true;
                    winner = self.slots.iter().position(|x| {
                        x.id.as_deref() == subcategory.as_deref()
                            && self.cats.get(x.cat).is_some_and(|k| k.0 == category)
                    });
                }
            }
        }
        crate::text::retain(&mut alternatives, &mut |a| !(a.category == category && a.subcategory == subcategory));
        crate::text::sort_by(&mut alternatives, |a, b| b.confidence.total_cmp(&a.confidence));

        let mut beh = match winner.and_then(|w| self.slots.get(w)) {
            Some(s) => s.behaviour,
            None => behaviour(subcategory.as_deref()),
        };

        // The weaker cues (一直, 还是, already) pile up over a long, calm account: past four
        // clauses they count in proportion, so a story weighs as much as a short message.
        negative += weak * (4.0 / n_clauses as f32).min(1.0);
        // Emotion: angry cues, `!!` or more in a row, shouting; negative cues plus the
        // subcategory's prior. A safety hazard or a threat (regulator, media, court) is never calm.
        if f.bangs >= 2 {
            angry += 2.0;
        }
        if f.asks >= 2 {
            negative += 0.5;
        }
        if f.shouting {
            angry += 2.0;
        }
        let threat = prio
            .iter()
            .any(|p| matches!(p.0, "regulator_threat" | "media_threat" | "legal_threat"));
        let safety = prio.iter().any(|p| p.0 == "safety");
        let emotion = if angry >= 2.0 {
            "angry"
        } else if safety
            || threat
            || negative + angry * 0.5 + beh.2 + if complain { 0.6 } else { 0.0 } - if thanked { THANKS_OFF } else { 0.0 } >= 1.0
        {
            "negative"
        } else {
            "calm"
        };

        let mut nat = if !matched {
            b'C'
        } else if question {
            beh.1
        } else if fault && matches!(beh.0, b'C' | b'F') {
            b'R'
        } else {
            beh.0
        };
        if beh.0 == b'S' || (suggest && !complain && emotion != "angry") {
            nat = b'S';
            // A calm proposal about a topic ("希望订单页能显示预计送达时间") is a suggestion to
            // the business, not a problem with that topic.
            // (Only where the taxonomy has a suggestion subcategory.)
            let to = self.slots.iter().find(|s| s.behaviour.0 == b'S').and_then(|s| Some((self.cats.get(s.cat)?, s)));
            if let Some((c, s)) = to.filter(|(c, _)| emotion == "calm" && c.0 != category) {
                crate::text::retain(&mut alternatives, &mut |a| a.subcategory != s.id);
                alternatives.insert(0, Alternative { category, subcategory, confidence: conf });
                alternatives.truncate(3);
                (category, subcategory) = (c.0.clone(), s.id.clone());
                beh = s.behaviour;
            }
        }
        // An angry report that a device, app, login or payment fails still asks for a fix:
        // `!!!`, capitals and insults say how urgently. So does a complaint word (离谱, 无语,
        // ridiculous) beside a broken main function (login, ordering, paying: base P2).
        let repair = nat == b'R' && beh.0 == b'R';
        if matched && (complain && !(repair && beh.3 == 2) || (emotion == "angry" && !repair) || threat || safety) {
            nat = b'P';
        }

        let mut matches = Vec::new();
        let mut offsets = Vec::new();
        for h in hits.iter().filter(|h| !h.dropped) {
            let mut last_cat = usize::MAX;
            for t in self.tags_of(h.pat) {
                let Tag::Topic { sub, negatable, .. } = *t else {
                    continue;
                };
                if h.cancels(negatable) {
                    continue;
                }
                let Some(slot) = self.slots.get(sub as usize) else {
                    continue;
                };
                topic_clauses.push((slot.id.as_deref(), clause_of(h.start), original(h)));
                if slot.cat == last_cat {
                    continue;
                }
                last_cat = slot.cat;
                let (a, b) = (f.orig(h.start), f.orig(h.end));
                offsets.push(a);
                offsets.push(b);
                matches.push(Match { start: a, end: b, category: slot.cat });
            }
        }
        crate::text::Utf16Map::new(text).convert_sorted(&mut offsets);
        for (m, o) in matches.iter_mut().zip(offsets.chunks_exact(2)) {
            m.start = o[0];
            m.end = o[1];
        }

        let top_term = winner
            .and_then(|w| scores.get(w))
            .and_then(|s| hits.get(s.2))
            .map_or("", original);
        let labels = self.labels_for(&category, subcategory.as_deref(), locale);
        Analysis {
            class: Classification {
                category,
                subcategory,
                confidence: if matched { conf } else { 0.1 },
                nature: nature_name(nat),
                emotion,
                matches,
                alternatives,
                labels,
            },
            prio,
            at_all,
            topic_clauses,
            // A refund that failed is P2 (the SPEC's "payment or refund failed").
            base_level: match (matched, beh.0) {
                (false, _) => 4,
                (true, b'F') if nat == b'R' => 2,
                _ => beh.3,
            },
            top_term,
            matched,
        }
    }
}

impl ToJson for Match {
    fn write_json(&self, out: &mut String) {
        write_fields(out, &[&self.start, &self.end, &self.category]);
    }
}

impl ToJson for Alternative {
    fn write_json(&self, out: &mut String) {
        write_fields(out, &[&self.category, &self.subcategory, &self.confidence]);
    }
}

impl ToJson for Classification {
    fn write_json(&self, out: &mut String) {
        write_row(out, &[&self.category, &self.subcategory, &self.confidence, &self.nature, &self.emotion, &self.matches, &self.alternatives, &self.labels.category, &self.labels.subcategory]);
    }
}

#[cfg(test)]
mod tests;
