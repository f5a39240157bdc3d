//! Validation of tolerance policies, incidents and histories: every problem at once, coded and
//! located. A policy whose rules contradict the fixed invariants is rejected here.

use super::condition::MAX_CONDITION_DEPTH;
use super::condition::{
    field_value, needs_at_least_one, Compare, Condition, Counted, Field, FieldValue, Flag, Op,
};
use super::incident::{Culpability, Incident, PriorIncident, Responsibility};
use super::outcome::Outcome;
use super::policy::{Policy, PolicyItem, POLICY_SCHEMA_VERSION};
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::is_valid_id;
use crate::base::limits::{MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use crate::base::message::{Noun, ToleranceMsg};
use crate::base::sorted::Seen;
use crate::rules::validate::short;

/// Most facts, linked occurrences or correction actions in one incident.
pub const MAX_INCIDENT_ITEMS: usize = 256;
/// Most entries in a history.
pub const MAX_HISTORY: usize = 10_000;

/// Checks a parsed policy. Returns every problem found, errors and warnings; paths are relative
/// to the policy.
pub fn validate_policy(policy: &Policy) -> Problems {
    let mut p = Problems::new();
    let root = Path::root();
    if policy.schema_version != POLICY_SCHEMA_VERSION {
        p.push(
            Code::SchemaVersion,
            root.key("schemaVersion"),
            ToleranceMsg::SchemaVersion { given: policy.schema_version, expected: POLICY_SCHEMA_VERSION },
        );
    }
    if !is_valid_id(&policy.id) {
        p.push(Code::InvalidId, root.key("id"), ToleranceMsg::PolicyId { id: short(&policy.id) });
    }
    if policy.version.trim().is_empty() {
        p.push(Code::Empty, root.key("version"), ToleranceMsg::EmptyVersion);
    }
    text(&mut p, &root.key("title"), &policy.title);
    let mut seen = Seen::new();
    for (name, items) in [
        ("preconditions", &policy.preconditions),
        ("positive", &policy.positive),
        ("mitigation", &policy.mitigation),
        ("negative", &policy.negative),
    ] {
        list(&mut p, &root.key(name), items, &mut seen);
    }
    if policy.rules.len() > MAX_LIST_ITEMS {
        p.push(Code::Limit, root.key("rules"), ToleranceMsg::TooManyRules { max: MAX_LIST_ITEMS });
    }
    let mut rule_ids = Seen::new();
    for (i, rule) in policy.rules.iter().enumerate() {
        let rp = root.key("rules").index(i);
        if !is_valid_id(&rule.id) {
            p.push(
                Code::InvalidId,
                rp.key("id"),
                ToleranceMsg::BadId { what: Noun::Rule, id: short(&rule.id) },
            );
        } else if !rule_ids.insert(rule.id.as_str()) {
            p.push(Code::DuplicateId, rp.key("id"), ToleranceMsg::RuleTwice { id: rule.id.clone() });
        }
        text(&mut p, &rp.key("reason"), &rule.reason);
        let wp = rp.key("when");
        if rule.when.depth() > MAX_CONDITION_DEPTH {
            p.push(Code::Limit, wp.clone(), ToleranceMsg::TooDeep { max: MAX_CONDITION_DEPTH });
        } else {
            condition(&mut p, policy, &rule.when, &wp);
            invariants(&mut p, policy, rule.outcome, rule.treat_as, &rule.when, &rp);
        }
    }
    let shares = root.key("shares");
    for (name, v) in [("lighter", policy.shares.lighter), ("mitigated", policy.shares.mitigated)] {
        if v < Decimal::ZERO || v > Decimal::ONE {
            p.push(Code::NumberRange, shares.key(name), ToleranceMsg::Share { value: v });
        }
    }
    if policy.shares.mitigated > policy.shares.lighter {
        p.push(
            Code::ToleranceShare,
            shares.key("mitigated"),
            ToleranceMsg::Shares { mitigated: policy.shares.mitigated, lighter: policy.shares.lighter },
        );
    }
    let cp = root.key("correction");
    if !(1..=3650).contains(&policy.correction.default_days) {
        p.push(Code::NumberRange, cp.key("defaultDays"), ToleranceMsg::DefaultDays);
    }
    if policy.correction.default_actions.is_empty() {
        p.push(Code::Empty, cp.key("defaultActions"), ToleranceMsg::NoDefaultAction);
    }
    if policy.time_bar_days == Some(0) {
        p.push(Code::NumberRange, root.key("timeBarDays"), ToleranceMsg::TimeBar);
    }
    p
}

fn text(p: &mut Problems, path: &Path, s: &str) {
    if s.trim().is_empty() {
        p.push(Code::Empty, path, ToleranceMsg::EmptyText);
    } else if s.chars().count() > MAX_TEXT_CHARS {
        p.push(Code::Limit, path, ToleranceMsg::TextTooLong { max: MAX_TEXT_CHARS });
    }
}

fn list<'a>(p: &mut Problems, path: &Path, items: &'a [PolicyItem], seen: &mut Seen<&'a str>) {
    if items.is_empty() {
        p.push(Code::Empty, path, ToleranceMsg::EmptyList);
    }
    if items.len() > MAX_LIST_ITEMS {
        p.push(Code::Limit, path, ToleranceMsg::TooManyItems { max: MAX_LIST_ITEMS });
    }
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        if !is_valid_id(item.id.as_str()) {
            p.push(Code::InvalidId, ip.key("id"), ToleranceMsg::ItemId { id: short(item.id.as_str()) });
        } else if !seen.insert(item.id.as_str()) {
            p.push(Code::DuplicateId, ip.key("id"), ToleranceMsg::ItemTwice { id: item.id.to_string() });
        }
        text(p, &ip.key("title"), &item.title);
        text(p, &ip.key("description"), &item.description);
        if item.source.as_deref().is_none_or(|s| s.trim().is_empty()) {
            p.push(
                Code::Unsourced,
                ip.key("source"),
                ToleranceMsg::ItemUnsourced { id: item.id.to_string() },
            );
        }
    }
}

