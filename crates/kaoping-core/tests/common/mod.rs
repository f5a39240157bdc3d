//! Loader and subset comparator for the shared fixture tree `tests/fixtures/` (format in its README).
#![allow(dead_code, clippy::disallowed_types, clippy::disallowed_methods)]

use kaoping_core::{Decimal, Problem, Problems};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The fixture root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// One fixture file.
pub struct Fixture {
    pub file: PathBuf,
    pub json: Value,
}

impl Fixture {
    pub fn input(&self) -> &Value {
        &self.json["input"]
    }
    pub fn name(&self) -> String {
        self.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    }
}

/// All fixtures of a kind (files under `tests/fixtures/<kind>/`), sorted by file name.
pub fn load(kind: &str) -> Vec<Fixture> {
    let dir = root().join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).unwrap();
            let json: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", file.display()));
            assert_eq!(json["kind"].as_str(), Some(kind), "{}: kind must be {kind}", file.display());
            assert!(json["description"].is_string(), "{}: needs a description", file.display());
            assert!(
                json.get("expect").is_some() != json.get("expectProblems").is_some(),
                "{}: needs exactly one of expect / expectProblems",
                file.display()
            );
            Fixture { file, json }
        })
        .collect()
}

fn as_decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => Decimal::parse(&n.to_string()),
        _ => None,
    }
}

/// Checks that `expected` is a subset of `actual`; the error names the first mismatching path.
pub fn subset(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let p = format!("{path}.{k}");
                match a.get(k) {
                    Some(av) => subset(ev, av, &p)?,
                    None if ev.is_null() => {}
                    None => return Err(format!("{p}: missing, expected {ev}")),
                }
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!("{path}: expected {} elements, got {}: {actual}", e.len(), a.len()));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                subset(ev, av, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        (Value::Number(_), Value::Number(_)) => {
            if as_decimal(expected) == as_decimal(actual) {
                Ok(())
            } else {
                Err(format!("{path}: expected {expected}, got {actual}"))
            }
        }
        _ if expected == actual => Ok(()),
        _ => Err(format!("{path}: expected {expected}, got {actual}")),
    }
}

/// Checks the problems a failing case must report.
pub fn check_problems(fixture: &Fixture, problems: &[Problem]) -> Result<(), String> {
    let expected = fixture.json["expectProblems"].as_array().cloned().unwrap_or_default();
    let shown = || serde_json::to_string_pretty(problems).unwrap_or_default();
    for e in &expected {
        let found = problems.iter().any(|p| {
            e["code"].as_str() == Some(p.code.as_str())
                && e["path"].as_str().is_none_or(|path| path == p.path)
                && e["severity"].as_str().is_none_or(|s| {
                    serde_json::to_value(p.severity)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .as_deref()
                        == Some(s)
                })
                && e["messageContains"].as_str().is_none_or(|m| p.message.contains(m))
                && e["messageZhContains"].as_str().is_none_or(|m| p.message_zh.contains(m))
        });
        if !found {
            return Err(format!("expected problem {e} not reported; got {}", shown()));
        }
    }
    if fixture.json["exhaustive"].as_bool() == Some(true) {
        for p in problems.iter().filter(|p| p.severity == kaoping_core::Severity::Error) {
            let listed = expected.iter().any(|e| {
                e["code"].as_str() == Some(p.code.as_str())
                    && e["path"].as_str().is_none_or(|path| path == p.path)
            });
            if !listed {
                return Err(format!("unexpected error {p}; got {}", shown()));
            }
        }
    }
    Ok(())
}

/// Runs every fixture of a kind through `run` and checks it; panics listing every failure.
pub fn run_all(kind: &str, min_count: usize, run: impl Fn(&Fixture) -> Result<Value, Problems>) {
    let fixtures = load(kind);
    assert!(
        fixtures.len() >= min_count,
        "{kind}: {} fixtures, expected at least {min_count}",
        fixtures.len()
    );
    let mut failures = Vec::new();
    for f in &fixtures {
        let outcome = run(f);
        let result = match (f.json.get("expect"), outcome) {
            (Some(expect), Ok(actual)) => subset(expect, &actual, ""),
            (Some(_), Err(p)) => Err(format!("expected a result, got problems: {p}")),
            (None, Err(p)) => check_problems(f, &p.0),
            (None, Ok(actual)) => Err(format!("expected problems, got a result: {actual}")),
        };
        if let Err(e) = result {
            failures.push(format!("{}: {e}", f.name()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} {kind} fixtures failed:\n{}",
        failures.len(),
        fixtures.len(),
        failures.join("\n")
    );
}

/// An engine for every built-in scheme, the benchmark task (`bench/task-scheme.json`) and every
/// valid scheme of the assess fixtures, named: the schemes the plan-based paths are held to the
/// general path on.
pub fn plannable_engines() -> Vec<(String, kaoping_core::Engine)> {
    use kaoping_core::model::scheme::RoundingStage;
    use kaoping_core::{api::builtin, Engine, Scheme};
    let mut out = Vec::new();
    for id in builtin::scheme_ids() {
        out.push((id.to_string(), Engine::new(builtin::scheme(id).unwrap()).unwrap()));
    }
    let task = std::fs::read_to_string(root().join("../../bench/task-scheme.json"));
    out.push(("bench task".into(), Engine::from_json(&task.unwrap()).unwrap()));
    for f in load("assess") {
        let s = &f.input()["scheme"];
        if s.is_object() {
            if let Ok(scheme) = serde_json::from_value::<Scheme>(s.clone()) {
                if let Ok(engine) = Engine::new(scheme) {
                    out.push((f.name(), engine));
                }
            }
        }
    }
    // every scheme again with the other rounding stage: the plan follows it or declines
    let mut flipped = Vec::new();
    for (name, engine) in &out {
        let mut scheme = engine.scheme().clone();
        scheme.rounding_stage = match scheme.rounding_stage {
            RoundingStage::Lines => RoundingStage::Total,
            RoundingStage::Total => RoundingStage::Lines,
        };
        if let Ok(engine) = Engine::new(scheme) {
            flipped.push((format!("{name} (other rounding stage)"), engine));
        }
    }
    out.extend(flipped);
    out
}

/// A small seeded generator (xorshift64*): the same random cases on every run.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// In `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// In `0..100`.
    pub fn pct(&mut self) -> u64 {
        self.below(100)
    }

    /// Uniform in the range (`lo..hi` or `lo..=hi`).
    pub fn gen_range<T: TryFrom<i128> + Into<i128> + Copy>(&mut self, r: impl std::ops::RangeBounds<T>) -> T {
        use std::ops::Bound::*;
        let lo: i128 = match r.start_bound() {
            Included(v) => (*v).into(),
            Excluded(v) => (*v).into() + 1,
            Unbounded => unreachable!(),
        };
        let hi: i128 = match r.end_bound() {
            Included(v) => (*v).into() + 1,
            Excluded(v) => (*v).into(),
            Unbounded => unreachable!(),
        };
        let span = (hi - lo) as u128;
        let v = lo + ((u128::from(self.next()) << 64 | u128::from(self.next())) % span) as i128;
        T::try_from(v).ok().unwrap()
    }
}
