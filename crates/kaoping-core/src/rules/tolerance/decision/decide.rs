//! Deciding an incident whose inputs are valid, step by step: the items claimed, the
//! preconditions, the history, the findings, the outcome (fixed invariants, the policy's rules,
//! the one-directional invariants), the responsibility class, the correction and the effect on
//! the assessment. Each step adds its reasons as facts.

use super::super::condition::{Condition, Counted, Facts};
use super::super::correction::{after_overdue, correction_for, CorrectionState, CorrectionStatus};
use super::super::incident::{Culpability, Incident, PriorIncident, Responsibility};
use super::super::outcome::Outcome;
use super::super::policy::{Policy, PolicyItem, Rule};
use super::types::{Decision, Effect, HistoryCounts, Invariant, Matched, PolicyRef, Reason, ReasonKind};
use crate::base::date::Date;
use crate::base::error::Problems;
use crate::base::ids::{ItemId, OccurrenceId};
use crate::explain::reasons::render;
use crate::model::assessment::Waiver;
use crate::model::explanation::Lang;
use crate::model::line_fact::Title;
use crate::model::reason_fact::{CorrectionFact, EffectFact, PolicyList, ReasonFact};

/// The reasons being gathered, worded in the decision's language.
struct Reasons {
    lang: Lang,
    reasons: Vec<Reason>,
}

impl Reasons {
    fn push(&mut self, kind: ReasonKind, reference: Option<&str>, fact: ReasonFact<'_>) {
        let text = render(&fact, self.lang);
        self.reasons.push(Reason { kind, reference: reference.map(str::to_owned), text });
    }
}

fn saturating_count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Decides an incident whose inputs are valid.
pub(super) fn decide(
    policy: &Policy,
    incident: &Incident,
    history: &[PriorIncident],
    as_of: Date,
    lang: Lang,
) -> Decision {
    let mut t = Reasons { lang, reasons: Vec::new() };
    let matched = matched_items(policy, incident);
    let (met, failed) = preconditions(policy, incident);
    let counts = history_counts(incident, history);
    let mut facts = facts_for(incident, &matched, met, &failed, &counts);
    findings(&mut t, policy, incident, &matched, &failed, &counts);

    let mut invariants = Vec::new();
    let (decided, rule) = outcome(&mut t, policy, incident, &matched, &counts, &mut facts, &mut invariants);
    let responsibility = responsibility(&mut t, incident, rule, &mut invariants);
    let culpability = match responsibility {
        Responsibility::IllegalHandling => incident.culpability,
        Responsibility::QualityFlaw => None,
    };

    let correction = correction_for(policy, incident, decided, as_of);
    let outcome = after_overdue(policy, decided, correction.as_ref());
    if let Some(c) = &correction {
        correction_reasons(&mut t, c, as_of, decided, outcome);
    }
    let effect = effect(&mut t, policy, incident, outcome, lang);

    Decision {
        incident: incident.id.clone(),
        officer: incident.officer.clone(),
        policy: PolicyRef { id: policy.id.clone(), version: policy.version.clone() },
        as_of,
        outcome,
        outcome_title: outcome.label(lang).to_owned(),
        decided,
        responsibility,
        culpability,
        rule: rule.map(|r| r.id.clone()),
        matched,
        failed_preconditions: failed,
        invariants,
        history: counts,
        lifelong: incident.wrongful_case,
        correction,
        effect,
        previous: None,
        reasons: t.reasons,
        warnings: Problems::new(),
        fingerprint: String::new(),
    }
}

/// The list items the incident claims, in policy order.
fn matched_items(policy: &Policy, incident: &Incident) -> Matched {
    let claimed = |id: &ItemId| incident.facts.iter().any(|f| &f.item == id);
    let pick = |items: &[PolicyItem]| -> Vec<ItemId> {
        items.iter().filter(|i| claimed(&i.id)).map(|i| i.id.clone()).collect()
    };
    Matched {
        positive: pick(&policy.positive),
        mitigation: pick(&policy.mitigation),
        negative: pick(&policy.negative),
    }
}

/// Preconditions met (found true) and failed (found wanting or not established).
fn preconditions(policy: &Policy, incident: &Incident) -> (Vec<ItemId>, Vec<ItemId>) {
    let (mut met, mut failed) = (Vec::new(), Vec::new());
    for p in &policy.preconditions {
        let found = incident.preconditions.get(&p.id) == Some(&true);
        if found { &mut met } else { &mut failed }.push(p.id.clone());
    }
    (met, failed)
}

