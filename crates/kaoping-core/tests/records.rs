//! Inputs derived from case records, beyond the fixtures: the explanation names the records
//! behind each derived input (指标下钻), and the drill-down agrees with the ranking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test code

use kaoping_core::model::explanation::LineKind;
use kaoping_core::{AssessOptions, Dossier, Engine, Lang, Scheme};

fn fixture() -> (Engine, Dossier) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/assess");
    let text = std::fs::read_to_string(root.join("070-records-derive-every-aggregation.json")).unwrap();
    let f: serde_json::Value = serde_json::from_str(&text).unwrap();
    let scheme = Scheme::from_json(&f["input"]["scheme"].to_string()).unwrap();
    let dossier = Dossier::from_json(&f["input"]["dossier"].to_string()).unwrap();
    (Engine::new(scheme).unwrap(), dossier)
}

#[test]
fn the_explanation_names_the_records_behind_each_derived_input() {
    let (engine, dossier) = fixture();
    let zh =
        engine.assess(&dossier, &AssessOptions { trace: true, fingerprint: false, lang: Lang::Zh }).unwrap();
    let derived: Vec<_> = zh.explanation.iter().filter(|l| l.kind == LineKind::Derived).collect();
    assert_eq!(derived.len(), 10, "one line per derived input");
    // by hand: cases 1, 2, 3 closed in 2026 as undertaker; 1 and 3 within their 90-day limit
    assert_eq!(
        derived[0].text,
        "结案数（closed）= 3：由 3 条案件记录计得（（2026）示0101民初1号、（2026）示0101民初2号、（2026）示0101民初3号）"
    );
    assert_eq!(derived[1].text, "审限内结案数（closedInTime）= 2：由 2 条案件记录计得（（2026）示0101民初1号、（2026）示0101民初3号）");
    assert_eq!(derived[1].rule, "inputs[1].derive");
    assert!(derived.iter().all(|l| l.points.is_zero()), "derived lines move no points");
    // the lines still add up to the total
    let sum = zh
        .explanation
        .iter()
        .filter(|l| l.kind != LineKind::Total)
        .fold(kaoping_core::Decimal::ZERO, |s, l| s.checked_add(l.points).unwrap());
    assert_eq!(sum, zh.total);
    let en =
        engine.assess(&dossier, &AssessOptions { trace: true, fingerprint: false, lang: Lang::En }).unwrap();
    let first = en.explanation.iter().find(|l| l.kind == LineKind::Derived).unwrap();
    assert_eq!(first.text, "结案数 (closed) = 3: from 3 records (（2026）示0101民初1号, （2026）示0101民初2号, （2026）示0101民初3号)");
}

#[test]
fn more_than_three_records_are_named_by_the_first_three_and_the_count() {
    let (engine, mut dossier) = fixture();
    // four more cases closed in time by the undertaker (filed 2026-04-01, closed 2026-04-11: 10 days)
    for n in 11..15 {
        let text = format!(
            r#"{{"kind": "case", "id": "（2026）示0101民初{n}号", "fields": {{"filed": "2026-04-01", "closed": "2026-04-11",
                "limitDays": 90, "days": 10, "procedure": "first", "role": "undertaker"}}}}"#
        );
        dossier.records.push(kaoping_core::base::json::from_json_str(&text).unwrap());
    }
    let a =
        engine.assess(&dossier, &AssessOptions { trace: true, fingerprint: false, lang: Lang::Zh }).unwrap();
    let line = a.explanation.iter().find(|l| l.kind == LineKind::Derived).unwrap();
    assert_eq!(
        line.text,
        "结案数（closed）= 7：由 7 条案件记录计得（（2026）示0101民初1号、（2026）示0101民初2号、（2026）示0101民初3号 等）"
    );
    // by hand: 6 of 7 in time → 6 / 7 × 100 = 85.714286 → 85.71
    assert_eq!(a.total.to_string(), "85.71");
    assert_eq!(a.derived[1].records.len(), 6);
}
