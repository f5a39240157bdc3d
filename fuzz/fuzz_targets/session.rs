//! Any text as a list of session events, applied one by one to a session of the fixtures'
//! scheme (quotas added): never panics; a refused event changes neither the fingerprint nor the
//! table; after every event the table (kept incrementally) is `assess_cohort` over the state
//! from scratch; at the end, replaying the log gives the same fingerprint.
#![no_main]
use kaoping_core::api::session::{Event, Session, SessionInit, SessionState};
use kaoping_core::{assess_cohort, CohortInput, CohortOptions, CohortResult, Engine};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const FIXTURE: &str = include_str!("../../tests/fixtures/session/001-add-officer.json");

fn init() -> &'static (SessionInit, Engine) {
    static INIT: OnceLock<(SessionInit, Engine)> = OnceLock::new();
    INIT.get_or_init(|| {
        let case: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        let mut scheme = case["input"]["init"]["scheme"].clone();
        scheme["quotas"] = serde_json::json!([
            {"grade": "excellent", "maxShare": 0.34, "rounding": "floor"},
            {"grade": "competent", "maxShare": 0.5, "rounding": "nearest"}
        ]);
        let engine = Engine::new(kaoping_core::Scheme::from_json(&scheme.to_string()).unwrap()).unwrap();
        let init = kaoping_core::base::json::from_json_str(&serde_json::json!({"scheme": scheme}).to_string()).unwrap();
        (init, engine)
    })
}

fn from_scratch(engine: &Engine, state: &SessionState) -> Option<CohortResult> {
    if state.roster.is_empty() {
        return None;
    }
    let input = CohortInput {
        dossiers: state.roster.values().map(|e| e.dossier.clone()).collect(),
        committee: Some(state.committee.clone()),
        sheets: state.sheets.values().cloned().collect(),
        decisions: state.incidents.values().filter_map(|r| r.decision.as_ref().map(|d| d.decision.clone())).collect(),
        ..CohortInput::default()
    };
    let options = CohortOptions { trace: false, fingerprint: true, details: false, ..CohortOptions::default() };
    assess_cohort(engine, &input, &options).ok()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(events) = kaoping_core::base::json::from_json_str::<Vec<Event>>(text) else { return };
    let (init, engine) = init();
    let mut session = Session::new(init.clone()).unwrap();
    for event in events.into_iter().take(64) {
        let before = session.fingerprint();
        let table = session.table().cloned();
        match session.apply(event) {
            Ok(_) => {}
            Err(p) => {
                assert!(p.has_errors(), "a refusal without an error");
                assert!(p.0.iter().all(|x| !x.code.as_str().is_empty()), "a problem without a code");
                assert_eq!(before, session.fingerprint(), "a refused event changed the fingerprint");
                assert_eq!(table.as_ref(), session.table(), "a refused event changed the table");
            }
        }
        assert_eq!(session.table(), from_scratch(engine, session.state()).as_ref(), "incremental ≠ full recompute");
    }
    let replayed = Session::replay(init.clone(), session.log()).unwrap();
    assert_eq!(replayed.fingerprint(), session.fingerprint(), "the replay differs");
});
