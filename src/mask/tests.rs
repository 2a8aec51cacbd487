use crate::prelude::*;

use super::*;
use crate::json::Value;

fn kinds_of(text: &str) -> Vec<(Kind, String)> {
    detect(text).into_iter().map(|d| (d.kind, text[d.start..d.end].to_string())).collect()
}

fn utf16_slice(text: &str, s: usize, e: usize) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&u[s.min(u.len())..e.min(u.len())])
}

fn digits(s: &str) -> String {
    s.chars().filter_map(crate::text::digit).map(|d| char::from_digit(d, 10).unwrap_or('?')).collect()
}

/// The maximal runs of digits (full-width included) in a text, joined by `|` so that a window
/// never spans two runs.
fn digit_runs(s: &str) -> String {
    s.chars().map(|c| crate::text::digit(c).and_then(|d| char::from_digit(d, 10)).unwrap_or('|')).collect()
}

/// Scores one case of mask.json by the vectors' README rules; returns the failures.
fn score_case(case: &Value) -> Vec<String> {
    let text = case["text"].as_str().unwrap_or_default();
    let r = mask(text, &MaskOptions::new(Locale::ZhCn));
    let mut fails = Vec::new();
    let spans = case["spans"].as_array().cloned().unwrap_or_default();
    if r.findings.len() != spans.len() {
        fails.push(format!("{} findings, expected {}: {:?}", r.findings.len(), spans.len(), r.findings));
    }
    for sp in &spans {
        let kind = sp["kind"].as_str().unwrap_or_default();
        let (s, e) = (sp["start"].as_u64().unwrap_or(0) as usize, sp["end"].as_u64().unwrap_or(0) as usize);
        let mut ranges = vec![(s, e)];
        for a in sp["alt"].as_array().into_iter().flatten() {
            ranges.push((a[0].as_u64().unwrap_or(0) as usize, a[1].as_u64().unwrap_or(0) as usize));
        }
        let hit = r.findings.iter().any(|f| {
            f.kind.as_str() == kind
                && if kind == "address" {
                    let ov = f.end.min(e).saturating_sub(f.start.max(s));
                    ov * 2 >= (f.end - f.start).max(e - s)
                } else {
                    ranges.contains(&(f.start, f.end))
                }
        });
        if !hit {
            fails.push(format!("missed {kind} {:?} [{s},{e}); got {:?}", utf16_slice(text, s, e), r.findings));
        }
        let value = sp["value"].as_str().unwrap_or_default();
        let masked_digits = digit_runs(&r.text);
        match kind {
            "phone" => {
                let main = sp["main"].as_str().unwrap_or_default();
                for w in main.as_bytes().windows(5) {
                    if masked_digits.contains(std::str::from_utf8(w).unwrap_or("")) {
                        fails.push(format!("phone digits {:?} survive in {:?}", std::str::from_utf8(w), r.text));
                        break;
                    }
                }
                // The last four digits survive, whatever separators the number is written with.
                let last4 = sp["last4"].as_str().unwrap_or_default();
                let joined: String = r
                    .text
                    .chars()
                    .filter(|&c| !" -.()".contains(crate::text::fold_width(c)))
                    .map(|c| crate::text::digit(c).and_then(|d| char::from_digit(d, 10)).unwrap_or('|'))
                    .collect();
                if !joined.contains(last4) {
                    fails.push(format!("last4 {last4} lost in {:?}", r.text));
                }
            }
            "id_card" | "passport" | "bank_card" => {
                let d = digits(value);
                for w in d.as_bytes().windows(4) {
                    if masked_digits.contains(std::str::from_utf8(w).unwrap_or("")) {
                        fails.push(format!("{kind} digits {:?} survive in {:?}", std::str::from_utf8(w), r.text));
                        break;
                    }
                }
            }
            "email" => {
                let (local, domain) = value.split_once('@').unwrap_or((value, ""));
                if r.text.contains(value) || (local.len() > 1 && r.text.contains(&format!("{local}@"))) || !r.text.contains(domain) {
                    fails.push(format!("email not masked right: {:?}", r.text));
                }
            }
            _ => {}
        }
    }
    for d in case["decoys"].as_array().into_iter().flatten() {
        let d = d.as_str().unwrap_or_default();
        if r.text.matches(d).count() != text.matches(d).count() {
            fails.push(format!("decoy {d:?} changed: {:?}", r.text));
        }
    }
    // Text outside the findings is unchanged and in order.
    let u: Vec<u16> = text.encode_utf16().collect();
    let mut rebuilt: Vec<u16> = Vec::new();
    let mut last = 0;
    for f in &r.findings {
        rebuilt.extend_from_slice(&u[last..f.start]);
        rebuilt.extend(f.replacement.encode_utf16());
        last = f.end;
    }
    rebuilt.extend_from_slice(&u[last..]);
    if String::from_utf16_lossy(&rebuilt) != r.text {
        fails.push("outside text changed".into());
    }
    let again = mask(&r.text, &MaskOptions::new(Locale::ZhCn));
    if again.text != r.text {
        fails.push(format!("not idempotent: {:?} -> {:?}", r.text, again.text));
    }
    fails
}

/// Runs every case of a mask fixture file and asserts that at least `share` of them pass
/// (1.0: none may fail), printing the ones that do not.
fn run_fixture_at(json: &str, share: f64) {
    let v: Value = crate::json::parse(json).expect("fixture");
    let cases = v["cases"].as_array().expect("cases");
    let failed: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let f = score_case(c);
            (!f.is_empty()).then(|| format!("{} {:?}: {}", c["id"], c["text"].as_str().unwrap_or(""), f.join("; ")))
        })
        .collect();
    std::println!("{} of {} cases pass", cases.len() - failed.len(), cases.len());
    let passed = (cases.len() - failed.len()) as f64 / cases.len() as f64;
    assert!(!cases.is_empty() && passed >= share, "{} of {} failed:\n{}", failed.len(), cases.len(), failed.join("\n"));
    for f in &failed {
        std::println!("MISS {f}");
    }
}

