//! Officer preview (自评预览): from an officer's own dossier and the published cohort
//! statistics, the projected total and grade, the distance to the next grade up and down, and
//! the smallest changes that would move the grade — which indicator by how much, or which
//! deduction's removal; when no single change reaches the next grade up, the smallest
//! combination of changes that does ([`combination`]) — plus objections (陈述 / 申辩 / 复核申请 / 申诉) with their deadlines.
//!
//! Everything is computed by the core, exactly and deterministically: the indicator changes
//! invert the scheme's scoring functions ([`inverse`]), and every projected figure is checked by
//! recomputing the contribution, the total and the grade after vetoes.

pub mod combination;
pub mod counterfactual;
pub mod inverse;
mod levers;
pub mod objection;

use crate::base::decimal::Decimal;
use crate::base::error::Problems;
use crate::base::ids::ItemId;
use crate::model::assessment::{Assessment, GradeRef};
use crate::model::dossier::Dossier;
use crate::model::explanation::Lang;
use crate::rules::assess::{AssessContext, AssessOptions, Assessor};

pub use combination::{Combination, MAX_CHANGES, MAX_LEVERS};
pub use counterfactual::{Change, Counterfactual, InputMove};
pub use objection::{deadline, file_objection, Objection, ObjectionKind, ObjectionRequest, ObjectionRules};

/// The distance to a neighbouring grade.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct GradeStep {
    /// The neighbouring grade (by score).
    pub grade: GradeRef,
    /// Up: points to gain to reach it. Down: the smallest loss that falls into it.
    pub points: Decimal,
    /// The total at which the grade changes (the band's lower bound; down: one step of the
    /// scheme's precision below the current band).
    pub at: Decimal,
    /// Whether a veto keeps the officer out of it whatever the score.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub blocked: bool,
}

/// An officer's preview.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    /// Projected total.
    pub total: Decimal,
    /// Projected grade after vetoes (before any cohort quota).
    pub grade: Option<GradeRef>,
    /// The grade the total alone gives.
    pub score_grade: GradeRef,
    /// Whether cohort-relative indicators used published statistics.
    pub published_stats: bool,
    /// The next grade up, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up: Option<GradeStep>,
    /// The next grade down, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub down: Option<GradeStep>,
    /// Vetoes that fix or block the grade whatever the score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vetoes: Vec<ItemId>,
    /// The smallest single changes that would raise the grade.
    pub raise: Vec<Counterfactual>,
    /// The smallest single changes that would lower the grade.
    pub lower: Vec<Counterfactual>,
    /// The preview in words.
    pub summary: Vec<String>,
    /// When no single change reaches the next grade up: the smallest combination of changes
    /// that does (verified by assessing the changed dossier), or why none does. Absent when a
    /// single change suffices or there is no grade up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combination: Option<Combination>,
    /// The projected assessment.
    pub assessment: Assessment,
}

/// Previews an officer's result. `context` carries the officer's own waivers and ratings (if
/// any) and, in `cohort`, the published cohort statistics (without it the scheme's
/// `publishedStats` are used).
pub fn preview(
    engine: &Assessor,
    dossier: &Dossier,
    context: &AssessContext<'_>,
    lang: Lang,
) -> Result<Preview, Problems> {
    let options = AssessOptions { trace: true, fingerprint: true, lang };
    let context = AssessContext { cohort_published: true, ..*context };
    let assessment = engine.assess_with(dossier, &context, &options)?;
    let mut preview = counterfactual::build(engine, &context, assessment, lang)?;
    if let (Some(up), true) = (&preview.up, preview.raise.is_empty()) {
        let ctx = counterfactual::Ctx::new(engine, &context, &preview.assessment, lang);
        let found = combination::search(&ctx, dossier, &up.grade, up.at, up.blocked);
        if !up.blocked {
            // a blocked grade is already worded by the line of the grade up
            preview.summary.push(found.text().to_owned());
        }
        preview.combination = Some(found);
    }
    Ok(preview)
}
