//! The session's live result, kept up to date event by event.
//!
//! [`Live::full`] is the full recompute: [`assess_cohort`] over the whole state, whose rows are
//! kept per officer (in officer-id order) with the ranked order, the final grades after quotas
//! and each dossier's fingerprint. [`Live::rescore`] is the incremental step after an event
//! that touched one officer's dossier, ratings or incidents: that officer alone is assessed
//! again, moved to its new place in the ranked order by binary search under the cohort's own
//! comparison ([`KeyTable::compare`]), and the quotas are applied again by the cohort's own
//! quota code ([`quota::apply`]). Schemes with cohort-relative indicators (whose live
//! statistics depend on everyone) always take the full recompute.
//!
//! The ranked table ([`Live::table`]) is built on demand, with its fingerprints, and is exactly
//! what [`assess_cohort`] gives for the same state (the property tests compare them after every
//! event).

use crate::api::session::compute::cohort_input;
use crate::api::session::diff::{self, OfficerChange, QuotaDiff, Standing};
use crate::api::session::state::SessionState;
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problems};
use crate::base::fingerprint::{fingerprint, ENGINE_VERSION};
use crate::base::ids::{IndicatorId, OfficerId};
use crate::base::sorted::{SortedMap, SortedSet};
use crate::model::assessment::{GradeRef, Waiver};
use crate::model::explanation::Lang;
use crate::model::scheme::{CohortStat, Scheme, ScoringFunction, TieBreakKey};
use crate::rules::assess::{AssessContext, AssessOptions, Assessor};
use crate::rules::cohort::tie_break::{push_values, KeyTable};
use crate::rules::cohort::{
    assess_cohort, input_fingerprints, quota, result_fingerprint, CohortEntry, CohortInput, CohortOptions,
    CohortResult, QuotaChange, QuotaOutcome, Row, TieNote,
};
use crate::rules::committee::{collect, RatingsByOfficer};
use crate::rules::tolerance::{waivers_for, Decision};
use std::cell::OnceCell;
use std::cmp::Ordering;

/// A cohort result kept per officer, so that one officer's change costs one assessment.
#[derive(Clone, Debug)]
pub(crate) struct Live {
    lang: Lang,
    /// The scheme has cohort-relative indicators: every change takes the full recompute.
    relative: bool,
    /// The scheme's grades, best first.
    grades: Vec<GradeRef>,
    keys: Vec<TieBreakKey>,
    /// Key values per officer (officer id is compared separately).
    stride: usize,
    /// Officer ids in officer-id order (= the roster's order); an officer's index is its row.
    ids: Vec<OfficerId>,
    rows: Vec<Row>,
    /// `stride` tie-break values per row.
    values: Vec<Decimal>,
    /// Each dossier's fingerprint, by row.
    dossier_fps: Vec<String>,
    /// Rows in rank order, best first.
    ranked: Vec<usize>,
    /// Position of each row in `ranked`.
    place: Vec<usize>,
    /// Final grade position of each row after quotas (`None`: withheld).
    finals: Vec<Option<usize>>,
    quotas: Vec<QuotaOutcome>,
    changes: Vec<QuotaChange>,
    stats: SortedMap<IndicatorId, CohortStat>,
    warnings: Problems,
    /// The committee's aggregated ratings, by officer.
    ratings: RatingsByOfficer,
    /// The ranked table, built on first use after each change.
    table: OnceCell<CohortResult>,
}

/// What one rescored event changed: the officers whose standing moved, and the quota changes
/// that appeared or went away.
pub(crate) type Changes = (Vec<OfficerChange>, Vec<QuotaDiff>);

fn decisions(state: &SessionState) -> impl Iterator<Item = &Decision> {
    state.incidents.values().filter_map(|r| r.decision.as_ref().map(|d| &d.decision))
}

