//! The façade's wasm-bindgen tests, run in headless Chromium (`make test-wasm`).
#![cfg(target_family = "wasm")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test code

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod shared;
