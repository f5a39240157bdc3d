//! The typed events that change a session, and what a session starts from.
//!
//! An [`Event`] is `{ "at": "2026-12-20T09:30", "actor": {"kind": "member", "id": "R01"},
//! "reason"?: "…", "change": {"type": "rate", …} }`: every change has a time, a person and,
//! where the rules ask for one, a reason.

use crate::api::session::actor::{Actor, Timestamp};
use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::ids::{IndicatorId, InputKey, OccurrenceId, OfficerId, RaterId};
use crate::base::sorted::SortedMap;
use crate::model::dossier::{CaseReview, Occurrence};
use crate::model::explanation::Lang;
use crate::rules::committee::Rater;
use crate::rules::tolerance::Incident;
use kaoping_json::Json as Value;

/// What a session starts from: the scheme and the tolerance policy. Everything else (roster,
/// committee, ratings, incidents) arrives as events.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SessionInit {
    /// A built-in scheme id (`"court-judge"`) or a scheme object.
    pub scheme: Value,
    /// A built-in policy id or a policy object; default `"tolerance-default"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<Value>,
    /// Language of explanations and reasons.
    #[serde(default)]
    pub lang: Lang,
}

/// One event: when, who, why, and the change itself.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Event {
    /// When it happened; never before the session's previous event.
    pub at: Timestamp,
    /// Who made it (a person).
    pub actor: Actor,
    /// Why: required to withdraw a sign-off, to recuse, to re-decide or amend a decided
    /// incident, and for every change after a seal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The change.
    #[cfg_attr(feature = "tsify", tsify(type = "SessionChange"))]
    pub change: Change,
}

/// An officer as the roster holds them.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RosterOfficer {
    /// Officer id.
    pub id: OfficerId,
    /// Name.
    pub name: String,
    /// Unit (庭室 / 科室 / 所队).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Post (岗位), e.g. 员额法官.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
}

/// An officer with their dossier data, as a bulk load gives them.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewOfficer {
    /// The officer.
    pub officer: RosterOfficer,
    /// Indicator inputs.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<InputKey, Decimal>"))]
    pub inputs: SortedMap<InputKey, Decimal>,
    /// Occurrences of list items and vetoes.
    #[serde(default)]
    pub occurrences: Vec<Occurrence>,
    /// Counts of the officer's case files by review grade (案件评查), for list items derived from
    /// the case review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_review: Option<CaseReview>,
    /// Case records, from which the scheme's derived inputs and items are computed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(type = "CaseRecord[]"))]
    pub records: Vec<crate::model::records::Record>,
}