fn run_fixture(json: &str) {
    run_fixture_at(json, 1.0);
}

#[test]
fn conformance_vectors_mask() {
    run_fixture(include_str!("../../tests/fixtures/mask.json"));
}

#[test]
fn own_cases_mask() {
    run_fixture(include_str!("../../tests/fixtures/mask_extra.json"));
}

#[test]
fn char_set_tables_are_sorted() {
    for t in [super::tables::ZH_STOP, super::tables::ZH_STRONG_STOP] {
        let c: Vec<char> = t.chars().collect();
        assert!(c.windows(2).all(|w| w[0] < w[1]), "{t}: sorted, no repeats (Chars searches it as it is)");
    }
}

/// Blind batches: the misses left are long foreign addresses found in part (printed).
#[test]
fn fresh_cases_mask() {
    run_fixture_at(include_str!("../../tests/fixtures/mask_fresh.json"), 0.97);
}

#[test]
fn phones_glued_to_chinese_and_full_width() {
    assert_eq!(kinds_of("电话13812345678谢谢"), vec![(Kind::Phone, "13812345678".into())]);
    let r = mask("手机１３８１２３４５６７８", &MaskOptions::new(Locale::ZhCn));
    assert_eq!(r.text, "手机*******５６７８");
}

#[test]
fn context_words_veto_numbers() {
    assert!(kinds_of("订单号13812345678").is_empty());
    assert!(kinds_of("IMEI 865775538702722").is_empty());
    assert!(kinds_of("SR20240501001 X-2000 验证码 431218").is_empty());
}

#[test]
fn placeholders_follow_locale_and_style() {
    let en = MaskOptions::new(Locale::En);
    assert_eq!(mask("ID 11010519491231002X", &en).text, "ID [ID number]");
    let kind = MaskOptions { placeholder: Placeholder::Kind, ..en };
    assert_eq!(mask("card 4111 1111 1111 1111", &kind).text, "card [bank_card]");
    let only_email = MaskOptions { kinds: [false, true, false, false, false, false], ..en };
    assert_eq!(mask("a@b.cn 13812345678", &only_email).text, "a@b.cn 13812345678");
}

#[test]
fn whole_field_checks() {
    assert!(is_phone("0755-88886666"));
    assert!(is_phone("(+86)13912345678"));
    assert!(is_phone("075588886666"));
    assert!(is_phone("+44 20 7946 0086"));
    assert!(!is_phone("12345678901"));
    assert!(!is_phone("call me maybe"));
    assert!(is_email("wang_li88@126.com"));
    assert!(!is_email("li.na@"));
}

#[test]
fn a_typographic_apostrophe_in_a_street_name() {
    let en = MaskOptions::new(Locale::En);
    assert_eq!(mask("New address: Flat 3, 27 Queen\u{2019}s Road, Bristol BS8 1QU. Thanks", &en).text, "New address: [address]. Thanks");
}

#[test]
fn a_masked_email_stays_one() {
    let zh = MaskOptions::new(Locale::ZhCn);
    let once = mask("0a@0.Aa市０室", &zh).text;
    assert_eq!(once, "0*@0.Aa市０室");
    assert_eq!(mask(&once, &zh).text, once);
    // Already masked: left as it is and no finding.
    let r = mask("邮箱z****@qq.com，新邮箱zhouyu_1993@126.com", &zh);
    assert_eq!(r.text, "邮箱z****@qq.com，新邮箱z**********@126.com");
    assert_eq!(r.findings.len(), 1);
    // An image asset's name is no e-mail; a domain that starts with digits still is.
    assert_eq!(kinds_of("mail me at li_na@126.com, the icon@2x.png and logo@3x.jpg are broken"), vec![(Kind::Email, "li_na@126.com".into())]);
    assert_eq!(kinds_of("ops@2xlab.io"), vec![(Kind::Email, "ops@2xlab.io".into())]);
}

#[test]
fn offsets_are_utf16_at_any_length() {
    // Texts whose end falls on and around the offset index's stride, with emoji before.
    for pad in 60..70 {
        let text = format!("{}😀电话13812345678", "字".repeat(pad));
        let r = mask(&text, &MaskOptions::new(Locale::ZhCn));
        let units = text.encode_utf16().count();
        assert_eq!(r.findings.len(), 1);
        assert_eq!((r.findings[0].start, r.findings[0].end), (units - 11, units));
        assert!(r.text.ends_with("*******5678"));
    }
}

#[test]
fn adjacent_numbers_are_read_apart() {
    // An ID then a phone after a space: two data, not one over-long number.
    let k = kinds_of("天气110105195601030228 13000000000天气");
    assert_eq!(k, vec![(Kind::IdCard, "110105195601030228".into()), (Kind::Phone, "13000000000".into())]);
    let k = kinds_of("天气110105195006020009 130-0000-0000天气");
    assert_eq!(k, vec![(Kind::IdCard, "110105195006020009".into()), (Kind::Phone, "130-0000-0000".into())]);
}

