//! The engine: a validated scheme, compiled once, that assesses dossiers.

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::fingerprint::{fingerprint, Fingerprinter, ENGINE_VERSION};
use crate::base::ids::{IndicatorId, OccurrenceId};
use crate::base::sorted::SortedMap;
use crate::explain::wording::{describe_input, join, pick, signed};
use crate::model::assessment::{
    Assessment, Clamp, DimensionScore, Flags, GradeRef, IndicatorScore, InputTrace, ItemScore, Limit,
    ListScore, OccurrenceUse, RatingUse, RelativeTrace, TermValue, VetoHit, Waiver,
};
use crate::model::dossier::{Dossier, SchemeRef};
use crate::model::explanation::{ExplainLine, Lang, LineKind};
use crate::model::scheme::{
    Aggregation, CohortStat, Indicator, InputSource, ItemList, ListItem, Scheme, Term, VetoEffect,
};
use crate::rules::scoring::{evaluate, Contribution, EvalError, RelativeStats};
use crate::rules::validate::validate_scheme;
use std::borrow::Cow;

/// Options of one assessment.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssessOptions {
    /// Include the point-by-point explanation lines. Default true.
    #[serde(default = "yes")]
    pub trace: bool,
    /// Compute the fingerprint. Default true.
    #[serde(default = "yes")]
    pub fingerprint: bool,
    /// Language of explanation texts. Default Chinese.
    #[serde(default)]
    pub lang: Lang,
}

fn yes() -> bool {
    true
}

impl Default for AssessOptions {
    fn default() -> Self {
        AssessOptions { trace: true, fingerprint: true, lang: Lang::Zh }
    }
}

/// A rated indicator's aggregated value, prepared by the committee module.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct RatedInput {
    /// The aggregated value; `None` when there are too few ratings (the result is incomplete).
    pub value: Option<Decimal>,
    /// Aggregation used.
    pub aggregation: Option<Aggregation>,
    /// The ratings.
    pub ratings: Vec<RatingUse>,
    /// Spread beyond the scheme's threshold.
    pub disagreement: bool,
    /// Raters expected to rate who have not (no signed sheet): the result is incomplete.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<crate::base::ids::RaterId>,
    /// Whether the scheme's fallback aggregation was used (too few ratings for the declared one).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fallback: bool,
}

/// Everything besides the dossier that an assessment may depend on. All of it is part of the
/// fingerprint.
#[derive(Clone, Copy, Debug, Default)]
pub struct AssessContext<'a> {
    /// Tolerance decisions' effects on deduction and veto occurrences.
    pub waivers: &'a [Waiver],
    /// Aggregated committee ratings by indicator.
    pub rated: Option<&'a SortedMap<IndicatorId, RatedInput>>,
    /// Cohort statistics by indicator, for cohort-relative indicators.
    pub cohort: Option<&'a SortedMap<IndicatorId, CohortStat>>,
    /// Whether `cohort` holds published statistics (preview) rather than the live cohort.
    pub cohort_published: bool,
}

#[derive(kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
struct ContextForFingerprint<'a> {
    waivers: &'a [Waiver],
    #[serde(skip_serializing_if = "Option::is_none")]
    rated: Option<&'a SortedMap<IndicatorId, RatedInput>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cohort: Option<&'a SortedMap<IndicatorId, CohortStat>>,
}

/// A validated scheme with what the general assessment path computes once (fingerprint, paths,
/// dossier rules, contribution rules). Construct once, assess many dossiers.
/// [`Engine`](crate::Engine) adds the compiled fast plan.
#[derive(Clone, Debug)]
pub struct Assessor {
    scheme: Scheme,
    warnings: Problems,
    scheme_fingerprint: String,
    paths: Paths,
    dossier_rules: crate::rules::validate::DossierRules,
    /// Each indicator's contribution rule (by dimension, then indicator), compiled once.
    contributions: Vec<Vec<Option<Contribution>>>,
}

/// Paths into the scheme, computed once: explanation lines and problems cite them, and
/// formatting them for every officer of a large cohort would cost more than the scoring.
#[derive(Clone, Debug, Default)]
struct Paths {
    dimensions: Vec<Path>,
    indicators: Vec<Vec<Path>>,
    bonuses: Vec<Path>,
    deductions: Vec<Path>,
}

impl Paths {
    fn of(scheme: &Scheme) -> Paths {
        let dims = Path::root().key("dimensions");
        let items =
            |list: &str, n: usize| (0..n).map(|i| Path::root().key(list).key("items").index(i)).collect();
        Paths {
            dimensions: (0..scheme.dimensions.len()).map(|i| dims.index(i)).collect(),
            indicators: scheme
                .dimensions
                .iter()
                .enumerate()
                .map(|(di, d)| {
                    (0..d.indicators.len()).map(|ii| dims.index(di).key("indicators").index(ii)).collect()
                })
                .collect(),
            bonuses: items("bonuses", scheme.bonuses.items.len()),
            deductions: items("deductions", scheme.deductions.items.len()),
        }
    }
}

