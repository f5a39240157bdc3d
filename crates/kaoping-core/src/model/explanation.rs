//! Point-by-point explanation lines, in Chinese (default) or English.
//!
//! Each line names the rule it applies (a path into the scheme), the input it read, and the
//! points it moves. The `points` of all lines except the final total add up exactly to the total.

use crate::base::decimal::Decimal;

pub use crate::base::lang::Lang;

/// What an explanation line accounts for.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum LineKind {
    /// An indicator's weighted contribution.
    Indicator,
    /// A positive-list item.
    Bonus,
    /// A list cap that cut the bonus subtotal.
    BonusCap,
    /// A negative-list item.
    Deduction,
    /// A list cap that cut the deduction subtotal.
    DeductionCap,
    /// A tolerance decision waiving or reducing a deduction or veto (moves no points itself).
    Waiver,
    /// A veto and its effect on the grade (moves no points).
    Veto,
    /// The bounds cut the total.
    Clamp,
    /// The unrounded sum of the lines rounded to the precision (a scheme that rounds only the
    /// total); its points are the rounding's difference.
    Rounding,
    /// An input derived from case records, with the records behind it (moves no points).
    Derived,
    /// The grade given (moves no points).
    Grade,
    /// The final total (its `points` is the total, not an addend).
    Total,
}

/// One line of an explanation.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct ExplainLine {
    /// What the line accounts for.
    pub kind: LineKind,
    /// The rule applied: a path into the scheme (`dimensions[0].indicators[1]`, `deductions.items[2]`).
    pub rule: String,
    /// Points this line adds to the total (negative: subtracts).
    pub points: Decimal,
    /// The line in words.
    pub text: String,
}

impl ExplainLine {
    /// A line.
    pub fn new(kind: LineKind, rule: impl Into<String>, points: Decimal, text: String) -> Self {
        ExplainLine { kind, rule: rule.into(), points, text }
    }
}
