//! The app state in plain Rust: the saved workspace, the results the core computed from it, and
//! what the screen shows. [`AppState::apply`] is the only way it changes; the Yew side is a thin
//! adapter that dispatches [`Action`]s.

use crate::i18n::Lang;
use kaoping_core::api::tolerance::default_policy_id;
use kaoping_core::api::{builtin, cohort::assess_cohort, officer, preview};
use kaoping_core::base::message::Message;
use kaoping_core::base::{error::Problems, json::from_json_str};
use kaoping_core::model::assessment::Assessment;
use kaoping_core::rules::audit::{AuditEvent, AuditLog};
use kaoping_core::rules::cohort::{CohortEntry, CohortInput, CohortOptions, CohortResult};
use kaoping_core::rules::committee::{Committee, Rating, ScoreSheet, SignOff};
use kaoping_core::rules::tolerance::{
    self, Culpability, Decision, Fact, Incident, Policy, Responsibility, ToleranceOptions,
};
use kaoping_core::{AssessOptions, Date, Decimal, Dossier, Engine, Occurrence, Scheme};

/// Format tag of a saved or exported workspace.
pub const WORKSPACE_FORMAT: &str = "kaoping-workspace";
/// Version of the workspace format.
pub const WORKSPACE_VERSION: u32 = 1;
/// Largest file the app imports (bytes).
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// Everything a committee edits; saved on every change, exported and imported as JSON.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Workspace {
    /// Always [`WORKSPACE_FORMAT`].
    pub format: String,
    /// Always [`WORKSPACE_VERSION`].
    pub version: u32,
    /// Language of the interface.
    pub lang: Lang,
    /// Built-in scheme id the scheme came from, or `None` for an imported scheme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builtin: Option<String>,
    /// The scheme in use.
    pub scheme: Scheme,
    /// The cohort's dossiers.
    pub dossiers: Vec<Dossier>,
    /// Built-in tolerance policy id (default: the api's).
    #[serde(default = "default_policy_id")]
    pub policy: String,
    /// Tolerance incidents under review.
    #[serde(default)]
    pub incidents: Vec<Incident>,
    /// The committee (members, recusals), when the scheme has rated indicators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<Committee>,
    /// The members' score sheets.
    #[serde(default)]
    pub sheets: Vec<ScoreSheet>,
    /// The committee's hash-chained audit trail.
    #[serde(default)]
    pub audit: AuditLog,
}

fn empty_correction() -> tolerance::Correction {
    tolerance::Correction { actions: Vec::new(), deadline: None, completed: None }
}

impl Workspace {
    /// The built-in demo cohort with its scheme (the first scheme of the demo cohort).
    pub fn demo() -> Result<Workspace, Problems> {
        let first = builtin::demo_entries().first().map(|e| e.scheme.clone());
        Workspace::demo_for(first.as_deref().unwrap_or("court-judge"))
    }

    /// The demo officers of one built-in scheme, with that scheme.
    pub fn demo_for(scheme_id: &str) -> Result<Workspace, Problems> {
        let scheme = builtin::scheme(scheme_id)?;
        let dossiers = builtin::demo_entries()
            .into_iter()
            .filter(|e| e.scheme == scheme_id)
            .map(|e| e.dossier)
            .collect::<Vec<_>>();
        let input = builtin::demo_cohort_input(&scheme, dossiers);
        let dossiers = input.dossiers;
        Ok(Workspace {
            format: WORKSPACE_FORMAT.into(),
            version: WORKSPACE_VERSION,
            lang: Lang::Zh,
            builtin: Some(scheme_id.to_string()),
            scheme,
            dossiers,
            policy: default_policy_id(),
            incidents: Vec::new(),
            committee: input.committee,
            sheets: input.sheets,
            audit: AuditLog::new(),
        })
    }

    /// Reads a workspace from JSON: size-limited, structurally checked (with the path of the first
    /// problem) and tagged with the right format and version.
    pub fn from_json(text: &str) -> Result<Workspace, Problems> {
        if text.len() > MAX_IMPORT_BYTES {
            return Err(Problems::one(
                kaoping_core::Code::Limit,
                "",
                Message::given(
                    format!("the file has {} bytes; at most {MAX_IMPORT_BYTES} are accepted", text.len()),
                    format!("文件有 {} 字节，最多接受 {MAX_IMPORT_BYTES} 字节", text.len()),
                ),
            ));
        }
        let ws: Workspace = from_json_str(text)?;
        if ws.format != WORKSPACE_FORMAT || ws.version != WORKSPACE_VERSION {
            return Err(Problems::one(
                kaoping_core::Code::SchemaVersion,
                "format",
                Message::given(
                    format!("not a {WORKSPACE_FORMAT} version {WORKSPACE_VERSION} file"),
                    format!("不是（{WORKSPACE_FORMAT}）第 {WORKSPACE_VERSION} 版的工作区文件"),
                ),
            ));
        }
        Ok(ws)
    }

    /// The workspace as indented JSON (the exported form).
    pub fn to_json(&self) -> String {
        kaoping_json::to_string_pretty(self)
    }

    /// The workspace as compact JSON (the form saved in the browser on every edit).
    pub fn to_compact_json(&self) -> String {
        kaoping_json::to_string(self)
    }
}

/// One officer's row: the core's result or the problems of the dossier.
pub type Row = Result<Assessment, Problems>;

/// Screens of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    /// Cohort table and officer detail.
    #[default]
    Cohort,
    /// The scheme.
    Scheme,
    /// Committee score sheets and the audit trail.
    Sheets,
    /// Tolerance review.
    Tolerance,
    /// Officer preview.
    Preview,
    /// Printable sheets.
    Print,
    /// Import and export.
    Data,
}

