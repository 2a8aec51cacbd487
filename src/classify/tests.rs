use super::*;
use serde_json::json;

fn guard() -> Classifier {
    Classifier::from_config(&json!({})).unwrap_or_else(|e| panic!("{e}"))
}

/// Runs a vector file, prints per-field accuracy and the misses, returns the accuracies.
fn run_vectors(name: &str, src: &str) -> [f64; 5] {
    let data: Value = serde_json::from_str(src).unwrap_or_else(|e| panic!("{name}: {e}"));
    let g = guard();
    let mut ok = [0usize; 5];
    let mut n = [0usize; 5];
    for case in data["cases"].as_array().map_or(&[][..], |v| v) {
        let text = case["text"].as_str().unwrap_or("");
        let c = g.classify(text, Locale::ZhCn);
        let p = g.priority(&json!({ "text": text }), Locale::ZhCn).map(|p| p.level.as_str()).unwrap_or("?");
        let checks = [
            Some((c.category.as_str(), case["category"].as_str().unwrap_or(""))),
            Some((c.subcategory.as_deref().unwrap_or("null"), case["subcategory"].as_str().unwrap_or("null"))),
            case["nature"].as_str().map(|e| (c.nature, e)),
            Some((c.emotion, case["emotion"].as_str().unwrap_or(""))),
            case["priority"].as_str().map(|e| (p, e)),
        ];
        let mut miss = Vec::new();
        for (i, chk) in checks.iter().enumerate() {
            if let Some((got, want)) = chk {
                n[i] += 1;
                if got == want {
                    ok[i] += 1;
                } else {
                    miss.push(format!("{}: {got} ≠ {want}", ["cat", "sub", "nature", "emotion", "prio"][i]));
                }
            }
        }
        if !miss.is_empty() {
            println!("MISS {} {text}\n      {}", case["id"].as_str().unwrap_or(""), miss.join("; "));
        }
    }
    let acc = std::array::from_fn(|i| if n[i] == 0 { 1.0 } else { ok[i] as f64 / n[i] as f64 });
    println!(
        "{name}: category {:.1}% subcategory {:.1}% nature {:.1}% emotion {:.1}% priority {:.1}% (n = {:?})",
        acc[0] * 100.0, acc[1] * 100.0, acc[2] * 100.0, acc[3] * 100.0, acc[4] * 100.0, n
    );
    acc
}

fn assert_aims(acc: [f64; 5]) {
    assert!(acc[0] >= 0.95, "category {}", acc[0]);
    assert!(acc[1] >= 0.90, "subcategory {}", acc[1]);
    assert!(acc[2] >= 0.90, "nature {}", acc[2]);
    assert!(acc[4] >= 0.90, "priority {}", acc[4]);
}

#[test]
fn conformance_vectors() {
    assert_aims(run_vectors("classify.json", include_str!("../../tests/fixtures/classify.json")));
}
