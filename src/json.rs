//! The crate's own small JSON: a `Value` tree, a strict parser and a writer.
//!
//! Everything crosses the JS boundary as JSON text, so reading and writing JSON is on every
//! call's path. serde + serde_json cost ~20 KB of the gzipped .wasm (generic visitors, a BTreeMap
//! per object, per-type serializer instances) and a good part of each call's time; this module is
//! a few KB and writes results straight into one `String`. Objects keep insertion order, as
//! JavaScript objects do; with duplicate keys the last one wins, as in `JSON.parse`.

use crate::prelude::*;

use core::fmt;

/// A parsed JSON value. Numbers are `f64`, as in JavaScript.
#[derive(Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON object: key–value pairs in insertion order, keys unique.
#[derive(Clone, PartialEq, Default)]
pub struct Map(Vec<(String, Value)>);

static NULL: Value = Value::Null;

/// Keys are short: `==` went through two calls and the runtime's `memcmp` for each key, a tenth
/// of a large review. The lengths are compared here, inlined into every caller, since most keys
/// a lookup passes differ in length (skipping the call took 9 % off a review); the bytes a word
/// at a time (another 5 %).
#[inline(always)]
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && same_bytes(a.as_bytes(), b.as_bytes())
}

/// Equal-length byte strings compared eight bytes at a time: keys are mostly 8 to 20 bytes.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while let (Some(x), Some(y)) = (word(a, i), word(b, i)) {
        if x != y {
            return false;
        }
        i += 8;
    }
    a.iter().zip(b).skip(i).all(|(x, y)| x == y)
}

/// The eight bytes of `s` from `i`, as one word (`None` near the end).
fn word(s: &[u8], i: usize) -> Option<u64> {
    s.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map(u64::from_le_bytes)
}

/// 2^53: below it every integer is exact in an f64 (JavaScript's safe-integer range).
const EXACT_INT: f64 = 9_007_199_254_740_992.0;

impl Map {
    pub fn new() -> Map {
        Map(Vec::new())
    }
    fn position(&self, key: &str) -> Option<usize> {
        self.0.iter().position(|(k, _)| same_key(k, key))
    }
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.position(key).map(|i| &self.0[i].1)
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.position(key).map(|i| &mut self.0[i].1)
    }
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }
    /// Sets `key` (replacing an existing value in place) and returns the old value.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        match self.position(&key) {
            Some(i) => Some(core::mem::replace(&mut self.0[i].1, value)),
            None => {
                self.0.push((key, value));
                None
            }
        }
    }
    /// Appends a key the caller knows is new (e.g. from sorted, distinct input): `insert`
    /// checks every existing key, which is quadratic over a large object.
    pub fn push_new(&mut self, key: String, value: Value) {
        self.0.push((key, value));
    }
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.position(key).map(|i| self.0.remove(i).1)
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
}

impl core::ops::Index<&str> for Map {
    type Output = Value;
    /// A missing key reads as null, as on [`Value`].
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = core::iter::Map<core::slice::Iter<'a, (String, Value)>, fn(&'a (String, Value)) -> (&'a String, &'a Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = alloc::vec::IntoIter<(String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Extend<(String, Value)> for Map {
    fn extend<I: IntoIterator<Item = (String, Value)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Map {
        let mut m = Map::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object().and_then(|o| o.get(key))
    }
    /// The value at a JSON pointer (`/a/0/b`, RFC 6901 without `~` escapes), if there is one.
    pub fn pointer_mut(&mut self, pointer: &str) -> Option<&mut Value> {
        pointer.split('/').skip(1).try_fold(self, |v, key| match v {
            Value::Object(o) => o.get_mut(key),
            Value::Array(a) => crate::text::uint(key.as_bytes()).and_then(|i| a.get_mut(i as usize)),
            _ => None,
        })
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }
    /// The number as an integer, when it is one (`5` and `5.0` alike) and fits.
    pub fn as_i64(&self) -> Option<i64> {
        self.as_f64().filter(|n| n.fract() == 0.0 && n.abs() <= EXACT_INT).map(|n| n as i64)
    }
    pub fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|n| u64::try_from(n).ok())
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }
    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
    pub fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }
}

impl core::ops::Index<&str> for Value {
    type Output = Value;
    /// Like JavaScript's `o.key`: a missing key (or a non-object) reads as null.
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl core::ops::Index<&String> for Value {
    type Output = Value;
    fn index(&self, key: &String) -> &Value {
        &self[key.as_str()]
    }
}

impl core::ops::Index<usize> for Value {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        self.as_array().and_then(|a| a.get(i)).unwrap_or(&NULL)
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}
impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}
impl PartialEq<f64> for Value {
    fn eq(&self, other: &f64) -> bool {
        self.as_f64() == Some(*other)
    }
}
impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

/// Test-only mutation by path (`v["a"][0] = …`), which has no non-panicking meaning for a
/// non-object or an index out of range.
#[cfg(test)]
impl core::ops::IndexMut<&str> for Value {
    fn index_mut(&mut self, key: &str) -> &mut Value {
        let o = self.as_object_mut().expect("an object");
        if !o.contains_key(key) {
            o.insert(key.to_string(), Value::Null);
        }
        o.get_mut(key).expect("just inserted")
    }
}

