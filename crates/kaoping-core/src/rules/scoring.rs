//! Indicator scoring functions: raw value → score in `[0, maxScore]`.
//!
//! Every function is exact decimal arithmetic with one rounding (half away from zero, to six
//! decimals) per division. Functions never see NaN: inputs are [`Decimal`]s.

use crate::base::decimal::{Decimal, Rounding};
use crate::base::divide::{round_div, Divisor};
use crate::model::scheme::{Breakpoint, CohortStat, Direction, RelativeMethod, ScoringFunction, Step};

/// Statistics a cohort-relative function standardises against.
#[derive(Clone, Copy, Debug)]
pub struct RelativeStats<'a> {
    /// The statistics.
    pub stat: &'a CohortStat,
}

/// The result of a cohort standardisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standardised {
    /// The z value used (already sign-flipped when lower is better).
    pub z: Decimal,
}

/// Why a function could not be evaluated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvalError {
    /// Arithmetic left the exact range.
    Overflow,
    /// A cohort-relative function got no statistics.
    NoStats,
}

/// √12, the standard deviations spanned by a uniform distribution: maps a rank percentile to a
/// z-like value (`(p − ½) × √12`).
const SQRT_12: Decimal = Decimal::from_micros(3_464_102);

/// Evaluates `function` at `x` for an indicator whose full score is `max`.
/// Returns the score (clamped to `[0, max]`) and, for cohort-relative functions, the z used.
pub fn evaluate(
    function: &ScoringFunction,
    x: Decimal,
    max: Decimal,
    stats: Option<RelativeStats<'_>>,
) -> Result<(Decimal, Option<Standardised>), EvalError> {
    let ov = EvalError::Overflow;
    let score = match function {
        ScoringFunction::HigherIsBetter { floor, target } => {
            if x <= *floor {
                Decimal::ZERO
            } else if x >= *target {
                max
            } else {
                max.mul_div(x.checked_sub(*floor).ok_or(ov)?, target.checked_sub(*floor).ok_or(ov)?)
                    .ok_or(ov)?
            }
        }
        ScoringFunction::LowerIsBetter { target, floor } => {
            if x <= *target {
                max
            } else if x >= *floor {
                Decimal::ZERO
            } else {
                max.mul_div(floor.checked_sub(x).ok_or(ov)?, floor.checked_sub(*target).ok_or(ov)?)
                    .ok_or(ov)?
            }
        }
        ScoringFunction::TargetRange { zero_below, lower, upper, zero_above } => {
            if x >= *lower && x <= *upper {
                max
            } else if x <= *zero_below || x >= *zero_above {
                Decimal::ZERO
            } else if x < *lower {
                max.mul_div(x.checked_sub(*zero_below).ok_or(ov)?, lower.checked_sub(*zero_below).ok_or(ov)?)
                    .ok_or(ov)?
            } else {
                max.mul_div(zero_above.checked_sub(x).ok_or(ov)?, zero_above.checked_sub(*upper).ok_or(ov)?)
                    .ok_or(ov)?
            }
        }
        ScoringFunction::Threshold { direction, threshold, per_unit, unit, whole_units } => {
            let shortfall = match direction {
                Direction::Higher => threshold.checked_sub(x).ok_or(ov)?,
                Direction::Lower => x.checked_sub(*threshold).ok_or(ov)?,
            };
            if shortfall <= Decimal::ZERO {
                max
            } else {
                let off = if *whole_units {
                    let units = shortfall.checked_div(*unit).ok_or(ov)?.ceil();
                    per_unit.checked_mul(units).ok_or(ov)?
                } else {
                    per_unit.mul_div(shortfall, *unit).ok_or(ov)?
                };
                max.checked_sub(off).ok_or(ov)?
            }
        }
        ScoringFunction::Piecewise { points } => piecewise(points, x).ok_or(ov)?,
        ScoringFunction::Steps { steps } => step(steps, x),
        ScoringFunction::Direct {} => x,
        ScoringFunction::CohortRelative { method, direction, center, spread } => {
            let stats = stats.ok_or(EvalError::NoStats)?;
            let z = standardise(*method, *direction, x, stats.stat).ok_or(ov)?;
            let score = center.checked_add(spread.checked_mul(z).ok_or(ov)?).ok_or(ov)?;
            return Ok((score.clamp_to(Decimal::ZERO, max), Some(Standardised { z })));
        }
    };
    Ok((score.clamp_to(Decimal::ZERO, max), None))
}

