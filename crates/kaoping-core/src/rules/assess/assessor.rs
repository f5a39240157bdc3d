//! [`Assessor`]: a validated scheme and what the general assessment path computes once.

use super::grades::{grade_after_vetoes, grade_position};
use super::paths::Paths;
use super::run::Run;
use super::{AssessContext, AssessOptions};
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::fingerprint::fingerprint;
use crate::base::message::WorkMsg;
use crate::base::sorted::Seen;
use crate::model::assessment::{Assessment, DerivedInput, Flags, GradeRef, VetoHit};
use crate::model::dossier::{Dossier, SchemeRef};
use crate::model::explanation::{ExplainLine, Lang};
use crate::model::line_fact::{LineFact, Title};
use crate::model::scheme::{Grade, Scheme};
use crate::rules::records::RecordPlan;
use crate::rules::scoring::Contribution;
use crate::rules::validate::{check_dossier, check_dossier_given, validate_scheme, DossierRules};

/// A validated scheme with what the general assessment path computes once (fingerprint, paths,
/// dossier rules, contribution rules). Construct once, assess many dossiers.
/// [`Engine`](crate::Engine) adds the compiled fast plan.
#[derive(Clone, Debug)]
pub struct Assessor {
    scheme: Scheme,
    warnings: Problems,
    scheme_fingerprint: String,
    paths: Paths,
    dossier_rules: DossierRules,
    /// Each indicator's contribution rule (by dimension, then indicator), compiled once.
    contributions: Vec<Vec<Option<Contribution>>>,
    /// The scheme's derivations over case records, resolved once.
    records: RecordPlan,
}

impl Assessor {
    /// Validates and compiles a scheme; all problems at once when it is invalid.
    pub fn new(scheme: Scheme) -> Result<Assessor, Problems> {
        let warnings = validate_scheme(&scheme).into_result()?;
        let scheme_fingerprint = fingerprint("scheme", &scheme);
        let paths = Paths::of(&scheme);
        let dossier_rules = DossierRules::of(&scheme);
        let contributions = scheme
            .dimensions
            .iter()
            .map(|d| {
                d.indicators
                    .iter()
                    .map(|i| {
                        let (full, dp, r) = (scheme.full_score, scheme.line_precision(), scheme.rounding);
                        Contribution::of(i.weight, d.weight, full, i.max_score, dp, r)
                    })
                    .collect()
            })
            .collect();
        let records = RecordPlan::of(&scheme);
        Ok(Assessor { scheme, warnings, scheme_fingerprint, paths, dossier_rules, contributions, records })
    }

    /// The scheme's derivations over case records, resolved once (the drill-down reads them).
    pub(crate) fn record_plan(&self) -> &RecordPlan {
        &self.records
    }

    /// What dossier validation needs from the scheme.
    pub(crate) fn dossier_rules(&self) -> &DossierRules {
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
        self.assess_in(dossier, context, options, false)
    }

    /// [`Assessor::assess_with`] of a dossier the caller has just checked against this scheme
    /// (`checked`: its dossier checks are not run again; the waivers are still checked).
    pub(crate) fn assess_in(
        &self,
        dossier: &Dossier,
        context: &AssessContext<'_>,
        options: &AssessOptions,
        checked: bool,
    ) -> Result<Assessment, Problems> {
        let given = dossier;
        let effective = crate::rules::records::effective(&self.records, &self.scheme, dossier);
        let dossier: &Dossier = &effective.dossier;
        // a dossier whose records were read is checked again, its derived inputs and fired
        // occurrences filled in (its records themselves only when not checked yet)
        let mut problems = match (&effective.dossier, checked) {
            (std::borrow::Cow::Owned(d), _) => {
                check_dossier_given(&self.scheme, &self.dossier_rules, d, &given.records, !checked)
            }
            (std::borrow::Cow::Borrowed(d), false) => check_dossier(&self.scheme, &self.dossier_rules, d),
            (std::borrow::Cow::Borrowed(_), true) => Problems::new(),
        };
        problems.extend(effective.problems);
        check_waivers(dossier, context, &mut problems);
        if problems.has_errors() {
            return Err(problems);
        }
        // one explanation line per indicator and item, plus a few: reserved once
        let mut lines = if options.trace { Vec::with_capacity(32) } else { Vec::new() };
        if options.trace {
            self.derived_lines(&effective.derived, options.lang, &mut lines);
        }
        let mut run = Run {
            scheme: &self.scheme,
            paths: &self.paths,
            contributions: &self.contributions,
            scheme_fingerprint: &self.scheme_fingerprint,
            dossier,
            given,
            context,
            options,
            lines,
            flags: Flags::default(),
        };
        let mut assessment = run.assess()?;
        assessment.derived = effective.derived;
        Ok(assessment)
    }

    /// One explanation line per input derived from records, naming the first few records.
    fn derived_lines(&self, derived: &[DerivedInput], lang: Lang, lines: &mut Vec<ExplainLine>) {
        for d in derived {
            let Some((i, def)) = self.scheme.inputs.iter().enumerate().find(|(_, x)| x.key == d.key) else {
                continue;
            };
            let fact = LineFact::Derived {
                title: Title::new(&def.title, def.title_en.as_deref()),
                key: def.key.as_str(),
                value: d.value,
                count: d.records.len(),
                first: d.records.get(..3).unwrap_or(&d.records),
            };
            let rule = Path::root().key("inputs").index(i).key("derive").to_string();
            let text = crate::explain::lines::render(&fact, lang, self.scheme.precision);
            lines.push(ExplainLine::new(fact.kind(), rule, fact.points(), text));
        }
    }

    /// Finds the grade band a total falls in.
    pub fn grade_for(&self, total: Decimal) -> Option<&Grade> {
        grade_position(&self.scheme.grades, total).and_then(|i| self.scheme.grades.get(i))
    }

    /// The grade after vetoes for a score grade: a withholding veto gives none, then the worst
    /// forced grade wins, then blocked grades push the grade below the blocked one.
    pub fn grade_after_vetoes(&self, hits: &[VetoHit], score_grade: &GradeRef) -> Option<GradeRef> {
        grade_after_vetoes(&self.scheme, hits, score_grade)
    }
}

/// Each waiver must name an occurrence of the dossier and keep a share in [0, 1].
fn check_waivers(dossier: &Dossier, context: &AssessContext<'_>, problems: &mut Problems) {
    let occurrence_ids: Seen<&str> = if context.waivers.is_empty() {
        Seen::new()
    } else {
        dossier.occurrences.iter().map(|o| o.id.as_str()).collect()
    };
    for (i, w) in context.waivers.iter().enumerate() {
        let p = Path::root().key("waivers").index(i);
        if !occurrence_ids.contains(w.occurrence.as_str()) {
            problems.push(
                Code::UnknownRef,
                p.key("occurrence"),
                WorkMsg::WaiverOccurrence { id: w.occurrence.to_string() },
            );
        }
        if w.kept < Decimal::ZERO || w.kept > Decimal::ONE {
            problems.push(Code::NumberRange, p.key("kept"), WorkMsg::WaiverKept);
        }
    }
}
