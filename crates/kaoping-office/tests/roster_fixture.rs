//! The committed fixture roster is what `make-roster` writes, and it reads back as three
//! officers under the roster template's columns.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code

#[path = "../examples/roster/mod.rs"]
mod roster;

use kaoping_core::api::table::import::{plan_import, ImportBy};
use kaoping_core::api::table::mapping::propose;
use kaoping_core::api::table::Cell;

fn committed() -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(roster::PATH);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_committed_roster_is_reproducible() {
    assert!(
        roster::bytes().unwrap() == committed(),
        "tests/fixtures/roster.xlsx differs: run `cargo run -p kaoping-office --example make-roster`"
    );
}

#[test]
fn the_roster_maps_every_column_onto_the_scheme() {
    let sheets = kaoping_office::read_sheets("roster.xlsx", &committed()).unwrap();
    let scheme = kaoping_core::api::builtin::scheme("court-judge").unwrap();
    let p = propose(&scheme, &sheets[0], &[]).unwrap();
    assert_eq!(p.header, 1);
    assert!(p.mapping.iter().all(Option::is_some), "{:?}", p.titles);
    assert_eq!(sheets[0].rows.len(), 5);
    assert_eq!(sheets[0].rows[2][0], Cell::Text("J-101".into()));
    // and imports cleanly: three officers added in one event
    let session =
        kaoping_core::api::session::Session::from_init_json(r#"{"scheme": "court-judge"}"#).unwrap();
    let by = ImportBy {
        at: kaoping_core::api::session::Timestamp::parse("2026-12-02T09:00").unwrap(),
        actor: kaoping_core::api::session::Actor::user("书记员"),
        reason: None,
    };
    let plan = plan_import(&session, &sheets[0], p.header, &p.mapping, &by).unwrap();
    assert_eq!((plan.added, plan.updated, plan.events.len()), (3, 0, 1));
}
