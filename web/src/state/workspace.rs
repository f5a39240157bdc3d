//! The saved workspace: everything a committee edits, its JSON form (read size-limited and
//! checked, written indented or compact) and the demo workspaces.

use crate::i18n::Lang;
use kaoping_core::api::builtin;
use kaoping_core::api::tolerance::default_policy_id;
use kaoping_core::base::message::Message;
use kaoping_core::base::{error::Problems, json::from_json_str};
use kaoping_core::rules::audit::AuditLog;
use kaoping_core::rules::committee::{Committee, ScoreSheet};
use kaoping_core::rules::tolerance::Incident;
use kaoping_core::{Dossier, Scheme};

/// Format tag of a saved or exported workspace.
pub const WORKSPACE_FORMAT: &str = "kaoping-workspace";
/// Version of the workspace format.
pub const WORKSPACE_VERSION: u32 = 1;
/// Largest file the app imports (bytes).
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// Everything a committee edits; saved on every change, exported and imported as JSON.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Workspace {
    /// Always [`WORKSPACE_FORMAT`].
    pub format: String,
    /// Always [`WORKSPACE_VERSION`].
    pub version: u32,
    /// Language of the interface.
    pub lang: Lang,
    /// Built-in scheme id the scheme came from, or `None` for an imported scheme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builtin: Option<String>,
    /// The scheme in use.
    pub scheme: Scheme,
    /// The cohort's dossiers.
    pub dossiers: Vec<Dossier>,
    /// Built-in tolerance policy id (default: the api's).
    #[serde(default = "default_policy_id")]
    pub policy: String,
    /// Tolerance incidents under review.
    #[serde(default)]
    pub incidents: Vec<Incident>,
    /// The committee (members, recusals), when the scheme has rated indicators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<Committee>,
    /// The members' score sheets.
    #[serde(default)]
    pub sheets: Vec<ScoreSheet>,
    /// The committee's hash-chained audit trail.
    #[serde(default)]
    pub audit: AuditLog,
}

impl Workspace {
    /// The built-in demo cohort with its scheme (the first scheme of the demo cohort).
    pub fn demo() -> Result<Workspace, Problems> {
        let first = builtin::demo_entries().first().map(|e| e.scheme.clone());
        Workspace::demo_for(first.as_deref().unwrap_or("court-judge"))
    }

    /// The demo officers of one built-in scheme, with that scheme.
    pub fn demo_for(scheme_id: &str) -> Result<Workspace, Problems> {
        let scheme = builtin::scheme(scheme_id)?;
        let dossiers = builtin::demo_entries()
            .into_iter()
            .filter(|e| e.scheme == scheme_id)
            .map(|e| e.dossier)
            .collect::<Vec<_>>();
        let input = builtin::demo_cohort_input(&scheme, dossiers);
        let dossiers = input.dossiers;
        Ok(Workspace {
            format: WORKSPACE_FORMAT.into(),
            version: WORKSPACE_VERSION,
            lang: Lang::Zh,
            builtin: Some(scheme_id.to_string()),
            scheme,
            dossiers,
            policy: default_policy_id(),
            incidents: Vec::new(),
            committee: input.committee,
            sheets: input.sheets,
            audit: AuditLog::new(),
        })
    }

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
                    format!("不是（{WORKSPACE_FORMAT}）第 {WORKSPACE_VERSION} 版的工作区文件"),
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
