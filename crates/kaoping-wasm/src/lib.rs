//! # kaoping-wasm
//!
//! The WebAssembly façade of [`kaoping_core`], published as the npm package `kaoping`. It holds
//! no assessment logic: every function converts its JavaScript arguments, calls the core and
//! converts the answer back.
//!
//! * Data problems (an invalid scheme, a dossier with a bad input) are **returned** as
//!   `{ ok, errors, warnings }` with coded, located problems.
//! * A contract breach (an argument of the wrong kind, an invalid scheme given to
//!   `new Engine`) **throws** a `KaopingError` with `.code` and `.errors`.
//! * Nothing panics on input: the core forbids panics, and arguments are read through the same
//!   JSON reader as natively (its depth limit keeps hostile nesting from exhausting the stack).
//!
//! Everything is compiled for wasm only; a native build of this crate is empty.
#![cfg(target_family = "wasm")]

mod cohort;
mod convert;
mod engine;
mod records;
mod results;
mod session;
mod supervision;
mod tolerance;
mod types;

pub use cohort::{
    append_audit, assess_cohort_request, audit_anchor, audit_entry_hash, preview_request, verify_audit,
};
pub use engine::Engine;
pub use results::{allocate_bonus, publish_result, working_days};
pub use session::Session;
pub use supervision::supervise;
pub use tolerance::evaluate_tolerance;

use convert::{throw_problems, to_js, JsResult};
use kaoping_core::api::answer::ValidationReport;
use kaoping_core::api::builtin::{self, DemoEntry};
use kaoping_core::api::validate as ffi;
use kaoping_core::Scheme;
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// The engine version (also recorded in every assessment and fingerprint).
#[wasm_bindgen]
pub fn version() -> String {
    kaoping_core::ENGINE_VERSION.to_owned()
}

/// The instance's memory (the package's glue writes the fast path's buffers through it).
#[wasm_bindgen(js_name = "__memory", skip_typescript)]
pub fn memory() -> JsValue {
    wasm_bindgen::memory()
}

/// Ids of the built-in schemes (written like every answer, through JSON: one array crossing
/// instead of one per id).
#[wasm_bindgen(js_name = builtinSchemeIds, unchecked_return_type = "string[]")]
pub fn builtin_scheme_ids() -> JsResult<JsValue> {
    convert::to_js_value(&builtin::scheme_ids())
}

/// A built-in scheme; throws `KaopingError` (`E_UNKNOWN_REF`) for an unknown id.
#[wasm_bindgen(js_name = builtinScheme)]
pub fn builtin_scheme(id: &str) -> JsResult<Ts<Scheme>> {
    let scheme = builtin::scheme(id).map_err(throw_problems)?;
    to_js(&scheme)
}

/// The synthetic demo cohort: each entry names its built-in scheme and holds a dossier.
#[wasm_bindgen(js_name = demoCohort, unchecked_return_type = "DemoEntry[]")]
pub fn demo_cohort() -> JsResult<JsValue> {
    let entries: Vec<DemoEntry> = builtin::demo_entries();
    convert::to_js_value(&entries)
}

/// Validates a scheme (an object, or its JSON text) and reports every problem at once.
#[wasm_bindgen(js_name = validateScheme)]
pub fn validate_scheme(
    #[wasm_bindgen(unchecked_param_type = "Scheme | string")] scheme: JsValue,
) -> JsResult<Ts<ValidationReport>> {
    to_js(&ffi::validate_scheme_json(&convert::text_of(&scheme, "scheme")?))
}
