//! The use of a session's live result (issue #17): the bonus allocation and the publication (公示)
//! of the table as it stands, through the same requests as `allocateBonus` and `publishResult`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test code

use kaoping_core::api::session::{Session, SessionInit};
use kaoping_core::base::json::from_json_str;
use serde_json::{json, Value};

const SCHEME: &str = r#"{"schemaVersion": 1, "id": "mini-bonus", "version": "1", "title": "奖金分配（示例）", "role": "judge", "period": {"label": "2026年度", "start": "2026-01-01", "end": "2026-12-31"}, "inputs": [{"key": "q", "title": "业绩分", "kind": "percent"}], "dimensions": [{"id": "work", "title": "业绩", "weight": 1, "indicators": [{"id": "Q1", "title": "业绩得分", "weight": 1, "source": "S19", "input": {"kind": "value", "key": "q"}, "scoring": {"type": "direct"}}]}], "grades": [{"id": "excellent", "title": "优秀", "min": 90, "max": 100}, {"id": "competent", "title": "称职", "min": 75, "max": 90}, {"id": "basic", "title": "基本称职", "min": 60, "max": 75}, {"id": "incompetent", "title": "不称职", "min": 0, "max": 60}]}"#;

fn session() -> Session {
    let scheme: Value = serde_json::from_str(SCHEME).unwrap();
    let init: SessionInit = from_json_str(&json!({ "scheme": scheme }).to_string()).unwrap();
    let mut s = Session::new(init).unwrap();
    let officers = json!([
        {"officer": {"id": "J-1", "name": "甲"}, "inputs": {"q": 95}},
        {"officer": {"id": "J-2", "name": "乙"}, "inputs": {"q": 85}},
        {"officer": {"id": "J-3", "name": "丙"}, "inputs": {"q": 70}}
    ]);
    let event = json!({"at": "2026-12-01T09:00", "actor": {"kind": "user", "id": "书记员"},
        "change": {"type": "addOfficers", "officers": officers}});
    let r = s.apply_json(&event.to_string());
    assert!(r.ok, "{:?}", r.errors);
    s
}

fn answer(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn the_live_table_shares_the_pool() {
    let s = session();
    // by hand (fixture allocation/013): weights 1.5 + 1 + 0.5 = 3 over 100,000 fen: 50,000,
    // 33,333 and 1/3, 16,666 and 2/3; the fen left goes to J-3 → 500.00, 333.33, 166.67
    let request = json!({"allocation": {"pool": 1000, "method": "gradeCoefficient",
        "coefficients": {"excellent": 1.5, "competent": 1, "basic": 0.5, "incompetent": 0}}});
    let a = answer(&s.allocate_json(&request.to_string()));
    assert_eq!(a["ok"], true, "{a}");
    let amounts: Vec<String> =
        a["value"]["shares"].as_array().unwrap().iter().map(|x| x["amount"].to_string()).collect();
    assert_eq!(amounts, ["500", "333.33", "166.67"]);
    // the session gives the results: a table in the request is refused
    let with_table = json!({"table": [], "allocation": {"pool": 1, "method": "score"}});
    let a = answer(&s.allocate_json(&with_table.to_string()));
    assert_eq!(a["ok"], false);
    assert_eq!(a["errors"][0]["path"], "table");
}

#[test]
fn the_live_table_is_published() {
    let s = session();
    // notice Fri 2026-03-06: Mon 03-09 … Fri 03-13; listed: J-1 (95, 优秀)
    let request =
        json!({"calendar": {"years": [2026], "holidays": [], "workdays": []}, "notice": "2026-03-06"});
    let p = answer(&s.publication_json(&request.to_string()));
    assert_eq!(p["ok"], true, "{p}");
    assert_eq!(p["value"]["windowEnd"], "2026-03-13");
    assert_eq!(p["value"]["listed"].as_array().unwrap().len(), 1);
    assert_eq!(p["value"]["listed"][0]["officer"], "J-1");
    assert_eq!(p["value"]["listed"][0]["gradeTitle"], "优秀");
}

#[test]
fn an_empty_session_has_nothing_to_share() {
    let init: SessionInit =
        from_json_str(&json!({ "scheme": serde_json::from_str::<Value>(SCHEME).unwrap() }).to_string())
            .unwrap();
    let s = Session::new(init).unwrap();
    let a = answer(&s.allocate_json(r#"{"allocation": {"pool": 1, "method": "score"}}"#));
    assert_eq!(a["ok"], false);
    assert_eq!(a["errors"][0]["code"], "E_NO_ELIGIBLE");
}