#[test]
fn addresses_need_structure() {
    assert!(kinds_of("我3月5号下单的").is_empty());
    assert_eq!(kinds_of("寄到河南省周口市淮阳区王店乡李楼村3组").len(), 1);
    // Numbered streets: ordinals are name words, a bare number or a plural is not.
    let k = kinds_of("Ship to Apt 12C, 331 W 74th St, New York, NY 10023 today");
    assert_eq!(k, vec![(Kind::Address, "Apt 12C, 331 W 74th St, New York, NY 10023".into())]);
    assert_eq!(kinds_of("Send it to 1327 5th Ave, Seattle, WA 98101.").len(), 1);
    assert!(kinds_of("cut into 3 40ths St pieces").is_empty());
    // Canada: province, then the postcode; a province before five digits is not a US state.
    let k = kinds_of("Ship to 350 King St W, Toronto, ON M5V 3L9. Thanks");
    assert_eq!(k, vec![(Kind::Address, "350 King St W, Toronto, ON M5V 3L9".into())]);
    assert_eq!(kinds_of("at 350 King St W, Toronto, ON 12345").first().map(|x| x.1.as_str()), Some("350 King St W"));
    // `Fl` for the floor, `Quay` for the street.
    let k = kinds_of("mail it to 8852 Maple Avenue, Fl 34, Brooklyn, NY 11274. Thanks");
    assert_eq!(k, vec![(Kind::Address, "8852 Maple Avenue, Fl 34, Brooklyn, NY 11274".into())]);
    let k = kinds_of("Address on file: 608 Queens Quay W Apt 891, Toronto, ON M5J 2H9.");
    assert_eq!(k, vec![(Kind::Address, "608 Queens Quay W Apt 891, Toronto, ON M5J 2H9".into())]);
    // Accented letters in a name (a French street type first: a city and postcode carry it).
    let k = kinds_of("delivery: 1782 Rue Saint-Denis, Montréal, QC H2J 2L3 - tel. (514) 555-0101");
    assert_eq!(k.first(), Some(&(Kind::Address, "1782 Rue Saint-Denis, Montréal, QC H2J 2L3".into())));
    // The direction written out, then a suite.
    let k = kinds_of("Billing address 221 King Street West, Suite 1500, Toronto, ON M5H 1K5; card ending 4417");
    assert_eq!(k, vec![(Kind::Address, "221 King Street West, Suite 1500, Toronto, ON M5H 1K5".into())]);
    // Two street-type words; a street with none, when a city and postcode follow.
    let k = kinds_of("at 14 Kensington Gardens Square, London W2 4BH, ok");
    assert_eq!(k, vec![(Kind::Address, "14 Kensington Gardens Square, London W2 4BH".into())]);
    assert_eq!(kinds_of("address 10 Deansgate, Manchester M3 2BW.")[0].1, "10 Deansgate, Manchester M3 2BW");
    assert!(kinds_of("I bought 10 Deansgate, Manchester tickets").is_empty());
    // Hong Kong: flat, floor and block before the number, a building name between them and the
    // number, regions instead of a postcode; without a unit no building name, without a street
    // type or an address cue no region.
    let t = "Deliver to Flat C, 18/F, Block 2, Taikoo Shing, 18 Taikoo Shing Road, Quarry Bay, Hong Kong, tel";
    assert_eq!(kinds_of(t)[0].1, "Flat C, 18/F, Block 2, Taikoo Shing, 18 Taikoo Shing Road, Quarry Bay, Hong Kong");
    assert_eq!(kinds_of("Visit Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong.")[0].1, "25 Harbour Road, Wan Chai, Hong Kong");
    assert_eq!(kinds_of("Address: 88 Queensway, Admiralty, Hong Kong")[0].1, "88 Queensway, Admiralty, Hong Kong");
    assert!(kinds_of("I ate 2 Pineapple Buns, Hong Kong style").is_empty());
    // Singapore: the block word, a street number after the type, a unit, a building name, a city
    // and six digits.
    let k = kinds_of("Ship to Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123, thanks");
    assert_eq!(k, vec![(Kind::Address, "Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123".into())]);
    let k = kinds_of("Address: Blk 456 Ang Mo Kio Ave 10, #08-1234, Singapore 560456. Contact");
    assert_eq!(k, vec![(Kind::Address, "Blk 456 Ang Mo Kio Ave 10, #08-1234, Singapore 560456".into())]);
    let k = kinds_of("at 10 Anson Road, #22-05 International Plaza, Singapore 079903.");
    assert_eq!(k, vec![(Kind::Address, "10 Anson Road, #22-05 International Plaza, Singapore 079903".into())]);
    // A Chinese address in English: the room, building and `No.` before the number, district
    // words, then a city with its six-digit postcode.
    let k = kinds_of("Ship to: Room 1203, No. 88 Xinjinqiao Road, Pudong New Area, Shanghai 201206, thanks");
    assert_eq!(k[0].1, "Room 1203, No. 88 Xinjinqiao Road, Pudong New Area, Shanghai 201206");
    assert_eq!(kinds_of("to Room 2102, Building 7, 924 Jiangnan Road, thanks")[0].1, "Room 2102, Building 7, 924 Jiangnan Road");
    // A unit word's number is a number or a letter: `flat. It's` is no `Flat 15`.
    let k = kinds_of("I moved flat. It's Flat F, 3/F, Fortress Tower, 319 King's Road, North Point, Hong Kong");
    assert_eq!(k[0].1, "Flat F, 3/F, Fortress Tower, 319 King's Road, North Point, Hong Kong");
    // Six digits after a city count only as its postcode; seven are something else.
    assert_eq!(kinds_of("at 10 Anson Road, Singapore 0799031")[0].1, "10 Anson Road");
    // New Zealand: a suburb, then a city with its four-digit postcode; five digits are no postcode.
    assert_eq!(kinds_of("New address: 24 Ponsonby Road, Grey Lynn, Auckland 1021. Phone")[0].1, "24 Ponsonby Road, Grey Lynn, Auckland 1021");
    assert_eq!(kinds_of("at 24 Ponsonby Road, Auckland 10213")[0].1, "24 Ponsonby Road");
    // A unit joined to the house number (`9/48`, `1507-1111`), a level before it, a line break
    // before the city.
    assert_eq!(kinds_of("Address is 9/48 Bronte Road, Bondi Junction NSW 2022. Mob")[0].1, "9/48 Bronte Road, Bondi Junction NSW 2022");
    assert_eq!(kinds_of("Ship to 1507-1111 Alberni Street, Vancouver, BC V6E 4V2 please")[0].1, "1507-1111 Alberni Street, Vancouver, BC V6E 4V2");
    assert_eq!(kinds_of("Deliver to Level 4, 210 Queen Street, Brisbane City QLD 4000.")[0].1, "Level 4, 210 Queen Street, Brisbane City QLD 4000");
    assert_eq!(kinds_of("782 Alvarado St, Unit 12\nLos Angeles, CA 90057\nThanks")[0].1, "782 Alvarado St, Unit 12\nLos Angeles, CA 90057");
    // A Chinese city's district in English and its city; nothing after a Hong Kong region.
    assert_eq!(kinds_of("address Unit 2602, 491 Guangming Road, Haidian District, Beijing. Card")[0].1, "Unit 2602, 491 Guangming Road, Haidian District, Beijing");
    assert_eq!(kinds_of("Flat 12, 33 Queen's Road West, Sheung Wan, Hong Kong, HKID B421091(9)")[0].1, "Flat 12, 33 Queen's Road West, Sheung Wan, Hong Kong");
    // Malaysia: the street type first, the postcode before the city, a state after it.
    assert_eq!(kinds_of("Correct address: No. 70, Jalan Bukit Bintang, 55100 Kuala Lumpur. Phone")[0].1, "No. 70, Jalan Bukit Bintang, 55100 Kuala Lumpur");
    assert_eq!(kinds_of("收件地址 No. 73, Jalan SS 2/28, 47300 Petaling Jaya, Selangor，电话")[0].1, "No. 73, Jalan SS 2/28, 47300 Petaling Jaya, Selangor");
    assert_eq!(kinds_of("地址：Lot 385, Jalan Bukit Bintang, 55100 Kuala Lumpur，WhatsApp +60")[0].1, "Lot 385, Jalan Bukit Bintang, 55100 Kuala Lumpur");
    // Postcode shapes after a street and city: UK outward + inward codes, Canadian A1A 1A1.
    for (pc, ok) in [("SW1A 1AA", true), ("M3 2BW", true), ("EC1V 9HX", true), ("K1A 0B1", true), ("LS1 5dl", false), ("AB 123", false), ("12 345", false)] {
        let t = format!("to 9 Mill Road, Leeds {pc} now");
        let found = kinds_of(&t).first().map(|x| x.1.clone()).unwrap_or_default();
        assert_eq!(found.ends_with(pc), ok, "{pc}: {found}");
    }
}

