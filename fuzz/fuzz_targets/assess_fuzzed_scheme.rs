//! A fuzzed scheme and a fuzzed dossier (two JSON texts separated by a 0xFF byte): when the
//! scheme is valid, the dossier is assessed against it and every promise checked.
#![no_main]
use kaoping_core::{Dossier, Engine};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((scheme_text, dossier_text)) = kaoping_fuzz::split2(data) else { return };
    let Ok(engine) = Engine::from_json(scheme_text) else { return };
    let Ok(dossier) = Dossier::from_json(dossier_text) else { return };
    kaoping_fuzz::assess_and_check(&engine, &dossier);
});
