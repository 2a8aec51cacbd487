//! Instants and zones. Every time in the API is one of: ISO 8601 with an offset or `Z`,
//! epoch milliseconds (a JSON number; JS `Date`s arrive as ISO strings), or form style
//! `YYYY-MM-DD HH:mm[:ss]` read as wall-clock time in the calendar's zone.
//!
//! Wall-clock times that do not exist (spring-forward gap) or exist twice (fall-back fold)
//! are resolved like jiff's "compatible" rule: in a gap the time is read with the offset in
//! force before the gap (so 02:30 on a New York spring-forward night is 03:30 EDT); in a fold
//! the earlier of the two instants is taken.

use crate::error::{Error, Result};
use chrono::{DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use serde_json::Value;

/// A calendar's time zone: an IANA zone bundled at build time, or a fixed UTC offset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Zone {
    Iana(chrono_tz::Tz),
    Fixed(FixedOffset),
}

impl Default for Zone {
    fn default() -> Self {
        Zone::Iana(chrono_tz::Asia::Shanghai)
    }
}

impl Zone {
    /// Parses `Asia/Shanghai`, `UTC`, `Z`, `+08:00`, `-0530`, `UTC+8`, `GMT+08:00`.
    pub fn parse(s: &str) -> Option<Zone> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("z") {
            return Some(Zone::Fixed(FixedOffset::east_opt(0)?));
        }
        let rest = t
            .strip_prefix("UTC")
            .or_else(|| t.strip_prefix("GMT"))
            .filter(|r| r.starts_with('+') || r.starts_with('-'))
            .unwrap_or(t);
        if rest.starts_with('+') || rest.starts_with('-') {
            return parse_offset(rest).map(Zone::Fixed);
        }
        t.parse::<chrono_tz::Tz>().ok().map(Zone::Iana)
    }

    /// The name as given back to users (`Asia/Shanghai`, `+08:00`).
    pub fn name(&self) -> String {
        match self {
            Zone::Iana(tz) => tz.name().to_string(),
            Zone::Fixed(o) => o.to_string(),
        }
    }

    /// UTC offset (seconds east) in force at `t`.
    pub fn offset_secs(&self, t: DateTime<Utc>) -> i32 {
        match self {
            Zone::Iana(tz) => tz.offset_from_utc_datetime(&t.naive_utc()).fix().local_minus_utc(),
            Zone::Fixed(o) => o.local_minus_utc(),
        }
    }

    /// Wall-clock time at `t` in this zone.
    pub fn local(&self, t: DateTime<Utc>) -> NaiveDateTime {
        t.naive_utc() + Duration::seconds(self.offset_secs(t) as i64)
    }

    /// The instant of a wall-clock time, with the gap/fold rule of this module's doc.
    pub fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        match self {
            Zone::Fixed(o) => Utc.from_utc_datetime(&(local - Duration::seconds(o.local_minus_utc() as i64))),
            Zone::Iana(tz) => match tz.from_local_datetime(&local) {
                LocalResult::Single(t) => t.with_timezone(&Utc),
                LocalResult::Ambiguous(a, b) => a.with_timezone(&Utc).min(b.with_timezone(&Utc)),
                LocalResult::None => {
                    // In a gap: read with the offset in force just before it.
                    let probe = Utc.from_utc_datetime(&(local - Duration::hours(26)));
                    let before = tz.offset_from_utc_datetime(&probe.naive_utc()).fix().local_minus_utc();
                    Utc.from_utc_datetime(&(local - Duration::seconds(before as i64)))
                }
            },
        }
    }
}

fn parse_offset(s: &str) -> Option<FixedOffset> {
    let (sign, body) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let digits: String = body.chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 => (digits[..1].parse::<i32>().ok()?, digits[1..].parse::<i32>().ok()?),
        _ => (digits[..2].parse::<i32>().ok()?, digits[2..].parse::<i32>().ok()?),
    };
    if h > 18 || m > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// How precisely a time was written; the record form wants "to the minute".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Minute,
    Second,
}

/// A parsed time and how it was written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Parsed {
    pub at: DateTime<Utc>,
    pub precision: Precision,
}

/// Epoch-millisecond bounds we accept: years 1000..=9999, so every result formats as ISO.
const MIN_MS: f64 = -30_610_224_000_000.0;
const MAX_MS: f64 = 253_402_300_799_999.0;

/// Parses a JSON time value (see module doc). `path` names it in errors.
pub fn parse_value(v: &Value, zone: &Zone, path: &str) -> Result<Parsed> {
    match v {
        Value::Number(n) => {
            let ms = n.as_f64().unwrap_or(f64::NAN);
            if !ms.is_finite() || !(MIN_MS..=MAX_MS).contains(&ms) {
                return Err(Error::input("invalid_time", path, format!("epoch milliseconds out of range: {n}")));
            }
            let at = DateTime::<Utc>::from_timestamp_millis(ms.floor() as i64)
                .ok_or_else(|| Error::input("invalid_time", path, "epoch milliseconds out of range"))?;
            Ok(Parsed { at, precision: Precision::Second })
        }
        Value::String(s) => parse_str(s, zone).ok_or_else(|| {
            Error::input(
                "invalid_time",
                path,
                format!("not a time: {:?} (use ISO 8601 with offset, epoch ms, or YYYY-MM-DD HH:mm)", truncate(s, 40)),
            )
        }),
        Value::Null => Err(Error::input("required", path, "a time is required")),
        _ => Err(Error::input("invalid_type", path, "a time must be an ISO string, epoch milliseconds or a Date")),
    }
}

