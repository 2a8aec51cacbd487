//! Text helpers shared by the recognizers, the classifier and the validator.
//! The JS API speaks UTF-16 code-unit offsets; the core scans UTF-8, so results go through
//! [`Utf16Map`] once per text.

use crate::prelude::*;

use core::cmp::Ordering;

/// A value built on first use. Host builds run tests on threads and use std's `OnceLock`; the
/// `tiny` wasm build has one thread and no std, where a `OnceCell` is enough.
#[cfg(not(feature = "tiny"))]
pub use std::sync::OnceLock as Once;

#[cfg(feature = "tiny")]
pub struct Once<T>(core::cell::OnceCell<T>);

// SAFETY: `tiny` only compiles for wasm32 without the atomics feature (see lib.rs): one thread.
#[cfg(feature = "tiny")]
unsafe impl<T> Sync for Once<T> {}

#[cfg(feature = "tiny")]
impl<T> Default for Once<T> {
    fn default() -> Self {
        Once::new()
    }
}

#[cfg(feature = "tiny")]
impl<T> Once<T> {
    pub const fn new() -> Self {
        Once(core::cell::OnceCell::new())
    }

    pub fn get(&self) -> Option<&T> {
        self.0.get()
    }

    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(f)
    }
}

/// Maps byte offsets of a `&str` to UTF-16 offsets by counting bytes: each byte that starts a
/// char is one unit, a 4-byte lead one more. No allocation; ASCII texts map to themselves.
pub struct Utf16Map<'a> {
    text: &'a str,
    ascii: bool,
}

impl<'a> Utf16Map<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Map { text, ascii: text.is_ascii() }
    }

    /// `byte` clamped to the text and rounded down to a char start.
    fn floor(&self, byte: usize) -> usize {
        let mut b = byte.min(self.text.len());
        while b > 0 && !self.text.is_char_boundary(b) {
            b -= 1;
        }
        b
    }

    /// UTF-16 units in `text[a..b]`.
    fn units(&self, a: usize, b: usize) -> usize {
        let bytes = self.text.as_bytes().get(a..b).unwrap_or(&[]);
        bytes.iter().map(|&x| usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0)).sum()
    }

    /// UTF-16 offset of byte offset `byte` (clamped to the text, rounded down to a char start).
    pub fn at(&self, byte: usize) -> usize {
        let b = self.floor(byte);
        if self.ascii { b } else { self.units(0, b) }
    }

    /// Converts many byte offsets in place; each step counts only the bytes between
    /// consecutive offsets, so ascending (or nearly ascending) offsets cost one pass.
    pub fn convert_sorted(&self, bytes: &mut [usize]) {
        if self.ascii {
            return;
        }
        let (mut pos, mut units) = (0, 0);
        for b in bytes.iter_mut() {
            let t = self.floor(*b);
            if t >= pos {
                units += self.units(pos, t);
            } else {
                units -= self.units(t, pos);
            }
            pos = t;
            *b = units;
        }
    }
}

/// A part of a message built by [`cat!`]: text or an integer. `format!` would bring core::fmt
/// into the .wasm (~4 KB) for what is only ever concatenation here.
pub trait Piece {
    fn push_to(&self, out: &mut String);
}

