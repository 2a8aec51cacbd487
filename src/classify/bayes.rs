//! Multinomial naive Bayes over character unigrams + bigrams of the folded text, Laplace
//! smoothing. `train` returns the model as compact JSON; `config.model` imports it.
//!
//! Model JSON: `{ type: 'nb', version: 1, alpha, labels: ['category/subcategory' | 'category'],
//! docs: [examples per label], totals: [feature count per label], vocab: V,
//! features: { 'ab': [labelIndex, count, labelIndex, count, ..] } }`.

use crate::prelude::*;

use super::matcher::{fold_term, trad_map};
use super::taxonomy::TRAD_SIMP_P;
use crate::error::{Error, Result, join};
use crate::json::{Map, Value};
use crate::json;

/// Calls `f` with every unigram and bigram (whitespace and punctuation excluded).
fn features(folded: &str, mut f: impl FnMut(&str)) {
    let mut prev: Option<usize> = None;
    for (i, c) in folded.char_indices() {
        if c.is_whitespace() || c.is_ascii_punctuation() || c.is_control() {
            prev = None;
            continue;
        }
        let end = i + c.len_utf8();
        if let Some(s) = folded.get(i..end) {
            f(s);
        }
        if let Some(p) = prev {
            if let Some(s) = folded.get(p..end) {
                f(s);
            }
        }
        prev = Some(i);
    }
}

fn label_key(cat: &str, sub: Option<&str>) -> String {
    match sub {
        Some(s) => cat!(cat, "/", s),
        None => cat.to_string(),
    }
}

/// `examples`: `[{ text, category, subcategory? }]`; `options`: `{ alpha?: number > 0 }`.
pub fn train(examples: &Value, options: &Value) -> Result<Value> {
    let alpha = match options.get("alpha") {
        None | Some(Value::Null) => 1.0,
        Some(v) => v
            .as_f64()
            .filter(|a| a.is_finite() && *a > 0.0 && *a <= 100.0)
            .ok_or_else(|| {
                Error::input(
                    "invalid_value",
                    "options.alpha",
                    "alpha must be a number in (0, 100]",
                )
            })?,
    };
    let Value::Array(list) = examples else {
        return Err(Error::input(
            "invalid_type",
            "examples",
            "examples must be an array",
        ));
    };
    if list.is_empty() {
        return Err(Error::input(
            "invalid_value",
            "examples",
            "at least one example is needed",
        ));
    }
    let trad = trad_map(&crate::pack::unpacked(TRAD_SIMP_P));
    let mut labels: Vec<String> = Vec::new();
    let mut docs: Vec<u64> = Vec::new();
    // Every (feature, label) occurrence; sorted and counted in runs below.
    let mut occurrences: Vec<(String, usize)> = Vec::new();
    for (i, ex) in list.iter().enumerate() {
        let p = join("examples", i);
        let Value::Object(m) = ex else {
            return Err(Error::input(
                "invalid_type",
                p,
                "an example must be an object",
            ));
        };
        let get = |k: &str, required: bool| -> Result<Option<&str>> {
            match m.get(k) {
                Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.trim())),
                None | Some(Value::Null) if !required => Ok(None),
                Some(Value::String(_)) | None | Some(Value::Null) => Err(Error::input(
                    "required",
                    join(&p, k),
                    cat!(k, " is required"),
                )),
                Some(_) => Err(Error::input(
                    "invalid_type",
                    join(&p, k),
                    cat!(k, " must be a string"),
                )),
            }
        };
        let text = get("text", true)?.unwrap_or("");
        let cat = get("category", true)?.unwrap_or("");
        let sub = get("subcategory", false)?;
        if cat.contains('/') || sub.is_some_and(|s| s.contains('/')) {
            return Err(Error::input(
                "invalid_value",
                join(&p, "category"),
                "ids must not contain '/'",
            ));
        }
        let key = label_key(cat, sub);
        let li = match labels.iter().position(|l| *l == key) {
            Some(x) => x,
            None => {
                labels.push(key);
                docs.push(0);
                labels.len() - 1
            }
        };
        if let Some(d) = docs.get_mut(li) {
            *d += 1;
        }
        features(&fold_term(text, &trad), |s| occurrences.push((s.to_string(), li)));
    }
    let mut totals = vec![0u64; labels.len()];
    let mut feats = Map::new();
    crate::text::sort_by(&mut occurrences, |a, b| a.cmp(b));
    for feature in occurrences.chunk_by(|a, b| a.0 == b.0) {
        let mut flat = Vec::new();
        for per_label in feature.chunk_by(|a, b| a.1 == b.1) {
            let (li, c) = (per_label[0].1, per_label.len() as u64);
            if let Some(t) = totals.get_mut(li) {
                *t += c;
            }
            flat.push(json!(li));
            flat.push(json!(c));
        }
        feats.push_new(feature[0].0.clone(), Value::Array(flat));
    }
    Ok(json!({
        "type": "nb", "version": 1, "alpha": alpha, "labels": labels, "docs": docs,
        "totals": totals, "vocab": feats.len(), "features": feats,
    }))
}