/// Table columns that sort.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKey {
    /// By officer id.
    Id,
    /// By name.
    Name,
    /// By unit.
    Unit,
    /// By total (highest first by default).
    #[default]
    Total,
}

/// What the print view prints.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum PrintTarget {
    /// The whole cohort.
    #[default]
    Cohort,
    /// One officer (index into the dossiers).
    Officer(usize),
}

/// A message shown at the top of the screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// An import or edit was rejected, with the problems.
    Rejected(Problems),
    /// A number could not be read.
    BadNumber(String),
}

/// What the screen shows besides the workspace.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Ui {
    /// Current screen.
    pub view: View,
    /// Selected officer (index into the dossiers).
    pub selected: Option<usize>,
    /// Sort column.
    pub sort: SortKey,
    /// Sort descending.
    pub descending: bool,
    /// Table filter text.
    pub filter: String,
    /// Message at the top.
    pub notice: Option<Notice>,
    /// Problems of the last scheme import.
    pub scheme_problems: Option<Problems>,
    /// What the print view prints.
    pub print: PrintTarget,
    /// Selected tolerance incident.
    pub incident: Option<usize>,
    /// Rater whose sheet is shown.
    pub rater: Option<String>,
}

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the interface language.
    SetLang(Lang),
    /// Show a screen.
    Show(View),
    /// Select an officer.
    Select(Option<usize>),
    /// Sort by a column (again: reverse).
    SortBy(SortKey),
    /// Filter the table.
    Filter(String),
    /// Set one dossier input from text.
    SetInput {
        /// Dossier index.
        officer: usize,
        /// Input key.
        key: String,
        /// The typed value; empty removes the input.
        value: String,
    },
    /// Rename an officer.
    SetName {
        /// Dossier index.
        officer: usize,
        /// New name.
        name: String,
    },
    /// Change an officer's unit.
    SetUnit {
        /// Dossier index.
        officer: usize,
        /// New unit.
        unit: String,
    },
    /// Add an occurrence of a list item or veto.
    AddOccurrence {
        /// Dossier index.
        officer: usize,
        /// Item id.
        item: String,
        /// Date (YYYY-MM-DD).
        date: String,
        /// Reference.
        reference: String,
    },
    /// Remove an occurrence.
    RemoveOccurrence {
        /// Dossier index.
        officer: usize,
        /// Occurrence id.
        id: String,
    },
    /// Use a built-in scheme.
    UseBuiltin(String),
    /// Import a scheme from JSON text.
    ImportScheme(String),
    /// Replace the workspace from JSON text.
    ImportWorkspace(String),
    /// Start again from the demo cohort.
    ResetDemo,
    /// Choose what to print and show the print view.
    Print(PrintTarget),
    /// Dismiss the notice.
    Dismiss,
    /// A file was refused before reading (too large, unreadable).
    Refuse(String),
    /// Set (or clear, when empty) one rater's rating of an officer on a rated indicator.
    SetRating {
        /// Rater id.
        rater: String,
        /// Officer id.
        officer: String,
        /// Indicator id.
        indicator: String,
        /// The typed value.
        value: String,
        /// Today's date (the app's clock, for the sheet and the audit trail).
        today: String,
    },
    /// Sign a rater's sheet off.
    SignSheet {
        /// Rater id.
        rater: String,
        /// Today's date.
        today: String,
    },
    /// Seal the current cohort result in the audit trail.
    Seal {
        /// Today's date.
        today: String,
    },
    /// Record an incident's current decision in the audit trail.
    RecordDecision {
        /// Incident index.
        index: usize,
        /// Today's date.
        today: String,
    },
    /// Choose the rater whose sheet is shown.
    ShowRater(String),
    /// Open a new tolerance incident for an officer (dossier index).
    AddIncident(usize),
    /// Delete an incident.
    RemoveIncident(usize),
    /// Select an incident.
    SelectIncident(usize),
    /// Change an incident.
    EditIncident {
        /// Incident index.
        index: usize,
        /// The change.
        edit: IncidentEdit,
    },
}

/// One change to a tolerance incident, as the review form makes it.
#[derive(Clone, Debug, PartialEq)]
pub enum IncidentEdit {
    /// What happened.
    Description(String),
    /// Kind of error (for repeats).
    Kind(String),
    /// Date (YYYY-MM-DD).
    Date(String),
    /// Responsibility class.
    Responsibility(Responsibility),
    /// Culpability (illegal handling).
    Culpability(Option<Culpability>),
    /// A precondition established or not.
    Precondition(String, bool),
    /// A list fact claimed or withdrawn.
    Fact(String, bool),
    /// Evidence of a fact (one reference per line).
    Evidence(String, String),
    /// An assessment occurrence linked or unlinked.
    Linked(String, bool),
    /// Correction actions (one per line).
    Actions(String),
    /// Correction deadline (empty: the policy's default).
    Deadline(String),
    /// Correction completed on (empty: not yet).
    Completed(String),
}

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

