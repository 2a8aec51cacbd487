//! The text as recognizers see it: width-folded chars with their byte offsets, and the
//! context window before a candidate.

use super::tables::{CARD_CUES, ID_CUES, NOT_PII_CUES, PHONE_CUES};
use crate::text::fold_width;
use std::sync::OnceLock;

pub struct Buf {
    /// Folded chars (full-width ASCII → ASCII, ideographic space → space).
    pub c: Vec<char>,
    /// Byte offset of each char in the original text, plus the text length at the end.
    pub b: Vec<usize>,
}

impl Buf {
    pub fn new(text: &str) -> Buf {
        // Capacity for the worst case (all ASCII); pages never written cost nothing.
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

    /// The text at char `i` starts with `word` (given in lower case), ignoring ASCII case.
    pub fn starts_with_lower(&self, i: usize, word: &str) -> bool {
        word.chars().enumerate().all(|(k, w)| self.at(i + k).to_ascii_lowercase() == w)
    }
}

/// How many chars before a candidate are searched for cue words.
const WINDOW: usize = 12;

/// One occurrence of a cue word before a candidate: chars `s..e`, and which way it leans.
#[derive(Clone, Copy)]
struct Hit {
    s: usize,
    e: usize,
    pii: bool,
}

/// Which way the context before a candidate leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    Pii,
    NotPii,
    None,
}

impl Buf {
    /// `cue` (lower case) occurs at char `p`, ending at or before `limit`; ASCII cues only as
    /// whole words, so that `id` does not fire inside `paid` nor `tel` inside `hotel`.
    fn cue_at(&self, p: usize, cue: &str, limit: usize) -> Option<usize> {
        let len = cue.chars().count();
        if p + len > limit {
            return None;
        }
        if cue.is_ascii() {
            let alnum_start = cue.as_bytes()[0].is_ascii_alphanumeric();
            if alnum_start && p > 0 && self.at(p - 1).is_ascii_alphanumeric() {
                return None;
            }
            if self.at(p + len).is_ascii_alphabetic() && cue.as_bytes()[cue.len() - 1].is_ascii_alphanumeric() {
                return None;
            }
        }
        Some(p + len)
    }
}

/// Which cue words announce the datum a recognizer looks at; `NOT_PII_CUES` always argue
/// against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cues {
    Phone,
    Card,
    Id,
}

/// Word lists indexed by first char, each word with a tag: finding the words at a position
/// costs one binary search when none starts there. Built once per table.
pub struct Words {
    /// (first char, tag, word), sorted by first char, longer words first.
    entries: Vec<(char, u8, &'static str)>,
}

impl Words {
    pub fn new(lists: &[(&[&'static str], u8)]) -> Words {
        let mut entries: Vec<(char, u8, &'static str)> = lists
            .iter()
            .flat_map(|(words, tag)| words.iter().filter_map(move |w| w.chars().next().map(|f| (f, *tag, *w))))
            .collect();
        entries.sort_by_key(|e| (e.0, usize::MAX - e.2.len()));
        Words { entries }
    }

    /// The words (with their tags) that start at char `p`, longest first.
    pub fn at<'a>(&'a self, buf: &'a Buf, p: usize) -> impl Iterator<Item = (u8, &'static str)> + 'a {
        let first = buf.at(p).to_ascii_lowercase();
        let from = self.entries.partition_point(|e| e.0 < first);
        self.entries[from..].iter().take_while(move |e| e.0 == first).filter(move |e| buf.starts_with_lower(p, e.2)).map(|e| (e.1, e.2))
    }
}

/// A set of chars, sorted for binary search.
pub struct Chars(Vec<char>);

impl Chars {
    pub fn new(s: &str) -> Chars {
        let mut v: Vec<char> = s.chars().collect();
        v.sort_unstable();
        Chars(v)
    }

    pub fn has(&self, c: char) -> bool {
        self.0.binary_search(&c).is_ok()
    }
}

fn cue_index() -> &'static Words {
    static INDEX: OnceLock<Words> = OnceLock::new();
    INDEX.get_or_init(|| Words::new(&[(NOT_PII_CUES, 0), (PHONE_CUES, 1), (CARD_CUES, 2), (ID_CUES, 3)]))
}

/// Weighs the cue words in the few chars before char `i`: the cue that ends nearest to the
/// candidate decides, except that a longer cue containing it or overlapping it from the left
/// decides instead (`会员卡号` is not `卡号`, `订单号码` is not `号码`). Works on the buffer in
/// place: no allocation.
pub fn lean(buf: &Buf, i: usize, cues: Cues) -> Lean {
    let wanted = 1 + cues as u8;
    let i = i.min(buf.len());
    let mut hits = [Hit { s: 0, e: 0, pii: false }; 16];
    let mut n = 0;
    for p in i.saturating_sub(WINDOW)..i {
        for (set, cue) in cue_index().at(buf, p) {
            if set != 0 && set != wanted {
                continue;
            }
            if let (Some(e), true) = (buf.cue_at(p, cue, i), n < hits.len()) {
                hits[n] = Hit { s: p, e, pii: set != 0 };
                n += 1;
            }
        }
    }
    let hits = &hits[..n];
    let Some(near) = hits.iter().copied().max_by_key(|h| (h.e, usize::MAX - h.s)) else { return Lean::None };
    let decider = hits.iter().filter(|h| h.s < near.e && h.e > near.s).min_by_key(|h| h.s).copied().unwrap_or(near);
    if decider.pii { Lean::Pii } else { Lean::NotPii }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_respect_words_and_nesting() {
        let at = |t: &str, cues: Cues| {
            let b = Buf::new(t);
            lean(&b, b.len(), cues)
        };
        assert_eq!(at("订单号", Cues::Phone), Lean::NotPii);
        assert_eq!(at("电话 ", Cues::Phone), Lean::Pii);
        assert_eq!(at("i paid ", Cues::Id), Lean::None);
        assert_eq!(at("my id ", Cues::Id), Lean::Pii);
        assert_eq!(at("hotel ", Cues::Phone), Lean::None);
        assert_eq!(at("会员卡号", Cues::Card), Lean::NotPii);
        assert_eq!(at("订单号码：", Cues::Phone), Lean::NotPii);
        assert_eq!(at("订单已取消，电话", Cues::Phone), Lean::Pii);
        assert_eq!(at("电话，订单号", Cues::Phone), Lean::NotPii);
        assert_eq!(at("", Cues::Phone), Lean::None);
    }
}
