//! The session's live result, kept up to date event by event.
//!
//! [`Live::full`] is the full recompute: [`assess_cohort`] over the whole state, whose rows are
//! kept per officer (in officer-id order) with the ranked order ([`OrderList`]), the quotas'
//! candidates ([`Levels`]) and the final grades. [`Live::rescore`] is the incremental step
//! after an event that touched one officer's dossier, ratings or incidents: that officer alone
//! is assessed again and moved to its new place in the ranked order under the cohort's own
//! comparison ([`KeyTable::compare`]); the quotas follow the officers that cross a quota's
//! boundary ([`Levels::update`]); the diff lists those officers in full and the officers who
//! only moved one rank as one run ([`OfficerChanges`]). Nothing in the step is proportional to
//! the cohort. Schemes with cohort-relative indicators (whose live statistics depend on
//! everyone) always take the full recompute.
//!
//! The ranked table ([`Live::table`], in [`crate::api::session::live_table`]) is built on
//! demand, with its fingerprints, and is exactly what [`assess_cohort`] gives for the same
//! state (the property tests compare them after every event).

use crate::api::session::changes::{self, AgainstSeal, Cell, Cells, Names, OfficerChanges, Shift};
use crate::api::session::compute::cohort_input_but_dossiers;
use crate::api::session::diff::{QuotaDelta, QuotaDiff, Standing};
use crate::api::session::order::OrderList;
use crate::api::session::quota_live::{Crossing, Levels};
use crate::api::session::state::SessionState;
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problems};
use crate::base::ids::{IndicatorId, OfficerId};
use crate::base::sorted::{SortedMap, SortedSet};
use crate::model::assessment::{Assessment, GradeRef, Waiver};
use crate::model::explanation::Lang;
use crate::model::scheme::{CohortStat, ScoringFunction, TieBreakKey};
use crate::rules::assess::{AssessContext, AssessOptions, Assessor};
use crate::rules::cohort::tie_break::{push_values, KeyTable};
use crate::rules::cohort::{
    assess_ranked, quota, Assessed, CohortInput, CohortOptions, CohortResult, QuotaChange, QuotaOutcome, Row,
    TieNote,
};
use crate::rules::committee::{collect, RatingsByOfficer};
use crate::rules::tolerance::{waivers_for, Decision};
use std::cell::{OnceCell, RefCell};
use std::cmp::Ordering;
use std::sync::Arc;

/// What the quotas did, as the cohort's own quota code gives it (built on demand): the
/// outcomes, the changes and every row's final grade.
pub(crate) type QuotaPass = (Vec<QuotaOutcome>, Vec<QuotaChange>, Vec<Option<usize>>);

/// A cohort result kept per officer, so that one officer's change costs one assessment.
#[derive(Clone, Debug)]
pub(crate) struct Live {
    pub(crate) lang: Lang,
    /// The scheme has cohort-relative indicators: every change takes the full recompute.
    relative: bool,
    /// The scheme's grades, best first.
    pub(crate) grades: Vec<GradeRef>,
    pub(crate) keys: Vec<TieBreakKey>,
    /// Key values per officer (officer id is compared separately).
    pub(crate) stride: usize,
    /// Officer ids in officer-id order (= the roster's order; an officer's index is its row)
    /// and grade ids, shared with the diffs.
    pub(crate) names: Names,
    /// The first eight bytes of each officer id, by row: rows are found by a binary search of
    /// this dense array (the ids themselves are compared only where it ties).
    prefixes: Vec<u64>,
    pub(crate) rows: Vec<Row>,
    /// `stride` tie-break values per row.
    pub(crate) values: Vec<Decimal>,
    /// Each dossier's fingerprint, by row (`None`: not computed since it changed).
    pub(crate) dossier_fps: RefCell<Vec<Option<String>>>,
    /// Rows in rank order, best first.
    pub(crate) ranked: OrderList,
    /// The quotas' candidates.
    levels: Levels,
    /// Final grade position of each row after quotas (`None`: withheld).
    finals: Vec<Option<usize>>,
    /// Each row's standing but its rank, shared with the diffs.
    cells: Cells,
    pub(crate) stats: SortedMap<IndicatorId, CohortStat>,
    pub(crate) warnings: Problems,
    /// The committee's aggregated ratings, by officer.
    ratings: RatingsByOfficer,
    /// The quotas as the cohort applies them, built on first use after each change.
    pub(crate) quota_pass: OnceCell<QuotaPass>,
    /// The ranked table, built on first use after each change.
    pub(crate) table: OnceCell<CohortResult>,
}