/// The same officer's incidents strictly before this one, counted in one pass.
fn history_counts(incident: &Incident, history: &[PriorIncident]) -> HistoryCounts {
    let mut counts = HistoryCounts::default();
    for h in history.iter().filter(|h| h.officer == incident.officer && h.date < incident.date) {
        let same_kind = h.kind == incident.kind;
        let tolerated = h.outcome.is_tolerated();
        let tally = |n: &mut u32, yes: bool| *n = n.saturating_add(u32::from(yes));
        tally(&mut counts.prior, true);
        tally(&mut counts.prior_same_kind, same_kind);
        tally(&mut counts.prior_tolerated, tolerated);
        tally(&mut counts.prior_same_kind_tolerated, same_kind && tolerated);
        tally(&mut counts.prior_quality_flaws, h.responsibility == Responsibility::QualityFlaw);
        if same_kind && tolerated && counts.repeats.is_none() {
            counts.repeats = Some(h.id.clone());
        }
    }
    counts
}

/// What the policy's conditions are evaluated against.
fn facts_for(
    incident: &Incident,
    matched: &Matched,
    met: Vec<ItemId>,
    failed: &[ItemId],
    counts: &HistoryCounts,
) -> Facts {
    let mut facts = Facts {
        items: incident.facts.iter().map(|f| f.item.clone()).collect(),
        preconditions_met: met,
        responsibility: Some(incident.responsibility),
        culpability: incident.culpability,
        all_preconditions: failed.is_empty(),
        wrongful_case: incident.wrongful_case,
        interference_recorded: incident.interference_recorded,
        counts: Default::default(),
    };
    for (k, v) in [
        (Counted::PositiveFacts, saturating_count(matched.positive.len())),
        (Counted::MitigationFacts, saturating_count(matched.mitigation.len())),
        (Counted::NegativeFacts, saturating_count(matched.negative.len())),
        (Counted::FailedPreconditions, saturating_count(failed.len())),
        (Counted::PriorIncidents, counts.prior),
        (Counted::PriorSameKind, counts.prior_same_kind),
        (Counted::PriorTolerated, counts.prior_tolerated),
        (Counted::PriorSameKindTolerated, counts.prior_same_kind_tolerated),
        (Counted::PriorQualityFlaws, counts.prior_quality_flaws),
    ] {
        facts.counts.insert(k, v);
    }
    facts
}

/// The reasons that state the findings: responsibility, failed preconditions, items claimed
/// with their evidence, the history.
fn findings(
    t: &mut Reasons,
    policy: &Policy,
    incident: &Incident,
    matched: &Matched,
    failed: &[ItemId],
    counts: &HistoryCounts,
) {
    let culpability = match incident.culpability {
        Some(c) if incident.responsibility == Responsibility::IllegalHandling => Some(c),
        _ => None,
    };
    let responsibility = incident.responsibility;
    t.push(ReasonKind::Responsibility, None, ReasonFact::Responsibility { responsibility, culpability });
    for id in failed {
        let found_wanting = incident.preconditions.get(id) == Some(&false);
        let fact = ReasonFact::Precondition { id: id.as_str(), title: title_of(policy, id), found_wanting };
        t.push(ReasonKind::Precondition, Some(id.as_str()), fact);
    }
    for (ids, kind, list) in [
        (&matched.positive, ReasonKind::Positive, PolicyList::Positive),
        (&matched.mitigation, ReasonKind::Mitigation, PolicyList::Mitigation),
        (&matched.negative, ReasonKind::Negative, PolicyList::Negative),
    ] {
        for id in ids {
            let evidence: Vec<&str> = incident
                .facts
                .iter()
                .filter(|f| &f.item == id)
                .flat_map(|f| f.evidence.iter().map(String::as_str))
                .collect();
            let fact =
                ReasonFact::Item { list, id: id.as_str(), title: title_of(policy, id), evidence: &evidence };
            t.push(kind, Some(id.as_str()), fact);
        }
    }
    if counts.prior > 0 {
        let fact = ReasonFact::History {
            prior: counts.prior,
            same_kind: counts.prior_same_kind,
            tolerated: counts.prior_tolerated,
            same_kind_tolerated: counts.prior_same_kind_tolerated,
        };
        t.push(ReasonKind::History, counts.repeats.as_deref(), fact);
    }
}

