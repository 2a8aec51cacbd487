//! The text tables' form inside the `.wasm`. UTF-8 spends three bytes on every CJK ideograph and
//! gzip does not win them back; packed, the lexicon and cue tables gzip ~1.5 KB smaller, which is
//! a tenth of what the size budget leaves for them. Packing runs at compile time (`const fn`),
//! so the UTF-8 originals stay readable in the source and never reach the `.wasm`; each table
//! is unpacked once, when first needed. The shipped `.wasm` then squeezes the packed tables
//! (`crate::squeeze`): another ~2.5 KB.
//!
//! The code: ASCII is itself, but for capitals; one of the [`ONE_BYTE`] most frequent ideographs
//! of a reference text is one byte (`0xD2 + rank`, then the control codes `0x01 + rank − 45`,
//! which the tables never contain, then the capitals `A + rank − 73`, which only a few labels
//! use); any other ideograph of U+4E00–U+9FFF is `0x80 + hi`, `lo` of its offset from U+4E00;
//! any other char, a capital included, is `0xFF` and three bytes of its code point.
//!
//! Terms of a `|`-list are front-coded: a term that starts with the first `k` chars of the term
//! before it (the lists are sorted, so neighbours share prefixes) is written as marker `k` in
//! place of the `|`, then only the rest of it. gzip finds most of those prefixes itself, but a
//! back-reference costs it two or three bytes where a marker costs one: ~0.6 KB.

use crate::prelude::*;

/// How many ideographs get one byte: the 45 lead bytes `0xD2..0xFF` that two-byte ideographs
/// (`0x80..=0xD1`) and the escape (`0xFF`) leave free, the 28 control codes `0x01..=0x1C` (the
/// tables' separators are `0x1D..=0x1F`) and the 26 capitals: ~0.5 KB fewer raw, escaping the
/// 61 capitals of the labels and messages included.
pub const ONE_BYTE: usize = CONTROL + 26;
/// One-byte codes at `0xD2..0xFF`.
const HIGH: usize = 45;
/// … and at `0x01..=0x1C`.
const CONTROL: usize = HIGH + 28;

const CJK: u32 = 0x4E00;
const CJK_COUNT: usize = 0x5200;

/// The [`ONE_BYTE`] most frequent ideographs of `s`, most frequent first (ties to the lower
/// code point).
pub const fn frequent(s: &str) -> [u32; ONE_BYTE] {
    let b = s.as_bytes();
    let mut counts = [0u32; CJK_COUNT];
    let mut i = 0;
    while i < b.len() {
        let (c, w) = decode(b, i);
        i += w;
        if is_cjk(c) {
            counts[(c - CJK) as usize] += 1;
        }
    }
    // One pass, keeping the best so far sorted.
    let (mut top, mut n) = ([0u32; ONE_BYTE], [0u32; ONE_BYTE]);
    let mut j = 0;
    while j < CJK_COUNT {
        let mut k = ONE_BYTE;
        while k > 0 && counts[j] > n[k - 1] {
            if k < ONE_BYTE {
                (top[k], n[k]) = (top[k - 1], n[k - 1]);
            }
            k -= 1;
        }
        if k < ONE_BYTE {
            (top[k], n[k]) = (CJK + j as u32, counts[j]);
        }
        j += 1;
    }
    top
}

/// Each ideograph's rank among the frequent ones ([`ONE_BYTE`] when not among them): looked
/// up, not searched, for every char packed at compile time.
pub struct Ranks([u8; CJK_COUNT]);

impl Ranks {
    pub const fn new(top: &[u32; ONE_BYTE]) -> Ranks {
        let mut r = [ONE_BYTE as u8; CJK_COUNT];
        let mut k = 0;
        while k < ONE_BYTE {
            // A text with fewer distinct ideographs leaves zeros at the end.
            if is_cjk(top[k]) {
                r[(top[k] - CJK) as usize] = k as u8;
            }
            k += 1;
        }
        Ranks(r)
    }

    const fn of(&self, c: u32) -> usize {
        if is_cjk(c) { self.0[(c - CJK) as usize] as usize } else { ONE_BYTE }
    }
}

const fn is_cjk(c: u32) -> bool {
    c >= CJK && c < CJK + CJK_COUNT as u32
}

/// Front-coding markers: `MARKERS[k - 1]` stands for `|` and the first `k` chars of the term
/// before it. No table holds these chars (`pack` checks).
const MARKERS: &[u8; 11] = b"#$<=>@[]^`~";

/// Chars that end a term: a list's separators, a weight's colon, the table separators.
const fn ends_term(c: u32) -> bool {
    matches!(c, 0x7C | 0x3A | 0x3B | 0x1D..=0x1F)
}

