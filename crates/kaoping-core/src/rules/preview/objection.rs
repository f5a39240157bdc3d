//! Objections (异议): 陈述 (statement), 申辩 (defence), 复核申请 (request for review) and 申诉
//! (appeal), each attached to one item of a result, with its deadline computed from the notice
//! date. The core keeps no state: an objection is data for a platform to store.

use crate::base::date::Date;
use crate::base::error::{Code, Problems};
use crate::base::ids::OfficerId;
use crate::base::message::WorkMsg;
use crate::explain::objection::part_title;
use crate::model::assessment::Assessment;
pub use crate::model::objection::ObjectionKind;
use crate::model::objection::ResultPart;
use crate::model::scheme::Scheme;

/// Time limits in days, as 公务员法 (2018) Art 95–96 gives them \[S31\]\[S58\]: 30 days from the
/// notice to ask the original body for review (复核), which decides within 30 days of receiving
/// it; 15 days from the review decision to appeal (申诉), or 30 days from the notice to appeal
/// directly; the appeal body decides within 60 days of accepting it, extendable by at most 30.
/// Statement and defence: 7 days (an unsourced default: set the unit's rule). The filing date
/// stands for the date of receipt and of acceptance.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ObjectionRules {
    /// Days for a statement.
    pub statement_days: u16,
    /// Days for a defence.
    pub defence_days: u16,
    /// Days to ask for review.
    pub review_days: u16,
    /// Days to appeal after the review decision.
    pub appeal_days: u16,
    /// Days the original body has to decide a review (复核), from its receipt.
    pub decide_days: u16,
    /// Days to appeal directly, from the notice (without asking for review first).
    #[serde(default = "thirty_days")]
    pub direct_appeal_days: u16,
    /// Days the appeal body has to decide an appeal, from its acceptance.
    #[serde(default = "sixty_days")]
    pub appeal_decide_days: u16,
    /// The longest extension of an appeal decision, in days.
    #[serde(default = "thirty_days")]
    pub appeal_extension_days: u16,
}

fn thirty_days() -> u16 {
    30
}

fn sixty_days() -> u16 {
    60
}

impl Default for ObjectionRules {
    fn default() -> Self {
        ObjectionRules {
            statement_days: 7,
            defence_days: 7,
            review_days: 30,
            appeal_days: 15,
            decide_days: 30,
            direct_appeal_days: 30,
            appeal_decide_days: 60,
            appeal_extension_days: 30,
        }
    }
}

/// An officer's objection as filed.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ObjectionRequest {
    /// The kind.
    pub kind: ObjectionKind,
    /// The item contested: an indicator id, a list item or veto id, `grade`, or `quota`.
    pub item: String,
    /// Date of the notice the time limit runs from (the result notice; for an appeal, the
    /// review decision).
    pub notice: Date,
    /// Date filed.
    pub filed: Date,
    /// The officer's text.
    pub text: String,
}

/// An objection, checked and with its deadlines, for a platform to store.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Objection {
    /// The kind.
    pub kind: ObjectionKind,
    /// Its Chinese name.
    pub kind_title: String,
    /// The officer.
    pub officer: OfficerId,
    /// Fingerprint of the contested result, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// The item contested.
    pub item: String,
    /// What the item is (its title, or `等次` / `名额`).
    pub item_title: String,
    /// Notice date.
    pub notice: Date,
    /// Date filed.
    pub filed: Date,
    /// Last day to file.
    pub deadline: Date,
    /// Days left on the filing date (0 = filed on the last day).
    pub days_left: i64,
    /// Last day for the decision (review and appeal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decide_by: Option<Date>,
    /// Last day for an appeal decision with the longest extension allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decide_extended_by: Option<Date>,
    /// The officer's text.
    pub text: String,
}

/// The last day to file an objection of a kind after a notice.
pub fn deadline(kind: ObjectionKind, notice: Date, rules: &ObjectionRules) -> Option<Date> {
    let days = match kind {
        ObjectionKind::Statement => rules.statement_days,
        ObjectionKind::Defence => rules.defence_days,
        ObjectionKind::Review => rules.review_days,
        ObjectionKind::Appeal => rules.appeal_days,
        ObjectionKind::DirectAppeal => rules.direct_appeal_days,
    };
    notice.add_days(i64::from(days))
}

/// Checks an objection against the result it contests and computes its deadlines.
/// `E_UNKNOWN_REF` when the item is not part of the result, `E_DATE` when it is filed before
/// the notice, `E_OBJECTION_LATE` after the deadline.
pub fn file_objection(
    scheme: &Scheme,
    assessment: &Assessment,
    request: &ObjectionRequest,
    rules: &ObjectionRules,
) -> Result<Objection, Problems> {
    let mut problems = Problems::new();
    let item = request.item.as_str();
    let indicator = assessment.dimensions.iter().flat_map(|d| &d.indicators).find(|i| i.id.as_str() == item);
    let listed = assessment
        .bonuses
        .items
        .iter()
        .chain(&assessment.deductions.items)
        .find(|i| i.id.as_str() == item)
        .map(|i| i.title.clone());
    let veto = assessment.vetoes.iter().find(|v| v.id.as_str() == item).map(|v| v.title.clone());
    let item_title = match (item, indicator, listed, veto) {
        ("grade", ..) => Some(part_title(ResultPart::Grade).to_owned()),
        ("quota", ..) if !scheme.quotas.is_empty() => Some(part_title(ResultPart::Quota).to_owned()),
        (_, Some(i), _, _) => Some(i.title.clone()),
        (_, None, Some(t), _) | (_, None, None, Some(t)) => Some(t),
        _ => None,
    };
    if item_title.is_none() {
        problems.push(
            Code::UnknownRef,
            "item",
            WorkMsg::NotAnItem { item: crate::rules::validate::short(item) },
        );
    }
    if request.text.chars().count() > crate::base::limits::MAX_TEXT_CHARS {
        problems.push(Code::Limit, "text", WorkMsg::TextTooLong);
    }
    let deadline = deadline(request.kind, request.notice, rules)
        .ok_or_else(|| Problems::one(Code::Date, "notice", WorkMsg::DeadlineRange))?;
    if request.filed < request.notice {
        problems.push(Code::Date, "filed", WorkMsg::FiledBeforeNotice);
    } else if request.filed > deadline {
        problems.push(
            Code::ObjectionLate,
            "filed",
            WorkMsg::Late {
                kind: request.kind.zh().to_owned(),
                deadline,
                days: request.notice.days_until(deadline),
                notice: request.notice,
            },
        );
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let decide_days = match request.kind {
        ObjectionKind::Review => Some(rules.decide_days),
        ObjectionKind::Appeal | ObjectionKind::DirectAppeal => Some(rules.appeal_decide_days),
        ObjectionKind::Statement | ObjectionKind::Defence => None,
    };
    let decide_by = decide_days.and_then(|days| request.filed.add_days(i64::from(days)));
    let decide_extended_by = match request.kind {
        ObjectionKind::Appeal | ObjectionKind::DirectAppeal => {
            decide_by.and_then(|d| d.add_days(i64::from(rules.appeal_extension_days)))
        }
        _ => None,
    };
    Ok(Objection {
        kind: request.kind,
        kind_title: request.kind.zh().to_owned(),
        officer: assessment.officer.id.clone(),
        result: assessment.fingerprint.clone(),
        item: request.item.clone(),
        item_title: item_title.unwrap_or_default(),
        notice: request.notice,
        filed: request.filed,
        deadline,
        days_left: request.filed.days_until(deadline),
        decide_by,
        decide_extended_by,
        text: request.text.clone(),
    })
}
