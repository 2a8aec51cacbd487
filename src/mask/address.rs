//! Postal addresses. Chinese: a chain of number + unit components (`601号`, `20幢`, `2单元`,
//! `502室`) and the place name before it, back to the province/city/district/road that opens
//! it. English: `[Flat 15, ]133 Park Avenue[, City][, ST 12345 | POSTCODE]`.

use crate::prelude::*;

use super::scan::{Buf, Chars, Words};
use crate::text::Once;
use super::tables::{AU_STATES, CA_PROVINCES, EN_STREET, EN_UNIT, NOT_PLACE, US_STATES, ZH_ADMIN, ZH_REGION, ZH_ROAD, ZH_STOP, ZH_STRONG_STOP, ZH_UNIT};
use super::{Candidate, Kind};

fn is_cjk(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// Division (tag 0) and road (tag 1) suffixes, and names that open an address whole (tag 2).
fn places() -> &'static Words {
    static W: Once<Words> = Once::new();
    W.get_or_init(|| Words::new(&[(ZH_ADMIN, 0), (ZH_ROAD, 1), (ZH_REGION, 2)]))
}

fn units() -> &'static Words {
    static W: Once<Words> = Once::new();
    W.get_or_init(|| Words::new(&[(ZH_UNIT, 0)]))
}

fn is_stop(c: char) -> bool {
    static S: Once<Chars> = Once::new();
    S.get_or_init(|| Chars::new(ZH_STOP)).has(c)
}

/// Strong delimiters of a Chinese address's head: besides punctuation, words like 至/在/到.
fn is_strong_stop(c: char) -> bool {
    static S: Once<Chars> = Once::new();
    !(is_cjk(c) || c.is_ascii_alphanumeric()) || S.get_or_init(|| Chars::new(ZH_STRONG_STOP)).has(c)
}

/// A space inside an address written with its parts apart: after a CJK char, before a CJK char
/// or a number (`广东省 深圳市`, `高新南七道 18号`).
fn soft_space(buf: &Buf, p: usize) -> bool {
    buf.at(p) == ' ' && p > 0 && is_cjk(buf.at(p - 1)) && (is_cjk(buf.at(p + 1)) || buf.is_digit(p + 1))
}

/// The unit after a number at `i`, if any: returns its length in chars and whether it names a
/// building-level unit (栋/幢/单元/室 …) rather than a plain house number (号).
fn unit_at(buf: &Buf, i: usize) -> Option<(usize, bool)> {
    let units = units();
    if !units.may_start(buf.at(i)) {
        return None;
    }
    units.at(buf, i).next().map(|u| (u.len(), u.text != "号"))
}

/// The division/road character at `p` belongs to an ordinary word (`市场`, `小区`, `知道`):
/// a `NOT_PLACE` word starts at most three chars before it and covers it. Indexed: this runs
/// for every 市/区/道/里 in a text, and scanning the word list each time cost a fifth of `mask`.
fn in_common_word(buf: &Buf, p: usize) -> bool {
    static W: Once<Words> = Once::new();
    let words = W.get_or_init(|| Words::new(&[(NOT_PLACE, 0)]));
    (0..=p.min(3)).any(|k| words.at(buf, p - k).any(|w| w.len() > k))
}

struct Component {
    s: usize,
    e: usize,
    building: bool,
}

/// `12号`, `20幢`, `C座`: a number (or one letter) followed by an address unit.
fn component_at(buf: &Buf, i: usize) -> Option<Component> {
    let mut j = i;
    while buf.is_digit(j) && j - i < 5 {
        j += 1;
    }
    if j == i {
        if buf.at(i).is_ascii_uppercase() && !buf.is_alnum(i + 1) && (i == 0 || !buf.at(i - 1).is_ascii_alphabetic()) {
            j = i + 1;
        } else {
            return None;
        }
    }
    // `3月5号` is a date, not a house number.
    if buf.is_digit(j) || (j > i && i > 0 && buf.at(i - 1) == '月') {
        return None;
    }
    let (len, building) = unit_at(buf, j)?;
    // An entrance is a unit only before its room (`3门402`): `403门口` is a door.
    if buf.at(j) == '门' && !buf.is_digit(j + 1) {
        return None;
    }
    Some(Component { s: i, e: j + len, building })
}

