//! Instants and zones. Every time in the API is one of: ISO 8601 with an offset or `Z`,
//! epoch milliseconds (a JSON number; JS `Date`s arrive as ISO strings), or form style
//! `YYYY-MM-DD HH:mm[:ss]` read as wall-clock time in the calendar's zone.
//!
//! Wall-clock times that do not exist (spring-forward gap) or exist twice (fall-back fold)
//! are resolved like jiff's "compatible" rule: in a gap the time is read with the offset in
//! force before the gap (so 02:30 on a New York spring-forward night is 03:30 EDT); in a fold
//! the earlier of the two instants is taken.

use crate::prelude::*;
use crate::text::{Pad, Piece};

use crate::error::{Error, Result};
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};
use crate::json::Value;

/// A calendar's time zone: a named zone of [`ZONES`] or a fixed UTC offset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Zone {
    /// A zone of the table (its `|`-separated names, canonical first) with its rule, parsed
    /// once when the zone is read.
    Named(&'static str, Rule),
    Fixed(FixedOffset),
}

impl Default for Zone {
    fn default() -> Self {
        // The table's first row, Asia/Shanghai.
        Zone::named(crate::text::rows(ZONES).next().unwrap_or(("UTC", "UTC0", "1970")))
    }
}

/// Zones helpdesks use, as rows (names, rule, since): the canonical name first, then aliases,
/// separated by `|`; the rule the zone follows today in POSIX TZ form
/// (`EST5EDT,M3.2.0,M11.1.0`); and the first year from which that rule equals the IANA history
/// (checked against chrono-tz's full database in the host tests). The full IANA database would
/// take ~130 KB of the 150 KB `.wasm` budget, so each zone keeps only its current rule, applied
/// to every year; earlier times in zones whose rules changed may be off by the old difference.
/// Anything else can be given as a fixed offset (`+05:45`).
pub const ZONES: &str = crate::text::table![
    ("Asia/Shanghai|PRC|Asia/Chongqing|Asia/Chungking|Asia/Harbin", "CST-8", 1992),
    ("UTC|Etc/UTC|GMT|Etc/GMT|Z|Zulu", "UTC0", 1970),
    ("Asia/Hong_Kong|Hongkong", "HKT-8", 1980),
    ("Asia/Macau|Asia/Macao", "CST-8", 1980),
    ("Asia/Taipei|ROC", "CST-8", 1980),
    ("Asia/Tokyo|Japan", "JST-9", 1970),
    ("Asia/Seoul|ROK", "KST-9", 1989),
    ("Asia/Singapore|Singapore", "<+08>-8", 1982),
    ("Asia/Kuala_Lumpur", "<+08>-8", 1982),
    ("Asia/Bangkok", "<+07>-7", 1970),
    ("Asia/Jakarta", "WIB-7", 1970),
    ("Asia/Manila", "PST-8", 1991),
    ("Asia/Ho_Chi_Minh|Asia/Saigon", "<+07>-7", 1976),
    ("Asia/Kolkata|Asia/Calcutta", "IST-5:30", 1970),
    ("Asia/Dhaka", "<+06>-6", 2010),
    ("Asia/Kathmandu|Asia/Katmandu", "<+0545>-5:45", 1986),
    ("Asia/Dubai", "<+04>-4", 1970),
    ("Asia/Riyadh", "<+03>-3", 1970),
    ("Asia/Karachi", "PKT-5", 2010),
    ("Asia/Jerusalem|Asia/Tel_Aviv|Israel", "IST-2IDT,M3.4.4/26,M10.5.0", 2013),
    ("Asia/Tehran|Iran", "<+0330>-3:30", 2023),
    ("Europe/London|GB|Europe/Belfast", "GMT0BST,M3.5.0/1,M10.5.0", 1996),
    ("Europe/Dublin|Eire", "GMT0IST,M3.5.0/1,M10.5.0", 1996),
    ("Europe/Lisbon|Portugal", "WET0WEST,M3.5.0/1,M10.5.0", 1997),
    (
        "Europe/Berlin|Europe/Paris|Europe/Madrid|Europe/Rome|Europe/Amsterdam|Europe/Brussels|Europe/Vienna|Europe/Zurich|Europe/Stockholm|Europe/Oslo|Europe/Copenhagen|Europe/Warsaw|Europe/Prague|Europe/Budapest|Europe/Luxembourg|CET",
        "CET-1CEST,M3.5.0,M10.5.0/3",
        1996,
    ),
    ("Europe/Athens|Europe/Helsinki|Europe/Bucharest|Europe/Sofia|EET", "EET-2EEST,M3.5.0/3,M10.5.0/4", 1997),
    ("Europe/Kyiv|Europe/Kiev", "EET-2EEST,M3.5.0/3,M10.5.0/4", 1997),
    ("Europe/Istanbul|Asia/Istanbul|Turkey", "<+03>-3", 2017),
    ("Europe/Moscow|W-SU", "MSK-3", 2015),
    ("America/New_York|US/Eastern|EST5EDT|America/Detroit|America/Toronto|America/Montreal", "EST5EDT,M3.2.0,M11.1.0", 2007),
    ("America/Chicago|US/Central|CST6CDT|America/Winnipeg", "CST6CDT,M3.2.0,M11.1.0", 2007),
    ("America/Denver|US/Mountain|MST7MDT|America/Edmonton", "MST7MDT,M3.2.0,M11.1.0", 2007),
    ("America/Phoenix|US/Arizona", "MST7", 1970),
    ("America/Los_Angeles|US/Pacific|PST8PDT|America/Vancouver", "PST8PDT,M3.2.0,M11.1.0", 2007),
    ("America/Anchorage|US/Alaska", "AKST9AKDT,M3.2.0,M11.1.0", 2007),
    ("America/Halifax|Canada/Atlantic", "AST4ADT,M3.2.0,M11.1.0", 2007),
    ("America/St_Johns|Canada/Newfoundland", "NST3:30NDT,M3.2.0,M11.1.0", 2012),
    ("America/Mexico_City|Mexico/General", "CST6", 2023),
    ("America/Sao_Paulo|Brazil/East", "<-03>3", 2020),
    ("America/Argentina/Buenos_Aires|America/Buenos_Aires", "<-03>3", 2010),
    ("America/Bogota", "<-05>5", 1994),
    ("America/Lima", "<-05>5", 1995),
    ("America/Caracas", "<-04>4", 2017),
    ("America/Santiago|Chile/Continental", "<-04>4<-03>,M9.1.6/24,M4.1.6/24", 2023),
    ("Pacific/Honolulu|US/Hawaii", "HST10", 1970),
    ("Pacific/Auckland|NZ", "NZST-12NZDT,M9.5.0,M4.1.0/3", 2008),
    ("Australia/Sydney|Australia/Melbourne|Australia/Canberra|Australia/ACT|Australia/NSW|Australia/Victoria|Australia/Hobart", "AEST-10AEDT,M10.1.0,M4.1.0/3", 2008),
    ("Australia/Brisbane|Australia/Queensland", "AEST-10", 1993),
    ("Australia/Adelaide|Australia/South", "ACST-9:30ACDT,M10.1.0,M4.1.0/3", 2008),
    ("Australia/Darwin|Australia/North", "ACST-9:30", 1970),
    ("Australia/Perth|Australia/West", "AWST-8", 2010),
    ("Africa/Johannesburg", "SAST-2", 1970),
    ("Africa/Cairo|Egypt", "EET-2EEST,M4.5.5/0,M10.5.4/24", 2023),
    ("Africa/Lagos", "WAT-1", 1970),
    ("Africa/Nairobi", "EAT-3", 1970),
];

