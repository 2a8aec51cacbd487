//! From a ticket's timeline to its SLA clocks, and each clock to a target.
//!
//! A clock is a list of active windows (resolution has one more per reopen) minus the
//! paused stretches. Choices where the SPEC is silent, as a helpdesk expects them:
//! - Events before the first `received` are ignored; a second `received` is ignored.
//! - Resolving closes the clocks still open (`accept`, `first_response`, `next_update`) at
//!   the resolution instant: a resolved ticket was evidently taken and answered, and a
//!   late resolution still shows as a breach.
//! - After a reopen `next_update` runs again from the reopen (or the latest response or
//!   update after it); `follow_up` exists only while the ticket is resolved.
//! - `ticket.priority`, when it differs from the level the timeline ends on, is the level
//!   of the open clocks (as if changed after the last event); completed clocks keep theirs.
//! - A completed clock's `due` continues its last window past completion without later
//!   pauses (the deadline it was racing against).

use crate::prelude::*;

use super::calendar::{Base, ExplainStep, Recorder};
use super::policy::{ACCEPT, FIRST_RESPONSE, FOLLOW_UP, NEXT_UPDATE, RESOLUTION};
use crate::error::{Error, Result, join};
use crate::level::Level;
use crate::time::{Zone, parse_value};
use crate::json::Value;

const MAX_EVENTS: usize = 10_000;
const OPEN: i64 = i64::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Received,
    Accepted,
    Responded,
    Updated,
    Paused,
    Resumed,
    PriorityChanged,
    Resolved,
    Reopened,
    FollowedUp,
}

const KIND_NAMES: [(&str, Kind); 10] = [
    ("received", Kind::Received),
    ("accepted", Kind::Accepted),
    ("responded", Kind::Responded),
    ("updated", Kind::Updated),
    ("paused", Kind::Paused),
    ("resumed", Kind::Resumed),
    ("priority_changed", Kind::PriorityChanged),
    ("resolved", Kind::Resolved),
    ("reopened", Kind::Reopened),
    ("followed_up", Kind::FollowedUp),
];

/// One timeline event as read: epoch milliseconds, kind, and the level it names.
pub(crate) struct Event {
    pub at: i64,
    pub kind: Kind,
    pub priority: Option<Level>,
}

/// One clock: active windows `[start, end)` (the last may be `OPEN`) and, when completed,
/// the level at completion.
#[derive(Debug)]
pub(crate) struct Clock {
    pub kind: usize,
    /// The first window inline (most clocks never have another), then one per reopen.
    first: (i64, i64),
    more: Vec<(i64, i64)>,
    done: Option<Level>,
}

impl Clock {
    fn open(kind: usize, at: i64) -> Clock {
        Clock { kind, first: (at, OPEN), more: Vec::new(), done: None }
    }

    fn windows(&self) -> impl Iterator<Item = (i64, i64)> + '_ {
        core::iter::once(self.first).chain(self.more.iter().copied())
    }

    pub fn is_open(&self) -> bool {
        self.done.is_none()
    }

    fn close(&mut self, at: i64, level: Level) {
        if self.done.is_none() {
            let w = self.more.last_mut().unwrap_or(&mut self.first);
            w.1 = at.max(w.0);
            self.done = Some(level);
        }
    }

    pub fn level(&self) -> Option<Level> {
        self.done
    }

    fn end(&self) -> Option<i64> {
        self.done.map(|_| self.more.last().unwrap_or(&self.first).1)
    }
}

/// The clocks of a ticket, the pauses, and the levels.
pub(crate) struct Timeline {
    pub clocks: Vec<Clock>,
    /// Paused stretches `[paused, resumed)`; the last may be `OPEN`.
    pub pauses: Vec<(i64, i64)>,
    /// The level of open clocks and of the result.
    pub current: Level,
    /// The events it was read from, in time order, the received one included (the review
    /// reads its figures from them).
    pub events: Vec<Event>,
}

fn level_of(v: Option<&Value>, path: &str) -> Result<Option<Level>> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            Level::parse(s).map(Some).ok_or_else(|| Error::input("enum", path, "priority is P1, P2, P3 or P4"))
        }
        Some(_) => Err(Error::input("enum", path, "priority is P1, P2, P3 or P4")),
    }
}

fn time_of(v: &Value, zone: &Zone, path: &str) -> Result<i64> {
    Ok(parse_value(v, zone, path)?.at.timestamp_millis())
}