impl Piece for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for char {
    fn push_to(&self, out: &mut String) {
        out.push(*self);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

macro_rules! int_piece {
    ($write:ident as $as:ty: $($t:ty),*) => {$(
        impl Piece for $t {
            fn push_to(&self, out: &mut String) {
                crate::json::$write(out, *self as $as);
            }
        }
    )*};
}
int_piece!(write_uint as u64: u8, u16, u32, u64, usize);
int_piece!(write_int as i64: i32, i64);

/// An integer zero-padded to a width: `Pad(7, 2)` → `07`.
pub struct Pad(pub u32, pub usize);

impl Piece for Pad {
    /// Digits written right-aligned into a row of zeros: no allocation (dates in every SLA
    /// result are made of these).
    fn push_to(&self, out: &mut String) {
        let mut buf = [b'0'; 20];
        let i = crate::json::digits(u64::from(self.0), &mut buf);
        let from = i.min(buf.len().saturating_sub(self.1));
        out.push_str(core::str::from_utf8(buf.get(from..).unwrap_or_default()).unwrap_or_default());
    }
}

/// Concatenates [`Piece`]s into a new `String`: `cat!(key, " must be a string")`.
macro_rules! cat {
    ($($p:expr),+ $(,)?) => {{
        let mut s = String::with_capacity(32);
        $($crate::text::Piece::push_to(&$p, &mut s);)+
        s
    }};
}
pub(crate) use cat;

/// A table of three-field rows (`(key, zh-CN, en)` messages, zones, priority cues) written as
/// one `&'static str` (fields end in U+001F, rows in U+001E): a `&[(&str, &str, &str)]` costs
/// 8 bytes of pointer and length per field in the `.wasm`. The source stays a list of tuples:
/// `table![("key", "中文", "English"), ...]`; number literals become their digits.
macro_rules! table {
    ($(($key:literal, $zh:literal, $en:literal $(,)?)),* $(,)?) => {
        concat!($($key, "\u{1f}", $zh, "\u{1f}", $en, "\u{1e}"),*)
    };
}
pub(crate) use table;

/// The rows of a table string (U+001E after each row, U+001F between fields), each as its
/// fields: what [`table!`] and the taxonomy's `cat!`/`sub!` write.
pub fn records(table: &'static str) -> impl Iterator<Item = core::str::Split<'static, char>> {
    table.split_terminator('\u{1e}').map(|row| row.split('\u{1f}'))
}

/// The rows of a [`table!`], as their three fields.
pub fn rows(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    records(table).map(|mut f| (f.next().unwrap_or(""), f.next().unwrap_or(""), f.next().unwrap_or("")))
}

/// The `{name}` placeholders of a template, in order (the template checks of replies and messages).
pub fn placeholders(t: &str) -> impl Iterator<Item = &str> {
    t.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(name, _)| name))
}

/// Fills a template's `{name}` placeholders in one pass (priority reasons, validation messages,
/// replies); a placeholder without a value stays as written. One pass also means a value that
/// itself contains `{…}` is never filled again.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}').and_then(|(name, tail)| values.iter().find(|v| v.0 == name).map(|v| (v.1, tail))) {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Byte offsets of the non-overlapping occurrences of `pat` in `s`. A plain scan for the
/// pattern's last byte (for CJK a continuation byte, far rarer than a lead byte), then a
/// compare: core's two-way searcher costs several KB of .wasm, and every pattern here is a
/// word or two.
pub fn find_all<'a>(s: &'a str, pat: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, p) = (s.as_bytes(), pat.as_bytes());
    let last = p.last().copied();
    // Candidate end positions (exclusive) start at the pattern's length.
    let mut end = p.len();
    core::iter::from_fn(move || {
        let last = last?;
        while let Some(k) = h.get(end.checked_sub(1)?..).and_then(|rest| rest.iter().position(|&b| b == last)) {
            let e = end + k;
            let at = e - p.len();
            if h.get(at..e) == Some(p) {
                end = e + p.len();
                return Some(at);
            }
            end = e + 1;
        }
        None
    })
}

/// Sorts `v` stably by `cmp` through one shared, non-generic merge sort over indices.
/// The standard sorts are large (driftsort/ipnsort, ~4 KB per call site in the .wasm); every
/// sort here is over a few hundred items at most, where a plain merge sort is just as quick.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return; // the common case of a text with one finding or none: no allocation
    }
    let idx = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(idx, &mut |a, b| v.swap(a, b));
}

