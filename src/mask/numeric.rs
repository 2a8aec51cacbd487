//! Digit groups — `138 1234 5678`, `(0871) 3675941转987`, `+1 (512) 555-0129`,
//! `5107 9440 2176 1762`, `110101200108248686` — decided as phone, bank card or mainland ID
//! by structure, checksums and the context before them.

use crate::prelude::*;

use super::checksum::{card_iin, id18_shaped, luhn, mainland_id15, mainland_id18};
use super::scan::{Buf, Cues, Lean, lean};
use super::tables::EXTENSION_MARKERS;
use super::{Candidate, Kind};
use core::cell::OnceCell;

const SEPARATORS: &[char] = &[' ', '-', '.', '—', '–', '\u{00A0}'];
const MAX_CHUNKS: usize = 8;
const MAX_DIGITS: usize = 24;

#[derive(Clone, Copy)]
struct Chunk {
    s: usize,
    e: usize,
    /// Written inside parentheses, like an area code `(010)`.
    paren: bool,
    /// Separated from the previous chunk by a space (a new number may start here).
    after_space: bool,
}

impl Chunk {
    fn len(&self) -> usize {
        self.e - self.s
    }
}

struct Group {
    start: usize,
    plus: bool,
    chunks: [Chunk; MAX_CHUNKS],
    n: usize,
}

impl Group {
    fn chunks(&self) -> &[Chunk] {
        &self.chunks[..self.n]
    }
}

/// Scans the text for digit groups and pushes the recognised ones. `assume_phone` is set when
/// the whole text is known to be a phone field.
pub fn scan(buf: &Buf, out: &mut Vec<Candidate>, assume_phone: bool) {
    let n = buf.len();
    let mut i = 0;
    let mut g = Group { start: 0, plus: false, chunks: [Chunk { s: 0, e: 0, paren: false, after_space: false }; MAX_CHUNKS], n: 0 };
    for &m in buf.marks() {
        if m < i {
            continue;
        }
        i = m;
        let c = buf.at(i);
        let starts = c.is_ascii_digit() || ((c == '+' || c == '(') && (buf.is_digit(i + 1) || buf.at(i + 1) == '+'));
        // Right after a datum and one separator (`510107196601236260／510107660123683`) a
        // group starts a new datum even where it would otherwise continue a code.
        if !starts || !(left_boundary(buf, i) || out.last().is_some_and(|c| c.end + 1 == i)) {
            continue;
        }
        match read_group(buf, i, &mut g) {
            Some(end) => {
                if let Some(cand) = decide(buf, &g, assume_phone) {
                    i = cand.end;
                    out.push(cand);
                } else {
                    i = end;
                }
            }
            None => {
                // A digit run too long to be one datum, or glued to letters (`91310000MA1FL…`,
                // `4300-12AB`): skip that token, up to the next space.
                let mut j = i + 1;
                while j < n && (buf.is_alnum(j) || matches!(buf.at(j), '-' | '.')) {
                    j += 1;
                }
                i = j;
            }
        }
    }
}

/// A group may not continue a code such as `SR2024…`, `K7-5600` or a masked `***5678`.
fn left_boundary(buf: &Buf, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let p = buf.at(i - 1);
    if p.is_ascii_alphanumeric() || p == '*' || p == '_' {
        return false;
    }
    if matches!(p, '-' | '.' | '/' | '#') && i >= 2 {
        let q = buf.at(i - 2);
        return !(q.is_ascii_alphanumeric() || q == '*');
    }
    true
}

