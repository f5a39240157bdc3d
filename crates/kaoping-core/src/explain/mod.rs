//! The explain layer: text rendered from facts. Explanation lines, decision reasons and problem
//! messages are worded here, in Chinese and in English; the rules produce the facts and call it.
//! It depends on [`model`](crate::model) and [`base`](crate::base) only.

pub(crate) mod allocation;
pub(crate) mod cohort;
pub(crate) mod lines;
pub(crate) mod objection;
pub(crate) mod organisation;
pub(crate) mod preview;
pub(crate) mod publication;
pub(crate) mod reasons;
pub(crate) mod session;
pub(crate) mod tolerance;
pub(crate) mod warning;
pub(crate) mod wording;
