//! A whole session as JSON: its start, its state, its log and its fingerprint. Restoring
//! replays the log from the start and requires the very state and fingerprint written down, so
//! a snapshot edited by hand (a total, a rating, a sign-off, a log entry) is refused with
//! `E_SNAPSHOT_TAMPERED` at the first place it differs.

use crate::api::session::events::SessionInit;
use crate::api::session::log::SessionLog;
use crate::api::session::state::SessionState;
use crate::api::session::Session;
use crate::base::error::{Code, Problems};
use crate::base::message::{Said, SessionMsg};

/// Version of the snapshot format.
pub const SNAPSHOT_FORMAT: u32 = 1;

/// A session written down.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Snapshot {
    /// [`SNAPSHOT_FORMAT`].
    pub format: u32,
    /// What the session started from.
    pub init: SessionInit,
    /// The state.
    pub state: SessionState,
    /// The log of every applied event.
    pub log: SessionLog,
    /// The session's fingerprint.
    pub fingerprint: String,
}

impl Session {
    /// The session written down.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            format: SNAPSHOT_FORMAT,
            init: self.init().clone(),
            state: self.state().clone(),
            log: self.log().clone(),
            fingerprint: self.fingerprint(),
        }
    }

    /// The session as JSON text.
    pub fn snapshot_json(&self) -> String {
        kaoping_json::to_string(&self.snapshot())
    }

    /// Restores a session from a snapshot: the log is verified and replayed from the start, and
    /// the replayed state and fingerprint must equal the snapshot's.
    pub fn restore(snapshot: &Snapshot) -> Result<Session, Problems> {
        if snapshot.format != SNAPSHOT_FORMAT {
            return Err(Problems::one(
                Code::SchemaVersion,
                "format",
                SessionMsg::SnapshotFormat { format: snapshot.format, expected: SNAPSHOT_FORMAT },
            ));
        }
        let session = Session::replay(snapshot.init.clone(), &snapshot.log).map_err(|p| {
            // a log that does not replay was edited: say so, keeping the first problem's place
            let mut out = Problems::new();
            if let Some(first) = p.0.first().filter(|f| f.code != Code::SnapshotTampered) {
                out.push(
                    Code::SnapshotTampered,
                    first.path.clone(),
                    SessionMsg::LogDoesNotReplay {
                        problem: Said { en: first.message.clone(), zh: first.message_zh.clone() },
                        code: first.code.as_str().to_owned(),
                    },
                );
            }
            out.extend(p);
            out
        })?;
        if let Some(field) = first_difference(session.state(), &snapshot.state) {
            return Err(Problems::one(
                Code::SnapshotTampered,
                format!("state.{field}"),
                SessionMsg::StateDiffers { field: field.to_string() },
            ));
        }
        if session.fingerprint() != snapshot.fingerprint {
            return Err(Problems::one(Code::SnapshotTampered, "fingerprint", SessionMsg::FingerprintDiffers));
        }
        Ok(session)
    }

    /// Restores a session from snapshot JSON text.
    pub fn restore_json(text: &str) -> Result<Session, Problems> {
        Session::restore(&crate::base::json::from_json_str(text)?)
    }
}

/// The first top-level field in which two states differ.
fn first_difference(a: &SessionState, b: &SessionState) -> Option<&'static str> {
    [
        (a.roster != b.roster, "roster"),
        (a.committee != b.committee, "committee"),
        (a.sheets != b.sheets, "sheets"),
        (a.incidents != b.incidents, "incidents"),
        (a.seals != b.seals, "seals"),
        (a.published != b.published, "published"),
        (a.last_at != b.last_at, "lastAt"),
        (a.events != b.events, "events"),
    ]
    .into_iter()
    .find_map(|(differs, name)| differs.then_some(name))
}
