//! The rules a session enforces on each event, and the change each event makes to the state:
//! the envelope (time, actor, reason, publication), the roster and dossiers, the committee and
//! its score sheets. Incidents, decisions, seals and publication are in
//! [`crate::api::session::apply_tolerance`].
//!
//! Every function here either changes the state it is given or returns coded problems; the
//! session applies events to a copy, so a refused event changes nothing.

use crate::api::session::actor::{ActorKind, NOT_A_PERSON};
use crate::api::session::events::{Change, Event, NewOfficer, RosterOfficer};
use crate::api::session::state::{RosterEntry, SessionState};
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problems};
use crate::base::ids::{is_valid_id, IndicatorId, InputKey, OfficerId, RaterId};
use crate::base::message::{Message, Named, ReasonFor, SessionMsg};
use crate::base::sorted::SortedMap;
use crate::model::dossier::{CaseReview, Dossier, Occurrence, Officer};
use crate::model::scheme::{InputSource, Scheme};
use crate::rules::assess::Assessor;
use crate::rules::committee::{Rater, Rating, Recusal, ScoreSheet, SignOff};

/// `Err` with one problem.
pub(crate) fn refuse<T>(code: Code, path: &str, message: impl Into<Message>) -> Result<T, Problems> {
    Err(Problems::one(code, path, message))
}

/// A reason that is given and not blank.
pub(crate) fn has_reason(event: &Event) -> bool {
    event.reason.as_deref().is_some_and(|r| !r.trim().is_empty())
}

/// The reason, required: `E_REASON_REQUIRED` at `reason` otherwise.
pub(crate) fn need_reason(event: &Event, why: ReasonFor) -> Result<String, Problems> {
    match &event.reason {
        Some(r) if !r.trim().is_empty() => Ok(r.clone()),
        _ => refuse(Code::ReasonRequired, "reason", SessionMsg::ReasonRequired { why }),
    }
}

/// The checks every event passes before its change: not after publication, time not going
/// backwards, a person as actor, a reason for an edit after a seal.
pub(crate) fn check_envelope(state: &SessionState, event: &Event) -> Result<(), Problems> {
    if let Some(p) = &state.published {
        return refuse(
            Code::Published,
            "change",
            SessionMsg::Published { at: p.at.to_string(), actor: p.actor.id.clone() },
        );
    }
    if let Some(last) = state.last_at {
        if event.at < last {
            return refuse(
                Code::TimeBackwards,
                "at",
                SessionMsg::TimeBackwards { at: event.at.to_string(), last: last.to_string() },
            );
        }
    }
    let id = event.actor.id.trim();
    match event.actor.kind {
        ActorKind::Member => {
            if state.committee.member(&RaterId(event.actor.id.clone())).is_none() {
                return refuse(
                    Code::UnknownMember,
                    "actor.id",
                    SessionMsg::NotAMember { id: event.actor.id.clone() },
                );
            }
        }
        ActorKind::User => {
            if id.is_empty() || NOT_A_PERSON.iter().any(|n| n.eq_ignore_ascii_case(id)) {
                return refuse(Code::Actor, "actor.id", SessionMsg::NotAPerson { id: id.to_owned() });
            }
        }
    }
    if !state.seals.is_empty() && event.change.is_edit() && !has_reason(event) {
        return refuse(
            Code::ReasonRequired,
            "reason",
            SessionMsg::SealedNeedsReason { kind: event.change.kind().to_owned() },
        );
    }
    Ok(())
}

/// The officer's roster entry, or `E_UNKNOWN_OFFICER` at `path`.
pub(crate) fn officer_mut<'s>(
    state: &'s mut SessionState,
    id: &OfficerId,
    path: &str,
) -> Result<&'s mut RosterEntry, Problems> {
    match state.roster.get_mut(id) {
        Some(e) => Ok(e),
        None => refuse(Code::UnknownOfficer, path, SessionMsg::NotOnRoster { officer: id.to_string() }),
    }
}

fn known_officer(state: &SessionState, id: &OfficerId, path: &str) -> Result<(), Problems> {
    if state.roster.contains_key(id) {
        Ok(())
    } else {
        refuse(Code::UnknownOfficer, path, SessionMsg::NotOnRoster { officer: id.to_string() })
    }
}