#[test]
fn chinese_address_chains_cross_a_hyphenated_building_name() {
    let k = kinds_of("收货地址: 天津市滨海新区经济技术开发区第三大街51号泰达MSD-C区2座1407  收货人: 谢斌");
    assert_eq!(k, vec![(Kind::Address, "天津市滨海新区经济技术开发区第三大街51号泰达MSD-C区2座1407".into())]);
    let k = kinds_of("地址：北京市朝阳区望京街10号望京SOHO T1 C座1208室，手机15654216352");
    assert_eq!(k[0], (Kind::Address, "北京市朝阳区望京街10号望京SOHO T1 C座1208室".into()));
}

#[test]
fn chinese_addresses_with_spaces_and_seats_that_are_not() {
    let t = "地址：广东省 深圳市 南山区 粤海街道 高新南七道 18号 深大源大厦 5楼 502  电话：176 8758 8142";
    let k = kinds_of(t);
    assert_eq!(k[0], (Kind::Address, "广东省 深圳市 南山区 粤海街道 高新南七道 18号 深大源大厦 5楼 502".into()));
    assert_eq!(k[1], (Kind::Phone, "176 8758 8142".into()));
    // A phone after the address stays a phone, not a room number.
    let k = kinds_of("寄到杭州市西湖区文三路90号 13812345678");
    assert_eq!(k, vec![(Kind::Address, "杭州市西湖区文三路90号".into()), (Kind::Phone, "13812345678".into())]);
    assert!(kinds_of("晚上看电影3号厅7排12座，订单号2024050628278549").is_empty());
}

#[test]
fn national_numbers_abroad_after_a_phone_word_or_as_a_uk_mobile() {
    assert_eq!(kinds_of("mobile 07700 900993."), vec![(Kind::Phone, "07700 900993".into())]);
    assert_eq!(kinds_of("Office line 0161 496 0027, ok"), vec![(Kind::Phone, "0161 496 0027".into())]);
    assert!(kinds_of("order 07700 900993").is_empty());
    assert_eq!(kinds_of("手机0912-368-451，谢谢"), vec![(Kind::Phone, "0912-368-451".into())]);
    assert_eq!(kinds_of("Home phone (02) 9130 4478."), vec![(Kind::Phone, "(02) 9130 4478".into())]);
    assert!(kinds_of("批次号0912-368-451").is_empty());
    // Written whole, the phone word alone decides.
    assert_eq!(kinds_of("聯絡手機0926657781"), vec![(Kind::Phone, "0926657781".into())]);
    assert!(kinds_of("订单号0926657781").is_empty());
    // UK mobiles and landlines in their usual groupings need no phone word (an extension comes
    // with them); other national shapes do, and an announced order number stays.
    assert_eq!(kinds_of("I'm on 07700 900461 most days"), vec![(Kind::Phone, "07700 900461".into())]);
    assert_eq!(kinds_of("reach me at work on 0161 496 0030 ext. 2041 (Mon-Fri)"), vec![(Kind::Phone, "0161 496 0030 ext. 2041".into())]);
    assert_eq!(kinds_of("Manchester warehouse: 020 7946 0960."), vec![(Kind::Phone, "020 7946 0960".into())]);
    assert!(kinds_of("order 0161 496 0027").is_empty());
    assert!(kinds_of("I'm on 02 9130 4478 most days").is_empty());
    // "Ring me on", "ph" and Singapore's and Malaysia's "HP" (handphone) are phone words too.
    assert_eq!(kinds_of("Ring me on 0113 496 0259 please."), vec![(Kind::Phone, "0113 496 0259".into())]);
    assert_eq!(kinds_of("Order 3154, ph 0423214851"), vec![(Kind::Phone, "0423214851".into())]);
    assert_eq!(kinds_of("Singapore 560123. HP: 8619 4724"), vec![(Kind::Phone, "8619 4724".into())]);
    // An IMEI's index glued to its number (`IMEI1:35…`) still announces no card, even after 手机.
    assert!(kinds_of("双卡手机 IMEI1:353311160029116，IMEI2：357423608878958，2024").is_empty());
    // An Australian mobile in its usual grouping needs no phone word; "mob" is one.
    assert_eq!(kinds_of("my number's 0491 572 665 if you need to call"), vec![(Kind::Phone, "0491 572 665".into())]);
    assert_eq!(kinds_of("Mob 0491570158, email"), vec![(Kind::Phone, "0491570158".into())]);
    // "Reach me at" introduces a phone; a rider's ID is no passport.
    assert_eq!(kinds_of("Order TW314897124279, reach me at 0926-369-929."), vec![(Kind::Phone, "0926-369-929".into())]);
    assert!(kinds_of("骑手ID R89793502。").is_empty());
    // Taiwan's 門號 is a phone word.
    assert_eq!(kinds_of("身分證H184813818，門號0911929259，立刻")[1], (Kind::Phone, "0911929259".into()));
    // A Taiwan landline outside Taipei has eight digits after the 0.
    assert_eq!(kinds_of("電話07-3849190，email"), vec![(Kind::Phone, "07-3849190".into())]);
    assert!(kinds_of("訂單07-3849190").is_empty());
}

