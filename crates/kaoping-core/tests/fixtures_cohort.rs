//! Runs the shared `tests/fixtures/cohort/` cases through `assess_cohort`, and every case a
//! second time with its dossiers, sheets, ratings and members reversed: the result must be
//! the same (a cohort result does not depend on the order of its inputs).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code
mod common;

use kaoping_core::cohort::{assess_cohort, CohortInput, CohortOptions, CohortResult};
use kaoping_core::{builtin, error::from_deserializer, Engine, Problems, Scheme};
use serde_json::Value;

fn scheme_of(v: &Value) -> Result<Scheme, Problems> {
    match v {
        Value::String(id) => builtin::scheme(id),
        other => from_deserializer(other.clone()),
    }
}

fn parts(input: &Value) -> Result<(Engine, CohortInput, CohortOptions), Problems> {
    let engine = Engine::new(scheme_of(&input["scheme"])?)?;
    let mut rest = input.clone();
    if let Some(o) = rest.as_object_mut() {
        o.remove("scheme");
        o.remove("options");
    }
    let cohort: CohortInput = from_deserializer(rest)?;
    let options: CohortOptions = if input["options"].is_null() {
        CohortOptions::default()
    } else {
        from_deserializer(input["options"].clone())?
    };
    Ok((engine, cohort, options))
}

fn reversed(mut c: CohortInput) -> CohortInput {
    c.dossiers.reverse();
    c.sheets.reverse();
    for s in &mut c.sheets {
        s.ratings.reverse();
    }
    if let Some(committee) = &mut c.committee {
        committee.members.reverse();
        committee.recusals.reverse();
    }
    c
}

fn same_outcome(a: &Result<CohortResult, Problems>, b: &Result<CohortResult, Problems>) -> bool {
    match (a, b) {
        (Ok(a), Ok(b)) => {
            a.officers == b.officers
                && a.changes == b.changes
                && a.quotas == b.quotas
                && a.stats == b.stats
                && a.inputs == b.inputs
                && a.fingerprint == b.fingerprint
        }
        (Err(a), Err(b)) => {
            let mut ca: Vec<_> = a.0.iter().map(|p| p.code).collect();
            let mut cb: Vec<_> = b.0.iter().map(|p| p.code).collect();
            ca.sort();
            cb.sort();
            ca == cb
        }
        _ => false,
    }
}

#[test]
fn cohort_fixtures() {
    common::run_all("cohort", 30, |f| {
        let (engine, cohort, options) = parts(f.input())?;
        let result = assess_cohort(&engine, &cohort, &options);
        let again = assess_cohort(&engine, &reversed(cohort), &options);
        assert!(same_outcome(&result, &again), "{}: reversing the inputs changed the result", f.name());
        result.map(|r| serde_json::to_value(r).unwrap())
    });
}
