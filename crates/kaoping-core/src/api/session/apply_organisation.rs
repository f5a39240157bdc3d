//! The organisation in a session: `setOrganisation` declares (or replaces) the units, posts and
//! aggregation rule, checked against the scheme and the whole roster; while one is declared,
//! every officer added or updated must be in a declared unit and hold a declared post.

use crate::api::session::events::{Change, Event};
use crate::api::session::state::SessionState;
use crate::base::error::{Path, Problems};
use crate::model::scheme::Scheme;
use crate::rules::organisation::{check, check_post, check_unit};

/// Applies `setOrganisation`; `false` when the change is another one.
pub(crate) fn apply_organisation(
    scheme: &Scheme,
    state: &mut SessionState,
    event: &Event,
) -> Result<bool, Problems> {
    let Change::SetOrganisation { organisation } = &event.change else { return Ok(false) };
    let mut problems = check(organisation, scheme, &Path::root().key("change").key("organisation"));
    for (id, e) in state.roster.iter() {
        let at = Path::root().key("state").key("roster").key(id.as_str());
        let unit = e.dossier.officer.unit.as_deref();
        problems.extend(check_unit(organisation, unit, &at.key("dossier").key("officer").key("unit")));
        problems.extend(check_post(organisation, e.post.as_deref(), &at.key("post")));
    }
    if problems.has_errors() {
        return Err(problems);
    }
    state.organisation = Some(organisation.clone());
    Ok(true)
}

/// After an officer was added or updated: their unit and post are declared (when an
/// organisation is).
pub(crate) fn check_officers(state: &SessionState, event: &Event) -> Result<(), Problems> {
    let Some(org) = &state.organisation else { return Ok(()) };
    let change = Path::root().key("change");
    let mut problems = Problems::new();
    let mut officer = |unit: Option<&str>, post: Option<&str>, at: &Path, flat: bool| {
        let (u, p) = if flat {
            (at.key("unit"), at.key("post"))
        } else {
            (at.key("officer").key("unit"), at.key("officer").key("post"))
        };
        problems.extend(check_unit(org, unit, &u));
        problems.extend(check_post(org, post, &p));
    };
    match &event.change {
        Change::AddOfficer { officer: o, .. } => {
            officer(o.unit.as_deref(), o.post.as_deref(), &change, false);
        }
        Change::AddOfficers { officers } => {
            for (i, n) in officers.iter().enumerate() {
                let at = change.key("officers").index(i);
                officer(n.officer.unit.as_deref(), n.officer.post.as_deref(), &at, false);
            }
        }
        Change::UpdateOfficer { unit, post, .. } => officer(unit.as_deref(), post.as_deref(), &change, true),
        _ => {}
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(())
    }
}
