//! The positive and negative lists (加分 / 扣分 items) and the vetoes (一票否决).

use crate::base::decimal::Decimal;
use crate::base::ids::{GradeId, ItemId};

/// A positive or negative list.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Default, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ItemList {
    /// Cap on the list's total (after per-item caps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Decimal>,
    /// The items.
    #[serde(default)]
    pub items: Vec<ListItem>,
}

/// One item of a positive (bonus) or negative (deduction) list.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListItem {
    /// Item id (`P01`, `N03`).
    pub id: ItemId,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Points per occurrence (positive; deductions are subtracted).
    pub points: Decimal,
    /// Cap on this item's points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Decimal>,
    /// Count occurrences automatically from the dossier's case-review (案件评查) results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_case_review: Option<CaseReviewGrade>,
    /// One occurrence per case record the filter keeps (a dossier with records).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derive: Option<super::ItemDerivation>,
    /// Source key from the domain brief, or `unsourced default`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Explanatory note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Grades of a reviewed case file (案件评查): 优秀 90–100 / 合格 70–89 / 瑕疵 60–69 / 差错 <60.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum CaseReviewGrade {
    /// 优秀.
    Excellent,
    /// 合格.
    Pass,
    /// 瑕疵.
    Flawed,
    /// 差错.
    Error,
}

/// A veto item (一票否决).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Veto {
    /// Item id (`V01`).
    pub id: ItemId,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// What an occurrence does to the grade.
    pub effect: VetoEffect,
    /// One occurrence per case record the filter keeps (a dossier with records).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derive: Option<super::ItemDerivation>,
    /// Source key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Explanatory note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a veto does to the grade.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
pub enum VetoEffect {
    /// The officer cannot receive this grade or any better one (e.g. no 优秀).
    BlockGrade {
        /// The blocked grade.
        grade: GradeId,
    },
    /// The officer receives exactly this grade (e.g. 不称职 / 不达标).
    ForceGrade {
        /// The forced grade.
        grade: GradeId,
    },
    /// No grade is given, only comments (e.g. 记过 during its period).
    WithholdGrade {},
}
