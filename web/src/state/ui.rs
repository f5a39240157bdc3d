//! What the screen shows besides the workspace: the screen, the selection, the table's filter and
//! sort (and the table order they give), the notice and what is printed.

use super::AppState;
use kaoping_core::base::error::Problems;
use kaoping_core::Decimal;

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

impl AppState {
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

    /// Selects an officer (an index past the dossiers selects none).
    pub(super) fn select(&mut self, i: Option<usize>) {
        self.ui.selected = i.filter(|i| *i < self.ws.dossiers.len());
    }

    /// Sorts by a column; the same column again reverses the order. Totals sort highest first.
    pub(super) fn sort_by(&mut self, key: SortKey) {
        if self.ui.sort == key {
            self.ui.descending = !self.ui.descending;
        } else {
            self.ui.sort = key;
            self.ui.descending = key == SortKey::Total;
        }
    }

    /// Chooses what to print and shows the print view.
    pub(super) fn print(&mut self, target: PrintTarget) {
        self.ui.print = target;
        self.ui.view = View::Print;
    }
}
