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
//!
//! A quota counted per unit keeps one candidate list per unit ([`Group`]): an officer competes
//! only with the candidates of their own unit, so a change is followed within the unit of each
//! officer it touches (an officer who changes unit is not followed: the session recomputes).

use crate::api::session::order::OrderList;
use crate::model::scheme::{QuotaScope, Scheme};
use crate::rules::cohort::{quota, Row};

/// The officers who share one quota's places: the whole cohort, or one unit.
#[derive(Clone, Debug)]
struct Group {
    /// The unit, for a quota per unit.
    unit: Option<String>,
    /// Officers in the group (the cohort size the places are counted from).
    size: u32,
    /// Whole places.
    places: usize,
    /// The group's rows, by local index.
    rows: Vec<usize>,
    /// The candidates (local indices) in rank order.
    members: OrderList,
}

/// One grade's quota.
#[derive(Clone, Debug)]
struct Level {
    /// The grade's position (0 = best).
    pos: usize,
    /// There is a grade below to move to.
    can_move: bool,
    /// The groups (one for a quota over the whole cohort).
    groups: Vec<Group>,
    /// Each row's group and local index in it.
    local: Vec<(u32, u32)>,
}

impl Level {
    /// A row's group and local index.
    fn locate(&self, row: usize) -> Option<(&Group, usize)> {
        let &(g, l) = self.local.get(row)?;
        Some((self.groups.get(g as usize)?, l as usize))
    }

    /// Whether the quota moves this row (a candidate past its group's places).
    fn moves(&self, row: usize) -> bool {
        self.can_move
            && self.locate(row).is_some_and(|(g, l)| g.members.index_of(l).is_some_and(|i| i >= g.places))
    }

    /// Whether the row is a candidate.
    fn contains(&self, row: usize) -> bool {
        self.locate(row).is_some_and(|(g, l)| g.members.contains(l))
    }

    /// The candidates of a row's group within `k` places of its boundary, as rows.
    fn near(&self, row: usize, k: usize) -> Vec<usize> {
        let Some((g, _)) = self.locate(row) else { return Vec::new() };
        let local = g.members.range(g.places.saturating_sub(k), g.places + k);
        local.into_iter().filter_map(|l| g.rows.get(l as usize).copied()).collect()
    }

    /// The last candidate of a row's group who keeps a place.
    fn last_kept_of(&self, row: usize) -> Option<usize> {
        let (g, _) = self.locate(row)?;
        let l = g.places.checked_sub(1).and_then(|i| g.members.get(i))?;
        g.rows.get(l).copied()
    }

    /// Takes a row out of its group's candidates.
    fn remove(&mut self, row: usize) {
        let Some(&(g, l)) = self.local.get(row) else { return };
        if let Some(group) = self.groups.get_mut(g as usize) {
            group.members.remove(l as usize);
        }
    }

    /// Puts a row among its group's candidates, ranked by `ahead` over rows.
    fn insert(&mut self, row: usize, ahead: &dyn Fn(usize, usize) -> bool) {
        let Some(&(g, l)) = self.local.get(row) else { return };
        if let Some(group) = self.groups.get_mut(g as usize) {
            let rows = &group.rows;
            group.members.insert(l as usize, |y| rows.get(y).is_some_and(|&y| ahead(y, row)));
        }
    }
}

/// Every quota of the scheme, best grade first.
#[derive(Clone, Debug, Default)]
pub(crate) struct Levels {
    levels: Vec<Level>,
}

/// A row that crossed a quota's boundary.
#[derive(Clone, Debug)]
pub(crate) struct Crossing {
    /// The grade whose quota it is.
    pub(crate) pos: usize,
    /// The unit, for a quota per unit.
    pub(crate) unit: Option<String>,
    /// Officers sharing the places (the cohort, or the unit).
    pub(crate) size: u32,
    /// The row.
    pub(crate) row: usize,
    /// The quota moves the row now (else: it no longer does).
    pub(crate) moved: bool,
    /// The last candidate of the row's group who kept a place before the change.
    pub(crate) last_kept_before: Option<usize>,
}

/// Whether a row is a candidate of the quota at `pos` (given the quota just above it).
fn candidate(rows: &[Row], x: usize, pos: usize, above: Option<&Level>) -> bool {
    rows.get(x).is_some_and(|r| {
        !r.fixed && (r.grade_pos == Some(pos) || above.is_some_and(|a| a.pos + 1 == pos && a.moves(x)))
    })
}

/// Each group's unit and rows.
type Grouped = Vec<(Option<String>, Vec<usize>)>;

