//! The tolerance incidents as the review form edits them: one [`IncidentEdit`] per change, each
//! an `UpdateIncident` event of the session (a decided incident then needs a reason and loses
//! its decision: the core says so), and recording a new incident.

use super::{AppState, Notice};
use kaoping_core::api::session::Change;
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
    /// Records a new incident of an officer (what happened, an id not yet used, dated today
    /// within the period: a correction deadline counted from it is not already past) and
    /// selects it.
    pub(super) fn add_incident(&mut self, officer: &kaoping_core::OfficerId, description: String) {
        let incidents = &self.session.state().incidents;
        let n =
            (incidents.len() + 1..).find(|n| !incidents.contains_key(&format!("INC-{n:03}"))).unwrap_or(1);
        let incident = Incident {
            id: format!("INC-{n:03}"),
            officer: officer.clone(),
            date: {
                let period = &self.session.scheme().period;
                self.now.date().max(period.start).min(period.end)
            },
            description,
            kind: "general".into(),
            responsibility: Responsibility::QualityFlaw,
            culpability: None,
            wrongful_case: false,
            interference_recorded: false,
            preconditions: Default::default(),
            facts: Vec::new(),
            linked: Vec::new(),
            correction: None,
        };
        let id = incident.id.clone();
        if self.act(Change::RecordIncident { incident }) {
            self.ui.incident = Some(id);
        }
    }

    /// Amends an incident (an `UpdateIncident` event with the form's change); a bad date is
    /// refused with a notice.
    pub(super) fn edit_incident(&mut self, id: &str, edit: IncidentEdit) {
        let Some(record) = self.session.state().incidents.get(id) else { return };
        let mut inc = record.incident.clone();
        if let Err(text) = amend(&mut inc, edit) {
            self.ui.notice = Some(Notice::BadNumber(text));
            return;
        }
        if inc != record.incident {
            self.act(Change::UpdateIncident { incident: inc });
        }
    }
}

/// The form's change made to an incident (`Err`: a date that could not be read).
fn amend(inc: &mut Incident, edit: IncidentEdit) -> Result<(), String> {
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
        IncidentEdit::Date(t) => match date(&t)? {
            Some(d) => inc.date = d,
            None => return Err(t),
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
        IncidentEdit::Deadline(t) => inc.correction.get_or_insert_with(empty_correction).deadline = date(&t)?,
        IncidentEdit::Completed(t) => {
            inc.correction.get_or_insert_with(empty_correction).completed = date(&t)?
        }
    }
    Ok(())
}
