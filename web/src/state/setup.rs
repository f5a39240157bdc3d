//! Setting up a workspace from the screen (设置): a new, empty workspace of a built-in scheme for
//! a period; the period changed (the same log replayed under the new period, so every event is
//! checked again); officers added, edited and removed (a removal can be undone: the officer comes
//! back with their data, as a new event); committee members with their roles; recusals with
//! their reasons. Every change is a session event the core checks; the screen only translates
//! the form into it.

use super::{Action, AppState, Form, Notice, Replacement, Ui};
use kaoping_core::api::builtin;
use kaoping_core::api::session::state::RosterEntry;
use kaoping_core::api::session::{Actor, Change, NewOfficer, RosterOfficer, Session, SessionInit};
use kaoping_core::base::error::Problems;
use kaoping_core::base::ids::InputKey;
use kaoping_core::base::sorted::SortedMap;
use kaoping_core::model::scheme::Period;
use kaoping_core::rules::committee::{Rater, RaterRole};
use kaoping_core::{Date, OfficerId, RaterId};
use kaoping_json::Json;

/// A period as typed in the form: its label and its first and last days (`YYYY-MM-DD`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodForm {
    /// Label (`2027年度`).
    pub label: String,
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
}

/// An officer removed from the roster, kept to undo the removal (until the next removal or
/// replacement of the workspace).
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    /// The officer with their dossier data, as they are added back.
    pub officer: NewOfficer,
}

/// Every role a member may hold, in the order the form lists them.
pub const ROLES: [RaterRole; 4] =
    [RaterRole::Chair, RaterRole::Member, RaterRole::Supervisor, RaterRole::Peer];

/// Text that is empty or blank is not given.
fn given(text: &str) -> Option<String> {
    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
}

/// The scheme document of a session start, as JSON (a built-in one's text read for its id).
fn scheme_document(scheme: &Json) -> Result<Json, Problems> {
    match scheme {
        Json::String(id) => match builtin::scheme_json(id) {
            Some(text) => kaoping_core::base::json::from_json_str::<Json>(text),
            None => Err(builtin::scheme(id).err().unwrap_or_default()),
        },
        other => Ok(other.clone()),
    }
}

/// A roster entry as an officer added with their data (to add them back, or to another session).
pub(super) fn new_officer(e: &RosterEntry) -> NewOfficer {
    NewOfficer {
        officer: RosterOfficer {
            id: e.dossier.officer.id.clone(),
            name: e.dossier.officer.name.clone(),
            unit: e.dossier.officer.unit.clone(),
            post: e.post.clone(),
        },
        inputs: e.dossier.inputs.clone(),
        occurrences: e.dossier.occurrences.clone(),
        case_review: e.dossier.case_review,
        records: e.dossier.records.clone(),
    }
}

/// The scheme document with its period replaced (the period's other settings kept).
fn with_period(scheme: &Json, period: &Period) -> Result<Json, Problems> {
    let doc = scheme_document(scheme)?;
    let Json::Object(members) = doc else { return Ok(doc) };
    let period = kaoping_core::base::json::from_json_str::<Json>(&kaoping_json::to_string(period))?;
    let mut out: Vec<(String, Json)> = members.into_iter().filter(|(k, _)| k != "period").collect();
    out.push(("period".to_owned(), period));
    Ok(Json::Object(out))
}

impl AppState {
    /// The period of a form, with the current period's other settings; `Err`: the text of a day
    /// that is no date.
    fn period_of(&self, form: &PeriodForm) -> Result<Period, String> {
        let day = |t: &str| Date::parse(t.trim()).ok_or_else(|| t.to_owned());
        Ok(Period {
            label: given(&form.label)
                .unwrap_or_else(|| format!("{} – {}", form.start.trim(), form.end.trim())),
            start: day(&form.start)?,
            end: day(&form.end)?,
            outside: self.scheme().period.outside,
        })
    }