impl Assessor {
    /// Validates and compiles a scheme; all problems at once when it is invalid.
    pub fn new(scheme: Scheme) -> Result<Assessor, Problems> {
        let warnings = validate_scheme(&scheme).into_result()?;
        let scheme_fingerprint = fingerprint("scheme", &scheme);
        let paths = Paths::of(&scheme);
        let dossier_rules = crate::rules::validate::DossierRules::of(&scheme);
        let contributions = scheme
            .dimensions
            .iter()
            .map(|d| {
                d.indicators
                    .iter()
                    .map(|i| {
                        let (full, dp, r) = (scheme.full_score, scheme.precision, scheme.rounding);
                        Contribution::of(i.weight, d.weight, full, i.max_score, dp, r)
                    })
                    .collect()
            })
            .collect();
        Ok(Assessor { scheme, warnings, scheme_fingerprint, paths, dossier_rules, contributions })
    }

    /// What dossier validation needs from the scheme.
    pub(crate) fn dossier_rules(&self) -> &crate::rules::validate::DossierRules {
        &self.dossier_rules
    }

    /// Parses, validates and compiles a scheme from JSON.
    pub fn from_json(text: &str) -> Result<Assessor, Problems> {
        Assessor::new(Scheme::from_json(text)?)
    }

    /// The scheme.
    pub fn scheme(&self) -> &Scheme {
        &self.scheme
    }

    /// Warnings found when the scheme was validated.
    pub fn warnings(&self) -> &Problems {
        &self.warnings
    }

    /// Fingerprint of the scheme (canonical form and engine version).
    pub fn scheme_fingerprint(&self) -> &str {
        &self.scheme_fingerprint
    }

    /// The scheme's id and version.
    pub fn scheme_ref(&self) -> SchemeRef {
        SchemeRef { id: self.scheme.id.clone(), version: self.scheme.version.clone() }
    }

    /// Assesses one dossier with no committee, cohort or tolerance context.
    pub fn assess(&self, dossier: &Dossier, options: &AssessOptions) -> Result<Assessment, Problems> {
        self.assess_with(dossier, &AssessContext::default(), options)
    }

