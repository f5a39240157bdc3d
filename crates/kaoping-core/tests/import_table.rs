//! A sheet imported into a session: the mapping proposed from the column titles, every problem
//! said of its cell (sheet, row, column letter and title, stable code, both languages) before
//! anything changes, and a clean sheet planned as events that add and update officers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code

#[allow(dead_code)] // the import uses the README's scheme, not its run
mod readme;

use kaoping_core::api::session::{Actor, Session, Timestamp};
use kaoping_core::api::table::import::{plan_import, CellProblem, ImportBy};
use kaoping_core::api::table::mapping::{fields, propose, roster_template, Field};
use kaoping_core::api::table::{Cell, Sheet};
use kaoping_core::{Code, Decimal, Lang};

fn session() -> Session {
    let scheme = readme::block("scheme").unwrap();
    let mut s = Session::from_init_json(&format!(r#"{{"scheme": {scheme}}}"#)).unwrap();
    let applied = s.apply_json(
        r#"{"at": "2026-12-01T09:00", "actor": {"kind": "user", "id": "书记员"},
        "change": {"type": "addOfficer", "officer": {"id": "J-100", "name": "示例法官"},
                   "inputs": {"closed": 200, "closedInTime": 175, "satisfaction": 88}}}"#,
    );
    assert!(applied.ok, "{:?}", applied.errors);
    s
}

fn t(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_owned())
    }
}

fn sheet(rows: &[&[&str]]) -> Sheet {
    Sheet { name: "名册".into(), rows: rows.iter().map(|r| r.iter().map(|c| t(c)).collect()).collect() }
}

const HEADER: &[&str] =
    &["干警编号", "姓名", "部门（庭室）", "结案数（件）", "审限内结案数", "satisfaction", "备注"];

fn input(k: &str) -> Option<Field> {
    Some(Field::Input(k.into()))
}

fn by() -> ImportBy {
    ImportBy {
        at: Timestamp::parse("2026-12-02T10:00").unwrap(), actor: Actor::user("书记员"), reason: None
    }
}

fn plan(
    s: &Session,
    sheet: &Sheet,
) -> Result<kaoping_core::api::table::import::ImportPlan, Vec<CellProblem>> {
    let p = propose(s.scheme(), sheet, &[]).unwrap();
    plan_import(s, sheet, p.header, &p.mapping, &by())
}

/// (row, column, title, code) of every problem.
fn located(problems: &[CellProblem]) -> Vec<(usize, &str, &str, Code)> {
    problems.iter().map(|p| (p.row, p.column.as_str(), p.title.as_str(), p.problem.code)).collect()
}

#[test]
fn the_mapping_is_proposed_from_the_titles_and_a_remembered_one() {
    let s = session();
    let sh = sheet(&[&["2026年度名册"], HEADER, &["J-1"]]);
    let p = propose(s.scheme(), &sh, &[]).unwrap();
    assert_eq!(p.header, 1, "the title row is skipped");
    assert_eq!(
        p.mapping,
        [
            Some(Field::Id),
            Some(Field::Name),
            Some(Field::Unit),
            input("closed"),
            input("closedInTime"),
            input("satisfaction"),
            None
        ]
    );
    let remembered = [("备注".to_owned(), "post".to_owned())];
    assert_eq!(propose(s.scheme(), &sh, &remembered).unwrap().mapping[6], Some(Field::Post));
    // the roster template's titles are recognised as what they are
    let template = roster_template(s.scheme(), Lang::Zh);
    let titles: Vec<&str> = template.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["编号", "姓名", "部门", "岗位", "结案数", "审限内结案数", "公众满意度"]);
    let header: Vec<Cell> = titles.iter().map(|x| t(x)).collect();
    let from_template = Sheet { name: "x".into(), rows: vec![vec![t(&template.title)], header] };
    let mapped = propose(s.scheme(), &from_template, &[]).unwrap().mapping;
    assert_eq!(mapped, fields(s.scheme()).into_iter().map(Some).collect::<Vec<_>>());
}

#[test]
fn every_bad_cell_is_said_of_its_cell_before_anything_changes() {
    let s = session();
    let before = s.fingerprint();
    let sh = sheet(&[
        &["2026年度名册"],
        HEADER,
        &["J-200", "李四", "民一庭", "100", "95", "95"],
        &["J-300", "王五", "", "abc", "10", "90"],
        &[],
        &["J-200", "李四", "", "1", "1", "1"],
        &["", "赵六", "", "1", "1", "1"],
    ]);
    let problems = plan(&s, &sh).unwrap_err();
    assert_eq!(
        located(&problems),
        [
            (4, "D", "结案数（件）", Code::ImportNumber),
            (6, "A", "干警编号", Code::ImportDuplicate),
            (7, "A", "干警编号", Code::ImportEmpty),
        ]
    );
    assert_eq!(problems[0].problem.path, "名册!D4");
    assert_eq!(problems[0].text(Lang::Zh), "「abc」不是数字");
    assert_eq!(problems[0].text(Lang::En), "`abc` is not a number");
    assert_eq!(problems[1].text(Lang::Zh), "干警编号「J-200」已出现在第 3 行");
    assert_eq!(problems[2].text(Lang::Zh), "编号为空");
    assert_eq!(s.fingerprint(), before);
}

