//! Audit trails: any text through `verify_json` never panics; a log built by appending any
//! events verifies; then one tamper operation chosen by the input (edit, drop, insert, swap,
//! truncate, rewrite-and-rehash) is always detected, by the chain or by the anchor.
#![no_main]
use kaoping_core::api::audit::verify_json;
use kaoping_core::rules::audit::{AuditEntry, AuditEvent, AuditLog, GENESIS};
use kaoping_core::Date;
use libfuzzer_sys::fuzz_target;

#[derive(kaoping_json::FromJson)]
struct Spec {
    events: Vec<EventSpec>,
}

#[derive(kaoping_json::FromJson)]
struct EventSpec {
    at: Date,
    actor: String,
    event: AuditEvent,
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = verify_json(text);
    let Ok(spec) = kaoping_core::base::json::from_json_str::<Spec>(text) else { return };
    if spec.events.is_empty() {
        return;
    }
    let mut log = AuditLog::new();
    for e in &spec.events {
        log.append(e.at, &e.actor, e.event.clone());
    }
    let anchor = log.anchor();
    assert!(log.verify().ok, "a log built by appending does not verify");
    assert!(log.verify_against(&anchor).ok);
    let n = log.entries.len();
    let pick = usize::from(data.iter().fold(0u8, |a, b| a.wrapping_add(*b)));
    let i = pick % n;
    let mut t = log.clone();
    match pick % 6 {
        0 => t.entries[i].actor.push('x'),
        1 => {
            t.entries.remove(i);
        }
        2 => {
            let before = i.checked_sub(1).map(|p| &log.entries[p]);
            let mut forged = AuditEntry {
                seq: before.map_or(1, |b| b.seq + 1),
                at: log.entries[i].at,
                actor: "forger".to_owned(),
                event: log.entries[i].event.clone(),
                prev: before.map_or(GENESIS.to_owned(), |b| b.hash.clone()),
                hash: String::new(),
            };
            forged.hash = forged.compute_hash();
            t.entries.insert(i, forged);
        }
        3 if n > 1 => t.entries.swap(i, (i + 1) % n),
        4 => t.entries.truncate(i),
        _ => {
            // rewrite an entry and every hash after it: consistent chain, caught by the anchor
            t.entries[i].actor.push('y');
            let mut prev = if i == 0 { GENESIS.to_owned() } else { t.entries[i - 1].hash.clone() };
            for e in t.entries.iter_mut().skip(i) {
                e.prev = prev.clone();
                e.hash = e.compute_hash();
                prev = e.hash.clone();
            }
        }
    }
    if t != log {
        assert!(!t.verify_against(&anchor).ok, "tampering (op {}) at {i} not detected", pick % 6);
    }
});
