//! The supervision operation (督责): a cohort assessed together with its organisation's unit
//! results and the early warnings, from one JSON request (as the shared fixtures, the wasm
//! binding and the JS package use it): a cohort request plus `organisation` and `thresholds`.
//!
//! ```json
//! { "scheme": "court-judge", "dossiers": [ … ], "decisions": [ … ],
//!   "organisation": { "units": [ … ], "posts": [ … ], "aggregate": { "rule": "mean" } },
//!   "thresholds": { "asOf": "2026-11-20", "boundaryPoints": 2 }, "options": { "lang": "en" } }
//! ```
//! The answer is a [`Supervision`]: the cohort's table, every unit's result (empty without an
//! organisation) and the warnings (empty without thresholds). Problems are located in the
//! request (`organisation.units[2].parent`, `dossiers[0].officer.unit`, `thresholds.timeLimit.deadline`).

use crate::api::cohort::{assess_cohort, resolve_scheme};
use crate::base::decimal::Decimal;
use crate::base::error::{Path, Problems};
use crate::base::ids::OfficerId;
use crate::base::sorted::SortedMap;
use crate::fast::engine::Engine;
use crate::model::assessment::Waiver;
use crate::model::dossier::Dossier;
use crate::model::explanation::Lang;
use crate::model::organisation::{Organisation, UnitAggregation};
use crate::model::scheme::Scheme;
use crate::model::warning::{EarlyWarning, Thresholds};
use crate::rules::cohort::{CohortInput, CohortOptions, CohortResult};
use crate::rules::committee::{Committee, ScoreSheet};
use crate::rules::organisation::units::{unit_results, UnitResult};
use crate::rules::tolerance::Decision;
use crate::rules::warnings::{check_thresholds, warnings, WarningInput};
use kaoping_json::Json as Value;

/// A supervision request: a cohort request with the organisation and the thresholds.
///
/// Its fields repeat [`crate::api::cohort::CohortRequest`]'s for the reason given there (a flat
/// request refusing unknown members cannot `flatten`); `run` moves them into a `CohortInput`.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, PartialEq, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SupervisionRequest {
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
    /// Tolerance decisions (their corrections are warned of).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// The organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Organisation>,
    /// The warnings' thresholds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thresholds: Option<Thresholds>,
    /// Options of the cohort assessment.
    #[serde(default)]
    pub options: CohortOptions,
}

/// The answer: the table, the units and the warnings.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct Supervision {
    /// The cohort's result.
    pub table: CohortResult,
    /// Every unit's result, in the organisation's order.
    pub units: Vec<UnitResult>,
    /// The warnings, officer by officer in rank order.
    pub warnings: Vec<EarlyWarning>,
}

/// The organisation checked, and every dossier's unit against it (paths under `dossiers[i]`).
fn check_organisation(org: &Organisation, scheme: &Scheme, dossiers: &[Dossier]) -> Problems {
    let mut problems = crate::rules::organisation::check(org, scheme, &Path::root().key("organisation"));
    for (i, d) in dossiers.iter().enumerate() {
        let at = Path::root().key("dossiers").index(i).key("officer").key("unit");
        problems.extend(crate::rules::organisation::check_unit(org, d.officer.unit.as_deref(), &at));
    }
    problems
}

/// Each officer's weight under a weighted rule (the input from their dossier).
pub(crate) fn weights<'d>(
    org: &Organisation,
    dossiers: impl Iterator<Item = &'d Dossier>,
) -> SortedMap<OfficerId, Decimal> {
    let UnitAggregation::Weighted { input } = &org.aggregate else { return SortedMap::new() };
    SortedMap::from_vec(
        dossiers.filter_map(|d| Some((d.officer.id.clone(), *d.inputs.get(input)?))).collect(),
    )
}

/// The units and warnings of a table (the parts a session and a request share).
pub(crate) struct Parts<'a> {
    pub(crate) scheme: &'a Scheme,
    pub(crate) table: &'a CohortResult,
    pub(crate) organisation: Option<&'a Organisation>,
    pub(crate) dossier: &'a dyn Fn(usize, &OfficerId) -> Option<&'a Dossier>,
    pub(crate) decisions: &'a [&'a Decision],
    pub(crate) lang: Lang,
}

impl Parts<'_> {
    /// Every unit's result (none without an organisation); `weights` by officer.
    pub(crate) fn units(&self, weights: &SortedMap<OfficerId, Decimal>) -> Vec<UnitResult> {
        let Some(org) = self.organisation else { return Vec::new() };
        unit_results(org, self.scheme, self.table, &|id| weights.get(id).copied(), self.lang)
    }

    /// The warnings under the thresholds.
    pub(crate) fn warnings(&self, thresholds: &Thresholds) -> Vec<EarlyWarning> {
        let input = WarningInput {
            scheme: self.scheme,
            table: self.table,
            dossier: self.dossier,
            decisions: self.decisions,
            thresholds,
            lang: self.lang,
        };
        warnings(&input)
    }
}

impl SupervisionRequest {
    /// Parses a request from JSON text.
    pub fn from_json(text: &str) -> Result<SupervisionRequest, Problems> {
        crate::base::json::from_json_str(text)
    }

    /// Assesses the cohort, aggregates the units and computes the warnings. Problem paths are
    /// rooted at the request; nothing is computed when the organisation or the thresholds are
    /// wrong.
    pub fn run(self) -> Result<Supervision, Problems> {
        let engine = Engine::new(resolve_scheme(&self.scheme, "scheme")?)?;
        let scheme = engine.scheme();
        let mut problems = Problems::new();
        if let Some(org) = &self.organisation {
            problems.extend(check_organisation(org, scheme, &self.dossiers));
        }
        if let Some(t) = &self.thresholds {
            problems.extend(check_thresholds(t, scheme, &Path::root().key("thresholds")));
        }
        if problems.has_errors() {
            return Err(problems);
        }
        let input = CohortInput {
            dossiers: self.dossiers,
            committee: self.committee,
            sheets: self.sheets,
            waivers: self.waivers,
            decisions: self.decisions,
        };
        let table = assess_cohort(&engine, &input, &self.options)?;
        let by_id: SortedMap<&OfficerId, &Dossier> =
            SortedMap::from_vec(input.dossiers.iter().map(|d| (&d.officer.id, d)).collect());
        let dossier = |_: usize, id: &OfficerId| by_id.get(&id).copied();
        let decisions: Vec<&Decision> = input.decisions.iter().collect();
        let parts = Parts {
            scheme,
            table: &table,
            organisation: self.organisation.as_ref(),
            dossier: &dossier,
            decisions: &decisions,
            lang: self.options.lang,
        };
        let weights =
            self.organisation.as_ref().map(|o| weights(o, input.dossiers.iter())).unwrap_or_default();
        let units = parts.units(&weights);
        let warnings = self.thresholds.as_ref().map(|t| parts.warnings(t)).unwrap_or_default();
        Ok(Supervision { table, units, warnings })
    }
}

/// Parses and runs a supervision request given as JSON text.
pub fn run_supervision_json(text: &str) -> Result<Supervision, Problems> {
    SupervisionRequest::from_json(text)?.run()
}
