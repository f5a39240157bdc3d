//! The compiled scoring plan: a scheme turned once into flat data, so that one row (input
//! values and item counts) is scored without allocating and, where the numbers fit, in 64-bit
//! arithmetic.
//!
//! The plan computes exactly what [`Engine::assess`](crate::Assessor::assess) computes for the
//! equivalent dossier (total, score grade, grade after vetoes, dimension scores, list totals):
//! every rule is the same function the general path calls (`evaluate`, `Contribution`,
//! `limit`, `occurrence_points`, `capped`, `grade_position`,
//! `grade_position_after_vetoes`); the plan only looks up once what the general path looks up
//! for every dossier.
//!
//! It covers schemes whose indicators read one input each and are scored by a function of that
//! value alone (not against the cohort), and whose list items are worth a whole number of
//! reported units (so that the points of several occurrences add up to the points of their
//! total count). [`Plan::compile`] answers `None` for anything else (ratio or rated inputs,
//! cohort-relative functions, …) and callers use the general path. Evaluation answers `None`
//! whenever the row is not plainly valid (a missing or out-of-kind input, an overflow): the
//! general path then gives the answer, with its problems, so the two can never disagree.

use crate::base::decimal::{Decimal, Rounding};
use crate::base::divide::{round_div, Divisor};
use crate::base::ids::{InputKey, ItemId};
use crate::base::limits;
use crate::model::dossier::CaseReview;
use crate::model::scheme::{
    Bounds, Breakpoint, CaseReviewGrade, Grade, InputKind, InputSource, RoundingStage, Scheme,
    ScoringFunction, VetoEffect,
};
use crate::rules::assess::grades::{grade_position, grade_position_after_vetoes};
use crate::rules::scoring::{capped, evaluate, gcd, limit, occurrence_points, segment, Contribution};
use crate::rules::validate::kind_violation;

mod block;

pub(crate) use block::{BlockColumns, BlockScores, BLOCK};

/// One input slot: a declared dossier input.
#[derive(Clone, Debug)]
struct Slot {
    key: InputKey,
    kind: InputKind,
    /// Read by an indicator: a row without it is invalid.
    required: bool,
}

#[derive(Clone, Debug)]
struct PlanIndicator {
    /// Index into the input slots.
    slot: usize,
    /// Index of the dimension.
    dimension: usize,
    scoring: ScoringFunction,
    /// A piecewise function with its segments compiled.
    piecewise: Option<Piecewise>,
    max: Decimal,
    cap: Option<Decimal>,
    floor: Option<Decimal>,
    contribution: Contribution,
}

impl PlanIndicator {
    /// Adds the contribution of each value `xs[i]` (in millionths) to `sums[i]`, clearing
    /// `ok[i]` where that fails (the general path would have a problem or an overflow). One
    /// loop for a block of rows and for a single row alike.
    #[inline(never)]
    fn add_contributions(&self, xs: &[i64], sums: &mut [i64], ok: &mut [bool]) {
        for ((o, d), &x) in ok.iter_mut().zip(sums.iter_mut()).zip(xs) {
            match self.contribution_of(Decimal::from_micros(x)).and_then(|c| d.checked_add(c.micros())) {
                Some(sum) => *d = sum,
                None => *o = false,
            }
        }
    }

    /// The contribution of an input value (the general path's rules, in order: the function,
    /// clamped to `[0, max]`, the cap and floor, the contribution rule).
    #[inline(always)]
    fn contribution_of(&self, x: Decimal) -> Option<Decimal> {
        let function_score = match &self.piecewise {
            Some(p) => p.evaluate(x)?.clamp_to(Decimal::ZERO, self.max),
            None => evaluate(&self.scoring, x, self.max, None).ok()?.0,
        };
        let (score, _) = limit(function_score, self.cap, self.floor, self.max);
        self.contribution.apply(score)
    }
}

/// A piecewise-linear function compiled: each segment's slope as a fraction in lowest terms
/// with a precomputed reciprocal of its denominator. Evaluates exactly as
/// [`evaluate`](crate::rules::scoring::evaluate) does (before its clamp).
#[derive(Clone, Debug)]
struct Piecewise {
    first: Breakpoint,
    last_y: Decimal,
    segments: Vec<Segment>,
}

