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
    /// Officers in the cohort.
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
