//! The app state in plain Rust: the saved workspace, the results the core computed from it, and
//! what the screen shows. [`AppState::apply`] is the only way it changes; the Yew side is a thin
//! adapter that dispatches [`Action`]s.
//!
//! Files: `workspace` (what is saved), `results` (what the core computed), `action` (what
//! changes the state), `ui` (screen, selection, filter and sort), and the edits by subject:
//! `dossier_edit`, `committee`, `incident_edit`.

mod action;
mod committee;
mod dossier_edit;
mod incident_edit;
mod results;
#[cfg(test)]
mod tests;
mod ui;
mod workspace;

pub use action::Action;
pub use incident_edit::IncidentEdit;
pub use ui::{Notice, PrintTarget, SortKey, Ui, View};
pub(crate) use workspace::too_large;
pub use workspace::{Workspace, MAX_IMPORT_BYTES, WORKSPACE_FORMAT, WORKSPACE_VERSION};

use crate::i18n::Lang;
use kaoping_core::api::builtin;
use kaoping_core::base::error::Problems;
use kaoping_core::model::assessment::Assessment;
use kaoping_core::rules::cohort::CohortResult;
use kaoping_core::rules::tolerance::{Decision, Policy};
use kaoping_core::Engine;

/// One officer's row: the core's result or the problems of the dossier.
pub type Row = Result<Assessment, Problems>;

/// The whole state: the workspace, the engine compiled from its scheme and the results.
#[derive(Clone, Debug)]
pub struct AppState {
    /// What is saved.
    pub ws: Workspace,
    /// The engine, or the scheme's problems.
    pub engine: Result<Engine, Problems>,
    /// One row per dossier, in dossier order (computed by the core).
    pub rows: Vec<Row>,
    /// The tolerance policy, or its problems.
    pub policy: Result<Policy, Problems>,
    /// One decision per incident (computed by the core).
    pub decisions: Vec<Result<Decision, Problems>>,
    /// The ranked cohort with quotas (computed by the core), or why it could not be.
    pub cohort: Result<CohortResult, Problems>,
    /// For each dossier, its entry in `cohort.officers`.
    pub entry_of: Vec<Option<usize>>,
    /// Screen state.
    pub ui: Ui,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.ws == other.ws
            && self.rows == other.rows
            && self.ui == other.ui
            && self.decisions == other.decisions
    }
}

impl AppState {
    /// A state for a workspace, with every result computed.
    pub fn new(ws: Workspace) -> AppState {
        let engine = Engine::new(ws.scheme.clone());
        let ui = Ui { descending: true, ..Ui::default() };
        let policy = builtin::policy(&ws.policy);
        let mut state = AppState {
            ws,
            engine,
            rows: Vec::new(),
            policy,
            decisions: Vec::new(),
            cohort: Err(Problems::new()),
            entry_of: Vec::new(),
            ui,
        };
        state.recompute_all();
        if !state.ws.dossiers.is_empty() {
            state.ui.selected = Some(0);
        }
        state
    }

    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.ws.lang
    }

    /// Applies an action: each kind of action is one named step, in the file of its subject.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => {
                self.ws.lang = lang;
                self.recompute_all();
            }
            Action::Show(view) => self.ui.view = view,
            Action::Select(i) => self.select(i),
            Action::SortBy(key) => self.sort_by(key),
            Action::Filter(text) => self.ui.filter = text,
            Action::SetInput { officer, key, value } => self.set_input(officer, key, value),
            Action::SetName { officer, name } => self.set_name(officer, name),
            Action::SetUnit { officer, unit } => self.set_unit(officer, unit),
            Action::AddOccurrence { officer, item, date, reference } => {
                self.add_occurrence(officer, item, date, reference)
            }
            Action::RemoveOccurrence { officer, id } => self.remove_occurrence(officer, &id),
            Action::UseBuiltin(id) => self.use_builtin(id),
            Action::ImportScheme(text) => self.import_scheme(&text),
            Action::ImportWorkspace(text) => self.import_workspace(&text),
            Action::ResetDemo => self.reset_demo(),
            Action::Print(target) => self.print(target),
            Action::Dismiss => self.ui.notice = None,
            Action::SetRating { rater, officer, indicator, value, today } => {
                self.set_rating(&rater, &officer, &indicator, &value, &today)
            }
            Action::SignSheet { rater, today } => self.sign_sheet(&rater, &today),
            Action::Seal { today } => self.seal(&today),
            Action::ShowRater(r) => self.ui.rater = Some(r),
            Action::RecordDecision { index, today } => self.record_decision(index, &today),
            Action::AddIncident(officer) => self.add_incident(officer),
            Action::RemoveIncident(i) => self.remove_incident(i),
            Action::SelectIncident(i) => self.select_incident(i),
            Action::EditIncident { index, edit } => self.edit_incident(index, edit),
            Action::Refuse(why) => {
                self.ui.notice =
                    Some(Notice::Rejected(Problems::one(kaoping_core::Code::Limit, "", too_large(why))));
            }
        }
    }

    /// Replaces the whole state by a new workspace's, on the screen shown now.
    fn replace_keeping_view(&mut self, ws: Workspace) {
        let view = self.ui.view;
        *self = AppState::new(ws);
        self.ui.view = view;
    }

    /// Replaces the workspace from JSON text, or says why not.
    fn import_workspace(&mut self, text: &str) {
        match Workspace::from_json(text) {
            Ok(ws) => self.replace_keeping_view(ws),
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }

    /// Starts again from the demo cohort, in the current language.
    fn reset_demo(&mut self) {
        match Workspace::demo() {
            Ok(mut ws) => {
                ws.lang = self.ws.lang;
                *self = AppState::new(ws);
            }
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }

    /// Uses a built-in scheme. Demo officers follow the demo scheme; real dossiers stay and are
    /// checked against the new scheme.
    fn use_builtin(&mut self, id: String) {
        let demo = self.ws.dossiers.iter().all(|d| d.synthetic);
        match (demo, Workspace::demo_for(&id)) {
            (true, Ok(mut ws)) => {
                ws.lang = self.ws.lang;
                self.replace_keeping_view(ws);
            }
            (false, Ok(ws)) => {
                self.ws.builtin = Some(id);
                self.set_scheme(ws.scheme);
            }
            (_, Err(p)) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }
}
