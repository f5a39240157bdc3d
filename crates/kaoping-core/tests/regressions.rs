//! Regression tests for problems found by fuzzing and property testing. Each names where it
//! was found; each fails on the code before its fix.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use kaoping_core::{api::builtin, AssessOptions, Code, Decimal, Dossier, Engine, Scheme};
use serde_json::{json, Value};

fn court_judge() -> Value {
    serde_json::from_str(builtin::scheme_json("court-judge").unwrap()).unwrap()
}

fn demo_dossier() -> Value {
    serde_json::from_str::<Value>(builtin::demo_cohort_json()).unwrap()[0]["dossier"].clone()
}

/// proptest `total_is_bounded_and_explained`: an item cap of 6.63882 at precision 2 put
/// −6.63882 into a total reported at two decimals (its line even read "按 6.639 计").
/// Caps and bounds that enter the total as they are must carry the scheme's precision.
#[test]
fn caps_and_bounds_with_more_decimals_than_the_precision_are_refused() {
    let mut s = court_judge();
    s["deductions"]["cap"] = json!(12.345);
    s["deductions"]["items"][0]["cap"] = json!(6.63882);
    s["bonuses"]["cap"] = json!(5.5);
    s["bounds"]["max"] = json!(100.001);
    s["grades"][0]["max"] = json!(100.001);
    let err = Engine::from_json(&s.to_string()).unwrap_err();
    let at = |path: &str| err.0.iter().any(|p| p.code == Code::Precision && p.path == path);
    assert!(at("deductions.cap"), "{err}");
    assert!(at("deductions.items[0].cap"), "{err}");
    assert!(at("bounds.max"), "{err}");
    assert!(!at("bonuses.cap"), "5.5 has one decimal, within precision 2: {err}");
}

/// proptest `a_veto_always_blocks_its_grade`: a veto blocking 优秀 together with another veto
/// forcing 优秀 gave 优秀 — the force undid the block. The grade is now the worst both allow.
#[test]
fn a_forced_grade_does_not_undo_a_block() {
    let mut s = court_judge();
    let grades = s["grades"].as_array().unwrap().clone();
    let top = grades[0]["id"].as_str().unwrap().to_owned();
    let second = grades[1]["id"].as_str().unwrap().to_owned();
    s["vetoes"] = json!([
        { "id": "VB", "title": "阻止", "effect": { "type": "blockGrade", "grade": top }, "source": "test" },
        { "id": "VF", "title": "强制", "effect": { "type": "forceGrade", "grade": top }, "source": "test" }
    ]);
    let engine = Engine::from_json(&s.to_string()).unwrap();
    let mut d = demo_dossier();
    d["occurrences"] = json!([
        { "id": "a", "item": "VB", "date": "2026-03-01" },
        { "id": "b", "item": "VF", "date": "2026-03-02" }
    ]);
    let dossier = Dossier::from_json(&d.to_string()).unwrap();
    let a = engine.assess(&dossier, &AssessOptions::default()).unwrap();
    assert_eq!(a.grade.unwrap().id.as_str(), second);
}

/// fuzz `assess_builtin` (crash-4c092bcc…): the input 25555555556.5545555 was read as
/// 25555555556.554556, written back as the float 25555555556.554558 and read again as another
/// number — it could not be kept exactly. Fractional inputs beyond ±10⁹ are now refused.
#[test]
fn fractional_inputs_beyond_a_billion_are_refused() {
    let crash = r#"{"officer":{"id":"J-001","name":"张明（示例）","unit":"民事审MMMzjjjMMMMMMMMMMMM判第一庭"},"scheme":{"id":"court-judge","version":"2026.1"},"period":"2026年度","synthetic":true,"inputs":{"an2InTian":2.315,"closedInTise":186,"closed":25555555556.554555500,"over11Mjjjjj":40,"ap$peaRl":7.20}}"#;
    let err = Dossier::from_json(crash).unwrap_err();
    assert_eq!(err.0[0].code, Code::NumberRange, "{err}");
    assert_eq!(err.0[0].path, "inputs.closed");
    // The same as a string, and just at the limit.
    let err =
        Dossier::from_json(r#"{"officer":{"id":"a","name":"b"},"inputs":{"x":"1000000000.5"}}"#).unwrap_err();
    assert_eq!(err.0[0].code, Code::NumberRange, "{err}");
    // Below the limit, and whole numbers up to 10¹², are kept exactly both ways.
    for text in ["999999999.999999", "-999999999.123457", "1000000000000", "0.000001"] {
        let d =
            Dossier::from_json(&format!(r#"{{"officer":{{"id":"a","name":"b"}},"inputs":{{"x":{text}}}}}"#))
                .unwrap();
        let x = d.inputs.values().next().copied().unwrap();
        assert_eq!(x, Decimal::parse(text).unwrap());
        let back = Dossier::from_json(&serde_json::to_string(&d).unwrap()).unwrap();
        assert_eq!(back, d, "{text}");
    }
}

/// The built-in schemes still validate under the precision rule.
#[test]
fn builtin_schemes_still_validate() {
    for id in builtin::scheme_ids() {
        let s: Scheme = builtin::scheme(id).unwrap();
        Engine::new(s).unwrap();
    }
}

/// proptest `cohort_is_order_independent_and_quotas_hold`: a quota on the lowest grade was
/// silently exceeded (3 officers held a grade with 2 places: nobody can move below the lowest
/// grade). Such a quota can never be honoured, so validation refuses it.
#[test]
fn a_quota_on_the_lowest_grade_is_refused() {
    let mut s = court_judge();
    let grades = s["grades"].as_array().unwrap().clone();
    let lowest = grades.last().unwrap()["id"].as_str().unwrap().to_owned();
    s["quotas"] = json!([{ "grade": lowest, "maxShare": 0.5 }]);
    let err = Engine::from_json(&s.to_string()).unwrap_err();
    assert!(err.0.iter().any(|p| p.code == Code::FunctionParams && p.path == "quotas[0].grade"), "{err}");
    // A quota on any other grade is fine.
    s["quotas"] = json!([{ "grade": grades[0]["id"], "maxShare": 0.5 }]);
    Engine::from_json(&s.to_string()).unwrap();
}