    /// Assesses one dossier in a context (tolerance waivers, committee ratings, cohort
    /// statistics). Bad input gives every problem at once and no result.
    pub fn assess_with(
        &self,
        dossier: &Dossier,
        context: &AssessContext<'_>,
        options: &AssessOptions,
    ) -> Result<Assessment, Problems> {
        let mut problems = crate::rules::validate::check_dossier(&self.scheme, &self.dossier_rules, dossier);
        let occurrence_ids: crate::base::sorted::Seen<&str> = if context.waivers.is_empty() {
            crate::base::sorted::Seen::new()
        } else {
            dossier.occurrences.iter().map(|o| o.id.as_str()).collect()
        };
        for (i, w) in context.waivers.iter().enumerate() {
            let p = Path::root().key("waivers").index(i);
            if !occurrence_ids.contains(w.occurrence.as_str()) {
                problems.push(
                    Code::UnknownRef,
                    p.key("occurrence"),
                    format!("waiver names occurrence `{}` that the dossier does not have", w.occurrence),
                );
            }
            if w.kept < Decimal::ZERO || w.kept > Decimal::ONE {
                problems.push(Code::NumberRange, p.key("kept"), "kept must be a share in [0, 1]");
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        // one explanation line per indicator and item, plus a few: reserved once
        let lines = if options.trace { Vec::with_capacity(32) } else { Vec::new() };
        let mut run = Run { engine: self, dossier, context, options, lines, flags: Flags::default() };
        run.assess()
    }

    /// Finds the grade band a total falls in.
    pub fn grade_for(&self, total: Decimal) -> Option<&crate::model::scheme::Grade> {
        grade_position(&self.scheme.grades, total).and_then(|i| self.scheme.grades.get(i))
    }
}

struct Run<'a> {
    engine: &'a Assessor,
    dossier: &'a Dossier,
    context: &'a AssessContext<'a>,
    options: &'a AssessOptions,
    lines: Vec<ExplainLine>,
    flags: Flags,
}

fn overflow(path: &Path) -> Problems {
    Problems::one(
        Code::Overflow,
        path,
        "the computation left the range of exact arithmetic (values too large)",
    )
}

/// `Σ factors (each in millionths) ÷ (den × 10^(6·(n−1)))` rounded to `dp` decimals.
/// Powers of ten that fit an `i128` (10^0 … 10^38), so that contributions need no `pow` loop
/// (128-bit multiplication is a library call in WebAssembly). Built at compile time: an index out
/// of range would fail the build, never a run.
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
const POW10: [i128; 39] = {
    let mut table = [1_i128; 39];
    let mut i = 1;
    while i < 39 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// `10^n`, `None` beyond `i128`.
#[cfg(test)]
fn pow10(n: u32) -> Option<i128> {
    POW10.get(usize::try_from(n).ok()?).copied()
}

/// The contribution rule written out plainly (the reference [`Contribution`] is tested against).
#[cfg(test)]
pub(crate) fn round_product(
    factors: &[Decimal],
    den: Decimal,
    dp: u32,
    rounding: crate::base::decimal::Rounding,
) -> Option<Decimal> {
    let mut num: i128 = 1;
    for f in factors {
        num = num.checked_mul(i128::from(f.micros()))?;
    }
    // num / (den_micros × 10^(6·(n−1))) = value; want value in units of 10^-dp.
    let extra = u32::try_from(factors.len()).ok()?.checked_sub(1)?.checked_mul(6)?;
    let mut denom = i128::from(den.micros()).checked_mul(pow10(extra)?)?;
    // Scale so that the quotient is in units of 10^-dp: multiply num by 10^dp … but keep exact:
    let scale = pow10(dp)?;
    num = num.checked_mul(scale)?;
    if denom == 0 {
        return None;
    }
    if denom < 0 {
        denom = denom.checked_neg()?;
        num = num.checked_neg()?;
    }
    let q = num.div_euclid(denom);
    let r = num.rem_euclid(denom);
    let twice = r.checked_mul(2)?;
    let q = match twice.cmp(&denom) {
        std::cmp::Ordering::Greater => q.checked_add(1)?,
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Equal => match rounding {
            // exact tie: away from zero
            crate::base::decimal::Rounding::HalfUp => {
                if q >= 0 {
                    q.checked_add(1)?
                } else {
                    q
                }
            }
            crate::base::decimal::Rounding::HalfEven => {
                if q.rem_euclid(2) == 1 {
                    q.checked_add(1)?
                } else {
                    q
                }
            }
        },
    };
    // back to millionths
    let micros = q.checked_mul(10_i128.checked_pow(6_u32.checked_sub(dp)?)?)?;
    i64::try_from(micros).ok().map(Decimal::from_micros)
}

impl<'a> Run<'a> {
    fn scheme(&self) -> &'a Scheme {
        &self.engine.scheme
    }

    fn round(&self, d: Decimal) -> Decimal {
        d.round_dp(self.scheme().precision, self.scheme().rounding)
    }

    fn line(&mut self, kind: LineKind, rule: &Path, points: Decimal, zh: String, en: String) {
        if self.options.trace {
            let text = match self.options.lang {
                Lang::Zh => zh,
                Lang::En => en,
            };
            self.lines.push(ExplainLine::new(kind, rule.as_str(), points, text));
        }
    }

    fn assess(&mut self) -> Result<Assessment, Problems> {
        let scheme = self.scheme();
        let dp = scheme.precision;
        let mut dimensions = Vec::with_capacity(scheme.dimensions.len());
        let mut weighted = Decimal::ZERO;
        for (di, dim) in scheme.dimensions.iter().enumerate() {
            let paths = &self.engine.paths;
            let dpath = paths
                .dimensions
                .get(di)
                .map_or_else(|| Cow::Owned(Path::root().key("dimensions").index(di)), Cow::Borrowed);
            let mut indicators = Vec::with_capacity(dim.indicators.len());
            let mut dim_score = Decimal::ZERO;
            for (ii, ind) in dim.indicators.iter().enumerate() {
                let path = paths
                    .indicators
                    .get(di)
                    .and_then(|v| v.get(ii))
                    .map_or_else(|| Cow::Owned(dpath.key("indicators").index(ii)), Cow::Borrowed);
                let rule = self.engine.contributions.get(di).and_then(|d| d.get(ii)).copied().flatten();
                let scored = self.indicator(ind, dim.weight, rule, &path)?;
                dim_score = dim_score.checked_add(scored.contribution).ok_or_else(|| overflow(&path))?;
                indicators.push(scored);
            }
            weighted = weighted.checked_add(dim_score).ok_or_else(|| overflow(&dpath))?;
            let max = self.round(dim.weight.checked_mul(scheme.full_score).ok_or_else(|| overflow(&dpath))?);
            dimensions.push(DimensionScore {
                id: dim.id.clone(),
                title: dim.title.clone(),
                weight: dim.weight,
                score: dim_score,
                max,
                indicators,
            });
        }

        let bonuses = self.list(&scheme.bonuses, true)?;
        let deductions = self.list(&scheme.deductions, false)?;
        let vetoes = self.vetoes();

        let unclamped = weighted
            .checked_add(bonuses.total)
            .and_then(|t| t.checked_sub(deductions.total))
            .ok_or_else(|| overflow(&Path::root()))?;
        let total = unclamped.clamp_to(scheme.bounds.min, scheme.bounds.max);
        let clamp = (total != unclamped)
            .then(|| Clamp { unclamped, adjustment: total.checked_sub(unclamped).unwrap_or(Decimal::ZERO) });
        if let Some(c) = clamp {
            if self.options.trace {
                self.line(
                    LineKind::Clamp,
                    &Path::root().key("bounds"),
                    c.adjustment,
                    format!(
                        "合计 {} 超出分值范围 [{}, {}]，调整 {}",
                        unclamped.format_dp(dp),
                        scheme.bounds.min,
                        scheme.bounds.max,
                        signed(c.adjustment, dp)
                    ),
                    format!(
                        "total {} is outside the bounds [{}, {}]: adjusted by {}",
                        unclamped.format_dp(dp),
                        scheme.bounds.min,
                        scheme.bounds.max,
                        signed(c.adjustment, dp)
                    ),
                );
            }
        }

        let score_grade_def = self.engine.grade_for(total).ok_or_else(|| {
            Problems::one(Code::GradeGap, "grades", format!("no grade covers the total {total}"))
        })?;
        let score_grade = GradeRef { id: score_grade_def.id.clone(), title: score_grade_def.title.clone() };
        let grade = self.apply_vetoes(&vetoes, &score_grade);
        match &grade {
            Some(g) => {
                if self.options.trace {
                    self.line(
                        LineKind::Grade,
                        &Path::root().key("grades"),
                        Decimal::ZERO,
                        format!("等次：{}", g.title),
                        format!("grade: {}", self.grade_en(&g.id)),
                    )
                }
            }
            None => {
                if self.options.trace {
                    self.line(
                        LineKind::Grade,
                        &Path::root().key("grades"),
                        Decimal::ZERO,
                        "不定等次（仅写评语）".to_owned(),
                        "no grade is given (comments only)".to_owned(),
                    )
                }
            }
        }
        if self.options.trace {
            self.line(
                LineKind::Total,
                &Path::root(),
                total,
                format!("总分 {}", total.format_dp(dp)),
                format!("total {}", total.format_dp(dp)),
            );
        }

        let fingerprint = self.options.fingerprint.then(|| {
            let mut f = Fingerprinter::new("assessment");
            f.add("scheme", self.engine.scheme_fingerprint());
            f.add("dossier", self.dossier);
            f.add(
                "context",
                &ContextForFingerprint {
                    waivers: self.context.waivers,
                    rated: self.context.rated,
                    cohort: self.context.cohort,
                },
            );
            f.finish()
        });

        Ok(Assessment {
            engine: ENGINE_VERSION.to_owned(),
            scheme: self.engine.scheme_ref(),
            officer: self.dossier.officer.clone(),
            total,
            grade,
            score_grade,
            weighted,
            dimensions,
            bonuses,
            deductions,
            vetoes,
            clamp,
            flags: self.flags,
            explanation: std::mem::take(&mut self.lines),
            fingerprint,
        })
    }

    fn grade_en(&self, id: &crate::base::ids::GradeId) -> String {
        self.scheme()
            .grade(id)
            .map(|g| g.title_en.clone().unwrap_or_else(|| g.title.clone()))
            .unwrap_or_default()
    }

    fn input_value(&self, key: &crate::base::ids::InputKey) -> Decimal {
        // Presence was checked by dossier validation.
        self.dossier.inputs.get(key).copied().unwrap_or(Decimal::ZERO)
    }

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

    fn indicator(
        &mut self,
        ind: &Indicator,
        dim_weight: Decimal,
        rule: Option<Contribution>,
        path: &Path,
    ) -> Result<IndicatorScore, Problems> {
        let scheme = self.scheme();
        let dp = scheme.precision;
        let max = ind.max_score;
        // 1. raw value
        let mut fixed_score = None;
        let (raw, input) = match &ind.input {
            InputSource::Value { key } => {
                (Some(self.input_value(key)), InputTrace::Value { key: key.clone() })
            }
            InputSource::Ratio { numerator, denominator, multiplier, if_zero } => {
                let ipath = path.key("input");
                let (num_terms, num) = self.terms(numerator, &ipath)?;
                let (den_terms, den) = self.terms(denominator, &ipath)?;
                let zero = den.is_zero();
                let raw = if zero {
                    match if_zero {
                        Some(score) => {
                            fixed_score = Some(*score);
                            None
                        }
                        None => {
                            let key = denominator.first().map(|t| t.key.as_str()).unwrap_or_default();
                            return Err(Problems::one(
                                Code::ZeroDenominator,
                                Path::root().key("inputs").key(key),
                                format!(
                                    "the denominator of `{}` is 0 and the scheme gives no `ifZero` score",
                                    ind.id
                                ),
                            ));
                        }
                    }
                } else {
                    Some(num.mul_div(*multiplier, den).ok_or_else(|| overflow(&ipath))?)
                };
                let trace = InputTrace::Ratio {
                    numerator: num_terms,
                    denominator: den_terms,
                    numerator_sum: num,
                    denominator_sum: den,
                    multiplier: *multiplier,
                    zero_denominator: zero,
                };
                (raw, trace)
            }
            InputSource::Rated {} => {
                let rated = self.context.rated.and_then(|r| r.get(&ind.id));
                match rated {
                    Some(r) => {
                        if r.disagreement {
                            self.flags.disagreement = true;
                        }
                        if r.value.is_none() || !r.missing.is_empty() {
                            self.flags.incomplete = true;
                        }
                        (
                            r.value,
                            InputTrace::Rated {
                                aggregation: r.aggregation,
                                ratings: r.ratings.clone(),
                                missing: r.missing.clone(),
                                fallback: r.fallback,
                            },
                        )
                    }
                    None => {
                        self.flags.incomplete = true;
                        (
                            None,
                            InputTrace::Rated {
                                aggregation: None,
                                ratings: vec![],
                                missing: vec![],
                                fallback: false,
                            },
                        )
                    }
                }
            }
        };
        // 2. function
        let mut relative = None;
        let function_score = match (raw, fixed_score) {
            (_, Some(score)) => score,
            (None, None) => Decimal::ZERO,
            (Some(x), None) => {
                let stat = self.context.cohort.and_then(|c| c.get(&ind.id)).or_else(|| {
                    if self.context.cohort.is_none() {
                        scheme.published_stats.get(&ind.id)
                    } else {
                        None
                    }
                });
                let published = self.context.cohort_published || self.context.cohort.is_none();
                match evaluate(&ind.scoring, x, max, stat.map(|stat| RelativeStats { stat })) {
                    Ok((score, z)) => {
                        if let (Some(z), Some(stat)) = (z, stat) {
                            relative = Some(RelativeTrace {
                                mean: stat.mean,
                                sd: stat.sd,
                                z: z.z,
                                count: stat.count,
                                published,
                            });
                        }
                        score
                    }
                    Err(EvalError::Overflow) => return Err(overflow(&path.key("scoring"))),
                    Err(EvalError::NoStats) => {
                        return Err(Problems::one(
                            Code::MissingData,
                            path.key("scoring"),
                            format!("indicator `{}` is scored against the cohort: pass cohort statistics or publish them with the scheme", ind.id),
                        ))
                    }
                }
            }
        };
        // 3. cap and floor
        let floor = ind.floor.unwrap_or(Decimal::ZERO);
        let cap = ind.cap.unwrap_or(max);
        let (score, limited) = crate::rules::scoring::limit(function_score, ind.cap, ind.floor, max);
        // 4. weighted contribution, one rounding
        let contribution = rule.and_then(|c| c.apply(score)).ok_or_else(|| overflow(path))?;
        let weight = ind.weight.checked_mul(dim_weight).ok_or_else(|| overflow(path))?;
        if self.options.trace {
            let raw_text = RawText(raw);
            let missing = raw.is_none() && fixed_score.is_none();
            // only the language asked for is formatted
            let lang = self.options.lang;
            let t = |zh, en| pick(lang, zh, en);
            let limit = match limited {
                Some(Limit::Cap) => format!("{}{cap}", t("，封顶 ", ", capped at ")),
                Some(Limit::Floor) => format!("{}{floor}", t("，保底 ", ", floored at ")),
                None => String::new(),
            };
            let title = match lang {
                Lang::Zh => ind.title.as_str(),
                Lang::En => ind.title_en.as_deref().unwrap_or(&ind.title),
            };
            // zh "{id} {title}：{input}原始值 {raw}，得分 {score}/{max}{limit}，权重 {weight}，计入 {±c}"
            // en "{id} {title}: {input}raw {raw}, score {score}/{max}{limit}, weight {weight}, adds {±c}"
            // written piece by piece: this line is the bulk of every explanation
            let mut text = String::with_capacity(256);
            text.push_str(ind.id.as_str());
            text.push(' ');
            text.push_str(title);
            text.push_str(t("：", ": "));
            text.push_str(&describe_input(lang, &input, missing));
            text.push_str(t("原始值 ", "raw "));
            raw_text.push_to(&mut text);
            text.push_str(t("，得分 ", ", score "));
            score.push_to(&mut text);
            text.push('/');
            max.push_to(&mut text);
            text.push_str(&limit);
            text.push_str(t("，权重 ", ", weight "));
            weight.push_to(&mut text);
            text.push_str(t("，计入 ", ", adds "));
            contribution.push_dp_to(dp, true, &mut text);
            let (zh, en) = match lang {
                Lang::Zh => (text, String::new()),
                Lang::En => (String::new(), text),
            };
            self.line(LineKind::Indicator, path, contribution, zh, en);
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

    fn waiver_for(&self, id: &OccurrenceId) -> Option<&Waiver> {
        self.context.waivers.iter().find(|w| &w.occurrence == id)
    }

    fn list(&mut self, list: &ItemList, bonus: bool) -> Result<ListScore, Problems> {
        let dp = self.scheme().precision;
        let list_name = if bonus { "bonuses" } else { "deductions" };
        let lpath = Path::root().key(list_name);
        let mut items = Vec::new();
        let mut subtotal = Decimal::ZERO;
        for (i, item) in list.items.iter().enumerate() {
            let from_review = match (item.from_case_review, &self.dossier.case_review) {
                (Some(grade), Some(cr)) => cr.count(grade) > 0,
                _ => false,
            };
            if !from_review && !self.dossier.occurrences.iter().any(|o| o.item == item.id) {
                continue; // nothing occurred: no path, no line, no allocation
            }
            let known = if bonus { &self.engine.paths.bonuses } else { &self.engine.paths.deductions };
            let path = known.get(i).map_or_else(|| Cow::Owned(lpath.key("items").index(i)), Cow::Borrowed);
            if let Some(scored) = self.item(item, bonus, &path)? {
                subtotal = subtotal.checked_add(scored.total).ok_or_else(|| overflow(&path))?;
                items.push(scored);
            }
        }
        let total = crate::rules::scoring::capped(subtotal, list.cap);
        if let Some(cap) = list.cap.filter(|_| total != subtotal) {
            {
                let cut = subtotal.checked_sub(cap).unwrap_or(Decimal::ZERO);
                let effect = if bonus { cut.checked_neg().unwrap_or(Decimal::ZERO) } else { cut };
                let (kind, zh, en) = if bonus {
                    (LineKind::BonusCap, "加分合计", "bonus subtotal")
                } else {
                    (LineKind::DeductionCap, "扣分合计", "deduction subtotal")
                };
                if self.options.trace {
                    self.line(
                        kind,
                        &lpath.key("cap"),
                        effect,
                        format!(
                            "{zh} {} 超过上限 {cap}，按 {cap} 计（{}）",
                            subtotal.format_dp(dp),
                            signed(effect, dp)
                        ),
                        format!(
                            "{en} {} exceeds the cap {cap}: counted as {cap} ({})",
                            subtotal.format_dp(dp),
                            signed(effect, dp)
                        ),
                    );
                }
            }
        }
        Ok(ListScore { items, subtotal, cap: list.cap, total })
    }

    fn item(&mut self, item: &ListItem, bonus: bool, path: &Path) -> Result<Option<ItemScore>, Problems> {
        let scheme = self.scheme();
        let dp = scheme.precision;
        let rounding = scheme.rounding;
        let mut occurrences = Vec::new();
        let mut raw = Decimal::ZERO;
        for occ in self.dossier.occurrences.iter().filter(|o| o.item == item.id) {
            let base = item
                .points
                .checked_mul(Decimal::from_count(u64::from(occ.count)).ok_or_else(|| overflow(path))?)
                .ok_or_else(|| overflow(path))?;
            let waiver = if bonus { None } else { self.waiver_for(&occ.id).cloned() };
            let points = match &waiver {
                Some(w) => base.checked_mul(w.kept).ok_or_else(|| overflow(path))?.round_dp(dp, rounding),
                None => crate::rules::scoring::occurrence_points(item.points, occ.count, dp, rounding)
                    .ok_or_else(|| overflow(path))?,
            };
            if let Some(w) = &waiver {
                self.flags.tolerance = true;
                let removed = base.round_dp(dp, rounding).checked_sub(points).unwrap_or(Decimal::ZERO);
                if self.options.trace {
                    self.line(
                        LineKind::Waiver,
                        path,
                        Decimal::ZERO,
                        format!(
                            "{} 扣分（{}）依容错决定 {}「{}」：保留 {}，免除 {}",
                            item.id,
                            occ.id,
                            w.decision,
                            w.outcome,
                            points.format_dp(dp),
                            removed.format_dp(dp)
                        ),
                        format!(
                            "{} deduction ({}) changed by tolerance decision {} ({}): kept {}, waived {}",
                            item.id,
                            occ.id,
                            w.decision,
                            w.outcome,
                            points.format_dp(dp),
                            removed.format_dp(dp)
                        ),
                    );
                }
            }
            raw = raw.checked_add(points).ok_or_else(|| overflow(path))?;
            occurrences.push(OccurrenceUse {
                id: occ.id.clone(),
                count: occ.count,
                reference: occ.reference.clone(),
                points,
                waiver,
            });
        }
        if let (Some(grade), Some(cr)) = (item.from_case_review, &self.dossier.case_review) {
            let count = cr.count(grade);
            if count > 0 {
                let points = crate::rules::scoring::occurrence_points(item.points, count, dp, rounding)
                    .ok_or_else(|| overflow(path))?;
                raw = raw.checked_add(points).ok_or_else(|| overflow(path))?;
                occurrences.push(OccurrenceUse {
                    id: OccurrenceId(format!("caseReview.{}", case_review_key(grade))),
                    count,
                    reference: None,
                    points,
                    waiver: None,
                });
            }
        }
        if occurrences.is_empty() {
            return Ok(None);
        }
        let total = crate::rules::scoring::capped(raw, item.cap);
        // Every occurrence waived in full (免责): the waiver lines are all the explanation shows,
        // as if the deduction never existed.
        let all_waived = occurrences.iter().all(|o| o.waiver.as_ref().is_some_and(|w| w.kept.is_zero()));
        if self.options.trace && !all_waived {
            let count: u32 = occurrences.iter().map(|o| o.count).fold(0, u32::saturating_add);
            let effect = if bonus { total } else { total.checked_neg().unwrap_or(Decimal::ZERO) };
            let refs: Vec<&str> = occurrences.iter().map(|o| o.id.as_str()).collect();
            let kind = if bonus { LineKind::Bonus } else { LineKind::Deduction };
            // only the language asked for is formatted, one phrase at a time:
            // zh "{list} {id} {title}：{count} 次 × {points} 分 = {raw}{，单项上限 cap，按 total 计}（{refs}），计入 {±e}"
            // en "{list} {id} {title}: {count} × {points} points = {raw}{, item cap cap: counted as total} ({refs}), adds {±e}"
            let lang = self.options.lang;
            let t = |zh, en| pick(lang, zh, en);
            let title = match lang {
                Lang::Zh => item.title.as_str(),
                Lang::En => item.title_en.as_deref().unwrap_or(&item.title),
            };
            let list_name = if bonus { t("加分", "bonus") } else { t("扣分", "deduction") };
            let mut text = String::with_capacity(256);
            for part in [list_name, " ", item.id.as_str(), " ", title, t("：", ": ")] {
                text.push_str(part);
            }
            let _ = std::fmt::Write::write_fmt(&mut text, format_args!("{count}"));
            text.push_str(t(" 次 × ", " × "));
            item.points.push_to(&mut text);
            text.push_str(t(" 分 = ", " points = "));
            raw.push_dp_to(dp, false, &mut text);
            if total < raw {
                text.push_str(t("，单项上限 ", ", item cap "));
                item.cap.unwrap_or(total).push_to(&mut text);
                text.push_str(t("，按 ", ": counted as "));
                text.push_str(&total.format_dp(dp));
                text.push_str(t(" 计", ""));
            }
            text.push_str(t("（", " ("));
            text.push_str(&join(&refs, t("、", ", ")));
            text.push_str(t("），计入 ", "), adds "));
            effect.push_dp_to(dp, true, &mut text);
            let (zh, en) = match lang {
                Lang::Zh => (text, String::new()),
                Lang::En => (String::new(), text),
            };
            self.line(kind, path, effect, zh, en);
        }
        Ok(Some(ItemScore {
            id: item.id.clone(),
            title: item.title.clone(),
            points: item.points,
            occurrences,
            raw,
            cap: item.cap,
            total,
        }))
    }

    fn vetoes(&mut self) -> Vec<VetoHit> {
        let mut hits = Vec::new();
        let scheme = &self.engine.scheme;
        for (i, veto) in scheme.vetoes.iter().enumerate() {
            let occs: Vec<&crate::model::dossier::Occurrence> =
                self.dossier.occurrences.iter().filter(|o| o.item == veto.id).collect();
            if occs.is_empty() {
                continue;
            }
            let waivers: Vec<Waiver> = occs.iter().filter_map(|o| self.waiver_for(&o.id).cloned()).collect();
            let waived = occs.iter().all(|o| self.waiver_for(&o.id).is_some_and(|w| w.kept.is_zero()));
            let path = Path::root().key("vetoes").index(i);
            let ids: Vec<OccurrenceId> = occs.iter().map(|o| o.id.clone()).collect();
            let id_text: Vec<&str> = ids.iter().map(OccurrenceId::as_str).collect();
            if !waivers.is_empty() {
                self.flags.tolerance = true;
            }
            if waived {
                let decisions: Vec<&str> = waivers.iter().map(|w| w.decision.as_str()).collect();
                if self.options.trace {
                    self.line(
                        LineKind::Waiver,
                        &path,
                        Decimal::ZERO,
                        format!(
                            "否决项 {} {}（{}）依容错决定 {} 免责，不影响等次",
                            veto.id,
                            veto.title,
                            join(&id_text, "、"),
                            join(&decisions, "、")
                        ),
                        format!(
                            "veto {} {} ({}) waived by tolerance decision {}: no effect on the grade",
                            veto.id,
                            veto.title_en.as_deref().unwrap_or(&veto.title),
                            join(&id_text, ", "),
                            join(&decisions, ", ")
                        ),
                    );
                }
            } else {
                self.flags.veto = true;
                let (zh, en) = self.effect_text(&veto.effect);
                if self.options.trace {
                    self.line(
                        LineKind::Veto,
                        &path,
                        Decimal::ZERO,
                        format!("一票否决 {} {}（{}）：{zh}", veto.id, veto.title, join(&id_text, "、")),
                        format!(
                            "veto {} {} ({}): {en}",
                            veto.id,
                            veto.title_en.as_deref().unwrap_or(&veto.title),
                            join(&id_text, ", ")
                        ),
                    );
                }
            }
            hits.push(VetoHit {
                id: veto.id.clone(),
                title: veto.title.clone(),
                effect: veto.effect.clone(),
                occurrences: ids,
                waived,
                waivers,
            });
        }
        hits
    }

    fn effect_text(&self, effect: &VetoEffect) -> (String, String) {
        let title = |g: &crate::base::ids::GradeId| {
            self.scheme()
                .grade(g)
                .map(|g| (g.title.clone(), g.title_en.clone().unwrap_or_else(|| g.title.clone())))
                .unwrap_or_default()
        };
        match effect {
            VetoEffect::BlockGrade { grade } => {
                let (zh, en) = title(grade);
                (format!("不得评为{zh}及以上"), format!("cannot be graded {en} or better"))
            }
            VetoEffect::ForceGrade { grade } => {
                let (zh, en) = title(grade);
                (format!("直接评为{zh}"), format!("graded {en} regardless of score"))
            }
            VetoEffect::WithholdGrade {} => {
                ("不定等次".to_owned(), pick(Lang::En, "", "no grade is given").to_owned())
            }
        }
    }

    /// The grade after vetoes: withholding wins; otherwise the worst forced grade (or the score
    /// grade when none is forced), moved below every blocked grade. A block is never undone by
    /// another veto forcing a grade it blocks.
    fn apply_vetoes(&self, hits: &[VetoHit], score_grade: &GradeRef) -> Option<GradeRef> {
        self.engine.grade_after_vetoes(hits, score_grade)
    }
}

impl Assessor {
    /// The grade after vetoes for a score grade: a withholding veto gives none, then the worst
    /// forced grade wins, then blocked grades push the grade below the blocked one.
    pub fn grade_after_vetoes(&self, hits: &[VetoHit], score_grade: &GradeRef) -> Option<GradeRef> {
        let grades = &self.scheme.grades;
        let score_pos = self.scheme.grade_rank(&score_grade.id).unwrap_or(0);
        let active = hits.iter().filter(|h| !h.waived).map(|h| &h.effect);
        let g = grades.get(grade_position_after_vetoes(grades, active, score_pos)?)?;
        Some(GradeRef { id: g.id.clone(), title: g.title.clone() })
    }
}

/// Position (0 = best) of the grade band a total falls in: `[min, max)`, the best band also
/// including its `max`.
pub(crate) fn grade_position(grades: &[crate::model::scheme::Grade], total: Decimal) -> Option<usize> {
    grades
        .iter()
        .enumerate()
        .position(|(i, g)| total >= g.min && (total < g.max || (i == 0 && total <= g.max)))
}

/// The grade position after the active (not waived) veto effects, for a score grade position: a
/// withholding veto gives none, then the worst forced grade wins, then blocked grades push the
/// grade below the blocked one (never past the last grade).
pub(crate) fn grade_position_after_vetoes<'e>(
    grades: &[crate::model::scheme::Grade],
    active: impl Iterator<Item = &'e VetoEffect> + Clone,
    score_pos: usize,
) -> Option<usize> {
    if active.clone().any(|e| matches!(e, VetoEffect::WithholdGrade {})) {
        return None;
    }
    let rank = |id: &crate::base::ids::GradeId| grades.iter().position(|g| &g.id == id).unwrap_or(0);
    let forced = active
        .clone()
        .filter_map(|e| match e {
            VetoEffect::ForceGrade { grade } => Some(rank(grade)),
            _ => None,
        })
        .max();
    let mut position = forced.unwrap_or(score_pos);
    for e in active {
        if let VetoEffect::BlockGrade { grade } = e {
            position = position.max(rank(grade).saturating_add(1));
        }
    }
    if position < grades.len() {
        Some(position)
    } else {
        grades.len().checked_sub(1)
    }
}

/// A raw value as the explanation shows it: the number, or `—` when there is none.
struct RawText(Option<Decimal>);

impl RawText {
    fn push_to(&self, out: &mut String) {
        match self.0 {
            Some(d) => d.push_to(out),
            None => out.push('—'),
        }
    }
}

fn case_review_key(grade: crate::model::scheme::CaseReviewGrade) -> &'static str {
    use crate::model::scheme::CaseReviewGrade as G;
    match grade {
        G::Excellent => "excellent",
        G::Pass => "pass",
        G::Flawed => "flawed",
        G::Error => "error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::decimal::Rounding;

    #[test]
    fn pow10_table_is_checked_pow() {
        for n in 0..45_u32 {
            assert_eq!(pow10(n), 10_i128.checked_pow(n), "10^{n}");
        }
    }

    #[test]
    fn round_product_is_single_rounding() {
        let d = |s: &str| Decimal::parse(s).unwrap_or_default();
        // 87.5 × 0.3 × 0.45 × 100 / 100 = 11.8125 → 11.81 half-up at 2 dp
        assert_eq!(
            round_product(&[d("87.5"), d("0.3"), d("0.45"), d("100")], d("100"), 2, Rounding::HalfUp),
            Some(d("11.81"))
        );
        // 29 × 1 × 0.3 × 100 / 30 = 29 exactly
        assert_eq!(
            round_product(&[d("29"), d("1"), d("0.3"), d("100")], d("30"), 2, Rounding::HalfUp),
            Some(d("29"))
        );
        // 2.345 → HalfEven 2.34, HalfUp 2.35
        assert_eq!(round_product(&[d("2.345")], d("1"), 2, Rounding::HalfEven), Some(d("2.34")));
        assert_eq!(round_product(&[d("2.345")], d("1"), 2, Rounding::HalfUp), Some(d("2.35")));
        assert_eq!(round_product(&[d("-2.345")], d("1"), 2, Rounding::HalfUp), Some(d("-2.35")));
    }

    #[test]
    fn compiled_contribution_is_round_product() {
        let d = |s: &str| Decimal::parse(s).unwrap_or_default();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        };
        for (s, r) in [
            ("2.345", Rounding::HalfEven),
            ("2.345", Rounding::HalfUp),
            ("-2.345", Rounding::HalfUp),
            ("-2.355", Rounding::HalfEven),
            ("0.005", Rounding::HalfUp),
            ("-0.005", Rounding::HalfEven),
        ] {
            let one = Decimal::ONE;
            let want = round_product(&[d(s), one, one, one], one, 2, r);
            assert_eq!(Contribution::of(one, one, one, one, 2, r).and_then(|c| c.apply(d(s))), want, "{s}");
        }
        for case in 0..50_000 {
            let w = Decimal::from_micros(1 + next(1_000_000) as i64);
            let dw = Decimal::from_micros(1 + next(1_000_000) as i64);
            let full =
                Decimal::from_micros([100_000_000, 1_000_000_000, 1 + next(10_000_000_000)][case % 3] as i64);
            let max =
                Decimal::from_micros([100_000_000, 30_000_000, 1 + next(10_000_000_000)][case % 3] as i64);
            let score = Decimal::from_micros(next(max.micros() as u64 + 1) as i64 * [1, -1][case % 2]);
            let dp = (next(5)) as u32;
            let rounding = [Rounding::HalfUp, Rounding::HalfEven][(case / 2) % 2];
            let want = round_product(&[score, w, dw, full], max, dp, rounding);
            let got = Contribution::of(w, dw, full, max, dp, rounding).and_then(|c| c.apply(score));
            assert_eq!(got, want, "{score} × {w} × {dw} × {full} / {max} at {dp} {rounding:?}");
        }
    }
}