pub fn scan(buf: &Buf, out: &mut Vec<Candidate>) {
    scan_zh(buf, out);
    scan_en(buf, out);
}

fn scan_zh(buf: &Buf, out: &mut Vec<Candidate>) {
    let n = buf.len();
    let mut next = 0;
    for &i in buf.marks() {
        if i < next || buf.at(i) == '@' || buf.at(i) == '+' || buf.at(i) == '(' {
            continue;
        }
        let Some(first) = component_at(buf, i) else { continue };
        // Chain the components that follow with short place-name gaps between them.
        let mut count = 1;
        let mut building = first.building;
        let mut k = first.e;
        // A room (室) is the last unit (see `head`).
        while buf.at(k - 1) != '室' {
            let mut g = k;
            // A hyphen joins a building's name to its block (`泰达MSD-C区2座`), a space the
            // words of a Latin one (`望京SOHO T1 C座`).
            let joins = |g: usize| match buf.at(g) {
                '-' => true,
                ' ' => soft_space(buf, g) || (g > k && buf.is_alnum(g - 1) && buf.is_alnum(g + 1)),
                c => !is_strong_stop(c),
            };
            while g < n && g - k <= 12 && joins(g) && component_at(buf, g).is_none() {
                g += 1;
            }
            match component_at(buf, g) {
                Some(c) if g - k <= 12 => {
                    // A number on a floor may name a door, a window or a parking space
                    // (`B1层3号门`): no chain on its own.
                    count += usize::from(c.building || !matches!(buf.at(k - 1), '层' | '楼' | '樓'));
                    k = c.e;
                    building |= c.building;
                }
                _ => break,
            }
        }
        let mut end = k;
        // A flat's letter after its floor (Hong Kong's and Macau's `15樓H`).
        if matches!(buf.at(end - 1), '楼' | '樓') && buf.at(end).is_ascii_uppercase() && !buf.is_alnum(end + 1) {
            end += 1;
        }
        // A room number written bare after the last unit: `19号楼2802`, `3单元203`, `5楼 502`,
        // or building, unit and room joined by hyphens (`440号11-4-1301`): groups of at most 5
        // digits (a longer run is a date or an order number), 8 in all (a phone's 11 are no
        // room), never with a leading 0, as the area code of a phone after the address has it.
        // A compound's name may stand between (`508号锦绣家园22-2-1201`): then only the three
        // hyphen-joined groups make a room, the first of at most 3 digits (`日期2024-05-03` is a date).
        // Taiwan's `20樓之3`: the unit on a floor.
        let mut from = end + usize::from(buf.at(end) == '之' || soft_space(buf, end));
        let mut g = from;
        while g - from < 8 && is_cjk(buf.at(g)) && !is_strong_stop(buf.at(g)) {
            g += 1;
        }
        let named = g > from && buf.is_digit(g);
        if named {
            from = g;
        }
        let (mut r, mut digits, mut group, mut hyphens) = (from, 0, 0, 0);
        while (buf.is_digit(r) && group < 5) || (group > 0 && buf.at(r) == '-' && buf.is_digit(r + 1)) {
            group = if buf.is_digit(r) { group + 1 } else { 0 };
            digits += usize::from(group > 0);
            hyphens += usize::from(group == 0);
            r += 1;
        }
        if r > from && digits <= 8 && !buf.is_alnum(r) && buf.at(from) != '0' && (!named || hyphens >= 2 && (from..r).take_while(|&k| buf.is_digit(k)).count() <= 3) {
            end = r;
        }
        if let Some(start) = head(buf, first.s, count, building) {
            // A chain whose head reaches back into the previous address continues it
            // (`…珞喻路1037号华中科技大学东校区学生公寓7栋`).
            match out.last_mut() {
                Some(prev) if prev.kind == Kind::Address && start < prev.end && prev.start <= start => prev.end = end,
                _ => out.push(Candidate::whole(Kind::Address, start, end)),
            }
        }
        next = end.max(i + 1);
    }
}

