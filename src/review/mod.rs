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
use crate::time;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike, Utc};
use core::cmp::Ordering;
use crate::sla::{Event, Kind};
use crate::json::{same_key, write_fields, Obj, ToJson};
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
    fn median(mut v: Vec<f64>) -> Figure {
        let n = v.len();
        let upper = kth(&mut v, n / 2);
        // For an even count, the lower middle is the largest of the half before the upper.
        let lower = v.get(..n / 2).and_then(|l| l.iter().copied().reduce(f64::max));
        let value = if n % 2 == 1 { upper } else { upper.zip(lower).map(|(u, l)| (u + l) / 2.0) };
        Figure { value, count: n }
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

/// What one ticket contributes. Its strings are names' indexes: the tickets are read one at a
/// time and dropped after (a 100,000-ticket review never holds them all parsed), and a row
/// allocates nothing unless it lists a breach.
struct Row {
    index: usize,
    /// The ticket's id, kept only when it breached (the only place it is shown).
    id: Option<String>,
    /// Epoch milliseconds.
    received: i64,
    /// `received` on the calendar's wall clock: weekday, hour and period.
    local: NaiveDateTime,
    customer: Option<u32>,
    category: u32,
    subcategory: Option<u32>,
    root_cause: Option<u32>,
    channel: Option<u32>,
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

/// The distinct strings of the rows' fields (categories, channels, customers …), each stored
/// once, so rows hold indexes and the buckets count integers. The first names are the fixed
/// bucket keys: weekdays, then hours, then priorities.
struct Names {
    list: Vec<String>,
    /// Open addressing from a name's hash to its index + 1 (0: empty); at most half full.
    slots: Vec<u32>,
}

const HOUR_NAMES: u32 = 7;
const PRIORITY_NAMES: u32 = HOUR_NAMES + 24;

/// FNV-1a, for the open-addressing tables below.
fn fnv(s: &[u8]) -> u64 {
    s.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3))
}

impl Names {
    fn new() -> Names {
        let mut names = Names { list: Vec::new(), slots: Vec::new() };
        for d in WEEKDAYS {
            names.id(d);
        }
        for h in 0..24 {
            names.id(&cat!(Pad(h, 2)));
        }
        for l in Level::ALL {
            names.id(l.as_str());
        }
        names
    }

    fn slot(&self, s: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = fnv(s.as_bytes()) as usize & mask;
        while let Some(&n) = self.slots.get(i).filter(|n| **n != 0) {
            if same_key(&self.list[n as usize - 1], s) {
                break;
            }
            i = (i + 1) & mask;
        }
        i
    }

    fn id(&mut self, s: &str) -> u32 {
        if self.slots.len() < 2 * (self.list.len() + 1) {
            self.slots = vec![0; (self.slots.len() * 2).max(64)];
            for n in 0..self.list.len() {
                let i = self.slot(&self.list[n]);
                self.slots[i] = n as u32 + 1;
            }
        }
        let i = self.slot(s);
        if self.slots[i] == 0 {
            self.list.push(s.into());
            self.slots[i] = self.list.len() as u32;
        }
        self.slots[i] - 1
    }

    fn get(&mut self, t: &Value, key: &str) -> Option<u32> {
        str_of(t, key).map(|s| self.id(s))
    }
}

const SATISFACTION: [&str; 5] = ["very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied"];
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_MS: i64 = 86_400_000;

fn str_of<'a>(t: &'a Value, key: &str) -> Option<&'a str> {
    t.get(key).and_then(Value::as_str).map(crate::text::trim).filter(|s| !s.is_empty())
}