#[cfg(test)]
impl core::ops::IndexMut<usize> for Value {
    fn index_mut(&mut self, i: usize) -> &mut Value {
        &mut self.as_array_mut().expect("an array")[i]
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
/// Non-finite numbers have no JSON form: they become null, as in `JSON.stringify`.
impl From<f64> for Value {
    fn from(n: f64) -> Value {
        if n.is_finite() { Value::Number(n) } else { Value::Null }
    }
}
macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Value {
                Value::Number(n as f64)
            }
        }
    )*};
}
from_int!(i32, i64, u8, u16, u32, u64, usize);
impl From<Vec<Value>> for Value {
    fn from(a: Vec<Value>) -> Value {
        Value::Array(a)
    }
}
impl From<Map> for Value {
    fn from(o: Map) -> Value {
        Value::Object(o)
    }
}

/// Borrowing conversion used by [`json!`](crate::json!) for interpolated expressions.
pub trait ToValue {
    fn to_value(&self) -> Value;
}
impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}
impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::from(self)
    }
}
impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::from(self.as_str())
    }
}
macro_rules! to_value_copy {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Value {
                Value::from(*self)
            }
        }
    )*};
}
to_value_copy!(bool, f64, i32, i64, u8, u16, u32, u64, usize);
/// Rounded to six decimals, so a weight written as 0.7 reads back as 0.7 rather than as the
/// f32's exact 0.699999988079071.
impl ToValue for f32 {
    fn to_value(&self) -> Value {
        Value::from((*self as f64 * 1e6).round() / 1e6)
    }
}
impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}
impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}
impl<T: ToValue> ToValue for [T] {
    fn to_value(&self) -> Value {
        Value::Array(self.iter().map(ToValue::to_value).collect())
    }
}
impl<T: ToValue> ToValue for Vec<T> {
    fn to_value(&self) -> Value {
        self.as_slice().to_value()
    }
}
impl<T: ToValue, const N: usize> ToValue for [T; N] {
    fn to_value(&self) -> Value {
        self.as_slice().to_value()
    }
}
impl ToValue for Map {
    fn to_value(&self) -> Value {
        Value::Object(self.clone())
    }
}