/// A POSIX TZ rule, parsed: standard offset and, with DST, its offset and the two
/// transitions (`M month.week.weekday/time`, week 5 = last; the time is local).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    std: i32,
    dst: Option<(i32, Transition, Transition)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Transition {
    month: u32,
    week: u32,
    weekday: u32,
    secs: i32,
}

impl Transition {
    /// The instant of this transition in `year`, the local time being read at `offset`.
    fn utc(&self, year: i32, offset: i32) -> i64 {
        let Some(first) = NaiveDate::from_ymd_opt(year, self.month, 1) else { return 0 };
        let lead = (self.weekday + 7 - first.weekday().num_days_from_sunday()) % 7;
        let mut day = 1 + lead + (self.week.saturating_sub(1)) * 7;
        let days_in_month = NaiveDate::from_ymd_opt(year + i32::from(self.month == 12), self.month % 12 + 1, 1)
            .and_then(|n| n.pred_opt())
            .map_or(28, |d| d.day());
        while day > days_in_month {
            day -= 7;
        }
        let midnight = first.and_time(NaiveTime::MIN).and_utc().timestamp() + i64::from(day - 1) * 86_400;
        midnight + i64::from(self.secs) - i64::from(offset)
    }
}

/// Parses the POSIX TZ subset of [`ZONES`]: `NAME±h[:mm][NAME[±h[:mm]],Mm.w.d[/t],Mm.w.d[/t]]`.
fn parse_rule(s: &str) -> Option<Rule> {
    let b = s.as_bytes();
    let mut i = 0;
    let skip_name = |i: &mut usize| -> Option<()> {
        if b.get(*i) == Some(&b'<') {
            *i += b[*i..].iter().position(|c| *c == b'>')? + 1;
        } else {
            let s0 = *i;
            while b.get(*i).is_some_and(u8::is_ascii_alphabetic) {
                *i += 1;
            }
            (*i > s0).then_some(())?;
        }
        Some(())
    };
    // `±h[:mm[:ss]]` as seconds; POSIX offsets are west-positive.
    let hms = |i: &mut usize| -> Option<i32> {
        let sign = match b.get(*i) {
            Some(b'-') => {
                *i += 1;
                -1
            }
            Some(b'+') => {
                *i += 1;
                1
            }
            _ => 1,
        };
        let mut parts = [0i32; 3];
        for (k, part) in parts.iter_mut().enumerate() {
            if k > 0 {
                if b.get(*i) != Some(&b':') {
                    break;
                }
                *i += 1;
            }
            let s0 = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *part = *part * 10 + i32::from(b[*i] - b'0');
                *i += 1;
            }
            (*i > s0).then_some(())?;
        }
        Some(sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]))
    };
    skip_name(&mut i)?;
    let std = -hms(&mut i)?;
    if i == b.len() {
        return Some(Rule { std, dst: None });
    }
    skip_name(&mut i)?;
    let dst = if b.get(i) == Some(&b',') { std + 3600 } else { -hms(&mut i)? };
    let mut trans = [Transition { month: 0, week: 0, weekday: 0, secs: 7200 }; 2];
    for t in &mut trans {
        if b.get(i) != Some(&b',') || b.get(i + 1) != Some(&b'M') {
            return None;
        }
        i += 2;
        let mut nums = [0u32; 3];
        for (k, n) in nums.iter_mut().enumerate() {
            if k > 0 {
                (b.get(i) == Some(&b'.')).then_some(())?;
                i += 1;
            }
            let s0 = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                *n = *n * 10 + u32::from(b[i] - b'0');
                i += 1;
            }
            (i > s0).then_some(())?;
        }
        *t = Transition { month: nums[0], week: nums[1], weekday: nums[2], secs: 7200 };
        if b.get(i) == Some(&b'/') {
            i += 1;
            t.secs = hms(&mut i)?;
        }
    }
    (i == b.len()).then_some(Rule { std, dst: Some((dst, trans[0], trans[1])) })
}

