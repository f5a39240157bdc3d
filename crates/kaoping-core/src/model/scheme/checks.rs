//! What a scheme declares about plausible data: how a date outside the assessment period is
//! treated, and constraints between inputs (审限内结案数 ≤ 结案数; 件 ≥ 案).

use crate::base::ids::InputKey;

/// What an occurrence dated outside the scheme's period is (`period.outside`).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Outside {
    /// An error (`E_OUT_OF_PERIOD`): the dossier is not assessed. The default.
    #[default]
    Error,
    /// A warning (`W_OUT_OF_PERIOD`): the occurrence counts, and the answer says so.
    Warning,
}

impl Outside {
    /// Whether this is the default (an error), which the written scheme leaves out.
    pub fn is_error(&self) -> bool {
        *self == Outside::Error
    }
}

/// How the two sides of a constraint compare.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Comparison {
    /// left < right
    Lt,
    /// left ≤ right
    Le,
    /// left = right
    Eq,
    /// left ≥ right
    Ge,
    /// left > right
    Gt,
}

impl Comparison {
    /// Whether `left` and `right` stand in this relation.
    pub fn holds<T: PartialOrd>(self, left: T, right: T) -> bool {
        match self {
            Comparison::Lt => left < right,
            Comparison::Le => left <= right,
            Comparison::Eq => left == right,
            Comparison::Ge => left >= right,
            Comparison::Gt => left > right,
        }
    }

    /// The relation's sign (`≤`).
    pub fn sign(self) -> &'static str {
        match self {
            Comparison::Lt => "<",
            Comparison::Le => "≤",
            Comparison::Eq => "=",
            Comparison::Ge => "≥",
            Comparison::Gt => ">",
        }
    }
}

/// A constraint between two of a dossier's inputs: a dossier that breaks it is implausible
/// (`E_IMPLAUSIBLE`, naming both inputs). It applies when both inputs are given.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InputConstraint {
    /// The input on the left (`closedInTime`).
    pub left: InputKey,
    /// The relation (`le`).
    pub op: Comparison,
    /// The input on the right (`closed`).
    pub right: InputKey,
}