/// Finds where the address before the first component starts, or `None` when what precedes
/// does not make an address (a lone `5号` is a date, not a house).
fn head(buf: &Buf, first: usize, count: usize, building: bool) -> Option<usize> {
    let mut raw = first;
    // A room (室) ends the address before: `…1708室 外卖放1楼` is another phrase.
    while raw > 0 && first - raw < 30 && (!is_strong_stop(buf.at(raw - 1)) || soft_space(buf, raw - 1)) && buf.at(raw - 1) != '室' {
        raw -= 1;
    }
    let mut admin = 0;
    let mut road = false;
    // The first place word after the head's first char, and whether it is a whole name.
    let mut leftmost: Option<(usize, bool)> = None;
    let mut p = raw;
    while p < first {
        let found = if places().may_start(buf.at(p)) { places().at(buf, p).min_by_key(|w| w.tag) } else { None };
        if let Some(w) = found.filter(|_| !in_common_word(buf, p)) {
            // A suffix right at the head has its name cut off; a region's name is whole.
            if p > raw || w.tag == 2 {
                leftmost.get_or_insert((p, w.tag == 2));
            }
            if w.tag == 1 {
                road = true;
            } else {
                admin += 1;
            }
            p += w.len();
        } else {
            p += 1;
        }
    }
    let start = match leftmost {
        // The place name before the first division/road: back to a function word, and never
        // into a number (the postcode of `106台北市` comes whole). A whole name starts it.
        Some((m, whole)) => {
            let mut s = m;
            while !whole && s > raw && (m - s < 4 || buf.is_digit(s) && buf.is_digit(s - 1)) && !is_stop(buf.at(s - 1)) && buf.at(s - 1) != ' ' {
                s -= 1;
            }
            // `地址改成浙江省…`, `麻烦改成郑州市…`: the verb is no part of the name (为/為 are stops
            // already).
            if let Some(k) = (s..m).find(|&k| buf.at(k) == '改' && buf.at(k + 1) == '成') {
                s = k + 2;
            }
            s
        }
        None => {
            let mut s = first;
            while s > raw && !is_stop(buf.at(s - 1)) && buf.at(s - 1) != ' ' {
                s -= 1;
            }
            s
        }
    };
    // After 至 / 寄到 / 地址： a named place with one number is enough (`送到软件园10号楼`).
    let cued = first - start >= 2 && address_cue(buf, raw);
    let ok = count >= 2 || road || admin >= 2 || (building && admin >= 1) || cued;
    (ok && (leftmost.is_some() || start < first || count >= 2)).then_some(start)
}

/// The text before `i` announces an address: `寄到`, `重发至`, `地址：`, `address: `.
fn address_cue(buf: &Buf, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 3 && matches!(buf.at(k - 1), ':' | ' ') {
        k -= 1;
    }
    let c = buf.at(k.wrapping_sub(1));
    matches!(c, '至' | '到' | '址') || (k >= 7 && buf.starts_with_lower(k - 7, "address"))
}

/// A word of ASCII letters and digits and Latin-1 and Latin Extended letters (`Montréal`) starting
/// at `i`: its end.
fn word(buf: &Buf, i: usize) -> usize {
    let mut j = i;
    while buf.at(j).is_ascii_alphanumeric() || matches!(buf.at(j), '\u{C0}'..='\u{24F}') || (j > i && matches!(buf.at(j), '\'' | '-')) {
        j += 1;
    }
    j
}

/// The word `s..e` is one of `list` (lower case), ignoring case.
fn word_in(buf: &Buf, s: usize, e: usize, list: &str) -> bool {
    list.split('|').any(|w| w.len() == e - s && buf.starts_with_lower(s, w))
}

/// A name word: a capital and letters (`Park`, `O'Neil`, `Montréal`), or an ordinal (`5th`, `W 74th St`).
fn capitalized(buf: &Buf, s: usize, e: usize) -> bool {
    let mut d = s;
    while buf.is_digit(d) && d < e {
        d += 1;
    }
    if d > s {
        return word_in(buf, d, e, "st|nd|rd|th");
    }
    e > s && buf.at(s).is_ascii_uppercase() && (s + 1..e).all(|k| buf.at(k).is_ascii_alphabetic() || matches!(buf.at(k), '\'' | '-' | '\u{C0}'..='\u{24F}'))
}

