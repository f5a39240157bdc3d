//! Drill-down (指标下钻) for JavaScript: the case records behind one indicator or derived input.

use crate::convert::{read, to_js_value, JsResult};
use crate::engine::Engine;
use kaoping_core::api::answer::Answer;
use kaoping_core::api::records::{drill, Drill};
use kaoping_core::Dossier;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Engine {
    /// The records behind an indicator (every derived input it reads) or a derived input, for
    /// one dossier: `Answer<Drill[]>`, each `{ input, value, records }` with the records whole.
    #[wasm_bindgen(unchecked_return_type = "Answer<Drill[]>")]
    pub fn drill(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Dossier | string")] dossier: JsValue,
        target: &str,
    ) -> JsResult<JsValue> {
        let answer: Answer<Vec<Drill>> = match read::<Dossier>(&dossier, "dossier")? {
            Ok(d) => drill(&self.inner, &d, target).into(),
            Err(p) => Err(p).into(),
        };
        to_js_value(&answer)
    }
}