/// How many chars (at most `MARKERS.len()`) the term after the `|` at byte `bar` shares with the
/// term `b[start..bar]`.
const fn shared(b: &[u8], start: usize, bar: usize) -> usize {
    let (mut i, mut j, mut k) = (start, bar + 1, 0);
    while i < bar && j < b.len() && k < MARKERS.len() {
        let ((c, w), (d, _)) = (decode(b, i), decode(b, j));
        if c != d || ends_term(d) {
            break;
        }
        (i, j, k) = (i + w, j + w, k + 1);
    }
    k
}

/// Packs `s` into `out` (when it is long enough) and returns the packed length.
const fn pack_into(s: &str, ranks: &Ranks, out: &mut [u8]) -> usize {
    let b = s.as_bytes();
    let (mut i, mut o, mut start) = (0, 0, 0);
    while i < b.len() {
        let (c, w) = decode(b, i);
        assert!(c == 0 || c >= 0x1D, "pack: control codes 0x01..=0x1C are one-byte ideographs");
        let mut m = 0;
        while m < MARKERS.len() {
            assert!(c != MARKERS[m] as u32, "pack: a table holds a front-coding marker");
            m += 1;
        }
        let k = if c == 0x7C { shared(b, start, i) } else { 0 };
        let rank = ranks.of(c);
        i += w;
        if ends_term(c) {
            start = i;
        }
        let mut put = [0u8; 4];
        let n = if k > 0 {
            put[0] = MARKERS[k - 1];
            let mut skip = 0;
            while skip < k {
                i += decode(b, i).1;
                skip += 1;
            }
            1
        } else if c < 0x80 && !(c as u8).is_ascii_uppercase() {
            put[0] = c as u8;
            1
        } else if rank < HIGH {
            put[0] = 0xD2 + rank as u8;
            1
        } else if rank < CONTROL {
            put[0] = 0x01 + (rank - HIGH) as u8;
            1
        } else if rank < ONE_BYTE {
            put[0] = b'A' + (rank - CONTROL) as u8;
            1
        } else if is_cjk(c) {
            put = [0x80 + ((c - CJK) >> 8) as u8, (c - CJK) as u8, 0, 0];
            2
        } else {
            put = [0xFF, (c >> 16) as u8, (c >> 8) as u8, c as u8];
            4
        };
        let mut q = 0;
        while q < n {
            if o + q < out.len() {
                out[o + q] = put[q];
            }
            q += 1;
        }
        o += n;
    }
    o
}

/// `s` packed; `N` must be [`packed_len`]`(s, ranks)`.
#[cfg(test)]
const fn pack<const N: usize>(s: &str, ranks: &Ranks) -> [u8; N] {
    let mut out = [0u8; N];
    assert!(pack_into(s, ranks, &mut out) == N, "pack: N must be packed_len(s)");
    out
}

/// The length of `s` packed.
const fn packed_len(s: &str, ranks: &Ranks) -> usize {
    pack_into(s, ranks, &mut [])
}

/// The code point at byte `i` of valid UTF-8 and its length.
const fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let b0 = b[i] as u32;
    let w = match b0 {
        0..0x80 => return (b0, 1),
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    };
    let mut c = b0 & (0x7F >> w);
    let mut k = 1;
    while k < w {
        c = (c << 6) | (b[i + k] & 0x3F) as u32;
        k += 1;
    }
    (c, w)
}

/// The one-byte ideographs of the crate's packed tables: the lexicon's most frequent.
#[allow(long_running_const_eval)]
const TOP: [u32; ONE_BYTE] = frequent(crate::classify::taxonomy::TAXONOMY);
const RANKS: Ranks = Ranks::new(&TOP);

/// Packed length of each text.
const fn lengths<const K: usize>(texts: &[&str; K]) -> [usize; K] {
    let mut n = [0; K];
    let mut k = 0;
    while k < K {
        n[k] = packed_len(texts[k], &RANKS);
        k += 1;
    }
    n
}

const fn sum(n: &[usize]) -> usize {
    let (mut s, mut k) = (0, 0);
    while k < n.len() {
        s += n[k];
        k += 1;
    }
    s
}

/// `texts` packed, one after the other.
const fn pack_all<const N: usize>(texts: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut at, mut k) = (0, 0);
    while k < texts.len() {
        at += pack_into(texts[k], &RANKS, out.split_at_mut(at).1);
        k += 1;
    }
    out
}

use crate::classify::taxonomy::PACKED;
#[allow(long_running_const_eval)]
const LENGTHS: [usize; PACKED.len()] = lengths(&PACKED);
const TOTAL: usize = sum(&LENGTHS);
#[allow(long_running_const_eval)]
static ALL: [u8; TOTAL] = pack_all(&PACKED);

