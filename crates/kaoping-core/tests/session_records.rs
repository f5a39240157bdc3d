//! Case records in a session (issue #15 item 8): officers added with their records, and
//! `upsertRecord` / `removeRecord` events as the platform's cases change, each answering its
//! diff; bad records are refused at `change.record…` and change nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test code

use kaoping_core::api::session::{Session, SessionInit};
use kaoping_core::base::json::from_json_str;
use serde_json::{json, Value};

fn fixture() -> Value {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/assess");
    let text = std::fs::read_to_string(root.join("070-records-derive-every-aggregation.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn event(at: &str, change: Value) -> String {
    json!({"at": at, "actor": {"kind": "user", "id": "书记员"}, "change": change}).to_string()
}

fn case(n: u32, filed: &str, closed: &str) -> Value {
    json!({"kind": "case", "id": format!("（2026）示0101民初{n}号"),
        "fields": {"filed": filed, "closed": closed, "limitDays": 90, "procedure": "first", "role": "undertaker"}})
}

#[test]
fn record_events_rescore_the_officer_and_answer_the_diff() {
    let f = fixture();
    let init: SessionInit = from_json_str(&json!({"scheme": f["input"]["scheme"]}).to_string()).unwrap();
    let mut s = Session::new(init).unwrap();
    let records = f["input"]["dossier"]["records"].clone();
    let add =
        json!({"type": "addOfficer", "officer": {"id": "J-1", "name": "张三（示例）"}, "records": records});
    let r = s.apply_json(&event("2026-12-01T09:00", add));
    assert!(r.ok, "{:?}", r.errors);
    // by hand (fixture 070): 2 of 3 cases in time → 66.67
    let total = |s: &Session| s.table().unwrap().officers[0].total.to_string();
    assert_eq!(total(&s), "66.67");

    // case 2 was closed on 2026-04-01 after all: 59 days ≤ 90 → 3 of 3 → 100.00
    let fixed =
        json!({"type": "upsertRecord", "officer": "J-1", "record": case(2, "2026-02-01", "2026-04-01")});
    let r = s.apply_json(&event("2026-12-01T09:10", fixed));
    assert!(r.ok, "{:?}", r.errors);
    let change = &r.diff.as_ref().unwrap().officers[0];
    assert_eq!(change.before.as_ref().unwrap().total.to_string(), "66.67");
    assert_eq!(change.after.as_ref().unwrap().total.to_string(), "100");
    assert_eq!(s.detail(&"J-1".into()).unwrap().derived[1].records.len(), 3);

    // a new case closed after 153 days: 3 of 4 in time → 75.00
    let late =
        json!({"type": "upsertRecord", "officer": "J-1", "record": case(9, "2026-05-01", "2026-10-01")});
    assert!(s.apply_json(&event("2026-12-01T09:20", late)).ok);
    assert_eq!(total(&s), "75");

    // removed again → 100.00
    let remove = json!({"type": "removeRecord", "officer": "J-1", "record": "（2026）示0101民初9号"});
    assert!(s.apply_json(&event("2026-12-01T09:30", remove)).ok);
    assert_eq!(total(&s), "100");

    // refused, nothing changed
    let before = s.fingerprint();
    let unknown = json!({"type": "removeRecord", "officer": "J-1", "record": "（2026）示0101民初77号"});
    let r = s.apply_json(&event("2026-12-01T09:40", unknown));
    assert_eq!(
        r.errors.first().map(|p| (p.code.as_str(), p.path.as_str())),
        Some(("E_UNKNOWN_REF", "change.record"))
    );
    let bad =
        json!({"type": "upsertRecord", "officer": "J-1", "record": case(2, "2026-02-01", "2026-02-30")});
    let r = s.apply_json(&event("2026-12-01T09:40", bad));
    assert_eq!(
        r.errors.first().map(|p| (p.code.as_str(), p.path.as_str())),
        Some(("E_DATE", "change.record.fields.closed"))
    );
    assert_eq!(s.fingerprint(), before);

    // the log replays to the same session, the snapshot restores it, the audit words the events
    let restored = Session::restore_json(&s.snapshot_json()).unwrap();
    assert_eq!(restored.fingerprint(), s.fingerprint());
    let lines = s.audit_lines(kaoping_core::Lang::Zh);
    assert!(
        lines.iter().any(|l| l.action.contains("登记或更新案件记录 （2026）示0101民初2号")),
        "{:?}",
        lines.iter().map(|l| &l.action).collect::<Vec<_>>()
    );
}
