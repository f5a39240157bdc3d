//! The façade's wasm-bindgen tests, run in Node (`make test-wasm`).
#![cfg(target_family = "wasm")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test code

mod shared;
