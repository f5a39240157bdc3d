//! The result of assessing one dossier: every point, traceable to its rule and input.
//!
//! The total is the exact sum of its parts as reported: every indicator contribution, list item
//! and cap is rounded to the scheme's precision first, and the total adds those rounded figures
//! (plus a clamp line when the bounds cut it). So the explanation always adds up to the total.
//! A scheme that rounds only the total keeps every line at millionths and adds one rounding
//! line, so its explanation adds up to the total too.

use crate::base::decimal::Decimal;
use crate::base::ids::{
    DimensionId, GradeId, IndicatorId, InputKey, ItemId, OccurrenceId, OfficerId, RaterId,
};
use crate::model::dossier::{Officer, SchemeRef};
use crate::model::explanation::ExplainLine;
use crate::model::scheme::{Aggregation, VetoEffect};

/// One officer's assessment.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// Engine version that computed it.
    pub engine: String,
    /// Scheme id and version used.
    pub scheme: SchemeRef,
    /// The officer.
    pub officer: Officer,
    /// Total score, at the scheme's precision.
    pub total: Decimal,
    /// Final grade after vetoes (before cohort quotas); `None` when a veto withholds the grade.
    pub grade: Option<GradeRef>,
    /// The grade the total alone would give.
    pub score_grade: GradeRef,
    /// Sum of the weighted indicator contributions.
    pub weighted: Decimal,
    /// Dimension and indicator scores.
    pub dimensions: Vec<DimensionScore>,
    /// Positive list (bonus items).
    pub bonuses: ListScore,
    /// Negative list (deductions).
    pub deductions: ListScore,
    /// Vetoes that occurred (including waived ones, marked).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vetoes: Vec<VetoHit>,
    /// Present when the bounds cut the total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clamp: Option<Clamp>,
    /// The sum of the unrounded lines, when the scheme rounds only the total
    /// ([`RoundingStage::Total`](crate::model::scheme::RoundingStage::Total)) and the rounding
    /// moved it: the total is this sum rounded to the precision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unrounded: Option<Decimal>,
    /// Flags for display (veto, incomplete, disagreement, …).
    pub flags: Flags,
    /// Inputs derived from the dossier's case records, each with the records behind it
    /// (指标下钻); empty for a dossier without records.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived: Vec<DerivedInput>,
    /// Point-by-point explanation, when asked for (`trace`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explanation: Vec<ExplainLine>,
    /// SHA-256 over the canonical scheme, dossier, context and engine version, when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

/// One input derived from case records: its value and the records it was computed from.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DerivedInput {
    /// The input.
    pub key: crate::base::ids::InputKey,
    /// Its value (`None`: a mean, least or greatest value of no record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    /// The records the aggregation kept, in the dossier's order.
    pub records: Vec<crate::base::ids::RecordId>,
}

/// The summary of an assessment that a listing of officers needs: the total and the grades,
/// without the breakdown and the explanation. [`crate::Engine::score`] computes it (through the
/// compiled plan where it can); [`Assessment::score`] derives it from a full assessment.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Score {
    /// The officer's id.
    pub officer: OfficerId,
    /// Total score, at the scheme's precision.
    pub total: Decimal,
    /// Final grade after vetoes (before cohort quotas); `None` when a veto withholds the grade.
    pub grade: Option<GradeRef>,
    /// The grade the total alone would give.
    pub score_grade: GradeRef,
    /// The assessment's flags (veto, incomplete, disagreement, tolerance).
    pub flags: Flags,
}

impl From<&Assessment> for Score {
    fn from(a: &Assessment) -> Score {
        Score {
            officer: a.officer.id.clone(),
            total: a.total,
            grade: a.grade.clone(),
            score_grade: a.score_grade.clone(),
            flags: a.flags,
        }
    }
}

impl Assessment {
    /// What the lines add up to before the bounds cut it and before the total is rounded (a
    /// scheme that rounds only the total): the figure a change of one line moves.
    pub fn lines_sum(&self) -> Decimal {
        self.clamp.map_or(self.unrounded.unwrap_or(self.total), |c| c.unclamped)
    }

    /// The summary of this assessment.
    pub fn score(&self) -> Score {
        Score::from(self)
    }
}

/// A grade id with its title.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct GradeRef {
    /// Grade id.
    pub id: GradeId,
    /// Chinese title.
    pub title: String,
}

/// Flags a committee needs to see at a glance.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Flags {
    /// A veto (not waived) applies.
    pub veto: bool,
    /// Some data (ratings) is missing; the result is provisional.
    pub incomplete: bool,
    /// Raters disagree beyond the scheme's threshold on some indicator.
    pub disagreement: bool,
    /// A tolerance decision changed a deduction or veto.
    pub tolerance: bool,
}

/// One dimension's score.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct DimensionScore {
    /// Dimension id.
    pub id: DimensionId,
    /// Chinese title.
    pub title: String,
    /// Share of the total.
    pub weight: Decimal,
    /// Sum of its indicators' contributions.
    pub score: Decimal,
    /// The most the dimension can contribute (`weight × fullScore`).
    pub max: Decimal,
    /// Its indicators.
    pub indicators: Vec<IndicatorScore>,
}