/// `LS1 5DL`, `CB2 1TN`, `SW1A 1AA` (UK) or `K1A 0B1` (Canada) starting at `i`: its end.
fn postcode(buf: &Buf, i: usize) -> Option<usize> {
    let (a, c) = (word(buf, i), |k: usize| buf.at(k));
    let b = word(buf, a + 1);
    let (f, s) = (a - i, b - a - 1);
    let upper = (i..b).all(|k| k == a || c(k).is_ascii_uppercase() || c(k).is_ascii_digit());
    let uk = (2..=4).contains(&f)
        && c(i).is_ascii_alphabetic()
        && (i..a).any(|k| c(k).is_ascii_digit())
        && s == 3
        && c(a + 1).is_ascii_digit()
        && c(a + 2).is_ascii_alphabetic()
        && c(a + 3).is_ascii_alphabetic();
    let ca = f == 3 && s == 3 && c(i + 1).is_ascii_digit() && c(a + 1).is_ascii_digit() && c(a + 3).is_ascii_digit();
    (c(a) == ' ' && upper && (uk || ca)).then_some(b)
}

/// `CA 95123`, `NY 11231-0001` (US), `ON M5V 3L9` (Canada) or `NSW 2000` (Australia): its end.
fn state_zip(buf: &Buf, i: usize) -> Option<usize> {
    let a = word(buf, i);
    if buf.at(a) != ' ' {
        return None;
    }
    // The codes are written in capitals, as in the tables.
    let code: String = (i..a).map(|k| buf.at(k)).collect();
    let is = |list: &str| list.split(' ').any(|s| s == code);
    if is(CA_PROVINCES) {
        return postcode(buf, a + 1);
    }
    let mut z = a + 1;
    while buf.is_digit(z) && z - a <= 6 {
        z += 1;
    }
    let zip = match z - (a + 1) {
        5 if is(US_STATES) => true,
        4 if is(AU_STATES) => true,
        _ => false,
    };
    if !zip {
        return None;
    }
    if z - (a + 1) == 5 && buf.at(z) == '-' && (1..=4).all(|k| buf.is_digit(z + k)) && !buf.is_digit(z + 5) {
        z += 5;
    }
    (!buf.is_alnum(z)).then_some(z)
}

/// What may follow the street type: a direction (`Ave NW`) and a unit (`Apt 5`, `#12`,
/// `Suite 210`, `Unit 3B`). Returns the new end.
fn street_tail(buf: &Buf, end: usize) -> usize {
    let mut end = end;
    if buf.at(end) == ' ' {
        // A direction (`Main St NW`, `King Street West`) or a street number (`Ang Mo Kio Avenue 3`)
        // after the type.
        let e = word(buf, end + 1);
        let dir = buf.at(end + 1).is_ascii_uppercase() && word_in(buf, end + 1, e, "n|s|e|w|ne|nw|se|sw|north|south|east|west");
        let num = (2..=4).contains(&(e - end)) && (end + 1..e).all(|k| buf.is_digit(k));
        if dir || num {
            end = if buf.at(e) == '.' { e + 1 } else { e };
        }
    }
    let j = skip_sep(buf, end);
    let mut k = if buf.at(j) == '#' {
        j + 1
    } else {
        let e = word(buf, j);
        if e == j || !word_in(buf, j, e, EN_UNIT) {
            return end;
        }
        e
    };
    while matches!(buf.at(k), '.' | ' ' | '#') && k - j < 12 {
        k += 1;
    }
    let e = word(buf, k);
    if e > k && e - k <= 8 && (buf.is_digit(k) || e - k == 1) { e } else { end }
}

fn skip_sep(buf: &Buf, i: usize) -> usize {
    let mut j = i;
    if buf.at(j) == ',' {
        j += 1;
    }
    // An address's lines may be broken (`Unit 12\nLos Angeles, CA 90057`).
    while matches!(buf.at(j), ' ' | '\n') {
        j += 1;
    }
    j
}

