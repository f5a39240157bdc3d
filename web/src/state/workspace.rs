//! What is saved: the session (the core's snapshot: its start, state and hash-chained log) with
//! the screen's language, the person acting and the named users; its JSON form (read
//! size-limited and checked, written indented or compact). A platform's event file (a session's
//! start and its events) is read too: its events are applied to a new session one by one.

use crate::i18n::Lang;
use kaoping_core::api::session::{Actor, Event, SessionInit, Snapshot};
use kaoping_core::base::message::Message;
use kaoping_core::base::{error::Problems, json::from_json_str};

/// Format tag of a saved or exported workspace.
pub const WORKSPACE_FORMAT: &str = "kaoping-workspace";
/// Version of the workspace format (2: the session's snapshot).
pub const WORKSPACE_VERSION: u32 = 2;
/// Format tag of a platform's event file.
pub const EVENTS_FORMAT: &str = "kaoping-events";
/// Largest file the app imports (bytes).
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// A named user of the app who is not a committee member (书记员, 考评办工作人员).
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NamedUser {
    /// The name (the actor id of their events).
    pub name: String,
    /// What they do (书记员).
    pub role: String,
}

/// The users the demo starts with.
pub fn demo_users() -> Vec<NamedUser> {
    vec![
        NamedUser { name: "李静".into(), role: "考评办工作人员".into() },
        NamedUser { name: "王敏".into(), role: "书记员".into() },
    ]
}

/// Everything saved on every change, exported and imported as JSON.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Workspace {
    /// Always [`WORKSPACE_FORMAT`].
    pub format: String,
    /// Always [`WORKSPACE_VERSION`].
    pub version: u32,
    /// Language of the interface.
    pub lang: Lang,
    /// Built-in scheme id the session's scheme came from, or `None` for an imported scheme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builtin: Option<String>,
    /// Named users besides the committee members.
    #[serde(default)]
    pub users: Vec<NamedUser>,
    /// The person acting now.
    pub actor: Actor,
    /// The session.
    pub session: Snapshot,
    /// Events in the log at the last backup (an export, or when the workspace was opened); the
    /// screen reminds to export a backup after enough changes since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backed_up: Option<usize>,
    /// The holiday calendar imported for the publication (公示).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<kaoping_core::model::calendar::HolidayCalendar>,
}

/// A platform's event file: a session's start and its events, in order.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EventsFile {
    /// Always [`EVENTS_FORMAT`].
    pub format: String,
    /// What the session starts from.
    pub init: SessionInit,
    /// The events.
    pub events: Vec<Event>,
}

impl Workspace {
    /// Reads a workspace from JSON: size-limited, structurally checked (with the path of the first
    /// problem) and tagged with the right format and version.
    pub fn from_json(text: &str) -> Result<Workspace, Problems> {
        if text.len() > MAX_IMPORT_BYTES {
            return Err(over_import_limit(text.len()));
        }
        let ws: Workspace = from_json_str(text)?;
        if ws.format != WORKSPACE_FORMAT || ws.version != WORKSPACE_VERSION {
            return Err(Problems::one(
                kaoping_core::Code::SchemaVersion,
                "format",
                Message::given(
                    format!("not a {WORKSPACE_FORMAT} version {WORKSPACE_VERSION} file"),
                    format!("不是第 {WORKSPACE_VERSION} 版的考评工作区文件"),
                ),
            ));
        }
        Ok(ws)
    }

    /// The workspace as indented JSON (the exported form).
    pub fn to_json(&self) -> String {
        kaoping_json::to_string_pretty(self)
    }

    /// The workspace as compact JSON (the form saved in the browser on every edit).
    pub fn to_compact_json(&self) -> String {
        kaoping_json::to_string(self)
    }
}

impl EventsFile {
    /// Reads an event file from JSON (size-limited, checked, tagged [`EVENTS_FORMAT`]).
    pub fn from_json(text: &str) -> Result<EventsFile, Problems> {
        if text.len() > MAX_IMPORT_BYTES {
            return Err(over_import_limit(text.len()));
        }
        let file: EventsFile = from_json_str(text)?;
        if file.format != EVENTS_FORMAT {
            return Err(Problems::one(
                kaoping_core::Code::SchemaVersion,
                "format",
                Message::given(format!("not a {EVENTS_FORMAT} file"), "不是考评事件文件".to_owned()),
            ));
        }
        Ok(file)
    }
}

/// The problem of a file larger than [`MAX_IMPORT_BYTES`] (`len`: its size in bytes).
pub(crate) fn over_import_limit(len: usize) -> Problems {
    Problems::one(
        kaoping_core::Code::Limit,
        "",
        Message::given(
            format!("the file has {len} bytes; at most {MAX_IMPORT_BYTES} are accepted"),
            format!("文件有 {len} 字节，最多接受 {MAX_IMPORT_BYTES} 字节"),
        ),
    )
}

/// The problem text of a file refused for its size (`why`: the sizes, `12345 > 1000 B`).
pub(crate) fn too_large(why: String) -> Message {
    Message::given(format!("the file is too large: {why}"), format!("文件过大（{why}）"))
}
