//! An organisation (组织机构) as data: units in a hierarchy (院 → 庭 / 部 / 科; 支队 → 大队 →
//! 中队), the posts (岗位) officers hold, and the rule that aggregates a unit's result from its
//! members; and the facts a unit's result is explained from.
//!
//! ```json
//! { "units": [{ "id": "court", "title": "某区人民法院" },
//!             { "id": "civil-1", "title": "民一庭", "parent": "court" }],
//!   "posts": [{ "id": "judge", "title": "员额法官" }, { "id": "clerk", "title": "书记员" }],
//!   "aggregate": { "rule": "weighted", "input": "closed" } }
//! ```
//! An officer belongs to the unit their dossier's `officer.unit` names and, through it, to
//! every unit above it.

use crate::base::decimal::Decimal;
use crate::base::ids::{InputKey, PostId, UnitId};
use crate::model::line_fact::Title;

/// Units, posts and the aggregation rule.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Organisation {
    /// The units, each naming its parent (none for the top).
    #[serde(default)]
    pub units: Vec<Unit>,
    /// The posts officers may hold (empty: posts are not checked).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<Post>,
    /// How a unit's result is aggregated from its members. Default: the mean.
    #[serde(default)]
    pub aggregate: UnitAggregation,
}

/// One unit.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Unit {
    /// Unit id (what `officer.unit` names).
    pub id: UnitId,
    /// Chinese title (`民一庭`).
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// The unit above (`None`: a top unit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<UnitId>,
}

/// One post (岗位).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Post {
    /// Post id (`judge`).
    pub id: PostId,
    /// Chinese title (`员额法官`).
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
}

/// How a unit's result is aggregated from its members' totals.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "rule", rename_all = "camelCase", deny_unknown_fields)]
pub enum UnitAggregation {
    /// The mean of the members' totals. The default.
    Mean {},
    /// The mean weighted by an input of each member's dossier (a caseload: 结案数); a member
    /// without the input weighs nothing.
    Weighted {
        /// The input.
        input: InputKey,
    },
}

impl Default for UnitAggregation {
    fn default() -> Self {
        UnitAggregation::Mean {}
    }
}

/// What a unit's result is explained from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitFact<'a> {
    /// The mean of `members` totals.
    Mean {
        /// The unit.
        unit: Title<'a>,
        /// Members counted.
        members: u32,
        /// Sum of their totals.
        sum: Decimal,
        /// The mean, rounded to the scheme's precision.
        mean: Decimal,
    },
    /// The weighted mean.
    Weighted {
        /// The unit.
        unit: Title<'a>,
        /// The weight input's title.
        input: Title<'a>,
        /// Members counted.
        members: u32,
        /// Σ total × weight.
        weighted: Decimal,
        /// Σ weight.
        weights: Decimal,
        /// The weighted mean, rounded to the scheme's precision.
        mean: Decimal,
    },
    /// No member, or no weight: no result.
    Empty {
        /// The unit.
        unit: Title<'a>,
        /// Members (all without weight when not zero).
        members: u32,
    },
}