pub(crate) fn piecewise(points: &[Breakpoint], x: Decimal) -> Option<Decimal> {
    let first = points.first()?;
    if x <= first.x {
        return Some(first.y);
    }
    for pair in points.windows(2) {
        if let [a, b] = pair {
            if x <= b.x {
                return segment(a, b, x);
            }
        }
    }
    points.last().map(|p| p.y)
}

/// The linear interpolation between breakpoints `a` and `b` at `x` (`a.x < x ≤ b.x`): one
/// rounding, half away from zero, to six decimals.
pub(crate) fn segment(a: &Breakpoint, b: &Breakpoint, x: Decimal) -> Option<Decimal> {
    let dy = b.y.checked_sub(a.y)?;
    let step = dy.mul_div(x.checked_sub(a.x)?, b.x.checked_sub(a.x)?)?;
    a.y.checked_add(step)
}

fn step(steps: &[Step], x: Decimal) -> Decimal {
    steps.iter().take_while(|s| s.from <= x).last().map_or(Decimal::ZERO, |s| s.score)
}

/// The z value of `x` against `stat`: `(x − mean) / sd` for z-scores (0 when sd is 0), or
/// `(p − ½) × √12` for the mid-rank percentile `p` of `x` among `stat.values`. Sign-flipped when
/// lower is better.
pub fn standardise(
    method: RelativeMethod,
    direction: Direction,
    x: Decimal,
    stat: &CohortStat,
) -> Option<Decimal> {
    let z = match method {
        RelativeMethod::ZScore => {
            if stat.sd.is_zero() {
                Decimal::ZERO
            } else {
                x.checked_sub(stat.mean)?.checked_div(stat.sd)?
            }
        }
        RelativeMethod::Rank => {
            let n = stat.values.len();
            if n == 0 {
                Decimal::ZERO
            } else {
                // `values` are sorted ascending (validated for published statistics).
                let below = stat.values.partition_point(|v| *v < x);
                let equal = stat.values.partition_point(|v| *v <= x).saturating_sub(below);
                // mid-rank percentile: (below + equal/2) / n, computed as (2·below + equal) / 2n
                let num = Decimal::from_count(u64::try_from(2 * below + equal).ok()?)?;
                let den = Decimal::from_count(u64::try_from(2 * n).ok()?)?;
                let p = num.checked_div(den)?;
                p.checked_sub(Decimal::from_micros(500_000))?.checked_mul(SQRT_12)?
            }
        }
    };
    match direction {
        Direction::Higher => Some(z),
        Direction::Lower => z.checked_neg(),
    }
}

/// Mean and population standard deviation of raw values, exact to six decimals.
pub fn cohort_stat(values: &[Decimal], keep_values: bool) -> Option<CohortStat> {
    let n = values.len();
    let count = u32::try_from(n).ok()?;
    if n == 0 {
        return Some(CohortStat { count: 0, mean: Decimal::ZERO, sd: Decimal::ZERO, values: vec![] });
    }
    let n_dec = Decimal::from_count(u64::from(count))?;
    let mut sum = Decimal::ZERO;
    for v in values {
        sum = sum.checked_add(*v)?;
    }
    let mean = sum.checked_div(n_dec)?;
    let mut sq = Decimal::ZERO;
    for v in values {
        let d = v.checked_sub(mean)?;
        sq = sq.checked_add(d.checked_mul(d)?)?;
    }
    let sd = sq.checked_div(n_dec)?.sqrt()?;
    let mut sorted = if keep_values { values.to_vec() } else { vec![] };
    crate::base::sort::sort(&mut sorted);
    Some(CohortStat { count, mean, sd, values: sorted })
}

