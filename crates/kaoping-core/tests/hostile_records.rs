//! Hostile case records and filters: filters nested thousands deep, more records than a dossier
//! may hold, huge strings in a record: each refused with `E_LIMIT` and its path while it is read
//! (the reader stops at the limit, so nothing proportional to the input is built); a filter
//! nested deep but within the limit is read and means what it says.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test code

use kaoping_core::api::builtin;
use kaoping_core::api::session::{
    Actor, Change, Event, NewOfficer, RosterOfficer, Session, SessionInit, Timestamp,
};
use kaoping_core::base::limits::{MAX_JSON_DEPTH, MAX_RECORDS};
use kaoping_core::{AssessOptions, Code, Dossier, Engine, Lang, Problems, Scheme};
use serde_json::{json, Value};

fn only(problems: &Problems) -> &kaoping_core::Problem {
    assert_eq!(problems.0.len(), 1, "{problems}");
    &problems.0[0]
}

/// The record-based court scheme with the filter of `closedInTime` (inputs[2]) wrapped by `wrap`
/// `depth` times.
fn nested_scheme(depth: usize, wrap: fn(Value) -> Value) -> Value {
    let mut scheme: Value =
        serde_json::from_str(builtin::scheme_json("court-judge-records").unwrap()).unwrap();
    assert_eq!(scheme["inputs"][2]["key"], "closedInTime");
    let mut filter = scheme["inputs"][2]["derive"]["where"].take();
    for _ in 0..depth {
        filter = wrap(filter);
    }
    scheme["inputs"][2]["derive"]["where"] = filter;
    scheme
}

fn not(of: Value) -> Value {
    json!({ "test": "not", "of": of })
}

fn all(of: Value) -> Value {
    json!({ "test": "all", "of": [of] })
}