#[derive(Clone, Debug)]
struct Segment {
    a: Breakpoint,
    b: Breakpoint,
    /// `(b.y − a.y) / (b.x − a.x) = num / den`, and the reciprocal of `den` exact for every
    /// `num × (x − a.x)` with `a.x < x ≤ b.x`; `None`: the general arithmetic.
    slope: Option<(i64, u64, Divisor)>,
}

impl Piecewise {
    fn of(points: &[Breakpoint]) -> Option<Piecewise> {
        let segments = points
            .windows(2)
            .filter_map(|pair| match pair {
                [a, b] => Some(Segment { a: *a, b: *b, slope: slope(a, b) }),
                _ => None,
            })
            .collect();
        Some(Piecewise { first: *points.first()?, last_y: points.last()?.y, segments })
    }

    #[inline(always)]
    fn evaluate(&self, x: Decimal) -> Option<Decimal> {
        if x <= self.first.x {
            return Some(self.first.y);
        }
        for s in &self.segments {
            if x <= s.b.x {
                // here a.x < x ≤ b.x: the previous breakpoint was below x
                return match s.slope {
                    Some((num, den, divisor)) => {
                        let dx = x.micros().wrapping_sub(s.a.x.micros());
                        let step = round_div(num.wrapping_mul(dx), den, divisor, Rounding::HalfUp);
                        s.a.y.checked_add(Decimal::from_micros(step))
                    }
                    None => segment(&s.a, &s.b, x),
                };
            }
        }
        Some(self.last_y)
    }
}

/// A segment's slope in lowest terms with its reciprocal, when `num × dx` stays below 2^63 for
/// every `0 < dx ≤ b.x − a.x`: then `round(num × dx ÷ den)` is the general path's
/// `round(dy × dx ÷ width)` (the same fraction, rounded half away from zero once).
fn slope(a: &Breakpoint, b: &Breakpoint) -> Option<(i64, u64, Divisor)> {
    let dy = b.y.checked_sub(a.y)?.micros();
    let width = u64::try_from(b.x.checked_sub(a.x)?.micros()).ok().filter(|&w| w > 0)?;
    let g = u64::try_from(gcd(u128::from(dy.unsigned_abs()), u128::from(width))).ok()?;
    let num = dy / i64::try_from(g).ok()?;
    let den = width / g;
    let n_max = u64::try_from(u128::from(num.unsigned_abs()) * u128::from(width)).ok()?;
    Some((num, den, Divisor::new(den, n_max)?))
}

#[derive(Clone, Debug)]
struct PlanItem {
    points: Decimal,
    cap: Option<Decimal>,
    review: Option<CaseReviewGrade>,
}

/// A scheme compiled for fast scoring of many rows. Built by [`Plan::compile`]; an
/// [`Engine`](crate::Engine) compiles its plan once (see [`crate::Engine::plan`]).
#[derive(Clone, Debug)]
pub struct Plan {
    slots: Vec<Slot>,
    indicators: Vec<PlanIndicator>,
    dimensions: usize,
    bonuses: Vec<PlanItem>,
    deductions: Vec<PlanItem>,
    bonus_cap: Option<Decimal>,
    deduction_cap: Option<Decimal>,
    /// Item ids by slot: bonuses, deductions, then vetoes.
    item_ids: Vec<ItemId>,
    vetoes: Vec<VetoEffect>,
    bounds: Bounds,
    grades: Vec<Grade>,
    /// Decimal places of the summed figures.
    dp: u32,
    /// The precision the total is rounded to when only the total is rounded.
    total_dp: Option<u32>,
    rounding: Rounding,
}

/// One row to score: values by input slot and occurrence counts by item slot.
#[derive(Clone, Copy, Debug)]
pub struct PlanRow<'r> {
    /// One value per input slot ([`Plan::inputs`] order); `None` when absent.
    pub values: &'r [Option<Decimal>],
    /// Occurrence counts per item slot ([`Plan::items`] order: bonuses, deductions, vetoes),
    /// summed over the row's occurrences of that item.
    pub counts: &'r [u32],
    /// Case-review counts, when the row has them.
    pub case_review: Option<CaseReview>,
}

