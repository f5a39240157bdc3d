//! The assessment scheme (考评方案): a versioned, declarative definition of one assessment.
//!
//! A scheme is data (JSON). It declares the dossier inputs it reads, dimensions of weighted
//! indicators with their scoring functions, a positive list of bonus items, a negative list of
//! deductions, vetoes (一票否决), grades, quotas and committee rules. Nothing in a scheme is ever
//! executed as code. Parse with [`Scheme::from_json`], check with [`crate::validate_scheme`].

use crate::base::decimal::{Decimal, Rounding};
use crate::base::ids::{DimensionId, GradeId, IndicatorId, InputKey, ItemId, SchemeId};
use crate::base::sorted::SortedMap;
use crate::base::{error::Problems, json::from_json_str};

/// The scheme format version this engine reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A complete assessment scheme.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Scheme {
    /// Format version; must be [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Scheme id, e.g. `court-judge`.
    pub id: SchemeId,
    /// Version of this scheme, e.g. `2026.1`; results name it so they can be reproduced.
    pub version: String,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// The officers the scheme applies to.
    pub role: Role,
    /// The assessment period.
    pub period: Period,
    /// Decimal places of every reported score (0–4). Default 2.
    #[serde(default = "default_precision")]
    pub precision: u32,
    /// Rounding rule for reported scores. Default half away from zero (四舍五入).
    #[serde(default)]
    pub rounding: Rounding,
    /// What the weighted indicators add up to when every indicator is at full score. Default 100.
    #[serde(default = "default_full_score")]
    pub full_score: Decimal,
    /// The total (weighted indicators + bonuses − deductions) is clamped into these bounds.
    /// Default 0–100.
    #[serde(default)]
    pub bounds: Bounds,
    /// The dossier inputs the scheme reads.
    #[serde(default)]
    pub inputs: Vec<InputDef>,
    /// Weighted dimensions of indicators; dimension weights add up to 1.
    pub dimensions: Vec<Dimension>,
    /// Positive list (正面清单): bonus items.
    #[serde(default)]
    pub bonuses: ItemList,
    /// Negative list (负面清单): deduction items.
    #[serde(default)]
    pub deductions: ItemList,
    /// Veto items (一票否决).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vetoes: Vec<Veto>,
    /// Grades, best first; their bands cover the bounds without gap or overlap.
    pub grades: Vec<Grade>,
    /// Grade quotas over a cohort (名额).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotas: Vec<Quota>,
    /// How committee ratings are aggregated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<CommitteeRules>,
    /// Order used to break ties in a cohort ranking. Default: total, then the first dimension,
    /// then fewer deductions, then officer id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tie_break: Vec<TieBreakKey>,
    /// Cohort statistics published with the scheme, for cohort-relative indicators when an
    /// officer previews alone.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<IndicatorId, CohortStat>"))]
    pub published_stats: SortedMap<IndicatorId, CohortStat>,
    /// Free notes (e.g. which parts are unsourced defaults).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

fn default_precision() -> u32 {
    2
}

fn default_full_score() -> Decimal {
    Decimal::HUNDRED
}

impl Scheme {
    /// Parses a scheme from JSON. Structural problems (wrong types, unknown fields) come back as
    /// a located problem; semantic checks are [`crate::validate_scheme`].
    pub fn from_json(text: &str) -> Result<Scheme, Problems> {
        from_json_str(text)
    }

    /// All indicators with their dimension, in declaration order.
    pub fn indicators(&self) -> impl Iterator<Item = (&Dimension, &Indicator)> {
        self.dimensions.iter().flat_map(|d| d.indicators.iter().map(move |i| (d, i)))
    }

    /// A grade by id.
    pub fn grade(&self, id: &GradeId) -> Option<&Grade> {
        self.grades.iter().find(|g| &g.id == id)
    }

    /// Position of a grade, 0 = best.
    pub fn grade_rank(&self, id: &GradeId) -> Option<usize> {
        self.grades.iter().position(|g| &g.id == id)
    }
}

/// The officers a scheme applies to.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Role {
    /// 法官.
    Judge,
    /// 检察官.
    Prosecutor,
    /// 公安民警.
    Police,
    /// 监狱人民警察.
    Prison,
    /// 司法行政人员.
    JudicialAdministration,
}

/// The period a scheme assesses.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Period {
    /// Label shown to people, e.g. `2026年度`.
    pub label: String,
    /// First day.
    pub start: crate::Date,
    /// Last day.
    pub end: crate::Date,
}

/// Bounds of the total score.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Bounds {
    /// Lowest total.
    pub min: Decimal,
    /// Highest total.
    pub max: Decimal,
}

impl Default for Bounds {
    fn default() -> Self {
        Bounds { min: Decimal::ZERO, max: Decimal::HUNDRED }
    }
}

/// One input a dossier supplies.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InputDef {
    /// Key in the dossier's `inputs`.
    pub key: InputKey,
    /// Chinese name.
    pub title: String,
    /// English name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// What kind of number it is.
    pub kind: InputKind,
    /// Display unit (`%`, `件`, `天`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Whether a dossier may leave it out (only allowed when no indicator reads it directly).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
}

