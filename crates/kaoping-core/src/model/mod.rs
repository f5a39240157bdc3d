//! The model layer: the plain data kaoping reads and writes (schemes, dossiers, assessments and
//! their explanation lines) and its wire format. It depends only on [`base`](crate::base).

pub mod allocation;
pub mod assessment;
pub mod calendar;
pub mod cohort_fact;
pub mod dossier;
pub mod explanation;
pub mod line_fact;
pub mod objection;
pub mod organisation;
pub mod preview_fact;
pub mod publication;
pub mod reason_fact;
pub mod records;
pub mod scheme;
pub mod tolerance;
pub mod warning;