/// An indicator's score after its cap (default: the full score) and floor (default 0), and
/// which of them applied.
pub(crate) fn limit(
    function_score: Decimal,
    cap: Option<Decimal>,
    floor: Option<Decimal>,
    max: Decimal,
) -> (Decimal, Option<crate::model::assessment::Limit>) {
    let floor = floor.unwrap_or(Decimal::ZERO);
    let cap = cap.unwrap_or(max);
    if function_score > cap {
        (cap, Some(crate::model::assessment::Limit::Cap))
    } else if function_score < floor {
        (floor, Some(crate::model::assessment::Limit::Floor))
    } else {
        (function_score, None)
    }
}

/// The points of one occurrence of a list item: `points × count`, rounded to the precision.
pub(crate) fn occurrence_points(points: Decimal, count: u32, dp: u32, rounding: Rounding) -> Option<Decimal> {
    Some(points.checked_mul(Decimal::from_count(u64::from(count))?)?.round_dp(dp, rounding))
}

/// A value after an optional cap (items and lists): the cap when the value exceeds it.
pub(crate) fn capped(value: Decimal, cap: Option<Decimal>) -> Decimal {
    match cap {
        Some(cap) if value > cap => cap,
        _ => value,
    }
}

/// An indicator's contribution rule, compiled: `score × weight × dimension weight × fullScore ÷
/// maxScore`, rounded once to the scheme precision, is `round(score in millionths × num ÷ den)`
/// in units of `10^-dp`, where `num / den` is that product's exact fraction in lowest terms.
/// Computed once per indicator; the general assessment and the compiled plan both apply it, so
/// the rule has one implementation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Contribution {
    num: i128,
    den: i128,
    /// The 64-bit rule with a precomputed reciprocal, for scores of magnitude up to the bound
    /// (in millionths) given with it: every score of a valid scheme in practice.
    fast: Option<(BoundedContribution, u64)>,
    /// `10^(6 − dp)`: one unit of the rounded result, in millionths.
    unit: i64,
    rounding: Rounding,
}

impl Contribution {
    /// The rule for an indicator; `None` when its factors leave the exact range (or `dp` > 6).
    pub(crate) fn of(
        weight: Decimal,
        dim_weight: Decimal,
        full_score: Decimal,
        max_score: Decimal,
        dp: u32,
        rounding: Rounding,
    ) -> Option<Contribution> {
        let scale = 10_i128.checked_pow(dp)?;
        let mut num = i128::from(weight.micros())
            .checked_mul(i128::from(dim_weight.micros()))?
            .checked_mul(i128::from(full_score.micros()))?
            .checked_mul(scale)?;
        // three factors in millionths above the line: 10^18 below it, with the maximum score
        let mut den = i128::from(max_score.micros()).checked_mul(1_000_000_000_000_000_000)?;
        if den == 0 {
            return None;
        }
        if den < 0 {
            den = den.checked_neg()?;
            num = num.checked_neg()?;
        }
        let g = gcd(num.unsigned_abs(), den.unsigned_abs());
        if g > 1 {
            let g = i128::try_from(g).ok()?;
            num /= g;
            den /= g;
        }
        let unit = 10_i64.checked_pow(6_u32.checked_sub(dp)?)?;
        let mut rule = Contribution { num, den, fast: None, unit, rounding };
        // the largest score whose product with `num`, and whose contribution, stay below 2^62
        let n = num.unsigned_abs().max(1);
        let by_product = (1_u128 << 62) / n;
        let by_result =
            ((1_u128 << 62) / u128::from(unit.unsigned_abs())).saturating_mul(den.unsigned_abs()) / n;
        let wide = u64::try_from(by_product.min(by_result)).unwrap_or(u64::MAX);
        // scores up to the maximum (the usual range) in 32-bit products when they fit
        let narrow = u64::try_from(u128::from(u32::MAX) / n).unwrap_or(0).min(wide);
        let bound = if narrow >= max_score.micros().unsigned_abs() { narrow } else { wide };
        rule.fast = rule.within(bound).map(|b| (b, bound));
        Some(rule)
    }

