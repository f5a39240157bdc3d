//! The scheme's definitions worded for the scheme screen: where an indicator's raw value comes
//! from (inputs by their titles) and how its scoring function turns it into a score, in the
//! screen's language (the JSON form stays in the exported scheme).

use crate::i18n::{pick, Lang};
use kaoping_core::model::scheme::{Direction, InputSource, RelativeMethod, ScoringFunction, Term};
use kaoping_core::{Decimal, Scheme};

/// An input by its title (its key when the scheme does not define it).
fn input_name(scheme: &Scheme, key: &kaoping_core::InputKey, lang: Lang) -> String {
    scheme
        .inputs
        .iter()
        .find(|d| &d.key == key)
        .map_or_else(|| key.to_string(), |d| pick(lang, &d.title, d.title_en.as_deref()).to_string())
}

/// A sum of terms: `a + b − c`, a coefficient other than ±1 written before the input.
fn sum(scheme: &Scheme, terms: &[Term], lang: Lang) -> String {
    let mut out = String::new();
    for (i, t) in terms.iter().enumerate() {
        let negative = t.coef.is_negative();
        let size = if negative { Decimal::ZERO.checked_sub(t.coef).unwrap_or(t.coef) } else { t.coef };
        match (i, negative) {
            (0, true) => out.push('−'),
            (0, false) => {}
            (_, true) => out.push_str(" − "),
            (_, false) => out.push_str(" + "),
        }
        if size != Decimal::ONE {
            out.push_str(&format!("{size} × "));
        }
        out.push_str(&input_name(scheme, &t.key, lang));
    }
    out
}

/// Where an indicator's raw value comes from.
pub fn source_text(scheme: &Scheme, input: &InputSource, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match input {
        InputSource::Value { key } => input_name(scheme, key, lang),
        InputSource::Ratio { numerator, denominator, multiplier, if_zero } => {
            let mut text =
                format!("（{}）÷（{}）", sum(scheme, numerator, lang), sum(scheme, denominator, lang));
            if *multiplier != Decimal::ONE {
                text.push_str(&format!(" × {multiplier}"));
            }
            if let Some(z) = if_zero {
                text.push_str(&if zh {
                    format!("；分母为 0 时得 {z} 分")
                } else {
                    format!("; {z} points when the denominator is 0")
                });
            }
            text
        }
        InputSource::Rated {} => pick(lang, "考评委员会评分", Some("committee ratings")).to_owned(),
    }
}

/// How the scoring function turns a raw value into a score.
pub fn scoring_text(f: &ScoringFunction, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let t = |zh_text: String, en_text: String| if zh { zh_text } else { en_text };
    match f {
        ScoringFunction::HigherIsBetter { floor, target } => t(
            format!("越高越好：不高于 {floor} 得 0 分，达到 {target} 得满分，其间按比例"),
            format!("higher is better: 0 at {floor} or below, full at {target} or above, linear between"),
        ),
        ScoringFunction::LowerIsBetter { target, floor } => t(
            format!("越低越好：不高于 {target} 得满分，达到 {floor} 得 0 分，其间按比例"),
            format!("lower is better: full at {target} or below, 0 at {floor} or above, linear between"),
        ),
        ScoringFunction::TargetRange { zero_below, lower, upper, zero_above } => t(
            format!("区间最优：{lower} 至 {upper} 得满分，不高于 {zero_below} 或不低于 {zero_above} 得 0 分，其间按比例"),
            format!("target range: full from {lower} to {upper}, 0 at {zero_below} or below and {zero_above} or above, linear between"),
        ),
        ScoringFunction::Threshold { direction, threshold, per_unit, unit, whole_units } => {
            let whole = if *whole_units { t("（不足一个单位按一个计）".into(), " (any part of a unit counts as one)".into()) } else { String::new() };
            match direction {
                Direction::Higher => t(
                    format!("达到 {threshold} 得满分，每低 {unit} 扣 {per_unit} 分{whole}"),
                    format!("full at {threshold} or above, {per_unit} off per {unit} below{whole}"),
                ),
                Direction::Lower => t(
                    format!("不超过 {threshold} 得满分，每超 {unit} 扣 {per_unit} 分{whole}"),
                    format!("full at {threshold} or below, {per_unit} off per {unit} above{whole}"),
                ),
            }
        }
        ScoringFunction::Piecewise { points } => {
            let list: Vec<String> = points.iter().map(|p| format!("{} → {}", p.x, p.y)).collect();
            t(format!("分段线性：{}", list.join("，")), format!("piecewise linear: {}", list.join(", ")))
        }
        ScoringFunction::Steps { steps } => {
            let list: Vec<String> = steps.iter().map(|s| t(format!("≥ {} 得 {}", s.from, s.score), format!("≥ {}: {}", s.from, s.score))).collect();
            t(format!("分档：{}", list.join("，")), format!("steps: {}", list.join(", ")))
        }
        ScoringFunction::Direct {} => t("原始值即为得分".into(), "the raw value is the score".into()),
        ScoringFunction::CohortRelative { method, direction, center, spread } => {
            let how = match (method, zh) {
                (RelativeMethod::ZScore, true) => "标准分",
                (RelativeMethod::Rank, true) => "排名百分位",
                (RelativeMethod::ZScore, false) => "z-score",
                (RelativeMethod::Rank, false) => "rank percentile",
            };
            let better = match (direction, zh) {
                (Direction::Higher, true) => "越高越好",
                (Direction::Lower, true) => "越低越好",
                (Direction::Higher, false) => "higher is better",
                (Direction::Lower, false) => "lower is better",
            };
            t(
                format!("按全体相对计分（{how}，{better}）：平均水平得 {center} 分，每个标准差 {spread} 分"),
                format!("relative to the cohort ({how}, {better}): {center} at the mean, {spread} per standard deviation"),
            )
        }
    }
}
