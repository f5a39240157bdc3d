//! The assessment context of every officer of a cohort: the committee's ratings aggregated from
//! the score sheets (recusals honoured), the tolerance waivers of the input and of the
//! decisions, and the cohort statistics of cohort-relative indicators. [`super::assess_cohort`]
//! assesses every officer in it, and the api's officer detail and preview read it from here, so
//! an officer is scored in one context whichever view asks.

use crate::base::error::{Code, Path, Problems};
use crate::base::ids::{IndicatorId, OfficerId};
use crate::base::message::WorkMsg;
use crate::base::sorted::{SortedMap, SortedSet};
use crate::model::assessment::Waiver;
use crate::model::scheme::{CohortStat, Scheme};
use crate::rules::assess::AssessContext;
use crate::rules::cohort::CohortInput;
use crate::rules::committee::{collect, RatingsByOfficer};

/// What every officer of a cohort is assessed with, besides the dossier and the statistics.
#[derive(Clone, Debug)]
pub struct CohortContext<'a> {
    /// Indices of the dossiers in officer-id order.
    pub order: Vec<usize>,
    /// The officers of the cohort.
    pub officers: SortedSet<&'a OfficerId>,
    /// The committee's aggregated ratings, by officer.
    pub ratings: RatingsByOfficer,
    /// An officer's waivers: the input's, then those of the officer's decisions in order.
    pub waivers: SortedMap<&'a OfficerId, Vec<Waiver>>,
    /// Warnings (unsigned sheets, missing ratings).
    pub warnings: Problems,
}

impl<'a> CohortContext<'a> {
    /// Checks the cohort's officers, committee, sheets, waivers and decisions and assembles
    /// every officer's context; every error at once, paths relative to the cohort input.
    pub fn new(scheme: &Scheme, input: &'a CohortInput) -> Result<CohortContext<'a>, Problems> {
        let mut problems = Problems::new();
        // officer-id order, independent of the input order
        let order: Vec<usize> = crate::base::sort::sort_indices(input.dossiers.len(), &mut |a, b| {
            let ia = input.dossiers.get(a).map(|d| &d.officer.id);
            let ib = input.dossiers.get(b).map(|d| &d.officer.id);
            ia.cmp(&ib)
        });
        // `order` is sorted by officer id: a duplicate sits next to its twin, and the set is
        // built in bulk from sorted ids (far cheaper than one insertion at a time)
        let mut previous: Option<&OfficerId> = None;
        for &i in &order {
            if let Some(d) = input.dossiers.get(i) {
                if previous == Some(&d.officer.id) {
                    problems.push(
                        Code::DuplicateId,
                        Path::root().key("dossiers").index(i).key("officer").key("id"),
                        WorkMsg::OfficerTwice { officer: d.officer.id.to_string() },
                    );
                }
                previous = Some(&d.officer.id);
            }
        }
        let officers: SortedSet<&OfficerId> =
            order.iter().filter_map(|&i| input.dossiers.get(i)).map(|d| &d.officer.id).collect();
        for officer in input.waivers.keys() {
            if !officers.contains(officer) {
                problems.push(
                    Code::UnknownRef,
                    Path::root().key("waivers").key(officer.as_str()),
                    WorkMsg::NotInCohort { officer: officer.to_string() },
                );
            }
        }
        let ratings = match collect(scheme, input.committee.as_ref(), &input.sheets, &officers) {
            Ok((r, warnings)) => {
                problems.extend(warnings);
                Some(r)
            }
            Err(p) => {
                problems.extend(p);
                None
            }
        };
        if problems.has_errors() {
            return Err(problems);
        }
        // an officer's waivers, then those of their decisions in order (one stable sort, not
        // one insertion per officer: cohorts are large)
        let mut waiver_lists: Vec<(&OfficerId, Vec<Waiver>)> =
            input.waivers.iter().map(|(k, v)| (k, v.clone())).collect();
        for (i, d) in input.decisions.iter().enumerate() {
            match officers.get(&d.officer) {
                Some(id) => {
                    waiver_lists.push((*id, crate::rules::tolerance::waivers_for(std::slice::from_ref(d))))
                }
                None => problems.push(
                    Code::UnknownRef,
                    Path::root().key("decisions").index(i).key("officer"),
                    WorkMsg::NotInCohort { officer: d.officer.to_string() },
                ),
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(CohortContext {
            order,
            officers,
            ratings: ratings.unwrap_or_default(),
            waivers: SortedMap::from_vec_with(waiver_lists, Vec::append),
            warnings: problems,
        })
    }

    /// The waivers of one officer (none when they have none).
    pub fn waivers_of(&self, officer: &OfficerId) -> &[Waiver] {
        self.waivers.get(officer).map_or(&[][..], Vec::as_slice)
    }

    /// The context one officer is assessed in, with the cohort statistics `stats` (`None` or
    /// empty: the cohort has no cohort-relative indicator).
    pub fn of<'s>(
        &'s self,
        officer: &OfficerId,
        stats: Option<&'s SortedMap<IndicatorId, CohortStat>>,
    ) -> AssessContext<'s> {
        AssessContext {
            waivers: self.waivers_of(officer),
            rated: self.ratings.get(officer),
            cohort: stats.filter(|s| !s.is_empty()),
            cohort_published: false,
        }
    }
}
