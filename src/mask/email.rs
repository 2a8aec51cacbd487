//! E-mail addresses: a local part, `@`, and a dotted domain with a letter TLD.

use crate::prelude::*;

use super::scan::Buf;
use super::{Candidate, Kind};

/// `*` too: an address masked once (`z****@qq.com`) is still seen, so that its domain is never
/// taken for something else on a second pass (masking stays idempotent); it is no finding.
fn local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '*')
}

fn domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-')
}

pub fn scan(buf: &Buf, out: &mut Vec<Candidate>) {
    for &at in buf.marks() {
        if buf.at(at) != '@' {
            continue;
        }
        let mut s = at;
        while s > 0 && local_char(buf.at(s - 1)) && at - s < 64 {
            s -= 1;
        }
        while s < at && !buf.is_alnum(s) {
            s += 1;
        }
        let mut e = at + 1;
        while e < buf.len() && domain_char(buf.at(e)) && e - at < 255 {
            e += 1;
        }
        while e > at + 1 && !buf.is_alnum(e - 1) {
            e -= 1;
        }
        if s == at || e <= at + 1 {
            continue;
        }
        let domain: String = (at + 1..e).map(|k| buf.at(k)).collect();
        let tld = crate::text::split_last(&domain, b'.').map_or("", |x| x.1);
        let labels_ok = domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
        // An image asset's pixel density (`icon@2x.png`, `logo@3x.jpg`) is no domain.
        let density = domain.split('.').next().and_then(|l| l.strip_suffix('x')).is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
        if domain.contains('.') && labels_ok && !density && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()) {
            // Keep the first character of the local part; the domain stays.
            let masked = (s..at).any(|k| buf.at(k) == '*');
            out.push(Candidate { kind: Kind::Email, start: s, end: e, keep: (s, s + 1), masked });
        }
    }
}
