//! Incidents and tolerance decisions (decided with the session's own history, so a repeat of
//! the same kind after a tolerated incident gets no leniency), seals and publication.

use crate::api::session::apply::{need_reason, officer_mut, refuse};
use crate::api::session::diff::standings;
use crate::api::session::events::{Change, Event};
use crate::api::session::state::{DecisionRecord, IncidentRecord, Publication, SealRecord, SessionState};
use crate::base::error::{Code, Path, Problems};
use crate::base::message::{ReasonFor, SessionMsg};
use crate::model::explanation::Lang;
use crate::rules::cohort::CohortResult;
use crate::rules::tolerance::{
    evaluate_tolerance_with, validate_incident, Incident, Policy, PriorIncident, ToleranceOptions,
};

/// Applies an incident, decision, seal or publication change; `false` when the change is not
/// one of these. `result` is the current result (seal and publish read it).
pub(crate) fn apply_tolerance(
    policy: &Policy,
    lang: Lang,
    state: &mut SessionState,
    event: &Event,
    result: Option<&CohortResult>,
) -> Result<bool, Problems> {
    match &event.change {
        Change::RecordIncident { incident } => {
            if state.incidents.contains_key(&incident.id) {
                return refuse(
                    Code::DuplicateId,
                    "change.incident.id",
                    SessionMsg::IncidentTwice { incident: incident.id.to_string() },
                );
            }
            check_incident(policy, state, incident)?;
            state
                .incidents
                .insert(incident.id.clone(), IncidentRecord { incident: incident.clone(), decision: None });
        }
        Change::UpdateIncident { incident } => {
            let Some(record) = state.incidents.get(&incident.id) else {
                return refuse(
                    Code::UnknownRef,
                    "change.incident.id",
                    SessionMsg::NoIncident { incident: incident.id.to_string() },
                );
            };
            if record.incident.officer != incident.officer {
                return refuse(
                    Code::ToleranceOfficer,
                    "change.incident.officer",
                    SessionMsg::IncidentOfficer {
                        incident: incident.id.to_string(),
                        recorded: record.incident.officer.to_string(),
                        given: incident.officer.to_string(),
                    },
                );
            }
            if record.decision.is_some() {
                need_reason(event, ReasonFor::AmendDecided)?;
            }
            check_incident(policy, state, incident)?;
            state
                .incidents
                .insert(incident.id.clone(), IncidentRecord { incident: incident.clone(), decision: None });
        }
        Change::Decide { incident, as_of } => decide(policy, lang, state, event, incident, *as_of)?,
        Change::Seal {} => {
            let Some(result) = result else {
                return refuse(Code::Empty, "change", SessionMsg::NothingToSeal);
            };
            state.seals.push(SealRecord {
                seq: state.events.saturating_add(1),
                at: event.at,
                actor: event.actor.clone(),
                result: result.fingerprint.clone().unwrap_or_default(),
                standings: standings(Some(result)),
            });
        }
        Change::Publish {} => {
            let Some(seal) = state.last_seal() else {
                return refuse(Code::NotSealed, "change", SessionMsg::SealFirst);
            };
            if seal.standings != standings(result) {
                return refuse(Code::NotSealed, "change", SessionMsg::ChangedSinceSeal { seq: seal.seq });
            }
            let seal = seal.seq;
            state.published = Some(Publication { at: event.at, actor: event.actor.clone(), seal });
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// An incident's officer is on the roster, it passes the policy's checks, and the occurrences
/// it links are in the officer's dossier.
fn check_incident(policy: &Policy, state: &mut SessionState, incident: &Incident) -> Result<(), Problems> {
    let entry = officer_mut(state, &incident.officer, "change.incident.officer")?;
    let mut problems = validate_incident(policy, incident).under("change.incident");
    for (i, linked) in incident.linked.iter().enumerate() {
        if !entry.dossier.occurrences.iter().any(|o| &o.id == linked) {
            problems.push(
                Code::UnknownRef,
                Path::root().key("change").key("incident").key("linked").index(i),
                SessionMsg::NoOccurrence {
                    officer: incident.officer.to_string(),
                    occurrence: linked.to_string(),
                },
            );
        }
    }
    problems.into_result().map(|_| ())
}

/// The officer's earlier decided incidents (strictly earlier dates), as the decision's history.
fn history(state: &SessionState, incident: &Incident) -> Vec<PriorIncident> {
    state
        .incidents
        .values()
        .filter(|r| r.incident.officer == incident.officer && r.incident.id != incident.id)
        .filter(|r| r.incident.date < incident.date)
        .filter_map(|r| {
            r.decision.as_ref().map(|d| PriorIncident {
                id: r.incident.id.clone(),
                officer: r.incident.officer.clone(),
                date: r.incident.date,
                kind: r.incident.kind.clone(),
                responsibility: r.incident.responsibility,
                outcome: d.decision.outcome,
            })
        })
        .collect()
}

fn decide(
    policy: &Policy,
    lang: Lang,
    state: &mut SessionState,
    event: &Event,
    id: &str,
    as_of: Option<crate::Date>,
) -> Result<(), Problems> {
    let Some(record) = state.incidents.get(id) else {
        return refuse(
            Code::UnknownRef,
            "change.incident",
            SessionMsg::NoIncident { incident: id.to_string() },
        );
    };
    if record.decision.is_some() {
        need_reason(event, ReasonFor::DecideAgain)?;
    }
    let history = history(state, &record.incident);
    let as_of = as_of.unwrap_or(event.at.date());
    let decision =
        evaluate_tolerance_with(policy, &record.incident, &history, as_of, &ToleranceOptions { lang })
            .map_err(|p| p.under("change"))?;
    if let Some(r) = state.incidents.get_mut(id) {
        r.decision = Some(DecisionRecord { at: event.at, actor: event.actor.clone(), decision });
    }
    Ok(())
}
