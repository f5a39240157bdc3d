//! The actions that change the state: what the Yew side dispatches to [`super::AppState::apply`].
//! The edits among them become session events with the person acting.

use super::{IncidentEdit, PeriodForm, PrintTarget, SortKey, StorageProblem, View};
use crate::i18n::Lang;
use kaoping_core::api::session::Actor;
use kaoping_core::rules::committee::RaterRole;
use kaoping_core::{OfficerId, RaterId};

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the interface language.
    SetLang(Lang),
    /// Show a screen.
    Show(View),
    /// Select an officer.
    Select(Option<OfficerId>),
    /// Sort by a column (again: reverse).
    SortBy(SortKey),
    /// Filter the table.
    Filter(String),
    /// Choose who is acting (当前操作人).
    SetActor(Actor),
    /// Set one dossier input from text; empty clears it.
    SetInput {
        /// The officer.
        officer: OfficerId,
        /// Input key.
        key: String,
        /// The typed value.
        value: String,
    },
    /// Rename an officer.
    SetName {
        /// The officer.
        officer: OfficerId,
        /// New name.
        name: String,
    },
    /// Change an officer's unit.
    SetUnit {
        /// The officer.
        officer: OfficerId,
        /// New unit.
        unit: String,
    },
    /// Add an occurrence of a list item or veto.
    AddOccurrence {
        /// The officer.
        officer: OfficerId,
        /// Item id.
        item: String,
        /// Date (YYYY-MM-DD).
        date: String,
        /// Reference.
        reference: String,
        /// How many times (empty: once).
        count: String,
    },
    /// Remove an occurrence.
    RemoveOccurrence {
        /// The officer.
        officer: OfficerId,
        /// Occurrence id.
        id: String,
    },
    /// Start a session of a built-in scheme with its demo officers.
    UseBuiltin(String),
    /// Start a session with a scheme from JSON text (the officers carried over).
    ImportScheme(String),
    /// Replace the workspace from JSON text (a workspace or a platform's event file).
    ImportWorkspace(String),
    /// Start again from the demo cohort.
    ResetDemo,
    /// Undo the last replacement of the workspace (demo, import, built-in scheme).
    UndoReplace,
    /// Choose what to print and show the print view.
    Print(PrintTarget),
    /// Dismiss the notice.
    Dismiss,
    /// A file was refused before reading (too large, unreadable).
    Refuse(String),
    /// Open the roster import on a file's sheets (with a mapping remembered from before).
    OpenImport {
        /// The file's name.
        file: String,
        /// Its sheets, as kaoping-office read them.
        sheets: Vec<kaoping_core::api::table::Sheet>,
        /// The remembered mapping (column title, field code).
        remembered: Vec<(String, String)>,
    },
    /// Import another sheet of the file.
    ImportSheet(usize),
    /// Map a column of the sheet to a field (its code; empty: not imported).
    MapColumn {
        /// The column (0-based).
        column: usize,
        /// The field's code.
        field: String,
    },
    /// Give the reason the import's events carry.
    ImportReason(String),
    /// Apply the import's events in one go.
    ConfirmImport,
    /// Close the import without changing anything.
    CancelImport,
    /// Show problems the core found outside an edit (a file it could not read or write).
    Reject(kaoping_core::Problems),
    /// Set (or clear, when empty) a member's rating of an officer on a rated indicator.
    SetRating {
        /// The member.
        member: RaterId,
        /// The officer.
        officer: OfficerId,
        /// Indicator id.
        indicator: String,
        /// The typed value.
        value: String,
    },
    /// A member signs their sheet.
    SignSheet(RaterId),
    /// A member withdraws their sign-off (the core asks for the reason).
    WithdrawSignOff(RaterId),
    /// A member recuses themself from rating an officer (the core asks for the reason).
    Recuse {
        /// The member.
        member: RaterId,
        /// The officer.
        officer: OfficerId,
    },
    /// Seal the current result.
    Seal,
    /// Publish the sealed result.
    Publish,
    /// Choose the member whose sheet is shown.
    ShowRater(RaterId),
    /// Record a new tolerance incident of an officer.
    AddIncident {
        /// The officer.
        officer: OfficerId,
        /// What happened.
        description: String,
    },
    /// Select an incident.
    SelectIncident(String),
    /// Amend an incident.
    EditIncident {
        /// Incident id.
        id: String,
        /// The change.
        edit: IncidentEdit,
    },
    /// Decide an incident under the session's policy.
    Decide(String),
    /// Give the reason the core asked for and apply the waiting edit again.
    GiveReason(String),
    /// Drop the edit waiting for a reason.
    CancelReason,
    /// Start a new, empty workspace of a built-in scheme for a period.
    NewWorkspace {
        /// The built-in scheme's id.
        scheme: String,
        /// The period as typed.
        period: PeriodForm,
    },
    /// Change the period (the log is checked again under it).
    SetPeriod(PeriodForm),
    /// Add an officer with no data yet.
    AddOfficer {
        /// Officer id.
        id: String,
        /// Name.
        name: String,
        /// Unit (blank: none).
        unit: String,
        /// Post (blank: none).
        post: String,
        /// The inputs as typed (input key, text; blank: not given).
        inputs: Vec<(String, String)>,
    },
    /// Change an officer's name, unit and post (blank: unchanged).
    UpdateOfficer {
        /// The officer.
        officer: OfficerId,
        /// Name.
        name: String,
        /// Unit.
        unit: String,
        /// Post.
        post: String,
    },
    /// Remove an officer (confirmed on screen first; can be undone).
    RemoveOfficer(OfficerId),
    /// Add the officer last removed back, with their data.
    UndoRemoveOfficer,
    /// Add a committee member.
    AddMember {
        /// Member id.
        id: String,
        /// Name.
        name: String,
        /// Role.
        role: RaterRole,
    },
    /// Remove a committee member (confirmed on screen first).
    RemoveMember(RaterId),
    /// A member recuses themself from an officer, with the reason.
    AddRecusal {
        /// The member (the person acting).
        member: RaterId,
        /// The officer.
        officer: OfficerId,
        /// Why.
        reason: String,
    },
    /// Declare the organisation (units, posts) from a file's JSON text.
    ImportOrganisation(String),
    /// Keep a holiday calendar (JSON text) for the publication's working days.
    ImportCalendar(String),
    /// What the browser answered when the workspace was saved.
    Saved(Result<(), StorageProblem>),
    /// The workspace was exported (a backup): the reminder counts again from here.
    Exported,
    /// Put the backup reminder off.
    SnoozeBackup,
}
