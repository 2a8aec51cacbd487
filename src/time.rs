//! Instants and zones. Every time in the API is one of: ISO 8601 with an offset or `Z`,
//! epoch milliseconds (a JSON number; JS `Date`s arrive as ISO strings), or form style
//! `YYYY-MM-DD HH:mm[:ss]` read as wall-clock time in the calendar's zone.
//!
//! Wall-clock times that do not exist (spring-forward gap) or exist twice (fall-back fold)
//! are resolved like jiff's "compatible" rule: in a gap the time is read with the offset in
//! force before the gap (so 02:30 on a New York spring-forward night is 03:30 EDT); in a fold
//! the earlier of the two instants is taken.

use crate::error::{Error, Result};
use chrono::{Datelike, DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike, Utc};
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
        let n = t.naive_utc();
        n.checked_add_signed(Duration::seconds(self.offset_secs(t) as i64)).unwrap_or(n)
    }

    /// The instant of a wall-clock time, with the gap/fold rule of this module's doc.
    pub fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        match self {
            Zone::Fixed(o) => Utc.from_utc_datetime(&shift(local, o.local_minus_utc())),
            Zone::Iana(tz) => match tz.from_local_datetime(&local) {
                LocalResult::Single(t) => t.with_timezone(&Utc),
                LocalResult::Ambiguous(a, b) => a.with_timezone(&Utc).min(b.with_timezone(&Utc)),
                LocalResult::None => {
                    // In a gap: read with the offset in force just before it.
                    let probe = local.checked_sub_signed(Duration::hours(26)).unwrap_or(local);
                    let before = tz.offset_from_utc_datetime(&probe).fix().local_minus_utc();
                    Utc.from_utc_datetime(&shift(local, before))
                }
            },
        }
    }
}

/// `local - offset`, saturating at chrono's range instead of panicking.
fn shift(local: NaiveDateTime, offset_secs: i32) -> NaiveDateTime {
    local.checked_sub_signed(Duration::seconds(offset_secs as i64)).unwrap_or(local)
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
/// Hand-written (rather than chrono's strftime parser) for size and to accept exactly:
/// `YYYY-MM-DD`, `YYYY-MM-DD[T ]HH:MM[:SS[.fff]]` or `YYYY/MM/DD HH:MM…`, each optionally
/// followed by `Z` or an offset `±HH[:MM]`.
pub fn parse_str(s: &str, zone: &Zone) -> Option<Parsed> {
    let b = s.trim().as_bytes();
    if b.len() > 40 {
        return None;
    }
    let mut c = Cursor { b, i: 0 };
    let y = c.num(4)?;
    let sep = c.one_of(b"-/")?;
    let m = c.num(2)?;
    c.lit(sep)?;
    let d = c.num(2)?;
    let date = NaiveDate::from_ymd_opt(y as i32, m, d)?;
    if c.done() {
        return (sep == b'-').then(|| Parsed { at: zone.to_utc(date.and_time(NaiveTime::MIN)), precision: Precision::Day });
    }
    c.one_of(b"T ")?;
    let (h, mi) = (c.num(2)?, c.lit(b':').and_then(|_| c.num(2))?);
    let mut precision = Precision::Minute;
    let mut sec = 0;
    let mut nanos = 0;
    if c.peek() == Some(b':') {
        c.i += 1;
        sec = c.num(2)?;
        precision = Precision::Second;
        if c.peek() == Some(b'.') {
            c.i += 1;
            let start = c.i;
            while c.peek().is_some_and(|x| x.is_ascii_digit()) && c.i - start < 9 {
                nanos = nanos * 10 + (b[c.i] - b'0') as u32;
                c.i += 1;
            }
            if c.i == start {
                return None;
            }
            nanos *= 10u32.pow(9 - (c.i - start) as u32);
        }
    }
    let local = date.and_hms_nano_opt(h, mi, sec, nanos)?;
    let offset = match c.peek() {
        None => return Some(Parsed { at: zone.to_utc(local), precision }),
        Some(b'Z' | b'z') => {
            c.i += 1;
            0
        }
        Some(sign @ (b'+' | b'-')) => {
            c.i += 1;
            let oh = c.num(2)?;
            let om = if c.done() {
                0
            } else {
                if c.peek() == Some(b':') {
                    c.i += 1;
                }
                c.num(2)?
            };
            if oh > 18 || om > 59 {
                return None;
            }
            let secs = (oh * 3600 + om * 60) as i32;
            if sign == b'-' { -secs } else { secs }
        }
        Some(_) => return None,
    };
    if !c.done() {
        return None;
    }
    Some(Parsed { at: Utc.from_utc_datetime(&shift(local, offset)), precision })
}

/// A byte cursor for the time grammar above.
struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn done(&self) -> bool {
        self.i >= self.b.len()
    }
    fn lit(&mut self, x: u8) -> Option<()> {
        (self.peek()? == x).then(|| self.i += 1)
    }
    fn one_of(&mut self, set: &[u8]) -> Option<u8> {
        let x = self.peek().filter(|x| set.contains(x))?;
        self.i += 1;
        Some(x)
    }
    /// Exactly `n` ASCII digits.
    fn num(&mut self, n: usize) -> Option<u32> {
        let d = self.b.get(self.i..self.i + n)?;
        if !d.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.i += n;
        Some(d.iter().fold(0, |a, x| a * 10 + (x - b'0') as u32))
    }
}

/// A calendar date `YYYY-MM-DD` (holidays, extra workdays, ticket-id dates).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.trim().as_bytes();
    let mut c = Cursor { b, i: 0 };
    let (y, _, m, _, d) = (c.num(4)?, c.lit(b'-')?, c.num(2)?, c.lit(b'-')?, c.num(2)?);
    if !c.done() {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// `YYYY-MM-DD`.
pub fn format_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// ISO 8601 UTC with seconds: `2024-05-01T01:45:00Z`.
pub fn format_utc(t: DateTime<Utc>) -> String {
    let n = t.naive_utc();
    format!("{}T{:02}:{:02}:{:02}Z", format_date(n.date()), n.hour(), n.minute(), n.second())
}

/// Wall-clock `YYYY-MM-DD HH:mm` in `zone`, for messages and explanations.
pub fn format_local(t: DateTime<Utc>, zone: &Zone) -> String {
    let n = zone.local(t);
    format!("{} {:02}:{:02}", format_date(n.date()), n.hour(), n.minute())
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
        assert_eq!(format_utc(parse_str("2024-06-11T08:00+08:00", &sh).unwrap().at), "2024-06-11T00:00:00Z");
        assert_eq!(format_utc(parse_str("2024-06-11T08:00:00.5-0130", &sh).unwrap().at), "2024-06-11T09:30:00Z");
        assert_eq!(format_utc(parse_str("2024/06/11 08:00", &sh).unwrap().at), "2024-06-11T00:00:00Z");
        assert_eq!(parse_str("2024-06-11", &sh).unwrap().precision, Precision::Day);
        assert_eq!(parse_str("2024-06-11 08:00:30", &sh).unwrap().precision, Precision::Second);
        for bad in ["2023-02-29 10:00", "2024-06-11 24:00", "2024-06-11T08:00+19:00", "2024-6-11 08:00", "2024-06-11 08:00 junk", "2024/06/11", ""] {
            assert!(parse_str(bad, &sh).is_none(), "{bad}");
        }
        assert_eq!(parse_date("2024-10-01").map(format_date).as_deref(), Some("2024-10-01"));
        assert!(parse_date("2024-02-30").is_none());
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