/// A policy item's title in both languages (empty when the policy has no such item).
fn title_of<'p>(policy: &'p Policy, id: &ItemId) -> Title<'p> {
    policy
        .item(id.as_str())
        .map(|i| Title::new(i.title_in(Lang::Zh), Some(i.title_in(Lang::En))))
        .unwrap_or_default()
}

/// The outcome decided on the facts, and the rule that decided (none: an invariant or the
/// fallback): the invariants that decide on their own, then the policy's first matching rule
/// (never worse for a recorded interference), then 免责 ruled out by a negative-list fact.
fn outcome<'p>(
    t: &mut Reasons,
    policy: &'p Policy,
    incident: &Incident,
    matched: &Matched,
    counts: &HistoryCounts,
    facts: &mut Facts,
    invariants: &mut Vec<Invariant>,
) -> (Outcome, Option<&'p Rule>) {
    if incident.responsibility == Responsibility::IllegalHandling
        && incident.culpability == Some(Culpability::Intentional)
    {
        invariants.push(Invariant::IntentNeverTolerated);
        t.push(ReasonKind::Invariant, Some("intentNeverTolerated"), ReasonFact::IntentNeverTolerated);
        return (Outcome::NotTolerated, None);
    }
    if let Some(earlier) = &counts.repeats {
        invariants.push(Invariant::RepeatNoLeniency);
        t.push(ReasonKind::Invariant, Some("repeatNoLeniency"), ReasonFact::RepeatNoLeniency { earlier });
        return (Outcome::NotTolerated, None);
    }
    let with = first_rule(policy, facts);
    let (mut outcome, rule) = if incident.interference_recorded {
        facts.interference_recorded = false;
        let without = first_rule(policy, facts);
        facts.interference_recorded = true;
        if without.0.leniency() > with.0.leniency() {
            invariants.push(Invariant::InterferenceProtected);
            t.push(ReasonKind::Invariant, Some("interferenceProtected"), ReasonFact::InterferenceProtected);
            without
        } else {
            with
        }
    } else {
        with
    };
    match rule {
        Some(r) => {
            let reason = Title::new(&r.reason, r.reason_en.as_deref());
            let fact = ReasonFact::Rule { id: &r.id, reason, outcome };
            t.push(ReasonKind::Rule, Some(&r.id), fact);
        }
        None => t.push(ReasonKind::Fallback, None, ReasonFact::Fallback { outcome }),
    }
    if outcome == Outcome::Exempt && !matched.negative.is_empty() {
        invariants.push(Invariant::NegativeNeverExempt);
        let items: Vec<&str> = matched.negative.iter().map(ItemId::as_str).collect();
        t.push(
            ReasonKind::Invariant,
            Some("negativeNeverExempt"),
            ReasonFact::NegativeNeverExempt { items: &items },
        );
        outcome = Outcome::NotTolerated;
    }
    (outcome, rule)
}

/// The responsibility class the incident is handled under: only ever lightened by a rule.
fn responsibility(
    t: &mut Reasons,
    incident: &Incident,
    rule: Option<&Rule>,
    invariants: &mut Vec<Invariant>,
) -> Responsibility {
    match (rule.and_then(|r| r.treat_as), incident.responsibility) {
        (Some(Responsibility::QualityFlaw), Responsibility::IllegalHandling) => {
            t.push(ReasonKind::Responsibility, rule.map(|r| r.id.as_str()), ReasonFact::TreatedAsQualityFlaw);
            Responsibility::QualityFlaw
        }
        (Some(Responsibility::IllegalHandling), Responsibility::QualityFlaw) => {
            invariants.push(Invariant::FlawNeverIllegal);
            t.push(ReasonKind::Invariant, Some("flawNeverIllegal"), ReasonFact::FlawNeverIllegal);
            incident.responsibility
        }
        _ => incident.responsibility,
    }
}

