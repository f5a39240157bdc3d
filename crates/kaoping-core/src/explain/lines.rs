//! The message table of an assessment's explanation lines: each [`LineFact`] worded in Chinese
//! or English. Only the language asked for is formatted; the indicator and item lines, the bulk
//! of every explanation, are written piece by piece.

use super::wording::{describe_input, join, pick, signed};
use crate::base::decimal::{Decimal, Rounding};
use crate::model::assessment::Limit;
use crate::model::explanation::Lang;
use crate::model::line_fact::{IndicatorFact, ItemFact, LineFact, ListSide, Title, VetoEffectFact};

/// A fact worded in `lang`, numbers of the total's precision shown with `dp` decimals.
pub(crate) fn render(fact: &LineFact<'_>, lang: Lang, dp: u32) -> String {
    let t = |zh, en| pick(lang, zh, en);
    match fact {
        LineFact::Indicator(i) => indicator(i, lang, dp),
        LineFact::Item(i) => item(i, lang, dp),
        LineFact::ListCap { list, subtotal, cap, effect } => {
            let (zh, en) = match list {
                ListSide::Bonus => ("加分合计", "bonus subtotal"),
                ListSide::Deduction => ("扣分合计", "deduction subtotal"),
            };
            let (subtotal, effect) = (subtotal.format_dp(dp), signed(*effect, dp));
            match lang {
                Lang::Zh => format!("{zh} {subtotal} 超过上限 {cap}，按 {cap} 计（{effect}）"),
                Lang::En => format!("{en} {subtotal} exceeds the cap {cap}: counted as {cap} ({effect})"),
            }
        }
        LineFact::Waiver { item, occurrence, decision, outcome, kept, removed } => {
            let (kept, removed) = (kept.format_dp(dp), removed.format_dp(dp));
            match lang {
                Lang::Zh => {
                    format!("{item} 扣分（{occurrence}）依容错决定 {decision}「{outcome}」：保留 {kept}，免除 {removed}")
                }
                Lang::En => format!(
                    "{item} deduction ({occurrence}) changed by tolerance decision {decision} ({outcome}): kept {kept}, waived {removed}"
                ),
            }
        }
        LineFact::VetoWaived { id, title, occurrences, decisions } => {
            let (occurrences, decisions) = (join(occurrences, t("、", ", ")), join(decisions, t("、", ", ")));
            let title = title_in(*title, lang);
            match lang {
                Lang::Zh => format!("否决项 {id} {title}（{occurrences}）依容错决定 {decisions} 免责，不影响等次"),
                Lang::En => format!(
                    "veto {id} {title} ({occurrences}) waived by tolerance decision {decisions}: no effect on the grade"
                ),
            }
        }
        LineFact::Veto { id, title, occurrences, effect } => {
            let occurrences = join(occurrences, t("、", ", "));
            let (title, effect) = (title_in(*title, lang), veto_effect(effect, lang));
            match lang {
                Lang::Zh => format!("一票否决 {id} {title}（{occurrences}）：{effect}"),
                Lang::En => format!("veto {id} {title} ({occurrences}): {effect}"),
            }
        }
        LineFact::Clamp { unclamped, min, max, adjustment } => {
            let (unclamped, adjustment) = (unclamped.format_dp(dp), signed(*adjustment, dp));
            match lang {
                Lang::Zh => format!("合计 {unclamped} 超出分值范围 [{min}, {max}]，调整 {adjustment}"),
                Lang::En => format!(
                    "total {unclamped} is outside the bounds [{min}, {max}]: adjusted by {adjustment}"
                ),
            }
        }
        LineFact::Rounding { unrounded, total, rounding, adjustment } => {
            let exact = dp.max(fraction_digits(*unrounded)).max(fraction_digits(*adjustment));
            let (unrounded, adjustment) = (unrounded.format_dp(exact), signed(*adjustment, exact));
            let total = total.format_dp(dp);
            let (zh, en) = match rounding {
                Rounding::HalfUp => ("四舍五入", "half up"),
                Rounding::HalfEven => ("四舍六入五成双", "half to even"),
            };
            match lang {
                Lang::Zh => format!("各项未舍入合计 {unrounded}，总分按 {dp} 位小数{zh}为 {total}（{adjustment}）"),
                Lang::En => format!(
                    "the unrounded lines add up to {unrounded}; rounded {en} to {dp} decimals the total is {total} ({adjustment})"
                ),
            }
        }
        LineFact::Derived { title, key, value, count, first } => {
            let value = value.map_or_else(|| "—".to_owned(), |v| v.to_string());
            let first: Vec<&str> = first.iter().map(|r| r.as_str()).collect();
            let (title, first) = (title_in(*title, lang), join(&first, t("、", ", ")));
            let more = *count > 3;
            match (lang, *count) {
                (Lang::Zh, 0) => format!("{title}（{key}）= {value}：没有符合条件的案件记录"),
                (Lang::En, 0) => format!("{title} ({key}) = {value}: no record qualifies"),
                (Lang::Zh, _) => {
                    format!(
                        "{title}（{key}）= {value}：由 {count} 条案件记录计得（{first}{}）",
                        if more { " 等" } else { "" }
                    )
                }
                (Lang::En, _) => {
                    format!(
                        "{title} ({key}) = {value}: from {count} records ({first}{})",
                        if more { ", …" } else { "" }
                    )
                }
            }
        }
        LineFact::Grade(Some(title)) => [t("等次：", "grade: "), title_in(*title, lang)].concat(),
        LineFact::Grade(None) => t("不定等次（仅写评语）", "no grade is given (comments only)").to_owned(),
        LineFact::Total(total) => [t("总分 ", "total "), total.format_dp(dp).as_str()].concat(),
    }
}

