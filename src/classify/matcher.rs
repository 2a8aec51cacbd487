//! Text folding and a char-level Aho–Corasick automaton over the folded text. No segmenter:
//! Chinese terms match anywhere, English terms only at word boundaries. The automaton is
//! built once per `Classifier`; a scan is one pass with no allocation besides the hit list.

use crate::prelude::*;

use crate::text::{decode_fast, fold_width};

/// Folded text (lower-case bytes, valid UTF-8) plus what the same pass finds on the way: the
/// folded offsets of clause breaks, the longest runs of `!` and `?`, whether the text shouts,
/// and the points where folded and original offsets stop moving in step (a full-width char or
/// curly quote folds to one byte, the apostrophe of `n't` to none), so the common text carries no per-byte offset map.
pub struct Folded {
    pub text: Vec<u8>,
    pub breaks: Vec<usize>,
    pub bangs: usize,
    pub asks: usize,
    pub shouting: bool,
    /// (folded offset, original offset) after each char whose folded length differs.
    shifts: Vec<(usize, usize)>,
    /// Spaces between CJK chars, where many type a comma on a phone: they end a negation's
    /// scope (没买过 这是被盗号了) but not a clause (splitting there lost as many tickets as
    /// it won).
    pub spaces: Vec<usize>,
}

impl Folded {
    /// Byte offset in the original text of folded offset `pos` (a char boundary).
    pub fn orig(&self, pos: usize) -> usize {
        let i = self.shifts.partition_point(|s| s.0 <= pos);
        match i.checked_sub(1).and_then(|i| self.shifts.get(i)) {
            Some(&(f, o)) => o + (pos - f),
            None => pos,
        }
    }
}

/// Runs of `!`/`?` and English words (runs of ASCII letters in the original text) as `fold`
/// meets them. Shouting: at least two all-caps words of 2+ letters, 10+ capitals in them, and
/// they make up at least half of the words; or three all-caps words in a row with 12+ capitals
/// (`… PLEASE FIX THIS today.` inside a longer calm text).
#[derive(Default)]
struct Tally {
    bang: usize,
    ask: usize,
    max_bang: usize,
    max_ask: usize,
    word: usize,
    upper: usize,
    words: usize,
    caps: usize,
    caps_letters: usize,
    /// Capitalised words in a row (one-letter words like `I` neither count nor break it).
    run: (usize, usize),
    loud_run: bool,
}

impl Tally {
    /// `orig`: the original byte when the char was ASCII (0 otherwise); `folded`: its first folded byte.
    #[inline(always)]
    fn step(&mut self, orig: u8, folded: u8) {
        self.bang = if folded == b'!' { self.bang + 1 } else { 0 };
        self.ask = if folded == b'?' { self.ask + 1 } else { 0 };
        self.max_bang = self.max_bang.max(self.bang);
        self.max_ask = self.max_ask.max(self.ask);
        if orig.is_ascii_alphabetic() {
            self.word += 1;
            self.upper += usize::from(orig.is_ascii_uppercase());
        } else {
            self.end_word();
        }
    }

    fn end_word(&mut self) {
        if self.word > 0 {
            self.words += 1;
            if self.word >= 2 && self.upper == self.word {
                self.caps += 1;
                self.caps_letters += self.word;
                self.run = (self.run.0 + 1, self.run.1 + self.word);
                self.loud_run |= self.run.0 >= 3 && self.run.1 >= 12;
            } else if self.word >= 2 {
                self.run = (0, 0);
            }
        }
        (self.word, self.upper) = (0, 0);
    }
}

const CJK_FIRST: u32 = 0x4E00;
const CJK_LAST: u32 = 0x9FFF;

/// Traditional → Simplified pairs, sorted, plus a bitmap over the CJK block so the common
/// case (a char with no mapping) costs one bit test.
#[derive(Clone, Default)]
pub struct TradMap {
    pairs: Vec<(char, char)>,
    bits: Vec<u64>,
}

pub fn trad_map(pairs: &str) -> TradMap {
    let chars: Vec<char> = pairs.chars().collect();
    // Sorted by the traditional char in the table (a test checks it), so no sort here.
    let map: Vec<(char, char)> = chars.chunks_exact(2).map(|p| (p[0], p[1])).collect();
    let mut bits = vec![0u64; ((CJK_LAST - CJK_FIRST) / 64 + 1) as usize];
    for &(t, _) in &map {
        if let Some(w) = (t as u32)
            .checked_sub(CJK_FIRST)
            .and_then(|i| bits.get_mut((i / 64) as usize).map(|w| (w, i)))
        {
            *w.0 |= 1 << (w.1 % 64);
        }
    }
    TradMap { pairs: map, bits }
}

