use crate::prelude::*;

use super::*;
use crate::time::{format_utc, parse_value};

fn engine(config: &Value) -> SlaEngine {
    SlaEngine::from_config(config).unwrap()
}

#[test]
fn conformance_vectors() {
    run_vectors(include_str!("../../tests/fixtures/sla.json"), 26);
}

/// Written blind, in the vectors' format: DST, night shifts, 调休, pauses across holidays.
#[test]
fn extra_vectors() {
    run_vectors(include_str!("../../tests/fixtures/sla_extra.json"), 330);
}

fn run_vectors(src: &str, expected: usize) {
    let file: Value = crate::json::parse(src).unwrap();
    let cases = file["cases"].as_array().unwrap();
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let eng = engine(&case["config"]);
        let now = parse_value(&case["now"], eng.zone(), "now").unwrap().at;
        let got = match eng.sla(&case["ticket"], Level::P3, now, false) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{name}: error {e}"));
                continue;
            }
        };
        let exp = &case["expect"];
        let mut bad = Vec::new();
        if got.priority.as_str() != exp["priority"].as_str().unwrap() {
            bad.push(format!("priority {:?}", got.priority));
        }
        if got.breached != exp["breached"].as_bool().unwrap() {
            bad.push(format!("breached {}", got.breached));
        }
        if got.at_risk != exp["atRisk"].as_bool().unwrap() {
            bad.push(format!("atRisk {}", got.at_risk));
        }
        for t in exp["targets"].as_array().unwrap() {
            let kind = t["kind"].as_str().unwrap();
            let Some(g) = got.targets.iter().find(|g| g.kind == kind) else {
                bad.push(format!("{kind} missing"));
                continue;
            };
            let due_ok = match (t["due"].as_str(), &g.due) {
                (None, None) => true,
                (Some(e), Some(d)) => {
                    let e = parse_value(&json!(e), eng.zone(), "").unwrap().at;
                    (e - *d).num_seconds().abs() <= 60
                }
                _ => false,
            };
            if !due_ok {
                bad.push(format!("{kind} due {:?} want {}", g.due, t["due"]));
            }
            if g.state != t["state"].as_str().unwrap() {
                bad.push(format!("{kind} state {} want {}", g.state, t["state"]));
            }
            let r = t["usedRatio"].as_f64().unwrap();
            if (g.used_ratio - r).abs() > 0.01 {
                bad.push(format!("{kind} ratio {} want {r}", g.used_ratio));
            }
        }
        if !bad.is_empty() {
            failures.push(format!("{name}: {}", bad.join("; ")));
        }
    }
    assert_eq!(cases.len(), expected);
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

fn at(s: &str) -> DateTime<Utc> {
    parse_value(&json!(s), &Zone::default(), "").unwrap().at
}

fn office(extra: Value) -> Value {
    let day = json!([["09:00", "18:30"]]);
    let mut cal = json!({
        "timezone": "Asia/Shanghai",
        "weekly": { "mon": day, "tue": day, "wed": day, "thu": day, "fri": day, "sat": [], "sun": [] },
        "holidays": ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07"],
        "extraWorkdays": ["2024-09-29", "2024-10-12"],
    });
    if let (Some(c), Some(e)) = (cal.as_object_mut(), extra.as_object()) {
        c.extend(e.clone());
    }
    json!({ "calendar": cal })
}

fn target<'a>(r: &'a SlaResult, kind: &str) -> &'a Target {
    r.targets.iter().find(|t| t.kind == kind).unwrap_or_else(|| panic!("no {kind} in {r:?}"))
}

fn run(config: &Value, ticket: Value, now: &str) -> SlaResult {
    engine(config).sla(&ticket, Level::P3, at(now), false).unwrap()
}

#[test]
fn overnight_shift_follows_dst() {
    let eng =
        engine(&json!({ "calendar": { "timezone": "America/New_York", "weekly": { "sat": [["22:00", "06:00"]] } } }));
    let ny = |s: &str| parse_value(&json!(s), eng.zone(), "").unwrap().at;
    assert_eq!(eng.business_minutes_between(ny("2024-03-09 12:00"), ny("2024-03-10 12:00")), 420.0);
    assert_eq!(eng.business_minutes_between(ny("2024-11-02 12:00"), ny("2024-11-03 12:00")), 540.0);
    assert_eq!(eng.business_minutes_between(ny("2024-11-09 12:00"), ny("2024-11-10 12:00")), 480.0);
    // Nine hours of business time on the fall-back night end at 06:00 EST.
    assert_eq!(eng.add_business_minutes(ny("2024-11-02 21:00"), 540.0).unwrap(), at("2024-11-03T11:00:00Z"));
}

