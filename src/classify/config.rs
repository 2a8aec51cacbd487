//! `config.taxonomy`: the editable taxonomy (defaults from `taxonomy.rs`), replace/extend merging
//! and validation with the JSON path of the bad entry.
//!
//! Shape: `{ mode?: 'extend' | 'replace', categories: [{ id, labels?: {'zh-CN', en} | label?: string,
//! keywords?: [..], subcategories?: [{ id, labels?|label?, keywords?: [..], weight?: number }] }] }`.
//! A keyword is a string in the table syntax (`term`, `term=3`, `!negatable`, `stem*`) or
//! `{ term, weight? }`. `extend` (the default) merges by id: new categories/subcategories are
//! appended, keywords are added (a known term gets the new weight), `weight` multiplies every
//! keyword of the subcategory. Category-level keywords score the category with subcategory null.

use crate::prelude::*;

use super::taxonomy::TAXONOMY_P;
use crate::text::Once;
use crate::error::{Error, Result, join};
use crate::json::{Map, Value};
use crate::json;

#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub text: String,
    pub weight: f32,
    pub negatable: bool,
    pub stem: bool,
}

impl Term {
    /// Parses the table syntax; `None` for an empty term or a bad weight. The weight is read
    /// as a JSON number through the `Value` parser the module already has (`str::parse` for
    /// floats would add 16 KB of decimal tables; `from_str::<f64>` pulls in float formatting).
    pub fn parse(spec: &str) -> Option<Term> {
        Term::parse_or(spec, 2.0)
    }

    /// [`Term::parse`] with the weight a term without its own `=w` gets.
    fn parse_or(spec: &str, default_weight: f32) -> Option<Term> {
        let spec = spec.trim();
        let (body, weight) = match crate::text::split_last(spec, b'=') {
            Some((b, w)) if !b.is_empty() => (b, weight(w)?),
            _ => (spec, default_weight),
        };
        let (body, negatable) = match body.strip_prefix('!') {
            Some(b) if !b.is_empty() => (b, true),
            _ => (body, false),
        };
        let (body, stem) = match body.strip_suffix('*') {
            Some(b) if !b.is_empty() => (b, true),
            _ => (body, false),
        };
        let text = body.trim();
        if text.is_empty() {
            return None;
        }
        Some(Term {
            text: text.to_string(),
            weight,
            negatable,
            stem,
        })
    }

    /// The term in table syntax without its weight (`!坏`, `crash*`).
    pub fn spec(&self) -> String {
        cat!(if self.negatable { "!" } else { "" }, self.text, if self.stem { "*" } else { "" })
    }
}

fn weight(w: &str) -> Option<f32> {
    crate::json::parse(w.trim()).ok()?.as_f64().map(|w| w as f32).filter(|w| w.is_finite() && *w > 0.0)
}

/// A table list: `|`-separated terms, optionally in weight groups, `3.5:a|b;3:c|d=4` (a term's
/// own `=w` wins over its group's). The default table is written in groups: a weight on every
/// term made its gzipped size ~2 KB larger.
pub fn parse_terms(list: &str) -> Vec<Term> {
    let mut out = Vec::new();
    for group in list.split(';') {
        let (w, terms) = group.split_once(':').and_then(|(w, t)| Some((weight(w)?, t))).unwrap_or((2.0, group));
        for s in terms.split('|') {
            out.extend(Term::parse_or(s, w));
        }
    }
    out
}

#[derive(Clone, Debug)]
pub struct Sub {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug)]
pub struct Cat {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub subs: Vec<Sub>,
    /// Category-level keywords (score the category with subcategory null).
    pub terms: Vec<Term>,
}

/// The default taxonomy, read from its table (see `taxonomy::TAXONOMY`).
pub fn defaults() -> Vec<Cat> {
    static TAXONOMY: Once<String> = Once::new();
    let mut cats: Vec<Cat> = Vec::new();
    for mut f in crate::text::records(TAXONOMY.get_or_init(|| crate::pack::unpacked(TAXONOMY_P))) {
        let (id, zh, en) = (f.next().unwrap_or(""), f.next().unwrap_or(""), f.next().unwrap_or(""));
        match id.strip_prefix('\u{1d}') {
            Some(id) => cats.push(Cat { id: id.into(), zh: zh.into(), en: en.into(), subs: Vec::new(), terms: Vec::new() }),
            None => {
                if let Some(c) = cats.last_mut() {
                    c.subs.push(Sub { id: id.into(), zh: zh.into(), en: en.into(), terms: parse_terms(f.next().unwrap_or("")) });
                }
            }
        }
    }
    cats
}

