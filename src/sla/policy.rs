//! SLA policy: minute budgets per level and target kind, the warning ratio and the
//! follow-up clock. The defaults are the SPEC's table; `config.sla.policy` overrides them
//! per level and key.

use crate::prelude::*;

use crate::error::{Error, Result, join};
use crate::level::Level;
use crate::json::{Map, Value};
use crate::json;

/// Target kinds in report order, with the camelCase spelling also accepted in config.
pub(crate) const KINDS: [(&str, &str); 5] = [
    ("accept", "accept"),
    ("first_response", "firstResponse"),
    ("next_update", "nextUpdate"),
    ("resolution", "resolution"),
    ("follow_up", "followUp"),
];
pub(crate) const ACCEPT: usize = 0;
pub(crate) const FIRST_RESPONSE: usize = 1;
pub(crate) const NEXT_UPDATE: usize = 2;
pub(crate) const RESOLUTION: usize = 3;
pub(crate) const FOLLOW_UP: usize = 4;

/// Default budgets in minutes, `None` = no such target (SPEC §2).
const DEFAULT_POLICY: [[Option<u32>; 5]; 4] = [
    [Some(30), Some(15), Some(120), Some(120), Some(1440)],
    [Some(30), Some(240), Some(360), Some(1440), Some(1440)],
    [Some(30), Some(480), Some(360), Some(4320), Some(1440)],
    [Some(30), Some(1440), None, Some(7200), Some(1440)],
];
const DEFAULT_WARN_AT: f64 = 0.75;
/// Largest budget accepted: far beyond the walk horizon, small enough for exact ms.
const MAX_BUDGET_MIN: f64 = 1e9;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpClock {
    /// Real elapsed time: the satisfaction call-back is "within 24 h" (default).
    Wall,
    /// Business time over the calendar, like the other targets.
    Business,
}

#[derive(Debug, Clone)]
pub(crate) struct Policy {
    /// Budgets in ms, `[level][kind]`.
    budgets: [[Option<i64>; 5]; 4],
    pub warn_at: f64,
    pub follow_up: FollowUpClock,
}

impl Policy {
    pub fn budget(&self, level: Level, kind: usize) -> Option<i64> {
        self.budgets[level.index()].get(kind).copied().flatten()
    }

    pub fn any_positive(&self) -> bool {
        self.budgets.iter().flatten().any(|b| b.is_some_and(|b| b > 0))
    }

    /// Reads `config.sla` (absent → defaults).
    pub fn from_config(config: &Value) -> Result<Policy> {
        let mut budgets = DEFAULT_POLICY.map(|row| row.map(|b| b.map(|m| i64::from(m) * 60_000)));
        let mut policy = Policy { budgets, warn_at: DEFAULT_WARN_AT, follow_up: FollowUpClock::Wall };
        let sla = match config.get("sla") {
            None | Some(Value::Null) => return Ok(policy),
            Some(Value::Object(m)) => m,
            Some(_) => return Err(Error::config("invalid_type", "sla", "sla must be an object")),
        };
        match sla.get("policy") {
            None | Some(Value::Null) => {}
            Some(Value::Object(levels)) => {
                for (key, v) in levels {
                    let path = join("sla.policy", crate::text::head(key, 40));
                    let level = Level::parse(key)
                        .filter(|l| l.as_str() == key)
                        .ok_or_else(|| Error::config("unknown_key", path.as_str(), "levels are P1, P2, P3, P4"))?;
                    read_level(v, &path, &mut budgets[level.index()])?;
                }
            }
            Some(_) => return Err(Error::config("invalid_type", "sla.policy", "policy must be an object of levels")),
        }
        policy.budgets = budgets;
        match sla.get("warnAt") {
            None | Some(Value::Null) => {}
            Some(v) => {
                policy.warn_at = v
                    .as_f64()
                    .filter(|w| *w > 0.0 && *w <= 1.0)
                    .ok_or_else(|| Error::config("out_of_range", "sla.warnAt", "warnAt is a ratio in (0, 1]"))?
            }
        }
        policy.follow_up = match sla.get("followUpClock") {
            None | Some(Value::Null) => FollowUpClock::Wall,
            Some(v) => match v.as_str() {
                Some("wall") => FollowUpClock::Wall,
                Some("business") => FollowUpClock::Business,
                _ => {
                    return Err(Error::config("enum", "sla.followUpClock", "followUpClock is \"wall\" or \"business\""));
                }
            },
        };
        Ok(policy)
    }

    /// The default policy as config JSON.
    pub fn defaults() -> Value {
        let mut policy = Map::new();
        for level in Level::ALL {
            let mut row = Map::new();
            for ((k, _), b) in KINDS.iter().zip(DEFAULT_POLICY[level.index()]) {
                row.push_new(k.to_string(), b.map_or(Value::Null, Value::from));
            }
            policy.insert(level.as_str().to_string(), Value::Object(row));
        }
        json!({ "policy": policy, "warnAt": DEFAULT_WARN_AT, "followUpClock": "wall" })
    }
}

fn read_level(v: &Value, path: &str, row: &mut [Option<i64>; 5]) -> Result<()> {
    let map = v
        .as_object()
        .ok_or_else(|| Error::config("invalid_type", path, "a level's policy is an object of minute budgets"))?;
    for (key, b) in map {
        let p = join(path, crate::text::head(key, 40));
        let kind = KINDS.iter().position(|(snake, camel)| key == snake || key == camel).ok_or_else(|| {
            Error::config(
                "unknown_key",
                p.as_str(),
                "targets are accept, first_response, next_update, resolution, follow_up",
            )
        })?;
        row[kind] = match b {
            Value::Null => None,
            Value::Number(n) => {
                let m =
                    Some(*n).filter(|m| m.is_finite() && (0.0..=MAX_BUDGET_MIN).contains(m)).ok_or_else(|| {
                        Error::config(
                            "out_of_range",
                            p.as_str(),
                            "a budget is a number of minutes ≥ 0 (or null for none)",
                        )
                    })?;
                Some((m * 60_000.0).round() as i64)
            }
            _ => return Err(Error::config("invalid_type", p, "a budget is a number of minutes or null")),
        };
    }
    Ok(())
}
