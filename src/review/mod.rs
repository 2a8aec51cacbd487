//! The weekly review: time, quality and distribution figures over a list of tickets, each
//! figure with the number of tickets it was computed from, and skipped tickets with reasons.
//!
//! Rules where practice leaves a choice (also in the README):
//! - a ticket is in range by `receivedAt` (else its first `received` event);
//! - first-contact resolution: resolved, never `reopened`, and `contactCount` ≤ 1 (absent = 1);
//! - CSAT: share of `satisfied` + `very_satisfied` among rated tickets; the score maps
//!   very_dissatisfied … very_satisfied to 1 … 5;
//! - repeat: the same `customerId` and category again within 7 days of an earlier ticket;
//! - follow-up on time: `followed_up` within 24 h (wall clock) of the last `resolved`;
//! - escalated: a `priority_changed` event to a more urgent level than at reception.

use crate::prelude::*;
use crate::text::Pad;

pub mod reply;

use crate::error::{Error, Result};
use crate::guard::Guard;
use crate::level::Level;
use crate::time::{self, Zone};
use chrono::{DateTime, Datelike, Duration, Timelike, Utc};
use crate::json::{Obj, ToJson};
use crate::json::Value;

/// A rate or mean and how many tickets it was computed from (`value` null when none).
#[derive(Debug, Clone, Copy, Default)]
pub struct Figure {
    pub value: Option<f64>,
    pub count: usize,
}

impl Figure {
    fn mean(xs: &[f64]) -> Figure {
        Figure { value: (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64), count: xs.len() }
    }
    fn median(xs: &[f64]) -> Figure {
        let mut v = xs.to_vec();
        crate::text::sort_by(&mut v, |a, b| a.total_cmp(b));
        let m = match v.len() {
            0 => None,
            n if n % 2 == 1 => Some(v[n / 2]),
            n => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
        };
        Figure { value: m, count: v.len() }
    }
    fn rate(flags: &[bool]) -> Figure {
        let hits = flags.iter().filter(|f| **f).count();
        Figure { value: (!flags.is_empty()).then(|| hits as f64 / flags.len() as f64), count: flags.len() }
    }
}

#[derive(Debug, Clone)]
pub struct Bucket {
    pub key: String,
    pub count: usize,
    pub share: f64,
}

#[derive(Debug, Clone)]
pub struct Skipped {
    pub index: usize,
    pub reason: String,
}

#[derive(Debug, Clone)]
pub struct Breach {
    pub ticket_id: String,
    pub targets: Vec<&'static str>,
}

#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub tickets: usize,
    pub first_response_business_minutes: Figure,
    pub first_response_business_median: Figure,
    pub first_response_wall_minutes: Figure,
    pub first_response_wall_median: Figure,
    pub resolution_business_minutes: Figure,
    pub resolution_wall_minutes: Figure,
    pub response_on_time_rate: Figure,
    pub resolution_on_time_rate: Figure,
    pub escalation_rate: Figure,
    pub first_contact_resolution_rate: Figure,
    pub csat: Figure,
    pub score_mean: Figure,
    pub repeat_rate: Figure,
    pub follow_up_on_time_rate: Figure,
}

#[derive(Debug, Clone)]
pub struct Distributions {
    pub categories: Vec<Bucket>,
    pub subcategories: Vec<Bucket>,
    pub root_cause_dimensions: Vec<Bucket>,
    pub channels: Vec<Bucket>,
    pub priorities: Vec<Bucket>,
    pub weekdays: Vec<Bucket>,
    pub hours: Vec<Bucket>,
}

#[derive(Debug, Clone)]
pub struct Period {
    pub period: String,
    pub figures: Figures,
}