/// Parses a time string; `None` when it is not one of the accepted forms or not a real date.
pub fn parse_str(s: &str, zone: &Zone) -> Option<Parsed> {
    let s = s.trim();
    if s.len() > 40 {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(Parsed { at: t.with_timezone(&Utc), precision: Precision::Second });
    }
    // ISO with offset but without seconds, or with a `+0800` offset.
    for fmt in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M%z", "%Y-%m-%d %H:%M%:z", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%:z"] {
        if let Ok(t) = DateTime::parse_from_str(s, fmt) {
            return Some(Parsed { at: t.with_timezone(&Utc), precision: Precision::Minute });
        }
    }
    if let Some(body) = s.strip_suffix('Z').or_else(|| s.strip_suffix('z')) {
        for fmt in ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
            if let Ok(n) = NaiveDateTime::parse_from_str(body, fmt) {
                return Some(Parsed { at: Utc.from_utc_datetime(&n), precision: Precision::Minute });
            }
        }
    }
    // Wall-clock forms, read in the zone.
    for (fmt, precision) in [
        ("%Y-%m-%d %H:%M", Precision::Minute),
        ("%Y-%m-%dT%H:%M", Precision::Minute),
        ("%Y/%m/%d %H:%M", Precision::Minute),
        ("%Y-%m-%d %H:%M:%S", Precision::Second),
        ("%Y-%m-%dT%H:%M:%S", Precision::Second),
        ("%Y-%m-%dT%H:%M:%S%.f", Precision::Second),
    ] {
        if let Ok(n) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(Parsed { at: zone.to_utc(n), precision });
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(Parsed { at: zone.to_utc(d.and_time(NaiveTime::MIN)), precision: Precision::Day });
    }
    None
}

/// ISO 8601 UTC with seconds: `2024-05-01T01:45:00Z`.
pub fn format_utc(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Wall-clock `YYYY-MM-DD HH:mm` in `zone`, for messages and explanations.
pub fn format_local(t: DateTime<Utc>, zone: &Zone) -> String {
    zone.local(t).format("%Y-%m-%d %H:%M").to_string()
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ny() -> Zone {
        Zone::parse("America/New_York").unwrap()
    }

    #[test]
    fn parses_all_accepted_forms() {
        let sh = Zone::default();
        let a = parse_str("2024-06-11T08:00:00+08:00", &sh).unwrap().at;
        assert_eq!(format_utc(a), "2024-06-11T00:00:00Z");
        assert_eq!(format_utc(parse_str("2024-06-11 08:00", &sh).unwrap().at), "2024-06-11T00:00:00Z");
        assert_eq!(format_utc(parse_str("2024-03-08 16:30", &ny()).unwrap().at), "2024-03-08T21:30:00Z");
        let ms = parse_value(&serde_json::json!(1729562400000i64), &sh, "at").unwrap();
        assert_eq!(format_utc(ms.at), "2024-10-22T02:00:00Z");
        assert!(parse_str("2024-13-45 10:00", &sh).is_none());
        assert!(parse_str("yesterday", &sh).is_none());
        assert!(parse_value(&serde_json::json!(1e20), &sh, "at").is_err());
    }

    #[test]
    fn gap_reads_later_fold_reads_earlier() {
        let z = ny();
        // 2024-03-10 02:30 does not exist in New York: read with EST → 07:30Z (= 03:30 EDT).
        let gap = NaiveDate::from_ymd_opt(2024, 3, 10).unwrap().and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(format_utc(z.to_utc(gap)), "2024-03-10T07:30:00Z");
        // 2024-11-03 01:30 happens twice: the earlier is EDT → 05:30Z.
        let fold = NaiveDate::from_ymd_opt(2024, 11, 3).unwrap().and_hms_opt(1, 30, 0).unwrap();
        assert_eq!(format_utc(z.to_utc(fold)), "2024-11-03T05:30:00Z");
    }

    #[test]
    fn zone_names_and_offsets() {
        assert!(matches!(Zone::parse("+08:00"), Some(Zone::Fixed(o)) if o.local_minus_utc() == 8 * 3600));
        assert!(matches!(Zone::parse("UTC-05:30"), Some(Zone::Fixed(o)) if o.local_minus_utc() == -(5 * 3600 + 1800)));
        assert!(Zone::parse("Europe/Berlin").is_some());
        assert!(Zone::parse("Australia/Sydney").is_some());
        assert!(Zone::parse("Mars/Olympus").is_none());
        assert!(Zone::parse("+25:00").is_none());
    }
}
