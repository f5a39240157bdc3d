//! The assessment committee (考评委员会): raters, recusals (回避), score sheets with sign-off
//! (签字), and the aggregation of several raters' ratings of a subjective indicator (民主测评,
//! 综合评价, 满意度).
//!
//! [`collect`] checks every sheet against the committee and the cohort (a recused rater is
//! an `E_RECUSED` error, a rating of an indicator that is not rated is `E_NOT_RATED`, …) and
//! aggregates, per officer and rated indicator, the signed ratings with the scheme's declared
//! method into the engine's [`crate::RatedInput`]. Missing ratings make the result incomplete,
//! visibly; too few ratings for a trimmed mean use the scheme's fallback or fail with
//! `E_TOO_FEW_RATINGS`, never a silent average.

pub mod aggregate;
pub mod rater;
pub mod recusal;
pub mod sheet;

pub use aggregate::{aggregate, Aggregated};
pub use rater::{Committee, Rater, RaterRole};
pub use recusal::Recusal;
pub use sheet::{collect, Rating, RatingsByOfficer, ScoreSheet, SignOff};