#[derive(Debug, Clone)]
pub struct WeekOverWeek {
    pub this_week: Period,
    pub last_week: Period,
    /// Relative change of the ticket count (null when last week had none).
    pub ticket_change: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct Review {
    pub figures: Figures,
    pub breaches: Vec<Breach>,
    pub distributions: Distributions,
    pub week_over_week: Option<WeekOverWeek>,
    pub periods: Vec<Period>,
    pub skipped: Vec<Skipped>,
}

/// What one ticket contributes.
struct Row {
    id: String,
    received: DateTime<Utc>,
    customer: Option<String>,
    category: String,
    subcategory: Option<String>,
    root_cause: Option<String>,
    channel: Option<String>,
    priority: Level,
    response: Option<(f64, f64, bool)>,
    resolution: Option<(f64, f64, bool)>,
    escalated: bool,
    resolved_fcr: Option<bool>,
    satisfaction: Option<u8>,
    follow_up: Option<bool>,
    breached: Vec<&'static str>,
    repeat: bool,
}

const SATISFACTION: [&str; 5] = ["very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied"];
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn str_of<'a>(t: &'a Value, key: &str) -> Option<&'a str> {
    t.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
}

/// First and last instants of each timeline kind, read after the SLA engine accepted the timeline.
fn instants(t: &Value, zone: &Zone, kind: &str) -> Vec<DateTime<Utc>> {
    t.get("timeline")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|e| e.get("kind").and_then(Value::as_str) == Some(kind))
        .filter_map(|e| e.get("at").and_then(|at| time::parse_value(at, zone, "").ok()).map(|p| p.at))
        .collect()
}

fn row(guard: &Guard, t: &Value, index: usize, now: DateTime<Utc>) -> core::result::Result<Row, String> {
    let zone = *guard.zone();
    let (sla, analysed) = guard.sla_and_class(t, now).map_err(|e| cat!(e.path, ": ", e.message))?;
    let received = instants(t, &zone, "received")
        .first()
        .copied()
        .or_else(|| t.get("receivedAt").and_then(|v| time::parse_value(v, &zone, "receivedAt").ok()).map(|p| p.at))
        .ok_or("no receivedAt and no received event")?;
    let class = match (str_of(t, "category"), analysed) {
        (Some(c), _) => (c.to_string(), str_of(t, "subcategory").map(String::from)),
        (None, Some(c)) => (c.category, c.subcategory),
        (None, None) => match ["text", "description"].iter().find_map(|k| str_of(t, k)) {
            Some(text) => {
                let c = guard.classify(text).map_err(|e| e.message)?;
                (c.category, c.subcategory)
            }
            None => ("other".into(), None),
        },
    };
    let target = |kind: &str| sla.targets.iter().find(|x| x.kind == kind);
    let wall = |to: Option<&DateTime<Utc>>| to.map(|to| (*to - received).num_seconds() as f64 / 60.0);
    let measured = |kind: &str, end: Option<&DateTime<Utc>>| {
        target(kind).filter(|x| x.remaining_minutes.is_none()).and_then(|x| {
            wall(end).map(|w| (x.elapsed_minutes, w, x.state == "achieved"))
        })
    };
    let resolved = instants(t, &zone, "resolved");
    let reopened = !instants(t, &zone, "reopened").is_empty();
    let contacts = t.get("contactCount").and_then(Value::as_u64).unwrap_or(1);
    let satisfaction = str_of(t, "satisfaction").and_then(|s| SATISFACTION.iter().position(|x| *x == s)).map(|i| i as u8 + 1);
    let follow_up = resolved.last().map(|r| {
        instants(t, &zone, "followed_up").iter().any(|f| f >= r && *f - *r <= Duration::hours(24))
    });
    let at_reception = t
        .get("timeline")
        .and_then(Value::as_array)
        .and_then(|l| l.iter().find(|e| e.get("kind").and_then(Value::as_str) == Some("received")))
        .and_then(|e| e.get("priority").and_then(Value::as_str).and_then(Level::parse));
    let escalated = t
        .get("timeline")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|e| e.get("kind").and_then(Value::as_str) == Some("priority_changed"))
        .filter_map(|e| e.get("priority").and_then(Value::as_str).and_then(Level::parse))
        .any(|l| at_reception.is_some_and(|r| l < r));
    Ok(Row {
        id: str_of(t, "ticketId").or_else(|| str_of(t, "id")).map_or_else(|| cat!("#", index), String::from),
        received,
        customer: str_of(t, "customerId").map(String::from),
        category: class.0,
        subcategory: class.1,
        root_cause: str_of(t, "rootCauseDimension").map(String::from),
        channel: str_of(t, "channel").map(String::from),
        priority: sla.priority,
        response: measured("first_response", instants(t, &zone, "responded").first()),
        resolution: measured("resolution", resolved.last()),
        escalated,
        resolved_fcr: (!resolved.is_empty()).then_some(!reopened && contacts <= 1),
        satisfaction,
        follow_up,
        breached: sla.targets.iter().filter(|x| x.state == "breached").map(|x| x.kind).collect(),
        repeat: false,
    })
}

