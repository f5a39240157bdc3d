//! Fault tolerance (容错纠错): decisions on incidents, through the core's tolerance request.

use crate::convert::{breach, is_plain_object, text_of, to_js_value, JsResult};
use crate::engine::Engine;
use kaoping_core::api::answer::Answer;
use kaoping_core::api::tolerance::{ToleranceRequest, ToleranceResponse};
use kaoping_core::base::json::from_json_str;
use kaoping_core::rules::tolerance::Decision;
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

fn set(object: &js_sys::Object, key: &str, value: &JsValue) -> JsResult<()> {
    js_sys::Reflect::set(object, &JsValue::from_str(key), value).map(|_| ())
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen]
impl Engine {
    /// Decides whether an incident is tolerated (免责 / 从轻 / 减轻 / 不予容错), given the officer's
    /// earlier incidents. `options`: `{ asOf, policy? (built-in id or object; the api's
    /// default policy when absent), lang? }`. Apply the decision with
    /// `engine.assess(dossier, { waivers: decision.effect.waivers })`.
    #[wasm_bindgen(js_name = evaluateTolerance, unchecked_return_type = "Answer<Decision>")]
    pub fn evaluate_tolerance(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Incident")] incident: JsValue,
        #[wasm_bindgen(unchecked_param_type = "PriorIncident[] | undefined | null")] history: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ToleranceCallOptions")] options: JsValue,
    ) -> JsResult<JsValue> {
        if !is_plain_object(&options) {
            return Err(breach("", "`options` must be an object with `asOf`".to_owned()));
        }
        // One request object: the core reads it and locates every problem from its root.
        let request = js_sys::Object::new();
        let policy = get(&options, "policy");
        if !policy.is_undefined() {
            set(&request, "policy", &policy)?;
        }
        set(&request, "incident", &incident)?;
        if !history.is_undefined() && !history.is_null() {
            set(&request, "history", &history)?;
        }
        set(&request, "asOf", &get(&options, "asOf"))?;
        let lang = get(&options, "lang");
        if !lang.is_undefined() {
            let o = js_sys::Object::new();
            set(&o, "lang", &lang)?;
            set(&request, "options", &o)?;
        }
        let text = text_of(&request.into(), "request")?;
        let answer = run(&text);
        let decision: Answer<Decision> = Answer {
            ok: answer.ok,
            value: answer.value.map(|r| r.decision),
            errors: answer.errors,
            warnings: answer.warnings,
        };
        to_js_value(&decision)
    }
}
