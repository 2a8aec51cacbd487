//! The packed text tables (`crate::pack`) squeezed further for the shipped `.wasm`: a
//! Burrows–Wheeler transform, move-to-front, and an adaptive binary arithmetic coder of the
//! ranks. gzip takes the packed tables to ~37.4 KB; this takes them to ~33.9 KB, which gzip
//! leaves as it is: the gzipped `.wasm` is ~2.5 KB smaller, decoder included. The lexicon's
//! terms share many contexts (`登录…`, `…不了`, `can't …`); the transform sorts them next to
//! each other, where gzip's matches and Huffman codes see them one at a time.
//!
//! Coding runs at compile time (`const fn`, ~20 s of the `tiny` build, the only one that ships
//! it); decoding once, when the first table is needed: ~5 ms of the first guard's construction
//! in Node.

use crate::prelude::*;

/// A probability's rate falls as its context is seen (`2 / (2n + 3)`), down to this many.
const LIMIT: usize = 30;

/// The coder's contexts: 4 for "rank 0" (after 0–3+ zeros), 7 for the ranks' bit lengths
/// (unary), and each bit length's tree of low bits.
const CONTEXTS: usize = 12 + 9 * 128;

const fn rates() -> [i32; LIMIT + 1] {
    let mut r = [0; LIMIT + 1];
    let mut n = 0;
    while n <= LIMIT {
        r[n] = (2 << 16) / (2 * n as i32 + 3);
        n += 1;
    }
    r
}
const RATES: [i32; LIMIT + 1] = rates();

/// The model and range shared by [`Encoder`] and [`decode`], which must step it alike.
struct Coder {
    /// P(bit = 1) of each context, 16 bits.
    p: [u16; CONTEXTS],
    seen: [u8; CONTEXTS],
    lo: u32,
    hi: u32,
}

impl Coder {
    const fn new() -> Coder {
        Coder { p: [1 << 15; CONTEXTS], seen: [0; CONTEXTS], lo: 0, hi: u32::MAX }
    }

    /// The last value of the range's lower part (a one) under context `c`.
    const fn split(&self, c: usize) -> u32 {
        let q = (self.p[c] >> 4) as u32;
        self.lo + ((self.hi - self.lo) >> 12) * if q == 0 { 1 } else { q }
    }

    /// Narrows the range to `bit`'s part and teaches context `c`.
    const fn learn(&mut self, c: usize, bit: bool, split: u32) {
        if bit {
            self.hi = split;
        } else {
            self.lo = split + 1;
        }
        // Within i32: |target − p| ≤ 2^15 while n = 0 (rate 2/3), and the rate is ≤ 2/5 after.
        let (n, p) = (self.seen[c] as usize, self.p[c] as i32);
        let target = if bit { 0xFFFF } else { 0 };
        self.p[c] = (p + (((target - p) * RATES[n]) >> 16)) as u16;
        if n < LIMIT {
            self.seen[c] += 1;
        }
    }

    /// The range's top byte is the same at both ends: it is coded, and is shifted out.
    const fn settled(&self) -> bool {
        (self.lo ^ self.hi) >> 24 == 0
    }

    const fn shift(&mut self) {
        self.lo <<= 8;
        self.hi = (self.hi << 8) | 0xFF;
    }
}

/// Each count replaced by the sum of those before it: where its group starts in sorted order.
const fn starts(counts: &mut [u32]) {
    let (mut sum, mut c) = (0, 0);
    while c < counts.len() {
        (counts[c], sum) = (sum, sum + counts[c]);
        c += 1;
    }
}

