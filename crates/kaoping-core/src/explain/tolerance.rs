//! The words of the tolerance vocabulary: the labels of an [`Outcome`], a [`Responsibility`] and
//! a [`Culpability`], in Chinese and English. The enums live in the model layer; their labels are
//! inherent methods defined here, so `outcome.label(lang)` works wherever the enum is used.

use crate::model::explanation::Lang;
use crate::model::tolerance::{Culpability, Outcome, Responsibility};

impl Outcome {
    /// The Chinese label (免责 / 从轻 / 减轻 / 不予容错).
    pub fn zh(self) -> &'static str {
        match self {
            Outcome::Exempt => "免责",
            Outcome::Lighter => "从轻",
            Outcome::Mitigated => "减轻",
            Outcome::NotTolerated => "不予容错",
        }
    }

    /// The English label.
    pub fn en(self) -> &'static str {
        match self {
            Outcome::Exempt => "exempt",
            Outcome::Lighter => "lighter",
            Outcome::Mitigated => "mitigated",
            Outcome::NotTolerated => "not tolerated",
        }
    }

    /// The label in a language.
    pub fn label(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh(),
            Lang::En => self.en(),
        }
    }
}

impl Responsibility {
    /// Label in a language.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Responsibility::QualityFlaw, Lang::Zh) => "办案质量瑕疵责任",
            (Responsibility::QualityFlaw, Lang::En) => "quality-flaw responsibility",
            (Responsibility::IllegalHandling, Lang::Zh) => "违法办案责任",
            (Responsibility::IllegalHandling, Lang::En) => "illegal case-handling responsibility",
        }
    }
}

impl Culpability {
    /// Label in a language.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Culpability::GeneralNegligence, Lang::Zh) => "一般过失",
            (Culpability::GrossNegligence, Lang::Zh) => "重大过失",
            (Culpability::Intentional, Lang::Zh) => "故意",
            (Culpability::GeneralNegligence, Lang::En) => "general negligence",
            (Culpability::GrossNegligence, Lang::En) => "gross negligence",
            (Culpability::Intentional, Lang::En) => "intent",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_is_labelled_in_both_languages() {
        assert_eq!(Outcome::NotTolerated.label(Lang::Zh), "不予容错");
        assert_eq!(Outcome::Mitigated.label(Lang::En), "mitigated");
        assert_eq!(Outcome::Lighter.zh(), "从轻");
        assert_eq!(Responsibility::QualityFlaw.label(Lang::Zh), "办案质量瑕疵责任");
        assert_eq!(Responsibility::IllegalHandling.label(Lang::En), "illegal case-handling responsibility");
        assert_eq!(Culpability::GrossNegligence.label(Lang::Zh), "重大过失");
        assert_eq!(Culpability::Intentional.label(Lang::En), "intent");
    }
}
