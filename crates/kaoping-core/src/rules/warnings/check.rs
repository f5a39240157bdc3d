//! The thresholds of the early warnings checked against the scheme: what they name exists and
//! has the type its use needs, and no count or distance is out of range.

use crate::base::error::{Path, Problems};
use crate::base::message::{Named, OrganisationMsg, RecordMsg, ThresholdNoun};
use crate::model::scheme::{FieldType, RecordKind, Scheme};
use crate::model::warning::Thresholds;
use crate::Code;

fn kind<'s>(
    scheme: &'s Scheme,
    id: &crate::base::ids::RecordKindId,
    at: Path,
    problems: &mut Problems,
) -> Option<&'s RecordKind> {
    let k = scheme.records.iter().find(|k| &k.id == id);
    if k.is_none() {
        problems.push(Code::UnknownRef, at, RecordMsg::UnknownKind { kind: id.to_string() });
    }
    k
}

/// The field of a kind, of one of the types given.
fn field<'k>(
    kind: &'k RecordKind,
    key: &crate::base::ids::FieldKey,
    types: &[FieldType],
    at: Path,
    problems: &mut Problems,
) -> Option<&'k crate::model::scheme::FieldDef> {
    let Some(f) = kind.fields.iter().find(|f| &f.key == key) else {
        let msg = RecordMsg::UnknownField { kind: kind.id.to_string(), field: key.to_string() };
        problems.push(Code::UnknownRef, at, msg);
        return None;
    };
    if !types.contains(&f.field_type) {
        let expected = match types.first() {
            Some(FieldType::Enum) => crate::base::message::FieldNoun::Enum,
            Some(FieldType::Flag) => crate::base::message::FieldNoun::Flag,
            Some(FieldType::Number) => crate::base::message::FieldNoun::Number,
            _ => crate::base::message::FieldNoun::Date,
        };
        let msg = RecordMsg::FieldType { field: Named::titled(&f.title, f.key.as_str()), expected };
        problems.push(Code::Threshold, at, msg);
        return None;
    }
    Some(f)
}

/// Checks the thresholds; problems are located under `root` (`thresholds`).
pub fn check_thresholds(t: &Thresholds, scheme: &Scheme, root: &Path) -> Problems {
    let mut problems = Problems::new();
    if t.boundary_points.is_some_and(|p| p.is_negative()) {
        let msg = OrganisationMsg::Negative { threshold: ThresholdNoun::BoundaryPoints };
        problems.push(Code::Threshold, root.key("boundaryPoints"), msg);
    }
    if let Some(rule) = &t.time_limit {
        let at = root.key("timeLimit");
        if let Some(k) = kind(scheme, &rule.kind, at.key("kind"), &mut problems) {
            match (&rule.deadline, &rule.from, &rule.limit_days) {
                (Some(d), None, None) => {
                    field(k, d, &[FieldType::Date], at.key("deadline"), &mut problems);
                }
                (None, Some(from), Some(days)) => {
                    field(k, from, &[FieldType::Date], at.key("from"), &mut problems);
                    field(k, days, &[FieldType::Number], at.key("limitDays"), &mut problems);
                }
                _ => problems.push(Code::Threshold, at.clone(), OrganisationMsg::TimeLimitForm),
            }
            if let Some(closed) = &rule.closed {
                field(k, closed, &[FieldType::Flag, FieldType::Date], at.key("closed"), &mut problems);
            }
        }
        if let Some(item) = &rule.item {
            if !scheme.deductions.items.iter().any(|i| &i.id == item) {
                let msg = OrganisationMsg::UnknownItem { item: item.to_string() };
                problems.push(Code::UnknownRef, at.key("item"), msg);
            }
        }
    }
    if let Some(rule) = &t.case_review {
        let at = root.key("caseReview");
        if rule.at_least == 0 {
            let msg = OrganisationMsg::AtLeastOne { threshold: ThresholdNoun::CaseReviewCount };
            problems.push(Code::Threshold, at.key("atLeast"), msg);
        }
        if let Some(k) = kind(scheme, &rule.kind, at.key("kind"), &mut problems) {
            if let Some(f) = field(k, &rule.field, &[FieldType::Enum], at.key("field"), &mut problems) {
                for (i, v) in rule.values.iter().enumerate() {
                    if !f.values.iter().any(|x| &x.id == v) {
                        let msg =
                            OrganisationMsg::UnknownValue { field: f.key.to_string(), value: v.clone() };
                        problems.push(Code::UnknownRef, at.key("values").index(i), msg);
                    }
                }
            }
        }
    }
    problems
}