/// The Burrows–Wheeler transform of `d`: the last bytes of its rotations in sorted order
/// (prefix doubling with counting sorts), and the row of `d` itself.
pub const fn bwt<const N: usize>(d: &[u8; N]) -> ([u8; N], usize) {
    let (mut sa, mut rank, mut tmp) = ([0u32; N], [0u32; N], [0u32; N]);
    let mut count = [0u32; N];
    let mut bytes = [0u32; 256];
    let mut i = 0;
    while i < N {
        bytes[d[i] as usize] += 1;
        i += 1;
    }
    starts(&mut bytes);
    i = 0;
    while i < N {
        let c = d[i] as usize;
        sa[bytes[c] as usize] = i as u32;
        bytes[c] += 1;
        i += 1;
    }
    let mut classes = 0;
    i = 0;
    while i < N {
        if i > 0 && d[sa[i] as usize] != d[sa[i - 1] as usize] {
            classes += 1;
        }
        rank[sa[i] as usize] = classes;
        i += 1;
    }
    classes += 1;
    // Sorted by their first k bytes; sort by 2k: by the rank of the k bytes after as the
    // order already is, then stably by their own rank.
    let mut k = 1;
    while k < N && (classes as usize) < N {
        i = 0;
        while i < N {
            tmp[i] = ((sa[i] as usize + N - k) % N) as u32;
            count[i] = 0;
            i += 1;
        }
        i = 0;
        while i < N {
            count[rank[tmp[i] as usize] as usize] += 1;
            i += 1;
        }
        starts(count.split_at_mut(classes as usize).0);
        i = 0;
        while i < N {
            let r = rank[tmp[i] as usize] as usize;
            sa[count[r] as usize] = tmp[i];
            count[r] += 1;
            i += 1;
        }
        classes = 0;
        i = 0;
        while i < N {
            let (a, b) = (sa[i] as usize, sa[if i > 0 { i - 1 } else { 0 }] as usize);
            if i > 0 && (rank[a] != rank[b] || rank[(a + k) % N] != rank[(b + k) % N]) {
                classes += 1;
            }
            tmp[a] = classes;
            i += 1;
        }
        classes += 1;
        (rank, tmp) = (tmp, rank);
        k *= 2;
    }
    let (mut last, mut row) = ([0u8; N], 0);
    i = 0;
    while i < N {
        let p = sa[i] as usize;
        if p == 0 {
            row = i;
        }
        last[i] = d[(p + N - 1) % N];
        i += 1;
    }
    (last, row)
}

/// The coder's state between runs of [`Encoder::run`]: one compile-time evaluation that
/// codes every byte would run so long that rustc warns of it.
pub struct Encoder<const M: usize> {
    co: Coder,
    order: [u8; 256],
    zeros: usize,
    out: [u8; M],
    len: usize,
}

impl<const M: usize> Encoder<M> {
    pub const fn new() -> Self {
        Encoder { co: Coder::new(), order: identity(), zeros: 0, out: [0; M], len: 0 }
    }

    /// `l[from..to]` moved to front and coded.
    pub const fn run(mut self, l: &[u8], from: usize, to: usize) -> Self {
        let mut j = from;
        while j < to && j < l.len() {
            let mut x = 0;
            while self.order[x] != l[j] {
                x += 1;
            }
            to_front(&mut self.order, x);
            // A rank: zero or not (after how many zeros), its bit length in unary, its low bits.
            self.put(if self.zeros < 3 { self.zeros } else { 3 }, x == 0);
            if x == 0 {
                self.zeros += 1;
            } else {
                self.zeros = 0;
                let len = 32 - (x as u32).leading_zeros() as usize;
                let mut u = 1;
                while u < 8 {
                    self.put(3 + u, len > u);
                    if len <= u {
                        break;
                    }
                    u += 1;
                }
                let (mut node, mut k) = (1, len - 1);
                while k > 0 {
                    k -= 1;
                    let b = (x >> k) & 1 == 1;
                    self.put(12 + len * 128 + node, b);
                    node = node * 2 + b as usize;
                }
            }
            j += 1;
        }
        self
    }

    const fn put(&mut self, c: usize, bit: bool) {
        self.co.learn(c, bit, self.co.split(c));
        while self.co.settled() {
            self.byte(self.co.hi);
            self.co.shift();
        }
    }

    const fn byte(&mut self, x: u32) {
        assert!(self.len < M, "squeeze: the coded tables must fit");
        self.out[self.len] = (x >> 24) as u8;
        self.len += 1;
    }

    /// The coded bytes, in the first `.1` of `.0`.
    pub const fn finish(mut self) -> ([u8; M], usize) {
        self.byte(self.co.lo);
        (self.out, self.len)
    }
}