/// The scores of one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanScore {
    /// The total, clamped to the bounds.
    pub total: Decimal,
    /// Position of the grade the total alone gives (0 = best).
    pub score_grade: usize,
    /// Position of the grade after vetoes; `None` when withheld.
    pub grade: Option<usize>,
    /// Whether a veto applies.
    pub vetoed: bool,
    /// A veto forces or withholds the grade.
    pub fixed: bool,
    /// A veto blocks a grade.
    pub blocked: bool,
    /// Total of the deduction list (after caps).
    pub deductions: Decimal,
}

impl Plan {
    /// Compiles a (validated) scheme; `None` when the plan cannot express it — among others a
    /// scheme with constraints between inputs or with inputs derived from records, whose checks
    /// only the general path makes.
    pub fn compile(scheme: &Scheme) -> Option<Plan> {
        let derives = scheme.inputs.iter().any(|d| d.derive.is_some())
            || crate::rules::records::item_derivations(scheme).next().is_some();
        if !scheme.constraints.is_empty() || derives {
            return None;
        }
        // the figures summed (each line rounded, or kept at millionths when only the total is)
        let dp = scheme.line_precision();
        let rounding = scheme.rounding;
        let total_dp = (scheme.rounding_stage == RoundingStage::Total).then_some(scheme.precision);
        let mut slots: Vec<Slot> = scheme
            .inputs
            .iter()
            .map(|d| Slot { key: d.key.clone(), kind: d.kind, required: false })
            .collect();
        let mut indicators = Vec::new();
        for (di, dim) in scheme.dimensions.iter().enumerate() {
            for ind in &dim.indicators {
                let InputSource::Value { key } = &ind.input else { return None };
                if matches!(ind.scoring, ScoringFunction::CohortRelative { .. }) {
                    return None;
                }
                let slot = slots.iter().position(|s| &s.key == key)?;
                slots.get_mut(slot)?.required = true;
                let contribution =
                    Contribution::of(ind.weight, dim.weight, scheme.full_score, ind.max_score, dp, rounding)?;
                let piecewise = match &ind.scoring {
                    ScoringFunction::Piecewise { points } => Piecewise::of(points),
                    _ => None,
                };
                indicators.push(PlanIndicator {
                    slot,
                    dimension: di,
                    scoring: ind.scoring.clone(),
                    piecewise,
                    max: ind.max_score,
                    cap: ind.cap,
                    floor: ind.floor,
                    contribution,
                });
            }
        }
        let item = |i: &crate::model::scheme::ListItem| {
            // several occurrences add up only when each one's points need no rounding
            (i.points.round_dp(dp, rounding) == i.points && !i.points.is_negative()).then_some(PlanItem {
                points: i.points,
                cap: i.cap,
                review: i.from_case_review,
            })
        };
        let bonuses = scheme.bonuses.items.iter().map(item).collect::<Option<Vec<_>>>()?;
        let deductions = scheme.deductions.items.iter().map(item).collect::<Option<Vec<_>>>()?;
        let item_ids: Vec<ItemId> = scheme
            .bonuses
            .items
            .iter()
            .chain(&scheme.deductions.items)
            .map(|i| i.id.clone())
            .chain(scheme.vetoes.iter().map(|v| v.id.clone()))
            .collect();
        // one slot per id: an occurrence counts toward exactly one item
        if has_twins(&item_ids) {
            return None;
        }
        Some(Plan {
            slots,
            indicators,
            dimensions: scheme.dimensions.len(),
            bonuses,
            deductions,
            bonus_cap: scheme.bonuses.cap,
            deduction_cap: scheme.deductions.cap,
            item_ids,
            vetoes: scheme.vetoes.iter().map(|v| v.effect.clone()).collect(),
            bounds: scheme.bounds,
            grades: scheme.grades.clone(),
            dp,
            total_dp,
            rounding,
        })
    }

    /// The input keys, one per value slot of a [`PlanRow`].
    pub fn inputs(&self) -> impl ExactSizeIterator<Item = &InputKey> {
        self.slots.iter().map(|s| &s.key)
    }

    /// The value slot of an input key.
    pub fn input_slot(&self, key: &str) -> Option<usize> {
        self.slots.iter().position(|s| s.key.as_str() == key)
    }

    /// The item ids (bonuses, deductions, then vetoes), one per count slot of a [`PlanRow`].
    pub fn items(&self) -> &[ItemId] {
        &self.item_ids
    }

