//! The smallest combination of changes that reaches the next grade up when no single change
//! does (issue #14 item 2).
//!
//! **Levers** are what the single-change search moves: an indicator's raw value read from one
//! dossier input, or from the committee's aggregated rating, anywhere in its domain (counts
//! whole and not negative, percents 0–100, ratings 0 to the maximum); and the removal of one
//! deduction occurrence. Vetoes and bonuses are not levers. A ratio indicator is not a lever:
//! its raw value is not one dossier input (its single changes stay in `raise`).
//!
//! **Search.** Every lever is first put at its best (the nearest raw value that gives the
//! highest score the domain allows, found with the inverse of the scoring function). The
//! changed dossier with *every* lever at its best is assessed: when even that misses the grade,
//! the answer is [`Combination::OutOfReach`]. Otherwise the [`MAX_LEVERS`] levers with the most
//! points on their own (before list caps) form the pool, and every set of 2, then 3
//! ([`MAX_CHANGES`]) of them is tried — at most C(10,2) + C(10,3) = 165 sets. A set is tried by
//! assessing the dossier with all of its levers at their best; the sets of the smallest size that
//! reach the grade are then tightened: deductions are removed, the indicators are filled in the
//! order of points per share of score range (the optimum of the linear relaxation), all at their
//! best but the last, whose raw value is inverted from the total the others reach. The tightened
//! dossier is assessed again; when rounding or an input two indicators share makes it miss, the
//! last lever stays at its best. Every proposed combination is therefore exact: it is the
//! engine's assessment of the changed dossier in the same context.
//!
//! **Order.** Fewest changes, then the least effort, then the levers' declaration order. Effort
//! is the sum of each indicator change's share of its score range (`|Δscore| / maxScore`) plus
//! 1 for each removed deduction (a whole recorded occurrence overturned). When no set of up to
//! three reaches the grade although all levers together do, the answer is
//! [`Combination::BeyondBound`].

use crate::base::decimal::Decimal;
use crate::base::ids::{IndicatorId, InputKey};
use crate::base::sorted::SortedMap;
use crate::model::assessment::{Assessment, GradeRef, IndicatorScore, ItemScore, OccurrenceUse, Waiver};
use crate::model::dossier::Dossier;
use crate::model::line_fact::Title;
use crate::model::preview_fact::{CombinationFact, PartFact};
use crate::model::scheme::{Indicator, InputSource, Scheme};
use crate::rules::assess::{AssessContext, AssessOptions, RatedInput};
use crate::rules::preview::counterfactual::{
    domain_of, grade_title, indicator_change, stat_for, title_of, Ctx,
};
use crate::rules::preview::inverse::{nearest, Goal};
use crate::rules::preview::Change;
use crate::rules::scoring::{evaluate, limit, RelativeStats};

/// The most changes a combination holds.
pub const MAX_CHANGES: usize = 3;
/// The most levers the search combines (the strongest on their own).
pub const MAX_LEVERS: usize = 10;

/// The smallest combination of changes that reaches the next grade up, or why there is none.
/// Proposed only when no single change reaches it.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "outcome", rename_all = "camelCase")]
pub enum Combination {
    /// The changes, made together, reach the grade: the changed dossier was assessed.
    #[serde(rename_all = "camelCase")]
    Found {
        /// The changes (indicators in declaration order, then deductions). A removed
        /// deduction's `points` are those the occurrence carried; list caps may give back less,
        /// and `total` says what the combination gives.
        changes: Vec<Change>,
        /// The assessed total of the changed dossier.
        total: Decimal,
        /// Its grade after vetoes.
        grade: Option<GradeRef>,
        /// Share of score range moved, summed over the indicator changes, plus 1 per removed
        /// deduction.
        effort: Decimal,
        /// In words.
        text: String,
    },
    /// A veto keeps the officer out of the grade whatever changes.
    #[serde(rename_all = "camelCase")]
    Vetoed {
        /// The grade up.
        grade: GradeRef,
        /// In words.
        text: String,
    },
    /// Every lever at its best together still misses the grade.
    #[serde(rename_all = "camelCase")]
    OutOfReach {
        /// The grade up.
        grade: GradeRef,
        /// The assessed total with every lever at its best.
        best: Decimal,
        /// The levers there are.
        levers: u32,
        /// In words.
        text: String,
    },
    /// All levers together reach the grade, but no set of up to `maxChanges` of them does.
    #[serde(rename_all = "camelCase")]
    BeyondBound {
        /// The grade up.
        grade: GradeRef,
        /// The most changes combined.
        max_changes: u32,
        /// The levers combined (the strongest, at most [`MAX_LEVERS`]).
        levers: u32,
        /// In words.
        text: String,
    },
}

