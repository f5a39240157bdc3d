//! The app state in plain Rust: the core's assessment [`Session`] and what the screen shows
//! ([`Ui`]: language, selection, filter, the person acting). [`AppState::apply`] is the only way
//! it changes; every edit becomes a session event carrying the person acting, and a refused
//! event changes nothing. The Yew side is a thin adapter that dispatches [`Action`]s.
//!
//! Files: `workspace` (what is saved), `demo` (the demo as events), `action` (what changes the
//! state), `ui` (screen state, table order), `edit` (edits as events, the reason the core asks
//! for), `incident_edit` (the tolerance form's edits), `import` (the roster import's dialog), `results` (what the screens read), `setup` (a new
//! workspace, the period, officers, members, recusals), `backup` (storage answers, the backup
//! reminder).

mod action;
mod backup;
mod demo;
mod edit;
mod import;
mod incident_edit;
mod order;
mod results;
mod setup;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_setup;
mod ui;
mod workspace;

pub use action::Action;
pub use backup::{StorageProblem, BACKUP_EVERY};
pub use demo::{demo_events, first_demo_scheme};
pub use import::ImportDraft;
pub use incident_edit::IncidentEdit;
pub use order::flags;
pub use setup::{PeriodForm, Removed, ROLES};
pub use ui::{
    FieldNotice, Form, LastEdit, Notice, Pending, PrintTarget, Replaced, Replacement, SortKey, Ui, View,
};
pub(crate) use workspace::too_large;
pub use workspace::{
    demo_users, EventsFile, NamedUser, Workspace, EVENTS_FORMAT, MAX_IMPORT_BYTES, WORKSPACE_FORMAT,
    WORKSPACE_VERSION,
};

use crate::i18n::Lang;
use kaoping_core::api::session::{Actor, Session, SessionInit, Timestamp};
use kaoping_core::base::error::Problems;

/// The whole state: the session and the screen.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The assessment session (the core's: roster, committee, sheets, incidents, seals, log).
    pub session: Session,
    /// Screen state.
    pub ui: Ui,
    /// The time the next event carries (the app's clock, set before each action).
    pub now: Timestamp,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.ui == other.ui
            && self.session.log().len() == other.session.log().len()
            && self.session.log().head() == other.session.log().head()
            && self.session.init() == other.session.init()
    }
}

impl AppState {
    /// The demo cohort in `lang`, set up through events at `now` by the first demo user.
    pub fn demo(lang: Lang, now: Timestamp) -> Result<AppState, Problems> {
        let users = demo_users();
        let office = Actor::user(users.first().map_or("考评办", |u| u.name.as_str()));
        let scheme = first_demo_scheme();
        let session = demo::demo_session(&scheme, lang, now, &office)?;
        let mut state = AppState { session, ui: Ui::new(lang, office, users, Some(scheme)), now };
        state.select_first();
        state.mark_backed_up();
        Ok(state)
    }

    /// The state a saved workspace describes: its session restored (the log replayed and checked).
    pub fn from_workspace(ws: &Workspace, now: Timestamp) -> Result<AppState, Problems> {
        let session = Session::restore(&ws.session)?;
        let mut ui = Ui::new(ws.lang, ws.actor.clone(), ws.users.clone(), ws.builtin.clone());
        ui.backed_up = ws.backed_up.unwrap_or_else(|| session.log().len());
        ui.calendar = ws.calendar.clone();
        let mut state = AppState { session, ui, now };
        state.select_first();
        Ok(state)
    }

    /// The state of a platform's event file: a new session with every event applied in order
    /// (all or none), the first named user acting next.
    pub fn from_events(file: &EventsFile, lang: Lang, now: Timestamp) -> Result<AppState, Problems> {
        let init = SessionInit { lang, ..file.init.clone() };
        let mut session = Session::new(init)?;
        session.apply_all(file.events.clone())?;
        let builtin = match &file.init.scheme {
            kaoping_json::Json::String(id) => Some(id.clone()),
            _ => None,
        };
        let users = demo_users();
        let actor = Actor::user(users.first().map_or("考评办", |u| u.name.as_str()));
        let mut state = AppState { session, ui: Ui::new(lang, actor, users, builtin), now };
        state.select_first();
        state.mark_backed_up();
        Ok(state)
    }

    /// What is saved.
    pub fn workspace(&self) -> Workspace {
        Workspace {
            format: WORKSPACE_FORMAT.into(),
            version: WORKSPACE_VERSION,
            lang: self.ui.lang,
            builtin: self.ui.builtin.clone(),
            users: self.ui.users.clone(),
            actor: self.ui.actor.clone(),
            session: self.session.snapshot(),
            backed_up: Some(self.ui.backed_up),
            calendar: self.ui.calendar.clone(),
        }
    }

