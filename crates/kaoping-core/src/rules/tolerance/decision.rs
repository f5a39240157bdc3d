//! The tolerance decision: [`evaluate_tolerance`] and [`reopen_tolerance`].
//!
//! Order of evaluation: the fixed invariants that decide on their own (illegal handling by
//! intent; the same error repeated after an earlier tolerated one), then the policy's rules
//! (first match, else the fallback), then the invariants that can only make the outcome more
//! or less lenient in one direction (a recorded interference can only help; a negative-list
//! fact rules 免责 out), then the policy's consequence of an overdue correction.

use super::condition::{Condition, Counted, Facts};
use super::correction::{after_overdue, correction_for, CorrectionState, CorrectionStatus};
use super::incident::{Culpability, Incident, PriorIncident, Responsibility};
use super::outcome::Outcome;
use super::policy::Policy;
use super::validate::{validate_history, validate_incident, validate_policy};
use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problems};
use crate::base::fingerprint::{fingerprint, Fingerprinter};
use crate::base::ids::{ItemId, OccurrenceId, OfficerId};
use crate::explain::wording::{join, join_owned};
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
        all.push(
            Code::Date,
            "asOf",
            format!("the as-of date {as_of} is before the incident ({})", incident.date),
        );
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
            format!("the earlier decision is about `{}`, not `{}`", previous.incident, incident.id),
        );
    }
    if reopening.new_evidence.iter().all(|e| e.trim().is_empty()) {
        problems.push(
            Code::ToleranceReopen,
            "reopen.newEvidence",
            "a decision is reopened only with new evidence",
        );
    }
    if reopening.reason.trim().is_empty() {
        problems.push(Code::Empty, "reopen.reason", "the reason for reopening is empty");
    }
    if reopening.date < previous.as_of {
        problems.push(Code::Date, "reopen.date", "the reopening is dated before the earlier decision");
    }
    if as_of < reopening.date {
        problems.push(Code::Date, "asOf", "the as-of date is before the reopening");
    }
    if let Some(days) = policy.time_bar_days {
        let elapsed = incident.date.days_until(reopening.date);
        if !incident.wrongful_case && elapsed > i64::from(days) {
            problems.push(
                Code::ToleranceTimeBarred,
                "reopen.date",
                format!(
                    "{elapsed} days after the incident, past the {days}-day time bar (only wrongful cases are lifelong)"
                ),
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
    let text = match lang {
        Lang::Zh => format!(
            "复查（{}，新证据：{}；{}）：原决定（{}）{} → 新决定 {}",
            reopening.date,
            join_owned(&reopening.new_evidence, "、"),
            reopening.reason,
            previous.as_of,
            previous.outcome.zh(),
            d.outcome.zh()
        ),
        Lang::En => format!(
            "reopened ({}, new evidence: {}; {}): earlier decision ({}) {} → new decision {}",
            reopening.date,
            join_owned(&reopening.new_evidence, ", "),
            reopening.reason,
            previous.as_of,
            previous.outcome.en(),
            d.outcome.en()
        ),
    };
    d.reasons.insert(0, Reason { kind: ReasonKind::Reopen, reference: None, text });
    let label = match lang {
        Lang::Zh => format!("{}（复查；原决定：{}）", d.outcome.zh(), previous.outcome.zh()),
        Lang::En => format!("{} (reopened; earlier: {})", d.outcome.en(), previous.outcome.en()),
    };
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

struct Text {
    lang: Lang,
    reasons: Vec<Reason>,
}

impl Text {
    fn push(&mut self, kind: ReasonKind, reference: Option<&str>, zh: String, en: String) {
        let text = match self.lang {
            Lang::Zh => zh,
            Lang::En => en,
        };
        self.reasons.push(Reason { kind, reference: reference.map(str::to_owned), text });
    }
}

fn saturating_count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Decides an incident whose inputs are valid.
fn decide(
    policy: &Policy,
    incident: &Incident,
    history: &[PriorIncident],
    as_of: Date,
    lang: Lang,
) -> Decision {
    let mut t = Text { lang, reasons: Vec::new() };
    let claimed = |id: &ItemId| incident.facts.iter().any(|f| &f.item == id);
    let pick = |items: &[super::policy::PolicyItem]| -> Vec<ItemId> {
        items.iter().filter(|i| claimed(&i.id)).map(|i| i.id.clone()).collect()
    };
    let matched = Matched {
        positive: pick(&policy.positive),
        mitigation: pick(&policy.mitigation),
        negative: pick(&policy.negative),
    };
    // preconditions met (found true) and failed (found wanting or not established)
    let (mut met, mut failed) = (Vec::new(), Vec::new());
    for p in &policy.preconditions {
        let found = incident.preconditions.get(&p.id) == Some(&true);
        if found { &mut met } else { &mut failed }.push(p.id.clone());
    }

    // History: the same officer's incidents strictly before this one, counted in one pass.
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

    // Reasons: the findings.
    let resp = match incident.culpability {
        Some(c) if incident.responsibility == Responsibility::IllegalHandling => (
            format!("责任认定：{}（{}）", incident.responsibility.label(Lang::Zh), c.label(Lang::Zh)),
            format!("responsibility: {} ({})", incident.responsibility.label(Lang::En), c.label(Lang::En)),
        ),
        _ => (
            format!("责任认定：{}", incident.responsibility.label(Lang::Zh)),
            format!("responsibility: {}", incident.responsibility.label(Lang::En)),
        ),
    };
    t.push(ReasonKind::Responsibility, None, resp.0, resp.1);
    for id in &failed {
        let title = |l| policy.item(id.as_str()).map(|i| i.title_in(l).to_owned()).unwrap_or_default();
        let found_wanting = incident.preconditions.get(id) == Some(&false);
        let (zh, en) =
            if found_wanting { ("不符合", "found wanting") } else { ("未认定", "not established") };
        t.push(
            ReasonKind::Precondition,
            Some(id.as_str()),
            format!("前提条件 {id} {}：{zh}", title(Lang::Zh)),
            format!("precondition {id} {}: {en}", title(Lang::En)),
        );
    }
    for (ids, kind, zh, en) in [
        (&matched.positive, ReasonKind::Positive, "正面清单", "positive list"),
        (&matched.mitigation, ReasonKind::Mitigation, "从轻减轻情节", "mitigation"),
        (&matched.negative, ReasonKind::Negative, "负面清单", "negative list"),
    ] {
        for id in ids {
            let item = policy.item(id.as_str());
            let evidence: Vec<&str> = incident
                .facts
                .iter()
                .filter(|f| &f.item == id)
                .flat_map(|f| f.evidence.iter().map(String::as_str))
                .collect();
            t.push(
                kind,
                Some(id.as_str()),
                format!(
                    "{zh} {id} {}（证据：{}）",
                    item.map(|i| i.title_in(Lang::Zh)).unwrap_or_default(),
                    if evidence.is_empty() { "无".to_owned() } else { join(&evidence, "、") }
                ),
                format!(
                    "{en} {id} {} (evidence: {})",
                    item.map(|i| i.title_in(Lang::En)).unwrap_or_default(),
                    if evidence.is_empty() { "none".to_owned() } else { join(&evidence, ", ") }
                ),
            );
        }
    }
    if counts.prior > 0 {
        t.push(
            ReasonKind::History,
            counts.repeats.as_deref(),
            format!(
                "此前事项 {} 件，其中同类 {} 件、已容错 {} 件、同类且已容错 {} 件",
                counts.prior, counts.prior_same_kind, counts.prior_tolerated, counts.prior_same_kind_tolerated
            ),
            format!(
                "{} earlier incident(s): {} of the same kind, {} tolerated, {} of the same kind and tolerated",
                counts.prior, counts.prior_same_kind, counts.prior_tolerated, counts.prior_same_kind_tolerated
            ),
        );
    }

    // The outcome.
    let mut invariants = Vec::new();
    let mut rule_id = None;
    let mut treat_as = None;
    let decided = if incident.responsibility == Responsibility::IllegalHandling
        && incident.culpability == Some(Culpability::Intentional)
    {
        invariants.push(Invariant::IntentNeverTolerated);
        t.push(
            ReasonKind::Invariant,
            Some("intentNeverTolerated"),
            "故意违法办案，一律不予容错".to_owned(),
            "illegal handling by intent is never tolerated".to_owned(),
        );
        Outcome::NotTolerated
    } else if let Some(earlier) = &counts.repeats {
        invariants.push(Invariant::RepeatNoLeniency);
        t.push(
            ReasonKind::Invariant,
            Some("repeatNoLeniency"),
            format!("同类错误在已容错事项 {earlier} 之后再犯，不得从宽"),
            format!("the same error repeated after the tolerated incident {earlier}: no leniency at all"),
        );
        Outcome::NotTolerated
    } else {
        let with = first_rule(policy, &facts);
        let chosen = if incident.interference_recorded {
            facts.interference_recorded = false;
            let without = first_rule(policy, &facts);
            facts.interference_recorded = true;
            if without.0.leniency() > with.0.leniency() {
                invariants.push(Invariant::InterferenceProtected);
                t.push(
                    ReasonKind::Invariant,
                    Some("interferenceProtected"),
                    "如实记录干预过问情况受保护，不作不利评价".to_owned(),
                    "recording outside interference is protected and never counts against the officer"
                        .to_owned(),
                );
                without
            } else {
                with
            }
        } else {
            with
        };
        let (mut outcome, rule) = chosen;
        match rule {
            Some(r) => {
                rule_id = Some(r.id.clone());
                treat_as = r.treat_as;
                t.push(
                    ReasonKind::Rule,
                    Some(&r.id),
                    format!("适用规则 {}：{} → {}", r.id, r.reason, outcome.zh()),
                    format!(
                        "rule {} applies: {} → {}",
                        r.id,
                        r.reason_en.as_deref().unwrap_or(&r.reason),
                        outcome.en()
                    ),
                );
            }
            None => t.push(
                ReasonKind::Fallback,
                None,
                format!("无规则适用，按默认处理：{}", outcome.zh()),
                format!("no rule applies: the policy's fallback is {}", outcome.en()),
            ),
        }
        if outcome == Outcome::Exempt && !matched.negative.is_empty() {
            invariants.push(Invariant::NegativeNeverExempt);
            let ids: Vec<&str> = matched.negative.iter().map(ItemId::as_str).collect();
            t.push(
                ReasonKind::Invariant,
                Some("negativeNeverExempt"),
                format!("存在负面清单情形（{}），不得免责，不予容错", join(&ids, "、")),
                format!("negative-list fact(s) ({}) rule out exemption: not tolerated", join(&ids, ", ")),
            );
            outcome = Outcome::NotTolerated;
        }
        outcome
    };

    // Responsibility class: only ever lightened.
    let mut responsibility = incident.responsibility;
    match (treat_as, incident.responsibility) {
        (Some(Responsibility::QualityFlaw), Responsibility::IllegalHandling) => {
            responsibility = Responsibility::QualityFlaw;
            t.push(
                ReasonKind::Responsibility,
                rule_id.as_deref(),
                "按规则作为办案质量瑕疵责任处理".to_owned(),
                "handled as quality-flaw responsibility under the rule".to_owned(),
            );
        }
        (Some(Responsibility::IllegalHandling), Responsibility::QualityFlaw) => {
            invariants.push(Invariant::FlawNeverIllegal);
            t.push(
                ReasonKind::Invariant,
                Some("flawNeverIllegal"),
                "办案质量瑕疵不因累积或规则转为违法办案责任".to_owned(),
                "a quality flaw never becomes illegal-handling responsibility".to_owned(),
            );
        }
        _ => {}
    }
    let culpability = match responsibility {
        Responsibility::IllegalHandling => incident.culpability,
        Responsibility::QualityFlaw => None,
    };

    // Correction and its consequence.
    let correction = correction_for(policy, incident, decided, as_of);
    let outcome = after_overdue(policy, decided, correction.as_ref());
    if let Some(c) = &correction {
        let (zh_state, en_state) = match c.state {
            CorrectionState::Pending => ("未完成，未到期".to_owned(), "pending, not yet due".to_owned()),
            CorrectionState::Done => (
                format!("已于 {} 完成", c.completed.map(|d| d.to_string()).unwrap_or_default()),
                format!("done on {}", c.completed.map(|d| d.to_string()).unwrap_or_default()),
            ),
            CorrectionState::Late => (
                format!("逾期 {} 天后完成", c.days_late),
                format!("done {} day(s) after the deadline", c.days_late),
            ),
            CorrectionState::Overdue => {
                (format!("逾期未完成（{} 天）", c.days_late), format!("overdue by {} day(s)", c.days_late))
            }
        };
        t.push(
            ReasonKind::Correction,
            None,
            format!(
                "纠错要求：{}；期限 {}；截至 {as_of}：{zh_state}",
                join_owned(&c.actions, "；"),
                c.deadline
            ),
            format!(
                "correction: {}; due {}; as of {as_of}: {en_state}",
                join_owned(&c.actions, "; "),
                c.deadline
            ),
        );
        if outcome != decided {
            t.push(
                ReasonKind::Correction,
                None,
                format!("纠错逾期未完成，按规定由{}改为{}", decided.zh(), outcome.zh()),
                format!("correction overdue: the policy turns {} into {}", decided.en(), outcome.en()),
            );
        }
    }

    // Effect on the assessment.
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
        let occs: Vec<&str> = incident.linked.iter().map(OccurrenceId::as_str).collect();
        let (zh, en) = match outcome {
            Outcome::Exempt => (
                "相关扣分与否决项全部免除，考评按未发生计算".to_owned(),
                "linked deductions and vetoes are removed: the assessment is computed as if they never existed"
                    .to_owned(),
            ),
            Outcome::NotTolerated => {
                ("相关扣分与否决项保留".to_owned(), "linked deductions and vetoes stay".to_owned())
            }
            _ => (
                format!("相关扣分保留 {}，否决项不变", kept),
                format!("linked deductions keep a share of {kept}; vetoes stay"),
            ),
        };
        t.push(
            ReasonKind::Effect,
            None,
            format!("对考评的影响（{}）：{zh}", join(&occs, "、")),
            format!("effect on the assessment ({}): {en}", join(&occs, ", ")),
        );
    }

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
        rule: rule_id,
        matched,
        failed_preconditions: failed,
        invariants,
        history: counts,
        lifelong: incident.wrongful_case,
        correction,
        effect: Effect { kept, waivers },
        previous: None,
        reasons: t.reasons,
        warnings: Problems::new(),
        fingerprint: String::new(),
    }
}

/// The first rule whose condition holds, or the fallback.
fn first_rule<'p>(policy: &'p Policy, facts: &Facts) -> (Outcome, Option<&'p super::policy::Rule>) {
    match policy.rules.iter().find(|r| Condition::holds(&r.when, facts)) {
        Some(r) => (r.outcome, Some(r)),
        None => (policy.fallback, None),
    }
}

#[cfg(test)]
mod tests {
    //! Run-time guards behind validation: a policy that slipped past validation (built in
    //! code, never validated) still cannot break the invariants.
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
