//! The vetoes hit by a dossier's occurrences, waived in full by tolerance decisions or not.

use super::run::Run;
use crate::base::error::Path;
use crate::base::ids::OccurrenceId;
use crate::model::assessment::{VetoHit, Waiver};
use crate::model::dossier::Occurrence;
use crate::model::line_fact::{LineFact, Title, VetoEffectFact};
use crate::model::scheme::Veto;

impl<'a> Run<'a> {
    /// Every veto with an occurrence; flags a veto in force or a tolerance waiver.
    pub(super) fn vetoes(&mut self) -> Vec<VetoHit> {
        let mut hits = Vec::new();
        for (i, veto) in self.scheme.vetoes.iter().enumerate() {
            let occs: Vec<&Occurrence> =
                self.dossier.occurrences.iter().filter(|o| o.item == veto.id).collect();
            if occs.is_empty() {
                continue;
            }
            let waivers: Vec<Waiver> = occs.iter().filter_map(|o| self.waiver_for(&o.id).cloned()).collect();
            let waived = occs.iter().all(|o| self.waiver_for(&o.id).is_some_and(|w| w.kept.is_zero()));
            let ids: Vec<OccurrenceId> = occs.iter().map(|o| o.id.clone()).collect();
            if !waivers.is_empty() {
                self.flags.tolerance = true;
            }
            if !waived {
                self.flags.veto = true;
            }
            if self.options.trace {
                self.veto_line(veto, i, &ids, waived.then_some(&waivers));
            }
            hits.push(VetoHit {
                id: veto.id.clone(),
                title: veto.title.clone(),
                effect: veto.effect.clone(),
                occurrences: ids,
                waived,
                waivers,
            });
        }
        hits
    }

    /// The line of a veto hit: waived by the decisions given, or in force.
    fn veto_line(&mut self, veto: &Veto, i: usize, ids: &[OccurrenceId], waived_by: Option<&Vec<Waiver>>) {
        let path = Path::root().key("vetoes").index(i);
        let occurrences: Vec<&str> = ids.iter().map(OccurrenceId::as_str).collect();
        let (id, title) = (veto.id.as_str(), Title::new(&veto.title, veto.title_en.as_deref()));
        let fact = match waived_by {
            Some(waivers) => {
                let decisions: Vec<&str> = waivers.iter().map(|w| w.decision.as_str()).collect();
                let fact =
                    LineFact::VetoWaived { id, title, occurrences: &occurrences, decisions: &decisions };
                return self.line(&path, fact);
            }
            None => LineFact::Veto {
                id,
                title,
                occurrences: &occurrences,
                effect: VetoEffectFact::of(self.scheme, &veto.effect),
            },
        };
        self.line(&path, fact);
    }
}