#[test]
fn received_on_holiday_waits_for_first_workday_and_explains_why() {
    let eng = engine(&office(json!({})));
    let ticket = json!({ "priority": "P3", "timeline": [{ "at": "2024-10-02T10:00:00+08:00", "kind": "received" }] });
    let r = eng.sla(&ticket, Level::P3, at("2024-10-02T12:00:00+08:00"), true).unwrap();
    let fr = target(&r, "first_response");
    assert_eq!(fr.due.map(format_utc).as_deref(), Some("2024-10-08T09:00:00Z"));
    assert_eq!((fr.state, fr.elapsed_minutes, fr.remaining_minutes), ("pending", 0.0, Some(480.0)));
    let steps = fr.explain.as_ref().unwrap();
    let kinds: Vec<&str> = steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, ["holiday", "holiday", "holiday", "holiday", "holiday", "holiday", "business"]);
    assert_eq!((steps[6].start_local.as_str(), steps[6].end_local.as_str()), ("2024-10-08 09:00", "2024-10-08 17:00"));
    assert_eq!(steps[6].minutes, 480.0);
    // Serialised as rows (the wrapper names the fields): [priority, targets, atRisk, breached],
    // the targets one flat list of seven fields each (kind, due, state, elapsedMinutes,
    // remainingMinutes, usedRatio, explain): the second target's explain is field 13.
    let v = crate::json::to_value(&r).unwrap();
    assert_eq!(v[1].as_array().map(Vec::len), Some(7 * r.targets.len()));
    assert_eq!(v[1][13][6]["type"], "business");
    assert_eq!(v[1][4], json!(30.0));
    assert!(v[2].is_boolean() && v[1][6].as_array().is_some());
}

#[test]
fn extra_saturday_uses_monday_hours_and_closing_is_due() {
    let cfg = office(json!({}));
    // 2024-09-29 is a Sunday worked in place of a holiday.
    let r = run(
        &cfg,
        json!({ "timeline": [{ "at": "2024-09-29T08:00:00+08:00", "kind": "received" }] }),
        "2024-09-29T09:10:00+08:00",
    );
    assert_eq!(target(&r, "accept").due.map(format_utc).as_deref(), Some("2024-09-29T01:30:00Z"));
    // Received exactly at closing: nothing counts until the next opening.
    let r = run(
        &cfg,
        json!({ "timeline": [{ "at": "2024-06-17T18:30:00+08:00", "kind": "received" }] }),
        "2024-06-17T20:00:00+08:00",
    );
    assert_eq!(target(&r, "accept").due.map(format_utc).as_deref(), Some("2024-06-18T01:30:00Z"));
    assert_eq!(target(&r, "accept").used_ratio, 0.0);
    // Used up exactly at closing: due at 18:30, not at the next opening.
    let r = run(
        &cfg,
        json!({ "timeline": [{ "at": "2024-06-17T18:00:00+08:00", "kind": "received" }] }),
        "2024-06-17T18:10:00+08:00",
    );
    assert_eq!(target(&r, "accept").due.map(format_utc).as_deref(), Some("2024-06-17T10:30:00Z"));
    // extraWorkdayHours replaces Monday's hours on extra workdays.
    let cfg = office(json!({ "extraWorkdayHours": [["10:00", "12:00"]] }));
    let r = run(
        &cfg,
        json!({ "timeline": [{ "at": "2024-09-29T08:00:00+08:00", "kind": "received" }] }),
        "2024-09-29T09:10:00+08:00",
    );
    assert_eq!(target(&r, "accept").due.map(format_utc).as_deref(), Some("2024-09-29T02:30:00Z"));
}

