//! Supervision (督责) for JavaScript: a cohort with its units and warnings from one request, and
//! a session's units and warnings. Convert, call the core, convert back.

use crate::convert::{answer_of_text, text_of, to_js_value, JsResult};
use crate::session::Session;
use kaoping_core::api::answer::Answer;
use kaoping_core::api::supervision::run_supervision_json;
use wasm_bindgen::prelude::*;

/// Assesses a cohort with its organisation's unit results and the early warnings, from one
/// request (`{ scheme, dossiers, …, organisation?, thresholds?, options? }`, an object or its
/// JSON text).
#[wasm_bindgen(js_name = supervise, unchecked_return_type = "Answer<Supervision>")]
pub fn supervise(
    #[wasm_bindgen(unchecked_param_type = "SupervisionRequest | string")] request: JsValue,
) -> JsResult<JsValue> {
    let answer: Answer<_> = run_supervision_json(&text_of(&request, "request")?).into();
    to_js_value(&answer)
}

#[wasm_bindgen]
impl Session {
    /// Every unit's result, from the session's organisation (`setOrganisation`) and table.
    #[wasm_bindgen(unchecked_return_type = "UnitResult[]")]
    pub fn units(&self) -> JsResult<JsValue> {
        to_js_value(&self.inner.units())
    }

    /// The early warnings under the thresholds (an object or its JSON text):
    /// `Answer<EarlyWarning[]>`, problems located under `thresholds`.
    #[wasm_bindgen(unchecked_return_type = "Answer<EarlyWarning[]>")]
    pub fn warnings(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Thresholds | string")] thresholds: JsValue,
    ) -> JsResult<JsValue> {
        answer_of_text(&self.inner.warnings_json(&text_of(&thresholds, "thresholds")?))
    }
}
