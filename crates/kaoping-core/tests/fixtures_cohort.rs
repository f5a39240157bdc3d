//! Runs the shared `tests/fixtures/cohort/` cases through `assess_cohort`, and every case a
//! second time with its dossiers, sheets, ratings and members reversed: the result must be
//! the same (a cohort result does not depend on the order of its inputs).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_types,
    clippy::disallowed_methods
)] // test harness code
mod common;

use kaoping_core::api::cohort::CohortRequest;
use kaoping_core::rules::cohort::CohortResult;
use kaoping_core::{base::json::from_json_str, Problems};

fn reversed(mut c: CohortRequest) -> CohortRequest {
    c.dossiers.reverse();
    c.sheets.reverse();
    for s in &mut c.sheets {
        s.ratings.reverse();
    }
    if let Some(committee) = &mut c.committee {
        committee.members.reverse();
        committee.recusals.reverse();
    }
    c.decisions.reverse();
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
        let request: CohortRequest = from_json_str(&f.input().to_string())?;
        let result = request.clone().run();
        let again = reversed(request).run();
        assert!(same_outcome(&result, &again), "{}: reversing the inputs changed the result", f.name());
        result.map(|r| serde_json::to_value(r).unwrap())
    });
}
