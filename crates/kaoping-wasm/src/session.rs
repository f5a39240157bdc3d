//! The assessment session (考评会话) for JavaScript: the core's [`kaoping_core::api::session::Session`]
//! behind a class; every call carries JSON text across and answers what the core answers.

use crate::convert::{answer_of_text, text_of, throw_problems, to_js_value, JsResult};
use kaoping_core::api::session::{self as core, OfficerView};
use wasm_bindgen::prelude::*;

/// An assessment session: roster, committee, ratings, sign-offs, incidents, seals, changed only
/// by events (each with a person, a time and, where the rules ask, a reason).
#[wasm_bindgen]
pub struct Session {
    pub(crate) inner: core::Session,
}

#[wasm_bindgen]
impl Session {
    /// A new, empty session from `{ scheme, policy?, lang? }` (an object or its JSON text);
    /// throws `KaopingError` with located problems for a bad scheme or policy.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "SessionInit | string")] init: JsValue,
    ) -> JsResult<Session> {
        let inner = core::Session::from_init_json(&text_of(&init, "init")?).map_err(throw_problems)?;
        Ok(Session { inner })
    }

    /// Restores a session from its snapshot (an object or its JSON text); throws for a snapshot
    /// edited by hand (`E_SNAPSHOT_TAMPERED`) or one that does not read.
    pub fn restore(
        #[wasm_bindgen(unchecked_param_type = "Snapshot | string")] snapshot: JsValue,
    ) -> JsResult<Session> {
        let inner = core::Session::restore_json(&text_of(&snapshot, "snapshot")?).map_err(throw_problems)?;
        Ok(Session { inner })
    }

    /// Applies one event, or an array of events all or nothing: `{ ok, diff }` (`{ ok, diffs }`
    /// for an array) or `{ ok: false, errors }` with the session unchanged.
    #[wasm_bindgen(unchecked_return_type = "Applied")]
    pub fn apply(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Event | Event[] | string")] event: JsValue,
    ) -> JsResult<JsValue> {
        let text = if js_sys::Array::is_array(&event) {
            crate::convert::stringify(&event, "events")?
        } else {
            text_of(&event, "event")?
        };
        to_js_value(&self.inner.apply_json(&text))
    }

    /// `addOfficersColumns` without its glue: `{ at, actor, reason?, names?, units?, posts?,
    /// columns }` and the columns' two buffers (see `Engine.__assessColumns`).
    #[wasm_bindgen(js_name = "__addOfficersColumns", skip_typescript)]
    pub fn add_officers_columns(
        &mut self,
        header: &str,
        numbers: &[f64],
        whole: &[u32],
    ) -> JsResult<JsValue> {
        to_js_value(&self.inner.add_officers_columns(header, numbers, whole))
    }

    /// The ranked table (`null` while the roster is empty).
    #[wasm_bindgen(unchecked_return_type = "CohortResult | null")]
    pub fn table(&self) -> JsResult<JsValue> {
        to_js_value(&self.inner.table())
    }

    /// One officer's full assessment with its explanation, from the session's state.
    #[wasm_bindgen(unchecked_return_type = "Answer<Assessment>")]
    pub fn detail(&self, officer: &str) -> JsResult<JsValue> {
        answer_of_text(&self.inner.officer_json(officer, OfficerView::Detail))
    }

    /// One officer's preview, from the same ratings, waivers and statistics as the table.
    #[wasm_bindgen(unchecked_return_type = "Answer<Preview>")]
    pub fn preview(&self, officer: &str) -> JsResult<JsValue> {
        answer_of_text(&self.inner.officer_json(officer, OfficerView::Preview))
    }

    /// The hash-chained audit log of every applied event.
    #[wasm_bindgen(unchecked_return_type = "SessionLog")]
    pub fn log(&self) -> JsResult<JsValue> {
        to_js_value(self.inner.log())
    }

    /// The state: roster, committee, sheets, incidents, seals, publication.
    #[wasm_bindgen(unchecked_return_type = "SessionState")]
    pub fn state(&self) -> JsResult<JsValue> {
        to_js_value(self.inner.state())
    }

    /// The differences from the last seal (`null` before any seal).
    #[wasm_bindgen(js_name = sinceSeal, unchecked_return_type = "SinceSeal | null")]
    pub fn since_seal(&self) -> JsResult<JsValue> {
        to_js_value(&self.inner.since_seal())
    }

    /// The whole session written down (start, state, log, fingerprint), for `Session.restore`.
    #[wasm_bindgen(unchecked_return_type = "Snapshot")]
    pub fn snapshot(&self) -> JsResult<JsValue> {
        to_js_value(&self.inner.snapshot())
    }

    /// The session's fingerprint (equal for a session, its replay and its restored snapshot).
    pub fn fingerprint(&self) -> String {
        self.inner.fingerprint()
    }
}
