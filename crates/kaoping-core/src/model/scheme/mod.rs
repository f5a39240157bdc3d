//! The assessment scheme (考评方案): a versioned, declarative definition of one assessment.
//!
//! A scheme is data (JSON). It declares the dossier inputs it reads, dimensions of weighted
//! indicators with their scoring functions, a positive list of bonus items, a negative list of
//! deductions, vetoes (一票否决), grades, quotas and committee rules. Nothing in a scheme is ever
//! executed as code. Parse with [`Scheme::from_json`], check with [`crate::validate_scheme`].

use crate::base::decimal::{Decimal, Rounding};
use crate::base::ids::{DimensionId, GradeId, IndicatorId, InputKey, SchemeId};
use crate::base::sorted::SortedMap;
use crate::base::{error::Problems, json::from_json_str};

mod checks;
mod grades;
mod indicator;
mod lists;
mod records;

pub use checks::*;
pub use grades::*;
pub use indicator::*;
pub use lists::*;
pub use records::*;

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
    /// Where rounding happens: each explanation line at the precision before the lines are
    /// summed (the default: the lines add up to the total), or only the total.
    #[serde(default, skip_serializing_if = "RoundingStage::is_lines")]
    pub rounding_stage: RoundingStage,
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
    /// The kinds of case records a dossier may carry (案件, 程序事项), whose fields derived
    /// inputs read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<RecordKind>,
    /// Constraints between inputs that every dossier must keep (审限内结案数 ≤ 结案数).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<InputConstraint>,
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

/// Where a scheme rounds to its precision.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum RoundingStage {
    /// Every indicator contribution and list item is rounded to the precision, and the total
    /// adds those rounded figures: the explanation's lines add up to the total. The default.
    #[default]
    Lines,
    /// The lines keep the engine's full precision (millionths) and only their sum is rounded,
    /// as a spreadsheet that sums unrounded cells does; a rounding line accounts for the
    /// difference.
    Total,
}

impl RoundingStage {
    /// Whether this is the default (each line rounded), which the written scheme leaves out.
    pub fn is_lines(&self) -> bool {
        *self == RoundingStage::Lines
    }
}

impl Scheme {
    /// The decimal places of the figures that are summed into the total: the precision when
    /// each line is rounded, six (the engine's exact unit) when only the total is.
    pub fn line_precision(&self) -> u32 {
        match self.rounding_stage {
            RoundingStage::Lines => self.precision,
            RoundingStage::Total => crate::base::decimal::FRACTION_DIGITS,
        }
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
    /// What an occurrence dated outside the period is: an error (the default) or a warning.
    #[serde(default, skip_serializing_if = "Outside::is_error")]
    pub outside: Outside,
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
    /// How the input is derived from the dossier's records (a dossier with records has it
    /// computed; one without records gives it, hand-counted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derive: Option<Derivation>,
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
