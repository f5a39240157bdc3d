//! One JSON request for an officer's preview or an objection, as the shared fixtures, the wasm
//! binding and the JS package use it.
//!
//! ```json
//! { "scheme": "court-judge", "dossier": { … }, "waivers": [], "rated": { "PE01": { … } },
//!   "stats": { "Z1": { "count": 120, "mean": 80, "sd": 10 } }, "lang": "zh" }
//! ```
//! With `"objection": { "kind": "review", "item": "CQ01", "notice": "…", "filed": "…", "text": "…" }`
//! (and optional `rules`) the answer is the `Objection` against the assessed result; otherwise the
//! `Preview`. `dossier` may be `"demo:<officer id>"` for a dossier of the built-in demo cohort.

use crate::api::cohort_request::resolve_scheme;
use crate::base::error::{Code, Problems};
use crate::base::ids::IndicatorId;
use crate::base::sorted::SortedMap;
use crate::fast::engine::Engine;
use crate::model::assessment::Waiver;
use crate::model::dossier::Dossier;
use crate::model::explanation::Lang;
use crate::model::scheme::CohortStat;
use crate::rules::assess::{AssessContext, AssessOptions, RatedInput};
use crate::rules::preview::{file_objection, preview, Objection, ObjectionRequest, ObjectionRules, Preview};
use kaoping_json::Json as Value;

/// A preview (or objection) request.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PreviewRequest {
    /// A built-in scheme id or a scheme object.
    pub scheme: Value,
    /// The officer's dossier, or `"demo:<officer id>"`.
    pub dossier: Value,
    /// The officer's tolerance waivers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<Waiver>,
    /// The officer's aggregated committee ratings, by indicator.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<IndicatorId, RatedInput>"))]
    pub rated: SortedMap<IndicatorId, RatedInput>,
    /// Cohort statistics passed in (otherwise the scheme's published ones).
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<IndicatorId, CohortStat>"))]
    pub stats: SortedMap<IndicatorId, CohortStat>,
    /// Language of texts.
    #[serde(default)]
    pub lang: Lang,
    /// File this objection against the assessed result instead of previewing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection: Option<ObjectionRequest>,
    /// Time limits for the objection.
    #[serde(default)]
    pub rules: ObjectionRules,
}

/// The answer to a [`PreviewRequest`].
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(untagged)]
pub enum PreviewAnswer {
    /// A preview.
    Preview(Box<Preview>),
    /// An objection.
    Objection(Box<Objection>),
}

impl PreviewRequest {
    /// Parses a request from JSON text.
    pub fn from_json(text: &str) -> Result<PreviewRequest, Problems> {
        crate::base::json::from_json_str(text)
    }

    /// Runs the request. Problem paths are rooted at the request (the dossier's under `dossier`).
    pub fn run(&self) -> Result<PreviewAnswer, Problems> {
        let engine = Engine::new(resolve_scheme(&self.scheme, "scheme")?)?;
        let dossier: Dossier = match self.dossier.as_str().and_then(|s| s.strip_prefix("demo:")) {
            Some(id) => crate::api::builtin::demo_cohort()
                .into_iter()
                .find(|d| d.officer.id.as_str() == id)
                .ok_or_else(|| {
                    Problems::one(
                        Code::UnknownRef,
                        "dossier",
                        format!("no demo officer `{}`", crate::rules::validate::short(id)),
                    )
                })?,
            None => crate::base::json::from_json_value(&self.dossier)?,
        };
        let context = AssessContext {
            waivers: &self.waivers,
            rated: (!self.rated.is_empty()).then_some(&self.rated),
            cohort: (!self.stats.is_empty()).then_some(&self.stats),
            cohort_published: true,
        };
        match &self.objection {
            Some(request) => {
                let options = AssessOptions { lang: self.lang, ..AssessOptions::default() };
                let assessment = engine.assess_with(&dossier, &context, &options)?;
                let objection = file_objection(engine.scheme(), &assessment, request, &self.rules)?;
                Ok(PreviewAnswer::Objection(Box::new(objection)))
            }
            None => Ok(PreviewAnswer::Preview(Box::new(preview(&engine, &dossier, &context, self.lang)?))),
        }
    }
}

/// Parses and runs a preview request given as JSON text.
pub fn run_preview_json(text: &str) -> Result<PreviewAnswer, Problems> {
    PreviewRequest::from_json(text)?.run()
}
