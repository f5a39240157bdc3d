//! The scheme's quotas kept up to date one officer at a time.
//!
//! Quotas apply best grade first ([`crate::rules::cohort::quota`]): the officers holding a
//! grade (after vetoes and the quotas above) compete for its places in rank order, and those
//! beyond the places move one grade down. Here each quota keeps its candidates in rank order
//! ([`OrderList`]); an officer is moved by the quota exactly when their position among its
//! candidates is at or past its places. When one officer changes, only that officer and the
//! candidates around each quota's boundary can cross it, and a crossing is a candidate more
//! or less for the next grade's quota: [`Levels::update`] follows exactly those, grade by
//! grade, and answers every officer that crossed a boundary (the quota changes that appeared
//! or went away).

use crate::api::session::order::OrderList;
use crate::model::scheme::Scheme;
use crate::rules::cohort::{quota, Row};

/// One grade's quota.
#[derive(Clone, Debug)]
struct Level {
    /// The grade's position (0 = best).
    pos: usize,
    /// Whole places.
    places: usize,
    /// There is a grade below to move to.
    can_move: bool,
    /// The candidates in rank order.
    members: OrderList,
}

impl Level {
    /// Whether the quota moves this row (a candidate past the places).
    fn moves(&self, row: usize) -> bool {
        self.can_move && self.members.index_of(row).is_some_and(|i| i >= self.places)
    }

    /// [`Level::moves`] of each row, reading the positions of the candidates within `k` places
    /// of the boundary at once (the others are looked up one by one).
    fn moves_all(&self, rows: &[usize], k: usize) -> Vec<bool> {
        let lo = self.places.saturating_sub(k);
        let near = self.members.range(lo, self.places + k);
        rows.iter()
            .map(|&x| match near.iter().position(|&y| y as usize == x) {
                Some(i) => self.can_move && lo + i >= self.places,
                None => self.moves(x),
            })
            .collect()
    }
}

/// Every quota of the scheme, best grade first.
#[derive(Clone, Debug, Default)]
pub(crate) struct Levels {
    levels: Vec<Level>,
}

/// A row that crossed a quota's boundary.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Crossing {
    /// The grade whose quota it is.
    pub(crate) pos: usize,
    /// The row.
    pub(crate) row: usize,
    /// The quota moves the row now (else: it no longer does).
    pub(crate) moved: bool,
    /// The last candidate who kept a place before the change.
    pub(crate) last_kept_before: Option<usize>,
}

/// Whether a row is a candidate of the quota at `pos` (given the quota just above it).
fn candidate(rows: &[Row], x: usize, pos: usize, above: Option<&Level>) -> bool {
    rows.get(x).is_some_and(|r| {
        !r.fixed && (r.grade_pos == Some(pos) || above.is_some_and(|a| a.pos + 1 == pos && a.moves(x)))
    })
}

impl Levels {
    /// The quotas over rows in rank order (as the cohort applies them); with each row's
    /// final grade.
    pub(crate) fn build(scheme: &Scheme, rows: &[Row], ranked: &OrderList) -> (Levels, Vec<Option<usize>>) {
        let n = rows.len();
        let cohort = u32::try_from(n).unwrap_or(u32::MAX);
        let mut now: Vec<Option<usize>> = rows.iter().map(|r| r.grade_pos).collect();
        let mut levels = Vec::new();
        for (pos, grade) in scheme.grades.iter().enumerate() {
            let Some(q) = scheme.quotas.iter().find(|q| q.grade == grade.id) else { continue };
            let places = quota::places(q, cohort).map_or(0, |(_, p)| p as usize);
            let can_move = pos + 1 < scheme.grades.len();
            let order: Vec<usize> = ranked
                .iter()
                .filter(|&x| rows.get(x).is_some_and(|r| !r.fixed) && now.get(x) == Some(&Some(pos)))
                .collect();
            for (i, &x) in order.iter().enumerate() {
                if i >= places && can_move {
                    if let Some(g) = now.get_mut(x) {
                        *g = Some(pos + 1);
                    }
                }
            }
            levels.push(Level { pos, places, can_move, members: OrderList::from_order(n, order) });
        }
        (Levels { levels }, now)
    }

    /// A row's final grade: its grade after vetoes, moved down by every quota that moves it.
    pub(crate) fn final_of(&self, rows: &[Row], x: usize) -> Option<usize> {
        let mut grade = rows.get(x).and_then(|r| r.grade_pos);
        for level in &self.levels {
            if level.moves(x) {
                grade = Some(level.pos + 1);
            }
        }
        grade
    }

    /// The quotas again after row `r` changed (its row is new and `ahead(a, b)` ranks with its
    /// new key values); answers the rows that crossed a boundary, grade by grade.
    pub(crate) fn update(
        &mut self,
        r: usize,
        rows: &[Row],
        ahead: &dyn Fn(usize, usize) -> bool,
    ) -> Vec<Crossing> {
        let mut crossings = Vec::new();
        let mut pending = vec![r];
        for l in 0..self.levels.len() {
            let (done, rest) = self.levels.split_at_mut(l);
            let Some(level) = rest.first_mut() else { break };
            let above = done.last();
            // each change of the candidates moves the others' positions by one at most: only
            // the pending rows and those that many places around the boundary can cross it
            let k = pending.len() + 2;
            let mut watch: Vec<usize> = level
                .members
                .range(level.places.saturating_sub(k), level.places + k)
                .into_iter()
                .map(|x| x as usize)
                .chain(pending.iter().copied())
                .collect();
            crate::base::sort::sort(&mut watch);
            watch.dedup();
            let before = level.moves_all(&watch, k);
            let last_kept_before = level.places.checked_sub(1).and_then(|i| level.members.get(i));
            level.members.remove(r);
            for &x in &pending {
                if candidate(rows, x, level.pos, above) != level.members.contains(x) {
                    if level.members.contains(x) {
                        level.members.remove(x);
                    } else {
                        level.members.insert(x, |y| ahead(y, x));
                    }
                }
            }
            let mut next = vec![r];
            let after = level.moves_all(&watch, 2 * k);
            for ((&x, was), moved) in watch.iter().zip(before).zip(after) {
                if moved != was {
                    crossings.push(Crossing { pos: level.pos, row: x, moved, last_kept_before });
                    if x != r {
                        next.push(x);
                    }
                }
            }
            pending = next;
        }
        crossings
    }

    /// The last candidate who keeps a place under the quota of grade `pos`.
    pub(crate) fn last_kept(&self, pos: usize) -> Option<usize> {
        let level = self.levels.iter().find(|l| l.pos == pos)?;
        level.places.checked_sub(1).and_then(|i| level.members.get(i))
    }
}
