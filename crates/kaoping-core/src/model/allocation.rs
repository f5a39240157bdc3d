//! Performance-bonus allocation (绩效奖金分配): the declaration of how a pool is shared out over a
//! cohort's results, and the allocation with each officer's share and the facts that explain it.
//! [`crate::rules::allocation`] computes it; [`crate::explain`] words the facts.

use crate::base::decimal::Decimal;
use crate::base::ids::{GradeId, OfficerId};
use crate::base::sorted::SortedMap;

/// One officer's result as an allocation or a publication reads it: a row of a cohort's ranked
/// table (or of a session's live table), or given as it is.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResultRow {
    /// The officer.
    pub officer: OfficerId,
    /// The officer's name.
    #[serde(default)]
    pub name: String,
    /// Rank in the cohort (1 = best; 0 = not given).
    #[serde(default)]
    pub rank: u32,
    /// Total score.
    pub total: Decimal,
    /// The final grade (`None`: withheld, comments only).
    #[serde(default)]
    pub grade: Option<GradeId>,
    /// The grade's title.
    #[serde(default)]
    pub grade_title: String,
    /// A veto applies to the officer.
    #[serde(default)]
    pub vetoed: bool,
}

/// How the pool is divided.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum AllocationMethod {
    /// In proportion to the coefficient of the officer's grade (按等次系数).
    GradeCoefficient,
    /// In proportion to the officer's total score (按考评得分).
    Score,
    /// In proportion to grade coefficient × total score (按等次系数 × 得分).
    CoefficientTimesScore,
}

/// What becomes of an officer who is vetoed, or whose grade is withheld.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "rule", rename_all = "camelCase", deny_unknown_fields)]
pub enum SpecialCase {
    /// Shares as the grade the officer has (a vetoed officer's grade already bears the veto).
    AsGraded {},
    /// Gets no share.
    Exclude {},
    /// Shares with this coefficient instead of a grade's.
    Coefficient {
        /// The coefficient (≥ 0).
        coefficient: Decimal,
    },
}

/// The allocation declared: the pool, the method, the grade coefficients and the special cases.
///
/// Defaults (the engine's choice, labelled as such): a vetoed officer shares as graded, an officer
/// whose grade is withheld is excluded. The remainder rule is always the largest remainder
/// (最大余数法), see [`crate::rules::allocation`].
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AllocationDeclaration {
    /// The pool, in yuan, to the fen (at most two decimals, not negative).
    pub pool: Decimal,
    /// How the pool is divided.
    pub method: AllocationMethod,
    /// Coefficient by grade id (needed by the coefficient methods for every grade that shares).
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<GradeId, Decimal>"))]
    pub coefficients: SortedMap<GradeId, Decimal>,
    /// Vetoed officers (default: as graded).
    #[serde(default = "as_graded")]
    pub vetoed: SpecialCase,
    /// Officers whose grade is withheld (default: excluded).
    #[serde(default = "exclude")]
    pub withheld: SpecialCase,
}

fn as_graded() -> SpecialCase {
    SpecialCase::AsGraded {}
}

fn exclude() -> SpecialCase {
    SpecialCase::Exclude {}
}

/// Why an officer gets no share.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Exclusion {
    /// Vetoed, and the declaration excludes vetoed officers.
    Vetoed,
    /// Grade withheld, and the declaration excludes such officers.
    Withheld,
}

/// One fact of a share's explanation; [`crate::explain`] words it.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareFact {
    /// The officer's weight: its coefficient (and where), its total, the product.
    Weight {
        /// The method.
        method: AllocationMethod,
        /// The coefficient used, and whether it is the special case's rather than the grade's.
        coefficient: Option<(Decimal, Option<Exclusion>)>,
        /// The total.
        total: Decimal,
        /// The weight.
        weight: Decimal,
    },
    /// The exact share: pool × weight ÷ sum of weights, in fen, and its whole fen.
    Exact {
        /// The pool in fen.
        pool_fen: i64,
        /// The weight.
        weight: Decimal,
        /// Sum of all weights.
        weight_total: Decimal,
        /// Whole fen of the exact share.
        floor_fen: i64,
        /// The part of a fen left, as a fraction `remainder / weight_total` (in micros of weight).
        remainder: Decimal,
    },
    /// The remainder rule: this officer's place among the remainders, and whether it got a fen.
    Remainder {
        /// Place in the remainder order (1 = largest).
        place: u32,
        /// Fen left over after the whole fen.
        leftover: u32,
        /// Got one more fen.
        got: bool,
    },
    /// The amount.
    Amount {
        /// The amount in fen.
        fen: i64,
    },
    /// No share.
    Excluded(Exclusion),
}

/// One officer's share.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Share {
    /// The officer.
    pub officer: OfficerId,
    /// Name.
    pub name: String,
    /// Total score.
    pub total: Decimal,
    /// Final grade (`None`: withheld).
    pub grade: Option<GradeId>,
    /// Coefficient used (coefficient methods).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coefficient: Option<Decimal>,
    /// Weight in the division (0 when excluded).
    pub weight: Decimal,
    /// Whole fen of the exact share, in yuan.
    pub floor: Decimal,
    /// Fen added by the remainder rule (0 or 1).
    pub extra_fen: u32,
    /// The amount, in yuan.
    pub amount: Decimal,
    /// Place in the remainder order (1 = largest; absent when excluded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remainder_place: Option<u32>,
    /// Why there is no share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excluded: Option<Exclusion>,
    /// The explanation, one line per fact.
    pub lines: Vec<String>,
}

/// A pool shared out.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Allocation {
    /// The pool.
    pub pool: Decimal,
    /// The method.
    pub method: AllocationMethod,
    /// Sum of the weights.
    pub weight_total: Decimal,
    /// Fen left after the whole fen of every share, given one each by the remainder rule.
    pub leftover_fen: u32,
    /// Sum of the amounts (always the pool).
    pub allocated: Decimal,
    /// The shares, in the table's order (rank, then officer id).
    pub shares: Vec<Share>,
    /// The rule and its order, worded.
    pub summary: Vec<String>,
}
