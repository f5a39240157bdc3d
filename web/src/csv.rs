//! CSV export of the results: UTF-8 with a byte-order mark and CRLF line ends, so Excel opens the
//! Chinese text correctly; cells that a spreadsheet would run as formulas are neutralised.

/// Quotes one cell: doubles quotes, wraps in quotes when needed, and prefixes `'` to cells that
/// start like a formula (`=`, `+`, `-`, `@`, tab, CR) unless they are plain numbers.
pub fn cell(text: &str) -> String {
    let looks_numeric = !text.is_empty() && text.parse::<f64>().is_ok();
    let formula = !looks_numeric && text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if formula { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A whole CSV document from a header and rows.
pub fn document(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for line in std::iter::once(header).chain(rows.iter().map(|r| r.as_slice())) {
        let cells: Vec<String> = line.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_crlf_and_quoting() {
        let doc = document(
            &["姓名".into(), "总分".into()],
            &[vec!["张,\"明\"".into(), "87.50".into()], vec!["=1+1".into(), "-3".into()]],
        );
        assert!(doc.starts_with('\u{feff}'));
        assert_eq!(doc, "\u{feff}姓名,总分\r\n\"张,\"\"明\"\"\",87.50\r\n'=1+1,-3\r\n");
    }
}
