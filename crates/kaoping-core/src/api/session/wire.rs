//! An applied event's answer as a binding carries it across: the officer lists held back.
//!
//! A diff's officer list is exact: when one officer climbs from rank 5,000 to rank 200, the
//! 4,800 officers between each moved one rank and are listed. The session keeps them as one run
//! ([`OfficerChanges`]) and writes the list out only when it is read; a binding that wrote every
//! answer whole would pay for the run on every event. [`Session::apply_wire`] answers the
//! [`Applied`] with its officer lists held back, each with its count and its run of one-rank
//! moves, so that the binding hands them out when (and only if) the caller reads them.

use crate::api::session::calls::Applied;
use crate::api::session::changes::{OfficerChanges, RankShift};
use crate::api::session::diff::Diff;
use crate::api::session::Session;

/// What a held-back officer list is, without writing it out.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct HeldSummary {
    /// Number of officers in the list; absent for the list since a seal, which only the
    /// comparison with the seal gives (made when the list is read, not on every event).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<usize>,
    /// The run of officers who only moved one rank (`None`: no such run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shifted: Option<RankShift>,
}

/// An [`Applied`] with its officer lists held back.
#[derive(Debug)]
pub struct Wire {
    /// `{"answer": <Applied, every officer list empty>, "held": [<HeldSummary>, …]}`.
    pub text: String,
    /// The held-back lists, in the order of `held`: for each diff (the one diff, or each of a
    /// batch's in order), its `officers`, then its `sinceSeal.officers` when it has one.
    pub held: Vec<OfficerChanges>,
}

impl Wire {
    /// Holds back every officer list of `applied` and writes the rest.
    pub fn of(mut applied: Applied) -> Wire {
        let mut held = Vec::new();
        let diffs = applied.diff.iter_mut().chain(applied.diffs.iter_mut().flatten());
        diffs.for_each(|d| hold(d, &mut held));
        let summaries: Vec<HeldSummary> =
            held.iter().map(|h| HeldSummary { count: h.known_count(), shifted: h.shifted() }).collect();
        let mut text = String::from("{\"answer\":");
        kaoping_json::ToJson::to_json(&applied, &mut text);
        text.push_str(",\"held\":");
        kaoping_json::ToJson::to_json(&summaries, &mut text);
        text.push('}');
        Wire { text, held }
    }
}

/// Takes a diff's officer lists out, in the documented order.
fn hold(diff: &mut Diff, held: &mut Vec<OfficerChanges>) {
    held.push(std::mem::take(&mut diff.officers));
    if let Some(s) = diff.since_seal.as_mut() {
        held.push(std::mem::take(&mut s.officers));
    }
}

impl Session {
    /// [`Session::apply_json`] with the officer lists held back ([`Wire`]).
    pub fn apply_wire(&mut self, text: &str) -> Wire {
        Wire::of(self.apply_json(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::session::calls::tests::{add_scoring as add, INIT};
    use crate::base::json::from_json_str;
    use kaoping_json::Json;

    #[test]
    fn the_held_lists_are_the_answers_lists_in_order() {
        let mut s = Session::from_init_json(INIT).unwrap();
        let mut whole = Session::from_init_json(INIT).unwrap();
        // J-1 80, J-2 70, J-3 60 rank 1, 2, 3; then J-3 rises to 95: J-1 and J-2 move one down
        let events = [add("2026-12-01T09:00", "J-1", 80), add("2026-12-01T09:01", "J-2", 70)];
        for e in &events {
            assert!(s.apply_wire(e).held.len() == 1);
            assert!(whole.apply_json(e).ok);
        }
        let batch = format!(
            "[{}, {}]",
            add("2026-12-01T09:02", "J-3", 60),
            r#"{"at": "2026-12-01T09:03", "actor": {"kind": "user", "id": "书记员"},
                "change": {"type": "setInput", "officer": "J-3", "key": "s", "value": 95}}"#
        );
        let wire = s.apply_wire(&batch);
        let full = whole.apply_json(&batch);
        let diffs = full.diffs.unwrap();
        assert_eq!(wire.held.len(), 2);
        for (held, diff) in wire.held.iter().zip(&diffs) {
            assert_eq!(held.as_slice(), diff.officers.as_slice());
        }
        // the rise of J-3 (rank 3 → 1): J-1 and J-2 listed as one run of ranks 1..=2, one down
        let text: Json = from_json_str(&wire.text).unwrap();
        let held = text.get("held").unwrap();
        assert_eq!(
            kaoping_json::to_string(held),
            r#"[{"count":1},{"count":3,"shifted":{"from":1,"to":2,"by":1}}]"#
        );
        let officers = text.get("answer").and_then(|a| a.get("diffs")).map(kaoping_json::to_string);
        assert_eq!(officers.map(|t| t.matches("\"officers\":[]").count()), Some(2));
    }

    #[test]
    fn since_a_seal_the_count_waits_for_the_comparison() {
        let mut s = Session::from_init_json(INIT).unwrap();
        assert!(s.apply_json(&add("2026-12-01T09:00", "J-1", 80)).ok);
        let seal = r#"{"at": "2026-12-01T09:01", "actor": {"kind": "user", "id": "书记员"}, "change": {"type": "seal"}}"#;
        assert!(s.apply_json(seal).ok);
        let edit = r#"{"at": "2026-12-01T09:02", "actor": {"kind": "user", "id": "书记员"}, "reason": "复核更正",
            "change": {"type": "setInput", "officer": "J-1", "key": "s", "value": 95}}"#;
        let wire = s.apply_wire(edit);
        // the diff's own list (J-1) and the list since the seal (J-1: 80 → 95), counted on reading
        assert_eq!(wire.held.len(), 2);
        assert_eq!(wire.held.get(1).map(|h| h.len()), Some(1));
        let text: Json = from_json_str(&wire.text).unwrap();
        assert_eq!(text.get("held").map(kaoping_json::to_string).as_deref(), Some(r#"[{"count":1},{}]"#));
    }
}
