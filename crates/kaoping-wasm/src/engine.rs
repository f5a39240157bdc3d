//! `Engine`: a validated scheme compiled once, assessing many dossiers.

use crate::convert::{breach, from_js, is_plain_object, read, throw_problems, to_js, to_js_value, JsResult};
use kaoping_core::api::answer::Answer;
use kaoping_core::api::assess::{self as ffi, AssessParams};
use kaoping_core::fast::batch::{CaseReviewColumns, ColumnScores, Columns, RowOccurrence};
use kaoping_core::fast::cohort_columns::CohortColumns;
use kaoping_core::fast::flat::FlatScratch;
use kaoping_core::{Assessment, Dossier, Lang, Problem, Scheme, Score};
use std::cell::RefCell;
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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

    /// Assesses, ranks and grades under the scheme's quotas a cohort given as columns (the input
    /// of `assessColumns`): the ranked table as typed arrays, one entry per row. Column lengths
    /// that disagree, or any row's problem, come back as `{ ok: false, errors }`.
    #[wasm_bindgen(js_name = assessCohortColumns, unchecked_return_type = "Answer<CohortColumns>")]
    pub fn assess_cohort_columns(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ColumnsInput")] input: JsValue,
        #[wasm_bindgen(unchecked_param_type = "CohortOptions")] options: JsValue,
    ) -> JsResult<JsValue> {
        let lang = if options.is_undefined() || options.is_null() {
            Lang::default()
        } else {
            // the options of `assessCohort` (only `lang` matters here)
            from_js::<kaoping_core::CohortOptions>(&options, "options")?.map_err(throw_problems)?.lang
        };
        let columns = read_columns(&input)?;
        match self.inner.assess_cohort_columns(&columns, lang) {
            Ok(c) => write_cohort(&self.inner, &c),
            Err(problems) => to_js_value(&Answer::<bool>::from(Err(problems))),
        }
    }

    /// Assesses a cohort given as columns (typed arrays), without one object per officer.
    /// Column lengths that disagree throw; a bad row fails alone (see `problems`).
    #[wasm_bindgen(js_name = assessColumns, unchecked_return_type = "ColumnScores")]
    pub fn assess_columns(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ColumnsInput")] input: JsValue,
    ) -> JsResult<JsValue> {
        let columns = read_columns(&input)?;
        let scores = self.inner.assess_columns(&columns, Lang::default()).map_err(throw_problems)?;
        write_scores(&self.inner, &scores)
    }
}

fn read_options(options: Option<Ts<AssessParams>>) -> JsResult<AssessParams> {
    match options {
        None => Ok(AssessParams::default()),
        Some(o) if o.js_value().is_undefined() || o.js_value().is_null() => Ok(AssessParams::default()),
        Some(o) => from_js::<AssessParams>(&o.js_value(), "options")?.map_err(throw_problems),
    }
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn read_f64_column(value: &JsValue, path: &str) -> JsResult<Vec<f64>> {
    if let Some(a) = value.dyn_ref::<js_sys::Float64Array>() {
        Ok(a.to_vec())
    } else if js_sys::Array::is_array(value) {
        // A plain array of numbers is accepted too (non-numbers become NaN = absent).
        Ok(js_sys::Float64Array::new(value).to_vec())
    } else {
        Err(breach(path, format!("`{path}` must be a Float64Array")))
    }
}

fn read_u32_column(value: &JsValue, path: &str) -> JsResult<Vec<u32>> {
    if let Some(a) = value.dyn_ref::<js_sys::Uint32Array>() {
        Ok(a.to_vec())
    } else {
        Err(breach(path, format!("`{path}` must be a Uint32Array")))
    }
}

/// The officer ids in one crossing: `JSON.stringify` of the array, split here when it is a
/// plain list of strings without escapes (valid ids are printable ASCII). `None` (anything
/// else: a non-string, an escape, a hole) leaves the array to the element-by-element reading,
/// which reports what is wrong. (A `String` object reads as its text here.)
fn officer_ids_at_once(array: &js_sys::Array) -> Option<Vec<kaoping_core::base::ids::OfficerId>> {
    let rows = array.length() as usize;
    let text = String::from(js_sys::JSON::stringify(array).ok()?);
    let body = text.strip_prefix('[')?.strip_suffix(']')?;
    let mut out = Vec::with_capacity(rows);
    if !body.is_empty() {
        for item in body.split(',') {
            let id = item.strip_prefix('"')?.strip_suffix('"')?;
            if id.bytes().any(|b| b == b'"' || b == b'\\') {
                return None;
            }
            out.push(id.into());
        }
    }
    (out.len() == rows).then_some(out)
}

fn read_columns(input: &JsValue) -> JsResult<Columns> {
    if !is_plain_object(input) {
        return Err(breach("", "`input` must be an object of columns".to_owned()));
    }
    let officers_js = get(input, "officers");
    let Some(officers_arr) = officers_js.dyn_ref::<js_sys::Array>() else {
        return Err(breach("officers", "`officers` must be an array of officer ids".to_owned()));
    };
    let officers = match officer_ids_at_once(officers_arr) {
        Some(officers) => officers,
        None => {
            let mut officers = Vec::with_capacity(officers_arr.length() as usize);
            for (i, id) in officers_arr.iter().enumerate() {
                match id.as_string() {
                    Some(id) => officers.push(id.as_str().into()),
                    None => {
                        let path = format!("officers[{i}]");
                        return Err(breach(&path, format!("`{path}` must be a string")));
                    }
                }
            }
            officers
        }
    };
    let inputs_js = get(input, "inputs");
    if !is_plain_object(&inputs_js) {
        return Err(breach("inputs", "`inputs` must be an object of Float64Array columns".to_owned()));
    }
    let mut inputs = Vec::new();
    for entry in js_sys::Object::entries(inputs_js.unchecked_ref()).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let key = pair.get(0).as_string().unwrap_or_default();
        let path = format!("inputs.{key}");
        inputs.push((key.as_str().into(), read_f64_column(&pair.get(1), &path)?));
    }
    let review_js = get(input, "caseReview");
    let case_review = if review_js.is_undefined() || review_js.is_null() {
        None
    } else {
        Some(CaseReviewColumns {
            excellent: read_u32_column(&get(&review_js, "excellent"), "caseReview.excellent")?,
            pass: read_u32_column(&get(&review_js, "pass"), "caseReview.pass")?,
            flawed: read_u32_column(&get(&review_js, "flawed"), "caseReview.flawed")?,
            error: read_u32_column(&get(&review_js, "error"), "caseReview.error")?,
        })
    };
    let occurrences_js = get(input, "occurrences");
    let occurrences = if occurrences_js.is_undefined() || occurrences_js.is_null() {
        Vec::new()
    } else {
        // the argument is an array: every path starts with an index
        crate::convert::from_js_array::<Vec<RowOccurrence>>(&occurrences_js, "occurrences")?
            .map_err(|p| throw_problems(p.within("occurrences")))?
    };
    let counts_js = get(input, "counts");
    let mut counts = Vec::new();
    if !counts_js.is_undefined() && !counts_js.is_null() {
        if !is_plain_object(&counts_js) {
            return Err(breach("counts", "`counts` must be an object of Uint32Array columns".to_owned()));
        }
        for entry in js_sys::Object::entries(counts_js.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            let path = format!("counts.{key}");
            let column = pair.get(1);
            let values = if js_sys::Array::is_array(&column) {
                js_sys::Uint32Array::new(&column).to_vec()
            } else {
                read_u32_column(&column, &path)?
            };
            counts.push((key.as_str().into(), values));
        }
    }
    Ok(Columns { officers, inputs, case_review, occurrences, counts })
}