/// Builds a [`Value`] from JSON-like syntax; `{ "k": expr }` borrows `expr` through
/// [`ToValue`]. The same grammar as serde_json's macro, adapted to this module's types.
#[macro_export]
macro_rules! json {
    ($($json:tt)+) => {
        $crate::json_internal!($($json)+)
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! json_internal {
    (@array [$($elems:expr,)*]) => { vec![$($elems,)*] };
    (@array [$($elems:expr),*]) => { vec![$($elems),*] };
    (@array [$($elems:expr,)*] null $($rest:tt)*) => { $crate::json_internal!(@array [$($elems,)* $crate::json_internal!(null)] $($rest)*) };
    (@array [$($elems:expr,)*] true $($rest:tt)*) => { $crate::json_internal!(@array [$($elems,)* $crate::json_internal!(true)] $($rest)*) };
    (@array [$($elems:expr,)*] false $($rest:tt)*) => { $crate::json_internal!(@array [$($elems,)* $crate::json_internal!(false)] $($rest)*) };
    (@array [$($elems:expr,)*] [$($array:tt)*] $($rest:tt)*) => { $crate::json_internal!(@array [$($elems,)* $crate::json_internal!([$($array)*])] $($rest)*) };
    (@array [$($elems:expr,)*] {$($map:tt)*} $($rest:tt)*) => { $crate::json_internal!(@array [$($elems,)* $crate::json_internal!({$($map)*})] $($rest)*) };
    (@array [$($elems:expr,)*] $next:expr, $($rest:tt)*) => { $crate::json_internal!(@array [$($elems,)* $crate::json_internal!($next),] $($rest)*) };
    (@array [$($elems:expr,)*] $last:expr) => { $crate::json_internal!(@array [$($elems,)* $crate::json_internal!($last)]) };
    (@array [$($elems:expr),*] , $($rest:tt)*) => { $crate::json_internal!(@array [$($elems,)*] $($rest)*) };

    (@object $object:ident () () ()) => {};
    (@object $object:ident [$($key:tt)+] ($value:expr) , $($rest:tt)*) => {
        let _ = $object.insert(($($key)+).into(), $value);
        $crate::json_internal!(@object $object () ($($rest)*) ($($rest)*));
    };
    (@object $object:ident [$($key:tt)+] ($value:expr)) => { let _ = $object.insert(($($key)+).into(), $value); };
    (@object $object:ident ($($key:tt)+) (: null $($rest:tt)*) $copy:tt) => { $crate::json_internal!(@object $object [$($key)+] ($crate::json_internal!(null)) $($rest)*); };
    (@object $object:ident ($($key:tt)+) (: true $($rest:tt)*) $copy:tt) => { $crate::json_internal!(@object $object [$($key)+] ($crate::json_internal!(true)) $($rest)*); };
    (@object $object:ident ($($key:tt)+) (: false $($rest:tt)*) $copy:tt) => { $crate::json_internal!(@object $object [$($key)+] ($crate::json_internal!(false)) $($rest)*); };
    (@object $object:ident ($($key:tt)+) (: [$($array:tt)*] $($rest:tt)*) $copy:tt) => { $crate::json_internal!(@object $object [$($key)+] ($crate::json_internal!([$($array)*])) $($rest)*); };
    (@object $object:ident ($($key:tt)+) (: {$($map:tt)*} $($rest:tt)*) $copy:tt) => { $crate::json_internal!(@object $object [$($key)+] ($crate::json_internal!({$($map)*})) $($rest)*); };
    (@object $object:ident ($($key:tt)+) (: $value:expr , $($rest:tt)*) $copy:tt) => { $crate::json_internal!(@object $object [$($key)+] ($crate::json_internal!($value)) , $($rest)*); };
    (@object $object:ident ($($key:tt)+) (: $value:expr) $copy:tt) => { $crate::json_internal!(@object $object [$($key)+] ($crate::json_internal!($value))); };
    (@object $object:ident ($key:expr) (: $($rest:tt)*) $copy:tt) => { $crate::json_internal!(@object $object ($key) (: $($rest)*) (: $($rest)*)); };
    (@object $object:ident ($($key:tt)*) ($tt:tt $($rest:tt)*) $copy:tt) => { $crate::json_internal!(@object $object ($($key)* $tt) ($($rest)*) ($($rest)*)); };

    (null) => { $crate::json::Value::Null };
    (true) => { $crate::json::Value::Bool(true) };
    (false) => { $crate::json::Value::Bool(false) };
    ([]) => { $crate::json::Value::Array(vec![]) };
    ([ $($tt:tt)+ ]) => { $crate::json::Value::Array($crate::json_internal!(@array [] $($tt)+)) };
    ({}) => { $crate::json::Value::Object($crate::json::Map::new()) };
    ({ $($tt:tt)+ }) => {
        $crate::json::Value::Object({
            let mut object = $crate::json::Map::new();
            $crate::json_internal!(@object object () ($($tt)+) ($($tt)+));
            object
        })
    };
    ($other:expr) => { $crate::json::ToValue::to_value(&$other) };
}

// ---------------------------------------------------------------------------------------------
// Parsing

/// Why a text is not JSON: `invalid_json`, or `too_deep` past [`MAX_DEPTH`] levels of nesting.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub code: &'static str,
    pub message: String,
}

impl ParseError {
    /// The error of the argument or config entry at `path` that held this text.
    pub fn at(self, path: &str, config: bool) -> crate::error::Error {
        let msg = cat!("cannot read ", if path.is_empty() { "argument" } else { path }, ": ", self.message);
        if config { crate::error::Error::config(self.code, path, msg) } else { crate::error::Error::input(self.code, path, msg) }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// A result as a [`Value`], for tests that inspect what JS would receive.
#[cfg(test)]
pub fn to_value<T: ToJson + ?Sized>(value: &T) -> Result<Value, ParseError> {
    parse(&to_string(value))
}

/// Nesting limit: deeper input is refused instead of exhausting the wasm stack.
pub const MAX_DEPTH: usize = 128;

/// Parses strict JSON (RFC 8259). Lone surrogate escapes, which `JSON.stringify` emits for
/// lone surrogates in JS strings, become U+FFFD as they would in any UTF-8 text.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser { text, b: text.as_bytes(), i: 0, depth: 0 };
    let mut v = Value::Null;
    p.value(&mut v)?;
    p.ws();
    if p.i < p.b.len() {
        return Err(p.fail("trailing characters"));
    }
    Ok(v)
}

/// Calls `each` with the elements of `text`'s top-level array in turn, each parsed just before
/// its turn: a batch never holds all its parsed tickets at once, and each one is still in cache
/// when it is used. Every element is parsed into the same tree, whose strings and lists take the
/// next one's in place: tickets of one shape cost the parser no allocation or free (a review of
/// 100,000 tickets took 0.93× the time). `Ok(false)` when `text` is no array.
pub fn each_element(text: &str, each: &mut dyn FnMut(&Value) -> bool) -> Result<bool, ParseError> {
    let mut p = Parser { text, b: text.as_bytes(), i: 0, depth: 1 };
    p.ws();
    if !p.eat(b'[') {
        return Ok(false);
    }
    let mut slot = Value::Null;
    // Stopped early, the rest stays unread.
    if !p.elements(&mut |p| {
        p.value(&mut slot)?;
        Ok(each(&slot))
    })? {
        return Ok(true);
    }
    p.ws();
    if p.i < p.b.len() {
        return Err(p.fail("trailing characters"));
    }
    Ok(true)
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn fail(&self, what: &str) -> ParseError {
        let upto = &self.b[..self.i.min(self.b.len())];
        let line = 1 + upto.iter().filter(|&&c| c == b'\n').count();
        let col = 1 + upto.len() - upto.iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
        ParseError { code: "invalid_json", message: cat!(what, " at line ", line, " column ", col) }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        let ok = self.b.get(self.i) == Some(&c);
        if ok {
            self.i += 1;
        }
        ok
    }

    fn eat_word(&mut self, word: &[u8]) -> bool {
        let ok = self.b.get(self.i..).is_some_and(|rest| rest.starts_with(word));
        if ok {
            self.i += word.len();
        }
        ok
    }

    /// Parses the next value into `slot`, reusing the strings and lists already there (see
    /// [`each_element`]); on an error `slot` holds some partial value.
    fn value(&mut self, slot: &mut Value) -> Result<(), ParseError> {
        self.ws();
        *slot = match self.b.get(self.i) {
            None => return Err(self.fail("EOF while parsing a value")),
            Some(b'{') => return self.nested(slot, Self::object),
            Some(b'[') => return self.nested(slot, Self::array),
            Some(b'"') => {
                if let Value::String(s) = slot {
                    return self.string(s);
                }
                let mut s = String::new();
                self.string(&mut s)?;
                Value::String(s)
            }
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(_) if self.eat_word(b"null") => Value::Null,
            Some(_) if self.eat_word(b"true") => Value::Bool(true),
            Some(_) if self.eat_word(b"false") => Value::Bool(false),
            Some(_) => return Err(self.fail("expected value")),
        };
        Ok(())
    }

    fn nested(&mut self, slot: &mut Value, f: fn(&mut Self, &mut Value) -> Result<(), ParseError>) -> Result<(), ParseError> {
        if self.depth >= MAX_DEPTH {
            return Err(ParseError { code: "too_deep", message: cat!("nested deeper than ", MAX_DEPTH, " levels") });
        }
        self.depth += 1;
        self.i += 1;
        let v = f(self, slot);
        self.depth -= 1;
        v
    }

    fn array(&mut self, slot: &mut Value) -> Result<(), ParseError> {
        let mut a = match core::mem::take(slot) {
            Value::Array(a) => a,
            _ => Vec::new(),
        };
        let mut n = 0;
        self.elements(&mut |p| {
            if n == a.len() {
                a.push(Value::Null);
            }
            p.value(&mut a[n])?;
            n += 1;
            Ok(true)
        })?;
        a.truncate(n);
        *slot = Value::Array(a);
        Ok(())
    }

    /// Calls `each` to parse each element of the array whose `[` was just read, up to the `]`
    /// (true) or until `each` returns false (false).
    fn elements(&mut self, each: &mut dyn FnMut(&mut Self) -> Result<bool, ParseError>) -> Result<bool, ParseError> {
        self.ws();
        if self.eat(b']') {
            return Ok(true);
        }
        loop {
            if !each(self)? {
                return Ok(false);
            }
            self.ws();
            if self.eat(b']') {
                return Ok(true);
            }
            if !self.eat(b',') {
                return Err(self.fail("expected `,` or `]`"));
            }
        }
    }

    fn object(&mut self, slot: &mut Value) -> Result<(), ParseError> {
        let mut pairs = match core::mem::take(slot) {
            Value::Object(Map(p)) => p,
            _ => Vec::new(),
        };
        let mut n = 0;
        self.ws();
        if !self.eat(b'}') {
            loop {
                self.ws();
                if self.b.get(self.i) != Some(&b'"') {
                    return Err(self.fail("expected a key string"));
                }
                if n == pairs.len() {
                    pairs.push((String::new(), Value::Null));
                }
                let (k, v) = &mut pairs[n];
                self.string(k)?;
                self.ws();
                if !self.eat(b':') {
                    return Err(self.fail("expected `:`"));
                }
                self.value(v)?;
                n += 1;
                self.ws();
                if self.eat(b'}') {
                    break;
                }
                if !self.eat(b',') {
                    return Err(self.fail("expected `,` or `}`"));
                }
            }
        }
        pairs.truncate(n);
        *slot = Value::Object(dedup(pairs));
        Ok(())
    }

    /// Reads the string whose opening quote is next into `s` (cleared first, its capacity kept).
    fn string(&mut self, s: &mut String) -> Result<(), ParseError> {
        self.i += 1; // the opening quote
        s.clear();
        loop {
            let start = self.i;
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // The run stops only at ASCII bytes, so it is a whole-char slice of the (valid) input.
            s.push_str(self.text.get(start..self.i).unwrap_or_default());
            match self.b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.b.get(self.i) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.i += 1;
                            self.unicode_escape()?
                        }
                        _ => return Err(self.fail("invalid escape")),
                    };
                    self.i += 1;
                    s.push(c);
                }
                Some(_) => return Err(self.fail("control character in string")),
                None => return Err(self.fail("EOF while parsing a string")),
            }
        }
    }

    /// Reads the 4 hex digits after `\u` (and a following low-surrogate escape); leaves `i` on
    /// the last digit read so the caller's single step lands after it.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) && self.b.get(self.i + 4..self.i + 6) == Some(b"\\u") {
            let save = self.i;
            self.i += 6;
            let lo = self.hex4()?;
            if (0xDC00..0xE000).contains(&lo) {
                self.i += 3;
                return Ok(char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)).unwrap_or('\u{FFFD}'));
            }
            self.i = save;
        }
        self.i += 3;
        Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&self) -> Result<u32, ParseError> {
        let digits = self.b.get(self.i..self.i + 4).ok_or_else(|| self.fail("EOF in a \\u escape"))?;
        digits.iter().try_fold(0u32, |acc, &c| {
            let d = (c as char).to_digit(16).ok_or_else(|| self.fail("invalid \\u escape"))?;
            Ok(acc * 16 + d)
        })
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`. Numbers with ≤ 15 significant digits and
    /// |exponent| ≤ 22 (every integer, epoch millisecond, weight and minute count a form or config
    /// holds) are exact: mantissa × or ÷ an exact power of ten. Longer ones keep their first 19
    /// digits and may be off by an ulp or two — a deliberate trade: the standard library's exact
    /// parser adds 16 KB to the gzipped .wasm (measured) for digits no ticket carries.
    fn number(&mut self) -> Result<Value, ParseError> {
        let neg = self.eat(b'-');
        let mut mant: u64 = 0;
        let mut sig = 0u32;
        let mut scale: i32 = 0;
        let int_start = self.i;
        self.digits(&mut mant, &mut sig, &mut scale, false);
        let int_len = self.i - int_start;
        if int_len == 0 || (int_len > 1 && self.b[int_start] == b'0') {
            return Err(self.fail("invalid number"));
        }
        if self.eat(b'.') {
            let frac_start = self.i;
            self.digits(&mut mant, &mut sig, &mut scale, true);
            if self.i == frac_start {
                return Err(self.fail("invalid number"));
            }
        }
        let mut exp: i32 = 0;
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            let eneg = if self.eat(b'-') {
                true
            } else {
                self.eat(b'+');
                false
            };
            let digits_start = self.i;
            while let Some(&c @ b'0'..=b'9') = self.b.get(self.i) {
                exp = exp.saturating_mul(10).saturating_add((c - b'0') as i32);
                self.i += 1;
            }
            if self.i == digits_start {
                return Err(self.fail("invalid number"));
            }
            if eneg {
                exp = -exp;
            }
        }
        let e = exp.saturating_add(scale);
        let v = if mant == 0 {
            0.0
        } else if e >= 0 {
            mant as f64 * pow10(e)
        } else {
            mant as f64 / pow10(-e)
        };
        if !v.is_finite() {
            return Err(self.fail("number out of range"));
        }
        Ok(Value::Number(if neg { -v } else { v }))
    }

    /// Accumulates the first 19 significant digits into `mant` (`sig` counts them); `scale`
    /// tracks the decimal point.
    fn digits(&mut self, mant: &mut u64, sig: &mut u32, scale: &mut i32, frac: bool) {
        while let Some(&c @ b'0'..=b'9') = self.b.get(self.i) {
            if *mant > 0 || c != b'0' {
                *sig += 1;
            }
            if *sig <= 19 {
                *mant = *mant * 10 + (c - b'0') as u64;
                if frac {
                    *scale -= 1;
                }
            } else if !frac {
                *scale = scale.saturating_add(1);
            }
            self.i += 1;
        }
    }
}

/// 10^e, exact up to 10^22 (the table); beyond, by repeated multiplication.
fn pow10(e: i32) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];
    match EXACT.get(e.max(0) as usize) {
        Some(p) => *p,
        None => 1e22 * pow10(e.min(400) - 22),
    }
}

/// Keeps the last of duplicate keys, in the position of the first — `JSON.parse`'s rule.
fn dedup(mut pairs: Vec<(String, Value)>) -> Map {
    let n = pairs.len();
    let dup = if n <= 16 {
        (1..n).any(|j| pairs[..j].iter().any(|(k, _)| same_key(k, &pairs[j].0)))
    } else {
        let mut keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
        crate::text::sort_by(&mut keys, |a, b| a.cmp(b));
        keys.windows(2).any(|w| w[0] == w[1])
    };
    if !dup {
        return Map(pairs);
    }
    let mut m = Map::new();
    for (k, v) in pairs.drain(..) {
        m.insert(k, v);
    }
    m
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Writes `self` as JSON text onto `out`. Results implement this by hand (one `Obj` chain per
/// type) so each call writes straight into one buffer.
pub trait ToJson {
    fn write_json(&self, out: &mut String);
}

/// `value` as JSON text.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    // Results run from a few hundred bytes to a few KB (an `analyze` is ~3 KB): start at 4 KB
    // instead of growing from nothing.
    let mut s = String::with_capacity(4096);
    value.write_json(&mut s);
    s
}

/// A field key as [`Obj`] writes it, separator and quotes included (`,"name":`): one copy
/// per field instead of three.
macro_rules! key {
    ($k:literal) => {
        concat!(",\"", $k, "\":")
    };
}
pub(crate) use key;

/// Writes a result as a row: the JSON array of its fields in their declared order, absent ones
/// as null. The results every call returns (classification, priority, SLA, findings, validation)
/// cross the boundary this way and the wrapper names the fields again: V8 parses arrays in half
/// the time of objects with the same content, and the text written and decoded is half as long.
pub fn write_row(out: &mut String, fields: &[&dyn ToJson]) {
    fields.write_json(out);
}

/// A row's fields without its brackets, for the rows that come in lists (matches, alternatives,
/// reasons, SLA targets, findings, issues): a list of them is one flat array, row after row, that
/// the wrapper reads with a stride. `JSON.parse` then builds one array per list instead of one
/// per row, and a batch's parsed result takes a fifth less heap.
pub fn write_fields(out: &mut String, fields: &[&dyn ToJson]) {
    write_items(out, fields);
}

/// Values separated by commas: the body of a list, and the fields of a row.
fn write_items<T: ToJson>(out: &mut String, values: &[T]) {
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            put(out, b',');
        }
        v.write_json(out);
    }
}

/// Writes a JSON object field by field.
pub struct Obj<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Obj<'a> {
    pub fn new(out: &'a mut String) -> Obj<'a> {
        out.push('{');
        Obj { out, first: true }
    }
    /// A field; `key` comes from [`key!`] (`,"name":`, a plain identifier). Takes `dyn` so that
    /// one instance serves every field type.
    pub fn field(mut self, key: &str, value: &dyn ToJson) -> Obj<'a> {
        self.key(key);
        value.write_json(self.out);
        self
    }
    /// Continues with the fields of `inner` (a flattened struct).
    pub fn with(self, inner: impl FnOnce(Obj<'a>) -> Obj<'a>) -> Obj<'a> {
        inner(self)
    }
    fn key(&mut self, key: &str) {
        self.out.push_str(if self.first { key.get(1..).unwrap_or_default() } else { key });
        self.first = false;
    }
    pub fn end(self) {
        self.out.push('}');
    }
}

/// A JSON string literal, escaping what JSON requires (quotes, backslash, control characters).
pub fn write_str(out: &mut String, s: &str) {
    put(out, b'"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or_default());
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    put(out, b'"');
}

/// Integers in the exactly-representable range as digits; other finite numbers as the shortest
/// decimal that reads back as the same number; non-finite ones as null (`JSON.stringify`'s rule).
pub fn write_f64(out: &mut String, n: f64) {
    if !n.is_finite() {
        out.push_str("null");
    } else if n.fract() == 0.0 && n.abs() < EXACT_INT {
        write_int(out, n as i64);
    } else {
        if n < 0.0 {
            out.push('-');
        }
        write_positive(out, n.abs());
    }
}

/// Digits of a positive finite number, from its exact binary value `m·2^e`: Steele & White's
/// free-format digits in 128-bit integers (no tables; zmij's were 1.9 KB gzipped). Outside
/// 2^-69..2^64 — never a count, rate or minute — the number is first scaled by powers of ten and
/// written with an exponent, within a few units in its last place: as exact as the parser's own
/// reading of such numbers.
fn write_positive(out: &mut String, n: f64) {
    let bits = n.to_bits();
    let biased = (bits >> 52) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 { (frac, -1074) } else { (frac | 1 << 52, biased - 1075) };
    if e >= 0 && n < 18_446_744_073_709_551_616.0 {
        return write_uint(out, n as u64);
    }
    // In units of a quarter of the last place: the value is `r / 2^s`, the halfway points to the
    // neighbours lie `hi` above and `lo` below (closer below at a power of two).
    let s = 2 - e;
    if !(3..=123).contains(&s) {
        let (mut x, mut k) = (n, 0);
        while x >= 1e16 {
            x /= 1e16;
            k += 16;
        }
        while x < 1.0 {
            x *= 1e16;
            k -= 16;
        }
        write_positive(out, x);
        out.push('e');
        return write_int(out, k);
    }
    let d: u128 = 1 << s;
    let mut r = (m as u128) << 2;
    let (mut hi, mut lo): (u128, u128) = (2, if frac == 0 && biased > 1 { 1 } else { 2 });
    write_uint(out, (r >> s) as u64);
    r &= d - 1;
    out.push('.');
    // Not a whole number, so at least one fractional digit; a digit never rounds up past 9
    // (the step before would have stopped).
    loop {
        r *= 10;
        hi *= 10;
        lo *= 10;
        let digit = (r >> s) as u8;
        r &= d - 1;
        let (low, high) = (r < lo, r + hi > d);
        let up = high && (!low || 2 * r > d);
        out.push((b'0' + digit + up as u8) as char);
        if low || high {
            return;
        }
    }
}

pub fn write_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    write_uint(out, n.unsigned_abs());
}

pub fn write_uint(out: &mut String, u: u64) {
    let mut buf = [0u8; 20];
    let i = digits(u, &mut buf);
    for &b in buf.get(i..).unwrap_or_default() {
        put(out, b);
    }
}

/// Appends one ASCII byte. `String::push` encodes a char and stays a call at this crate's
/// size-first level; a result is mostly brackets, commas and digits written one at a time.
#[inline(always)]
pub fn put(out: &mut String, b: u8) {
    debug_assert!(b.is_ascii());
    // SAFETY: an ASCII byte is a whole UTF-8 char, so the string stays valid UTF-8.
    unsafe { out.as_mut_vec() }.push(b & 0x7F);
}

/// Writes the decimal digits of `u` right-aligned into `buf` and returns where they start
/// (also what `text::Pad` zero-pads from).
pub fn digits(mut u: u64, buf: &mut [u8; 20]) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            return i;
        }
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}
impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}
impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}
impl ToJson for f64 {
    fn write_json(&self, out: &mut String) {
        write_f64(out, *self);
    }
}
macro_rules! int_to_json {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                write_int(out, *self as i64);
            }
        }
    )*};
}
int_to_json!(i32, i64, u8, u16, u32, usize);
impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}
impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}
impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        put(out, b'[');
        write_items(out, self);
        put(out, b']');
    }
}
impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}
impl ToJson for Map {
    fn write_json(&self, out: &mut String) {
        out.push('{');
        for (i, (k, v)) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(out, k);
            out.push(':');
            v.write_json(out);
        }
        out.push('}');
    }
}
impl ToJson for Value {
    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => b.write_json(out),
            Value::Number(n) => write_f64(out, *n),
            Value::String(s) => write_str(out, s),
            Value::Array(a) => a.write_json(out),
            Value::Object(o) => o.write_json(out),
        }
    }
}

/// JSON text, for messages and tests (`{}` of a value is its JSON).
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_string(self))
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_string(self))
    }
}

impl fmt::Debug for Map {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_string(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_and_writes_round_trip() {
        let t = r#"{"a":[1,-2.5,1e3,0.1,true,false,null],"b":{"c":"x\"y\\z\n\u00e9\ud83d\ude00"},"d":""}"#;
        let v = parse(t).unwrap();
        assert_eq!(v["a"][2].as_f64(), Some(1000.0));
        assert_eq!(v["a"][3].as_f64(), Some(0.1));
        assert_eq!(v["b"]["c"].as_str(), Some("x\"y\\z\né😀"));
        assert_eq!(to_string(&v), r#"{"a":[1,-2.5,1000,0.1,true,false,null],"b":{"c":"x\"y\\z\né😀"},"d":""}"#);
        assert_eq!(parse(&to_string(&v)).unwrap(), v);
    }

    #[test]
    fn keeps_insertion_order_and_last_duplicate() {
        let v = parse(r#"{"z":1,"a":2,"z":3}"#).unwrap();
        assert_eq!(to_string(&v), r#"{"z":3,"a":2}"#);
        let many: String = (0..40).map(|i| format!("\"k{}\":{i},", i % 30)).collect();
        let v = parse(&format!("{{{}\"end\":0}}", many)).unwrap();
        assert_eq!(v.as_object().map(Map::len), Some(31));
        assert_eq!(v["k5"].as_f64(), Some(35.0));
    }

    #[test]
    fn strings_stop_at_every_quote_escape_and_control_byte_wherever_it_falls() {
        // Each special byte at every offset up to 20, after plain ASCII, high bytes (汉) and
        // bytes just above 0x20: what any faster scan must keep.
        for fill in ["a", "汉", "!", "~"] {
            for n in 0..20 {
                let pad = fill.repeat(n);
                assert_eq!(parse(&format!("\"{pad}\"")).unwrap(), Value::String(pad.clone()));
                assert_eq!(parse(&format!("\"{pad}\\\"x\"")).unwrap(), Value::String(format!("{pad}\"x")), "{n}");
                assert_eq!(parse(&format!("\"{pad}\\\\x\"")).unwrap(), Value::String(format!("{pad}\\x")), "{n}");
                assert_eq!(parse(&format!("\"{pad}\u{1f}x\"")).map_err(|e| e.code), Err("invalid_json"), "{n}");
                assert_eq!(parse(&format!("[\"{pad}\",\"{pad}\"]")).unwrap(), json!([pad.clone(), pad.clone()]));
            }
        }
    }

    #[test]
    fn rejects_what_json_rejects() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "1e", "tru", "\"\\x\"", "\"a\u{1}\"", "[1] x", "{'a':1}", "NaN", "1e400"] {
            assert_eq!(parse(bad).map_err(|e| e.code), Err("invalid_json"), "{bad:?}");
        }
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert_eq!(parse(&deep).map_err(|e| e.code), Err("too_deep"));
        assert!(parse(&("[".repeat(100) + &"]".repeat(100))).is_ok());
        assert_eq!(parse("[1,\n 2,]").unwrap_err().message, "expected value at line 2 column 4");
    }

    #[test]
    fn each_element_streams_the_top_level_array() {
        let mut seen = Vec::new();
        assert_eq!(each_element(" [1, {\"a\": [2]}, \"x\"] ", &mut |v| { seen.push(to_string(v)); true }).ok(), Some(true));
        assert_eq!(seen, ["1", r#"{"a":[2]}"#, r#""x""#]);
        let mut n = 0;
        assert_eq!(each_element("[1,2,3]", &mut |_| { n += 1; n < 2 }).ok(), Some(true));
        assert_eq!(n, 2, "stops when told");
        assert_eq!(each_element(r#"{"a":1}"#, &mut |_| true).ok(), Some(false));
        for bad in ["[1,]", "[1 2]", "[1] x", "[", "[\"a"] {
            assert_eq!(each_element(bad, &mut |_| true).map_err(|e| e.code), Err("invalid_json"), "{bad:?}");
        }
    }

    #[test]
    fn each_element_reuses_the_tree_without_leaking_the_previous_element() {
        // Each element is parsed into what the one before left: longer, shorter, other kinds.
        let elements = [
            r#"{"a":"long string here","b":[1,2,{"c":"x"}],"d":{"e":true}}"#,
            r#"{"b":"s","a":[]}"#,
            r#"{"a":{"c":1,"c":2},"x\"y":"q\u00e9"}"#,
            r#"[1,[2,3],{"a":null}]"#,
            r#"[{"z":""}]"#,
            r#""str""#,
            r#"{}"#,
            r#"{"a":"long string here","b":[1,2,{"c":"x"}],"d":{"e":true}}"#,
        ];
        let mut seen = Vec::new();
        let all = cat!("[", elements.join(","), "]");
        assert_eq!(each_element(&all, &mut |v| { seen.push(v.clone()); true }).ok(), Some(true));
        let fresh: Vec<Value> = elements.iter().map(|e| parse(e).unwrap()).collect();
        assert_eq!(seen, fresh);
    }

    #[test]
    fn lone_surrogates_become_replacement_chars() {
        assert_eq!(parse(r#""a\ud800b\udc00""#).unwrap().as_str(), Some("a\u{FFFD}b\u{FFFD}"));
        assert_eq!(parse(r#""\ud800\u0041""#).unwrap().as_str(), Some("\u{FFFD}A"));
    }

    #[test]
    fn numbers_integers_and_non_finite() {
        assert_eq!(to_string(&Value::from(5.0)), "5");
        assert_eq!(to_string(&Value::from(-0.25)), "-0.25");
        assert_eq!(to_string(&Value::from(f64::NAN)), "null");
        assert_eq!(to_string(&f64::INFINITY), "null");
        for (n, text) in [(0.1, "0.1"), (-0.25, "-0.25"), (2.0 / 3.0, "0.6666666666666666"), (0.1 + 0.2, "0.30000000000000004"),
            (1e-7, "0.0000001"), (123.456, "123.456"), (5e-324_f64.max(1e-20), "0.00000000000000000001"),
            (9_007_199_254_740_993.0, "9007199254740992"), (1.5e19, "15000000000000000000")]
        {
            assert_eq!(to_string(&n), text);
        }
        // Beyond 2^64 and below 2^-69: an exponent, and within a few units in the last place.
        for n in [1e300, 4.2e-300, 5e-324, 1.7976931348623157e308, 3e20] {
            let back: f64 = to_string(&n).parse().unwrap_or_default();
            assert!((back / n - 1.0).abs() < 1e-14, "{n} → {}", to_string(&n));
        }
        assert_eq!(parse("1729562400000").unwrap().as_i64(), Some(1_729_562_400_000));
        assert_eq!(parse("5.0").unwrap().as_u64(), Some(5));
        assert_eq!(parse("-5").unwrap().as_u64(), None);
        assert_eq!(parse("2.5").unwrap().as_i64(), None);
        let long = parse("12345678901234567890123").unwrap().as_f64().unwrap_or_default();
        assert!((long / 1.2345678901234568e22 - 1.0).abs() < 1e-15);
        assert_eq!(parse("1e-400").unwrap().as_f64(), Some(0.0));
        assert_eq!(parse("-0").unwrap().as_f64(), Some(0.0));
    }

    #[test]
    fn macro_builds_nested_values() {
        let name = String::from("n");
        let xs = vec![1u32, 2];
        let v = json!({"a": name, "b": [xs, null, {"c": true}], "d": Some(1.5), "e": None::<u8>});
        assert_eq!(to_string(&v), r#"{"a":"n","b":[[1,2],null,{"c":true}],"d":1.5,"e":null}"#);
        assert_eq!(name, "n"); // borrowed, not moved
    }

    #[test]
    fn obj_writer_writes_fields_and_flattens() {
        let mut s = String::new();
        Obj::new(&mut s).field(key!("a"), &1u32).field(key!("c"), &Some("x")).with(|o| o.field(key!("d"), &vec![true])).end();
        assert_eq!(s, r#"{"a":1,"c":"x","d":[true]}"#);
        assert_eq!(to_string("a\u{1}\u{1f}"), r#""a\u0001\u001f""#);
    }

    proptest! {
        /// Every number from 2^-69 to 2^64 reads back exactly, in as few digits as the standard
        /// library's shortest form.
        #[test]
        fn numbers_are_written_shortest_and_read_back_exactly(frac in any::<u64>(), biased in 955u64..1087, short in 0..2) {
            // Every bit pattern in the range, and short decimals (whose digits end early).
            let n = f64::from_bits(frac >> 12 | biased << 52 | frac << 63);
            let n = if short == 1 { (n * 1e6).round() / 1e6 } else { n };
            let text = to_string(&n);
            prop_assert_eq!(text.parse::<f64>().ok(), Some(n), "{}", text);
            prop_assert!(text.len() <= format!("{n}").len(), "{} vs {}", text, n);
        }
    }

    fn arb_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            // Up to 15 significant digits: the range the parser reads exactly.
            (-999_999_999_999_999i64..=999_999_999_999_999, 0i32..20).prop_map(|(m, k)| Value::Number(m as f64 / 10f64.powi(k))),
            any::<i32>().prop_map(Value::from),
            ".*".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::vec(("[a-z]{0,3}", inner), 0..8).prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Whatever we write, serde_json (the reference parser) accepts, and we read it back
        /// unchanged (numbers round-trip exactly through their shortest form).
        #[test]
        fn written_json_is_standard_and_round_trips(v in arb_value()) {
            let text = to_string(&v);
            prop_assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok(), "not standard JSON: {}", text);
            prop_assert_eq!(parse(&text).expect("round trip"), v);
        }

        /// Any text: a value or an error, never a panic; agreement with serde_json on validity.
        #[test]
        fn any_text_parses_or_errs_like_serde_json(t in r#"[\[\]{}",:0-9eE.+\-a-z\\ ]{0,40}"#) {
            let ours = parse(&t).is_ok();
            let theirs = serde_json::from_str::<serde_json::Value>(&t).is_ok();
            prop_assert_eq!(ours, theirs, "{}", t);
        }
    }
}
