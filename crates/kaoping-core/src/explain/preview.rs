//! The message table of an officer's preview: each [`PreviewFact`] and [`ChangeFact`] worded in
//! Chinese or English.

use super::lines::title_in;
use super::wording::{pick, withheld};
use crate::model::explanation::Lang;
use crate::model::line_fact::Title;
use crate::model::preview_fact::{ChangeFact, CombinationFact, Direction, PartFact, PreviewFact};

/// A projected grade in `lang`; `None` is withheld.
fn grade_in(grade: Option<Title<'_>>, lang: Lang) -> &str {
    grade.map_or_else(|| withheld(lang), |g| title_in(g, lang))
}

/// A change worded in `lang`, totals shown with `dp` decimals.
pub(crate) fn render_change(fact: &ChangeFact<'_>, lang: Lang, dp: u32) -> String {
    match *fact {
        ChangeFact::Indicator { id, title, from, to, delta, score_from, score_to, total, grade } => {
            let (title, total, gt) = (title_in(title, lang), total.format_dp(dp), grade_in(grade, lang));
            let sign = if delta.is_negative() { "" } else { "+" };
            match lang {
                Lang::Zh => format!(
                    "{id} {title}：原始值 {from} → {to}（{sign}{delta}），得分 {score_from} → {score_to}，总分 {total}，等次 {gt}"
                ),
                Lang::En => format!(
                    "{id} {title}: raw {from} → {to} ({sign}{delta}), score {score_from} → {score_to}, total {total}, grade {gt}"
                ),
            }
        }
        ChangeFact::RemoveDeduction { item, title, occurrence, points, total, grade } => {
            let (points, total, gt) = (points.format_dp(dp), total.format_dp(dp), grade_in(grade, lang));
            match lang {
                Lang::Zh => format!(
                    "撤销扣分 {item} {}（{occurrence}）：加回 {points} 分，总分 {total}，等次 {gt}",
                    title.zh
                ),
                Lang::En => {
                    format!("remove deduction {item} ({occurrence}): {points} points back, total {total}, grade {gt}")
                }
            }
        }
    }
}

/// One change of a combination worded in `lang`, points shown with `dp` decimals.
fn render_part(part: &PartFact<'_>, lang: Lang, dp: u32) -> String {
    match *part {
        PartFact::Indicator { id, title, from, to, delta, input } => {
            let (title, sign) = (title_in(title, lang), if delta.is_negative() { "" } else { "+" });
            let input = input.map_or(String::new(), |i| {
                let name = title_in(i.title, lang);
                match lang {
                    Lang::Zh => format!("，{name} {} → {}", i.from, i.to),
                    Lang::En => format!(", {name} {} → {}", i.from, i.to),
                }
            });
            match lang {
                Lang::Zh => format!("{id} {title} 原始值 {from} → {to}（{sign}{delta}{input}）"),
                Lang::En => format!("{id} {title} raw {from} → {to} ({sign}{delta}{input})"),
            }
        }
        PartFact::RemoveDeduction { item, title, occurrence, points } => {
            let points = points.format_dp(dp);
            match lang {
                Lang::Zh => format!("撤销扣分 {item} {}（{occurrence}，{points} 分）", title.zh),
                Lang::En => format!("remove deduction {item} ({occurrence}, {points} points)"),
            }
        }
    }
}

/// The outcome of the search for the smallest combination of changes worded in `lang`, totals
/// shown with `dp` decimals.
pub(crate) fn render_combination(fact: &CombinationFact<'_>, lang: Lang, dp: u32) -> String {
    match *fact {
        CombinationFact::Found { parts, total, grade, effort } => {
            let (total, gt, n) = (total.format_dp(dp), grade_in(grade, lang), parts.len());
            let sep = pick(lang, "；", "; ");
            let parts: Vec<String> = parts.iter().map(|p| render_part(p, lang, dp)).collect();
            let parts = parts.join(sep);
            match lang {
                Lang::Zh => format!(
                    "组合升档（没有单项变化能升档，{n} 项同时变化）：{parts}；总分 {total}，等次 {gt}（变化幅度合计 {effort}）"
                ),
                Lang::En => format!(
                    "combined up (no single change suffices, {n} together): {parts}; total {total}, grade {gt} (effort {effort})"
                ),
            }
        }
        CombinationFact::Vetoed { grade } => match lang {
            Lang::Zh => format!("否决项使其不能评为{}，任何变化组合都达不到", title_in(grade, lang)),
            Lang::En => {
                format!("a veto rules out {}: no combination of changes reaches it", title_in(grade, lang))
            }
        },
        CombinationFact::OutOfReach { grade, at, best } => {
            let (grade, at, best) = (title_in(grade, lang), at.format_dp(dp), best.format_dp(dp));
            match lang {
                Lang::Zh => format!("所有可变项同时达到最佳，总分也只有 {best}，达不到{grade}（{at} 分起）"),
                Lang::En => format!(
                    "every change at its best together gives {best}: {grade} (from {at}) is out of reach"
                ),
            }
        }
        CombinationFact::BeyondBound { grade, max_changes } => {
            let grade = title_in(grade, lang);
            match lang {
                Lang::Zh => format!("达到{grade}需要超过 {max_changes} 项同时变化（只搜索至多 {max_changes} 项的组合）"),
                Lang::En => format!(
                    "reaching {grade} takes more than {max_changes} changes together (combinations of up to {max_changes} are searched)"
                ),
            }
        }
    }
}

