//! Runs the shared `tests/fixtures/session/` cases (format in tests/fixtures/README.md): a
//! session is started from `input.init`, the `input.events` are applied one by one (or as one
//! batch with `"batch": true`), and the answers are matched against `expect`; an event that
//! does not read as an event is refused with the reader's problems. Every case also
//! checks the session's invariants: a refused event leaves the fingerprint unchanged; replaying
//! the log and restoring the snapshot give the same fingerprint and table; every officer's
//! detail and preview show the table's total and grade.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code
mod common;

use kaoping_core::api::session::{Event, Session, SessionInit};
use kaoping_core::base::json::from_json_str;
use kaoping_core::Problems;
use serde_json::{json, Value};

fn to_value<T: kaoping_json::ToJson + ?Sized>(v: &T) -> Value {
    serde_json::from_str(&kaoping_json::to_string(v)).unwrap()
}

fn problems(p: &Problems) -> Value {
    to_value(&p.0)
}

/// The invariants every case must keep at its end.
fn check_invariants(session: &Session) -> Result<(), String> {
    let replayed =
        Session::replay(session.init().clone(), session.log()).map_err(|p| format!("replay: {p}"))?;
    if replayed.fingerprint() != session.fingerprint() || replayed.table() != session.table() {
        return Err("replaying the log gave another session".into());
    }
    let restored = Session::restore_json(&session.snapshot_json()).map_err(|p| format!("restore: {p}"))?;
    if restored.fingerprint() != session.fingerprint() || restored.table() != session.table() {
        return Err("restoring the snapshot gave another session".into());
    }
    for entry in session.table().map(|t| t.officers.as_slice()).unwrap_or_default() {
        let id = &entry.officer.id;
        let detail = session.detail(id).map_err(|p| format!("detail {id}: {p}"))?;
        let preview = session.preview(id).map_err(|p| format!("preview {id}: {p}"))?;
        if detail.total != entry.total || preview.total != entry.total {
            return Err(format!(
                "{id}: table {} detail {} preview {}",
                entry.total, detail.total, preview.total
            ));
        }
        if preview.grade.as_ref().map(|g| &g.id) != entry.pre_quota_grade.as_ref().map(|g| &g.id) {
            return Err(format!("{id}: the preview's grade is not the table's"));
        }
    }
    Ok(())
}

fn run(f: &common::Fixture) -> Result<Value, Problems> {
    let input = f.input();
    let init: SessionInit = from_json_str(&input["init"].to_string())?;
    let mut session = Session::new(init)?;
    // an event that does not read as an `Event` (unknown change type, missing field) is
    // refused with the reader's problems, located in the event, like a refused change
    let events: Vec<Result<Event, Problems>> =
        input["events"].as_array().unwrap().iter().map(|e| from_json_str(&e.to_string())).collect();
    let mut out = json!({});
    if input["batch"].as_bool() == Some(true) {
        let before = session.fingerprint();
        let unread = events.iter().enumerate().find_map(|(i, e)| e.as_ref().err().map(|p| (i, p.clone())));
        let applied = match unread {
            Some((i, p)) => Err(p.under(&format!("events[{i}]"))),
            None => session.apply_all(events.into_iter().flatten().collect()),
        };
        out["batch"] = match applied {
            Ok(diffs) => json!({"ok": true, "diffs": to_value(&diffs)}),
            Err(p) => {
                assert_eq!(
                    before,
                    session.fingerprint(),
                    "{}: a refused batch changed the session",
                    f.name()
                );
                json!({"ok": false, "problems": problems(&p)})
            }
        };
    } else {
        let mut steps = Vec::new();
        for (i, event) in events.into_iter().enumerate() {
            let before = session.fingerprint();
            steps.push(match event.and_then(|e| session.apply(e)) {
                Ok(diff) => json!({"ok": true, "diff": to_value(&diff)}),
                Err(p) => {
                    assert_eq!(
                        before,
                        session.fingerprint(),
                        "{}: refused event {i} changed the session",
                        f.name()
                    );
                    json!({"ok": false, "problems": problems(&p)})
                }
            });
        }
        out["steps"] = Value::Array(steps);
    }
    if let Err(e) = check_invariants(&session) {
        panic!("{}: {e}", f.name());
    }
    out["table"] = session.table().map_or(Value::Null, to_value);
    out["state"] = to_value(session.state());
    let mut previews = json!({});
    for id in input["preview"].as_array().into_iter().flatten() {
        let id = kaoping_core::OfficerId::from(id.as_str().unwrap());
        previews[id.as_str()] = to_value(&session.preview(&id)?);
    }
    out["preview"] = previews;
    if let Some(ops) = input["tamper"].as_array() {
        let mut snap: Value = serde_json::from_str(&session.snapshot_json()).unwrap();
        for op in ops {
            *snap.pointer_mut(op["pointer"].as_str().unwrap()).unwrap() = op["value"].clone();
        }
        out["restore"] = match Session::restore_json(&snap.to_string()) {
            Ok(_) => json!({"ok": true}),
            Err(p) => json!({"ok": false, "problems": problems(&p)}),
        };
    }
    Ok(out)
}

#[test]
fn session_fixtures() {
    common::run_all("session", 15, run);
}