/// The packed tables as the `.wasm` holds them (see `crate::squeeze`); host builds, which
/// run the tests, keep them as they are and skip the ~20 s of compile-time coding.
#[cfg(feature = "tiny")]
pub(crate) mod held {
    #![allow(long_running_const_eval)]
    use super::*;
    const LAST: ([u8; TOTAL], usize) = crate::squeeze::bwt(&ALL);
    /// Coded in eight runs (see `Encoder`).
    const PART: usize = TOTAL / 8 + 1;
    const CODED: ([u8; TOTAL], usize) = {
        use crate::squeeze::Encoder;
        const E1: Encoder<TOTAL> = Encoder::new().run(&LAST.0, 0, PART);
        const E2: Encoder<TOTAL> = E1.run(&LAST.0, PART, 2 * PART);
        const E3: Encoder<TOTAL> = E2.run(&LAST.0, 2 * PART, 3 * PART);
        const E4: Encoder<TOTAL> = E3.run(&LAST.0, 3 * PART, 4 * PART);
        const E5: Encoder<TOTAL> = E4.run(&LAST.0, 4 * PART, 5 * PART);
        const E6: Encoder<TOTAL> = E5.run(&LAST.0, 5 * PART, 6 * PART);
        const E7: Encoder<TOTAL> = E6.run(&LAST.0, 6 * PART, 7 * PART);
        E7.run(&LAST.0, 7 * PART, TOTAL).finish()
    };
    static SQUEEZED: Last<{ CODED.1 }> = Last(core::cell::UnsafeCell::new(crate::squeeze::prefix(&CODED.0)));

    /// Kept in writable memory only so that the linker places it after every read-only
    /// constant: when the tables grow, no other address moves, and the code's address constants
    /// (and how they compress) stay as they were. Never written.
    struct Last<const N: usize>(core::cell::UnsafeCell<[u8; N]>);

    // SAFETY: never written after initialisation; shared reads only.
    unsafe impl<const N: usize> Sync for Last<N> {}

    impl<const N: usize> core::ops::Deref for Last<N> {
        type Target = [u8];
        fn deref(&self) -> &[u8] {
            // SAFETY: nothing ever writes through the cell.
            unsafe { &*self.0.get() }
        }
    }

    static TABLES: crate::text::Once<Vec<u8>> = crate::text::Once::new();

    pub fn all() -> &'static [u8] {
        TABLES.get_or_init(|| crate::squeeze::decode(&SQUEEZED, TOTAL, LAST.1))
    }
}

#[cfg(not(feature = "tiny"))]
pub(crate) mod held {
    use super::*;

    pub fn all() -> &'static [u8] {
        &ALL
    }
}

/// Table `k` of [`PACKED`], as text again.
pub fn unpacked(k: usize) -> String {
    let start = sum(LENGTHS.get(..k).unwrap_or(&[]));
    unpack(held::all().get(start..start + LENGTHS.get(k).copied().unwrap_or(0)).unwrap_or(&[]), &TOP)
}

/// The text `b` packs, with the `top` it was packed with.
fn unpack(b: &[u8], top: &[u32; ONE_BYTE]) -> String {
    let mut out = String::with_capacity(b.len() * 2);
    let at = |k: usize| u32::from(b.get(k).copied().unwrap_or(0));
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        let x = at(i);
        i += 1;
        if let Some(k) = MARKERS.iter().position(|&m| u32::from(m) == x) {
            // `|`, then the first k + 1 chars of the term before it, read in one pass.
            let mut prefix = ['\u{FFFD}'; MARKERS.len()];
            for (slot, c) in prefix.iter_mut().zip(out.get(start..).unwrap_or("").chars()) {
                *slot = c;
            }
            start = out.len() + 1;
            out.push('|');
            out.extend(prefix.iter().take(k + 1));
            continue;
        }
        let (c, w) = match x {
            0x01..0x1D => (top.get(HIGH + x as usize - 0x01).copied().unwrap_or(0), 1),
            0x41..0x5B => (top.get(CONTROL + x as usize - 0x41).copied().unwrap_or(0), 1),
            0..0x80 => (x, 1),
            0xFF => ((at(i) << 16) | (at(i + 1) << 8) | at(i + 2), 4),
            0xD2.. => (top.get(x as usize - 0xD2).copied().unwrap_or(0), 1),
            _ => (CJK + ((x - 0x80) << 8 | at(i)), 2),
        };
        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
        i += w - 1;
        if ends_term(c) {
            start = out.len();
        }
    }
    out
}

