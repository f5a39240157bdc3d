//! The session's audit log and result changes worded for people (操作记录): for every applied
//! event its number, time, actor (name and role), action and reason; for a
//! [`Diff`](crate::api::session::Diff) or the changes since a seal, one line per officer who
//! moved. The facts are gathered here, walking the log from its start (names, titles and the
//! value before each change as they were then); the words are `explain::session`'s.

use crate::api::session::actor::{Actor, ActorKind, Timestamp};
use crate::api::session::diff::{OfficerChange, Standing};
use crate::api::session::events::{Change, Event, RosterOfficer};
use crate::api::session::Session;
use crate::base::decimal::Decimal;
use crate::base::error::{Path, Problems};
use crate::base::ids::{IndicatorId, InputKey, OfficerId, RaterId};
use crate::base::lang::Lang;
use crate::base::sorted::SortedMap;
use crate::explain::session::{
    event_text, standing_text, EventFact, IncidentField, Named, OfficerField, StandingFact, Titled,
};
use crate::model::dossier::Occurrence;
use crate::model::scheme::Scheme;
use crate::rules::committee::RaterRole;
use crate::rules::tolerance::Incident;

/// Who made an event, as the audit view shows them.
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct ActorLine {
    /// Member or named user.
    pub kind: ActorKind,
    /// The member id or the user's name.
    pub id: String,
    /// The member's name (a user's name again).
    pub name: String,
    /// The member's role in the committee (主任, 委员 …) or, for a user, "用户" / "user".
    pub role: String,
}

/// One applied event worded for people.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct AuditLine {
    /// Sequence number in the log.
    pub seq: u64,
    /// When.
    pub at: Timestamp,
    /// Who.
    pub actor: ActorLine,
    /// What, worded: `修改 P-003 张三 的 审限内结案数：175 → 180`.
    pub action: String,
    /// Why, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Hash of the log entry.
    pub hash: String,
}

/// A role's label.
pub fn role_label(role: RaterRole, lang: Lang) -> &'static str {
    match (lang, role) {
        (Lang::Zh, r) => r.zh(),
        (Lang::En, RaterRole::Chair) => "chair",
        (Lang::En, RaterRole::Member) => "member",
        (Lang::En, RaterRole::Peer) => "peer rater",
        (Lang::En, RaterRole::Supervisor) => "supervisor",
    }
}

/// What the walk through the log knows so far.
#[derive(Default)]
struct Known {
    officers: SortedMap<OfficerId, RosterOfficer>,
    inputs: SortedMap<(OfficerId, InputKey), Decimal>,
    occurrences: SortedMap<(OfficerId, String), Occurrence>,
    members: SortedMap<RaterId, (String, RaterRole)>,
    ratings: SortedMap<(RaterId, OfficerId, IndicatorId), Decimal>,
    incidents: SortedMap<String, Incident>,
}

impl Known {
    fn officer<'a>(&'a self, id: &'a OfficerId) -> Named<'a> {
        Named { id: id.as_str(), name: self.officers.get(id).map_or("", |o| o.name.as_str()) }
    }

    fn member<'a>(&'a self, id: &'a RaterId) -> Named<'a> {
        Named { id: id.as_str(), name: self.members.get(id).map_or("", |m| m.0.as_str()) }
    }

    fn add_officer(
        &mut self,
        officer: &RosterOfficer,
        inputs: &SortedMap<InputKey, Decimal>,
        occ: &[Occurrence],
    ) {
        self.officers.insert(officer.id.clone(), officer.clone());
        for (k, v) in inputs.iter() {
            self.inputs.insert((officer.id.clone(), k.clone()), *v);
        }
        for o in occ {
            self.occurrences.insert((officer.id.clone(), o.id.to_string()), o.clone());
        }
    }