/// What may follow a street: `, City`, and a state + ZIP or a postcode (`, Toronto, ON M5V 3L9`,
/// `, New York, NY 10023`, `, London W2 4BH`), or when `regions` a Hong Kong region: its end,
/// when one is there.
fn city_tail(buf: &Buf, end: usize, regions: bool) -> Option<usize> {
    let j = skip_sep(buf, end);
    if let Some(z) = state_zip(buf, j).or_else(|| postcode(buf, j)) {
        return Some(z);
    }
    // A postcode before the city, and a state after it (`55100 Kuala Lumpur`, `47300 Petaling
    // Jaya, Selangor`).
    let mut z = j;
    while buf.is_digit(z) {
        z += 1;
    }
    let city = if z - j == 5 && buf.at(z) == ' ' { names(buf, z + 1) } else { z };
    if city > z + 1 {
        // The state is one plain word (`Selangor`, not `WhatsApp`).
        let s = skip_sep(buf, city);
        let state = word(buf, s);
        let plain = capitalized(buf, s, state) && (s + 1..state).all(|k| buf.at(k).is_ascii_lowercase());
        return Some(if buf.at(city) == ',' && plain { state } else { city });
    }
    let mut c = j;
    // Hong Kong has no postcodes: its region names end the address (`, Wan Chai, Hong Kong`).
    let mut region = None;
    let mut district = false;
    for _ in 0..6 {
        let mut e = word(buf, c);
        if !capitalized(buf, c, e) {
            return region;
        }
        // A Chinese city's district in English, and the word after it, its city (`Xuhui
        // District, Shanghai`, `Pudong New Area, Shanghai`).
        let city = district;
        district = word_in(buf, c, e, "district|area");
        if regions && (district || city) {
            region = Some(e);
        }
        if regions {
            let kong = word(buf, e + 1);
            let hong_kong = word_in(buf, c, e, "hong") && buf.at(e) == ' ' && word_in(buf, e + 1, kong, "kong");
            if hong_kong || word_in(buf, c, e, "kowloon") {
                e = if hong_kong { kong } else { e };
                region = Some(e);
            }
        }
        let after = skip_sep(buf, e);
        if let Some(z) = state_zip(buf, after).or_else(|| postcode(buf, after)) {
            return Some(z);
        }
        // A city and a four- or six-digit postcode: `Auckland 1021`, `Singapore 079903`.
        let mut z = e + 1;
        while buf.is_digit(z) {
            z += 1;
        }
        if buf.at(e) == ' ' && matches!(z - e, 5 | 7) && !buf.is_alnum(z) {
            return Some(z);
        }
        // Building and city names may stand apart (`International Plaza, Singapore 079903`).
        if after == e {
            return region;
        }
        c = after;
    }
    region
}

/// The end of up to three capitalised words from `i` (`Kuala Lumpur`), or `i`.
fn names(buf: &Buf, i: usize) -> usize {
    let (mut end, mut w) = (i, i);
    for _ in 0..3 {
        let e = word(buf, w);
        if !capitalized(buf, w, e) {
            break;
        }
        end = e;
        if buf.at(e) != ' ' {
            break;
        }
        w = e + 1;
    }
    end
}

/// Where an address whose house number starts at `i` begins: units and floors may stand before
/// the number (`Apt 4B `, `Flat 15, `, `Flat B, 12/F, Tower 2, `), and between them and the
/// number a building name set off by commas (`, Harbour Centre, `).
fn head_start(buf: &Buf, i: usize) -> usize {
    let back = |k: usize| {
        let mut s = k;
        while s > 0 && (buf.is_alnum(s - 1) || matches!(buf.at(s - 1), '/' | '\'' | '-' | '.')) {
            s -= 1;
        }
        s
    };
    let spaces = |k: usize| {
        let mut s = k;
        while s > 0 && buf.at(s - 1) == ' ' {
            s -= 1;
        }
        s
    };
    // A unit before the house number, joined by a slash or a hyphen (`9/48 Bronte Road`,
    // `1507-1111 Alberni Street`).
    let joined = matches!(buf.at(i.wrapping_sub(1)), '/' | '-').then(|| back(i - 1));
    let i = joined.filter(|&u| i - 1 - u <= 4 && (u..i - 1).all(|k| buf.is_digit(k))).unwrap_or(i);
    let (mut start, mut p) = (i, i);
    for _ in 0..6 {
        let mut e = spaces(p);
        let comma = buf.at(e.wrapping_sub(1)) == ',';
        if comma {
            e = spaces(e - 1);
        }
        let s = back(e);
        if e == p || s == e {
            break;
        }
        // A floor (`12/F`, `G/F`) or a unit word and its number (`Flat 15`, `Tower 2`, `Flat F`;
        // not `flat. It's`).
        // Or the number's own unit word (`Blk 682 Tampines Street 21`, `No. 924 Jiangnan Road`).
        let floor = e - s >= 3 && buf.at(e - 2) == '/' && buf.at(e - 1).eq_ignore_ascii_case(&'f');
        let own = p == i && !comma && word_in(buf, s, e, EN_UNIT);
        let u = back(spaces(s));
        if floor || own || (u < s && e - s <= 6 && (buf.is_digit(s) || e - s <= 2) && word_in(buf, u, word(buf, u), EN_UNIT)) {
            start = if floor || own { s } else { u };
            p = start;
            continue;
        }
        // A building name: up to four capitalised words with a comma before and after.
        let mut b = e;
        let mut n = 0;
        while n < 4 && capitalized(buf, back(b), b) {
            n += 1;
            b = back(b);
            if buf.at(b.wrapping_sub(1)) != ' ' || buf.at(spaces(b).wrapping_sub(1)) == ',' {
                break;
            }
            b = spaces(b);
        }
        if !comma || n == 0 || buf.at(spaces(b).wrapping_sub(1)) != ',' {
            break;
        }
        p = b;
    }
    start
}

