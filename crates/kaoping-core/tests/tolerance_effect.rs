//! Effect of tolerance decisions on the assessment, correction reports, and the README example.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use kaoping_core::api::tolerance::run_tolerance_json;
use kaoping_core::rules::tolerance::{
    self, evaluate_tolerance, overdue_corrections, CorrectionState, Incident, Outcome,
};
use kaoping_core::{api::builtin, AssessOptions, Code, Date, Dossier, Engine, LineKind, Occurrence};
use serde_json::{json, Value};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn demo() -> (Engine, Dossier) {
    let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
    let dossier = builtin::demo_cohort().into_iter().find(|d| d.officer.id.as_str() == "J-001").unwrap();
    (engine, dossier)
}

fn incident(linked: &[&str], facts: Value, completed: Option<&str>) -> Incident {
    serde_json::from_value(json!({
        "id": "INC-1", "officer": "J-001", "date": "2026-08-03", "description": "超审限结案",
        "kind": "overdue-closure", "responsibility": "qualityFlaw",
        "preconditions": { "PC01": true, "PC02": true, "PC03": true, "PC04": true, "PC05": true },
        "facts": facts, "linked": linked,
        "correction": { "actions": ["补正"], "deadline": "2026-10-31", "completed": completed }
    }))
    .unwrap()
}

#[test]
fn exoneration_assesses_as_if_the_deduction_never_existed() {
    let (engine, dossier) = demo();
    let policy = tolerance::policy("tolerance-default").unwrap();
    let i = incident(&["occ-2"], json!([{ "item": "TP03", "evidence": ["E-1"] }]), Some("2026-09-01"));
    let decision = evaluate_tolerance(&policy, &i, &[], d("2026-12-31")).unwrap();
    assert_eq!(decision.outcome, Outcome::Exempt);

    let options = AssessOptions::default();
    let with = engine.assess_with_tolerance(&dossier, std::slice::from_ref(&decision), &options).unwrap();
    let mut never = dossier.clone();
    never.occurrences.retain(|o: &Occurrence| o.id.as_str() != "occ-2");
    let without = engine.assess(&never, &options).unwrap();
    let plain = engine.assess(&dossier, &options).unwrap();

    assert_eq!(with.total, without.total);
    assert_eq!(with.grade, without.grade);
    assert_eq!(with.score_grade, without.score_grade);
    assert_eq!(with.deductions.total, without.deductions.total);
    // occ-2 is N03 × 2 = 4 points in the demo dossier.
    assert_eq!(plain.total.checked_add(kaoping_core::Decimal::from_count(4).unwrap()), Some(with.total));
    // Only a waiver line remains of the deduction, and the lines still add up to the total.
    let n03: Vec<_> = with.explanation.iter().filter(|l| l.text.contains("N03")).collect();
    assert_eq!(n03.len(), 1, "{n03:?}");
    assert_eq!(n03[0].kind, LineKind::Waiver);
    assert!(n03[0].text.contains("INC-1") && n03[0].text.contains("免责"), "{}", n03[0].text);
    let sum = with
        .explanation
        .iter()
        .filter(|l| l.kind != LineKind::Total)
        .fold(kaoping_core::Decimal::ZERO, |a, l| a.checked_add(l.points).unwrap());
    assert_eq!(sum, with.total);
}

#[test]
fn decisions_are_checked_against_the_dossier() {
    let (engine, dossier) = demo();
    let policy = tolerance::policy("tolerance-default").unwrap();
    let facts = json!([{ "item": "TP03", "evidence": ["E-1"] }]);
    let a = evaluate_tolerance(
        &policy,
        &incident(&["occ-2"], facts.clone(), Some("2026-09-01")),
        &[],
        d("2026-12-31"),
    )
    .unwrap();
    let mut b_inc = incident(&["occ-2", "occ-1"], facts, Some("2026-09-01"));
    b_inc.id = "INC-2".into();
    let b = evaluate_tolerance(&policy, &b_inc, &[], d("2026-12-31")).unwrap();
    let err = engine.assess_with_tolerance(&dossier, &[a, b], &AssessOptions::default()).unwrap_err();
    let got: Vec<(Code, &str)> = err.0.iter().map(|p| (p.code, p.path.as_str())).collect();
    // occ-1 is a bonus (P01), occ-2 is decided twice.
    assert_eq!(
        got,
        vec![
            (Code::ToleranceConflict, "decisions[1].effect.waivers[0].occurrence"),
            (Code::UnknownItem, "decisions[1].effect.waivers[1].occurrence"),
        ]
    );
}

