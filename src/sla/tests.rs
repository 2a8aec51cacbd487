use super::*;
use crate::time::parse_value;

fn engine(config: &Value) -> SlaEngine {
    SlaEngine::from_config(config).unwrap()
}

#[test]
fn conformance_vectors() {
    let file: Value = serde_json::from_str(include_str!("../../tests/fixtures/sla.json")).unwrap();
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
                    let d = parse_value(&json!(d), eng.zone(), "").unwrap().at;
                    (e - d).num_seconds().abs() <= 60
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
    assert_eq!(cases.len(), 26);
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
