//! Committee members who rate.

use crate::base::ids::{IndicatorId, RaterId};
use crate::rules::committee::recusal::Recusal;

/// An assessment committee: its members and their recusals.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Committee {
    /// The members who rate (5–9 for a 考评委员会; peer-rating groups may be larger).
    pub members: Vec<Rater>,
    /// Members who must not rate a given officer (回避).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recusals: Vec<Recusal>,
}

impl Committee {
    /// A member by id.
    pub fn member(&self, id: &RaterId) -> Option<&Rater> {
        self.members.iter().find(|m| &m.id == id)
    }
}

/// One committee member.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rater {
    /// Rater id (`R01`).
    pub id: RaterId,
    /// Name.
    pub name: String,
    /// Role in the committee.
    pub role: RaterRole,
    /// The rated indicators this member rates; empty = every rated indicator of the scheme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<IndicatorId>,
}

impl Rater {
    /// Whether this member is expected to rate the indicator.
    pub fn rates(&self, indicator: &IndicatorId) -> bool {
        self.indicators.is_empty() || self.indicators.contains(indicator)
    }
}

/// A member's role.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum RaterRole {
    /// 主任 (court president / chief prosecutor).
    Chair,
    /// 委员.
    Member,
    /// 同事 / 群众 in a peer rating (民主测评).
    Peer,
    /// 分管领导 / 部门负责人 who proposes.
    Supervisor,
}

impl RaterRole {
    /// Chinese label.
    pub fn zh(self) -> &'static str {
        match self {
            RaterRole::Chair => "主任",
            RaterRole::Member => "委员",
            RaterRole::Peer => "测评人",
            RaterRole::Supervisor => "分管领导",
        }
    }

    /// English label.
    pub fn en(self) -> &'static str {
        match self {
            RaterRole::Chair => "chair",
            RaterRole::Member => "member",
            RaterRole::Peer => "peer rater",
            RaterRole::Supervisor => "supervisor",
        }
    }
}
