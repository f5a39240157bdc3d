//! Inverting scoring functions: the raw value nearest to the current one at which an
//! indicator's function reaches (or falls to) a given score.
//!
//! Piecewise-linear functions are solved exactly on each segment; step functions and
//! whole-unit thresholds jump at known points; z-score standardisation is linear. Every
//! candidate is checked with the engine's own [`evaluate`] and moved by single millionths
//! toward the current value while it still satisfies the condition, so the answer is exact at
//! the resolution of [`Decimal`].

use crate::base::decimal::Decimal;
use crate::model::scheme::{CohortStat, Direction, RelativeMethod, ScoringFunction};
use crate::rules::scoring::{evaluate, RelativeStats};

/// Which side of a score the raw value must reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// `f(x) ≥ s`.
    AtLeast(Decimal),
    /// `f(x) ≤ s`.
    AtMost(Decimal),
}

impl Goal {
    fn met(self, score: Decimal) -> bool {
        match self {
            Goal::AtLeast(s) => score >= s,
            Goal::AtMost(s) => score <= s,
        }
    }
}

/// Constraints on the raw value.
#[derive(Clone, Copy, Debug)]
pub struct Domain {
    /// Whole numbers only (counts).
    pub integer: bool,
    /// Lowest allowed value.
    pub min: Decimal,
    /// Highest allowed value.
    pub max: Decimal,
}

const MICRO: Decimal = Decimal::from_micros(1);
const MAX_CANDIDATES: usize = 4096;

/// The raw value nearest to `x` (ties: the smaller) at which `function` meets `goal`, or
/// `None` when no value in the domain does (or the function is not invertible here).
pub fn nearest(
    function: &ScoringFunction,
    max: Decimal,
    stat: Option<&CohortStat>,
    x: Decimal,
    goal: Goal,
    domain: Domain,
) -> Option<Decimal> {
    let f =
        |v: Decimal| evaluate(function, v, max, stat.map(|stat| RelativeStats { stat })).ok().map(|r| r.0);
    let target = match goal {
        Goal::AtLeast(s) | Goal::AtMost(s) => s,
    };
    let mut candidates = candidates(function, max, stat, target)?;
    candidates.push(domain.min);
    candidates.push(domain.max);
    let mut widened = Vec::with_capacity(candidates.len() * 5);
    for c in candidates {
        for d in -2_i64..=2 {
            if let Some(v) = c.checked_add(Decimal::from_micros(d)) {
                widened.push(v);
            }
        }
    }
    if domain.integer {
        widened = widened
            .into_iter()
            .flat_map(|v| {
                let up = v.ceil();
                let down = Decimal::from_micros(v.micros() - v.micros().rem_euclid(1_000_000));
                [down, up]
            })
            .collect();
    }
    let mut best: Option<Decimal> = None;
    for c in widened {
        if c < domain.min || c > domain.max {
            continue;
        }
        if !f(c).is_some_and(|s| goal.met(s)) {
            continue;
        }
        let dist = |v: Decimal| v.checked_sub(x).map(Decimal::abs);
        best = match best {
            None => Some(c),
            Some(b) => match (dist(c), dist(b)) {
                (Some(dc), Some(db)) if dc < db || (dc == db && c < b) => Some(c),
                _ => Some(b),
            },
        };
    }
    // refine toward x while the goal still holds
    let mut b = best?;
    let step = if domain.integer { Decimal::ONE } else { MICRO };
    for _ in 0..8 {
        let next = if b < x {
            b.checked_add(step)?
        } else if b > x {
            b.checked_sub(step)?
        } else {
            break;
        };
        if f(next).is_some_and(|s| goal.met(s)) && next >= domain.min && next <= domain.max {
            b = next;
        } else {
            break;
        }
    }
    Some(b)
}