fn condition(p: &mut Problems, policy: &Policy, c: &Condition, path: &Path) {
    use super::policy::ListKind;
    match c {
        Condition::All(cs) | Condition::Any(cs) => {
            let key = if matches!(c, Condition::All(_)) { "all" } else { "any" };
            if cs.is_empty() {
                p.push(Code::Empty, path.key(key), ToleranceMsg::NoCondition { key: key.to_owned() });
            }
            for (i, inner) in cs.iter().enumerate() {
                condition(p, policy, inner, &path.key(key).index(i));
            }
        }
        Condition::Not(inner) => condition(p, policy, inner, &path.key("not")),
        Condition::Fact(id) => match policy.list_of(id.as_str()) {
            Some(ListKind::Positive | ListKind::Mitigation | ListKind::Negative) => {}
            Some(ListKind::Precondition) => p.push(
                Code::UnknownRef,
                path.key("fact"),
                ToleranceMsg::FactIsPrecondition { id: id.to_string() },
            ),
            None => p.push(
                Code::UnknownRef,
                path.key("fact"),
                ToleranceMsg::NoListItem { id: short(id.as_str()) },
            ),
        },
        Condition::Precondition(id) => {
            if policy.list_of(id.as_str()) != Some(ListKind::Precondition) {
                p.push(
                    Code::UnknownRef,
                    path.key("precondition"),
                    ToleranceMsg::NoPrecondition { id: short(id.as_str()) },
                );
            }
        }
        Condition::Compare(cmp) => {
            let cp = path.key("compare");
            match field_value(cmp.field, &cmp.value) {
                None => p.push(
                    Code::ToleranceCondition,
                    cp.key("value"),
                    ToleranceMsg::NotAValue { value: short(&cmp.value), field: format!("{:?}", cmp.field) },
                ),
                Some(FieldValue::Responsibility(_)) if !matches!(cmp.op, Op::Eq | Op::Ne) => {
                    p.push(Code::ToleranceCondition, cp.key("op"), ToleranceMsg::Unordered)
                }
                Some(_) => {}
            }
        }
        Condition::Flag(_) | Condition::Count(_) => {}
    }
}