#[test]
fn country_codes_in_parentheses() {
    assert_eq!(kinds_of("tel (852) 2735 4117。"), vec![(Kind::Phone, "(852) 2735 4117".into())]);
    assert_eq!(kinds_of("电话(86)13812345678"), vec![(Kind::Phone, "(86)13812345678".into())]);
    // Other parenthesised codes keep their own rules: an area code, a North American number.
    assert_eq!(kinds_of("(010) 6234 5678"), vec![(Kind::Phone, "(010) 6234 5678".into())]);
    assert_eq!(kinds_of("call (416) 555-0154"), vec![(Kind::Phone, "(416) 555-0154".into())]);
}

/// Mixed Chinese/English ticket text with personal data and decoys, about `size` bytes.
fn ticket_corpus(size: usize) -> String {
    const PARTS: &[&str] = &[
        "您好，我的订单2024050112345678一直没有发货，请尽快处理，联系电话138 1234 5678，谢谢。",
        "Hi team, the X-2000 stopped charging after the v2.3.1 update. Order #A1029, amount $1,299.00. ",
        "收货地址：浙江省杭州市西湖区文三路90号东部软件园3幢401室，收件人王先生。",
        "Please call me back at +1 (415) 555-0132 or email li.wei+shop@example.com about ticket SR20240501001. ",
        "工单20231027001：客户反映快递SF1234567890123破损，要求退款¥3,580.00，验证码431218已发送。",
        "身份证11010519491231002X实名认证失败，IMEI 865775538702722，时间2024-05-01 12:30:45。",
        "The parcel should go to Flat 3, 221 Baker Street, London NW1 6XE before Friday, thanks! 😀 ",
        "退款请退到卡4111 1111 1111 1111，不要退到余额。我们会议室3号开会讨论过这个问题，3月5号之前回复。",
    ];
    let mut text = String::with_capacity(size + 200);
    let mut k = 0;
    while text.len() < size {
        text.push_str(PARTS[k % PARTS.len()]);
        k += 1;
    }
    text
}

/// CPU time of this thread in ns (Linux), so that a shared machine does not skew the figure.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Native throughput on ~2 MB of mixed ticket text, whole and as ~300-byte tickets, by thread
/// CPU time where available (wall time otherwise). Run with
/// `cargo test --release mask_throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn mask_throughput() {
    let text = ticket_corpus(2_000_000);
    let opts = MaskOptions::new(Locale::ZhCn);
    let mut tickets: Vec<&str> = Vec::new();
    let mut from = 0;
    for (i, _) in text.char_indices() {
        if i - from >= 300 {
            tickets.push(&text[from..i]);
            from = i;
        }
    }
    let bytes: usize = tickets.iter().map(|t| t.len()).sum();
    let timed = |f: &mut dyn FnMut()| {
        let (c, w) = (thread_cpu_ns(), std::time::Instant::now());
        f();
        match (c, thread_cpu_ns()) {
            (Some(a), Some(b)) if b > a => (b - a) as f64 / 1e9,
            _ => w.elapsed().as_secs_f64(),
        }
    };
    // Best of five (MASK_BENCH_REPS).
    let reps = std::env::var("MASK_BENCH_REPS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let (mut whole, mut split, mut found) = (0f64, 0f64, 0);
    for _ in 0..reps {
        let s = timed(&mut || found = mask(&text, &opts).findings.len());
        whole = whole.max(text.len() as f64 / s / 1e6);
        let mut n = 0;
        let s = timed(&mut || n = tickets.iter().map(|t| mask(t, &opts).findings.len()).sum::<usize>());
        split = split.max(bytes as f64 / s / 1e6);
        assert!(n > 0);
    }
    std::eprintln!("mask: {whole:.0} MB/s on one 2 MB text, {split:.0} MB/s as {} tickets", tickets.len());
    assert!(found > 1000);
}

