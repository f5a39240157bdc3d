//! Explanation facts: what each line of an assessment's explanation states (kind, rule, numbers,
//! ids), before it is worded. The scoring path builds them; [`crate::explain`] renders them in
//! Chinese or English.

use crate::base::decimal::Decimal;
use crate::model::assessment::{InputTrace, Limit};
use crate::model::explanation::LineKind;

/// A title as the scheme gives it: Chinese, and English when the scheme has it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Title<'a> {
    /// The Chinese title.
    pub zh: &'a str,
    /// The English title, when the scheme gives one (the Chinese stands in otherwise).
    pub en: Option<&'a str>,
}

impl<'a> Title<'a> {
    /// A title from its two forms.
    pub fn new(zh: &'a str, en: Option<&'a str>) -> Self {
        Title { zh, en }
    }
}

/// Which list an item or a list cap belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListSide {
    /// The positive list (加分).
    Bonus,
    /// The negative list (扣分).
    Deduction,
}

/// What a veto does to the grade, with the grade it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VetoEffectFact<'a> {
    /// The grade and every better one are barred.
    BlockGrade(Title<'a>),
    /// This grade is given whatever the score.
    ForceGrade(Title<'a>),
    /// No grade is given.
    WithholdGrade,
}

impl<'a> VetoEffectFact<'a> {
    /// The fact of a scheme's veto effect, with the titles of the grade it names.
    pub fn of(scheme: &'a crate::model::scheme::Scheme, effect: &crate::model::scheme::VetoEffect) -> Self {
        use crate::model::scheme::VetoEffect;
        let grade = |g: &crate::base::ids::GradeId| {
            scheme.grade(g).map(|g| Title::new(&g.title, g.title_en.as_deref())).unwrap_or_default()
        };
        match effect {
            VetoEffect::BlockGrade { grade: g } => VetoEffectFact::BlockGrade(grade(g)),
            VetoEffect::ForceGrade { grade: g } => VetoEffectFact::ForceGrade(grade(g)),
            VetoEffect::WithholdGrade {} => VetoEffectFact::WithholdGrade,
        }
    }
}

/// An indicator's scoring, step by step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IndicatorFact<'a> {
    /// The indicator's id.
    pub id: &'a str,
    /// Its title.
    pub title: Title<'a>,
    /// Where the raw value came from.
    pub input: &'a InputTrace,
    /// The title of the dossier input the raw value is (`None`: not a plain input, or the
    /// scheme does not define it).
    pub input_title: Option<Title<'a>>,
    /// Whether the raw value is missing (too few ratings, no fixed score).
    pub missing: bool,
    /// The raw value (`None`: none, shown as `—`).
    pub raw: Option<Decimal>,
    /// The score after cap and floor.
    pub score: Decimal,
    /// The indicator's maximum score.
    pub max: Decimal,
    /// The cap or floor that bound the score, with its value.
    pub limit: Option<(Limit, Decimal)>,
    /// The indicator's weight times its dimension's weight.
    pub weight: Decimal,
    /// Points it adds to the total.
    pub contribution: Decimal,
}

/// A list item's occurrences and what they add.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemFact<'a> {
    /// Which list.
    pub list: ListSide,
    /// The item's id.
    pub id: &'a str,
    /// Its title.
    pub title: Title<'a>,
    /// Occurrences counted.
    pub count: u32,
    /// Points per occurrence.
    pub points: Decimal,
    /// The item's points before its cap.
    pub raw: Decimal,
    /// The item's cap, if any.
    pub cap: Option<Decimal>,
    /// The item's points after its cap.
    pub total: Decimal,
    /// The occurrences' ids.
    pub occurrences: &'a [&'a str],
    /// Points it adds to the total (negative for a deduction).
    pub effect: Decimal,
}

