//! The smallest combination of changes that reaches the next grade up when no single change
//! does (issue #14 item 2).
//!
//! **Levers** are what the single-change search moves (`levers.rs`): an indicator's
//! value — the dossier input it reads, a ratio's numerator input, or the committee's rating —
//! anywhere within its bounds (counts whole and not negative, percents 0–100, ratings 0 to the
//! maximum); and the removal of one deduction occurrence. Vetoes and bonuses are not levers.
//!
//! **Search.** Every lever is first put at its best (the nearest raw value that gives the
//! highest score the domain allows, found with the inverse of the scoring function). The
//! changed dossier with *every* lever at its best is assessed: when even that misses the grade,
//! the answer is [`Combination::OutOfReach`]. Otherwise the [`MAX_LEVERS`] levers with the most
//! points on their own (before list caps) form the pool, and every set of 1, 2, then 3
//! ([`MAX_CHANGES`]) of them is tried — at most 10 + C(10,2) + C(10,3) = 175 sets, each costing
//! at most 1 + 2 × 3 = 7 assessments. (Sets of one are a safety net: the levers move within the
//! domains of the single-change search, so a lever alone reaches nothing `raise` lacks; the
//! property test `tests/properties_preview.rs` holds every combination to 2–3 changes.) A set
//! is tried by assessing the dossier with all of its levers at their best; the sets that reach
//! the grade are then tightened: deductions removed, the indicators all at their best but
//! one, which is set only as far as needed (its value inverted from the total the others reach);
//! each indicator of the set is tried as that one and the least effort is kept. Each tightened
//! dossier is assessed again, and a setting that misses the grade (rounding, an input two
//! indicators share) is not kept. Every proposed combination is therefore exact: it is the
//! engine's assessment of the changed dossier in the same context.
//!
//! **Order.** Fewest changes, then the least effort, then the levers' declaration order. Effort
//! is the sum of each indicator change's share of its score range (`|Δscore| / maxScore`) plus
//! 1 for each removed deduction (a whole recorded occurrence overturned). When no set of up to
//! three reaches the grade although all levers together do, the answer is
//! [`Combination::BeyondBound`].

use crate::base::decimal::Decimal;
use crate::model::assessment::{Assessment, GradeRef};
use crate::model::dossier::Dossier;
use crate::model::line_fact::Title;
use crate::model::preview_fact::{CombinationFact, InputPart, PartFact};
use crate::model::scheme::Scheme;
use crate::rules::preview::counterfactual::{grade_title, indicator_change, title_of, Ctx};
use crate::rules::preview::levers::{self, Kind, Lever, Setting};
use crate::rules::preview::Change;

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
    let mut levers = levers::levers(ctx, dossier);
    let all = levers::assess(ctx, dossier, &at_best(exclusive(&levers)));
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
    for size in 1..=MAX_CHANGES {
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
fn at_best(levers: Vec<Lever<'_>>) -> Setting<'_> {
    levers.into_iter().map(|l| (l, l.best)).collect()
}

impl<'a> Search<'a, '_> {
    /// Whether an assessment reaches a better grade than the one previewed.
    fn reached(&self, a: &Assessment) -> bool {
        self.ctx.rank(&a.grade) < self.current && a.total >= self.at
    }

    /// The engine's assessment of the dossier with a setting's levers moved.
    fn assess(&self, setting: &Setting<'_>) -> Option<Assessment> {
        levers::assess(self.ctx, self.dossier, setting)
    }

    /// The least-effort set of `size` levers that reaches the grade, if any.
    fn smallest_of_size(&self, pool: &[Lever<'a>], size: usize) -> Option<Reached<'a>> {
        if pool.len() < size {
            return None;
        }
        let mut best: Option<Reached<'a>> = None;
        let mut idx: Vec<usize> = (0..size).collect();
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

    /// A set of levers, if all at their best reach the grade: its least-effort setting found.
    /// Deductions are removed; the indicators are all at their best but one, which is set only
    /// as far as needed; each indicator is tried as that one (the last declared first), and the
    /// least effort wins (for linear contributions the optimum has at most one lever short of
    /// its best; trying each one also covers the rounding of a count).
    fn tightened(&self, set: Vec<Lever<'a>>) -> Option<Reached<'a>> {
        let maxed = at_best(set.clone());
        let full = self.assess(&maxed).filter(|a| self.reached(a))?;
        let mut best =
            Reached { effort: levers::effort(self.ctx, &maxed)?, setting: maxed, assessment: full };
        for (i, last) in set.iter().enumerate().rev() {
            if matches!(last.kind, Kind::Deduction { .. }) {
                continue;
            }
            let others: Setting<'a> =
                set.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, l)| (*l, l.best)).collect();
            let Some(without) = self.assess(&others) else { continue };
            if self.reached(&without) {
                return None; // the set is not minimal: a smaller one reaches the grade
            }
            let Some(v) = self.last_value(last, &without) else { continue };
            let mut setting = others;
            setting.push((*last, v));
            let Some(a) = self.assess(&setting).filter(|a| self.reached(a)) else { continue };
            let effort = levers::effort(self.ctx, &setting)?;
            if effort < best.effort {
                best = Reached { effort, setting, assessment: a };
            }
        }
        Some(best)
    }

    /// The value of `last` nearest to its current one that brings the total the other levers
    /// reach (`without`, `last` unchanged) to the threshold.
    fn last_value(&self, last: &Lever<'a>, without: &Assessment) -> Option<Decimal> {
        let Kind::Indicator { ind, dim_weight, di, ii, .. } = last.kind else { return None };
        let scored = without.dimensions.get(di).and_then(|d| d.indicators.get(ii))?;
        let base = without.lines_sum();
        let cf = indicator_change(&self.ctx.with_base(base), ind, dim_weight, scored, self.at, true)?;
        match cf.change {
            Change::Indicator { to, score_to, .. } => levers::value_for(self.ctx, last, to, score_to),
            Change::RemoveDeduction { .. } => None,
        }
    }

    /// The answer for the combination found.
    fn found(&self, r: Reached<'a>) -> Combination {
        let (scheme, a) = (self.ctx.scheme, &r.assessment);
        let mut setting = r.setting;
        crate::base::sort::sort_by(&mut setting, |x, y| x.0.order().cmp(&y.0.order()));
        let changes: Vec<Change> = setting.iter().filter_map(|(l, v)| levers::change(l, *v, a)).collect();
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

/// A combination's change as a fact to word.
fn part<'a>(scheme: &'a Scheme, c: &'a Change) -> PartFact<'a> {
    match c {
        Change::Indicator { indicator, title, from, to, delta, input, .. } => PartFact::Indicator {
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
            input: input.as_ref().map(|m| {
                let def = scheme.inputs.iter().find(|d| d.key == m.key);
                InputPart {
                    key: m.key.as_str(),
                    title: Title::new(
                        def.map_or(m.key.as_str(), |d| d.title.as_str()),
                        def.map(|d| d.title_en.as_deref().unwrap_or(d.key.as_str())),
                    ),
                    from: m.from,
                    to: m.to,
                }
            }),
        },
        Change::RemoveDeduction { item, title, occurrence, points } => PartFact::RemoveDeduction {
            item: item.as_str(),
            title: Title::new(title, None),
            occurrence: occurrence.as_str(),
            points: *points,
        },
    }
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
