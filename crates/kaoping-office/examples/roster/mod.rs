//! The fixture roster (`tests/fixtures/roster.xlsx`): three new officers of the built-in
//! court-judge scheme with every hand-given input, under the core's roster template (a title
//! row, then 编号 · 姓名 · 部门 · 岗位 · the scheme's input titles). Shared by the `make-roster`
//! example, which writes it, and the test that it is reproducible.

use kaoping_core::api::session::Timestamp;
use kaoping_core::api::table::mapping::roster_template;
use kaoping_core::api::table::Cell;
use kaoping_core::{Decimal, Lang, Problems};

/// Where the fixture is, from the repository root.
pub const PATH: &str = "tests/fixtures/roster.xlsx";

/// The officers: id, name, unit, post, then the court-judge inputs in the scheme's order (an,
/// jian, closedInTime, closed, over12Months, pending, appealReversed, appealed, avgDays,
/// mediationRate, satisfaction).
const OFFICERS: &[(&str, &str, &str, &str, [&str; 11])] = &[
    (
        "J-101",
        "陈静",
        "民一庭",
        "员额法官",
        ["120", "168", "190", "200", "1", "30", "2", "35", "65", "42", "93"],
    ),
    (
        "J-102",
        "刘洋",
        "刑事审判庭",
        "员额法官",
        ["90", "150", "170", "190", "3", "45", "4", "38", "80", "20", "88"],
    ),
    (
        "J-103",
        "周敏",
        "行政审判庭",
        "法官助理",
        ["60", "78", "96", "100", "0", "12", "1", "20", "58.5", "35", "96"],
    ),
];

/// The roster's bytes, written at a fixed time (the same bytes every time).
pub fn bytes() -> Result<Vec<u8>, Problems> {
    let scheme = kaoping_core::api::builtin::scheme("court-judge")?;
    let mut table = roster_template(&scheme, Lang::Zh);
    for (id, name, unit, post, inputs) in OFFICERS {
        let mut row: Vec<Cell> =
            [id, name, unit, post].iter().map(|t| Cell::Text((**t).to_owned())).collect();
        row.extend(inputs.iter().map(|v| Decimal::parse(v).map_or(Cell::Empty, Cell::Number)));
        table.rows.push(row);
    }
    let at = Timestamp::parse("2026-12-01T09:00")
        .unwrap_or_else(<Timestamp as kaoping_json::FromJson>::placeholder);
    kaoping_office::write_xlsx(&[&table], at)
}
