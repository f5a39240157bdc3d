//! The actions that change the state: what the Yew side dispatches to [`super::AppState::apply`].

use super::{IncidentEdit, PrintTarget, SortKey, View};
use crate::i18n::Lang;

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
