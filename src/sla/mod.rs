//! SLA engine: due times of a ticket's targets over a business calendar (SPEC §2).
//!
//! Config read (errors are `Error::config` with these paths):
//! - `calendar` — `{ timezone, weekly: { mon: [["09:00","18:30"]], … }, holidays, extraWorkdays,
//!   extraWorkdayHours }`; absent → 24×7 in Asia/Shanghai; `weekly` absent → round the clock.
//! - `sla.policy.P1..P4.<kind>` — minutes or `null` (no such target), over the defaults.
//! - `sla.warnAt` — ratio in (0, 1], default 0.75.
//! - `sla.followUpClock` — `"wall"` (default: the satisfaction call-back is "within 24 h" of
//!   real time) or `"business"` (counted over the calendar like the other targets).
//!
//! A budget not used up within 200 years of its clock's start has `due: null` (pending).

use crate::prelude::*;

mod calendar;
mod engine;
mod policy;

pub use calendar::ExplainStep;
pub use policy::FollowUpClock;

use crate::error::{Error, Result};
use crate::level::Level;
use crate::time::Zone;
use calendar::{Base, Calendar, utc};
use chrono::{DateTime, Utc};
use engine::{Timeline, measure};
pub(crate) use engine::{Event, Kind};
use policy::{KINDS, Policy};
use crate::json::{ToJson, write_fields, write_row};
use crate::json::{Value};
use crate::json;

/// The SLA engine of one `TicketGuard`: calendar and policy, checked once.
#[derive(Debug, Clone)]
pub struct SlaEngine {
    calendar: Calendar,
    policy: Policy,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SlaResult {
    pub priority: Level,
    pub targets: Vec<Target>,
    pub at_risk: bool,
    pub breached: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub kind: &'static str,
    /// Written as ISO UTC; `null` while paused or beyond the horizon. Kept as an instant: the
    /// reply reads it as one, and only the JSON needs the text.
    pub due: Option<DateTime<Utc>>,
    pub state: &'static str,
    pub elapsed_minutes: f64,
    /// `null` for completed targets.
    pub remaining_minutes: Option<f64>,
    pub used_ratio: f64,
    pub explain: Option<Vec<ExplainStep>>,
}

const MINUTE_MS: f64 = 60_000.0;

impl SlaEngine {
    /// Reads `config.calendar` and `config.sla`.
    pub fn from_config(config: &Value) -> Result<SlaEngine> {
        let calendar = Calendar::from_config(config)?;
        let policy = Policy::from_config(config)?;
        if calendar.never_works() && policy.any_positive() {
            return Err(Error::config(
                "no_working_hours",
                "calendar.weekly",
                "the calendar has no working hours at all, so no budget could ever be used",
            ));
        }
        Ok(SlaEngine { calendar, policy })
    }

    pub fn zone(&self) -> &Zone {
        &self.calendar.zone
    }

    /// The targets of `ticket` at `now`. `fallback` is the level when neither
    /// `ticket.priority` nor the received event's priority is set.
    pub fn sla(&self, ticket: &Value, fallback: Level, now: DateTime<Utc>, explain: bool) -> Result<SlaResult> {
        self.sla_events(ticket, fallback, now, explain).map(|r| r.0)
    }

    /// [`SlaEngine::sla`] and the ticket's events as it read them.
    pub(crate) fn sla_events(&self, ticket: &Value, fallback: Level, now: DateTime<Utc>, explain: bool) -> Result<(SlaResult, Vec<Event>)> {
        let timeline = Timeline::read(ticket, self.zone(), fallback)?;
        let now = now.timestamp_millis();
        let business = Base::Business(&self.calendar);
        let mut targets = Vec::with_capacity(timeline.clocks.len());
        let mut segs = Vec::new();
        for clock in &timeline.clocks {
            // Completed clocks keep the level they completed under; open ones take the current.
            let level = clock.level().unwrap_or(timeline.current);
            let Some(budget) = self.policy.budget(level, clock.kind) else { continue };
            let base = match (clock.kind, self.policy.follow_up) {
                (policy::FOLLOW_UP, FollowUpClock::Wall) => Base::Wall(self.zone()),
                _ => business,
            };
            let m = measure(clock, budget, &timeline.pauses, base, now, explain.then_some(self.zone()), &mut segs);
            let used = m.used as f64 / MINUTE_MS;
            targets.push(Target {
                kind: KINDS[clock.kind].0,
                due: m.due.map(utc),
                state: m.state,
                elapsed_minutes: used,
                remaining_minutes: clock.is_open().then(|| (budget - m.used) as f64 / MINUTE_MS),
                // A zero budget is used up from the start.
                used_ratio: if budget > 0 { m.used as f64 / budget as f64 } else { 1.0 },
                explain: m.explain,
            });
        }
        let warn_at = self.policy.warn_at;
        let result = SlaResult {
            priority: timeline.current,
            at_risk: targets.iter().any(|t| t.state == "pending" && t.used_ratio >= warn_at),
            breached: targets.iter().any(|t| t.state == "breached"),
            targets,
        };
        Ok((result, timeline.events))
    }

    /// `start` plus `minutes` of business time. Errors when `minutes` is negative or not
    /// finite, or when the budget is not used up within the 200-year horizon.
    pub fn add_business_minutes(&self, start: DateTime<Utc>, minutes: f64) -> Result<DateTime<Utc>> {
        if !minutes.is_finite() || !(0.0..=1e9).contains(&minutes) {
            return Err(Error::input("out_of_range", "minutes", "minutes must be a number from 0 to 1e9"));
        }
        let budget = (minutes * MINUTE_MS).round() as i64;
        let from = start.timestamp_millis();
        match Base::Business(&self.calendar).walk(from, budget, i64::MAX, None).1 {
            Some(at) => Ok(utc(at)),
            None => Err(Error::input("out_of_range", "minutes", "no such business time within 200 years")),
        }
    }

    /// Business minutes from `a` to `b`, negative if `b < a` (counted up to 200 years).
    pub fn business_minutes_between(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> f64 {
        let (a, b) = (a.timestamp_millis(), b.timestamp_millis());
        let base = Base::Business(&self.calendar);
        if b >= a { base.between(a, b) as f64 / MINUTE_MS } else { -(base.between(b, a) as f64) / MINUTE_MS }
    }

    /// Default calendar and SLA policy as config JSON (`TicketGuard.defaults()`).
    pub fn defaults() -> Value {
        let all_day = json!([["00:00", "24:00"]]);
        let mut weekly = crate::json::Map::new();
        for d in calendar::WEEKDAYS {
            weekly.push_new(d.to_string(), all_day.clone());
        }
        json!({
            "calendar": { "timezone": Zone::default().name(), "weekly": weekly, "holidays": [], "extraWorkdays": [] },
            "sla": Policy::defaults(),
        })
    }
}

impl ToJson for SlaResult {
    fn write_json(&self, out: &mut String) {
        write_row(out, &[&self.priority, &self.targets, &self.at_risk, &self.breached]);
    }
}

impl ToJson for Target {
    fn write_json(&self, out: &mut String) {
        // The ratio to four decimals (a hundredth of a per cent): its full binary expansion
        // was a fifth of a batch result's bytes and of its number writing.
        let ratio = (self.used_ratio * 1e4).round() / 1e4;
        write_fields(out, &[&self.kind, &self.due.map(crate::time::format_utc), &self.state, &self.elapsed_minutes, &self.remaining_minutes, &ratio, &self.explain]);
    }
}

#[cfg(test)]
mod tests;
