//! What the screen shows besides the session: language, screen, selection, the table's filter
//! and sort, the person acting, the notice, the edit waiting for a reason and the last edit.

use super::workspace::NamedUser;
use super::AppState;
use crate::i18n::Lang;
use kaoping_core::api::session::{Actor, Change};
use kaoping_core::base::error::Problems;
use kaoping_core::{OfficerId, RaterId};

/// Screens of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    /// Cohort table and officer detail.
    #[default]
    Cohort,
    /// The scheme.
    Scheme,
    /// Committee score sheets, seal and publication.
    Sheets,
    /// The audit log (操作记录).
    Audit,
    /// Tolerance review.
    Tolerance,
    /// Officer preview.
    Preview,
    /// Printable sheets.
    Print,
    /// Import and export.
    Data,
    /// Setting up the workspace: scheme and period, officers, committee, recusals.
    Setup,
    /// Early warnings (预警).
    Warnings,
    /// Units: the unit tree and the ranking within each unit.
    Units,
    /// The use of results: bonus allocation and publication (公示).
    Results,
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
    /// By rank (best first by default).
    Rank,
    /// By final grade, in the scheme's order (best first by default; withheld last).
    Grade,
    /// By flags (officers with more flags first by default).
    Flags,
}

/// What the print view prints.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum PrintTarget {
    /// The whole cohort.
    #[default]
    Cohort,
    /// One officer.
    Officer(OfficerId),
}

/// A message shown at the top of the screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// An import or edit was refused, with the problems.
    Rejected(Problems),
    /// A number or date could not be read.
    BadNumber(String),
    /// A date could not be read (`YYYY-MM-DD`).
    BadDate(String),
}

/// A form of the set-up and units screens: a refusal of what it sent is shown at the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The new-workspace card.
    NewWorkspace,
    /// The period card.
    Period,
    /// The roster card (adding, editing, removing an officer).
    Roster,
    /// The committee card (members, recusals).
    Committee,
    /// The organisation import of the units screen.
    Organisation,
    /// The calendar import of the publication.
    Calendar,
}

/// A notice about one field: shown beside it, not at the top of the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldNotice {
    /// The officer whose field it is.
    pub officer: OfficerId,
    /// The input key.
    pub key: String,
    /// What is wrong.
    pub notice: Notice,
}

/// What replaced the whole workspace (the screen offers to undo it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replacement {
    /// The demo cohort (恢复示例数据).
    Demo,
    /// An imported workspace or event file.
    Import,
    /// A built-in scheme with its demo officers.
    Builtin,
    /// A new, empty workspace.
    New,
}

/// The workspace as it was before a replacement, to undo it.
#[derive(Clone, Debug, PartialEq)]
pub struct Replaced {
    /// What replaced it.
    pub by: Replacement,
    /// The state before.
    pub before: Box<AppState>,
}

/// An edit the core refused for want of a reason: the screen asks for one and applies it again.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// The change waiting.
    pub change: Change,
    /// The core's problems (why a reason is needed).
    pub problems: Problems,
}

/// The last applied edit: what it was and who moved.
#[derive(Clone, Debug, PartialEq)]
pub struct LastEdit {
    /// Its number in the log.
    pub seq: u64,
    /// Who, as the audit log names them.
    pub actor: String,
    /// What, worded by the core.
    pub action: String,
    /// Why, when a reason was given.
    pub reason: Option<String>,
    /// The officers whose standing moved, worded by the core.
    pub moved: Vec<String>,
}

/// What the screen shows besides the session.
#[derive(Clone, Debug, PartialEq)]
pub struct Ui {
    /// Interface language (the session explains in it too).
    pub lang: Lang,
    /// Current screen.
    pub view: View,
    /// Selected officer.
    pub selected: Option<OfficerId>,
    /// Sort column.
    pub sort: SortKey,
    /// Sort descending.
    pub descending: bool,
    /// Table filter text.
    pub filter: String,
    /// Message at the top.
    pub notice: Option<Notice>,
    /// Message beside the field it is about.
    pub field: Option<FieldNotice>,
    /// The form the message at the top is about (then it is shown at the form instead).
    pub form: Option<Form>,
    /// The workspace before it was last replaced (undo), until the next edit.
    pub replaced: Option<Replaced>,
    /// Problems of the last scheme import.
    pub scheme_problems: Option<Problems>,
    /// What the print view prints.
    pub print: PrintTarget,
    /// Selected tolerance incident.
    pub incident: Option<String>,
    /// Member whose sheet is shown.
    pub rater: Option<RaterId>,
    /// The person acting (every event carries them).
    pub actor: Actor,
    /// Named users besides the members.
    pub users: Vec<NamedUser>,
    /// Built-in scheme id of the session's scheme.
    pub builtin: Option<String>,
    /// The edit waiting for a reason.
    pub pending: Option<Pending>,
    /// The last applied edit.
    pub last: Option<LastEdit>,
    /// The roster import's dialog, while open.
    pub import: Option<super::ImportDraft>,
    /// The officer last removed, to undo the removal.
    pub removed: Option<super::Removed>,
    /// The period was changed (the screen says the log was checked again under it).
    pub period_changed: bool,
    /// Why the browser did not keep the workspace at the last save (`None`: it did).
    pub storage: Option<super::StorageProblem>,
    /// Events in the log at the last backup (export, or when the workspace was opened).
    pub backed_up: usize,
    /// Events in the log when the backup reminder was last put off.
    pub snoozed: usize,
    /// The holiday calendar imported for the publication's working days.
    pub calendar: Option<kaoping_core::model::calendar::HolidayCalendar>,
}

impl Ui {
    /// A screen in `lang` with `actor` acting.
    pub fn new(lang: Lang, actor: Actor, users: Vec<NamedUser>, builtin: Option<String>) -> Ui {
        Ui {
            lang,
            view: View::Cohort,
            selected: None,
            sort: SortKey::Total,
            descending: true,
            filter: String::new(),
            notice: None,
            field: None,
            form: None,
            replaced: None,
            scheme_problems: None,
            print: PrintTarget::Cohort,
            incident: None,
            rater: None,
            actor,
            users,
            builtin,
            pending: None,
            last: None,
            import: None,
            removed: None,
            period_changed: false,
            storage: None,
            backed_up: 0,
            snoozed: 0,
            calendar: None,
        }
    }
}

impl AppState {
    /// Selects an officer (one not on the roster selects none).
    pub(super) fn select(&mut self, id: Option<OfficerId>) {
        self.ui.selected = id.filter(|i| self.session.state().roster.contains_key(i));
    }

    /// Sorts by a column; the same column again reverses the order.
    pub(super) fn sort_by(&mut self, key: SortKey) {
        if self.ui.sort == key {
            self.ui.descending = !self.ui.descending;
        } else {
            self.ui.sort = key;
            // the column's natural reading first: highest total, rank 1, best grade, most flags
            self.ui.descending = matches!(key, SortKey::Total | SortKey::Grade | SortKey::Flags);
        }
    }

    /// Chooses what to print and shows the print view.
    pub(super) fn print(&mut self, target: PrintTarget) {
        self.ui.print = target;
        self.ui.view = View::Print;
    }
}
