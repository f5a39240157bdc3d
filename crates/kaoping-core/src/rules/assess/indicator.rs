//! One indicator: its raw value (an input, a ratio of inputs, or the committee's ratings), its
//! scoring function, its cap and floor, and its weighted contribution (one rounding).

use super::run::{overflow, Run};
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::InputKey;
use crate::base::message::{Named, WorkMsg};
use crate::model::assessment::{IndicatorScore, InputTrace, Limit, RelativeTrace, TermValue};
use crate::model::line_fact::{IndicatorFact, LineFact, Title};
use crate::model::scheme::{Indicator, InputSource, Term};
use crate::rules::scoring::{evaluate, limit, Contribution, EvalError, RelativeStats};

/// An indicator's raw value and where it came from.
struct RawValue {
    /// The raw value; `None` when there is none (too few ratings, or a zero denominator).
    raw: Option<Decimal>,
    /// The scheme's fixed score for a zero denominator, when that applied.
    fixed_score: Option<Decimal>,
    /// Where it came from.
    input: InputTrace,
}

impl Run<'_> {
    /// Scores one indicator and explains it.
    pub(super) fn indicator(
        &mut self,
        ind: &Indicator,
        dim_weight: Decimal,
        rule: Option<Contribution>,
        path: &Path,
    ) -> Result<IndicatorScore, Problems> {
        let max = ind.max_score;
        let RawValue { raw, fixed_score, input } = self.raw_value(ind, path)?;
        let (function_score, relative) = match (raw, fixed_score) {
            (_, Some(score)) => (score, None),
            (None, None) => (Decimal::ZERO, None),
            (Some(x), None) => self.function_score(ind, x, path)?,
        };
        let (score, limited) = limit(function_score, ind.cap, ind.floor, max);
        // weighted contribution, one rounding
        let contribution = rule.and_then(|c| c.apply(score)).ok_or_else(|| overflow(path))?;
        let weight = ind.weight.checked_mul(dim_weight).ok_or_else(|| overflow(path))?;
        if self.options.trace {
            let limit = limited.map(|l| match l {
                Limit::Cap => (l, ind.cap.unwrap_or(max)),
                Limit::Floor => (l, ind.floor.unwrap_or(Decimal::ZERO)),
            });
            let fact = IndicatorFact {
                id: ind.id.as_str(),
                title: Title::new(&ind.title, ind.title_en.as_deref()),
                input: &input,
                input_title: match &input {
                    crate::model::assessment::InputTrace::Value { key } => self
                        .scheme
                        .inputs
                        .iter()
                        .find(|d| &d.key == key)
                        .map(|d| Title::new(&d.title, d.title_en.as_deref())),
                    _ => None,
                },
                missing: raw.is_none() && fixed_score.is_none(),
                raw,
                score,
                max,
                limit,
                weight,
                contribution,
            };
            self.line(path, LineFact::Indicator(fact));
        }
        Ok(IndicatorScore {
            id: ind.id.clone(),
            title: ind.title.clone(),
            raw,
            input,
            function_score,
            score,
            max_score: max,
            limited,
            weight,
            contribution,
            relative,
        })
    }

    /// Step 1: the raw value, from the dossier's inputs or the committee's ratings.
    fn raw_value(&mut self, ind: &Indicator, path: &Path) -> Result<RawValue, Problems> {
        match &ind.input {
            InputSource::Value { key } => Ok(RawValue {
                raw: Some(self.input_value(key)),
                fixed_score: None,
                input: InputTrace::Value { key: key.clone() },
            }),
            InputSource::Ratio { numerator, denominator, multiplier, if_zero } => {
                let ipath = path.key("input");
                let (num_terms, num) = self.terms(numerator, &ipath)?;
                let (den_terms, den) = self.terms(denominator, &ipath)?;
                let zero = den.is_zero();
                let (raw, fixed_score) = match (zero, if_zero) {
                    (false, _) => {
                        (Some(num.mul_div(*multiplier, den).ok_or_else(|| overflow(&ipath))?), None)
                    }
                    (true, Some(score)) => (None, Some(*score)),
                    (true, None) => {
                        let key = denominator.first().map(|t| t.key.as_str()).unwrap_or_default();
                        return Err(Problems::one(
                            Code::ZeroDenominator,
                            Path::root().key("inputs").key(key),
                            WorkMsg::ZeroDenominator {
                                indicator: Named::titled(&ind.title, ind.id.as_str()),
                            },
                        ));
                    }
                };
                let input = InputTrace::Ratio {
                    numerator: num_terms,
                    denominator: den_terms,
                    numerator_sum: num,
                    denominator_sum: den,
                    multiplier: *multiplier,
                    zero_denominator: zero,
                };
                Ok(RawValue { raw, fixed_score, input })
            }
            InputSource::Rated {} => Ok(self.rated_value(ind)),
        }
    }

    /// The committee's aggregated rating of an indicator; flags a disagreement or an
    /// incomplete result.
    fn rated_value(&mut self, ind: &Indicator) -> RawValue {
        let rated = self.context.rated.and_then(|r| r.get(&ind.id));
        let Some(r) = rated else {
            self.flags.incomplete = true;
            let input =
                InputTrace::Rated { aggregation: None, ratings: vec![], missing: vec![], fallback: false };
            return RawValue { raw: None, fixed_score: None, input };
        };
        if r.disagreement {
            self.flags.disagreement = true;
        }
        if r.value.is_none() || !r.missing.is_empty() {
            self.flags.incomplete = true;
        }
        let input = InputTrace::Rated {
            aggregation: r.aggregation,
            ratings: r.ratings.clone(),
            missing: r.missing.clone(),
            fallback: r.fallback,
        };
        RawValue { raw: r.value, fixed_score: None, input }
    }

    /// Step 2: the scoring function applied to a raw value, with the cohort statistics it was
    /// measured against when it is cohort-relative.
    fn function_score(
        &self,
        ind: &Indicator,
        x: Decimal,
        path: &Path,
    ) -> Result<(Decimal, Option<RelativeTrace>), Problems> {
        let cohort = self.context.cohort;
        let stat = match cohort {
            Some(c) => c.get(&ind.id),
            None => self.scheme.published_stats.get(&ind.id),
        };
        let published = self.context.cohort_published || cohort.is_none();
        match evaluate(&ind.scoring, x, ind.max_score, stat.map(|stat| RelativeStats { stat })) {
            Ok((score, z)) => {
                let relative = z.zip(stat).map(|(z, stat)| RelativeTrace {
                    mean: stat.mean,
                    sd: stat.sd,
                    z: z.z,
                    count: stat.count,
                    published,
                });
                Ok((score, relative))
            }
            Err(EvalError::Overflow) => Err(overflow(&path.key("scoring"))),
            Err(EvalError::NoStats) => Err(Problems::one(
                Code::MissingData,
                path.key("scoring"),
                WorkMsg::NoStats { indicator: Named::titled(&ind.title, ind.id.as_str()) },
            )),
        }
    }

    /// An input's value (its presence was checked by dossier validation).
    fn input_value(&self, key: &InputKey) -> Decimal {
        self.dossier.inputs.get(key).copied().unwrap_or(Decimal::ZERO)
    }

    /// The terms of a ratio's numerator or denominator, and their sum.
    fn terms(&self, terms: &[Term], path: &Path) -> Result<(Vec<TermValue>, Decimal), Problems> {
        let mut sum = Decimal::ZERO;
        let mut values = Vec::with_capacity(terms.len());
        for t in terms {
            let value = self.input_value(&t.key);
            sum = sum
                .checked_add(t.coef.checked_mul(value).ok_or_else(|| overflow(path))?)
                .ok_or_else(|| overflow(path))?;
            if self.options.trace {
                values.push(TermValue { key: t.key.clone(), coef: t.coef, value });
            }
        }
        Ok((values, sum))
    }
}