/// A line of a preview's summary worded in `lang`, totals shown with `dp` decimals.
pub(crate) fn render_preview(fact: &PreviewFact<'_>, lang: Lang, dp: u32) -> String {
    match *fact {
        PreviewFact::Projected { total, grade, published } => {
            let (total, gt) = (total.format_dp(dp), grade_in(grade, lang));
            let published = match (published, lang) {
                (false, _) => "",
                (true, Lang::Zh) => "（群体相对指标依据已公布的统计数据）",
                (true, Lang::En) => " (cohort-relative indicators use the published statistics)",
            };
            match lang {
                Lang::Zh => format!("预计总分 {total}，等次 {gt}{published}"),
                Lang::En => format!("projected total {total}, grade {gt}{published}"),
            }
        }
        PreviewFact::Up { grade, at, points, blocked } => {
            let (grade, at, points) = (title_in(grade, lang), at.format_dp(dp), points.format_dp(dp));
            match (lang, blocked) {
                (Lang::Zh, false) => format!("距{grade}（{at} 分起）还差 {points} 分"),
                (Lang::Zh, true) => format!("否决项使其不能评为{grade}，分数提高不改变这一点"),
                (Lang::En, false) => format!("{points} more points reach {grade} (from {at})"),
                (Lang::En, true) => format!("a veto rules out {grade}: no score change reaches it"),
            }
        }
        PreviewFact::Down { grade, at, points } => {
            let (grade, at, points) = (title_in(grade, lang), at.format_dp(dp), points.format_dp(dp));
            match lang {
                Lang::Zh => format!("再失 {points} 分（总分 {at} 及以下）将降为{grade}"),
                Lang::En => format!("losing {points} points (total {at} or less) falls to {grade}"),
            }
        }
        PreviewFact::VetoFixes { id, title } => match lang {
            Lang::Zh => format!("否决项 {id} {} 决定等次，分数变化不改变等次", title.zh),
            Lang::En => format!("veto {id} fixes the grade: no score change moves it"),
        },
        PreviewFact::Change(direction, change) => {
            let head = match direction {
                Direction::Up => pick(lang, "升档：", "up: "),
                Direction::Down => pick(lang, "降档：", "down: "),
            };
            [head, render_change(&change, lang, dp).as_str()].concat()
        }
        PreviewFact::Combination(combination) => render_combination(&combination, lang, dp),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::decimal::Decimal;
    use crate::model::preview_fact::InputPart;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap_or_default()
    }

    #[test]
    fn an_indicator_change_shows_the_signed_delta_and_the_projected_grade() {
        let change = ChangeFact::Indicator {
            id: "Q1",
            title: Title::new("质量得分", Some("quality")),
            from: d("80"),
            to: d("89.99"),
            delta: d("9.99"),
            score_from: d("80"),
            score_to: d("89.99"),
            total: d("90"),
            grade: Some(Title::new("优秀", Some("Excellent"))),
        };
        assert_eq!(
            render_change(&change, Lang::Zh, 2),
            "Q1 质量得分：原始值 80 → 89.99（+9.99），得分 80 → 89.99，总分 90.00，等次 优秀"
        );
        assert_eq!(
            render_preview(&PreviewFact::Change(Direction::Up, change), Lang::En, 2),
            "up: Q1 quality: raw 80 → 89.99 (+9.99), score 80 → 89.99, total 90.00, grade Excellent"
        );
        let removal = ChangeFact::RemoveDeduction {
            item: "N1",
            title: Title::new("超审限结案", None),
            occurrence: "o1",
            points: d("2"),
            total: d("88.5"),
            grade: None,
        };
        assert_eq!(
            render_preview(&PreviewFact::Change(Direction::Down, removal), Lang::Zh, 1),
            "降档：撤销扣分 N1 超审限结案（o1）：加回 2.0 分，总分 88.5，等次 不定等次"
        );
        assert_eq!(
            render_change(&removal, Lang::En, 1),
            "remove deduction N1 (o1): 2.0 points back, total 88.5, grade withheld"
        );
    }

    #[test]
    fn the_distances_and_a_blocking_veto_are_worded_in_both_languages() {
        let good = Title::new("优秀", Some("Excellent"));
        let up = PreviewFact::Up { grade: good, at: d("90"), points: d("1.5"), blocked: false };
        assert_eq!(render_preview(&up, Lang::Zh, 2), "距优秀（90.00 分起）还差 1.50 分");
        assert_eq!(render_preview(&up, Lang::En, 2), "1.50 more points reach Excellent (from 90.00)");
        let blocked = PreviewFact::Up { grade: good, at: d("90"), points: d("1.5"), blocked: true };
        assert_eq!(render_preview(&blocked, Lang::Zh, 2), "否决项使其不能评为优秀，分数提高不改变这一点");
        assert_eq!(
            render_preview(&blocked, Lang::En, 2),
            "a veto rules out Excellent: no score change reaches it"
        );
        let down =
            PreviewFact::Down { grade: Title::new("基本称职", None), at: d("79.99"), points: d("3.2") };
        assert_eq!(render_preview(&down, Lang::Zh, 2), "再失 3.20 分（总分 79.99 及以下）将降为基本称职");
        assert_eq!(
            render_preview(&down, Lang::En, 2),
            "losing 3.20 points (total 79.99 or less) falls to 基本称职"
        );
        let projected = PreviewFact::Projected { total: d("88.4"), grade: Some(good), published: true };
        assert_eq!(
            render_preview(&projected, Lang::Zh, 2),
            "预计总分 88.40，等次 优秀（群体相对指标依据已公布的统计数据）"
        );
        let veto = PreviewFact::VetoFixes { id: "V1", title: Title::new("违纪", Some("misconduct")) };
        assert_eq!(render_preview(&veto, Lang::Zh, 2), "否决项 V1 违纪 决定等次，分数变化不改变等次");
        assert_eq!(render_preview(&veto, Lang::En, 2), "veto V1 fixes the grade: no score change moves it");
    }

    #[test]
    fn a_combination_and_why_there_is_none_are_worded_in_both_languages() {
        let good = Title::new("优秀", Some("Excellent"));
        let parts = [
            PartFact::Indicator {
                id: "Q1",
                title: Title::new("质量得分", Some("quality")),
                from: d("80"),
                to: d("100"),
                delta: d("20"),
                input: None,
            },
            PartFact::Indicator {
                id: "CQ02",
                title: Title::new("审限内结案率", Some("closed within time limits")),
                from: d("80"),
                to: d("95"),
                delta: d("15"),
                input: Some(InputPart {
                    key: "closedInTime",
                    title: Title::new("审限内结案数", Some("cases closed in time")),
                    from: d("80"),
                    to: d("95"),
                }),
            },
            PartFact::RemoveDeduction {
                item: "N1",
                title: Title::new("超审限结案", None),
                occurrence: "o1",
                points: d("2"),
            },
        ];
        let found =
            CombinationFact::Found { parts: &parts, total: d("90"), grade: Some(good), effort: d("1.2") };
        assert_eq!(
            render_combination(&found, Lang::Zh, 2),
            "组合升档（没有单项变化能升档，3 项同时变化）：Q1 质量得分 原始值 80 → 100（+20）；CQ02 审限内结案率 原始值 80 → 95（+15，审限内结案数 80 → 95）；撤销扣分 N1 超审限结案（o1，2.00 分）；总分 90.00，等次 优秀（变化幅度合计 1.2）"
        );
        assert_eq!(
            render_preview(&PreviewFact::Combination(found), Lang::En, 2),
            "combined up (no single change suffices, 3 together): Q1 quality raw 80 → 100 (+20); CQ02 closed within time limits raw 80 → 95 (+15, cases closed in time 80 → 95); remove deduction N1 (o1, 2.00 points); total 90.00, grade Excellent (effort 1.2)"
        );
        let out = CombinationFact::OutOfReach { grade: good, at: d("90"), best: d("85") };
        assert_eq!(
            render_combination(&out, Lang::Zh, 2),
            "所有可变项同时达到最佳，总分也只有 85.00，达不到优秀（90.00 分起）"
        );
        assert_eq!(
            render_combination(&out, Lang::En, 2),
            "every change at its best together gives 85.00: Excellent (from 90.00) is out of reach"
        );
        let beyond = CombinationFact::BeyondBound { grade: good, max_changes: 3 };
        assert_eq!(
            render_combination(&beyond, Lang::Zh, 2),
            "达到优秀需要超过 3 项同时变化（只搜索至多 3 项的组合）"
        );
        assert_eq!(
            render_combination(&beyond, Lang::En, 2),
            "reaching Excellent takes more than 3 changes together (combinations of up to 3 are searched)"
        );
        let vetoed = CombinationFact::Vetoed { grade: good };
        assert_eq!(render_combination(&vetoed, Lang::Zh, 2), "否决项使其不能评为优秀，任何变化组合都达不到");
        assert_eq!(
            render_combination(&vetoed, Lang::En, 2),
            "a veto rules out Excellent: no combination of changes reaches it"
        );
    }
}
