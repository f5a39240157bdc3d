//! Hostile input: huge texts, deep nesting, huge strings and arrays. Each is refused with a
//! coded, located problem before anything proportional to it is built, and never panics.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use kaoping_core::base::limits::{self, MAX_JSON_BYTES, MAX_JSON_DEPTH};
use kaoping_core::{api::builtin, AssessOptions, Code, Dossier, Engine, Problems, Scheme};

fn demo_dossier_json() -> serde_json::Value {
    serde_json::from_str::<serde_json::Value>(builtin::demo_cohort_json()).unwrap()[0]["dossier"].clone()
}

fn only(problems: &Problems) -> &kaoping_core::Problem {
    assert_eq!(problems.0.len(), 1, "{problems}");
    &problems.0[0]
}

#[test]
fn a_100_mb_text_is_refused_by_size_before_parsing() {
    // A 100 MB JSON string: the check looks at the length only.
    let mut text = String::with_capacity(100 * 1024 * 1024 + 2);
    text.push('"');
    text.extend(std::iter::repeat_n('x', 100 * 1024 * 1024));
    text.push('"');
    let err = Dossier::from_json(&text).unwrap_err();
    let p = only(&err);
    assert_eq!(p.code, Code::Limit);
    assert_eq!(p.path, "");
    assert!(p.message.contains(&MAX_JSON_BYTES.to_string()), "{}", p.message);
    let err = Scheme::from_json(&text).unwrap_err();
    assert_eq!(only(&err).code, Code::Limit);
}

/// A cohort request whose `scheme` (read as any JSON value, so nesting and length are read as
/// they come) is `value`.
fn cohort_with_scheme(value: &str) -> String {
    format!("{{\"scheme\":{value},\"dossiers\":[]}}")
}

#[test]
fn a_million_deep_array_nesting_is_refused_with_its_path() {
    // Where any value is read, the reader stops at the 33rd level: 31 arrays below `scheme`.
    let text = cohort_with_scheme(&("[".repeat(1_000_000) + &"]".repeat(1_000_000)));
    let err = kaoping_core::api::cohort::run_cohort_json(&text).unwrap_err();
    let p = only(&err);
    assert_eq!(p.code, Code::Limit);
    assert_eq!(p.path, format!("scheme{}", "[0]".repeat(MAX_JSON_DEPTH - 1)));
    assert!(p.message.contains("deeper than 32"), "{}", p.message);
    // Where an object is expected, the first `[` is already the problem (nothing more read).
    let text = "[".repeat(1_000_000) + &"]".repeat(1_000_000);
    let err = Dossier::from_json(&text).unwrap_err();
    assert_eq!((only(&err).code, only(&err).path.as_str()), (Code::Type, ""));
}

#[test]
fn deep_object_nesting_is_located() {
    // {"scheme":{"a":{"a":…}}}: the 33rd object is refused, at key `a` of the 32nd.
    let depth = 1_000_000;
    let text = cohort_with_scheme(&format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth)));
    let err = kaoping_core::api::cohort::run_cohort_json(&text).unwrap_err();
    let p = only(&err);
    assert_eq!(p.code, Code::Limit);
    assert_eq!(p.path, format!("scheme{}", ".a".repeat(MAX_JSON_DEPTH - 1)));
    // Inside a dossier the name must be a string: refused at its first `{`.
    let text = format!(
        "{{\"officer\":{{\"id\":\"x\",\"name\":{}1{}}}}}",
        "{\"a\":".repeat(depth),
        "}".repeat(depth)
    );
    let err = Dossier::from_json(&text).unwrap_err();
    assert_eq!((only(&err).code, only(&err).path.as_str()), (Code::Type, "officer.name"));
}

#[test]
fn nesting_just_inside_the_limit_reaches_the_parser() {
    // 32 levels pass the reader's limit and fail as a type error (a dossier is not an array).
    let text = "[".repeat(MAX_JSON_DEPTH) + &"]".repeat(MAX_JSON_DEPTH);
    let err = Dossier::from_json(&text).unwrap_err();
    assert_eq!(only(&err).code, Code::Type);
}

