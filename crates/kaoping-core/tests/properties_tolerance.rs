//! Property tests of the tolerance invariants over random incidents and histories, decided by
//! the built-in policy: whatever the facts, the fixed rules hold.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_types,
    clippy::disallowed_methods
)]

use kaoping_core::rules::tolerance::{
    self, evaluate_tolerance, Culpability, Fact, Incident, Outcome, PriorIncident, Responsibility,
};
use kaoping_core::{Date, Decimal};
use proptest::prelude::*;
use proptest::sample::subsequence;

fn policy() -> tolerance::Policy {
    tolerance::policy("tolerance-default").unwrap()
}

fn item_ids() -> (Vec<String>, Vec<String>) {
    let v: serde_json::Value =
        serde_json::from_str(tolerance::policy_json("tolerance-default").unwrap()).unwrap();
    let ids = |k: &str| -> Vec<String> {
        v[k].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_owned()).collect()
    };
    let pre = ids("preconditions");
    let mut facts = ids("positive");
    facts.extend(ids("mitigation"));
    facts.extend(ids("negative"));
    (pre, facts)
}

const KINDS: &[&str] = &["overdue-closure", "evidence-review", "procedure"];

fn responsibility() -> impl Strategy<Value = (Responsibility, Option<Culpability>)> {
    prop_oneof![
        Just((Responsibility::QualityFlaw, None)),
        Just((Responsibility::IllegalHandling, Some(Culpability::GeneralNegligence))),
        Just((Responsibility::IllegalHandling, Some(Culpability::GrossNegligence))),
        Just((Responsibility::IllegalHandling, Some(Culpability::Intentional))),
    ]
}

fn outcome() -> impl Strategy<Value = Outcome> {
    prop_oneof![
        Just(Outcome::Exempt),
        Just(Outcome::Lighter),
        Just(Outcome::Mitigated),
        Just(Outcome::NotTolerated)
    ]
}

fn history() -> impl Strategy<Value = Vec<PriorIncident>> {
    prop::collection::vec((0_usize..3, responsibility(), outcome(), 1_i64..400), 0..3).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (k, (r, _), o, back))| PriorIncident {
                id: format!("H{i}"),
                officer: "J-001".into(),
                date: Date::parse("2026-08-01").unwrap().add_days(-back).unwrap(),
                kind: KINDS[k].to_owned(),
                responsibility: r,
                outcome: o,
            })
            .collect()
    })
}

fn incident() -> impl Strategy<Value = Incident> {
    let (pre, facts) = item_ids();
    (
        responsibility(),
        0_usize..3,
        prop::collection::vec(any::<bool>(), pre.len()),
        subsequence(facts.clone(), 0..=4),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(move |((r, c), k, pres, facts, wrongful, interference)| Incident {
            id: "INC-1".to_owned(),
            officer: "J-001".into(),
            date: Date::parse("2026-08-01").unwrap(),
            description: "随机事项".to_owned(),
            kind: KINDS[k].to_owned(),
            responsibility: r,
            culpability: c,
            wrongful_case: wrongful,
            interference_recorded: interference,
            preconditions: pre
                .iter()
                .map(|p| p.as_str().into())
                .zip(pres)
                .collect::<kaoping_core::SortedMap<_, _>>(),
            facts: facts
                .into_iter()
                .map(|f| Fact { item: f.as_str().into(), evidence: vec!["证据".to_owned()] })
                .collect(),
            linked: vec![],
            correction: None,
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512),
        ..ProptestConfig::default()
    })]

    /// A negative-list fact never yields 免责; intent is never tolerated; a quality flaw is never
    /// handled as illegal handling; a repeat after a tolerated incident of the same kind gets no
    /// leniency; the effect keeps a share in [0, 1], 0 only for 免责.
    #[test]
    fn tolerance_invariants_hold(incident in incident(), history in history()) {
        let policy = policy();
        let as_of = Date::parse("2026-12-31").unwrap();
        let d = match evaluate_tolerance(&policy, &incident, &history, as_of) {
            Ok(d) => d,
            Err(p) => {
                // Only input the policy refuses (e.g. an unknown precondition) may fail; never a panic.
                prop_assert!(p.has_errors());
                return Ok(());
            }
        };
        let negative = incident.facts.iter().any(|f| f.item.as_str().starts_with("TN"));
        if negative {
            prop_assert_ne!(d.outcome, Outcome::Exempt, "negative fact gave 免责");
            prop_assert_ne!(d.decided, Outcome::Exempt, "negative fact gave 免责");
        }
        if incident.culpability == Some(Culpability::Intentional) {
            prop_assert_eq!(d.outcome, Outcome::NotTolerated);
        }
        if incident.responsibility == Responsibility::QualityFlaw {
            prop_assert_eq!(d.responsibility, Responsibility::QualityFlaw);
        }
        let repeat = history.iter().any(|h| {
            h.kind == incident.kind && h.date < incident.date && h.outcome != Outcome::NotTolerated
        });
        if repeat {
            prop_assert_eq!(d.outcome, Outcome::NotTolerated, "repeat after a tolerated incident got leniency");
        }
        prop_assert!(d.effect.kept >= Decimal::ZERO && d.effect.kept <= Decimal::ONE);
        prop_assert_eq!(d.effect.kept.is_zero(), d.outcome == Outcome::Exempt);
        // deterministic, fingerprinted
        let again = evaluate_tolerance(&policy, &incident, &history, as_of).unwrap();
        prop_assert_eq!(&again, &d);
        prop_assert_eq!(d.fingerprint.len(), 64);
    }

    /// Adding a negative-list fact to any incident never makes the outcome more lenient.
    #[test]
    fn a_negative_fact_never_helps(incident in incident(), history in history(), pick in 1_usize..8) {
        let policy = policy();
        let as_of = Date::parse("2026-12-31").unwrap();
        let Ok(before) = evaluate_tolerance(&policy, &incident, &history, as_of) else { return Ok(()) };
        let mut worse = incident.clone();
        let tn = format!("TN{pick:02}");
        prop_assume!(!worse.facts.iter().any(|f| f.item.as_str() == tn));
        worse.facts.push(Fact { item: tn.as_str().into(), evidence: vec!["证据".to_owned()] });
        let Ok(after) = evaluate_tolerance(&policy, &worse, &history, as_of) else { return Ok(()) };
        prop_assert_ne!(after.outcome, Outcome::Exempt);
        prop_assert!(after.outcome.leniency() <= before.outcome.leniency(),
            "{:?} → {:?} after adding {}", before.outcome, after.outcome, tn);
    }
}