fn figures(rows: &[&Row]) -> Figures {
    let pick = |f: &dyn Fn(&Row) -> Option<f64>| rows.iter().filter_map(|r| f(r)).collect::<Vec<f64>>();
    let flags = |f: &dyn Fn(&Row) -> Option<bool>| rows.iter().filter_map(|r| f(r)).collect::<Vec<bool>>();
    let fr_b = pick(&|r| r.response.map(|x| x.0));
    let fr_w = pick(&|r| r.response.map(|x| x.1));
    let sat = pick(&|r| r.satisfaction.map(f64::from));
    Figures {
        tickets: rows.len(),
        first_response_business_minutes: Figure::mean(&fr_b),
        first_response_business_median: Figure::median(&fr_b),
        first_response_wall_minutes: Figure::mean(&fr_w),
        first_response_wall_median: Figure::median(&fr_w),
        resolution_business_minutes: Figure::mean(&pick(&|r| r.resolution.map(|x| x.0))),
        resolution_wall_minutes: Figure::mean(&pick(&|r| r.resolution.map(|x| x.1))),
        response_on_time_rate: Figure::rate(&flags(&|r| r.response.map(|x| x.2))),
        resolution_on_time_rate: Figure::rate(&flags(&|r| r.resolution.map(|x| x.2))),
        escalation_rate: Figure::rate(&flags(&|r| Some(r.escalated))),
        first_contact_resolution_rate: Figure::rate(&flags(&|r| r.resolved_fcr)),
        csat: Figure::rate(&flags(&|r| r.satisfaction.map(|s| s >= 4))),
        score_mean: Figure::mean(&sat),
        repeat_rate: Figure::rate(&flags(&|r| r.customer.as_ref().map(|_| r.repeat))),
        follow_up_on_time_rate: Figure::rate(&flags(&|r| r.follow_up)),
    }
}

