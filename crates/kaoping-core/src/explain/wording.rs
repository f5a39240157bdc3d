//! Wording shared by the explanation and decision texts of the rules: the language switch, lists
//! joined, signed points, and where an indicator's raw value came from.

use crate::base::decimal::Decimal;
use crate::model::assessment::InputTrace;
use crate::model::explanation::Lang;
use crate::model::scheme::Aggregation;

/// Chooses the Chinese or English variant of a text.
pub(crate) fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The word for a grade that is not given (withheld by a veto), in `lang`.
pub(crate) fn withheld(lang: Lang) -> &'static str {
    pick(lang, "不定等次", "withheld")
}

/// Texts joined by a separator (what `[&str]::join` gives, without the standard library's
/// join specialised for each separator length: a handful of short lists per explanation).
pub(crate) fn join(items: &[&str], separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item);
    }
    out
}

/// Owned texts joined by a separator, like [`join`].
pub(crate) fn join_owned(items: &[String], separator: &str) -> String {
    join(&items.iter().map(String::as_str).collect::<Vec<&str>>(), separator)
}

/// Signed points with an explicit sign: `+3.50`, `-2.00`.
pub(crate) fn signed(points: Decimal, dp: u32) -> String {
    points.display_dp_signed(dp).to_string()
}

// ---- texts describing where an indicator's raw value came from --------------------------------

/// Where an indicator's raw value came from, in `lang` (ends with the separator before the raw
/// value).
/// A plain input is named by its Chinese title in the Chinese text (`title`, when the scheme
/// gives it) and by its key in the English text.
pub(crate) fn describe_input(lang: Lang, input: &InputTrace, title: Option<&str>, missing: bool) -> String {
    let t = |zh, en| pick(lang, zh, en);
    match input {
        InputTrace::Value { key } => {
            let name = match (lang, title) {
                (Lang::Zh, Some(title)) if !title.is_empty() => title,
                _ => key.as_str(),
            };
            [t("输入 ", "input "), name, t("，", ", ")].concat()
        }
        InputTrace::Ratio { numerator_sum, denominator_sum, multiplier, zero_denominator, .. } => {
            if *zero_denominator {
                return t("分母为 0，按方案规定得分，", "denominator is 0, scored as the scheme declares, ")
                    .to_owned();
            }
            let mut text =
                format!("{}{numerator_sum}{}{denominator_sum}", t("比值 ", "ratio "), t(" ÷ ", " / "));
            if *multiplier != Decimal::ONE {
                text.push_str(&format!(" × {multiplier}"));
            }
            text.push_str(t("，", ", "));
            text
        }
        InputTrace::Rated { aggregation, ratings, missing: absent, fallback } => {
            let separator = t("、", ", ");
            let list = join_owned(
                &ratings
                    .iter()
                    .map(|r| {
                        let dropped = if r.dropped { t("（去掉）", " dropped") } else { "" };
                        format!("{} {}{dropped}", r.rater, r.value)
                    })
                    .collect::<Vec<String>>(),
                separator,
            );
            let absent_text = if absent.is_empty() {
                String::new()
            } else {
                let ids = join(&absent.iter().map(|r| r.as_str()).collect::<Vec<&str>>(), separator);
                match lang {
                    Lang::Zh => format!("缺 {ids} 的评分，结果不完整，"),
                    Lang::En => format!("no rating from {ids}, result incomplete, "),
                }
            };
            let fallback_text = if *fallback {
                t("（评分不足，按备用方法）", " (fallback: too few ratings)")
            } else {
                ""
            };
            let n = ratings.len();
            match (lang, missing) {
                (Lang::Zh, true) => format!("评分不足（{n} 份：{list}），结果不完整，{absent_text}"),
                (Lang::En, true) => {
                    format!("too few ratings ({n}: {list}), result incomplete, {absent_text}")
                }
                (Lang::Zh, false) => {
                    format!(
                        "{n} 份评分（{list}）经{}{fallback_text}汇总，{absent_text}",
                        aggregation_zh(*aggregation)
                    )
                }
                (Lang::En, false) => {
                    format!(
                        "{n} ratings ({list}) by {}{fallback_text}, {absent_text}",
                        aggregation_en(*aggregation)
                    )
                }
            }
        }
    }
}

pub(crate) fn aggregation_zh(a: Option<Aggregation>) -> &'static str {
    match a {
        Some(Aggregation::Mean) => "平均",
        Some(Aggregation::Median) => "中位数",
        Some(Aggregation::TrimmedMean) => "去掉最高最低分后平均",
        None => "—",
    }
}

pub(crate) fn aggregation_en(a: Option<Aggregation>) -> &'static str {
    match a {
        Some(Aggregation::Mean) => "mean",
        Some(Aggregation::Median) => "median",
        Some(Aggregation::TrimmedMean) => "trimmed mean",
        None => "—",
    }
}
