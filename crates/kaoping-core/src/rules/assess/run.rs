//! One assessment run: the dimensions, the lists and vetoes, the total within its bounds, the
//! grade, the explanation lines and the fingerprint.

use super::grades::{grade_after_vetoes, grade_position};
use super::paths::Paths;
use super::{AssessContext, AssessOptions, ContextForFingerprint};
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::fingerprint::{Fingerprinter, ENGINE_VERSION};
use crate::base::message::WorkMsg;
use crate::explain::lines::{render, shown_dp};
use crate::model::assessment::{Assessment, Clamp, DimensionScore, Flags, GradeRef};
use crate::model::dossier::{Dossier, SchemeRef};
use crate::model::explanation::ExplainLine;
use crate::model::line_fact::{LineFact, Title};
use crate::model::scheme::{RoundingStage, Scheme};
use crate::rules::scoring::Contribution;

/// One assessment in progress: what it reads and the lines and flags it has gathered.
pub(super) struct Run<'a> {
    pub(super) scheme: &'a Scheme,
    pub(super) paths: &'a Paths,
    /// Each indicator's contribution rule (by dimension, then indicator).
    pub(super) contributions: &'a [Vec<Option<Contribution>>],
    pub(super) scheme_fingerprint: &'a str,
    /// The dossier as scored: its derived inputs and fired occurrences filled in.
    pub(super) dossier: &'a Dossier,
    /// The dossier as given (with its records): what the fingerprint covers.
    pub(super) given: &'a Dossier,
    pub(super) context: &'a AssessContext<'a>,
    pub(super) options: &'a AssessOptions,
    pub(super) lines: Vec<ExplainLine>,
    pub(super) flags: Flags,
}

/// The problem of a computation that left exact arithmetic.
pub(super) fn overflow(path: &Path) -> Problems {
    Problems::one(Code::Overflow, path, WorkMsg::Overflow)
}

impl<'a> Run<'a> {
    /// A value rounded to the scheme's precision.
    pub(super) fn round(&self, d: Decimal) -> Decimal {
        d.round_dp(self.scheme.precision, self.scheme.rounding)
    }

    /// Adds the line of a fact, worded in the language asked for (nothing without a trace).
    pub(super) fn line(&mut self, rule: &Path, fact: LineFact<'_>) {
        if self.options.trace {
            let dp = match self.scheme.rounding_stage {
                RoundingStage::Lines => self.scheme.precision,
                RoundingStage::Total => shown_dp(&fact, self.scheme.precision),
            };
            let text = render(&fact, self.options.lang, dp);
            self.lines.push(ExplainLine::new(fact.kind(), rule.as_str(), fact.points(), text));
        }
    }

    /// The whole assessment.
    pub(super) fn assess(&mut self) -> Result<Assessment, Problems> {
        let scheme = self.scheme;
        let (dimensions, weighted) = self.dimensions()?;
        let bonuses = self.list(&scheme.bonuses, true)?;
        let deductions = self.list(&scheme.deductions, false)?;
        let vetoes = self.vetoes();

        let unclamped = weighted
            .checked_add(bonuses.total)
            .and_then(|t| t.checked_sub(deductions.total))
            .ok_or_else(|| overflow(&Path::root()))?;
        let (bounded, clamp) = self.bounded(unclamped);
        let (total, unrounded) = self.rounded(bounded);

        let score_grade_def = grade_position(&scheme.grades, total)
            .and_then(|i| scheme.grades.get(i))
            .ok_or_else(|| Problems::one(Code::GradeGap, "grades", WorkMsg::NoGradeFor { total }))?;
        let score_grade = GradeRef { id: score_grade_def.id.clone(), title: score_grade_def.title.clone() };
        let grade = grade_after_vetoes(scheme, &vetoes, &score_grade);
        if self.options.trace {
            let title = grade.as_ref().map(|g| {
                scheme
                    .grade(&g.id)
                    .map_or(Title::new(&g.title, Some("")), |d| Title::new(&d.title, d.title_en.as_deref()))
            });
            self.line(&Path::root().key("grades"), LineFact::Grade(title));
            self.line(&Path::root(), LineFact::Total(total));
        }

        Ok(Assessment {
            engine: ENGINE_VERSION.to_owned(),
            scheme: SchemeRef { id: scheme.id.clone(), version: scheme.version.clone() },
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
            unrounded,
            flags: self.flags,
            derived: Vec::new(),
            explanation: std::mem::take(&mut self.lines),
            fingerprint: self.options.fingerprint.then(|| self.fingerprint()),
        })
    }

    /// Every dimension scored, and the weighted sum of their indicators' contributions.
    fn dimensions(&mut self) -> Result<(Vec<DimensionScore>, Decimal), Problems> {
        let scheme = self.scheme;
        let mut dimensions = Vec::with_capacity(scheme.dimensions.len());
        let mut weighted = Decimal::ZERO;
        for (di, dim) in scheme.dimensions.iter().enumerate() {
            let dpath = self.paths.dimension(di);
            let mut indicators = Vec::with_capacity(dim.indicators.len());
            let mut dim_score = Decimal::ZERO;
            for (ii, ind) in dim.indicators.iter().enumerate() {
                let path = self.paths.indicator(di, ii);
                let rule = self.contributions.get(di).and_then(|d| d.get(ii)).copied().flatten();
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
        Ok((dimensions, weighted))
    }

    /// The total within the scheme's bounds, and the cut when the bounds moved it.
    fn bounded(&mut self, unclamped: Decimal) -> (Decimal, Option<Clamp>) {
        let bounds = &self.scheme.bounds;
        let total = unclamped.clamp_to(bounds.min, bounds.max);
        let clamp = (total != unclamped)
            .then(|| Clamp { unclamped, adjustment: total.checked_sub(unclamped).unwrap_or(Decimal::ZERO) });
        if let Some(c) = clamp {
            let (min, max, adjustment) = (bounds.min, bounds.max, c.adjustment);
            self.line(&Path::root().key("bounds"), LineFact::Clamp { unclamped, min, max, adjustment });
        }
        (total, clamp)
    }

    /// The total rounded to the precision when the scheme rounds only the total, with the
    /// unrounded sum when the rounding moved it (each line rounded: the sum as it is).
    fn rounded(&mut self, sum: Decimal) -> (Decimal, Option<Decimal>) {
        let scheme = self.scheme;
        if scheme.rounding_stage == RoundingStage::Lines {
            return (sum, None);
        }
        let total = self.round(sum);
        if total == sum {
            return (total, None);
        }
        let adjustment = total.checked_sub(sum).unwrap_or(Decimal::ZERO);
        let fact = LineFact::Rounding { unrounded: sum, total, rounding: scheme.rounding, adjustment };
        self.line(&Path::root().key("roundingStage"), fact);
        (total, Some(sum))
    }

    /// The assessment's fingerprint: scheme, dossier and context.
    fn fingerprint(&self) -> String {
        let mut f = Fingerprinter::new("assessment");
        f.add("scheme", self.scheme_fingerprint);
        f.add("dossier", self.given);
        f.add(
            "context",
            &ContextForFingerprint {
                waivers: self.context.waivers,
                rated: self.context.rated,
                cohort: self.context.cohort,
            },
        );
        f.finish()
    }
}
