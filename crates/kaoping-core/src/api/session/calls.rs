//! The session's calls as JSON text in and answers out: what a binding (the npm package's
//! `Session` class) calls, so that it only carries text across and decides nothing.
//!
//! * [`Session::from_init_json`] and [`Session::restore_json`] make a session or refuse with
//!   located problems;
//! * [`Session::apply_json`] takes one event (`{…}`) or a batch (`[{…}, …]`, all or nothing) and
//!   answers an [`Applied`]: `ok` with the diff (or the batch's diffs), or the problems — the
//!   session unchanged;
//! * [`Session::officer_json`] answers one officer's detail or preview as an [`Answer`].

use crate::api::answer::{Answer, ValidationReport};
use crate::api::session::diff::Diff;
use crate::api::session::events::{Event, SessionInit};
use crate::api::session::Session;
use crate::base::error::{Problem, Problems};
use crate::base::ids::OfficerId;
use crate::base::json::from_json_str;

/// The answer to applying an event or a batch of events.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Applied {
    /// The event (or every event of the batch) was applied.
    pub ok: bool,
    /// What one applied event changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<Diff>,
    /// What each event of an applied batch changed, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diffs: Option<Vec<Diff>>,
    /// Why the event (or the batch) was refused: coded problems located in the event
    /// (`change.officer`) or the batch (`events[2].reason`). Nothing changed.
    pub errors: Vec<Problem>,
    /// Warnings that came with a refusal.
    pub warnings: Vec<Problem>,
}

impl Applied {
    pub(crate) fn accepted(diff: Option<Diff>, diffs: Option<Vec<Diff>>) -> Applied {
        Applied { ok: true, diff, diffs, errors: Vec::new(), warnings: Vec::new() }
    }

    pub(crate) fn refused(problems: Problems) -> Applied {
        let ValidationReport { errors, warnings, .. } = problems.into();
        Applied { ok: false, diff: None, diffs: None, errors, warnings }
    }
}

/// Which view of one officer [`Session::officer_json`] answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficerView {
    /// The full assessment with its explanation.
    Detail,
    /// The preview: distance to the next grades and the changes that reach them.
    Preview,
}

impl Session {
    /// A new session from its start as JSON text (`{"scheme": "court-judge"}`).
    pub fn from_init_json(text: &str) -> Result<Session, Problems> {
        Session::new(from_json_str::<SessionInit>(text)?)
    }

    /// Applies one event (an object) or a batch (an array, all or nothing) given as JSON text.
    /// A text that does not read as events is refused like a refused event: located problems
    /// (`change.type`, `events[1].at`), nothing changed.
    pub fn apply_json(&mut self, text: &str) -> Applied {
        if text.trim_start().starts_with('[') {
            match from_json_str::<Vec<Event>>(text).map_err(|p| p.within("events")) {
                Ok(events) => match self.apply_all(events) {
                    Ok(diffs) => Applied::accepted(None, Some(diffs)),
                    Err(p) => Applied::refused(p),
                },
                Err(p) => Applied::refused(p),
            }
        } else {
            match from_json_str::<Event>(text).and_then(|event| self.apply(event)) {
                Ok(diff) => Applied::accepted(Some(diff), None),
                Err(p) => Applied::refused(p),
            }
        }
    }

