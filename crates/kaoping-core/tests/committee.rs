//! Committee, cohort, audit and preview behaviour beyond the fixtures: tolerance decisions in a
//! cohort, sealing into the audit trail, order independence under many shuffles, fixture
//! coverage of every code, aggregation, rounding and tampering kind, and the 100k timing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_types,
    clippy::disallowed_methods
)] // test harness code

mod common;

use kaoping_core::rules::audit::{AuditEvent, AuditLog};
use kaoping_core::rules::cohort::{assess_cohort, CohortInput, CohortOptions};
use kaoping_core::rules::tolerance::{self, evaluate_tolerance, Incident};
use kaoping_core::{api::builtin, Code, Date, Decimal, Dossier, Engine};
use serde_json::json;
use std::collections::BTreeSet;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn court() -> (Engine, Vec<Dossier>) {
    let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
    let dossiers = builtin::demo_entries()
        .into_iter()
        .filter(|e| e.scheme == "court-judge")
        .map(|e| e.dossier)
        .collect();
    (engine, dossiers)
}

fn exempt_occ2() -> tolerance::Decision {
    let policy = tolerance::policy("tolerance-default").unwrap();
    let incident: Incident = serde_json::from_value(json!({
        "id": "INC-1", "officer": "J-001", "date": "2026-08-03", "description": "超审限结案",
        "kind": "overdue-closure", "responsibility": "qualityFlaw",
        "preconditions": { "PC01": true, "PC02": true, "PC03": true, "PC04": true, "PC05": true },
        "facts": [{ "item": "TP03", "evidence": ["E-1"] }], "linked": ["occ-2"],
        "correction": { "actions": ["补正"], "deadline": "2026-10-31", "completed": "2026-09-01" }
    }))
    .unwrap();
    evaluate_tolerance(&policy, &incident, &[], d("2026-12-31")).unwrap()
}

#[test]
fn tolerance_decisions_apply_to_their_officer_in_a_cohort() {
    let (engine, dossiers) = court();
    let decision = exempt_occ2();
    let plain = CohortInput { dossiers: dossiers.clone(), ..Default::default() };
    let with =
        CohortInput { dossiers: dossiers.clone(), decisions: vec![decision.clone()], ..Default::default() };
    let options = CohortOptions::default();
    let a = assess_cohort(&engine, &plain, &options).unwrap();
    let b = assess_cohort(&engine, &with, &options).unwrap();
    let j1 = |r: &kaoping_core::rules::cohort::CohortResult| r.entry(&"J-001".into()).unwrap().clone();
    // occ-2 is N03 × 2 = 4 points
    assert_eq!(j1(&a).total.checked_add(Decimal::from_count(4).unwrap()), Some(j1(&b).total));
    assert!(j1(&b).flags.tolerance);
    // the same figure as assessing the officer alone with the decision
    let dossier = dossiers.iter().find(|x| x.officer.id.as_str() == "J-001").unwrap();
    let alone = engine
        .assess_with_tolerance(
            dossier,
            std::slice::from_ref(&decision),
            &kaoping_core::AssessOptions::default(),
        )
        .unwrap();
    assert_eq!(alone.total, j1(&b).total);
    // the other officers are untouched
    for e in &a.officers {
        if e.officer.id.as_str() != "J-001" {
            assert_eq!(Some(e.total), b.entry(&e.officer.id).map(|x| x.total));
        }
    }
    assert_ne!(a.inputs.as_ref().unwrap().waivers, b.inputs.as_ref().unwrap().waivers);

    let mut stranger = decision;
    stranger.officer = "J-999".into();
    let bad = CohortInput { dossiers, decisions: vec![stranger], ..Default::default() };
    let p = assess_cohort(&engine, &bad, &options).unwrap_err();
    assert!(p.0.iter().any(|p| p.code == Code::UnknownRef && p.path == "decisions[0].officer"), "{p}");
}