/// Reads the digit group at `start` into `g` (reused across the scan); returns its end.
fn read_group(buf: &Buf, start: usize, g: &mut Group) -> Option<usize> {
    let n = buf.len();
    let mut i = start;
    let mut plus = false;
    let mut open_paren = false;
    if buf.at(i) == '(' {
        open_paren = true;
        i += 1;
    }
    if buf.at(i) == '+' {
        plus = true;
        i += 1;
    }
    (g.start, g.plus, g.n) = (start, false, 0);
    let mut digits = 0;
    let mut after_space = false;
    loop {
        let s = i;
        while i < n && buf.is_digit(i) {
            i += 1;
        }
        // Digits after a space and glued to letters are the next word (`+853 2882 8131 (10am`).
        if i == s || (after_space && matches!(buf.at(i), 'a'..='w' | 'y' | 'z' | 'A'..='W' | 'Y' | 'Z')) {
            break;
        }
        digits += i - s;
        if digits > MAX_DIGITS || g.n >= MAX_CHUNKS {
            // A number after a space may be the next datum (`…002X 13812345678`); digits
            // joined by other separators are one over-long code.
            let cut = if after_space { Some(g.n) } else { g.chunks().iter().rposition(|c| c.after_space) };
            match cut {
                Some(k) if k > 0 => {
                    g.n = k;
                    break;
                }
                _ => return None,
            }
        }
        let mut paren = false;
        if open_paren && buf.at(i) == ')' {
            paren = true;
            open_paren = false;
            i += 1;
        }
        g.chunks[g.n] = Chunk { s, e: if paren { i - 1 } else { i }, paren, after_space };
        g.n += 1;
        // Separators (at most two, plus an opening parenthesis) before the next chunk.
        let mut j = i;
        let mut seps = 0;
        after_space = false;
        // A line break continues a number only after a hyphen, where a mail client wrapped it
        // (`137-1490-` / `4867`); numbers on lines of their own stay apart.
        while j < n && seps < 3 && (SEPARATORS.contains(&buf.at(j)) || buf.at(j) == '(' || (buf.at(j) == '\n' && buf.at(j - 1) == '-')) {
            if buf.at(j) == '(' {
                open_paren = true;
            } else if buf.at(j) == ' ' || buf.at(j) == '\u{00A0}' {
                after_space = true;
            }
            j += 1;
            seps += 1;
        }
        // A closing parenthesis may be followed directly by digits: `（020）44462897`.
        if (j > i || paren) && buf.is_digit(j) {
            i = j;
        } else {
            break;
        }
    }
    // Parentheses around the whole number (`（17746295382）`) are punctuation, not an area code's.
    if let Some(last) = g.chunks[..g.n].last_mut().filter(|c| c.paren && buf.at(start) == '(') {
        last.paren = false;
        g.start += 1;
    }
    let end = g.chunks().last().map(|c| c.e + usize::from(c.paren))?;
    // Digits glued to letters on the right are a code (`12345678901AB`), except an ID's `X`.
    let next = buf.at(end);
    if (next.is_ascii_alphanumeric() && !matches!(next, 'X' | 'x')) || next == '*' {
        return None;
    }
    g.plus = plus;
    Some(end)
}

/// The digits of a window of chunks, their char positions and the chunk lengths, on the stack.
struct Digits {
    d: [u8; MAX_DIGITS],
    pos: [usize; MAX_DIGITS],
    n: usize,
    lens: [usize; MAX_CHUNKS],
    k: usize,
}

impl Digits {
    fn of(buf: &Buf, chunks: &[Chunk]) -> Digits {
        let mut w = Digits { d: [0; MAX_DIGITS], pos: [0; MAX_DIGITS], n: 0, lens: [0; MAX_CHUNKS], k: 0 };
        for ch in chunks {
            for k in ch.s..ch.e {
                if w.n < MAX_DIGITS {
                    w.d[w.n] = buf.at(k) as u8;
                    w.pos[w.n] = k;
                    w.n += 1;
                }
            }
            if w.k < MAX_CHUNKS {
                w.lens[w.k] = ch.len();
                w.k += 1;
            }
        }
        w
    }
}

/// Tries the whole group first, then shorter windows, and returns the best reading. The phone
/// cue is weighed once per window start.
fn decide(buf: &Buf, g: &Group, assume_phone: bool) -> Option<Candidate> {
    let chunks = g.chunks();
    for from in 0..chunks.len() {
        if from > 0 && !chunks[from].after_space {
            continue;
        }
        let first = chunks[from];
        let start = if from == 0 { g.start } else { first.s - usize::from(first.paren) };
        // Weighed only when a rule needs it: most digit groups are dismissed by shape alone.
        let cell = OnceCell::new();
        let phone_lean = || *cell.get_or_init(|| if assume_phone { Lean::Pii } else { lean(buf, start, Cues::Phone) });
        for to in (from + 1..=chunks.len()).rev() {
            // Nothing we mask has fewer than eight digits.
            if chunks[from..to].iter().map(Chunk::len).sum::<usize>() < 8 {
                break;
            }
            if let Some(c) = read_window(buf, &chunks[from..to], start, g.plus && from == 0, &phone_lean) {
                return Some(c);
            }
        }
    }
    None
}

