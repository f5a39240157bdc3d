//! The api layer: one function per operation, its request and answer types, and every default.
//! The wasm binding and the web app call these; nothing below this layer chooses a default.

pub mod builtin;
pub mod cohort_request;
pub mod ffi;
pub mod preview_request;
pub mod session;
pub mod tolerance_request;