fn events(ticket: &crate::json::Map, zone: &Zone) -> Result<Vec<Event>> {
    let mut out = Vec::new();
    match ticket.get("timeline") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            if list.len() > MAX_EVENTS {
                return Err(Error::input("too_large", "timeline", "a timeline holds at most 10000 events"));
            }
            out.reserve(list.len());
            for (i, ev) in list.iter().enumerate() {
                let path = |key: &str| join(&join("timeline", i), key);
                let ev = ev
                    .as_object()
                    .ok_or_else(|| Error::input("invalid_type", join("timeline", i), "an event is an object"))?;
                let at = time_of(ev.get("at").unwrap_or(&Value::Null), zone, "").map_err(|e| e.at(path("at")))?;
                let kind = match ev.get("kind") {
                    None | Some(Value::Null) => {
                        return Err(Error::input("required", path("kind"), "an event needs a kind"));
                    }
                    Some(k) => k.as_str().and_then(|k| KIND_NAMES.iter().find(|(n, _)| *n == k)).map(|(_, k)| *k),
                }
                .ok_or_else(|| Error::input("enum", path("kind"), "unknown event kind"))?;
                let priority = level_of(ev.get("priority"), "").map_err(|e| e.at(path("priority")))?;
                if kind == Kind::PriorityChanged && priority.is_none() {
                    return Err(Error::input("required", path("priority"), "priority_changed needs a priority"));
                }
                if out.last().is_some_and(|p: &Event| p.at > at) {
                    return Err(Error::input("time_order", path("at"), "timeline events must be in time order"));
                }
                out.push(Event { at, kind, priority });
            }
        }
        Some(_) => return Err(Error::input("invalid_type", "timeline", "timeline must be a list of events")),
    }
    if !out.iter().any(|e| e.kind == Kind::Received) {
        let at = match ticket.get("receivedAt") {
            None | Some(Value::Null) => {
                return Err(Error::input("required", "timeline", "a received event (or receivedAt) is required"));
            }
            Some(v) => time_of(v, zone, "receivedAt")?,
        };
        if out.first().is_some_and(|e| e.at < at) {
            return Err(Error::input("time_order", "receivedAt", "receivedAt is after the first timeline event"));
        }
        out.insert(0, Event { at, kind: Kind::Received, priority: None });
        if out.len() == 1 {
            if let Some(v) = ticket.get("resolvedAt").filter(|v| !v.is_null()) {
                let r = time_of(v, zone, "resolvedAt")?;
                if r < at {
                    return Err(Error::input("time_order", "resolvedAt", "resolvedAt is before receivedAt"));
                }
                out.push(Event { at: r, kind: Kind::Resolved, priority: None });
            }
        }
    }
    Ok(out)
}

impl Timeline {
    /// Replays the ticket's timeline into clocks. `fallback` is the level when neither
    /// `ticket.priority` nor the received event's priority is set.
    pub fn read(ticket: &Value, zone: &Zone, fallback: Level) -> Result<Timeline> {
        let map = ticket.as_object().ok_or_else(|| Error::input("invalid_type", "", "a ticket is an object"))?;
        let explicit = level_of(map.get("priority"), "priority")?;
        let events = events(map, zone)?;
        let start = events.iter().position(|e| e.kind == Kind::Received).unwrap_or(0);
        let mut pauses = Vec::new();
        let mut paused_at: Option<i64> = None;
        let mut level = fallback;
        let (mut accept, mut first, mut update, mut resolution, mut follow): Slots = Default::default();
        let mut resolved = false;
        for (i, ev) in events.iter().enumerate().skip(start) {
            let at = ev.at;
            match ev.kind {
                Kind::Received if i == start => {
                    level = ev.priority.or(explicit).unwrap_or(fallback);
                    accept = Some(Clock::open(ACCEPT, at));
                    first = Some(Clock::open(FIRST_RESPONSE, at));
                    resolution = Some(Clock::open(RESOLUTION, at));
                }
                Kind::Accepted => close(&mut accept, at, level),
                Kind::Responded | Kind::Updated if !resolved => {
                    if ev.kind == Kind::Responded {
                        close(&mut first, at, level);
                    }
                    // `next_update` runs only after the first response, from the latest one.
                    if first.as_ref().is_some_and(|f| !f.is_open()) {
                        update = Some(Clock::open(NEXT_UPDATE, at));
                    }
                }
                Kind::Paused => paused_at = paused_at.or(Some(at)),
                Kind::Resumed => {
                    if let Some(p) = paused_at.take() {
                        pauses.push((p, at));
                    }
                }
                Kind::PriorityChanged => level = ev.priority.unwrap_or(level),
                Kind::Resolved if !resolved => {
                    resolved = true;
                    for slot in [&mut accept, &mut first, &mut update, &mut resolution] {
                        close(slot, at, level);
                    }
                    follow = Some(Clock::open(FOLLOW_UP, at));
                }
                Kind::Reopened if resolved => {
                    resolved = false;
                    follow = None;
                    if let Some(c) = resolution.as_mut() {
                        c.more.push((at, OPEN));
                        c.done = None;
                    }
                    if first.as_ref().is_some_and(|f| !f.is_open()) {
                        update = Some(Clock::open(NEXT_UPDATE, at));
                    }
                }
                Kind::FollowedUp => close(&mut follow, at, level),
                // A second `received`, responses while resolved, repeated resolves or reopens.
                Kind::Received | Kind::Responded | Kind::Updated | Kind::Resolved | Kind::Reopened => {}
            }
        }
        if let Some(p) = paused_at {
            pauses.push((p, OPEN));
        }
        let mut clocks = Vec::new();
        for c in [accept, first, update, resolution, follow].into_iter().flatten() {
            clocks.push(c);
        }
        Ok(Timeline { clocks, pauses, current: explicit.unwrap_or(level), events })
    }
}