fn terms_json(terms: &[Term]) -> Value {
    let mut out = Vec::with_capacity(terms.len());
    for t in terms {
        out.push(json!({ "term": t.spec(), "weight": t.weight }));
    }
    Value::Array(out)
}

/// Default taxonomy as plain JSON (for `TicketGuard.defaults()`); it is valid `config.taxonomy`.
pub fn to_json(cats: &[Cat]) -> Value {
    let mut out = Vec::with_capacity(cats.len());
    for c in cats {
        let mut subs = Vec::with_capacity(c.subs.len());
        for s in &c.subs {
            subs.push(json!({ "id": s.id, "labels": { "zh-CN": s.zh, "en": s.en }, "keywords": terms_json(&s.terms) }));
        }
        out.push(json!({
            "id": c.id,
            "labels": { "zh-CN": c.zh, "en": c.en },
            "keywords": terms_json(&c.terms),
            "subcategories": subs,
        }));
    }
    json!({ "mode": "replace", "categories": out })
}

fn bad(code: &'static str, path: &str, msg: &str) -> Error {
    Error::config(code, path, msg)
}

fn id_of(v: &Map, path: &str) -> Result<String> {
    let p = join(path, "id");
    match v.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() && s.len() <= 64 => Ok(s.trim().to_string()),
        Some(Value::String(_)) => Err(bad(
            "invalid_value",
            &p,
            "id must be a non-empty string of at most 64 chars",
        )),
        None | Some(Value::Null) => Err(bad("required", &p, "id is required")),
        Some(_) => Err(bad("invalid_type", &p, "id must be a string")),
    }
}

/// Reads `labels: {'zh-CN'|'zh', en}` or `label: string` into (zh, en) when present.
fn labels_of(v: &Map, path: &str) -> Result<(Option<String>, Option<String>)> {
    if let Some(l) = v.get("label") {
        return match l {
            Value::String(s) => Ok((Some(s.clone()), Some(s.clone()))),
            Value::Null => Ok((None, None)),
            _ => Err(bad(
                "invalid_type",
                &join(path, "label"),
                "label must be a string",
            )),
        };
    }
    let p = join(path, "labels");
    match v.get("labels") {
        None | Some(Value::Null) => Ok((None, None)),
        Some(Value::Object(m)) => {
            let get = |keys: &[&str]| -> Result<Option<String>> {
                for k in keys {
                    match m.get(k) {
                        Some(Value::String(s)) => return Ok(Some(s.clone())),
                        None | Some(Value::Null) => {}
                        Some(_) => {
                            return Err(bad(
                                "invalid_type",
                                &join(&p, *k),
                                "a label must be a string",
                            ));
                        }
                    }
                }
                Ok(None)
            };
            Ok((get(&["zh-CN", "zh"])?, get(&["en"])?))
        }
        Some(_) => Err(bad(
            "invalid_type",
            &p,
            "labels must be an object {\"zh-CN\", \"en\"}",
        )),
    }
}

fn keywords_of(v: &Map, path: &str) -> Result<Vec<Term>> {
    let p = join(path, "keywords");
    let list = match v.get("keywords") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(a)) => a,
        Some(_) => return Err(bad("invalid_type", &p, "keywords must be an array")),
    };
    let mut out = Vec::with_capacity(list.len());
    for (i, k) in list.iter().enumerate() {
        let kp = join(&p, i);
        let term = match k {
            Value::String(s) if s.len() <= 200 => Term::parse(s),
            Value::Object(m) => {
                let mut t = match m.get("term") {
                    Some(Value::String(s)) if s.len() <= 200 => Term::parse(s),
                    Some(Value::String(_)) => None,
                    _ => {
                        return Err(bad(
                            "invalid_type",
                            &join(&kp, "term"),
                            "term must be a string",
                        ));
                    }
                };
                if let (Some(w), Some(t)) = (weight_of(m, &kp)?, t.as_mut()) {
                    t.weight = w;
                }
                t
            }
            _ => {
                return Err(bad(
                    "invalid_type",
                    &kp,
                    "a keyword must be a string or {term, weight}",
                ));
            }
        };
        match term {
            Some(t) => out.push(t),
            None => return Err(bad("invalid_value", &kp, "empty keyword or bad weight")),
        }
    }
    Ok(out)
}

