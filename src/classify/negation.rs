//! NegEx-style negation scopes. A cue ("没", "不是", "not", "isn't") negates the negatable terms
//! that start after it, up to the next clause break, a scope-closing word ("但是", "只是", "but"),
//! a space between Chinese chars or a short window (6 CJK chars / ~4 English words). A declining
//! cue ("不是要", "not asking for") opens the same kind of scope from its own start, over every
//! topic term in it. Cues inside a longer lexicon phrase
//! ("开不了机", "没反应", "doesn't work") or a pseudo-negation ("不错", "是不是") were already
//! removed by the caller, so they negate nothing.

use crate::prelude::*;

/// Window after a CJK cue, in folded bytes (6 chars of 3 bytes).
const CJK_WINDOW: usize = 18;
/// Window after an English cue, in folded bytes (about four words).
const ASCII_WINDOW: usize = 28;

/// Disjoint, sorted `[start, end)` scopes in folded byte offsets.
pub struct Scopes {
    spans: Vec<(usize, usize)>,
    next: usize,
}

impl Scopes {
    /// `cues`: (start of scope, cue is ASCII), ascending; `ends` (clause breaks, closers, CJK
    /// spaces) each ascending.
    pub fn new(cues: &[(usize, bool)], ends: [&[usize]; 3]) -> Scopes {
        let mut spans: Vec<(usize, usize)> = Vec::with_capacity(cues.len());
        for &(start, ascii) in cues {
            let mut end = start.saturating_add(if ascii { ASCII_WINDOW } else { CJK_WINDOW });
            let first_after = |v: &[usize]| v.get(v.partition_point(|&b| b < start)).copied();
            for b in ends.iter().filter_map(|v| first_after(v)) {
                end = end.min(b);
            }
            if end <= start {
                continue;
            }
            match spans.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => spans.push((start, end)),
            }
        }
        Scopes { spans, next: 0 }
    }

    /// Is `pos` inside a scope? Calls must come with non-decreasing `pos`.
    pub fn covers(&mut self, pos: usize) -> bool {
        while self.spans.get(self.next).is_some_and(|s| s.1 <= pos) {
            self.next += 1;
        }
        self.spans.get(self.next).is_some_and(|s| s.0 <= pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_stops_at_breaks_closers_and_window() {
        let mut s = Scopes::new(&[(3, false), (100, true)], [&[20], &[110], &[]]);
        assert!(!s.covers(2));
        assert!(s.covers(3));
        assert!(s.covers(19)); // before the comma at 20, inside the 18-byte window ending at 21
        assert!(!s.covers(20));
        assert!(s.covers(105));
        assert!(!s.covers(110)); // "but" closes the scope
        let mut w = Scopes::new(&[(0, false)], [&[], &[], &[]]);
        assert!(w.covers(17));
        assert!(!w.covers(18));
    }
}
