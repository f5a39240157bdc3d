//! Structured conditions over incident facts, and their small interpreter.
//!
//! A condition is data: `{"all": [...]}`, `{"any": [...]}`, `{"not": {...}}`, `{"fact": "TP01"}`,
//! `{"precondition": "PC03"}`, `{"flag": "wrongfulCase"}`,
//! `{"compare": {"field": "culpability", "op": "ge", "value": "grossNegligence"}}`,
//! `{"count": {"of": "negativeFacts", "op": "ge", "value": 1}}`. Evaluation is a plain walk over
//! the tree; nothing is executed as code.

use super::incident::{Culpability, Responsibility};
use crate::base::ids::ItemId;

/// Deepest nesting of conditions a policy may use.
pub const MAX_CONDITION_DEPTH: usize = 16;

/// A condition over the facts of an incident.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum Condition {
    /// Every condition holds (and the list is not empty).
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// The incident claims this positive, mitigation or negative list item.
    Fact(ItemId),
    /// This precondition is established.
    Precondition(ItemId),
    /// A yes/no fact of the incident is true.
    Flag(Flag),
    /// A field of the incident compared with a value.
    Compare(Compare),
    /// A count compared with a number.
    Count(Count),
}

/// Yes/no facts of an incident.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Flag {
    /// Every precondition of the policy is established.
    AllPreconditions,
    /// The incident is a wrongful case (错案).
    WrongfulCase,
    /// The officer recorded outside interference (三个规定) — protected: a policy may use it
    /// only in favour of the officer.
    InterferenceRecorded,
}

/// A field compared with a value.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Compare {
    /// The field.
    pub field: Field,
    /// The comparison; `lt`/`le`/`gt`/`ge` only for ordered fields (culpability).
    pub op: Op,
    /// The value, e.g. `qualityFlaw`, `grossNegligence`.
    pub value: String,
}

/// A field of an incident that conditions can compare.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Field {
    /// `qualityFlaw` or `illegalHandling`.
    Responsibility,
    /// `generalNegligence` < `grossNegligence` < `intentional`; absent for quality flaws (then
    /// every comparison is false).
    Culpability,
}

/// A comparison operator.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Op {
    /// ==
    Eq,
    /// !=
    Ne,
    /// <
    Lt,
    /// <=
    Le,
    /// >
    Gt,
    /// >=
    Ge,
}

impl Op {
    fn test<T: Ord>(self, a: &T, b: &T) -> bool {
        match self {
            Op::Eq => a == b,
            Op::Ne => a != b,
            Op::Lt => a < b,
            Op::Le => a <= b,
            Op::Gt => a > b,
            Op::Ge => a >= b,
        }
    }
}

/// A count compared with a number.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Count {
    /// What is counted.
    pub of: Counted,
    /// The comparison.
    pub op: Op,
    /// The number.
    pub value: u32,
}

/// Things a condition can count.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Counted {
    /// Positive-list facts claimed.
    PositiveFacts,
    /// Mitigation facts claimed.
    MitigationFacts,
    /// Negative-list facts claimed.
    NegativeFacts,
    /// Preconditions not established.
    FailedPreconditions,
    /// Earlier incidents of the officer.
    PriorIncidents,
    /// Earlier incidents of the same kind.
    PriorSameKind,
    /// Earlier incidents that were tolerated (免责 / 从轻 / 减轻).
    PriorTolerated,
    /// Earlier incidents of the same kind that were tolerated.
    PriorSameKindTolerated,
    /// Earlier quality-flaw incidents.
    PriorQualityFlaws,
}

/// What the interpreter knows about one incident.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// Claimed list items.
    pub items: Vec<ItemId>,
    /// Established preconditions.
    pub preconditions_met: Vec<ItemId>,
    /// Responsibility class.
    pub responsibility: Option<Responsibility>,
    /// Culpability.
    pub culpability: Option<Culpability>,
    /// Whether every precondition is established.
    pub all_preconditions: bool,
    /// Wrongful case.
    pub wrongful_case: bool,
    /// Interference recorded.
    pub interference_recorded: bool,
    /// Counts by kind.
    pub counts: crate::base::sorted::SortedMap<Counted, u32>,
}

