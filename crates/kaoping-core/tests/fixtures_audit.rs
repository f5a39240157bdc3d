//! Runs the shared `tests/fixtures/audit/` cases: build a log from `events`, take the anchor
//! if asked, apply the `tamper` operations (format in tests/fixtures/README.md), verify.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code
mod common;

use kaoping_core::rules::audit::{AuditEntry, AuditEvent, AuditLog, GENESIS};
use kaoping_core::Date;
use serde_json::Value;

fn date(v: &Value) -> Date {
    Date::parse(v.as_str().unwrap()).unwrap()
}

fn event(v: &Value) -> AuditEvent {
    serde_json::from_value(v.clone()).unwrap()
}

fn tamper(log: &mut AuditLog, op: &Value) {
    let index = |k: &str| op[k].as_u64().unwrap() as usize;
    match op["op"].as_str().unwrap() {
        "edit" => {
            let e = &mut log.entries[index("index")];
            let value = &op["value"];
            match op["field"].as_str().unwrap() {
                "actor" => e.actor = value.as_str().unwrap().to_owned(),
                "at" => e.at = date(value),
                "seq" => e.seq = value.as_u64().unwrap(),
                "event" => e.event = event(value),
                other => panic!("unknown field {other}"),
            }
            if op["rehash"].as_bool() == Some(true) {
                e.hash = e.compute_hash();
            }
        }
        "drop" => {
            log.entries.remove(index("index"));
        }
        "insert" => {
            let i = index("index");
            let before = i.checked_sub(1).map(|p| &log.entries[p]);
            let entry = &op["entry"];
            let mut forged = AuditEntry {
                seq: before.map_or(1, |b| b.seq + 1),
                at: date(&entry["at"]),
                actor: entry["actor"].as_str().unwrap().to_owned(),
                event: event(&entry["event"]),
                prev: before.map_or(GENESIS.to_owned(), |b| b.hash.clone()),
                hash: String::new(),
            };
            forged.hash = forged.compute_hash();
            log.entries.insert(i, forged);
        }
        "swap" => log.entries.swap(index("index"), index("index") + 1),
        "move" => {
            let e = log.entries.remove(index("from"));
            log.entries.insert(index("to"), e);
        }
        "rehashAll" => {
            let mut prev = GENESIS.to_owned();
            for e in &mut log.entries {
                e.prev = prev;
                e.hash = e.compute_hash();
                prev = e.hash.clone();
            }
        }
        other => panic!("unknown op {other}"),
    }
}

#[test]
fn audit_fixtures() {
    common::run_all("audit", 15, |f| {
        let input = f.input();
        let mut log = AuditLog::new();
        for e in input["events"].as_array().unwrap() {
            log.append(date(&e["at"]), e["actor"].as_str().unwrap(), event(&e["event"]));
        }
        let anchor = log.anchor();
        for op in input["tamper"].as_array().unwrap() {
            tamper(&mut log, op);
        }
        let verdict =
            if input["anchor"].as_bool() == Some(true) { log.verify_against(&anchor) } else { log.verify() };
        Ok(serde_json::to_value(verdict).unwrap())
    });
}

#[test]
fn log_round_trips_through_json_and_stays_valid() {
    let mut log = AuditLog::new();
    let at = Date::parse("2026-12-20").unwrap();
    log.append(at, "R01", AuditEvent::SignOff { rater: "R01".into(), sheet: "x".into() });
    log.append(at, "R02", AuditEvent::SignOff { rater: "R02".into(), sheet: "y".into() });
    let text = serde_json::to_string(&log).unwrap();
    let back: AuditLog = serde_json::from_str(&text).unwrap();
    assert!(back.verify().ok);
    assert_eq!(back.entries[1].prev, back.entries[0].hash);
    assert_eq!(back.entries[0].prev, GENESIS);
}

#[test]
fn verify_json_reads_a_log_and_an_anchor() {
    let mut log = AuditLog::new();
    let at = Date::parse("2026-12-20").unwrap();
    let sheet: kaoping_core::rules::committee::ScoreSheet = serde_json::from_value(serde_json::json!({
        "rater": "R01", "submitted": "2026-12-20", "signOff": { "date": "2026-12-20" },
        "ratings": [{ "officer": "J-1", "indicator": "C1", "value": 80 }]
    }))
    .unwrap();
    log.append(at, "R01", AuditEvent::sheet_submitted(&sheet));
    log.append(at, "R01", AuditEvent::sign_off(&sheet));
    let anchor = log.anchor();
    let text = serde_json::to_string(&serde_json::json!({ "log": log, "anchor": anchor })).unwrap();
    let v = kaoping_core::api::audit::verify_json(&text).unwrap();
    assert!(v.ok && v.checked == 2);
    let mut cut = log.clone();
    cut.entries.pop();
    let text = serde_json::to_string(&serde_json::json!({ "log": cut, "anchor": anchor })).unwrap();
    let v = kaoping_core::api::audit::verify_json(&text).unwrap();
    assert_eq!(
        v.first_bad.map(|b| (b.index, b.kind)),
        Some((1, kaoping_core::rules::audit::TamperKind::Dropped))
    );
    let e = kaoping_core::api::audit::verify_json("{\"log\": {\"entries\": 3}}").unwrap_err();
    assert_eq!(e.0[0].code, kaoping_core::Code::Type);
}
