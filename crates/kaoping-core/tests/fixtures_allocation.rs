//! Runs the shared allocation fixtures (`tests/fixtures/allocation/`, format in its README).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
mod common;

#[test]
fn allocation_fixtures() {
    common::run_all("allocation", 15, |f| {
        let allocation = kaoping_core::api::allocation::run_allocation_json(&f.input().to_string())?;
        Ok(serde_json::to_value(allocation).expect("an allocation serialises"))
    });
}