fn row(guard: &Guard, names: &mut Names, t: &Value, index: usize, now: DateTime<Utc>) -> core::result::Result<Row, String> {
    let (sla, events, analysed) = guard.sla_and_class(t, now).map_err(|e| cat!(e.path, ": ", e.message))?;
    // The SLA engine read the timeline (and `receivedAt`/`resolvedAt`) into events in time
    // order, a received one among them: the figures below read the same events.
    let received_ev = events.iter().find(|e| e.kind == Kind::Received).ok_or("no receivedAt and no received event")?;
    let received = DateTime::from_timestamp_millis(received_ev.at).ok_or("receivedAt out of range")?;
    let class = match (names.get(t, "category"), analysed) {
        (Some(c), _) => (c, names.get(t, "subcategory")),
        (None, Some(c)) => (names.id(&c.category), c.subcategory.map(|s| names.id(&s))),
        (None, None) => match ["text", "description"].iter().find_map(|k| str_of(t, k)) {
            Some(text) => {
                let c = guard.classify(text).map_err(|e| e.message)?;
                (names.id(&c.category), c.subcategory.map(|s| names.id(&s)))
            }
            None => (names.id("other"), None),
        },
    };
    // A completed target with the event that completed it: business and wall minutes, on time.
    let measured = |kind: &str, end: Option<&Event>| {
        let target = sla.targets.iter().find(|x| x.kind == kind && x.remaining_minutes.is_none())?;
        end.map(|e| (target.elapsed_minutes, (e.at - received_ev.at) as f64 / 60_000.0, target.state == "achieved"))
    };
    let resolved = events.iter().rev().find(|e| e.kind == Kind::Resolved);
    let reopened = events.iter().any(|e| e.kind == Kind::Reopened);
    let contacts = t.get("contactCount").and_then(Value::as_u64).unwrap_or(1);
    let satisfaction = str_of(t, "satisfaction").and_then(|s| SATISFACTION.iter().position(|x| *x == s)).map(|i| i as u8 + 1);
    let follow_up = resolved.map(|r| events.iter().any(|f| f.kind == Kind::FollowedUp && f.at >= r.at && f.at - r.at <= DAY_MS));
    let escalated = received_ev.priority.is_some_and(|r| {
        events.iter().any(|e| e.kind == Kind::PriorityChanged && e.priority.is_some_and(|l| l < r))
    });
    let mut breached = Vec::new();
    for x in sla.targets.iter().filter(|x| x.state == "breached") {
        breached.push(x.kind);
    }
    Ok(Row {
        index,
        id: if breached.is_empty() { None } else { str_of(t, "ticketId").or_else(|| str_of(t, "id")).map(String::from) },
        received: received_ev.at,
        local: guard.zone().local(received),
        customer: names.get(t, "customerId"),
        category: class.0,
        subcategory: class.1,
        root_cause: names.get(t, "rootCauseDimension"),
        channel: names.get(t, "channel"),
        priority: sla.priority,
        response: measured("first_response", events.iter().find(|e| e.kind == Kind::Responded)),
        resolution: measured("resolution", resolved),
        escalated,
        resolved_fcr: resolved.map(|_| !reopened && contacts <= 1),
        satisfaction,
        follow_up,
        breached,
        repeat: false,
    })
}

/// The `k`-th smallest of `v` (which it reorders): quickselect with a three-way partition, so
/// the many equal values of whole-minute durations stay linear. Everything before `k` ends up
/// no larger than it.
fn kth(v: &mut [f64], k: usize) -> Option<f64> {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let p = *v.get(lo + (hi - lo) / 2)?;
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            match v[i].total_cmp(&p) {
                Ordering::Less => {
                    v.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                Ordering::Greater => {
                    gt -= 1;
                    v.swap(i, gt);
                }
                Ordering::Equal => i += 1,
            }
        }
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return Some(p);
        }
    }
    None
}