/// Structural invariants of any mask result: findings sorted, non-overlapping, inside the
/// text, on UTF-16 boundaries (never inside a surrogate pair); text outside them unchanged
/// and in order; masking the output again changes nothing.
#[cfg(not(target_arch = "wasm32"))]
fn check_invariants(text: &str) -> std::result::Result<MaskResult, String> {
    let opts = MaskOptions::new(Locale::ZhCn);
    let r = mask(text, &opts);
    let u: Vec<u16> = text.encode_utf16().collect();
    let low = |i: usize| u.get(i).is_some_and(|&c| (0xDC00..0xE000).contains(&c));
    let mut last = 0;
    let mut rebuilt: Vec<u16> = Vec::new();
    for f in &r.findings {
        if f.start < last || f.end <= f.start || f.end > u.len() || low(f.start) || low(f.end) {
            return Err(format!("bad finding {f:?} after {last} in {} units", u.len()));
        }
        rebuilt.extend_from_slice(&u[last..f.start]);
        rebuilt.extend(f.replacement.encode_utf16());
        last = f.end;
    }
    rebuilt.extend_from_slice(&u[last..]);
    if String::from_utf16_lossy(&rebuilt) != r.text {
        return Err("text outside findings changed".into());
    }
    let again = mask(&r.text, &opts);
    if again.text != r.text {
        return Err(format!("not idempotent: {:?} -> {:?}", r.text, again.text));
    }
    Ok(r)
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// Noise that holds no digit, no capital and no cue word.
    fn noise() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "天气", "很好", "今天", "问题", "处理", "谢谢", "吗", "呢", "东西", "坏了", "您", "帮看", " hello ", " please ", " check ", " thanks ",
            " soon ", " team ", "😀", "🙏🏻", "👍", "🇨🇳", "，", "。", " ", ", ", "！", "\n", "\u{202E}", "\u{0}",
        ]);
        prop::collection::vec(piece, 1..6).prop_map(|v| v.concat())
    }

    fn digits_str(n: usize) -> impl Strategy<Value = String> {
        prop::collection::vec(0u8..10, n).prop_map(|v| v.into_iter().map(|d| char::from(b'0' + d)).collect())
    }

    fn group(d: &str, sizes: &[usize], sep: &str) -> String {
        let mut out = Vec::new();
        let mut i = 0;
        for &s in sizes {
            out.push(&d[i..i + s]);
            i += s;
        }
        out.join(sep)
    }

    /// A generated datum: its text, the part that must be covered by a finding (a phone's
    /// number without its country prefix), and its kind.
    #[derive(Debug, Clone)]
    struct Datum {
        prefix: String,
        body: String,
        kind: Kind,
    }

    fn phone() -> impl Strategy<Value = Datum> {
        (prop::sample::select(vec!["13", "15", "17", "18", "19"]), digits_str(9), 0usize..6).prop_map(|(p, rest, f)| {
            let m = format!("{p}{rest}");
            let (prefix, body) = match f {
                0 => (String::new(), m.clone()),
                1 => (String::new(), group(&m, &[3, 4, 4], " ")),
                2 => (String::new(), group(&m, &[3, 4, 4], "-")),
                3 => ("+86 ".to_string(), m.clone()),
                4 => ("(+86)".to_string(), group(&m, &[3, 4, 4], " ")),
                _ => (String::new(), m.chars().map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)).collect()),
            };
            Datum { prefix, body, kind: Kind::Phone }
        })
    }

    fn id_card() -> impl Strategy<Value = Datum> {
        (prop::sample::select(vec!["110105", "310104", "440305", "510107", "330106"]), 1950u32..2005, 1u32..13, 1u32..29, digits_str(3))
            .prop_map(|(r, y, m, d, seq)| {
                let d17 = format!("{r}{y:04}{m:02}{d:02}{seq}");
                const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
                let sum: u32 = d17.bytes().zip(W).map(|(b, w)| u32::from(b - b'0') * w).sum();
                let check = b"10X98765432"[(sum % 11) as usize] as char;
                Datum { prefix: String::new(), body: format!("{d17}{check}"), kind: Kind::IdCard }
            })
    }

    fn card() -> impl Strategy<Value = Datum> {
        (digits_str(14), any::<bool>()).prop_map(|(body, grouped)| {
            let d15 = format!("4{body}");
            let check = (0..10u8).map(|c| format!("{d15}{c}")).find(|d| checksum::luhn(d.as_bytes())).unwrap_or_default();
            let body = if grouped { group(&check, &[4, 4, 4, 4], " ") } else { check };
            Datum { prefix: String::new(), body, kind: Kind::BankCard }
        })
    }

    fn ticket() -> impl Strategy<Value = (String, Vec<(Datum, usize, usize)>)> {
        let datum = prop_oneof![phone(), id_card(), card()];
        (noise(), prop::collection::vec((datum, noise()), 0..5)).prop_map(|(head, parts)| {
            let mut text = head;
            let mut spans = Vec::new();
            for (d, tail) in parts {
                text.push_str(&d.prefix);
                let s = text.encode_utf16().count();
                text.push_str(&d.body);
                let e = text.encode_utf16().count();
                // Data are apart by more than a space: `…8189 175 0000 0000` is ambiguous to
                // any reader.
                text.push('，');
                text.push_str(&tail);
                spans.push((d, s, e));
            }
            (text, spans)
        })
    }

    fn count_digits(s: &str) -> usize {
        s.chars().filter(|&c| crate::text::digit(c).is_some()).count()
    }

    /// 256 cases by default so that `cargo test` stays fast; `PROPTEST_CASES` (as `make fuzz`
    /// sets it) overrides.
    fn config() -> ProptestConfig {
        let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256);
        ProptestConfig { cases, ..ProptestConfig::default() }
    }

    proptest! {
        #![proptest_config(config())]

        /// Generated phones, IDs and cards amid noise: each is covered by one finding of its
        /// kind; a phone's replacement keeps at most four digits, an ID's or card's none.
        #[test]
        fn generated_data_is_masked((text, spans) in ticket()) {
            let r = check_invariants(&text).map_err(TestCaseError::fail)?;
            for (d, s, e) in &spans {
                let f = r.findings.iter().find(|f| f.start <= *s && f.end >= *e);
                let f = f.ok_or_else(|| TestCaseError::fail(format!("{d:?} not covered in {text:?}: {:?}", r.findings)))?;
                prop_assert_eq!(f.kind, d.kind, "{:?}", f);
                let kept = count_digits(&f.replacement);
                prop_assert!(if d.kind == Kind::Phone { kept <= 4 } else { kept == 0 }, "{:?} kept {}", f, kept);
            }
        }

        /// Any string at all: no panic, and the structural invariants hold.
        #[test]
        fn any_string_is_safe(text in any::<String>()) {
            check_invariants(&text).map_err(TestCaseError::fail)?;
        }

        /// Strings made of the characters recognizers care about, masks' own output (`*`, `[…]`)
        /// and the cue words around them.
        #[test]
        fn dense_strings_are_safe(text in "[0-9０-９ +()（）@.xX#*\\[\\]转号栋室路市区省县街楼单元弄巷村组手机电话身份证卡地址A-Z a-z\\-,，:：]{0,80}") {
            check_invariants(&text).map_err(TestCaseError::fail)?;
        }
    }

    /// 100 KB of mixed noise, data, NUL and bidi controls in one text.
    #[test]
    fn large_text_is_safe() {
        let mut text = String::new();
        let mut k = 0u32;
        while text.len() < 100_000 {
            k = k.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            text.push_str(["电话138 1234 5678，", "\u{0}", "\u{202E}abc\u{202C}", "😀", "ID 11010519491231002X ", "x@y.cn ", "寄到北京市海淀区中关村大街27号"][(k >> 16) as usize % 7]);
        }
        let r = check_invariants(&text).expect("invariants");
        assert!(r.findings.len() > 100);
    }
}

