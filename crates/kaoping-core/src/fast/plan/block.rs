//! Scoring 256 rows at a time, column by column ([`Plan::evaluate_block`]): every value checked
//! and converted once, each indicator's function applied down its column, exactly as
//! [`Plan::evaluate`] scores each row.

use super::{Plan, PlanItem, PlanScore};
use crate::base::decimal::Decimal;
use crate::base::limits;
use crate::model::scheme::{CaseReviewGrade, InputKind};
use crate::rules::assess::grades::grade_position;
use crate::rules::scoring::capped;

/// Rows scored together by [`Plan::evaluate_block`].
pub(crate) const BLOCK: usize = 256;

/// A batch's columns by plan slot, for [`Plan::evaluate_block`] (each column one value per row).
pub(crate) struct BlockColumns<'c> {
    /// Input columns by value slot (`None`: no column, every value absent).
    pub(crate) values: Vec<Option<&'c [f64]>>,
    /// Count columns by item slot (`None`: no column, every count 0).
    pub(crate) counts: Vec<Option<&'c [u32]>>,
    /// Case-review columns: excellent, pass, flawed, error.
    pub(crate) review: Option<[&'c [u32]; 4]>,
}

/// Working memory and results of [`Plan::evaluate_block`].
pub(crate) struct BlockScores {
    /// Per row of the block: whether the plan scored it (set by the caller to false for rows
    /// it must not score).
    pub(crate) ok: Vec<bool>,
    /// Per row: the score when `ok`.
    pub(crate) scores: Vec<PlanScore>,
    /// Per row: its dimension scores (`dimensions` each).
    pub(crate) dims: Vec<Decimal>,
    values: Vec<i64>,
    sums: Vec<i64>,
    bonuses: Vec<i64>,
    deductions: Vec<i64>,
}

impl BlockScores {
    /// Working memory for a plan.
    pub(crate) fn new(plan: &Plan) -> BlockScores {
        let blank = PlanScore {
            total: Decimal::ZERO,
            score_grade: 0,
            grade: None,
            vetoed: false,
            fixed: false,
            blocked: false,
            deductions: Decimal::ZERO,
        };
        BlockScores {
            ok: vec![false; BLOCK],
            scores: vec![blank; BLOCK],
            dims: vec![Decimal::ZERO; BLOCK * plan.dimensions],
            values: vec![0; BLOCK * plan.slots.len()],
            sums: vec![0; BLOCK * plan.dimensions],
            bonuses: vec![0; BLOCK],
            deductions: vec![0; BLOCK],
        }
    }
}

impl Plan {
    /// Whether [`Plan::evaluate_block`] can score rows of this plan: every item's points for
    /// any count (and case-review count) up to the limit stay far within 64 bits.
    pub(crate) fn scores_blocks(&self) -> bool {
        // an item gives at most its points for both counts at the limit, or its cap
        let max = u128::from(limits::MAX_OCCURRENCE_COUNT) * 2;
        let bound = |items: &[PlanItem]| -> u128 {
            items
                .iter()
                .map(|i| {
                    let cap = i.cap.map_or(0, |c| u128::from(c.micros().unsigned_abs()));
                    (u128::from(i.points.micros().unsigned_abs()) * max).max(cap)
                })
                .sum()
        };
        self.dimensions > 0 && bound(&self.bonuses) < 1 << 62 && bound(&self.deductions) < 1 << 62
    }

    /// Scores rows `lo..hi` (at most [`BLOCK`]) of `columns` column by column: every value
    /// checked and converted once, each indicator's function applied down its column. Row
    /// `lo + i` gets `out.scores[i]` and its dimension scores exactly as [`Plan::evaluate`]
    /// gives them for the row, when `out.ok[i]` is still true afterwards; rows it declines
    /// (invalid values, counts over the limit, a veto, any overflow) are left to the caller.
    /// The caller sets `out.ok` beforehand (false for rows that must not be scored here).
    pub(crate) fn evaluate_block(
        &self,
        columns: &BlockColumns<'_>,
        lo: usize,
        hi: usize,
        out: &mut BlockScores,
    ) {
        let BlockScores { ok, scores, dims, values, sums, bonuses, deductions } = out;
        let n = hi.saturating_sub(lo).min(BLOCK);
        let (Some(ok), true) = (ok.get_mut(..n), self.scores_blocks() && n == hi - lo) else {
            ok.fill(false);
            return;
        };
        let max_count = limits::MAX_OCCURRENCE_COUNT;
        // case-review counts within the limit
        if let Some(review) = &columns.review {
            for col in review {
                match col.get(lo..hi) {
                    Some(col) => ok.iter_mut().zip(col).for_each(|(o, &c)| *o &= c <= max_count),
                    None => ok.fill(false),
                }
            }
        }
        self.block_values(columns, lo, hi, ok, values);
        // each indicator down its column, its contribution added to its dimension
        for d in sums.chunks_exact_mut(BLOCK) {
            d.fill(0);
        }
        for ind in &self.indicators {
            let xs = values.chunks_exact(BLOCK).nth(ind.slot);
            let ds = sums.chunks_exact_mut(BLOCK).nth(ind.dimension);
            let (Some(xs), Some(ds)) = (xs, ds) else {
                ok.fill(false);
                return;
            };
            ind.add_contributions(xs, ds, ok);
        }
        // counts within the limit; a veto sends the row to the caller
        let (bonus_cols, rest) = columns.counts.split_at(self.bonuses.len().min(columns.counts.len()));
        let deduction_cols = rest.get(..self.deductions.len()).unwrap_or(rest);
        for (k, col) in columns.counts.iter().enumerate() {
            let Some(col) = col else { continue };
            let Some(col) = col.get(lo..hi) else {
                ok.fill(false);
                continue;
            };
            let veto = k >= self.bonuses.len() + self.deductions.len();
            ok.iter_mut().zip(col).for_each(|(o, &c)| *o &= c <= max_count && !(veto && c > 0));
        }
        self.block_list(&self.bonuses, bonus_cols, columns, lo, hi, bonuses);
        self.block_list(&self.deductions, deduction_cols, columns, lo, hi, deductions);
        self.block_totals(ok, scores, dims, sums, bonuses, deductions);
    }

