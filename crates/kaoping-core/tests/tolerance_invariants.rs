//! The five invariants of 容错纠错 (issue 3, point 3): each holds at run time whatever the policy
//! says (tested with a "permissive" policy that would exempt everything), and each is rejected
//! by validation when a policy's rule tries to contradict it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use kaoping_core::rules::tolerance::{
    self, evaluate_tolerance, validate_policy, Culpability, Fact, Incident, Invariant, Outcome, Policy,
    PriorIncident, Responsibility,
};
use kaoping_core::{Code, Date, ItemId};
use serde_json::json;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn default_policy() -> Policy {
    tolerance::policy("tolerance-default").unwrap()
}

/// Valid, but exempts everything: no rules and a fallback of 免责. Only the invariants stand
/// between it and tolerating anything.
fn permissive() -> Policy {
    let mut p = default_policy();
    p.rules.clear();
    p.fallback = Outcome::Exempt;
    assert!(!validate_policy(&p).has_errors(), "{}", validate_policy(&p));
    p
}

fn incident(facts: &[&str]) -> Incident {
    let mut i: Incident = serde_json::from_value(json!({
        "id": "INC-1", "officer": "J-001", "date": "2026-08-03", "description": "超审限结案",
        "kind": "overdue-closure", "responsibility": "qualityFlaw",
        "preconditions": { "PC01": true, "PC02": true, "PC03": true, "PC04": true, "PC05": true },
        "correction": { "actions": ["补正"], "deadline": "2026-10-31", "completed": "2026-09-01" }
    }))
    .unwrap();
    i.facts = facts.iter().map(|f| Fact { item: ItemId::from(*f), evidence: vec!["E-1".into()] }).collect();
    i
}

fn decide(
    policy: &Policy,
    incident: &Incident,
    history: &[PriorIncident],
) -> kaoping_core::rules::tolerance::Decision {
    evaluate_tolerance(policy, incident, history, d("2026-12-31")).unwrap()
}

fn with_rule(rule: serde_json::Value) -> Policy {
    let mut p = default_policy();
    p.rules.insert(0, serde_json::from_value(rule).unwrap());
    p
}

fn codes(p: &Policy) -> Vec<(Code, String)> {
    validate_policy(p).errors().map(|e| (e.code, e.path.clone())).collect()
}

// ---- 1. any negative-list fact → never 免责 ----------------------------------------------------

#[test]
fn negative_fact_is_never_exempt_whatever_the_policy() {
    let policies = [default_policy(), permissive()];
    for policy in &policies {
        for tn in &policy.negative {
            for extra in [&[][..], &["TP01"][..], &["TP03", "TM01", "TM02", "TM03"][..]] {
                let mut facts = vec![tn.id.as_str()];
                facts.extend_from_slice(extra);
                let decision = decide(policy, &incident(&facts), &[]);
                assert_ne!(decision.outcome, Outcome::Exempt, "{} with {facts:?}", policy.id);
                assert_ne!(decision.decided, Outcome::Exempt, "{} with {facts:?}", policy.id);
            }
        }
    }
    // The permissive policy would exempt without the invariant, and says which invariant acted.
    let decision = decide(&permissive(), &incident(&["TN06"]), &[]);
    assert_eq!(decision.outcome, Outcome::NotTolerated);
    assert_eq!(decision.invariants, vec![Invariant::NegativeNeverExempt]);
    assert_eq!(decide(&permissive(), &incident(&[]), &[]).outcome, Outcome::Exempt);
}

#[test]
fn policy_exempting_a_negative_fact_is_rejected() {
    for when in [
        json!({ "fact": "TN06" }),
        json!({ "all": [{ "fact": "TP01" }, { "fact": "TN02" }] }),
        json!({ "count": { "of": "negativeFacts", "op": "ge", "value": 1 } }),
        json!({ "any": [{ "fact": "TN01" }, { "count": { "of": "negativeFacts", "op": "gt", "value": 0 } }] }),
    ] {
        let p = with_rule(json!({ "id": "X", "outcome": "exempt", "when": when, "reason": "r" }));
        assert_eq!(codes(&p), vec![(Code::ToleranceNegativeExempt, "rules[0].outcome".to_owned())], "{when}");
    }
    // Not exempting is allowed.
    let p = with_rule(json!({ "id": "X", "outcome": "lighter", "when": { "fact": "TN06" }, "reason": "r" }));
    assert!(codes(&p).is_empty());
}