/// Options for the table rows: no trace, no fingerprint (the detail asks the core again).
fn row_options(lang: Lang) -> AssessOptions {
    AssessOptions { trace: false, fingerprint: false, lang }
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

    /// The date decisions are taken as of: the end of the scheme's period.
    pub fn as_of(&self) -> Date {
        self.ws.scheme.period.end
    }

    /// Recomputes every decision and every row.
    pub fn recompute_all(&mut self) {
        let lang = self.ws.lang;
        let as_of = self.as_of();
        self.decisions = match &self.policy {
            Ok(policy) => self
                .ws
                .incidents
                .iter()
                .map(|i| {
                    kaoping_core::api::tolerance::decide(policy, i, &[], as_of, &ToleranceOptions { lang })
                })
                .collect(),
            Err(p) => self.ws.incidents.iter().map(|_| Err(p.clone())).collect(),
        };
        let (cohort, rows) = self.assess_all(lang);
        self.entry_of = match &cohort {
            Ok(c) => {
                let by_id: kaoping_core::SortedMap<&str, usize> =
                    c.officers.iter().enumerate().map(|(k, e)| (e.officer.id.as_str(), k)).collect();
                self.ws.dossiers.iter().map(|d| by_id.get(d.officer.id.as_str()).copied()).collect()
            }
            Err(_) => vec![None; self.ws.dossiers.len()],
        };
        self.cohort = cohort;
        self.rows = rows;
    }

    /// The cohort input the core ranks: dossiers, committee, sheets and tolerance decisions.
    pub fn cohort_input(&self) -> CohortInput {
        CohortInput {
            dossiers: self.ws.dossiers.clone(),
            committee: self.ws.committee.clone(),
            sheets: self.ws.sheets.clone(),
            decisions: self.decisions.iter().flatten().cloned().collect(),
            ..Default::default()
        }
    }

    /// The whole cohort through `assess_cohort`; when that fails (an invalid dossier), each officer
    /// alone so the others still show.
    fn assess_all(&self, lang: Lang) -> (Result<CohortResult, Problems>, Vec<Row>) {
        let engine = match &self.engine {
            Ok(e) => e,
            Err(p) => return (Err(p.clone()), self.ws.dossiers.iter().map(|_| Err(p.clone())).collect()),
        };
        // The table needs no explanation lines or fingerprints: the selected officer's detail
        // asks the core for them (see `detail`); fingerprints of the cohort are made on sealing.
        let options = CohortOptions { trace: false, fingerprint: false, details: true, lang };
        match assess_cohort(engine, &self.cohort_input(), &options) {
            Ok(c) => {
                let by_id: kaoping_core::SortedMap<&str, &CohortEntry> =
                    c.officers.iter().map(|e| (e.officer.id.as_str(), e)).collect();
                let rows = self
                    .ws
                    .dossiers
                    .iter()
                    .map(|d| match by_id.get(d.officer.id.as_str()).and_then(|e| e.assessment.clone()) {
                        Some(a) => Ok(a),
                        None => self.assess_one(engine, d, &row_options(lang)),
                    })
                    .collect();
                (Ok(c), rows)
            }
            Err(p) => (
                Err(p),
                self.ws.dossiers.iter().map(|d| self.assess_one(engine, d, &row_options(lang))).collect(),
            ),
        }
    }

    /// The api's preview of a (possibly edited) dossier in its officer's cohort context: the
    /// committee's ratings, the tolerance waivers and the live cohort statistics, so an unedited
    /// dossier previews the committee's total and grade before quotas.
    /// When the cohort could not be ranked, the officer alone with their decisions, as the table
    /// row and the detail then show them.
    pub fn preview(&self, dossier: &Dossier) -> Result<kaoping_core::rules::preview::Preview, Problems> {
        let engine = self.engine.as_ref().map_err(Clone::clone)?;
        let context = match &self.cohort {
            Ok(cohort) => officer::officer_context(
                engine.scheme(),
                &self.cohort_input(),
                &cohort.stats,
                &dossier.officer.id,
            )?,
            Err(_) => officer::OfficerContext {
                waivers: tolerance::waivers_for(&self.decisions_for(&dossier.officer.id)),
                ..officer::OfficerContext::default()
            },
        };
        preview::preview(engine, dossier, &context, self.ws.lang)
    }

    /// An objection drafted against one item of a previewed result, dated by the core.
    pub fn objection(
        &self,
        assessment: &Assessment,
        request: &kaoping_core::rules::preview::ObjectionRequest,
    ) -> Result<kaoping_core::rules::preview::Objection, Problems> {
        let engine = self.engine.as_ref().map_err(Clone::clone)?;
        preview::objection(engine, assessment, request)
    }

    /// The final grade of a dossier: after quotas when the cohort could be ranked, otherwise
    /// after vetoes (`None`: withheld or no result).
    pub fn final_grade(&self, i: usize) -> Option<&kaoping_core::model::assessment::GradeRef> {
        match self.entry(i) {
            Some(e) => e.grade.as_ref(),
            None => self.rows.get(i)?.as_ref().ok()?.grade.as_ref(),
        }
    }

    /// The cohort entry (rank, final grade, quota change) of a dossier.
    pub fn entry(&self, i: usize) -> Option<&CohortEntry> {
        let k = (*self.entry_of.get(i)?)?;
        self.cohort.as_ref().ok()?.officers.get(k)
    }

    /// The decisions (that could be taken) about one officer.
    pub fn decisions_for(&self, officer: &kaoping_core::OfficerId) -> Vec<Decision> {
        self.decisions.iter().flatten().filter(|d| &d.officer == officer).cloned().collect()
    }

    fn assess_one(&self, engine: &Engine, d: &Dossier, options: &AssessOptions) -> Row {
        let decisions = self.decisions_for(&d.officer.id);
        if decisions.is_empty() {
            engine.assess(d, options)
        } else {
            engine.assess_with_tolerance(d, &decisions, options)
        }
    }

    /// Recomputes after one dossier changed. The whole cohort is recomputed: cohort-relative
    /// indicators and rankings depend on every officer.
    fn recompute(&mut self, _changed: usize) {
        self.recompute_all();
    }

    /// The full assessment of one officer, with explanation and fingerprint (the officer detail
    /// and the print sheet): the api's officer detail, in the context the cohort assessed the
    /// officer in. When the cohort could not be ranked, the officer alone with their decisions.
    pub fn detail(&self, i: usize) -> Option<Row> {
        let d = self.ws.dossiers.get(i)?;
        let engine = match &self.engine {
            Ok(e) => e,
            Err(p) => return Some(Err(p.clone())),
        };
        let options = AssessOptions { trace: true, fingerprint: true, lang: self.ws.lang };
        let Ok(cohort) = &self.cohort else { return Some(self.assess_one(engine, d, &options)) };
        Some(officer::officer_detail(engine, &self.cohort_input(), &cohort.stats, &d.officer.id, &options))
    }

    /// Dossier indices in table order: filtered, then sorted (ties by dossier order).
    pub fn table_order(&self) -> Vec<usize> {
        let needle = self.ui.filter.trim().to_lowercase();
        let mut idx: Vec<usize> = (0..self.ws.dossiers.len())
            .filter(|&i| {
                needle.is_empty()
                    || self.ws.dossiers.get(i).is_some_and(|d| {
                        d.officer.name.to_lowercase().contains(&needle)
                            || d.officer.id.as_str().to_lowercase().contains(&needle)
                            || d.officer.unit.as_deref().unwrap_or("").to_lowercase().contains(&needle)
                    })
            })
            .collect();
        let key = |i: &usize| -> (Option<Decimal>, String) {
            let d = self.ws.dossiers.get(*i);
            let total = self.rows.get(*i).and_then(|r| r.as_ref().ok()).map(|a| a.total);
            let text = match self.ui.sort {
                SortKey::Id => d.map(|d| d.officer.id.as_str().to_string()),
                SortKey::Name => d.map(|d| d.officer.name.clone()),
                SortKey::Unit => d.and_then(|d| d.officer.unit.clone()),
                SortKey::Total => None,
            };
            (total, text.unwrap_or_default())
        };
        let desc = self.ui.descending;
        let sort = self.ui.sort;
        idx.sort_by(|a, b| {
            let (ka, kb) = (key(a), key(b));
            let ord = match sort {
                SortKey::Total => ka.0.cmp(&kb.0),
                _ => ka.1.cmp(&kb.1),
            };
            let ord = if desc { ord.reverse() } else { ord };
            ord.then(a.cmp(b))
        });
        idx
    }

    /// Applies an action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => {
                self.ws.lang = lang;
                self.recompute_all();
            }
            Action::Show(view) => self.ui.view = view,
            Action::Select(i) => self.ui.selected = i.filter(|i| *i < self.ws.dossiers.len()),
            Action::SortBy(key) => {
                if self.ui.sort == key {
                    self.ui.descending = !self.ui.descending;
                } else {
                    self.ui.sort = key;
                    self.ui.descending = key == SortKey::Total;
                }
            }
            Action::Filter(text) => self.ui.filter = text,
            Action::SetInput { officer, key, value } => self.set_input(officer, key, value),
            Action::SetName { officer, name } => {
                if let Some(d) = self.ws.dossiers.get_mut(officer) {
                    d.officer.name = name;
                    self.recompute(officer);
                }
            }
            Action::SetUnit { officer, unit } => {
                if let Some(d) = self.ws.dossiers.get_mut(officer) {
                    d.officer.unit = if unit.trim().is_empty() { None } else { Some(unit) };
                    self.recompute(officer);
                }
            }
            Action::AddOccurrence { officer, item, date, reference } => {
                self.add_occurrence(officer, item, date, reference)
            }
            Action::RemoveOccurrence { officer, id } => {
                if let Some(d) = self.ws.dossiers.get_mut(officer) {
                    d.occurrences.retain(|o| o.id.as_str() != id);
                    self.recompute(officer);
                }
            }
            Action::UseBuiltin(id) => {
                // Demo officers follow the demo scheme; real dossiers stay and are checked
                // against the new scheme.
                let demo = self.ws.dossiers.iter().all(|d| d.synthetic);
                match (demo, Workspace::demo_for(&id)) {
                    (true, Ok(mut ws)) => {
                        ws.lang = self.ws.lang;
                        let view = self.ui.view;
                        *self = AppState::new(ws);
                        self.ui.view = view;
                    }
                    (false, Ok(ws)) => {
                        self.ws.builtin = Some(id);
                        self.set_scheme(ws.scheme);
                    }
                    (_, Err(p)) => self.ui.notice = Some(Notice::Rejected(p)),
                }
            }
            Action::ImportScheme(text) => self.import_scheme(&text),
            Action::ImportWorkspace(text) => match Workspace::from_json(&text) {
                Ok(ws) => {
                    let view = self.ui.view;
                    *self = AppState::new(ws);
                    self.ui.view = view;
                }
                Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
            },
            Action::ResetDemo => match Workspace::demo() {
                Ok(mut ws) => {
                    ws.lang = self.ws.lang;
                    *self = AppState::new(ws);
                }
                Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
            },
            Action::Print(target) => {
                self.ui.print = target;
                self.ui.view = View::Print;
            }
            Action::Dismiss => self.ui.notice = None,
            Action::SetRating { rater, officer, indicator, value, today } => {
                self.set_rating(&rater, &officer, &indicator, &value, &today)
            }
            Action::SignSheet { rater, today } => {
                let Some(date) = Date::parse(&today) else { return };
                if let Some(sheet) = self.ws.sheets.iter_mut().find(|s| s.rater.as_str() == rater) {
                    if sheet.sign_off.is_none() {
                        sheet.sign_off = Some(SignOff { date });
                        let event = AuditEvent::sign_off(sheet);
                        self.ws.audit.append(date, &rater, event);
                        self.recompute_all();
                    }
                }
            }
            Action::Seal { today } => {
                let Some(date) = Date::parse(&today) else { return };
                if let Ok(engine) = &self.engine {
                    let options =
                        CohortOptions { trace: false, fingerprint: true, details: false, lang: self.ws.lang };
                    match assess_cohort(engine, &self.cohort_input(), &options) {
                        Ok(c) => {
                            self.ws.audit.seal(&c, date, "committee");
                        }
                        Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
                    }
                }
            }
            Action::ShowRater(r) => self.ui.rater = Some(r),
            Action::RecordDecision { index, today } => {
                if let (Some(date), Some(Ok(d))) = (Date::parse(&today), self.decisions.get(index)) {
                    for event in AuditEvent::tolerance_decisions(d) {
                        self.ws.audit.append(date, "committee", event);
                    }
                }
            }
            Action::AddIncident(officer) => self.add_incident(officer),
            Action::RemoveIncident(i) => {
                if i < self.ws.incidents.len() {
                    self.ws.incidents.remove(i);
                    self.ui.incident = None;
                    self.recompute_all();
                }
            }
            Action::SelectIncident(i) => self.ui.incident = Some(i).filter(|i| *i < self.ws.incidents.len()),
            Action::EditIncident { index, edit } => self.edit_incident(index, edit),
            Action::Refuse(why) => {
                self.ui.notice =
                    Some(Notice::Rejected(Problems::one(kaoping_core::Code::Limit, "", too_large(why))));
            }
        }
    }

    fn set_input(&mut self, officer: usize, key: String, value: String) {
        let Some(d) = self.ws.dossiers.get_mut(officer) else { return };
        let trimmed = value.trim();
        if trimmed.is_empty() {
            d.inputs.remove(key.as_str());
        } else {
            match Decimal::parse(trimmed) {
                Some(v) => {
                    d.inputs.insert(key.as_str().into(), v);
                }
                None => {
                    self.ui.notice = Some(Notice::BadNumber(value));
                    return;
                }
            }
        }
        self.recompute(officer);
    }

    fn add_occurrence(&mut self, officer: usize, item: String, date: String, reference: String) {
        let Some(d) = self.ws.dossiers.get_mut(officer) else { return };
        let Some(date) = Date::parse(date.trim()) else {
            self.ui.notice = Some(Notice::BadNumber(date));
            return;
        };
        let mut n = d.occurrences.len() + 1;
        while d.occurrences.iter().any(|o| o.id.as_str() == format!("occ-{n}")) {
            n += 1;
        }
        let reference = reference.trim();
        d.occurrences.push(Occurrence {
            id: format!("occ-{n}").as_str().into(),
            item: item.as_str().into(),
            date,
            count: 1,
            reference: if reference.is_empty() { None } else { Some(reference.to_string()) },
            note: None,
        });
        self.recompute(officer);
    }

    fn set_rating(&mut self, rater: &str, officer: &str, indicator: &str, value: &str, today: &str) {
        let Some(date) = Date::parse(today) else { return };
        let trimmed = value.trim();
        let new_value = if trimmed.is_empty() {
            None
        } else {
            match Decimal::parse(trimmed) {
                Some(v) => Some(v),
                None => {
                    self.ui.notice = Some(Notice::BadNumber(value.to_string()));
                    return;
                }
            }
        };
        let mut sheets = self.ws.sheets.clone();
        let k = match sheets.iter().position(|s| s.rater.as_str() == rater) {
            Some(k) => k,
            None => {
                sheets.push(ScoreSheet {
                    rater: rater.into(),
                    submitted: date,
                    ratings: Vec::new(),
                    sign_off: None,
                });
                sheets.len() - 1
            }
        };
        let Some(sheet) = sheets.get_mut(k) else { return };
        let old = sheet
            .ratings
            .iter()
            .find(|r| r.officer.as_str() == officer && r.indicator.as_str() == indicator)
            .map(|r| r.value);
        sheet.ratings.retain(|r| !(r.officer.as_str() == officer && r.indicator.as_str() == indicator));
        if let Some(v) = new_value {
            sheet.ratings.push(Rating {
                officer: officer.into(),
                indicator: indicator.into(),
                value: v,
                note: None,
            });
        }
        // The core decides whether the sheets are acceptable (recusal, membership, range).
        if let Ok(engine) = &self.engine {
            let ids: kaoping_core::SortedSet<&kaoping_core::OfficerId> =
                self.ws.dossiers.iter().map(|d| &d.officer.id).collect();
            if let Err(p) = kaoping_core::rules::committee::collect(
                engine.scheme(),
                self.ws.committee.as_ref(),
                &sheets,
                &ids,
            ) {
                self.ui.notice = Some(Notice::Rejected(p));
                return;
            }
        }
        let event = match (old, new_value) {
            (Some(from), Some(to)) if from != to => Some(AuditEvent::RatingChanged {
                rater: rater.into(),
                officer: officer.into(),
                indicator: indicator.into(),
                from,
                to,
                reason: String::new(),
            }),
            (None, Some(_)) | (Some(_), None) => sheets.get(k).map(AuditEvent::sheet_submitted),
            _ => None,
        };
        self.ws.sheets = sheets;
        if let Some(e) = event {
            self.ws.audit.append(date, rater, e);
        }
        self.recompute_all();
    }

    fn add_incident(&mut self, officer: usize) {
        let Some(d) = self.ws.dossiers.get(officer) else { return };
        let mut n = self.ws.incidents.len() + 1;
        while self.ws.incidents.iter().any(|i| i.id == format!("INC-{n:03}")) {
            n += 1;
        }
        self.ws.incidents.push(Incident {
            id: format!("INC-{n:03}"),
            officer: d.officer.id.clone(),
            date: self.ws.scheme.period.start,
            description: String::new(),
            kind: "general".into(),
            responsibility: Responsibility::QualityFlaw,
            culpability: None,
            wrongful_case: false,
            interference_recorded: false,
            preconditions: Default::default(),
            facts: Vec::new(),
            linked: Vec::new(),
            correction: None,
        });
        self.ui.incident = Some(self.ws.incidents.len() - 1);
        self.recompute_all();
    }

    fn edit_incident(&mut self, index: usize, edit: IncidentEdit) {
        let Some(inc) = self.ws.incidents.get_mut(index) else { return };
        let lines = |text: &str| -> Vec<String> {
            text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
        };
        let date = |text: &str| -> Result<Option<Date>, String> {
            if text.trim().is_empty() {
                Ok(None)
            } else {
                Date::parse(text.trim()).map(Some).ok_or_else(|| text.to_string())
            }
        };
        match edit {
            IncidentEdit::Description(t) => inc.description = t,
            IncidentEdit::Kind(t) => inc.kind = t,
            IncidentEdit::Date(t) => match date(&t) {
                Ok(Some(d)) => inc.date = d,
                _ => {
                    self.ui.notice = Some(Notice::BadNumber(t));
                    return;
                }
            },
            IncidentEdit::Responsibility(r) => {
                inc.responsibility = r;
                if r == Responsibility::QualityFlaw {
                    inc.culpability = None;
                }
            }
            IncidentEdit::Culpability(c) => inc.culpability = c,
            IncidentEdit::Precondition(id, on) => {
                inc.preconditions.insert(id.as_str().into(), on);
            }
            IncidentEdit::Fact(id, on) => {
                inc.facts.retain(|f| f.item.as_str() != id);
                if on {
                    inc.facts.push(Fact { item: id.as_str().into(), evidence: Vec::new() });
                }
            }
            IncidentEdit::Evidence(id, text) => {
                if let Some(f) = inc.facts.iter_mut().find(|f| f.item.as_str() == id) {
                    f.evidence = lines(&text);
                }
            }
            IncidentEdit::Linked(id, on) => {
                inc.linked.retain(|o| o.as_str() != id);
                if on {
                    inc.linked.push(id.as_str().into());
                }
            }
            IncidentEdit::Actions(text) => {
                inc.correction.get_or_insert_with(empty_correction).actions = lines(&text)
            }
            IncidentEdit::Deadline(t) | IncidentEdit::Completed(t) if date(&t).is_err() => {
                self.ui.notice = Some(Notice::BadNumber(t));
                return;
            }
            IncidentEdit::Deadline(t) => {
                inc.correction.get_or_insert_with(empty_correction).deadline = date(&t).ok().flatten()
            }
            IncidentEdit::Completed(t) => {
                inc.correction.get_or_insert_with(empty_correction).completed = date(&t).ok().flatten()
            }
        }
        self.recompute_all();
    }

    fn import_scheme(&mut self, text: &str) {
        if text.len() > MAX_IMPORT_BYTES {
            self.ui.scheme_problems = Some(Problems::one(
                kaoping_core::Code::Limit,
                "",
                Message::given(
                    format!("the file has {} bytes; at most {MAX_IMPORT_BYTES} are accepted", text.len()),
                    format!("文件有 {} 字节，最多接受 {MAX_IMPORT_BYTES} 字节", text.len()),
                ),
            ));
            return;
        }
        match Scheme::from_json(text).and_then(|s| Engine::new(s.clone()).map(|_| s)) {
            Ok(scheme) => {
                self.ws.builtin = None;
                self.set_scheme(scheme);
            }
            Err(p) => self.ui.scheme_problems = Some(p),
        }
    }

    fn set_scheme(&mut self, scheme: Scheme) {
        self.ws.scheme = scheme;
        self.engine = Engine::new(self.ws.scheme.clone());
        self.ui.scheme_problems = match &self.engine {
            Ok(e) => Some(e.warnings().clone()),
            Err(p) => Some(p.clone()),
        };
        self.recompute_all();
    }
}