#[test]
fn overdue_corrections_are_reported_as_of_a_passed_date() {
    let policy = tolerance::policy("tolerance-default").unwrap();
    let facts = json!([{ "item": "TP03", "evidence": ["E-1"] }]);
    let open =
        evaluate_tolerance(&policy, &incident(&[], facts.clone(), None), &[], d("2026-09-30")).unwrap();
    let mut done_inc = incident(&[], facts, Some("2026-10-20"));
    done_inc.id = "INC-2".into();
    let done = evaluate_tolerance(&policy, &done_inc, &[], d("2026-09-30")).unwrap();
    assert_eq!(open.correction.as_ref().unwrap().state, CorrectionState::Pending);
    assert_eq!(open.outcome, Outcome::Exempt);
    let decisions = [open, done];
    // Nothing is overdue on the deadline itself.
    assert!(overdue_corrections(&decisions, d("2026-10-31")).is_empty());
    // Ten days later only the unfinished one is, by 10 days.
    let report = overdue_corrections(&decisions, d("2026-11-10"));
    assert_eq!(report.len(), 1);
    assert_eq!(report[0].incident, "INC-1");
    assert_eq!(report[0].days_overdue, 10);
    assert_eq!(report[0].deadline, d("2026-10-31"));
    // Decided again after the deadline, the policy's consequence applies: 免责 reverts.
    let later = evaluate_tolerance(
        &policy,
        &incident(&[], json!([{ "item": "TP03", "evidence": ["E"] }]), None),
        &[],
        d("2026-11-10"),
    )
    .unwrap();
    assert_eq!((later.decided, later.outcome), (Outcome::Exempt, Outcome::NotTolerated));
}

#[test]
fn decision_fingerprint_is_stable_and_input_sensitive() {
    let policy = tolerance::policy("tolerance-default").unwrap();
    let i = incident(&[], json!([{ "item": "TP03", "evidence": ["E-1"] }]), Some("2026-09-01"));
    let a = evaluate_tolerance(&policy, &i, &[], d("2026-12-31")).unwrap();
    let b = evaluate_tolerance(&policy, &i, &[], d("2026-12-31")).unwrap();
    assert_eq!(a.fingerprint, b.fingerprint);
    assert_eq!(a.fingerprint.len(), 64);
    let c = evaluate_tolerance(&policy, &i, &[], d("2027-01-01")).unwrap();
    assert_ne!(a.fingerprint, c.fingerprint);
}

/// The README's tolerance example: the request shown is run and must give the answer shown.
#[test]
fn readme_tolerance_example_is_current() {
    let readme = std::fs::read_to_string(common::root().join("../../README.md")).unwrap();
    let section =
        readme.split("## Fault tolerance (容错纠错)").nth(1).expect("README has the tolerance section");
    let section = section.split("\n## ").next().unwrap();
    let blocks: Vec<&str> =
        section.split("```json").skip(1).map(|b| b.split("```").next().unwrap()).collect();
    assert!(blocks.len() >= 2, "the section shows a request and its answer");
    let response = run_tolerance_json(blocks[0]).unwrap();
    let actual = serde_json::to_value(&response).unwrap();
    for shown in &blocks[1..] {
        let expected: Value = serde_json::from_str(shown).unwrap();
        common::subset(&expected, &actual, "").unwrap_or_else(|e| panic!("README drifted: {e}"));
    }
}