fn culpability_at_least_intent(c: &Condition) -> bool {
    match c {
        Condition::Compare(Compare { field: Field::Culpability, op, value }) => {
            match field_value(Field::Culpability, value) {
                Some(FieldValue::Culpability(v)) => match op {
                    Op::Eq | Op::Ge => v == Culpability::Intentional,
                    Op::Gt => v >= Culpability::GrossNegligence,
                    _ => false,
                },
                _ => false,
            }
        }
        _ => false,
    }
}

/// Static checks of one rule against the invariants that no policy may contradict.
fn invariants(
    p: &mut Problems,
    policy: &Policy,
    outcome: Outcome,
    treat_as: Option<Responsibility>,
    when: &Condition,
    rule_path: &Path,
) {
    use super::policy::ListKind;
    let wp = rule_path.key("when");
    let op = rule_path.key("outcome");
    // (1) a negative-list fact never leads to 免责.
    if outcome == Outcome::Exempt
        && when.requires(&|c| match c {
            Condition::Fact(id) => policy.list_of(id.as_str()) == Some(ListKind::Negative),
            Condition::Count(n) => n.of == Counted::NegativeFacts && needs_at_least_one(n.op, n.value),
            _ => false,
        })
    {
        p.push(Code::ToleranceNegativeExempt, op.clone(), ToleranceMsg::NegativeExempt);
    }
    // (2) the same error repeated after an earlier tolerated one: no leniency at all.
    if outcome.is_tolerated()
        && when.requires(&|c| {
            matches!(c, Condition::Count(n) if n.of == Counted::PriorSameKindTolerated && needs_at_least_one(n.op, n.value))
        })
    {
        p.push(
            Code::ToleranceRepeat,
            op.clone(),
            ToleranceMsg::Repeat,
        );
    }
    // (3) illegal handling by intent is never tolerated.
    if outcome.is_tolerated() && when.requires(&culpability_at_least_intent) {
        p.push(Code::ToleranceIntent, op.clone(), ToleranceMsg::Intent);
    }
    // (4) a quality flaw never becomes illegal-handling responsibility.
    if treat_as == Some(Responsibility::IllegalHandling)
        && !when.requires(&|c| {
            matches!(c, Condition::Compare(Compare { field: Field::Responsibility, op: Op::Eq, value }) if value == "illegalHandling")
                || matches!(c, Condition::Compare(Compare { field: Field::Culpability, .. }))
        })
    {
        p.push(
            Code::ToleranceReclassify,
            rule_path.key("treatAs"),
            ToleranceMsg::Reclassify,
        );
    }
    // (5) recording interference (三个规定) never counts against the officer.
    let mut against = false;
    when.leaves(false, &mut |leaf, negated| {
        if matches!(leaf, Condition::Flag(Flag::InterferenceRecorded))
            && (negated || outcome != Outcome::Exempt)
        {
            against = true;
        }
    });
    if against {
        p.push(Code::ToleranceProtected, wp, ToleranceMsg::Protected);
    }
}