#[test]
fn city_names_with_common_characters_and_suites_after_the_street() {
    let m = |t: &str| mask(t, &MaskOptions::new(Locale::ZhCn)).text;
    assert_eq!(m("寄到成都市武侯区人民南路四段12号"), "寄到[地址]");
    assert_eq!(m("地址：石家庄市长安区中山东路88号3单元502室"), "地址：[地址]");
    assert_eq!(m("ship to 500 Howard Street, Suite 300, San Francisco, CA 94105 please"), "ship to [地址] please");
}

#[test]
fn parentheses_around_a_whole_number_and_data_in_a_slashed_list() {
    // Parentheses around a whole number are punctuation; around an area code they are its own.
    assert_eq!(kinds_of("陈先生（17746295382）"), vec![(Kind::Phone, "17746295382".into())]);
    assert_eq!(kinds_of("电话 (010) 6234 5678"), vec![(Kind::Phone, "(010) 6234 5678".into())]);
    // A datum, a separator, a datum: the second does not continue a code.
    assert_eq!(
        kinds_of("身份证号：510107196601236260／510107660123683"),
        vec![(Kind::IdCard, "510107196601236260".into()), (Kind::IdCard, "510107660123683".into())]
    );
    // A Hong Kong ID with its check digit glued on is an ID; a Chinese passport's shape stays one.
    assert_eq!(kinds_of("HKID P3122143 / email"), vec![(Kind::IdCard, "P3122143".into())]);
    assert_eq!(kinds_of("Passport ET3064322 please"), vec![(Kind::Passport, "ET3064322".into())]);
    // A parcel's ID is no identity document.
    assert!(kinds_of("Parcel ID AP7734912, weight 2.4 kg").is_empty());
    // … and with a space before its check digit in parentheses.
    assert_eq!(kinds_of("身份證號碼M816597 (7)，訂單"), vec![(Kind::IdCard, "M816597 (7)".into())]);
    // Dates and codes stay untouched.
    assert!(kinds_of("版本 2024/05/01/12345678").is_empty());
}

#[test]
fn traditional_address_units() {
    let found = kinds_of("請把收件地址改成台北市信義區松仁路100號12樓，謝謝");
    assert!(found.iter().any(|(k, s)| *k == Kind::Address && s.contains("台北市信義區松仁路") && s.ends_with("100號12樓")), "{found:?}");
}

