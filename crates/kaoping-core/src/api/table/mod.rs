//! Tables for people and spreadsheets: a session's results and explanations as titled columns
//! of cells ([`results`]), written as CSV here and as `.xlsx` by the office crate; and a sheet
//! of cells read from a spreadsheet, mapped onto a session's roster and inputs and checked cell
//! by cell before it becomes events ([`mapping`] proposes what each column holds, [`import`]
//! checks and plans the events).
//!
//! A [`Table`] is what every format writes: a title row (what the table covers: the whole
//! cohort, or a selection of it and how much), one header row of column titles in the
//! session's language (indicator titles, never input keys or paths), then one row per officer
//! (or explanation line), each row as long as the header.

pub mod import;
pub mod mapping;
pub mod results;

use crate::base::decimal::Decimal;

/// One cell of a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// An exact number (written with its column's decimals).
    Number(Decimal),
}

impl Cell {
    /// The cell as text: numbers with `decimals` places, nothing as an empty string.
    pub fn text(&self, decimals: u32) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Number(d) => d.format_dp(decimals),
        }
    }

    /// The cell's text with surrounding spaces removed (`None` when empty or blank).
    pub fn trimmed(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
            Cell::Text(t) => Some(t.trim().to_owned()).filter(|t| !t.is_empty()),
            Cell::Number(d) => Some(d.to_string()),
        }
    }
}

/// What a column holds, which decides how a spreadsheet formats it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// Text (ids, names, grades, flags, explanation lines).
    Text,
    /// Numbers with the table's decimals (raw values, scores, totals).
    Number,
    /// Whole numbers (ranks, line numbers).
    Whole,
}

/// One column: its title and kind, and a width in characters for spreadsheets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The title in the table's language.
    pub title: String,
    /// What it holds.
    pub kind: ColumnKind,
    /// A width in characters (a CJK character counts two).
    pub width: u16,
}

impl Column {
    fn new(title: String, kind: ColumnKind) -> Column {
        let width = match kind {
            ColumnKind::Whole => 6,
            ColumnKind::Number => 10,
            ColumnKind::Text => 12,
        };
        Column { width: width.max(display_width(&title).saturating_add(2)), title, kind }
    }
}

/// The width of a text in a spreadsheet's characters: two for a CJK character, one otherwise.
pub fn display_width(text: &str) -> u16 {
    let w: usize = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    u16::try_from(w).unwrap_or(u16::MAX)
}

/// A titled table: a sheet of a workbook, or a CSV file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The sheet name.
    pub name: String,
    /// The title row: what the table covers (the whole cohort, or a selection and its share).
    pub title: String,
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, each as long as `columns`.
    pub rows: Vec<Vec<Cell>>,
    /// Decimal places of the number columns (the scheme's precision).
    pub decimals: u32,
}

impl Table {
    /// Decimals of a column: the table's for numbers, none for whole numbers.
    pub fn decimals_of(&self, column: usize) -> u32 {
        match self.columns.get(column).map(|c| c.kind) {
            Some(ColumnKind::Number) => self.decimals,
            _ => 0,
        }
    }

    /// The table as CSV: UTF-8 with a byte-order mark and CRLF line ends (so that Excel opens the
    /// Chinese text), the title row, the header row, then the rows; cells that a spreadsheet
    /// would run as formulas are neutralised.
    pub fn to_csv(&self) -> String {
        let mut out = String::from("\u{feff}");
        push_line(&mut out, std::iter::once(self.title.clone()));
        push_line(&mut out, self.columns.iter().map(|c| c.title.clone()));
        for row in &self.rows {
            push_line(&mut out, row.iter().enumerate().map(|(i, c)| c.text(self.decimals_of(i))));
        }
        out
    }
}

fn push_line(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, c) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_cell(&c));
    }
    out.push_str("\r\n");
}

/// Quotes one CSV cell: doubles quotes, wraps in quotes when needed, and prefixes `'` to cells
/// that start like a formula (`=`, `+`, `-`, `@`, tab, CR) unless they are plain numbers.
pub fn csv_cell(text: &str) -> String {
    let numeric = Decimal::parse(text).is_some();
    let formula = !numeric && text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if formula { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A sheet of cells as read from a spreadsheet or a CSV file (what an import maps): its name
/// and its rows, cell `rows[r][c]` standing at the sheet's row `r + 1` and column
/// [`column_letter`]`(c)`. Rows may differ in length.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sheet {
    /// The sheet's name (the file's name for CSV).
    pub name: String,
    /// The rows, from the sheet's first row.
    pub rows: Vec<Vec<Cell>>,
}

/// A spreadsheet's column letters for a 0-based column index (`0` → `A`, `27` → `AB`).
pub fn column_letter(index: usize) -> String {
    let mut n = index.saturating_add(1);
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A'.saturating_add(u8::try_from(rem).unwrap_or(0))));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_neutralises_formulas() {
        let t = Table {
            name: "s".into(),
            title: "标题".into(),
            columns: vec![
                Column::new("姓名".into(), ColumnKind::Text),
                Column::new("总分".into(), ColumnKind::Number),
            ],
            rows: vec![
                vec![Cell::Text("张,\"明\"".into()), Cell::Number(Decimal::from_micros(87_500_000))],
                vec![Cell::Text("=1+1".into()), Cell::Number(Decimal::from_int(-3))],
            ],
            decimals: 2,
        };
        assert_eq!(t.to_csv(), "\u{feff}标题\r\n姓名,总分\r\n\"张,\"\"明\"\"\",87.50\r\n'=1+1,-3.00\r\n");
    }

    #[test]
    fn column_letters() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].map(column_letter).to_vec();
        assert_eq!(letters, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}
