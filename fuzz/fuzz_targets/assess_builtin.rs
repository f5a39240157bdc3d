//! Any text as a dossier, assessed against every built-in scheme; every promise checked.
#![no_main]
use kaoping_core::{api::builtin, Dossier, Engine};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn engines() -> &'static Vec<Engine> {
    static ENGINES: OnceLock<Vec<Engine>> = OnceLock::new();
    ENGINES.get_or_init(|| {
        builtin::scheme_ids()
            .into_iter()
            .map(|id| Engine::new(builtin::scheme(id).unwrap()).unwrap())
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(dossier) = Dossier::from_json(text) else { return };
    kaoping_fuzz::check_round_trip(&dossier);
    for engine in engines() {
        kaoping_fuzz::assess_and_check(engine, &dossier);
    }
});