#[test]
fn a_word_after_a_number_and_a_phone_after_an_address() {
    // `(10am` after a space is the next word, not the end of a code the phone would belong to.
    assert_eq!(kinds_of("Macau office +853 2882 8131 (10am-7pm)"), vec![(Kind::Phone, "+853 2882 8131".into())]);
    // A bare number after an address is its room, but an area code (leading 0) starts a phone.
    let found = kinds_of("寄：浙江省义乌市稠城街道工人北路1088号 0579-85575005");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!((found[0].0, found[0].1.ends_with("1088号")), (Kind::Address, true), "{found:?}");
    assert_eq!(found[1], (Kind::Phone, "0579-85575005".into()));
    assert!(kinds_of("深圳市南山区高新南七道 18号 深大源大厦 5楼 502").iter().any(|(k, s)| *k == Kind::Address && s.ends_with("5楼 502")));
    // Building, unit and room joined by hyphens are the room; a phone's 11 digits are not.
    assert_eq!(kinds_of("补卡寄至上海市徐汇区漕溪北路440号11-4-1301，谢谢"), vec![(Kind::Address, "上海市徐汇区漕溪北路440号11-4-1301".into())]);
    let found = kinds_of("寄到杭州市西湖区文三路90号138-1234-5678");
    assert!(found.iter().any(|(k, s)| *k == Kind::Phone && s == "138-1234-5678"), "{found:?}");
    // A bare number of more than five digits is no room: a date or an order number after the address stays.
    assert_eq!(kinds_of("广州市天河区中山大道88号 20240503"), vec![(Kind::Address, "广州市天河区中山大道88号".into())]);
    // Nothing chains on after the room.
    assert_eq!(kinds_of("地址郑州市金水区农业路东22号兴业大厦B座1708室 外卖放1楼前台就行"), vec![(Kind::Address, "郑州市金水区农业路东22号兴业大厦B座1708室".into())]);
    // A compound's name, then building-unit-room; a name and a lone number stay apart.
    assert_eq!(kinds_of("address: 鼓楼区汉中门大街508号锦绣家园22-2-1201\n"), vec![(Kind::Address, "鼓楼区汉中门大街508号锦绣家园22-2-1201".into())]);
    assert_eq!(kinds_of("送到鼓楼区汉中门大街508号门口1201"), vec![(Kind::Address, "鼓楼区汉中门大街508号".into())]);
    assert_eq!(kinds_of("送到鼓楼区汉中门大街508号收货日期2024-05-03"), vec![(Kind::Address, "鼓楼区汉中门大街508号".into())]);
    // A cue inside a placeholder of text masked before has had its number: the code after it
    // is no passport on the second pass either.
    let t = "老的15位510107500430921，登记的是18位530102199704145105，住院号ZY97528345，核对一下";
    let r = check_invariants(t).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.findings.len(), 2, "{:?}", r.findings);
    // A postcode before the city comes whole, not cut after four chars before 市.
    assert_eq!(kinds_of("寄到106台北市大安區復興南路一段390號3樓"), vec![(Kind::Address, "106台北市大安區復興南路一段390號3樓".into())]);
    // The unit on a floor (`12樓之3`) is part of it.
    assert_eq!(kinds_of("寄到台北市信義區松仁路100號12樓之3，謝謝")[0].1, "台北市信義區松仁路100號12樓之3");
    // `改成`/`改为` before the province is the verb, not the name.
    assert_eq!(kinds_of("地址改成浙江省杭州市西湖区文三路478号"), vec![(Kind::Address, "浙江省杭州市西湖区文三路478号".into())]);
    assert_eq!(kinds_of("收货地址改为成都市武侯区天府大道北段1700号"), vec![(Kind::Address, "成都市武侯区天府大道北段1700号".into())]);
    assert_eq!(kinds_of("地址麻烦改成郑州市金水区朝阳北路770号碧桂园29栋1单元2505室")[0].1, "郑州市金水区朝阳北路770号碧桂园29栋1单元2505室");
    // Traditional stop words end the head as the simplified ones do (為, 給 …).
    assert_eq!(kinds_of("收件地址更正為台北市大安區忠孝東路四段313號18樓"), vec![(Kind::Address, "台北市大安區忠孝東路四段313號18樓".into())]);
    // Hong Kong's names open the address though they carry no division suffix.
    assert_eq!(kinds_of("反映寄到香港新界沙田大圍積福街85號6座7樓4室的件")[0].1, "香港新界沙田大圍積福街85號6座7樓4室");
    assert_eq!(kinds_of("客戶地址香港沙田大圍顯徑街8號名城3期5座28樓B室，已安排")[0].1, "香港沙田大圍顯徑街8號名城3期5座28樓B室");
    assert_eq!(kinds_of("香港臨時地址香港灣仔告士打道138號聯合鹿島大廈2樓。")[0].1, "香港灣仔告士打道138號聯合鹿島大廈2樓");
    // 反映, 业主 and 房号 before a city are no part of it; 厦门 is a whole name (its 门市 is no shop).
    assert_eq!(kinds_of("居民反映郑州市金水区花园路758号停水")[0].1, "郑州市金水区花园路758号");
    assert_eq!(kinds_of("业主天津市南开区鞍山西道801号29号楼1门1301")[0].1, "天津市南开区鞍山西道801号29号楼1门1301");
    assert_eq!(kinds_of("地址厦门市思明区莲前西路277号2号楼2503室")[0].1, "厦门市思明区莲前西路277号2号楼2503室");
    // Cantonese 係 ("is") ends the head as 是 does; a flat's letter after its floor comes along.
    assert_eq!(kinds_of("地址係新界沙田禾輋邨豐和樓12樓1208室")[0].1, "新界沙田禾輋邨豐和樓12樓1208室");
    assert_eq!(kinds_of("送去澳門黑沙環新街52號海濱花園第三座15樓H，謝謝")[0].1, "澳門黑沙環新街52號海濱花園第三座15樓H");
    // An entrance before its room (`3门2002`) is a unit; `403门口` is the door of 403.
    assert_eq!(kinds_of("寄到浙江省杭州市余杭区文一西路9号1号楼3门2002，谢谢"), vec![(Kind::Address, "浙江省杭州市余杭区文一西路9号1号楼3门2002".into())]);
    assert_eq!(kinds_of("地址深圳市南山区高新南七道628号16栋403门口")[0].1, "深圳市南山区高新南七道628号16栋403");
    // A number on a floor is a door, a window or a parking space unless a place comes before.
    assert!(kinds_of("快递放B1层3号门保安亭就行").is_empty());
    assert!(kinds_of("去5楼3号窗口办理").is_empty());
    assert_eq!(kinds_of("上海市浦东新区张江路88号5楼3号"), vec![(Kind::Address, "上海市浦东新区张江路88号5楼3号".into())]);
}

#[test]
fn australian_landline_with_its_area_code_in_parentheses() {
    assert_eq!(kinds_of("Please call our Sydney store on (02) 5550 7402 to arrange pickup."), vec![(Kind::Phone, "(02) 5550 7402".into())]);
    assert!(kinds_of("订单号 (02) 5550 7402").is_empty(), "an announced order number stays");
}

#[test]
fn a_number_wrapped_after_a_hyphen() {
    assert_eq!(kinds_of("请联系我的手机137-1490-\n4867，谢谢。"), vec![(Kind::Phone, "137-1490-\n4867".into())]);
    // Numbers on lines of their own stay apart.
    assert_eq!(kinds_of("电话13714904867\n20240503"), vec![(Kind::Phone, "13714904867".into())]);
}