/// A JSON text of `depth` nested `not` filters around `inner`, written directly: serde_json's own
/// writer would recurse as deep.
fn deep_text(depth: usize) -> String {
    let scheme = nested_scheme(0, not).to_string();
    let inner = r#"{"test":"present","field":"closed"}"#;
    let nested = format!("{}{inner}{}", r#"{"test":"not","of":"#.repeat(depth), "}".repeat(depth));
    let old = serde_json::to_string(&nested_scheme(0, not)["inputs"][2]["derive"]["where"]).unwrap();
    scheme.replacen(&old, &nested, 1)
}

#[test]
fn a_filter_nested_thousands_deep_is_refused_with_its_path() {
    for depth in [5_000, 1_000_000] {
        let err = Scheme::from_json(&deep_text(depth)).unwrap_err();
        let p = only(&err);
        assert_eq!(p.code, Code::Limit, "{p}");
        // by hand: the scheme is level 1, `inputs` 2, inputs[2] 3, `derive` 4, `where` 5, and
        // each `of` one more: the 33rd level is the value at 28 `of`s below `where`
        let path = format!("inputs[2].derive.where{}", ".of".repeat(MAX_JSON_DEPTH + 1 - 5));
        assert_eq!(p.path, path, "depth {depth}");
    }
    // nested through arrays (`all` of one test): `of[0]` is two levels each
    let mut text = String::new();
    let depth = 5_000;
    text.push_str(&r#"{"test":"all","of":["#.repeat(depth));
    text.push_str(r#"{"test":"present","field":"closed"}"#);
    text.push_str(&"]}".repeat(depth));
    let scheme = nested_scheme(0, not).to_string();
    let old = serde_json::to_string(&nested_scheme(0, not)["inputs"][2]["derive"]["where"]).unwrap();
    let err = Scheme::from_json(&scheme.replacen(&old, &text, 1)).unwrap_err();
    let p = only(&err);
    assert_eq!(p.code, Code::Limit);
    // by hand: each `.of[0]` is two levels (the array, its element): `where` + 14 of them is
    // level 5 + 28 = 33
    assert_eq!(p.path, format!("inputs[2].derive.where{}", ".of[0]".repeat(14)));
}

#[test]
fn a_filter_nested_deep_within_the_limit_means_what_it_says() {
    // 8 × (not + all-of-one) = 24 levels below `where`: its deepest object (level 7) goes to
    // level 31 of the 32 allowed; the 8 `not`s cancel out
    let wrap = |f: Value| -> Value { not(all(f)) };
    let deep = nested_scheme(8, wrap);
    let engine = Engine::new(Scheme::from_json(&deep.to_string()).unwrap()).unwrap();
    let plain = Engine::new(builtin::scheme("court-judge-records").unwrap()).unwrap();
    let entry = builtin::demo_entries_of("court-judge-records").into_iter().next().unwrap();
    let options = AssessOptions { trace: false, fingerprint: false, lang: Lang::Zh };
    let a = engine.assess(&entry.dossier, &options).unwrap();
    let b = plain.assess(&entry.dossier, &options).unwrap();
    assert_eq!(a.derived, b.derived);
    assert_eq!(a.total, b.total);
    // one `not`: the complement among the kind's records (every case not closed in time)
    let odd = nested_scheme(1, not);
    let engine = Engine::new(Scheme::from_json(&odd.to_string()).unwrap()).unwrap();
    let c = engine.assess(&entry.dossier, &options);
    let in_time = b.derived.iter().find(|d| d.key.as_str() == "closedInTime").unwrap().records.len();
    match c {
        Ok(c) => {
            let n = c.derived.iter().find(|d| d.key.as_str() == "closedInTime").unwrap().records.len();
            assert_eq!(n, entry.dossier.records.len() - in_time);
        }
        // more in time than closed: the scheme's constraint refuses it, naming both inputs
        Err(p) => assert!(p.0.iter().any(|p| p.code == Code::Implausible), "{p}"),
    }
}

fn records_text(n: usize) -> String {
    let mut text = String::with_capacity(n * 48 + 64);
    text.push_str(r#"{"officer":{"id":"J-1","name":"甲"},"records":["#);
    for i in 0..n {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!(r#"{{"kind":"case","id":"r{i}","fields":{{}}}}"#));
    }
    text.push_str("]}");
    text
}

#[test]
fn more_records_than_a_dossier_holds_are_refused_at_the_first_one_too_many() {
    // exactly the limit is read; one more is refused where it starts, and a million are refused
    // at the same place (the reader stops there)
    assert_eq!(Dossier::from_json(&records_text(MAX_RECORDS)).unwrap().records.len(), MAX_RECORDS);
    for n in [MAX_RECORDS + 1, 1_000_000] {
        let err = Dossier::from_json(&records_text(n)).unwrap_err();
        let p = only(&err);
        assert_eq!(p.code, Code::Limit, "{p}");
        assert_eq!(p.path, format!("records[{MAX_RECORDS}]"), "{n} records");
        assert!(p.message_zh.contains(&MAX_RECORDS.to_string()), "{}", p.message_zh);
    }
}

#[test]
fn a_huge_string_in_a_record_is_refused_with_its_path() {
    let text = format!(
        r#"{{"officer":{{"id":"J-1","name":"甲"}},"records":[{{"kind":"case","id":"r1","fields":{{"note":"{}"}}}}]}}"#,
        "案".repeat(1_000_000)
    );
    let err = Dossier::from_json(&text).unwrap_err();
    let p = only(&err);
    assert_eq!((p.code, p.path.as_str()), (Code::Limit, "records[0].fields.note"));
}

#[test]
fn a_session_refuses_a_record_beyond_the_limit() {
    let at = Timestamp::parse("2026-12-01T09:00").unwrap();
    let office = Actor::user("考评办");
    let mut session = Session::new(SessionInit {
        scheme: kaoping_json::Json::String("court-judge-records".to_owned()),
        policy: None,
        lang: Lang::Zh,
    })
    .unwrap();
    let record = |i: usize| {
        serde_json::from_value::<kaoping_core::model::records::Record>(json!({
            "kind": "case", "id": format!("（2026）示0101民初{i}号"),
            "fields": { "filed": "2026-01-05", "limitDays": 90, "role": "member" }
        }))
        .unwrap()
    };
    let officer = NewOfficer {
        officer: RosterOfficer { id: "J-1".into(), name: "甲（示例）".into(), unit: None, post: None },
        inputs: [("an", 10), ("jian", 12), ("mediationRate", 40), ("satisfaction", 90)]
            .into_iter()
            .map(|(k, v)| (k.into(), kaoping_core::Decimal::from_count(v).unwrap()))
            .collect(),
        occurrences: vec![],
        case_review: None,
        records: (0..MAX_RECORDS).map(record).collect(),
    };
    let event = |change| Event { at, actor: office.clone(), reason: None, change };
    session.apply(event(Change::AddOfficers { officers: vec![officer] })).unwrap();
    let change = Change::UpsertRecord { officer: "J-1".into(), record: record(MAX_RECORDS) };
    let err = session.apply(event(change)).unwrap_err();
    let p = only(&err);
    assert_eq!((p.code, p.path.as_str()), (Code::Limit, "change.record"));
    assert!(p.message_zh.contains("50000"), "{}", p.message_zh);
    // replacing a record the officer has is no new record: accepted
    let change = Change::UpsertRecord { officer: "J-1".into(), record: record(7) };
    session.apply(event(change)).unwrap();
}
