//! Digit groups — `138 1234 5678`, `(0871) 3675941转987`, `+1 (512) 555-0129`,
//! `5107 9440 2176 1762`, `110101200108248686` — decided as phone, bank card or mainland ID
//! by structure, checksums and the context before them.

use super::checksum::{card_iin, id18_shaped, luhn, mainland_id15, mainland_id18};
use super::scan::{Buf, Lean, lean};
use super::tables::{CARD_CUES, ID_CUES, NOT_PII_CUES, PHONE_CUES};
use super::{Candidate, Kind};

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
    /// The `+cc` was closed by a parenthesis: `(+86)`.
    chunks: Vec<Chunk>,
}

/// Scans the text for digit groups and pushes the recognised ones. `assume_phone` is set when
/// the whole text is known to be a phone field.
pub fn scan(buf: &Buf, out: &mut Vec<Candidate>, assume_phone: bool) {
    let n = buf.len();
    let mut i = 0;
    while i < n {
        let c = buf.at(i);
        let starts = c.is_ascii_digit() || ((c == '+' || c == '(') && (buf.is_digit(i + 1) || buf.at(i + 1) == '+'));
        if !starts || !left_boundary(buf, i) {
            i += 1;
            continue;
        }
        match read_group(buf, i) {
            Some((g, end)) => {
                if let Some(cand) = decide(buf, &g, assume_phone) {
                    i = cand.end.max(i + 1);
                    out.push(cand);
                } else {
                    i = end.max(i + 1);
                }
            }
            None => {
                // A digit run too long to be one datum, or glued to letters: skip all of it.
                let mut j = i + 1;
                while j < n && (buf.is_alnum(j) || SEPARATORS.contains(&buf.at(j))) {
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

fn read_group(buf: &Buf, start: usize) -> Option<(Group, usize)> {
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
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut digits = 0;
    let mut after_space = false;
    loop {
        let s = i;
        while i < n && buf.is_digit(i) {
            i += 1;
        }
        if i == s {
            break;
        }
        digits += i - s;
        if digits > MAX_DIGITS || chunks.len() >= MAX_CHUNKS {
            return None;
        }
        let mut paren = false;
        if open_paren && buf.at(i) == ')' {
            paren = true;
            open_paren = false;
            i += 1;
        }
        chunks.push(Chunk { s, e: if paren { i - 1 } else { i }, paren, after_space });
        // Separators (at most two, plus an opening parenthesis) before the next chunk.
        let mut j = i;
        let mut seps = 0;
        after_space = false;
        while j < n && seps < 3 && (SEPARATORS.contains(&buf.at(j)) || buf.at(j) == '(') {
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
    if chunks.is_empty() {
        return None;
    }
    let end = chunks.last().map(|c| c.e + usize::from(c.paren)).unwrap_or(start);
    // Digits glued to letters on the right are a code (`12345678901AB`), except an ID's `X`.
    let next = buf.at(end);
    if (next.is_ascii_alphanumeric() && !matches!(next, 'X' | 'x')) || next == '*' {
        return None;
    }
    Some((Group { start, plus, chunks }, end))
}

fn digits_of(buf: &Buf, chunks: &[Chunk]) -> (Vec<u8>, Vec<usize>) {
    let mut d = Vec::new();
    let mut pos = Vec::new();
    for ch in chunks {
        for k in ch.s..ch.e {
            d.push(buf.at(k) as u8);
            pos.push(k);
        }
    }
    (d, pos)
}

/// Tries the whole group first, then shorter windows, and returns the best reading.
fn decide(buf: &Buf, g: &Group, assume_phone: bool) -> Option<Candidate> {
    let k = g.chunks.len();
    for from in 0..k {
        if from > 0 && !g.chunks[from].after_space {
            continue;
        }
        for to in (from + 1..=k).rev() {
            if let Some(c) = read_window(buf, g, from, to, assume_phone) {
                return Some(c);
            }
        }
    }
    None
}

fn read_window(buf: &Buf, g: &Group, from: usize, to: usize, assume_phone: bool) -> Option<Candidate> {
    let chunks = &g.chunks[from..to];
    let first = chunks[0];
    let last = chunks[chunks.len() - 1];
    let start = if from == 0 { g.start } else { first.s - usize::from(first.paren) };
    let end = last.e + usize::from(last.paren);
    let (d, pos) = digits_of(buf, chunks);
    let plus = g.plus && from == 0;
    let phone_lean = if assume_phone { Lean::Pii } else { lean(buf, start, PHONE_CUES, NOT_PII_CUES) };
    let phone = |main_from: usize| phone_candidate(buf, start, end, &pos, main_from);

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
        let cc_end = body + cc_len;
        if d.len() <= cc_end {
            return None;
        }
        let national = &d[cc_end..];
        if &d[body..cc_end] == b"86" {
            if is_cn_mobile(national) || (national.len() >= 9 && national.len() <= 11 && national[0] != b'1' && national[0] != b'0') {
                return Some(phone(cc_end));
            }
            return None;
        }
        if plus && (8..=15).contains(&(d.len() - body)) && national.len() >= 6 {
            return Some(phone(cc_end));
        }
        if !plus && phone_lean == Lean::Pii && (8..=15).contains(&(d.len() - body)) {
            return Some(phone(cc_end));
        }
        return None;
    }

    if is_cn_mobile(&d) && phone_lean != Lean::NotPii {
        return Some(phone(0));
    }
    if d.len() == 13 && d.starts_with(b"861") && is_cn_mobile(&d[2..]) && phone_lean == Lean::Pii {
        return Some(phone(2));
    }
    // Mainland landline: 0 + area code (010, 02x: 3 digits; others 4) + 7–8 digits.
    if d.len() >= 10 && d[0] == b'0' && d[1] != b'0' {
        let area = if matches!(d[1], b'1' | b'2') { 3 } else { 4 };
        let sub = d.len() - area;
        let shaped = first.len() == area && chunks.len() > 1;
        if (7..=8).contains(&sub) && !matches!(d[area], b'0' | b'1') && ((shaped && phone_lean != Lean::NotPii) || phone_lean == Lean::Pii) {
            let mut c = phone(0);
            c.end = extension(buf, c.end);
            return Some(c);
        }
    }
    // North American: (NXX) NXX-XXXX, optionally after a leading 1.
    let lens: Vec<usize> = chunks.iter().map(Chunk::len).collect();
    let nanp = match lens.as_slice() {
        [3, 3, 4] => Some(0),
        [1, 3, 3, 4] if d[0] == b'1' => Some(1),
        _ => None,
    };
    if let Some(off) = nanp {
        if d[off] >= b'2' && d[off + 3] >= b'2' && phone_lean != Lean::NotPii {
            let mut c = phone(off);
            c.end = extension(buf, c.end);
            return Some(c);
        }
    }
    // Eight-digit numbers (Hong Kong, Macau, Singapore) only when introduced as a phone.
    if d.len() == 8 && phone_lean == Lean::Pii && (lens == [4, 4] || lens == [8]) {
        return Some(phone(0));
    }

    // Mainland IDs are written without separators.
    if chunks.len() == 1 {
        let id_lean = lean(buf, start, ID_CUES, NOT_PII_CUES);
        let x = matches!(buf.at(end), 'X' | 'x');
        if d.len() == 17 && x {
            let mut full = d.clone();
            full.push(b'X');
            if mainland_id18(&full) && id_lean != Lean::NotPii && !buf.is_alnum(end + 1) {
                return Some(Candidate::whole(Kind::IdCard, start, end + 1));
            }
            return None;
        }
        if d.len() == 18 && mainland_id18(&d) && id_lean != Lean::NotPii {
            return Some(Candidate::whole(Kind::IdCard, start, end));
        }
        if d.len() == 15 && mainland_id15(&d) && id_lean != Lean::NotPii {
            return Some(Candidate::whole(Kind::IdCard, start, end));
        }
    }

    // Bank cards: 13–19 digits, Luhn, written whole or in groups of four.
    if (13..=19).contains(&d.len()) && luhn(&d) {
        let grouped = lens.len() == 1
            || lens[..lens.len() - 1].iter().all(|&l| l == 4)
            || lens == [4, 6, 5]
            || lens == [6, d.len() - 6];
        let card_lean = lean(buf, start, CARD_CUES, NOT_PII_CUES);
        let id_like = d.len() == 18 && id18_shaped(&d);
        let plausible = (card_iin(&d) && !id_like) || card_lean == Lean::Pii;
        if grouped && plausible && card_lean != Lean::NotPii {
            return Some(Candidate::whole(Kind::BankCard, start, end));
        }
    }
    None
}

fn is_cn_mobile(d: &[u8]) -> bool {
    d.len() == 11 && d[0] == b'1' && (b'3'..=b'9').contains(&d[1])
}

/// A phone whose national number starts at digit `main_from`: its last four digits survive.
fn phone_candidate(_buf: &Buf, start: usize, end: usize, pos: &[usize], main_from: usize) -> Candidate {
    let keep_from = pos.len().saturating_sub(4).max(main_from.min(pos.len()));
    let keep = match (pos.get(keep_from), pos.last()) {
        (Some(&a), Some(&b)) => (a, b + 1),
        _ => (end, end),
    };
    Candidate { kind: Kind::Phone, start, end, keep }
}

/// Extends a landline over its extension: `转 123`, `分机380`, `ext. 204`, `x12`, `#88`.
fn extension(buf: &Buf, end: usize) -> usize {
    let mut i = end;
    while buf.at(i) == ' ' {
        i += 1;
    }
    let rest = buf.after(i, 5);
    let marker = ["分机", "转", "ext.", "ext", "x", "#", "-"].iter().find(|m| rest.starts_with(*m));
    let Some(m) = marker else { return end };
    i += m.chars().count();
    while buf.at(i) == ' ' {
        i += 1;
    }
    let s = i;
    while buf.is_digit(i) && i - s < 6 {
        i += 1;
    }
    if i > s && !buf.is_alnum(i) { i } else { end }
}
