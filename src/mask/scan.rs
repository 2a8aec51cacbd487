//! The text as recognizers see it: width-folded chars with their byte offsets, and the
//! context window before a candidate.

use crate::text::fold_width;

pub struct Buf {
    /// Folded chars (full-width ASCII → ASCII, ideographic space → space).
    pub c: Vec<char>,
    /// Byte offset of each char in the original text, plus the text length at the end.
    pub b: Vec<usize>,
}

impl Buf {
    pub fn new(text: &str) -> Buf {
        let mut c = Vec::with_capacity(text.len());
        let mut b = Vec::with_capacity(text.len() + 1);
        for (i, ch) in text.char_indices() {
            c.push(fold_width(ch));
            b.push(i);
        }
        b.push(text.len());
        Buf { c, b }
    }

    pub fn len(&self) -> usize {
        self.c.len()
    }

    pub fn at(&self, i: usize) -> char {
        self.c.get(i).copied().unwrap_or('\0')
    }

    pub fn is_digit(&self, i: usize) -> bool {
        self.at(i).is_ascii_digit()
    }

    pub fn is_alnum(&self, i: usize) -> bool {
        self.at(i).is_ascii_alphanumeric()
    }

    /// Lower-cased context of up to `n` chars before char `i`.
    pub fn before(&self, i: usize, n: usize) -> String {
        let s = i.saturating_sub(n);
        self.c[s..i.min(self.len())].iter().map(|c| c.to_ascii_lowercase()).collect()
    }

    /// Lower-cased context of up to `n` chars from char `i`.
    pub fn after(&self, i: usize, n: usize) -> String {
        let s = i.min(self.len());
        self.c[s..(i + n).min(self.len())].iter().map(|c| c.to_ascii_lowercase()).collect()
    }
}

/// Position (from the end of `ctx`) of the nearest cue of `cues` in `ctx`, if any: smaller = closer.
/// ASCII cues only count at word starts so that `id` does not fire inside `paid`.
pub fn nearest(ctx: &str, cues: &[&str]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for cue in cues {
        let mut from = 0;
        while let Some(p) = ctx[from..].find(cue) {
            let at = from + p;
            let word_start = !cue.is_ascii()
                || !cue.as_bytes()[0].is_ascii_alphanumeric()
                || ctx[..at].chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric());
            let word_end = !cue.is_ascii()
                || ctx[at + cue.len()..].chars().next().is_none_or(|c| !c.is_ascii_alphabetic());
            if word_start && word_end {
                let dist = ctx.len() - at;
                best = Some(best.map_or(dist, |b| b.min(dist)));
            }
            from = at + cue.len();
        }
    }
    best
}

/// Which way the context before a candidate leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    Pii,
    NotPii,
    None,
}

/// Compares the nearest positive cue with the nearest negative cue before char `i`.
pub fn lean(buf: &Buf, i: usize, positive: &[&str], negative: &[&str]) -> Lean {
    let ctx = buf.before(i, 12);
    match (nearest(&ctx, positive), nearest(&ctx, negative)) {
        (Some(p), Some(n)) if n < p => Lean::NotPii,
        (Some(_), _) => Lean::Pii,
        (None, Some(_)) => Lean::NotPii,
        (None, None) => Lean::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_respect_word_starts_and_distance() {
        assert_eq!(nearest("please pay", &["pay"]), Some(3));
        assert!(nearest("i paid it", &["id"]).is_none());
        assert!(nearest("my id ", &["id"]).is_some());
        let b = Buf::new("订单号13812345678 电话");
        assert_eq!(lean(&b, 3, super::super::tables::PHONE_CUES, super::super::tables::NOT_PII_CUES), Lean::NotPii);
    }
}
