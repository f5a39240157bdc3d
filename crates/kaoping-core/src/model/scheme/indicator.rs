//! An indicator: where its raw value comes from and the function that scores it.

use crate::base::decimal::Decimal;
use crate::base::ids::{IndicatorId, InputKey};

/// One scored indicator.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Indicator {
    /// Indicator id (`CQ02`).
    pub id: IndicatorId,
    /// Chinese title (`审限内结案率`).
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Share of its dimension, in `(0, 1]`.
    pub weight: Decimal,
    /// Where the raw value comes from.
    pub input: InputSource,
    /// How the raw value becomes a score in `[0, maxScore]`.
    pub scoring: ScoringFunction,
    /// The indicator's full score. Default 100. Its contribution to the total is
    /// `score × weight × dimension weight × scheme fullScore ÷ maxScore`, rounded once.
    #[serde(default = "default_max_score")]
    pub max_score: Decimal,
    /// Upper cap on the score (below `maxScore`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Decimal>,
    /// Lower floor on the score (above 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<Decimal>,
    /// Where the indicator comes from: a key from the domain brief (`S6`) or `unsourced default`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Explanatory note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn default_max_score() -> Decimal {
    Decimal::HUNDRED
}

/// Where an indicator's raw value comes from.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum InputSource {
    /// One dossier input as it is.
    Value {
        /// The input key.
        key: InputKey,
    },
    /// A ratio of two sums of dossier inputs, e.g. 案-件比 = 件 / 案, times `multiplier`.
    #[serde(rename_all = "camelCase")]
    Ratio {
        /// Terms added up above the line.
        numerator: Vec<Term>,
        /// Terms added up below the line.
        denominator: Vec<Term>,
        /// Factor applied to the quotient (100 for a percentage). Default 1.
        #[serde(default = "one", skip_serializing_if = "is_one")]
        multiplier: Decimal,
        /// Score given when the denominator is zero; without it a zero denominator is an error.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        if_zero: Option<Decimal>,
    },
    /// Committee ratings (民主测评, 综合评价, 满意度) aggregated by the scheme's committee rules.
    Rated {},
}

fn one() -> Decimal {
    Decimal::ONE
}

fn is_one(d: &Decimal) -> bool {
    *d == Decimal::ONE
}

/// `coef × inputs[key]`, one term of a ratio.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Term {
    /// The input key.
    pub key: InputKey,
    /// Coefficient. Default 1; −1 subtracts (案 = 受理审查逮捕 + 受理审查起诉 − 已逮捕后移送).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub coef: Decimal,
}

/// Which direction of a raw value is better.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// Higher is better.
    Higher,
    /// Lower is better.
    Lower,
}

/// How a raw value becomes a score in `[0, maxScore]`.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
pub enum ScoringFunction {
    /// Linear from 0 at `floor` to full at `target`, higher is better.
    #[serde(rename_all = "camelCase")]
    HigherIsBetter {
        /// At or below: 0.
        floor: Decimal,
        /// At or above: full score.
        target: Decimal,
    },
    /// Linear from full at `target` to 0 at `floor`, lower is better (`floor` > `target`).
    #[serde(rename_all = "camelCase")]
    LowerIsBetter {
        /// At or below: full score.
        target: Decimal,
        /// At or above: 0.
        floor: Decimal,
    },
    /// ◇ Full score inside `[lower, upper]`, falling linearly to 0 at `zeroBelow` and
    /// `zeroAbove`.
    #[serde(rename_all = "camelCase")]
    TargetRange {
        /// Value at and below which the score is 0.
        zero_below: Decimal,
        /// Lower end of the full-score band.
        lower: Decimal,
        /// Upper end of the full-score band.
        upper: Decimal,
        /// Value at and above which the score is 0.
        zero_above: Decimal,
    },
    /// Full score at or beyond `threshold`; `perUnit` points off for every `unit` short of it
    /// ("结案率 ≥ 90% earns 30, minus 1 per point below"; "−2 per case past the time limit").
    #[serde(rename_all = "camelCase")]
    Threshold {
        /// Which side of the threshold is good.
        direction: Direction,
        /// The threshold.
        threshold: Decimal,
        /// Points off per unit of shortfall.
        per_unit: Decimal,
        /// Size of one unit. Default 1.
        #[serde(default = "one", skip_serializing_if = "is_one")]
        unit: Decimal,
        /// Count only whole units, any part of a unit counting as a whole one (ceil). Default
        /// false: proportional.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        whole_units: bool,
    },
    /// Piecewise-linear through breakpoints with strictly increasing `x`; flat beyond the ends.
    #[serde(rename_all = "camelCase")]
    Piecewise {
        /// Breakpoints.
        points: Vec<Breakpoint>,
    },
    /// Step bands: the score of the last band whose `from` the value reaches; 0 below the first.
    #[serde(rename_all = "camelCase")]
    Steps {
        /// Bands with strictly increasing `from`.
        steps: Vec<Step>,
    },
    /// The raw value is already a score (e.g. a 0–100 rating), clamped to `[0, maxScore]`.
    Direct {},
    /// Standardised against the cohort: `center + spread × z` where `z` is the officer's
    /// z-score (sign flipped when lower is better), or a rank-based equivalent.
    #[serde(rename_all = "camelCase")]
    CohortRelative {
        /// z-score or rank-based.
        method: RelativeMethod,
        /// Which direction of the raw value is better.
        direction: Direction,
        /// Score at the cohort mean (z = 0).
        center: Decimal,
        /// Points per standard deviation.
        spread: Decimal,
    },
}

/// A breakpoint of a piecewise-linear function.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Breakpoint {
    /// Raw value.
    pub x: Decimal,
    /// Score.
    pub y: Decimal,
}

/// A step band.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    /// Lowest raw value of the band.
    pub from: Decimal,
    /// Score in the band.
    pub score: Decimal,
}

/// How a cohort-relative indicator standardises.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum RelativeMethod {
    /// z = (x − mean) / sd (population standard deviation).
    ZScore,
    /// Rank-based: the officer's mid-rank percentile mapped to the z of a uniform spread.
    Rank,
}