#[derive(kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
struct GradeIds<'a> {
    grade_ids: Vec<&'a str>,
    problems: &'a [Problem],
}

fn write_scores(engine: &kaoping_core::Engine, scores: &ColumnScores) -> JsResult<JsValue> {
    let rest = GradeIds {
        grade_ids: engine.scheme().grades.iter().map(|g| g.id.as_str()).collect(),
        problems: &scores.problems,
    };
    let out = to_js_value(&rest)?;
    set_field(&out, "ok", &flags_array(&scores.ok))?;
    set_field(&out, "totals", &totals_array(&scores.totals))?;
    set_field(&out, "grades", &grades_array(&scores.grades))?;
    set_field(&out, "vetoed", &flags_array(&scores.vetoed))?;
    Ok(out)
}

/// Sets a field of an answer object.
fn set_field(target: &JsValue, key: &str, value: &JsValue) -> JsResult<()> {
    js_sys::Reflect::set(target, &JsValue::from_str(key), value).map(|_| ())
}

/// Totals as numbers (exact decimals are shortest-form numbers).
fn totals_array(totals: &[kaoping_core::Decimal]) -> JsValue {
    let values: Vec<f64> = totals.iter().map(|d| d.to_f64()).collect();
    js_sys::Float64Array::from(values.as_slice()).into()
}

/// Grade positions, -1 for none.
fn grades_array(grades: &[Option<u32>]) -> JsValue {
    let values: Vec<i32> = grades.iter().map(|&g| grade_index(g)).collect();
    js_sys::Int32Array::from(values.as_slice()).into()
}

/// Flags as 0 / 1.
fn flags_array(flags: &[bool]) -> JsValue {
    let values: Vec<u8> = flags.iter().map(|&b| u8::from(b)).collect();
    js_sys::Uint8Array::from(values.as_slice()).into()
}

#[derive(kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
struct CohortRest<'a> {
    grade_ids: Vec<&'a str>,
    tie_break: &'a [kaoping_core::model::scheme::TieBreakKey],
    quotas: &'a [kaoping_core::rules::cohort::QuotaOutcome],
    changes: &'a [kaoping_core::rules::cohort::QuotaChange],
}

fn grade_index(g: Option<u32>) -> i32 {
    g.and_then(|g| i32::try_from(g).ok()).unwrap_or(-1)
}

fn write_cohort(engine: &kaoping_core::Engine, c: &CohortColumns) -> JsResult<JsValue> {
    let score_grades: Vec<i32> = c.score_grades.iter().map(|&g| grade_index(Some(g))).collect();
    let rest = CohortRest {
        grade_ids: engine.scheme().grades.iter().map(|g| g.id.as_str()).collect(),
        tie_break: &c.tie_break,
        quotas: &c.quotas,
        changes: &c.changes,
    };
    let value = to_js_value(&rest)?;
    set_field(&value, "totals", &totals_array(&c.totals))?;
    set_field(&value, "ranks", &js_sys::Uint32Array::from(c.ranks.as_slice()))?;
    set_field(&value, "order", &js_sys::Uint32Array::from(c.order.as_slice()))?;
    set_field(&value, "scoreGrades", &js_sys::Int32Array::from(score_grades.as_slice()))?;
    set_field(&value, "preQuotaGrades", &grades_array(&c.pre_quota_grades))?;
    set_field(&value, "grades", &grades_array(&c.grades))?;
    set_field(&value, "vetoed", &flags_array(&c.vetoed))?;
    let answer = to_js_value(&Answer::<bool> { ok: true, value: None, errors: vec![], warnings: vec![] })?;
    set_field(&answer, "value", &value)?;
    Ok(answer)
}