#[test]
fn a_sealed_result_is_chained_with_its_input_fingerprints() {
    let (engine, dossiers) = court();
    let input = CohortInput { dossiers: dossiers.clone(), ..Default::default() };
    let result = assess_cohort(&engine, &input, &CohortOptions::default()).unwrap();
    let mut log = AuditLog::new();
    log.append(d("2026-12-20"), "R01", AuditEvent::SignOff { rater: "R01".into(), sheet: "s".into() });
    assert!(log.seal(&result, d("2026-12-28"), "R01"));
    assert!(log.verify().ok);
    let last = log.entries.last().unwrap();
    match &last.event {
        AuditEvent::ResultSealed { result: fp, inputs } => {
            assert_eq!(Some(fp), result.fingerprint.as_ref());
            assert_eq!(Some(inputs), result.inputs.as_ref());
            assert_eq!(inputs.scheme, engine.scheme_fingerprint());
        }
        other => panic!("{other:?}"),
    }
    // one quotaApplied per quota, naming the officers it moved
    let quota_events =
        log.entries.iter().filter(|e| matches!(e.event, AuditEvent::QuotaApplied { .. })).count();
    assert_eq!(quota_events, result.quotas.len());
    // a changed input changes its fingerprint, and the result's
    let mut changed = dossiers;
    changed[0].inputs.insert("avgDays".into(), Decimal::from_count(99).unwrap());
    let other = assess_cohort(
        &engine,
        &CohortInput { dossiers: changed, ..Default::default() },
        &CohortOptions::default(),
    )
    .unwrap();
    assert_ne!(other.inputs.as_ref().unwrap().dossiers, result.inputs.as_ref().unwrap().dossiers);
    assert_eq!(other.inputs.as_ref().unwrap().scheme, result.inputs.as_ref().unwrap().scheme);
    assert_ne!(other.fingerprint, result.fingerprint);
    // a result without fingerprints cannot be sealed
    let bare =
        assess_cohort(&engine, &input, &CohortOptions { fingerprint: false, ..CohortOptions::default() })
            .unwrap();
    assert!(!log.clone().seal(&bare, d("2026-12-28"), "R01"));
}

/// A small deterministic generator (no clock, no platform randomness).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[test]
fn cohort_result_is_independent_of_input_order_under_shuffles() {
    // the prosecutor demo: committee ratings, a recusal, a missing rating, vetoes, quotas
    let engine = Engine::new(builtin::scheme("procuratorate-prosecutor").unwrap()).unwrap();
    let dossiers: Vec<Dossier> = builtin::demo_entries()
        .into_iter()
        .filter(|e| e.scheme == "procuratorate-prosecutor")
        .map(|e| e.dossier)
        .collect();
    let input = builtin::demo_cohort_input(engine.scheme(), dossiers);
    assert!(!input.sheets.is_empty(), "the demo committee has sheets for the prosecutor scheme");
    let options = CohortOptions::default();
    let reference = assess_cohort(&engine, &input, &options).unwrap();
    let mut rng = Lcg(20_261_231);
    for _ in 0..25 {
        let mut shuffled = input.clone();
        rng.shuffle(&mut shuffled.dossiers);
        rng.shuffle(&mut shuffled.sheets);
        for s in &mut shuffled.sheets {
            rng.shuffle(&mut s.ratings);
        }
        if let Some(c) = &mut shuffled.committee {
            rng.shuffle(&mut c.members);
        }
        let r = assess_cohort(&engine, &shuffled, &options).unwrap();
        assert_eq!(r.officers, reference.officers);
        assert_eq!(r.changes, reference.changes);
        assert_eq!(r.quotas, reference.quotas);
        assert_eq!(r.fingerprint, reference.fingerprint);
    }
}

fn strings_at(v: &serde_json::Value, key: &str, into: &mut BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                if k == key {
                    if let Some(s) = x.as_str() {
                        into.insert(s.to_owned());
                    }
                }
                strings_at(x, key, into);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings_at(x, key, into)),
        _ => {}
    }
}

