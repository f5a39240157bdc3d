//! The report of corrections still unfinished after their deadline.

use super::correction::CorrectionState;
use super::decision::Decision;
use super::outcome::Outcome;
use crate::base::date::Date;
use crate::base::ids::OfficerId;

/// One overdue correction in a report.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct OverdueCorrection {
    /// The incident.
    pub incident: String,
    /// The officer.
    pub officer: OfficerId,
    /// Due date.
    pub deadline: Date,
    /// Days past the deadline as of the report date.
    pub days_overdue: u32,
    /// What remains to be done.
    pub actions: Vec<String>,
    /// The outcome decided before any overdue consequence.
    pub decided: Outcome,
}

/// The corrections still unfinished after their deadline as of `as_of`, in the order given.
pub fn overdue_corrections(decisions: &[Decision], as_of: Date) -> Vec<OverdueCorrection> {
    decisions
        .iter()
        .filter_map(|d| {
            let c = d.correction.as_ref()?;
            let (state, days) = c.state_as_of(as_of);
            (state == CorrectionState::Overdue).then(|| OverdueCorrection {
                incident: d.incident.clone(),
                officer: d.officer.clone(),
                deadline: c.deadline,
                days_overdue: days,
                actions: c.actions.clone(),
                decided: d.decided,
            })
        })
        .collect()
}
