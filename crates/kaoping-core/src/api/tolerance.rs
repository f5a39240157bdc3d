//! One JSON request for a tolerance decision (and optionally its effect on an assessment), as
//! the shared fixtures, the wasm binding and the JS package use it.
//!
//! ```json
//! { "policy": "tolerance-default", "incident": {…}, "history": [], "asOf": "2026-12-31",
//!   "reopen": { "previous": { "incident": {…}, "asOf": "…" }, "date": "…", "reason": "…", "newEvidence": ["…"] },
//!   "assess": { "scheme": "court-judge", "dossier": {…} }, "options": { "lang": "en" } }
//! ```
//! `policy` (default [`DEFAULT_POLICY`]) and `assess.scheme` are a built-in id or an object. The answer is
//! `{ "decision": {…}, "assessment": {…} }` (`assessment` only with `assess`).

use crate::api::cohort::resolve_scheme;
use crate::base::date::Date;
use crate::base::error::{Code, Problems};
use crate::fast::engine::Engine;
use crate::model::assessment::Assessment;
use crate::model::dossier::Dossier;
use crate::rules::assess::AssessOptions;
use crate::rules::tolerance::decision::{
    evaluate_tolerance_with, reopen_tolerance, Decision, Reopening, ToleranceOptions,
};
use crate::rules::tolerance::incident::{Incident, PriorIncident};
use crate::rules::tolerance::policy::Policy;
use kaoping_json::Json as Value;

/// A tolerance request.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ToleranceRequest {
    /// A built-in policy id or a policy object; default [`DEFAULT_POLICY`].
    #[serde(default = "default_policy")]
    pub policy: Value,
    /// The incident to decide (after reopening: the amended incident).
    pub incident: Incident,
    /// The officer's earlier incidents.
    #[serde(default)]
    pub history: Vec<PriorIncident>,
    /// The date the decision speaks for.
    pub as_of: Date,
    /// Reopen an earlier decision with new evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reopen: Option<ReopenRequest>,
    /// Also assess a dossier with the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assess: Option<AssessRequest>,
    /// Options.
    #[serde(default)]
    pub options: ToleranceOptions,
}

/// Reopening part of a request.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReopenRequest {
    /// The earlier decision's input.
    pub previous: PreviousInput,
    /// When it is reopened.
    pub date: Date,
    /// Why.
    pub reason: String,
    /// The new evidence.
    pub new_evidence: Vec<String>,
}

/// The input of the earlier decision.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PreviousInput {
    /// The incident as first decided (default: the request's incident).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident: Option<Incident>,
    /// The earlier decision's as-of date.
    pub as_of: Date,
}

/// Assessment part of a request.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssessRequest {
    /// A built-in scheme id or a scheme object.
    pub scheme: Value,
    /// The dossier.
    pub dossier: Dossier,
    /// Assessment options.
    #[serde(default)]
    pub options: AssessOptions,
}

/// The answer to a request.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct ToleranceResponse {
    /// The decision.
    pub decision: Decision,
    /// The assessment with the decision applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
}

/// The built-in policy a request or a workspace uses unless it names another.
pub const DEFAULT_POLICY: &str = "tolerance-default";

/// [`DEFAULT_POLICY`] as a request's `policy` member.
fn default_policy() -> Value {
    Value::String(DEFAULT_POLICY.to_owned())
}

/// [`DEFAULT_POLICY`] as an owned id (a serde default for callers that keep the policy's id).
pub fn default_policy_id() -> String {
    DEFAULT_POLICY.to_owned()
}

/// Decides one incident under a policy, the officer's earlier incidents given, as of a date.
pub fn decide(
    policy: &Policy,
    incident: &Incident,
    history: &[PriorIncident],
    as_of: Date,
    options: &ToleranceOptions,
) -> Result<Decision, Problems> {
    evaluate_tolerance_with(policy, incident, history, as_of, options)
}

/// A built-in policy id or a policy object, parsed; problems are located under `path`.
pub fn resolve_policy(value: &Value, path: &str) -> Result<Policy, Problems> {
    match value {
        Value::String(id) => crate::rules::tolerance::policy(id).map_err(|p| p.under(path)),
        _ => crate::base::json::from_json_value(value).map_err(|p| p.under(path)),
    }
}

impl ToleranceRequest {
    /// Parses a request from JSON text.
    pub fn from_json(text: &str) -> Result<ToleranceRequest, Problems> {
        crate::base::json::from_json_str(text)
    }

    /// Decides the request (and assesses, when asked). Problem paths are rooted at the request.
    pub fn run(&self) -> Result<ToleranceResponse, Problems> {
        let policy = resolve_policy(&self.policy, "policy")?;
        let decision = match &self.reopen {
            None => {
                evaluate_tolerance_with(&policy, &self.incident, &self.history, self.as_of, &self.options)?
            }
            Some(r) => {
                let first = r.previous.incident.as_ref().unwrap_or(&self.incident);
                let previous =
                    evaluate_tolerance_with(&policy, first, &self.history, r.previous.as_of, &self.options)
                        .map_err(|p| {
                        Problems(
                            p.0.into_iter()
                                .map(|mut pr| {
                                    // The earlier incident and date are the reopening's own;
                                    // policy and history problems stay where they are.
                                    let own =
                                        r.previous.incident.is_some() && pr.path.starts_with("incident");
                                    if own || pr.path == "asOf" {
                                        pr.path = format!("reopen.previous.{}", pr.path);
                                    }
                                    pr
                                })
                                .collect(),
                        )
                    })?;
                let reopening = Reopening {
                    date: r.date,
                    reason: r.reason.clone(),
                    new_evidence: r.new_evidence.clone(),
                };
                reopen_tolerance(
                    &policy,
                    &previous,
                    &self.incident,
                    &self.history,
                    &reopening,
                    self.as_of,
                    &self.options,
                )?
            }
        };
        let assessment = match &self.assess {
            None => None,
            Some(a) => {
                let engine = Engine::new(resolve_scheme(&a.scheme, "assess.scheme")?)
                    .map_err(|p| p.under("assess.scheme"))?;
                let result = engine
                    .assess_with_tolerance(&a.dossier, std::slice::from_ref(&decision), &a.options)
                    .map_err(|p| {
                        let mut out = Problems::new();
                        for pr in p.0 {
                            let path = match pr.path.strip_prefix("decisions[0]") {
                                Some(rest) => format!("decision{rest}"),
                                None if pr.code == Code::ToleranceOfficer => pr.path.clone(),
                                None => format!("assess.dossier.{}", pr.path),
                            };
                            out.0.push(crate::Problem { path, ..pr });
                        }
                        out
                    })?;
                Some(result)
            }
        };
        Ok(ToleranceResponse { decision, assessment })
    }
}

/// Parses and runs a request given as JSON text.
pub fn run_tolerance_json(text: &str) -> Result<ToleranceResponse, Problems> {
    ToleranceRequest::from_json(text)?.run()
}
