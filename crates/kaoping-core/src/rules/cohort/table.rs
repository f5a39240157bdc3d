//! A cohort result as an aligned text table (for terminals, the demo and the README).

use crate::explain::cohort::{change_line, column_heading, row_flags};
use crate::explain::wording::withheld;
use crate::model::cohort_fact::{RowFlag, TableColumn};
use crate::model::explanation::Lang;
use crate::rules::cohort::CohortResult;

/// Display width of a text in a terminal: CJK and full-width characters count two columns.
pub fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let u = u32::from(c);
            let wide = (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}

fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(display_width(text)));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

/// The ranked table: rank, officer id, name, total, score grade, final grade after quotas, and
/// flags; then the quota lines and the officers whose grade a quota changed.
pub fn render(result: &CohortResult, lang: Lang) -> String {
    let dp = result.precision;
    let headers = TableColumn::ALL.map(|c| column_heading(c, lang));
    let mut rows: Vec<[String; 7]> = Vec::with_capacity(result.officers.len());
    for e in &result.officers {
        let f = e.flags;
        let flags: Vec<RowFlag> = [
            (f.veto, RowFlag::Veto),
            (f.incomplete, RowFlag::Incomplete),
            (f.disagreement, RowFlag::Disagreement),
            (f.tolerance, RowFlag::Tolerance),
            (e.quota_changed, RowFlag::Quota),
        ]
        .into_iter()
        .filter_map(|(on, flag)| on.then_some(flag))
        .collect();
        rows.push([
            e.rank.to_string(),
            e.officer.id.to_string(),
            e.officer.name.clone(),
            e.total.format_dp(dp),
            e.score_grade.title.clone(),
            e.grade.as_ref().map_or_else(|| withheld(lang).to_owned(), |g| g.title.clone()),
            row_flags(&flags, lang),
        ]);
    }
    let mut widths = headers.map(display_width);
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r.iter()) {
            *w = (*w).max(display_width(cell));
        }
    }
    let right = [true, false, false, true, false, false, false];
    let line = |cells: &[String]| {
        let parts: Vec<String> =
            cells.iter().zip(widths.iter()).zip(right.iter()).map(|((c, w), r)| pad(c, *w, *r)).collect();
        parts.join("  ").trim_end().to_owned()
    };
    let mut out = String::new();
    out.push_str(&line(&headers.map(str::to_owned)));
    out.push('\n');
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&rule.join("  "));
    out.push('\n');
    for r in &rows {
        out.push_str(&line(r));
        out.push('\n');
    }
    for q in &result.quotas {
        out.push_str(&q.text);
        out.push('\n');
    }
    for c in &result.changes {
        out.push_str(&change_line(c.officer.as_str(), &c.reason, lang));
    }
    out
}
