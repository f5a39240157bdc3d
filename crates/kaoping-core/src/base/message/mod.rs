//! Problem messages as data: what is wrong and its facts (ids, titles, numbers), rendered in
//! Chinese or English from the message tables of this module, the one place where the wording
//! of every problem and warning lives.
//!
//! A [`Message`] is built where a problem is found (`SchemeMsg::WeightRange { weight }`) and
//! rendered by [`Message::text`]. The English text is the engine's historical wording
//! (lowercase, user input quoted in backticks, no final period); the Chinese text names things
//! by their titles, with the id after it in brackets (`「按期结案数」（closedInTime）`).
//!
//! The tables sit in the base layer because problems arise in every layer (reading JSON and the
//! size limits in base, validation in rules, batches in fast, requests in api), and base is the
//! only layer all of them may import.

use crate::base::decimal::Decimal;
use crate::base::lang::Lang;
use std::fmt;

/// Declares a message enum and its table: each variant with its facts, its English and its
/// Chinese template (`{field}` stands for a fact, rendered in the same language).
macro_rules! messages {
    (
        $(#[$meta:meta])*
        $name:ident {
            $(
                $(#[$doc:meta])*
                $variant:ident $({ $($field:ident : $ty:ty),* $(,)? })? = $en:literal, $zh:literal;
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum $name {
            $( $(#[$doc])* $variant $({ $( #[allow(missing_docs)] $field: $ty ),* })?, )*
        }

        impl $name {
            /// Writes the message in `lang`.
            #[allow(unused_variables)]
            pub(crate) fn write_in(&self, lang: $crate::base::lang::Lang, out: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    $(
                        $name::$variant $({ $($field),* })? => {
                            $($( let $field = $crate::base::message::In($field, lang); )*)?
                            match lang {
                                $crate::base::lang::Lang::En => write!(out, $en),
                                $crate::base::lang::Lang::Zh => write!(out, $zh),
                            }
                        }
                    )*
                }
            }

            /// One message of every variant, with sample facts (for the tests of the tables).
            #[cfg(test)]
            pub(crate) fn samples() -> Vec<$name> {
                use $crate::base::message::Sample;
                vec![ $( $name::$variant $({ $($field: <$ty as Sample>::sample()),* })?, )* ]
            }
        }
    };
}

/// A word of a fixed vocabulary, written in either language.
macro_rules! nouns {
    ($(#[$meta:meta])* $name:ident { $( $(#[$doc:meta])* $v:ident = $en:literal, $zh:literal; )* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $( $(#[$doc])* $v, )* }

        impl Fact for $name {
            fn write_fact(&self, lang: Lang, out: &mut fmt::Formatter<'_>) -> fmt::Result {
                out.write_str(match (self, lang) {
                    $( ($name::$v, Lang::En) => $en, ($name::$v, Lang::Zh) => $zh, )*
                })
            }
        }

        #[cfg(test)]
        impl Sample for $name {
            fn sample() -> Self {
                [$($name::$v),*][0]
            }
        }
    };
}

mod committee;
mod dossier;
mod organisation;
pub mod reading;
mod records;
mod scheme;
mod session;
mod table;
mod tolerance;
mod work;

pub use committee::{Cell, CommitteeMsg};
pub use dossier::DossierMsg;
pub use organisation::{OrganisationMsg, ThresholdNoun};
pub use reading::ReadingMsg;
pub use records::{FieldNoun, RecordMsg};
pub use scheme::SchemeMsg;
pub use session::{ReasonFor, Said, SessionMsg};
pub use table::{ImportMsg, TableMsg};
pub use tolerance::ToleranceMsg;
pub use work::WorkMsg;

/// A fact in a message, written in a language (numbers and user text are the same in both).
pub trait Fact {
    /// Writes the fact in `lang`.
    fn write_fact(&self, lang: Lang, out: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// A fact with the language it is written in (what the templates format).
pub(crate) struct In<'a, T: ?Sized>(pub(crate) &'a T, pub(crate) Lang);

impl<T: Fact + ?Sized> fmt::Display for In<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_fact(self.1, f)
    }
}

macro_rules! plain_facts {
    ($($t:ty),*) => {$(
        impl Fact for $t {
            fn write_fact(&self, _: Lang, out: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, out)
            }
        }
    )*};
}
plain_facts!(String, u8, u32, u64, usize, i64, Decimal, crate::base::date::Date);

/// A thing of the input named by its id and, where the scheme gives one, its title: English
/// writes the id, Chinese the title with the id after it (`「按期结案数」（closedInTime）`), or the
/// id alone in corner brackets when there is no title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Named {
    /// The title from the scheme (empty when unknown).
    pub title: String,
    /// The id or key, as the input spells it (shortened where it is user text).
    pub id: String,
}

impl Named {
    /// A thing known by its id only.
    pub fn id(id: impl Into<String>) -> Named {
        Named { title: String::new(), id: id.into() }
    }

    /// A thing with a title.
    pub fn titled(title: impl Into<String>, id: impl Into<String>) -> Named {
        Named { title: title.into(), id: id.into() }
    }
}

impl Fact for Named {
    fn write_fact(&self, lang: Lang, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match lang {
            Lang::En => out.write_str(&self.id),
            Lang::Zh if self.title.trim().is_empty() || self.title == self.id => {
                write!(out, "「{}」", self.id)
            }
            Lang::Zh => write!(out, "「{}」（{}）", self.title, self.id),
        }
    }
}

nouns! {
    /// The kinds of things a message speaks of.
    Noun {
        /// A declared input.
        Input = "input", "输入项";
        /// A veto item.
        Veto = "veto", "否决项";
        /// A positive-list item.
        Bonus = "bonus", "加分项";
        /// A negative-list item.
        Deduction = "deduction", "扣分项";
        /// A dimension.
        Dimension = "dimension", "维度";
        /// An indicator.
        Indicator = "indicator", "指标";
        /// A grade.
        Grade = "grade", "等次";
        /// An occurrence in a dossier.
        Occurrence = "occurrence", "事项记录";
        /// A precondition of a tolerance policy.
        Precondition = "precondition", "前提条件";
        /// A positive-list item of a tolerance policy.
        PositiveItem = "positive-list item", "正面清单项";
        /// A negative-list item of a tolerance policy.
        NegativeItem = "negative-list item", "负面清单项";
        /// A rule of a tolerance policy.
        Rule = "rule", "规则";
        /// An evidence reference.
        Evidence = "evidence", "证据";
        /// A correction action.
        Action = "action", "整改措施";
    }
}

nouns! {
    /// Named fields and lists of an input, written as the input spells them in English and by
    /// their meaning in Chinese (the key after it in brackets).
    Field {
        /// `dimensions`.
        Dimensions = "dimensions", "维度（dimensions）";
        /// `indicators`.
        Indicators = "indicators", "指标（indicators）";
        /// `bonuses.items`.
        BonusItems = "bonuses.items", "加分项（bonuses.items）";
        /// `deductions.items`.
        DeductionItems = "deductions.items", "扣分项（deductions.items）";
        /// `vetoes`.
        Vetoes = "vetoes", "否决项（vetoes）";
        /// `grades`.
        Grades = "grades", "等次（grades）";
        /// `inputs`.
        Inputs = "inputs", "输入项（inputs）";
        /// `numerator`.
        Numerator = "numerator", "分子（numerator）";
        /// `denominator`.
        Denominator = "denominator", "分母（denominator）";
        /// `points` of a piecewise function.
        Points = "points", "折点（points）";
        /// `steps`.
        Steps = "steps", "分档（steps）";
        /// `sheets`.
        Sheets = "sheets", "评分表（sheets）";
        /// `members`.
        Members = "members", "评议成员（members）";
        /// `occurrences`.
        Occurrences = "occurrences", "事项记录（occurrences）";
        /// `officers`.
        Officers = "officers", "人员（officers）";
        /// `history`.
        History = "history", "既往事件（history）";
        /// `rules`.
        Rules = "rules", "规则（rules）";
        /// `decisions`.
        Decisions = "decisions", "容错决定（decisions）";
        /// `conditions`.
        Conditions = "conditions", "条件（conditions）";
    }
}

/// Sample facts for the tests of the tables.
#[cfg(test)]
pub(crate) trait Sample {
    /// A sample value.
    fn sample() -> Self;
}

#[cfg(test)]
mod sample_impls {
    use super::{Named, Sample};
    use crate::base::decimal::Decimal;

    macro_rules! numbers {
        ($($t:ty),*) => {$( impl Sample for $t { fn sample() -> Self { 3 } } )*};
    }
    numbers!(u8, u32, u64, usize, i64);

    impl Sample for String {
        fn sample() -> Self {
            "X1".to_owned()
        }
    }
    impl Sample for Decimal {
        fn sample() -> Self {
            Decimal::from_micros(2_500_000)
        }
    }
    impl Sample for crate::base::date::Date {
        fn sample() -> Self {
            #[allow(clippy::unwrap_used)]
            crate::base::date::Date::new(2024, 3, 1).unwrap()
        }
    }
    impl Sample for Named {
        fn sample() -> Self {
            Named::titled("按期结案数", "closedInTime")
        }
    }
}

/// What a problem says: a message of one of the tables, with its facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// Reading JSON text and the declared size limits.
    Reading(ReadingMsg),
    /// Checking a scheme.
    Scheme(SchemeMsg),
    /// Checking a dossier against a scheme.
    Dossier(DossierMsg),
    /// Tolerance policies, incidents and decisions.
    Tolerance(ToleranceMsg),
    /// Committees, score sheets and ratings.
    Committee(CommitteeMsg),
    /// Computing: cohorts, batches, previews, requests.
    Work(WorkMsg),
    /// Assessment sessions: events, seals, publication and snapshots.
    Session(SessionMsg),
    /// Case records.
    Records(RecordMsg),
    /// Problems of an imported table.
    Import(ImportMsg),
    /// Organisations and early-warning thresholds.
    Organisation(OrganisationMsg),
    /// A text an embedder supplies in both languages from its own tables (the web app's own
    /// notices, for example); the engine itself always uses the tables above.
    Given {
        /// The English text.
        en: String,
        /// The Chinese text.
        zh: String,
    },
}

impl Message {
    /// A text an embedder supplies in both languages (see [`Message::Given`]).
    pub fn given(en: impl Into<String>, zh: impl Into<String>) -> Message {
        Message::Given { en: en.into(), zh: zh.into() }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        struct Shown<'a>(&'a Message, Lang);
        impl fmt::Display for Shown<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.0 {
                    Message::Reading(m) => m.write_in(self.1, f),
                    Message::Scheme(m) => m.write_in(self.1, f),
                    Message::Dossier(m) => m.write_in(self.1, f),
                    Message::Tolerance(m) => m.write_in(self.1, f),
                    Message::Committee(m) => m.write_in(self.1, f),
                    Message::Work(m) => m.write_in(self.1, f),
                    Message::Session(m) => m.write_in(self.1, f),
                    Message::Records(m) => m.write_in(self.1, f),
                    Message::Import(m) => m.write_in(self.1, f),
                    Message::Organisation(m) => m.write_in(self.1, f),
                    Message::Given { en, zh } => f.write_str(if self.1 == Lang::Zh { zh } else { en }),
                }
            }
        }
        Shown(self, lang).to_string()
    }
}

macro_rules! into_message {
    ($($t:ident => $v:ident),*) => {$(
        impl From<$t> for Message {
            fn from(m: $t) -> Message {
                Message::$v(m)
            }
        }
    )*};
}
into_message!(ReadingMsg => Reading, SchemeMsg => Scheme, DossierMsg => Dossier,
    ToleranceMsg => Tolerance, CommitteeMsg => Committee, WorkMsg => Work, SessionMsg => Session, RecordMsg => Records,
    ImportMsg => Import, OrganisationMsg => Organisation);

#[cfg(test)]
mod tests;
