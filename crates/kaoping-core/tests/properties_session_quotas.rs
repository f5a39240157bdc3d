//! Property test of the session's incremental quotas and ranking on a larger cohort: 30
//! officers under three consecutive quotas of three roundings (优秀 ≤ 25 % rounded up, 称职 ≤
//! 30 % rounded down, 基本称职 ≤ 40 % rounded to nearest, so officers moved by one quota compete
//! under the next), inputs from few values (ties on the total everywhere), deductions and the
//! three kinds of veto coming and going, and seals. After every event the table is exactly
//! `assess_cohort` from scratch, the diff's officers (read in full, counted without reading)
//! and quota changes are exactly the difference between the tables before and after, the
//! changes since the seal are the difference from the sealed standings, and the officers kept as
//! a run only moved one rank. (Debug builds cut the ranked order into blocks
//! of three, so the blocks split and empty all the time.)
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::expect_used, clippy::panic)]

use kaoping_core::api::session::diff::{compare, quota_diffs, standings, Field};
use kaoping_core::api::session::{Event, Session, SessionInit, SessionState};
use kaoping_core::base::json::from_json_str;
use kaoping_core::{assess_cohort, CohortInput, CohortOptions, CohortResult, Engine, Scheme};
use proptest::prelude::*;
use serde_json::{json, Value};

const N: usize = 30;

/// The scheme; `per_unit`: 优秀 and 称职 are counted within each unit (庭), 基本称职 over the
/// whole cohort.
fn scheme(per_unit: bool) -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/session/014-quota-changes.json");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut s = v["input"]["init"]["scheme"].clone();
    s["quotas"] = json!([
        {"grade": "excellent", "maxShare": 0.25, "rounding": "ceil"},
        {"grade": "competent", "maxShare": 0.3, "rounding": "floor"},
        {"grade": "basic", "maxShare": 0.4, "rounding": "nearest"}
    ]);
    if per_unit {
        s["quotas"][0]["per"] = json!("unit");
        s["quotas"][1]["per"] = json!("unit");
    }
    s
}

fn event(change: Value, minute: u32, reason: bool) -> Event {
    let mut e = json!({"at": format!("2026-12-20T{:02}:{:02}", 8 + minute / 60, minute % 60),
                       "actor": {"kind": "user", "id": "书记员"}, "change": change});
    if reason {
        e["reason"] = json!("依程序更正");
    }
    from_json_str(&e.to_string()).unwrap()
}

fn officer(i: usize) -> String {
    format!("J-{i:02}")
}

/// Units of various sizes (some officers in none).
fn unit(i: usize) -> Value {
    match i % 7 {
        0..=2 => json!("民一庭"),
        3 | 4 => json!("刑一庭"),
        5 => json!("立案庭"),
        _ => Value::Null,
    }
}

/// One random change: (kind, officer, number).
fn change(kind: u8, o: usize, number: u32) -> Value {
    let id = officer(o);
    // few values: totals tie often
    let value = [60, 70, 75, 80, 85, 88, 90, 92, 95, 100][number as usize % 10];
    let occ = format!("occ-{id}-{}", number % 2);
    match kind {
        0..=9 => {
            json!({"type": "setInput", "officer": id, "key": if number % 2 == 0 { "q" } else { "e" }, "value": value})
        }
        10 | 11 => {
            let item = ["N1", "V1", "V2", "V3", "N1"][number as usize % 5];
            json!({"type": "addOccurrence", "officer": id, "occurrence": {"id": occ, "item": item, "date": "2026-05-01"}})
        }
        12 | 13 => json!({"type": "removeOccurrence", "officer": id, "occurrence": occ}),
        15 => json!({"type": "updateOfficer", "officer": id, "unit": unit(number as usize)}),
        _ => json!({"type": "seal"}),
    }
}

fn from_scratch(engine: &Engine, state: &SessionState) -> Option<CohortResult> {
    if state.roster.is_empty() {
        return None;
    }
    let input = CohortInput {
        dossiers: state.roster.values().map(|e| e.dossier.clone()).collect(),
        committee: Some(state.committee.clone()),
        sheets: state.sheets.values().cloned().collect(),
        ..CohortInput::default()
    };
    let options =
        CohortOptions { trace: false, fingerprint: true, details: false, ..CohortOptions::default() };
    Some(assess_cohort(engine, &input, &options).unwrap())
}