/// Applies a permutation in place, cycle by cycle, through `swap`: afterwards item k is the
/// old item `idx[k]`. Not generic, so each sorted type adds only its swap.
fn permute(mut idx: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for i in 0..idx.len() {
        let mut j = i;
        loop {
            let next = idx[j];
            idx[j] = j;
            if next == i || next == j {
                break;
            }
            swap(j, next);
            j = next;
        }
    }
}

/// The first `n` chars of `s` (all of it when shorter): how much of a bad value a message quotes.
pub fn head(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).and_then(|(i, _)| s.get(..i)).unwrap_or(s)
}

/// Keeps the items `keep` accepts, in order: one plain loop per item type instead of the
/// standard `retain`'s panic-safe copy per call site (~0.5 KB each in the .wasm).
pub fn retain<T>(v: &mut Vec<T>, keep: &mut dyn FnMut(&T) -> bool) {
    let mut kept = 0;
    for i in 0..v.len() {
        if keep(&v[i]) {
            v.swap(kept, i);
            kept += 1;
        }
    }
    v.truncate(kept);
}

/// [`sort_by`] on a key.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Natural merge sort of `0..n` by `cmp` (insertion sort when short): the ascending runs
/// already there are merged pairwise, so the nearly sorted lists this crate sorts (findings by
/// offset, tickets exported by time) take few passes. Stable: ties keep the earlier index first.
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    if n <= 16 {
        // Insertion sort: the usual handful of items, without the merge buffer.
        for i in 1..n {
            let mut j = i;
            while j > 0 && cmp(a[j - 1], a[j]) == Ordering::Greater {
                a.swap(j - 1, j);
                j -= 1;
            }
        }
        return a;
    }
    // Run boundaries: run k is `a[bounds[k]..bounds[k + 1]]`.
    let mut bounds = Vec::new();
    for i in 0..=n {
        if i == 0 || i == n || cmp(i - 1, i) == Ordering::Greater {
            bounds.push(i);
        }
    }
    let mut b = vec![0; n];
    while bounds.len() > 2 {
        let mut merged = vec![0];
        let mut k = 0;
        while k + 1 < bounds.len() {
            // Runs k and k + 1 (or a last lone run k, copied as it is).
            let (lo, mid) = (bounds[k], bounds[k + 1]);
            let hi = bounds.get(k + 2).copied().unwrap_or(mid);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                let left = j >= hi || (i < mid && cmp(a[j], a[i]) != Ordering::Less);
                *slot = if left { i += 1; a[i - 1] } else { j += 1; a[j - 1] };
            }
            merged.push(hi);
            k += 2;
        }
        core::mem::swap(&mut a, &mut b);
        bounds = merged;
    }
    a
}

/// The value of 1–9 ASCII digits (no sign, no spaces, no overflow): the short numbers of dates,
/// times, offsets, ID fields, table levels and JSON pointers. One function instead of core's
/// generic `str::parse` per integer type.
pub fn uint(d: &[u8]) -> Option<u32> {
    if d.is_empty() || d.len() > 9 {
        return None;
    }
    d.iter().try_fold(0, |a, b| b.is_ascii_digit().then(|| a * 10 + u32::from(b - b'0')))
}

/// `str::trim`, at once when both ends are printable ASCII, as times, ids and codes nearly
/// always are (the general trim decodes a char at each end: 3 % of a review).
pub fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// [`decode`] with three-byte chars (all of CJK) decoded in place: the scans over whole texts
/// (masking, folding, the automaton) call it once per char, where a call per char cost them
/// a few per cent.
#[inline(always)]
pub fn decode_fast(bytes: &[u8], i: usize, b0: u8) -> (char, usize) {
    if b0 & 0xF0 == 0xE0 {
        let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
        let cp = u32::from(b0 & 0x0F) << 12 | cont(1) << 6 | cont(2);
        return (char::from_u32(cp).unwrap_or('\u{FFFD}'), 3);
    }
    decode(bytes, i, b0)
}

