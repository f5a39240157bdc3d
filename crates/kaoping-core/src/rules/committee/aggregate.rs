//! Aggregation of several raters' ratings of one indicator: mean, median or trimmed mean.

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problems};
use crate::base::ids::RaterId;
use crate::base::message::{Cell, CommitteeMsg};
use crate::model::assessment::RatingUse;
use crate::model::scheme::{Aggregation, CommitteeRules};

/// The aggregate of one officer's ratings on one indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aggregated {
    /// The aggregated value; `None` when there are fewer than `minRaters` ratings.
    pub value: Option<Decimal>,
    /// The aggregation actually used (the fallback when it was needed).
    pub aggregation: Aggregation,
    /// Whether the fallback was used.
    pub fallback: bool,
    /// Every rating, ordered by rater id, with whether it was dropped.
    pub ratings: Vec<RatingUse>,
    /// Highest minus lowest rating (0 for fewer than two).
    pub spread: Decimal,
    /// Whether the spread exceeds the scheme's `disagreementSpread`.
    pub disagreement: bool,
}

/// How many ratings an aggregation needs.
pub fn needs(aggregation: Aggregation) -> usize {
    match aggregation {
        Aggregation::Mean | Aggregation::Median => 1,
        Aggregation::TrimmedMean => 3,
    }
}

/// Aggregates ratings with the committee rules. Ratings are taken in rater-id order, so the
/// result does not depend on the order they are given in.
///
/// * fewer than `minRaters` ratings → no value (the result is incomplete);
/// * fewer than the aggregation needs (a trimmed mean needs 3) → the declared `fallback`, or
///   `E_TOO_FEW_RATINGS` when there is none: never a silent average over fewer raters;
/// * a trimmed mean drops one lowest and one highest rating; among equal values the lowest
///   rater id is dropped as lowest and the highest rater id as highest.
pub fn aggregate(
    rules: &CommitteeRules,
    ratings: &[(RaterId, Decimal)],
    context: &Cell,
) -> Result<Aggregated, Problems> {
    let mut sorted: Vec<&(RaterId, Decimal)> = ratings.iter().collect();
    crate::base::sort::sort_by(&mut sorted, |a, b| a.0.cmp(&b.0));
    let n = sorted.len();
    let min = sorted.iter().map(|r| r.1).min().unwrap_or(Decimal::ZERO);
    let max = sorted.iter().map(|r| r.1).max().unwrap_or(Decimal::ZERO);
    let spread = max.checked_sub(min).unwrap_or(Decimal::ZERO);
    let disagreement = rules.disagreement_spread.is_some_and(|limit| n >= 2 && spread > limit);
    let mut uses: Vec<RatingUse> = sorted
        .iter()
        .map(|(rater, value)| RatingUse { rater: rater.clone(), value: *value, dropped: false })
        .collect();
    let too_few_for_complete = n < usize::try_from(rules.min_raters).unwrap_or(usize::MAX) || n == 0;
    let (aggregation, fallback) = if n >= needs(rules.aggregation) || too_few_for_complete {
        (rules.aggregation, false)
    } else {
        match rules.fallback {
            Some(f) if n >= needs(f) => (f, true),
            _ => {
                return Err(Problems::one(
                    Code::TooFewRatings,
                    "committee.aggregation",
                    CommitteeMsg::TooFew {
                        cell: context.clone(),
                        n,
                        aggregation: name(rules.aggregation).to_owned(),
                        needs: needs(rules.aggregation),
                    },
                ))
            }
        }
    };
    if too_few_for_complete {
        return Ok(Aggregated { value: None, aggregation, fallback, ratings: uses, spread, disagreement });
    }
    let overflow =
        || Problems::one(Code::Overflow, "committee", CommitteeMsg::TooLarge { cell: context.clone() });
    let value = match aggregation {
        Aggregation::Mean => mean(uses.iter().map(|u| u.value)).ok_or_else(overflow)?,
        Aggregation::Median => {
            let mut values: Vec<Decimal> = uses.iter().map(|u| u.value).collect();
            crate::base::sort::sort(&mut values);
            let mid = n / 2;
            if n % 2 == 1 {
                values.get(mid).copied().ok_or_else(overflow)?
            } else {
                let a = values.get(mid.wrapping_sub(1)).copied().ok_or_else(overflow)?;
                let b = values.get(mid).copied().ok_or_else(overflow)?;
                mean([a, b].into_iter()).ok_or_else(overflow)?
            }
        }
        Aggregation::TrimmedMean => {
            // order by (value, rater id); `uses` is in rater-id order already
            let order = crate::base::sort::sort_indices(n, &mut |a, b| {
                let va = uses.get(a).map(|u| u.value);
                let vb = uses.get(b).map(|u| u.value);
                va.cmp(&vb)
            });
            if let (Some(&lo), Some(&hi)) = (order.first(), order.last()) {
                if let Some(u) = uses.get_mut(lo) {
                    u.dropped = true;
                }
                if let Some(u) = uses.get_mut(hi) {
                    u.dropped = true;
                }
            }
            mean(uses.iter().filter(|u| !u.dropped).map(|u| u.value)).ok_or_else(overflow)?
        }
    };
    Ok(Aggregated { value: Some(value), aggregation, fallback, ratings: uses, spread, disagreement })
}