/// Points where `function` crosses `target` or jumps.
fn candidates(
    function: &ScoringFunction,
    max: Decimal,
    stat: Option<&CohortStat>,
    target: Decimal,
) -> Option<Vec<Decimal>> {
    let linear = |points: &[(Decimal, Decimal)]| -> Vec<Decimal> {
        let mut out: Vec<Decimal> = points.iter().map(|p| p.0).collect();
        for pair in points.windows(2) {
            if let [(xa, ya), (xb, yb)] = pair {
                let lo = (*ya).min(*yb);
                let hi = (*ya).max(*yb);
                if ya != yb && target >= lo && target <= hi {
                    // x = xa + (target − ya)(xb − xa)/(yb − ya)
                    let solved = target
                        .checked_sub(*ya)
                        .and_then(|dy| dy.mul_div(xb.checked_sub(*xa)?, yb.checked_sub(*ya)?))
                        .and_then(|dx| xa.checked_add(dx));
                    if let Some(s) = solved {
                        out.push(s);
                    }
                }
            }
        }
        out
    };
    let z = Decimal::ZERO;
    Some(match function {
        ScoringFunction::HigherIsBetter { floor, target: t } => linear(&[(*floor, z), (*t, max)]),
        ScoringFunction::LowerIsBetter { target: t, floor } => linear(&[(*t, max), (*floor, z)]),
        ScoringFunction::TargetRange { zero_below, lower, upper, zero_above } => {
            linear(&[(*zero_below, z), (*lower, max), (*upper, max), (*zero_above, z)])
        }
        ScoringFunction::Threshold { direction, threshold, per_unit, unit, whole_units } => {
            if *whole_units {
                let mut out = Vec::new();
                let mut k = Decimal::ZERO;
                while out.len() < MAX_CANDIDATES {
                    let off = unit.checked_mul(k)?;
                    out.push(match direction {
                        Direction::Higher => threshold.checked_sub(off)?,
                        Direction::Lower => threshold.checked_add(off)?,
                    });
                    if per_unit.checked_mul(k)? >= max {
                        break;
                    }
                    k = k.checked_add(Decimal::ONE)?;
                }
                out
            } else {
                let span = max.mul_div(*unit, *per_unit)?;
                match direction {
                    Direction::Higher => linear(&[(threshold.checked_sub(span)?, z), (*threshold, max)]),
                    Direction::Lower => linear(&[(*threshold, max), (threshold.checked_add(span)?, z)]),
                }
            }
        }
        ScoringFunction::Piecewise { points } => {
            let pts: Vec<(Decimal, Decimal)> = points.iter().map(|p| (p.x, p.y)).collect();
            linear(&pts)
        }
        ScoringFunction::Steps { steps } => steps.iter().map(|s| s.from).collect(),
        ScoringFunction::Direct {} => linear(&[(z, z), (max, max)]),
        ScoringFunction::CohortRelative { method, direction, center, spread } => {
            let stat = stat?;
            match method {
                RelativeMethod::ZScore => {
                    if stat.sd.is_zero() || spread.is_zero() {
                        return None;
                    }
                    // score = center + spread·z, z = ±(x − mean)/sd
                    let zn = target.checked_sub(*center)?.checked_div(*spread)?;
                    let dx = zn.checked_mul(stat.sd)?;
                    vec![match direction {
                        Direction::Higher => stat.mean.checked_add(dx)?,
                        Direction::Lower => stat.mean.checked_sub(dx)?,
                    }]
                }
                RelativeMethod::Rank => {
                    if stat.values.len() > MAX_CANDIDATES {
                        return None;
                    }
                    stat.values.clone()
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scheme::Breakpoint;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap_or_default()
    }

    const ANY: Domain = Domain {
        integer: false,
        min: Decimal::from_micros(-1_000_000_000_000),
        max: Decimal::from_micros(1_000_000_000_000),
    };

    #[test]
    fn piecewise_inverse_is_exact() {
        let f = ScoringFunction::Piecewise {
            points: vec![
                Breakpoint { x: d("1"), y: d("100") },
                Breakpoint { x: d("1.5"), y: d("80") },
                Breakpoint { x: d("2.5"), y: d("0") },
            ],
        };
        // score 90 at x = 1.25; from 1.544529 (76.43768) the nearest x with f ≥ 90 is 1.25
        assert_eq!(nearest(&f, d("100"), None, d("1.544529"), Goal::AtLeast(d("90")), ANY), Some(d("1.25")));
        // f ≤ 40 first at x = 2.0
        assert_eq!(nearest(&f, d("100"), None, d("1.544529"), Goal::AtMost(d("40")), ANY), Some(d("2")));
    }

    #[test]
    fn whole_unit_threshold_jumps() {
        let f = ScoringFunction::Threshold {
            direction: Direction::Higher,
            threshold: d("90"),
            per_unit: d("1"),
            unit: d("1"),
            whole_units: true,
        };
        // at 85.5: shortfall 4.5 → 5 units → 25; to reach 27 need shortfall ≤ 3 → x ≥ 87
        assert_eq!(nearest(&f, d("30"), None, d("85.5"), Goal::AtLeast(d("27")), ANY), Some(d("87")));
    }
}
