//! The state of a session: roster and dossiers, committee, score sheets, incidents and their
//! decisions, seals and publication. It changes only through events
//! ([`crate::api::session::Session::apply`]).

use crate::api::session::actor::{Actor, Timestamp};
use crate::api::session::diff::Standing;
use crate::base::fingerprint::Fingerprinter;
use crate::base::ids::{OfficerId, RaterId};
use crate::base::sorted::SortedMap;
use crate::model::dossier::Dossier;
use crate::rules::committee::{Committee, ScoreSheet};
use crate::rules::tolerance::{Decision, Incident};

/// One officer on the roster.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RosterEntry {
    /// Post (岗位).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
    /// The officer's dossier (its `officer` holds id, name and unit).
    pub dossier: Dossier,
}

/// A decision with who made it and when.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DecisionRecord {
    /// When it was decided.
    pub at: Timestamp,
    /// Who decided (谁签字谁负责).
    pub actor: Actor,
    /// The decision.
    pub decision: Decision,
}

/// A recorded incident and its decision, if decided.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IncidentRecord {
    /// The incident.
    pub incident: Incident,
    /// Its decision (`None`: not decided, or amended since).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DecisionRecord>,
}

/// A seal (封存) of the result at one moment.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SealRecord {
    /// Sequence number of the seal event in the log.
    pub seq: u64,
    /// When.
    pub at: Timestamp,
    /// Who sealed.
    pub actor: Actor,
    /// Fingerprint of the cohort result sealed (empty when the roster was empty).
    pub result: String,
    /// Every officer's standing as sealed.
    #[cfg_attr(feature = "tsify", tsify(type = "Record<OfficerId, Standing>"))]
    pub standings: SortedMap<OfficerId, Standing>,
}

/// Who published and when.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Publication {
    /// When.
    pub at: Timestamp,
    /// Who.
    pub actor: Actor,
    /// Sequence number of the seal published.
    pub seal: u64,
}

/// Everything a session holds besides its scheme and policy.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SessionState {
    /// The officers, by id.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<OfficerId, RosterEntry>"))]
    pub roster: SortedMap<OfficerId, RosterEntry>,
    /// Committee members and recusals (with reasons).
    #[serde(default)]
    pub committee: Committee,
    /// Score sheets, by member.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<RaterId, ScoreSheet>"))]
    pub sheets: SortedMap<RaterId, ScoreSheet>,
    /// Incidents and decisions, by incident id.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, IncidentRecord>"))]
    pub incidents: SortedMap<String, IncidentRecord>,
    /// Seals, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seals: Vec<SealRecord>,
    /// The publication, once published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Publication>,
    /// The organisation (units, posts), once declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<crate::model::organisation::Organisation>,
    /// Time of the last applied event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_at: Option<Timestamp>,
    /// Number of applied events.
    #[serde(default)]
    pub events: u64,
}

impl SessionState {
    /// The state's fingerprint: SHA-256 of its canonical JSON.
    pub fn fingerprint(&self) -> String {
        let mut f = Fingerprinter::new("sessionState");
        f.add("state", self);
        f.finish()
    }

    /// The last seal, if any.
    pub fn last_seal(&self) -> Option<&SealRecord> {
        self.seals.last()
    }

    /// Whether a signed sheet of any member rates the officer.
    pub(crate) fn signed_rating_of(&self, officer: &OfficerId) -> Option<&RaterId> {
        self.sheets
            .iter()
            .find(|(_, s)| s.sign_off.is_some() && s.ratings.iter().any(|r| &r.officer == officer))
            .map(|(id, _)| id)
    }
}
