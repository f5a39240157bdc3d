//! The vocabulary of a tolerance decision: its outcome, the responsibility and culpability
//! found, and the state of a required correction. The tolerance rules
//! ([`crate::rules::tolerance`], which re-exports them) decide with them; the decision's facts
//! name them, and [`crate::explain`] words them.

/// Outcome of a tolerance decision.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    /// 免责: exempt; the linked deductions and vetoes are removed.
    Exempt,
    /// 从轻: lighter; linked deductions are reduced to the policy's `shares.lighter`.
    Lighter,
    /// 减轻: mitigated; linked deductions are reduced to the policy's `shares.mitigated`.
    Mitigated,
    /// 不予容错: not tolerated; the linked deductions and vetoes stay.
    NotTolerated,
}

/// Responsibility class (责任类型).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Responsibility {
    /// 办案质量瑕疵责任: negligence without a wrong result; goes to the assessment only.
    QualityFlaw,
    /// 违法办案责任: illegal case handling, with a culpability.
    IllegalHandling,
}

/// Culpability found for illegal handling, ordered from least to most serious.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Culpability {
    /// 一般过失.
    GeneralNegligence,
    /// 重大过失.
    GrossNegligence,
    /// 故意.
    Intentional,
}

/// State of a correction as of a date.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum CorrectionState {
    /// Not completed, deadline not yet passed.
    Pending,
    /// Completed on or before the deadline.
    Done,
    /// Completed, but after the deadline.
    Late,
    /// Not completed and the deadline has passed.
    Overdue,
}
