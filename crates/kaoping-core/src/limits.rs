//! Declared size limits. Inputs beyond them are rejected with `E_LIMIT` before any work
//! proportional to their size is done.

use crate::decimal::Decimal;

/// Dimensions per scheme.
pub const MAX_DIMENSIONS: usize = 32;
/// Indicators per scheme (all dimensions together).
pub const MAX_INDICATORS: usize = 256;
/// Items per positive or negative list, and vetoes per scheme.
pub const MAX_LIST_ITEMS: usize = 256;
/// Grades per scheme.
pub const MAX_GRADES: usize = 16;
/// Declared inputs per scheme, and inputs per dossier.
pub const MAX_INPUTS: usize = 512;
/// Breakpoints or steps per scoring function.
pub const MAX_BREAKPOINTS: usize = 64;
/// Occurrences per dossier.
pub const MAX_OCCURRENCES: usize = 4096;
/// `count` of one occurrence, and case-review counts.
pub const MAX_OCCURRENCE_COUNT: u32 = 100_000;
/// Characters in a title, name, note or reference.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Largest `maxScore`, `fullScore` or item points.
pub const MAX_SCORE: Decimal = Decimal::from_micros(10_000 * 1_000_000);
/// Raters in a committee.
pub const MAX_RATERS: u32 = 64;
/// Officers in one cohort.
pub const MAX_COHORT: usize = 1_000_000;
/// Bytes of one JSON document accepted by the text entry points.
pub const MAX_JSON_BYTES: usize = 64 * 1024 * 1024;