    /// Starts a new, empty workspace of a built-in scheme for a period: no officer, no member,
    /// no event; the workspace before can be brought back (the undo bar).
    pub(super) fn new_workspace(&mut self, scheme: &str, form: &PeriodForm) {
        let period = match self.period_of(form) {
            Ok(p) => p,
            Err(text) => return self.ui.notice = Some(Notice::BadDate(text)),
        };
        let lang = self.ui.lang;
        let started = with_period(&Json::String(scheme.to_owned()), &period)
            .and_then(|doc| Session::new(SessionInit { scheme: doc, policy: None, lang }));
        match started {
            Ok(session) => {
                let office = Actor::user(self.ui.users.first().map_or("考评办", |u| u.name.as_str()));
                let mut ui = Ui::new(lang, office, self.ui.users.clone(), Some(scheme.to_owned()));
                ui.view = self.ui.view;
                let next = AppState { session, ui, now: self.now };
                self.replace(next, Replacement::New);
            }
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }

    /// Changes the period: the session is started again with the scheme under the new period and
    /// its whole log replayed (an occurrence or record now outside the period is refused, and
    /// then nothing changes).
    pub(super) fn set_period(&mut self, form: &PeriodForm) {
        let period = match self.period_of(form) {
            Ok(p) => p,
            Err(text) => {
                self.ui.period_changed = false;
                return self.ui.notice = Some(Notice::BadDate(text));
            }
        };
        let init = self.session.init().clone();
        let replayed = with_period(&init.scheme, &period)
            .and_then(|doc| Session::replay(SessionInit { scheme: doc, ..init }, self.session.log()));
        match replayed {
            Ok(session) => {
                self.session = session;
                self.ui.notice = None;
                self.ui.period_changed = true;
            }
            Err(p) => {
                self.ui.notice = Some(Notice::Rejected(p));
                self.ui.period_changed = false;
            }
        }
    }

    /// Adds an officer with the inputs typed (the core asks for every input the scheme
    /// requires); a text that is no number adds nothing.
    pub(super) fn add_officer(
        &mut self,
        id: &str,
        name: &str,
        (unit, post): (&str, &str),
        typed: &[(String, String)],
    ) {
        let mut inputs = Vec::new();
        for (key, text) in typed {
            match super::edit::number(text) {
                Ok(Some(v)) => inputs.push((InputKey::from(key.as_str()), v)),
                Ok(None) => {}
                Err(text) => return self.ui.notice = Some(Notice::BadNumber(text)),
            }
        }
        let officer = RosterOfficer {
            id: OfficerId(id.trim().to_owned()),
            name: name.trim().to_owned(),
            unit: given(unit),
            post: given(post),
        };
        let selected = officer.id.clone();
        let change = Change::AddOfficer {
            officer,
            inputs: SortedMap::from_vec(inputs),
            occurrences: Vec::new(),
            case_review: None,
            records: Vec::new(),
        };
        if self.act(change) {
            self.ui.selected = Some(selected);
        }
    }

    /// Changes an officer's name, unit and post (a blank unit or post is left as it is).
    pub(super) fn update_officer(&mut self, officer: OfficerId, name: &str, unit: &str, post: &str) {
        self.act(Change::UpdateOfficer { officer, name: given(name), unit: given(unit), post: given(post) });
    }

    /// Removes an officer (the core refuses while a signed sheet rates them or an incident names
    /// them); their data is kept to undo the removal.
    pub(super) fn remove_officer(&mut self, id: OfficerId) {
        let kept = self.session.state().roster.get(&id).map(new_officer);
        if self.act(Change::RemoveOfficer { officer: id.clone() }) {
            self.ui.removed = kept.map(|officer| Removed { officer });
            if self.ui.selected.as_ref() == Some(&id) {
                self.ui.selected = self.session.state().roster.keys().next().cloned();
            }
        }
    }

    /// Adds the removed officer back with their data (a new event: the log keeps the removal).
    pub(super) fn undo_remove(&mut self) {
        let Some(removed) = self.ui.removed.take() else { return };
        let o = removed.officer.clone();
        let id = o.officer.id.clone();
        let change = Change::AddOfficer {
            officer: o.officer,
            inputs: o.inputs,
            occurrences: o.occurrences,
            case_review: o.case_review,
            records: o.records,
        };
        if self.act(change) {
            self.ui.selected = Some(id);
        } else {
            self.ui.removed = Some(removed);
        }
    }

    /// Adds a committee member with a role (they rate every rated indicator).
    pub(super) fn add_member(&mut self, id: &str, name: &str, role: RaterRole) {
        let member = Rater {
            id: RaterId(id.trim().to_owned()),
            name: name.trim().to_owned(),
            role,
            indicators: Vec::new(),
        };
        self.act(Change::AddMember { member });
    }

    /// A member recuses themself from an officer with the reason given (the core asks that the
    /// member act and give a reason).
    pub(super) fn add_recusal(&mut self, member: RaterId, officer: OfficerId, reason: &str) {
        self.act_with(Change::Recuse { member, officer }, Some(reason.to_owned()));
    }

    /// Declares the organisation from a file's JSON text (units, posts, the aggregation rule);
    /// the core checks it against the roster.
    pub(super) fn import_organisation(&mut self, text: &str) {
        if text.len() > super::MAX_IMPORT_BYTES {
            self.ui.notice = Some(Notice::Rejected(super::workspace::over_import_limit(text.len())));
            return;
        }
        match kaoping_core::base::json::from_json_str::<kaoping_core::model::organisation::Organisation>(text)
        {
            Ok(organisation) => {
                self.act(Change::SetOrganisation { organisation });
            }
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }

    /// Keeps a holiday calendar from a file's JSON text (checked by the core when a publication
    /// counts working days with it).
    pub(super) fn import_calendar(&mut self, text: &str) {
        if text.len() > super::MAX_IMPORT_BYTES {
            self.ui.notice = Some(Notice::Rejected(super::workspace::over_import_limit(text.len())));
            return;
        }
        match kaoping_core::base::json::from_json_str::<kaoping_core::model::calendar::HolidayCalendar>(text)
        {
            Ok(calendar) => {
                self.ui.calendar = Some(calendar);
                self.ui.notice = None;
            }
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }

    /// The set-up actions; another action is given back. A refusal is said at the form that
    /// sent the action.
    pub(super) fn apply_setup(&mut self, action: Action) -> Option<Action> {
        let form = match &action {
            Action::NewWorkspace { .. } => Form::NewWorkspace,
            Action::SetPeriod(_) => Form::Period,
            Action::AddMember { .. } | Action::RemoveMember(_) | Action::AddRecusal { .. } => Form::Committee,
            Action::ImportOrganisation(_) => Form::Organisation,
            Action::ImportCalendar(_) => Form::Calendar,
            Action::AddOfficer { .. }
            | Action::UpdateOfficer { .. }
            | Action::RemoveOfficer(_)
            | Action::UndoRemoveOfficer => Form::Roster,
            _ => return Some(action),
        };
        self.setup(action);
        self.ui.form = self.ui.notice.is_some().then_some(form);
        None
    }

    fn setup(&mut self, action: Action) {
        match action {
            Action::NewWorkspace { scheme, period } => self.new_workspace(&scheme, &period),
            Action::SetPeriod(period) => self.set_period(&period),
            Action::AddOfficer { id, name, unit, post, inputs } => {
                self.add_officer(&id, &name, (&unit, &post), &inputs)
            }
            Action::UpdateOfficer { officer, name, unit, post } => {
                self.update_officer(officer, &name, &unit, &post)
            }
            Action::RemoveOfficer(id) => self.remove_officer(id),
            Action::UndoRemoveOfficer => self.undo_remove(),
            Action::AddMember { id, name, role } => self.add_member(&id, &name, role),
            Action::RemoveMember(member) => {
                self.act(Change::RemoveMember { member });
            }
            Action::AddRecusal { member, officer, reason } => self.add_recusal(member, officer, &reason),
            Action::ImportOrganisation(text) => self.import_organisation(&text),
            Action::ImportCalendar(text) => self.import_calendar(&text),
            _ => {}
        }
    }
}