#[test]
fn pause_across_weekend_stops_every_clock() {
    let cfg = office(json!({}));
    let ticket = json!({ "priority": "P3", "timeline": [
        { "at": "2024-06-14T17:00:00+08:00", "kind": "received" },
        { "at": "2024-06-14T17:05:00+08:00", "kind": "accepted" },
        { "at": "2024-06-14T18:00:00+08:00", "kind": "paused" },
        { "at": "2024-06-17T10:00:00+08:00", "kind": "resumed" },
    ]});
    let r = run(&cfg, ticket.clone(), "2024-06-17T11:00:00+08:00");
    let fr = target(&r, "first_response");
    assert_eq!((fr.elapsed_minutes, fr.state), (120.0, "pending"));
    assert_eq!(fr.due.map(format_utc).as_deref(), Some("2024-06-17T09:00:00Z"));
    // Still paused at `now`: open clocks are paused with no due; completed ones unchanged.
    let r = run(&cfg, ticket, "2024-06-15T12:00:00+08:00");
    assert_eq!((target(&r, "first_response").state, target(&r, "first_response").due.map(format_utc)), ("paused", None));
    assert_eq!(target(&r, "accept").state, "achieved");
    assert!(!r.at_risk && !r.breached);
    // Paused after the budget ran out: breached, with its due.
    let late = json!({ "priority": "P1", "timeline": [
        { "at": "2024-06-14T09:00:00+08:00", "kind": "received" },
        { "at": "2024-06-14T10:00:00+08:00", "kind": "paused" },
    ]});
    let r = run(&cfg, late, "2024-06-14T11:00:00+08:00");
    assert_eq!(
        (target(&r, "accept").state, target(&r, "accept").due.map(format_utc).as_deref()),
        ("breached", Some("2024-06-14T01:30:00Z"))
    );
    assert_eq!(target(&r, "resolution").state, "paused");
}

#[test]
fn clock_completed_during_a_pause_keeps_a_fixed_due() {
    // 30 business minutes before the pause; responded in it; remaining 450 run from the
    // response: Fri 17:40–18:30 (50), then Mon 09:00 + 400 = 15:40 — however long the pause.
    let cfg = office(json!({}));
    let timeline = |resumed: Option<&str>| {
        let mut t = vec![
            json!({ "at": "2024-06-14T17:00:00+08:00", "kind": "received" }),
            json!({ "at": "2024-06-14T17:30:00+08:00", "kind": "paused" }),
            json!({ "at": "2024-06-14T17:40:00+08:00", "kind": "responded" }),
        ];
        t.extend(resumed.map(|at| json!({ "at": at, "kind": "resumed" })));
        json!({ "priority": "P3", "timeline": t })
    };
    for (resumed, now) in [(None, "2024-06-15T12:00:00+08:00"), (Some("2024-06-18T09:00:00+08:00"), "2024-06-18T10:00:00+08:00")] {
        let fr = run(&cfg, timeline(resumed), now);
        let fr = target(&fr, "first_response");
        assert_eq!((fr.state, fr.due.map(format_utc).as_deref()), ("achieved", Some("2024-06-17T07:40:00Z")), "{resumed:?}");
        assert_eq!(fr.elapsed_minutes, 30.0);
    }
}

#[test]
fn raising_priority_keeps_completed_clocks_and_retargets_open_ones() {
    let ticket = json!({ "priority": "P1", "timeline": [
        { "at": "2024-08-12T09:00:00+08:00", "kind": "received", "priority": "P3" },
        { "at": "2024-08-12T09:10:00+08:00", "kind": "accepted" },
        { "at": "2024-08-12T18:00:00+08:00", "kind": "responded" },
        { "at": "2024-08-12T19:00:00+08:00", "kind": "priority_changed", "priority": "P1" },
    ]});
    let r = run(&json!({}), ticket, "2024-08-12T19:30:00+08:00");
    assert_eq!(r.priority, Level::P1);
    let fr = target(&r, "first_response");
    // Late under P3 (480 min), and it stays judged by P3.
    assert_eq!((fr.state, fr.due.map(format_utc).as_deref(), fr.remaining_minutes), ("breached", Some("2024-08-12T09:00:00Z"), None));
    let res = target(&r, "resolution");
    assert_eq!((res.state, res.due.map(format_utc).as_deref()), ("breached", Some("2024-08-12T03:00:00Z")));
    assert_eq!(res.remaining_minutes, Some(120.0 - 630.0));
    let nu = target(&r, "next_update");
    assert_eq!((nu.state, nu.due.map(format_utc).as_deref()), ("pending", Some("2024-08-12T12:00:00Z")));
    assert!(r.breached);
}

