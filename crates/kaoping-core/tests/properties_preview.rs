//! Property tests of the preview's smallest combination of changes over random valid schemes
//! and dossiers (strategies in `tests/gen`): a combination is proposed exactly when no single
//! change reaches the grade up; applying its changes to the dossier and assessing it with the
//! engine gives its total and a better grade; a deduction-only combination is the smallest by
//! brute force; an out-of-reach answer is below the threshold.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_types,
    clippy::disallowed_methods
)]

mod gen;

use kaoping_core::model::explanation::Lang;
use kaoping_core::model::scheme::InputSource;
use kaoping_core::rules::assess::AssessContext;
use kaoping_core::rules::preview::{preview, Change, Combination, Preview, MAX_CHANGES};
use kaoping_core::{AssessOptions, Dossier, Engine, Scheme};
use proptest::test_runner::{Config, TestRunner};
use std::cell::Cell;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512)
}

/// The dossier with a combination's changes made.
fn changed(scheme: &Scheme, dossier: &Dossier, changes: &[Change]) -> Dossier {
    let mut d = dossier.clone();
    for c in changes {
        match c {
            Change::Indicator { indicator, to, input, .. } => {
                let (_, ind) = scheme.indicators().find(|(_, i)| &i.id == indicator).unwrap();
                match (&ind.input, input) {
                    (_, Some(m)) => {
                        d.inputs.insert(m.key.clone(), m.to);
                    }
                    (InputSource::Value { key }, None) => {
                        d.inputs.insert(key.clone(), *to);
                    }
                    other => panic!("an indicator change without an input to move: {other:?}"),
                }
            }
            Change::RemoveDeduction { occurrence, .. } => d.occurrences.retain(|o| &o.id != occurrence),
        }
    }
    d
}

fn rank(scheme: &Scheme, p: &Preview) -> usize {
    p.grade.as_ref().and_then(|g| scheme.grade_rank(&g.id)).unwrap_or(usize::MAX)
}

/// Checks one preview's combination; answers which outcome it was.
fn check(engine: &Engine, dossier: &Dossier, p: &Preview) -> &'static str {
    let scheme = engine.scheme();
    let Some(up) = &p.up else {
        assert!(p.combination.is_none(), "a combination without a grade up");
        return "top";
    };
    if !p.raise.is_empty() {
        assert!(p.combination.is_none(), "a combination although a single change suffices");
        return "single";
    }
    match p.combination.as_ref().expect("no single change, and no combination answer") {
        Combination::Vetoed { grade, .. } => {
            assert!(up.blocked && grade.id == up.grade.id);
            "vetoed"
        }
        Combination::Found { changes, total, grade, .. } => {
            assert!(!up.blocked);
            assert!(
                (2..=MAX_CHANGES).contains(&changes.len()),
                "{} changes: {changes:?} {:?}",
                changes.len(),
                p.summary
            );
            let d = changed(scheme, dossier, changes);
            let a = engine.assess(&d, &AssessOptions { trace: false, ..AssessOptions::default() }).unwrap();
            assert_eq!(&a.total, total, "the combination's total is the changed dossier's");
            assert_eq!(&a.grade, grade);
            assert!(a.total >= up.at);
            let better = a.grade.as_ref().and_then(|g| scheme.grade_rank(&g.id)).unwrap_or(usize::MAX);
            assert!(better < rank(scheme, p), "the combination does not raise the grade");
            let indicators = scheme.indicators().count();
            let occurrences =
                p.assessment.deductions.items.iter().map(|i| i.occurrences.len()).sum::<usize>();
            // every lever is in the search's pool: no smaller set of removals may reach the grade
            let all_pooled = indicators + occurrences <= kaoping_core::rules::preview::MAX_LEVERS;
            if all_pooled && changes.iter().all(|c| matches!(c, Change::RemoveDeduction { .. })) {
                fewest_removals(engine, dossier, p, changes.len());
            }
            "found"
        }
        Combination::OutOfReach { best, .. } => {
            assert!(*best < up.at || up.blocked, "out of reach at {best} ≥ {}", up.at);
            "out"
        }
        Combination::BeyondBound { .. } => "beyond",
    }
}

/// No smaller set of removed deductions (alone, indicators unchanged) reaches the grade.
fn fewest_removals(engine: &Engine, dossier: &Dossier, p: &Preview, k: usize) {
    let ids: Vec<_> =
        p.assessment.deductions.items.iter().flat_map(|i| &i.occurrences).map(|o| o.id.clone()).collect();
    let n = ids.len().min(12);
    for mask in 1_u32..(1 << n) {
        if (mask.count_ones() as usize) >= k {
            continue;
        }
        let mut d = dossier.clone();
        d.occurrences.retain(|o| !(0..n).any(|i| mask & (1 << i) != 0 && o.id == ids[i]));
        let a = engine.assess(&d, &AssessOptions::default()).unwrap();
        let r = a.grade.as_ref().and_then(|g| engine.scheme().grade_rank(&g.id)).unwrap_or(usize::MAX);
        assert!(
            r >= rank(engine.scheme(), p),
            "removing {} occurrences already reaches the grade",
            mask.count_ones()
        );
    }
}

#[test]
fn a_combination_is_verified_and_proposed_only_when_no_single_change_suffices() {
    let mut runner = TestRunner::new(Config { cases: cases(), ..Config::default() });
    let seen: [Cell<u32>; 6] = Default::default();
    let names = ["top", "single", "vetoed", "found", "out", "beyond"];
    runner
        .run(&gen::scheme_and_dossier(), |(scheme, dossier)| {
            let engine = Engine::new(scheme).unwrap();
            let Ok(p) = preview(&engine, &dossier, &AssessContext::default(), Lang::Zh) else {
                return Ok(());
            };
            let what = check(&engine, &dossier, &p);
            let i = names.iter().position(|n| *n == what).unwrap();
            seen[i].set(seen[i].get() + 1);
            Ok(())
        })
        .unwrap();
    let counts: Vec<(&str, u32)> = names.iter().copied().zip(seen.iter().map(Cell::get)).collect();
    eprintln!("combination outcomes: {counts:?}");
    assert!(seen[3].get() > 0, "no combination was ever found: the property is vacuous ({counts:?})");
}
