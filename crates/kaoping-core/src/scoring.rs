//! Indicator scoring functions: raw value → score in `[0, maxScore]`.
//!
//! Every function is exact decimal arithmetic with one rounding (half away from zero, to six
//! decimals) per division. Functions never see NaN: inputs are [`Decimal`]s.

use crate::decimal::Decimal;
use crate::scheme::{Breakpoint, CohortStat, Direction, RelativeMethod, ScoringFunction, Step};

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

fn piecewise(points: &[Breakpoint], x: Decimal) -> Option<Decimal> {
    let first = points.first()?;
    if x <= first.x {
        return Some(first.y);
    }
    for pair in points.windows(2) {
        if let [a, b] = pair {
            if x <= b.x {
                let dy = b.y.checked_sub(a.y)?;
                let step = dy.mul_div(x.checked_sub(a.x)?, b.x.checked_sub(a.x)?)?;
                return a.y.checked_add(step);
            }
        }
    }
    points.last().map(|p| p.y)
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
    crate::sort::sort(&mut sorted);
    Some(CohortStat { count, mean, sd, values: sorted })
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
