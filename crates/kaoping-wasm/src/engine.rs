//! `Engine`: a validated scheme compiled once, assessing many dossiers.

use crate::convert::{from_js, read, throw_problems, to_js, to_js_value, JsResult};
use kaoping_core::api::answer::Answer;
use kaoping_core::api::assess::{self as ffi, AssessParams};
use kaoping_core::api::columns;
use kaoping_core::fast::flat::FlatScratch;
use kaoping_core::{Assessment, Dossier, Scheme, Score};
use std::cell::RefCell;
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// A validated, compiled scheme. `new Engine(scheme)` throws `KaopingError` when the scheme is
/// invalid (`.errors` lists every problem).
#[wasm_bindgen]
pub struct Engine {
    pub(crate) inner: kaoping_core::Engine,
    /// The buffers of the single call's fast path (allocated once by `__flatLayout`).
    flat: RefCell<Flat>,
}

/// Where the package's glue writes a plain dossier (see `kaoping_core::fast::flat`).
#[derive(Default)]
struct Flat {
    numbers: Vec<f64>,
    bytes: Vec<u8>,
    scratch: FlatScratch,
}

#[wasm_bindgen]
impl Engine {
    /// Validates and compiles a scheme.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "Scheme | string")] scheme: JsValue,
    ) -> JsResult<Engine> {
        let scheme = read::<Scheme>(&scheme, "scheme")?.map_err(throw_problems)?;
        let inner = kaoping_core::Engine::new(scheme).map_err(throw_problems)?;
        Ok(Engine { inner, flat: RefCell::default() })
    }

    /// The compiled scheme.
    #[wasm_bindgen(getter)]
    pub fn scheme(&self) -> JsResult<Ts<Scheme>> {
        to_js(self.inner.scheme())
    }

    /// Warnings found when the scheme was validated.
    #[wasm_bindgen(getter, unchecked_return_type = "Problem[]")]
    pub fn warnings(&self) -> JsResult<JsValue> {
        to_js_value(&self.inner.warnings().0)
    }

    /// Fingerprint of the scheme (SHA-256 over its canonical form and the engine version).
    #[wasm_bindgen(getter, js_name = schemeFingerprint)]
    pub fn scheme_fingerprint(&self) -> String {
        self.inner.scheme_fingerprint().to_owned()
    }

    /// Assesses one dossier. Problems in the dossier come back in the outcome
    /// (`ok: false, errors`); an argument that is not an object throws.
    #[wasm_bindgen(unchecked_return_type = "Answer<Assessment>")]
    pub fn assess(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Dossier | string")] dossier: JsValue,
        options: Option<Ts<AssessParams>>,
    ) -> JsResult<JsValue> {
        let request = read_options(options)?;
        let outcome: Answer<Assessment> = match read::<Dossier>(&dossier, "dossier")? {
            Ok(dossier) => ffi::assess(&self.inner, &dossier, &request),
            Err(problems) => Err(problems).into(),
        };
        to_js_value(&outcome)
    }

    /// The summary of one dossier's assessment — total, grade, score grade, flags — without
    /// the breakdown and the explanation: the fast call for listings. The package's glue scores
    /// plain dossiers without JSON (the same answer); this is the general path.
    #[wasm_bindgen(unchecked_return_type = "Answer<Score>")]
    pub fn score(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Dossier | string")] dossier: JsValue,
    ) -> JsResult<JsValue> {
        let outcome: Answer<Score> = match read::<Dossier>(&dossier, "dossier")? {
            Ok(dossier) => ffi::score(&self.inner, &dossier),
            Err(problems) => Err(problems).into(),
        };
        to_js_value(&outcome)
    }

    /// The fast path's layout with the addresses of its buffers in wasm memory; `null` when the
    /// scheme has no compiled plan. Used by the package's glue.
    #[wasm_bindgen(js_name = "__flatLayout", skip_typescript)]
    pub fn flat_layout(&self) -> JsResult<JsValue> {
        let Some(layout) = self.inner.flat_layout() else { return Ok(JsValue::NULL) };
        let mut flat = self.flat.borrow_mut();
        if flat.numbers.len() != layout.numbers || flat.bytes.len() != layout.bytes {
            flat.numbers = vec![0.0; layout.numbers];
            flat.bytes = vec![0; layout.bytes];
        }
        let value = to_js_value(&layout)?;
        let at = |v: usize| JsValue::from(u32::try_from(v).unwrap_or(0));
        js_sys::Reflect::set(&value, &"numbersAt".into(), &at(flat.numbers.as_ptr() as usize))?;
        js_sys::Reflect::set(&value, &"bytesAt".into(), &at(flat.bytes.as_ptr() as usize))?;
        Ok(value)
    }

    /// Scores the dossier the glue wrote into the buffers; false when the fast path declines
    /// (the glue then calls `score`). The answer is written over the start of the numbers.
    #[wasm_bindgen(js_name = "__scoreFlat", skip_typescript)]
    pub fn score_flat(&self) -> bool {
        let Ok(mut flat) = self.flat.try_borrow_mut() else { return false };
        let Flat { numbers, bytes, scratch } = &mut *flat;
        match self.inner.score_flat(numbers, bytes, scratch) {
            Some(p) => kaoping_core::fast::flat::write_answer(&p, numbers).is_some(),
            None => false,
        }
    }

    /// `assessColumns` without its glue: the columns as [`kaoping_core::api::columns`] takes
    /// them (the package's glue writes them and turns the answer's arrays into typed arrays).
    #[wasm_bindgen(js_name = "__assessColumns", skip_typescript)]
    pub fn assess_columns(&self, header: &str, numbers: &[f64], whole: &[u32]) -> JsResult<JsValue> {
        to_js_value(&columns::assess_columns(&self.inner, header, numbers, whole).map_err(throw_problems)?)
    }

    /// `assessCohortColumns` without its glue (see `__assessColumns`).
    #[wasm_bindgen(js_name = "__assessCohortColumns", skip_typescript)]
    pub fn assess_cohort_columns(&self, header: &str, numbers: &[f64], whole: &[u32]) -> JsResult<JsValue> {
        let answer = columns::assess_cohort_columns(&self.inner, header, numbers, whole);
        to_js_value(&answer.map_err(throw_problems)?)
    }
}

fn read_options(options: Option<Ts<AssessParams>>) -> JsResult<AssessParams> {
    match options {
        None => Ok(AssessParams::default()),
        Some(o) if o.js_value().is_undefined() || o.js_value().is_null() => Ok(AssessParams::default()),
        Some(o) => from_js::<AssessParams>(&o.js_value(), "options")?.map_err(throw_problems),
    }
}
