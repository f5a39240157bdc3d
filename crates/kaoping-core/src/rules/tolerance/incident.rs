//! The incident (容错事项): what happened, the responsibility found, the facts claimed, the
//! assessment entries it concerns, and the correction required.

use crate::base::date::Date;
use crate::base::ids::{ItemId, OccurrenceId, OfficerId};
use crate::base::sorted::SortedMap;
pub use crate::model::tolerance::{Culpability, Responsibility};

/// One incident to decide.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Incident {
    /// Incident id; decisions and waivers name it.
    pub id: String,
    /// The officer concerned.
    pub officer: OfficerId,
    /// When it happened.
    pub date: Date,
    /// What happened.
    pub description: String,
    /// The kind of error (`overdue-closure`), used to find the same error repeated.
    pub kind: String,
    /// Responsibility class found.
    pub responsibility: Responsibility,
    /// Culpability found (illegal handling only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub culpability: Option<Culpability>,
    /// A wrongful case (错案): responsibility is lifelong and reopening has no time bar.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub wrongful_case: bool,
    /// The officer recorded outside interference as the 三个规定 require; this never counts
    /// against them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interference_recorded: bool,
    /// Which preconditions were established (`true`) or found wanting (`false`); a
    /// precondition not listed counts as not established.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Map<ItemId, boolean>"))]
    pub preconditions: SortedMap<ItemId, bool>,
    /// The list items claimed to apply, each with evidence.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Occurrences of deductions or vetoes in the assessment dossier this incident concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub linked: Vec<OccurrenceId>,
    /// Correction required and its progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<Correction>,
}

impl Incident {
    /// Parses an incident from JSON (structural checks only).
    pub fn from_json(text: &str) -> Result<Incident, crate::Problems> {
        crate::base::json::from_json_str(text)
    }
}

/// A list item claimed to apply.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fact {
    /// Positive, mitigation or negative list item (`TP03`).
    pub item: ItemId,
    /// Evidence references (文书、笔录编号).
    #[serde(default)]
    pub evidence: Vec<String>,
}

/// Correction (纠错) required and its progress.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Correction {
    /// What must be done; the policy's default actions when empty.
    #[serde(default)]
    pub actions: Vec<String>,
    /// Due date; the policy's default period after the incident when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// When it was completed (a date after the as-of date counts as not yet completed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Date>,
}

/// An earlier incident of the same officer and how it was decided.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PriorIncident {
    /// Incident id.
    pub id: String,
    /// The officer.
    pub officer: OfficerId,
    /// When it happened.
    pub date: Date,
    /// The kind of error.
    pub kind: String,
    /// Responsibility class found.
    pub responsibility: Responsibility,
    /// The (effective) outcome it received.
    pub outcome: super::outcome::Outcome,
}
