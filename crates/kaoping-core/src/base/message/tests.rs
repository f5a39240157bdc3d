//! Tests of the message tables.

use super::*;

/// Every message of every table, with sample facts.
fn all() -> Vec<Message> {
    let mut out: Vec<Message> = Vec::new();
    out.extend(ReadingMsg::samples().into_iter().map(Message::from));
    out.extend(SchemeMsg::samples().into_iter().map(Message::from));
    out.extend(DossierMsg::samples().into_iter().map(Message::from));
    out.extend(ToleranceMsg::samples().into_iter().map(Message::from));
    out.extend(CommitteeMsg::samples().into_iter().map(Message::from));
    out.extend(WorkMsg::samples().into_iter().map(Message::from));
    out.extend(SessionMsg::samples().into_iter().map(Message::from));
    out.extend(RecordMsg::samples().into_iter().map(Message::from));
    out.extend(ImportMsg::samples().into_iter().map(Message::from));
    out.extend(OrganisationMsg::samples().into_iter().map(Message::from));
    out
}

/// The English words left in a Chinese text once what is quoted or bracketed is taken out
/// (ids, keys, codes and formulas may stand in `「」`, `（）`, `()`, `[]` and backticks).
/// A word is a run of two or more ASCII letters; single letters (`x`, `A–Z`) are kept as
/// symbols. `JSON` and `NaN` are names, not English.
fn english_words(zh: &str) -> Vec<String> {
    let mut depth = 0usize;
    let mut bare = String::new();
    let mut in_tick = false;
    for c in zh.chars() {
        match c {
            '`' => in_tick = !in_tick,
            '「' | '（' | '(' | '[' => depth += 1,
            '」' | '）' | ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 && !in_tick => bare.push(c),
            _ => {}
        }
    }
    bare.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && !matches!(*w, "JSON" | "NaN"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_message_has_english_and_chinese_text() {
    let all = all();
    assert!(all.len() > 100, "{} messages", all.len());
    for m in &all {
        let (en, zh) = (m.text(Lang::En), m.text(Lang::Zh));
        assert!(!en.trim().is_empty() && !zh.trim().is_empty(), "{m:?}");
        assert_ne!(en, zh, "{m:?}");
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "no Chinese in {zh:?}");
        assert_eq!(english_words(&zh), Vec::<String>::new(), "English in {zh:?}");
    }
}

#[test]
fn every_table_word_has_english_and_chinese_text() {
    for m in TableMsg::samples() {
        let (en, zh) = (m.text(Lang::En), m.text(Lang::Zh));
        assert!(!en.trim().is_empty() && en != zh, "{m:?}");
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "no Chinese in {zh:?}");
        assert_eq!(english_words(&zh), Vec::<String>::new(), "English in {zh:?}");
    }
}

#[test]
fn the_english_word_check_catches_english() {
    assert_eq!(english_words("count is -5"), ["count", "is"]);
    assert_eq!(english_words("计数「closedInTime」为 -5（E_NEGATIVE_COUNT）"), Vec::<String>::new());
    assert_eq!(english_words("须满足 x < y"), Vec::<String>::new());
}

#[test]
fn a_title_comes_first_and_the_id_after_it_in_brackets() {
    let m: Message = DossierMsg::NegativeCount {
        key: Named::titled("按期结案数", "closedInTime"),
        value: Decimal::from_micros(-5_000_000),
    }
    .into();
    assert_eq!(m.text(Lang::En), "count `closedInTime` is -5: counts cannot be negative");
    assert_eq!(m.text(Lang::Zh), "计数「按期结案数」（closedInTime）为 -5：计数不能为负");
    let untitled: Message = SchemeMsg::OptionalRead { input: Named::id("closed") }.into();
    assert_eq!(untitled.text(Lang::Zh), "输入项「closed」被指标读取，不能设为可选");
}
