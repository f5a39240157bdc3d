//! The dossier (业绩档案): one officer's data for one period.

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::ids::{InputKey, ItemId, OccurrenceId, OfficerId, SchemeId};
use crate::base::sorted::SortedMap;
use crate::base::{error::Problems, json::from_json_str};
use crate::model::scheme::CaseReviewGrade;

/// One officer's data for one assessment period.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Dossier {
    /// Who is assessed.
    pub officer: Officer,
    /// The scheme the dossier was prepared for (checked against the scheme used; a mismatch is
    /// a warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<SchemeRef>,
    /// Period label, e.g. `2026年度`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Raw indicator inputs by key.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<InputKey, Decimal>"))]
    pub inputs: SortedMap<InputKey, Decimal>,
    /// Occurrences of positive-list, negative-list and veto items (at most
    /// [`crate::base::limits::MAX_OCCURRENCES`], refused while reading beyond that).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::base::limits::bounded::<_, _, { crate::base::limits::MAX_OCCURRENCES }>"
    )]
    #[json(
        from_json_with = "crate::base::limits::bounded_json::<_, { crate::base::limits::MAX_OCCURRENCES }>"
    )]
    pub occurrences: Vec<Occurrence>,
    /// Case records (案件记录) of the kinds the scheme declares; the scheme's derived inputs
    /// are computed from them (at most [`crate::base::limits::MAX_RECORDS`]).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::base::limits::bounded::<_, _, { crate::base::limits::MAX_RECORDS }>"
    )]
    #[json(from_json_with = "crate::base::limits::bounded_json::<_, { crate::base::limits::MAX_RECORDS }>")]
    #[cfg_attr(feature = "tsify", tsify(type = "CaseRecord[]"))]
    pub records: Vec<crate::model::records::Record>,
    /// The date the dossier speaks for (inside the period: monthly progress): records dated
    /// after it are ignored, and `inPeriod` tests end at it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<crate::Date>,
    /// Case-review (案件评查) results of the officer's reviewed case files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_review: Option<CaseReview>,
    /// Marks synthetic (demo) data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub synthetic: bool,
}

impl Dossier {
    /// Parses a dossier from JSON (structural checks only; see [`crate::validate_dossier`]).
    pub fn from_json(text: &str) -> Result<Dossier, Problems> {
        from_json_str(text)
    }
}

/// The assessed officer.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Officer {
    /// Officer id.
    pub id: OfficerId,
    /// Name.
    pub name: String,
    /// Unit (庭室 / 科室 / 所队).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// Names a scheme version.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SchemeRef {
    /// Scheme id.
    pub id: SchemeId,
    /// Scheme version.
    pub version: String,
}

/// One occurrence of a list item or veto: a commendation, a flawed case, a complaint upheld.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Occurrence {
    /// Occurrence id, unique in the dossier; tolerance decisions name it.
    pub id: OccurrenceId,
    /// The list item or veto.
    pub item: ItemId,
    /// When it happened.
    pub date: Date,
    /// How many times (default 1).
    #[serde(default = "one_u32", skip_serializing_if = "is_one_u32")]
    pub count: u32,
    /// Case number or document reference (案号 / 文号).
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

pub(crate) fn one_u32() -> u32 {
    1
}

fn is_one_u32(n: &u32) -> bool {
    *n == 1
}

/// Numbers of reviewed case files by case-review grade.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CaseReview {
    /// 优秀 (90–100).
    #[serde(default)]
    pub excellent: u32,
    /// 合格 (70–89).
    #[serde(default)]
    pub pass: u32,
    /// 瑕疵 (60–69).
    #[serde(default)]
    pub flawed: u32,
    /// 差错 (below 60).
    #[serde(default)]
    pub error: u32,
}

impl CaseReview {
    /// Number of files with the given grade.
    pub fn count(&self, grade: CaseReviewGrade) -> u32 {
        match grade {
            CaseReviewGrade::Excellent => self.excellent,
            CaseReviewGrade::Pass => self.pass,
            CaseReviewGrade::Flawed => self.flawed,
            CaseReviewGrade::Error => self.error,
        }
    }
}
