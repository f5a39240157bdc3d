//! Preview facts: what an officer's preview states (the projected result, the distance to the
//! neighbouring grades, the vetoes that fix the grade, and each single change that would move
//! it), before it is worded. The preview builds them; [`crate::explain`] renders them.

use crate::base::decimal::Decimal;
use crate::model::line_fact::Title;

/// One single change and the result it projects; [`crate::explain`] words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeFact<'a> {
    /// An indicator's raw value moves from `from` to `to`.
    Indicator {
        /// The indicator's id.
        id: &'a str,
        /// Its title.
        title: Title<'a>,
        /// Current raw value.
        from: Decimal,
        /// Raw value needed.
        to: Decimal,
        /// `to − from`.
        delta: Decimal,
        /// Current indicator score.
        score_from: Decimal,
        /// Indicator score at `to`.
        score_to: Decimal,
        /// Projected total.
        total: Decimal,
        /// Projected grade (`None`: withheld).
        grade: Option<Title<'a>>,
    },
    /// One deduction occurrence is removed.
    RemoveDeduction {
        /// The deduction item's id.
        item: &'a str,
        /// Its title.
        title: Title<'a>,
        /// The occurrence.
        occurrence: &'a str,
        /// Points given back.
        points: Decimal,
        /// Projected total.
        total: Decimal,
        /// Projected grade (`None`: withheld).
        grade: Option<Title<'a>>,
    },
}

/// Which way a change moves the grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// To a better grade (升档).
    Up,
    /// To a worse grade (降档).
    Down,
}

/// What one line of a preview's summary states; [`crate::explain`] words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewFact<'a> {
    /// The projected total and grade.
    Projected {
        /// Projected total.
        total: Decimal,
        /// Projected grade (`None`: withheld).
        grade: Option<Title<'a>>,
        /// Whether cohort-relative indicators used the published statistics.
        published: bool,
    },
    /// The next grade up: the points it takes, or a veto that rules it out.
    Up {
        /// The grade.
        grade: Title<'a>,
        /// The total from which it is given.
        at: Decimal,
        /// Points to gain.
        points: Decimal,
        /// Whether a veto keeps the officer out of it whatever the score.
        blocked: bool,
    },
    /// The next grade down and the smallest loss that falls into it.
    Down {
        /// The grade.
        grade: Title<'a>,
        /// The highest total that falls into it.
        at: Decimal,
        /// Points to lose.
        points: Decimal,
    },
    /// A veto fixes (or withholds) the grade whatever the score.
    VetoFixes {
        /// The veto's id.
        id: &'a str,
        /// Its title.
        title: Title<'a>,
    },
    /// A single change that would move the grade.
    Change(Direction, ChangeFact<'a>),
}
