//! Unit results (单位考评结果): each unit's result aggregated from the officers in it and in the
//! units below it, by the organisation's declared rule, explained; the share of each grade
//! among them; and their ranking within the unit.

use super::Tree;
use crate::base::decimal::{Decimal, Rounding};
use crate::base::ids::{GradeId, OfficerId, UnitId};
use crate::explain::organisation::render_unit;
use crate::model::assessment::GradeRef;
use crate::model::explanation::Lang;
use crate::model::line_fact::Title;
use crate::model::organisation::{Organisation, UnitAggregation, UnitFact};
use crate::model::scheme::Scheme;
use crate::rules::cohort::CohortResult;

/// One unit's result.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct UnitResult {
    /// The unit.
    pub unit: UnitId,
    /// Its title.
    pub title: String,
    /// The unit above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<UnitId>,
    /// Levels above it (0: a top unit).
    pub depth: u32,
    /// Officers in it and in the units below it.
    pub members: u32,
    /// Officers in it directly.
    pub direct: u32,
    /// The aggregated result (`None`: no member, or no weight), at the scheme's precision.
    #[serde(default)]
    pub total: Option<Decimal>,
    /// The rule used.
    pub rule: UnitAggregation,
    /// Members by final grade, in the scheme's grade order (a withheld grade is not counted).
    pub grades: Vec<GradeCount>,
    /// The members in rank order, with their rank within the unit.
    pub ranking: Vec<UnitRank>,
    /// How the result was aggregated, in words.
    pub text: String,
}

/// How many members hold one grade.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct GradeCount {
    /// The grade.
    pub grade: GradeId,
    /// Members holding it after quotas.
    pub count: u32,
}

/// A member's place within a unit.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct UnitRank {
    /// The officer.
    pub officer: OfficerId,
    /// Rank within the unit, 1 = best.
    pub rank: u32,
    /// Rank in the cohort.
    pub cohort_rank: u32,
    /// Total.
    pub total: Decimal,
    /// Final grade (`None`: withheld).
    #[serde(default)]
    pub grade: Option<GradeRef>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Every unit's result, in the organisation's order, from a cohort's result (officers in rank
/// order) and each officer's weight (for a weighted rule). Officers in no unit, or in one the
/// organisation does not declare, count for none.
pub fn unit_results(
    org: &Organisation,
    scheme: &Scheme,
    table: &CohortResult,
    weight: &dyn Fn(&OfficerId) -> Option<Decimal>,
    lang: Lang,
) -> Vec<UnitResult> {
    let tree = Tree::new(org);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); org.units.len()];
    let mut direct = vec![0_usize; org.units.len()];
    for (e, entry) in table.officers.iter().enumerate() {
        let Some(u) = entry.officer.unit.as_deref().and_then(|u| tree.find(u)) else { continue };
        if let Some(d) = direct.get_mut(u) {
            *d += 1;
        }
        for a in tree.chain(u) {
            if let Some(m) = members.get_mut(a) {
                m.push(e);
            }
        }
    }
    let mut out = Vec::with_capacity(org.units.len());
    for ((i, unit), list) in org.units.iter().enumerate().zip(members) {
        let title = Title::new(&unit.title, unit.title_en.as_deref());
        let entries: Vec<_> = list.iter().filter_map(|&e| table.officers.get(e)).collect();
        let (total, fact) = aggregate(&org.aggregate, scheme, title, &entries, weight);
        let grades = scheme
            .grades
            .iter()
            .map(|g| GradeCount {
                grade: g.id.clone(),
                count: count(
                    entries.iter().filter(|e| e.grade.as_ref().is_some_and(|x| x.id == g.id)).count(),
                ),
            })
            .collect();
        let ranking = entries
            .iter()
            .enumerate()
            .map(|(k, e)| UnitRank {
                officer: e.officer.id.clone(),
                rank: count(k + 1),
                cohort_rank: e.rank,
                total: e.total,
                grade: e.grade.clone(),
            })
            .collect();
        out.push(UnitResult {
            unit: unit.id.clone(),
            title: unit.title.clone(),
            parent: unit.parent.clone(),
            depth: count(tree.chain(i).len().saturating_sub(1)),
            members: count(entries.len()),
            direct: count(direct.get(i).copied().unwrap_or(0)),
            total,
            rule: org.aggregate.clone(),
            grades,
            ranking,
            text: render_unit(&fact, lang, scheme.precision),
        });
    }
    out
}

/// The unit's result by the rule, with the fact it is explained from.
fn aggregate<'a>(
    rule: &'a UnitAggregation,
    scheme: &'a Scheme,
    unit: Title<'a>,
    entries: &[&crate::rules::cohort::CohortEntry],
    weight: &dyn Fn(&OfficerId) -> Option<Decimal>,
) -> (Option<Decimal>, UnitFact<'a>) {
    let n = count(entries.len());
    let round = |d: Decimal| d.round_dp(scheme.precision, Rounding::HalfUp);
    let empty = UnitFact::Empty { unit, members: n };
    match rule {
        UnitAggregation::Mean {} => {
            let sum = entries.iter().try_fold(Decimal::ZERO, |s, e| s.checked_add(e.total));
            let mean = sum.zip(Decimal::from_count(u64::from(n))).and_then(|(s, k)| s.checked_div(k));
            match (sum, mean) {
                (Some(sum), Some(mean)) => {
                    (Some(round(mean)), UnitFact::Mean { unit, members: n, sum, mean: round(mean) })
                }
                _ => (None, empty),
            }
        }
        UnitAggregation::Weighted { input } => {
            let def = scheme.inputs.iter().find(|i| &i.key == input);
            let input_title =
                def.map_or(Title::new(input.as_str(), None), |d| Title::new(&d.title, d.title_en.as_deref()));
            let mut weighted = Some(Decimal::ZERO);
            let mut weights = Some(Decimal::ZERO);
            for e in entries {
                let w = weight(&e.officer.id).unwrap_or(Decimal::ZERO);
                weighted = weighted.and_then(|s| s.checked_add(e.total.checked_mul(w)?));
                weights = weights.and_then(|s| s.checked_add(w));
            }
            let mean = weighted.zip(weights).and_then(|(a, b)| a.checked_div(b));
            match (weighted, weights, mean) {
                (Some(weighted), Some(weights), Some(mean)) => {
                    let fact = UnitFact::Weighted {
                        unit,
                        input: input_title,
                        members: n,
                        weighted,
                        weights,
                        mean: round(mean),
                    };
                    (Some(round(mean)), fact)
                }
                _ => (None, empty),
            }
        }
    }
}