/// `key` is a trait object: one copy of this function serves all seven distributions.
fn buckets<'a>(rows: &[&'a Row], key: &dyn Fn(&'a Row) -> Option<String>, top: usize) -> Vec<Bucket> {
    // Few distinct keys (categories, channels, hours): a list beats a map here, in time and size.
    let mut counts: Vec<(String, usize)> = Vec::new();
    for r in rows {
        if let Some(k) = key(r) {
            match counts.iter_mut().find(|(c, _)| *c == k) {
                Some((_, n)) => *n += 1,
                None => counts.push((k, 1)),
            }
        }
    }
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let mut v: Vec<Bucket> =
        counts.into_iter().map(|(key, count)| Bucket { share: count as f64 / total.max(1) as f64, key, count }).collect();
    crate::text::sort_by(&mut v, |a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    v.truncate(top);
    v
}

/// The period a ticket falls in: `2024-06-11`, ISO week `2024-W24`, or `2024-06`.
fn period(at: DateTime<Utc>, zone: &Zone, group: &str) -> String {
    let d = zone.local(at).date();
    match group {
        "day" => time::format_date(d),
        "week" => cat!(d.iso_week().year(), "-W", Pad(d.iso_week().week(), 2)),
        _ => cat!(d.year(), "-", Pad(d.month(), 2)),
    }
}

/// `guard.review(tickets, { from?, to?, now?, groupBy? })`.
pub fn review(guard: &Guard, tickets: &Value, options: &Value) -> Result<Review> {
    let list = tickets.as_array().ok_or_else(|| Error::input("invalid_type", "", "tickets must be an array"))?;
    if list.len() > guard.limits.max_batch {
        return Err(Error::input("too_large", "", cat!("more than limits.maxBatch (", guard.limits.max_batch, ") tickets")));
    }
    let bound = |key: &str| -> Result<Option<DateTime<Utc>>> {
        match options.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => guard.time(v, &cat!("options.", key)).map(Some),
        }
    };
    let (from, to) = (bound("from")?, bound("to")?);
    let now = bound("now")?.ok_or_else(|| Error::input("required", "options.now", "now is required"))?;
    let group = match options.get("groupBy") {
        None | Some(Value::Null) => None,
        Some(Value::String(g)) if matches!(g.as_str(), "day" | "week" | "month") => Some(g.as_str()),
        Some(_) => return Err(Error::input("enum", "options.groupBy", "groupBy must be \"day\", \"week\" or \"month\"")),
    };
    let zone = *guard.zone();
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    for (index, t) in list.iter().enumerate() {
        match row(guard, t, index, now) {
            Ok(r) if from.is_some_and(|f| r.received < f) || to.is_some_and(|x| r.received >= x) => {}
            Ok(r) => rows.push(r),
            Err(reason) => skipped.push(Skipped { index, reason }),
        }
    }
    crate::text::sort_by_key(&mut rows, |r| r.received);
    // Repeat contacts: the same customer and category within 7 days of their previous ticket.
    // Sorting (stably, so by time within a key) puts each ticket right after that previous one.
    // A hash of the key sorts first, so strings are compared only between equal keys (or on a
    // collision): comparing them outright was a sixth of a 100,000-ticket review.
    let fnv = |s: &str, h: u64| s.bytes().fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    let mut by_key: Vec<(u64, usize)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.customer.as_deref().map(|c| (fnv(&r.category, fnv(c, 0xcbf2_9ce4_8422_2325) ^ 0xff), i)))
        .collect();
    crate::text::sort_by(&mut by_key, |a, b| {
        let key = |k: &(u64, usize)| (k.0, &rows[k.1].customer, &rows[k.1].category);
        key(a).cmp(&key(b))
    });
    for w in by_key.windows(2) {
        let (prev, cur) = (&rows[w[0].1], &rows[w[1].1]);
        let repeat = prev.customer == cur.customer && prev.category == cur.category && cur.received - prev.received <= Duration::days(7);
        rows[w[1].1].repeat = repeat;
    }
    let all: Vec<&Row> = rows.iter().collect();
    let local = |r: &Row| zone.local(r.received);
    let distributions = Distributions {
        categories: buckets(&all, &|r| Some(r.category.clone()), 10),
        subcategories: buckets(&all, &|r| r.subcategory.as_ref().map(|s| cat!(r.category, "/", s)), 10),
        root_cause_dimensions: buckets(&all, &|r| r.root_cause.clone(), 10),
        channels: buckets(&all, &|r| r.channel.clone(), 20),
        priorities: buckets(&all, &|r| Some(r.priority.as_str().to_string()), 4),
        weekdays: buckets(&all, &|r| Some(WEEKDAYS[local(r).weekday().num_days_from_monday() as usize].to_string()), 7),
        hours: buckets(&all, &|r| Some(cat!(Pad(local(r).hour(), 2))), 24),
    };
    // Rows are in time order, so each period is one run of equal keys.
    let periods_of = |g: &str| -> Vec<Period> {
        let keys: Vec<String> = all.iter().map(|r| period(r.received, &zone, g)).collect();
        let mut at = 0;
        keys.chunk_by(|a, b| a == b)
            .map(|run| {
                let members = &all[at..at + run.len()];
                at += run.len();
                Period { period: run[0].clone(), figures: figures(members) }
            })
            .collect()
    };
    let span = match (all.first(), all.last()) {
        (Some(a), Some(b)) => to.unwrap_or(b.received) - from.unwrap_or(a.received),
        _ => Duration::zero(),
    };
    let week_over_week = if span >= Duration::days(13) {
        let mut weeks = periods_of("week");
        let this_week = weeks.pop();
        let last_week = weeks.pop();
        match (this_week, last_week) {
            (Some(this_week), Some(last_week)) => Some(WeekOverWeek {
                ticket_change: (last_week.figures.tickets > 0)
                    .then(|| this_week.figures.tickets as f64 / last_week.figures.tickets as f64 - 1.0),
                this_week,
                last_week,
            }),
            _ => None,
        }
    } else {
        None
    };
    Ok(Review {
        figures: figures(&all),
        breaches: rows.iter().filter(|r| !r.breached.is_empty()).map(|r| Breach { ticket_id: r.id.clone(), targets: r.breached.clone() }).collect(),
        distributions,
        week_over_week,
        periods: group.map(periods_of).unwrap_or_default(),
        skipped,
    })
}

