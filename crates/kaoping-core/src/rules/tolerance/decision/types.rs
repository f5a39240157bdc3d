//! The data of a tolerance decision: the [`Decision`] and its parts, and its options.

use super::super::correction::CorrectionStatus;
use super::super::incident::{Culpability, Responsibility};
use super::super::outcome::Outcome;
use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::error::Problems;
use crate::base::ids::{ItemId, OfficerId};
use crate::model::assessment::Waiver;
use crate::model::explanation::Lang;

/// Options of a tolerance decision.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ToleranceOptions {
    /// Language of the reasons. Default Chinese.
    #[serde(default)]
    pub lang: Lang,
}

/// A tolerance decision (容错决定).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    /// The incident decided.
    pub incident: String,
    /// The officer.
    pub officer: OfficerId,
    /// The policy applied.
    pub policy: PolicyRef,
    /// The date the decision speaks for (deadlines are judged against it).
    pub as_of: Date,
    /// The effective outcome (after any overdue-correction consequence).
    pub outcome: Outcome,
    /// The effective outcome's label in the decision's language.
    pub outcome_title: String,
    /// The outcome decided on the facts, before any overdue-correction consequence.
    pub decided: Outcome,
    /// Responsibility class the incident is handled under.
    pub responsibility: Responsibility,
    /// Culpability (illegal handling only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub culpability: Option<Culpability>,
    /// The rule that decided; `None` when an invariant or the fallback decided.
    pub rule: Option<String>,
    /// List items that applied.
    pub matched: Matched,
    /// Preconditions not established.
    pub failed_preconditions: Vec<ItemId>,
    /// Invariants that decided or changed the outcome.
    pub invariants: Vec<Invariant>,
    /// What the history showed.
    pub history: HistoryCounts,
    /// A wrongful case: responsibility is lifelong (no time bar).
    pub lifelong: bool,
    /// The correction required and its state.
    pub correction: Option<CorrectionStatus>,
    /// Effect on the assessment.
    pub effect: Effect,
    /// The earlier decision, when this one was reached on reopening.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<PreviousDecision>,
    /// Why, line by line, in the decision's language.
    pub reasons: Vec<Reason>,
    /// Warnings about the input (facts without evidence, …).
    #[serde(default, skip_serializing_if = "Problems::is_empty")]
    pub warnings: Problems,
    /// SHA-256 over policy, incident, history, as-of date, reopening and engine version.
    pub fingerprint: String,
}

/// Names a policy version.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyRef {
    /// Policy id.
    pub id: String,
    /// Policy version.
    pub version: String,
}

/// List items that applied, in policy order.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Matched {
    /// Positive-list items.
    pub positive: Vec<ItemId>,
    /// Mitigation items.
    pub mitigation: Vec<ItemId>,
    /// Negative-list items.
    pub negative: Vec<ItemId>,
}

/// The fixed invariants that hold whatever a policy says.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Invariant {
    /// Illegal handling by intent (故意) is never tolerated.
    IntentNeverTolerated,
    /// The same error repeated after an earlier tolerated one gets no leniency at all.
    RepeatNoLeniency,
    /// A negative-list fact never leads to 免责.
    NegativeNeverExempt,
    /// A quality flaw never becomes illegal-handling responsibility.
    FlawNeverIllegal,
    /// Recording outside interference (三个规定) never counts against the officer.
    InterferenceProtected,
}

/// What the history showed about the officer's earlier incidents (before this incident's date).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct HistoryCounts {
    /// Earlier incidents.
    pub prior: u32,
    /// Of the same kind.
    pub prior_same_kind: u32,
    /// Tolerated (免责 / 从轻 / 减轻).
    pub prior_tolerated: u32,
    /// Of the same kind and tolerated.
    pub prior_same_kind_tolerated: u32,
    /// Quality flaws.
    pub prior_quality_flaws: u32,
    /// The earlier tolerated incident of the same kind, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeats: Option<String>,
}

/// Effect of a decision on the assessment.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Effect {
    /// Share of each linked deduction kept (0 = waived, 1 = kept); a veto is lifted only at 0.
    pub kept: Decimal,
    /// One waiver per linked occurrence, for [`crate::AssessContext::waivers`].
    pub waivers: Vec<Waiver>,
}

/// The earlier decision a reopened one replaces.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct PreviousDecision {
    /// Its effective outcome.
    pub outcome: Outcome,
    /// Its as-of date.
    pub as_of: Date,
    /// Its rule.
    pub rule: Option<String>,
    /// Its fingerprint.
    pub fingerprint: String,
    /// The reopening.
    pub reopening: Reopening,
}

/// A reopening (复查) of a decision with new evidence.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Reopening {
    /// When it was reopened.
    pub date: Date,
    /// Why.
    pub reason: String,
    /// References of the new evidence (at least one).
    pub new_evidence: Vec<String>,
}

/// One line of a decision's reasons.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    /// What the line accounts for.
    pub kind: ReasonKind,
    /// The policy item, rule or invariant it names.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The line in words.
    pub text: String,
}

/// What a reason line accounts for.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum ReasonKind {
    /// The responsibility found.
    Responsibility,
    /// A precondition not established.
    Precondition,
    /// A positive-list item.
    Positive,
    /// A mitigation item.
    Mitigation,
    /// A negative-list item.
    Negative,
    /// Earlier incidents.
    History,
    /// The rule that decided.
    Rule,
    /// No rule matched: the policy's fallback.
    Fallback,
    /// An invariant that decided or changed the outcome.
    Invariant,
    /// The correction and its state.
    Correction,
    /// A reopening with new evidence.
    Reopen,
    /// The effect on the assessment.
    Effect,
}
