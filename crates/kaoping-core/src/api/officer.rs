//! One officer of a cohort: the context they are assessed in, and their full assessment (the
//! officer detail and the print sheet).
//!
//! [`officer_context`] is the one place an officer's context is assembled outside the cohort
//! run: from the same [`CohortContext`] that [`crate::rules::cohort::assess_cohort`] assesses
//! every officer in (the committee's ratings aggregated from the signed score sheets with
//! recusals honoured, the waivers of the input and of the tolerance decisions) and the live
//! cohort statistics of the cohort's result. The cohort table, the officer detail and the
//! preview therefore score an officer alike.

use crate::base::error::{Code, Problems};
use crate::base::ids::{IndicatorId, OfficerId};
use crate::base::message::WorkMsg;
use crate::base::sorted::SortedMap;
use crate::fast::engine::Engine;
use crate::model::assessment::{Assessment, Waiver};
use crate::model::dossier::Dossier;
use crate::model::scheme::{CohortStat, Scheme};
use crate::rules::assess::{AssessContext, AssessOptions, RatedInput};
use crate::rules::cohort::context::CohortContext;
use crate::rules::cohort::{CohortInput, CohortOptions};

/// Everything besides the dossier that one officer's assessment depends on, owned.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfficerContext {
    /// The officer's tolerance waivers (the input's, then those of their decisions).
    pub waivers: Vec<Waiver>,
    /// The committee's aggregated ratings of the officer, by indicator (`None`: not rated).
    pub rated: Option<SortedMap<IndicatorId, RatedInput>>,
    /// Cohort statistics of cohort-relative indicators (empty: the scheme's published ones).
    pub stats: SortedMap<IndicatorId, CohortStat>,
}

impl OfficerContext {
    /// The borrowed context the assessor reads (live cohort statistics).
    pub fn context(&self) -> AssessContext<'_> {
        AssessContext {
            waivers: &self.waivers,
            rated: self.rated.as_ref(),
            cohort: (!self.stats.is_empty()).then_some(&self.stats),
            cohort_published: false,
        }
    }
}

/// The context of officer `officer` in a cohort: `input` is what the cohort was assessed from,
/// `stats` the live statistics of its result ([`crate::rules::cohort::CohortResult::stats`];
/// empty when the cohort has no cohort-relative indicator or could not be assessed). Problems
/// of the committee, sheets, waivers or decisions are located from the cohort input; an
/// officer not in the cohort is `E_UNKNOWN_REF` at `officer`.
pub fn officer_context(
    scheme: &Scheme,
    input: &CohortInput,
    stats: &SortedMap<IndicatorId, CohortStat>,
    officer: &OfficerId,
) -> Result<OfficerContext, Problems> {
    let cohort = CohortContext::new(scheme, input)?;
    if !cohort.officers.contains(officer) {
        return Err(not_in_cohort(officer));
    }
    let context = cohort.of(officer, Some(stats));
    Ok(OfficerContext {
        waivers: context.waivers.to_vec(),
        rated: context.rated.cloned(),
        stats: stats.clone(),
    })
}

/// The context of officer `officer` in a cohort not yet assessed: the cohort is assessed (without
/// explanations, details or fingerprints) for its live statistics, then [`officer_context`].
/// Problems are located from the cohort input.
pub fn context_in_cohort(
    engine: &Engine,
    input: &CohortInput,
    officer: &OfficerId,
) -> Result<OfficerContext, Problems> {
    let quiet =
        CohortOptions { trace: false, fingerprint: false, details: false, ..CohortOptions::default() };
    let cohort = crate::api::cohort::assess_cohort(engine, input, &quiet)?;
    officer_context(engine.scheme(), input, &cohort.stats, officer)
}

/// The dossier of `officer` in a cohort input.
pub fn dossier_of<'a>(input: &'a CohortInput, officer: &OfficerId) -> Result<&'a Dossier, Problems> {
    input.dossiers.iter().find(|d| &d.officer.id == officer).ok_or_else(|| not_in_cohort(officer))
}

fn not_in_cohort(officer: &OfficerId) -> Problems {
    Problems::one(
        Code::UnknownRef,
        "officer",
        WorkMsg::NotInCohort { officer: crate::rules::validate::short(officer.as_str()) },
    )
}

/// One officer's full assessment in their cohort context (the officer detail and the print
/// sheet): the same total and grade before quotas as the officer's entry in the cohort result.
pub fn officer_detail(
    engine: &Engine,
    input: &CohortInput,
    stats: &SortedMap<IndicatorId, CohortStat>,
    officer: &OfficerId,
    options: &AssessOptions,
) -> Result<Assessment, Problems> {
    let dossier = dossier_of(input, officer)?;
    let context = officer_context(engine.scheme(), input, stats, officer)?;
    engine.assess_with(dossier, &context.context(), options)
}