impl ToJson for Figure {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field("value", &self.value).field("count", &self.count).end();
    }
}

impl ToJson for Bucket {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field("key", &self.key).field("count", &self.count).field("share", &self.share).end();
    }
}

impl ToJson for Skipped {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field("index", &self.index).field("reason", &self.reason).end();
    }
}

impl ToJson for Breach {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field("ticketId", &self.ticket_id).field("targets", &self.targets).end();
    }
}

impl Figures {
    /// The figures as fields of an enclosing object (a period row, the review itself).
    fn fields<'a>(&self, o: Obj<'a>) -> Obj<'a> {
        o.field("tickets", &self.tickets)
            .field("firstResponseBusinessMinutes", &self.first_response_business_minutes)
            .field("firstResponseBusinessMedian", &self.first_response_business_median)
            .field("firstResponseWallMinutes", &self.first_response_wall_minutes)
            .field("firstResponseWallMedian", &self.first_response_wall_median)
            .field("resolutionBusinessMinutes", &self.resolution_business_minutes)
            .field("resolutionWallMinutes", &self.resolution_wall_minutes)
            .field("responseOnTimeRate", &self.response_on_time_rate)
            .field("resolutionOnTimeRate", &self.resolution_on_time_rate)
            .field("escalationRate", &self.escalation_rate)
            .field("firstContactResolutionRate", &self.first_contact_resolution_rate)
            .field("csat", &self.csat)
            .field("scoreMean", &self.score_mean)
            .field("repeatRate", &self.repeat_rate)
            .field("followUpOnTimeRate", &self.follow_up_on_time_rate)
    }
}

impl ToJson for Figures {
    fn write_json(&self, out: &mut String) {
        self.fields(Obj::new(out)).end();
    }
}

impl ToJson for Distributions {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field("categories", &self.categories).field("subcategories", &self.subcategories).field("rootCauseDimensions", &self.root_cause_dimensions).field("channels", &self.channels).field("priorities", &self.priorities).field("weekdays", &self.weekdays).field("hours", &self.hours).end();
    }
}

impl ToJson for Period {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field("period", &self.period).with(|o| self.figures.fields(o)).end();
    }
}

impl ToJson for WeekOverWeek {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field("thisWeek", &self.this_week).field("lastWeek", &self.last_week).field("ticketChange", &self.ticket_change).end();
    }
}

impl ToJson for Review {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).with(|o| self.figures.fields(o)).field("breaches", &self.breaches).field("distributions", &self.distributions).field("weekOverWeek", &self.week_over_week).field("periods", &self.periods).field("skipped", &self.skipped).end();
    }
}

#[cfg(test)]
mod tests;