/// A change to the session.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "tsify", tsify(rename = "SessionChange"))]
pub enum Change {
    /// Adds an officer to the roster with their dossier data (every input the scheme requires).
    #[serde(rename_all = "camelCase")]
    AddOfficer {
        /// The officer.
        officer: RosterOfficer,
        /// Indicator inputs.
        #[serde(default)]
        #[cfg_attr(feature = "tsify", tsify(type = "Record<InputKey, Decimal>"))]
        inputs: SortedMap<InputKey, Decimal>,
        /// Occurrences of list items and vetoes.
        #[serde(default)]
        occurrences: Vec<Occurrence>,
        /// Counts of case files by review grade (案件评查).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        case_review: Option<CaseReview>,
        /// Case records.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[cfg_attr(feature = "tsify", tsify(type = "CaseRecord[]"))]
        records: Vec<crate::model::records::Record>,
    },
    /// Adds many officers at once (a roster loaded in bulk), each checked as
    /// [`Change::AddOfficer`] checks one; all or none are added, and the cohort is computed once.
    #[serde(rename_all = "camelCase")]
    AddOfficers {
        /// The officers.
        officers: Vec<NewOfficer>,
    },
    /// Changes an officer's name, unit or post (the fields given).
    #[serde(rename_all = "camelCase")]
    UpdateOfficer {
        /// The officer.
        officer: OfficerId,
        /// New name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// New unit.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
        /// New post.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        post: Option<String>,
    },
    /// Removes an officer (refused while a signed sheet rates them or an incident names them).
    #[serde(rename_all = "camelCase")]
    RemoveOfficer {
        /// The officer.
        officer: OfficerId,
    },
    /// Sets (or, with `null`, clears) one input of an officer's dossier.
    #[serde(rename_all = "camelCase")]
    SetInput {
        /// The officer.
        officer: OfficerId,
        /// The input.
        key: InputKey,
        /// The value; `null` clears it.
        value: Option<Decimal>,
    },
    /// Adds an occurrence of a list item or veto to an officer's dossier.
    #[serde(rename_all = "camelCase")]
    AddOccurrence {
        /// The officer.
        officer: OfficerId,
        /// The occurrence.
        occurrence: Occurrence,
    },
    /// Removes an occurrence (refused while an incident links it).
    #[serde(rename_all = "camelCase")]
    RemoveOccurrence {
        /// The officer.
        officer: OfficerId,
        /// The occurrence id.
        occurrence: OccurrenceId,
    },
    /// Adds a case record to an officer's dossier, or replaces the one with the same id (the
    /// platform's case changed); the officer's derived inputs follow.
    #[serde(rename_all = "camelCase")]
    UpsertRecord {
        /// The officer.
        officer: OfficerId,
        /// The record.
        #[cfg_attr(feature = "tsify", tsify(type = "CaseRecord"))]
        record: crate::model::records::Record,
    },
    /// Removes a case record.
    #[serde(rename_all = "camelCase")]
    RemoveRecord {
        /// The officer.
        officer: OfficerId,
        /// The record's id.
        record: crate::base::ids::RecordId,
    },
    /// Adds a committee member.
    #[serde(rename_all = "camelCase")]
    AddMember {
        /// The member.
        member: Rater,
    },
    /// Removes a committee member (refused while their sheet is signed).
    #[serde(rename_all = "camelCase")]
    RemoveMember {
        /// The member id.
        member: RaterId,
    },
    /// A member recuses themself (回避) from rating an officer; the event's reason is the
    /// recusal's reason.
    #[serde(rename_all = "camelCase")]
    Recuse {
        /// The member.
        member: RaterId,
        /// The officer.
        officer: OfficerId,
    },
    /// A member rates (or, with `null`, un-rates) an officer on a rated indicator; the actor must
    /// be that member, and their sheet must not be signed.
    #[serde(rename_all = "camelCase")]
    Rate {
        /// The member.
        member: RaterId,
        /// The officer.
        officer: OfficerId,
        /// The rated indicator.
        indicator: IndicatorId,
        /// The rating; `null` removes it.
        value: Option<Decimal>,
        /// Comment.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// A member signs their sheet (签字); from then on it is counted and locked.
    #[serde(rename_all = "camelCase")]
    SignSheet {
        /// The member.
        member: RaterId,
    },
    /// A member withdraws their sign-off (a reason is required); the sheet is a draft again.
    #[serde(rename_all = "camelCase")]
    WithdrawSignOff {
        /// The member.
        member: RaterId,
    },
    /// Records a tolerance incident (容错事项) of an officer on the roster.
    #[serde(rename_all = "camelCase")]
    RecordIncident {
        /// The incident.
        incident: Incident,
    },
    /// Replaces a recorded incident; a decided one needs a reason and loses its decision.
    #[serde(rename_all = "camelCase")]
    UpdateIncident {
        /// The amended incident (same id).
        incident: Incident,
    },
    /// Decides an incident under the session's policy, with the officer's other decided
    /// incidents as history; deciding again needs a reason.
    #[serde(rename_all = "camelCase")]
    Decide {
        /// The incident id.
        incident: String,
        /// The date the decision speaks for (default: the event's date).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        as_of: Option<Date>,
    },
    /// Seals (封存) the current result: later changes need a reason and are reported as
    /// changes since the seal.
    #[serde(rename_all = "camelCase")]
    Seal {},
    /// Publishes the sealed result (公示); the session accepts no more events.
    #[serde(rename_all = "camelCase")]
    Publish {},
    /// Declares (or replaces) the organisation: units, posts and the aggregation rule; every
    /// officer on the roster must be in a declared unit and post.
    #[serde(rename_all = "camelCase")]
    SetOrganisation {
        /// The organisation.
        organisation: crate::model::organisation::Organisation,
    },
}

impl Change {
    /// The change's `type` as written in JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            Change::AddOfficer { .. } => "addOfficer",
            Change::AddOfficers { .. } => "addOfficers",
            Change::UpdateOfficer { .. } => "updateOfficer",
            Change::RemoveOfficer { .. } => "removeOfficer",
            Change::SetInput { .. } => "setInput",
            Change::AddOccurrence { .. } => "addOccurrence",
            Change::RemoveOccurrence { .. } => "removeOccurrence",
            Change::UpsertRecord { .. } => "upsertRecord",
            Change::RemoveRecord { .. } => "removeRecord",
            Change::AddMember { .. } => "addMember",
            Change::RemoveMember { .. } => "removeMember",
            Change::Recuse { .. } => "recuse",
            Change::Rate { .. } => "rate",
            Change::SignSheet { .. } => "signSheet",
            Change::WithdrawSignOff { .. } => "withdrawSignOff",
            Change::RecordIncident { .. } => "recordIncident",
            Change::UpdateIncident { .. } => "updateIncident",
            Change::Decide { .. } => "decide",
            Change::Seal {} => "seal",
            Change::Publish {} => "publish",
            Change::SetOrganisation { .. } => "setOrganisation",
        }
    }

    /// Whether the change edits the assessed data (everything but seal and publish): after a
    /// seal such a change needs a reason.
    pub fn is_edit(&self) -> bool {
        !matches!(self, Change::Seal {} | Change::Publish {})
    }
}