impl Rule {
    /// Offset (seconds east) in force at UTC second `t`.
    fn offset_at(&self, t: i64) -> i32 {
        let Some((dst, start, end)) = self.dst else { return self.std };
        let year = DateTime::<Utc>::from_timestamp(t + i64::from(self.std), 0).map_or(1970, |d| d.year());
        let on = start.utc(year, self.std);
        let off = end.utc(year, dst);
        let in_dst = if on < off { t >= on && t < off } else { t >= on || t < off };
        if in_dst { dst } else { self.std }
    }
}

impl Zone {
    fn named((names, rule, _since): (&'static str, &'static str, &'static str)) -> Zone {
        Zone::Named(names, parse_rule(rule).unwrap_or(Rule { std: 0, dst: None }))
    }

    /// Parses a zone name of [`ZONES`] (or an alias), `UTC`, `Z`, `+08:00`, `-0530`, `UTC+8`, `GMT+08:00`.
    pub fn parse(s: &str) -> Option<Zone> {
        let t = s.trim();
        let rest = t
            .strip_prefix("UTC")
            .or_else(|| t.strip_prefix("GMT"))
            .filter(|r| r.starts_with('+') || r.starts_with('-'))
            .unwrap_or(t);
        if rest.starts_with('+') || rest.starts_with('-') {
            return parse_offset(rest).map(Zone::Fixed);
        }
        // IANA's `Etc/GMT-8` is UTC+8: POSIX signs, flipped.
        if let Some(r) = t.strip_prefix("Etc/GMT").filter(|r| r.len() > 1) {
            return parse_offset(r).and_then(|o| FixedOffset::east_opt(-o.local_minus_utc())).map(Zone::Fixed);
        }
        crate::text::rows(ZONES).find(|z| z.0.split('|').any(|n| n.eq_ignore_ascii_case(t))).map(Zone::named)
    }

    /// The name as given back to users (`Asia/Shanghai`, `+08:00`).
    pub fn name(&self) -> String {
        match self {
            Zone::Named(names, _) => names.split('|').next().unwrap_or_default().to_string(),
            Zone::Fixed(o) => {
                // As chrono's `Display` writes it (+08:00); offsets here are whole minutes.
                let secs = o.local_minus_utc();
                let m = secs.unsigned_abs() / 60;
                cat!(if secs < 0 { "-" } else { "+" }, Pad(m / 60, 2), ":", Pad(m % 60, 2))
            }
        }
    }

    /// Whether the UTC offset ever changes (the SLA walker skips whole weeks when it does not).
    pub fn has_dst(&self) -> bool {
        matches!(self, Zone::Named(_, rule) if rule.dst.is_some())
    }

    /// UTC offset (seconds east) in force at `t`.
    pub fn offset_secs(&self, t: DateTime<Utc>) -> i32 {
        match self {
            Zone::Named(_, rule) => rule.offset_at(t.timestamp()),
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
        let rule = match self {
            Zone::Named(_, rule) => rule,
            Zone::Fixed(o) => return Utc.from_utc_datetime(&shift(local, o.local_minus_utc())),
        };
        let Some((dst, _, _)) = rule.dst else { return Utc.from_utc_datetime(&shift(local, rule.std)) };
        let secs = local.and_utc().timestamp();
        let valid = |off: i32| rule.offset_at(secs - i64::from(off)) == off;
        let chosen = match (valid(rule.std), valid(dst)) {
            // A fold: the earlier instant is the one read with the larger offset.
            (true, true) => rule.std.max(dst),
            (true, false) => rule.std,
            (false, true) => dst,
            // A gap: read with the offset in force just before it.
            (false, false) => rule.offset_at(secs - i64::from(rule.std.max(dst)) - 3 * 3600),
        };
        Utc.from_utc_datetime(&shift(local, chosen))
    }
}

/// `local - offset`, saturating at chrono's range instead of panicking.
fn shift(local: NaiveDateTime, offset_secs: i32) -> NaiveDateTime {
    local.checked_sub_signed(Duration::seconds(offset_secs as i64)).unwrap_or(local)
}

fn parse_offset(s: &str) -> Option<FixedOffset> {
    let (sign, body) = match (s.strip_prefix('+'), s.strip_prefix('-')) {
        (Some(body), _) => (1, body),
        (_, Some(body)) => (-1, body),
        _ => return None,
    };
    let digits: String = body.chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let (h, m) = match digits.len() {
        1 | 2 => (crate::text::uint(digits.as_bytes())? as i32, 0),
        n => {
            let (h, m) = digits.split_at_checked(n - 2)?;
            (crate::text::uint(h.as_bytes())? as i32, crate::text::uint(m.as_bytes())? as i32)
        }
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
            let ms = *n;
            if !ms.is_finite() || !(MIN_MS..=MAX_MS).contains(&ms) {
                return Err(Error::input("invalid_time", path, cat!("epoch milliseconds out of range: ", crate::json::to_string(n))));
            }
            let at = DateTime::<Utc>::from_timestamp_millis(ms.floor() as i64)
                .ok_or_else(|| Error::input("invalid_time", path, "epoch milliseconds out of range"))?;
            Ok(Parsed { at, precision: Precision::Second })
        }
        Value::String(s) => parse_str(s, zone).ok_or_else(|| {
            Error::input(
                "invalid_time",
                path,
                cat!("not a time: \"", crate::text::head(s, 40), "\" (use ISO 8601 with offset, epoch ms, or YYYY-MM-DD HH:mm)"),
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
    let b = crate::text::trim(s).as_bytes();
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
        let v = crate::text::uint(self.b.get(self.i..self.i + n)?)?;
        self.i += n;
        Some(v)
    }
}

/// A calendar date `YYYY-MM-DD` (holidays, extra workdays, ticket-id dates).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = crate::text::trim(s).as_bytes();
    let mut c = Cursor { b, i: 0 };
    let (y, _, m, _, d) = (c.num(4)?, c.lit(b'-')?, c.num(2)?, c.lit(b'-')?, c.num(2)?);
    if !c.done() {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// `YYYY-MM-DD`.
pub fn format_date(d: NaiveDate) -> String {
    cat!(d)
}

/// A date as `YYYY-MM-DD`, written straight into the string being built.
impl Piece for NaiveDate {
    fn push_to(&self, out: &mut String) {
        Pad(self.year().max(0) as u32, 4).push_to(out);
        out.push('-');
        Pad(self.month(), 2).push_to(out);
        out.push('-');
        Pad(self.day(), 2).push_to(out);
    }
}

/// ISO 8601 UTC with seconds: `2024-05-01T01:45:00Z`.
pub fn format_utc(t: DateTime<Utc>) -> String {
    let n = t.naive_utc();
    cat!(n.date(), "T", Pad(n.hour(), 2), ":", Pad(n.minute(), 2), ":", Pad(n.second(), 2), "Z")
}

/// Wall-clock `YYYY-MM-DD HH:mm` in `zone`, for messages and explanations.
pub fn format_local(t: DateTime<Utc>, zone: &Zone) -> String {
    let n = zone.local(t);
    cat!(n.date(), " ", Pad(n.hour(), 2), ":", Pad(n.minute(), 2))
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
        let ms = parse_value(&crate::json!(1729562400000i64), &sh, "at").unwrap();
        assert_eq!(format_utc(ms.at), "2024-10-22T02:00:00Z");
        assert!(parse_str("2024-13-45 10:00", &sh).is_none());
        assert!(parse_str("yesterday", &sh).is_none());
        assert!(parse_value(&crate::json!(1e20), &sh, "at").is_err());
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

    /// The zone table against the full IANA database (chrono-tz, host only): every six hours of
    /// every year from each zone's `since` to 2037, and every transition instant ± 1 s.
    #[test]
    fn zone_rules_match_iana_from_since() {
        use chrono_tz::OffsetComponents;
        for z in crate::text::rows(ZONES) {
            for name in z.0.split('|').filter(|n| n.contains('/') || *n == "UTC") {
                let Ok(tz) = name.parse::<chrono_tz::Tz>() else { continue };
                let zone = Zone::named(z);
                let from = NaiveDate::from_ymd_opt(z.2.parse().unwrap(), 1, 1).unwrap().and_time(NaiveTime::MIN).and_utc().timestamp();
                let to = NaiveDate::from_ymd_opt(2037, 12, 31).unwrap().and_time(NaiveTime::MIN).and_utc().timestamp();
                let mut t = from;
                let mut last = None;
                while t < to {
                    let at = DateTime::<Utc>::from_timestamp(t, 0).unwrap();
                    let o = tz.offset_from_utc_datetime(&at.naive_utc());
                    let want = (o.base_utc_offset() + o.dst_offset()).num_seconds() as i32;
                    assert_eq!(zone.offset_secs(at), want, "{name} at {at}");
                    if last.is_some_and(|l| l != want) {
                        // Pin the transition to the second.
                        let (mut lo, mut hi) = (t - 6 * 3600, t);
                        while hi - lo > 1 {
                            let mid = (lo + hi) / 2;
                            let m = DateTime::<Utc>::from_timestamp(mid, 0).unwrap();
                            let om = tz.offset_from_utc_datetime(&m.naive_utc());
                            if (om.base_utc_offset() + om.dst_offset()).num_seconds() as i32 == want { hi = mid } else { lo = mid }
                        }
                        for s in [lo, hi] {
                            let m = DateTime::<Utc>::from_timestamp(s, 0).unwrap();
                            let om = tz.offset_from_utc_datetime(&m.naive_utc());
                            assert_eq!(zone.offset_secs(m), (om.base_utc_offset() + om.dst_offset()).num_seconds() as i32, "{name} at {m}");
                        }
                    }
                    last = Some(want);
                    t += 6 * 3600;
                }
            }
        }
    }

    #[test]
    fn zone_names_and_offsets() {
        assert!(matches!(Zone::parse("+08:00"), Some(Zone::Fixed(o)) if o.local_minus_utc() == 8 * 3600));
        assert_eq!(Zone::parse("+08:00").map(|z| z.name()).as_deref(), Some("+08:00"));
        assert_eq!(Zone::parse("-05:30").map(|z| z.name()).as_deref(), Some("-05:30"));
        assert_eq!(Zone::parse("PRC").map(|z| z.name()).as_deref(), Some("Asia/Shanghai"));
        assert!(crate::text::rows(ZONES).all(|z| parse_rule(z.1).is_some()), "every rule parses");
        assert_eq!(crate::text::rows(ZONES).count(), 55);
        assert!(matches!(Zone::parse("UTC-05:30"), Some(Zone::Fixed(o)) if o.local_minus_utc() == -(5 * 3600 + 1800)));
        assert!(Zone::parse("Europe/Berlin").is_some());
        assert!(Zone::parse("Australia/Sydney").is_some());
        assert!(Zone::parse("Mars/Olympus").is_none());
        // Etc/GMT±N against the IANA database: the sign is POSIX's (west positive).
        let at = NaiveDate::from_ymd_opt(2024, 7, 1).unwrap().and_time(NaiveTime::MIN).and_utc();
        for name in ["Etc/GMT-8", "Etc/GMT+5", "Etc/GMT-14", "Etc/GMT+12"] {
            let tz: chrono_tz::Tz = name.parse().unwrap();
            let o = tz.offset_from_utc_datetime(&at.naive_utc());
            let want = (chrono_tz::OffsetComponents::base_utc_offset(&o) + chrono_tz::OffsetComponents::dst_offset(&o)).num_seconds() as i32;
            assert_eq!(Zone::parse(name).map(|z| z.offset_secs(at)), Some(want), "{name}");
        }
        assert!(Zone::parse("Etc/GMT+x").is_none());
        assert!(Zone::parse("+25:00").is_none());
    }
}