/// Full-width → ASCII, ASCII lower case, curly apostrophes → `'` (`fold` drops the one of `n't`),
/// Traditional → Simplified.
#[inline]
pub fn fold_char(c: char, trad: &TradMap) -> char {
    let c = fold_width(c);
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        // A prime written for an apostrophe; the curly ones `fold_width` has folded.
        '\u{2032}' => '\'',
        '\u{4E00}'..='\u{9FFF}' => {
            let i = c as u32 - CJK_FIRST;
            if trad
                .bits
                .get((i / 64) as usize)
                .is_none_or(|w| w & (1 << (i % 64)) == 0)
            {
                return c;
            }
            match trad.pairs.binary_search_by_key(&c, |p| p.0) {
                Ok(i) => trad.pairs.get(i).map_or(c, |p| p.1),
                Err(_) => c,
            }
        }
        _ => c,
    }
}

/// Clause breaks: ASCII punctuation (full-width is folded first), CJK full stop/comma, ellipsis.
#[inline(always)]
fn is_break(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | '!'
            | '?'
            | ';'
            | ':'
            | '\n'
            | '\r'
            | '\u{3002}'
            | '\u{3001}'
            | '\u{2026}'
            | '~'
    )
}

/// One pass over the text; ASCII bytes take a fast path (no char decoding). Folding never
/// lengthens a char, so every byte is written by index into a buffer of the text's length (no
/// per-char append), cut to length at the end.
pub fn fold(text: &str, trad: &TradMap) -> Folded {
    let bytes = text.as_bytes();
    let mut out = vec![0u8; bytes.len()];
    let mut breaks = Vec::with_capacity(16);
    let mut shifts = Vec::with_capacity(16);
    let mut spaces = Vec::new();
    let mut t = Tally::default();
    let (mut i, mut w) = (0usize, 0usize);
    // A run of marks (`！！！`, `...`, `？！`) is one break; `run_end` is where the last mark ended.
    let mut run_end = usize::MAX;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 && b != b'\'' {
            // A space between a non-ASCII char and a CJK one (U+3000 up) is how many type a
            // comma on a phone.
            let cjk_space = b == b' '
                && w.checked_sub(1).and_then(|p| out.get(p)).is_some_and(|&p| p >= 0x80)
                && bytes.get(i + 1).is_some_and(|&n| n >= 0xE3);
            if cjk_space {
                spaces.push(w);
            }
            if is_break(b as char) {
                if w != run_end {
                    breaks.push(w);
                }
                run_end = w + 1;
            }
            let l = b.to_ascii_lowercase();
            t.step(b, l);
            if let Some(o) = out.get_mut(w) {
                *o = l;
            }
            (i, w) = (i + 1, w + 1);
            continue;
        }
        let (c, n) = if b < 0x80 { (char::from(b), 1) } else { decode_fast(bytes, i, b) };
        let f = fold_char(c, trad);
        let broke = is_break(f);
        if broke && w != run_end {
            breaks.push(w);
        }
        // Unchanged chars (nearly all of them) are copied as they are, not re-encoded; the
        // apostrophe of `n't` folds to nothing, so "wont" and "won't" read alike (a possessive
        // keeps its own: "department's" still ends the word "department").
        let mut enc = [0u8; 4];
        let f_bytes = match f {
            '\'' if bytes.get(i + n).is_some_and(|b| b.eq_ignore_ascii_case(&b't')) => &[][..],
            _ if f == c => bytes.get(i..i + n).unwrap_or_default(),
            _ => f.encode_utf8(&mut enc).as_bytes(),
        };
        t.step(0, f_bytes.first().copied().unwrap_or(0));
        for &x in f_bytes {
            if let Some(o) = out.get_mut(w) {
                *o = x;
            }
            w += 1;
        }
        i += n;
        if broke {
            run_end = w;
        }
        if f_bytes.len() != n {
            shifts.push((w, i));
        }
    }
    t.end_word();
    out.truncate(w);
    Folded {
        text: out,
        breaks,
        bangs: t.max_bang,
        asks: t.max_ask,
        shouting: t.loud_run || (t.caps >= 2 && t.caps_letters >= 10 && t.caps * 2 >= t.words),
        shifts,
        spaces,
    }
}

