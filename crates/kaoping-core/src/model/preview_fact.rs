//! Preview facts: what an officer's preview states (the projected result, the distance to the
//! neighbouring grades, the vetoes that fix the grade, each single change that would move it,
//! and the smallest combination of changes when no single one does), before it is worded. The preview builds them; [`crate::explain`] renders them.

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
    /// The smallest combination of changes that reaches the next grade up, or why none does.
    Combination(CombinationFact<'a>),
}

/// One change of a combination (its projected result is the combination's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartFact<'a> {
    /// An indicator's raw value moves from `from` to `to`.
    Indicator {
        /// The indicator's id.
        id: &'a str,
        /// Its title.
        title: Title<'a>,
        /// Current raw value.
        from: Decimal,
        /// Raw value proposed.
        to: Decimal,
        /// `to − from`.
        delta: Decimal,
        /// The dossier input that moves, when it is not the raw value itself.
        input: Option<InputPart<'a>>,
    },
    /// One deduction occurrence is removed.
    RemoveDeduction {
        /// The deduction item's id.
        item: &'a str,
        /// Its title.
        title: Title<'a>,
        /// The occurrence.
        occurrence: &'a str,
        /// The points the occurrence carried.
        points: Decimal,
    },
}

/// A dossier input's move behind an indicator change (a ratio's numerator input).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputPart<'a> {
    /// The input's key.
    pub key: &'a str,
    /// Its title.
    pub title: Title<'a>,
    /// Current value.
    pub from: Decimal,
    /// Value after the change.
    pub to: Decimal,
}

/// What the search for the smallest combination of changes found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CombinationFact<'a> {
    /// These changes together reach the grade (verified by assessing the changed dossier).
    Found {
        /// The changes, in the order they are listed.
        parts: &'a [PartFact<'a>],
        /// The total the changed dossier is assessed at.
        total: Decimal,
        /// The grade it is given (`None`: withheld).
        grade: Option<Title<'a>>,
        /// The effort: the sum of each change's share of its indicator's score range, 1 for
        /// each removed deduction.
        effort: Decimal,
    },
    /// A veto keeps the officer out of the grade whatever changes.
    Vetoed {
        /// The grade up.
        grade: Title<'a>,
    },
    /// Even every change at its best together does not reach the grade.
    OutOfReach {
        /// The grade up.
        grade: Title<'a>,
        /// The total from which it is given.
        at: Decimal,
        /// The total every change at its best reaches.
        best: Decimal,
    },
    /// The grade is reachable, but only with more changes than the search combines.
    BeyondBound {
        /// The grade up.
        grade: Title<'a>,
        /// The most changes the search combines.
        max_changes: u32,
    },
}
