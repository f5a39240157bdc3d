//! The tolerance decision: [`evaluate_tolerance`] and [`reopen_tolerance`].
//!
//! Order of evaluation: the fixed invariants that decide on their own (illegal handling by
//! intent; the same error repeated after an earlier tolerated one), then the policy's rules
//! (first match, else the fallback), then the invariants that can only make the outcome more
//! or less lenient in one direction (a recorded interference can only help; a negative-list
//! fact rules 免责 out), then the policy's consequence of an overdue correction.
//!
//! `types` holds the decision's data, `decide` the decision itself in named steps; each reason
//! is a [`ReasonFact`] worded by [`crate::explain`].

mod decide;
mod types;

pub use types::{
    Decision, Effect, HistoryCounts, Invariant, Matched, PolicyRef, PreviousDecision, Reason, ReasonKind,
    Reopening, ToleranceOptions,
};

use super::incident::{Incident, PriorIncident};
use super::policy::Policy;
use super::validate::{validate_history, validate_incident, validate_policy};
use crate::base::date::Date;
use crate::base::error::{Code, Problems};
use crate::base::fingerprint::{fingerprint, Fingerprinter};
use crate::base::message::ToleranceMsg;
use crate::explain::reasons;
use crate::model::reason_fact::ReasonFact;
use decide::decide;

/// Validates the inputs of a decision; paths are rooted at `policy`, `incident`, `history`, `asOf`.
fn check(
    policy: &Policy,
    incident: &Incident,
    history: &[PriorIncident],
    as_of: Date,
) -> Result<Problems, Problems> {
    let mut all = validate_policy(policy).within("policy");
    if all.has_errors() {
        return Err(all);
    }
    all.extend(validate_incident(policy, incident).within("incident"));
    all.extend(validate_history(incident, history).within("history"));
    if as_of < incident.date {
        all.push(Code::Date, "asOf", ToleranceMsg::AsOfBefore { as_of, incident: incident.date });
    }
    all.into_result()
}

/// Decides an incident under a policy, given the officer's earlier incidents, as of a date
/// (correction deadlines are judged against it). Reasons are in Chinese.
///
/// Bad input gives every problem at once, located by paths rooted at `policy`, `incident`,
/// `history` and `asOf`.
pub fn evaluate_tolerance(
    policy: &Policy,
    incident: &Incident,
    history: &[PriorIncident],
    as_of: Date,
) -> Result<Decision, Problems> {
    evaluate_tolerance_with(policy, incident, history, as_of, &ToleranceOptions::default())
}

/// [`evaluate_tolerance`] with options (language of the reasons).
pub fn evaluate_tolerance_with(
    policy: &Policy,
    incident: &Incident,
    history: &[PriorIncident],
    as_of: Date,
    options: &ToleranceOptions,
) -> Result<Decision, Problems> {
    let warnings = check(policy, incident, history, as_of)?;
    let mut d = decide(policy, incident, history, as_of, options.lang);
    d.warnings = warnings;
    d.fingerprint = decision_fingerprint(policy, incident, history, as_of, None);
    Ok(d)
}

/// Reopens an earlier decision with new evidence: decides the (amended) incident again and
/// records the earlier decision, so that a reassessment shows both. Wrongful cases can be
/// reopened at any time; other incidents only within the policy's `timeBarDays`.
#[allow(clippy::too_many_arguments)]
pub fn reopen_tolerance(
    policy: &Policy,
    previous: &Decision,
    incident: &Incident,
    history: &[PriorIncident],
    reopening: &Reopening,
    as_of: Date,
    options: &ToleranceOptions,
) -> Result<Decision, Problems> {
    let mut problems = match check(policy, incident, history, as_of) {
        Ok(w) => w,
        Err(e) => e,
    };
    if previous.incident != incident.id {
        problems.push(
            Code::ToleranceReopen,
            "reopen",
            ToleranceMsg::ReopenOther { previous: previous.incident.clone(), incident: incident.id.clone() },
        );
    }
    if reopening.new_evidence.iter().all(|e| e.trim().is_empty()) {
        problems.push(Code::ToleranceReopen, "reopen.newEvidence", ToleranceMsg::NoNewEvidence);
    }
    if reopening.reason.trim().is_empty() {
        problems.push(Code::Empty, "reopen.reason", ToleranceMsg::NoReason);
    }
    if reopening.date < previous.as_of {
        problems.push(Code::Date, "reopen.date", ToleranceMsg::ReopenBefore);
    }
    if as_of < reopening.date {
        problems.push(Code::Date, "asOf", ToleranceMsg::AsOfBeforeReopen);
    }
    if let Some(days) = policy.time_bar_days {
        let elapsed = incident.date.days_until(reopening.date);
        if !incident.wrongful_case && elapsed > i64::from(days) {
            problems.push(
                Code::ToleranceTimeBarred,
                "reopen.date",
                ToleranceMsg::TimeBarred { elapsed, days },
            );
        }
    }
    let warnings = problems.into_result()?;
    let lang = options.lang;
    let mut d = decide(policy, incident, history, as_of, lang);
    d.warnings = warnings;
    let prev = PreviousDecision {
        outcome: previous.outcome,
        as_of: previous.as_of,
        rule: previous.rule.clone(),
        fingerprint: previous.fingerprint.clone(),
        reopening: reopening.clone(),
    };
    let (earlier, now) = (previous.outcome, d.outcome);
    let fact = ReasonFact::Reopen {
        date: reopening.date,
        evidence: &reopening.new_evidence,
        reason: &reopening.reason,
        earlier_as_of: previous.as_of,
        earlier,
        now,
    };
    d.reasons
        .insert(0, Reason { kind: ReasonKind::Reopen, reference: None, text: reasons::render(&fact, lang) });
    let label = reasons::reopened_outcome(now, earlier, lang);
    for w in &mut d.effect.waivers {
        w.outcome.clone_from(&label);
    }
    d.fingerprint = decision_fingerprint(policy, incident, history, as_of, Some(&prev));
    d.previous = Some(prev);
    Ok(d)
}

fn decision_fingerprint(
    policy: &Policy,
    incident: &Incident,
    history: &[PriorIncident],
    as_of: Date,
    previous: Option<&PreviousDecision>,
) -> String {
    let mut f = Fingerprinter::new("toleranceDecision");
    f.add("policy", &fingerprint("tolerancePolicy", policy));
    f.add("incident", incident);
    f.add("history", history);
    f.add("asOf", &as_of);
    if let Some(p) = previous {
        f.add("previous", p);
    }
    f.finish()
}
