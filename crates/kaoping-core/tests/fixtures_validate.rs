//! Runs the shared `validateScheme` fixtures (`tests/fixtures/validateScheme/`) natively.
//!
//! Input: `scheme` (an object) or `schemeText` (raw JSON text). Output: `{ errors, warnings }`.
//! A text that does not parse gives its parse problem; `expectProblems` is checked against every
//! problem, errors and warnings.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code

mod common;

use common::Fixture;
use kaoping_core::base::json::from_json_str;
use kaoping_core::{validate_scheme, Problems, Scheme};
use serde_json::{json, Value};

fn run(f: &Fixture) -> Result<Value, Problems> {
    let input = f.input();
    let scheme: Scheme = match (&input["scheme"], &input["schemeText"]) {
        (Value::Object(_), _) => from_json_str(&input["scheme"].to_string())?,
        (_, Value::String(text)) => Scheme::from_json(text)?,
        _ => panic!("a validateScheme case needs input.scheme (an object) or input.schemeText"),
    };
    let problems = validate_scheme(&scheme);
    if f.json.get("expectProblems").is_some() {
        return Err(problems);
    }
    let errors: Vec<_> = problems.errors().collect();
    let warnings: Vec<_> = problems.warnings().collect();
    Ok(json!({ "errors": errors, "warnings": warnings }))
}

#[test]
fn validate_scheme_fixtures() {
    common::run_all("validateScheme", 30, run);
}
