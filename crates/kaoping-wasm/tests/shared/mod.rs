//! Tests shared by the Node and the browser runs: they call the exported functions as JS would
//! (with `JsValue`s) and compare with the core called directly in the same wasm instance.

use kaoping_core::{api::builtin, AssessOptions};
use kaoping_wasm::{builtin_scheme, builtin_scheme_ids, demo_cohort, validate_scheme, version, Engine};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn json_of(v: &JsValue) -> Value {
    let text: String = js_sys::JSON::stringify(v).unwrap().into();
    serde_json::from_str(&text).unwrap()
}

fn js_of(v: &Value) -> JsValue {
    js_sys::JSON::parse(&v.to_string()).unwrap()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap()
}

fn demo() -> (Engine, JsValue) {
    let entries = demo_cohort().unwrap();
    let first = js_sys::Array::from(&entries).get(0);
    let scheme = builtin_scheme(&get(&first, "scheme").as_string().unwrap()).unwrap();
    (Engine::new(scheme.js_value()).unwrap(), get(&first, "dossier"))
}

#[wasm_bindgen_test]
fn builtins_and_version() {
    assert_eq!(version(), kaoping_core::ENGINE_VERSION);
    let ids = js_sys::Array::from(&builtin_scheme_ids().unwrap());
    assert!(ids.iter().any(|i| i.as_string().as_deref() == Some("court-judge")));
    let scheme = json_of(&builtin_scheme("court-judge").unwrap().js_value());
    assert_eq!(scheme["id"], "court-judge");
    // the façade's scheme is the core's scheme, field for field
    assert_eq!(scheme, serde_json::to_value(builtin::scheme("court-judge").unwrap()).unwrap());
}

#[wasm_bindgen_test]
fn assessment_through_the_facade_equals_the_core_directly() {
    let (engine, dossier) = demo();
    let outcome = json_of(&engine.assess(dossier.clone(), None).unwrap());
    assert_eq!(outcome["ok"], true);
    let core = kaoping_core::Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
    let direct = core.assess(&builtin::demo_cohort()[0], &AssessOptions::default()).unwrap();
    assert_eq!(outcome["value"], serde_json::to_value(&direct).unwrap());
    assert!(outcome["value"]["explanation"].as_array().is_some_and(|l| !l.is_empty()));
}

#[wasm_bindgen_test]
fn validate_scheme_reports_every_problem() {
    let mut scheme = serde_json::to_value(builtin::scheme("court-judge").unwrap()).unwrap();
    scheme["dimensions"][0]["weight"] = Value::from(0.5);
    scheme["precision"] = Value::from(9);
    let report = json_of(&validate_scheme(js_of(&scheme)).unwrap().js_value());
    assert_eq!(report["ok"], false);
    let codes: Vec<&str> =
        report["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"E_WEIGHT_SUM") && codes.contains(&"E_PRECISION"), "{codes:?}");
    let report = json_of(&validate_scheme(JsValue::from_str("{ nope")).unwrap().js_value());
    assert_eq!(report["errors"][0]["code"], "E_PARSE");
}

#[wasm_bindgen_test]
fn contract_breaches_throw_errors_with_a_code() {
    let err = Engine::new(JsValue::from(42)).err().unwrap();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "code").as_string().as_deref(), Some("E_TYPE"));
    assert_eq!(get(&err, "name").as_string().as_deref(), Some("KaopingError"));
    let mut bad = serde_json::to_value(builtin::scheme("court-judge").unwrap()).unwrap();
    bad["grades"] = Value::Array(vec![]);
    bad["dimensions"][0]["weight"] = Value::from(0.1);
    let err = Engine::new(js_of(&bad)).err().unwrap();
    let errors = js_sys::Array::from(&get(&err, "errors"));
    assert!(errors.length() >= 2);
}

#[wasm_bindgen_test]
fn data_errors_are_returned_with_paths() {
    let (engine, dossier) = demo();
    let mut d = json_of(&dossier);
    d["inputs"]["an"] = Value::from("many");
    let outcome = json_of(&engine.assess(js_of(&d), None).unwrap());
    assert_eq!(outcome["ok"], false);
    assert_eq!(outcome["errors"][0]["code"], "E_TYPE");
    assert_eq!(outcome["errors"][0]["path"], "inputs.an");
}

