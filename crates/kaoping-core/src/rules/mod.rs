//! The rules layer: what a scheme means. Validation, scoring functions, the general assessment
//! path, committees, cohorts and quotas, tolerance decisions, preview and the audit chain. It
//! depends on [`explain`](crate::explain), [`model`](crate::model) and [`base`](crate::base) only.

pub mod allocation;
pub mod assess;
pub mod audit;
pub mod calendar;
pub mod cohort;
pub mod committee;
pub mod organisation;
pub mod preview;
pub mod publication;
pub mod records;
pub mod scoring;
pub mod tolerance;
pub mod validate;
pub mod warnings;