    /// Every input value of rows `lo..hi`: converted once into `values` (one column of
    /// [`BLOCK`] per slot), each row's `ok` cleared when a value is missing where required, not a
    /// number, or outside its kind.
    fn block_values(
        &self,
        columns: &BlockColumns<'_>,
        lo: usize,
        hi: usize,
        ok: &mut [bool],
        values: &mut [i64],
    ) {
        for ((slot, col), xs) in self.slots.iter().zip(&columns.values).zip(values.chunks_exact_mut(BLOCK)) {
            let Some(col) = col else {
                if slot.required {
                    ok.fill(false);
                }
                continue;
            };
            let Some(col) = col.get(lo..hi) else {
                ok.fill(false);
                continue;
            };
            let (min, max, whole) = match slot.kind {
                InputKind::Count => (0, i64::MAX, true),
                InputKind::Percent => (0, Decimal::HUNDRED.micros(), false),
                InputKind::Number => (i64::MIN, i64::MAX, false),
            };
            for ((o, x), &v) in ok.iter_mut().zip(xs.iter_mut()).zip(col) {
                match Decimal::from_f64(v) {
                    Some(d) => {
                        let m = d.micros();
                        *x = m;
                        *o &= m >= min && m <= max && (!whole || m % 1_000_000 == 0);
                    }
                    None => {
                        // NaN: absent (fine unless an indicator reads it); others: invalid
                        *o &= v.is_nan() && !slot.required;
                        *x = 0;
                    }
                }
            }
        }
    }

    /// The totals and grades of the rows still `ok`, from their dimension sums and list
    /// subtotals; a row whose total overflows or falls in no grade is declined.
    fn block_totals(
        &self,
        ok: &mut [bool],
        scores: &mut [PlanScore],
        dims: &mut [Decimal],
        sums: &[i64],
        bonuses: &[i64],
        deductions: &[i64],
    ) {
        let per_row = self.dimensions.max(1);
        for (i, (((o, score), row_dims), (&bonus, &deduction))) in ok
            .iter_mut()
            .zip(scores.iter_mut())
            .zip(dims.chunks_exact_mut(per_row))
            .zip(bonuses.iter().zip(deductions.iter()))
            .enumerate()
        {
            if !*o {
                continue;
            }
            let mut weighted: Option<i64> = Some(0);
            for (dim, d) in sums.chunks_exact(BLOCK).zip(row_dims.iter_mut()) {
                let v = dim.get(i).copied().unwrap_or(0);
                *d = Decimal::from_micros(v);
                weighted = weighted.and_then(|w| w.checked_add(v));
            }
            let bonus = capped(Decimal::from_micros(bonus), self.bonus_cap);
            let deduction = capped(Decimal::from_micros(deduction), self.deduction_cap);
            let total = weighted
                .map(Decimal::from_micros)
                .and_then(|w| w.checked_add(bonus))
                .and_then(|t| t.checked_sub(deduction))
                .map(|t| self.finish_total(t));
            match total.and_then(|t| grade_position(&self.grades, t).map(|g| (t, g))) {
                Some((total, g)) => {
                    *score = PlanScore {
                        total,
                        score_grade: g,
                        grade: Some(g),
                        vetoed: false,
                        fixed: false,
                        blocked: false,
                        deductions: deduction,
                    }
                }
                None => *o = false,
            }
        }
    }

    /// A list's subtotal (before the list cap) for each row of the block, as [`Plan::list`]
    /// computes it (exact: [`Plan::scores_blocks`] bounds it; counts are within the limit in
    /// every row that is scored).
    fn block_list(
        &self,
        items: &[PlanItem],
        cols: &[Option<&[u32]>],
        columns: &BlockColumns<'_>,
        lo: usize,
        hi: usize,
        out: &mut [i64],
    ) {
        out.fill(0);
        for (k, item) in items.iter().enumerate() {
            let col = cols.get(k).copied().flatten().and_then(|c| c.get(lo..hi));
            let review = match (item.review, &columns.review) {
                (Some(g), Some(r)) => r.get(review_index(g)).and_then(|c| c.get(lo..hi)),
                _ => None,
            };
            let points = item.points.micros();
            let max = limits::MAX_OCCURRENCE_COUNT;
            for (i, sum) in out.iter_mut().enumerate() {
                let count = col.and_then(|c| c.get(i)).copied().unwrap_or(0);
                let from_review = review.and_then(|c| c.get(i)).copied().unwrap_or(0);
                if count == 0 && from_review == 0 {
                    continue;
                }
                // counts within the limit in every row scored, so no overflow (`scores_blocks`)
                let raw = points
                    .wrapping_mul(i64::from(count.min(max)))
                    .wrapping_add(points.wrapping_mul(i64::from(from_review.min(max))));
                *sum = sum.wrapping_add(capped(Decimal::from_micros(raw), item.cap).micros());
            }
        }
    }
}

fn review_index(g: CaseReviewGrade) -> usize {
    match g {
        CaseReviewGrade::Excellent => 0,
        CaseReviewGrade::Pass => 1,
        CaseReviewGrade::Flawed => 2,
        CaseReviewGrade::Error => 3,
    }
}
