//! The built-in schemes and the demo cohort: valid, assessable, explained to the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_types,
    clippy::disallowed_methods
)] // test harness code

use kaoping_core::api::builtin;
use kaoping_core::{validate_scheme, AssessOptions, Decimal, Engine, LineKind};
use std::collections::BTreeMap;

#[test]
fn every_builtin_scheme_validates_without_errors_or_warnings() {
    // No warnings are expected: every indicator, list item and veto names a source (or says
    // "unsourced default"), and the police scheme uses none of the banned indicators.
    assert_eq!(
        builtin::scheme_ids(),
        [
            "court-judge",
            "procuratorate-prosecutor",
            "police-officer",
            "prison-officer",
            "court-judge-records",
            "procuratorate-prosecutor-records"
        ]
    );
    for id in builtin::scheme_ids() {
        let scheme = builtin::scheme(id).unwrap_or_else(|p| panic!("{id}: {p}"));
        assert_eq!(scheme.id.as_str(), id);
        let problems = validate_scheme(&scheme);
        let all: Vec<String> = problems.0.iter().map(|p| p.to_string()).collect();
        assert!(all.is_empty(), "{id}: {all:?}");
        for (_, ind) in scheme.indicators() {
            assert!(ind.source.as_deref().is_some_and(|s| !s.is_empty()), "{id} {}", ind.id);
        }
        for item in scheme.bonuses.items.iter().chain(&scheme.deductions.items) {
            assert!(item.source.is_some(), "{id} {}", item.id);
        }
        for veto in &scheme.vetoes {
            assert!(veto.source.is_some(), "{id} {}", veto.id);
        }
    }
}

#[test]
fn the_demo_cohort_is_synthetic_and_covers_every_scheme() {
    let entries = builtin::demo_entries();
    assert!(entries.len() >= 30, "{} officers", entries.len());
    let with_records = builtin::demo_record_entries();
    let mut per_scheme: BTreeMap<&str, usize> = BTreeMap::new();
    for e in entries.iter().chain(&with_records) {
        *per_scheme.entry(e.scheme.as_str()).or_default() += 1;
        assert!(e.dossier.synthetic, "{}", e.dossier.officer.id);
        assert!(e.dossier.officer.name.ends_with("（示例）"), "{}", e.dossier.officer.name);
        assert_eq!(e.dossier.scheme.as_ref().map(|s| s.id.as_str()), Some(e.scheme.as_str()));
    }
    for id in builtin::scheme_ids() {
        assert!(per_scheme.get(id).copied().unwrap_or(0) >= 8, "{id}: {per_scheme:?}");
    }
    let mut ids: Vec<&str> = entries.iter().map(|e| e.dossier.officer.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), entries.len(), "officer ids are unique");
}

#[test]
fn every_demo_officer_assesses_and_the_explanation_adds_up() {
    let mut engines = BTreeMap::new();
    for id in builtin::scheme_ids() {
        engines.insert(id, Engine::new(builtin::scheme(id).unwrap()).unwrap());
    }
    let mut vetoed = 0;
    let mut withheld = 0;
    for e in builtin::demo_entries() {
        let engine = &engines[e.scheme.as_str()];
        let a = engine
            .assess(&e.dossier, &AssessOptions::default())
            .unwrap_or_else(|p| panic!("{}: {p}", e.dossier.officer.id));
        assert!(a.total >= Decimal::ZERO && a.total <= Decimal::HUNDRED);
        let sum = a
            .explanation
            .iter()
            .filter(|l| l.kind != LineKind::Total)
            .fold(Decimal::ZERO, |s, l| s.checked_add(l.points).unwrap());
        assert_eq!(
            sum, a.total,
            "{}: explanation lines add up to {sum}, total {}",
            e.dossier.officer.id, a.total
        );
        let last = a.explanation.last().unwrap();
        assert_eq!((last.kind, last.points), (LineKind::Total, a.total));
        // The parts reported add up too.
        let dims = a.dimensions.iter().fold(Decimal::ZERO, |s, d| s.checked_add(d.score).unwrap());
        assert_eq!(dims, a.weighted);
        let clamp = a.clamp.map_or(Decimal::ZERO, |c| c.adjustment);
        let parts = a.weighted.checked_add(a.bonuses.total).unwrap().checked_sub(a.deductions.total).unwrap();
        assert_eq!(parts.checked_add(clamp).unwrap(), a.total, "{}", e.dossier.officer.id);
        if a.flags.veto {
            vetoed += 1;
        }
        if a.grade.is_none() {
            withheld += 1;
        }
    }
    assert!(vetoed >= 6 && withheld >= 3, "vetoed {vetoed}, withheld {withheld}");
}

#[test]
fn demo_officers_sit_on_both_sides_of_the_excellent_boundary() {
    let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
    let find = |id: &str| {
        let e = builtin::demo_entries().into_iter().find(|e| e.dossier.officer.id.as_str() == id).unwrap();
        engine.assess(&e.dossier, &AssessOptions::default()).unwrap()
    };
    let below = find("J-003");
    let at = find("J-004");
    assert_eq!(below.total, Decimal::parse("89.99").unwrap());
    assert_eq!(below.grade.unwrap().id.as_str(), "competent");
    assert_eq!(at.total, Decimal::parse("90").unwrap());
    assert_eq!(at.grade.unwrap().id.as_str(), "excellent");
}

#[test]
fn the_demo_officer_j001_keeps_its_documented_figures() {
    // README and the crate docs show J-001: 85.05 weighted + 3 bonus − 5 deductions = 83.05, 称职.
    let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
    let e = builtin::demo_entries().into_iter().find(|e| e.dossier.officer.id.as_str() == "J-001").unwrap();
    let a = engine.assess(&e.dossier, &AssessOptions::default()).unwrap();
    let d = |s: &str| Decimal::parse(s).unwrap();
    assert_eq!(
        (a.weighted, a.bonuses.total, a.deductions.total, a.total),
        (d("85.05"), d("3"), d("5"), d("83.05"))
    );
    assert_eq!(a.grade.unwrap().title, "称职");
}