type Slots = (Option<Clock>, Option<Clock>, Option<Clock>, Option<Clock>, Option<Clock>);

fn close(slot: &mut Option<Clock>, at: i64, level: Level) {
    if let Some(c) = slot {
        c.close(at, level);
    }
}

/// A clock's figures at `now`.
pub(crate) struct Measured {
    pub due: Option<i64>,
    pub state: &'static str,
    pub used: i64,
    pub explain: Option<Vec<ExplainStep>>,
}

/// Active stretches of a clock: its windows minus the pauses. A completed clock runs on past
/// its completion (for its due) and no pause counts for it from then on, so its due is fixed
/// once it completes, even when it completed during a pause.
fn segments(clock: &Clock, pauses: &[(i64, i64)], out: &mut Vec<(i64, i64)>) {
    let cut = clock.end().unwrap_or(OPEN);
    let n = clock.more.len() + 1;
    out.clear();
    for (i, (s, e)) in clock.windows().enumerate() {
        let e = if i + 1 == n { OPEN } else { e };
        let mut s = s;
        for &(ps, pe) in pauses {
            if pe <= s || ps >= e || ps >= cut {
                continue;
            }
            if ps > s {
                out.push((s, ps));
            }
            s = pe.min(cut);
        }
        if s < e {
            out.push((s, e));
        }
    }
}

/// Measures `clock` against `budget` ms at `now`; `segs` is scratch space, reused across the
/// clocks of a ticket.
pub(crate) fn measure(
    clock: &Clock,
    budget: i64,
    pauses: &[(i64, i64)],
    base: Base,
    now: i64,
    explain: Option<&Zone>,
    segs: &mut Vec<(i64, i64)>,
) -> Measured {
    segments(clock, pauses, segs);
    let segs = &segs[..];
    let limit = clock.end().unwrap_or(now);
    let used: i64 = segs.iter().map(|&(s, e)| base.between(s, e.min(limit))).fold(0, i64::saturating_add);
    let mut due = None;
    let mut left = budget;
    for &(s, e) in segs {
        let (counted, at) = base.walk(s, left, e, None);
        if at.is_some() {
            due = at;
            break;
        }
        left -= counted;
    }
    let paused_now = pauses.iter().any(|&(ps, pe)| ps <= now && now < pe);
    let state = match (clock.end(), due) {
        (Some(end), Some(d)) if end > d => "breached",
        (Some(_), _) => "achieved",
        (None, _) if paused_now && used < budget => "paused",
        (None, Some(d)) if now > d => "breached",
        (None, _) => "pending",
    };
    if state == "paused" {
        due = None;
    }
    let explain = explain.map(|zone| {
        let stop = due.unwrap_or(limit);
        explain_walk(segs, pauses, base, stop, zone)
    });
    Measured { due, state, used, explain }
}

/// The business intervals counted and the stretches skipped, from the clock's start to `stop`.
fn explain_walk(segs: &[(i64, i64)], pauses: &[(i64, i64)], base: Base, stop: i64, zone: &Zone) -> Vec<ExplainStep> {
    let mut rec = Recorder::default();
    let mut prev_end: Option<i64> = None;
    for &(s, e) in segs {
        if s >= stop {
            break;
        }
        if let Some(pe) = prev_end {
            // A gap between segments is a pause or the time a ticket stayed resolved.
            let kind = if pauses.iter().any(|&(ps, _)| ps == pe) { "paused" } else { "resolved" };
            rec.push(kind, pe, s, 0.0, zone);
        }
        base.walk(s, i64::MAX, e.min(stop), Some(&mut rec));
        prev_end = Some(e);
    }
    // Paused at the end (no due): show the pause up to `stop`.
    if let Some(pe) = prev_end.filter(|pe| *pe < stop) {
        if pauses.iter().any(|&(ps, _)| ps == pe) {
            rec.push("paused", pe, stop, 0.0, zone);
        }
    }
    rec.steps
}
