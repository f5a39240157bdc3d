//! Prints one demo officer's assessment as JSON.
fn main() {
    let scheme = kaoping_core::builtin::scheme("court-judge");
    let entries: Result<Vec<kaoping_core::builtin::DemoEntry>, _> =
        kaoping_core::error::from_json_str(kaoping_core::builtin::demo_cohort_json());
    match (scheme, entries) {
        (Ok(scheme), Ok(entries)) => {
            for e in entries {
                match kaoping_core::assess(&scheme, &e.dossier, &kaoping_core::AssessOptions::default()) {
                    Ok(a) => println!("{}", serde_json::to_string_pretty(&a).unwrap_or_default()),
                    Err(p) => println!("{p}"),
                }
            }
        }
        (s, e) => println!("{:?} {:?}", s.err(), e.err()),
    }
}