#[test]
fn a_10_mb_name_is_refused_at_its_path() {
    let mut d = demo_dossier_json();
    d["officer"]["name"] = serde_json::Value::String("名".repeat(10 * 1024 * 1024 / 3));
    let text = serde_json::to_string(&d).unwrap();
    let err = Dossier::from_json(&text).unwrap_err();
    let p = only(&err);
    assert_eq!(p.code, Code::Limit);
    assert_eq!(p.path, "officer.name");
}

#[test]
fn a_long_but_admitted_name_is_refused_by_validation() {
    // 3000 characters pass the reader's string limit (9 KB) but not the 2000-character text limit.
    let mut d = demo_dossier_json();
    d["officer"]["name"] = serde_json::Value::String("名".repeat(3000));
    let dossier = Dossier::from_json(&serde_json::to_string(&d).unwrap()).unwrap();
    let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
    let err = engine.assess(&dossier, &AssessOptions::default()).unwrap_err();
    assert!(err.0.iter().any(|p| p.code == Code::Limit && p.path == "officer.name"), "{err}");
}

#[test]
fn a_huge_array_is_refused_at_the_limit() {
    // 1,000,001 elements where any value is read: refused at the 1,000,001st.
    let mut scheme = String::from("[");
    scheme.push_str(&"[],".repeat(limits::MAX_JSON_ITEMS));
    scheme.push_str("[]]");
    let err = kaoping_core::api::cohort::run_cohort_json(&cohort_with_scheme(&scheme)).unwrap_err();
    let p = only(&err);
    assert_eq!(p.code, Code::Limit);
    assert_eq!(p.path, format!("scheme[{}]", limits::MAX_JSON_ITEMS));
    assert!(p.message.contains("more than 1000000 elements"), "{}", p.message);
    // 1,000,001 occurrences as empty objects: the first is already not an occurrence.
    let mut text = String::from("{\"officer\":{\"id\":\"x\",\"name\":\"y\"},\"occurrences\":[");
    text.push_str(&"{},".repeat(limits::MAX_JSON_ITEMS));
    text.push_str("{}]}");
    let err = Dossier::from_json(&text).unwrap_err();
    assert_eq!((only(&err).code, only(&err).path.as_str()), (Code::MissingField, "occurrences[0]"));
}

#[test]
fn too_many_occurrences_are_refused_by_validation_with_a_path() {
    let mut d = demo_dossier_json();
    let occ: Vec<serde_json::Value> = (0..=limits::MAX_OCCURRENCES)
        .map(|i| serde_json::json!({ "id": format!("o{i}"), "item": "P01", "date": "2026-01-01" }))
        .collect();
    d["occurrences"] = serde_json::Value::Array(occ);
    // Reading stops at the 4097th occurrence …
    let err = Dossier::from_json(&d.to_string()).unwrap_err();
    assert_eq!(only(&err).code, Code::Limit, "{err}");
    assert!(only(&err).path.starts_with("occurrences"), "{err}");
    // … and a dossier built in code with too many is refused by validation.
    let mut dossier = Dossier::from_json(&demo_dossier_json().to_string()).unwrap();
    let first = dossier.occurrences[0].clone();
    dossier.occurrences = (0..=limits::MAX_OCCURRENCES)
        .map(|i| kaoping_core::Occurrence { id: format!("o{i}").as_str().into(), ..first.clone() })
        .collect();
    let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
    let err = engine.assess(&dossier, &AssessOptions::default()).unwrap_err();
    assert!(err.0.iter().any(|p| p.code == Code::Limit && p.path == "occurrences"), "{err}");
}

#[test]
fn too_many_indicators_are_refused_by_validation() {
    let mut s: serde_json::Value =
        serde_json::from_str(builtin::scheme_json("court-judge").unwrap()).unwrap();
    let first = s["dimensions"][0]["indicators"][0].clone();
    let many: Vec<serde_json::Value> = (0..=limits::MAX_INDICATORS)
        .map(|i| {
            let mut ind = first.clone();
            ind["id"] = serde_json::Value::String(format!("X{i}"));
            ind
        })
        .collect();
    s["dimensions"][0]["indicators"] = serde_json::Value::Array(many);
    let err = Engine::from_json(&serde_json::to_string(&s).unwrap()).unwrap_err();
    assert!(err.0.iter().any(|p| p.code == Code::Limit && p.path == "indicators"), "{err}");
}

