//! The single call's fast path against the general path: seeded random dossiers (mostly valid,
//! some hostile) for every scheme the plan covers (the built-in schemes, the benchmark task, the
//! assess fixtures' schemes) are read as JSON and assessed (`Score::from(assess)`), and written
//! into the flat layout the way the npm package's glue writes them (`encode` below translates
//! only: it refuses what is not of the plain shape, as the glue does). Whenever the fast path
//! answers, its score equals the general one; it declines exactly when the general path errors.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_types,
    clippy::disallowed_methods
)] // test harness code

mod common;

use common::Rng;
use kaoping_core::fast::flat::{at, field, FlatLayout, FlatScratch};
use kaoping_core::model::scheme::InputKind;
use kaoping_core::{Dossier, Engine};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

fn engines() -> Vec<(String, Engine)> {
    common::plannable_engines()
}

/// The glue's translation (pkg/fast.js), in Rust: `None` when the dossier is not of the plain
/// shape (then the package takes the general path).
fn encode(layout: &FlatLayout, d: &Value) -> Option<(Vec<f64>, Vec<u8>)> {
    let inputs: HashMap<&str, usize> =
        layout.inputs.iter().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
    let items: HashMap<&str, usize> = layout.items.iter().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
    let mut f = vec![0.0; layout.numbers];
    let mut b = vec![0_u8; layout.bytes];
    let mut used = 0;
    let mut ascii = |s: &str, b: &mut Vec<u8>| -> Option<(usize, usize)> {
        if !s.is_ascii() || used + s.len() > b.len() {
            return None;
        }
        b[used..used + s.len()].copy_from_slice(s.as_bytes());
        used += s.len();
        Some((used - s.len(), s.len()))
    };
    let units = |s: &str| s.encode_utf16().count() as f64;
    let number = |v: &Value| v.as_f64();
    let d = d.as_object()?;
    for i in 0..layout.inputs.len() {
        f[at::VALUES + i] = f64::NAN;
    }
    let mut text = 0.0_f64;
    let mut occurrences: &[Value] = &[];
    f[at::CASE_REVIEW] = 0.0;
    let mut officer = None;
    for (k, v) in d {
        match k.as_str() {
            "officer" => officer = Some(v.as_object()?),
            "inputs" => {
                for (key, value) in v.as_object()? {
                    f[at::VALUES + inputs.get(key.as_str())?] = number(value)?;
                }
            }
            "occurrences" => occurrences = v.as_array()?,
            "caseReview" => {
                f[at::CASE_REVIEW] = 1.0;
                for i in 1..5 {
                    f[at::CASE_REVIEW + i] = f64::NAN;
                }
                for (key, value) in v.as_object()? {
                    let i = ["excellent", "pass", "flawed", "error"].iter().position(|n| n == key)?;
                    f[at::CASE_REVIEW + 1 + i] = number(value)?;
                }
            }
            "period" => text = text.max(units(v.as_str()?)),
            "synthetic" => {
                v.as_bool()?;
            }
            _ => return None,
        }
    }
    let officer = officer?;
    let mut id = None;
    let mut name = None;
    for (k, v) in officer {
        match k.as_str() {
            "id" => id = Some(v.as_str()?),
            "name" => name = Some(units(v.as_str()?)),
            "unit" => text = text.max(units(v.as_str()?)),
            _ => return None,
        }
    }
    let (_, len) = ascii(id?, &mut b)?;
    f[at::OFFICER_ID] = len as f64;
    f[at::NAME] = name?;
    f[at::TEXT] = text;
    if occurrences.len() > layout.max_occurrences {
        return None;
    }
    f[at::OCCURRENCES] = occurrences.len() as f64;
    for (n, o) in occurrences.iter().enumerate() {
        let r = layout.records + n * layout.stride;
        f[r + field::COUNT] = f64::NAN;
        f[r + field::REF] = -1.0;
        f[r + field::NOTE] = -1.0;
        let (mut has_id, mut has_item, mut has_date) = (false, false, false);
        for (k, v) in o.as_object()? {
            match k.as_str() {
                "id" => {
                    let (start, len) = ascii(v.as_str()?, &mut b)?;
                    f[r + field::ID_START] = start as f64;
                    f[r + field::ID_LEN] = len as f64;
                    has_id = true;
                }
                "item" => {
                    f[r + field::ITEM] = *items.get(v.as_str()?)? as f64;
                    has_item = true;
                }
                "date" => {
                    let s = v.as_str()?.as_bytes();
                    let digits = |r: std::ops::Range<usize>| -> Option<f64> {
                        s[r].iter()
                            .try_fold(0.0, |n, &c| c.is_ascii_digit().then(|| n * 10.0 + f64::from(c - b'0')))
                    };
                    if s.len() != 10 || s[4] != b'-' || s[7] != b'-' {
                        return None;
                    }
                    f[r + field::YEAR] = digits(0..4)?;
                    f[r + field::MONTH] = digits(5..7)?;
                    f[r + field::DAY] = digits(8..10)?;
                    has_date = true;
                }
                "count" => f[r + field::COUNT] = number(v)?,
                "ref" => f[r + field::REF] = units(v.as_str()?),
                "note" => f[r + field::NOTE] = units(v.as_str()?),
                _ => return None,
            }
        }
        if !(has_id && has_item && has_date) {
            return None;
        }
    }
    Some((f, b))
}