fn scan_en(buf: &Buf, out: &mut Vec<Candidate>) {
    let mut next = 0;
    for &i in buf.marks() {
        if i < next || !buf.is_digit(i) || (i > 0 && buf.is_alnum(i - 1)) {
            continue;
        }
        // A house number: up to six digits, perhaps one letter (`221B`), a space, a capital.
        let mut d = i;
        while buf.is_digit(d) && d - i <= 6 {
            d += 1;
        }
        let num_end = if buf.at(d).is_ascii_alphabetic() { d + 1 } else { d };
        // A Malaysian street, its type first, after a comma: `No. 70, Jalan Bukit Bintang, 55100
        // Kuala Lumpur`.
        let j = skip_sep(buf, num_end);
        let pre = word(buf, j);
        let malay = buf.at(num_end) == ',' && buf.at(pre) == ' ' && word_in(buf, j, pre, "jalan|jln|lorong|persiaran");
        if d - i > 6 || !malay && (buf.at(num_end) != ' ' || !capitalized(buf, num_end + 1, word(buf, num_end + 1))) {
            next = d;
            continue;
        }
        // 1–4 capitalised words, the last of them a street type (or two: `Gardens Square`);
        // without one, a name that a city and a postcode follow (`10 Deansgate, Manchester M3 2BW`),
        // or after an address cue a Hong Kong region (`Address: 88 Queensway, Admiralty, Hong Kong`).
        let mut w = num_end + 1;
        let mut street_end = None;
        let mut name_end = w;
        if malay {
            // Its name runs to the comma before the postcode (`Jalan SS 2/28`).
            name_end = pre + 1;
            while name_end - pre < 30 && (buf.is_alnum(name_end) || matches!(buf.at(name_end), ' ' | '/' | '-')) {
                name_end += 1;
            }
        } else {
            for _ in 0..5 {
                let e = word(buf, w);
                if !capitalized(buf, w, e) {
                    break;
                }
                name_end = e;
                if w > num_end + 1 && word_in(buf, w, e, EN_STREET) {
                    let n = word(buf, e + 1);
                    let e = if buf.at(e) == ' ' && capitalized(buf, e + 1, n) && word_in(buf, e + 1, n, EN_STREET) { n } else { e };
                    street_end = Some(if buf.at(e) == '.' { e + 1 } else { e });
                    break;
                }
                if buf.at(e) != ' ' {
                    break;
                }
                w = e + 1;
            }
        }
        let street_end = street_end.or_else(|| (buf.at(name_end) == ',').then(|| city_tail(buf, name_end, address_cue(buf, i))).flatten().map(|_| name_end));
        let Some(mut end) = street_end else {
            next = num_end;
            continue;
        };
        end = street_tail(buf, end);
        let start = head_start(buf, i);
        // Then `, City`, and a state + ZIP or a postcode.
        if let Some(z) = city_tail(buf, end, true) {
            end = z;
        }
        out.push(Candidate::whole(Kind::Address, start, end));
        next = end.max(i + 1);
    }
}
