//! Prints the sheets of an `.xlsx` (or CSV) file as JSON, as kaoping-office reads them:
//! `[{"name": "考评结果", "rows": [["…", 83.05, null], …]}]` (numbers as numbers, empty cells as
//! `null`). The web app's browser tests read downloaded workbooks back with it:
//! `cargo run -q -p kaoping-office --example read-xlsx -- results.xlsx`.

use kaoping_office::{read_sheets, Cell};

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: read-xlsx FILE");
        return std::process::ExitCode::FAILURE;
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match read_sheets(&path, &bytes) {
        Ok(sheets) => {
            let mut out = String::from("[");
            for (i, sheet) in sheets.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str("{\"name\":");
                kaoping_json::write_str(&mut out, &sheet.name);
                out.push_str(",\"rows\":[");
                for (r, row) in sheet.rows.iter().enumerate() {
                    out.push_str(if r > 0 { ",[" } else { "[" });
                    for (c, cell) in row.iter().enumerate() {
                        if c > 0 {
                            out.push(',');
                        }
                        match cell {
                            Cell::Empty => out.push_str("null"),
                            Cell::Text(t) => kaoping_json::write_str(&mut out, t),
                            Cell::Number(d) => out.push_str(&d.to_string()),
                        }
                    }
                    out.push(']');
                }
                out.push_str("]}");
            }
            out.push(']');
            println!("{out}");
            std::process::ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems.0 {
                eprintln!("{} {}: {}", p.code, p.path, p.message);
            }
            std::process::ExitCode::FAILURE
        }
    }
}
