//! Any text as a tolerance request (policy, incident, history, reopening, assessment): never
//! panics, is deterministic, and the fixed invariants hold whatever the policy says.
#![no_main]
use kaoping_core::api::tolerance::{run_tolerance_json, ToleranceRequest};
use kaoping_core::rules::tolerance::{Culpability, Outcome, Responsibility};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let first = run_tolerance_json(text);
    assert_eq!(first, run_tolerance_json(text), "tolerance is not deterministic");
    let Ok(response) = first else { return };
    let request = ToleranceRequest::from_json(text).expect("a request that ran parses");
    kaoping_fuzz::check_round_trip(&request);
    let d = &response.decision;
    if !d.matched.negative.is_empty() {
        assert_ne!(d.outcome, Outcome::Exempt, "a negative-list fact gave 免责");
        assert_ne!(d.decided, Outcome::Exempt, "a negative-list fact gave 免责");
    }
    if request.incident.responsibility == Responsibility::IllegalHandling
        && request.incident.culpability == Some(Culpability::Intentional)
    {
        assert_eq!(d.outcome, Outcome::NotTolerated, "intent was tolerated");
    }
    if request.incident.responsibility == Responsibility::QualityFlaw {
        assert_eq!(d.responsibility, Responsibility::QualityFlaw, "a quality flaw became illegal handling");
    }
    assert!(d.outcome.leniency() <= d.decided.leniency(), "an overdue correction made it more lenient");
    if let (Some(a), Some(assess)) = (&response.assessment, &request.assess) {
        let scheme = match &assess.scheme {
            kaoping_json::Json::String(id) => kaoping_core::api::builtin::scheme(id).ok(),
            other => kaoping_core::base::json::from_json_value(other).ok(),
        };
        if let Some(scheme) = scheme {
            kaoping_fuzz::check_assessment(&scheme, a);
        }
    }
});
