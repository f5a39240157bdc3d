//! Fault tolerance (容错纠错): decisions on incidents, through the core's tolerance request
//! (`engine.evaluateTolerance` is the package's JS glue over this function).

use crate::convert::{text_of, to_js_value, JsResult};
use kaoping_core::api::answer::Answer;
use kaoping_core::api::tolerance::{ToleranceRequest, ToleranceResponse};
use kaoping_core::base::json::from_json_str;
use wasm_bindgen::prelude::*;

fn run(text: &str) -> Answer<ToleranceResponse> {
    from_json_str::<ToleranceRequest>(text).and_then(|request| request.run()).into()
}

/// Decides a tolerance request (`{ policy, incident, history, asOf, reopen?, assess?, options? }`,
/// an object or its JSON text): the decision, and the assessment with it applied when `assess`
/// is given. Problems are returned, located from the request's root.
#[wasm_bindgen(js_name = evaluateTolerance, unchecked_return_type = "Answer<ToleranceResponse>")]
pub fn evaluate_tolerance(
    #[wasm_bindgen(unchecked_param_type = "ToleranceRequest | string")] request: JsValue,
) -> JsResult<JsValue> {
    let text = text_of(&request, "request")?;
    to_js_value(&run(&text))
}
