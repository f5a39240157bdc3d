//! The core's tables as an `.xlsx` workbook: one worksheet per table, its title row, a bold
//! header row frozen above the rows, column widths, numbers stored as numbers shown with the
//! table's decimals.

use crate::problem;
use kaoping_core::api::session::Timestamp;
use kaoping_core::api::table::{Cell, ColumnKind, Table};
use kaoping_core::{Code, Problems};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError};

/// Writes the tables as one workbook, a worksheet per table in order. `created` is the
/// workbook's creation time (so that the same tables and time give the same bytes).
pub fn write_xlsx(tables: &[&Table], created: Timestamp) -> Result<Vec<u8>, Problems> {
    build(tables, created).map_err(|e| {
        problem(Code::Type, "xlsx", format!("cannot write the workbook: {e}"), "无法生成电子表格文件")
    })
}

fn build(tables: &[&Table], created: Timestamp) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let date = created.date();
    let when = ExcelDateTime::from_ymd(date.year(), date.month(), date.day())?.and_hms(
        u16::from(created.hour()),
        created.minute(),
        0,
    )?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&when));
    for table in tables {
        sheet(workbook.add_worksheet(), table)?;
    }
    workbook.save_to_buffer()
}

/// Excel's number format for a number of decimals (`0.00` for two).
fn number_format(decimals: u32) -> String {
    match decimals {
        0 => "0".to_owned(),
        n => format!("0.{}", "0".repeat(n as usize)),
    }
}

fn sheet(ws: &mut Worksheet, table: &Table) -> Result<(), XlsxError> {
    ws.set_name(&table.name)?;
    let title = Format::new().set_bold().set_font_size(12);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color("#E8EEF7")
        .set_border_bottom(FormatBorder::Thin);
    let numbers = Format::new().set_num_format(number_format(table.decimals));
    let whole = Format::new().set_num_format("0");
    ws.write_string_with_format(0, 0, &table.title, &title)?;
    for (c, column) in table.columns.iter().enumerate() {
        let c = col(c);
        ws.write_string_with_format(1, c, &column.title, &header)?;
        ws.set_column_width(c, column.width)?;
    }
    ws.set_freeze_panes(2, 0)?;
    for (r, row) in table.rows.iter().enumerate() {
        let r = u32::try_from(r).unwrap_or(u32::MAX).saturating_add(2);
        for (c, cell) in row.iter().enumerate() {
            let kind = table.columns.get(c).map_or(ColumnKind::Text, |k| k.kind);
            let c = col(c);
            match cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    ws.write_string(r, c, t)?;
                }
                Cell::Number(d) => {
                    let format = if kind == ColumnKind::Number { &numbers } else { &whole };
                    ws.write_number_with_format(r, c, d.to_f64(), format)?;
                }
            }
        }
    }
    if let (Some(last_col), false) = (table.columns.len().checked_sub(1), table.rows.is_empty()) {
        let last_row = u32::try_from(table.rows.len()).unwrap_or(u32::MAX).saturating_add(1);
        ws.autofilter(1, 0, last_row, col(last_col))?;
    }
    Ok(())
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