/// Checks an incident against a policy; paths are relative to the incident.
pub fn validate_incident(policy: &Policy, incident: &Incident) -> Problems {
    use super::policy::ListKind;
    let mut p = Problems::new();
    let root = Path::root();
    if !is_valid_id(&incident.id) {
        p.push(Code::InvalidId, root.key("id"), ToleranceMsg::IncidentId { id: short(&incident.id) });
    }
    if !is_valid_id(incident.officer.as_str()) {
        p.push(
            Code::InvalidId,
            root.key("officer"),
            ToleranceMsg::OfficerId { id: short(incident.officer.as_str()) },
        );
    }
    if !is_valid_id(&incident.kind) {
        p.push(Code::InvalidId, root.key("kind"), ToleranceMsg::KindId { kind: short(&incident.kind) });
    }
    text(&mut p, &root.key("description"), &incident.description);
    match (incident.responsibility, incident.culpability) {
        (Responsibility::IllegalHandling, None) => {
            p.push(Code::ToleranceCulpability, root.key("culpability"), ToleranceMsg::NoCulpability)
        }
        (Responsibility::QualityFlaw, Some(_)) => {
            p.push(Code::ToleranceCulpability, root.key("culpability"), ToleranceMsg::FlawCulpability)
        }
        _ => {}
    }
    for id in incident.preconditions.keys() {
        if policy.list_of(id.as_str()) != Some(ListKind::Precondition) {
            p.push(
                Code::UnknownRef,
                root.key("preconditions").key(id.as_str()),
                ToleranceMsg::UnknownPrecondition { id: short(id.as_str()) },
            );
        }
    }
    if incident.facts.len() > MAX_INCIDENT_ITEMS || incident.linked.len() > MAX_INCIDENT_ITEMS {
        p.push(Code::Limit, &root, ToleranceMsg::TooManyFacts { max: MAX_INCIDENT_ITEMS });
    }
    let mut seen = Seen::new();
    for (i, fact) in incident.facts.iter().enumerate() {
        let fp = root.key("facts").index(i);
        match policy.list_of(fact.item.as_str()) {
            Some(ListKind::Positive | ListKind::Mitigation | ListKind::Negative) => {}
            Some(ListKind::Precondition) => p.push(
                Code::UnknownItem,
                fp.key("item"),
                ToleranceMsg::FactPrecondition { id: fact.item.to_string() },
            ),
            None => p.push(
                Code::UnknownItem,
                fp.key("item"),
                ToleranceMsg::UnknownFact { id: short(fact.item.as_str()) },
            ),
        }
        if !seen.insert(fact.item.as_str()) {
            p.push(Code::DuplicateId, fp.key("item"), ToleranceMsg::FactTwice { id: fact.item.to_string() });
        }
        if fact.evidence.iter().all(|e| e.trim().is_empty()) {
            p.push(
                Code::ToleranceNoEvidence,
                fp.key("evidence"),
                ToleranceMsg::NoEvidence { id: fact.item.to_string() },
            );
        }
    }
    let mut linked = Seen::new();
    for (i, occ) in incident.linked.iter().enumerate() {
        if !is_valid_id(occ.as_str()) {
            p.push(
                Code::InvalidId,
                root.key("linked").index(i),
                ToleranceMsg::OccurrenceId { id: short(occ.as_str()) },
            );
        } else if !linked.insert(occ.as_str()) {
            p.push(
                Code::DuplicateId,
                root.key("linked").index(i),
                ToleranceMsg::LinkedTwice { id: occ.to_string() },
            );
        }
    }
    if let Some(c) = &incident.correction {
        let cp = root.key("correction");
        if c.actions.len() > MAX_INCIDENT_ITEMS {
            p.push(Code::Limit, cp.key("actions"), ToleranceMsg::TooManyActions { max: MAX_INCIDENT_ITEMS });
        }
        if c.deadline.is_some_and(|d| d < incident.date) {
            p.push(Code::Date, cp.key("deadline"), ToleranceMsg::DeadlineBefore);
        }
        if c.completed.is_some_and(|d| d < incident.date) {
            p.push(Code::Date, cp.key("completed"), ToleranceMsg::CompletedBefore);
        }
    }
    p
}

/// Checks a history; paths are relative to the history array.
pub fn validate_history(incident: &Incident, history: &[PriorIncident]) -> Problems {
    let mut p = Problems::new();
    if history.len() > MAX_HISTORY {
        p.push(Code::Limit, "", ToleranceMsg::TooManyEarlier { max: MAX_HISTORY });
    }
    let mut seen = Seen::new();
    for (i, h) in history.iter().enumerate() {
        let hp = Path::root().index(i);
        if !is_valid_id(&h.id) {
            p.push(Code::InvalidId, hp.key("id"), ToleranceMsg::IncidentId { id: short(&h.id) });
        } else if h.id == incident.id {
            p.push(Code::DuplicateId, hp.key("id"), ToleranceMsg::HistorySelf { id: h.id.clone() });
        } else if !seen.insert(h.id.as_str()) {
            p.push(Code::DuplicateId, hp.key("id"), ToleranceMsg::HistoryTwice { id: h.id.clone() });
        }
    }
    p
}
