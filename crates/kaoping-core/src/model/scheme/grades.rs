//! Grades (等次), quotas (名额), committee rules and cohort statistics.

use crate::base::decimal::Decimal;
use crate::base::ids::{DimensionId, GradeId};

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
    /// Over whom the share is counted: the whole cohort (the default) or each unit on its own
    /// (优秀 ≤ 20% within each 庭: an officer's unit is the dossier's `officer.unit`).
    #[serde(default, skip_serializing_if = "QuotaScope::is_cohort")]
    pub per: QuotaScope,
}

/// Over whom a quota's share is counted.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum QuotaScope {
    /// The whole cohort. The default.
    #[default]
    Cohort,
    /// Each unit (the officers sharing one `officer.unit`; officers without a unit form one
    /// group of their own) has its own places.
    Unit,
}

impl QuotaScope {
    /// Whether it is the default, the whole cohort.
    pub fn is_cohort(&self) -> bool {
        *self == QuotaScope::Cohort
    }
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
