//! Publication (公示): the proposed result of a cohort made known inside the body before it is
//! final, with its notice date and the end of its objection window counted in working days;
//! after the window, the final result with the objections' outcomes.
//! [`crate::rules::publication`] builds it; [`crate::explain`] words it.

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::ids::{GradeId, OfficerId};
use crate::model::calendar::CountedDay;

/// Which grades the publication lists.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum PublicationScope {
    /// Officers proposed for these grades (the default: `excellent`, the proposed 优秀 list).
    Grades {
        /// The grades listed.
        grades: Vec<GradeId>,
    },
    /// Every officer with their grade.
    EveryGrade {},
}

impl Default for PublicationScope {
    fn default() -> Self {
        PublicationScope::Grades { grades: vec![GradeId::from("excellent")] }
    }
}

/// Where the window's length comes from.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum WindowSource {
    /// Declared in the request (the scheme's or the body's choice).
    Declared,
    /// The default, 5 working days: common practice, a choice and not a rule of law.
    Default,
}

/// How an objection raised during the window was decided.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum ObjectionOutcome {
    /// The proposed result is upheld (维持原结果).
    Upheld,
    /// The result is changed (变更), to the grade given.
    Changed,
    /// The objection is rejected without a finding on the merits (驳回).
    Rejected,
}

/// An objection raised during the window and its outcome.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PublishedObjection {
    /// The officer whose result is contested.
    pub officer: OfficerId,
    /// Date raised (within the window).
    pub filed: Date,
    /// The outcome.
    pub outcome: ObjectionOutcome,
    /// The grade after a change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<GradeId>,
    /// The reasons of the decision.
    #[serde(default)]
    pub reason: String,
}

/// One officer listed.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct ListedOfficer {
    /// Rank (0: not given).
    pub rank: u32,
    /// The officer.
    pub officer: OfficerId,
    /// Name.
    pub name: String,
    /// Total.
    pub total: Decimal,
    /// Grade (`None`: withheld).
    pub grade: Option<GradeId>,
    /// Grade title.
    pub grade_title: String,
}

/// An officer's final result after the window.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct FinalEntry {
    /// The officer.
    pub officer: OfficerId,
    /// Name.
    pub name: String,
    /// Grade as published.
    pub proposed: Option<GradeId>,
    /// Grade after the objections.
    pub grade: Option<GradeId>,
    /// The objection's outcome, if one was raised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection: Option<ObjectionOutcome>,
    /// The reasons given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The final result after the window.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct FinalResult {
    /// The date the final result speaks for.
    pub as_of: Date,
    /// Officers in the scope after the objections (in the table's order).
    pub listed: Vec<OfficerId>,
    /// Every officer concerned: listed before or after, or who objected.
    pub entries: Vec<FinalEntry>,
    /// The final result, worded.
    pub lines: Vec<String>,
}

/// A publication document.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Publication {
    /// Notice date.
    pub notice: Date,
    /// Window length in working days.
    pub window_days: u16,
    /// Where the length comes from.
    pub window_source: WindowSource,
    /// Last day of the window.
    pub window_end: Date,
    /// The working days counted.
    pub counted: Vec<CountedDay>,
    /// Officers listed, in the table's order.
    pub listed: Vec<ListedOfficer>,
    /// The document, worded.
    pub lines: Vec<String>,
    /// After the window: the final result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_result: Option<FinalResult>,
}
