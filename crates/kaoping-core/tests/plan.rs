//! The compiled plan against the general path: for random rows of every scheme the plan can
//! express (the built-in schemes, the benchmark task, the assess fixtures' schemes), the plan's
//! total, grades, veto flag, deductions and dimension scores equal `Engine::assess` exactly, and
//! the plan declines (`None`) exactly when the general path has problems.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_types,
    clippy::disallowed_methods
)] // test harness code

mod common;

use common::Rng;
use kaoping_core::fast::plan::PlanRow;
use kaoping_core::model::dossier::CaseReview;
use kaoping_core::model::scheme::InputKind;
use kaoping_core::{AssessOptions, Date, Decimal, Dossier, Engine, InputKey, Occurrence, Officer, OfficerId};
use std::collections::BTreeMap;

fn engines() -> Vec<(String, Engine)> {
    common::plannable_engines()
}

#[test]
fn the_plan_covers_the_schemes_it_is_for() {
    let all = engines();
    let covered: Vec<&str> =
        all.iter().filter(|(_, e)| e.plan().is_some()).map(|(n, _)| n.as_str()).collect();
    assert!(covered.contains(&"bench task"), "{covered:?}");
    assert!(covered.contains(&"police-officer"), "{covered:?}");
    // ratio inputs and committee ratings take the general path
    assert!(!covered.contains(&"court-judge") && !covered.contains(&"procuratorate-prosecutor"));
    assert!(covered.len() >= 20, "only {} schemes: {covered:?}", covered.len());
}

/// A random value for an input: mostly valid for its kind, sometimes not (or absent).
fn value(rng: &mut Rng, kind: InputKind) -> Option<Decimal> {
    let r = rng.gen_range(0..100);
    if r < 3 {
        return None;
    }
    let micros: i64 = match kind {
        InputKind::Count if r < 6 => -1_000_000,
        InputKind::Count if r < 9 => 2_500_000,
        InputKind::Count => rng.gen_range(0..2_000) * 1_000_000,
        InputKind::Percent if r < 6 => 100_000_001,
        InputKind::Percent => rng.gen_range(0..=100_000_000),
        InputKind::Number if r < 6 => rng.gen_range(-1_000_000_000_000_000..1_000_000_000_000_000),
        InputKind::Number => rng.gen_range(-50_000_000..500_000_000),
    };
    Some(Decimal::from_micros(micros))
}

#[test]
fn plan_equals_the_general_path_on_random_rows() {
    let options = AssessOptions { trace: false, fingerprint: false, ..AssessOptions::default() };
    let rng = &mut Rng(20_261_126);
    let mut checked = 0;
    let mut declined = 0;
    for (name, engine) in engines() {
        let Some(plan) = engine.plan() else { continue };
        let scheme = engine.scheme();
        let kinds: Vec<InputKind> = scheme.inputs.iter().map(|d| d.kind).collect();
        let mut dims = vec![Decimal::ZERO; plan.dimensions()];
        for row in 0..400 {
            let values: Vec<Option<Decimal>> = kinds.iter().map(|&k| value(rng, k)).collect();
            let counts: Vec<u32> = plan
                .items()
                .iter()
                .enumerate()
                .map(|(i, _)| {
                    let veto = i >= scheme.bonuses.items.len() + scheme.deductions.items.len();
                    match rng.gen_range(0..100) {
                        r if veto && r < 95 => 0,
                        r if r < 50 => 0,
                        r if r < 90 => rng.gen_range(1..4),
                        _ => rng.gen_range(1..40),
                    }
                })
                .collect();
            let case_review = (rng.gen_range(0..3) > 0).then(|| CaseReview {
                excellent: rng.gen_range(0..5),
                pass: rng.gen_range(0..30),
                flawed: rng.gen_range(0..3),
                error: rng.gen_range(0..3),
            });
            let dossier = Dossier {
                officer: Officer { id: "X-1".into(), name: "X".into(), unit: None },
                scheme: None,
                period: None,
                inputs: plan
                    .inputs()
                    .zip(&values)
                    .filter_map(|(k, v)| v.map(|v| (k.clone(), v)))
                    .collect::<kaoping_core::SortedMap<_, _>>(),
                occurrences: plan
                    .items()
                    .iter()
                    .zip(&counts)
                    .filter(|(_, &c)| c > 0)
                    .enumerate()
                    .map(|(i, (item, &count))| Occurrence {
                        id: format!("o{i}").as_str().into(),
                        item: item.clone(),
                        date: Date::parse("2026-06-30").unwrap(),
                        count,
                        reference: None,
                        note: None,
                    })
                    .collect(),
                case_review,
                records: Vec::new(),
                as_of: None,
                synthetic: false,
            };
            let general = engine.assess(&dossier, &options);
            let planned =
                plan.evaluate(&PlanRow { values: &values, counts: &counts, case_review }, &mut dims);
            match (planned, general) {
                (Some(p), Ok(a)) => {
                    let at = format!("{name} row {row}");
                    assert_eq!(p.total, a.total, "{at}");
                    assert_eq!(Some(p.score_grade), scheme.grade_rank(&a.score_grade.id), "{at}");
                    assert_eq!(p.grade, a.grade.as_ref().and_then(|g| scheme.grade_rank(&g.id)), "{at}");
                    assert_eq!(p.vetoed, a.flags.veto, "{at}");
                    use kaoping_core::model::scheme::VetoEffect as E;
                    let blocked = a.vetoes.iter().any(|v| matches!(v.effect, E::BlockGrade { .. }));
                    let fixed = a.vetoes.iter().any(|v| !matches!(v.effect, E::BlockGrade { .. }));
                    assert_eq!((p.blocked, p.fixed), (blocked, fixed), "{at}");
                    assert_eq!(p.deductions, a.deductions.total, "{at}");
                    let want: Vec<Decimal> = a.dimensions.iter().map(|d| d.score).collect();
                    assert_eq!(dims, want, "{at}");
                    checked += 1;
                }
                (None, Err(_)) => declined += 1,
                (p, g) => panic!("{name} row {row}: plan {p:?}, general {:?}", g.map(|a| a.total)),
            }
        }
    }
    eprintln!("{checked} rows compared, {declined} declined");
    assert!(checked > 5_000, "{checked} rows compared");
    assert!(declined > 100, "{declined} invalid rows declined");
}

