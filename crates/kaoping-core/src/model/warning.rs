//! Early warning (风险提示 · 瑕疵预警) as data: the declared thresholds, and each warning with
//! its code, the officer (and unit) it concerns and its cause, from which its text is rendered.
//!
//! ```json
//! { "asOf": "2026-11-20", "boundaryPoints": 2,
//!   "timeLimit": { "kind": "case", "from": "filed", "limitDays": "limitDays", "closed": "closed",
//!                  "withinDays": 7, "item": "N03" },
//!   "corrections": { "withinDays": 14 },
//!   "caseReview": { "kind": "review", "field": "result", "values": ["flaw", "error"], "atLeast": 2 },
//!   "quotaTies": true }
//! ```
//! A check is made only when its threshold is given (`quotaTies` defaults to true).

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::ids::{FieldKey, ItemId, OfficerId, RecordId, RecordKindId};
use crate::model::assessment::GradeRef;
use crate::model::scheme::TieBreakKey;

/// The declared thresholds.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Thresholds {
    /// The date the warnings speak for (days are counted from it).
    pub as_of: Date,
    /// Warn an officer whose total is this many points or fewer from the next grade up, or
    /// from falling to the grade below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boundary_points: Option<Decimal>,
    /// Warn of open cases whose time limit (审限) expires soon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<TimeLimitRule>,
    /// Warn of corrections due soon, and of those overdue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrections: Option<CorrectionRule>,
    /// Flag many case-review findings as a lead for the disciplinary side (惩戒线索).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_review: Option<CaseReviewRule>,
    /// Warn of officers a quota moved who tied on total with the last officer kept. Default true.
    #[serde(default = "yes")]
    pub quota_ties: bool,
}

fn yes() -> bool {
    true
}

/// Cases whose time limit expires soon.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimeLimitRule {
    /// The record kind of the cases.
    pub kind: RecordKindId,
    /// Its date field holding the time limit's last day; or else:
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<FieldKey>,
    /// its date field the time limit runs from (立案日期) …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<FieldKey>,
    /// … and its number field of the limit's days (审限天数): the last day is `from` plus
    /// that many days (a case closed on it is closed in time, as the `days` filter counts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_days: Option<FieldKey>,
    /// Its field saying the case is closed (a flag, or a date: closed on or before the as-of
    /// date); a closed case is not warned of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<FieldKey>,
    /// Warn when the last day is at most this many days after the as-of date (0: today).
    pub within_days: u32,
    /// The deduction item an overdue case costs (its points per occurrence show the effect).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemId>,
}

/// Corrections due soon.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CorrectionRule {
    /// Warn when an open correction's deadline is at most this many days away.
    pub within_days: u32,
}

/// Case-review findings counted as a lead.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CaseReviewRule {
    /// The record kind of the reviewed case files.
    pub kind: RecordKindId,
    /// Its enum field holding the review result.
    pub field: FieldKey,
    /// The results that count (瑕疵, 差错).
    pub values: Vec<String>,
    /// Flag when an officer has at least this many.
    pub at_least: u32,
}

/// What a warning is about. The text form never changes once released.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum WarningCode {
    /// The total is near a grade boundary.
    NearBoundary,
    /// A case's time limit expires soon.
    TimeLimit,
    /// A correction is due soon.
    CorrectionDue,
    /// A correction is overdue.
    CorrectionOverdue,
    /// Case-review findings above the threshold: a lead (惩戒线索), never a punishment.
    DisciplineLead,
    /// Moved by a quota while tied on total with the last officer kept.
    QuotaTie,
}

/// A grade one step away and the points to it.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct GradeStep {
    /// The grade.
    pub grade: GradeRef,
    /// Up: points still needed to reach it; down: points that may be lost before falling to it
    /// (losing more falls).
    pub points: Decimal,
}

/// Why a warning was given.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum WarningCause {
    /// Near a grade boundary (by the total's grade, before vetoes and quotas).
    #[serde(rename_all = "camelCase")]
    Boundary {
        /// The total.
        total: Decimal,
        /// The grade the total gives.
        grade: GradeRef,
        /// The next grade up, when within the threshold.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        up: Option<GradeStep>,
        /// The next grade down, when within the threshold.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        down: Option<GradeStep>,
    },
    /// An open case's time limit.
    #[serde(rename_all = "camelCase")]
    TimeLimit {
        /// The case.
        record: RecordId,
        /// Its last day.
        deadline: Date,
        /// Days from the as-of date to it (0: today).
        days_left: u32,
        /// The deduction item it would cost.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<ItemId>,
        /// The item's points per occurrence.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        points: Option<Decimal>,
        /// The total after that deduction.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        total_after: Option<Decimal>,
        /// The grade that total gives.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        grade_after: Option<GradeRef>,
    },
    /// A tolerance decision's correction.
    #[serde(rename_all = "camelCase")]
    Correction {
        /// The incident.
        incident: String,
        /// The deadline.
        deadline: Date,
        /// Days to the deadline (due), or past it (overdue).
        days: u32,
        /// The deadline has passed and the correction is not done.
        overdue: bool,
    },
    /// Case-review findings.
    #[serde(rename_all = "camelCase")]
    CaseReview {
        /// Findings counted.
        count: u32,
        /// The threshold.
        at_least: u32,
        /// The reviewed cases.
        records: Vec<RecordId>,
    },
    /// A tie at a quota's boundary.
    #[serde(rename_all = "camelCase")]
    QuotaTie {
        /// The quota's grade.
        grade: GradeRef,
        /// The grade moved to.
        to: GradeRef,
        /// The last officer kept.
        with: OfficerId,
        /// The shared total.
        total: Decimal,
        /// The key that placed the officer after.
        decided_by: TieBreakKey,
    },
}

/// One warning.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct EarlyWarning {
    /// What it is about.
    pub code: WarningCode,
    /// The officer.
    pub officer: OfficerId,
    /// The officer's unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Why.
    pub cause: WarningCause,
    /// The warning in words.
    pub text: String,
}
