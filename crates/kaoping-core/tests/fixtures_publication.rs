//! Runs the shared publication and calendar fixtures (`tests/fixtures/publication/`,
//! `tests/fixtures/calendar/`, format in their README).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
mod common;

#[test]
fn publication_fixtures() {
    common::run_all("publication", 10, |f| {
        let publication = kaoping_core::api::publication::run_publication_json(&f.input().to_string())?;
        Ok(serde_json::to_value(publication).expect("a publication serialises"))
    });
}

#[test]
fn calendar_fixtures() {
    common::run_all("calendar", 5, |f| {
        let days = kaoping_core::api::publication::run_working_days_json(&f.input().to_string())?;
        Ok(serde_json::to_value(days).expect("working days serialise"))
    });
}