#[test]
fn reopen_resumes_resolution_and_moves_follow_up() {
    let mut events = vec![
        json!({ "at": "2024-09-02T09:00:00+08:00", "kind": "received" }),
        json!({ "at": "2024-09-02T09:30:00+08:00", "kind": "responded" }),
        json!({ "at": "2024-09-02T10:00:00+08:00", "kind": "resolved" }),
        json!({ "at": "2024-09-03T09:00:00+08:00", "kind": "reopened" }),
    ];
    let r = run(&json!({}), json!({ "priority": "P2", "timeline": events }), "2024-09-03T10:00:00+08:00");
    let res = target(&r, "resolution");
    assert_eq!((res.elapsed_minutes, res.due.map(format_utc).as_deref(), res.state), (120.0, Some("2024-09-04T00:00:00Z"), "pending"));
    assert!(r.targets.iter().all(|t| t.kind != "follow_up"));
    // Reopened without a reply yet: the update cadence runs from the reopen.
    assert_eq!(target(&r, "next_update").due.map(format_utc).as_deref(), Some("2024-09-03T07:00:00Z"));
    events.push(json!({ "at": "2024-09-03T11:00:00+08:00", "kind": "resolved" }));
    let r = run(&json!({}), json!({ "priority": "P2", "timeline": events }), "2024-09-03T12:00:00+08:00");
    let res = target(&r, "resolution");
    assert_eq!((res.elapsed_minutes, res.state, res.remaining_minutes), (180.0, "achieved", None));
    assert_eq!(target(&r, "follow_up").due.map(format_utc).as_deref(), Some("2024-09-04T03:00:00Z"));
    assert_eq!(target(&r, "next_update").state, "achieved");
}

#[test]
fn follow_up_wall_or_business_clock() {
    let ticket = json!({ "priority": "P3", "timeline": [
        { "at": "2024-06-14T09:00:00+08:00", "kind": "received" },
        { "at": "2024-06-14T17:00:00+08:00", "kind": "resolved" },
    ]});
    let wall = run(&office(json!({})), ticket.clone(), "2024-06-14T18:00:00+08:00");
    assert_eq!(target(&wall, "follow_up").due.map(format_utc).as_deref(), Some("2024-06-15T09:00:00Z"));
    let mut cfg = office(json!({}));
    cfg["sla"] = json!({ "followUpClock": "business" });
    let biz = run(&cfg, ticket, "2024-06-14T18:00:00+08:00");
    // Fri 90 + Mon 570 + Tue 570 + Wed 210 minutes.
    assert_eq!(target(&biz, "follow_up").due.map(format_utc).as_deref(), Some("2024-06-19T04:30:00Z"));
    assert!(SlaEngine::defaults()["sla"]["followUpClock"] == "wall");
}

#[test]
fn ticket_without_timeline_and_partial_policy() {
    let cfg = json!({ "sla": { "policy": { "P4": { "first_response": 60, "follow_up": null } } } });
    let ticket =
        json!({ "priority": "P4", "receivedAt": "2024-06-14 09:00", "resolvedAt": "2024-06-14T12:00:00+08:00" });
    let r = run(&cfg, ticket, "2024-06-14T13:00:00+08:00");
    let kinds: Vec<&str> = r.targets.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, ["accept", "first_response", "resolution"]);
    // Resolving closes the untouched accept and first-response clocks; P4 first_response is now 60.
    assert_eq!(target(&r, "first_response").state, "breached");
    assert_eq!(target(&r, "resolution").state, "achieved");
    // The fallback level applies when nothing says otherwise.
    let r = engine(&json!({})).sla(&json!({ "receivedAt": 0 }), Level::P1, at("1970-01-01T00:10:00Z"), false).unwrap();
    assert_eq!((r.priority, target(&r, "first_response").due.map(format_utc).as_deref()), (Level::P1, Some("1970-01-01T00:15:00Z")));
}