/// The decimal places to show a line's figures with when only the total is rounded: the
/// precision, or more where a figure carries more (shown exactly).
pub(crate) fn shown_dp(fact: &LineFact<'_>, dp: u32) -> u32 {
    let figures = match fact {
        LineFact::Indicator(i) => [i.contribution, Decimal::ZERO],
        LineFact::Item(i) => [i.raw, i.effect],
        LineFact::ListCap { subtotal, effect, .. } => [*subtotal, *effect],
        LineFact::Waiver { kept, removed, .. } => [*kept, *removed],
        LineFact::Clamp { unclamped, adjustment, .. } => [*unclamped, *adjustment],
        _ => [Decimal::ZERO, Decimal::ZERO],
    };
    figures.iter().map(|f| fraction_digits(*f)).fold(dp, u32::max)
}

/// The decimal places a value needs to be shown exactly (0–6).
pub(crate) fn fraction_digits(value: Decimal) -> u32 {
    let mut micros = value.micros().unsigned_abs() % 1_000_000;
    if micros == 0 {
        return 0;
    }
    let mut digits = 6;
    while micros % 10 == 0 {
        micros /= 10;
        digits -= 1;
    }
    digits
}

/// A title in `lang`: the English falls back to the Chinese.
pub(crate) fn title_in(title: Title<'_>, lang: Lang) -> &str {
    match lang {
        Lang::Zh => title.zh,
        Lang::En => title.en.unwrap_or(title.zh),
    }
}

/// What a veto does to the grade, in `lang`.
pub(crate) fn veto_effect(effect: &VetoEffectFact<'_>, lang: Lang) -> String {
    match (effect, lang) {
        (VetoEffectFact::BlockGrade(g), Lang::Zh) => format!("不得评为{}及以上", g.zh),
        (VetoEffectFact::BlockGrade(g), Lang::En) => {
            format!("cannot be graded {} or better", title_in(*g, lang))
        }
        (VetoEffectFact::ForceGrade(g), Lang::Zh) => format!("直接评为{}", g.zh),
        (VetoEffectFact::ForceGrade(g), Lang::En) => {
            format!("graded {} regardless of score", title_in(*g, lang))
        }
        (VetoEffectFact::WithholdGrade, Lang::Zh) => "不定等次".to_owned(),
        (VetoEffectFact::WithholdGrade, Lang::En) => "no grade is given".to_owned(),
    }
}

/// zh `{id} {title}：{input}原始值 {raw}，得分 {score}/{max}{limit}，权重 {weight}，计入 {±c}`,
/// en `{id} {title}: {input}raw {raw}, score {score}/{max}{limit}, weight {weight}, adds {±c}`.
fn indicator(f: &IndicatorFact<'_>, lang: Lang, dp: u32) -> String {
    let t = |zh, en| pick(lang, zh, en);
    let mut text = String::with_capacity(256);
    text.push_str(f.id);
    text.push(' ');
    text.push_str(title_in(f.title, lang));
    text.push_str(t("：", ": "));
    text.push_str(&describe_input(lang, f.input, f.input_title.map(|t| t.zh), f.missing));
    text.push_str(t("原始值 ", "raw "));
    match f.raw {
        Some(d) => d.push_to(&mut text),
        None => text.push('—'),
    }
    text.push_str(t("，得分 ", ", score "));
    f.score.push_to(&mut text);
    text.push('/');
    f.max.push_to(&mut text);
    match f.limit {
        Some((Limit::Cap, cap)) => text.push_str(&format!("{}{cap}", t("，封顶 ", ", capped at "))),
        Some((Limit::Floor, floor)) => text.push_str(&format!("{}{floor}", t("，保底 ", ", floored at "))),
        None => {}
    }
    text.push_str(t("，权重 ", ", weight "));
    f.weight.push_to(&mut text);
    text.push_str(t("，计入 ", ", adds "));
    f.contribution.push_dp_to(dp, true, &mut text);
    text
}