fn member<'s>(state: &'s SessionState, id: &RaterId, path: &str) -> Result<&'s Rater, Problems> {
    match state.committee.member(id) {
        Some(m) => Ok(m),
        None => refuse(Code::UnknownMember, path, SessionMsg::NotAMember { id: id.to_string() }),
    }
}

/// The actor must be the member themself (谁签字谁负责).
fn actor_is(event: &Event, id: &RaterId) -> Result<(), Problems> {
    if event.actor.member_id().as_ref() == Some(id) {
        Ok(())
    } else {
        refuse(
            Code::Actor,
            "actor",
            SessionMsg::OwnSheetOnly { id: id.to_string(), actor: event.actor.id.clone() },
        )
    }
}

/// The dossier's errors after a change (warnings are not a reason to refuse), each moved to a
/// path into the event by `locate`.
pub(crate) fn check_dossier(
    engine: &Assessor,
    dossier: &Dossier,
    locate: &dyn Fn(&str) -> String,
) -> Result<(), Problems> {
    let problems = crate::rules::validate::check_dossier(engine.scheme(), engine.dossier_rules(), dossier);
    if !problems.has_errors() {
        return Ok(());
    }
    Err(Problems(
        problems
            .0
            .into_iter()
            .filter(|p| p.code.severity() == crate::Severity::Error)
            .map(|mut p| {
                p.path = locate(&p.path);
                p
            })
            .collect(),
    ))
}

