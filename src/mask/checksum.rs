//! Check-digit algorithms as small pure functions over ASCII digit/letter bytes.

use crate::text::uint;

/// Luhn (ISO/IEC 7812) over ASCII digits — bank cards.
pub fn luhn(digits: &[u8]) -> bool {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = (d - b'0') as u32;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// GB 11643-1999 check character of an 18-character mainland resident ID (`X` = 10).
pub fn gb11643(id: &[u8]) -> bool {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const C: &[u8; 11] = b"10X98765432";
    if id.len() != 18 || !id[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = id[..17].iter().zip(W).map(|(d, w)| (d - b'0') as u32 * w).sum();
    C[(sum % 11) as usize] == id[17].to_ascii_uppercase()
}

/// Province-level prefixes of mainland ID numbers (GB/T 2260 first two digits).
pub fn valid_region(d: &[u8]) -> bool {
    if d.len() < 2 || !d[0].is_ascii_digit() || !d[1].is_ascii_digit() {
        return false;
    }
    matches!(
        (d[0] - b'0') * 10 + (d[1] - b'0'),
        11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83
    )
}

/// A real calendar date, years 1900–2099 for birth dates.
pub fn valid_date(y: u32, m: u32, d: u32) -> bool {
    if !(1..=12).contains(&m) || d == 0 {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    d <= days
}

/// 18-digit mainland ID: region, birth date and GB 11643 check character.
pub fn mainland_id18(id: &[u8]) -> bool {
    id.len() == 18 && valid_region(id) && birth_ok(&id[6..14], 4) && gb11643(id)
}

/// Shaped like an 18-digit ID (region + real birth date) whatever its check digit: such a
/// number with a wrong check digit is a decoy (a serial), not a bank card.
pub fn id18_shaped(id: &[u8]) -> bool {
    id.len() == 18 && valid_region(id) && birth_ok(&id[6..14], 4)
}

/// 15-digit first-generation ID: region and a real birth date `YYMMDD` (19YY).
pub fn mainland_id15(id: &[u8]) -> bool {
    id.len() == 15 && id.iter().all(u8::is_ascii_digit) && valid_region(id) && birth_ok(&id[6..12], 2)
}

fn birth_ok(d: &[u8], year_len: usize) -> bool {
    let (Some(y), Some(m), Some(day)) =
        (uint(&d[..year_len]), uint(&d[year_len..year_len + 2]), uint(&d[year_len + 2..year_len + 4]))
    else {
        return false;
    };
    let y = if year_len == 2 { 1900 + y } else { y };
    (1900..=2099).contains(&y) && valid_date(y, m, day)
}

/// Hong Kong identity card: one or two letters, six digits, check digit 0–9 or `A`.
pub fn hkid(letters: &[u8], digits: &[u8], check: u8) -> bool {
    if !(1..=2).contains(&letters.len()) || digits.len() != 6 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let val = |c: u8| -> Option<u32> { c.is_ascii_uppercase().then(|| (c - b'A') as u32 + 10) };
    let mut sum = 0u32;
    if letters.len() == 1 {
        sum += 36 * 9;
        sum += match val(letters[0]) { Some(v) => v * 8, None => return false };
    } else {
        for (l, w) in letters.iter().zip([9u32, 8]) {
            sum += match val(*l) { Some(v) => v * w, None => return false };
        }
    }
    for (d, w) in digits.iter().zip([7u32, 6, 5, 4, 3, 2]) {
        sum += (d - b'0') as u32 * w;
    }
    let expected = (11 - sum % 11) % 11;
    let got = match check.to_ascii_uppercase() {
        b'A' => 10,
        c if c.is_ascii_digit() => (c - b'0') as u32,
        _ => return false,
    };
    expected == got
}

/// Taiwan national ID: a letter, `1`/`2` (or `8`/`9` for residents), eight digits, mod-10 checksum.
pub fn taiwan_id(id: &[u8]) -> bool {
    const CODES: &[u8; 26] = &[10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33];
    if id.len() != 10 || !id[0].is_ascii_uppercase() || !id[1..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    if !matches!(id[1], b'1' | b'2' | b'8' | b'9') {
        return false;
    }
    let n = CODES[(id[0] - b'A') as usize] as u32;
    let mut sum = n / 10 + (n % 10) * 9;
    for (d, w) in id[1..9].iter().zip([8u32, 7, 6, 5, 4, 3, 2, 1]) {
        sum += (d - b'0') as u32 * w;
    }
    sum += (id[9] - b'0') as u32;
    sum % 10 == 0
}

/// Issuer prefixes of payment cards (Visa, Mastercard incl. 2-series, Amex, Discover, JCB,
/// Diners, UnionPay, Maestro): a Luhn-valid number outside them needs a card cue to count.
pub fn card_iin(d: &[u8]) -> bool {
    let p2 = uint(&d[..2.min(d.len())]).unwrap_or(0);
    let p4 = uint(&d[..4.min(d.len())]).unwrap_or(0);
    match d.first() {
        Some(b'4') => true,
        Some(b'5') => (50..=59).contains(&p2),
        Some(b'2') => (2221..=2720).contains(&p4),
        Some(b'3') => matches!(p2, 30 | 34 | 35 | 36 | 37 | 38 | 39),
        Some(b'6') => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gb11643_accepts_real_and_rejects_wrong_check() {
        assert!(mainland_id18(b"11010519491231002X"));
        assert!(mainland_id18(b"11010519491231002x"));
        assert!(!mainland_id18(b"110105194912310021"));
        assert!(id18_shaped(b"110105194912310021"));
        assert!(!mainland_id18(b"99010519491231002X")); // no such region
    }

    #[test]
    fn id15_needs_real_birth_date() {
        assert!(mainland_id15(b"220102700601438"));
        assert!(!mainland_id15(b"865775538702722")); // an IMEI: region 86, month 87
        assert!(!mainland_id15(b"110101770230123")); // Feb 30
    }

    #[test]
    fn luhn_and_iin() {
        assert!(luhn(b"4111111111111111"));
        assert!(!luhn(b"4111111111111112"));
        assert!(card_iin(b"2221000000000009"));
        assert!(!card_iin(b"2024030174396162"));
        assert!(!card_iin(b"8859814143169007"));
    }

    #[test]
    fn hkid_and_taiwan() {
        assert!(hkid(b"XA", b"089244", b'8'));
        assert!(hkid(b"B", b"361675", b'A'));
        assert!(!hkid(b"B", b"361675", b'3'));
        assert!(taiwan_id(b"A123456789"));
        assert!(!taiwan_id(b"A123456788"));
    }

    #[test]
    fn dates() {
        assert!(valid_date(2024, 2, 29));
        assert!(!valid_date(2023, 2, 29));
        assert!(!valid_date(2024, 13, 1));
    }
}