/// zh `{list} {id} {title}：{count} 次 × {points} 分 = {raw}{，单项上限 cap，按 total 计}（{refs}），计入 {±e}`,
/// en `{list} {id} {title}: {count} × {points} points = {raw}{, item cap cap: counted as total} ({refs}), adds {±e}`.
fn item(f: &ItemFact<'_>, lang: Lang, dp: u32) -> String {
    let t = |zh, en| pick(lang, zh, en);
    let list_name = match f.list {
        ListSide::Bonus => t("加分", "bonus"),
        ListSide::Deduction => t("扣分", "deduction"),
    };
    let mut text = String::with_capacity(256);
    for part in [list_name, " ", f.id, " ", title_in(f.title, lang), t("：", ": ")] {
        text.push_str(part);
    }
    let _ = std::fmt::Write::write_fmt(&mut text, format_args!("{}", f.count));
    text.push_str(t(" 次 × ", " × "));
    f.points.push_to(&mut text);
    text.push_str(t(" 分 = ", " points = "));
    f.raw.push_dp_to(dp, false, &mut text);
    if f.total < f.raw {
        text.push_str(t("，单项上限 ", ", item cap "));
        f.cap.unwrap_or(f.total).push_to(&mut text);
        text.push_str(t("，按 ", ": counted as "));
        text.push_str(&f.total.format_dp(dp));
        text.push_str(t(" 计", ""));
    }
    text.push_str(t("（", " ("));
    let occurrences: Vec<String> = f.occurrences.iter().map(|o| occurrence_name(o, lang)).collect();
    text.push_str(&crate::explain::wording::join_owned(&occurrences, t("、", ", ")));
    text.push_str(t("），计入 ", "), adds "));
    f.effect.push_dp_to(dp, true, &mut text);
    text
}

/// An occurrence as the text names it: its id, except that the counts taken from the case
/// review (`caseReview.flawed`) are named in Chinese in the Chinese text (案件评查瑕疵).
fn occurrence_name(id: &str, lang: Lang) -> String {
    let grade = match (lang, id.strip_prefix("caseReview.")) {
        (Lang::Zh, Some("excellent")) => "优秀",
        (Lang::Zh, Some("pass")) => "合格",
        (Lang::Zh, Some("flawed")) => "瑕疵",
        (Lang::Zh, Some("error")) => "差错",
        _ => return id.to_owned(),
    };
    ["案件评查", grade].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap_or_default()
    }

    #[test]
    fn list_cap_and_clamp_are_worded_in_both_languages() {
        let cap = LineFact::ListCap { list: ListSide::Bonus, subtotal: d("7"), cap: d("5"), effect: d("-2") };
        assert_eq!(render(&cap, Lang::Zh, 2), "加分合计 7.00 超过上限 5，按 5 计（-2.00）");
        assert_eq!(render(&cap, Lang::En, 2), "bonus subtotal 7.00 exceeds the cap 5: counted as 5 (-2.00)");
        let clamp =
            LineFact::Clamp { unclamped: d("103.5"), min: d("0"), max: d("100"), adjustment: d("-3.5") };
        assert_eq!(render(&clamp, Lang::Zh, 1), "合计 103.5 超出分值范围 [0, 100]，调整 -3.5");
        assert_eq!(
            render(&clamp, Lang::En, 1),
            "total 103.5 is outside the bounds [0, 100]: adjusted by -3.5"
        );
    }

    #[test]
    fn veto_titles_fall_back_to_chinese_in_english() {
        let grade = Title::new("优秀", None);
        let veto = LineFact::Veto {
            id: "V01",
            title: Title::new("违纪", Some("misconduct")),
            occurrences: &["O-1", "O-2"],
            effect: VetoEffectFact::BlockGrade(grade),
        };
        assert_eq!(render(&veto, Lang::Zh, 2), "一票否决 V01 违纪（O-1、O-2）：不得评为优秀及以上");
        assert_eq!(
            render(&veto, Lang::En, 2),
            "veto V01 misconduct (O-1, O-2): cannot be graded 优秀 or better"
        );
        assert_eq!(render(&LineFact::Grade(None), Lang::Zh, 2), "不定等次（仅写评语）");
        assert_eq!(render(&LineFact::Total(d("88.5")), Lang::En, 2), "total 88.50");
    }
}
