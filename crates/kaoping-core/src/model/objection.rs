//! The vocabulary of an objection (异议): its kind, and the parts of a result it can name
//! besides the scored items. The preview rules ([`crate::rules::preview`], which re-exports
//! [`ObjectionKind`]) file objections with them; [`crate::explain`] words them.

/// The kind of objection.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum ObjectionKind {
    /// 陈述: the officer states facts before the result is final.
    Statement,
    /// 申辩: the officer defends against a deduction or veto before the result is final.
    Defence,
    /// 复核申请: request for review of the notified result.
    Review,
    /// 申诉: appeal against the review decision.
    Appeal,
    /// 申诉 without a review first: appeal against the notified result itself.
    DirectAppeal,
}

/// A part of a result an objection can name besides its indicators, list items and vetoes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultPart {
    /// The grade (`grade`).
    Grade,
    /// The cohort quota (`quota`).
    Quota,
}
