//! The Yew components: one per file, each displaying part of the [`crate::state::AppState`]
//! (`objection_form` holds helper functions of the preview screen, not a component).

pub mod app;
pub mod audit_view;
pub mod cohort_table;
pub mod data_panel;
pub mod distribution;
pub mod export_panel;
pub mod function_plot;
pub mod header;
pub mod import_dialog;
pub mod incident_decision;
pub mod incident_form;
pub mod incident_list;
pub mod last_edit;
pub mod notice;
pub mod objection_form;
pub mod occurrences;
pub mod officer_detail;
pub mod officer_inputs;
pub mod preview_view;
pub mod print_view;
pub mod problems;
pub mod radar;
pub mod rater_sheet;
pub mod reason_dialog;
pub mod record_drill;
pub mod recovery;
pub mod scheme_text;
pub mod scheme_view;
pub mod sheets_view;
pub mod tolerance_view;
pub mod undo_bar;