fn weight_of(v: &Map, path: &str) -> Result<Option<f32>> {
    match v.get("weight") {
        None | Some(Value::Null) => Ok(None),
        Some(w) => w
            .as_f64()
            .filter(|w| w.is_finite() && *w > 0.0 && *w <= 100.0)
            .map(|w| Some(w as f32))
            .ok_or_else(|| {
                bad(
                    "invalid_value",
                    &join(path, "weight"),
                    "weight must be a number in (0, 100]",
                )
            }),
    }
}

fn merge_terms(into: &mut Vec<Term>, add: Vec<Term>) {
    for t in add {
        match into
            .iter_mut()
            .find(|x| x.text == t.text && x.stem == t.stem)
        {
            Some(x) => *x = t,
            None => into.push(t),
        }
    }
}

/// Applies `config.taxonomy` to the defaults.
pub fn load(config: &Value) -> Result<Vec<Cat>> {
    let mut cats = defaults();
    let tax = match config.get("taxonomy") {
        None | Some(Value::Null) => return Ok(cats),
        Some(Value::Object(m)) => m,
        Some(_) => {
            return Err(bad(
                "invalid_type",
                "taxonomy",
                "taxonomy must be an object",
            ));
        }
    };
    match tax.get("mode") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if s == "extend" => {}
        Some(Value::String(s)) if s == "replace" => cats.clear(),
        Some(_) => {
            return Err(bad(
                "enum",
                "taxonomy.mode",
                "mode must be \"extend\" or \"replace\"",
            ));
        }
    }
    let list = match tax.get("categories") {
        Some(Value::Array(a)) => a,
        None | Some(Value::Null) => {
            return Err(bad(
                "required",
                "taxonomy.categories",
                "categories is required",
            ));
        }
        Some(_) => {
            return Err(bad(
                "invalid_type",
                "taxonomy.categories",
                "categories must be an array",
            ));
        }
    };
    let mut seen: Vec<String> = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let cp = join("taxonomy.categories", i);
        let Value::Object(cm) = c else {
            return Err(bad("invalid_type", &cp, "a category must be an object"));
        };
        let id = id_of(cm, &cp)?;
        if seen.contains(&id) {
            return Err(bad("duplicate", &join(&cp, "id"), "duplicate category id"));
        }
        seen.push(id.clone());
        let (zh, en) = labels_of(cm, &cp)?;
        let kws = keywords_of(cm, &cp)?;
        let pos = match cats.iter().position(|x| x.id == id) {
            Some(p) => p,
            None => {
                cats.push(Cat {
                    id: id.clone(),
                    zh: id.clone(),
                    en: id.clone(),
                    subs: Vec::new(),
                    terms: Vec::new(),
                });
                cats.len() - 1
            }
        };
        let Some(cat) = cats.get_mut(pos) else {
            continue;
        };
        if let Some(z) = zh {
            cat.zh = z;
        }
        if let Some(e) = en {
            cat.en = e;
        }
        merge_terms(&mut cat.terms, kws);
        let subs = match cm.get("subcategories") {
            None | Some(Value::Null) => continue,
            Some(Value::Array(a)) => a,
            Some(_) => {
                return Err(bad(
                    "invalid_type",
                    &join(&cp, "subcategories"),
                    "subcategories must be an array",
                ));
            }
        };
        let mut seen_sub: Vec<String> = Vec::new();
        for (j, s) in subs.iter().enumerate() {
            let sp = join(&join(&cp, "subcategories"), j);
            let Value::Object(sm) = s else {
                return Err(bad("invalid_type", &sp, "a subcategory must be an object"));
            };
            let sid = id_of(sm, &sp)?;
            if seen_sub.contains(&sid) {
                return Err(bad(
                    "duplicate",
                    &join(&sp, "id"),
                    "duplicate subcategory id",
                ));
            }
            seen_sub.push(sid.clone());
            let (zh, en) = labels_of(sm, &sp)?;
            let kws = keywords_of(sm, &sp)?;
            let factor = weight_of(sm, &sp)?;
            let spos = match cat.subs.iter().position(|x| x.id == sid) {
                Some(p) => p,
                None => {
                    cat.subs.push(Sub {
                        id: sid.clone(),
                        zh: sid.clone(),
                        en: sid.clone(),
                        terms: Vec::new(),
                    });
                    cat.subs.len() - 1
                }
            };
            let Some(sub) = cat.subs.get_mut(spos) else {
                continue;
            };
            if let Some(z) = zh {
                sub.zh = z;
            }
            if let Some(e) = en {
                sub.en = e;
            }
            if let Some(f) = factor {
                sub.terms.iter_mut().for_each(|t| t.weight *= f);
            }
            merge_terms(&mut sub.terms, kws);
        }
    }
    if cats.is_empty() {
        return Err(bad(
            "invalid_value",
            "taxonomy.categories",
            "the taxonomy needs at least one category",
        ));
    }
    Ok(cats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_syntax() {
        let t = Term::parse("!crash*=3.5").unwrap_or_else(|| panic!("parse"));
        assert_eq!(
            (t.text.as_str(), t.weight, t.negatable, t.stem),
            ("crash", 3.5, true, true)
        );
        assert_eq!(Term::parse("闪退").map(|t| t.weight), Some(2.0));
        assert!(Term::parse("  ").is_none());
        assert!(Term::parse("x=abc").is_none());
        let w: Vec<(String, f32)> = parse_terms("3.5:a|b=4;c|d;2.5:e").into_iter().map(|t| (t.text, t.weight)).collect();
        let expect = [("a", 3.5), ("b", 4.0), ("c", 2.0), ("d", 2.0), ("e", 2.5)];
        assert_eq!(w, expect.map(|(t, w)| (t.to_string(), w)));
    }

    #[test]
    fn extend_and_replace() {
        let cfg = json!({"taxonomy": {"categories": [
            {"id": "product", "subcategories": [{"id": "hardware_fault", "keywords": ["嗡嗡响", {"term": "黑屏", "weight": 9}]}]},
            {"id": "billing_vip", "labels": {"zh-CN": "贵宾账单", "en": "VIP billing"},
             "subcategories": [{"id": "statement", "keywords": ["monthly statement"]}]}]}});
        let cats = load(&cfg).unwrap_or_default();
        let hw = cats
            .iter()
            .find(|c| c.id == "product")
            .and_then(|c| c.subs.iter().find(|s| s.id == "hardware_fault"));
        let hw = hw.map(|s| s.terms.clone()).unwrap_or_default();
        assert!(hw.iter().any(|t| t.text == "嗡嗡响"));
        assert_eq!(
            hw.iter().find(|t| t.text == "黑屏").map(|t| t.weight),
            Some(9.0)
        );
        assert_eq!(cats.last().map(|c| c.en.as_str()), Some("VIP billing"));
        let rep = load(&json!({"taxonomy": {"mode": "replace", "categories": [{"id": "a"}]}}))
            .unwrap_or_default();
        assert_eq!(rep.len(), 1);
    }

    #[test]
    fn errors_carry_paths() {
        let path = |cfg: Value| load(&cfg).err().map(|e| e.path).unwrap_or_default();
        assert_eq!(path(json!({"taxonomy": 3})), "taxonomy");
        assert_eq!(
            path(json!({"taxonomy": {"mode": "merge", "categories": []}})),
            "taxonomy.mode"
        );
        assert_eq!(
            path(
                json!({"taxonomy": {"categories": [{"id": "a"}, {"id": "b"}, {"id": "c"},
                {"id": "d", "keywords": ["x", "y", 7]}]}})
            ),
            "taxonomy.categories[3].keywords[2]"
        );
        assert_eq!(
            path(
                json!({"taxonomy": {"categories": [{"id": "a", "subcategories": [{"id": "s", "keywords": [{"term": "x", "weight": -1}]}]}]}})
            ),
            "taxonomy.categories[0].subcategories[0].keywords[0].weight"
        );
        assert_eq!(
            path(json!({"taxonomy": {"categories": [{"id": "a"}, {"id": "a"}]}})),
            "taxonomy.categories[1].id"
        );
        assert_eq!(
            path(json!({"taxonomy": {"categories": [{"labels": {}}]}})),
            "taxonomy.categories[0].id"
        );
    }

    #[test]
    fn defaults_round_trip_as_config() {
        let d = to_json(&defaults());
        let again = load(&json!({ "taxonomy": d })).unwrap_or_default();
        assert_eq!(again.len(), 10);
        assert_eq!(again.iter().map(|c| c.subs.len()).sum::<usize>(), 39);
        let a: Vec<_> = again
            .iter()
            .flat_map(|c| c.subs.iter().map(|s| s.terms.len()))
            .collect();
        let b: Vec<_> = defaults()
            .iter()
            .flat_map(|c| c.subs.iter().map(|s| s.terms.len()))
            .collect();
        assert_eq!(a, b);
    }
}
