//! The audit-trail operations: verify a log (against an anchor kept apart), append an event,
//! the anchor of a log, the hash of one entry.
//!
//! ```json
//! { "log": { "entries": [ … ] }, "anchor": { "count": 3, "head": "…" } }
//! ```

use crate::base::date::Date;
use crate::base::error::Problems;
use crate::base::json::from_json_str;
use crate::rules::audit::{Anchor, AuditEntry, AuditEvent, AuditLog, Verification};

/// A verification request: `{ "log": {"entries": […]}, "anchor": {"count", "head"} }` (anchor
/// optional), as the wasm binding and the JS package use it.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerifyRequest {
    /// The log.
    pub log: AuditLog,
    /// The anchor kept apart from the log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
}

/// Verifies a log, against its anchor when one is given: names the first edited, dropped,
/// inserted or reordered entry.
pub fn verify(request: &VerifyRequest) -> Verification {
    match &request.anchor {
        Some(anchor) => request.log.verify_against(anchor),
        None => request.log.verify(),
    }
}

/// Parses a [`VerifyRequest`] from JSON text and verifies the log.
pub fn verify_json(text: &str) -> Result<Verification, Problems> {
    Ok(verify(&from_json_str(text)?))
}

/// An event to append to a log: `{ "at": "2026-12-31", "actor": "…", "event": { … } }`.
#[derive(Clone, Debug, PartialEq, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AppendRequest {
    /// When.
    pub at: Date,
    /// Who.
    pub actor: String,
    /// What.
    pub event: AuditEvent,
}

/// Appends an event to a log given as JSON text (`None`: a new log) and answers the new log.
/// Problems of the log are under `log`, those of the event under `entry`, all at once.
pub fn append_json(log: Option<&str>, entry: &str) -> Result<AuditLog, Problems> {
    let log = match log {
        None => Ok(AuditLog::new()),
        Some(text) => from_json_str::<AuditLog>(text).map_err(|p| p.under("log")),
    };
    let entry = from_json_str::<AppendRequest>(entry).map_err(|p| p.under("entry"));
    match (log, entry) {
        (Ok(mut log), Ok(e)) => {
            log.append(e.at, &e.actor, e.event);
            Ok(log)
        }
        (Err(mut a), Err(b)) => {
            a.extend(b);
            Err(a)
        }
        (Err(p), _) | (_, Err(p)) => Err(p),
    }
}

/// The anchor of a log given as JSON text (entry count and head hash), to keep apart from it.
pub fn anchor_json(log: &str) -> Result<Anchor, Problems> {
    from_json_str::<AuditLog>(log).map(|l| l.anchor())
}

/// The hash an audit entry's content gives (to check one entry on its own).
pub fn entry_hash_json(entry: &str) -> Result<String, Problems> {
    from_json_str::<AuditEntry>(entry).map(|e| e.compute_hash())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGN_OFF: &str = r#"{ "at": "2026-12-20", "actor": "R01", "event": { "type": "signOff", "rater": "R01", "sheet": "s1" } }"#;

    #[test]
    fn appended_entries_chain_and_verify_against_their_anchor() {
        let one = append_json(None, SIGN_OFF).unwrap();
        let text = kaoping_json::to_string(&one);
        let two = append_json(Some(&text), SIGN_OFF).unwrap();
        assert_eq!(two.entries.len(), 2);
        let two_text = kaoping_json::to_string(&two);
        let anchor = anchor_json(&two_text).unwrap();
        assert_eq!(anchor.count, 2);
        assert_eq!(entry_hash_json(&kaoping_json::to_string(&two.entries[1])).unwrap(), anchor.head);
        let request = VerifyRequest { log: one, anchor: Some(anchor) };
        // the one-entry log is the two-entry log with its last entry dropped: the anchor says so
        assert!(!verify(&request).ok);
    }

    #[test]
    fn a_bad_log_and_a_bad_entry_are_reported_together_where_they_are() {
        let e = append_json(Some("{\"entries\": 3}"), "{\"at\": \"2026-13-01\"}").unwrap_err();
        assert!(e.0.iter().any(|p| p.path.starts_with("log")), "{e:?}");
        assert!(e.0.iter().any(|p| p.path.starts_with("entry")), "{e:?}");
    }
}
