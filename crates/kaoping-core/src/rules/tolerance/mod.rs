//! Fault tolerance and error correction (容错纠错).
//!
//! * [`Policy`] — a versioned JSON document, separate from schemes: preconditions, the positive
//!   list (TP…, may be tolerated), the mitigation list (TM…), the negative list (TN…, never
//!   tolerated) and the combining rules as data ([`Condition`]s read by a small interpreter).
//!   Checked by [`validate_policy`]; the built-in policy is [`policy()`]`("tolerance-default")`.
//! * [`Incident`] — what happened, the responsibility found (quality flaw, or illegal handling
//!   with a culpability), the facts claimed with evidence, the assessment entries it concerns
//!   and the correction required.
//! * [`evaluate_tolerance`] — the [`Decision`] (免责 / 从轻 / 减轻 / 不予容错) with its reasons,
//!   correction and effect on the assessment; [`reopen_tolerance`] reopens it with new evidence.
//! * [`Engine::assess_with_tolerance`](crate::Assessor::assess_with_tolerance) — the assessment
//!   with decisions applied; [`overdue_corrections`] — unfinished corrections as of a date.
//!
//! Whatever a policy says, these invariants hold (see [`Invariant`]), and a policy whose rules
//! try to contradict them is rejected by validation with a coded error:
//! 1. any negative-list fact → never 免责 (`E_TOLERANCE_NEGATIVE_EXEMPT`);
//! 2. the same kind of error repeated after an earlier tolerated incident → no leniency at all
//!    (`E_TOLERANCE_REPEAT`);
//! 3. illegal handling by intent (故意) → never tolerated (`E_TOLERANCE_INTENT`);
//! 4. a quality flaw never becomes illegal-handling responsibility, by accumulation or otherwise
//!    (`E_TOLERANCE_RECLASSIFY`);
//! 5. recording outside interference (三个规定) never counts against the one who recorded it
//!    (`E_TOLERANCE_PROTECTED`).

pub mod condition;
pub mod correction;
pub mod decision;
pub mod effect;
pub mod incident;
pub mod outcome;
pub mod overdue;
pub mod policy;
pub mod validate;

pub use condition::{Compare, Condition, Count, Counted, Field, Flag, Op};
pub use correction::{CorrectionState, CorrectionStatus};
pub use decision::{
    evaluate_tolerance, evaluate_tolerance_with, reopen_tolerance, Decision, Effect, HistoryCounts,
    Invariant, Matched, PolicyRef, PreviousDecision, Reason, ReasonKind, Reopening, ToleranceOptions,
};
pub use effect::waivers_for;
pub use incident::{Correction, Culpability, Fact, Incident, PriorIncident, Responsibility};
pub use outcome::Outcome;
pub use overdue::{overdue_corrections, OverdueCorrection};
pub use policy::{CorrectionPolicy, ListKind, OverdueEffect, Policy, PolicyItem, Rule, Shares};
pub use validate::{validate_history, validate_incident, validate_policy};

use crate::base::{
    error::{Code, Problems},
    json::from_json_str,
};

/// Ids and JSON texts of the built-in tolerance policies.
const POLICIES: &[(&str, &str)] =
    &[("tolerance-default", include_str!(concat!(env!("OUT_DIR"), "/policies/tolerance-default.json")))];

/// Ids of the built-in tolerance policies.
pub fn policy_ids() -> Vec<&'static str> {
    POLICIES.iter().map(|(id, _)| *id).collect()
}

/// The JSON text of a built-in tolerance policy.
pub fn policy_json(id: &str) -> Option<&'static str> {
    POLICIES.iter().find(|(pid, _)| *pid == id).map(|(_, json)| *json)
}

/// A built-in tolerance policy, parsed.
pub fn policy(id: &str) -> Result<Policy, Problems> {
    let json = policy_json(id).ok_or_else(|| {
        Problems::one(
            Code::UnknownRef,
            "",
            crate::base::message::ToleranceMsg::NoBuiltinPolicy { id: crate::rules::validate::short(id) },
        )
    })?;
    from_json_str(json)
}
