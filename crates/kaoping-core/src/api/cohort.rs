//! The cohort operation: assess, rank and grade a whole cohort under the scheme's quotas, from
//! a [`CohortInput`] and an engine, or from one JSON request (as the shared fixtures, the wasm
//! binding and the JS package use it): a `CohortInput` plus the scheme and options.
//!
//! ```json
//! { "scheme": "procuratorate-prosecutor", "dossiers": [ … ], "committee": { … }, "sheets": [ … ],
//!   "waivers": { "P-001": [ … ] }, "decisions": [ … ], "options": { "trace": false } }
//! ```
//! `scheme` is a built-in id or a scheme object. The answer is the `CohortResult`.

use crate::base::error::Problems;
use crate::base::ids::OfficerId;
use crate::base::sorted::SortedMap;
use crate::fast::engine::Engine;
use crate::model::assessment::Waiver;
use crate::model::dossier::Dossier;
use crate::model::scheme::Scheme;
use crate::rules::cohort::{CohortInput, CohortOptions, CohortResult};
use crate::rules::committee::{Committee, ScoreSheet};
use kaoping_json::Json as Value;

/// A cohort request.
///
/// Its fields repeat [`CohortInput`]'s rather than nesting it with `#[serde(flatten)]`: the
/// request's JSON is flat, unknown members must be refused, and serde does not support
/// `flatten` together with `deny_unknown_fields` (nor does kaoping-json's derive). `run` moves
/// them into a `CohortInput`.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CohortRequest {
    /// A built-in scheme id or a scheme object.
    pub scheme: Value,
    /// One dossier per officer.
    pub dossiers: Vec<Dossier>,
    /// The committee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<Committee>,
    /// Score sheets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sheets: Vec<ScoreSheet>,
    /// Waivers by officer.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<OfficerId, Waiver[]>"))]
    pub waivers: SortedMap<OfficerId, Vec<Waiver>>,
    /// Tolerance decisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<crate::rules::tolerance::Decision>,
    /// Options.
    #[serde(default)]
    pub options: CohortOptions,
}

/// A built-in scheme id or a scheme object, parsed; problems are located under `path`.
pub(crate) fn resolve_scheme(value: &Value, path: &str) -> Result<Scheme, Problems> {
    match value {
        Value::String(id) => crate::api::builtin::scheme(id).map_err(|p| p.under(path)),
        _ => crate::base::json::from_json_value(value).map_err(|p| p.under(path)),
    }
}

impl CohortRequest {
    /// Parses a request from JSON text.
    pub fn from_json(text: &str) -> Result<CohortRequest, Problems> {
        crate::base::json::from_json_str(text)
    }

    /// Assesses the cohort. Problem paths are rooted at the request.
    pub fn run(self) -> Result<CohortResult, Problems> {
        let engine = Engine::new(resolve_scheme(&self.scheme, "scheme")?)?;
        let input = CohortInput {
            dossiers: self.dossiers,
            committee: self.committee,
            sheets: self.sheets,
            waivers: self.waivers,
            decisions: self.decisions,
        };
        assess_cohort(&engine, &input, &self.options)
    }
}

/// Assesses a cohort with a compiled scheme: the committee's ratings aggregated, cohort-relative
/// indicators standardised over the cohort, every officer assessed in the context
/// [`crate::api::officer::officer_context`] also gives, ranked, and graded under the quotas.
/// Problem paths are relative to the cohort input.
pub fn assess_cohort(
    engine: &Engine,
    input: &CohortInput,
    options: &CohortOptions,
) -> Result<CohortResult, Problems> {
    crate::rules::cohort::assess_cohort(engine, input, options)
}

/// Parses and runs a cohort request given as JSON text.
pub fn run_cohort_json(text: &str) -> Result<CohortResult, Problems> {
    CohortRequest::from_json(text)?.run()
}

/// Assesses a cohort with a compiled scheme from the JSON texts of its input and options (`None`:
/// the defaults), as `engine.assessCohort` takes them: the input's problems first, then the
/// options' (located under `options`).
pub fn engine_cohort_json(
    engine: &Engine,
    input: &str,
    options: Option<&str>,
) -> Result<CohortResult, Problems> {
    let input = crate::base::json::from_json_str::<CohortInput>(input)?;
    let options = match options {
        None => CohortOptions::default(),
        Some(text) => {
            crate::base::json::from_json_str::<CohortOptions>(text).map_err(|p| p.under("options"))?
        }
    };
    assess_cohort(engine, &input, &options)
}