/// One indicator's score and how it came about.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct IndicatorScore {
    /// Indicator id.
    pub id: IndicatorId,
    /// Chinese title.
    pub title: String,
    /// The raw value fed to the scoring function (`None` when missing ratings left it empty).
    pub raw: Option<Decimal>,
    /// How the raw value was obtained.
    pub input: InputTrace,
    /// Score in `[0, maxScore]` from the function, before caps (six decimals).
    pub function_score: Decimal,
    /// Score after cap and floor.
    pub score: Decimal,
    /// The indicator's full score.
    pub max_score: Decimal,
    /// Present when a cap or floor changed the score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limited: Option<Limit>,
    /// Effective weight in the total (`indicator weight × dimension weight`).
    pub weight: Decimal,
    /// Points added to the total, at the scheme's precision.
    pub contribution: Decimal,
    /// Cohort standardisation detail, for cohort-relative indicators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative: Option<RelativeTrace>,
}

/// Which limit changed an indicator score.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Limit {
    /// The indicator's cap.
    Cap,
    /// The indicator's floor.
    Floor,
}

/// Where a raw value came from.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum InputTrace {
    /// One dossier input.
    Value {
        /// The input key.
        key: InputKey,
    },
    /// A ratio of dossier inputs.
    #[serde(rename_all = "camelCase")]
    Ratio {
        /// Numerator terms with their values.
        numerator: Vec<TermValue>,
        /// Denominator terms with their values.
        denominator: Vec<TermValue>,
        /// Sum above the line.
        numerator_sum: Decimal,
        /// Sum below the line.
        denominator_sum: Decimal,
        /// Multiplier applied.
        multiplier: Decimal,
        /// Whether the denominator was zero and the scheme's `ifZero` score was used.
        zero_denominator: bool,
    },
    /// Aggregated committee ratings.
    #[serde(rename_all = "camelCase")]
    Rated {
        /// Aggregation used.
        aggregation: Option<Aggregation>,
        /// Every rating, with whether it was dropped by the aggregation.
        ratings: Vec<RatingUse>,
        /// Raters expected to rate who have not: the result is incomplete.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        missing: Vec<RaterId>,
        /// Whether the scheme's fallback aggregation was used.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        fallback: bool,
    },
}

/// A ratio term with the value it had.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct TermValue {
    /// Input key.
    pub key: InputKey,
    /// Coefficient.
    pub coef: Decimal,
    /// Input value.
    pub value: Decimal,
}

/// One rater's rating as used by an aggregation.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct RatingUse {
    /// The rater.
    pub rater: RaterId,
    /// The rating.
    pub value: Decimal,
    /// Dropped as highest or lowest by a trimmed mean.
    pub dropped: bool,
}

/// Cohort standardisation of one raw value.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct RelativeTrace {
    /// Cohort mean.
    pub mean: Decimal,
    /// Cohort standard deviation.
    pub sd: Decimal,
    /// The standardised value used (sign flipped when lower is better).
    pub z: Decimal,
    /// Cohort size.
    pub count: u32,
    /// Whether the statistics were the published ones rather than the live cohort.
    pub published: bool,
}

/// A positive or negative list's result.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct ListScore {
    /// Items that occurred.
    pub items: Vec<ItemScore>,
    /// Sum of item totals (after per-item caps).
    pub subtotal: Decimal,
    /// The list cap, if declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Decimal>,
    /// Points after the list cap (positive; deductions are subtracted from the total).
    pub total: Decimal,
}

/// One list item's points.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct ItemScore {
    /// Item id.
    pub id: ItemId,
    /// Chinese title.
    pub title: String,
    /// Points per occurrence.
    pub points: Decimal,
    /// The occurrences counted.
    pub occurrences: Vec<OccurrenceUse>,
    /// Points before the item cap.
    pub raw: Decimal,
    /// The item cap, if declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Decimal>,
    /// Points after the item cap.
    pub total: Decimal,
}

/// One occurrence as counted.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct OccurrenceUse {
    /// Occurrence id (`caseReview.flawed` for counts taken from case review).
    pub id: OccurrenceId,
    /// Count.
    pub count: u32,
    /// Reference (案号 / 文号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Points it contributes, after any waiver.
    pub points: Decimal,
    /// Tolerance waiver applied to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<Waiver>,
}

/// A veto that occurred.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct VetoHit {
    /// Veto id.
    pub id: ItemId,
    /// Chinese title.
    pub title: String,
    /// Its effect.
    pub effect: VetoEffect,
    /// The occurrences.
    pub occurrences: Vec<OccurrenceId>,
    /// Whether tolerance decisions waived every occurrence (then it has no effect).
    pub waived: bool,
    /// The waivers, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<Waiver>,
}

/// The bounds cut the total.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Clamp {
    /// Total before clamping.
    pub unclamped: Decimal,
    /// Points added (negative: removed) by the clamp.
    pub adjustment: Decimal,
}

/// A tolerance decision's effect on one occurrence of a deduction or veto.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Waiver {
    /// The occurrence it applies to.
    pub occurrence: OccurrenceId,
    /// Share of the deduction that is kept: 0 = fully waived (免责), 1 = kept (不予容错).
    pub kept: Decimal,
    /// The incident / decision that grants it.
    pub decision: String,
    /// Outcome label (免责 / 从轻 / 减轻 / 不予容错).
    pub outcome: String,
}