/// The dossier of a row of columns, built the way the batch documents it.
fn dossier_of(engine: &Engine, cols: &kaoping_core::fast::batch::Columns, row: usize) -> Result<Dossier, ()> {
    let mut inputs = BTreeMap::new();
    for (k, col) in &cols.inputs {
        if !col[row].is_nan() {
            inputs.insert(k.clone(), Decimal::from_f64(col[row]).ok_or(())?);
        }
    }
    let mut occurrences: Vec<Occurrence> =
        cols.occurrences.iter().filter(|o| o.row as usize == row).map(|o| o.occurrence.clone()).collect();
    for (item, col) in &cols.counts {
        if col[row] > 0 {
            occurrences.push(Occurrence {
                id: item.as_str().into(),
                item: item.clone(),
                date: engine.scheme().period.end,
                count: col[row],
                reference: None,
                note: None,
            });
        }
    }
    Ok(Dossier {
        officer: Officer { id: cols.officers[row].clone(), name: cols.officers[row].0.clone(), unit: None },
        scheme: None,
        period: None,
        inputs: inputs.into_iter().collect(),
        occurrences,
        case_review: None,
        records: Vec::new(),
        as_of: None,
        synthetic: false,
    })
}

/// Officer ids `R-0` … `R-{n-1}`.
fn officer_ids(n: usize) -> Vec<OfficerId> {
    (0..n).map(|i| format!("R-{i}").as_str().into()).collect()
}

/// A column of `n` random values (`NaN` where absent; some out of their kind's range) for every
/// input of the engine's plan.
fn input_columns(engine: &Engine, n: usize, rng: &mut Rng) -> Vec<(InputKey, Vec<f64>)> {
    let plan = engine.plan().expect("a planned scheme");
    // the plan's inputs are the scheme's, in the scheme's order
    plan.inputs()
        .zip(&engine.scheme().inputs)
        .map(|(k, def)| {
            (k.clone(), (0..n).map(|_| value(rng, def.kind).map_or(f64::NAN, Decimal::to_f64)).collect())
        })
        .collect()
}

