//! Property tests of the assessment session over random event sequences (officers, members,
//! ratings, sign-offs and withdrawals, recusals, occurrences, incidents and decisions, seals,
//! publication; right and wrong actors, missing reasons, time going backwards): a refused event
//! never changes the session; replaying the log and restoring the snapshot give the same
//! fingerprint and table; every officer's detail and preview show the table's total.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::expect_used, clippy::panic)]

use kaoping_core::api::session::{Event, Session, SessionInit};
use kaoping_core::base::json::from_json_str;
use proptest::prelude::*;
use serde_json::{json, Value};

fn scheme() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/session/001-add-officer.json");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["input"]["init"]["scheme"].clone()
}

const OFFICERS: &[&str] = &["J-1", "J-2", "J-3"];
const MEMBERS: &[&str] = &["R1", "R2", "R3"];

/// One random operation: (kind, officer, member, number, flags).
#[derive(Clone, Debug)]
struct Op {
    kind: u8,
    officer: usize,
    member: usize,
    number: u32,
    own_actor: bool,
    reason: bool,
    back: bool,
}

fn op() -> impl Strategy<Value = Op> {
    (0u8..22, 0..OFFICERS.len(), 0..MEMBERS.len(), 0u32..=100, 0u8..4, any::<bool>(), 0u8..12).prop_map(
        |(kind, officer, member, number, own_actor, reason, back)| Op {
            kind,
            officer,
            member,
            number,
            own_actor: own_actor != 0,
            reason,
            back: back == 0,
        },
    )
}

fn incident(id: &str, officer: &str, date: &str, occ: &str) -> Value {
    json!({"id": id, "officer": officer, "date": date, "description": "超审限结案", "kind": "overdue-closure",
           "responsibility": "qualityFlaw",
           "preconditions": {"PC01": true, "PC02": true, "PC03": true, "PC04": true, "PC05": true},
           "facts": [{"item": "TP03", "evidence": ["停业公告"]}], "linked": [occ]})
}

/// The event of an operation at minute `minute`.
fn event(op: &Op, minute: u32) -> Event {
    let o = OFFICERS[op.officer];
    let r = MEMBERS[op.member];
    let occ = format!("occ-{o}-{}", op.number % 2);
    let inc = format!("INC-{o}-{}", op.number % 2);
    let change = match op.kind {
        0 | 1 => json!({"type": "addOfficer", "officer": {"id": o, "name": o}, "inputs": {"q": op.number}}),
        2 => json!({"type": "setInput", "officer": o, "key": "q", "value": op.number}),
        3 => {
            json!({"type": "addOccurrence", "officer": o, "occurrence": {"id": occ, "item": "N1", "date": "2026-05-01"}})
        }
        4 => json!({"type": "removeOccurrence", "officer": o, "occurrence": occ}),
        5 => json!({"type": "addMember", "member": {"id": r, "name": r, "role": "member"}}),
        6 => json!({"type": "removeMember", "member": r}),
        7 => json!({"type": "recuse", "member": r, "officer": o}),
        8 | 9 | 16 | 17 | 18 => {
            json!({"type": "rate", "member": r, "officer": o, "indicator": "C1", "value": op.number})
        }
        10 | 19 => json!({"type": "signSheet", "member": r}),
        11 => json!({"type": "withdrawSignOff", "member": r}),
        12 | 20 => json!({"type": "recordIncident", "incident": incident(&inc, o, "2026-06-01", &occ)}),
        13 => json!({"type": "decide", "incident": inc, "asOf": "2026-12-20"}),
        14 => json!({"type": "seal"}),
        15 => json!({"type": "publish"}),
        _ => json!({"type": "decide", "incident": inc}),
    };
    let actor = if op.own_actor {
        json!({"kind": "member", "id": r})
    } else {
        json!({"kind": "user", "id": "书记员"})
    };
    let minute = if op.back { minute.saturating_sub(5) } else { minute };
    let mut e = json!({"at": format!("2026-12-20T{:02}:{:02}", 8 + minute / 60, minute % 60), "actor": actor, "change": change});
    if op.reason {
        e["reason"] = json!("依程序更正");
    }
    from_json_str(&e.to_string()).unwrap()
}

fn check_end(session: &Session) -> Result<(), TestCaseError> {
    let replayed = Session::replay(session.init().clone(), session.log()).unwrap();
    prop_assert_eq!(replayed.fingerprint(), session.fingerprint());
    prop_assert_eq!(replayed.table(), session.table());
    let restored = Session::restore_json(&session.snapshot_json()).unwrap();
    prop_assert_eq!(restored.fingerprint(), session.fingerprint());
    prop_assert_eq!(restored.table(), session.table());
    for e in session.table().map(|t| t.officers.as_slice()).unwrap_or_default() {
        prop_assert_eq!(session.detail(&e.officer.id).unwrap().total, e.total);
        prop_assert_eq!(session.preview(&e.officer.id).unwrap().total, e.total);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn refused_events_change_nothing_and_replay_restores(ops in proptest::collection::vec(op(), 1..30)) {
        let init: SessionInit = from_json_str(&json!({"scheme": scheme()}).to_string()).unwrap();
        let mut session = Session::new(init).unwrap();
        // a roster and a committee to start from, so that most random events can apply
        let prelude: Vec<Event> = (0..OFFICERS.len()).map(|i| (0, i, 0, 70 + 10 * i as u32))
            .chain(MEMBERS.iter().enumerate().map(|(i, _)| (5, 0, i, 0)))
            .enumerate()
            .map(|(n, (kind, officer, member, number))| {
                event(&Op { kind, officer, member, number, own_actor: false, reason: false, back: false }, n as u32)
            })
            .collect();
        session.apply_all(prelude).unwrap();
        let mut applied = session.log().len() as u64;
        for (i, op) in ops.iter().enumerate() {
            let before = session.fingerprint();
            let table = session.table().cloned();
            match session.apply(event(op, 10 + u32::try_from(i).unwrap())) {
                Ok(diff) => {
                    applied += 1;
                    prop_assert_eq!(diff.seq, applied);
                }
                Err(p) => {
                    prop_assert!(p.has_errors());
                    prop_assert_eq!(&before, &session.fingerprint());
                    prop_assert_eq!(&table, &session.table().cloned());
                }
            }
        }
        prop_assert_eq!(session.log().len() as u64, applied);
        check_end(&session)?;
    }
}
