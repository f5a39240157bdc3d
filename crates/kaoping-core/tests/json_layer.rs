//! kaoping-json against serde_json: for every fixture input and built-in document, the new reader
//! gives the value serde_json gives (or both refuse the input), and the new writers give the same
//! bytes as `serde_json::to_string` and `to_string_pretty` — for inputs and for the engine's answers. Fingerprints hash
//! these bytes, so this keeps them unchanged.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use kaoping_core::api::cohort::CohortRequest;
use kaoping_core::api::preview::PreviewRequest;
use kaoping_core::api::tolerance::ToleranceRequest;
use kaoping_core::rules::audit::AuditLog;
use kaoping_core::{api::builtin, Dossier, Engine, Scheme, Waiver};
use kaoping_json::{FromJson, ToJson};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::fmt::Debug;

/// Same bytes from both writers.
fn same_text<T: Serialize + ToJson + ?Sized>(value: &T, what: &str) {
    let theirs = serde_json::to_string(value).unwrap();
    let ours = kaoping_json::to_string(value);
    assert_eq!(ours, theirs, "{what}: the writers differ");
    let theirs = serde_json::to_string_pretty(value).unwrap();
    let ours = kaoping_json::to_string_pretty(value);
    assert_eq!(ours, theirs, "{what}: the indented writers differ");
}

/// Reads `text` with both readers: equal values (then written identically), or both refuse.
fn both<T>(text: &str, what: &str) -> Option<T>
where
    T: DeserializeOwned + FromJson + Serialize + ToJson + PartialEq + Debug,
{
    let theirs: Result<T, _> = serde_json::from_str(text);
    let ours: Result<T, _> = kaoping_json::from_str(text);
    match (theirs, ours) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "{what}: the readers differ");
            same_text(&a, what);
            Some(b)
        }
        (Err(_), Err(_)) => None,
        (a, b) => panic!("{what}: serde_json {a:?}, kaoping-json {b:?}"),
    }
}

fn field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.get(key).filter(|x| !x.is_null())
}

#[test]
fn built_in_documents_read_and_write_alike() {
    for id in builtin::scheme_ids() {
        let scheme: Scheme = both(builtin::scheme_json(id).unwrap(), id).expect("a built-in scheme reads");
        let engine = Engine::new(scheme).unwrap();
        same_text(engine.scheme(), id);
    }
    let entries: Vec<builtin::DemoEntry> = both(builtin::demo_cohort_json(), "demo").unwrap();
    for e in entries {
        let engine = Engine::new(builtin::scheme(&e.scheme).unwrap()).unwrap();
        for trace in [false, true] {
            let options = kaoping_core::AssessOptions { trace, ..Default::default() };
            let a = engine.assess(&e.dossier, &options).unwrap();
            same_text(&a, "demo assessment");
        }
    }
}

#[test]
fn assess_and_validate_fixture_inputs_read_and_write_alike() {
    for kind in ["assess", "validateScheme"] {
        for f in common::load(kind) {
            let input = f.input();
            let name = f.name();
            if let Some(s) = field(input, "scheme").filter(|s| s.is_object()) {
                both::<Scheme>(&s.to_string(), &name);
            }
            if let Some(Value::String(text)) = field(input, "schemeText") {
                both::<Scheme>(text, &name);
            }
            if let Some(d) = field(input, "dossier") {
                if let Some(d) = both::<Dossier>(&d.to_string(), &name) {
                    // The answer for this dossier under its scheme, when both are fine.
                    let scheme = match field(input, "scheme") {
                        Some(Value::String(id)) => builtin::scheme(id).ok(),
                        Some(s) => kaoping_json::from_str::<Scheme>(&s.to_string()).ok(),
                        None => None,
                    };
                    if let Some(engine) = scheme.and_then(|s| Engine::new(s).ok()) {
                        for trace in [false, true] {
                            let options = kaoping_core::AssessOptions { trace, ..Default::default() };
                            if let Ok(a) = engine.assess(&d, &options) {
                                same_text(&a, &name);
                            }
                        }
                    }
                }
            }
            if let Some(Value::String(text)) = field(input, "dossierText") {
                both::<Dossier>(text, &name);
            }
            if let Some(w) = field(input, "waivers") {
                both::<Vec<Waiver>>(&w.to_string(), &name);
            }
        }
    }
}

#[test]
fn request_fixture_inputs_read_and_write_alike() {
    for f in common::load("cohort") {
        let text = f.input().to_string();
        if let Some(r) = both::<CohortRequest>(&text, &f.name()) {
            if let Ok(result) = r.run() {
                same_text(&result, &f.name());
            }
        }
    }
    for f in common::load("preview") {
        let text = f.input().to_string();
        if let Some(r) = both::<PreviewRequest>(&text, &f.name()) {
            if let Ok(answer) = r.run() {
                same_text(&answer, &f.name());
            }
        }
    }
    for f in common::load("tolerance") {
        let text = f.input().to_string();
        if let Some(r) = both::<ToleranceRequest>(&text, &f.name()) {
            if let Ok(response) = r.run() {
                same_text(&response, &f.name());
            }
        }
    }
}

