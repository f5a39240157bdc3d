//! Committees and cohorts, officer preview and the audit trail: convert, call the core, convert back.

use crate::convert::{text_of, text_or_empty, to_js_value, JsResult};
use crate::engine::Engine;
use kaoping_core::api;
use kaoping_core::api::answer::Answer;
use kaoping_core::api::cohort::run_cohort_json;
use kaoping_core::api::preview::run_preview_json;
use kaoping_core::rules::cohort::CohortOptions;
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// Assesses a whole cohort from one request (`{ scheme, dossiers, committee?, sheets?, waivers?,
/// decisions?, options? }`, an object or its JSON text): ranking, quotas and the changes they made.
#[wasm_bindgen(js_name = assessCohort, unchecked_return_type = "Answer<CohortResult>")]
pub fn assess_cohort_request(
    #[wasm_bindgen(unchecked_param_type = "CohortRequest | string")] request: JsValue,
) -> JsResult<JsValue> {
    let answer: Answer<_> = run_cohort_json(&text_of(&request, "request")?).into();
    to_js_value(&answer)
}

/// Previews one officer's result, or files an objection, from one request (`{ scheme, dossier,
/// waivers?, rated?, stats?, lang?, objection?, rules? }`, an object or its JSON text).
#[wasm_bindgen(js_name = preview, unchecked_return_type = "Answer<PreviewAnswer>")]
pub fn preview_request(
    #[wasm_bindgen(unchecked_param_type = "PreviewRequest | string")] request: JsValue,
) -> JsResult<JsValue> {
    let answer: Answer<_> = run_preview_json(&text_of(&request, "request")?).into();
    to_js_value(&answer)
}

/// `verifyAudit(log, anchor?)` without its glue: one request `{ log, anchor? }`.
#[wasm_bindgen(js_name = "__verifyAudit", skip_typescript)]
pub fn verify_audit(request: JsValue) -> JsResult<JsValue> {
    let answer: Answer<_> = api::audit::verify_json(&text_of(&request, "request")?).into();
    to_js_value(&answer)
}

/// Appends an event to an audit log (`null` starts a new one) and answers the new log.
#[wasm_bindgen(js_name = appendAudit, unchecked_return_type = "Answer<AuditLog>")]
pub fn append_audit(
    #[wasm_bindgen(unchecked_param_type = "AuditLog | null")] log: JsValue,
    #[wasm_bindgen(unchecked_param_type = "{ at: Date; actor: string; event: AuditEvent }")] entry: JsValue,
) -> JsResult<JsValue> {
    let log = if log.is_undefined() || log.is_null() { None } else { Some(text_of(&log, "log")?) };
    let answer: Answer<_> =
        kaoping_core::api::audit::append_json(log.as_deref(), &text_of(&entry, "entry")?).into();
    to_js_value(&answer)
}

/// The anchor of a log as it is now (entry count and head hash), to keep apart from the log.
#[wasm_bindgen(js_name = auditAnchor, unchecked_return_type = "Answer<Anchor>")]
pub fn audit_anchor(#[wasm_bindgen(unchecked_param_type = "AuditLog")] log: JsValue) -> JsResult<JsValue> {
    let answer: Answer<_> = kaoping_core::api::audit::anchor_json(&text_of(&log, "log")?).into();
    to_js_value(&answer)
}

/// The hash an audit entry's content gives (to check one entry on its own).
#[wasm_bindgen(js_name = auditEntryHash, unchecked_return_type = "Answer<string>")]
pub fn audit_entry_hash(
    #[wasm_bindgen(unchecked_param_type = "AuditEntry")] entry: JsValue,
) -> JsResult<JsValue> {
    let answer: Answer<String> = kaoping_core::api::audit::entry_hash_json(&text_of(&entry, "entry")?).into();
    to_js_value(&answer)
}

#[wasm_bindgen]
impl Engine {
    /// Assesses a cohort with this scheme: `{ dossiers, committee?, sheets?, waivers?, decisions? }`
    /// and options `{ trace, fingerprint, details, lang }`. Problems are located from the input.
    #[wasm_bindgen(js_name = assessCohort, unchecked_return_type = "Answer<CohortResult>")]
    pub fn assess_cohort(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CohortInput")] input: JsValue,
        options: Option<Ts<CohortOptions>>,
    ) -> JsResult<JsValue> {
        let options = options.map_or(JsValue::UNDEFINED, |o| o.js_value());
        let input = text_of(&input, "input")?;
        let options = text_or_empty(&options, "options")?;
        let answer: Answer<_> = api::cohort::engine_cohort_json(&self.inner, &input, Some(&options)).into();
        to_js_value(&answer)
    }

    /// Previews an officer's result before publication: projected total and grade, the distance
    /// to the next grade up and down, the smallest changes that would move it. `cohortStats`
    /// (`{ indicatorId: { count, mean, sd } }`) stand in for the scheme's published statistics;
    /// options `{ waivers, rated, lang }`.
    #[wasm_bindgen(unchecked_return_type = "Answer<Preview>")]
    pub fn preview(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Dossier")] dossier: JsValue,
        cohort_stats: Option<Ts<api::preview::CohortStats>>,
        options: Option<Ts<api::preview::PreviewOptions>>,
    ) -> JsResult<JsValue> {
        let dossier = text_of(&dossier, "dossier")?;
        let given = |v: JsValue| (!v.is_undefined() && !v.is_null()).then_some(v);
        let stats = cohort_stats.and_then(|c| given(c.js_value())).map(|s| text_of(&s, "cohortStats"));
        let options = options.and_then(|o| given(o.js_value())).map(|o| text_of(&o, "options"));
        let (stats, options) = (stats.transpose()?, options.transpose()?);
        let answer: Answer<_> =
            api::preview::engine_preview(&self.inner, &dossier, stats.as_deref(), options.as_deref()).into();
        to_js_value(&answer)
    }
}
