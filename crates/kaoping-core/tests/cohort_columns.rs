//! The columnar cohort against `assess_cohort`: the shared cohort fixtures that columns can
//! express (no committee, waivers or cohort-relative indicators) and a large seeded cohort with
//! many ties give the same ranks, totals, grades before and after quotas, and quota outcomes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_types,
    clippy::disallowed_methods
)] // test harness code

mod common;

use kaoping_core::fast::batch::{CaseReviewColumns, Columns, RowOccurrence};
use kaoping_core::rules::cohort::{assess_cohort, CohortInput, CohortOptions, CohortResult};
use kaoping_core::{Decimal, Dossier, Engine, InputKey, Lang, Scheme};
use std::collections::BTreeSet;

fn columns_of(dossiers: &[Dossier]) -> Columns {
    let keys: BTreeSet<InputKey> = dossiers.iter().flat_map(|d| d.inputs.keys().cloned()).collect();
    let review = dossiers.iter().any(|d| d.case_review.is_some());
    let col = |f: fn(&kaoping_core::model::dossier::CaseReview) -> u32| {
        dossiers.iter().map(|d| d.case_review.as_ref().map_or(0, f)).collect()
    };
    Columns {
        officers: dossiers.iter().map(|d| d.officer.id.clone()).collect(),
        inputs: keys
            .iter()
            .map(|k| {
                (
                    k.clone(),
                    dossiers.iter().map(|d| d.inputs.get(k).map_or(f64::NAN, |v| v.to_f64())).collect(),
                )
            })
            .collect(),
        case_review: review.then(|| CaseReviewColumns {
            excellent: col(|c| c.excellent),
            pass: col(|c| c.pass),
            flawed: col(|c| c.flawed),
            error: col(|c| c.error),
        }),
        occurrences: dossiers
            .iter()
            .enumerate()
            .flat_map(|(i, d)| {
                d.occurrences.iter().map(move |o| RowOccurrence { row: i as u32, occurrence: o.clone() })
            })
            .collect(),
        counts: vec![],
    }
}

fn same(engine: &Engine, dossiers: &[Dossier], lang: Lang, what: &str) {
    let options = CohortOptions { trace: false, fingerprint: false, details: false, lang };
    let input = CohortInput { dossiers: dossiers.to_vec(), ..CohortInput::default() };
    let want: CohortResult = assess_cohort(engine, &input, &options).unwrap();
    let got = engine.assess_cohort_columns(&columns_of(dossiers), lang).unwrap();
    let grades = &engine.scheme().grades;
    let pos = |id: &kaoping_core::GradeId| grades.iter().position(|g| &g.id == id).map(|p| p as u32);
    assert_eq!(got.order.len(), want.officers.len(), "{what}");
    for (k, e) in want.officers.iter().enumerate() {
        let row = dossiers.iter().position(|d| d.officer.id == e.officer.id).unwrap();
        assert_eq!(got.order[k] as usize, row, "{what}: rank {}", k + 1);
        assert_eq!(got.ranks[row], e.rank, "{what}: {}", e.officer.id);
        assert_eq!(got.totals[row], e.total, "{what}: {}", e.officer.id);
        assert_eq!(Some(got.score_grades[row]), pos(&e.score_grade.id), "{what}: {}", e.officer.id);
        assert_eq!(got.pre_quota_grades[row], e.pre_quota_grade.as_ref().and_then(|g| pos(&g.id)), "{what}");
        assert_eq!(got.grades[row], e.grade.as_ref().and_then(|g| pos(&g.id)), "{what}: {}", e.officer.id);
        assert_eq!(got.vetoed[row], e.flags.veto, "{what}: {}", e.officer.id);
    }
    assert_eq!(got.quotas, want.quotas, "{what}");
    assert_eq!(got.changes, want.changes, "{what}");
    assert_eq!(got.tie_break, want.tie_break, "{what}");
}

