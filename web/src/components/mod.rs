//! The Yew components: one per file, each displaying part of the [`crate::state::AppState`].

pub mod app;
pub mod cohort_table;
pub mod data_panel;
pub mod distribution;
pub mod function_plot;
pub mod header;
pub mod notice;
pub mod officer_detail;
pub mod preview_view;
pub mod print_view;
pub mod problems;
pub mod radar;
pub mod recovery;
pub mod scheme_view;
pub mod sheets_view;
pub mod tolerance_view;