impl Combination {
    /// The outcome in words (the preview's summary line).
    pub fn text(&self) -> &str {
        match self {
            Combination::Found { text, .. }
            | Combination::Vetoed { text, .. }
            | Combination::OutOfReach { text, .. }
            | Combination::BeyondBound { text, .. } => text,
        }
    }
}

/// What a lever moves.
#[derive(Clone, Copy)]
enum Kind<'a> {
    /// An indicator's raw value (a dossier input or the committee's rating).
    Indicator { ind: &'a Indicator, dim_weight: Decimal, scored: &'a IndicatorScore, di: usize, ii: usize },
    /// One deduction occurrence, removed.
    Deduction { item: &'a ItemScore, occ: &'a OccurrenceUse },
}

/// One lever and its best setting.
#[derive(Clone, Copy)]
struct Lever<'a> {
    kind: Kind<'a>,
    /// Raw value at its best (deductions: unused).
    best: Decimal,
    /// Effort at its best.
    effort: Decimal,
    /// Points it gives on its own, before list caps (orders the pool).
    points: Decimal,
}

impl Lever<'_> {
    /// The input or rating it sets, so that two levers on one input never combine.
    fn target(&self) -> Option<Target> {
        match self.kind {
            Kind::Indicator { ind, .. } => match &ind.input {
                InputSource::Value { key } => Some(Target::Input(key.clone())),
                _ => Some(Target::Rated(ind.id.clone())),
            },
            Kind::Deduction { .. } => None,
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
enum Target {
    Input(InputKey),
    Rated(IndicatorId),
}

/// A set of levers and the raw value each indicator lever is set to.
struct Setting<'a> {
    levers: Vec<(Lever<'a>, Decimal)>,
}

/// A candidate that reaches the grade: its setting, its assessment and its effort.
struct Reached<'a> {
    setting: Setting<'a>,
    assessment: Assessment,
    effort: Decimal,
}

/// The search: the preview's context, the dossier previewed and the threshold.
struct Search<'a, 'c> {
    ctx: &'c Ctx<'a>,
    dossier: &'a Dossier,
    at: Decimal,
    current: usize,
}

/// The smallest combination reaching `up` (the next grade up, at total `at`), or why there is
/// none; `blocked`: a veto rules the grade out.
pub(super) fn search(
    ctx: &Ctx<'_>,
    dossier: &Dossier,
    up: &GradeRef,
    at: Decimal,
    blocked: bool,
) -> Combination {
    let (scheme, lang, dp) = (ctx.scheme, ctx.lang, ctx.scheme.precision);
    let grade = title_of(scheme, up);
    let render = |f: CombinationFact<'_>| crate::explain::preview::render_combination(&f, lang, dp);
    if blocked {
        let text = render(CombinationFact::Vetoed { grade });
        return Combination::Vetoed { grade: up.clone(), text };
    }
    let s = Search { ctx, dossier, at, current: ctx.rank(&ctx.a.grade) };
    let mut levers = s.levers();
    let all = s.assess(&Setting { levers: at_best(exclusive(&levers)) });
    let best = all.as_ref().map_or(ctx.a.total, |a| a.total);
    let count = u32::try_from(levers.len()).unwrap_or(u32::MAX);
    if !all.as_ref().is_some_and(|a| s.reached(a)) {
        let text = render(CombinationFact::OutOfReach { grade, at, best });
        return Combination::OutOfReach { grade: up.clone(), best, levers: count, text };
    }
    // the pool: the strongest levers on their own, declaration order among equals
    crate::base::sort::sort_by(&mut levers, |x, y| y.points.cmp(&x.points));
    levers.truncate(MAX_LEVERS);
    crate::base::sort::sort_by(&mut levers, |x, y| x.order().cmp(&y.order()));
    for size in 2..=MAX_CHANGES {
        if let Some(found) = s.smallest_of_size(&levers, size) {
            return s.found(found);
        }
    }
    let (max_changes, pool) = (MAX_CHANGES as u32, u32::try_from(levers.len()).unwrap_or(u32::MAX));
    let text = render(CombinationFact::BeyondBound { grade, max_changes });
    Combination::BeyondBound { grade: up.clone(), max_changes, levers: pool, text }
}

/// The first lever of each target (two levers on one input cannot both be set).
fn exclusive<'a>(levers: &[Lever<'a>]) -> Vec<Lever<'a>> {
    let mut out: Vec<Lever<'a>> = Vec::with_capacity(levers.len());
    for l in levers {
        let t = l.target();
        if t.is_none() || !out.iter().any(|o| o.target() == t) {
            out.push(*l);
        }
    }
    out
}

