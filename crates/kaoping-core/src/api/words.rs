//! What a scheme declares, in words, for the screens that show it (the web app's scheme view and
//! occurrence form, a platform's case screen): worded by the explain layer, as the explanation
//! lines are, so a screen never words a rule itself.

use crate::explain::lines::veto_effect;
use crate::model::explanation::Lang;
use crate::model::line_fact::VetoEffectFact;
use crate::model::scheme::{Scheme, VetoEffect};

/// What a veto of `scheme` does to the grade (`不得评为优秀及以上`, `直接评为不称职`, `不定等次`).
pub fn veto_effect_words(scheme: &Scheme, effect: &VetoEffect, lang: Lang) -> String {
    veto_effect(&VetoEffectFact::of(scheme, effect), lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::ids::GradeId;

    #[test]
    fn a_veto_effect_is_worded_with_the_grade_titles() {
        let scheme = crate::api::builtin::scheme("court-judge").unwrap();
        let block = VetoEffect::BlockGrade { grade: GradeId::from("excellent") };
        assert_eq!(veto_effect_words(&scheme, &block, Lang::Zh), "不得评为优秀及以上");
        let force = VetoEffect::ForceGrade { grade: GradeId::from("incompetent") };
        assert_eq!(veto_effect_words(&scheme, &force, Lang::Zh), "直接评为不称职");
        assert_eq!(veto_effect_words(&scheme, &VetoEffect::WithholdGrade {}, Lang::Zh), "不定等次");
    }
}
