//! The general assessment path: a validated scheme ([`Assessor`]) that scores dossiers, every
//! point explained.
//!
//! * `assessor`: the validated scheme and what it computes once;
//! * `run`: one assessment, from dimensions to the total, the grade and the fingerprint;
//! * `indicator`: one indicator, from its raw value to its weighted contribution;
//! * `lists`: the positive and negative lists, with tolerance waivers;
//! * `vetoes`: the vetoes hit; `grades`: grade bands and the grade after vetoes.
//!
//! The explanation lines are built as facts ([`LineFact`](crate::model::line_fact::LineFact))
//! and worded by [`crate::explain`].

mod assessor;
pub(crate) mod grades;
mod indicator;
mod lists;
mod paths;
#[cfg(test)]
pub(crate) mod reference;
mod run;
mod vetoes;

pub use assessor::Assessor;

use crate::base::decimal::Decimal;
use crate::base::ids::IndicatorId;
use crate::base::sorted::SortedMap;
use crate::model::assessment::{RatingUse, Waiver};
use crate::model::explanation::Lang;
use crate::model::scheme::{Aggregation, CohortStat};

/// Options of one assessment.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssessOptions {
    /// Include the point-by-point explanation lines. Default true.
    #[serde(default = "yes")]
    pub trace: bool,
    /// Compute the fingerprint. Default true.
    #[serde(default = "yes")]
    pub fingerprint: bool,
    /// Language of explanation texts. Default Chinese.
    #[serde(default)]
    pub lang: Lang,
}

fn yes() -> bool {
    true
}

impl Default for AssessOptions {
    fn default() -> Self {
        AssessOptions { trace: true, fingerprint: true, lang: Lang::Zh }
    }
}

/// A rated indicator's aggregated value, prepared by the committee module.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct RatedInput {
    /// The aggregated value; `None` when there are too few ratings (the result is incomplete).
    pub value: Option<Decimal>,
    /// Aggregation used.
    pub aggregation: Option<Aggregation>,
    /// The ratings.
    pub ratings: Vec<RatingUse>,
    /// Spread beyond the scheme's threshold.
    pub disagreement: bool,
    /// Raters expected to rate who have not (no signed sheet): the result is incomplete.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<crate::base::ids::RaterId>,
    /// Whether the scheme's fallback aggregation was used (too few ratings for the declared one).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fallback: bool,
}

/// Everything besides the dossier that an assessment may depend on. All of it is part of the
/// fingerprint.
#[derive(Clone, Copy, Debug, Default)]
pub struct AssessContext<'a> {
    /// Tolerance decisions' effects on deduction and veto occurrences.
    pub waivers: &'a [Waiver],
    /// Aggregated committee ratings by indicator.
    pub rated: Option<&'a SortedMap<IndicatorId, RatedInput>>,
    /// Cohort statistics by indicator, for cohort-relative indicators.
    pub cohort: Option<&'a SortedMap<IndicatorId, CohortStat>>,
    /// Whether `cohort` holds published statistics (preview) rather than the live cohort.
    pub cohort_published: bool,
}

/// The context as the assessment's fingerprint reads it.
#[derive(kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
struct ContextForFingerprint<'a> {
    waivers: &'a [Waiver],
    #[serde(skip_serializing_if = "Option::is_none")]
    rated: Option<&'a SortedMap<IndicatorId, RatedInput>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cohort: Option<&'a SortedMap<IndicatorId, CohortStat>>,
}
