//! The shape of every api answer, written once as plain serde types so the bindings only
//! convert. Domain failures are data: an [`Answer`] says `ok` and carries either the value or
//! every problem found; a [`ValidationReport`] says `ok` and lists errors and warnings apart.

use crate::base::error::{Problem, Problems};

/// The answer to "is this scheme valid?": every problem at once.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct ValidationReport {
    /// No errors (warnings may remain).
    pub ok: bool,
    /// Problems that make the scheme unusable.
    pub errors: Vec<Problem>,
    /// Problems that do not block use.
    pub warnings: Vec<Problem>,
}

impl From<Problems> for ValidationReport {
    fn from(problems: Problems) -> Self {
        let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
            problems.0.into_iter().partition(|p| p.severity == crate::Severity::Error);
        ValidationReport { ok: errors.is_empty(), errors, warnings }
    }
}

/// A computation's answer: `ok` with a `value`, or not `ok` with the problems that prevented it.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Answer<T> {
    /// Whether `value` is present.
    pub ok: bool,
    /// The result, when `ok`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<T>,
    /// Errors that prevented the result (empty when `ok`).
    pub errors: Vec<Problem>,
    /// Warnings.
    pub warnings: Vec<Problem>,
}

impl<T> From<Result<T, Problems>> for Answer<T> {
    fn from(result: Result<T, Problems>) -> Self {
        match result {
            Ok(value) => Answer { ok: true, value: Some(value), errors: Vec::new(), warnings: Vec::new() },
            Err(problems) => {
                let ValidationReport { errors, warnings, .. } = problems.into();
                Answer { ok: false, value: None, errors, warnings }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Code;

    #[test]
    fn report_splits_errors_and_warnings() {
        let mut p = Problems::new();
        p.push(Code::WeightSum, "dimensions", crate::base::message::SchemeMsg::NoDimension);
        p.push(Code::Unsourced, "dimensions[0]", crate::base::message::SchemeMsg::Version);
        let r = ValidationReport::from(p);
        assert!(!r.ok);
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(r.warnings[0].code, Code::Unsourced);
    }

    #[test]
    fn outcome_from_error_is_not_ok() {
        let o: Answer<u8> =
            Err(Problems::one(Code::Type, "", crate::base::message::WorkMsg::NoSuchRow)).into();
        assert!(!o.ok && o.value.is_none() && o.errors.len() == 1);
        let o: Answer<u8> = Ok(3).into();
        assert!(o.ok && o.value == Some(3) && o.errors.is_empty());
    }
}