/// Applies a roster, dossier or committee change; `false` when the change is not one of these.
pub(crate) fn apply_data(
    engine: &Assessor,
    state: &mut SessionState,
    event: &Event,
) -> Result<bool, Problems> {
    match &event.change {
        Change::AddOfficer { officer, inputs, occurrences, case_review, records } => {
            let data = (inputs, occurrences.as_slice(), case_review.as_ref(), records.as_slice());
            let (id, entry) = new_entry(engine, state, officer, data, "change")?;
            state.roster.insert(id, entry);
        }
        Change::AddOfficers { officers } => add_officers(engine, state, officers)?,
        Change::UpdateOfficer { officer, name, unit, post } => {
            let e = officer_mut(state, officer, "change.officer")?;
            if let Some(n) = name {
                e.dossier.officer.name.clone_from(n);
            }
            if let Some(u) = unit {
                e.dossier.officer.unit = Some(u.clone());
            }
            if let Some(p) = post {
                e.post = Some(p.clone());
            }
        }
        Change::RemoveOfficer { officer } => remove_officer(state, officer)?,
        Change::SetInput { officer, key, value } => set_input(engine, state, officer, key, *value)?,
        Change::AddOccurrence { officer, occurrence } => {
            let e = officer_mut(state, officer, "change.officer")?;
            let n = e.dossier.occurrences.len();
            e.dossier.occurrences.push(occurrence.clone());
            let prefix = format!("occurrences[{n}]");
            check_dossier(engine, &e.dossier, &|p| match p.strip_prefix(prefix.as_str()) {
                Some(rest) => format!("change.occurrence{rest}"),
                None => "change.occurrence".to_owned(),
            })?;
        }
        Change::RemoveOccurrence { officer, occurrence } => {
            if let Some((id, _)) =
                state.incidents.iter().find(|(_, r)| r.incident.linked.iter().any(|l| l == occurrence))
            {
                return refuse(
                    Code::InUse,
                    "change.occurrence",
                    SessionMsg::OccurrenceLinked {
                        occurrence: occurrence.to_string(),
                        incident: id.to_string(),
                    },
                );
            }
            let e = officer_mut(state, officer, "change.officer")?;
            let before = e.dossier.occurrences.len();
            e.dossier.occurrences.retain(|o| &o.id != occurrence);
            if e.dossier.occurrences.len() == before {
                return refuse(
                    Code::UnknownRef,
                    "change.occurrence",
                    SessionMsg::NoOccurrence {
                        officer: officer.to_string(),
                        occurrence: occurrence.to_string(),
                    },
                );
            }
        }
        Change::AddMember { member } => add_member(state, member)?,
        Change::RemoveMember { member } => remove_member(state, member)?,
        Change::Recuse { member, officer } => recuse(state, event, member, officer)?,
        Change::Rate { member, officer, indicator, value, note } => {
            rate(engine.scheme(), state, event, member, officer, indicator, *value, note.as_ref())?
        }
        Change::SignSheet { member } => {
            self::member(state, member, "change.member")?;
            actor_is(event, member)?;
            let Some(sheet) = state.sheets.get_mut(member) else {
                return refuse(
                    Code::Empty,
                    "change.member",
                    SessionMsg::NoSheetToSign { member: member.to_string() },
                );
            };
            if sheet.sign_off.is_some() {
                return refuse(
                    Code::SheetLocked,
                    "change.member",
                    SessionMsg::AlreadySigned { member: member.to_string() },
                );
            }
            sheet.sign_off = Some(SignOff { date: event.at.date() });
        }
        Change::WithdrawSignOff { member } => {
            self::member(state, member, "change.member")?;
            actor_is(event, member)?;
            need_reason(event, ReasonFor::WithdrawSignOff)?;
            match state.sheets.get_mut(member) {
                Some(sheet) if sheet.sign_off.is_some() => sheet.sign_off = None,
                _ => {
                    return refuse(
                        Code::NotSigned,
                        "change.member",
                        SessionMsg::NotSigned { member: member.to_string() },
                    )
                }
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// A checked roster entry for a new officer (problems under `at`: `change`, `change.officers[3]`).
fn new_entry(
    engine: &Assessor,
    state: &SessionState,
    officer: &RosterOfficer,
    (inputs, occurrences, case_review, records): Facts<'_>,
    at: &str,
) -> Result<(OfficerId, RosterEntry), Problems> {
    if !is_valid_id(officer.id.as_str()) {
        return refuse(
            Code::InvalidId,
            &format!("{at}.officer.id"),
            SessionMsg::InvalidOfficerId { id: officer.id.to_string() },
        );
    }
    if state.roster.contains_key(&officer.id) {
        return refuse(
            Code::DuplicateId,
            &format!("{at}.officer.id"),
            SessionMsg::AlreadyOnRoster { officer: officer.id.to_string() },
        );
    }
    let dossier = Dossier {
        officer: Officer { id: officer.id.clone(), name: officer.name.clone(), unit: officer.unit.clone() },
        scheme: None,
        period: None,
        inputs: inputs.clone(),
        occurrences: occurrences.to_vec(),
        case_review: case_review.copied(),
        records: records.to_vec(),
        as_of: None,
        synthetic: false,
    };
    check_dossier(engine, &dossier, &|p| if p.is_empty() { at.to_owned() } else { format!("{at}.{p}") })?;
    Ok((officer.id.clone(), RosterEntry { post: officer.post.clone(), dossier }))
}

/// An added officer's dossier data: inputs, occurrences, case review, records.
type Facts<'a> = (
    &'a SortedMap<InputKey, Decimal>,
    &'a [Occurrence],
    Option<&'a CaseReview>,
    &'a [crate::model::records::Record],
);

/// Adds officers in bulk: every one checked (the problems of all of them at once), no id
/// twice, then one merge into the roster.
fn add_officers(
    engine: &Assessor,
    state: &mut SessionState,
    officers: &[NewOfficer],
) -> Result<(), Problems> {
    if officers.is_empty() {
        return refuse(Code::Empty, "change.officers", SessionMsg::NoOfficersToAdd);
    }
    if state.roster.len().saturating_add(officers.len()) > crate::base::limits::MAX_COHORT {
        let max = crate::base::limits::MAX_COHORT;
        return refuse(Code::Limit, "change.officers", SessionMsg::TooManyOfficers { max });
    }
    let mut problems = Problems::new();
    let mut entries = Vec::with_capacity(officers.len());
    for (i, o) in officers.iter().enumerate() {
        let at = format!("change.officers[{i}]");
        match new_entry(
            engine,
            state,
            &o.officer,
            (&o.inputs, &o.occurrences, o.case_review.as_ref(), &o.records),
            &at,
        ) {
            Ok(e) => entries.push(e),
            Err(p) => problems.extend(p),
        }
    }
    let mut ids: Vec<(&OfficerId, usize)> =
        officers.iter().enumerate().map(|(i, o)| (&o.officer.id, i)).collect();
    crate::base::sort::sort(&mut ids);
    for pair in ids.windows(2) {
        if let [(a, _), (b, i)] = pair {
            if a == b {
                problems.push(
                    Code::DuplicateId,
                    format!("change.officers[{i}].officer.id"),
                    SessionMsg::OfficerTwice { officer: b.to_string() },
                );
            }
        }
    }
    problems.into_result()?;
    let mut all = std::mem::take(&mut state.roster).into_vec();
    all.extend(entries);
    state.roster = SortedMap::from_vec(all);
    Ok(())
}

fn remove_officer(state: &mut SessionState, officer: &OfficerId) -> Result<(), Problems> {
    known_officer(state, officer, "change.officer")?;
    if let Some(rater) = state.signed_rating_of(officer) {
        return refuse(
            Code::SheetLocked,
            "change.officer",
            SessionMsg::RatedOnSignedSheet { rater: rater.to_string(), officer: officer.to_string() },
        );
    }
    if let Some((id, _)) = state.incidents.iter().find(|(_, r)| &r.incident.officer == officer) {
        return refuse(
            Code::InUse,
            "change.officer",
            SessionMsg::IncidentConcerns { incident: id.to_string(), officer: officer.to_string() },
        );
    }
    state.roster.remove(officer);
    state.committee.recusals.retain(|r| &r.officer != officer);
    for sheet in state.sheets.values_mut() {
        sheet.ratings.retain(|r| &r.officer != officer);
    }
    Ok(())
}

fn set_input(
    engine: &Assessor,
    state: &mut SessionState,
    officer: &OfficerId,
    key: &InputKey,
    value: Option<Decimal>,
) -> Result<(), Problems> {
    let e = officer_mut(state, officer, "change.officer")?;
    match value {
        Some(v) => {
            e.dossier.inputs.insert(key.clone(), v);
        }
        None => {
            if e.dossier.inputs.remove(key).is_none() {
                return refuse(
                    Code::UnknownInput,
                    "change.key",
                    SessionMsg::NoInput { officer: officer.to_string(), key: Named::id(key.to_string()) },
                );
            }
        }
    }
    let own = format!("inputs.{key}");
    check_dossier(engine, &e.dossier, &|p| {
        if p == own {
            "change.value".to_owned()
        } else if p.starts_with("inputs.") {
            "change.key".to_owned()
        } else {
            "change".to_owned()
        }
    })
}

fn add_member(state: &mut SessionState, member: &Rater) -> Result<(), Problems> {
    if !is_valid_id(member.id.as_str()) {
        return refuse(
            Code::InvalidId,
            "change.member.id",
            SessionMsg::InvalidMemberId { id: member.id.to_string() },
        );
    }
    if state.committee.member(&member.id).is_some() {
        return refuse(
            Code::DuplicateId,
            "change.member.id",
            SessionMsg::AlreadyAMember { id: member.id.to_string() },
        );
    }
    state.committee.members.push(member.clone());
    crate::base::sort::sort_by(&mut state.committee.members, |a, b| a.id.cmp(&b.id));
    Ok(())
}

fn remove_member(state: &mut SessionState, id: &RaterId) -> Result<(), Problems> {
    member(state, id, "change.member")?;
    if state.sheets.get(id).is_some_and(|s| s.sign_off.is_some()) {
        return refuse(Code::SheetLocked, "change.member", SessionMsg::SignedSheet { id: id.to_string() });
    }
    state.committee.members.retain(|m| &m.id != id);
    state.committee.recusals.retain(|r| &r.rater != id);
    state.sheets.remove(id);
    Ok(())
}

fn recuse(
    state: &mut SessionState,
    event: &Event,
    id: &RaterId,
    officer: &OfficerId,
) -> Result<(), Problems> {
    member(state, id, "change.member")?;
    known_officer(state, officer, "change.officer")?;
    actor_is(event, id)?;
    let reason = need_reason(event, ReasonFor::Recusal)?;
    if state.committee.recusals.iter().any(|r| &r.rater == id && &r.officer == officer) {
        return refuse(
            Code::DuplicateId,
            "change.officer",
            SessionMsg::AlreadyRecused { id: id.to_string(), officer: officer.to_string() },
        );
    }
    if let Some(sheet) = state.sheets.get(id) {
        if sheet.ratings.iter().any(|r| &r.officer == officer) {
            let code = if sheet.sign_off.is_some() { Code::SheetLocked } else { Code::Recused };
            return refuse(
                code,
                "change.officer",
                SessionMsg::RatedBeforeRecusal { id: id.to_string(), officer: officer.to_string() },
            );
        }
    }
    state.committee.recusals.push(Recusal {
        rater: id.clone(),
        officer: officer.clone(),
        reason: Some(reason),
    });
    crate::base::sort::sort_by(&mut state.committee.recusals, |a, b| {
        (&a.rater, &a.officer).cmp(&(&b.rater, &b.officer))
    });
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn rate(
    scheme: &Scheme,
    state: &mut SessionState,
    event: &Event,
    id: &RaterId,
    officer: &OfficerId,
    indicator: &IndicatorId,
    value: Option<Decimal>,
    note: Option<&String>,
) -> Result<(), Problems> {
    let rater = member(state, id, "change.member")?;
    known_officer(state, officer, "change.officer")?;
    actor_is(event, id)?;
    let Some((_, ind)) = scheme.indicators().find(|(_, i)| &i.id == indicator) else {
        return refuse(
            Code::UnknownRef,
            "change.indicator",
            SessionMsg::NoIndicator { indicator: indicator.to_string() },
        );
    };
    if !matches!(ind.input, InputSource::Rated {}) || !rater.rates(indicator) {
        return refuse(
            Code::NotRated,
            "change.indicator",
            SessionMsg::DoesNotRate { id: id.to_string(), indicator: Named::id(indicator.to_string()) },
        );
    }
    if crate::rules::committee::recusal::is_recused(&state.committee.recusals, id, officer) {
        return refuse(
            Code::Recused,
            "change.officer",
            SessionMsg::RecusedFrom { id: id.to_string(), officer: officer.to_string() },
        );
    }
    if let Some(v) = value {
        if v < Decimal::ZERO || v > ind.max_score {
            return refuse(
                Code::NumberRange,
                "change.value",
                SessionMsg::RatingRange {
                    value: v,
                    max: ind.max_score,
                    indicator: Named::titled(ind.title.clone(), indicator.to_string()),
                },
            );
        }
    }
    let sheet = match state.sheets.get_mut(id) {
        Some(s) => s,
        None => {
            state.sheets.insert(
                id.clone(),
                ScoreSheet {
                    rater: id.clone(),
                    submitted: event.at.date(),
                    ratings: Vec::new(),
                    sign_off: None,
                },
            );
            match state.sheets.get_mut(id) {
                Some(s) => s,
                None => {
                    return refuse(Code::Empty, "change.member", SessionMsg::NoSheet { id: id.to_string() })
                }
            }
        }
    };
    if sheet.sign_off.is_some() {
        return refuse(Code::SheetLocked, "change.member", SessionMsg::SheetLocked { id: id.to_string() });
    }
    let at = sheet.ratings.iter().position(|r| &r.officer == officer && &r.indicator == indicator);
    match (value, at) {
        (Some(v), Some(i)) => {
            if let Some(r) = sheet.ratings.get_mut(i) {
                r.value = v;
                r.note = note.cloned();
            }
        }
        (Some(v), None) => {
            sheet.ratings.push(Rating {
                officer: officer.clone(),
                indicator: indicator.clone(),
                value: v,
                note: note.cloned(),
            });
            crate::base::sort::sort_by(&mut sheet.ratings, |a, b| {
                (&a.officer, &a.indicator).cmp(&(&b.officer, &b.indicator))
            });
        }
        (None, Some(i)) => {
            sheet.ratings.remove(i);
        }
        (None, None) => {
            return refuse(
                Code::UnknownRef,
                "change.value",
                SessionMsg::NotRated {
                    id: id.to_string(),
                    officer: officer.to_string(),
                    indicator: Named::id(indicator.to_string()),
                },
            )
        }
    }
    sheet.submitted = event.at.date();
    Ok(())
}
