//! Runs the shared `tests/fixtures/preview/` cases: an officer's preview (projected result,
//! distances, counterfactuals) or, with `objection`, an objection against the assessed result.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code
mod common;

use kaoping_core::api::preview::{PreviewAnswer, PreviewRequest};
use kaoping_core::base::json::from_json_str;

#[test]
fn preview_fixtures() {
    common::run_all("preview", 15, |f| {
        let request: PreviewRequest = from_json_str(&f.input().to_string())?;
        let answer = request.run()?;
        if let PreviewAnswer::Preview(p) = &answer {
            // deterministic: the same preview twice
            assert_eq!(answer, request.run()?, "{}", p.total);
        }
        Ok(serde_json::to_value(answer).unwrap())
    });
}
