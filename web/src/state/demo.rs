//! The demo: a built-in scheme's demo officers and committee, started as a session through
//! events — the office adds the officers and the members, each member records their recusals,
//! rates and signs their own sheet — so that even the demo's data is in the audit log.

use crate::i18n::Lang;
use kaoping_core::api::builtin;
use kaoping_core::api::session::{
    Actor, Change, Event, NewOfficer, RosterOfficer, Session, SessionInit, Timestamp,
};
use kaoping_core::base::error::Problems;

/// The first scheme of the demo cohort.
pub fn first_demo_scheme() -> String {
    builtin::demo_entries().first().map_or_else(|| "court-judge".to_owned(), |e| e.scheme.clone())
}

/// The events that set up the demo of one built-in scheme, all at `at`: `office` adds the
/// officers and the committee; every member records their own recusals, ratings and sign-off.
pub fn demo_events(scheme_id: &str, at: Timestamp, office: &Actor) -> Result<Vec<Event>, Problems> {
    let scheme = builtin::scheme(scheme_id)?;
    let dossiers: Vec<_> = builtin::demo_entries_of(scheme_id).into_iter().map(|e| e.dossier).collect();
    let input = builtin::demo_cohort_input(&scheme, dossiers);
    let event = |actor: &Actor, reason: Option<String>, change: Change| Event {
        at,
        actor: actor.clone(),
        reason,
        change,
    };
    let officers = input
        .dossiers
        .iter()
        .map(|d| NewOfficer {
            officer: RosterOfficer {
                id: d.officer.id.clone(),
                name: d.officer.name.clone(),
                unit: d.officer.unit.clone(),
                post: None,
            },
            inputs: d.inputs.clone(),
            occurrences: d.occurrences.clone(),
            case_review: d.case_review,
            records: d.records.clone(),
        })
        .collect();
    let mut events = vec![event(office, None, Change::AddOfficers { officers })];
    if let Some(committee) = &input.committee {
        for m in &committee.members {
            events.push(event(office, None, Change::AddMember { member: m.clone() }));
        }
        for r in &committee.recusals {
            let member = Actor::member(r.rater.as_str());
            let change = Change::Recuse { member: r.rater.clone(), officer: r.officer.clone() };
            events.push(event(&member, r.reason.clone(), change));
        }
    }
    for sheet in &input.sheets {
        let member = Actor::member(sheet.rater.as_str());
        for r in &sheet.ratings {
            let change = Change::Rate {
                member: sheet.rater.clone(),
                officer: r.officer.clone(),
                indicator: r.indicator.clone(),
                value: Some(r.value),
                note: r.note.clone(),
            };
            events.push(event(&member, None, change));
        }
        if sheet.sign_off.is_some() {
            events.push(event(&member, None, Change::SignSheet { member: sheet.rater.clone() }));
        }
    }
    Ok(events)
}

/// A new session of a built-in scheme with its demo data, explained in `lang`.
pub fn demo_session(scheme_id: &str, lang: Lang, at: Timestamp, office: &Actor) -> Result<Session, Problems> {
    let mut session = Session::new(SessionInit {
        scheme: kaoping_json::Json::String(scheme_id.to_owned()),
        policy: None,
        lang,
    })?;
    session.apply_all(demo_events(scheme_id, at, office)?)?;
    Ok(session)
}