/// Folds a lexicon term (no offset map needed).
pub fn fold_term(term: &str, trad: &TradMap) -> String {
    let mut out = String::with_capacity(term.len());
    for c in term.trim().chars() {
        let c = fold_char(c, trad);
        // "can't" → "cant": an apostrophe before `t` is dropped.
        if c == 't' && out.ends_with('\'') {
            out.pop();
        }
        out.push(c);
    }
    out
}

#[derive(Clone, Copy)]
struct Pat {
    len: u32,
    stem: bool,
    left_word: bool,
    right_word: bool,
}

/// Aho–Corasick over chars: each char of the lexicon is a symbol (about a thousand), so a CJK
/// char is one step instead of three and the states are fewer and smaller. A char no term
/// contains sends the scan back to the root at once. The root is a dense row; every other state
/// is one run in `nodes` — `[fail, n_edges, n_outs, (symbol, target) × n_edges, pattern × n_outs]`,
/// states named by their offset — so a step reads one place (most states have one edge), and
/// the output lists are already merged along fail links.
#[derive(Clone)]
pub struct Automaton {
    /// Symbol of each char up to the largest one in a term (0: in no term).
    sym: Vec<u32>,
    root: Vec<u32>,
    nodes: Vec<u32>,
    pats: Vec<Pat>,
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

impl Automaton {
    /// `patterns`: folded, non-empty terms and their stem flag; pattern ids are their indexes.
    pub fn new(patterns: &[(String, bool)]) -> Automaton {
        // Symbols in order of first appearance.
        let top = patterns.iter().flat_map(|p| p.0.chars()).max().map_or(0, |c| c as usize + 1);
        let mut sym = vec![0u32; top];
        let mut n_sym = 0;
        for c in patterns.iter().flat_map(|p| p.0.chars()) {
            if let Some(x) = sym.get_mut(c as usize).filter(|x| **x == 0) {
                n_sym += 1;
                *x = n_sym;
            }
        }
        let mut ac = Automaton {
            sym,
            root: vec![0u32; n_sym as usize + 1],
            nodes: Vec::new(),
            pats: Vec::with_capacity(patterns.len()),
        };
        let mut kids: Vec<Vec<(u32, u32)>> = vec![Vec::new()];
        let mut own: Vec<Vec<u32>> = vec![Vec::new()];
        for (id, (p, stem)) in patterns.iter().enumerate() {
            let mut s = 0usize;
            for c in p.chars() {
                let c = ac.symbol(u32::from(c));
                let next = kids[s].iter().find(|e| e.0 == c).map(|e| e.1 as usize);
                s = match next {
                    Some(n) => n,
                    None => {
                        let n = kids.len();
                        kids.push(Vec::new());
                        own.push(Vec::new());
                        kids[s].push((c, n as u32));
                        n
                    }
                };
            }
            own[s].push(id as u32);
            let b = p.as_bytes();
            ac.pats.push(Pat {
                len: b.len() as u32,
                stem: *stem,
                left_word: b.first().is_some_and(|&c| is_word(c)),
                right_word: b.last().is_some_and(|&c| is_word(c)),
            });
        }
        let n = kids.len();
        let mut fail = vec![0u32; n];
        // Breadth first, `order` serving as its own queue: `next` is the head.
        let mut order: Vec<usize> = kids[0].iter().map(|&(_, v)| v as usize).collect();
        let mut next = 0;
        while let Some(&u) = order.get(next) {
            next += 1;
            for &(c, v) in &kids[u] {
                let mut f = fail[u] as usize;
                let target = loop {
                    if let Some(e) = kids[f].iter().find(|e| e.0 == c) {
                        break e.1;
                    }
                    if f == 0 {
                        break 0;
                    }
                    f = fail[f] as usize;
                };
                fail[v as usize] = if target == v { 0 } else { target };
                order.push(v as usize);
            }
        }
        // Merge outputs along fail links in BFS order (a fail target is always shallower).
        for &u in &order {
            let f = fail[u] as usize;
            if f != 0 && !own[f].is_empty() {
                let inherited = own[f].clone();
                own[u].extend(inherited);
            }
        }
        let mut off = Vec::with_capacity(n);
        let mut o = 0;
        for (k, w) in kids.iter().zip(&own) {
            off.push(o as u32);
            o += 3 + 2 * k.len() + w.len();
        }
        let at = |v: u32| off.get(v as usize).copied().unwrap_or(0);
        for &(c, v) in &kids[0] {
            if let Some(x) = ac.root.get_mut(c as usize) {
                *x = at(v);
            }
        }
        ac.nodes.reserve(o);
        for ((k, w), &f) in kids.iter().zip(&own).zip(&fail) {
            ac.nodes.extend_from_slice(&[at(f), k.len() as u32, w.len() as u32]);
            for &(c, v) in k {
                ac.nodes.extend_from_slice(&[c, at(v)]);
            }
            ac.nodes.extend_from_slice(w);
        }
        ac
    }

