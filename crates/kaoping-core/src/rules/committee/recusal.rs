//! Recusal (回避): a member who must not rate a given officer.

use crate::base::ids::{OfficerId, RaterId};

/// One recusal.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Recusal {
    /// The member.
    pub rater: RaterId,
    /// The officer they must not rate.
    pub officer: OfficerId,
    /// Why (近亲属, 同一案件当事人 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Whether `rater` is recused from `officer` in the list.
pub fn is_recused(recusals: &[Recusal], rater: &RaterId, officer: &OfficerId) -> bool {
    recusals.iter().any(|r| &r.rater == rater && &r.officer == officer)
}
