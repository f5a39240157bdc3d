//! The single-dossier operations: assess one dossier (with its tolerance waivers) and score it.

use crate::api::answer::{Answer, ValidationReport};
use crate::fast::engine::Engine;
use crate::model::assessment::{Assessment, Score, Waiver};
use crate::model::dossier::Dossier;
use crate::model::explanation::Lang;
use crate::rules::assess::{AssessContext, AssessOptions};

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
}