    /// The contribution of a score; `None` when it leaves the exact range.
    #[inline(always)]
    pub(crate) fn apply(&self, score: Decimal) -> Option<Decimal> {
        match self.fast {
            Some((rule, bound)) if score.micros().unsigned_abs() <= bound => Some(rule.apply(score)),
            _ => self.apply_exact(score),
        }
    }

    /// [`Contribution::apply`] in 128-bit arithmetic.
    #[inline(never)]
    fn apply_exact(&self, score: Decimal) -> Option<Decimal> {
        let s = score.micros();
        let q = round_div_i128(i128::from(s).checked_mul(self.num)?, self.den, self.rounding)?;
        let micros = i64::try_from(q).ok()?.checked_mul(self.unit)?;
        Some(Decimal::from_micros(micros))
    }
}

/// [`Contribution`] for scores within a proven bound: `round(score × num ÷ den) × unit` with a
/// precomputed reciprocal of `den` and no overflow check (see [`Contribution::within`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BoundedContribution {
    num: i64,
    den: u64,
    divisor: Divisor,
    unit: i64,
    rounding: Rounding,
}

impl Contribution {
    /// The rule for scores of magnitude at most `bound` (in millionths), when every such score's
    /// contribution is within the range of [`BoundedContribution`]'s arithmetic (then it equals
    /// [`Contribution::apply`], which never fails there).
    pub(crate) fn within(&self, bound: u64) -> Option<BoundedContribution> {
        let num = i64::try_from(self.num).ok()?;
        let den = u64::try_from(self.den).ok()?;
        let n_max = u64::try_from(u128::from(bound) * u128::from(num.unsigned_abs())).ok()?;
        let divisor = Divisor::new(den, n_max)?;
        // the rounded quotient is at most ⌊n_max / den⌋ + 1; times the unit it must fit
        let q_max = u128::from(n_max / den) + 1;
        if q_max * u128::from(self.unit.unsigned_abs()) >= 1 << 63 {
            return None;
        }
        Some(BoundedContribution { num, den, divisor, unit: self.unit, rounding: self.rounding })
    }
}

impl BoundedContribution {
    /// The contribution of a score of magnitude at most the bound it was built for.
    #[inline(always)]
    pub(crate) fn apply(&self, score: Decimal) -> Decimal {
        let n = score.micros().wrapping_mul(self.num);
        Decimal::from_micros(round_div(n, self.den, self.divisor, self.rounding).wrapping_mul(self.unit))
    }
}

pub(crate) fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

