//! The shape of answers given to other languages (the npm package `kaoping`), written once as
//! plain serde types so the bindings only convert. Domain failures are data: an [`Answer`] says
//! `ok` and carries either the value or every problem found.

use crate::base::{
    error::{Problem, Problems},
    json::from_json_str,
};
use crate::fast::engine::Engine;
use crate::model::assessment::{Assessment, Score, Waiver};
use crate::model::dossier::Dossier;
use crate::model::explanation::Lang;
use crate::model::scheme::Scheme;
use crate::rules::assess::{AssessContext, AssessOptions};
use crate::rules::validate::validate_scheme;

/// The answer to "is this scheme valid?": every problem at once.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct ValidationReport {
    /// No errors (warnings may remain).
    pub ok: bool,
    /// Problems that make the scheme unusable.
    pub errors: Vec<Problem>,
    /// Problems that do not block use.
    pub warnings: Vec<Problem>,
}

impl From<Problems> for ValidationReport {
    fn from(problems: Problems) -> Self {
        let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
            problems.0.into_iter().partition(|p| p.severity == crate::Severity::Error);
        ValidationReport { ok: errors.is_empty(), errors, warnings }
    }
}

/// Parses a scheme from JSON text and validates it; a parse failure is reported like any
/// other problem.
pub fn validate_scheme_json(text: &str) -> ValidationReport {
    match from_json_str::<Scheme>(text) {
        Ok(scheme) => validate_scheme(&scheme).into(),
        Err(problems) => problems.into(),
    }
}

/// A computation's answer: `ok` with a `value`, or not `ok` with the problems that prevented it.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Answer<T> {
    /// Whether `value` is present.
    pub ok: bool,
    /// The result, when `ok`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<T>,
    /// Errors that prevented the result (empty when `ok`).
    pub errors: Vec<Problem>,
    /// Warnings.
    pub warnings: Vec<Problem>,
}

impl<T> From<Result<T, Problems>> for Answer<T> {
    fn from(result: Result<T, Problems>) -> Self {
        match result {
            Ok(value) => Answer { ok: true, value: Some(value), errors: Vec::new(), warnings: Vec::new() },
            Err(problems) => {
                let ValidationReport { errors, warnings, .. } = problems.into();
                Answer { ok: false, value: None, errors, warnings }
            }
        }
    }
}

/// Options of one assessment as the bindings take them: [`AssessOptions`] plus the tolerance
/// waivers that apply.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssessParams {
    /// Include the point-by-point explanation lines. Default true.
    #[serde(default = "yes")]
    pub trace: bool,
    /// Compute the fingerprint. Default true.
    #[serde(default = "yes")]
    pub fingerprint: bool,
    /// Language of explanation texts. Default Chinese.
    #[serde(default)]
    pub lang: Lang,
    /// Tolerance decisions' effects on deduction and veto occurrences.
    #[serde(default)]
    pub waivers: Vec<Waiver>,
}

fn yes() -> bool {
    true
}

impl Default for AssessParams {
    fn default() -> Self {
        let o = AssessOptions::default();
        AssessParams { trace: o.trace, fingerprint: o.fingerprint, lang: o.lang, waivers: Vec::new() }
    }
}

/// Assesses a dossier; on success the outcome's `warnings` are the dossier's warnings (e.g.
/// `W_SCHEME_MISMATCH`), on failure every problem found.
pub fn assess(engine: &Engine, dossier: &Dossier, request: &AssessParams) -> Answer<Assessment> {
    let options =
        AssessOptions { trace: request.trace, fingerprint: request.fingerprint, lang: request.lang };
    let context = AssessContext { waivers: &request.waivers, ..AssessContext::default() };
    match engine.assess_with(dossier, &context, &options) {
        Ok(assessment) => Answer {
            ok: true,
            value: Some(assessment),
            errors: Vec::new(),
            // the engine's dossier rules: not rebuilt from the scheme for every call; split like
            // every other answer's problems (the dossier was assessed: it has no errors)
            warnings: ValidationReport::from(crate::rules::validate::check_dossier(
                engine.scheme(),
                engine.dossier_rules(),
                dossier,
            ))
            .warnings,
        },
        Err(problems) => Err(problems).into(),
    }
}

/// [`assess`] without explanation or fingerprint, answering only the [`Score`] (the same
/// warnings and errors).
pub fn score(engine: &Engine, dossier: &Dossier) -> Answer<Score> {
    let request = AssessParams { trace: false, fingerprint: false, ..AssessParams::default() };
    let Answer { ok, value, errors, warnings } = assess(engine, dossier, &request);
    Answer { ok, value: value.as_ref().map(Assessment::score), errors, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Code;

    #[test]
    fn report_splits_errors_and_warnings() {
        let mut p = Problems::new();
        p.push(Code::WeightSum, "dimensions", "x");
        p.push(Code::Unsourced, "dimensions[0]", "y");
        let r = ValidationReport::from(p);
        assert!(!r.ok);
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(r.warnings[0].code, Code::Unsourced);
    }

    #[test]
    fn scheme_text_that_is_not_json_is_a_parse_problem() {
        let r = validate_scheme_json("{ not json");
        assert!(!r.ok);
        assert_eq!(r.errors[0].code, Code::Parse);
    }

    #[test]
    fn builtin_scheme_text_is_valid() {
        let r = validate_scheme_json(crate::api::builtin::scheme_json("court-judge").unwrap());
        assert!(r.ok, "{:?}", r.errors);
    }

    #[test]
    fn assess_reports_dossier_warnings_on_success() {
        let engine = Engine::new(crate::api::builtin::scheme("court-judge").unwrap()).unwrap();
        let mut dossier = crate::api::builtin::demo_cohort().into_iter().next().unwrap();
        let plain = assess(&engine, &dossier, &AssessParams::default());
        assert!(plain.ok && plain.warnings.is_empty(), "{:?}", plain.warnings);
        dossier.scheme = Some(crate::SchemeRef { id: "other".into(), version: "1".into() });
        let o = assess(&engine, &dossier, &AssessParams { trace: false, ..AssessParams::default() });
        assert!(o.ok);
        assert!(o.warnings.iter().any(|w| w.code == crate::Code::SchemeMismatch));
        assert!(o.value.unwrap().explanation.is_empty());
    }

    #[test]
    fn outcome_from_error_is_not_ok() {
        let o: Answer<u8> = Err(Problems::one(Code::Type, "", "z")).into();
        assert!(!o.ok && o.value.is_none() && o.errors.len() == 1);
        let o: Answer<u8> = Ok(3).into();
        assert!(o.ok && o.value == Some(3) && o.errors.is_empty());
    }
}