#[test]
fn a_huge_number_literal_is_a_coded_error() {
    let mut text = String::from("{\"officer\":{\"id\":\"x\",\"name\":\"y\"},\"inputs\":{\"a\":");
    text.push_str(&"9".repeat(5_000_000));
    text.push_str("}}");
    let err = Dossier::from_json(&text).unwrap_err();
    let p = only(&err);
    assert!(matches!(p.code, Code::NumberRange | Code::Parse), "{p}");
}

#[test]
fn strings_with_escapes_and_brackets_do_not_confuse_the_pre_scan() {
    // Brackets inside strings do not count as nesting; escaped quotes do not end strings.
    let deep_in_string = format!("\"{}\\\"{}\"", "[".repeat(100), "{".repeat(100));
    let text = format!("{{\"officer\":{{\"id\":\"x\",\"name\":{deep_in_string}}}}}");
    let d = Dossier::from_json(&text).unwrap();
    assert!(d.officer.name.starts_with("[[["));
}

#[test]
fn truncated_and_garbage_texts_are_parse_errors_not_panics() {
    let full = builtin::scheme_json("court-judge").unwrap();
    for cut in (0..full.len()).step_by(97) {
        if let Some(part) = full.get(..cut) {
            let err = Scheme::from_json(part).unwrap_err();
            assert!(!err.0.is_empty());
        }
    }
    for text in ["", "\"", "\\", "{\"", "[\"\\", "nul", "{]", "]]]]", "}}}}", "\u{0}"] {
        assert!(Scheme::from_json(text).is_err(), "{text:?}");
    }
}

fn cohort_request() -> serde_json::Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/cohort/001-three-raters-trimmed-mean.json"
    );
    let fixture: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    fixture["input"].clone()
}

#[test]
fn too_many_raters_are_refused_with_a_path() {
    let mut req = cohort_request();
    let member = req["committee"]["members"][1].clone();
    let sheet = req["sheets"][1].clone();
    let (mut members, mut sheets) = (Vec::new(), Vec::new());
    for i in 0..=limits::MAX_RATERS {
        let mut m = member.clone();
        m["id"] = serde_json::Value::String(format!("R{i:03}"));
        members.push(m);
        let mut s = sheet.clone();
        s["rater"] = serde_json::Value::String(format!("R{i:03}"));
        sheets.push(s);
    }
    req["committee"]["members"] = serde_json::Value::Array(members);
    req["sheets"] = serde_json::Value::Array(sheets);
    let err = kaoping_core::api::cohort::run_cohort_json(&req.to_string()).unwrap_err();
    assert!(err.0.iter().any(|p| p.code == Code::Limit && p.path == "committee.members"), "{err}");
    assert!(err.0.iter().any(|p| p.code == Code::Limit && p.path == "sheets"), "{err}");
}

#[test]
fn a_cohort_beyond_the_limit_is_refused_before_any_dossier_is_built() {
    // 1,000,001 dossiers as empty objects (3 MB of text): the reader meets the first, which is
    // not a dossier, before the length limit (a length limit test: a_huge_array_is_refused…).
    let mut text = String::from("{\"scheme\":\"court-judge\",\"dossiers\":[");
    text.push_str(&"{},".repeat(limits::MAX_COHORT));
    text.push_str("{}]}");
    let err = kaoping_core::api::cohort::run_cohort_json(&text).unwrap_err();
    assert_eq!((only(&err).code, only(&err).path.as_str()), (Code::MissingField, "dossiers[0]"));
}

#[test]
fn hostile_texts_through_every_text_entry_point_are_coded_errors() {
    let deep = "[".repeat(100_000);
    let huge = format!("\"{}\"", "x".repeat(limits::MAX_JSON_STRING_BYTES + 1));
    for text in [deep.as_str(), huge.as_str(), "", "{", "null", "[]", "1e999", "-0", "{\"a\":NaN}"] {
        for result in [
            kaoping_core::api::cohort::run_cohort_json(text).err(),
            kaoping_core::api::tolerance::run_tolerance_json(text).err(),
            kaoping_core::api::audit::verify_json(text).err(),
            Engine::from_json(text).err(),
            Dossier::from_json(text).err(),
        ] {
            let problems = result.expect("hostile text must not be accepted");
            assert!(problems.has_errors());
            assert!(problems.0.iter().all(|p| p.code.as_str().starts_with("E_")));
        }
    }
}