fn value(rng: &mut Rng, kind: InputKind) -> Value {
    let r = rng.below(1000);
    match r {
        0..=4 => json!(-1),
        5..=9 => json!(2.5),
        10..=12 => json!(1.0e13),
        13..=15 => json!(0.1234567),
        16..=18 => json!(1_000_000_000.5),
        19..=20 => json!("12"),
        21..=22 => Value::Null,
        23..=25 => json!(100.000001),
        26..=27 => json!(-0.0),
        _ => match kind {
            InputKind::Count => json!(rng.below(2000)),
            InputKind::Percent => json!(rng.below(10_001) as f64 / 100.0),
            InputKind::Number => json!((rng.below(500_000) as f64 - 50_000.0) / 1000.0),
        },
    }
}

fn dossier(rng: &mut Rng, engine: &Engine, layout: &FlatLayout, n: usize) -> Value {
    let scheme = engine.scheme();
    let mut inputs = Map::new();
    for def in &scheme.inputs {
        if rng.below(100) >= 2 {
            inputs.insert(def.key.as_str().to_owned(), value(rng, def.kind));
        }
    }
    if rng.below(200) == 0 {
        inputs.insert("noSuchInput".into(), json!(1));
    }
    let officer_id = match rng.below(200) {
        0 => "bad id".to_owned(),
        1 => String::new(),
        2 => "x".repeat(65),
        3 => "J-é".to_owned(),
        _ => format!("R-{n}"),
    };
    let name = match rng.below(200) {
        0 => "长".repeat(2001),
        // 2000 characters in 2001 UTF-16 units: the glue's length is only an upper bound, so the
        // fast path declines and the general path counts exactly
        1 => "x".repeat(1999) + "😀",
        2 => "x".repeat(1998) + "😀",
        _ => format!("随机{n}"),
    };
    let mut officer = json!({ "id": officer_id, "name": name });
    if rng.pct() < 30 {
        officer["unit"] = json!("测试庭");
    }
    let year = &scheme.period.start.to_string()[..4];
    let lists = scheme.bonuses.items.len() + scheme.deductions.items.len();
    let mut occurrences = Vec::new();
    let k = if layout.items.is_empty() { 0 } else { rng.below(7) };
    for i in 0..k {
        let item = match rng.below(100) {
            0 => "ZZZ".to_owned(),
            r if r < 8 || layout.items.len() == lists || lists == 0 => {
                layout.items[rng.below(layout.items.len() as u64) as usize].clone()
            }
            _ => layout.items[rng.below(lists as u64) as usize].clone(),
        };
        let id = match rng.below(100) {
            0 if i > 0 => "o0".to_owned(),
            1 => "bad id".to_owned(),
            _ => format!("o{i}"),
        };
        let date = match rng.below(100) {
            0 => format!("{year}-02-30"),
            1 => format!("{year}-13-01"),
            2 => format!("{year}-1-5"),
            _ => format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
        };
        let mut o = json!({ "id": id, "item": item, "date": date });
        match rng.below(100) {
            0 => o["count"] = json!(0),
            1 => o["count"] = json!(100_001),
            2 => o["count"] = json!(2.5),
            3 => o["count"] = json!(-1),
            r if r < 50 => o["count"] = json!(1 + rng.below(4)),
            _ => {}
        }
        match rng.below(100) {
            0 => o["note"] = json!("x".repeat(2001)),
            r if r < 30 => o["ref"] = json!(format!("（{year}）随机{n}-{i}号")),
            _ => {}
        }
        occurrences.push(o);
    }
    if rng.below(10) == 0 && !layout.items.is_empty() {
        // many occurrences of one item
        for i in 0..(5 + rng.below(40)) {
            occurrences.push(
                json!({ "id": format!("m{i}"), "item": layout.items[0], "date": format!("{year}-06-30") }),
            );
        }
    }
    let mut d = json!({ "officer": officer, "inputs": inputs });
    if !occurrences.is_empty() || rng.pct() < 50 {
        d["occurrences"] = json!(occurrences);
    }
    if rng.pct() < 60 {
        let mut cr = Map::new();
        for key in ["excellent", "pass", "flawed", "error"] {
            match rng.below(100) {
                0 => {
                    cr.insert(key.into(), json!(100_001));
                }
                r if r < 15 => {}
                _ => {
                    cr.insert(key.into(), json!(rng.below(12)));
                }
            }
        }
        d["caseReview"] = Value::Object(cr);
    }
    if rng.pct() < 10 {
        d["period"] = json!("2026年度");
    }
    if rng.pct() < 5 {
        d["synthetic"] = json!(true);
    }
    if rng.below(200) == 0 {
        d["extra"] = json!(1);
    }
    d
}

