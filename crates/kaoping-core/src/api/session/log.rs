//! The session's audit log (留痕): every applied event, with its actor, time and reason, in an
//! append-only list linked by a SHA-256 hash chain (the same construction as
//! [`crate::rules::audit`], over session events). Replaying it from the session's start
//! rebuilds the session.

use crate::api::session::events::Event;
use crate::base::error::{Code, Path, Problems};
use crate::base::fingerprint::Fingerprinter;
use crate::base::message::SessionMsg;
use crate::rules::audit::GENESIS;

/// One applied event in the log.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LogEntry {
    /// 1, 2, 3, … in order of application.
    pub seq: u64,
    /// The event (time, actor, reason, change).
    pub event: Event,
    /// Hash of the previous entry ([`GENESIS`] for the first).
    pub prev: String,
    /// Hash of this entry.
    pub hash: String,
}

impl LogEntry {
    /// The hash this entry's content gives.
    pub fn compute_hash(&self) -> String {
        let mut f = Fingerprinter::new("sessionLogEntry");
        f.add("seq", &self.seq);
        f.add("event", &self.event);
        f.add("prev", &self.prev);
        f.finish()
    }
}

/// The hash-chained log of a session.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SessionLog {
    /// The entries, oldest first.
    pub entries: Vec<LogEntry>,
}

impl SessionLog {
    /// Hash of the last entry ([`GENESIS`] when empty).
    pub fn head(&self) -> &str {
        self.entries.last().map_or(GENESIS, |e| e.hash.as_str())
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the log is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Appends an event; returns its sequence number and hash.
    pub(crate) fn append(&mut self, event: Event) -> (u64, String) {
        let seq = self.entries.last().map_or(1, |e| e.seq.saturating_add(1));
        let mut entry = LogEntry { seq, event, prev: self.head().to_owned(), hash: String::new() };
        entry.hash = entry.compute_hash();
        let out = (seq, entry.hash.clone());
        self.entries.push(entry);
        out
    }

    /// Recomputes the chain: `E_SNAPSHOT_TAMPERED` at the first entry whose sequence number,
    /// link or hash is not what its content gives (paths rooted at `path`).
    pub fn verify(&self, path: &Path) -> Result<(), Problems> {
        let mut prev = GENESIS.to_owned();
        for (i, (e, seq)) in self.entries.iter().zip(1u64..).enumerate() {
            let bad = if e.seq != seq {
                Some(("seq", SessionMsg::LogSeq { entry: i + 1, seq: e.seq, expected: seq }))
            } else if e.prev != prev {
                Some(("prev", SessionMsg::LogLink { entry: i + 1 }))
            } else if e.hash != e.compute_hash() {
                Some(("hash", SessionMsg::LogHash { entry: i + 1 }))
            } else {
                None
            };
            if let Some((field, message)) = bad {
                let at = path.key("entries").index(i);
                return Err(Problems::one(Code::SnapshotTampered, at.key(field), message));
            }
            prev.clone_from(&e.hash);
        }
        Ok(())
    }
}
