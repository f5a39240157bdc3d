//! Runs the shared `assess` fixtures (`tests/fixtures/assess/`) natively.
//!
//! Input: `scheme` (a built-in id or an object) or `schemeText`; `dossier` (an object) or
//! `dossierText`; optional `waivers` and `options`. Output: the `Assessment` JSON, or the problems.
//! When a case lists `expectProblems` and the assessment succeeds, the problems checked are the
//! warnings the scheme and the dossier raised (e.g. `W_SCHEME_MISMATCH`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code

mod common;

use common::Fixture;
use kaoping_core::base::json::from_json_str;
use kaoping_core::{
    api::builtin, validate_dossier, AssessContext, AssessOptions, Dossier, Engine, Problems, Scheme, Waiver,
};
use serde_json::Value;

/// Parses a JSON value through the text entry point, so problems carry the same paths as for text.
fn parse<T: kaoping_json::FromJson>(value: &Value) -> Result<T, Problems> {
    from_json_str(&value.to_string())
}

fn scheme(input: &Value) -> Result<Scheme, Problems> {
    match (&input["scheme"], &input["schemeText"]) {
        (Value::String(id), _) => builtin::scheme(id),
        (Value::Object(_), _) => parse(&input["scheme"]),
        (_, Value::String(text)) => Scheme::from_json(text),
        _ => panic!("an assess case needs input.scheme or input.schemeText"),
    }
}

fn run(f: &Fixture) -> Result<Value, Problems> {
    let input = f.input();
    let engine = Engine::new(scheme(input)?)?;
    let dossier: Dossier = match &input["dossierText"] {
        Value::String(text) => Dossier::from_json(text)?,
        _ => parse(&input["dossier"])?,
    };
    let waivers: Vec<Waiver> = match input.get("waivers") {
        Some(w) => parse(w)?,
        None => Vec::new(),
    };
    let options: AssessOptions = match input.get("options") {
        Some(o) => parse(o)?,
        None => AssessOptions::default(),
    };
    let context = AssessContext { waivers: &waivers, ..AssessContext::default() };
    let assessment = engine.assess_with(&dossier, &context, &options)?;
    if f.json.get("expectProblems").is_some() {
        let mut warnings = engine.warnings().clone();
        warnings.extend(validate_dossier(engine.scheme(), &dossier));
        return Err(warnings);
    }
    Ok(serde_json::to_value(&assessment).unwrap())
}

#[test]
fn assess_fixtures() {
    common::run_all("assess", 40, run);
}
