//! Letter-led identity numbers: Chinese passports (`E12345678`, `EJ1234567`, `G12345678`),
//! Hong Kong IDs (`A123456(7)`) and Taiwan IDs (`A123456789`), decided by shape, check digit
//! and context.

use crate::prelude::*;

use super::checksum::{hkid, taiwan_id};
use super::scan::{Buf, Cues, Lean, lean};
use super::{Candidate, Kind};

const MAX_TOKEN: usize = 10;

pub fn scan(buf: &Buf, out: &mut Vec<Candidate>) {
    let n = buf.len();
    let mut next = 0;
    for &i in buf.marks() {
        if i < next || !buf.at(i).is_ascii_uppercase() || (i > 0 && (buf.is_alnum(i - 1) || buf.at(i - 1) == '*')) {
            continue;
        }
        let mut j = i;
        while j < n && buf.is_alnum(j) {
            j += 1;
        }
        // The longest shape is a Taiwan ID (10 chars); longer tokens are codes.
        if j - i <= MAX_TOKEN {
            let mut token = [0u8; MAX_TOKEN];
            for (t, k) in token.iter_mut().zip(i..j) {
                *t = buf.at(k) as u8;
            }
            if let Some(c) = decide(buf, i, j, &token[..j - i]) {
                out.push(c);
            }
        }
        next = j;
    }
}

fn decide(buf: &Buf, s: usize, e: usize, t: &[u8]) -> Option<Candidate> {
    let letters = t.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = &t[letters..];
    if !digits.iter().all(u8::is_ascii_digit) || digits.is_empty() {
        return None;
    }
    let ctx = lean(buf, s, Cues::Id);
    if ctx == Lean::NotPii {
        return None;
    }
    // Hong Kong ID with its check digit in parentheses: `A123456(7)`, `XA089244（8）`, `M816597 (7)`.
    let p = e + usize::from(buf.at(e) == ' ');
    if (1..=2).contains(&letters) && digits.len() == 6 && buf.at(p) == '(' && buf.at(p + 2) == ')' {
        let check = buf.at(p + 1);
        if check.is_ascii_alphanumeric() && hkid(&t[..letters], digits, check as u8) {
            return Some(Candidate::whole(Kind::IdCard, s, p + 3));
        }
    }
    let chinese = match (letters, digits.len()) {
        (1, 8) => matches!(t[0], b'E' | b'G'),
        (2, 7) => t[0] == b'E',
        _ => false,
    };
    let cued = (1..=2).contains(&letters) && ctx == Lean::Pii;
    // A Hong Kong ID written with its check digit glued on needs an ID cue; with a valid check
    // digit it is that ID (`HKID P3122143`), not a passport of the same shape — unless the shape
    // is a Chinese passport's (`ET3064322`).
    if cued && !chinese && digits.len() == 7 && hkid(&t[..letters], &digits[..6], digits[6]) {
        return Some(Candidate::whole(Kind::IdCard, s, e));
    }
    if chinese || cued && (7..=8).contains(&digits.len()) {
        return Some(Candidate::whole(Kind::Passport, s, e));
    }
    if letters == 1 && digits.len() == 9 && taiwan_id(t) {
        return Some(Candidate::whole(Kind::IdCard, s, e));
    }
    None
}