/// Mean rounded half away from zero to six decimals.
fn mean(values: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    let mut sum = Decimal::ZERO;
    let mut n: u64 = 0;
    for v in values {
        sum = sum.checked_add(v)?;
        n = n.checked_add(1)?;
    }
    if n == 0 {
        return None;
    }
    sum.checked_div(Decimal::from_count(n)?)
}

fn name(a: Aggregation) -> &'static str {
    match a {
        Aggregation::Mean => "mean",
        Aggregation::Median => "median",
        Aggregation::TrimmedMean => "trimmedMean",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap_or_default()
    }

    fn rules(a: Aggregation, fallback: Option<Aggregation>) -> CommitteeRules {
        CommitteeRules { aggregation: a, fallback, disagreement_spread: Some(d("15")), min_raters: 1 }
    }

    fn r(list: &[(&str, &str)]) -> Vec<(RaterId, Decimal)> {
        list.iter().map(|(id, v)| (RaterId::from(*id), d(v))).collect()
    }

    #[test]
    fn trimmed_mean_drops_one_high_one_low() {
        let a = aggregate(
            &rules(Aggregation::TrimmedMean, None),
            &r(&[("R3", "70"), ("R1", "90"), ("R2", "88"), ("R4", "90")]),
            &Cell::default(),
        )
        .unwrap();
        // drop 70 (R3) and the highest 90 with the highest id (R4): (90 + 88) / 2 = 89
        assert_eq!(a.value, Some(d("89")));
        let dropped: Vec<&str> = a.ratings.iter().filter(|u| u.dropped).map(|u| u.rater.as_str()).collect();
        assert_eq!(dropped, vec!["R3", "R4"]);
        assert!(a.disagreement); // spread 20 > 15
    }

    #[test]
    fn trimmed_mean_needs_three() {
        let two = r(&[("R1", "80"), ("R2", "90")]);
        let err = aggregate(&rules(Aggregation::TrimmedMean, None), &two, &Cell::default()).unwrap_err();
        assert_eq!(err.0[0].code, Code::TooFewRatings);
        let ok =
            aggregate(&rules(Aggregation::TrimmedMean, Some(Aggregation::Median)), &two, &Cell::default())
                .unwrap();
        assert_eq!((ok.value, ok.fallback, ok.aggregation), (Some(d("85")), true, Aggregation::Median));
    }

    #[test]
    fn order_does_not_matter() {
        let a = r(&[("R1", "81"), ("R2", "77"), ("R3", "93")]);
        let mut b = a.clone();
        b.reverse();
        let rl = rules(Aggregation::Median, None);
        assert_eq!(
            aggregate(&rl, &a, &Cell::default()).unwrap(),
            aggregate(&rl, &b, &Cell::default()).unwrap()
        );
    }
}
