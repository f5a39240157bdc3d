//! Native twin of the npm package's `engine.assess`, for the native = wasm tests.
//!
//! Reads JSON lines `{"scheme": "<built-in id>", "dossier": {...}, "options": {...}}` from stdin
//! and writes, line by line, the same `Answer` JSON that `engine.assess` returns in JavaScript.
#![allow(clippy::disallowed_types, clippy::disallowed_methods)]
use kaoping_core::api::answer::Answer;
use kaoping_core::api::assess::{self, AssessParams};
use kaoping_core::{api::builtin, base::json::from_json_str, Dossier, Engine, Problems};
use kaoping_json::{FromJson, Json};
use std::collections::BTreeMap;
use std::io::{BufRead, Write};

#[derive(FromJson)]
#[serde(deny_unknown_fields)]
struct Line {
    scheme: String,
    dossier: Json,
    #[serde(default)]
    options: Option<Json>,
}

fn answer(
    engines: &mut BTreeMap<String, Engine>,
    text: &str,
) -> Result<Answer<kaoping_core::Assessment>, Problems> {
    let line: Line = from_json_str(text)?;
    if !engines.contains_key(&line.scheme) {
        engines.insert(line.scheme.clone(), Engine::new(builtin::scheme(&line.scheme)?)?);
    }
    let engine = engines.get(&line.scheme).ok_or_default()?;
    let params: AssessParams = match &line.options {
        Some(o) => from_json_str(&kaoping_json::to_string(o))?,
        None => AssessParams::default(),
    };
    // The package reads the dossier from its JSON text, exactly like this.
    Ok(match from_json_str::<Dossier>(&kaoping_json::to_string(&line.dossier)) {
        Ok(dossier) => assess::assess(engine, &dossier, &params),
        Err(problems) => Err(problems).into(),
    })
}

trait OkOrDefault<T> {
    fn ok_or_default(self) -> Result<T, Problems>;
}

impl<T> OkOrDefault<T> for Option<T> {
    fn ok_or_default(self) -> Result<T, Problems> {
        self.ok_or_else(Problems::new)
    }
}

fn main() {
    let mut engines = BTreeMap::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let result = match answer(&mut engines, &line) {
            Ok(a) => kaoping_json::to_string(&a),
            Err(p) => kaoping_json::to_string(&Answer::<kaoping_core::Assessment>::from(Err(p))),
        };
        if writeln!(out, "{result}").is_err() {
            break;
        }
    }
}
