//! The tolerance policy (容错纠错规则): a versioned JSON document, separate from schemes.
//!
//! It lists the preconditions, the positive list (may be tolerated), the mitigation list and
//! the negative list (never tolerated), and the rules that combine them into an [`Outcome`].
//! The rules are data — structured [`Condition`]s read by a small interpreter — and nothing in
//! a policy is ever executed as code.

use super::condition::Condition;
use super::incident::Responsibility;
use super::outcome::Outcome;
use crate::base::decimal::Decimal;
use crate::base::ids::ItemId;
use crate::base::{error::Problems, json::from_json_str};

/// The `schemaVersion` of tolerance policies this engine reads.
pub const POLICY_SCHEMA_VERSION: u32 = 1;

/// A tolerance policy.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Policy {
    /// Format version; must be [`POLICY_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Policy id (`tolerance-default`).
    pub id: String,
    /// Policy version; decisions name it.
    pub version: String,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// The principle the policy is grounded in (三个区分开来).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principle: Option<String>,
    /// Preconditions of any tolerance (出于公心, 程序正当, 勤勉尽责 …).
    pub preconditions: Vec<PolicyItem>,
    /// Positive list (正面清单): circumstances that may be tolerated (TP…).
    pub positive: Vec<PolicyItem>,
    /// Mitigation list (从轻/减轻情节, TM…).
    pub mitigation: Vec<PolicyItem>,
    /// Negative list (负面清单): never tolerated (TN…).
    pub negative: Vec<PolicyItem>,
    /// The combining rules, tried in order; the first whose condition holds decides.
    pub rules: Vec<Rule>,
    /// The outcome when no rule matches (default 不予容错).
    #[serde(default = "not_tolerated")]
    pub fallback: Outcome,
    /// Shares of a linked deduction kept by 从轻 and 减轻.
    pub shares: Shares,
    /// Correction (纠错) requirements and the consequence of an unfinished correction.
    pub correction: CorrectionPolicy,
    /// Days after the incident within which a decision may be reopened; wrongful cases
    /// (错案) have no time bar whatever this says. `None`: no time bar at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_bar_days: Option<u32>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

fn not_tolerated() -> Outcome {
    Outcome::NotTolerated
}

impl Policy {
    /// Parses a policy from JSON (structural checks only; see [`super::validate_policy`]).
    pub fn from_json(text: &str) -> Result<Policy, Problems> {
        from_json_str(text)
    }

    /// The list an item id belongs to, if any.
    pub fn list_of(&self, id: &str) -> Option<ListKind> {
        let has = |items: &[PolicyItem]| items.iter().any(|i| i.id.as_str() == id);
        if has(&self.positive) {
            Some(ListKind::Positive)
        } else if has(&self.mitigation) {
            Some(ListKind::Mitigation)
        } else if has(&self.negative) {
            Some(ListKind::Negative)
        } else if has(&self.preconditions) {
            Some(ListKind::Precondition)
        } else {
            None
        }
    }

    /// The item with this id in any list.
    pub fn item(&self, id: &str) -> Option<&PolicyItem> {
        self.preconditions
            .iter()
            .chain(&self.positive)
            .chain(&self.mitigation)
            .chain(&self.negative)
            .find(|i| i.id.as_str() == id)
    }

    /// The share of a linked deduction an outcome keeps: 免责 0, 不予容错 1, 从轻 and 减轻 as
    /// declared. The first two are fixed whatever the policy says.
    pub fn kept(&self, outcome: Outcome) -> Decimal {
        match outcome {
            Outcome::Exempt => Decimal::ZERO,
            Outcome::Lighter => self.shares.lighter,
            Outcome::Mitigated => self.shares.mitigated,
            Outcome::NotTolerated => Decimal::ONE,
        }
    }
}

/// Which list of a policy an item is on.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum ListKind {
    /// A precondition.
    Precondition,
    /// Positive list (may be tolerated).
    Positive,
    /// Mitigation list.
    Mitigation,
    /// Negative list (never tolerated).
    Negative,
}

/// One precondition or list item.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyItem {
    /// Item id (`TP01`).
    pub id: ItemId,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// What the item covers.
    pub description: String,
    /// Source key (`S36`) or `unsourced default`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl PolicyItem {
    /// The title in a language.
    pub fn title_in(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Zh => &self.title,
            crate::Lang::En => self.title_en.as_deref().unwrap_or(&self.title),
        }
    }
}

/// One combining rule: when the condition holds, the outcome is decided.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rule {
    /// Rule id (`R01`).
    pub id: String,
    /// The outcome the rule decides.
    pub outcome: Outcome,
    /// The condition over the incident's facts.
    pub when: Condition,
    /// The responsibility class the incident is handled under when this rule decides. Only a
    /// lighter class is ever applied: a quality flaw never becomes illegal handling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treat_as: Option<Responsibility>,
    /// Why, in Chinese.
    pub reason: String,
    /// Why, in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_en: Option<String>,
}

/// Shares of a linked deduction kept by the two mitigating outcomes (0 = all waived, 1 = all
/// kept). 免责 always keeps 0 and 不予容错 always keeps 1.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Shares {
    /// Share kept by 从轻.
    pub lighter: Decimal,
    /// Share kept by 减轻 (at most the share kept by 从轻).
    pub mitigated: Decimal,
}

/// Correction (纠错) requirements.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CorrectionPolicy {
    /// Days after the incident by which a correction is due when the incident sets no deadline.
    pub default_days: u32,
    /// Actions required when the incident lists none.
    pub default_actions: Vec<String>,
    /// What an unfinished correction past its deadline does to a tolerated incident.
    pub overdue: OverdueEffect,
}

/// The consequence of a correction unfinished after its deadline.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum OverdueEffect {
    /// Reported only; the outcome stands.
    ReportOnly,
    /// The outcome becomes one step less lenient (免责 → 减轻 → 从轻 → 不予容错).
    DowngradeOne,
    /// A tolerated incident reverts to 不予容错.
    RevertToNotTolerated,
}
