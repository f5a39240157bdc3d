//! Runs the shared `tests/fixtures/warnings/` cases (format in tests/fixtures/README.md): a
//! supervision request (a cohort with its organisation and thresholds) answers its table, units
//! and warnings; or, with `input.session`, a session is started from `session.init`, its
//! `session.events` applied in order (a refused event answers its problems, and must leave the
//! session's fingerprint unchanged), the replayed log and the restored snapshot must give the
//! same units, and the session answers its units and warnings under `input.thresholds`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code
mod common;

use kaoping_core::api::session::{Event, Session, SessionInit};
use kaoping_core::api::supervision::run_supervision_json;
use kaoping_core::base::json::from_json_str;
use kaoping_core::model::warning::Thresholds;
use kaoping_core::Problems;
use serde_json::{json, Value};

fn to_value<T: kaoping_json::ToJson + ?Sized>(v: &T) -> Value {
    serde_json::from_str(&kaoping_json::to_string(v)).unwrap()
}

fn in_session(input: &Value) -> Result<Value, Problems> {
    let init: SessionInit = from_json_str(&input["session"]["init"].to_string())?;
    let mut session = Session::new(init)?;
    for e in input["session"]["events"].as_array().unwrap() {
        let before = session.fingerprint();
        let applied = from_json_str::<Event>(&e.to_string()).and_then(|event| session.apply(event));
        if let Err(p) = applied {
            assert_eq!(session.fingerprint(), before, "a refused event changed the session");
            return Err(p);
        }
    }
    // the organisation is part of the state: a replay of the log and a restored snapshot give it back
    let replayed = Session::replay(session.init().clone(), session.log()).unwrap();
    assert_eq!(replayed.fingerprint(), session.fingerprint(), "replaying the log gave another session");
    assert_eq!(replayed.units(), session.units(), "replaying the log gave other units");
    let restored = Session::restore_json(&session.snapshot_json()).unwrap();
    assert_eq!(restored.units(), session.units(), "restoring the snapshot gave other units");
    let warnings = match input.get("thresholds") {
        Some(t) => {
            let t: Thresholds = from_json_str(&t.to_string()).map_err(|p| p.within("thresholds"))?;
            to_value(&session.warnings(&t)?)
        }
        None => json!([]),
    };
    Ok(
        json!({"table": to_value(&session.table()), "units": to_value(&session.units()), "warnings": warnings}),
    )
}

#[test]
fn warnings_fixtures() {
    common::run_all("warnings", 20, |f| {
        let input = f.input();
        if input.get("session").is_some() {
            in_session(input)
        } else {
            run_supervision_json(&input.to_string()).map(|r| to_value(&r))
        }
    });
}
