//! Shared set-up of the criterion benches: the benchmark task's scheme (bench/task-scheme.json,
//! the same scheme the Node benchmark runs) and seeded dossiers for it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use kaoping_core::{Dossier, Engine, Scheme};
use serde_json::{json, Map, Value};

/// The benchmark task's scheme text.
pub const TASK_SCHEME: &str = include_str!("../../../../bench/task-scheme.json");

/// The benchmark task's scheme.
pub fn scheme() -> Scheme {
    Scheme::from_json(TASK_SCHEME).unwrap()
}

/// The compiled engine of the task's scheme.
pub fn engine() -> Engine {
    Engine::new(scheme()).unwrap()
}

/// A small deterministic PRNG (xorshift64*), so every run assesses the same dossiers.
pub struct Rng(u64);

impl Rng {
    /// Seeded generator.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// Uniform in [0, 1).
    pub fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `n` seeded dossiers for the task's scheme: integer inputs concentrated toward the end of each
/// indicator that scores well (as bench/node/task.js does), list counts mostly 0 or 1.
pub fn dossiers(scheme: &Scheme, seed: u64, n: usize) -> Vec<Dossier> {
    let mut r = Rng::new(seed);
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let mut inputs = Map::new();
        for dim in &scheme.dimensions {
            for ind in &dim.indicators {
                let (key, points) = match (&ind.input, &ind.scoring) {
                    (
                        kaoping_core::model::scheme::InputSource::Value { key },
                        kaoping_core::model::scheme::ScoringFunction::Piecewise { points },
                    ) => (key, points),
                    _ => panic!("the bench task is piecewise on values"),
                };
                let f = |d: kaoping_core::Decimal| d.micros() as f64 / 1e6;
                let (first, last) = (points.first().unwrap(), points.last().unwrap());
                let margin = ((f(last.x) - f(first.x)) / 8.0).ceil();
                let good_high = last.y >= first.y;
                let (good, bad) = if good_high {
                    (f(last.x) + margin, f(first.x) - margin)
                } else {
                    (f(first.x) - margin, f(last.x) + margin)
                };
                let mut x = (good + (bad - good) * r.next().powf(2.2)).round().max(0.0);
                let percent = scheme.inputs.iter().any(|d| {
                    &d.key == key && matches!(d.kind, kaoping_core::model::scheme::InputKind::Percent)
                });
                if percent {
                    x = x.min(100.0);
                }
                inputs.insert(key.as_str().to_owned(), json!(x as i64));
            }
        }
        let mut occurrences = Vec::new();
        for item in scheme.bonuses.items.iter().chain(&scheme.deductions.items) {
            let u = r.next();
            let count = if u < 0.55 {
                0
            } else if u < 0.8 {
                1
            } else if u < 0.92 {
                2
            } else {
                3 + (r.next() * 4.0) as u32
            };
            if count > 0 {
                occurrences.push(json!({
                    "id": format!("o{}", item.id), "item": item.id, "date": "2026-06-30", "count": count
                }));
            }
        }
        let d: Value = json!({
            "officer": { "id": format!("B-{k:06}"), "name": format!("Officer {k}") },
            "inputs": inputs,
            "occurrences": occurrences,
        });
        out.push(serde_json::from_value(d).unwrap());
    }
    out
}