fn read_window(buf: &Buf, chunks: &[Chunk], start: usize, plus: bool, phone_lean: &impl Fn() -> Lean) -> Option<Candidate> {
    let first = chunks[0];
    let last = chunks[chunks.len() - 1];
    let end = last.e + usize::from(last.paren);
    let w = Digits::of(buf, chunks);
    let (d, pos, lens) = (&w.d[..w.n], &w.pos[..w.n], &w.lens[..w.k]);
    let phone = |main_from: usize| phone_candidate(start, end, pos, main_from);
    // `(852) 2735 4117`: a Hong Kong, Macau, Taiwan or mainland country code in parentheses.
    let plus = plus || (first.paren && matches!(d.get(..first.len()), Some(b"852" | b"853" | b"886" | b"86")));

    // International numbers written with `+` (or `00`): country code, then the national number.
    if plus || d.starts_with(b"00") {
        let body = if plus { 0 } else { 2 };
        let cc_len = if plus && chunks.len() > 1 && first.len() <= 3 {
            first.len()
        } else if d[body..].starts_with(b"86") {
            2
        } else if d[body..].starts_with(b"1") {
            1
        } else if d[body..].starts_with(b"85") || d[body..].starts_with(b"88") {
            3
        } else {
            2
        };
        let mut cc_end = body + cc_len;
        // `+44 (0)20 …`, `+86（0）10 …`: the trunk zero in parentheses is not dialled.
        if plus && first.len() == cc_len && chunks.get(1).is_some_and(|c| c.paren && c.len() == 1) && d.get(cc_end) == Some(&b'0') {
            cc_end += 1;
        }
        if d.len() <= cc_end {
            return None;
        }
        let national = &d[cc_end..];
        if &d[body..cc_end] == b"86" {
            if (is_cn_mobile(national) && national_mobile_shape(lens, cc_end)) || is_cn_landline_national(national) {
                return Some(phone(cc_end));
            }
            return None;
        }
        if plus && (8..=15).contains(&(d.len() - body)) && national.len() >= 6 {
            return Some(phone(cc_end));
        }
        if !plus && (8..=15).contains(&(d.len() - body)) && phone_lean() == Lean::Pii {
            return Some(phone(cc_end));
        }
        return None;
    }

    if is_cn_mobile(d) && phone_lean() != Lean::NotPii && mobile_shape(lens) {
        return Some(phone(0));
    }
    if d.len() == 13 && d.starts_with(b"861") && is_cn_mobile(&d[2..]) && phone_lean() == Lean::Pii {
        return Some(phone(2));
    }
    // Mainland landline: 0 + area code (010, 02x: 3 digits; 03xx–09xx: 4) + 7–8 digits, written
    // with the area code apart (`0755-8888 6666`, `(010)62345678`) or whole (`02763617907`);
    // other groupings need a phone cue.
    if d.len() >= 10 && d[0] == b'0' && d[1] != b'0' && (d[1] != b'1' || d[2] == b'0') {
        let area = if matches!(d[1], b'1' | b'2') { 3 } else { 4 };
        let sub = d.len() - area;
        let shaped = (first.len() == area && chunks.len() > 1) || chunks.len() == 1;
        if (7..=8).contains(&sub) && !matches!(d[area], b'0' | b'1') && ((shaped && phone_lean() != Lean::NotPii) || phone_lean() == Lean::Pii) {
            let mut c = phone(0);
            c.end = extension(buf, c.end);
            return Some(c);
        }
    }
    // North American: (NXX) NXX-XXXX, optionally after a leading 1.
    let nanp = match lens {
        [3, 3, 4] => Some(0),
        [1, 3, 3, 4] if d[0] == b'1' => Some(1),
        _ => None,
    };
    if let Some(off) = nanp {
        if d[off] >= b'2' && d[off + 3] >= b'2' && phone_lean() != Lean::NotPii {
            let mut c = phone(off);
            c.end = extension(buf, c.end);
            return Some(c);
        }
    }
    // National numbers abroad, 0 + eight to ten digits (UK `07700 900339`, `0161 496 0027`;
    // Taiwan `0912-368-451`, `0912368451`, `07-3849190`; Australia `(02) 9130 4478`), when introduced as a phone; UK
    // numbers in their usual groupings (mobiles `07xxx xxxxxx`, landlines `0161 496 0027` and
    // `020 7946 0661`), Australian mobiles in theirs (`0491 570 158`) and an Australian landline
    // with its area code in parentheses unless something else is announced.
    if (9..=11).contains(&d.len()) && d[0] == b'0' && d[1] != b'0' {
        let usual = (matches!(lens, [5, 6]) && d[1] == b'7')
            || (lens == [4, 3, 3] && d[1] == b'4')
            || (lens == [4, 3, 4] && d[1] == b'1')
            || (lens == [3, 4, 4] && d[1] == b'2')
            || (lens == [2, 4, 4] && first.paren);
        if phone_lean() == Lean::Pii || (usual && phone_lean() != Lean::NotPii) {
            let mut c = phone(0);
            c.end = extension(buf, c.end);
            return Some(c);
        }
    }
    // Eight-digit numbers (Hong Kong, Macau, Singapore) only when introduced as a phone.
    if d.len() == 8 && matches!(lens, [4, 4] | [8]) && phone_lean() == Lean::Pii {
        return Some(phone(0));
    }

    // Mainland IDs: written whole, or as region / birth date / rest (`110105 19491231 002X`).
    if matches!(lens, [_] | [6, 8, 4] | [6, 8, 3] | [6, 4, 4, 4] | [6, 4, 4, 3] | [6, 6, 3]) {
        let x = matches!(buf.at(end), 'X' | 'x');
        if d.len() == 17 && x {
            let mut full = [b'X'; 18];
            full[..17].copy_from_slice(d);
            let ok = mainland_id18(&full) && !buf.is_alnum(end + 1) && lean(buf, start, Cues::Id) != Lean::NotPii;
            return ok.then(|| Candidate::whole(Kind::IdCard, start, end + 1));
        }
        let valid = (d.len() == 18 && mainland_id18(d)) || (d.len() == 15 && mainland_id15(d));
        if valid && lean(buf, start, Cues::Id) != Lean::NotPii {
            return Some(Candidate::whole(Kind::IdCard, start, end));
        }
    }

    // Bank cards: 13–19 digits, Luhn, written whole or in groups of four.
    if (13..=19).contains(&d.len()) && luhn(d) {
        // Written whole, in fours (`6222 0212 3456 7890 128`), 4-6-5 (Amex) or after a
        // six-digit issuer prefix (`622202 207237 5304950`, `622202 2072375304950`).
        let grouped = lens.len() == 1
            || lens[..lens.len() - 1].iter().all(|&l| l == 4)
            || lens == [4, 6, 5]
            || (d.len() >= 16 && lens[0] == 6 && lens.len() <= 3 && lens[1..].iter().all(|&l| l >= 4));
        if grouped {
            let card_lean = lean(buf, start, Cues::Card);
            let id_like = d.len() == 18 && id18_shaped(d);
            let plausible = (card_iin(d) && !id_like) || card_lean == Lean::Pii;
            if plausible && card_lean != Lean::NotPii {
                return Some(Candidate::whole(Kind::BankCard, start, end));
            }
        }
    }
    None
}