/// The char starting at byte `i` (lead byte `b0` ≥ 0x80) of valid UTF-8, and its length.
pub fn decode(bytes: &[u8], i: usize, b0: u8) -> (char, usize) {
    let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let (cp, w) = match b0 {
        0xC0..=0xDF => ((u32::from(b0 & 0x1F) << 6) | cont(1), 2),
        0xE0..=0xEF => ((u32::from(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3),
        _ => ((u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4),
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), w)
}

/// Folds a full-width ASCII variant (`１`, `Ａ`, `（`) or a typographic apostrophe (`’`, `‘`)
/// to ASCII; other chars unchanged.
#[inline]
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{2018}' | '\u{2019}' => '\'',
        _ => c,
    }
}

/// ASCII digit value of `c` after width folding.
#[inline]
pub fn digit(c: char) -> Option<u32> {
    fold_width(c).to_digit(10)
}

/// Number of chars (Unicode scalar values) — used for length rules, which count what a user
/// sees as characters rather than bytes.
pub fn char_len(s: &str) -> usize {
    // Lead bytes, counted plainly: core's `chars().count()` is a wide unrolled routine.
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// `s` split at its last `sep` byte (ASCII), like `rsplit_once` without core's reverse char searcher.
pub fn split_last(s: &str, sep: u8) -> Option<(&str, &str)> {
    let i = s.bytes().rposition(|b| b == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// `parts` joined by `sep` (one small loop for the three joins, instead of core's generic one).
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retain_keeps_order_and_head_cuts_at_chars() {
        let mut v = vec![1, 2, 3, 4, 5, 6, 7];
        retain(&mut v, &mut |x| x % 2 == 0);
        assert_eq!(v, [2, 4, 6]);
        retain(&mut v, &mut |_| false);
        assert!(v.is_empty());
        assert_eq!(head("登录失败abc", 3), "登录失");
        assert_eq!(head("😀ab", 1), "😀");
        assert_eq!(head("ab", 40), "ab");
    }

    #[test]
    fn both_decoders_read_every_char_as_the_standard_library_does() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(decode(b, 0, b[0]), (c, b.len()), "{c:?}");
            assert_eq!(decode_fast(b, 0, b[0]), (c, b.len()), "{c:?}");
        }
    }

    #[test]
    fn trim_agrees_with_the_standard_trim() {
        for s in ["", "a", "ab", " a ", "\ta\n", "\u{3000}工单\u{3000}", "a ", " a", "工单", "x\u{a0}"] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let t = "a😀电话b";
        let m = Utf16Map::new(t);
        assert_eq!(m.at(0), 0);
        assert_eq!(m.at(1), 1);
        assert_eq!(m.at(5), 3); // after the emoji: 1 + 2 units
        assert_eq!(m.at(t.len()), 6);
        let mut v = vec![t.len(), 1, 5, 3, 99];
        m.convert_sorted(&mut v);
        assert_eq!(v, vec![6, 1, 3, 1, 6]); // 3 is inside the emoji: rounded down to its start
    }

    #[test]
    fn utf16_offsets_agree_with_the_standard_library_at_every_char() {
        let t = "ab😀电话cd\u{7f}\u{80}é\u{7ff}\u{800}ｘ\u{ffff}\u{10000}\u{10ffff}订单 order 12345 😀😀😀 终";
        let m = Utf16Map::new(t);
        for (b, _) in t.char_indices().chain([(t.len(), ' ')]) {
            assert_eq!(m.at(b), t[..b].encode_utf16().count(), "at byte {b}");
        }
    }

    #[test]
    fn char_counts_and_joins() {
        for t in ["", "a", "a😀电话b", "é\u{0}ｘ"] {
            assert_eq!(char_len(t), t.chars().count(), "{t}");
        }
        assert_eq!(join(&["a", "电", ""], ", "), "a, 电, ");
        assert_eq!(join::<&str>(&[], "-"), "");
        assert_eq!(split_last("a=b=2", b'='), Some(("a=b", "2")));
        assert_eq!(split_last("电话 123", b' '), Some(("电话", "123")));
        assert_eq!(split_last("abc", b'='), None);
    }

    #[test]
    fn shared_sort_is_stable_and_complete() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (2, 'f')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, vec![(0, 'd'), (1, 'b'), (1, 'e'), (2, 'f'), (3, 'a'), (3, 'c')]);
        // Scrambled, sorted with ties, descending and sawtooth.
        let keys: [fn(usize, usize) -> u32; 4] =
            [|i, _| (i as u32 * 7919) % 13, |i, _| i as u32 / 3, |i, n| (n - i) as u32 / 2, |i, _| i as u32 % 50];
        for n in [0, 1, 2, 15, 16, 17, 33, 200, 1000] {
            for (k, key) in keys.iter().enumerate() {
                let mut w: Vec<(u32, usize)> = (0..n).map(|i| (key(i, n), i)).collect();
                let mut expected = w.clone();
                expected.sort_by_key(|x| x.0); // std's stable sort as the reference
                sort_by_key(&mut w, |x| x.0);
                assert_eq!(w, expected, "n = {n}, keys {k}");
            }
        }
    }

    #[test]
    fn placeholders_in_order() {
        assert_eq!(placeholders("{a} x {b}{c} {unclosed").collect::<Vec<_>>(), vec!["a", "b", "c"]);
        assert_eq!(placeholders("none").count(), 0);
    }

    #[test]
    fn fill_is_one_pass() {
        let v = [("a", "1"), ("b", "{a}")];
        assert_eq!(fill("{a}+{b}={c} {a", &v), "1+{a}={c} {a");
        assert_eq!(fill("今天 {a} 前", &v), "今天 1 前");
        assert_eq!(fill("", &v), "");
    }

    #[test]
    fn find_all_agrees_with_std() {
        for (s, p) in [("abcabcab", "ab"), ("aaaa", "aa"), ("左右左右", "左"), ("x", "xy"), ("", "a"), ("ab", "")] {
            let ours: Vec<usize> = find_all(s, p).collect();
            let std: Vec<usize> = if p.is_empty() { vec![] } else { s.match_indices(p).map(|m| m.0).collect() };
            assert_eq!(ours, std, "{s} / {p}");
        }
        // Every string of up to 7 chars over a small alphabet with shared lead bytes, against
        // every pattern of up to 3 chars.
        let alphabet = ['a', '左', '右', '在'];
        let word = |mut n: usize, len: usize| -> String {
            (0..len).map(|_| { let c = alphabet[n % 4]; n /= 4; c }).collect()
        };
        for len in 0..=7 {
            for n in 0..4usize.pow(len as u32) {
                let s = word(n, len);
                for plen in 1..=3 {
                    for m in 0..4usize.pow(plen as u32) {
                        let p = word(m, plen);
                        let ours: Vec<usize> = find_all(&s, &p).collect();
                        assert_eq!(ours, s.match_indices(p.as_str()).map(|x| x.0).collect::<Vec<_>>(), "{s} / {p}");
                    }
                }
            }
        }
    }

    #[test]
    fn cat_concatenates_like_format() {
        let key = "limits";
        assert_eq!(cat!(key, " = ", 42u32, ' ', -7i64, " ", Pad(5, 2), ":", Pad(123, 2), " ", Pad(0, 4)), "limits = 42 -7 05:123 0000");
        assert_eq!(cat!(String::from("a"), &String::from("b"), usize::MAX), format!("ab{}", usize::MAX));
    }

    #[test]
    fn width_folding() {
        assert_eq!(fold_width('１'), '1');
        assert_eq!(fold_width('（'), '(');
        assert_eq!(fold_width('\u{2019}'), '\'');
        assert_eq!(digit('９'), Some(9));
        assert_eq!(digit('x'), None);
    }
}
