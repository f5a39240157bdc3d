//! The shape of answers given to other languages (the npm package `kaoping`), written once as
//! plain serde types so the bindings only convert. Domain failures are data: an [`Outcome`] says
//! `ok` and carries either the value or every problem found.

use crate::error::{from_json_str, Problem, Problems};
use crate::scheme::Scheme;
use crate::validate::validate_scheme;
use serde::{Deserialize, Serialize};

/// The answer to "is this scheme valid?": every problem at once.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// Parses a scheme from JSON text and validates it; a parse failure is reported like any
/// other problem.
pub fn validate_scheme_json(text: &str) -> ValidationReport {
    match from_json_str::<Scheme>(text) {
        Ok(scheme) => validate_scheme(&scheme).into(),
        Err(problems) => problems.into(),
    }
}

/// A computation's answer: `ok` with a `value`, or not `ok` with the problems that prevented it.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome<T> {
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

impl<T> From<Result<T, Problems>> for Outcome<T> {
    fn from(result: Result<T, Problems>) -> Self {
        match result {
            Ok(value) => Outcome { ok: true, value: Some(value), errors: Vec::new(), warnings: Vec::new() },
            Err(problems) => {
                let ValidationReport { errors, warnings, .. } = problems.into();
                Outcome { ok: false, value: None, errors, warnings }
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
        p.push(Code::WeightSum, "dimensions", "x");
        p.push(Code::Unsourced, "dimensions[0]", "y");
        let r = ValidationReport::from(p);
        assert!(!r.ok);
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(r.warnings[0].code, Code::Unsourced);
    }

    #[test]
    fn scheme_text_that_is_not_json_is_a_parse_problem() {
        let r = validate_scheme_json("{ not json");
        assert!(!r.ok);
        assert_eq!(r.errors[0].code, Code::Parse);
    }

    #[test]
    fn builtin_scheme_text_is_valid() {
        let r = validate_scheme_json(crate::builtin::scheme_json("court-judge").unwrap());
        assert!(r.ok, "{:?}", r.errors);
    }

    #[test]
    fn outcome_from_error_is_not_ok() {
        let o: Outcome<u8> = Err(Problems::one(Code::Type, "", "z")).into();
        assert!(!o.ok && o.value.is_none() && o.errors.len() == 1);
        let o: Outcome<u8> = Ok(3).into();
        assert!(o.ok && o.value == Some(3) && o.errors.is_empty());
    }
}