#[test]
fn columns_through_the_plan_equal_single_assessments_and_their_problems() {
    use kaoping_core::fast::batch::{Columns, RowOccurrence};
    let task = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/task-scheme.json"));
    let engine = Engine::from_json(&task.unwrap()).unwrap();
    let plan = engine.plan().expect("the task compiles");
    let rng = &mut Rng(7);
    let n = 600;
    let mut cols = Columns {
        officers: officer_ids(n),
        inputs: input_columns(&engine, n, rng),
        case_review: None,
        occurrences: vec![],
        counts: plan
            .items()
            .iter()
            .map(|id| {
                (id.clone(), (0..n).map(|_| [0, 0, 1, 2, 5][rng.gen_range(0..5_u32) as usize]).collect())
            })
            .collect(),
    };
    // hostile rows: an invalid officer id, a non-finite value, too large a count, sparse
    // occurrences (valid, unknown item, duplicate id)
    cols.officers[3] = "bad id".into();
    cols.inputs[0].1[4] = f64::INFINITY;
    cols.counts[0].1[5] = 200_000;
    let occ = |row: u32, id: &str, item: &str, count: u32| RowOccurrence {
        row,
        occurrence: Occurrence {
            id: id.into(),
            item: item.into(),
            date: Date::parse("2026-03-01").unwrap(),
            count,
            reference: None,
            note: None,
        },
    };
    let first = plan.items()[0].as_str().to_owned();
    cols.occurrences = vec![
        occ(9, "x1", &first, 2),
        occ(7, "x2", &first, 1),
        occ(7, "x3", "NOPE", 1),
        occ(8, &first, &first, 1),
        occ(9, "x4", &first, 3),
    ];
    for (_, c) in cols.inputs.iter_mut() {
        c[9] = 50.0; // valid for every kind
    }
    cols.counts[0].1[8] = 1; // row 8: a sparse id equal to the counted occurrence's id
    let scores = engine.assess_columns(&cols, kaoping_core::Lang::Zh).unwrap();
    let options = AssessOptions { trace: false, fingerprint: false, ..AssessOptions::default() };
    let mut failed = 0;
    for row in 0..n {
        let want = dossier_of(&engine, &cols, row).map(|d| engine.assess(&d, &options));
        match want {
            Ok(Ok(a)) => {
                assert!(scores.ok[row], "row {row}");
                assert_eq!(scores.totals[row], a.total, "row {row}");
                let g = a.grade.as_ref().and_then(|g| engine.scheme().grade_rank(&g.id)).map(|g| g as u32);
                assert_eq!(scores.grades[row], g, "row {row}");
                assert_eq!(scores.vetoed[row], a.flags.veto, "row {row}");
            }
            Ok(Err(ps)) => {
                failed += 1;
                assert!(!scores.ok[row], "row {row}");
                let prefix = format!("rows[{row}]");
                let got: Vec<(String, String)> = scores
                    .problems
                    .iter()
                    .filter(|p| p.path.starts_with(&format!("{prefix}.")) || p.path == prefix)
                    .map(|p| (p.code.as_str().to_owned(), p.path.clone()))
                    .collect();
                let want: Vec<(String, String)> =
                    ps.0.iter()
                        .map(|p| (p.code.as_str().to_owned(), format!("{prefix}.{}", p.path)))
                        .collect();
                assert_eq!(got, want, "row {row}");
            }
            Err(()) => assert!(!scores.ok[row], "row {row}"),
        }
    }
    assert!(failed > 20, "{failed}");
    for row in [3, 5, 7, 8] {
        assert!(!scores.ok[row], "row {row}");
    }
    assert!(scores.ok[9], "two valid sparse occurrences of one item");
}

/// The block path of every scheme the plan covers: random columns (invalid values, absent
/// values, case review, vetoes, large counts) over several blocks, each row against the
/// general path's assessment of its dossier.
#[test]
fn blocks_equal_single_assessments_for_every_planned_scheme() {
    use kaoping_core::fast::batch::{CaseReviewColumns, Columns};
    let options = AssessOptions { trace: false, fingerprint: false, ..AssessOptions::default() };
    let rng = &mut Rng(99);
    let mut compared = 0;
    for (name, engine) in engines() {
        let Some(plan) = engine.plan() else { continue };
        let scheme = engine.scheme();
        let n = 300 + rng.gen_range(0..300_u32) as usize;
        let lists = scheme.bonuses.items.len() + scheme.deductions.items.len();
        let review: Vec<u32> =
            (0..4 * n).map(|_| [0, 0, 1, 3, 200_000][rng.gen_range(0..5_u32) as usize]).collect();
        let cols = Columns {
            officers: officer_ids(n),
            inputs: input_columns(&engine, n, rng),
            case_review: (rng.gen_range(0..2) == 1).then(|| CaseReviewColumns {
                excellent: review[..n].to_vec(),
                pass: review[n..2 * n].to_vec(),
                flawed: review[2 * n..3 * n].to_vec(),
                error: review[3 * n..].to_vec(),
            }),
            occurrences: vec![],
            counts: plan
                .items()
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    let veto = i >= lists;
                    let col = (0..n)
                        .map(|_| match rng.gen_range(0..100) {
                            r if veto && r < 97 => 0,
                            r if r < 50 => 0,
                            r if r < 97 => rng.gen_range(1..5),
                            98 => 100_001,
                            _ => rng.gen_range(5..400),
                        })
                        .collect();
                    (id.clone(), col)
                })
                .collect(),
        };
        let scores = engine.assess_columns(&cols, kaoping_core::Lang::Zh).unwrap();
        for row in 0..n {
            let mut dossier = dossier_of(&engine, &cols, row).unwrap();
            dossier.case_review = cols.case_review.as_ref().map(|c| CaseReview {
                excellent: c.excellent[row],
                pass: c.pass[row],
                flawed: c.flawed[row],
                error: c.error[row],
            });
            let at = format!("{name} row {row}");
            match engine.assess(&dossier, &options) {
                Ok(a) => {
                    assert!(scores.ok[row], "{at}");
                    assert_eq!(scores.totals[row], a.total, "{at}");
                    let g = a.grade.as_ref().and_then(|g| scheme.grade_rank(&g.id)).map(|g| g as u32);
                    assert_eq!(scores.grades[row], g, "{at}");
                    assert_eq!(scores.vetoed[row], a.flags.veto, "{at}");
                    compared += 1;
                }
                Err(_) => assert!(!scores.ok[row], "{at}"),
            }
        }
    }
    assert!(compared > 4_000, "{compared}");
}