// ---- 2. the same error repeated after an earlier tolerated one → no leniency ------------------

fn prior(kind: &str, outcome: Outcome, date: &str) -> PriorIncident {
    PriorIncident {
        id: "INC-0".into(),
        officer: "J-001".into(),
        date: d(date),
        kind: kind.into(),
        responsibility: Responsibility::QualityFlaw,
        outcome,
    }
}

#[test]
fn repetition_after_tolerance_gets_no_leniency_whatever_the_policy() {
    for policy in [default_policy(), permissive()] {
        for earlier in [Outcome::Exempt, Outcome::Mitigated, Outcome::Lighter] {
            let i = incident(&["TP03", "TM01", "TM02", "TM03"]);
            let decision = decide(&policy, &i, &[prior("overdue-closure", earlier, "2026-01-05")]);
            assert_eq!(decision.outcome, Outcome::NotTolerated, "{} after {earlier:?}", policy.id);
            assert_eq!(decision.invariants, vec![Invariant::RepeatNoLeniency]);
            assert_eq!(decision.effect.kept, kaoping_core::Decimal::ONE);
        }
        // Not a repetition: another kind, an earlier 不予容错, or a later date.
        for h in [
            prior("complaint", Outcome::Exempt, "2026-01-05"),
            prior("overdue-closure", Outcome::NotTolerated, "2026-01-05"),
            prior("overdue-closure", Outcome::Exempt, "2026-09-05"),
        ] {
            let decision = decide(&policy, &incident(&["TP03"]), std::slice::from_ref(&h));
            assert_eq!(decision.outcome, Outcome::Exempt, "{h:?}");
        }
    }
}

#[test]
fn policy_granting_leniency_to_a_repetition_is_rejected() {
    for outcome in ["exempt", "mitigated", "lighter"] {
        let p = with_rule(json!({ "id": "X", "outcome": outcome, "reason": "r",
            "when": { "all": [{ "fact": "TP01" }, { "count": { "of": "priorSameKindTolerated", "op": "ge", "value": 1 } }] } }));
        assert!(codes(&p).contains(&(Code::ToleranceRepeat, "rules[0].outcome".to_owned())), "{outcome}");
    }
    let p = with_rule(json!({ "id": "X", "outcome": "notTolerated", "reason": "r",
        "when": { "count": { "of": "priorSameKindTolerated", "op": "ge", "value": 1 } } }));
    assert!(codes(&p).is_empty());
}

// ---- 3. illegal handling by intent → never tolerated -------------------------------------------

#[test]
fn intent_is_never_tolerated_whatever_the_policy() {
    for policy in [default_policy(), permissive()] {
        let mut i = incident(&["TP01", "TP06", "TM01", "TM02", "TM03"]);
        i.responsibility = Responsibility::IllegalHandling;
        i.culpability = Some(Culpability::Intentional);
        let decision = decide(&policy, &i, &[]);
        assert_eq!(decision.outcome, Outcome::NotTolerated, "{}", policy.id);
        assert_eq!(decision.invariants, vec![Invariant::IntentNeverTolerated]);
        // Gross negligence under the permissive policy is tolerated: the invariant is about intent.
        i.culpability = Some(Culpability::GrossNegligence);
        let decision = decide(&policy, &i, &[]);
        assert!(decision.outcome.is_tolerated(), "{}", policy.id);
    }
}

#[test]
fn policy_tolerating_intent_is_rejected() {
    for (op, value) in [("eq", "intentional"), ("ge", "intentional"), ("gt", "grossNegligence")] {
        let p = with_rule(json!({ "id": "X", "outcome": "mitigated", "reason": "r",
            "when": { "compare": { "field": "culpability", "op": op, "value": value } } }));
        assert_eq!(codes(&p), vec![(Code::ToleranceIntent, "rules[0].outcome".to_owned())], "{op} {value}");
    }
}

// ---- 4. a quality flaw never becomes illegal handling by accumulation ----------------------

