//! The shared fixtures cover every scoring function and every problem code the scheme and dossier
//! validators (and the assessment) can report.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_types,
    clippy::disallowed_methods
)] // test harness code

mod common;

use serde_json::Value;
use std::collections::BTreeSet;

/// Codes that `validateScheme` and `assess` cases must cover between them.
const CODES: &[&str] = &[
    "E_PARSE",
    "E_TYPE",
    "E_UNKNOWN_FIELD",
    "E_MISSING_FIELD",
    "E_UNKNOWN_VARIANT",
    "E_NUMBER_RANGE",
    "E_LIMIT",
    "E_SCHEMA_VERSION",
    "E_DUPLICATE_ID",
    "E_INVALID_ID",
    "E_WEIGHT_SUM",
    "E_WEIGHT_RANGE",
    "E_UNKNOWN_REF",
    "E_NON_MONOTONE",
    "E_FUNCTION_PARAMS",
    "E_CAP_RANGE",
    "E_GRADE_OVERLAP",
    "E_GRADE_GAP",
    "E_EMPTY",
    "E_PRECISION",
    "E_DATE",
    "W_BANNED_INDICATOR",
    "W_UNSOURCED",
    "E_MISSING_INPUT",
    "E_UNKNOWN_INPUT",
    "E_NEGATIVE_COUNT",
    "E_NOT_INTEGER",
    "E_UNKNOWN_ITEM",
    "E_ZERO_DENOMINATOR",
    "W_SCHEME_MISMATCH",
    "E_OVERFLOW",
    "E_MISSING_DATA",
    // E_NUMBER_NOT_FINITE is not listed: JSON text cannot hold NaN or ±∞ (serde_json refuses them
    // as E_PARSE); it is reachable only through non-JSON callers such as the wasm binding.
];

fn codes_in(kind: &str, into: &mut BTreeSet<String>) {
    for f in common::load(kind) {
        for p in f.json["expectProblems"].as_array().into_iter().flatten() {
            into.insert(p["code"].as_str().unwrap().to_owned());
        }
        for list in ["errors", "warnings"] {
            for p in f.json["expect"][list].as_array().into_iter().flatten() {
                into.insert(p["code"].as_str().unwrap().to_owned());
            }
        }
    }
}

#[test]
fn every_validator_code_has_a_fixture() {
    let mut seen = BTreeSet::new();
    codes_in("assess", &mut seen);
    codes_in("validateScheme", &mut seen);
    let missing: Vec<&&str> = CODES.iter().filter(|c| !seen.contains(**c)).collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
    for code in CODES {
        assert!(kaoping_core::Code::from_text(code).is_some(), "{code} is not a code");
    }
}

fn scoring_types(v: &Value, into: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(s)) = map.get("scoring") {
                if let Some(t) = s.get("type").and_then(Value::as_str) {
                    into.insert(t.to_owned());
                }
            }
            map.values().for_each(|x| scoring_types(x, into));
        }
        Value::Array(a) => a.iter().for_each(|x| scoring_types(x, into)),
        _ => {}
    }
}

#[test]
fn every_scoring_function_is_assessed_by_a_fixture() {
    let mut seen = BTreeSet::new();
    for f in common::load("assess") {
        if f.json.get("expect").is_some() {
            scoring_types(&f.json["input"]["scheme"], &mut seen);
        }
    }
    let all = [
        "higherIsBetter",
        "lowerIsBetter",
        "targetRange",
        "threshold",
        "piecewise",
        "steps",
        "direct",
        "cohortRelative",
    ];
    let missing: Vec<&&str> = all.iter().filter(|t| !seen.contains(**t)).collect();
    assert!(missing.is_empty(), "scoring functions without an assess fixture: {missing:?}");
}