    /// One officer's detail or preview as JSON text (an [`Answer`]; an officer not on the
    /// roster is `E_UNKNOWN_OFFICER` at `officer`).
    pub fn officer_json(&self, officer: &str, view: OfficerView) -> String {
        let id = OfficerId::from(officer);
        match view {
            OfficerView::Detail => kaoping_json::to_string(&Answer::from(self.detail(&id))),
            OfficerView::Preview => kaoping_json::to_string(&Answer::from(self.preview(&id))),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::base::error::Code;

    /// One indicator (满意度, scored directly): a dossier needs only `s`.
    pub(crate) const INIT: &str = r#"{"scheme": {"schemaVersion": 1, "id": "t", "version": "1", "title": "测试", "role": "judge",
        "period": {"label": "2026年度", "start": "2026-01-01", "end": "2026-12-31"},
        "inputs": [{"key": "s", "title": "满意度", "kind": "percent"}],
        "dimensions": [{"id": "all", "title": "业绩", "weight": 1, "indicators": [{"id": "X", "title": "满意度",
            "weight": 1, "source": "S1", "input": {"kind": "value", "key": "s"}, "scoring": {"type": "direct"}}]}],
        "grades": [{"id": "excellent", "title": "优秀", "min": 90, "max": 100},
                   {"id": "competent", "title": "称职", "min": 0, "max": 90}]}}"#;

    fn add(at: &str, id: &str) -> String {
        add_scoring(at, id, 91)
    }

    /// An `addOfficer` event whose officer's 满意度 `s` (and so total) is `s`.
    pub(crate) fn add_scoring(at: &str, id: &str, s: u32) -> String {
        format!(
            r#"{{"at": "{at}", "actor": {{"kind": "user", "id": "书记员"}},
                "change": {{"type": "addOfficer", "officer": {{"id": "{id}", "name": "张三"}},
                "inputs": {{"s": {s}}}}}}}"#
        )
    }

    #[test]
    fn one_event_answers_its_diff_and_a_batch_its_diffs() {
        let mut s = Session::from_init_json(INIT).unwrap();
        let one = s.apply_json(&add("2026-12-01T09:00", "J-1"));
        assert!(one.ok && one.errors.is_empty() && one.diffs.is_none());
        assert_eq!(one.diff.as_ref().map(|d| d.seq), Some(1));
        let batch = format!("[{}, {}]", add("2026-12-01T09:05", "J-2"), add("2026-12-01T09:06", "J-3"));
        let two = s.apply_json(&batch);
        assert!(two.ok && two.diff.is_none());
        assert_eq!(two.diffs.map(|d| d.iter().map(|d| d.seq).collect::<Vec<_>>()), Some(vec![2, 3]));
        assert_eq!(s.table().map(|t| t.officers.len()), Some(3));
    }

    #[test]
    fn unreadable_and_refused_events_change_nothing() {
        let mut s = Session::from_init_json(INIT).unwrap();
        let before = s.fingerprint();
        let bad_type = s.apply_json(
            r#"{"at": "2026-12-01T09:00", "actor": {"kind": "user", "id": "x"}, "change": {"type": "fly"}}"#,
        );
        assert!(!bad_type.ok);
        assert_eq!(
            bad_type.errors.first().map(|p| (p.code, p.path.as_str())),
            Some((Code::UnknownVariant, "change.type"))
        );
        // the second event of a batch goes back in time: the whole batch is refused at it
        let batch = format!("[{}, {}]", add("2026-12-01T09:05", "J-2"), add("2026-12-01T09:00", "J-3"));
        let refused = s.apply_json(&batch);
        assert!(!refused.ok && refused.diffs.is_none());
        assert!(refused.errors.iter().all(|p| p.path.starts_with("events[1]")), "{:?}", refused.errors);
        let unreadable = s.apply_json(r#"[{"at": 5}]"#);
        assert_eq!(unreadable.errors.first().map(|p| p.path.as_str()), Some("events[0].at"));
        assert_eq!(s.fingerprint(), before);
    }

    #[test]
    fn an_officer_not_on_the_roster_is_a_located_problem() {
        let s = Session::from_init_json(INIT).unwrap();
        let text = s.officer_json("J-9", OfficerView::Preview);
        let answer: Answer<kaoping_json::Json> = from_json_str(&text).unwrap();
        assert!(!answer.ok);
        assert_eq!(
            answer.errors.first().map(|p| (p.code, p.path.as_str())),
            Some((Code::UnknownOfficer, "officer"))
        );
    }
}