#[test]
fn input_errors_have_codes_and_paths() {
    let eng = engine(&json!({}));
    let now = at("2024-06-14T13:00:00+08:00");
    let ev = |at: &str, kind: &str| json!({ "at": at, "kind": kind });
    let cases = [
        (
            json!({ "timeline": [ev("2024-06-14 09:00", "received"), ev("2024-06-14 10:00", "closed")] }),
            "enum",
            "timeline[1].kind",
        ),
        (
            json!({ "timeline": [ev("2024-06-14 09:00", "received"), ev("2024-06-14 08:00", "accepted")] }),
            "time_order",
            "timeline[1].at",
        ),
        (json!({ "priority": "P5", "receivedAt": "2024-06-14 09:00" }), "enum", "priority"),
        (
            json!({ "timeline": [{ "at": "2024-06-14 09:00", "kind": "received", "priority": 1 }] }),
            "enum",
            "timeline[0].priority",
        ),
        (json!({ "timeline": [ev("yesterday", "received")] }), "invalid_time", "timeline[0].at"),
        (json!({ "priority": "P2" }), "required", "timeline"),
        (json!({ "timeline": "x" }), "invalid_type", "timeline"),
        (json!({ "timeline": vec![ev("2024-06-14 09:00", "updated"); 10_001] }), "too_large", "timeline"),
        (json!(null), "invalid_type", ""),
    ];
    for (ticket, code, path) in cases {
        let e = eng.sla(&ticket, Level::P3, now, false).unwrap_err();
        assert_eq!((e.code, e.path.as_str(), e.kind), (code, path, crate::error::ErrorKind::Input), "{ticket}");
    }
    assert!(eng.add_business_minutes(now, -1.0).is_err());
    assert!(eng.add_business_minutes(now, f64::NAN).is_err());
}

#[test]
fn config_errors_have_codes_and_paths() {
    let week = |mon: Value| json!({ "calendar": { "weekly": { "mon": mon } } });
    let cases = [
        (json!({ "calendar": { "timezone": "Mars/Olympus" } }), "invalid_zone", "calendar.timezone"),
        (week(json!([["25:00", "18:00"]])), "invalid_time", "calendar.weekly.mon[0][0]"),
        (week(json!([["09:00", "9am"]])), "invalid_time", "calendar.weekly.mon[0][1]"),
        (week(json!([["24:00", "09:00"]])), "invalid_time", "calendar.weekly.mon[0][0]"),
        (week(json!([["09:00"]])), "invalid_interval", "calendar.weekly.mon[0]"),
        (week(json!("09:00-18:00")), "invalid_type", "calendar.weekly.mon"),
        (json!({ "calendar": { "weekly": { "monday": [] } } }), "unknown_key", "calendar.weekly.monday"),
        (
            json!({ "calendar": { "holidays": ["2024-10-01", "2024-10-02", "2024-10-03", "2024-13-01"] } }),
            "invalid_date",
            "calendar.holidays[3]",
        ),
        (json!({ "calendar": { "extraWorkdays": [20240929] } }), "invalid_date", "calendar.extraWorkdays[0]"),
        (json!({ "calendar": { "weekly": {} } }), "no_working_hours", "calendar.weekly"),
        (json!({ "sla": { "policy": { "P2": { "resolution": -5 } } } }), "out_of_range", "sla.policy.P2.resolution"),
        (json!({ "sla": { "policy": { "P2": { "resolution": "1d" } } } }), "invalid_type", "sla.policy.P2.resolution"),
        (json!({ "sla": { "policy": { "P5": {} } } }), "unknown_key", "sla.policy.P5"),
        (json!({ "sla": { "policy": { "P1": { "reply": 5 } } } }), "unknown_key", "sla.policy.P1.reply"),
        (json!({ "sla": { "warnAt": 0 } }), "out_of_range", "sla.warnAt"),
        (json!({ "sla": { "warnAt": 1.5 } }), "out_of_range", "sla.warnAt"),
        (json!({ "sla": { "followUpClock": "lunar" } }), "enum", "sla.followUpClock"),
        (json!({ "calendar": 5 }), "invalid_type", "calendar"),
    ];
    for (config, code, path) in cases {
        let e = SlaEngine::from_config(&config).unwrap_err();
        assert_eq!((e.code, e.path.as_str(), e.kind), (code, path, crate::error::ErrorKind::Config), "{config}");
    }
    // Accepted: an empty week when every budget is zero or none, `24:00` ends, equal ends (24 h).
    let zero: crate::json::Map = ["P1", "P2", "P3", "P4"]
        .iter()
        .map(|l| {
            (
                l.to_string(),
                json!({ "accept": 0, "first_response": 0, "next_update": null, "resolution": 0, "follow_up": 0 }),
            )
        })
        .collect();
    assert!(SlaEngine::from_config(&json!({ "calendar": { "weekly": {} }, "sla": { "policy": zero } })).is_ok());
    let eng = engine(&week(json!([["18:00", "24:00"], ["09:00", "09:00"]])));
    assert_eq!(eng.business_minutes_between(at("2024-06-17 00:00"), at("2024-06-19 00:00")), 1440.0);
}