/// The correction required and its state, and the overdue consequence when it changed the
/// outcome.
fn correction_reasons(
    t: &mut Reasons,
    c: &CorrectionStatus,
    as_of: Date,
    decided: Outcome,
    outcome: Outcome,
) {
    let state = match c.state {
        CorrectionState::Pending => CorrectionFact::Pending,
        CorrectionState::Done => CorrectionFact::Done(c.completed),
        CorrectionState::Late => CorrectionFact::Late(c.days_late),
        CorrectionState::Overdue => CorrectionFact::Overdue(c.days_late),
    };
    let fact = ReasonFact::Correction { actions: &c.actions, deadline: c.deadline, as_of, state };
    t.push(ReasonKind::Correction, None, fact);
    if outcome != decided {
        let fact = ReasonFact::CorrectionOverdue { decided, outcome };
        t.push(ReasonKind::Correction, None, fact);
    }
}

/// The effect on the assessment: one waiver per linked occurrence, and its reason.
fn effect(t: &mut Reasons, policy: &Policy, incident: &Incident, outcome: Outcome, lang: Lang) -> Effect {
    let kept = policy.kept(outcome);
    let waivers: Vec<Waiver> = incident
        .linked
        .iter()
        .map(|occ: &OccurrenceId| Waiver {
            occurrence: occ.clone(),
            kept,
            decision: incident.id.clone(),
            outcome: outcome.label(lang).to_owned(),
        })
        .collect();
    if !waivers.is_empty() {
        let occurrences: Vec<&str> = incident.linked.iter().map(OccurrenceId::as_str).collect();
        let effect = match outcome {
            Outcome::Exempt => EffectFact::Exempt,
            Outcome::NotTolerated => EffectFact::NotTolerated,
            _ => EffectFact::Kept(kept),
        };
        t.push(ReasonKind::Effect, None, ReasonFact::Effect { occurrences: &occurrences, effect });
    }
    Effect { kept, waivers }
}

/// The first rule whose condition holds, or the fallback.
fn first_rule<'p>(policy: &'p Policy, facts: &Facts) -> (Outcome, Option<&'p Rule>) {
    match policy.rules.iter().find(|r| Condition::holds(&r.when, facts)) {
        Some(r) => (r.outcome, Some(r)),
        None => (policy.fallback, None),
    }
}

#[cfg(test)]
mod tests {
    //! Run-time guards behind validation: a policy that slipped past validation (built in
    //! code, never validated) still cannot break the invariants.
    use super::super::super::validate::validate_policy;
    use super::*;

    fn policy_with_first_rule(rule: serde_json::Value) -> Policy {
        let mut p = crate::rules::tolerance::policy("tolerance-default").unwrap();
        p.rules.insert(0, serde_json::from_value(rule).unwrap());
        assert!(validate_policy(&p).has_errors(), "the rule must be one validation rejects");
        p
    }

    fn incident() -> Incident {
        serde_json::from_value(serde_json::json!({
            "id": "INC-1", "officer": "J-001", "date": "2026-08-03", "description": "d", "kind": "k",
            "responsibility": "qualityFlaw",
            "preconditions": { "PC01": true, "PC02": true, "PC03": true, "PC04": true, "PC05": true },
            "facts": [{ "item": "TP08", "evidence": ["E"] }],
            "correction": { "deadline": "2026-10-31", "completed": "2026-09-01" }
        }))
        .unwrap()
    }

    #[test]
    fn recorded_interference_cannot_hurt_even_past_validation() {
        let p = policy_with_first_rule(serde_json::json!({
            "id": "X", "outcome": "notTolerated", "when": { "flag": "interferenceRecorded" }, "reason": "r" }));
        let mut i = incident();
        let as_of = Date::parse("2026-12-31").unwrap();
        assert_eq!(decide(&p, &i, &[], as_of, Lang::Zh).outcome, Outcome::Exempt);
        i.interference_recorded = true;
        let d = decide(&p, &i, &[], as_of, Lang::Zh);
        assert_eq!(d.outcome, Outcome::Exempt);
        assert_eq!(d.invariants, vec![Invariant::InterferenceProtected]);
    }

    #[test]
    fn quality_flaw_cannot_be_reclassified_even_past_validation() {
        let p = policy_with_first_rule(serde_json::json!({
            "id": "X", "outcome": "notTolerated", "treatAs": "illegalHandling", "reason": "r",
            "when": { "count": { "of": "priorQualityFlaws", "op": "ge", "value": 0 } } }));
        let d = decide(&p, &incident(), &[], Date::parse("2026-12-31").unwrap(), Lang::Zh);
        assert_eq!(d.responsibility, Responsibility::QualityFlaw);
        assert_eq!(d.invariants, vec![Invariant::FlawNeverIllegal]);
    }
}
