//! Samples of an indicator's scoring function for its plot. The scores come from the core's
//! [`kaoping_core::rules::scoring::evaluate`]; this module only chooses where to sample.

use kaoping_core::model::scheme::ScoringFunction;
use kaoping_core::rules::scoring::evaluate;
use kaoping_core::Decimal;

/// Number of intervals sampled across the plotted range.
pub const SAMPLES: u32 = 80;

/// A function's plot data.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    /// Smallest x plotted.
    pub lo: Decimal,
    /// Largest x plotted.
    pub hi: Decimal,
    /// The indicator's full score (top of the y axis).
    pub max: Decimal,
    /// `(x, score)` pairs, x increasing.
    pub points: Vec<(Decimal, Decimal)>,
}

fn d(n: i64) -> Decimal {
    Decimal::from_micros(n.saturating_mul(1_000_000))
}

/// Widens `[a, b]` by a quarter of its span on each side (at least 1).
fn widen(a: Decimal, b: Decimal) -> Option<(Decimal, Decimal)> {
    let span = b.checked_sub(a)?.max(Decimal::ONE);
    let m = span.mul_div(Decimal::ONE, d(4))?;
    Some((a.checked_sub(m)?, b.checked_add(m)?))
}

/// The range worth plotting for a function, or `None` when it depends on the cohort.
pub fn domain(f: &ScoringFunction, max: Decimal) -> Option<(Decimal, Decimal)> {
    match f {
        ScoringFunction::HigherIsBetter { floor, target } => widen(*floor, *target),
        ScoringFunction::LowerIsBetter { target, floor } => widen(*target, *floor),
        ScoringFunction::TargetRange { zero_below, zero_above, .. } => widen(*zero_below, *zero_above),
        ScoringFunction::Threshold { threshold, per_unit, unit, direction, .. } => {
            // the score reaches zero `max / perUnit × unit` away from the threshold
            let reach = if *per_unit > Decimal::ZERO { max.mul_div(*unit, *per_unit)? } else { d(10) };
            match direction {
                kaoping_core::model::scheme::Direction::Higher => {
                    widen(threshold.checked_sub(reach)?, *threshold)
                }
                kaoping_core::model::scheme::Direction::Lower => {
                    widen(*threshold, threshold.checked_add(reach)?)
                }
            }
        }
        ScoringFunction::Piecewise { points } => widen(points.first()?.x, points.last()?.x),
        ScoringFunction::Steps { steps } => widen(steps.first()?.from, steps.last()?.from),
        ScoringFunction::Direct {} => Some((Decimal::ZERO, max)),
        ScoringFunction::CohortRelative { .. } => None,
    }
}

/// Samples a function across its domain with the core's evaluator.
pub fn curve(f: &ScoringFunction, max: Decimal) -> Option<Curve> {
    let (lo, hi) = domain(f, max)?;
    let span = hi.checked_sub(lo)?;
    let n = d(i64::from(SAMPLES));
    let mut points = Vec::with_capacity(SAMPLES as usize + 1);
    for k in 0..=SAMPLES {
        let x = lo.checked_add(span.mul_div(d(i64::from(k)), n)?)?;
        let (y, _) = evaluate(f, x, max, None).ok()?;
        points.push((x, y));
    }
    Some(Curve { lo, hi, max, points })
}

#[cfg(test)]
mod tests {
    use super::*;
    use kaoping_core::model::scheme::Breakpoint;

    #[test]
    fn piecewise_curve_passes_through_its_breakpoints() {
        let f = ScoringFunction::Piecewise {
            points: vec![
                Breakpoint { x: d(1), y: d(100) },
                Breakpoint { x: Decimal::parse("2.5").unwrap(), y: d(0) },
            ],
        };
        let c = curve(&f, d(100)).unwrap();
        // domain 1..2.5 widened by max(1.5,1)/4 = 0.375 each side
        assert_eq!(c.lo, Decimal::parse("0.625").unwrap());
        assert_eq!(c.hi, Decimal::parse("2.875").unwrap());
        assert_eq!(c.points.len(), SAMPLES as usize + 1);
        assert_eq!(c.points[0].1, d(100)); // flat before the first breakpoint
        assert_eq!(c.points.last().unwrap().1, d(0));
    }

    #[test]
    fn cohort_relative_has_no_fixed_plot() {
        let f = ScoringFunction::CohortRelative {
            method: kaoping_core::model::scheme::RelativeMethod::ZScore,
            direction: kaoping_core::model::scheme::Direction::Higher,
            center: d(60),
            spread: d(15),
        };
        assert!(curve(&f, d(100)).is_none());
    }
}