/// Each lever at its best.
fn at_best<'a>(levers: Vec<Lever<'a>>) -> Vec<(Lever<'a>, Decimal)> {
    levers.into_iter().map(|l| (l, l.best)).collect()
}

impl Lever<'_> {
    /// Declaration order: indicators by dimension and position, then deductions.
    fn order(&self) -> (usize, usize, usize, &str) {
        match self.kind {
            Kind::Indicator { di, ii, .. } => (0, di, ii, ""),
            Kind::Deduction { occ, .. } => (1, 0, 0, occ.id.as_str()),
        }
    }
}

impl<'a> Search<'a, '_> {
    /// Whether an assessment reaches a better grade than the one previewed.
    fn reached(&self, a: &Assessment) -> bool {
        self.ctx.rank(&a.grade) < self.current && a.total >= self.at
    }

    /// Every lever: indicators that can score higher, then deduction occurrences with points.
    fn levers(&self) -> Vec<Lever<'a>> {
        let (scheme, a) = (self.ctx.scheme, self.ctx.a);
        let mut out = Vec::new();
        for (di, dim) in scheme.dimensions.iter().enumerate() {
            for (ii, ind) in dim.indicators.iter().enumerate() {
                let Some(scored) = a.dimensions.get(di).and_then(|d| d.indicators.get(ii)) else { continue };
                let kind = Kind::Indicator { ind, dim_weight: dim.weight, scored, di, ii };
                if let Some(l) = self.indicator_lever(kind) {
                    out.push(l);
                }
            }
        }
        for item in &a.deductions.items {
            for occ in item.occurrences.iter().filter(|o| o.points > Decimal::ZERO) {
                let kind = Kind::Deduction { item, occ };
                out.push(Lever { kind, best: Decimal::ZERO, effort: Decimal::ONE, points: occ.points });
            }
        }
        out
    }

    /// An indicator lever at its best: the highest score its domain allows (searched over
    /// scores with the inverse of the scoring function), at the nearest raw value giving it.
    fn indicator_lever(&self, kind: Kind<'a>) -> Option<Lever<'a>> {
        let Kind::Indicator { ind, dim_weight, scored, .. } = kind else { return None };
        if matches!(ind.input, InputSource::Ratio { .. }) {
            return None;
        }
        let x = scored.raw?;
        let cap = ind.cap.unwrap_or(ind.max_score);
        if scored.score >= cap {
            return None;
        }
        let (stat, domain) = (stat_for(self.ctx, ind), domain_of(self.ctx.scheme, ind));
        let reach = |s: i64| {
            nearest(&ind.scoring, ind.max_score, stat, x, Goal::AtLeast(Decimal::from_micros(s)), domain)
        };
        let (mut lo, mut hi) = (scored.score.micros(), cap.micros());
        if reach(hi).is_none() {
            // the highest function score reachable: reachability only shrinks as the score rises
            hi -= 1;
            while lo < hi {
                let mid = lo + (hi - lo + 1) / 2;
                if reach(mid).is_some() {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
        }
        let best = reach(hi)?;
        let score = self.score_at(ind, best)?;
        let gain = self.ctx.contribution(ind, dim_weight, score)?.checked_sub(scored.contribution)?;
        if gain <= Decimal::ZERO {
            return None;
        }
        let effort = share(scored.score, score, ind.max_score)?;
        Some(Lever { kind, best, effort, points: gain })
    }

    /// An indicator's score (after cap and floor) at raw value `x`.
    fn score_at(&self, ind: &Indicator, x: Decimal) -> Option<Decimal> {
        let stat = stat_for(self.ctx, ind).map(|stat| RelativeStats { stat });
        let f = evaluate(&ind.scoring, x, ind.max_score, stat).ok()?.0;
        Some(limit(f, ind.cap, ind.floor, ind.max_score).0)
    }

    /// The least-effort set of `size` levers that reaches the grade, if any.
    fn smallest_of_size(&self, pool: &[Lever<'a>], size: usize) -> Option<Reached<'a>> {
        let mut best: Option<Reached<'a>> = None;
        let mut idx: Vec<usize> = (0..size).collect();
        if pool.len() < size {
            return None;
        }
        loop {
            let set: Vec<Lever<'a>> = idx.iter().filter_map(|&i| pool.get(i).copied()).collect();
            if exclusive(&set).len() == set.len() {
                if let Some(r) = self.tightened(set) {
                    if best.as_ref().is_none_or(|b| r.effort < b.effort) {
                        best = Some(r);
                    }
                }
            }
            if !next_subset(&mut idx, pool.len()) {
                return best;
            }
        }
    }

    /// A set of levers, if all at their best reach the grade: the least-effort setting found
    /// (deductions removed, indicators filled by points per share of score range, the last one
    /// only as far as needed).
    fn tightened(&self, set: Vec<Lever<'a>>) -> Option<Reached<'a>> {
        let maxed = Setting { levers: at_best(set.clone()) };
        let full = self.assess(&maxed).filter(|a| self.reached(a))?;
        let (mut deductions, mut indicators): (Vec<Lever<'a>>, Vec<Lever<'a>>) =
            set.into_iter().partition(|l| matches!(l.kind, Kind::Deduction { .. }));
        // points per share of range, most first: gain_i / effort_i > gain_j / effort_j
        crate::base::sort::sort_by(&mut indicators, |x, y| {
            let (l, r) = (x.points.checked_mul(y.effort), y.points.checked_mul(x.effort));
            r.cmp(&l)
        });
        let Some(last) = indicators.pop() else {
            return Some(Reached { effort: self.effort(&maxed)?, setting: maxed, assessment: full });
        };
        let mut levers = at_best(std::mem::take(&mut deductions));
        levers.extend(at_best(indicators));
        let others = Setting { levers };
        let without = self.assess(&others)?;
        if self.reached(&without) {
            return None; // the set is not minimal: a smaller one reaches the grade
        }
        let tight = self.last_value(&last, &without).and_then(|to| {
            let mut levers = others.levers.clone();
            levers.push((last, to));
            let setting = Setting { levers };
            let a = self.assess(&setting).filter(|a| self.reached(a))?;
            Some((setting, a))
        });
        let (setting, assessment) = tight.unwrap_or((maxed, full));
        Some(Reached { effort: self.effort(&setting)?, setting, assessment })
    }

    /// The nearest raw value of `last` that brings the total the other levers reach
    /// (`without`, `last` unchanged) to the threshold.
    fn last_value(&self, last: &Lever<'a>, without: &Assessment) -> Option<Decimal> {
        let Kind::Indicator { ind, dim_weight, di, ii, .. } = last.kind else { return None };
        let scored = without.dimensions.get(di).and_then(|d| d.indicators.get(ii))?;
        let base = without.clamp.map_or(without.total, |c| c.unclamped);
        let cf = indicator_change(&self.ctx.with_base(base), ind, dim_weight, scored, self.at, true)?;
        match cf.change {
            Change::Indicator { to, .. } => Some(to),
            Change::RemoveDeduction { .. } => None,
        }
    }

    /// A setting's effort: each indicator's share of score range moved, 1 per deduction.
    fn effort(&self, setting: &Setting<'_>) -> Option<Decimal> {
        let mut sum = Decimal::ZERO;
        for (l, to) in &setting.levers {
            let e = match l.kind {
                Kind::Indicator { ind, scored, .. } => {
                    share(scored.score, self.score_at(ind, *to)?, ind.max_score)?
                }
                Kind::Deduction { .. } => Decimal::ONE,
            };
            sum = sum.checked_add(e)?;
        }
        Some(sum)
    }

    /// The engine's assessment of the dossier (and ratings) changed by a setting, in the
    /// preview's context; `None` when the engine refuses it.
    fn assess(&self, setting: &Setting<'_>) -> Option<Assessment> {
        let context = self.ctx.context;
        let mut dossier = self.dossier.clone();
        let mut rated: Option<SortedMap<IndicatorId, RatedInput>> = None;
        let mut waivers: Vec<Waiver> = context.waivers.to_vec();
        for (l, to) in &setting.levers {
            match l.kind {
                Kind::Indicator { ind, .. } => match &ind.input {
                    InputSource::Value { key } => {
                        dossier.inputs.insert(key.clone(), *to);
                    }
                    _ => {
                        let map = rated.get_or_insert_with(|| context.rated.cloned().unwrap_or_default());
                        if let Some(r) = map.get_mut(&ind.id) {
                            r.value = Some(*to);
                        }
                    }
                },
                Kind::Deduction { occ, .. } => {
                    dossier.occurrences.retain(|o| o.id != occ.id);
                    waivers.retain(|w| w.occurrence != occ.id);
                }
            }
        }
        let changed =
            AssessContext { waivers: &waivers, rated: rated.as_ref().or(context.rated), ..*context };
        let options = AssessOptions { trace: false, fingerprint: false, lang: self.ctx.lang };
        self.ctx.engine.assess_with(&dossier, &changed, &options).ok()
    }

    /// The answer for the combination found.
    fn found(&self, r: Reached<'a>) -> Combination {
        let (scheme, a) = (self.ctx.scheme, &r.assessment);
        let mut levers = r.setting.levers;
        crate::base::sort::sort_by(&mut levers, |x, y| x.0.order().cmp(&y.0.order()));
        let changes: Vec<Change> = levers.iter().filter_map(|(l, to)| change(l, *to, a)).collect();
        let parts: Vec<PartFact<'_>> = changes.iter().map(|c| part(scheme, c)).collect();
        let fact = CombinationFact::Found {
            parts: &parts,
            total: a.total,
            grade: grade_title(scheme, a.grade.as_ref()),
            effort: r.effort,
        };
        let text = crate::explain::preview::render_combination(&fact, self.ctx.lang, scheme.precision);
        Combination::Found { changes, total: a.total, grade: a.grade.clone(), effort: r.effort, text }
    }
}

/// The change a lever set to `to` makes, with the indicator's score in the changed assessment.
fn change(l: &Lever<'_>, to: Decimal, a: &Assessment) -> Option<Change> {
    Some(match l.kind {
        Kind::Indicator { ind, scored, di, ii, .. } => {
            let score_to = a.dimensions.get(di)?.indicators.get(ii)?.score;
            let from = scored.raw?;
            Change::Indicator {
                indicator: ind.id.clone(),
                title: ind.title.clone(),
                from,
                to,
                delta: to.checked_sub(from)?,
                score_from: scored.score,
                score_to,
            }
        }
        Kind::Deduction { item, occ } => Change::RemoveDeduction {
            item: item.id.clone(),
            title: item.title.clone(),
            occurrence: occ.id.clone(),
            points: occ.points,
        },
    })
}

/// A combination's change as a fact to word.
fn part<'a>(scheme: &'a Scheme, c: &'a Change) -> PartFact<'a> {
    match c {
        Change::Indicator { indicator, title, from, to, delta, .. } => PartFact::Indicator {
            id: indicator.as_str(),
            title: Title::new(
                title,
                scheme
                    .indicators()
                    .find(|(_, i)| &i.id == indicator)
                    .and_then(|(_, i)| i.title_en.as_deref()),
            ),
            from: *from,
            to: *to,
            delta: *delta,
        },
        Change::RemoveDeduction { item, title, occurrence, points } => PartFact::RemoveDeduction {
            item: item.as_str(),
            title: Title::new(title, None),
            occurrence: occurrence.as_str(),
            points: *points,
        },
    }
}

/// `|to − from| / max`: the share of an indicator's score range a change moves.
fn share(from: Decimal, to: Decimal, max: Decimal) -> Option<Decimal> {
    to.checked_sub(from)?.abs().checked_div(max)
}

/// The next `k`-subset of `0..n` in lexicographic order; `false` after the last.
fn next_subset(idx: &mut [usize], n: usize) -> bool {
    let k = idx.len();
    for pos in (0..k).rev() {
        let limit = n - (k - pos);
        let Some(v) = idx.get(pos).copied() else { return false };
        if v < limit {
            for (off, slot) in idx.iter_mut().skip(pos).enumerate() {
                *slot = v + 1 + off;
            }
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::next_subset;

    #[test]
    fn subsets_are_enumerated_in_order() {
        let mut idx = vec![0, 1];
        let mut seen = vec![idx.clone()];
        while next_subset(&mut idx, 4) {
            seen.push(idx.clone());
        }
        assert_eq!(seen, vec![vec![0, 1], vec![0, 2], vec![0, 3], vec![1, 2], vec![1, 3], vec![2, 3]]);
        let mut three = vec![0, 1, 2];
        let mut n = 1;
        while next_subset(&mut three, 10) {
            n += 1;
        }
        assert_eq!(n, 120);
    }
}