    /// The symbol of char `c`, 0 when no term contains it.
    #[inline(always)]
    fn symbol(&self, c: u32) -> u32 {
        self.sym.get(c as usize).copied().unwrap_or(0)
    }

    /// The run of `len` entries `skip` after the header of state `s`.
    #[inline(always)]
    fn run(&self, s: usize, skip: usize, len: u32) -> &[u32] {
        self.nodes.get(s + 3 + skip..s + 3 + skip + len as usize).unwrap_or_default()
    }

    #[inline(always)]
    fn child(&self, s: usize, c: u32) -> Option<u32> {
        if s == 0 {
            let v = self.root.get(c as usize).copied().unwrap_or(0);
            return (v != 0).then_some(v);
        }
        let n = self.nodes.get(s + 1).copied().unwrap_or(0);
        self.run(s, 0, 2 * n).chunks_exact(2).find(|e| e.first() == Some(&c)).and_then(|e| e.get(1).copied())
    }

    /// Calls `hit(pattern, start, end)` (folded byte offsets) for every occurrence that passes
    /// the word-boundary rules; stems extend `end` over following ASCII letters.
    pub fn scan(&self, hay: &[u8], mut hit: impl FnMut(u32, usize, usize)) {
        let mut s = 0usize;
        let mut i = 0;
        while let Some(&b) = hay.get(i) {
            let (c, n) = if b < 0x80 { (u32::from(b), 1) } else { let (c, n) = decode_fast(hay, i, b); (u32::from(c), n) };
            i += n;
            let c = self.symbol(c);
            if c == 0 {
                s = 0;
                continue;
            }
            s = loop {
                if let Some(n) = self.child(s, c) {
                    break n as usize;
                }
                if s == 0 {
                    break 0;
                }
                s = self.nodes.get(s).copied().unwrap_or(0) as usize;
            };
            let (Some(&n_edges), Some(&n_outs)) = (self.nodes.get(s + 1), self.nodes.get(s + 2)) else {
                continue;
            };
            let end = i;
            for &p in self.run(s, 2 * n_edges as usize, n_outs) {
                let Some(pat) = self.pats.get(p as usize) else {
                    continue;
                };
                let start = end.saturating_sub(pat.len as usize);
                if pat.left_word && start > 0 && hay.get(start - 1).is_some_and(|&b| is_word(b)) {
                    continue;
                }
                let mut e = end;
                if pat.stem {
                    while hay.get(e).is_some_and(|b| b.is_ascii_alphabetic()) {
                        e += 1;
                    }
                } else if pat.right_word && hay.get(end).is_some_and(|&b| is_word(b)) {
                    continue;
                }
                hit(p, start, e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(words: &[(&str, bool)], text: &str) -> Vec<(u32, usize, usize)> {
        let pats: Vec<(String, bool)> = words.iter().map(|(w, s)| (w.to_string(), *s)).collect();
        let ac = Automaton::new(&pats);
        let f = fold(text, &TradMap::default());
        let mut v = Vec::new();
        ac.scan(&f.text, |p, s, e| v.push((p, s, e)));
        v
    }

    #[test]
    fn finds_overlapping_terms_and_suffixes() {
        let v = hits(
            &[("开不了机", false), ("不了", false), ("机", false)],
            "手机开不了机",
        );
        assert!(v.contains(&(0, 6, 18)));
        assert!(v.contains(&(1, 9, 15)));
        assert_eq!(v.iter().filter(|h| h.0 == 2).count(), 2);
    }

    #[test]
    fn chars_outside_the_lexicon_and_beyond_the_bmp() {
        // 了 is in no term: the scan restarts after it, so 开了机 matches no 开机; 🔥 is a symbol
        // of its own (a four-byte char), and the shorter term inside a longer one still counts.
        // Offsets are folded bytes (the full-width comma folds to one).
        let v = hits(
            &[("开机", false), ("着火🔥", false), ("🔥", false)],
            "开了机，开机着火🔥🔥",
        );
        assert_eq!(v, vec![(0, 10, 16), (1, 16, 26), (2, 22, 26), (2, 26, 30)]);
    }

    #[test]
    fn the_apostrophe_of_nt_folds_away() {
        let trad = TradMap::default();
        let terms = [(fold_term("won't start", &trad), false), (fold_term("department", &trad), false)];
        let ac = Automaton::new(&terms);
        for (text, want) in [
            ("It won't start", (0, 3, 14)),
            ("it wont start", (0, 3, 13)),
            ("It won\u{2019}t start", (0, 3, 16)),
            ("another department's job", (1, 8, 18)),
        ] {
            let f = fold(text, &trad);
            let mut v = Vec::new();
            ac.scan(&f.text, |p, s, e| v.push((p, f.orig(s), f.orig(e))));
            assert_eq!(v, vec![want], "{text}");
        }
    }

    #[test]
    fn english_word_boundaries_and_stems() {
        let v = hits(
            &[("crash", true), ("app", false)],
            "The APP crashed; apple crashes; happy",
        );
        let got: Vec<_> = v.iter().map(|h| (h.0, h.1, h.2)).collect();
        assert_eq!(got, vec![(1, 4, 7), (0, 8, 15), (0, 23, 30)]);
    }

    #[test]
    fn folding_keeps_original_offsets() {
        let f = fold("ＡＰＰ閃退", &trad_map("閃闪"));
        assert_eq!(f.text, "app闪退".as_bytes());
        assert_eq!(f.orig(0), 0);
        assert_eq!(f.orig(3), 9); // 閃 starts after three 3-byte full-width letters
        assert_eq!(f.orig(f.text.len()), "ＡＰＰ閃退".len());
        let g = fold("Ok，「好」", &TradMap::default());
        assert_eq!(g.text, "ok,「好」".as_bytes());
        assert_eq!((g.orig(2), g.orig(3), g.text.len()), (2, 5, 3 + 9));
        assert_eq!(fold_char('\u{2019}', &TradMap::default()), '\'');
        assert_eq!(fold("a，b。", &TradMap::default()).breaks, vec![1, 3]);
        assert_eq!(fold("a！！！b。。c?!", &TradMap::default()).breaks, vec![1, 5, 12]);
    }

    #[test]
    fn trad_table_is_sorted_pairs_of_distinct_chars() {
        let c: Vec<char> = super::super::taxonomy::TRAD_SIMP.chars().collect();
        assert_eq!(c.len() % 2, 0);
        assert!(c.chunks_exact(2).all(|p| p[0] != p[1]));
        assert!(c.chunks_exact(2).zip(c.chunks_exact(2).skip(1)).all(|(a, b)| a[0] < b[0]), "sorted, no repeats");
        assert_eq!(fold_char('麼', &trad_map(super::super::taxonomy::TRAD_SIMP)), '么');
    }

    #[test]
    fn the_fold_pass_counts_runs_and_shouting() {
        let f = fold("快点！！！ok??好", &TradMap::default());
        assert_eq!((f.bangs, f.asks), (3, 2));
        let shout = |t: &str| fold(t, &TradMap::default()).shouting;
        assert!(shout("WHERE IS MY REFUND, I WANT IT NOW"));
        // Capitals need 2+ letters, 10+ in all, and half of the words.
        assert!(!shout("VIP SVIP order"));
        assert!(!shout("The APP and the WEBSITE both fail for me today again"));
        // Full-width letters are not English words here (as before the fold pass counted them).
        assert!(!shout("ＷＨＥＲＥ ＩＳ ＭＹ ＲＥＦＵＮＤ"));
        assert!(shout("退款呢 WHERE IS MY REFUND"));
        // Three capitalised words in a row (12+ letters) inside a calm text; one-letter words do
        // not break a run.
        assert!(shout("You charged my card for a plan I cancelled in March. I WANT MY MONEY BACK. Thanks."));
        assert!(shout("Refund failed again. This is the third time, PLEASE FIX THIS today."));
        assert!(!shout("Refund failed again. Third time now, PLS FIX IT today."));
        assert!(!shout("Please connect it over USB or HDMI to the TV in the living room."));
    }
}