    fn actor(&self, actor: &Actor, lang: Lang) -> ActorLine {
        let (name, role) = match actor.member_id().and_then(|id| self.members.get(&id)) {
            Some((name, role)) => (name.clone(), role_label(*role, lang).to_owned()),
            None if actor.kind == ActorKind::Member => {
                (String::new(), role_label(RaterRole::Member, lang).to_owned())
            }
            None => (actor.id.clone(), crate::explain::wording::pick(lang, "用户", "user").to_owned()),
        };
        ActorLine { kind: actor.kind, id: actor.id.clone(), name, role }
    }
}

fn input_title<'a>(scheme: &'a Scheme, key: &'a InputKey) -> Titled<'a> {
    match scheme.inputs.iter().find(|d| &d.key == key) {
        // an input is named by its title alone (its key is a program's name)
        Some(d) => Titled { id: "", zh: &d.title, en: d.title_en.as_deref() },
        None => Titled { id: key.as_str(), zh: "", en: None },
    }
}

fn indicator_title<'a>(scheme: &'a Scheme, id: &'a IndicatorId) -> Titled<'a> {
    match scheme.indicators().find(|(_, i)| &i.id == id) {
        Some((_, i)) => Titled { id: id.as_str(), zh: &i.title, en: i.title_en.as_deref() },
        None => Titled { id: id.as_str(), zh: "", en: None },
    }
}

fn item_title<'a>(scheme: &'a Scheme, id: &'a str) -> Titled<'a> {
    let listed =
        scheme.bonuses.items.iter().chain(scheme.deductions.items.iter()).find(|i| i.id.as_str() == id);
    if let Some(i) = listed {
        return Titled { id, zh: &i.title, en: i.title_en.as_deref() };
    }
    match scheme.vetoes.iter().find(|v| v.id.as_str() == id) {
        Some(v) => Titled { id, zh: &v.title, en: v.title_en.as_deref() },
        None => Titled { id, zh: "", en: None },
    }
}

/// The parts in which two versions of an incident differ.
fn incident_fields(before: Option<&Incident>, after: &Incident) -> Vec<IncidentField> {
    let Some(b) = before else { return Vec::new() };
    [
        (b.description != after.description, IncidentField::Description),
        (b.kind != after.kind, IncidentField::Kind),
        (b.date != after.date, IncidentField::Date),
        (
            b.responsibility != after.responsibility || b.culpability != after.culpability,
            IncidentField::Responsibility,
        ),
        (b.preconditions != after.preconditions, IncidentField::Preconditions),
        (b.facts != after.facts, IncidentField::Facts),
        (b.linked != after.linked, IncidentField::Linked),
        (b.correction != after.correction, IncidentField::Correction),
        (
            b.wrongful_case != after.wrongful_case || b.interference_recorded != after.interference_recorded,
            IncidentField::Flags,
        ),
    ]
    .into_iter()
    .filter_map(|(differs, f)| differs.then_some(f))
    .collect()
}

fn new_named(o: Option<&crate::api::session::events::NewOfficer>) -> Named<'_> {
    o.map_or(Named { id: "", name: "" }, |o| Named { id: o.officer.id.as_str(), name: &o.officer.name })
}

