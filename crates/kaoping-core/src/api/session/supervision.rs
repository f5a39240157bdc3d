//! Supervision (督责) in a session: the units' results from the live table and the session's
//! organisation, and the early warnings over the live table, the roster's records and the
//! decided incidents.

use crate::api::session::Session;
use crate::api::supervision::{weights, Parts};
use crate::base::error::{Path, Problems};
use crate::base::ids::OfficerId;
use crate::model::dossier::Dossier;
use crate::model::warning::{EarlyWarning, Thresholds};
use crate::rules::organisation::units::UnitResult;
use crate::rules::tolerance::Decision;

impl Session {
    fn parts<'a>(
        &'a self,
        table: &'a crate::rules::cohort::CohortResult,
        dossier: &'a dyn Fn(usize, &OfficerId) -> Option<&'a Dossier>,
        decisions: &'a [&'a Decision],
    ) -> Parts<'a> {
        Parts {
            scheme: self.engine.scheme(),
            table,
            organisation: self.state.organisation.as_ref(),
            dossier,
            decisions,
            lang: self.init.lang,
        }
    }

    /// Every unit's result (empty without an organisation or officers).
    pub fn units(&self) -> Vec<UnitResult> {
        let (Some(table), Some(org)) = (self.table(), self.state.organisation.as_ref()) else {
            return Vec::new();
        };
        let dossier = |_: usize, id: &OfficerId| self.state.roster.get(id).map(|e| &e.dossier);
        let weights = weights(org, self.state.roster.values().map(|e| &e.dossier));
        self.parts(table, &dossier, &[]).units(&weights)
    }

    /// The warnings under the thresholds (problems located under `thresholds`).
    pub fn warnings(&self, thresholds: &Thresholds) -> Result<Vec<EarlyWarning>, Problems> {
        let problems = crate::rules::warnings::check_thresholds(
            thresholds,
            self.engine.scheme(),
            &Path::root().key("thresholds"),
        );
        if problems.has_errors() {
            return Err(problems);
        }
        let Some(table) = self.table() else { return Ok(Vec::new()) };
        // the table is in the live result's ranked order, whose rows are the roster's entries in
        // officer-id order: a dossier is found by its position, not searched for
        let rows: Vec<usize> = self.live.as_ref().map(|l| l.ranked.iter().collect()).unwrap_or_default();
        let roster = self.state.roster.as_slice();
        let dossier = |at: usize, id: &OfficerId| {
            let entry =
                rows.get(at).and_then(|&r| roster.get(r)).filter(|(k, _)| k == id).map(|(_, e)| &e.dossier);
            entry.or_else(|| self.state.roster.get(id).map(|e| &e.dossier))
        };
        let decisions: Vec<&Decision> = crate::api::session::live::decisions(&self.state).collect();
        Ok(self.parts(table, &dossier, &decisions).warnings(thresholds))
    }

    /// [`Session::warnings`] from the thresholds' JSON text, as an answer's JSON text.
    pub fn warnings_json(&self, thresholds: &str) -> String {
        let result = crate::base::json::from_json_str::<Thresholds>(thresholds)
            .map_err(|p| p.within("thresholds"))
            .and_then(|t| self.warnings(&t));
        kaoping_json::to_string(&crate::api::answer::Answer::from(result))
    }
}