/// The committee's ratings aggregated again, with their warnings.
type Collected = (RatingsByOfficer, Problems);

/// What one rescored event changed: the officers whose standing moved, and the quota changes
/// that appeared or went away.
pub(crate) type Changes = (OfficerChanges, Vec<QuotaDiff>);

pub(crate) fn decisions(state: &SessionState) -> impl Iterator<Item = &Decision> {
    state.incidents.values().filter_map(|r| r.decision.as_ref().map(|d| &d.decision))
}

/// The first eight bytes of an id as a number (ids in order give numbers in order).
fn prefix(id: &str) -> u64 {
    let mut b = [0_u8; 8];
    for (d, s) in b.iter_mut().zip(id.as_bytes()) {
        *d = *s;
    }
    u64::from_be_bytes(b)
}

/// The row of an id among ids in order, by their prefixes first.
fn find_row(prefixes: &[u64], ids: &[OfficerId], officer: &OfficerId) -> Option<usize> {
    let p = prefix(officer.as_str());
    let lo = prefixes.partition_point(|&x| x < p);
    let hi = lo + prefixes.get(lo..)?.partition_point(|&x| x == p);
    Some(lo + ids.get(lo..hi)?.binary_search(officer).ok()?)
}

/// An empty dossier, held by a roster entry while its dossier is lent.
fn placeholder() -> crate::model::dossier::Dossier {
    crate::model::dossier::Dossier {
        officer: crate::model::dossier::Officer { id: OfficerId::default(), name: String::new(), unit: None },
        scheme: None,
        period: None,
        inputs: SortedMap::new(),
        occurrences: Vec::new(),
        case_review: None,
        records: Vec::new(),
        as_of: None,
        synthetic: false,
    }
}

fn cell_of(row: &Row, final_grade: Option<usize>) -> Cell {
    let pos = |p: Option<usize>| p.and_then(|p| u32::try_from(p).ok());
    Cell { total: row.total, grade: pos(row.grade_pos), final_grade: pos(final_grade), flags: row.flags }
}

impl Live {
    /// The full recompute of a state (`None` for an empty roster). Problems are located in the
    /// state (`state.dossiers[0].inputs.q`).
    pub(crate) fn full(
        engine: &Assessor,
        state: &mut SessionState,
        lang: Lang,
    ) -> Result<Option<Live>, Problems> {
        if state.roster.is_empty() {
            return Ok(None);
        }
        let scheme = engine.scheme();
        // the dossiers are lent to the cohort input (not copied) and put back
        let dossiers =
            state.roster.values_mut().map(|e| std::mem::replace(&mut e.dossier, placeholder())).collect();
        let mut input = CohortInput { dossiers, ..cohort_input_but_dossiers(state) };
        // fingerprints are taken when the table is first asked for
        let options = CohortOptions { trace: false, fingerprint: false, details: false, lang };
        let assessed = assess_ranked(engine, &input, &options);
        for (e, d) in state.roster.values_mut().zip(std::mem::take(&mut input.dossiers)) {
            e.dossier = d;
        }
        let Assessed { rows, key_values: values, keys, ranking, stats, warnings, .. } =
            assessed.map_err(|p| p.under("state"))?;
        let officers: SortedSet<&OfficerId> = state.roster.keys().collect();
        let (ratings, _) = collect(scheme, Some(&state.committee), &input.sheets, &officers)
            .map_err(|p| p.under("state"))?;
        drop(input);
        let stride = keys.iter().filter(|k| !matches!(k, TieBreakKey::OfficerId {})).count();
        let ids: Vec<OfficerId> = state.roster.keys().cloned().collect();
        let n = ids.len();
        // the cohort's rows are in officer-id order, as the roster
        let aligned = rows.len() == n && rows.iter().zip(&ids).all(|(r, id)| &r.officer.id == id);
        if !aligned || values.len() != n.saturating_mul(stride) || ranking.finals.len() != n {
            return Err(Problems::one(
                Code::MissingData,
                "state",
                crate::base::message::SessionMsg::ResultMissesOfficers,
            ));
        }
        let prefixes: Vec<u64> = ids.iter().map(|id| prefix(id.as_str())).collect();
        let mut pass_finals = vec![None; n];
        for &(_, r, grade) in &ranking.finals {
            if let Some(slot) = pass_finals.get_mut(r) {
                *slot = grade;
            }
        }
        let ranked: Vec<usize> = ranking.finals.iter().map(|&(_, r, _)| r).collect();
        let ranked = OrderList::from_order(n, ranked);
        let (levels, finals) = Levels::build(scheme, &rows, &ranked);
        let cells = Cells::new(rows.iter().zip(&finals).map(|(r, f)| cell_of(r, *f)).collect());
        let relative =
            scheme.indicators().any(|(_, i)| matches!(i.scoring, ScoringFunction::CohortRelative { .. }));
        let grades: Vec<GradeRef> =
            scheme.grades.iter().map(|g| GradeRef { id: g.id.clone(), title: g.title.clone() }).collect();
        Ok(Some(Live {
            prefixes,
            lang,
            relative,
            names: Names {
                ids: Arc::new(ids),
                grades: Arc::new(grades.iter().map(|g| g.id.clone()).collect()),
            },
            grades,
            keys,
            stride,
            dossier_fps: RefCell::new(vec![None; n]),
            rows,
            values,
            ranked,
            levels,
            finals,
            cells,
            quota_pass: OnceCell::from((ranking.quotas, ranking.changes, pass_finals)),
            stats,
            warnings,
            ratings,
            table: OnceCell::new(),
        }))
    }