/// Words one event with what is known before it, then learns from it.
fn describe(known: &mut Known, session: &Session, event: &Event, lang: Lang) -> String {
    let scheme = session.engine.scheme();
    let text = {
        let k = &*known;
        let fact = match &event.change {
            Change::AddOfficer { officer, .. } => {
                EventFact::OfficerAdded { officer: Named { id: officer.id.as_str(), name: &officer.name } }
            }
            Change::AddOfficers { officers } => {
                let named = new_named;
                EventFact::OfficersAdded {
                    count: officers.len(),
                    first: named(officers.first()),
                    last: named(officers.last()),
                }
            }
            Change::UpdateOfficer { officer, name, unit, post } => {
                let old = k.officers.get(officer);
                let mut changes = Vec::new();
                let was = |f: Option<&String>| f.cloned().unwrap_or_else(|| "—".to_owned());
                if let Some(n) = name {
                    changes.push((OfficerField::Name, was(old.map(|o| &o.name)), n.clone()));
                }
                if let Some(u) = unit {
                    changes.push((OfficerField::Unit, was(old.and_then(|o| o.unit.as_ref())), u.clone()));
                }
                if let Some(p) = post {
                    changes.push((OfficerField::Post, was(old.and_then(|o| o.post.as_ref())), p.clone()));
                }
                EventFact::OfficerUpdated { officer: k.officer(officer), changes }
            }
            Change::RemoveOfficer { officer } => EventFact::OfficerRemoved { officer: k.officer(officer) },
            Change::SetInput { officer, key, value } => EventFact::InputSet {
                officer: k.officer(officer),
                input: input_title(scheme, key),
                before: k.inputs.get(&(officer.clone(), key.clone())).copied(),
                after: *value,
            },
            Change::AddOccurrence { officer, occurrence } => EventFact::OccurrenceAdded {
                officer: k.officer(officer),
                item: item_title(scheme, occurrence.item.as_str()),
                date: occurrence.date,
                count: occurrence.count,
                reference: occurrence.reference.as_deref(),
            },
            Change::RemoveOccurrence { officer, occurrence } => EventFact::OccurrenceRemoved {
                officer: k.officer(officer),
                occurrence: occurrence.as_str(),
                item: k
                    .occurrences
                    .get(&(officer.clone(), occurrence.to_string()))
                    .map(|o| item_title(scheme, o.item.as_str())),
            },
            Change::UpsertRecord { officer, record } => {
                EventFact::RecordUpserted { officer: k.officer(officer), record: record.id.as_str() }
            }
            Change::RemoveRecord { officer, record } => {
                EventFact::RecordRemoved { officer: k.officer(officer), record: record.as_str() }
            }
            Change::AddMember { member } => EventFact::MemberAdded {
                member: Named { id: member.id.as_str(), name: &member.name },
                role: role_label(member.role, lang),
            },
            Change::RemoveMember { member } => EventFact::MemberRemoved { member: k.member(member) },
            Change::Recuse { member, officer } => {
                EventFact::Recused { member: k.member(member), officer: k.officer(officer) }
            }
            Change::Rate { member, officer, indicator, value, .. } => EventFact::Rated {
                member: k.member(member),
                officer: k.officer(officer),
                indicator: indicator_title(scheme, indicator),
                before: k.ratings.get(&(member.clone(), officer.clone(), indicator.clone())).copied(),
                after: *value,
            },
            Change::SignSheet { member } => EventFact::Signed { member: k.member(member) },
            Change::WithdrawSignOff { member } => EventFact::Withdrawn { member: k.member(member) },
            Change::RecordIncident { incident } => EventFact::IncidentRecorded {
                incident: &incident.id,
                officer: k.officer(&incident.officer),
                date: incident.date,
            },
            Change::UpdateIncident { incident } => EventFact::IncidentUpdated {
                incident: &incident.id,
                officer: k.officer(&incident.officer),
                fields: incident_fields(k.incidents.get(&incident.id), incident),
            },
            Change::Decide { incident, .. } => {
                let record = session.state.incidents.get(incident);
                let officer =
                    record.map(|r| k.officer(&r.incident.officer)).unwrap_or(Named { id: "", name: "" });
                // the outcome still standing, when this event is the one that decided it
                let outcome = record
                    .and_then(|r| r.decision.as_ref())
                    .filter(|d| d.at == event.at && d.actor == event.actor)
                    .map(|d| d.decision.outcome.label(lang));
                EventFact::Decided { incident, officer, outcome }
            }
            Change::Seal {} => EventFact::Sealed { officers: k.officers.len() },
            Change::Publish {} => EventFact::Published,
            Change::SetOrganisation { organisation } => EventFact::OrganisationSet {
                units: organisation.units.len(),
                posts: organisation.posts.len(),
            },
        };
        event_text(lang, &fact)
    };
    learn(known, &event.change);
    text
}