#[test]
fn fixtures_cover_every_committee_code_aggregation_rounding_and_tampering() {
    let mut codes = BTreeSet::new();
    let mut aggregations = BTreeSet::new();
    let mut roundings = BTreeSet::new();
    for kind in ["cohort", "preview"] {
        for f in common::load(kind) {
            strings_at(&f.json["expectProblems"], "code", &mut codes);
            strings_at(&f.json["expect"]["warnings"], "code", &mut codes);
            strings_at(&f.json["input"]["scheme"], "aggregation", &mut aggregations);
            strings_at(&f.json["input"]["scheme"], "fallback", &mut aggregations);
            strings_at(&f.json["input"]["scheme"], "rounding", &mut roundings);
        }
    }
    for code in [
        "E_RECUSED",
        "E_TOO_FEW_RATINGS",
        "E_NOT_A_MEMBER",
        "E_NOT_RATED",
        "W_INCOMPLETE_RATINGS",
        "W_UNSIGNED_SHEET",
        "E_OBJECTION_LATE",
    ] {
        assert!(Code::from_text(code).is_some());
        assert!(codes.contains(code), "no fixture reports {code}");
    }
    for a in ["mean", "median", "trimmedMean"] {
        assert!(aggregations.contains(a), "no fixture uses {a}");
    }
    for r in ["floor", "nearest", "ceil"] {
        assert!(roundings.contains(r), "no fixture uses quota rounding {r}");
    }
    let mut kinds = BTreeSet::new();
    for f in common::load("audit") {
        strings_at(&f.json["expect"]["firstBad"], "kind", &mut kinds);
    }
    for k in ["edited", "dropped", "inserted", "reordered"] {
        assert!(kinds.contains(k), "no audit fixture detects {k}");
    }
}

/// A synthetic cohort of `n` officers for the court scheme: inputs spread deterministically.
pub fn synthetic_court_cohort(n: usize) -> Vec<Dossier> {
    let template = builtin::demo_cohort().into_iter().find(|x| x.officer.id.as_str() == "J-001").unwrap();
    let mut rng = Lcg(7);
    (0..n)
        .map(|i| {
            let mut x = template.clone();
            x.officer.id = format!("X-{i:06}").as_str().into();
            x.officer.name = format!("干警{i}");
            let r = |rng: &mut Lcg, lo: u64, span: u64| Decimal::from_count(lo + rng.next() % span).unwrap();
            x.inputs.insert("avgDays".into(), r(&mut rng, 40, 120));
            x.inputs.insert("mediationRate".into(), r(&mut rng, 10, 60));
            x.inputs.insert("satisfaction".into(), r(&mut rng, 55, 45));
            x.inputs.insert("closedInTime".into(), r(&mut rng, 150, 51));
            x
        })
        .collect()
}

/// CPU time of this process so far (user + system), in milliseconds, from /proc (Linux).
fn cpu_ms() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks * 10) // USER_HZ is 100 on Linux
}

#[test]
#[ignore = "timing: run with `make perf-cohort` (release build)"]
fn cohort_of_100k_officers_timing() {
    let (engine, _) = court();
    let input = CohortInput { dossiers: synthetic_court_cohort(100_000), ..Default::default() };
    let quiet = CohortOptions { trace: false, fingerprint: false, details: false, ..Default::default() };
    for (label, options) in [
        ("ranked table only (no trace, no fingerprints, no per-officer detail)", quiet),
        ("with fingerprints (sealable)", CohortOptions { fingerprint: true, ..quiet }),
        ("with every officer's full assessment", CohortOptions { details: true, ..quiet }),
        ("everything (explanations, fingerprints, details)", CohortOptions::default()),
    ] {
        let cpu = cpu_ms();
        let start = std::time::Instant::now();
        let result = assess_cohort(&engine, &input, &options).unwrap();
        let elapsed = start.elapsed();
        let cpu = cpu.zip(cpu_ms()).map_or(0, |(a, b)| b - a);
        assert_eq!(result.size, 100_000);
        assert_eq!(result.officers.len(), 100_000);
        println!("assess_cohort, 100,000 officers, {label}: {} ms wall, {cpu} ms CPU", elapsed.as_millis());
        drop(result);
    }
}
