//! The bulk load (`addOfficers`): all officers checked at once, none added when one is wrong,
//! the table computed once; and the same table as adding them one by one.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use kaoping_core::api::session::{Event, Session, SessionInit};
use kaoping_core::base::json::from_json_str;
use kaoping_core::Code;
use serde_json::{json, Value};

fn init() -> SessionInit {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/session/001-add-officer.json");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    from_json_str(&json!({"scheme": v["input"]["init"]["scheme"]}).to_string()).unwrap()
}

fn event(change: Value) -> Event {
    from_json_str(
        &json!({"at": "2026-12-20T09:00", "actor": {"kind": "user", "id": "书记员"}, "change": change})
            .to_string(),
    )
    .unwrap()
}

fn officer(id: &str, q: Value) -> Value {
    json!({"officer": {"id": id, "name": id}, "inputs": {"q": q}})
}

#[test]
fn a_wrong_officer_refuses_the_whole_load() {
    let mut s = Session::new(init()).unwrap();
    let before = s.fingerprint();
    let bad = event(
        json!({"type": "addOfficers", "officers": [officer("J-1", json!(80)), officer("J-1", json!(70)), officer("J-3", json!(101))]}),
    );
    let p = s.apply(bad).unwrap_err();
    let found: Vec<(Code, &str)> = p.0.iter().map(|x| (x.code, x.path.as_str())).collect();
    assert!(found.contains(&(Code::DuplicateId, "change.officers[1].officer.id")), "{found:?}");
    assert!(found.iter().any(|(_, path)| path.starts_with("change.officers[2].inputs.q")), "{found:?}");
    assert_eq!(s.fingerprint(), before);
    assert!(s.table().is_none());
}

#[test]
fn a_load_is_the_same_table_as_one_by_one() {
    let mut bulk = Session::new(init()).unwrap();
    let diff = bulk
        .apply(event(json!({"type": "addOfficers", "officers": [officer("J-2", json!(90)), officer("J-1", json!(60))]})))
        .unwrap();
    // both officers join: 0.6 × 90 = 54.00 ranks first, 0.6 × 60 = 36.00 second
    assert_eq!(diff.officers.len(), 2);
    let t = bulk.table().unwrap();
    assert_eq!(t.officers[0].officer.id.as_str(), "J-2");
    assert_eq!(t.officers[0].total.to_string(), "54");
    assert_eq!(t.officers[1].total.to_string(), "36");
    let mut single = Session::new(init()).unwrap();
    for (id, q) in [("J-2", 90), ("J-1", 60)] {
        single
            .apply(event(
                json!({"type": "addOfficer", "officer": {"id": id, "name": id}, "inputs": {"q": q}}),
            ))
            .unwrap();
    }
    assert_eq!(single.table(), bulk.table());
    // on top of an existing roster, an id already there is refused
    let again = bulk.apply(event(json!({"type": "addOfficers", "officers": [officer("J-1", json!(50))]})));
    assert_eq!(again.unwrap_err().0[0].code, Code::DuplicateId);
}
