//! Runs the shared `tests/fixtures/preview/` cases: an officer's preview (projected result,
//! distances, counterfactuals) or, with `objection`, an objection against the assessed result.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code
mod common;

use kaoping_core::error::from_deserializer;
use kaoping_core::preview::{file_objection, preview, ObjectionRequest, ObjectionRules};
use kaoping_core::scheme::CohortStat;
use kaoping_core::{
    builtin, AssessContext, AssessOptions, Dossier, Engine, IndicatorId, Lang, Problems, RatedInput, Scheme,
    Waiver,
};
use serde_json::Value;
use std::collections::BTreeMap;

fn scheme_of(v: &Value) -> Result<Scheme, Problems> {
    match v {
        Value::String(id) => builtin::scheme(id),
        other => from_deserializer(other.clone()),
    }
}

fn dossier_of(v: &Value) -> Result<Dossier, Problems> {
    match v.as_str().and_then(|s| s.strip_prefix("demo:")) {
        Some(id) => Ok(builtin::demo_cohort().into_iter().find(|d| d.officer.id.as_str() == id).unwrap()),
        None => from_deserializer(v.clone()),
    }
}

fn opt<T: serde::de::DeserializeOwned + Default>(v: &Value) -> Result<T, Problems> {
    if v.is_null() {
        Ok(T::default())
    } else {
        from_deserializer(v.clone())
    }
}

#[test]
fn preview_fixtures() {
    common::run_all("preview", 15, |f| {
        let input = f.input();
        let engine = Engine::new(scheme_of(&input["scheme"])?)?;
        let dossier = dossier_of(&input["dossier"])?;
        let waivers: Vec<Waiver> = opt(&input["waivers"])?;
        let rated: BTreeMap<IndicatorId, RatedInput> = opt(&input["rated"])?;
        let stats: BTreeMap<IndicatorId, CohortStat> = opt(&input["stats"])?;
        let lang: Lang = opt(&input["lang"])?;
        let context = AssessContext {
            waivers: &waivers,
            rated: (!rated.is_empty()).then_some(&rated),
            cohort: (!stats.is_empty()).then_some(&stats),
            cohort_published: true,
        };
        if !input["objection"].is_null() {
            let request: ObjectionRequest = from_deserializer(input["objection"].clone())?;
            let rules: ObjectionRules = opt(&input["rules"])?;
            let assessment = engine.assess_with(&dossier, &context, &AssessOptions::default())?;
            let objection = file_objection(engine.scheme(), &assessment, &request, &rules)?;
            return Ok(serde_json::to_value(objection).unwrap());
        }
        let p = preview(&engine, &dossier, &context, lang)?;
        // deterministic: the same preview twice
        assert_eq!(p, preview(&engine, &dossier, &context, lang)?);
        Ok(serde_json::to_value(p).unwrap())
    });
}
