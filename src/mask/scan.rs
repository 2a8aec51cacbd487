//! The text as recognizers see it — its chars (seen width-folded), the positions where a
//! recognizer may start, byte/UTF-16 offsets — and the cue words before a candidate, looked up
//! in indexed word lists without allocating. Built in one pass: masking stays linear.

use crate::prelude::*;

use super::tables::{CARD_CUES, CUE_FILLERS, ID_CUES, NOT_PII_CUES, PHONE_CUES};
use crate::text::{decode_fast, fold_width};
use crate::text::Once;

pub struct Buf<'t> {
    /// The text as given: offsets and masking operators read its original chars.
    text: &'t str,
    /// The text's chars, width-folded (full-width ASCII → ASCII, ideographic space → space,
    /// curly apostrophes → `'`).
    c: Vec<char>,
    /// Where a recognizer may start, ascending: the first digit of each digit run, ASCII
    /// capitals, `+`, `(` and `@` (width-folded). Everything else is skipped without a look.
    marks: Vec<usize>,
}

impl<'t> Buf<'t> {
    pub fn new(text: &'t str) -> Buf<'t> {
        // Worst-case capacity (all ASCII), truncated to the char count below: stores by index
        // instead of `push`, which stays a call at this crate's size-first optimisation level.
        let mut c = vec!['\0'; text.len()];
        let mut marks = Vec::with_capacity(text.len() / 8 + 8);
        let mut prev_digit = false;
        let bytes = text.as_bytes();
        let (mut i, mut n) = (0usize, 0usize);
        while let Some(&b0) = bytes.get(i) {
            // Decoded by hand (the text is valid UTF-8); only full-width forms and curly apostrophes
            // fold to ASCII (`Queen’s Road`).
            let ch = if b0 < 0x80 {
                i += 1;
                char::from(b0)
            } else {
                let (ch, w) = decode_fast(bytes, i, b0);
                i += w;
                fold_width(ch)
            };
            let digit = ch.is_ascii_digit();
            if (digit && !prev_digit) || ch.is_ascii_uppercase() || matches!(ch, '+' | '(' | '@') {
                marks.push(n);
            }
            prev_digit = digit;
            if let Some(slot) = c.get_mut(n) {
                *slot = ch;
            }
            n += 1;
        }
        c.truncate(n);
        Buf { text, c, marks }
    }

    /// (byte, UTF-16) offsets of ascending char indices `ks` (clamped to the text), in one walk
    /// over the original text up to the last of them: findings are few, so no offset table is
    /// built for every text.
    pub fn offsets(&self, ks: impl Iterator<Item = usize>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let (mut at, mut byte, mut unit) = (0usize, 0usize, 0usize);
        for k in ks {
            let k = k.min(self.len());
            if k < at {
                (at, byte, unit) = (0, 0, 0);
            }
            // Each char by its lead byte: its UTF-8 length, and two UTF-16 units when astral.
            for _ in at..k {
                let b = self.text.as_bytes().get(byte).copied().unwrap_or(0);
                byte += match b {
                    0..0xC0 => 1,
                    0xC0..0xE0 => 2,
                    0xE0..0xF0 => 3,
                    _ => 4,
                };
                unit += 1 + usize::from(b >= 0xF0);
            }
            at = k;
            out.push((byte, unit));
        }
        out
    }

    pub fn marks(&self) -> &[usize] {
        &self.marks
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.c.len()
    }

    /// Char `i`, width-folded; NUL past the end.
    #[inline(always)]
    pub fn at(&self, i: usize) -> char {
        self.c.get(i).copied().unwrap_or('\0')
    }

    #[inline(always)]
    pub fn is_digit(&self, i: usize) -> bool {
        self.at(i).is_ascii_digit()
    }

    #[inline(always)]
    pub fn is_alnum(&self, i: usize) -> bool {
        self.at(i).is_ascii_alphanumeric()
    }

    /// The text at char `i` continues with `chars` (lower case), ignoring ASCII case.
    fn has_chars(&self, i: usize, chars: &[char]) -> bool {
        i + chars.len() <= self.len() && chars.iter().enumerate().all(|(k, w)| self.at(i + k).to_ascii_lowercase() == *w)
    }

    /// The text at char `i` starts with `word` (given in lower case), ignoring ASCII case.
    pub fn starts_with_lower(&self, i: usize, word: &str) -> bool {
        word.chars().enumerate().all(|(k, w)| self.at(i + k).to_ascii_lowercase() == w)
    }
}

/// How many chars before a candidate are searched for cue words (`Tracking number `,
/// `联系电话（手机）：`).
const WINDOW: usize = 20;

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

impl Buf<'_> {
    /// `cue` (lower case) occurs at char `p`, ending at or before `limit`; ASCII cues only as
    /// whole words, so that `id` does not fire inside `paid` nor `tel` inside `hotel`.
    fn cue_at(&self, p: usize, cue: &Word, limit: usize) -> Option<usize> {
        let len = cue.len();
        if p + len > limit {
            return None;
        }
        let cue = cue.text;
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
    /// First char of each entry, sorted, for the binary search.
    firsts: Vec<char>,
    /// The words in the same order, longer words first among equal first chars.
    entries: Vec<Word>,
    /// Which first chars occur, hashed to 1024 bits: most chars are rejected by one bit test.
    bloom: Bloom,
}

/// A word of a [`Words`] list, with its tag and its chars decoded once.
pub struct Word {
    pub tag: u8,
    pub text: &'static str,
    chars: Box<[char]>,
}

impl Word {
    /// Length in chars.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.chars.len()
    }
}