#[test]
fn fixtures_expressible_as_columns_rank_like_assess_cohort() {
    let mut compared = 0;
    for f in common::load("cohort") {
        let input = f.input();
        let plain = input
            .as_object()
            .unwrap()
            .keys()
            .all(|k| ["scheme", "dossiers", "options"].contains(&k.as_str()));
        if !plain || f.json.get("expect").is_none() {
            continue;
        }
        let scheme: Scheme = match &input["scheme"] {
            serde_json::Value::String(id) => kaoping_core::api::builtin::scheme(id).unwrap(),
            s => serde_json::from_value(s.clone()).unwrap(),
        };
        let engine = Engine::new(scheme).unwrap();
        let relative = engine.scheme().indicators().any(|(_, i)| {
            matches!(i.scoring, kaoping_core::model::scheme::ScoringFunction::CohortRelative { .. })
        });
        let dossiers: Vec<Dossier> = serde_json::from_value(input["dossiers"].clone()).unwrap();
        if relative {
            let err = engine.assess_cohort_columns(&columns_of(&dossiers), Lang::Zh).unwrap_err();
            assert_eq!(err.0[0].code, kaoping_core::Code::MissingData);
            continue;
        }
        let lang = if input["options"]["lang"] == "en" { Lang::En } else { Lang::Zh };
        same(&engine, &dossiers, lang, &f.name());
        compared += 1;
    }
    assert!(compared >= 12, "{compared} fixtures");
}

#[test]
fn a_large_cohort_with_ties_ranks_like_assess_cohort() {
    let task = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/task-scheme.json"));
    let engine = Engine::from_json(&task.unwrap()).unwrap();
    assert!(engine.plan().is_some());
    // per input: the raw values at its indicator's breakpoints (where it scores best and worst)
    let ends: Vec<(kaoping_core::InputKey, Vec<Decimal>)> = engine
        .scheme()
        .indicators()
        .map(|(_, i)| match (&i.input, &i.scoring) {
            (
                kaoping_core::model::scheme::InputSource::Value { key },
                kaoping_core::model::scheme::ScoringFunction::Piecewise { points },
            ) => {
                let mut xs: Vec<(Decimal, Decimal)> = points.iter().map(|p| (p.y, p.x)).collect();
                xs.sort();
                (key.clone(), xs.iter().rev().map(|(_, x)| *x).collect())
            }
            _ => unreachable!(),
        })
        .collect();
    let mut seed = 99_u64;
    let mut next = |m: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % m
    };
    let items: Vec<_> = engine
        .scheme()
        .bonuses
        .items
        .iter()
        .chain(&engine.scheme().deductions.items)
        .map(|i| i.id.clone())
        .collect();
    let dossiers: Vec<Dossier> = (0..3_000)
        .map(|k| {
            // few distinct values: many ties on total and on the next keys
            let inputs =
                ends.iter().map(|(key, xs)| (key.clone(), xs[if next(5) == 0 { 1 } else { 0 }])).collect();
            let mut occurrences = Vec::new();
            for (j, item) in items.iter().enumerate() {
                if next(6) == 0 {
                    occurrences.push(kaoping_core::Occurrence {
                        id: format!("o{j}").as_str().into(),
                        item: item.clone(),
                        date: kaoping_core::Date::parse("2026-05-01").unwrap(),
                        count: 1 + next(2) as u32,
                        reference: None,
                        note: None,
                    });
                }
            }
            Dossier {
                officer: kaoping_core::Officer {
                    id: format!("B-{:05}", (k * 7919) % 3_000).as_str().into(),
                    name: String::new(),
                    unit: None,
                },
                scheme: None,
                period: None,
                inputs,
                occurrences,
                case_review: None,
                records: Vec::new(),
                as_of: None,
                synthetic: false,
            }
        })
        .collect();
    same(&engine, &dossiers, Lang::Zh, "seeded cohort");
    let got = engine.assess_cohort_columns(&columns_of(&dossiers), Lang::Zh).unwrap();
    let distinct: BTreeSet<Decimal> = got.totals.iter().copied().collect();
    assert!(distinct.len() < 1_500, "ties on total: {} distinct totals", distinct.len());
    assert!(got.changes.len() > 100, "the quota moved {} officers", got.changes.len());
    // and a problem in one row fails the cohort with every problem located
    let mut bad = columns_of(&dossiers);
    bad.inputs[0].1[17] = f64::NAN;
    bad.officers[5] = bad.officers[6].clone();
    let err = engine.assess_cohort_columns(&bad, Lang::Zh).unwrap_err();
    let paths: Vec<&str> = err.0.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"officers[6]") || paths.contains(&"officers[5]"), "{paths:?}");
    assert!(paths.iter().any(|p| p.starts_with("rows[17].inputs.")), "{paths:?}");
}
