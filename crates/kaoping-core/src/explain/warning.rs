//! The message table of early warnings: each warning's cause worded in Chinese or English.

use super::lines::title_in;
use crate::model::explanation::Lang;
use crate::model::line_fact::Title;
use crate::model::warning::WarningCause;

/// The titles a warning's text names, looked up by the rules.
pub(crate) struct Names<'a> {
    /// Grade titles, in the cause's order (the grade, then up, down or `to`, `gradeAfter`).
    pub(crate) grades: Vec<Title<'a>>,
    /// The deduction item's title.
    pub(crate) item: Option<Title<'a>>,
    /// The tie-break key, in Chinese and English.
    pub(crate) key: Option<(String, String)>,
}

fn nth<'a>(names: &'a Names<'_>, i: usize, lang: Lang) -> &'a str {
    names.grades.get(i).map_or("", |t| title_in(*t, lang))
}

/// A warning's text in `lang`, figures shown with `dp` decimals.
pub(crate) fn render_warning(cause: &WarningCause, names: &Names<'_>, lang: Lang, dp: u32) -> String {
    let zh = lang == Lang::Zh;
    match cause {
        WarningCause::Boundary { total, up, down, .. } => {
            let total = total.format_dp(dp);
            let mut parts = Vec::new();
            let mut next = 1;
            if let Some(s) = up {
                let (p, g) = (s.points.format_dp(dp), nth(names, next, lang));
                next += 1;
                parts.push(if zh {
                    format!("距{g}还差 {p} 分")
                } else {
                    format!("{p} point(s) short of {g}")
                });
            }
            if let Some(s) = down {
                let (p, g) = (s.points.format_dp(dp), nth(names, next, lang));
                parts.push(if zh {
                    format!("再失 {p} 分以上将降为{g}")
                } else {
                    format!("losing more than {p} point(s) falls to {g}")
                });
            }
            let grade = nth(names, 0, lang);
            if zh {
                format!("总分 {total}（{grade}）临近等次界线：{}", parts.join("；"))
            } else {
                format!("total {total} ({grade}) is near a grade boundary: {}", parts.join("; "))
            }
        }
        WarningCause::TimeLimit { record, deadline, days_left, points, total_after, .. } => {
            let head = if zh {
                format!("案件「{record}」审限于 {deadline} 届满（还剩 {days_left} 天）")
            } else {
                format!("case {record} reaches its time limit on {deadline} ({days_left} day(s) left)")
            };
            let item = names.item.map(|t| title_in(t, lang)).unwrap_or_default();
            match (points, total_after) {
                (Some(p), Some(after)) => {
                    let (p, after, g) = (p.format_dp(dp), after.format_dp(dp), nth(names, 0, lang));
                    if zh {
                        format!("{head}；如超审限，按「{item}」扣 {p} 分，总分将为 {after}（{g}）")
                    } else {
                        format!("{head}; overdue, it costs {p} point(s) under {item}: total {after} ({g})")
                    }
                }
                _ => head,
            }
        }
        WarningCause::Correction { incident, deadline, days, overdue } => match (zh, *overdue) {
            (true, false) => format!("事件「{incident}」的整改期限为 {deadline}，还剩 {days} 天"),
            (false, false) => {
                format!("the correction of incident {incident} is due on {deadline}, {days} day(s) left")
            }
            (true, true) => format!("事件「{incident}」的整改已逾期 {days} 天（期限 {deadline}）"),
            (false, true) => {
                format!("the correction of incident {incident} is {days} day(s) overdue (due {deadline})")
            }
        },
        WarningCause::CaseReview { count, at_least, records } => {
            let list: Vec<&str> = records.iter().map(|r| r.as_str()).collect();
            if zh {
                format!(
                    "案件评查发现瑕疵或差错 {count} 件（达到 {at_least} 件）：「{}」；列为惩戒线索，供核查，不自动处分",
                    list.join("、")
                )
            } else {
                format!(
                    "{count} case review finding(s) (at least {at_least}): {}; a lead for the disciplinary side to check, never a punishment by itself",
                    list.join(", ")
                )
            }
        }
        WarningCause::QuotaTie { with, total, .. } => {
            let (from, to) = (nth(names, 0, lang), nth(names, 1, lang));
            let total = total.format_dp(dp);
            let (kz, ke) = names.key.clone().unwrap_or_default();
            if zh {
                format!("与「{with}」总分同为 {total}，按{kz}排在其后，名额所限由{from}调整为{to}")
            } else {
                format!("tied on total {total} with {with}, placed after by {ke}: the quota moved them from {from} to {to}")
            }
        }
    }
}
