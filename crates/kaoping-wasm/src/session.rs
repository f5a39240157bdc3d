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

    /// `apply` without its glue: one event or an array of events (an object, an array or JSON
    /// text) → `{ answer, held, handles }`: the [`core::Applied`] with its officer lists held
    /// back ([`core::wire::Wire`]), their summaries, and one [`HeldOfficers`] per list.
    #[wasm_bindgen(js_name = "__apply", skip_typescript)]
    pub fn apply(&mut self, event: JsValue) -> JsResult<JsValue> {
        let text = if js_sys::Array::is_array(&event) {
            crate::convert::stringify(&event, "events")?
        } else {
            text_of(&event, "event")?
        };
        crate::convert::make_room(text.len().saturating_mul(crate::convert::ROOM_PER_TEXT_BYTE));
        wire_value(self.inner.apply_wire(&text))
    }

    /// `addOfficersColumns` without its glue: `{ at, actor, reason?, names?, units?, posts?,
    /// columns }`, the columns' two buffers (see `Engine.__assessColumns`) and the number of
    /// officers (room is made for them at once).
    #[wasm_bindgen(js_name = "__addOfficersColumns", skip_typescript)]
    pub fn add_officers_columns(
        &mut self,
        header: &str,
        numbers: &[f64],
        whole: &[u32],
        rows: u32,
    ) -> JsResult<JsValue> {
        crate::convert::make_room((rows as usize).saturating_mul(crate::convert::ROOM_PER_OFFICER));
        wire_value(core::wire::Wire::of(self.inner.add_officers_columns(header, numbers, whole)))
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

    /// A bonus pool shared over the live table (`{ allocation, lang? }`, as `allocateBonus`
    /// takes it without `cohort` or `table`).
    #[wasm_bindgen(unchecked_return_type = "Answer<Allocation>")]
    pub fn allocate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "AllocationRequest | string")] request: JsValue,
    ) -> JsResult<JsValue> {
        answer_of_text(&self.inner.allocate_json(&text_of(&request, "request")?))
    }

    /// The publication (公示) of the live table (`{ calendar, notice, windowDays?, scope?,
    /// objections?, asOf?, lang? }`, as `publishResult` takes it without `cohort` or `table`).
    #[wasm_bindgen(unchecked_return_type = "Answer<Publication>")]
    pub fn publication(
        &self,
        #[wasm_bindgen(unchecked_param_type = "PublicationRequest | string")] request: JsValue,
    ) -> JsResult<JsValue> {
        answer_of_text(&self.inner.publication_json(&text_of(&request, "request")?))
    }

    /// The session's fingerprint (equal for a session, its replay and its restored snapshot).
    pub fn fingerprint(&self) -> String {
        self.inner.fingerprint()
    }
}

/// One officer list of an applied event, held in the instance until it is read (the package's
/// glue makes it the diff's lazy `officers` and `listed`).
#[wasm_bindgen(skip_typescript)]
pub struct HeldOfficers {
    inner: core::OfficerChanges,
}

#[wasm_bindgen]
impl HeldOfficers {
    /// Every officer whose standing changed, in officer-id order.
    #[wasm_bindgen(js_name = "__all")]
    pub fn all(&self) -> JsResult<JsValue> {
        to_js_value(self.inner.as_slice())
    }

    /// The officers whose change is more than one rank moved by another officer's move.
    #[wasm_bindgen(js_name = "__listed")]
    pub fn listed(&self) -> JsResult<JsValue> {
        to_js_value(self.inner.listed())
    }
}

/// The wire answer as `{ answer, held, handles }`.
fn wire_value(wire: core::wire::Wire) -> JsResult<JsValue> {
    let value = answer_of_text(&wire.text)?;
    let handles: js_sys::Array =
        wire.held.into_iter().map(|inner| JsValue::from(HeldOfficers { inner })).collect();
    js_sys::Reflect::set(&value, &JsValue::from_str("handles"), &handles).map_err(|_| {
        crate::convert::contract_error(kaoping_core::Code::Type, "the answer could not be converted", &[])
    })?;
    Ok(value)
}