/// What one explanation line states, as numbers and ids; [`crate::explain`] words it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LineFact<'a> {
    /// An indicator's weighted contribution.
    Indicator(IndicatorFact<'a>),
    /// A positive- or negative-list item.
    Item(ItemFact<'a>),
    /// A list cap cut the list's subtotal.
    ListCap {
        /// Which list.
        list: ListSide,
        /// The subtotal before the cap.
        subtotal: Decimal,
        /// The cap.
        cap: Decimal,
        /// Points the cut adds to the total.
        effect: Decimal,
    },
    /// A tolerance decision changed a deduction occurrence.
    Waiver {
        /// The negative-list item.
        item: &'a str,
        /// The occurrence.
        occurrence: &'a str,
        /// The decision (incident id).
        decision: &'a str,
        /// The decision's outcome, as the decision words it.
        outcome: &'a str,
        /// Points kept.
        kept: Decimal,
        /// Points waived.
        removed: Decimal,
    },
    /// Tolerance decisions waived a veto entirely.
    VetoWaived {
        /// The veto's id.
        id: &'a str,
        /// Its title.
        title: Title<'a>,
        /// The occurrences.
        occurrences: &'a [&'a str],
        /// The decisions.
        decisions: &'a [&'a str],
    },
    /// A veto applies.
    Veto {
        /// The veto's id.
        id: &'a str,
        /// Its title.
        title: Title<'a>,
        /// The occurrences.
        occurrences: &'a [&'a str],
        /// What it does to the grade.
        effect: VetoEffectFact<'a>,
    },
    /// The bounds cut the total.
    Clamp {
        /// The total before the bounds.
        unclamped: Decimal,
        /// The lower bound.
        min: Decimal,
        /// The upper bound.
        max: Decimal,
        /// Points the bounds add (negative: remove).
        adjustment: Decimal,
    },
    /// The unrounded sum of the lines rounded to the precision (a scheme that rounds only the
    /// total).
    Rounding {
        /// The sum of the unrounded lines.
        unrounded: Decimal,
        /// The total it rounds to.
        total: Decimal,
        /// The rule.
        rounding: crate::base::decimal::Rounding,
        /// Points the rounding adds (negative: removes).
        adjustment: Decimal,
    },
    /// An input derived from case records (moves no points): its value and the records behind
    /// it, the first few by id.
    Derived {
        /// The input's title.
        title: Title<'a>,
        /// The input's key.
        key: &'a str,
        /// Its value (`None`: none, shown as `—`).
        value: Option<Decimal>,
        /// How many records it was computed from.
        count: usize,
        /// The first of them (at most three).
        first: &'a [crate::base::ids::RecordId],
    },
    /// The grade given; `None` when no grade is given.
    Grade(Option<Title<'a>>),
    /// The final total.
    Total(Decimal),
}

impl LineFact<'_> {
    /// The kind of line the fact makes.
    pub fn kind(&self) -> LineKind {
        match self {
            LineFact::Indicator(_) => LineKind::Indicator,
            LineFact::Item(i) => match i.list {
                ListSide::Bonus => LineKind::Bonus,
                ListSide::Deduction => LineKind::Deduction,
            },
            LineFact::ListCap { list: ListSide::Bonus, .. } => LineKind::BonusCap,
            LineFact::ListCap { list: ListSide::Deduction, .. } => LineKind::DeductionCap,
            LineFact::Waiver { .. } | LineFact::VetoWaived { .. } => LineKind::Waiver,
            LineFact::Veto { .. } => LineKind::Veto,
            LineFact::Clamp { .. } => LineKind::Clamp,
            LineFact::Rounding { .. } => LineKind::Rounding,
            LineFact::Derived { .. } => LineKind::Derived,
            LineFact::Grade(_) => LineKind::Grade,
            LineFact::Total(_) => LineKind::Total,
        }
    }

    /// The points the line carries: what it adds to the total (the total itself for
    /// [`LineFact::Total`]; zero for lines that move no points).
    pub fn points(&self) -> Decimal {
        match self {
            LineFact::Indicator(i) => i.contribution,
            LineFact::Item(i) => i.effect,
            LineFact::ListCap { effect, .. } => *effect,
            LineFact::Clamp { adjustment, .. } | LineFact::Rounding { adjustment, .. } => *adjustment,
            LineFact::Total(total) => *total,
            LineFact::Waiver { .. }
            | LineFact::Derived { .. }
            | LineFact::VetoWaived { .. }
            | LineFact::Veto { .. }
            | LineFact::Grade(_) => Decimal::ZERO,
        }
    }
}