#[test]
fn results_fixture_inputs_read_and_write_alike() {
    use kaoping_core::api::allocation::AllocationRequest;
    use kaoping_core::api::publication::{PublicationRequest, WorkingDaysRequest};
    for f in common::load("allocation") {
        if let Some(r) = both::<AllocationRequest>(&f.input().to_string(), &f.name()) {
            if let Ok(allocation) = r.run() {
                same_text(&allocation, &f.name());
            }
        }
    }
    for f in common::load("publication") {
        if let Some(r) = both::<PublicationRequest>(&f.input().to_string(), &f.name()) {
            if let Ok(publication) = r.run() {
                same_text(&publication, &f.name());
            }
        }
    }
    for f in common::load("calendar") {
        if let Some(r) = both::<WorkingDaysRequest>(&f.input().to_string(), &f.name()) {
            if let Ok(days) = r.run() {
                same_text(&days, &f.name());
            }
        }
    }
}

#[test]
fn an_audit_log_reads_and_writes_alike() {
    let mut log = AuditLog::new();
    let at = kaoping_core::Date::parse("2026-12-20").unwrap();
    log.append(
        at,
        "R01",
        serde_json::from_value(serde_json::json!({
            "type": "signOff", "rater": "R01", "sheet": "ab\"c\n签字"
        }))
        .unwrap(),
    );
    let text = serde_json::to_string(&log).unwrap();
    both::<AuditLog>(&text, "audit log");
}

#[test]
fn numbers_read_as_before() {
    for text in [
        "0",
        "-0",
        "83.45",
        "0.1",
        "1e3",
        "1.5E-2",
        "0.1234565",
        "0.0000005",
        "-2.5",
        "1e12",
        "1e13",
        "999999999.5",
        "1000000000.5",
        "\"12.5\"",
        "\"x\"",
        "null",
        "true",
        "123456789012345678901234",
        "-123456789012345678901",
        "0.30000000000000004",
        "1e-7",
    ] {
        both::<kaoping_core::Decimal>(text, text);
        both::<Option<u32>>(text, text);
    }
}

#[test]
fn problems_keep_their_codes_and_paths() {
    use kaoping_core::base::json::from_json_str;
    let cases = [
        (r#"{"officer": {"id": "T-1""#, "E_PARSE", "officer"),
        (r#"{"officer": {"id": "T-1", "name": "T", "rank": 3}}"#, "E_UNKNOWN_FIELD", "officer.rank"),
        (r#"{"inputs": {"rate": "x"}, "officer": {"id": "T-1", "name": "T"}}"#, "E_TYPE", "inputs.rate"),
        (
            r#"{"inputs": {"rate": 1e13}, "officer": {"id": "T-1", "name": "T"}}"#,
            "E_NUMBER_RANGE",
            "inputs.rate",
        ),
        (r#"{"inputs": {}}"#, "E_MISSING_FIELD", ""),
        (
            r#"{"officer": {"id": "T-1", "name": "T"}, "occurrences": [{"id": "a", "item": "P01", "date": "2026-02-30"}]}"#,
            "E_DATE",
            "occurrences[0].date",
        ),
    ];
    for (text, code, path) in cases {
        let p = from_json_str::<Dossier>(text).unwrap_err();
        assert_eq!((p.0[0].code.as_str(), p.0[0].path.as_str()), (code, path), "{text}: {p}");
    }
    let p = from_json_str::<Scheme>(
        r#"{"dimensions": [{"indicators": [{"scoring": {"type": "exponential"}}]}]}"#,
    )
    .unwrap_err();
    // Members are read in order, as serde did: the first member's error comes first.
    assert_eq!(
        (p.0[0].code.as_str(), p.0[0].path.as_str()),
        ("E_UNKNOWN_VARIANT", "dimensions[0].indicators[0].scoring.type")
    );
}

#[test]
fn broken_texts_fail_alike() {
    use kaoping_core::base::json::from_json_str;
    for f in common::load("assess") {
        let Some(d) = field(f.input(), "dossier") else { continue };
        let text = serde_json::to_string_pretty(d).unwrap();
        let cuts: Vec<usize> =
            (1..12).map(|k| text.len() * k / 12).filter(|&i| text.is_char_boundary(i)).collect();
        for cut in cuts {
            let broken = &text[..cut];
            let theirs = serde_json::from_str::<Dossier>(broken).unwrap_err();
            let ours = from_json_str::<Dossier>(broken).unwrap_err();
            // serde_json stops at the first problem in the text: a syntax error at the cut, or a
            // data error before it. kaoping-json reads in the same order.
            let theirs_syntax = theirs.is_syntax() || theirs.is_eof();
            assert_eq!(
                ours.0[0].code.as_str() == "E_PARSE",
                theirs_syntax,
                "{}: {ours} vs {theirs}",
                f.name()
            );
        }
    }
}
