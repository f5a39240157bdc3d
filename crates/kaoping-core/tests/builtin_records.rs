//! The record-based built-in schemes (`court-judge-records`, `procuratorate-prosecutor-records`)
//! and their synthetic demo records: each demo officer's records derive exactly the inputs the
//! hand-counted demo cohort gives, so both assessments agree; and the S13 worked example is
//! rebuilt from 27,315 records, one per 件.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_types,
    clippy::disallowed_methods
)] // test harness code

use kaoping_core::api::builtin;
use kaoping_core::api::records::drill;
use kaoping_core::model::assessment::InputTrace;
use kaoping_core::{AssessOptions, Decimal, Dossier, Engine};
use serde_json::{json, Value};

fn engine(id: &str) -> Engine {
    Engine::new(builtin::scheme(id).unwrap()).unwrap()
}

fn d(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

#[test]
fn the_demo_records_derive_the_hand_counted_inputs_and_the_same_results() {
    let options = AssessOptions { trace: true, fingerprint: false, ..AssessOptions::default() };
    let hand = builtin::demo_entries();
    let entries = builtin::demo_record_entries();
    assert_eq!(entries.len(), 17, "every court and prosecutor demo officer");
    let mut with_records = 0;
    for e in &entries {
        let id = &e.dossier.officer.id;
        assert!(e.dossier.synthetic, "{id}: the records are synthetic");
        let base = hand.iter().find(|h| &h.dossier.officer.id == id).unwrap();
        assert_eq!(format!("{}-records", base.scheme), e.scheme);
        let a = engine(&e.scheme).assess(&e.dossier, &options).unwrap_or_else(|p| panic!("{id}: {p}"));
        let b = engine(&base.scheme).assess(&base.dossier, &options).unwrap();
        if !e.dossier.records.is_empty() {
            with_records += 1;
            assert!(!a.derived.is_empty(), "{id}");
        }
        for derived in &a.derived {
            assert_eq!(derived.value, base.dossier.inputs.get(&derived.key).copied(), "{id} {}", derived.key);
        }
        // the drill-down of every indicator gives the records the assessment names
        let records_engine = engine(&e.scheme);
        for (_, ind) in records_engine.scheme().indicators() {
            for drill in drill(&records_engine, &e.dossier, ind.id.as_str()).unwrap() {
                let derived = a.derived.iter().find(|x| x.key.as_str() == drill.key).unwrap();
                let ids: Vec<_> = drill.records.iter().map(|r| r.id.clone()).collect();
                assert_eq!((drill.value, &ids), (derived.value, &derived.records), "{id} {}", ind.id);
            }
        }
        assert_eq!((a.total, &a.grade, a.weighted), (b.total, &b.grade, b.weighted), "{id}");
        for (x, y) in a
            .dimensions
            .iter()
            .flat_map(|d| &d.indicators)
            .zip(b.dimensions.iter().flat_map(|d| &d.indicators))
        {
            assert_eq!((x.raw, x.contribution), (y.raw, y.contribution), "{id} {}", x.id);
        }
    }
    // P-001 (the city-wide worked example) and P-005 keep hand-counted figures
    assert_eq!(with_records, 15);
}

/// The S13 worked example from records: 案 = 9265 + 14640 − 6220 = 17685 matter records, and
/// 件 = 案 + 9630 procedural events (2900 退回补充侦查 + 1800 延长审查起诉期限 + 4930 other
/// non-routine, of which 40 不捕复议复核), 27,315 records in all.
fn worked_example() -> Dossier {
    let mut records = Vec::with_capacity(27_315);
    let mut case = |fields: Value| {
        let n = records.len() + 1;
        records.push(json!({ "kind": "case", "id": format!("示检刑受〔2026〕{n}号"), "fields": fields }));
    };
    let day = |i: usize| format!("2026-{:02}-{:02}", i % 12 + 1, i % 28 + 1);
    // 6220 arrested and transferred for prosecution review, 70 of them not prosecuted
    for i in 0..6220 {
        let prosecution = if i < 70 { "notProsecuted" } else { "prosecuted" };
        case(json!({ "accepted": day(i), "arrestReview": true, "arrestDecision": "approved",
                     "prosecutionReview": true, "prosecution": prosecution }));
    }
    // 9265 arrest reviews: 6220 above, 1145 more approved, 1900 not approved
    for i in 0..1145 {
        case(json!({ "accepted": day(i), "arrestReview": true, "arrestDecision": "approved" }));
    }
    for i in 0..1900 {
        case(json!({ "accepted": day(i), "arrestReview": true, "arrestDecision": "notApproved" }));
    }
    // 14640 prosecution reviews: 6220 above and 8420 accepted directly
    for i in 0..8420 {
        case(json!({ "accepted": day(i), "prosecutionReview": true, "prosecution": "prosecuted" }));
    }
    assert_eq!(records.len(), 17_685);
    let kinds = [
        ("returned", 2900),
        ("extended", 1800),
        ("contested", 40),
        ("appeal", 2000),
        ("protest", 890),
        ("other", 2000),
    ];
    let mut n = 0;
    for (kind, count) in kinds {
        for _ in 0..count {
            n += 1;
            let of = format!("示检刑受〔2026〕{}号", n % 17_685 + 1);
            records.push(json!({ "kind": "event", "id": format!("示检事〔2026〕{n}号"),
                                 "fields": { "date": day(n), "type": kind, "case": of } }));
        }
    }
    assert_eq!(records.len(), 27_315);
    let dossier = json!({
        "officer": { "id": "P-001", "name": "孙检（示例）" },
        "inputs": { "trainingHours": 48, "interferenceRecordRate": 100 },
        "records": records,
    });
    Dossier::from_json(&dossier.to_string()).unwrap()
}

#[test]
fn the_case_to_matter_ratio_of_the_worked_example_comes_from_27315_records() {
    let engine = engine("procuratorate-prosecutor-records");
    let a = engine
        .assess(
            &worked_example(),
            &AssessOptions { trace: false, fingerprint: false, ..AssessOptions::default() },
        )
        .unwrap();
    let derived = |key: &str| a.derived.iter().find(|x| x.key.as_str() == key).unwrap();
    for (key, value) in [
        ("arrestReview", 9265),
        ("prosecutionReview", 14640),
        ("arrestedTransferred", 6220),
        ("returnedForInvestigation", 2900),
        ("extendedReview", 1800),
        ("otherNonRoutine", 4930),
        ("notArrested", 1900),
        ("notArrestedContested", 40),
        ("notProsecutedAfterArrest", 70),
    ] {
        let x = derived(key);
        assert_eq!(x.value, Some(Decimal::from_count(value).unwrap()), "{key}");
        assert_eq!(x.records.len(), usize::try_from(value).unwrap(), "{key}: the records behind it");
    }
    // by hand (fixture assess/015): 27315 ÷ 17685 = 1.544529; (1.5, 85)–(2, 60) gives
    // 85 − 25 × 0.044529 ÷ 0.5 = 82.77355; × 0.35 × 0.6 = 17.3824455 → 17.38
    let pa01 = &a.dimensions[0].indicators[0];
    assert_eq!(pa01.id.as_str(), "PA01");
    let InputTrace::Ratio { numerator_sum, denominator_sum, .. } = &pa01.input else {
        panic!("{:?}", pa01.input)
    };
    assert_eq!((*numerator_sum, *denominator_sum), (d("27315"), d("17685")));
    assert_eq!(pa01.raw, Some(d("1.544529")));
    assert_eq!(pa01.function_score, d("82.77355"));
    assert_eq!(pa01.contribution, d("17.38"));
}