#[test]
fn the_sessions_own_checks_are_said_of_their_cells_too() {
    let s = session();
    let sh = sheet(&[
        HEADER,
        &["J-200", "李四", "", "-3", "95", "95"],
        &["J-300", "王五", "", "100", "95.5", "120"],
        &["J-400", "赵六", "", "100", "90", ""],
        &["J-100", "示例法官", "", "200", "-1", "88"],
    ]);
    let problems = plan(&s, &sh).unwrap_err();
    let codes: Vec<(usize, &str, Code)> =
        problems.iter().map(|p| (p.row, p.column.as_str(), p.problem.code)).collect();
    assert_eq!(
        codes,
        [
            (2, "D", Code::NegativeCount),
            (3, "E", Code::NotInteger),
            (3, "F", Code::NumberRange),
            (4, "F", Code::MissingInput),
            (5, "E", Code::NegativeCount),
        ],
        "{problems:#?}"
    );
    assert!(problems.iter().all(|p| !p.text(Lang::Zh).is_empty() && p.text(Lang::Zh) != p.text(Lang::En)));
}

#[test]
fn a_clean_sheet_adds_and_updates_officers_in_one_go() {
    let mut s = session();
    let sh = sheet(&[
        HEADER,
        &["J-200", "李四", "民一庭", "100", "95", "95"],
        &["J-100", "示例法官", "民二庭", "200", "180", "88"],
    ]);
    let plan = plan(&s, &sh).unwrap();
    assert_eq!((plan.added, plan.updated), (1, 1));
    let kinds: Vec<&str> = plan.events.iter().map(|e| e.change.kind()).collect();
    // J-100's unit and closedInTime change; its other inputs are as they were
    assert_eq!(kinds, ["addOfficers", "updateOfficer", "setInput"]);
    s.apply_all(plan.events).unwrap();
    let table = s.table().unwrap();
    // J-200: 95% ≥ 90% → 30 of 30 → 60; satisfaction 95 → 100 → 40: 100.
    // J-100: 180 ÷ 200 = 90% → 30 → 60; 100 × (88 − 60) ÷ 35 = 80 → 32: 92.
    let totals: Vec<(&str, Decimal)> =
        table.officers.iter().map(|e| (e.officer.id.as_str(), e.total)).collect();
    assert_eq!(totals, [("J-200", Decimal::from_int(100)), ("J-100", Decimal::from_int(92))]);
    assert_eq!(s.state().roster.get("J-100").unwrap().dossier.officer.unit.as_deref(), Some("民二庭"));
}

#[test]
fn a_sheet_without_an_id_column_or_with_a_field_twice_is_refused_at_the_header() {
    let s = session();
    let sh = sheet(&[&["姓名", "结案数", "结案数"], &["李四", "1", "2"]]);
    let p = propose(s.scheme(), &sh, &[]).unwrap();
    assert_eq!(p.mapping, [Some(Field::Name), input("closed"), None], "a field goes to its first column");
    let twice = [Some(Field::Name), input("closed"), input("closed")];
    let problems = plan_import(&s, &sh, 0, &twice, &by()).unwrap_err();
    assert_eq!(
        located(&problems),
        [(1, "C", "结案数", Code::ImportMapping), (1, "A", "姓名", Code::ImportMapping)]
    );
    assert_eq!(problems[0].text(Lang::Zh), "该列对应结案数，但第 B 列已对应该项");
}

#[test]
fn after_a_seal_the_import_needs_a_reason() {
    let mut s = session();
    let seal = r#"{"at": "2026-12-01T18:00", "actor": {"kind": "user", "id": "书记员"}, "change": {"type": "seal"}}"#;
    assert!(s.apply_json(seal).ok);
    let sh = sheet(&[HEADER, &["J-200", "李四", "", "100", "95", "95"]]);
    let p = propose(s.scheme(), &sh, &[]).unwrap();
    let refused = plan_import(&s, &sh, p.header, &p.mapping, &by()).unwrap_err();
    // a problem of the whole import is said at the header of the id column
    assert_eq!(located(&refused), [(1, "A", "干警编号", Code::ReasonRequired)]);
    let with_reason = ImportBy { reason: Some("补录新调入干警".into()), ..by() };
    let plan = plan_import(&s, &sh, p.header, &p.mapping, &with_reason).unwrap();
    assert!(plan.events.iter().all(|e| e.reason.as_deref() == Some("补录新调入干警")));
}
