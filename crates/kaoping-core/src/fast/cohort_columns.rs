//! A cohort given as columns ([`Columns`]): every row scored (by the compiled plan where the
//! scheme has one), ranked and graded under the scheme's quotas by the same ranking and quota
//! code as [`assess_cohort`](crate::rules::cohort::assess_cohort), and answered as columns.
//!
//! It covers cohorts without a committee, tolerance decisions or cohort-relative indicators
//! (those need [`assess_cohort`](crate::rules::cohort::assess_cohort)); the answer for such a cohort is the one
//! `assess_cohort` gives for the equivalent dossiers.

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::OfficerId;
use crate::base::limits;
use crate::base::message::{Named, WorkMsg};
use crate::fast::batch::{row_problems, Columns, RowReader, RowScore};
use crate::fast::engine::Engine;
use crate::model::explanation::Lang;
use crate::model::scheme::{ScoringFunction, TieBreakKey, VetoEffect};
use crate::rules::cohort::{
    effective_keys, rank_with_quotas, tie_break, QuotaChange, QuotaOutcome, Ranking, Standing,
};

/// A ranked cohort as columns: entry `i` of every per-row column belongs to row `i`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CohortColumns {
    /// Totals.
    pub totals: Vec<Decimal>,
    /// Ranks, 1 = best.
    pub ranks: Vec<u32>,
    /// Position of the grade the total alone gives (index into the scheme's grades).
    pub score_grades: Vec<u32>,
    /// Grade after vetoes, before quotas; `None` when withheld.
    pub pre_quota_grades: Vec<Option<u32>>,
    /// Final grade after quotas; `None` when withheld.
    pub grades: Vec<Option<u32>>,
    /// Whether a veto applies.
    pub vetoed: Vec<bool>,
    /// Row indices in rank order (best first).
    pub order: Vec<u32>,
    /// The tie-break order used.
    pub tie_break: Vec<TieBreakKey>,
    /// What each quota did.
    pub quotas: Vec<QuotaOutcome>,
    /// Officers whose grade a quota changed, and why.
    pub changes: Vec<QuotaChange>,
}

fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Engine {
    /// Assesses, ranks and grades (under the scheme's quotas) a cohort given as columns. Every
    /// problem of every row comes back at once (paths `rows[i]…`); column-shape problems are
    /// located at the column.
    pub fn assess_cohort_columns(&self, columns: &Columns, lang: Lang) -> Result<CohortColumns, Problems> {
        let scheme = self.scheme();
        let rows = columns.officers.len();
        if rows == 0 {
            return Err(Problems::one(Code::Empty, "officers", WorkMsg::NoOfficer));
        }
        if rows > limits::MAX_COHORT {
            return Err(Problems::one(
                Code::Limit,
                "officers",
                WorkMsg::TooManyOfficers { max: limits::MAX_COHORT },
            ));
        }
        if let Some((_, ind)) =
            scheme.indicators().find(|(_, i)| matches!(i.scoring, ScoringFunction::CohortRelative { .. }))
        {
            return Err(Problems::one(
                Code::MissingData,
                "officers",
                WorkMsg::NeedsCohort { indicator: Named::titled(&ind.title, ind.id.as_str()) },
            ));
        }
        let mut problems = Problems::new();
        // duplicate officer ids: sort row indices by id, twins sit side by side
        let by_id = crate::base::sort::sort_indices(rows, &mut |a, b| {
            columns.officers.get(a).cmp(&columns.officers.get(b))
        });
        let mut previous: Option<&OfficerId> = None;
        for &i in &by_id {
            let id = columns.officers.get(i);
            if id.is_some() && id == previous {
                problems.push(
                    Code::DuplicateId,
                    Path::root().key("officers").index(i),
                    WorkMsg::OfficerTwice { officer: id.map_or("", |o| o.as_str()).to_owned() },
                );
            }
            previous = id;
        }
        drop(by_id);

        let mut reader = RowReader::new(self, columns, lang)?;
        let keys = effective_keys(scheme);
        let stride = keys.iter().filter(|k| !matches!(k, TieBreakKey::OfficerId {})).count();
        let mut key_values: Vec<Decimal> = Vec::with_capacity(rows.saturating_mul(stride));
        let mut standings: Vec<Standing<'_>> = Vec::with_capacity(rows);
        let mut vetoed = Vec::with_capacity(rows);
        let dimension_index =
            |id: &crate::base::ids::DimensionId| scheme.dimensions.iter().position(|d| &d.id == id);
        for (row, officer) in columns.officers.iter().enumerate() {
            match reader.read(row) {
                RowScore::Planned(p) => {
                    let dims = &reader.dims;
                    let dim = |id: &crate::base::ids::DimensionId| {
                        dimension_index(id).and_then(|i| dims.get(i)).copied().unwrap_or(Decimal::ZERO)
                    };
                    tie_break::push_key_values(&keys, p.total, dim, p.deductions, &mut key_values);
                    standings.push(Standing {
                        officer,
                        // columns carry no units: a quota per unit sees one group
                        unit: None,
                        total: p.total,
                        score_pos: p.score_grade,
                        grade_pos: p.grade,
                        fixed: p.fixed,
                        blocked: p.blocked,
                    });
                    vetoed.push(p.vetoed);
                }
                RowScore::Assessed(a) => {
                    tie_break::push_values(&a, &keys, &mut key_values);
                    let (mut fixed, mut blocked) = (false, false);
                    for v in a.vetoes.iter().filter(|v| !v.waived) {
                        match v.effect {
                            VetoEffect::BlockGrade { .. } => blocked = true,
                            VetoEffect::ForceGrade { .. } | VetoEffect::WithholdGrade {} => fixed = true,
                        }
                    }
                    standings.push(Standing {
                        officer,
                        // columns carry no units: a quota per unit sees one group
                        unit: None,
                        total: a.total,
                        score_pos: scheme.grade_rank(&a.score_grade.id).unwrap_or(0),
                        grade_pos: a.grade.as_ref().and_then(|g| scheme.grade_rank(&g.id)),
                        fixed,
                        blocked,
                    });
                    vetoed.push(a.flags.veto);
                }
                RowScore::Failed(ps) => problems.extend(row_problems(ps, row)),
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }

        let ranking = rank_with_quotas(scheme, &keys, &key_values, &standings, lang);
        Ok(answer(&standings, vetoed, keys, ranking))
    }
}

/// The ranked rows as columns: each row's total, grades and rank, the order, and the quotas.
fn answer(
    standings: &[Standing<'_>],
    vetoed: Vec<bool>,
    keys: Vec<TieBreakKey>,
    ranking: Ranking,
) -> CohortColumns {
    let Ranking { ranked, finals, quotas, changes } = ranking;
    drop(ranked);
    let rows = standings.len();
    let mut out = CohortColumns {
        totals: standings.iter().map(|s| s.total).collect(),
        ranks: vec![0; rows],
        score_grades: standings.iter().map(|s| index(s.score_pos)).collect(),
        pre_quota_grades: standings.iter().map(|s| s.grade_pos.map(index)).collect(),
        grades: vec![None; rows],
        vetoed,
        order: Vec::with_capacity(rows),
        tie_break: keys,
        quotas,
        changes,
    };
    for (rank, row, grade) in finals {
        if let Some(r) = out.ranks.get_mut(row) {
            *r = rank;
        }
        if let Some(g) = out.grades.get_mut(row) {
            *g = grade.map(index);
        }
        out.order.push(index(row));
    }
    out
}