    /// The count slot of an item or veto id.
    pub fn item_slot(&self, id: &str) -> Option<usize> {
        self.item_ids.iter().position(|i| i.as_str() == id)
    }

    /// Number of dimensions (the length of the dimension-score buffer of [`Plan::evaluate`]).
    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// Scores one row, writing each dimension's score into `dims` (one per dimension).
    /// `None` when the row is not plainly valid or the arithmetic leaves the exact range: the
    /// general path must then assess it (and report its problems).
    pub fn evaluate(&self, row: &PlanRow<'_>, dims: &mut [Decimal]) -> Option<PlanScore> {
        if row.values.len() != self.slots.len()
            || row.counts.len() != self.item_ids.len()
            || dims.len() != self.dimensions
        {
            return None;
        }
        if let Some(cr) = row.case_review {
            if [cr.excellent, cr.pass, cr.flawed, cr.error].iter().any(|&n| n > limits::MAX_OCCURRENCE_COUNT)
            {
                return None;
            }
        }
        for (slot, value) in self.slots.iter().zip(row.values) {
            match value {
                Some(v) if kind_violation(slot.kind, *v).is_some() => return None,
                None if slot.required => return None,
                _ => {}
            }
        }
        dims.fill(Decimal::ZERO);
        let mut weighted = Decimal::ZERO;
        for ind in &self.indicators {
            let x = (*row.values.get(ind.slot)?)?;
            let d = dims.get_mut(ind.dimension)?;
            let (mut sum, mut ok) = ([d.micros()], [true]);
            ind.add_contributions(&[x.micros()], &mut sum, &mut ok);
            let ([sum], [true]) = (sum, ok) else { return None };
            *d = Decimal::from_micros(sum);
        }
        for d in dims.iter() {
            weighted = weighted.checked_add(*d)?;
        }
        let (bonus_counts, rest) = row.counts.split_at(self.bonuses.len());
        let (deduction_counts, veto_counts) = rest.split_at(self.deductions.len());
        let bonuses = self.list(&self.bonuses, bonus_counts, self.bonus_cap, row.case_review)?;
        let deductions =
            self.list(&self.deductions, deduction_counts, self.deduction_cap, row.case_review)?;
        let total = weighted.checked_add(bonuses)?.checked_sub(deductions)?;
        let total = self.finish_total(total);
        let score_grade = grade_position(&self.grades, total)?;
        let hit = |(_, n): &(&VetoEffect, &u32)| **n > 0;
        let active = self.vetoes.iter().zip(veto_counts).filter(hit).map(|(e, _)| e);
        let vetoed = active.clone().next().is_some();
        let (fixed, blocked) = active.clone().fold((false, false), |(f, b), e| match e {
            VetoEffect::BlockGrade { .. } => (f, true),
            VetoEffect::ForceGrade { .. } | VetoEffect::WithholdGrade {} => (true, b),
        });
        let grade = if vetoed {
            grade_position_after_vetoes(&self.grades, active, score_grade)
        } else {
            Some(score_grade)
        };
        Some(PlanScore { total, score_grade, grade, vetoed, fixed, blocked, deductions })
    }

    /// The total of a sum of the lines: within the bounds, then rounded when only the total is
    /// (as the general path's run does).
    #[inline(always)]
    pub(super) fn finish_total(&self, sum: Decimal) -> Decimal {
        let bounded = sum.clamp_to(self.bounds.min, self.bounds.max);
        match self.total_dp {
            Some(dp) => bounded.round_dp(dp, self.rounding),
            None => bounded,
        }
    }

    /// A list's total: each item's points (occurrences and case review) capped, then the list cap.
    fn list(
        &self,
        items: &[PlanItem],
        counts: &[u32],
        cap: Option<Decimal>,
        review: Option<CaseReview>,
    ) -> Option<Decimal> {
        let mut subtotal = Decimal::ZERO;
        for (item, &count) in items.iter().zip(counts) {
            let from_review = match (item.review, review) {
                (Some(g), Some(cr)) => cr.count(g),
                _ => 0,
            };
            if count == 0 && from_review == 0 {
                continue;
            }
            let mut raw = Decimal::ZERO;
            if count > 0 {
                raw = occurrence_points(item.points, count, self.dp, self.rounding)?;
            }
            if from_review > 0 {
                raw =
                    raw.checked_add(occurrence_points(item.points, from_review, self.dp, self.rounding)?)?;
            }
            subtotal = subtotal.checked_add(capped(raw, item.cap))?;
        }
        Some(capped(subtotal, cap))
    }
}