/// The kind of a dossier input, which decides how it is checked.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum InputKind {
    /// A whole, non-negative number (cases, days late).
    Count,
    /// A percentage between 0 and 100.
    Percent,
    /// Any number within ±10¹².
    Number,
}

/// A weighted group of indicators (质量 / 效率 / 效果 / 群众评价 …).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Dimension {
    /// Dimension id.
    pub id: DimensionId,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Share of the total, in `(0, 1]`; dimension weights add up to 1.
    pub weight: Decimal,
    /// Indicators; their weights add up to 1 within the dimension.
    pub indicators: Vec<Indicator>,
}

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

/// A positive or negative list.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Default, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ItemList {
    /// Cap on the list's total (after per-item caps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Decimal>,
    /// The items.
    #[serde(default)]
    pub items: Vec<ListItem>,
}

/// One item of a positive (bonus) or negative (deduction) list.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListItem {
    /// Item id (`P01`, `N03`).
    pub id: ItemId,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Points per occurrence (positive; deductions are subtracted).
    pub points: Decimal,
    /// Cap on this item's points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Decimal>,
    /// Count occurrences automatically from the dossier's case-review (案件评查) results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_case_review: Option<CaseReviewGrade>,
    /// Source key from the domain brief, or `unsourced default`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Explanatory note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Grades of a reviewed case file (案件评查): 优秀 90–100 / 合格 70–89 / 瑕疵 60–69 / 差错 <60.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum CaseReviewGrade {
    /// 优秀.
    Excellent,
    /// 合格.
    Pass,
    /// 瑕疵.
    Flawed,
    /// 差错.
    Error,
}

/// A veto item (一票否决).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Veto {
    /// Item id (`V01`).
    pub id: ItemId,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// What an occurrence does to the grade.
    pub effect: VetoEffect,
    /// Source key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Explanatory note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a veto does to the grade.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
pub enum VetoEffect {
    /// The officer cannot receive this grade or any better one (e.g. no 优秀).
    BlockGrade {
        /// The blocked grade.
        grade: GradeId,
    },
    /// The officer receives exactly this grade (e.g. 不称职 / 不达标).
    ForceGrade {
        /// The forced grade.
        grade: GradeId,
    },
    /// No grade is given, only comments (e.g. 记过 during its period).
    WithholdGrade {},
}

/// A grade band `[min, max)`; the best grade also includes `max`.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Grade {
    /// Grade id (`excellent`).
    pub id: GradeId,
    /// Chinese title (`优秀`).
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Lowest total in the band (inclusive).
    pub min: Decimal,
    /// Upper end of the band (exclusive, except for the best grade).
    pub max: Decimal,
}

/// A cap on the share of a cohort in one grade.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Quota {
    /// The grade.
    pub grade: GradeId,
    /// Maximum share of the cohort, in `(0, 1]` (0.2 = 20%).
    pub max_share: Decimal,
    /// How `share × cohort size` becomes a whole number of places. Default floor.
    #[serde(default)]
    pub rounding: QuotaRounding,
}

/// Rounding of a quota to whole places.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum QuotaRounding {
    /// Round down (never exceed the share). The default.
    #[default]
    Floor,
    /// Round half up.
    Nearest,
    /// Round up.
    Ceil,
}

/// How the committee's ratings are combined.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CommitteeRules {
    /// The aggregation of several raters' ratings of one indicator.
    pub aggregation: Aggregation,
    /// Used when there are too few ratings for `aggregation`; without it that is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<Aggregation>,
    /// Ratings whose spread (max − min) exceeds this are flagged as a disagreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreement_spread: Option<Decimal>,
    /// Minimum number of ratings for a complete result. Default 1.
    #[serde(default = "default_min_raters")]
    pub min_raters: u32,
}

fn default_min_raters() -> u32 {
    1
}

/// An aggregation of ratings.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Aggregation {
    /// Arithmetic mean.
    Mean,
    /// Median (mean of the two middle values for an even count).
    Median,
    /// Mean after dropping one highest and one lowest rating (needs at least 3).
    TrimmedMean,
}

/// A key of the cohort tie-break order.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "by", rename_all = "camelCase", deny_unknown_fields)]
pub enum TieBreakKey {
    /// Higher total first.
    Total {},
    /// Higher score in this dimension first.
    Dimension {
        /// The dimension.
        dimension: DimensionId,
    },
    /// Fewer deduction points first.
    FewerDeductions {},
    /// Officer id, ascending.
    OfficerId {},
}

/// Published statistics of one indicator's raw values over a cohort.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CohortStat {
    /// Number of officers.
    pub count: u32,
    /// Mean raw value.
    pub mean: Decimal,
    /// Population standard deviation.
    pub sd: Decimal,
    /// Sorted raw values, when published (needed by rank-based indicators).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<Decimal>,
}
