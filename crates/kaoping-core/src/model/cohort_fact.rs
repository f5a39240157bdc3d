//! Cohort facts: what a grade quota did (places, counts, the officer moved and the tie that
//! placed them), before it is worded. The cohort builds them; [`crate::explain`] renders them.

use crate::base::decimal::Decimal;
use crate::model::line_fact::Title;
use crate::model::scheme::QuotaRounding;

/// How a quota's places were counted: `cohort × share% = exact`, rounded to `places`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotaPlaces<'a> {
    /// The grade the quota limits.
    pub grade: Title<'a>,
    /// The unit, for a quota counted per unit.
    pub unit: Option<&'a str>,
    /// Officers in the cohort (in the unit).
    pub cohort: u32,
    /// The maximum share, in percent.
    pub share_pct: Decimal,
    /// The exact number of places before rounding.
    pub exact: Decimal,
    /// The declared rounding.
    pub rounding: QuotaRounding,
    /// The places after rounding.
    pub places: u32,
}

/// What a quota states; [`crate::explain`] words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuotaFact<'a> {
    /// What the quota did as a whole.
    Outcome {
        /// Its places.
        places: QuotaPlaces<'a>,
        /// Officers who competed for them.
        candidates: usize,
        /// Officers kept in the grade.
        kept: u32,
        /// Officers moved one grade down.
        moved: u32,
        /// Officers whose grade a veto bars, who take no place.
        veto_excluded: usize,
    },
    /// An officer moved one grade down because the places were taken.
    Moved {
        /// The quota's places.
        places: QuotaPlaces<'a>,
        /// The officer's rank.
        rank: u32,
        /// The officer's total.
        total: Decimal,
        /// The officer tied on total with the officer given, and the key that placed them after.
        tie: Option<(&'a str, Title<'a>)>,
        /// The grade moved to.
        to: Title<'a>,
    },
}

/// A tie-break key as a tie note names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TieKeyFact<'a> {
    /// The total.
    Total,
    /// A dimension's score, with the dimension's title (its id when the scheme has none).
    Dimension(Title<'a>),
    /// Fewer deduction points.
    FewerDeductions,
    /// Officer id order.
    OfficerId,
}

/// A column of the ranked cohort table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableColumn {
    /// The rank.
    Rank,
    /// The officer's id.
    Id,
    /// The officer's name.
    Name,
    /// The total.
    Total,
    /// The grade the total gives.
    ScoreGrade,
    /// The grade after vetoes and quotas.
    FinalGrade,
    /// The row's flags.
    Flags,
}

impl TableColumn {
    /// The columns in table order.
    pub const ALL: [TableColumn; 7] = [
        TableColumn::Rank,
        TableColumn::Id,
        TableColumn::Name,
        TableColumn::Total,
        TableColumn::ScoreGrade,
        TableColumn::FinalGrade,
        TableColumn::Flags,
    ];
}

/// A flag on a row of the ranked cohort table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowFlag {
    /// A veto applies.
    Veto,
    /// The result is incomplete.
    Incomplete,
    /// The raters disagreed.
    Disagreement,
    /// A tolerance decision changed the result.
    Tolerance,
    /// A quota changed the grade.
    Quota,
}
