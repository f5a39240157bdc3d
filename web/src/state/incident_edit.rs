//! The tolerance incidents as the review form edits them: one [`IncidentEdit`] per change, and
//! opening, editing, deleting and recording incidents.

use super::{AppState, Notice};
use kaoping_core::rules::tolerance::{self, Culpability, Fact, Incident, Responsibility};
use kaoping_core::Date;

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

fn empty_correction() -> tolerance::Correction {
    tolerance::Correction { actions: Vec::new(), deadline: None, completed: None }
}

impl AppState {
    /// Opens a new incident for an officer and selects it.
    pub(super) fn add_incident(&mut self, officer: usize) {
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

    /// Changes an incident; a bad date is refused with a notice.
    pub(super) fn edit_incident(&mut self, index: usize, edit: IncidentEdit) {
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

    /// Deletes an incident.
    pub(super) fn remove_incident(&mut self, i: usize) {
        if i < self.ws.incidents.len() {
            self.ws.incidents.remove(i);
            self.ui.incident = None;
            self.recompute_all();
        }
    }

    /// Selects an incident (an index past the incidents selects none).
    pub(super) fn select_incident(&mut self, i: usize) {
        self.ui.incident = Some(i).filter(|i| *i < self.ws.incidents.len());
    }
}
