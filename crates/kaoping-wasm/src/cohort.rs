//! Committees and cohorts, officer preview and the audit trail: convert, call the core, convert back.

use crate::convert::{from_js_or_text, to_js_value, JsResult, TextOrJson};
use crate::engine::Engine;
use kaoping_core::api::cohort_request::run_cohort_json;
use kaoping_core::api::ffi::Answer;
use kaoping_core::api::preview_request::run_preview_json;
use kaoping_core::base::json::from_json_str;
use kaoping_core::model::scheme::CohortStat;
use kaoping_core::rules::audit::Anchor;
use kaoping_core::rules::audit::{self, AuditEntry, AuditEvent, AuditLog};
use kaoping_core::rules::cohort::{assess_cohort, CohortInput, CohortOptions};
use kaoping_core::IndicatorId;
use kaoping_core::SortedMap;
use kaoping_core::{AssessContext, Date, Dossier, Lang, Problems};
use kaoping_json::{FromJson, ToJson};
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

/// JSON text of an argument given as an object or as text.
fn text_of(value: &JsValue, what: &str) -> JsResult<String> {
    Ok(match from_js_or_text(value, what)? {
        TextOrJson::Text(t) | TextOrJson::Json(t) => t,
    })
}

/// JSON text of an optional argument (`undefined` / `null` → `{}`).
fn text_or_empty(value: &JsValue, what: &str) -> JsResult<String> {
    if value.is_undefined() || value.is_null() {
        Ok("{}".to_owned())
    } else {
        text_of(value, what)
    }
}

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

/// Verifies an audit log (`{ entries }`), against an anchor kept apart when given: names the
/// first edited, dropped, inserted or reordered entry.
#[wasm_bindgen(js_name = verifyAudit, unchecked_return_type = "Answer<Verification>")]
pub fn verify_audit(
    #[wasm_bindgen(unchecked_param_type = "AuditLog")] log: JsValue,
    anchor: Option<Ts<Anchor>>,
) -> JsResult<JsValue> {
    let anchor = anchor.map_or(JsValue::UNDEFINED, |a| a.js_value());
    let request = js_sys::Object::new();
    js_sys::Reflect::set(&request, &"log".into(), &log)?;
    if !anchor.is_undefined() && !anchor.is_null() {
        js_sys::Reflect::set(&request, &"anchor".into(), &anchor)?;
    }
    let answer: Answer<_> = audit::verify_json(&text_of(&request.into(), "request")?).into();
    to_js_value(&answer)
}

#[derive(FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Appended {
    at: Date,
    actor: String,
    event: AuditEvent,
}

/// Appends an event to an audit log (`null` starts a new one) and answers the new log.
#[wasm_bindgen(js_name = appendAudit, unchecked_return_type = "Answer<AuditLog>")]
pub fn append_audit(
    #[wasm_bindgen(unchecked_param_type = "AuditLog | null")] log: JsValue,
    #[wasm_bindgen(unchecked_param_type = "{ at: Date; actor: string; event: AuditEvent }")] entry: JsValue,
) -> JsResult<JsValue> {
    let log = if log.is_undefined() || log.is_null() {
        Ok(AuditLog::new())
    } else {
        from_json_str::<AuditLog>(&text_of(&log, "log")?).map_err(|p| p.under("log"))
    };
    let entry = from_json_str::<Appended>(&text_of(&entry, "entry")?).map_err(|p| p.under("entry"));
    let answer: Answer<AuditLog> = match (log, entry) {
        (Ok(mut log), Ok(e)) => {
            log.append(e.at, &e.actor, e.event);
            Ok(log)
        }
        (Err(mut a), Err(b)) => {
            a.extend(b);
            Err(a)
        }
        (Err(p), _) | (_, Err(p)) => Err(p),
    }
    .into();
    to_js_value(&answer)
}

