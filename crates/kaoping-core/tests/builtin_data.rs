//! The built-in schemes and the demo cohort: valid, assessable, explained to the point.

use kaoping_core::builtin;
use kaoping_core::{validate_scheme, AssessOptions, Decimal, Engine, LineKind, Severity};

#[test]
fn every_builtin_scheme_validates_without_errors() {
    for id in builtin::scheme_ids() {
        let scheme = builtin::scheme(id).unwrap_or_else(|p| panic!("{id}: {p}"));
        assert_eq!(scheme.id.as_str(), id);
        let problems = validate_scheme(&scheme);
        let errors: Vec<_> = problems.errors().collect();
        assert!(errors.is_empty(), "{id}: {errors:?}");
        let warnings: Vec<_> = problems.warnings().map(|w| format!("{w}")).collect();
        assert!(warnings.is_empty(), "{id} has warnings: {warnings:?}");
    }
}
