//! A cohort result as an aligned text table (for terminals, the demo and the README).

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
    let headers: [&str; 7] = match lang {
        Lang::Zh => ["名次", "工号", "姓名", "总分", "分数等次", "最终等次", "标记"],
        Lang::En => ["rank", "id", "name", "total", "by score", "final", "flags"],
    };
    let mut rows: Vec<[String; 7]> = Vec::with_capacity(result.officers.len());
    for e in &result.officers {
        let mut flags = Vec::new();
        let f = e.flags;
        let (veto, incomplete, disagreement, tolerance, quota) = match lang {
            Lang::Zh => ("否决", "不完整", "分歧", "容错", "名额调整"),
            Lang::En => ("veto", "incomplete", "disagreement", "tolerance", "quota"),
        };
        if f.veto {
            flags.push(veto);
        }
        if f.incomplete {
            flags.push(incomplete);
        }
        if f.disagreement {
            flags.push(disagreement);
        }
        if f.tolerance {
            flags.push(tolerance);
        }
        if e.quota_changed {
            flags.push(quota);
        }
        let none = match lang {
            Lang::Zh => "不定等次",
            Lang::En => "withheld",
        };
        rows.push([
            e.rank.to_string(),
            e.officer.id.to_string(),
            e.officer.name.clone(),
            e.total.format_dp(dp),
            e.score_grade.title.clone(),
            e.grade.as_ref().map_or_else(|| none.to_owned(), |g| g.title.clone()),
            flags.join(if lang == Lang::Zh { "、" } else { ", " }),
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
        let colon = if lang == Lang::Zh { "：" } else { ": " };
        out.push_str(&format!("· {}{colon}{}\n", c.officer, c.reason));
    }
    out
}