    /// The session as a platform's event file: its start and every applied event, in order (a
    /// platform replays it, appends its own events, and the app reads it back).
    pub fn events_file(&self) -> EventsFile {
        EventsFile {
            format: EVENTS_FORMAT.into(),
            init: self.session.init().clone(),
            events: self.session.events().cloned().collect(),
        }
    }

    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.ui.lang
    }

    /// Selects the first officer on the roster (officer-id order).
    fn select_first(&mut self) {
        self.ui.selected = self.session.state().roster.keys().next().cloned();
    }

    /// Applies an action: each kind of action is one named step, in the file of its subject.
    pub fn apply(&mut self, action: Action) {
        // a notice at a form moves to the top once something else happens
        if !matches!(action, Action::Saved(_)) {
            self.ui.form = None;
        }
        match action {
            Action::SetLang(lang) => self.set_lang(lang),
            Action::Show(view) => self.ui.view = view,
            Action::Select(i) => self.select(i),
            Action::SortBy(key) => self.sort_by(key),
            Action::Filter(text) => self.ui.filter = text,
            Action::SetActor(actor) => self.set_actor(actor),
            Action::Print(target) => self.print(target),
            Action::Dismiss => {
                self.ui.notice = None;
                self.ui.field = None;
            }
            Action::ShowRater(r) => self.ui.rater = Some(r),
            Action::SelectIncident(i) => self.ui.incident = Some(i),
            Action::Refuse(why) => {
                self.ui.notice =
                    Some(Notice::Rejected(Problems::one(kaoping_core::Code::Limit, "", too_large(why))));
            }
            Action::OpenImport { file, sheets, remembered } => self.open_import(file, sheets, remembered),
            Action::ImportSheet(i) => self.choose_sheet(i),
            Action::MapColumn { column, field } => self.map_column(column, &field),
            Action::ImportReason(r) => self.import_reason(r),
            Action::ConfirmImport => self.confirm_import(),
            Action::CancelImport => self.ui.import = None,
            Action::Reject(problems) => self.ui.notice = Some(Notice::Rejected(problems)),
            Action::UseBuiltin(id) => self.use_builtin(&id),
            Action::ImportScheme(text) => self.import_scheme(&text),
            Action::ImportWorkspace(text) => self.import_workspace(&text),
            Action::ResetDemo => self.reset_demo(),
            Action::UndoReplace => self.undo_replace(),
            Action::AddIncident { officer, description } => self.add_incident(&officer, description),
            Action::EditIncident { id, edit } => self.edit_incident(&id, edit),
            Action::Saved(outcome) => self.saved(outcome),
            Action::Exported => self.mark_backed_up(),
            Action::SnoozeBackup => self.snooze_backup(),
            other => {
                if let Some(other) = self.apply_setup(other) {
                    self.edit(other);
                }
            }
        }
    }

    /// Switches the language: the session is replayed with its texts in the new language.
    fn set_lang(&mut self, lang: Lang) {
        match self.session.in_lang(lang) {
            Ok(s) => {
                self.session = s;
                self.ui.lang = lang;
                self.ui.last = None;
            }
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }

    /// Chooses who acts; a member's own sheet is then the one shown.
    fn set_actor(&mut self, actor: Actor) {
        if let Some(id) = actor.member_id() {
            self.ui.rater = Some(id);
        }
        self.ui.actor = actor;
    }

    /// Replaces the state by a new one, keeping the screen shown and the person acting when
    /// they can still act; the state before is kept to undo the replacement.
    fn replace(&mut self, mut next: AppState, by: Replacement) {
        next.ui.view = self.ui.view;
        let member_gone =
            self.ui.actor.member_id().is_some_and(|m| next.session.state().committee.member(&m).is_none());
        if !member_gone && by != Replacement::Import {
            next.ui.actor = self.ui.actor.clone();
        }
        next.ui.storage = self.ui.storage.clone();
        if next.ui.calendar.is_none() {
            next.ui.calendar = self.ui.calendar.clone();
        }
        let mut before = std::mem::replace(self, next);
        before.ui.replaced = None;
        self.ui.replaced = Some(Replaced { by, before: Box::new(before) });
    }

    /// Undoes the last replacement of the workspace: the state before comes back whole.
    fn undo_replace(&mut self) {
        if let Some(r) = self.ui.replaced.take() {
            let view = self.ui.view;
            *self = *r.before;
            self.ui.view = view;
        }
    }

    /// Replaces the workspace from JSON text (a workspace or a platform's event file).
    fn import_workspace(&mut self, text: &str) {
        let next = match Workspace::from_json(text) {
            Ok(ws) => AppState::from_workspace(&ws, self.now),
            Err(p) => match EventsFile::from_json(text) {
                Ok(file) => AppState::from_events(&file, self.ui.lang, self.now),
                Err(_) => Err(p),
            },
        };
        match next {
            Ok(s) => self.replace(s, Replacement::Import),
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }

    /// Starts again from the demo cohort, in the current language.
    fn reset_demo(&mut self) {
        match AppState::demo(self.ui.lang, self.now) {
            Ok(s) => self.replace(s, Replacement::Demo),
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }

    /// Starts a session of a built-in scheme with its demo officers.
    fn use_builtin(&mut self, id: &str) {
        let office = Actor::user(self.ui.users.first().map_or("考评办", |u| u.name.as_str()));
        match demo::demo_session(id, self.ui.lang, self.now, &office) {
            Ok(session) => {
                let mut ui = Ui::new(self.ui.lang, office, self.ui.users.clone(), Some(id.to_owned()));
                ui.view = self.ui.view;
                let mut next = AppState { session, ui, now: self.now };
                next.select_first();
                next.mark_backed_up();
                self.replace(next, Replacement::Builtin);
            }
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }
}
