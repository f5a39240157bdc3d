//! The results tables of a session (the export): columns titled by the scheme's titles, one row
//! per officer with figures computed here by hand, a selection that says so, the explanation
//! lines with rule titles, and the CSV written from the same table.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code

#[allow(dead_code)] // the export uses the README's scheme, not its run
mod readme;

use kaoping_core::api::session::Session;
use kaoping_core::api::table::results::results_tables;
use kaoping_core::api::table::Cell;
use kaoping_core::{Decimal, Lang, OfficerId};

/// The README's scheme with two officers: the README's J-100 and J-200 who meets every target.
fn session(lang: Lang) -> Session {
    let scheme = readme::block("scheme").unwrap();
    let lang = if lang == Lang::En { "en" } else { "zh" };
    let mut s = Session::from_init_json(&format!(r#"{{"scheme": {scheme}, "lang": "{lang}"}}"#)).unwrap();
    let events = r#"[{"at": "2026-12-01T09:00", "actor": {"kind": "user", "id": "书记员"},
        "change": {"type": "addOfficers", "officers": [
          {"officer": {"id": "J-100", "name": "示例法官", "unit": "民一庭"},
           "inputs": {"closed": 200, "closedInTime": 175, "satisfaction": 88},
           "occurrences": [{"id": "o1", "item": "N03", "date": "2026-08-03", "count": 2}]},
          {"officer": {"id": "J-200", "name": "李四", "post": "员额法官"},
           "inputs": {"closed": 100, "closedInTime": 95, "satisfaction": 95}}]}}]"#;
    let applied = s.apply_json(events);
    assert!(applied.ok, "{:?}", applied.errors);
    s
}

fn d(s: &str) -> Cell {
    Cell::Number(Decimal::parse(s).unwrap())
}

fn t(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

#[test]
fn one_row_per_officer_under_the_scheme_titles() {
    let s = session(Lang::Zh);
    let tables = results_tables(&s, None);
    let r = &tables.results;
    let titles: Vec<&str> = r.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "名次",
            "编号",
            "姓名",
            "部门",
            "岗位",
            "审限内结案率（原始值）",
            "审限内结案率（得分）",
            "公众满意度（原始值）",
            "公众满意度（得分）",
            "加分",
            "扣分",
            "总分",
            "按分数等次",
            "最终等次",
            "标记",
        ]
    );
    assert_eq!(r.title, "法官考评（示例） · 2026年度 · 全体 2 人");
    assert!(r.rows.iter().all(|row| row.len() == r.columns.len()));
    // J-200: 95 ÷ 100 × 100 = 95 ≥ 90 → 30 of 30 → 30 × 0.6 × 100 ÷ 30 = 60;
    //        satisfaction 95 = target → 100 → 100 × 0.4 = 40; no items: 60 + 40 = 100 (优秀).
    assert_eq!(
        r.rows[0],
        [
            d("1"),
            t("J-200"),
            t("李四"),
            Cell::Empty,
            t("员额法官"),
            d("95"),
            d("30"),
            d("95"),
            d("100"),
            d("0"),
            d("0"),
            d("100"),
            t("优秀"),
            t("优秀"),
            Cell::Empty,
        ]
    );
    // J-100 (the README's): 175 ÷ 200 × 100 = 87.5, 2.5 short of 90 → 30 − 2.5 = 27.5;
    //        100 × (88 − 60) ÷ (95 − 60) = 80; N03 2 × 2 = 4: 55 + 32 − 4 = 83 (称职).
    assert_eq!(
        r.rows[1],
        [
            d("2"),
            t("J-100"),
            t("示例法官"),
            t("民一庭"),
            Cell::Empty,
            d("87.5"),
            d("27.5"),
            d("88"),
            d("80"),
            d("0"),
            d("4"),
            d("83"),
            t("称职"),
            t("称职"),
            Cell::Empty,
        ]
    );
}

#[test]
fn a_selection_says_how_many_of_how_many() {
    let s = session(Lang::Zh);
    let picked = [OfficerId::from("J-100"), OfficerId::from("NOT-ON-ROSTER")];
    let tables = results_tables(&s, Some(&picked));
    assert_eq!(tables.results.title, "法官考评（示例） · 2026年度 · 筛选结果：1 / 2 人");
    assert_eq!(tables.results.rows.len(), 1);
    assert_eq!(tables.results.rows[0][1], t("J-100"));
    assert!(tables.explanations.rows.iter().all(|row| row[0] == t("J-100")));
}

#[test]
fn explanation_lines_name_their_rules_by_title() {
    let s = session(Lang::Zh);
    let e = results_tables(&s, Some(&[OfficerId::from("J-100")])).explanations;
    let titles: Vec<&str> = e.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["编号", "姓名", "序号", "类别", "依据", "分值", "说明"]);
    let rules: Vec<(Cell, Cell, Cell)> =
        e.rows.iter().map(|r| (r[3].clone(), r[4].clone(), r[5].clone())).collect();
    // the README's lines: +55, +32, −4, the grade, the total 83
    assert_eq!(
        rules,
        [
            (t("指标"), t("CQ02 审限内结案率"), d("55")),
            (t("指标"), t("CX04 公众满意度"), d("32")),
            (t("扣分项"), t("N03 超审限结案"), d("-4")),
            (t("等次"), t("等次"), Cell::Empty),
            (t("总分"), t("总分"), d("83")),
        ]
    );
    assert!(e.rows.iter().all(|r| !r[4].text(0).contains('[')), "no paths");
}

#[test]
fn english_sessions_have_english_titles_and_the_csv_labels_every_column() {
    let s = session(Lang::En);
    let r = results_tables(&s, None).results;
    assert_eq!(r.columns[0].title, "Rank");
    assert_eq!(r.columns[13].title, "Final grade");
    let csv = r.to_csv();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "法官考评（示例） · 2026年度 · all 2 officers");
    let header: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(header.len(), r.columns.len());
    assert_eq!(header[..3], ["Rank", "ID", "Name"]);
    for line in &lines[2..4] {
        assert_eq!(line.split(',').count(), header.len(), "{line}");
    }
    assert!(
        lines[2].starts_with("1,J-200,李四,,员额法官,95.00,30.00,95.00,100.00,0.00,0.00,100.00,"),
        "{}",
        lines[2]
    );
}
