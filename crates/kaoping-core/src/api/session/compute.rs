//! Inputs of a session's results: the cohort input the state describes (what the full
//! recompute in [`crate::api::session::live`] assesses) and one officer's assessment context
//! (committee ratings, tolerance waivers, live cohort statistics), assembled in
//! [`officer_context`] and used for both the detail and the preview, so that the preview shows
//! what the committee's table shows.

use crate::api::session::state::SessionState;
use crate::base::error::{Code, Problems};
use crate::base::ids::{IndicatorId, OfficerId};
use crate::base::sorted::{SortedMap, SortedSet};
use crate::model::assessment::Waiver;
use crate::model::scheme::CohortStat;
use crate::rules::assess::{AssessContext, Assessor, RatedInput};
use crate::rules::cohort::CohortInput;
use crate::rules::committee::collect;
use crate::rules::tolerance::{waivers_for, Decision};

/// The cohort input the state describes but its dossiers: the committee, the sheets in member
/// order, the decisions in incident-id order (the full recompute lends it the dossiers, in
/// officer-id order).
pub(crate) fn cohort_input_but_dossiers(state: &SessionState) -> CohortInput {
    CohortInput {
        dossiers: Vec::new(),
        committee: Some(state.committee.clone()),
        sheets: state.sheets.values().cloned().collect(),
        waivers: SortedMap::new(),
        decisions: decisions(state).cloned().collect(),
    }
}

fn decisions(state: &SessionState) -> impl Iterator<Item = &Decision> {
    state.incidents.values().filter_map(|r| r.decision.as_ref().map(|d| &d.decision))
}

/// One officer's assessment context, owned.
pub(crate) struct OfficerContext {
    pub(crate) rated: Option<SortedMap<IndicatorId, RatedInput>>,
    pub(crate) waivers: Vec<Waiver>,
    pub(crate) stats: SortedMap<IndicatorId, CohortStat>,
}

impl OfficerContext {
    /// The borrowed context the assessor takes.
    pub(crate) fn as_context(&self) -> AssessContext<'_> {
        AssessContext {
            waivers: &self.waivers,
            rated: self.rated.as_ref(),
            cohort: (!self.stats.is_empty()).then_some(&self.stats),
            cohort_published: false,
        }
    }
}

/// Assembles one officer's context from the session's own state: the committee's signed
/// ratings (recusals respected), the waivers of the officer's decisions in incident order, and
/// the live statistics of the current result — exactly what the cohort's result gives them.
pub(crate) fn officer_context(
    engine: &Assessor,
    state: &SessionState,
    stats: Option<&SortedMap<IndicatorId, CohortStat>>,
    officer: &OfficerId,
) -> Result<OfficerContext, Problems> {
    if !state.roster.contains_key(officer) {
        return Err(Problems::one(
            Code::UnknownOfficer,
            "officer",
            crate::base::message::SessionMsg::NotOnRoster { officer: officer.to_string() },
        ));
    }
    let officers: SortedSet<&OfficerId> = state.roster.keys().collect();
    let sheets: Vec<_> = state.sheets.values().cloned().collect();
    let (mut ratings, _) =
        collect(engine.scheme(), Some(&state.committee), &sheets, &officers).map_err(|p| p.under("state"))?;
    let own: Vec<Decision> = decisions(state).filter(|d| &d.officer == officer).cloned().collect();
    Ok(OfficerContext {
        rated: ratings.remove(officer),
        waivers: waivers_for(&own),
        stats: stats.cloned().unwrap_or_default(),
    })
}
