use crate::prelude::*;

use crate::guard::Guard;
use crate::json::{to_string, Value};
use crate::json;

fn fixture() -> Value {
    crate::json::parse(include_str!("../../tests/fixtures/review.json")).expect("fixture")
}

/// Compares every expected figure (`{value, count}` or a number) with the review's JSON.
fn compare(path: &str, want: &Value, got: &Value, bad: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(w), _) => {
            for (k, v) in w {
                compare(&format!("{path}.{k}"), v, &got[k], bad);
            }
        }
        (Value::Array(w), Value::Array(g)) if w.len() == g.len() => {
            for (i, (a, b)) in w.iter().zip(g).enumerate() {
                compare(&format!("{path}[{i}]"), a, b, bad);
            }
        }
        (Value::Number(a), Value::Number(b)) if (a - b).abs() < 1e-9 => {}
        (a, b) if a == b => {}
        (a, b) => bad.push(format!("{path}: want {a}, got {b}")),
    }
}

#[test]
fn figures_match_the_hand_computed_fixture() {
    let f = fixture();
    let g = Guard::new(&Value::Null).expect("guard");
    let r = crate::json::to_value(&g.review(&to_string(&f["tickets"]), &f["options"], &Value::Null).expect("review")).expect("json");
    let mut expect = f["expect"].clone();
    let cats = expect.as_object_mut().and_then(|o| o.remove("categoryCounts")).expect("counts");
    let mut bad = Vec::new();
    compare("", &expect, &r, &mut bad);
    for b in r["distributions"]["categories"].as_array().expect("categories") {
        compare(&format!("categories.{}", b["key"]), &cats[b["key"].as_str().unwrap_or("")], &b["count"], &mut bad);
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert_eq!(r["skipped"], json!([]));
}

#[test]
fn edge_cases_and_skips() {
    let g = Guard::new(&Value::Null).expect("guard");
    let now = json!("2024-06-20 00:00");
    let tickets = json!([
        {"ticketId": "A", "timeline": [{"at": "2024-06-10 09:00", "kind": "received"}, {"at": "2024-06-10 10:00", "kind": "paused"}]},
        {"ticketId": "B"},
        {"ticketId": "C", "timeline": [{"at": "not a time", "kind": "received"}]},
        {"ticketId": "D", "receivedAt": "2024-05-01 09:00"}
    ]);
    let r = g.review(&to_string(&tickets), &json!({"from": "2024-06-01 00:00"}), &now).expect("review");
    assert_eq!(r.figures.tickets, 1, "D is outside the range, B and C are skipped");
    assert_eq!(r.skipped.iter().map(|s| s.index).collect::<Vec<_>>(), vec![1, 2]);
    assert!(r.skipped.iter().all(|s| !s.reason.is_empty()));
    assert_eq!(r.figures.csat.value, None, "no rated ticket");
    assert_eq!(r.figures.csat.count, 0);
    assert!(r.week_over_week.is_none());
    assert_eq!(g.review("\"x\"", &json!({}), &now).err().map(|e| e.code), Some("invalid_type"));
    assert_eq!(g.review("[{}, {", &json!({}), &now).err().map(|e| e.path).as_deref(), Some("tickets"));
    let small = Guard::new(&json!({"limits": {"maxBatch": 2}})).expect("guard");
    assert_eq!(small.review("[{}, {}, {}]", &json!({}), &now).err().map(|e| e.code), Some("too_large"));
    assert!(small.review("[{}, {}]", &json!({}), &now).is_ok());
    assert_eq!(g.review("[]", &json!({"groupBy": "year"}), &now).err().map(|e| e.path).as_deref(), Some("options.groupBy"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]
    #[test]
    fn rates_stay_in_unit_interval_and_counts_add_up(seed in proptest::collection::vec((0u32..400, 0u8..6, proptest::bool::ANY, 0u32..3000), 0..30)) {
        let g = Guard::new(&Value::Null).expect("guard");
        let tickets: Vec<Value> = seed.iter().map(|(h, sat, resolved, res_min)| {
            let rec = chrono::DateTime::from_timestamp(1_717_200_000 + i64::from(*h) * 3600, 0).expect("time");
            let mut tl = vec![json!({"at": crate::time::format_utc(rec), "kind": "received"})];
            if *resolved {
                tl.push(json!({"at": crate::time::format_utc(rec + chrono::Duration::minutes(i64::from(*res_min))), "kind": "resolved"}));
            }
            let mut t = json!({"customerId": format!("C{}", h % 5), "category": "order", "timeline": tl});
            if *sat < 5 { t["satisfaction"] = json!(["very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied"][*sat as usize]); }
            t
        }).collect();
        let r = g.review(&to_string(&tickets), &json!({"groupBy": "day"}), &json!("2025-01-01 00:00")).expect("review");
        let f = &r.figures;
        for fig in [f.response_on_time_rate, f.resolution_on_time_rate, f.escalation_rate, f.first_contact_resolution_rate, f.csat, f.repeat_rate, f.follow_up_on_time_rate] {
            proptest::prop_assert!(fig.value.is_none_or(|v| (0.0..=1.0).contains(&v)));
            proptest::prop_assert!(fig.count <= f.tickets);
        }
        proptest::prop_assert_eq!(f.tickets + r.skipped.len(), tickets.len());
        proptest::prop_assert_eq!(r.periods.iter().map(|p| p.figures.tickets).sum::<usize>(), f.tickets);
        proptest::prop_assert_eq!(r.distributions.categories.iter().map(|b| b.count).sum::<usize>(), f.tickets.min(tickets.len()));
    }
}

#[test]
fn median_by_selection_matches_sorting() {
    for n in [0usize, 1, 2, 3, 10, 101, 1000] {
        for salt in [1u64, 7, 0] {
            // Scrambled, with runs of equal values (salt 0: all equal), as durations are.
            let v: Vec<f64> = (0..n as u64).map(|i| ((i * 7919 * salt) % 37) as f64).collect();
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            let want = match n {
                0 => None,
                n if n % 2 == 1 => Some(sorted[n / 2]),
                n => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
            };
            let got = super::Figure::median(v);
            assert_eq!((got.value, got.count), (want, n), "n = {n}, salt {salt}");
        }
    }
}

#[test]
fn resolved_at_alone_counts_as_a_resolution() {
    let g = Guard::new(&Value::Null).expect("guard");
    let tickets = json!([{"ticketId": "R", "customerId": "C", "receivedAt": "2024-06-10 09:00", "resolvedAt": "2024-06-10 11:30"}]);
    let r = g.review(&to_string(&tickets), &json!({}), &json!("2024-06-20 00:00")).expect("review");
    assert_eq!(r.figures.resolution_wall_minutes.value, Some(150.0));
    assert_eq!(r.figures.first_contact_resolution_rate.value, Some(1.0));
}
