//! Point-by-point explanation lines, in Chinese (default) or English.
//!
//! Each line names the rule it applies (a path into the scheme), the input it read, and the
//! points it moves. The `points` of all lines except the final total add up exactly to the total.

use crate::assessment::InputTrace;
use crate::decimal::Decimal;
use crate::scheme::Aggregation;
use serde::{Deserialize, Serialize};

/// Language of explanation texts.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    kaoping_json::ToJson,
    Deserialize,
    kaoping_json::FromJson,
)]
#[serde(rename_all = "camelCase")]
pub enum Lang {
    /// 中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}

/// What an explanation line accounts for.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    kaoping_json::ToJson,
    Deserialize,
    kaoping_json::FromJson,
)]
#[serde(rename_all = "camelCase")]
pub enum LineKind {
    /// An indicator's weighted contribution.
    Indicator,
    /// A positive-list item.
    Bonus,
    /// A list cap that cut the bonus subtotal.
    BonusCap,
    /// A negative-list item.
    Deduction,
    /// A list cap that cut the deduction subtotal.
    DeductionCap,
    /// A tolerance decision waiving or reducing a deduction or veto (moves no points itself).
    Waiver,
    /// A veto and its effect on the grade (moves no points).
    Veto,
    /// The bounds cut the total.
    Clamp,
    /// The grade given (moves no points).
    Grade,
    /// The final total (its `points` is the total, not an addend).
    Total,
}

/// One line of an explanation.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Debug, PartialEq, Eq, Serialize, kaoping_json::ToJson, Deserialize, kaoping_json::FromJson,
)]
#[serde(rename_all = "camelCase")]
pub struct ExplainLine {
    /// What the line accounts for.
    pub kind: LineKind,
    /// The rule applied: a path into the scheme (`dimensions[0].indicators[1]`, `deductions.items[2]`).
    pub rule: String,
    /// Points this line adds to the total (negative: subtracts).
    pub points: Decimal,
    /// The line in words.
    pub text: String,
}

impl ExplainLine {
    /// A line.
    pub fn new(kind: LineKind, rule: impl Into<String>, points: Decimal, text: String) -> Self {
        ExplainLine { kind, rule: rule.into(), points, text }
    }
}

/// Chooses the Chinese or English variant of a text.
pub(crate) fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Signed points with an explicit sign: `+3.50`, `-2.00`.
pub(crate) fn signed(points: Decimal, dp: u32) -> String {
    points.display_dp_signed(dp).to_string()
}

// ---- texts describing where an indicator's raw value came from --------------------------------

pub(crate) fn describe_input_zh(input: &InputTrace, missing: bool) -> String {
    match input {
        InputTrace::Value { key } => ["输入 ", key.as_str(), "，"].concat(),
        InputTrace::Ratio { numerator_sum, denominator_sum, multiplier, zero_denominator, .. } => {
            if *zero_denominator {
                "分母为 0，按方案规定得分，".to_owned()
            } else if *multiplier == Decimal::ONE {
                format!("比值 {numerator_sum} ÷ {denominator_sum}，")
            } else {
                format!("比值 {numerator_sum} ÷ {denominator_sum} × {multiplier}，")
            }
        }
        InputTrace::Rated { aggregation, ratings, missing: absent, fallback } => {
            let list: Vec<String> = ratings
                .iter()
                .map(|r| {
                    let dropped = if r.dropped { "（去掉）" } else { "" };
                    format!("{} {}{dropped}", r.rater, r.value)
                })
                .collect();
            let absent_text = if absent.is_empty() {
                String::new()
            } else {
                let ids: Vec<&str> = absent.iter().map(|r| r.as_str()).collect();
                format!("缺 {} 的评分，结果不完整，", ids.join("、"))
            };
            let fallback_text = if *fallback { "（评分不足，按备用方法）" } else { "" };
            if missing {
                format!("评分不足（{} 份：{}），结果不完整，{absent_text}", ratings.len(), list.join("、"))
            } else {
                format!(
                    "{} 份评分（{}）经{}{fallback_text}汇总，{absent_text}",
                    ratings.len(),
                    list.join("、"),
                    aggregation_zh(*aggregation)
                )
            }
        }
    }
}

pub(crate) fn describe_input_en(input: &InputTrace, missing: bool) -> String {
    match input {
        InputTrace::Value { key } => ["input ", key.as_str(), ", "].concat(),
        InputTrace::Ratio { numerator_sum, denominator_sum, multiplier, zero_denominator, .. } => {
            if *zero_denominator {
                "denominator is 0, scored as the scheme declares, ".to_owned()
            } else if *multiplier == Decimal::ONE {
                format!("ratio {numerator_sum} / {denominator_sum}, ")
            } else {
                format!("ratio {numerator_sum} / {denominator_sum} × {multiplier}, ")
            }
        }
        InputTrace::Rated { aggregation, ratings, missing: absent, fallback } => {
            let list: Vec<String> = ratings
                .iter()
                .map(|r| {
                    let dropped = if r.dropped { " dropped" } else { "" };
                    format!("{} {}{dropped}", r.rater, r.value)
                })
                .collect();
            let absent_text = if absent.is_empty() {
                String::new()
            } else {
                let ids: Vec<&str> = absent.iter().map(|r| r.as_str()).collect();
                format!("no rating from {}, result incomplete, ", ids.join(", "))
            };
            let fallback_text = if *fallback { " (fallback: too few ratings)" } else { "" };
            if missing {
                format!(
                    "too few ratings ({}: {}), result incomplete, {absent_text}",
                    ratings.len(),
                    list.join(", ")
                )
            } else {
                format!(
                    "{} ratings ({}) by {}{fallback_text}, {absent_text}",
                    ratings.len(),
                    list.join(", "),
                    aggregation_en(*aggregation)
                )
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