/// An imported model, precomputed for scoring.
#[derive(Clone, Debug)]
pub struct NbModel {
    labels: Vec<(String, Option<String>)>,
    prior: Vec<f64>,
    /// log(alpha / (total_l + alpha·V)): the log-likelihood of a known feature unseen in l.
    base: Vec<f64>,
    /// Per feature: (label, log((count + alpha) / alpha)).
    /// Sorted by feature, for binary search.
    feats: Vec<(String, Vec<(u32, f64)>)>,
}

fn counts(v: Option<&Value>, path: &str, n: usize) -> Result<Vec<f64>> {
    let Some(Value::Array(a)) = v else {
        return Err(Error::config(
            "invalid_type",
            path,
            "must be an array of counts",
        ));
    };
    if a.len() != n {
        return Err(Error::config(
            "invalid_value",
            path,
            "must have one entry per label",
        ));
    }
    crate::error::map_all(a, |i, x| {
        x.as_f64()
            .filter(|x| x.is_finite() && *x >= 0.0)
            .ok_or_else(|| Error::config("invalid_value", join(path, i), "must be a non-negative number"))
    })
}

impl NbModel {
    pub fn from_json(v: &Value, path: &str) -> Result<NbModel> {
        let Value::Object(m) = v else {
            return Err(Error::config(
                "invalid_type",
                path,
                "model must be an object",
            ));
        };
        if m.get("type").and_then(Value::as_str) != Some("nb") {
            return Err(Error::config(
                "enum",
                join(path, "type"),
                "only type \"nb\" is supported",
            ));
        }
        if m.get("version").and_then(Value::as_u64) != Some(1) {
            return Err(Error::config(
                "enum",
                join(path, "version"),
                "only version 1 is supported",
            ));
        }
        let alpha = m
            .get("alpha")
            .map_or(Some(1.0), Value::as_f64)
            .filter(|a| a.is_finite() && *a > 0.0)
            .ok_or_else(|| {
                Error::config(
                    "invalid_value",
                    join(path, "alpha"),
                    "alpha must be a positive number",
                )
            })?;
        let lp = join(path, "labels");
        let Some(Value::Array(ls)) = m.get("labels") else {
            return Err(Error::config("invalid_type", lp, "labels must be an array"));
        };
        if ls.is_empty() || ls.len() > 10_000 {
            return Err(Error::config(
                "invalid_value",
                lp,
                "labels must hold 1..10000 entries",
            ));
        }
        let mut labels = Vec::with_capacity(ls.len());
        for (i, l) in ls.iter().enumerate() {
            let Some(s) = l.as_str().filter(|s| !s.trim().is_empty()) else {
                return Err(Error::config(
                    "invalid_value",
                    join(&lp, i),
                    "a label must be a non-empty string",
                ));
            };
            labels.push(match s.split_once('/') {
                Some((c, sub)) => (c.to_string(), Some(sub.to_string())),
                None => (s.to_string(), None),
            });
        }
        let n = labels.len();
        let docs = counts(m.get("docs"), &join(path, "docs"), n)?;
        let totals = counts(m.get("totals"), &join(path, "totals"), n)?;
        let fp = join(path, "features");
        let Some(Value::Object(fs)) = m.get("features") else {
            return Err(Error::config(
                "invalid_type",
                fp,
                "features must be an object",
            ));
        };
        let vocab = fs.len().max(1) as f64;
        let all_docs: f64 = docs.iter().sum();
        let prior = docs
            .iter()
            .map(|d| ((d + 1.0) / (all_docs + n as f64)).ln())
            .collect();
        let base = totals
            .iter()
            .map(|t| (alpha / (t + alpha * vocab)).ln())
            .collect();
        let mut feats = Vec::with_capacity(fs.len());
        for (k, v) in fs {
            let kp = join(&fp, k.as_str());
            let Value::Array(a) = v else {
                return Err(Error::config(
                    "invalid_type",
                    kp,
                    "must be [label, count, ..]",
                ));
            };
            if a.len() % 2 != 0 {
                return Err(Error::config(
                    "invalid_value",
                    kp,
                    "must hold label/count pairs",
                ));
            }
            let mut per = Vec::with_capacity(a.len() / 2);
            for (j, pair) in a.chunks_exact(2).enumerate() {
                let li = pair
                    .first()
                    .and_then(Value::as_u64)
                    .filter(|&l| (l as usize) < n);
                let c = pair
                    .get(1)
                    .and_then(Value::as_f64)
                    .filter(|c| c.is_finite() && *c >= 0.0);
                match (li, c) {
                    (Some(li), Some(c)) => per.push((li as u32, ((c + alpha) / alpha).ln())),
                    _ => {
                        return Err(Error::config(
                            "invalid_value",
                            join(&kp, j * 2),
                            "bad label index or count",
                        ));
                    }
                }
            }
            feats.push((k.clone(), per));
        }
        crate::text::sort_by(&mut feats, |a, b| a.0.cmp(&b.0));
        Ok(NbModel {
            labels,
            prior,
            base,
            feats,
        })
    }

