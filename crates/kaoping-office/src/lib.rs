//! # kaoping-office
//!
//! Spreadsheets for kaoping (考评): the core's [`Table`]s written as `.xlsx` ([`write_xlsx`],
//! with rust_xlsxwriter), and `.xlsx` or CSV files read into the core's [`Sheet`]s
//! ([`read_sheets`], with calamine and csv) for the core's import to map and check. What the
//! tables say (columns, titles, figures) and what an imported sheet means are the core's; this
//! crate only turns them into bytes and back.
//!
//! It builds for `wasm32-unknown-unknown` (the web app links it). The npm package does not: its
//! `.wasm` has a size budget.

mod read;
mod write;

pub use read::read_sheets;
pub use write::write_xlsx;

pub use kaoping_core::api::table::{Cell, Sheet, Table};
use kaoping_core::base::message::Message;
use kaoping_core::{Code, Problems};

/// A located problem of reading or writing a file, in both languages.
fn problem(code: Code, path: &str, en: String, zh: &str) -> Problems {
    Problems::one(code, path, Message::given(en, zh))
}