/// The first `N` bytes of `a`.
#[cfg(feature = "tiny")]
pub const fn prefix<const N: usize, const M: usize>(a: &[u8; M]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        out[i] = a[i];
        i += 1;
    }
    out
}

const fn identity() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u8;
        i += 1;
    }
    t
}

const fn to_front(order: &mut [u8; 256], mut x: usize) {
    let c = order[x];
    while x > 0 {
        order[x] = order[x - 1];
        x -= 1;
    }
    order[0] = c;
}

/// The `n` bytes that [`bwt`] then [`Encoder`] turned into `src` (row `row`).
pub fn decode(src: &[u8], n: usize, row: usize) -> Vec<u8> {
    let mut co = Coder::new();
    let mut input = src.iter().copied().chain(core::iter::repeat(0xFF));
    let mut x = 0u32;
    for b in input.by_ref().take(4) {
        x = (x << 8) | u32::from(b);
    }
    let mut bit = |c: usize| {
        let split = co.split(c);
        let b = x <= split;
        co.learn(c, b, split);
        while co.settled() {
            co.shift();
            x = (x << 8) | u32::from(input.next().unwrap_or(0xFF));
        }
        b
    };
    let (mut order, mut zeros) = (identity(), 0);
    let mut last = Vec::with_capacity(n);
    for _ in 0..n {
        let mut x = 0;
        if bit(zeros.min(3)) {
            zeros += 1;
        } else {
            zeros = 0;
            let mut len = 1;
            while len < 8 && bit(3 + len) {
                len += 1;
            }
            x = 1;
            for _ in 1..len {
                x = x * 2 + usize::from(bit(12 + len * 128 + x));
            }
        }
        last.push(order[x]);
        to_front(&mut order, x);
    }
    unbwt(&last, row)
}

/// The text whose [`bwt`] is `last`, row `row`: each row's rotation is one step behind the row
/// its last byte starts, counted in byte order.
fn unbwt(last: &[u8], row: usize) -> Vec<u8> {
    let mut start = [0u32; 256];
    for &b in last {
        start[usize::from(b)] += 1;
    }
    starts(&mut start);
    let next: Vec<u32> = last
        .iter()
        .map(|&b| {
            let s = &mut start[usize::from(b)];
            *s += 1;
            *s - 1
        })
        .collect();
    let mut out = vec![0; last.len()];
    let mut r = row;
    for o in out.iter_mut().rev() {
        *o = last.get(r).copied().unwrap_or(0);
        r = next.get(r).map_or(0, |&n| n as usize);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<const N: usize>(d: &[u8; N]) -> usize {
        let (last, row) = bwt(d);
        let (coded, len) = Encoder::<8192>::new().run(&last, 0, N / 2).run(&last, N / 2, N).finish();
        assert_eq!(decode(&coded[..len], N, row), d, "round trip");
        len
    }

    #[test]
    fn transform_matches_sorted_rotations() {
        let d = *b"banana_bandana";
        let mut rot: Vec<Vec<u8>> = (0..d.len()).map(|i| [&d[i..], &d[..i]].concat()).collect();
        rot.sort();
        let (last, row) = bwt(&d);
        assert_eq!(last.to_vec(), rot.iter().map(|r| r[r.len() - 1]).collect::<Vec<_>>());
        assert_eq!(rot[row], d);
        // Periodic text: equal rotations, in any order, are the same bytes.
        assert_eq!(unbwt(&bwt(b"abababab").0, bwt(b"abababab").1), b"abababab");
    }

    #[test]
    fn codes_round_trip() {
        round_trip(b"");
        round_trip(b"x");
        const TEXT: &str = "登录失败|登录页面|登陆 login failed, can't log in 登不上";
        let mut text = [0u8; TEXT.len()];
        text.copy_from_slice(TEXT.as_bytes());
        round_trip(&text);
        // Every byte value, and long runs.
        let mut d = [0u8; 4096];
        for (i, b) in d.iter_mut().enumerate() {
            *b = if i % 7 == 0 { (i * 31 % 256) as u8 } else { b'a' + (i / 300) as u8 };
        }
        assert!(round_trip(&d) < 1200);
    }
}