fn figures(rows: &[Row]) -> Figures {
    let pick = |f: &dyn Fn(&Row) -> Option<f64>| some_of(rows, f);
    let flags = |f: &dyn Fn(&Row) -> Option<bool>| some_of(rows, f);
    let fr_b = pick(&|r| r.response.map(|x| x.0));
    let fr_w = pick(&|r| r.response.map(|x| x.1));
    let sat = pick(&|r| r.satisfaction.map(f64::from));
    Figures {
        tickets: rows.len(),
        first_response_business_minutes: Figure::mean(&fr_b),
        first_response_business_median: Figure::median(fr_b),
        first_response_wall_minutes: Figure::mean(&fr_w),
        first_response_wall_median: Figure::median(fr_w),
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

/// What `f` gives for the rows that have it.
fn some_of<T>(rows: &[Row], f: &dyn Fn(&Row) -> Option<T>) -> Vec<T> {
    let mut out = Vec::new();
    for r in rows {
        if let Some(x) = f(r) {
            out.push(x);
        }
    }
    out
}

/// `key` is a trait object: one copy of this function serves all seven distributions. A key
/// is a pair of names (category, subcategory; `NONE` for one name), joined with `/` only for
/// the buckets made.
fn buckets(rows: &[Row], names: &Names, key: &dyn Fn(&Row) -> Option<(u32, u32)>, top: usize) -> Vec<Bucket> {
    // Few distinct keys (categories, channels, hours): a list beats a map here, in time and size.
    let mut counts: Vec<((u32, u32), usize)> = Vec::new();
    for r in rows {
        if let Some(k) = key(r) {
            match counts.iter_mut().find(|(c, _)| *c == k) {
                Some((_, n)) => *n += 1,
                None => counts.push((k, 1)),
            }
        }
    }
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let name = |i: u32| names.list.get(i as usize).map_or("", String::as_str);
    let mut v = Vec::with_capacity(counts.len());
    for ((a, b), count) in counts {
        v.push(Bucket {
            share: count as f64 / total.max(1) as f64,
            key: if b == NONE { name(a).to_string() } else { cat!(name(a), "/", name(b)) },
            count,
        });
    }
    crate::text::sort_by(&mut v, |a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    v.truncate(top);
    v
}

const NONE: u32 = u32::MAX;

/// Repeat contacts: the same customer and category within 7 days of their previous ticket.
/// One pass in time order over an open-addressing table from (customer, category) to the
/// latest row with it, instead of sorting by that key.
fn mark_repeats(rows: &mut [Row]) {
    // At most half full, so every probe sequence reaches an empty slot.
    let mask = (rows.len() * 2).next_power_of_two() - 1;
    let mut table: Vec<Option<usize>> = vec![None; mask + 1];
    for i in 0..rows.len() {
        let Some(customer) = rows[i].customer else { continue };
        let key = (customer, rows[i].category);
        let mut slot = fnv(&(u64::from(key.0) << 32 | u64::from(key.1)).to_le_bytes()) as usize & mask;
        while let Some(j) = table[slot] {
            if (rows[j].customer, rows[j].category) == (Some(key.0), key.1) {
                rows[i].repeat = rows[i].received - rows[j].received <= 7 * DAY_MS;
                break;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = Some(i);
    }
}

/// The period a day falls in as a number that orders like time: the day, the ISO week, or
/// the month.
fn period_key(d: NaiveDate, group: &str) -> i32 {
    match group {
        "day" => d.num_days_from_ce(),
        "week" => d.iso_week().year() * 100 + d.iso_week().week() as i32,
        _ => d.year() * 100 + d.month() as i32,
    }
}

/// A period's label: `2024-06-11`, ISO week `2024-W24`, or `2024-06`.
fn period_label(d: NaiveDate, group: &str) -> String {
    match group {
        "day" => time::format_date(d),
        "week" => cat!(d.iso_week().year(), "-W", Pad(d.iso_week().week(), 2)),
        _ => cat!(d.year(), "-", Pad(d.month(), 2)),
    }
}

/// `guard.review(tickets, { from?, to?, now?, groupBy? })`; `tickets` is the JSON text of an
/// array, read one ticket at a time.
pub fn review(guard: &Guard, tickets: &str, options: &Value) -> Result<Review> {
    let bound = |key: &str| -> Result<Option<DateTime<Utc>>> {
        match options.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => guard.time(v, &cat!("options.", key)).map(Some),
        }
    };
    let ms = |t: Option<DateTime<Utc>>| t.map(|t| t.timestamp_millis());
    let (from, to) = (ms(bound("from")?), ms(bound("to")?));
    let now = bound("now")?.ok_or_else(|| Error::input("required", "options.now", "now is required"))?;
    let group = match options.get("groupBy") {
        None | Some(Value::Null) => None,
        Some(Value::String(g)) if matches!(g.as_str(), "day" | "week" | "month") => Some(g.as_str()),
        Some(_) => return Err(Error::input("enum", "options.groupBy", "groupBy must be \"day\", \"week\" or \"month\"")),
    };
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    let mut names = Names::new();
    guard.each_ticket(tickets, &mut |index, t| match row(guard, &mut names, t, index, now) {
        Ok(r) if from.is_some_and(|f| r.received < f) || to.is_some_and(|x| r.received >= x) => {}
        Ok(r) => rows.push(r),
        Err(reason) => skipped.push(Skipped { index, reason }),
    })?;
    crate::text::sort_by_key(&mut rows, |r| r.received);
    mark_repeats(&mut rows);
    let mut breaches = Vec::new();
    for r in rows.iter_mut().filter(|r| !r.breached.is_empty()) {
        let ticket_id = r.id.take().unwrap_or_else(|| cat!("#", r.index));
        breaches.push(Breach { ticket_id, targets: core::mem::take(&mut r.breached) });
    }
    let all = &rows[..];
    let one = |name: Option<u32>| name.map(|n| (n, NONE));
    let distributions = Distributions {
        categories: buckets(all, &names, &|r| one(Some(r.category)), 10),
        subcategories: buckets(all, &names, &|r| r.subcategory.map(|s| (r.category, s)), 10),
        root_cause_dimensions: buckets(all, &names, &|r| one(r.root_cause), 10),
        channels: buckets(all, &names, &|r| one(r.channel), 20),
        priorities: buckets(all, &names, &|r| one(Some(PRIORITY_NAMES + r.priority.index() as u32)), 4),
        weekdays: buckets(all, &names, &|r| one(Some(r.local.weekday().num_days_from_monday())), 7),
        hours: buckets(all, &names, &|r| one(Some(HOUR_NAMES + r.local.hour())), 24),
    };
    // Rows are in time order, so each period is one run of equal keys.
    let periods_of = |g: &str| -> Vec<Period> {
        let keys: Vec<i32> = all.iter().map(|r| period_key(r.local.date(), g)).collect();
        let mut at = 0;
        keys.chunk_by(|a, b| a == b)
            .map(|run| {
                let members = &all[at..at + run.len()];
                at += run.len();
                Period {
                    period: members.first().map(|r| period_label(r.local.date(), g)).unwrap_or_default(),
                    figures: figures(members),
                }
            })
            .collect()
    };
    let span = match (all.first(), all.last()) {
        (Some(a), Some(b)) => to.unwrap_or(b.received) - from.unwrap_or(a.received),
        _ => 0,
    };
    let week_over_week = if span >= 13 * DAY_MS {
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
        figures: figures(all),
        breaches,
        distributions,
        week_over_week,
        periods: group.map(periods_of).unwrap_or_default(),
        skipped,
    })
}

impl ToJson for Figure {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field(key!("value"), &self.value).field(key!("count"), &self.count).end();
    }
}

impl ToJson for Bucket {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field(key!("key"), &self.key).field(key!("count"), &self.count).field(key!("share"), &self.share).end();
    }
}

impl ToJson for Skipped {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field(key!("index"), &self.index).field(key!("reason"), &self.reason).end();
    }
}