    pub fn labels(&self) -> impl Iterator<Item = (&String, Option<&String>)> {
        self.labels.iter().map(|l| (&l.0, l.1.as_ref()))
    }

    /// Best label and its posterior, when at least three features and half of the text's
    /// features are known to the model (otherwise its posterior says nothing about this text).
    pub fn predict(&self, folded: &str) -> Option<(&str, Option<&str>, f64)> {
        let mut score = self.prior.clone();
        let (mut known, mut all) = (0usize, 0usize);
        features(folded, |s| {
            all += 1;
            if let Ok(i) = self.feats.binary_search_by(|f| f.0.as_str().cmp(s)) {
                let per = &self.feats[i].1;
                known += 1;
                for &(l, d) in per {
                    if let Some(x) = score.get_mut(l as usize) {
                        *x += d;
                    }
                }
            }
        });
        if known < 3 || known * 2 < all {
            return None;
        }
        for (x, b) in score.iter_mut().zip(&self.base) {
            *x += known as f64 * b;
        }
        let (best, &top) = score.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
        let z: f64 = score.iter().map(|s| (s - top).exp()).sum();
        let (c, s) = self.labels.get(best)?;
        Some((c.as_str(), s.as_deref(), 1.0 / z))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_unigrams_and_bigrams() {
        let mut v = Vec::new();
        features("ab 闪退", |s| v.push(s.to_string()));
        assert_eq!(v, vec!["a", "b", "ab", "闪", "退", "闪退"]);
    }

    #[test]
    fn training_errors_have_paths() {
        let e = train(
            &json!([{"text": "x", "category": "a"}, {"text": 3, "category": "a"}]),
            &json!({}),
        );
        assert_eq!(
            e.err().map(|e| e.path),
            Some("examples[1].text".to_string())
        );
        let e = train(&json!([{"text": "x"}]), &json!({}));
        assert_eq!(
            e.err().map(|e| e.path),
            Some("examples[0].category".to_string())
        );
        let e = train(
            &json!([{"text": "x", "category": "a"}]),
            &json!({"alpha": -1}),
        );
        assert_eq!(e.err().map(|e| e.path), Some("options.alpha".to_string()));
        assert!(train(&json!({}), &json!({})).is_err());
    }

    #[test]
    fn bad_models_are_config_errors() {
        let m = train(
            &json!([{"text": "hello world", "category": "a"}]),
            &json!({}),
        )
        .unwrap_or(Value::Null);
        assert!(NbModel::from_json(&m, "model").is_ok());
        let mut bad = m.clone();
        bad["labels"][0] = json!(5);
        assert_eq!(
            NbModel::from_json(&bad, "model").err().map(|e| e.path),
            Some("model.labels[0]".to_string())
        );
        let mut bad = m.clone();
        bad["features"]["h"] = json!([9, 1]);
        assert_eq!(
            NbModel::from_json(&bad, "model").err().map(|e| e.path),
            Some("model.features.h[0]".to_string())
        );
        assert_eq!(
            NbModel::from_json(&json!({"type": "svm"}), "model")
                .err()
                .map(|e| e.path),
            Some("model.type".to_string())
        );
    }
}