/// Parses a comparison value for a field.
pub fn field_value(field: Field, value: &str) -> Option<FieldValue> {
    match field {
        Field::Responsibility => match value {
            "qualityFlaw" => Some(FieldValue::Responsibility(Responsibility::QualityFlaw)),
            "illegalHandling" => Some(FieldValue::Responsibility(Responsibility::IllegalHandling)),
            _ => None,
        },
        Field::Culpability => match value {
            "generalNegligence" => Some(FieldValue::Culpability(Culpability::GeneralNegligence)),
            "grossNegligence" => Some(FieldValue::Culpability(Culpability::GrossNegligence)),
            "intentional" => Some(FieldValue::Culpability(Culpability::Intentional)),
            _ => None,
        },
    }
}

/// A parsed comparison value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldValue {
    /// A responsibility class.
    Responsibility(Responsibility),
    /// A culpability.
    Culpability(Culpability),
}

impl Condition {
    /// Evaluates the condition. Unknown comparison values (rejected by validation) are false.
    pub fn holds(&self, facts: &Facts) -> bool {
        match self {
            Condition::All(cs) => !cs.is_empty() && cs.iter().all(|c| c.holds(facts)),
            Condition::Any(cs) => cs.iter().any(|c| c.holds(facts)),
            Condition::Not(c) => !c.holds(facts),
            Condition::Fact(id) => facts.items.contains(id),
            Condition::Precondition(id) => facts.preconditions_met.contains(id),
            Condition::Flag(Flag::AllPreconditions) => facts.all_preconditions,
            Condition::Flag(Flag::WrongfulCase) => facts.wrongful_case,
            Condition::Flag(Flag::InterferenceRecorded) => facts.interference_recorded,
            Condition::Compare(cmp) => match field_value(cmp.field, &cmp.value) {
                Some(FieldValue::Responsibility(r)) => match (cmp.op, facts.responsibility) {
                    (Op::Eq, Some(actual)) => actual == r,
                    (Op::Ne, Some(actual)) => actual != r,
                    _ => false,
                },
                Some(FieldValue::Culpability(c)) => {
                    facts.culpability.is_some_and(|actual| cmp.op.test(&actual, &c))
                }
                None => false,
            },
            Condition::Count(count) => {
                let n = facts.counts.get(&count.of).copied().unwrap_or(0);
                count.op.test(&n, &count.value)
            }
        }
    }

    /// Nesting depth (a leaf is 1).
    pub fn depth(&self) -> usize {
        match self {
            Condition::All(cs) | Condition::Any(cs) => {
                1usize.saturating_add(cs.iter().map(Condition::depth).max().unwrap_or(0))
            }
            Condition::Not(c) => 1usize.saturating_add(c.depth()),
            _ => 1,
        }
    }

    /// Whether the condition can only hold when some leaf satisfying `leaf` holds: a
    /// conservative static check used to reject policies that contradict the invariants.
    pub fn requires(&self, leaf: &dyn Fn(&Condition) -> bool) -> bool {
        match self {
            Condition::All(cs) => cs.iter().any(|c| c.requires(leaf)),
            Condition::Any(cs) => !cs.is_empty() && cs.iter().all(|c| c.requires(leaf)),
            Condition::Not(inner) => match inner.as_ref() {
                Condition::Not(c) => c.requires(leaf),
                _ => leaf(self),
            },
            _ => leaf(self),
        }
    }

    /// Calls `visit` on every leaf with whether it sits under an odd number of `not`s.
    pub fn leaves(&self, negated: bool, visit: &mut dyn FnMut(&Condition, bool)) {
        match self {
            Condition::All(cs) | Condition::Any(cs) => {
                for c in cs {
                    c.leaves(negated, visit);
                }
            }
            Condition::Not(c) => c.leaves(!negated, visit),
            _ => visit(self, negated),
        }
    }
}

/// Whether a count comparison can only hold with a count of at least one.
pub fn needs_at_least_one(op: Op, value: u32) -> bool {
    match op {
        Op::Ge | Op::Eq => value >= 1,
        Op::Gt => true,
        Op::Ne => value == 0,
        Op::Lt | Op::Le => false,
    }
}