impl Live {
    /// The full recompute of a state (`None` for an empty roster). Problems are located in the
    /// state (`state.dossiers[0].inputs.q`).
    pub(crate) fn full(
        engine: &Assessor,
        state: &SessionState,
        lang: Lang,
    ) -> Result<Option<Live>, Problems> {
        if state.roster.is_empty() {
            return Ok(None);
        }
        let scheme = engine.scheme();
        let input = cohort_input(state);
        let options = CohortOptions { trace: false, fingerprint: true, details: true, lang };
        let mut result = assess_cohort(engine, &input, &options).map_err(|p| p.under("state"))?;
        let officers: SortedSet<&OfficerId> = state.roster.keys().collect();
        let (ratings, _) = collect(scheme, Some(&state.committee), &input.sheets, &officers)
            .map_err(|p| p.under("state"))?;
        let keys = result.tie_break.clone();
        let stride = keys.iter().filter(|k| !matches!(k, TieBreakKey::OfficerId {})).count();
        let ids: Vec<OfficerId> = state.roster.keys().cloned().collect();
        let n = ids.len();
        let mut rows: Vec<Option<Row>> = vec![None; n];
        let mut values = vec![Decimal::ZERO; n.saturating_mul(stride)];
        let mut finals = vec![None; n];
        let mut ranked = Vec::with_capacity(n);
        let mut own = Vec::with_capacity(stride);
        for entry in &mut result.officers {
            let (Ok(r), Some(a)) = (ids.binary_search(&entry.officer.id), entry.assessment.take()) else {
                continue;
            };
            own.clear();
            push_values(&a, &keys, &mut own);
            if let Some(slot) = values.get_mut(r * stride..(r + 1) * stride) {
                slot.copy_from_slice(&own);
            }
            if let Some(f) = finals.get_mut(r) {
                *f = entry.grade.as_ref().and_then(|g| scheme.grade_rank(&g.id));
            }
            if let Some(row) = rows.get_mut(r) {
                *row = Some(Row::of(scheme, a, false));
            }
            ranked.push(r);
        }
        let rows: Vec<Row> = rows.into_iter().flatten().collect();
        if rows.len() != n || ranked.len() != n {
            return Err(Problems::one(
                Code::MissingData,
                "state",
                crate::base::message::SessionMsg::ResultMissesOfficers,
            ));
        }
        let mut place = vec![0; n];
        for (pos, &r) in ranked.iter().enumerate() {
            if let Some(p) = place.get_mut(r) {
                *p = pos;
            }
        }
        let relative =
            scheme.indicators().any(|(_, i)| matches!(i.scoring, ScoringFunction::CohortRelative { .. }));
        Ok(Some(Live {
            lang,
            relative,
            grades: scheme
                .grades
                .iter()
                .map(|g| GradeRef { id: g.id.clone(), title: g.title.clone() })
                .collect(),
            keys,
            stride,
            dossier_fps: state.roster.values().map(|e| fingerprint("dossier", &e.dossier)).collect(),
            ids,
            rows,
            values,
            ranked,
            place,
            finals,
            quotas: result.quotas.clone(),
            changes: result.changes.clone(),
            stats: result.stats.clone(),
            warnings: result.warnings.clone(),
            ratings,
            table: OnceCell::from(result),
        }))
    }

    /// One officer's standing, by row.
    fn standing(&self, r: usize) -> Option<Standing> {
        let row = self.rows.get(r)?;
        let rank = self.place.get(r)?.saturating_add(1);
        let final_grade = self.finals.get(r).copied().flatten();
        Some(self.standing_with(row, rank, final_grade))
    }

    fn standing_with(&self, row: &Row, rank: usize, final_grade: Option<usize>) -> Standing {
        Standing {
            rank: u32::try_from(rank).unwrap_or(u32::MAX),
            total: row.total,
            grade: row.grade.as_ref().map(|g| g.id.clone()),
            final_grade: final_grade.and_then(|p| self.grade_ref(p)).map(|g| g.id),
            flags: row.flags,
        }
    }

    fn grade_ref(&self, pos: usize) -> Option<GradeRef> {
        self.grades.get(pos).cloned()
    }

    /// Every officer's standing.
    pub(crate) fn standings(&self) -> SortedMap<OfficerId, Standing> {
        let all = self.ids.iter().enumerate().filter_map(|(r, id)| Some((id.clone(), self.standing(r)?)));
        SortedMap::from_vec(all.collect())
    }

    /// The live cohort statistics of cohort-relative indicators.
    pub(crate) fn stats(&self) -> &SortedMap<IndicatorId, CohortStat> {
        &self.stats
    }

    /// The officers whose grade a quota changed.
    pub(crate) fn changes(&self) -> &[QuotaChange] {
        &self.changes
    }

