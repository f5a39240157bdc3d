//! Effect of tolerance decisions on scoring: decisions become [`Waiver`]s of the engine, and
//! [`Assessor::assess_with_tolerance`] assesses a dossier with them.

use super::decision::Decision;
use crate::base::error::{Code, Path, Problems};
use crate::base::message::ToleranceMsg;
use crate::model::assessment::{Assessment, Waiver};
use crate::model::dossier::Dossier;
use crate::rules::assess::{AssessContext, AssessOptions, Assessor};

/// The waivers of some decisions, in order (one per linked occurrence).
pub fn waivers_for(decisions: &[Decision]) -> Vec<Waiver> {
    decisions.iter().flat_map(|d| d.effect.waivers.iter().cloned()).collect()
}

impl Assessor {
    /// Assesses a dossier taking tolerance decisions into account: an exempted incident removes
    /// its linked deductions and vetoes (the grade is computed as if they never existed) and
    /// leaves a line in the explanation; 从轻/减轻 keep the policy's share of a deduction;
    /// 不予容错 keeps it. Decisions must be about the dossier's officer and name occurrences of
    /// its deductions or vetoes, each at most once (a reopened decision replaces, not joins,
    /// the earlier one). Problem paths are rooted at `decisions`.
    pub fn assess_with_tolerance(
        &self,
        dossier: &Dossier,
        decisions: &[Decision],
        options: &AssessOptions,
    ) -> Result<Assessment, Problems> {
        let mut problems = Problems::new();
        let scheme = self.scheme();
        let deduction_or_veto = |item: &crate::base::ids::ItemId| {
            scheme.deductions.items.iter().any(|i| &i.id == item)
                || scheme.vetoes.iter().any(|v| &v.id == item)
        };
        // for each waiver of every decision, the decision of the nearest earlier waiver of its
        // occurrence
        let all: Vec<(&str, usize)> = decisions
            .iter()
            .enumerate()
            .flat_map(|(i, d)| d.effect.waivers.iter().map(move |w| (w.occurrence.as_str(), i)))
            .collect();
        let earlier = crate::base::sorted::earlier_by(&all, |w| w.0);
        let mut earlier = earlier.iter().map(|e| e.and_then(|j| all.get(j)).map(|w| w.1));
        for (i, d) in decisions.iter().enumerate() {
            let dp = Path::root().key("decisions").index(i);
            if d.officer != dossier.officer.id {
                problems.push(
                    Code::ToleranceOfficer,
                    dp.key("officer"),
                    ToleranceMsg::OtherOfficer {
                        incident: d.incident.to_string(),
                        officer: d.officer.to_string(),
                        dossier: dossier.officer.id.to_string(),
                    },
                );
            }
            for (j, w) in d.effect.waivers.iter().enumerate() {
                let wp = dp.key("effect").key("waivers").index(j).key("occurrence");
                match dossier.occurrences.iter().find(|o| o.id == w.occurrence) {
                    None => problems.push(
                        Code::UnknownRef,
                        wp.clone(),
                        ToleranceMsg::NoOccurrence { id: w.occurrence.to_string() },
                    ),
                    Some(o) if !deduction_or_veto(&o.item) => problems.push(
                        Code::UnknownItem,
                        wp.clone(),
                        ToleranceMsg::NotDeduction { id: w.occurrence.to_string(), item: o.item.to_string() },
                    ),
                    Some(_) => {}
                }
                if let Some(first) = earlier.next().flatten() {
                    problems.push(
                        Code::ToleranceConflict,
                        wp,
                        ToleranceMsg::DecidedTwice { id: w.occurrence.to_string(), first },
                    );
                }
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        let waivers = waivers_for(decisions);
        self.assess_with(dossier, &AssessContext { waivers: &waivers, ..AssessContext::default() }, options)
    }
}
