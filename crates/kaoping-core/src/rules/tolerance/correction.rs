//! Correction tracking (纠错): what must be done, by when, whether it was done — always as of a
//! date passed in, never the system clock.

use super::incident::Incident;
use super::outcome::Outcome;
use super::policy::{OverdueEffect, Policy};
use crate::base::date::Date;
pub use crate::model::tolerance::CorrectionState;

/// The correction required by a decision and its state.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CorrectionStatus {
    /// What must be done.
    pub actions: Vec<String>,
    /// Due date.
    pub deadline: Date,
    /// Completion date as recorded (a date after the as-of date does not count yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Date>,
    /// State as of the decision's date.
    pub state: CorrectionState,
    /// Days past the deadline (overdue: until the as-of date; late: until completion).
    pub days_late: u32,
}

impl CorrectionStatus {
    /// Recomputes the state as of another date.
    pub fn state_as_of(&self, as_of: Date) -> (CorrectionState, u32) {
        state(self.deadline, self.completed, as_of)
    }
}

fn state(deadline: Date, completed: Option<Date>, as_of: Date) -> (CorrectionState, u32) {
    let days = |from: Date, to: Date| u32::try_from(from.days_until(to).max(0)).unwrap_or(u32::MAX);
    match completed.filter(|c| *c <= as_of) {
        Some(c) if c <= deadline => (CorrectionState::Done, 0),
        Some(c) => (CorrectionState::Late, days(deadline, c)),
        None if as_of > deadline => (CorrectionState::Overdue, days(deadline, as_of)),
        None => (CorrectionState::Pending, 0),
    }
}

/// The correction a decision requires: always for a tolerated incident (with the policy's
/// default actions and period where the incident sets none), and whenever the incident lists one.
pub fn correction_for(
    policy: &Policy,
    incident: &Incident,
    decided: Outcome,
    as_of: Date,
) -> Option<CorrectionStatus> {
    let given = incident.correction.as_ref();
    if given.is_none() && !decided.is_tolerated() {
        return None;
    }
    let actions = match given {
        Some(c) if !c.actions.is_empty() => c.actions.clone(),
        _ => policy.correction.default_actions.clone(),
    };
    let deadline = given.and_then(|c| c.deadline).unwrap_or_else(|| {
        incident.date.add_days(i64::from(policy.correction.default_days)).unwrap_or(incident.date)
    });
    let completed = given.and_then(|c| c.completed);
    let (state, days_late) = state(deadline, completed, as_of);
    Some(CorrectionStatus { actions, deadline, completed, state, days_late })
}

/// The outcome after the policy's consequence of an overdue correction.
pub fn after_overdue(policy: &Policy, decided: Outcome, correction: Option<&CorrectionStatus>) -> Outcome {
    match correction {
        Some(c) if c.state == CorrectionState::Overdue && decided.is_tolerated() => {
            match policy.correction.overdue {
                OverdueEffect::ReportOnly => decided,
                OverdueEffect::DowngradeOne => decided.one_step_down(),
                OverdueEffect::RevertToNotTolerated => Outcome::NotTolerated,
            }
        }
        _ => decided,
    }
}