/// What an event teaches the walk (names, values, members, incidents).
fn learn(known: &mut Known, change: &Change) {
    match change {
        Change::AddOfficer { officer, inputs, occurrences, .. } => {
            known.add_officer(officer, inputs, occurrences)
        }
        Change::AddOfficers { officers } => {
            for o in officers {
                known.add_officer(&o.officer, &o.inputs, &o.occurrences);
            }
        }
        Change::UpdateOfficer { officer, name, unit, post } => {
            if let Some(o) = known.officers.get_mut(officer) {
                if let Some(n) = name {
                    o.name.clone_from(n);
                }
                if unit.is_some() {
                    o.unit.clone_from(unit);
                }
                if post.is_some() {
                    o.post.clone_from(post);
                }
            }
        }
        Change::SetInput { officer, key, value } => {
            let at = (officer.clone(), key.clone());
            match value {
                Some(v) => {
                    known.inputs.insert(at, *v);
                }
                None => {
                    known.inputs.remove(&at);
                }
            }
        }
        Change::AddOccurrence { officer, occurrence } => {
            known.occurrences.insert((officer.clone(), occurrence.id.to_string()), occurrence.clone());
        }
        Change::AddMember { member } => {
            known.members.insert(member.id.clone(), (member.name.clone(), member.role));
        }
        Change::Rate { member, officer, indicator, value, .. } => {
            let at = (member.clone(), officer.clone(), indicator.clone());
            match value {
                Some(v) => {
                    known.ratings.insert(at, *v);
                }
                None => {
                    known.ratings.remove(&at);
                }
            }
        }
        Change::RecordIncident { incident } | Change::UpdateIncident { incident } => {
            known.incidents.insert(incident.id.clone(), incident.clone());
        }
        _ => {}
    }
}

impl Session {
    /// Every applied event worded for people, oldest first (操作记录).
    pub fn audit_lines(&self, lang: Lang) -> Vec<AuditLine> {
        let mut known = Known::default();
        self.log
            .entries
            .iter()
            .map(|entry| {
                let actor = known.actor(&entry.event.actor, lang);
                let action = describe(&mut known, self, &entry.event, lang);
                AuditLine {
                    seq: entry.seq,
                    at: entry.event.at,
                    actor,
                    action,
                    reason: entry.event.reason.clone(),
                    hash: entry.hash.clone(),
                }
            })
            .collect()
    }

    /// The hash chain of the log checked again (`E_SNAPSHOT_TAMPERED` at the first bad entry).
    pub fn verify_log(&self) -> Result<usize, Problems> {
        self.log.verify(&Path::root().key("log")).map(|()| self.log.len())
    }