    /// The ids as the key table takes them.
    fn id_strs(&self) -> Vec<&str> {
        self.ids.iter().map(OfficerId::as_str).collect()
    }

    /// The incremental step after an event that touched one officer's dossier, ratings or
    /// incidents (`recollect`: the committee's ratings are aggregated again, for a rating).
    /// `None` when this state needs the full recompute (a cohort-relative scheme, an officer
    /// not in the table, an assessment that fails: the full recompute then says why); nothing
    /// is changed before every fallible step has passed.
    pub(crate) fn rescore(
        &mut self,
        engine: &Assessor,
        state: &SessionState,
        officer: &OfficerId,
        recollect: bool,
    ) -> Option<Changes> {
        if self.relative {
            return None;
        }
        let scheme = engine.scheme();
        let r = self.ids.binary_search(officer).ok()?;
        let entry = state.roster.get(officer)?;
        let collected = if recollect {
            let officers: SortedSet<&OfficerId> = state.roster.keys().collect();
            let sheets: Vec<_> = state.sheets.values().cloned().collect();
            Some(collect(scheme, Some(&state.committee), &sheets, &officers).ok()?)
        } else {
            None
        };
        let ratings = collected.as_ref().map_or(&self.ratings, |(r, _)| r);
        // the officer's decisions in incident order, one after the other (as the cohort does)
        let waivers: Vec<Waiver> = decisions(state)
            .filter(|d| &d.officer == officer)
            .flat_map(|d| waivers_for(std::slice::from_ref(d)))
            .collect();
        let context = AssessContext {
            waivers: &waivers,
            rated: ratings.get(officer),
            cohort: None,
            cohort_published: false,
        };
        let quiet = AssessOptions { trace: false, fingerprint: false, lang: self.lang };
        let a = engine.assess_with(&entry.dossier, &context, &quiet).ok()?;
        let before = self.standing(r)?;
        let p = *self.place.get(r)?;

        // nothing fails from here on
        let mut own = Vec::with_capacity(self.stride);
        push_values(&a, &self.keys, &mut own);
        if let Some(slot) = self.values.get_mut(r * self.stride..(r + 1) * self.stride) {
            slot.copy_from_slice(&own);
        }
        if let Some(row) = self.rows.get_mut(r) {
            *row = Row::of(scheme, a, false);
        }
        if let Some(fp) = self.dossier_fps.get_mut(r) {
            *fp = fingerprint("dossier", &entry.dossier);
        }
        if let Some((ratings, warnings)) = collected {
            self.ratings = ratings;
            self.warnings = warnings;
        }
        self.table = OnceCell::new();
        // the ids are lent to the key table while the order and the quotas change
        let all = std::mem::take(&mut self.ids);
        let ids: Vec<&str> = all.iter().map(OfficerId::as_str).collect();
        let q = self.reposition(&ids, r, p);
        let old_changes = std::mem::take(&mut self.changes);
        let old_finals = self.requota(scheme, &all, &ids);
        drop(ids);
        self.ids = all;

        // the officers whose standing may have moved: the officer, everyone between its old
        // and new place (one rank up or down), everyone whose final grade changed
        let (lo, hi) = (p.min(q), p.max(q));
        let mut touched: Vec<(usize, usize, Option<usize>)> = Vec::new(); // row, old rank, old final
        for pos in lo..=hi {
            let Some(&x) = self.ranked.get(pos) else { continue };
            if x != r {
                let old_pos = if q < p { pos.saturating_sub(1) } else { pos + 1 };
                touched.push((x, old_pos + 1, old_finals.get(x).copied().flatten()));
            }
        }
        for (x, (old, new)) in old_finals.iter().zip(&self.finals).enumerate() {
            let moved = self.place.get(x).is_some_and(|&pos| (lo..=hi).contains(&pos));
            if old != new && !moved {
                touched.push((x, self.place.get(x).map_or(0, |&pos| pos + 1), *old));
            }
        }
        let mut befores = vec![(officer.clone(), before)];
        let mut afters: Vec<(OfficerId, Standing)> =
            self.standing(r).map(|s| (officer.clone(), s)).into_iter().collect();
        for (x, rank, old_final) in touched {
            let (Some(id), Some(row), Some(now)) = (self.ids.get(x), self.rows.get(x), self.standing(x))
            else {
                continue;
            };
            befores.push((id.clone(), self.standing_with(row, rank, old_final)));
            afters.push((id.clone(), now));
        }
        let officers = diff::compare(&SortedMap::from_vec(befores), &SortedMap::from_vec(afters));
        Some((officers, diff::quota_list_diffs(&old_changes, &self.changes)))
    }

