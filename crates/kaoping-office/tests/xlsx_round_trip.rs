//! Writes a session's results as `.xlsx`, reads the file back with calamine and checks that
//! every header stands over its column, the numbers are numbers and the title row says what the
//! table covers; reads CSV (UTF-8 with BOM, GB18030) into the same sheets.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code

use calamine::{Data, Reader};
use kaoping_core::api::session::{Session, Timestamp};
use kaoping_core::api::table::results::results_tables;
use kaoping_core::api::table::{Cell, Table};
use kaoping_core::{Decimal, OfficerId};
use kaoping_office::{read_sheets, write_xlsx};
use std::io::Cursor;

/// Two officers of the built-in court-judge scheme.
fn session() -> Session {
    let mut s = Session::from_init_json(r#"{"scheme": "court-judge"}"#).unwrap();
    let applied = s.apply_json(ROSTER);
    assert!(applied.ok, "{:?}", applied.errors);
    s
}

/// Two officers of the court-judge scheme (every input given).
const ROSTER: &str = r#"{"at": "2026-12-01T09:00", "actor": {"kind": "user", "id": "书记员"},
  "change": {"type": "addOfficers", "officers": [
    {"officer": {"id": "J-1", "name": "张明", "unit": "民一庭"},
     "inputs": {"an": 100, "jian": 150, "closedInTime": 180, "closed": 200, "over12Months": 2, "pending": 40,
                "appealReversed": 3, "appealed": 40, "avgDays": 72, "mediationRate": 38, "satisfaction": 91}},
    {"officer": {"id": "J-2", "name": "李华", "unit": "刑庭"},
     "inputs": {"an": 100, "jian": 120, "closedInTime": 190, "closed": 200, "over12Months": 0, "pending": 20,
                "appealReversed": 1, "appealed": 30, "avgDays": 60.5, "mediationRate": 45, "satisfaction": 95}}]}}"#;

fn at() -> Timestamp {
    Timestamp::parse("2026-12-20T10:30").unwrap()
}

fn sheets(bytes: &[u8]) -> Vec<(String, calamine::Range<Data>)> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    book.sheet_names().into_iter().map(|n| (n.clone(), book.worksheet_range(&n).unwrap())).collect()
}

/// Every cell of a written table as calamine reads it back.
fn assert_sheet_is_table(range: &calamine::Range<Data>, table: &Table) {
    assert_eq!(range.start(), Some((0, 0)));
    assert_eq!(range.get_value((0, 0)), Some(&Data::String(table.title.clone())));
    for (c, column) in table.columns.iter().enumerate() {
        let at = (1, c as u32);
        assert_eq!(range.get_value(at), Some(&Data::String(column.title.clone())), "header {c}");
    }
    assert_eq!(range.get_size().0, table.rows.len() + 2);
    for (r, row) in table.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let got = range.get_value(((r + 2) as u32, c as u32)).cloned().unwrap_or(Data::Empty);
            let want = match cell {
                Cell::Empty => Data::Empty,
                Cell::Text(t) => Data::String(t.clone()),
                Cell::Number(d) => Data::Float(d.to_f64()),
            };
            assert_eq!(got, want, "row {r} column {} ({})", c, table.columns[c].title);
        }
    }
}

#[test]
fn every_header_stands_over_its_column() {
    let s = session();
    let tables = results_tables(&s, None);
    let bytes = write_xlsx(&[&tables.results, &tables.explanations], at()).unwrap();
    let read = sheets(&bytes);
    assert_eq!(read.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["考评结果", "计分说明"]);
    assert_sheet_is_table(&read[0].1, &tables.results);
    assert_sheet_is_table(&read[1].1, &tables.explanations);
    // the header row has an indicator title, never an input key
    let headers: Vec<String> = tables.results.columns.iter().map(|c| c.title.clone()).collect();
    assert!(headers.contains(&"公众满意度（原始值）".to_owned()), "{headers:?}");
    assert!(!headers.iter().any(|h| h.contains("satisfaction") || h.contains('[')), "{headers:?}");
    // J-2 first; J-2's satisfaction 95 is a number, not text
    assert_eq!(read[0].1.get_value((2, 1)), Some(&Data::String("J-2".into())));
    let sat = headers.iter().position(|h| h == "公众满意度（原始值）").unwrap();
    assert_eq!(read[0].1.get_value((2, sat as u32)), Some(&Data::Float(95.0)));
}

#[test]
fn a_filtered_export_says_so_in_its_title_row() {
    let s = session();
    let tables = results_tables(&s, Some(&[OfficerId::from("J-1")]));
    let bytes = write_xlsx(&[&tables.results], at()).unwrap();
    let read = sheets(&bytes);
    let title = read[0].1.get_value((0, 0)).cloned();
    assert_eq!(title, Some(Data::String("法官年度审判绩效考评方案 · 2026年度 · 筛选结果：1 / 2 人".into())));
    assert_eq!(read[0].1.get_size().0, 3);
}

#[test]
fn the_same_tables_and_time_give_the_same_bytes() {
    let s = session();
    let tables = results_tables(&s, None);
    let one = write_xlsx(&[&tables.results], at()).unwrap();
    let two = write_xlsx(&[&tables.results], at()).unwrap();
    assert_eq!(one, two);
}

#[test]
fn what_is_written_reads_back_as_the_cores_sheet() {
    let s = session();
    let tables = results_tables(&s, None);
    let bytes = write_xlsx(&[&tables.results], at()).unwrap();
    let read = read_sheets("results.xlsx", &bytes).unwrap();
    assert_eq!(read.len(), 1);
    let rows = &read[0].rows;
    assert_eq!(rows[0], [Cell::Text(tables.results.title.clone())]);
    let header: Vec<Cell> = tables.results.columns.iter().map(|c| Cell::Text(c.title.clone())).collect();
    assert_eq!(rows[1], header);
    assert_eq!(rows[2][0], Cell::Number(Decimal::from_int(1)));
}

#[test]
fn csv_in_utf8_and_gb18030_reads_into_one_sheet() {
    let utf8 = "\u{feff}编号,姓名,结案数\r\nJ-9,\"王,五\",12\r\n,,\r\n";
    let sheet = &read_sheets("名册.csv", utf8.as_bytes()).unwrap()[0];
    assert_eq!(sheet.name, "名册");
    let text = |s: &str| Cell::Text(s.to_owned());
    assert_eq!(sheet.rows[0], [text("编号"), text("姓名"), text("结案数")]);
    assert_eq!(sheet.rows[1], [text("J-9"), text("王,五"), text("12")]);
    assert_eq!(sheet.rows[2], Vec::<Cell>::new());
    let (gbk, _, _) = encoding_rs::GB18030.encode("编号,姓名\r\nJ-9,王五\r\n");
    let sheet = &read_sheets("roster.csv", &gbk).unwrap()[0];
    assert_eq!(sheet.rows[1], [text("J-9"), text("王五")]);
}

#[test]
fn a_broken_workbook_is_a_located_problem() {
    let problems = read_sheets("x.xlsx", b"PK\x03\x04 not really a zip").unwrap_err();
    assert_eq!(problems.0[0].code, kaoping_core::Code::Parse);
    assert_eq!(problems.0[0].path, "file");
    let old = read_sheets("x.xls", &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).unwrap_err();
    assert!(old.0[0].message_zh.contains("另存为新版格式"), "{:?}", old.0[0]);
}