#[wasm_bindgen_test]
fn hostile_input_never_traps_and_the_engine_keeps_working() {
    let (engine, dossier) = demo();
    let before = json_of(&engine.assess(dossier.clone(), None).unwrap());
    let deep = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
    let hostile: Vec<JsValue> = vec![
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from(f64::NAN),
        JsValue::from(1e308),
        JsValue::from_str(&"x".repeat(10 * 1024 * 1024)),
        js_sys::JSON::parse(&format!("{{\"officer\": {deep}}}")).unwrap(),
        js_sys::JSON::parse(r#"{"officer":{"id":"a","name":"b"},"inputs":{"an":1e308}}"#).unwrap(),
        js_sys::Object::new().into(),
        js_sys::Float64Array::new_with_length(3).into(),
    ];
    for h in hostile {
        match engine.assess(h, None) {
            Ok(outcome) => assert_eq!(json_of(&outcome)["ok"], false),
            Err(e) => assert!(get(&e, "code").as_string().is_some_and(|c| c.starts_with("E_"))),
        }
    }
    let after = json_of(&engine.assess(dossier, None).unwrap());
    assert_eq!(before, after);
}

#[wasm_bindgen_test]
fn columns_match_single_assessments() {
    let (engine, dossier) = demo();
    let d = json_of(&dossier);
    let single = json_of(&engine.assess(dossier.clone(), None).unwrap());
    // the columns as the package's glue hands them over: a header, the input columns one after
    // the other, then the case-review columns
    let (mut keys, mut numbers, mut whole) = (Vec::new(), Vec::new(), Vec::new());
    for (k, v) in d["inputs"].as_object().unwrap() {
        keys.push(k.clone());
        numbers.extend([v.as_f64().unwrap(); 2]);
    }
    for g in ["excellent", "pass", "flawed", "error"] {
        whole.extend([d["caseReview"][g].as_u64().unwrap_or(0) as u32; 2]);
    }
    let occ: Vec<Value> = d["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| serde_json::json!({ "row": 0, "occurrence": o }))
        .collect();
    let header = serde_json::json!({
        "officers": ["A", "B"], "inputs": keys, "inputLengths": vec![2; keys.len()],
        "caseReview": [2, 2, 2, 2], "occurrences": occ,
    });
    let out = engine.assess_columns(&header.to_string(), &numbers, &whole).unwrap();
    let out = json_of(&out);
    assert_eq!(out["totals"][0], single["value"]["total"]);
    assert_ne!(out["totals"][1], 0.0);
    assert_eq!(out["ok"], serde_json::json!([1, 1]));
}

#[wasm_bindgen_test]
fn tolerance_decisions_through_the_facade_equal_the_core() {
    let request = serde_json::json!({
        "policy": "tolerance-default",
        "incident": {
            "id": "INC-1", "officer": "J-001", "date": "2026-08-03", "description": "鉴定机构停业",
            "kind": "overdue-closure", "responsibility": "qualityFlaw",
            "preconditions": { "PC01": true, "PC02": true, "PC03": true, "PC04": true, "PC05": true },
            "facts": [{ "item": "TP03", "evidence": ["停业公告"] }],
            "correction": { "actions": ["补正手续"], "deadline": "2026-10-31", "completed": "2026-09-15" }
        },
        "history": [],
        "asOf": "2026-12-31"
    });
    let answer = json_of(&kaoping_wasm::evaluate_tolerance(js_of(&request)).unwrap());
    assert_eq!(answer["ok"], true, "{answer}");
    let direct = kaoping_core::api::tolerance::run_tolerance_json(&request.to_string()).unwrap();
    assert_eq!(answer["value"], serde_json::to_value(&direct).unwrap());
    assert_eq!(answer["value"]["decision"]["outcome"], "exempt");
}

#[wasm_bindgen_test]
fn cohort_preview_and_audit_through_the_facade() {
    let entries = builtin::demo_entries();
    let scheme = entries[0].scheme.clone();
    let dossiers: Vec<_> = entries.iter().filter(|e| e.scheme == scheme).map(|e| e.dossier.clone()).collect();
    let engine = Engine::new(builtin_scheme(&scheme).unwrap().js_value()).unwrap();
    let input = serde_json::json!({ "dossiers": dossiers });
    let answer = json_of(&engine.assess_cohort(js_of(&input), None).unwrap());
    assert_eq!(answer["ok"], true, "{}", answer["errors"]);
    let core_engine = kaoping_core::Engine::new(builtin::scheme(&scheme).unwrap()).unwrap();
    let cohort_input: kaoping_core::CohortInput = serde_json::from_value(input).unwrap();
    let direct =
        kaoping_core::assess_cohort(&core_engine, &cohort_input, &kaoping_core::CohortOptions::default())
            .unwrap();
    assert_eq!(answer["value"], serde_json::to_value(&direct).unwrap());

    let preview =
        json_of(&engine.preview(js_of(&serde_json::to_value(&dossiers[0]).unwrap()), None, None).unwrap());
    assert_eq!(preview["ok"], true, "{}", preview["errors"]);

    let event = serde_json::json!({ "at": "2026-12-20", "actor": "R01",
        "event": { "type": "signOff", "rater": "R01", "sheet": "s1" } });
    let log = json_of(&kaoping_wasm::append_audit(JsValue::NULL, js_of(&event)).unwrap());
    let log =
        json_of(&kaoping_wasm::append_audit(js_of(&log["value"]), js_of(&event)).unwrap())["value"].clone();
    let verdict = json_of(&kaoping_wasm::verify_audit(js_of(&serde_json::json!({ "log": log }))).unwrap());
    assert_eq!(verdict["value"]["ok"], true);
    let mut edited = log.clone();
    edited["entries"][0]["actor"] = Value::from("R99");
    let verdict = json_of(&kaoping_wasm::verify_audit(js_of(&serde_json::json!({ "log": edited }))).unwrap());
    assert_eq!(verdict["value"]["ok"], false);
    assert_eq!(verdict["value"]["firstBad"]["index"], 0);
}

#[wasm_bindgen_test]
fn a_session_through_the_facade_equals_the_core_session() {
    use kaoping_core::api::session as core;
    let init = r#"{"scheme": "court-judge"}"#;
    let officers: Vec<Value> = builtin::demo_entries()
        .iter()
        .filter(|e| e.scheme.as_str() == "court-judge")
        .map(|e| {
            let d = serde_json::to_value(&e.dossier).unwrap();
            serde_json::json!({ "officer": { "id": d["officer"]["id"], "name": d["officer"]["name"] },
                "inputs": d["inputs"], "occurrences": d.get("occurrences").cloned().unwrap_or(Value::Array(Vec::new())) })
        })
        .collect();
    let clerk = serde_json::json!({ "kind": "user", "id": "考评办 王敏" });
    let events = [
        serde_json::json!({ "at": "2026-12-01T09:00", "actor": clerk,
            "change": { "type": "addOfficers", "officers": officers } }),
        serde_json::json!({ "at": "2026-12-01T10:30", "actor": clerk, "change": { "type": "addOccurrence",
            "officer": "J-004", "occurrence": { "id": "J-004-9", "item": "N03", "date": "2026-11-30", "count": 4 } } }),
    ];
    let mut js = kaoping_wasm::Session::new(JsValue::from_str(init)).unwrap();
    let mut direct = core::Session::from_init_json(init).unwrap();
    for event in &events {
        // the façade answers the core's answer with its officer list held back (the package's
        // glue hands it out on reading): the rest equal, the count that of the core's list
        let wire = js.apply(js_of(event)).unwrap();
        let answer = json_of(&get(&wire, "answer"));
        assert_eq!(answer["ok"], true, "{}", answer["errors"]);
        let mut expected: Value =
            serde_json::from_str(&kaoping_json::to_string(&direct.apply_json(&event.to_string()))).unwrap();
        let officers = std::mem::replace(&mut expected["diff"]["officers"], Value::Array(Vec::new()));
        assert_eq!(answer, expected);
        let held = json_of(&get(&wire, "held"));
        assert_eq!(held[0]["count"].as_u64(), officers.as_array().map(|o| o.len() as u64));
    }
    // by hand: J-004 89.50 − 4 × 2 = 81.50
    let detail = json_of(&js.detail("J-004").unwrap());
    assert_eq!(detail["value"]["total"], 81.5);
    assert_eq!(js.fingerprint(), direct.fingerprint());
    // a refused event answers problems and changes nothing; the instance keeps working
    let before = js.fingerprint();
    let refused = json_of(&get(
        &js.apply(js_of(&serde_json::json!({ "at": "2026-11-01T08:00", "actor": clerk,
        "change": { "type": "removeOfficer", "officer": "J-001" } })))
            .unwrap(),
        "answer",
    ));
    assert_eq!((refused["ok"].as_bool(), refused["errors"][0]["path"].as_str()), (Some(false), Some("at")));
    assert_eq!(js.fingerprint(), before);
    let restored = kaoping_wasm::Session::restore(js.snapshot().unwrap()).unwrap();
    assert_eq!(restored.fingerprint(), before);
}