/// The problem text of a file refused for its size (`why`: the sizes, `12345 > 1000 B`).
pub(crate) fn too_large(why: String) -> Message {
    Message::given(format!("the file is too large: {why}"), format!("文件过大（{why}）"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> AppState {
        AppState::new(Workspace::demo().unwrap())
    }

    #[test]
    fn demo_opens_in_chinese_with_results() {
        let s = demo();
        assert_eq!(s.lang(), Lang::Zh);
        assert!(!s.rows.is_empty());
        assert!(s.rows.iter().all(|r| r.is_ok()));
    }

    #[test]
    fn editing_an_input_recomputes_the_row() {
        let mut s = demo();
        let before = s.rows[0].as_ref().unwrap().total;
        // satisfaction 91 → 50 drops the steps function from 100 to 0 (0.25 × 0.5 × 100 = 12.5 points)
        s.apply(Action::SetInput { officer: 0, key: "satisfaction".into(), value: "50".into() });
        let after = s.rows[0].as_ref().unwrap().total;
        assert_eq!(before.checked_sub(after), Decimal::parse("12.5"));
    }

    #[test]
    fn a_bad_number_is_refused_and_kept_out() {
        let mut s = demo();
        let before = s.ws.clone();
        s.apply(Action::SetInput { officer: 0, key: "satisfaction".into(), value: "9x".into() });
        assert_eq!(s.ws, before);
        assert!(matches!(s.ui.notice, Some(Notice::BadNumber(_))));
    }

    #[test]
    fn workspace_json_round_trips_exactly() {
        let mut s = demo();
        s.apply(Action::SetName { officer: 0, name: "<img src=x onerror=alert(1)>".into() });
        let text = s.ws.to_json();
        let back = Workspace::from_json(&text).unwrap();
        assert_eq!(back, s.ws);
        assert_eq!(back.to_json(), text);
    }

    #[test]
    fn corrupt_or_foreign_workspace_is_rejected_with_a_path() {
        let err = Workspace::from_json("{\"format\":\"kaoping-workspace\",\"version\":1,\"lang\":\"zh\"}")
            .unwrap_err();
        assert!(!err.0.is_empty());
        let err = Workspace::from_json("not json").unwrap_err();
        assert!(!err.0.is_empty());
        let mut ws = Workspace::demo().unwrap();
        ws.format = "other".into();
        let err = Workspace::from_json(&ws.to_compact_json()).unwrap_err();
        assert_eq!(err.0[0].path, "format");
    }

    #[test]
    fn oversized_import_is_refused_before_parsing() {
        let big = " ".repeat(MAX_IMPORT_BYTES + 1);
        let err = Workspace::from_json(&big).unwrap_err();
        assert_eq!(err.0[0].code, kaoping_core::Code::Limit);
    }

    #[test]
    fn invalid_scheme_import_lists_problems_and_keeps_the_old_scheme() {
        let mut s = demo();
        let mut scheme: serde_json::Value =
            serde_json::from_str(builtin::scheme_json("court-judge").unwrap()).unwrap();
        scheme["dimensions"][0]["weight"] = serde_json::json!(0.5);
        s.apply(Action::ImportScheme(scheme.to_string()));
        let problems = s.ui.scheme_problems.clone().unwrap();
        assert!(problems.0.iter().any(|p| p.path.starts_with("dimensions")), "{problems:?}");
        assert_eq!(s.ws.builtin.as_deref(), Some("court-judge"));
    }

    #[test]
    fn occurrences_add_and_remove_recompute() {
        let mut s = demo();
        let before = s.rows[0].as_ref().unwrap().total;
        s.apply(Action::AddOccurrence {
            officer: 0,
            item: "N04".into(),
            date: "2026-06-01".into(),
            reference: "投诉-1".into(),
        });
        let after = s.rows[0].as_ref().unwrap().total;
        // N04 deducts 2 points per occurrence
        assert_eq!(before.checked_sub(after), Decimal::parse("2"));
        let id = s.ws.dossiers[0].occurrences.last().unwrap().id.as_str().to_string();
        s.apply(Action::RemoveOccurrence { officer: 0, id });
        assert_eq!(s.rows[0].as_ref().unwrap().total, before);
    }

    #[test]
    fn switching_the_demo_scheme_brings_its_demo_officers() {
        let mut s = demo();
        s.apply(Action::UseBuiltin("police-officer".into()));
        assert_eq!(s.ws.scheme.id.as_str(), "police-officer");
        assert!(!s.ws.dossiers.is_empty());
        assert!(s.ws.dossiers.iter().all(|d| d.officer.id.as_str().starts_with("G-")));
        assert!(s.rows.iter().all(|r| r.is_ok()));
    }

    #[test]
    fn a_negative_list_fact_flips_a_tolerance_decision() {
        use kaoping_core::rules::tolerance::Outcome;
        let mut s = demo();
        let before = s.rows[0].as_ref().unwrap().total; // J-001: 83.05 with N03 occ-2 deducting 4.00
        s.apply(Action::AddIncident(0));
        let edit = |s: &mut AppState, edit| s.apply(Action::EditIncident { index: 0, edit });
        for pc in ["PC01", "PC02", "PC03", "PC04", "PC05"] {
            edit(&mut s, IncidentEdit::Precondition(pc.into(), true));
        }
        edit(&mut s, IncidentEdit::Linked("occ-2".into(), true));
        edit(&mut s, IncidentEdit::Description("鉴定机构停业导致超审限".into()));
        edit(&mut s, IncidentEdit::Fact("TP03".into(), true));
        edit(&mut s, IncidentEdit::Evidence("TP03".into(), "停业公告（2026）12号".into()));
        // the policy's default correction (90 days) would be overdue by the period's end without this
        edit(&mut s, IncidentEdit::Completed("2026-02-01".into()));
        assert_eq!(s.decisions[0].as_ref().unwrap().outcome, Outcome::Exempt);
        // 免责 removes the linked deduction: 83.05 + 4.00 = 87.05
        assert_eq!(
            s.rows[0].as_ref().unwrap().total,
            before.checked_add(Decimal::parse("4").unwrap()).unwrap()
        );
        edit(&mut s, IncidentEdit::Fact("TN01".into(), true));
        edit(&mut s, IncidentEdit::Evidence("TN01".into(), "调查笔录 1".into()));
        assert_eq!(s.decisions[0].as_ref().unwrap().outcome, Outcome::NotTolerated);
        assert_eq!(s.rows[0].as_ref().unwrap().total, before);
    }

    #[test]
    fn committee_ratings_rank_and_a_recused_rating_is_rejected() {
        let mut s = demo();
        s.apply(Action::UseBuiltin("procuratorate-prosecutor".into()));
        assert!(s.ws.committee.is_some());
        let c = s.cohort.as_ref().unwrap();
        assert_eq!(c.officers[0].rank, 1);
        assert!(s.entry(0).is_some());
        let before = s.ws.sheets.clone();
        // the demo committee has R03 recused from P-002
        s.apply(Action::SetRating {
            rater: "R03".into(),
            officer: "P-002".into(),
            indicator: "PE01".into(),
            value: "80".into(),
            today: "2026-12-22".into(),
        });
        match &s.ui.notice {
            Some(Notice::Rejected(p)) => assert!(p.0.iter().any(|p| p.code == kaoping_core::Code::Recused)),
            other => panic!("expected a recusal rejection, got {other:?}"),
        }
        assert_eq!(s.ws.sheets, before);
        // an allowed change is recorded in the audit trail, which verifies
        s.apply(Action::SetRating {
            rater: "R01".into(),
            officer: "P-001".into(),
            indicator: "PE01".into(),
            value: "60".into(),
            today: "2026-12-22".into(),
        });
        assert_eq!(s.ws.audit.entries.len(), 1);
        s.apply(Action::Seal { today: "2026-12-23".into() });
        assert!(s.ws.audit.entries.len() > 1, "sealing appends quota and seal events");
        assert!(s.ws.audit.verify().ok);
    }

    #[test]
    fn preview_shows_counterfactuals_and_an_objection_is_dated() {
        let s = demo();
        let p = s.preview(&s.ws.dossiers[0]).unwrap();
        assert_eq!(p.total, s.rows[0].as_ref().unwrap().total);
        assert!(!p.raise.is_empty() || !p.lower.is_empty());
        let request = kaoping_core::rules::preview::ObjectionRequest {
            kind: kaoping_core::rules::preview::ObjectionKind::Review,
            item: "CX04".into(),
            notice: Date::parse("2027-01-10").unwrap(),
            filed: Date::parse("2027-01-15").unwrap(),
            text: "满意度调查样本不足".into(),
        };
        let o = s.objection(&p.assessment, &request).unwrap();
        // review: 30 days from the notice (domain.md): 2027-01-10 + 30 = 2027-02-09
        assert_eq!(o.deadline, Date::parse("2027-02-09").unwrap());
    }

    #[test]
    fn signing_a_draft_sheet_counts_its_ratings_and_is_audited() {
        let mut s = demo();
        s.apply(Action::UseBuiltin("procuratorate-prosecutor".into()));
        let k = s.ws.sheets.iter().position(|x| x.rater.as_str() == "R05").unwrap();
        s.ws.sheets[k].sign_off = None;
        s.recompute_all();
        // an unsigned sheet is a draft: the core warns and its ratings do not count
        assert!(!s.cohort.as_ref().unwrap().warnings.is_empty());
        s.apply(Action::SignSheet { rater: "R05".into(), today: "2026-12-23".into() });
        assert!(s.ws.sheets[k].sign_off.is_some());
        assert_eq!(s.ws.audit.entries.len(), 1);
        assert!(s.ws.audit.verify().ok);
    }

    #[test]
    fn the_detail_and_the_preview_agree_with_the_ranked_cohort_in_every_built_in_scheme() {
        for id in builtin::scheme_ids() {
            let mut s = demo();
            s.apply(Action::UseBuiltin(id.to_string()));
            assert!(s.cohort.is_ok(), "{id}: {:?}", s.cohort.as_ref().err());
            for i in 0..s.ws.dossiers.len() {
                let detail = s.detail(i).unwrap().unwrap();
                let row = s.rows[i].as_ref().unwrap();
                assert_eq!(detail.total, row.total, "{id} officer {i}");
                assert_eq!(detail.grade, row.grade, "{id} officer {i}");
                assert_eq!(detail.flags, row.flags, "{id} officer {i}");
                assert!(!detail.explanation.is_empty());
                let preview = s.preview(&s.ws.dossiers[i]).unwrap();
                let entry = s.entry(i).unwrap();
                assert_eq!(preview.total, entry.total, "{id} officer {i}: preview total");
                assert_eq!(preview.grade, entry.pre_quota_grade, "{id} officer {i}: preview grade");
            }
        }
    }

    #[test]
    fn the_prosecutor_demo_previews_p001_at_the_committee_total() {
        // by hand in crates/kaoping-core/tests/one_computation.rs: 52.55 + 20 + 18.40 (PE01,
        // the trimmed mean 92 of five signed sheets) + 2.50 = 93.45; 75.05 without the ratings
        let mut s = demo();
        s.apply(Action::UseBuiltin("procuratorate-prosecutor".into()));
        let i = s.ws.dossiers.iter().position(|d| d.officer.id.as_str() == "P-001").unwrap();
        let preview = s.preview(&s.ws.dossiers[i]).unwrap();
        assert_eq!(preview.total, Decimal::parse("93.45").unwrap());
        assert_eq!(preview.grade.unwrap().id.as_str(), "excellent");
    }

    #[test]
    fn filter_and_sort() {
        let mut ws = Workspace::demo().unwrap();
        ws.dossiers.truncate(1);
        let mut second = ws.dossiers[0].clone();
        second.officer.id = "J-002".into();
        second.officer.name = "李四".into();
        second.inputs.insert("satisfaction".into(), Decimal::parse("50").unwrap());
        ws.dossiers.push(second);
        let mut s = AppState::new(ws);
        assert_eq!(s.table_order(), vec![0, 1]); // total, highest first
        s.apply(Action::SortBy(SortKey::Total));
        assert_eq!(s.table_order(), vec![1, 0]);
        s.apply(Action::Filter("李".into()));
        assert_eq!(s.table_order(), vec![1]);
    }
}
