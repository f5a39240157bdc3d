//! The session's ranked table, built from the live result on demand: the quotas applied by the
//! cohort's own quota code over the ranked order, the entries in rank order with their tie
//! notes, and the fingerprints of the inputs (each dossier's taken once until it changes) and
//! of the result — exactly what [`assess_cohort`](crate::rules::cohort::assess_cohort) gives.

use crate::api::session::live::{decisions, Live, QuotaPass};
use crate::api::session::state::SessionState;
use crate::base::fingerprint::{fingerprint, ENGINE_VERSION};
use crate::base::ids::OfficerId;
use crate::base::sorted::SortedMap;
use crate::model::assessment::{GradeRef, Waiver};
use crate::model::scheme::{Scheme, TieBreakKey};
use crate::rules::assess::Assessor;
use crate::rules::cohort::{
    input_fingerprints, quota, result_fingerprint, CohortEntry, CohortInput, CohortResult, QuotaChange,
    TieNote,
};
use crate::rules::tolerance::waivers_for;

impl Live {
    /// The quotas applied over the ranked order by the cohort's quota code (on first use
    /// after a change).
    pub(crate) fn quota_pass(&self, scheme: &Scheme) -> &QuotaPass {
        self.quota_pass.get_or_init(|| {
            let table = self.key_table();
            let mut slots: Vec<quota::Slot<'_>> = Vec::with_capacity(self.rows.len());
            for (pos, i) in self.ranked.iter().enumerate() {
                let (Some(row), Some(officer)) = (self.rows.get(i), self.names.ids.get(i)) else { continue };
                slots.push(quota::Slot {
                    rank: u32::try_from(pos + 1).unwrap_or(u32::MAX),
                    row: i,
                    officer,
                    unit: row.officer.unit.as_deref(),
                    total: row.total,
                    score_grade: row.score_pos,
                    grade: row.grade_pos,
                    fixed: row.fixed,
                    blocked: row.blocked && !row.fixed,
                });
            }
            let tie = |above: usize, below: usize| table.decided_by(above, below).cloned();
            let key_text = |k: &TieBreakKey| crate::rules::cohort::tie_break::key_text(k, scheme);
            let (quotas, changes) = quota::apply(scheme, &mut slots, self.lang, tie, key_text);
            let mut finals = vec![None; self.rows.len()];
            for s in &slots {
                if let Some(f) = finals.get_mut(s.row) {
                    *f = s.grade;
                }
            }
            (quotas, changes, finals)
        })
    }

    /// The officers whose grade a quota changed.
    pub(crate) fn changes(&self, scheme: &Scheme) -> &[QuotaChange] {
        &self.quota_pass(scheme).1
    }

    fn grade_ref(&self, pos: usize) -> Option<GradeRef> {
        self.grades.get(pos).cloned()
    }

    /// The ranked table, as [`assess_cohort`](crate::rules::cohort::assess_cohort) gives it
    /// (without per-officer details), built on first use after a change.
    pub(crate) fn table(&self, engine: &Assessor, state: &SessionState) -> &CohortResult {
        self.table.get_or_init(|| self.materialize(engine, state))
    }

    fn materialize(&self, engine: &Assessor, state: &SessionState) -> CohortResult {
        let (quotas, changes, finals) = self.quota_pass(engine.scheme());
        let table = self.key_table();
        let mut entries = Vec::with_capacity(self.rows.len());
        let mut prev: Option<usize> = None;
        for (pos, i) in self.ranked.iter().enumerate() {
            let Some(row) = self.rows.get(i) else { continue };
            let final_pos = finals.get(i).copied().flatten();
            let tie = prev.and_then(|p| {
                let with = self.names.ids.get(p)?;
                table.decided_by(p, i).map(|k| TieNote { with: with.clone(), decided_by: k.clone() })
            });
            entries.push(CohortEntry {
                rank: u32::try_from(pos + 1).unwrap_or(u32::MAX),
                officer: row.officer.clone(),
                total: row.total,
                score_grade: row.score_grade.clone(),
                pre_quota_grade: row.grade.clone(),
                grade: final_pos.and_then(|p| self.grade_ref(p)),
                quota_changed: final_pos != row.grade_pos,
                flags: row.flags,
                tie,
                assessment: None,
            });
            prev = Some(i);
        }
        // the inputs' fingerprints: committee, sheets and waivers as the cohort takes them
        let input = CohortInput {
            committee: Some(state.committee.clone()),
            sheets: state.sheets.values().cloned().collect(),
            ..CohortInput::default()
        };
        let lists: Vec<(&OfficerId, Vec<Waiver>)> =
            decisions(state).map(|d| (&d.officer, waivers_for(std::slice::from_ref(d)))).collect();
        let waivers = SortedMap::from_vec_with(lists, Vec::append);
        let dossier_fps = self.dossier_fingerprints(state);
        let inputs = input_fingerprints(engine, &input, &dossier_fps, &waivers);
        let fingerprint = result_fingerprint(&inputs, &entries);
        CohortResult {
            engine: ENGINE_VERSION.to_owned(),
            scheme: engine.scheme_ref(),
            size: u32::try_from(entries.len()).unwrap_or(u32::MAX),
            precision: engine.scheme().precision,
            officers: entries,
            tie_break: self.keys.clone(),
            quotas: quotas.clone(),
            changes: changes.clone(),
            stats: self.stats.clone(),
            warnings: self.warnings.clone(),
            inputs: Some(inputs),
            fingerprint: Some(fingerprint),
        }
    }

    /// Every dossier's fingerprint in officer-id order (those not taken since their dossier
    /// changed are taken now, and kept).
    fn dossier_fingerprints(&self, state: &SessionState) -> Vec<String> {
        let mut fps = self.dossier_fps.borrow_mut();
        for ((fp, entry), id) in fps.iter_mut().zip(state.roster.values()).zip(self.names.ids.iter()) {
            if fp.is_none() && &entry.dossier.officer.id == id {
                *fp = Some(fingerprint("dossier", &entry.dossier));
            }
        }
        fps.iter().map(|f| f.clone().unwrap_or_default()).collect()
    }
}
