//! `.xlsx` workbooks and CSV files read into the core's [`Sheet`]s (only calamine's `.xlsx`
//! reader is linked: its `.xls`, `.xlsb` and `.ods` readers would each add to the web app's
//! `.wasm`; Excel and WPS save `.xlsx` by default), every cell at its place in the sheet (row 1 is `rows[0]`,
//! column A is `rows[r][0]`), numbers as exact decimals, everything else as text.

use crate::problem;
use calamine::{Data, Reader, Xlsx};
use kaoping_core::api::table::{Cell, Sheet};
use kaoping_core::{Code, Decimal, Problems};
use std::io::Cursor;

/// The most cells read from one file (a roster of tens of thousands of officers fits).
pub const MAX_CELLS: usize = 2_000_000;

/// Reads a file's sheets: an `.xlsx` workbook (recognised by its content, a zip) gives every
/// worksheet in order; an old `.xls` (an OLE file) is refused with the advice to save it as
/// `.xlsx`; anything else is read as CSV (UTF-8, with or without a byte-order
/// mark, or GB18030 as Chinese Excel writes it), one sheet named after the file.
pub fn read_sheets(file_name: &str, bytes: &[u8]) -> Result<Vec<Sheet>, Problems> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(problem(
            Code::Parse,
            "file",
            "an old .xls workbook: save it as .xlsx (or CSV) and choose it again".to_owned(),
            "这是旧版电子表格文件：请另存为新版格式（或逗号分隔文件）后重新选择",
        ));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        read_workbook(bytes)
    } else {
        read_csv(file_name, bytes).map(|s| vec![s])
    }
}

fn unreadable(what: String) -> Problems {
    problem(
        Code::Parse,
        "file",
        format!("cannot read the file: {what}"),
        "无法读取该文件：不是有效的电子表格或逗号分隔文件",
    )
}

fn too_many() -> Problems {
    problem(
        Code::Limit,
        "file",
        format!("the file has more than {MAX_CELLS} cells"),
        &format!("文件超过 {MAX_CELLS} 个单元格"),
    )
}

fn read_workbook(bytes: &[u8]) -> Result<Vec<Sheet>, Problems> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| unreadable(e.to_string()))?;
    let mut sheets = Vec::new();
    let mut cells = 0usize;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| unreadable(e.to_string()))?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let (top, left) = (top as usize, left as usize);
        cells = cells.saturating_add(
            range.get_size().0.saturating_add(top).saturating_mul(range.get_size().1.saturating_add(left)),
        );
        if cells > MAX_CELLS {
            return Err(too_many());
        }
        let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); top];
        for row in range.rows() {
            let mut out = vec![Cell::Empty; left];
            out.extend(row.iter().map(cell));
            while out.last() == Some(&Cell::Empty) {
                out.pop();
            }
            rows.push(out);
        }
        sheets.push(Sheet { name, rows });
    }
    Ok(sheets)
}

/// One workbook cell: numbers exact (a float outside exact decimals stays text), text as it is.
fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Float(f) => Decimal::from_f64(*f).map_or_else(|| Cell::Text(f.to_string()), Cell::Number),
        #[allow(clippy::cast_precision_loss)] // beyond 2^53 the decimal refuses it anyway
        Data::Int(i) => Decimal::from_f64(*i as f64).map_or_else(|| Cell::Text(i.to_string()), Cell::Number),
        other => Cell::Text(other.to_string()),
    }
}

fn read_csv(file_name: &str, bytes: &[u8]) -> Result<Sheet, Problems> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => encoding_rs::GB18030.decode_without_bom_handling(bytes).0,
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells = 0usize;
    for record in reader.records() {
        let record = record.map_err(|e| unreadable(e.to_string()))?;
        cells = cells.saturating_add(record.len());
        if cells > MAX_CELLS {
            return Err(too_many());
        }
        let mut row: Vec<Cell> = record
            .iter()
            .map(|t| if t.trim().is_empty() { Cell::Empty } else { Cell::Text(t.to_owned()) })
            .collect();
        while row.last() == Some(&Cell::Empty) {
            row.pop();
        }
        rows.push(row);
    }
    let name = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
    Ok(Sheet { name: name.to_owned(), rows })
}
