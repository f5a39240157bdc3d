//! The roster import's dialog state: the sheets read from the chosen file, the mapping of the
//! chosen sheet's columns (proposed by the core, changed per column) and the core's answer to it
//! — every problem of its cells, or the events that would add and update officers. Nothing
//! changes until the import is confirmed; then the events are applied in one go.

use super::{AppState, Notice};
use kaoping_core::api::table::import::{plan_import, CellProblem, ImportBy, ImportPlan};
use kaoping_core::api::table::mapping::{propose, Field};
use kaoping_core::api::table::Sheet;

/// The import dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDraft {
    /// The chosen file's name.
    pub file: String,
    /// Its sheets.
    pub sheets: Vec<Sheet>,
    /// The sheet imported.
    pub sheet: usize,
    /// Its header row (0-based; `None`: the sheet has none).
    pub header: Option<usize>,
    /// Its columns' titles.
    pub titles: Vec<String>,
    /// Each column's field (`None`: not imported).
    pub mapping: Vec<Option<Field>>,
    /// The core's answer to the mapping (`None` while the sheet has no header row).
    pub outcome: Option<Result<ImportPlan, Vec<CellProblem>>>,
    /// A mapping remembered from an earlier import (column title, field code).
    pub remembered: Vec<(String, String)>,
    /// The reason the events carry (the core asks for one after a seal).
    pub reason: String,
}

impl ImportDraft {
    /// The mapping to remember: each mapped column's title and field code.
    pub fn to_remember(&self) -> Vec<(String, String)> {
        let mut kept: Vec<(String, String)> =
            self.remembered.iter().filter(|(t, _)| !self.titles.contains(t)).cloned().collect();
        for (t, f) in self.titles.iter().zip(&self.mapping) {
            if let (false, Some(f)) = (t.is_empty(), f) {
                kept.push((t.clone(), f.code()));
            }
        }
        kept
    }
}

impl AppState {
    /// Opens the import dialog on a file's sheets, the first sheet's mapping proposed.
    pub(super) fn open_import(
        &mut self,
        file: String,
        sheets: Vec<Sheet>,
        remembered: Vec<(String, String)>,
    ) {
        let draft = ImportDraft {
            file,
            sheets,
            sheet: 0,
            header: None,
            titles: Vec::new(),
            mapping: Vec::new(),
            outcome: None,
            remembered,
            reason: String::new(),
        };
        self.ui.import = Some(draft);
        self.choose_sheet(0);
    }

    /// Imports another sheet of the file, its mapping proposed afresh.
    pub(super) fn choose_sheet(&mut self, sheet: usize) {
        let scheme = self.session.scheme().clone();
        let Some(d) = self.ui.import.as_mut() else { return };
        let Some(s) = d.sheets.get(sheet) else { return };
        d.sheet = sheet;
        match propose(&scheme, s, &d.remembered) {
            Some(p) => {
                d.header = Some(p.header);
                d.titles = p.titles;
                d.mapping = p.mapping;
            }
            None => {
                d.header = None;
                d.titles = Vec::new();
                d.mapping = Vec::new();
            }
        }
        self.plan();
    }

    /// Maps a column to a field (its code; empty: not imported).
    pub(super) fn map_column(&mut self, column: usize, code: &str) {
        let field = Field::from_code(self.session.scheme(), code);
        let Some(slot) = self.ui.import.as_mut().and_then(|d| d.mapping.get_mut(column)) else { return };
        *slot = field;
        self.plan();
    }

    /// Gives the reason the import's events carry.
    pub(super) fn import_reason(&mut self, reason: String) {
        let Some(d) = self.ui.import.as_mut() else { return };
        d.reason = reason;
        self.plan();
    }

    /// Asks the core for the mapped sheet's problems or events.
    fn plan(&mut self) {
        let Some(d) = self.ui.import.as_mut() else { return };
        let reason = Some(d.reason.trim().to_owned()).filter(|r| !r.is_empty());
        let by = ImportBy { at: self.now, actor: self.ui.actor.clone(), reason };
        d.outcome = match (d.header, d.sheets.get(d.sheet)) {
            (Some(header), Some(sheet)) => Some(plan_import(&self.session, sheet, header, &d.mapping, &by)),
            _ => None,
        };
    }

    /// Applies the planned events in one go and closes the dialog; a refusal (the session
    /// changed meanwhile) is shown and nothing changes.
    pub(super) fn confirm_import(&mut self) {
        self.plan();
        let Some(Some(Ok(plan))) = self.ui.import.as_ref().map(|d| d.outcome.clone()) else { return };
        match self.session.apply_all(plan.events) {
            Ok(_) => {
                self.ui.import = None;
                self.ui.notice = None;
                self.ui.last = None;
                if self.ui.selected.is_none() {
                    self.select_first();
                }
            }
            Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
        }
    }
}