/// Whether a value occurs twice (pairwise: lists are short and this runs once; a sort would be
/// one more monomorphised sort in the package).
pub(crate) fn has_twins<T: PartialEq>(values: &[T]) -> bool {
    values.iter().enumerate().any(|(i, a)| values.get(i + 1..).is_some_and(|rest| rest.contains(a)))
}

#[cfg(test)]
#[allow(
    clippy::disallowed_types,
    clippy::disallowed_methods,
    reason = "tests: std's collections and sorts are the oracles"
)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn points(raw: &[(i64, i64)]) -> Vec<Breakpoint> {
        raw.iter()
            .map(|&(x, y)| Breakpoint { x: Decimal::from_micros(x), y: Decimal::from_micros(y) })
            .collect()
    }

    /// The compiled function against the general one at `x`, its breakpoints and their
    /// neighbours, and the middle of each segment.
    fn same_everywhere(raw: &[(i64, i64)], extra: &[i64]) -> Result<(), TestCaseError> {
        let pts = points(raw);
        let compiled = Piecewise::of(&pts).unwrap();
        let mut xs: Vec<i64> = extra.to_vec();
        for w in raw.windows(2) {
            xs.push(w[0].0 / 2 + w[1].0 / 2);
        }
        for &(x, _) in raw {
            xs.extend([x, x.saturating_sub(1), x.saturating_add(1), x.saturating_sub(999_999)]);
        }
        for x in xs {
            let x = Decimal::from_micros(x);
            prop_assert_eq!(compiled.evaluate(x), crate::rules::scoring::piecewise(&pts, x), "x = {:?}", x);
        }
        Ok(())
    }

    #[test]
    fn compiled_segments_of_the_usual_shapes() {
        let m = 1_000_000;
        // exact slopes, a slope needing rounding, a falling segment, a flat one, one point
        same_everywhere(&[(80 * m, 0), (90 * m, 60 * m), (100 * m, 100 * m)], &[85_500_000, 99_999_999])
            .unwrap();
        same_everywhere(&[(0, 0), (3 * m, 100 * m), (7 * m, 100 * m), (10 * m, 0)], &[1, 2, 333_333])
            .unwrap();
        same_everywhere(&[(0, 100 * m), (5 * m, 90 * m), (25 * m, 0)], &[4_999_999, 12_345_678]).unwrap();
        same_everywhere(&[(5 * m, 7 * m)], &[0, 5 * m, 6 * m]).unwrap();
        // extreme figures: the general arithmetic where the reciprocal is not exact
        let big = 1_000_000_000_000_000_000;
        same_everywhere(&[(-big, -big), (big, big)], &[0, big - 1, -big + 1]).unwrap();
        same_everywhere(&[(0, 0), (7, big), (big, 0)], &[3, 5, big / 3]).unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3_000))]
        #[test]
        fn compiled_segments_equal_the_general_function(
            mut xs in proptest::collection::vec(-2_000_000_000_000_i64..2_000_000_000_000, 1..6),
            ys in proptest::collection::vec(-200_000_000_000_i64..200_000_000_000, 6),
            probes in proptest::collection::vec(-2_100_000_000_000_i64..2_100_000_000_000, 8),
        ) {
            xs.sort_unstable();
            let raw: Vec<(i64, i64)> = xs.iter().zip(&ys).map(|(&x, &y)| (x, y)).collect();
            same_everywhere(&raw, &probes)?;
        }

        #[test]
        fn compiled_segments_on_whole_inputs(
            mut xs in proptest::collection::vec(0_i64..500, 2..6),
            ys in proptest::collection::vec(0_i64..=100, 6),
            probes in proptest::collection::vec(0_i64..=500, 8),
        ) {
            xs.sort_unstable();
            let raw: Vec<(i64, i64)> = xs.iter().zip(&ys).map(|(&x, &y)| (x * 1_000_000, y * 1_000_000)).collect();
            let probes: Vec<i64> = probes.iter().map(|p| p * 1_000_000 + p % 7 * 142_857).collect();
            same_everywhere(&raw, &probes)?;
        }
    }
}