/// The anchor of a log as it is now (entry count and head hash), to keep apart from the log.
#[wasm_bindgen(js_name = auditAnchor, unchecked_return_type = "Answer<Anchor>")]
pub fn audit_anchor(#[wasm_bindgen(unchecked_param_type = "AuditLog")] log: JsValue) -> JsResult<JsValue> {
    let answer: Answer<_> = from_json_str::<AuditLog>(&text_of(&log, "log")?).map(|l| l.anchor()).into();
    to_js_value(&answer)
}

/// The hash an audit entry's content gives (to check one entry on its own).
#[wasm_bindgen(js_name = auditEntryHash, unchecked_return_type = "Answer<string>")]
pub fn audit_entry_hash(
    #[wasm_bindgen(unchecked_param_type = "AuditEntry")] entry: JsValue,
) -> JsResult<JsValue> {
    let answer: Answer<String> =
        from_json_str::<AuditEntry>(&text_of(&entry, "entry")?).map(|e| e.compute_hash()).into();
    to_js_value(&answer)
}

/// Cohort statistics by indicator, standing in for a scheme's published statistics.
#[derive(FromJson, ToJson, Default, Tsify)]
#[tsify(hashmap_as_object)]
#[serde(transparent)]
pub struct CohortStats(
    #[tsify(type = "Record<IndicatorId, CohortStat>")] pub SortedMap<IndicatorId, CohortStat>,
);

/// Options of `Engine.preview`.
#[derive(FromJson, ToJson, Default, Tsify)]
#[tsify(hashmap_as_object)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PreviewOptions {
    /// The officer's tolerance waivers.
    #[serde(default)]
    pub waivers: Vec<kaoping_core::Waiver>,
    /// The officer's aggregated committee ratings, by indicator.
    #[serde(default)]
    #[tsify(type = "Record<IndicatorId, RatedInput>")]
    pub rated: SortedMap<IndicatorId, kaoping_core::RatedInput>,
    /// Language of texts.
    #[serde(default)]
    pub lang: Lang,
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
        let input = from_json_str::<CohortInput>(&text_of(&input, "input")?);
        let options = from_json_str::<CohortOptions>(&text_or_empty(&options, "options")?)
            .map_err(|p| p.under("options"));
        let answer: Answer<_> =
            input.and_then(|i| options.and_then(|o| assess_cohort(&self.inner, &i, &o))).into();
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
        cohort_stats: Option<Ts<CohortStats>>,
        options: Option<Ts<PreviewOptions>>,
    ) -> JsResult<JsValue> {
        let cohort_stats = cohort_stats.map_or(JsValue::UNDEFINED, |c| c.js_value());
        let options = options.map_or(JsValue::UNDEFINED, |o| o.js_value());
        let dossier = from_json_str::<Dossier>(&text_of(&dossier, "dossier")?);
        let stats = from_json_str::<
            SortedMap<kaoping_core::IndicatorId, kaoping_core::model::scheme::CohortStat>,
        >(&text_or_empty(&cohort_stats, "cohortStats")?)
        .map_err(|p| p.under("cohortStats"));
        let options = from_json_str::<PreviewOptions>(&text_or_empty(&options, "options")?)
            .map_err(|p| p.under("options"));
        let answer: Answer<_> = match (dossier, stats, options) {
            (Ok(d), Ok(stats), Ok(o)) => {
                let context = AssessContext {
                    waivers: &o.waivers,
                    rated: (!o.rated.is_empty()).then_some(&o.rated),
                    cohort: (!stats.is_empty()).then_some(&stats),
                    cohort_published: true,
                };
                kaoping_core::rules::preview::preview(&self.inner, &d, &context, o.lang)
            }
            (d, s, o) => {
                let mut all = Problems::new();
                for p in [d.err(), s.err(), o.err()].into_iter().flatten() {
                    all.extend(p);
                }
                Err(all)
            }
        }
        .into();
        to_js_value(&answer)
    }
}
