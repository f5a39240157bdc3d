//! Runs the shared tolerance fixtures (`tests/fixtures/tolerance/`, format in its README).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
mod common;

use kaoping_core::api::tolerance::ToleranceRequest;

#[test]
fn tolerance_fixtures() {
    common::run_all("tolerance", 30, |f| {
        let request: ToleranceRequest = kaoping_core::base::json::from_json_str(&f.input().to_string())?;
        let response = request.run()?;
        Ok(serde_json::to_value(response).expect("a response serialises"))
    });
}