    /// Moves row `r` (at position `p` of the ranked order, its key values already new) to its
    /// place by binary search under the cohort's comparison; answers the new position.
    fn reposition(&mut self, ids: &[&str], r: usize, p: usize) -> usize {
        let table = KeyTable { keys: &self.keys, values: &self.values, stride: self.stride, ids };
        let ahead = |x: usize| table.compare(x, r).0 == Ordering::Less;
        let q = if p > 0 && self.ranked.get(p - 1).is_some_and(|&x| !ahead(x)) {
            let q = self.ranked.get(..p).map_or(0, |s| s.partition_point(|&x| ahead(x)));
            if let Some(s) = self.ranked.get_mut(q..=p) {
                s.rotate_right(1);
            }
            q
        } else if self.ranked.get(p + 1).is_some_and(|&x| ahead(x)) {
            let end = p + 1 + self.ranked.get(p + 1..).map_or(0, |s| s.partition_point(|&x| ahead(x)));
            if let Some(s) = self.ranked.get_mut(p..end) {
                s.rotate_left(1);
            }
            end - 1
        } else {
            p
        };
        for pos in p.min(q)..=p.max(q) {
            if let Some(slot) = self.ranked.get(pos).and_then(|&x| self.place.get_mut(x)) {
                *slot = pos;
            }
        }
        q
    }

    /// Applies the scheme's quotas again over the ranked order (the cohort's quota code);
    /// answers the final grades as they were.
    fn requota(&mut self, scheme: &Scheme, all: &[OfficerId], ids: &[&str]) -> Vec<Option<usize>> {
        let table = KeyTable { keys: &self.keys, values: &self.values, stride: self.stride, ids };
        let mut slots: Vec<quota::Slot<'_>> = Vec::with_capacity(self.ranked.len());
        for (pos, &i) in self.ranked.iter().enumerate() {
            let (Some(row), Some(officer)) = (self.rows.get(i), all.get(i)) else { continue };
            slots.push(quota::Slot {
                rank: u32::try_from(pos + 1).unwrap_or(u32::MAX),
                row: i,
                officer,
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
        drop(slots);
        self.quotas = quotas;
        self.changes = changes;
        std::mem::replace(&mut self.finals, finals)
    }

    /// The ranked table, as [`assess_cohort`] gives it (without per-officer details), built on
    /// first use after a change.
    pub(crate) fn table(&self, engine: &Assessor, state: &SessionState) -> &CohortResult {
        self.table.get_or_init(|| self.materialize(engine, state))
    }

    fn materialize(&self, engine: &Assessor, state: &SessionState) -> CohortResult {
        let ids = self.id_strs();
        let table = KeyTable { keys: &self.keys, values: &self.values, stride: self.stride, ids: &ids };
        let mut entries = Vec::with_capacity(self.ranked.len());
        let mut prev: Option<usize> = None;
        for (pos, &i) in self.ranked.iter().enumerate() {
            let Some(row) = self.rows.get(i) else { continue };
            let final_pos = self.finals.get(i).copied().flatten();
            let tie = prev.and_then(|p| {
                let with = self.ids.get(p)?;
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
        let inputs = input_fingerprints(engine, &input, &self.dossier_fps, &waivers);
        let fingerprint = result_fingerprint(&inputs, &entries);
        CohortResult {
            engine: ENGINE_VERSION.to_owned(),
            scheme: engine.scheme_ref(),
            size: u32::try_from(entries.len()).unwrap_or(u32::MAX),
            precision: engine.scheme().precision,
            officers: entries,
            tie_break: self.keys.clone(),
            quotas: self.quotas.clone(),
            changes: self.changes.clone(),
            stats: self.stats.clone(),
            warnings: self.warnings.clone(),
            inputs: Some(inputs),
            fingerprint: Some(fingerprint),
        }
    }
}
