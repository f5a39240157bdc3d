//! Any text as a scheme: parse, validate, compile. Never panics; a scheme that parses writes
//! back to the same text; validation is deterministic.
#![no_main]
use kaoping_core::{validate_scheme, Engine, Scheme};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(scheme) = Scheme::from_json(text) else { return };
    kaoping_fuzz::check_round_trip(&scheme);
    let problems = validate_scheme(&scheme);
    assert_eq!(problems, validate_scheme(&scheme), "validation is not deterministic");
    for p in &problems.0 {
        assert!(p.code.as_str().starts_with("E_") || p.code.as_str().starts_with("W_"));
    }
    if let Ok(engine) = Engine::new(scheme.clone()) {
        assert!(!problems.has_errors());
        assert_eq!(engine.scheme_fingerprint(), Engine::new(scheme).unwrap().scheme_fingerprint());
    } else {
        assert!(problems.has_errors());
    }
});
