//! The two built-in locales. `config.locale` selects labels and messages, never codes.

use crate::prelude::*;

use crate::error::{Error, Result};
use crate::json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    ZhCn,
    En,
}

impl Locale {
    pub fn parse(s: &str) -> Option<Locale> {
        match s {
            "zh-CN" | "zh" | "zh-Hans" | "zh_CN" => Some(Locale::ZhCn),
            "en" | "en-US" | "en-GB" => Some(Locale::En),
            _ => None,
        }
    }

    /// Reads `config.locale` (absent → zh-CN).
    pub fn from_config(config: &Value) -> Result<Locale> {
        match config.get("locale") {
            None | Some(Value::Null) => Ok(Locale::ZhCn),
            Some(Value::String(s)) => Locale::parse(s)
                .ok_or_else(|| Error::config("enum", "locale", cat!("unknown locale \"", s, "\"; use \"zh-CN\" or \"en\""))),
            Some(_) => Err(Error::config("invalid_type", "locale", "locale must be a string")),
        }
    }

    /// Picks the text for this locale from a `(zh, en)` pair — the shape of every message table.
    pub fn pick<'a>(self, pair: (&'a str, &'a str)) -> &'a str {
        match self {
            Locale::ZhCn => pair.0,
            Locale::En => pair.1,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }
}