#[test]
fn the_fast_path_equals_the_general_path_on_random_dossiers() {
    let rng = &mut Rng(20_261_126);
    let (mut same, mut declined, mut not_plain, mut schemes, mut conservative) = (0, 0, 0, 0, 0);
    for (name, engine) in engines() {
        let Some(layout) = engine.flat_layout() else { continue };
        schemes += 1;
        let mut scratch = FlatScratch::default();
        for n in 0..300 {
            let d = dossier(rng, &engine, &layout, n);
            let text = serde_json::to_string(&d).unwrap();
            let general = Dossier::from_json(&text).and_then(|dossier| engine.score(&dossier));
            let Some((mut numbers, bytes)) = encode(&layout, &d) else {
                not_plain += 1;
                continue;
            };
            let fast = engine.score_flat(&numbers, &bytes, &mut scratch);
            match (fast, general) {
                (Some(p), Ok(s)) => {
                    let officer = d["officer"]["id"].as_str().unwrap().into();
                    assert_eq!(engine.score_of(officer, &p).as_ref(), Some(&s), "{name} #{n}: {text}");
                    kaoping_core::fast::flat::write_answer(&p, &mut numbers).unwrap();
                    assert_eq!(numbers[0], s.total.to_f64());
                    same += 1;
                }
                (None, Err(_)) => declined += 1,
                (None, Ok(_)) if text.contains(&("x".repeat(1999) + "😀")) => conservative += 1,
                (p, g) => panic!("{name} #{n}: fast {p:?}, general {g:?}\n{text}"),
            }
        }
    }
    eprintln!(
        "{schemes} schemes: {same} scores equal, {declined} declined with the general path's errors, \
         {not_plain} not plain, {conservative} declined on a text length bound"
    );
    assert!(schemes >= 20, "{schemes} schemes");
    assert!(same > 2_000 && declined > 500 && not_plain > 50, "{same} / {declined} / {not_plain}");
}

#[test]
fn numbers_the_json_reader_would_refuse_are_declined() {
    let task = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/task-scheme.json"));
    let engine = Engine::from_json(&task.unwrap()).unwrap();
    let layout = engine.flat_layout().unwrap();
    let mut d = json!({ "officer": { "id": "B-1", "name": "x" }, "inputs": {}, "occurrences": [
        { "id": "o1", "item": layout.items[0], "date": "2026-06-30", "count": 2 } ] });
    for k in &layout.inputs {
        d["inputs"][k] = json!(50);
    }
    let mut scratch = FlatScratch::default();
    let (numbers, bytes) = encode(&layout, &d).unwrap();
    let planned = engine.score_flat(&numbers, &bytes, &mut scratch).expect("a plain valid dossier is scored");
    let text = serde_json::to_string(&d).unwrap();
    let general = engine.score(&Dossier::from_json(&text).unwrap()).unwrap();
    assert_eq!(engine.score_of("B-1".into(), &planned), Some(general));
    let r = layout.records;
    // what JSON cannot carry, or the reader refuses: each one declines
    for (at, v) in [
        (at::VALUES, f64::INFINITY),
        (at::VALUES, 1e13),
        (at::VALUES, 1e9 + 0.5),
        (at::OFFICER_ID, 100_000.0),
        (at::OFFICER_ID, 1.5),
        (at::NAME, -1.0),
        (at::TEXT, 1e6),
        (at::CASE_REVIEW, 2.0),
        (at::OCCURRENCES, 2.0),
        (at::OCCURRENCES, 1e9),
        (r + field::COUNT, 2.5),
        (r + field::COUNT, -1.0),
        (r + field::COUNT, 4_294_967_296.0),
        (r + field::ITEM, 99.0),
        (r + field::MONTH, 2.0),
        (r + field::DAY, 0.0),
        (r + field::YEAR, 65_536.0 + 2026.0),
        (r + field::ID_LEN, 1e9),
        (r + field::REF, -2.0),
    ] {
        let mut bad = numbers.clone();
        bad[at] = v;
        if at == r + field::MONTH {
            bad[r + field::DAY] = 30.0;
        }
        assert_eq!(engine.score_flat(&bad, &bytes, &mut scratch), None, "{at} = {v}");
    }
    let mut bad = bytes.clone();
    bad[0] = 0xff;
    assert_eq!(engine.score_flat(&numbers, &bad, &mut scratch), None, "not UTF-8");
    // the same buffers still score after the refusals
    assert_eq!(engine.score_flat(&numbers, &bytes, &mut scratch), Some(planned));
}
