//! # kaoping-core
//!
//! The pure Rust engine of kaoping (考评): it scores the performance of political-legal officers
//! (judges, prosecutors, police, prison and judicial-administration staff) against declarative,
//! versioned schemes, and decides fault-tolerance (容错纠错) cases.
//!
//! * [`Scheme`] — a versioned assessment scheme (dimensions, indicators, positive and negative
//!   lists, vetoes, grades, quotas), read from JSON and checked by [`validate_scheme`].
//! * [`Dossier`] — one officer's data for one period.
//! * [`Engine`] — a validated scheme compiled once; [`Engine::assess`] gives an [`Assessment`]
//!   in which every point is explained and the whole is fingerprinted.
//! * Numbers are exact [`Decimal`]s: the same digits natively and in WebAssembly.
//! * Every input problem is a [`Problem`] with a stable [`Code`] and a path into the input.
//! * [`committee`] aggregates several raters' ratings (recusal, trimmed mean, disagreement);
//!   [`assess_cohort`] ranks a whole cohort and applies grade quotas; [`audit`] keeps the
//!   committee's actions in a hash chain; [`preview`] projects one officer's grade and the
//!   smallest changes that would move it.
//!
//! ```
//! use kaoping_core::{builtin, AssessOptions, Engine};
//! let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
//! let dossier = builtin::demo_cohort().into_iter().find(|d| d.officer.id.as_str() == "J-001").unwrap();
//! let result = engine.assess(&dossier, &AssessOptions::default()).unwrap();
//! assert!(result.total <= kaoping_core::Decimal::HUNDRED);
//! ```

pub mod assessment;
pub mod audit;
pub mod batch;
pub mod builtin;
pub mod cohort;
pub mod committee;
pub mod date;
pub mod decimal;
mod divide;
pub mod dossier;
pub mod engine;
pub mod error;
pub mod explain;
pub mod ffi;
pub mod fingerprint;
pub mod flat;
pub mod ids;
pub mod limits;
pub mod plan;
pub mod preview;
pub mod scheme;
pub mod scoring;
mod sort;
pub mod sorted;
pub mod tolerance;
pub mod validate;

pub use assessment::{Assessment, Score, Waiver};
pub use cohort::{assess_cohort, CohortInput, CohortOptions, CohortResult};
pub use date::Date;
pub use decimal::{Decimal, Rounding};
pub use dossier::{Dossier, Occurrence, Officer, SchemeRef};
pub use engine::{AssessContext, AssessOptions, Engine, RatedInput};
pub use error::{Code, Problem, Problems, Severity};
pub use explain::{ExplainLine, Lang, LineKind};
pub use fingerprint::ENGINE_VERSION;
pub use ids::*;
pub use scheme::Scheme;
pub use sorted::{Cursor, SortedMap, SortedSet};
pub use tolerance::{evaluate_tolerance, Decision, Incident, Outcome, Policy};
pub use validate::{validate_dossier, validate_scheme};

/// Assesses one dossier with a scheme: validates the scheme, then the dossier, then scores.
/// For many dossiers build an [`Engine`] once instead.
pub fn assess(scheme: &Scheme, dossier: &Dossier, options: &AssessOptions) -> Result<Assessment, Problems> {
    Engine::new(scheme.clone())?.assess(dossier, options)
}