/// Breaches cross as one flat list, `ticketId, targets` pair after pair, which the wrapper names:
/// a review can list every one of 100,000 tickets, and as objects they took about 1.3× as long
/// to parse.
impl ToJson for Breach {
    fn write_json(&self, out: &mut String) {
        write_fields(out, &[&self.ticket_id, &self.targets]);
    }
}

impl Figures {
    /// The figures as fields of an enclosing object (a period row, the review itself).
    fn fields<'a>(&self, o: Obj<'a>) -> Obj<'a> {
        o.field(key!("tickets"), &self.tickets)
            .field(key!("firstResponseBusinessMinutes"), &self.first_response_business_minutes)
            .field(key!("firstResponseBusinessMedian"), &self.first_response_business_median)
            .field(key!("firstResponseWallMinutes"), &self.first_response_wall_minutes)
            .field(key!("firstResponseWallMedian"), &self.first_response_wall_median)
            .field(key!("resolutionBusinessMinutes"), &self.resolution_business_minutes)
            .field(key!("resolutionWallMinutes"), &self.resolution_wall_minutes)
            .field(key!("responseOnTimeRate"), &self.response_on_time_rate)
            .field(key!("resolutionOnTimeRate"), &self.resolution_on_time_rate)
            .field(key!("escalationRate"), &self.escalation_rate)
            .field(key!("firstContactResolutionRate"), &self.first_contact_resolution_rate)
            .field(key!("csat"), &self.csat)
            .field(key!("scoreMean"), &self.score_mean)
            .field(key!("repeatRate"), &self.repeat_rate)
            .field(key!("followUpOnTimeRate"), &self.follow_up_on_time_rate)
    }
}

impl ToJson for Figures {
    fn write_json(&self, out: &mut String) {
        self.fields(Obj::new(out)).end();
    }
}

impl ToJson for Distributions {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field(key!("categories"), &self.categories).field(key!("subcategories"), &self.subcategories).field(key!("rootCauseDimensions"), &self.root_cause_dimensions).field(key!("channels"), &self.channels).field(key!("priorities"), &self.priorities).field(key!("weekdays"), &self.weekdays).field(key!("hours"), &self.hours).end();
    }
}

impl ToJson for Period {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field(key!("period"), &self.period).with(|o| self.figures.fields(o)).end();
    }
}

impl ToJson for WeekOverWeek {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).field(key!("thisWeek"), &self.this_week).field(key!("lastWeek"), &self.last_week).field(key!("ticketChange"), &self.ticket_change).end();
    }
}

impl ToJson for Review {
    fn write_json(&self, out: &mut String) {
        Obj::new(out).with(|o| self.figures.fields(o)).field(key!("breaches"), &self.breaches).field(key!("distributions"), &self.distributions).field(key!("weekOverWeek"), &self.week_over_week).field(key!("periods"), &self.periods).field(key!("skipped"), &self.skipped).end();
    }
}

#[cfg(test)]
mod tests;
