//! The results the core computes from the workspace: the engine's rows, the ranked cohort, the
//! tolerance decisions, and the officer detail and preview asked for on demand.

use super::{AppState, Row};
use crate::i18n::Lang;
use kaoping_core::api::{cohort::assess_cohort, officer, preview};
use kaoping_core::base::error::Problems;
use kaoping_core::model::assessment::Assessment;
use kaoping_core::rules::cohort::{CohortEntry, CohortInput, CohortOptions, CohortResult};
use kaoping_core::rules::tolerance::{self, Decision, ToleranceOptions};
use kaoping_core::{AssessOptions, Date, Dossier, Engine};

/// Options for the table rows: no trace, no fingerprint (the detail asks the core again).
fn row_options(lang: Lang) -> AssessOptions {
    AssessOptions { trace: false, fingerprint: false, lang }
}

impl AppState {
    /// The date decisions are taken as of: the end of the scheme's period.
    pub fn as_of(&self) -> Date {
        self.ws.scheme.period.end
    }

    /// Recomputes every decision and every row.
    pub fn recompute_all(&mut self) {
        let lang = self.ws.lang;
        let as_of = self.as_of();
        self.decisions = match &self.policy {
            Ok(policy) => self
                .ws
                .incidents
                .iter()
                .map(|i| {
                    kaoping_core::api::tolerance::decide(policy, i, &[], as_of, &ToleranceOptions { lang })
                })
                .collect(),
            Err(p) => self.ws.incidents.iter().map(|_| Err(p.clone())).collect(),
        };
        let (cohort, rows) = self.assess_all(lang);
        self.entry_of = match &cohort {
            Ok(c) => {
                let by_id: kaoping_core::SortedMap<&str, usize> =
                    c.officers.iter().enumerate().map(|(k, e)| (e.officer.id.as_str(), k)).collect();
                self.ws.dossiers.iter().map(|d| by_id.get(d.officer.id.as_str()).copied()).collect()
            }
            Err(_) => vec![None; self.ws.dossiers.len()],
        };
        self.cohort = cohort;
        self.rows = rows;
    }

    /// The cohort input the core ranks: dossiers, committee, sheets and tolerance decisions.
    pub fn cohort_input(&self) -> CohortInput {
        CohortInput {
            dossiers: self.ws.dossiers.clone(),
            committee: self.ws.committee.clone(),
            sheets: self.ws.sheets.clone(),
            decisions: self.decisions.iter().flatten().cloned().collect(),
            ..Default::default()
        }
    }

    /// The whole cohort through `assess_cohort`; when that fails (an invalid dossier), each officer
    /// alone so the others still show.
    fn assess_all(&self, lang: Lang) -> (Result<CohortResult, Problems>, Vec<Row>) {
        let engine = match &self.engine {
            Ok(e) => e,
            Err(p) => return (Err(p.clone()), self.ws.dossiers.iter().map(|_| Err(p.clone())).collect()),
        };
        // The table needs no explanation lines or fingerprints: the selected officer's detail
        // asks the core for them (see `detail`); fingerprints of the cohort are made on sealing.
        let options = CohortOptions { trace: false, fingerprint: false, details: true, lang };
        match assess_cohort(engine, &self.cohort_input(), &options) {
            Ok(c) => {
                let by_id: kaoping_core::SortedMap<&str, &CohortEntry> =
                    c.officers.iter().map(|e| (e.officer.id.as_str(), e)).collect();
                let rows = self
                    .ws
                    .dossiers
                    .iter()
                    .map(|d| match by_id.get(d.officer.id.as_str()).and_then(|e| e.assessment.clone()) {
                        Some(a) => Ok(a),
                        None => self.assess_one(engine, d, &row_options(lang)),
                    })
                    .collect();
                (Ok(c), rows)
            }
            Err(p) => (
                Err(p),
                self.ws.dossiers.iter().map(|d| self.assess_one(engine, d, &row_options(lang))).collect(),
            ),
        }
    }

    /// The api's preview of a (possibly edited) dossier in its officer's cohort context: the
    /// committee's ratings, the tolerance waivers and the live cohort statistics, so an unedited
    /// dossier previews the committee's total and grade before quotas.
    /// When the cohort could not be ranked, the officer alone with their decisions, as the table
    /// row and the detail then show them.
    pub fn preview(&self, dossier: &Dossier) -> Result<kaoping_core::rules::preview::Preview, Problems> {
        let engine = self.engine.as_ref().map_err(Clone::clone)?;
        let context = match &self.cohort {
            Ok(cohort) => officer::officer_context(
                engine.scheme(),
                &self.cohort_input(),
                &cohort.stats,
                &dossier.officer.id,
            )?,
            Err(_) => officer::OfficerContext {
                waivers: tolerance::waivers_for(&self.decisions_for(&dossier.officer.id)),
                ..officer::OfficerContext::default()
            },
        };
        preview::preview(engine, dossier, &context, self.ws.lang)
    }

    /// An objection drafted against one item of a previewed result, dated by the core.
    pub fn objection(
        &self,
        assessment: &Assessment,
        request: &kaoping_core::rules::preview::ObjectionRequest,
    ) -> Result<kaoping_core::rules::preview::Objection, Problems> {
        let engine = self.engine.as_ref().map_err(Clone::clone)?;
        preview::objection(engine, assessment, request)
    }

    /// The final grade of a dossier: after quotas when the cohort could be ranked, otherwise
    /// after vetoes (`None`: withheld or no result).
    pub fn final_grade(&self, i: usize) -> Option<&kaoping_core::model::assessment::GradeRef> {
        match self.entry(i) {
            Some(e) => e.grade.as_ref(),
            None => self.rows.get(i)?.as_ref().ok()?.grade.as_ref(),
        }
    }

    /// The cohort entry (rank, final grade, quota change) of a dossier.
    pub fn entry(&self, i: usize) -> Option<&CohortEntry> {
        let k = (*self.entry_of.get(i)?)?;
        self.cohort.as_ref().ok()?.officers.get(k)
    }

    /// The decisions (that could be taken) about one officer.
    pub fn decisions_for(&self, officer: &kaoping_core::OfficerId) -> Vec<Decision> {
        self.decisions.iter().flatten().filter(|d| &d.officer == officer).cloned().collect()
    }

    pub(super) fn assess_one(&self, engine: &Engine, d: &Dossier, options: &AssessOptions) -> Row {
        let decisions = self.decisions_for(&d.officer.id);
        if decisions.is_empty() {
            engine.assess(d, options)
        } else {
            engine.assess_with_tolerance(d, &decisions, options)
        }
    }

    /// Recomputes after one dossier changed. The whole cohort is recomputed: cohort-relative
    /// indicators and rankings depend on every officer.
    pub(super) fn recompute(&mut self, _changed: usize) {
        self.recompute_all();
    }

    /// The full assessment of one officer, with explanation and fingerprint (the officer detail
    /// and the print sheet): the api's officer detail, in the context the cohort assessed the
    /// officer in. When the cohort could not be ranked, the officer alone with their decisions.
    pub fn detail(&self, i: usize) -> Option<Row> {
        let d = self.ws.dossiers.get(i)?;
        let engine = match &self.engine {
            Ok(e) => e,
            Err(p) => return Some(Err(p.clone())),
        };
        let options = AssessOptions { trace: true, fingerprint: true, lang: self.ws.lang };
        let Ok(cohort) = &self.cohort else { return Some(self.assess_one(engine, d, &options)) };
        Some(officer::officer_detail(engine, &self.cohort_input(), &cohort.stats, &d.officer.id, &options))
    }
}