/// A 4096-bit filter of chars: no false negatives. Hashed multiplicatively: CJK code points
/// taken modulo a power of two collide in runs, which let one text char in ten through.
struct Bloom([u64; 64]);

impl Bloom {
    fn bit(c: char) -> usize {
        ((c as u32).wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    fn new(chars: impl Iterator<Item = char>) -> Bloom {
        let mut b = Bloom([0; 64]);
        for c in chars {
            let h = Bloom::bit(c);
            b.0[h / 64] |= 1 << (h % 64);
        }
        b
    }

    fn may_have(&self, c: char) -> bool {
        let h = Bloom::bit(c);
        self.0[h / 64] & (1 << (h % 64)) != 0
    }
}

impl Words {
    /// `lists`: `|`-separated word lists (see `tables.rs`) and their tags.
    pub fn new(lists: &[(&'static str, u8)]) -> Words {
        let mut entries = Vec::new();
        for &(words, tag) in lists {
            for text in words.split('|').filter(|w| !w.is_empty()) {
                entries.push(Word { tag, text, chars: text.chars().collect() });
            }
        }
        crate::text::sort_by_key(&mut entries, |w| (w.chars[0], usize::MAX - w.chars.len()));
        let firsts: Vec<char> = entries.iter().map(|w| w.chars[0]).collect();
        let bloom = Bloom::new(firsts.iter().copied());
        Words { firsts, entries, bloom }
    }

    /// Some word may start with `c` (one bit test; ASCII case ignored).
    pub fn may_start(&self, c: char) -> bool {
        self.bloom.may_have(c.to_ascii_lowercase())
    }

    /// The words that start at char `p` (ASCII case ignored), longest first.
    pub fn at<'a>(&'a self, buf: &'a Buf, p: usize) -> impl Iterator<Item = &'a Word> + 'a {
        let first = buf.at(p).to_ascii_lowercase();
        let same = if self.bloom.may_have(first) {
            let a = self.firsts.partition_point(|&c| c < first);
            let b = a + self.firsts[a..].iter().take_while(|&&c| c == first).count();
            &self.entries[a..b]
        } else {
            &[]
        };
        same.iter().filter(move |w| buf.has_chars(p, &w.chars))
    }
}

/// A set of chars for binary search, from a string already sorted (the tables are kept so;
/// a test checks them).
pub struct Chars(Vec<char>, Bloom);

impl Chars {
    pub fn new(s: &str) -> Chars {
        Chars(s.chars().collect(), Bloom::new(s.chars()))
    }

    pub fn has(&self, c: char) -> bool {
        self.1.may_have(c) && self.0.binary_search(&c).is_ok()
    }
}

fn cue_index() -> &'static Words {
    static INDEX: Once<Words> = Once::new();
    INDEX.get_or_init(|| Words::new(&[(NOT_PII_CUES, 0), (PHONE_CUES, 1), (CARD_CUES, 2), (ID_CUES, 3)]))
}

/// Chars `s..e` are only spaces, punctuation, filler words (`号码`, `number`, `是`) and an
/// index of one or two digits (`IMEI1:`, `IMEI 2`).
fn only_filler(buf: &Buf, s: usize, e: usize) -> bool {
    let mut k = s;
    while k < e {
        let c = buf.at(k);
        // An index's digits, and what ends it (`IMEI1:35…` as well as `IMEI 12 35…`).
        let n = 1 + usize::from(buf.is_digit(k + 1));
        if c.is_whitespace() || matches!(c, ':' | '#' | '-' | '.' | '(' | ')') {
            k += 1;
        } else if c.is_ascii_digit() && !buf.is_digit(k + n) {
            k += n;
        } else if let Some(w) = CUE_FILLERS.split('|').find(|w| buf.starts_with_lower(k, w)) {
            k += crate::text::char_len(w);
        } else {
            return false;
        }
    }
    true
}

/// Chars `s..e` hold a run of three or more digits, or the end of a placeholder: in text masked
/// before (`身份证[身份证号]，住院号ZY97528345`), the cue inside `[身份证号]` has had its number.
fn has_number(buf: &Buf, s: usize, e: usize) -> bool {
    let mut run = 0;
    (s..e).any(|k| {
        run = if buf.is_digit(k) { run + 1 } else { 0 };
        run >= 3 || buf.at(k) == ']'
    })
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
    let index = cue_index();
    for p in i.saturating_sub(WINDOW)..i {
        if !index.may_start(buf.at(p)) {
            continue;
        }
        for cue in index.at(buf, p) {
            let set = cue.tag;
            if set != 0 && set != wanted {
                continue;
            }
            if let (Some(e), true) = (buf.cue_at(p, cue, i), n < hits.len()) {
                hits[n] = Hit { s: p, e, pii: set != 0 };
                n += 1;
            }
        }
    }
    // A cue introduces the next number only: one followed by another number before the
    // candidate (`工单SR20240501001，13812345678`) has been used up. A cue against masking must
    // stand right before the number (`订单号：`, `Tracking number `): a topic word earlier in
    // the sentence (`发票开错了，请打 138…`) does not name the number.
    let mut used = 0;
    for k in 0..n {
        let h = hits[k];
        if if h.pii { !has_number(buf, h.e, i) } else { only_filler(buf, h.e, i) } {
            hits[used] = hits[k];
            used += 1;
        }
    }
    let hits = &hits[..used];
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
        assert_eq!(at("Tracking number ", Cues::Card), Lean::NotPii);
        assert_eq!(at("工单SR20240501001还没人跟进，", Cues::Phone), Lean::None);
        assert_eq!(at("IMEI1: ", Cues::Card), Lean::NotPii);
        assert_eq!(at("订单编号是：", Cues::Card), Lean::NotPii);
        assert_eq!(at("开一张发票，Text ", Cues::Phone), Lean::None);
        assert_eq!(at("发票号码", Cues::Phone), Lean::NotPii);
        assert_eq!(at("发票代码", Cues::Phone), Lean::NotPii);
    }
}
