//! Decision facts: what each reason of a tolerance decision states (ids, counts, dates, the
//! outcome and responsibility found), before it is worded. The tolerance decision
//! builds them; [`crate::explain`] renders them in Chinese or English.

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::model::line_fact::Title;
use crate::model::tolerance::{Culpability, Outcome, Responsibility};

/// Which policy list an item matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PolicyList {
    /// 正面清单.
    Positive,
    /// 从轻减轻情节.
    Mitigation,
    /// 负面清单.
    Negative,
}

/// The state of a required correction as of the decision's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorrectionFact {
    /// Not done, not yet due.
    Pending,
    /// Done in time, on the date given.
    Done(Option<Date>),
    /// Done, this many days after the deadline.
    Late(u32),
    /// Not done, overdue by this many days.
    Overdue(u32),
}

/// What a decision does to the linked deductions and vetoes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EffectFact {
    /// All removed (免责).
    Exempt,
    /// All kept (不予容错).
    NotTolerated,
    /// Deductions keep this share; vetoes stay.
    Kept(Decimal),
}

/// What one reason of a tolerance decision states; [`crate::explain`] words it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ReasonFact<'a> {
    /// The responsibility found, with the culpability of illegal handling.
    Responsibility {
        /// The responsibility class.
        responsibility: Responsibility,
        /// The culpability, for illegal handling.
        culpability: Option<Culpability>,
    },
    /// A precondition not established (or found wanting).
    Precondition {
        /// The precondition's id.
        id: &'a str,
        /// Its title.
        title: Title<'a>,
        /// Found wanting (rather than not established).
        found_wanting: bool,
    },
    /// A policy-list item claimed, with its evidence.
    Item {
        /// The list.
        list: PolicyList,
        /// The item's id.
        id: &'a str,
        /// Its title.
        title: Title<'a>,
        /// References of the evidence (none: none given).
        evidence: &'a [&'a str],
    },
    /// The officer's earlier incidents.
    History {
        /// Earlier incidents.
        prior: u32,
        /// Of the same kind.
        same_kind: u32,
        /// Tolerated.
        tolerated: u32,
        /// Of the same kind and tolerated.
        same_kind_tolerated: u32,
    },
    /// Illegal handling by intent is never tolerated.
    IntentNeverTolerated,
    /// The same error repeated after the tolerated incident given.
    RepeatNoLeniency {
        /// The earlier tolerated incident.
        earlier: &'a str,
    },
    /// Recording outside interference is protected.
    InterferenceProtected,
    /// A policy rule decided.
    Rule {
        /// The rule's id.
        id: &'a str,
        /// The rule's stated reason.
        reason: Title<'a>,
        /// The outcome it gives.
        outcome: Outcome,
    },
    /// No rule applied: the policy's fallback.
    Fallback {
        /// The fallback outcome.
        outcome: Outcome,
    },
    /// Negative-list facts rule out 免责.
    NegativeNeverExempt {
        /// The negative-list items.
        items: &'a [&'a str],
    },
    /// The rule had illegal handling treated as a quality flaw.
    TreatedAsQualityFlaw,
    /// A quality flaw never becomes illegal-handling responsibility.
    FlawNeverIllegal,
    /// The correction required and its state.
    Correction {
        /// The actions required.
        actions: &'a [String],
        /// The deadline.
        deadline: Date,
        /// The decision's date.
        as_of: Date,
        /// The state as of that date.
        state: CorrectionFact,
    },
    /// An overdue correction changed the outcome.
    CorrectionOverdue {
        /// The outcome decided on the facts.
        decided: Outcome,
        /// The outcome after the policy's consequence.
        outcome: Outcome,
    },
    /// The decision's effect on the linked occurrences.
    Effect {
        /// The linked occurrences.
        occurrences: &'a [&'a str],
        /// What happens to them.
        effect: EffectFact,
    },
    /// The decision was reopened with new evidence.
    Reopen {
        /// The reopening's date.
        date: Date,
        /// References of the new evidence.
        evidence: &'a [String],
        /// Why it was reopened.
        reason: &'a str,
        /// The earlier decision's date.
        earlier_as_of: Date,
        /// The earlier decision's outcome.
        earlier: Outcome,
        /// The new outcome.
        now: Outcome,
    },
}
