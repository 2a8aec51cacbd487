//! Priority levels P1 (most urgent) … P4, shared by the priority rules and the SLA engine.

use crate::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    P1,
    P2,
    P3,
    P4,
}

impl crate::json::ToJson for Level {
    fn write_json(&self, out: &mut String) {
        crate::json::write_str(out, self.as_str());
    }
}

impl Level {
    pub const ALL: [Level; 4] = [Level::P1, Level::P2, Level::P3, Level::P4];

    pub fn parse(s: &str) -> Option<Level> {
        match s.trim() {
            "P1" | "p1" => Some(Level::P1),
            "P2" | "p2" => Some(Level::P2),
            "P3" | "p3" => Some(Level::P3),
            "P4" | "p4" => Some(Level::P4),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::P1 => "P1",
            Level::P2 => "P2",
            Level::P3 => "P3",
            Level::P4 => "P4",
        }
    }

    /// One level more urgent, never above P1.
    pub fn raised(self) -> Level {
        match self {
            Level::P1 | Level::P2 => Level::P1,
            Level::P3 => Level::P2,
            Level::P4 => Level::P3,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn raise_stops_at_p1() {
        assert_eq!(Level::P4.raised(), Level::P3);
        assert_eq!(Level::P1.raised(), Level::P1);
        assert_eq!(Level::parse("P2"), Some(Level::P2));
        assert_eq!(Level::parse("P5"), None);
    }
}