/// The groups of a quota over the rows: each row's group and local index, and each group's
/// unit and rows (by unit id, officers without a unit first, as the cohort's quota code).
fn grouping(per: QuotaScope, rows: &[Row]) -> (Vec<(u32, u32)>, Grouped) {
    let mut groups: Grouped = Vec::new();
    match per {
        QuotaScope::Cohort => groups.push((None, (0..rows.len()).collect())),
        QuotaScope::Unit => {
            let mut by_unit: Vec<(Option<&str>, usize)> =
                rows.iter().map(|r| r.officer.unit.as_deref()).zip(0..).collect();
            crate::base::sort::sort_by(&mut by_unit, |a, b| a.cmp(b));
            for (unit, x) in by_unit {
                match groups.last_mut() {
                    Some((u, members)) if u.as_deref() == unit => members.push(x),
                    _ => groups.push((unit.map(str::to_owned), vec![x])),
                }
            }
        }
    }
    let mut local = vec![(u32::MAX, u32::MAX); rows.len()];
    for (g, (_, members)) in groups.iter().enumerate() {
        for (l, &x) in members.iter().enumerate() {
            if let Some(slot) = local.get_mut(x) {
                *slot = (u32::try_from(g).unwrap_or(u32::MAX), u32::try_from(l).unwrap_or(u32::MAX));
            }
        }
    }
    (local, groups)
}

impl Levels {
    /// The quotas over rows in rank order (as the cohort applies them); with each row's
    /// final grade.
    pub(crate) fn build(scheme: &Scheme, rows: &[Row], ranked: &OrderList) -> (Levels, Vec<Option<usize>>) {
        let mut now: Vec<Option<usize>> = rows.iter().map(|r| r.grade_pos).collect();
        let mut levels = Vec::new();
        for (pos, grade) in scheme.grades.iter().enumerate() {
            let Some(q) = scheme.quotas.iter().find(|q| q.grade == grade.id) else { continue };
            let can_move = pos + 1 < scheme.grades.len();
            let (local, grouped) = grouping(q.per, rows);
            let mut orders: Vec<Vec<usize>> = vec![Vec::new(); grouped.len()];
            for x in ranked.iter() {
                if rows.get(x).is_some_and(|r| !r.fixed) && now.get(x) == Some(&Some(pos)) {
                    if let Some(&(g, l)) = local.get(x) {
                        if let Some(order) = orders.get_mut(g as usize) {
                            order.push(l as usize);
                        }
                    }
                }
            }
            let mut groups = Vec::with_capacity(grouped.len());
            for ((unit, members), order) in grouped.into_iter().zip(orders) {
                let size = u32::try_from(members.len()).unwrap_or(u32::MAX);
                let places = quota::places(q, size).map_or(0, |(_, p)| p as usize);
                for &l in order.iter().skip(places) {
                    if let Some(g) = members.get(l).and_then(|&x| now.get_mut(x)).filter(|_| can_move) {
                        *g = Some(pos + 1);
                    }
                }
                let list = OrderList::from_order(members.len(), order);
                groups.push(Group { unit, size, places, rows: members, members: list });
            }
            levels.push(Level { pos, can_move, groups, local });
        }
        (Levels { levels }, now)
    }

    /// Whether a quota is counted per unit (then an officer who changes unit is not followed).
    pub(crate) fn per_unit(scheme: &Scheme) -> bool {
        scheme.quotas.iter().any(|q| q.per == QuotaScope::Unit)
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
    /// new key values; its unit is the same); answers the rows that crossed a boundary, grade
    /// by grade.
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
            // each change of a group's candidates moves the others' positions by one at most:
            // only the pending rows and those that many places around their group's boundary
            // can cross it
            let k = pending.len() + 2;
            let mut watch: Vec<usize> = pending.clone();
            for &x in &pending {
                watch.extend(level.near(x, k));
            }
            crate::base::sort::sort(&mut watch);
            watch.dedup();
            let before: Vec<(bool, Option<usize>)> =
                watch.iter().map(|&x| (level.moves(x), level.last_kept_of(x))).collect();
            level.remove(r);
            for &x in &pending {
                if candidate(rows, x, level.pos, above) != level.contains(x) {
                    if level.contains(x) {
                        level.remove(x);
                    } else {
                        level.insert(x, ahead);
                    }
                }
            }
            let mut next = vec![r];
            for (&x, (was, last_kept_before)) in watch.iter().zip(before) {
                let moved = level.moves(x);
                if moved != was {
                    let (unit, size) = level.locate(x).map_or((None, 0), |(g, _)| (g.unit.clone(), g.size));
                    crossings.push(Crossing { pos: level.pos, unit, size, row: x, moved, last_kept_before });
                    if x != r {
                        next.push(x);
                    }
                }
            }
            pending = next;
        }
        crossings
    }

    /// The last candidate of row `x`'s group who keeps a place under the quota of grade `pos`.
    pub(crate) fn last_kept(&self, pos: usize, x: usize) -> Option<usize> {
        self.levels.iter().find(|l| l.pos == pos)?.last_kept_of(x)
    }
}