    /// One line per officer whose standing changed (a [`crate::api::session::Diff`]'s officers,
    /// or the changes since a seal), worded: `P-003 张三：总分 83.05 → 85.00，名次 5 → 3`.
    pub fn describe_changes(&self, changes: &[OfficerChange], lang: Lang) -> Vec<String> {
        let scheme = self.engine.scheme();
        let fact = |s: &Standing| StandingFact {
            total: s.total,
            rank: s.rank,
            grade: s.final_grade.as_ref().map(|g| match scheme.grade(g) {
                Some(def) => crate::explain::wording::pick(
                    lang,
                    &def.title,
                    def.title_en.as_deref().unwrap_or(&def.title),
                )
                .to_owned(),
                None => g.to_string(),
            }),
        };
        changes
            .iter()
            .map(|c| {
                let name = self.state.roster.get(&c.officer).map_or("", |e| e.dossier.officer.name.as_str());
                let officer = Named { id: c.officer.as_str(), name };
                let (b, a) = (c.before.as_ref().map(fact), c.after.as_ref().map(fact));
                standing_text(lang, &officer, b.as_ref(), a.as_ref(), scheme.precision)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::session::events::{NewOfficer, SessionInit};
    use crate::rules::committee::Rater;

    fn at(t: &str) -> Timestamp {
        Timestamp::parse(t).unwrap()
    }

    fn session() -> Session {
        let init: SessionInit = crate::base::json::from_json_str(r#"{"scheme": "court-judge"}"#).unwrap();
        let mut s = Session::new(init).unwrap();
        let d = crate::api::builtin::demo_entries()
            .into_iter()
            .find(|e| e.scheme == "court-judge")
            .unwrap()
            .dossier;
        let officer =
            RosterOfficer { id: d.officer.id.clone(), name: d.officer.name.clone(), unit: None, post: None };
        let add = Change::AddOfficers {
            officers: vec![NewOfficer {
                officer,
                inputs: d.inputs.clone(),
                occurrences: d.occurrences.clone(),
                case_review: d.case_review,
                records: Vec::new(),
            }],
        };
        s.apply(Event {
            at: at("2026-12-01T09:00"), actor: Actor::user("李静"), reason: None, change: add
        })
        .unwrap();
        let member = Rater {
            id: RaterId("R01".into()),
            name: "李主任".into(),
            role: RaterRole::Chair,
            indicators: Vec::new(),
        };
        s.apply(Event {
            at: at("2026-12-01T09:01"),
            actor: Actor::user("李静"),
            reason: None,
            change: Change::AddMember { member },
        })
        .unwrap();
        let set = |v: &str| Change::SetInput {
            officer: OfficerId("J-001".into()),
            key: InputKey("closedInTime".into()),
            value: Decimal::parse(v),
        };
        s.apply(Event {
            at: at("2026-12-01T09:02"),
            actor: Actor::member("R01"),
            reason: None,
            change: set("190"),
        })
        .unwrap();
        s.apply(Event {
            at: at("2026-12-01T09:03"),
            actor: Actor::member("R01"),
            reason: Some("复核台账".into()),
            change: set("188"),
        })
        .unwrap();
        s
    }

    #[test]
    fn every_event_is_worded_with_its_actor_and_the_value_before() {
        let s = session();
        let lines = s.audit_lines(Lang::Zh);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].action, "批量添加 1 名人员（J-001 张明（示例） 至 J-001 张明（示例））");
        assert_eq!(
            lines[0].actor,
            ActorLine {
                kind: ActorKind::User, id: "李静".into(), name: "李静".into(), role: "用户".into()
            }
        );
        assert_eq!(lines[1].action, "增补考评委员会成员 R01 李主任（主任）");
        assert_eq!(lines[2].action, "修改 J-001 张明（示例） 的 审限内结案数：186 → 190");
        assert_eq!(lines[3].action, "修改 J-001 张明（示例） 的 审限内结案数：190 → 188");
        assert_eq!((lines[3].actor.name.as_str(), lines[3].actor.role.as_str()), ("李主任", "主任"));
        assert_eq!(lines[3].reason.as_deref(), Some("复核台账"));
        assert_eq!(lines[3].hash, s.log().head());
        let en = s.audit_lines(Lang::En);
        assert_eq!(
            en[2].action,
            "changed cases closed within the time limit of J-001 张明（示例）: 186 → 190"
        );
        assert_eq!(s.verify_log().unwrap(), 4);
    }

    #[test]
    fn a_diff_is_worded_per_officer() {
        let mut s = session();
        let change = Change::SetInput {
            officer: OfficerId("J-001".into()),
            key: InputKey("satisfaction".into()),
            value: Decimal::parse("50"),
        };
        let diff = s
            .apply(Event { at: at("2026-12-01T09:04"), actor: Actor::user("李静"), reason: None, change })
            .unwrap();
        let lines = s.describe_changes(&diff.officers, Lang::Zh);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("J-001 张明（示例）：总分 "), "{lines:?}");
        assert!(lines[0].contains(" → "), "{lines:?}");
    }
}
