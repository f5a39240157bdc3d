//! The api layer: one function per operation, its request and answer types, and every default.
//! The wasm binding and the web app call these; nothing above this layer chooses a default.
//!
//! | operation | function | file |
//! |---|---|---|
//! | validate a scheme | [`validate::validate_scheme_json`] | `validate.rs` |
//! | assess / score one dossier | [`assess::assess`], [`assess::score`] | `assess.rs` |
//! | assess a cohort | [`cohort::assess_cohort`], [`cohort::run_cohort_json`] | `cohort.rs` |
//! | a cohort as columns | [`columns::assess_columns`], [`columns::assess_cohort_columns`] | `columns.rs` |
//! | an officer's context and detail | [`officer::officer_context`], [`officer::officer_detail`] | `officer.rs` |
//! | the records behind an indicator (指标下钻) | [`records::drill`] | `records.rs` |
//! | preview, objection | [`preview::preview`], [`preview::preview_in_cohort`], [`preview::run_preview_json`] | `preview.rs` |
//! | a cohort with its units and warnings (督责) | [`supervision::run_supervision_json`]; in a session [`session::Session::units`], [`session::Session::warnings`] | `supervision.rs` |
//! | tolerance decision | [`tolerance::decide`], [`tolerance::run_tolerance_json`] | `tolerance.rs` |
//! | performance-bonus allocation | [`allocation::run_allocation_json`] | `allocation.rs` |
//! | publication (公示), working days | [`publication::run_publication_json`], [`publication::run_working_days_json`] | `publication.rs` |
//! | audit trail | [`audit::verify_json`], [`audit::append_json`], [`audit::anchor_json`], [`audit::entry_hash_json`] | `audit.rs` |
//! | results as tables (export), a sheet as session events (import) | [`table::results::results_tables`] | `table/` |
//! | built-in schemes, policies, demo data | [`builtin`] | `builtin.rs` |
//!
//! Every answer is an [`answer::Answer`] (or a [`answer::ValidationReport`]).

pub mod allocation;
pub mod answer;
pub mod assess;
pub mod audit;
pub mod builtin;
pub mod cohort;
pub mod columns;
pub mod officer;
pub mod preview;
pub mod publication;
pub mod records;
pub mod session;
pub mod supervision;
pub mod table;
pub mod tolerance;
pub mod validate;
pub mod words;
