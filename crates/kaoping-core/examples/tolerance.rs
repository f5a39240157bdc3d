//! Reads a tolerance request (JSON, see `kaoping_core::api::tolerance`) from stdin and
//! prints the decision (and assessment, when asked) as JSON.
use std::io::Read;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("cannot read stdin");
        std::process::exit(2);
    }
    match kaoping_core::api::tolerance::run_tolerance_json(&text) {
        Ok(r) => println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default()),
        Err(p) => {
            println!("{}", serde_json::to_string_pretty(&p).unwrap_or_default());
            std::process::exit(1);
        }
    }
}