/// `n ÷ d` (d > 0) rounded to a whole number with the scheme's rule.
fn round_div_i128(n: i128, d: i128, rounding: Rounding) -> Option<i128> {
    let q = n.checked_div_euclid(d)?;
    let r = n.checked_rem_euclid(d)?;
    let up = match r.checked_mul(2)?.cmp(&d) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => match rounding {
            // exact tie: away from zero
            Rounding::HalfUp => q >= 0,
            Rounding::HalfEven => q.rem_euclid(2) == 1,
        },
    };
    if up {
        q.checked_add(1)
    } else {
        Some(q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap_or_else(|| unreachable!("{s}"))
    }

    fn eval(f: &ScoringFunction, x: &str, max: &str) -> Decimal {
        evaluate(f, d(x), d(max), None).map(|r| r.0).unwrap_or_else(|_| unreachable!())
    }

    /// `round(s × num ÷ den)` with the rule, times the unit: the contribution rule in 128 bits.
    fn contribution_oracle(c: &Contribution, s: i64) -> Option<i64> {
        let n = i128::from(s).checked_mul(c.num)?;
        let (t, r) = (n.abs() / c.den, n.abs() % c.den);
        let up = 2 * r > c.den || (2 * r == c.den && (c.rounding == Rounding::HalfUp || t % 2 == 1));
        let q = t + i128::from(up);
        i64::try_from(if n < 0 { -q } else { q }).ok()?.checked_mul(c.unit)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5_000))]
        /// The 64-bit rule (reciprocal, no overflow checks) equals the exact rule for every
        /// score, within its bound and beyond it.
        #[test]
        fn contribution_equals_the_exact_rule(
            w in 0_i64..=1_000_000, dw in 0_i64..=1_000_000, full in 1_i64..=1_000_000_000,
            max in 1_i64..=1_000_000_000, dp in 0_u32..=6, even: bool,
            s in -2_000_000_000_i64..2_000_000_000, far in proptest::prelude::any::<i64>(),
        ) {
            let rounding = if even { Rounding::HalfEven } else { Rounding::HalfUp };
            let m = Decimal::from_micros;
            let Some(c) = Contribution::of(m(w), m(dw), m(full), m(max), dp, rounding) else {
                return Ok(());
            };
            let bound = c.fast.map_or(0, |(_, b)| b);
            let edge = i64::try_from(bound).unwrap_or(i64::MAX);
            for s in [s, far, 0, 1, -1, edge, -edge, edge.saturating_add(1), edge.saturating_sub(1), max, -max] {
                proptest::prop_assert_eq!(c.apply(m(s)).map(Decimal::micros), contribution_oracle(&c, s), "s = {}", s);
            }
        }
    }

    #[test]
    fn contribution_of_typical_weights_is_fast_for_every_score() {
        let c = Contribution::of(d("0.25"), d("0.25"), d("100"), d("100"), 2, Rounding::HalfUp).unwrap();
        let (_, bound) = c.fast.unwrap();
        assert!(bound >= 100_000_000, "{bound}"); // every score up to the maximum
        for s in (0..=100_000_000).step_by(12_345).chain([1_600, 8_000, 24_000, 40_000]) {
            assert_eq!(
                c.apply(Decimal::from_micros(s)).map(Decimal::micros),
                contribution_oracle(&c, s),
                "{s}"
            );
        }
    }

    #[test]
    fn threshold_per_point_below() {
        // 结案率 ≥ 90% earns 30, minus 1 per point below.
        let f = ScoringFunction::Threshold {
            direction: Direction::Higher,
            threshold: d("90"),
            per_unit: d("1"),
            unit: d("1"),
            whole_units: false,
        };
        assert_eq!(eval(&f, "93.18", "30"), d("30"));
        assert_eq!(eval(&f, "87.5", "30"), d("27.5"));
        assert_eq!(eval(&f, "10", "30"), d("0"));
    }

    #[test]
    fn piecewise_interpolates_and_clamps() {
        let f = ScoringFunction::Piecewise {
            points: vec![
                Breakpoint { x: d("1"), y: d("100") },
                Breakpoint { x: d("1.5"), y: d("80") },
                Breakpoint { x: d("2.5"), y: d("0") },
            ],
        };
        assert_eq!(eval(&f, "0.9", "100"), d("100"));
        assert_eq!(eval(&f, "1.25", "100"), d("90"));
        assert_eq!(eval(&f, "1.544529", "100"), d("76.43768"));
        assert_eq!(eval(&f, "3", "100"), d("0"));
    }

    #[test]
    fn rank_percentile_is_symmetric() {
        let stat = cohort_stat(&[d("1"), d("2"), d("3")], true).unwrap_or_else(|| unreachable!());
        let top = standardise(RelativeMethod::Rank, Direction::Higher, d("3"), &stat);
        let bottom = standardise(RelativeMethod::Rank, Direction::Higher, d("1"), &stat);
        assert_eq!(top.map(Decimal::checked_neg), Some(bottom));
        assert_eq!(stat.mean, d("2"));
        assert_eq!(stat.sd, d("0.816496"));
    }
}
