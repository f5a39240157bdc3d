//! The preview operation: an officer's projected result before publication (or an objection
//! against it), from a dossier and a context, from the officer's place in a cohort, or from one
//! JSON request as the shared fixtures, the wasm binding and the JS package use it.
//!
//! ```json
//! { "scheme": "court-judge", "dossier": { … }, "waivers": [], "rated": { "PE01": { … } },
//!   "stats": { "Z1": { "count": 120, "mean": 80, "sd": 10 } }, "lang": "zh" }
//! ```
//! With `"objection": { "kind": "review", "item": "CQ01", "notice": "…", "filed": "…", "text": "…" }`
//! (and optional `rules`) the answer is the `Objection` against the assessed result; otherwise the
//! `Preview`. `dossier` may be `"demo:<officer id>"` for a dossier of the built-in demo cohort.
//! With `"cohort": { "dossiers": […], "committee": {…}, "sheets": […], "decisions": […] }` the
//! officer is previewed in the context the cohort assesses them in (their committee ratings, their
//! waivers, the live cohort statistics): the cohort result's total and grade before quotas.

use crate::api::cohort::resolve_scheme;
use crate::api::officer::{context_in_cohort, dossier_of, officer_context, OfficerContext};
use crate::base::error::{Code, Problems};
use crate::base::ids::IndicatorId;
use crate::base::ids::OfficerId;
use crate::base::message::WorkMsg;
use crate::base::sorted::SortedMap;
use crate::fast::engine::Engine;
use crate::model::assessment::Assessment;
use crate::model::assessment::Waiver;
use crate::model::dossier::Dossier;
use crate::model::explanation::Lang;
use crate::model::scheme::CohortStat;
use crate::rules::assess::{AssessContext, AssessOptions, RatedInput};
use crate::rules::cohort::CohortInput;
use crate::rules::preview::{file_objection, Objection, ObjectionRequest, ObjectionRules, Preview};
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
    /// The officer's cohort (dossiers, committee, sheets, waivers, decisions): the officer's
    /// ratings, waivers and the live cohort statistics are taken from it as the cohort
    /// assessment takes them (`waivers`, `rated` and `stats` are then left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<CohortInput>,
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
                        WorkMsg::NoDemoOfficer { id: crate::rules::validate::short(id) },
                    )
                })?,
            None => crate::base::json::from_json_value(&self.dossier)?,
        };
        let context = match &self.cohort {
            None => OfficerContext {
                waivers: self.waivers.clone(),
                rated: (!self.rated.is_empty()).then(|| self.rated.clone()),
                stats: self.stats.clone(),
            },
            Some(cohort) => {
                if !self.waivers.is_empty() || !self.rated.is_empty() || !self.stats.is_empty() {
                    return Err(Problems::one(Code::Type, "cohort", WorkMsg::PreviewContextFromCohort));
                }
                if dossier_of(cohort, &dossier.officer.id).is_err() {
                    return Err(Problems::one(
                        Code::UnknownRef,
                        "dossier.officer.id",
                        WorkMsg::NotInCohort {
                            officer: crate::rules::validate::short(dossier.officer.id.as_str()),
                        },
                    ));
                }
                context_in_cohort(&engine, cohort, &dossier.officer.id).map_err(|p| p.under("cohort"))?
            }
        };
        match &self.objection {
            Some(request) => {
                let options = AssessOptions { lang: self.lang, ..AssessOptions::default() };
                let published = AssessContext { cohort_published: true, ..context.context() };
                let assessment = engine.assess_with(&dossier, &published, &options)?;
                let objection = file_objection(engine.scheme(), &assessment, request, &self.rules)?;
                Ok(PreviewAnswer::Objection(Box::new(objection)))
            }
            None => Ok(PreviewAnswer::Preview(Box::new(preview(&engine, &dossier, &context, self.lang)?))),
        }
    }
}

/// Previews an officer's result from their dossier and context: projected total and grade
/// (before any cohort quota), the distance to the next grades, the smallest changes that would
/// move it. Cohort-relative indicators use `context.stats`, or the scheme's published ones.
pub fn preview(
    engine: &Engine,
    dossier: &Dossier,
    context: &OfficerContext,
    lang: Lang,
) -> Result<Preview, Problems> {
    crate::rules::preview::preview(engine, dossier, &context.context(), lang)
}

/// Previews officer `officer` of a cohort in the context the cohort assesses them in (see
/// [`officer_context`]; `stats`: the cohort result's live statistics): the projected total
/// and grade equal the officer's total and grade before quotas in the cohort result.
pub fn preview_in_cohort(
    engine: &Engine,
    input: &CohortInput,
    stats: &SortedMap<IndicatorId, CohortStat>,
    officer: &OfficerId,
    lang: Lang,
) -> Result<Preview, Problems> {
    let dossier = dossier_of(input, officer)?;
    preview(engine, dossier, &officer_context(engine.scheme(), input, stats, officer)?, lang)
}

/// An objection (陈述 / 申辩 / 复核申请 / 申诉) against one item of an assessed result, dated
/// under the default time limits.
pub fn objection(
    engine: &Engine,
    assessment: &Assessment,
    request: &ObjectionRequest,
) -> Result<Objection, Problems> {
    file_objection(engine.scheme(), assessment, request, &ObjectionRules::default())
}

/// Cohort statistics by indicator, standing in for a scheme's published statistics (the second
/// argument of the package's `engine.preview`).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, Default, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(transparent)]
pub struct CohortStats(
    #[cfg_attr(feature = "tsify", tsify(type = "Record<IndicatorId, CohortStat>"))]
    pub  SortedMap<IndicatorId, CohortStat>,
);

/// Options of the package's `engine.preview(dossier, cohortStats, options)`.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, Default, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PreviewOptions {
    /// The officer's tolerance waivers.
    #[serde(default)]
    pub waivers: Vec<Waiver>,
    /// The officer's aggregated committee ratings, by indicator.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<IndicatorId, RatedInput>"))]
    pub rated: SortedMap<IndicatorId, RatedInput>,
    /// Language of texts.
    #[serde(default)]
    pub lang: Lang,
}

/// The preview of a compiled engine's package call: the dossier's JSON text, the cohort
/// statistics' (absent: the scheme's published ones) and the options' (absent: the defaults).
/// Every problem of the three at once, located under `cohortStats` and `options` for theirs.
pub fn engine_preview(
    engine: &Engine,
    dossier: &str,
    stats: Option<&str>,
    options: Option<&str>,
) -> Result<Preview, Problems> {
    let dossier = crate::base::json::from_json_str::<Dossier>(dossier);
    let stats = stats.map_or(Ok(CohortStats::default()), |t| {
        crate::base::json::from_json_str::<CohortStats>(t).map_err(|p| p.under("cohortStats"))
    });
    let options = options.map_or(Ok(PreviewOptions::default()), |t| {
        crate::base::json::from_json_str::<PreviewOptions>(t).map_err(|p| p.under("options"))
    });
    match (dossier, stats, options) {
        (Ok(d), Ok(CohortStats(stats)), Ok(o)) => {
            let rated = (!o.rated.is_empty()).then_some(o.rated);
            preview(engine, &d, &OfficerContext { waivers: o.waivers, rated, stats }, o.lang)
        }
        (d, s, o) => {
            let mut all = Problems::new();
            for p in [d.err(), s.err(), o.err()].into_iter().flatten() {
                all.extend(p);
            }
            Err(all)
        }
    }
}

/// Parses and runs a preview request given as JSON text.
pub fn run_preview_json(text: &str) -> Result<PreviewAnswer, Problems> {
    PreviewRequest::from_json(text)?.run()
}
