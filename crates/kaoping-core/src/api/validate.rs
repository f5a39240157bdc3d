//! The scheme-validation operation: every problem of a scheme at once.

use crate::api::answer::ValidationReport;
use crate::base::json::from_json_str;
use crate::model::scheme::Scheme;
use crate::rules::validate::validate_scheme;

/// Parses a scheme from JSON text and validates it; a parse failure is reported like any
/// other problem.
pub fn validate_scheme_json(text: &str) -> ValidationReport {
    match from_json_str::<Scheme>(text) {
        Ok(scheme) => validate_scheme(&scheme).into(),
        Err(problems) => problems.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Code;

    #[test]
    fn scheme_text_that_is_not_json_is_a_parse_problem() {
        let r = validate_scheme_json("{ not json");
        assert!(!r.ok);
        assert_eq!(r.errors[0].code, Code::Parse);
    }

    #[test]
    fn builtin_scheme_text_is_valid() {
        let r = validate_scheme_json(crate::api::builtin::scheme_json("court-judge").unwrap());
        assert!(r.ok, "{:?}", r.errors);
    }
}