fn is_cn_mobile(d: &[u8]) -> bool {
    d.len() == 11 && d[0] == b'1' && (b'3'..=b'9').contains(&d[1])
}

/// How people group an 11-digit mobile: whole, 3-4-4, 3-8, 7-4, 4-3-4. Anything else
/// (`136.221.152.31`, `1987 1203 270`) is another kind of number.
fn mobile_shape(lens: &[usize]) -> bool {
    matches!(lens, [11] | [3, 4, 4] | [3, 8] | [7, 4] | [4, 3, 4])
}

/// A mainland landline after `+86`, without the trunk `0`: `10 6234 5678`, `21 …`, `755 …`.
fn is_cn_landline_national(n: &[u8]) -> bool {
    match n.first() {
        Some(b'1') => n.len() == 10 && n[1] == b'0',
        Some(b'2') => n.len() == 10,
        Some(b'3'..=b'9') => (10..=11).contains(&n.len()),
        _ => false,
    }
}

/// The national number (after the first `skip` digits: `00`, the country code) is grouped
/// like a mobile.
fn national_mobile_shape(lens: &[usize], skip: usize) -> bool {
    let mut left = skip;
    let mut out = [0usize; MAX_CHUNKS];
    let mut k = 0;
    for &l in lens {
        if left >= l {
            left -= l;
        } else {
            out[k] = l - left;
            k += 1;
            left = 0;
        }
    }
    mobile_shape(&out[..k])
}

/// A phone whose national number starts at digit `main_from`: its last four digits survive.
fn phone_candidate(start: usize, end: usize, pos: &[usize], main_from: usize) -> Candidate {
    let keep_from = pos.len().saturating_sub(4).max(main_from.min(pos.len()));
    let keep = match (pos.get(keep_from), pos.last()) {
        (Some(&a), Some(&b)) => (a, b + 1),
        _ => (end, end),
    };
    Candidate { kind: Kind::Phone, start, end, keep, masked: false }
}

/// Extends a landline over its extension: `转 123`, `分机380`, `ext. 204`, `x12`, `#88`.
fn extension(buf: &Buf, end: usize) -> usize {
    let mut i = end;
    while buf.at(i) == ' ' {
        i += 1;
    }
    let Some(m) = EXTENSION_MARKERS.split('|').find(|m| buf.starts_with_lower(i, m)) else { return end };
    i += crate::text::char_len(m);
    while buf.at(i) == ' ' {
        i += 1;
    }
    let s = i;
    while buf.is_digit(i) && i - s < 6 {
        i += 1;
    }
    if i > s && !buf.is_alnum(i) { i } else { end }
}