/// Length of `parts` joined by [`join`].
pub const fn joined_len(parts: &[&str]) -> usize {
    let (mut n, mut k) = (0, 0);
    while k < parts.len() {
        n += parts[k].len() + 1;
        k += 1;
    }
    n
}

/// `parts`, each followed by U+001D (which no table contains), as one text for [`packed!`].
pub const fn join<const N: usize>(parts: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut at, mut k) = (0, 0);
    while k < parts.len() {
        let b = parts[k].as_bytes();
        let mut i = 0;
        while i < b.len() {
            out[at] = b[i];
            at += 1;
            i += 1;
        }
        out[at] = 0x1D;
        at += 1;
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of char, and more distinct ideographs than get one byte.
    const SAMPLE: &str = "登录登录登失败 → 「退款」，（a）𝄞 😀 login 龥\u{1e}天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制文字乃服衣裳推位让国有虞陶唐吊民伐罪周发殷汤 OK";
    const TOP: [u32; ONE_BYTE] = frequent(SAMPLE);
    const RANKS: Ranks = Ranks::new(&TOP);
    const SAMPLE_PACKED: [u8; packed_len(SAMPLE, &RANKS)] = pack(SAMPLE, &RANKS);

    /// What the `tiny` build does at compile time, here at run time: the crate's tables
    /// squeezed, smaller than gzip's ~37 KB, and back.
    #[test]
    fn the_tables_squeeze_and_come_back() {
        let worker = std::thread::Builder::new().stack_size(64 << 20).spawn(|| {
            let (last, row) = crate::squeeze::bwt(&ALL);
            let (coded, len) = crate::squeeze::Encoder::<TOTAL>::new().run(&last, 0, TOTAL).finish();
            assert!(len < 35_000, "{len} B");
            crate::squeeze::decode(&coded[..len], TOTAL, row) == ALL
        });
        assert!(worker.map(|w| w.join().unwrap_or(false)).unwrap_or(false));
    }

    #[test]
    fn list_terms_are_front_coded() {
        const LIST: &str = "3:登录失败|登录页面|登陆|login fail*|login page;2:x|xy\u{1e}a|ab";
        const LIST_PACKED: [u8; packed_len(LIST, &RANKS)] = pack(LIST, &RANKS);
        assert_eq!(unpack(&LIST_PACKED, &TOP), LIST);
        // 登录页面 repeats two chars of 登录失败 (`$`), 登陆 one (`#`), `login fail*` none (`|`),
        // `login page` six (`@`); the first term after `:`, `;` or a row end is written whole.
        let seps: Vec<u8> = LIST_PACKED.iter().copied().filter(|b| *b == b'|' || MARKERS.contains(b)).collect();
        assert_eq!(seps, b"$#|@##");
    }

    #[test]
    fn packing_round_trips_every_kind_of_char() {
        assert_eq!(TOP[..2], ['登' as u32, '录' as u32], "the most frequent first");
        assert_eq!(unpack(&SAMPLE_PACKED, &TOP), SAMPLE);
        assert_eq!(SAMPLE_PACKED[..5], [0xD2, 0xD3, 0xD2, 0xD3, 0xD2], "frequent ideographs take one byte");
        // 龥 (U+9FA5) is seen once, and ties go to lower code points: two bytes.
        let at = SAMPLE_PACKED.iter().position(|&b| b == b'n').unwrap_or(0) + 2;
        assert_eq!(SAMPLE_PACKED[at..at + 2], [0xD1, 0xA5]);
        assert!(SAMPLE_PACKED.iter().any(|b| (0x01..0x1D).contains(b)), "the control codes in use too");
        assert!(SAMPLE_PACKED.windows(4).any(|w| w == [0xFF, 0x00, 0x21, 0x92]), "→ escaped with its code point");
        assert!(SAMPLE_PACKED.windows(4).any(|w| w == [0xFF, 0x00, 0x00, b'O']), "a capital is escaped");
        assert!(SAMPLE_PACKED.iter().any(|b| b.is_ascii_uppercase()), "capitals in use as one-byte ideographs");
        assert!(SAMPLE_PACKED.len() < SAMPLE.len() * 2 / 3);
        // Fewer distinct ideographs than one-byte codes: the rest of the table stays unused.
        const FEW: [u32; ONE_BYTE] = frequent("好好的");
        const FEW_RANKS: Ranks = Ranks::new(&FEW);
        const FEW_PACKED: [u8; packed_len("好好的", &FEW_RANKS)] = pack("好好的", &FEW_RANKS);
        assert_eq!(FEW_PACKED[..], [0xD2, 0xD2, 0xD3]);
        assert_eq!(unpack(&FEW_PACKED, &FEW), "好好的");
    }
}
