//! Edits as session events: each edit of the screen becomes one [`Change`] applied with the
//! person acting and the app's clock. A refused event changes nothing and shows the core's
//! problems; one refused for want of a reason (`E_REASON_REQUIRED`) waits while the screen asks
//! for the reason, and is applied again with it.

use super::workspace::over_import_limit;
use super::{Action, AppState, FieldNotice, LastEdit, Notice, Pending, MAX_IMPORT_BYTES};
use kaoping_core::api::session::{ActorKind, Change, Event, NewOfficer, Session, SessionInit};
use kaoping_core::base::error::Problems;
use kaoping_core::{Code, Date, Decimal, Occurrence};

/// A typed number: `Ok(None)` for an empty field, `Err` for text that is no number.
pub(super) fn number(text: &str) -> Result<Option<Decimal>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    Decimal::parse(t).map(Some).ok_or_else(|| text.to_owned())
}

impl AppState {
    /// The change an edit makes (`Err`: the text typed could not be read).
    fn change_of(&self, action: Action) -> Result<Option<Change>, String> {
        Ok(Some(match action {
            Action::SetInput { officer, key, value } => {
                Change::SetInput { officer, key: key.as_str().into(), value: number(&value)? }
            }
            Action::SetName { officer, name } => {
                Change::UpdateOfficer { officer, name: Some(name), unit: None, post: None }
            }
            Action::SetUnit { officer, unit } => {
                Change::UpdateOfficer { officer, name: None, unit: Some(unit), post: None }
            }
            Action::AddOccurrence { officer, item, date, reference, count } => {
                let day = Date::parse(date.trim()).ok_or(date)?;
                let count = match count.trim() {
                    "" => 1,
                    t => t.parse::<u32>().ok().filter(|n| *n >= 1).ok_or(count)?,
                };
                let taken = |id: &str| {
                    self.dossier(&officer).is_some_and(|d| d.occurrences.iter().any(|o| o.id.as_str() == id))
                };
                let n = (1..).find(|n| !taken(&format!("occ-{n}"))).unwrap_or(1);
                let reference = Some(reference.trim().to_owned()).filter(|r| !r.is_empty());
                let occurrence = Occurrence {
                    id: format!("occ-{n}").as_str().into(),
                    item: item.as_str().into(),
                    date: day,
                    count,
                    reference,
                    note: None,
                };
                Change::AddOccurrence { officer, occurrence }
            }
            Action::RemoveOccurrence { officer, id } => {
                Change::RemoveOccurrence { officer, occurrence: id.as_str().into() }
            }
            Action::SetRating { member, officer, indicator, value } => Change::Rate {
                member,
                officer,
                indicator: indicator.as_str().into(),
                value: number(&value)?,
                note: None,
            },
            Action::SignSheet(member) => Change::SignSheet { member },
            Action::WithdrawSignOff(member) => Change::WithdrawSignOff { member },
            Action::Recuse { member, officer } => Change::Recuse { member, officer },
            Action::Seal => Change::Seal {},
            Action::Publish => Change::Publish {},
            Action::Decide(incident) => Change::Decide { incident, as_of: None },
            _ => return Ok(None),
        }))
    }

    /// An edit: its change applied, or the reason given / dropped for the waiting one.
    pub(super) fn edit(&mut self, action: Action) {
        match action {
            Action::GiveReason(reason) => {
                if let Some(p) = self.ui.pending.take() {
                    self.act_with(p.change, Some(reason));
                }
            }
            Action::CancelReason => self.ui.pending = None,
            Action::SetInput { officer, key, value } => {
                // a value refused, by the app or the core, is said beside its field
                let field = (officer.clone(), key.clone());
                self.ui.field = None;
                let refused = match self.change_of(Action::SetInput { officer, key, value }) {
                    Ok(Some(change)) => (!self.act(change)).then(|| self.ui.notice.take()).flatten(),
                    Ok(None) => None,
                    Err(text) => Some(Notice::BadNumber(text)),
                };
                self.ui.field = refused.map(|notice| FieldNotice { officer: field.0, key: field.1, notice });
            }
            other => match self.change_of(other) {
                Ok(Some(change)) => {
                    self.act(change);
                }
                Ok(None) => {}
                Err(text) => self.ui.notice = Some(Notice::BadNumber(text)),
            },
        }
    }

    /// Applies a change as an event of the person acting, now; `true` when the core took it.
    pub(super) fn act(&mut self, change: Change) -> bool {
        self.act_with(change, None)
    }

    /// Applies a change with a reason given beforehand (a form that asks for it).
    pub(super) fn act_with(&mut self, change: Change, reason: Option<String>) -> bool {
        let reason = reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
        let event = Event { at: self.now, actor: self.ui.actor.clone(), reason, change: change.clone() };
        match self.session.apply(event) {
            Ok(diff) => {
                let lang = self.ui.lang;
                let line = self.session.audit_lines(lang).pop();
                let who = line.as_ref().map(|l| {
                    let known = self.user_role(&l.actor.id).filter(|_| l.actor.kind == ActorKind::User);
                    format!("{} · {}", l.actor.name, known.unwrap_or(&l.actor.role))
                });
                self.ui.last = Some(LastEdit {
                    seq: diff.seq,
                    actor: who.unwrap_or_default(),
                    reason: line.as_ref().and_then(|l| l.reason.clone()),
                    action: line.map(|l| l.action).unwrap_or_default(),
                    moved: self.session.describe_changes(&diff.officers, lang),
                });
                self.ui.pending = None;
                self.ui.notice = None;
                // an edit after a replacement keeps it: no undo past an edit
                self.ui.replaced = None;
                true
            }
            Err(problems) if problems.0.iter().any(|p| p.code == Code::ReasonRequired) => {
                self.ui.pending = Some(Pending { change, problems });
                false
            }
            Err(problems) => {
                self.ui.notice = Some(Notice::Rejected(problems));
                false
            }
        }
    }

    /// Starts a session with a scheme from JSON text (size-limited, checked by the core), the
    /// officers of the current roster added to it by the person acting; or lists the problems.
    pub(super) fn import_scheme(&mut self, text: &str) {
        if text.len() > MAX_IMPORT_BYTES {
            self.ui.scheme_problems = Some(over_import_limit(text.len()));
            return;
        }
        let lang = self.ui.lang;
        let started = kaoping_core::base::json::from_json_str::<kaoping_json::Json>(text)
            .and_then(|scheme| Session::new(SessionInit { scheme, policy: None, lang }));
        let mut session = match started {
            Ok(s) => s,
            Err(p) => {
                self.ui.scheme_problems = Some(p);
                return;
            }
        };
        let officers: Vec<NewOfficer> =
            self.session.state().roster.values().map(super::setup::new_officer).collect();
        let mut notice: Option<Problems> = None;
        if !officers.is_empty() {
            let event = Event {
                at: self.now,
                actor: self.ui.actor.clone(),
                reason: None,
                change: Change::AddOfficers { officers },
            };
            if let Err(p) = session.apply(event) {
                notice = Some(p);
            }
        }
        self.ui.scheme_problems = None;
        self.session = session;
        self.ui.builtin = None;
        self.ui.last = None;
        self.ui.notice = notice.map(Notice::Rejected);
        if self.ui.actor.member_id().is_some() {
            self.ui.actor = kaoping_core::api::session::Actor::user(
                self.ui.users.first().map_or("考评办", |u| u.name.as_str()),
            );
        }
        self.ui.selected = self.session.state().roster.keys().next().cloned();
    }
}