    /// Every officer's standing.
    pub(crate) fn standings(&self) -> SortedMap<OfficerId, Standing> {
        let mut rank = vec![0; self.rows.len()];
        for (pos, r) in self.ranked.iter().enumerate() {
            if let Some(slot) = rank.get_mut(r) {
                *slot = pos + 1;
            }
        }
        let all =
            self.names.ids.iter().zip(rank).enumerate().filter_map(|(r, (id, rank))| {
                Some((id.clone(), self.names.standing(self.cells.get(r)?, rank)))
            });
        SortedMap::from_vec(all.collect())
    }

    /// The standings now against a seal's, compared when read (cheap to take: the ranked
    /// blocks and the cells are shared).
    pub(crate) fn against(&self, sealed: Arc<SortedMap<OfficerId, Standing>>) -> OfficerChanges {
        OfficerChanges::against(AgainstSeal {
            sealed,
            ranked: self.ranked.run(0, self.rows.len()),
            cells: self.cells.clone(),
            names: self.names.clone(),
        })
    }

    /// The live cohort statistics of cohort-relative indicators.
    pub(crate) fn stats(&self) -> &SortedMap<IndicatorId, CohortStat> {
        &self.stats
    }

    /// The row of an officer.
    fn row_of(&self, officer: &OfficerId) -> Option<usize> {
        find_row(&self.prefixes, &self.names.ids, officer)
    }

