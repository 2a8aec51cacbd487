use super::*;
use serde_json::Value;

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

#[test]
fn conformance_vectors_mask() {
    let v: Value = serde_json::from_str(include_str!("../../tests/fixtures/mask.json")).expect("fixture");
    let cases = v["cases"].as_array().expect("cases");
    let mut failed = Vec::new();
    for c in cases {
        let f = score_case(c);
        if !f.is_empty() {
            failed.push(format!("{} {:?}: {}", c["id"], c["text"].as_str().unwrap_or(""), f.join("; ")));
        }
    }
    assert!(failed.is_empty(), "{} of {} failed:\n{}", failed.len(), cases.len(), failed.join("\n"));
}

#[test]
fn own_cases_mask() {
    let v: Value = serde_json::from_str(include_str!("../../tests/fixtures/mask_extra.json")).expect("fixture");
    let cases = v["cases"].as_array().expect("cases");
    let mut failed = Vec::new();
    for c in cases {
        let f = score_case(c);
        if !f.is_empty() {
            failed.push(format!("{} {:?}: {}", c["id"], c["text"].as_str().unwrap_or(""), f.join("; ")));
        }
    }
    assert!(failed.is_empty(), "{} of {} failed:\n{}", failed.len(), cases.len(), failed.join("\n"));
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
fn addresses_need_structure() {
    assert!(kinds_of("我3月5号下单的").is_empty());
    assert_eq!(kinds_of("寄到河南省周口市淮阳区王店乡李楼村3组").len(), 1);
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

/// Native throughput on ~2 MB of mixed ticket text, whole and as 300-byte tickets. Run with
/// `cargo test --release mask_throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn mask_throughput() {
    let text = ticket_corpus(2_000_000);
    let opts = MaskOptions::new(Locale::ZhCn);
    let t = std::time::Instant::now();
    let r = mask(&text, &opts);
    let whole = text.len() as f64 / t.elapsed().as_secs_f64() / 1e6;
    let tickets: Vec<&str> = text.as_bytes().chunks(300).filter_map(|c| std::str::from_utf8(c).ok()).collect();
    let bytes: usize = tickets.iter().map(|t| t.len()).sum();
    let t = std::time::Instant::now();
    let found: usize = tickets.iter().map(|t| mask(t, &opts).findings.len()).sum();
    let split = bytes as f64 / t.elapsed().as_secs_f64() / 1e6;
    eprintln!("mask: {whole:.0} MB/s on one 2 MB text, {split:.0} MB/s as {} tickets", tickets.len());
    assert!(r.findings.len() > 1000 && found > 0);
}
#[test]
#[ignore]
fn tmp_breakdown() {
    let text = ticket_corpus(2_000_000);
    let t = std::time::Instant::now();
    let buf = Buf::new(&text);
    eprintln!("buf {:?}", t.elapsed());
    let mut out = Vec::new();
    let t = std::time::Instant::now();
    email::scan(&buf, &mut out);
    eprintln!("email {:?}", t.elapsed());
    let t = std::time::Instant::now();
    alnum::scan(&buf, &mut out);
    eprintln!("alnum {:?}", t.elapsed());
    let t = std::time::Instant::now();
    numeric::scan(&buf, &mut out, false);
    eprintln!("numeric {:?}", t.elapsed());
    let t = std::time::Instant::now();
    address::scan(&buf, &mut out);
    eprintln!("address {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let r = resolve(out, &[true; 6]);
    eprintln!("resolve {:?} {}", t.elapsed(), r.len());
    let t = std::time::Instant::now();
    let m = mask(&text, &MaskOptions::new(Locale::ZhCn));
    eprintln!("mask total {:?} {}", t.elapsed(), m.findings.len());
}