#[test]
fn quality_flaw_stays_a_quality_flaw_however_many_came_before() {
    for policy in [default_policy(), permissive()] {
        for n in [0usize, 1, 3, 10, 50] {
            let history: Vec<PriorIncident> = (0..n)
                .map(|k| PriorIncident {
                    id: format!("INC-P{k}"),
                    kind: format!("flaw-{k}"),
                    ..prior("x", Outcome::NotTolerated, "2025-03-01")
                })
                .collect();
            let decision = decide(&policy, &incident(&["TP03"]), &history);
            assert_eq!(decision.responsibility, Responsibility::QualityFlaw, "{} after {n}", policy.id);
            assert_eq!(decision.culpability, None);
            assert_eq!(decision.history.prior_quality_flaws as usize, n);
        }
    }
}

#[test]
fn policy_reclassifying_quality_flaws_is_rejected() {
    let p =
        with_rule(json!({ "id": "X", "outcome": "notTolerated", "treatAs": "illegalHandling", "reason": "r",
        "when": { "count": { "of": "priorQualityFlaws", "op": "ge", "value": 3 } } }));
    assert_eq!(codes(&p), vec![(Code::ToleranceReclassify, "rules[0].treatAs".to_owned())]);
    // Treating an incident already found illegal as illegal is not a reclassification.
    let p =
        with_rule(json!({ "id": "X", "outcome": "notTolerated", "treatAs": "illegalHandling", "reason": "r",
        "when": { "compare": { "field": "responsibility", "op": "eq", "value": "illegalHandling" } } }));
    assert!(codes(&p).is_empty());
}

// ---- 5. recording interference (三个规定) never counts against the officer --------------------

#[test]
fn recording_interference_never_makes_a_decision_worse() {
    let sets: [&[&str]; 6] = [&[], &["TP08"], &["TP03", "TN06"], &["TM02"], &["TN07"], &["TP01", "TM01"]];
    for policy in [default_policy(), permissive()] {
        for facts in sets {
            for failed in [false, true] {
                let mut i = incident(facts);
                if failed {
                    i.preconditions.insert("PC03".into(), false);
                }
                let without = decide(&policy, &i, &[]);
                i.interference_recorded = true;
                let with = decide(&policy, &i, &[]);
                assert!(
                    with.outcome.leniency() >= without.outcome.leniency(),
                    "{} {facts:?}: recorded {:?} < not recorded {:?}",
                    policy.id,
                    with.outcome,
                    without.outcome
                );
            }
        }
    }
}

#[test]
fn policy_counting_a_recorded_interference_against_the_officer_is_rejected() {
    for (outcome, when) in [
        ("notTolerated", json!({ "flag": "interferenceRecorded" })),
        ("lighter", json!({ "all": [{ "fact": "TP01" }, { "flag": "interferenceRecorded" }] })),
        ("exempt", json!({ "not": { "flag": "interferenceRecorded" } })),
        ("exempt", json!({ "all": [{ "fact": "TP01" }, { "not": { "flag": "interferenceRecorded" } }] })),
    ] {
        let p = with_rule(json!({ "id": "X", "outcome": outcome, "when": when, "reason": "r" }));
        assert_eq!(
            codes(&p),
            vec![(Code::ToleranceProtected, "rules[0].when".to_owned())],
            "{outcome} {when}"
        );
    }
    // In the officer's favour it is allowed.
    let p = with_rule(json!({ "id": "X", "outcome": "exempt", "reason": "r",
        "when": { "all": [{ "flag": "interferenceRecorded" }, { "fact": "TP08" }] } }));
    assert!(codes(&p).is_empty());
}

// ---- the built-in policy -----------------------------------------------------------------------

#[test]
fn builtin_policy_is_valid_and_complete() {
    assert_eq!(tolerance::policy_ids(), vec!["tolerance-default"]);
    assert_eq!(kaoping_core::api::builtin::policy_ids(), tolerance::policy_ids());
    let p = default_policy();
    assert!(validate_policy(&p).is_empty(), "{}", validate_policy(&p));
    let ids = |items: &[kaoping_core::rules::tolerance::PolicyItem]| -> Vec<String> {
        items.iter().map(|i| i.id.to_string()).collect()
    };
    assert_eq!(ids(&p.positive), (1..=8).map(|k| format!("TP0{k}")).collect::<Vec<_>>());
    assert_eq!(ids(&p.mitigation), vec!["TM01", "TM02", "TM03"]);
    assert_eq!(ids(&p.negative), (1..=7).map(|k| format!("TN0{k}")).collect::<Vec<_>>());
    assert!(p.principle.as_deref().unwrap_or("").contains("三个区分开来"));
    assert!(tolerance::policy("nope").is_err());
}