    /// The key table over the rows.
    pub(crate) fn key_table(&self) -> KeyTable<'_, OfficerId> {
        KeyTable { keys: &self.keys, values: &self.values, stride: self.stride, ids: &self.names.ids }
    }

    /// The fallible part of [`Live::rescore`]: the officer's row and new assessment (with the
    /// committee's ratings aggregated again, for a rating; `checked`: the event has just
    /// checked the dossier, so the assessment does not again).
    fn assess_one(
        &self,
        engine: &Assessor,
        state: &SessionState,
        officer: &OfficerId,
        recollect: bool,
        checked: bool,
    ) -> Option<(usize, Assessment, Option<Collected>)> {
        let r = self.row_of(officer)?;
        // the roster is in officer-id order: the officer's entry is at its row
        let entry = state.roster.as_slice().get(r).filter(|(id, _)| id == officer).map(|(_, e)| e)?;
        let collected = if recollect {
            let officers: SortedSet<&OfficerId> = state.roster.keys().collect();
            let sheets: Vec<_> = state.sheets.values().cloned().collect();
            Some(collect(engine.scheme(), Some(&state.committee), &sheets, &officers).ok()?)
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
        let a = engine.assess_in(&entry.dossier, &context, &quiet, checked).ok()?;
        Some((r, a, collected))
    }

    /// Whether [`Live::rescore`] of the officer (not for a rating) would take the incremental
    /// step: the scheme is not cohort-relative and the officer's assessment succeeds; answers
    /// the officer's row.
    pub(crate) fn assessable(
        &self,
        engine: &Assessor,
        state: &SessionState,
        officer: &OfficerId,
        checked: bool,
    ) -> Option<usize> {
        if self.relative {
            return None;
        }
        self.assess_one(engine, state, officer, false, checked).map(|(r, _, _)| r)
    }

    /// The incremental step after an event that touched one officer's dossier, ratings or
    /// incidents (`recollect`: the committee's ratings are aggregated again, for a rating).
    /// `None` when this state needs the full recompute (a cohort-relative scheme, an officer
    /// not in the table, an assessment that fails: the full recompute then says why); nothing
    /// is changed before every fallible step has passed. `checked`: the event has just checked
    /// the dossier. Without `diff` (a replay) the changes are not written down.
    pub(crate) fn rescore(
        &mut self,
        engine: &Assessor,
        state: &SessionState,
        officer: &OfficerId,
        recollect: bool,
        checked: bool,
        diff: bool,
    ) -> Option<Changes> {
        if self.relative {
            return None;
        }
        let scheme = engine.scheme();
        let (r, a, collected) = self.assess_one(engine, state, officer, recollect, checked)?;
        // an officer who changes unit changes the groups of a quota per unit: recompute
        if Levels::per_unit(scheme) && self.rows.get(r).is_none_or(|row| row.officer.unit != a.officer.unit) {
            return None;
        }
        let before = Before {
            cell: *self.cells.get(r)?,
            pos: self.ranked.index_of(r)?,
            values: self.values.get(r * self.stride..(r + 1) * self.stride)?.to_vec(),
            total: self.rows.get(r)?.total,
        };

        // nothing fails from here on
        let mut own = Vec::with_capacity(self.stride);
        push_values(&a, &self.keys, &mut own);
        if let Some(slot) = self.values.get_mut(r * self.stride..(r + 1) * self.stride) {
            slot.copy_from_slice(&own);
        }
        if let Some(row) = self.rows.get_mut(r) {
            *row = Row::of(scheme, a, false);
        }
        if let Some(fp) = self.dossier_fps.get_mut().get_mut(r) {
            *fp = None;
        }
        if let Some((ratings, warnings)) = collected {
            self.ratings = ratings;
            self.warnings = warnings;
        }
        self.table = OnceCell::new();
        self.quota_pass = OnceCell::new();
        self.ranked.remove(r);
        let (q, crossings) = {
            let table = KeyTable {
                keys: &self.keys,
                values: &self.values,
                stride: self.stride,
                ids: &self.names.ids,
            };
            let ahead = |a: usize, b: usize| table.compare(a, b).0 == Ordering::Less;
            let q = self.ranked.insert(r, |x| ahead(x, r));
            (q, self.levels.update(r, &self.rows, &ahead))
        };
        Some(self.changes_after(scheme, r, &before, q, &crossings, diff))
    }

    /// The diff after row `r` moved from `before.pos` to `q` and the quotas' crossings: the
    /// officer and everyone who crossed listed in full, the others between the two places as
    /// one run.
    fn changes_after(
        &mut self,
        scheme: &crate::model::scheme::Scheme,
        r: usize,
        before: &Before,
        q: usize,
        crossings: &[Crossing],
        diff: bool,
    ) -> Changes {
        let p = before.pos;
        let mut touched: Vec<usize> = crossings.iter().map(|c| c.row).chain([r]).collect();
        crate::base::sort::sort(&mut touched);
        touched.dedup();
        // the position a row other than `r` had before `r` moved
        let was = |a: usize| {
            if q < p && a > q && a <= p {
                a - 1
            } else if q > p && a >= p && a < q {
                a + 1
            } else {
                a
            }
        };
        let mut listed = Vec::with_capacity(touched.len());
        for &x in &touched {
            let Some(&old) = self.cells.get(x) else { continue };
            let old = if x == r { before.cell } else { old };
            let final_grade = self.levels.final_of(&self.rows, x);
            if let Some(f) = self.finals.get_mut(x) {
                *f = final_grade;
            }
            let Some(row) = self.rows.get(x) else { continue };
            let cell = cell_of(row, final_grade);
            self.cells.set(x, cell);
            if !diff {
                continue;
            }
            let Some(now) = self.ranked.index_of(x) else { continue };
            let then = if x == r { p } else { was(now) };
            let b = self.names.standing(&old, then + 1);
            let a = self.names.standing(&cell, now + 1);
            let Some(id) = self.names.ids.get(x) else { continue };
            if let Some(c) = changes::compare_one(id, &b, &a) {
                listed.push(c);
            }
        }
        if !diff {
            return (OfficerChanges::default(), Vec::new());
        }
        let shift = (p != q).then(|| {
            let (from, to, first_rank, down) =
                if q < p { (q + 1, p + 1, q + 1, true) } else { (p, q, p + 2, false) };
            let inside = touched
                .iter()
                .filter(|&&x| self.ranked.index_of(x).is_some_and(|at| at >= from && at < to))
                .count();
            Shift {
                rows: self.ranked.run(from, to),
                first_rank,
                down,
                listed_rows: touched.iter().filter_map(|&x| u32::try_from(x).ok()).collect(),
                inside,
                cells: self.cells.clone(),
                names: self.names.clone(),
            }
        });
        let quotas = self.quota_diffs(scheme, r, before, crossings, &was);
        (OfficerChanges::with_shift(listed, shift), quotas)
    }

    /// The quota changes that went away (as they were) and appeared (as they are now).
    fn quota_diffs(
        &self,
        scheme: &crate::model::scheme::Scheme,
        r: usize,
        before: &Before,
        crossings: &[Crossing],
        was: &dyn Fn(usize) -> usize,
    ) -> Vec<QuotaDiff> {
        let key_text = |k: &TieBreakKey| crate::rules::cohort::tie_break::key_text(k, scheme);
        let values = |x: usize, old: bool| -> &[Decimal] {
            if old && x == r {
                &before.values
            } else {
                self.values.get(x * self.stride..(x + 1) * self.stride).unwrap_or(&[])
            }
        };
        let tie = |above: Option<usize>, x: usize, old: bool| -> Option<TieNote> {
            let above = above?;
            let (ia, ib) = (self.names.ids.get(above)?, self.names.ids.get(x)?);
            let pair: Vec<Decimal> = values(above, old).iter().chain(values(x, old)).copied().collect();
            let ids = [ia.as_str(), ib.as_str()];
            let table = KeyTable { keys: &self.keys, values: &pair, stride: self.stride, ids: &ids };
            table.decided_by(0, 1).map(|k| TieNote { with: ia.clone(), decided_by: k.clone() })
        };
        let mut gone = Vec::new();
        let mut came = Vec::new();
        for c in crossings {
            let Some(officer) = self.names.ids.get(c.row) else { continue };
            let Some(now) = self.ranked.index_of(c.row) else { continue };
            let moved = if c.moved {
                let total = self.rows.get(c.row).map_or(Decimal::ZERO, |row| row.total);
                let note = tie(self.levels.last_kept(c.pos, c.row), c.row, false);
                quota::Moved { officer, rank: rank_u32(now + 1), total, tie: note }
            } else {
                let (then, total) = if c.row == r {
                    (before.pos, before.total)
                } else {
                    (was(now), self.rows.get(c.row).map_or(Decimal::ZERO, |row| row.total))
                };
                let note = tie(c.last_kept_before, c.row, true);
                quota::Moved { officer, rank: rank_u32(then + 1), total, tie: note }
            };
            let rank = moved.rank;
            let at = quota::Place { pos: c.pos, unit: c.unit.as_deref() };
            if let Some(change) = quota::moved_change(scheme, self.lang, at, c.size, moved, &key_text) {
                let list = if c.moved { &mut came } else { &mut gone };
                list.push(((c.pos, rank), change));
            }
        }
        // as the quota code lists them: grade by grade, in rank order
        crate::base::sort::sort_by(&mut gone, |a, b| a.0.cmp(&b.0));
        crate::base::sort::sort_by(&mut came, |a, b| a.0.cmp(&b.0));
        let diffs = |list: Vec<((usize, u32), QuotaChange)>, delta: QuotaDelta| {
            list.into_iter().map(move |(_, change)| QuotaDiff { delta, change })
        };
        diffs(gone, QuotaDelta::Removed).chain(diffs(came, QuotaDelta::Added)).collect()
    }
}

fn rank_u32(rank: usize) -> u32 {
    u32::try_from(rank).unwrap_or(u32::MAX)
}

/// What the rescored row was before the event.
struct Before {
    cell: Cell,
    pos: usize,
    values: Vec<Decimal>,
    total: Decimal,
}
