//! # kaoping-core
//!
//! The pure Rust engine of kaoping (考评): it scores the performance of political-legal officers
//! (judges, prosecutors, police, prison and judicial-administration staff) against declarative,
//! versioned schemes, and decides fault-tolerance (容错纠错) cases.
//!
//! * [`Scheme`] — a versioned assessment scheme (dimensions, indicators, positive and negative
//!   lists, vetoes, grades, quotas), read from JSON and checked by [`validate_scheme`].
//! * [`Dossier`] — one officer's data for one period.
//! * [`Engine`] — a validated scheme compiled once; [`Engine::assess`](crate::Assessor::assess) gives an [`Assessment`]
//!   in which every point is explained and the whole is fingerprinted.
//! * Numbers are exact [`Decimal`]s: the same digits natively and in WebAssembly.
//! * Every input problem is a [`Problem`] with a stable [`Code`] and a path into the input.
//! * [`committee`](rules::committee) aggregates several raters' ratings (recusal, trimmed mean, disagreement);
//!   [`assess_cohort`] ranks a whole cohort and applies grade quotas; [`audit`](rules::audit) keeps the
//!   committee's actions in a hash chain; [`preview`](rules::preview) projects one officer's grade and the
//!   smallest changes that would move it.
//!
//! The modules are grouped by layer, each depending only on the layers before it:
//! [`base`] ← [`model`] ← [`explain`] ← [`rules`] ← [`fast`] ← [`api`]. `make layers` checks it.
//!
//! ```
//! use kaoping_core::{api::builtin, AssessOptions, Engine};
//! let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
//! let dossier = builtin::demo_cohort().into_iter().find(|d| d.officer.id.as_str() == "J-001").unwrap();
//! let result = engine.assess(&dossier, &AssessOptions::default()).unwrap();
//! assert!(result.total <= kaoping_core::Decimal::HUNDRED);
//! ```

pub mod api;
pub mod base;
pub mod explain;
pub mod fast;
pub mod model;
pub mod rules;

pub use base::date::Date;
pub use base::decimal::{Decimal, Rounding};
pub use base::error::{Code, Problem, Problems, Severity};
pub use base::fingerprint::ENGINE_VERSION;
pub use base::ids::*;
pub use base::sorted::{Cursor, SortedMap, SortedSet};
pub use fast::engine::Engine;
pub use model::assessment::{Assessment, Score, Waiver};
pub use model::dossier::{Dossier, Occurrence, Officer, SchemeRef};
pub use model::explanation::{ExplainLine, Lang, LineKind};
pub use model::scheme::Scheme;
pub use rules::assess::{AssessContext, AssessOptions, Assessor, RatedInput};
pub use rules::cohort::{assess_cohort, CohortInput, CohortOptions, CohortResult};
pub use rules::tolerance::{evaluate_tolerance, Decision, Incident, Outcome, Policy};
pub use rules::validate::{validate_dossier, validate_scheme};

/// Assesses one dossier with a scheme: validates the scheme, then the dossier, then scores.
/// For many dossiers build an [`Engine`] once instead.
pub fn assess(scheme: &Scheme, dossier: &Dossier, options: &AssessOptions) -> Result<Assessment, Problems> {
    Engine::new(scheme.clone())?.assess(dossier, options)
}