#[test]
fn decade_budget_on_one_minute_week_hits_horizon_fast() {
    for zone in ["Asia/Shanghai", "America/New_York", "+08:00"] {
        let cfg = json!({
            "calendar": { "timezone": zone, "weekly": { "mon": [["09:00", "09:01"]] }, "holidays": ["2030-01-07"] },
            "sla": { "policy": { "P3": { "resolution": 10.0 * 365.25 * 1440.0 } } },
        });
        let eng = engine(&cfg);
        let ticket = json!({ "priority": "P3", "receivedAt": "2024-06-14T09:00:00+08:00" });
        let t0 = std::time::Instant::now();
        let r = eng.sla(&ticket, Level::P3, at("2024-07-14T09:00:00+08:00"), false).unwrap();
        let took = t0.elapsed();
        let res = target(&r, "resolution");
        assert_eq!((res.due.map(format_utc).as_deref(), res.state, res.elapsed_minutes), (None, "pending", 4.0));
        assert!(took.as_millis() < 200, "{zone}: {took:?}");
        // The same walk through the public API: beyond the horizon is an error, not a hang.
        assert!(eng.add_business_minutes(at("2024-06-14T09:00:00+08:00"), 10.0 * 365.25 * 1440.0).is_err());
        assert_eq!(
            eng.add_business_minutes(at("2024-06-14T09:00:00+08:00"), 3.0).unwrap(),
            eng.add_business_minutes(at("2024-07-01T09:00:00+08:00"), 1.0).unwrap() - chrono::Duration::days(0)
        );
    }
}

#[test]
fn defaults_round_trip_and_explain_shape() {
    let d = SlaEngine::defaults();
    assert_eq!(d["sla"]["policy"]["P4"]["next_update"], Value::Null);
    assert_eq!(d["sla"]["policy"]["P2"]["resolution"], json!(1440));
    assert_eq!(d["calendar"]["timezone"], "Asia/Shanghai");
    let a = engine(&d);
    let b = engine(&json!({}));
    let ticket = json!({ "timeline": [
        { "at": "2024-06-14T17:00:00+08:00", "kind": "received" },
        { "at": "2024-06-14T18:00:00+08:00", "kind": "paused" },
        { "at": "2024-06-17T10:00:00+08:00", "kind": "resumed" },
    ]});
    let now = at("2024-06-17T11:00:00+08:00");
    let (ra, rb) = (a.sla(&ticket, Level::P2, now, true).unwrap(), b.sla(&ticket, Level::P2, now, true).unwrap());
    assert_eq!(ra, rb);
    let steps = target(&ra, "first_response").explain.clone().unwrap();
    let kinds: Vec<&str> = steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, ["business", "paused", "business"]);
    let counted: f64 = steps.iter().map(|s| s.minutes).sum();
    assert_eq!(counted, 240.0);
    assert_eq!((steps[1].start_local.as_str(), steps[1].end_local.as_str()), ("2024-06-14 18:00", "2024-06-17 10:00"));
    // Whole days of a 24×7 calendar read as one interval.
    let long = json!({ "priority": "P3", "receivedAt": "2024-06-10T08:00:00+08:00" });
    let r = b.sla(&long, Level::P3, now, true).unwrap();
    let steps = target(&r, "resolution").explain.clone().unwrap();
    assert_eq!(steps.len(), 1);
    assert_eq!((steps[0].end_local.as_str(), steps[0].minutes), ("2024-06-13 08:00", 4320.0));
}
