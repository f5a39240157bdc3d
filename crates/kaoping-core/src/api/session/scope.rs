//! What an event touches: which officer's result it can change (so that only that officer is
//! rescored), and which part of the state it changes in place (saved first, so that a refused
//! event is undone without copying the whole state).

use crate::api::session::events::Change;
use crate::api::session::state::{IncidentRecord, Publication, RosterEntry, SessionState};
use crate::base::decimal::Decimal;
use crate::base::ids::{InputKey, OfficerId, RaterId};
use crate::rules::committee::ScoreSheet;

/// Whose result an event can change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// One officer's: their dossier, a rating of them (`recollect`: the committee's ratings
    /// are aggregated again), or one of their incidents or decisions.
    Officer {
        /// The officer.
        officer: OfficerId,
        /// A rating changed.
        recollect: bool,
    },
    /// Nobody's (a seal, the publication).
    Nothing,
    /// Anyone's (the roster, the committee, a sheet's sign-off): the full recompute.
    All,
}

/// Whether the change checks the officer's whole dossier itself (then the assessment that
/// follows need not check it again).
pub(crate) fn checks_dossier(change: &Change) -> bool {
    matches!(change, Change::SetInput { .. } | Change::AddOccurrence { .. })
}

/// The scope of a change in a state.
pub(crate) fn of(state: &SessionState, change: &Change) -> Scope {
    let one = |officer: &OfficerId, recollect: bool| Scope::Officer { officer: officer.clone(), recollect };
    match change {
        Change::SetInput { officer, .. }
        | Change::AddOccurrence { officer, .. }
        | Change::RemoveOccurrence { officer, .. }
        | Change::UpsertRecord { officer, .. }
        | Change::RemoveRecord { officer, .. }
        | Change::UpdateOfficer { officer, .. } => one(officer, false),
        Change::Rate { officer, .. } => one(officer, true),
        Change::RecordIncident { incident } | Change::UpdateIncident { incident } => {
            match state.incidents.get(&incident.id) {
                // an amendment keeps the recorded officer (another officer is refused)
                Some(r) => one(&r.incident.officer, false),
                None => one(&incident.officer, false),
            }
        }
        Change::Decide { incident, .. } => {
            state.incidents.get(incident).map_or(Scope::All, |r| one(&r.incident.officer, false))
        }
        Change::Seal {} | Change::Publish {} => Scope::Nothing,
        _ => Scope::All,
    }
}

/// The part of the state an event changes in place, as it was.
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)] // one undo per event, never stored in bulk
pub(crate) enum Undo {
    /// An officer's roster entry.
    Officer(OfficerId, Option<RosterEntry>),
    /// One input of an officer's dossier (`None`: it was not set).
    Input(OfficerId, InputKey, Option<Decimal>),
    /// A member's score sheet.
    Sheet(RaterId, Option<ScoreSheet>),
    /// An incident's record.
    Incident(String, Option<Box<IncidentRecord>>),
    /// The seals (their number) and the publication.
    Seal(usize, Option<Publication>),
}

/// Whether the change is applied in place (what [`undo_for`] saves: `Some`), without saving.
pub(crate) fn in_place(change: &Change) -> bool {
    matches!(
        change,
        Change::SetInput { .. }
            | Change::AddOccurrence { .. }
            | Change::RemoveOccurrence { .. }
            | Change::UpsertRecord { .. }
            | Change::RemoveRecord { .. }
            | Change::UpdateOfficer { .. }
            | Change::Rate { .. }
            | Change::RecordIncident { .. }
            | Change::UpdateIncident { .. }
            | Change::Decide { .. }
            | Change::Seal {}
            | Change::Publish {}
    )
}

/// What to save before applying a change in place; `None`: the change may touch more (apply
/// it to a copy of the state).
pub(crate) fn undo_for(state: &SessionState, change: &Change) -> Option<Undo> {
    Some(match change {
        Change::SetInput { officer, key, .. } => match state.roster.get(officer) {
            Some(e) => Undo::Input(officer.clone(), key.clone(), e.dossier.inputs.get(key).copied()),
            None => Undo::Officer(officer.clone(), None),
        },
        Change::AddOccurrence { officer, .. }
        | Change::RemoveOccurrence { officer, .. }
        | Change::UpsertRecord { officer, .. }
        | Change::RemoveRecord { officer, .. }
        | Change::UpdateOfficer { officer, .. } => {
            Undo::Officer(officer.clone(), state.roster.get(officer).cloned())
        }
        Change::Rate { member, .. } => Undo::Sheet(member.clone(), state.sheets.get(member).cloned()),
        Change::RecordIncident { incident } | Change::UpdateIncident { incident } => {
            Undo::Incident(incident.id.clone(), state.incidents.get(&incident.id).cloned().map(Box::new))
        }
        Change::Decide { incident, .. } => {
            Undo::Incident(incident.clone(), state.incidents.get(incident).cloned().map(Box::new))
        }
        Change::Seal {} | Change::Publish {} => Undo::Seal(state.seals.len(), state.published.clone()),
        _ => return None,
    })
}

impl Undo {
    /// Puts the saved part back.
    pub(crate) fn restore(self, state: &mut SessionState) {
        match self {
            Undo::Officer(id, Some(e)) => {
                state.roster.insert(id, e);
            }
            Undo::Officer(id, None) => {
                state.roster.remove(&id);
            }
            Undo::Input(id, key, value) => {
                if let Some(e) = state.roster.get_mut(&id) {
                    match value {
                        Some(v) => e.dossier.inputs.insert(key, v),
                        None => e.dossier.inputs.remove(&key),
                    };
                }
            }
            Undo::Sheet(id, Some(s)) => {
                state.sheets.insert(id, s);
            }
            Undo::Sheet(id, None) => {
                state.sheets.remove(&id);
            }
            Undo::Incident(id, Some(r)) => {
                state.incidents.insert(id, *r);
            }
            Undo::Incident(id, None) => {
                state.incidents.remove(&id);
            }
            Undo::Seal(n, published) => {
                state.seals.truncate(n);
                state.published = published;
            }
        }
    }
}
