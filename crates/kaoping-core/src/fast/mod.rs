//! The fast layer: every fast path, each proven to answer exactly what the general path of
//! [`rules`](crate::rules) answers. A scheme compiled into a flat [`plan::Plan`], scored one
//! dossier at a time from flat numbers ([`flat`]) or 256 rows at a time from columns ([`batch`],
//! [`cohort_columns`]). [`engine::Engine`] is a scheme's general path with its plan.

pub mod batch;
pub mod cohort_columns;
pub mod engine;
pub mod flat;
pub mod plan;
