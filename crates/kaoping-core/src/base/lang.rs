//! The language of texts for people: explanations, decisions and problem messages.

use serde::{Deserialize, Serialize};

/// Language of texts for people (explanations, decisions, problem messages).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    kaoping_json::ToJson,
    Deserialize,
    kaoping_json::FromJson,
)]
#[serde(rename_all = "camelCase")]
pub enum Lang {
    /// 中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}