/// Applies the operations, checking every step; answers how many diffs had quota changes and
/// how many had a run of one-rank moves.
fn run(ops: &[(u8, usize, u32)], per_unit: bool) -> Result<(usize, usize), TestCaseError> {
    let mut seen = (0, 0);
    let s = scheme(per_unit);
    let engine = Engine::new(Scheme::from_json(&s.to_string()).unwrap()).unwrap();
    let init: SessionInit = from_json_str(&json!({"scheme": s}).to_string()).unwrap();
    let mut session = Session::new(init).unwrap();
    let officers: Vec<Value> = (0..N)
        .map(|i| {
            let (q, e) = (60 + (i * 7) % 41, 60 + (i * 13) % 41);
            let mut o = json!({"id": officer(i), "name": officer(i)});
            if per_unit && !unit(i).is_null() {
                o["unit"] = unit(i);
            }
            json!({"officer": o, "inputs": {"q": q, "e": e}})
        })
        .collect();
    session.apply(event(json!({"type": "addOfficers", "officers": officers}), 0, false)).unwrap();
    for (i, &(kind, o, number)) in ops.iter().enumerate() {
        let table = session.table().cloned();
        let sealed = !session.state().seals.is_empty();
        let e = event(change(kind, o, number), 1 + i as u32, sealed);
        let Ok(diff) = session.apply(e) else { continue };
        let after = session.table();
        let counted = diff.officers.count();
        let listed = diff.officers.listed().len();
        let shifted = diff.officers.shifted();
        seen.0 += usize::from(!diff.quotas.is_empty());
        seen.1 += usize::from(shifted.is_some());
        prop_assert_eq!(&diff.officers, &compare(&standings(table.as_ref()), &standings(after)));
        prop_assert_eq!(counted, diff.officers.len());
        prop_assert!(listed <= counted);
        if let Some(run) = shifted {
            prop_assert!(run.from <= run.to);
            // everyone beyond the listed ones moved exactly one rank
            for c in diff
                .officers
                .iter()
                .filter(|c| !diff.officers.listed().iter().any(|l| l.officer == c.officer))
            {
                prop_assert_eq!(&c.fields, &vec![Field::Rank]);
                let (b, a) = (c.before.as_ref().unwrap().rank, c.after.as_ref().unwrap().rank);
                prop_assert_eq!(i64::from(a) - i64::from(b), i64::from(run.by));
                prop_assert!(run.from <= b && b <= run.to);
            }
        }
        prop_assert_eq!(&diff.quotas, &quota_diffs(table.as_ref(), after));
        if let (Some(since), Some(seal)) = (&diff.since_seal, session.state().last_seal()) {
            prop_assert_eq!(&since.officers, &compare(&seal.standings, &standings(after)));
        }
        let reference = from_scratch(&engine, session.state());
        prop_assert_eq!(after, reference.as_ref(), "after {:?}", (kind, o, number));
    }
    let replayed = Session::replay(session.init().clone(), session.log()).unwrap();
    prop_assert_eq!(replayed.fingerprint(), session.fingerprint());
    prop_assert_eq!(replayed.table(), session.table());
    Ok(seen)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn incremental_quotas_and_ranks_are_the_full_recompute(
        ops in proptest::collection::vec((0u8..15, 0..N, 0u32..1000), 1..60)
    ) {
        run(&ops, false)?;
    }

    #[test]
    fn incremental_quotas_per_unit_are_the_full_recompute(
        ops in proptest::collection::vec((0u8..16, 0..N, 0u32..1000), 1..60)
    ) {
        run(&ops, true)?;
    }
}

/// The generator is worth its name: over fixed random sequences, quotas move officers and
/// officers move past others.
#[test]
fn random_events_cross_quota_boundaries_and_shift_ranks() {
    for per_unit in [false, true] {
        crosses(per_unit);
    }
}

fn crosses(per_unit: bool) {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut quotas, mut shifts) = (0, 0);
    for _ in 0..10 {
        let ops = proptest::collection::vec((0u8..16, 0..N, 0u32..1000), 40)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let (q, s) = run(&ops, per_unit).unwrap();
        quotas += q;
        shifts += s;
    }
    assert!(
        quotas >= 20 && shifts >= 100,
        "{quotas} diffs with quota changes, {shifts} with runs ({per_unit})"
    );
}
