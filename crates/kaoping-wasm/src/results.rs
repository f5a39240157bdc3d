//! Use of results (结果运用): bonus allocation, publication (公示) and working days, through the
//! core's requests (kaoping_core::api::allocation, kaoping_core::api::publication).

use crate::convert::{text_of, to_js_value, JsResult};
use kaoping_core::api::allocation::run_allocation_json;
use kaoping_core::api::answer::Answer;
use kaoping_core::api::publication::{run_publication_json, run_working_days_json};
use wasm_bindgen::prelude::*;

/// Shares a performance-bonus pool out over a cohort's results (`{ cohort | table, allocation,
/// lang? }`, an object or its JSON text): every share to the fen, adding up to the pool.
#[wasm_bindgen(js_name = allocateBonus, unchecked_return_type = "Answer<Allocation>")]
pub fn allocate_bonus(
    #[wasm_bindgen(unchecked_param_type = "AllocationRequest | string")] request: JsValue,
) -> JsResult<JsValue> {
    let answer: Answer<_> = run_allocation_json(&text_of(&request, "request")?).into();
    to_js_value(&answer)
}

/// The publication (公示) document of a cohort's result (`{ cohort | table, calendar, notice,
/// windowDays?, scope?, objections?, asOf?, lang? }`), with the final result after the window.
#[wasm_bindgen(js_name = publishResult, unchecked_return_type = "Answer<Publication>")]
pub fn publish_result(
    #[wasm_bindgen(unchecked_param_type = "PublicationRequest | string")] request: JsValue,
) -> JsResult<JsValue> {
    let answer: Answer<_> = run_publication_json(&text_of(&request, "request")?).into();
    to_js_value(&answer)
}

/// The working days after a date under a holiday calendar (`{ calendar, from, days }`).
#[wasm_bindgen(js_name = workingDays, unchecked_return_type = "Answer<WorkingDays>")]
pub fn working_days(
    #[wasm_bindgen(unchecked_param_type = "WorkingDaysRequest | string")] request: JsValue,
) -> JsResult<JsValue> {
    let answer: Answer<_> = run_working_days_json(&text_of(&request, "request")?).into();
    to_js_value(&answer)
}
