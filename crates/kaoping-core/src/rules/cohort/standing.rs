//! Ranking a cohort and applying its quotas: what ranking needs of each officer, and the ranked
//! order with the final grades, the quota outcomes and the officers a quota moved.

use super::quota::{self, QuotaChange, QuotaOutcome};
use super::ranking::{self, TieNote};
use super::tie_break;
use crate::base::decimal::Decimal;
use crate::base::ids::OfficerId;
use crate::model::explanation::Lang;
use crate::model::scheme::TieBreakKey;

/// What ranking and quotas need of one officer.
pub(crate) struct Standing<'a> {
    pub(crate) officer: &'a OfficerId,
    /// The officer's unit.
    pub(crate) unit: Option<&'a str>,
    pub(crate) total: Decimal,
    /// Position of the score grade (0 = best).
    pub(crate) score_pos: usize,
    /// Position of the grade after vetoes; `None` when withheld.
    pub(crate) grade_pos: Option<usize>,
    /// A veto forces or withholds the grade.
    pub(crate) fixed: bool,
    /// A veto blocks a grade.
    pub(crate) blocked: bool,
}

/// A ranked cohort with its quotas applied.
pub(crate) struct Ranking {
    /// Officers (indices into the standings) in rank order, with tie notes.
    pub(crate) ranked: Vec<(usize, Option<TieNote>)>,
    /// In rank order: rank, index into the standings, final grade position.
    pub(crate) finals: Vec<(u32, usize, Option<usize>)>,
    pub(crate) quotas: Vec<QuotaOutcome>,
    pub(crate) changes: Vec<QuotaChange>,
}

/// Ranks officers by the tie-break keys (`key_values`: one row of values per officer, officer
/// id compared last) and applies the scheme's quotas in rank order.
pub(crate) fn rank_with_quotas(
    scheme: &crate::model::scheme::Scheme,
    keys: &[TieBreakKey],
    key_values: &[Decimal],
    standings: &[Standing<'_>],
    lang: Lang,
) -> Ranking {
    let stride = keys.iter().filter(|k| !matches!(k, TieBreakKey::OfficerId {})).count();
    let ids: Vec<&str> = standings.iter().map(|r| r.officer.as_str()).collect();
    let table = tie_break::KeyTable { keys, values: key_values, stride, ids: &ids };
    let ranked = ranking::rank(&table);
    let mut slots: Vec<quota::Slot<'_>> = Vec::with_capacity(ranked.len());
    for (pos, (i, _)) in ranked.iter().enumerate() {
        let Some(r) = standings.get(*i) else { continue };
        slots.push(quota::Slot {
            rank: u32::try_from(pos + 1).unwrap_or(u32::MAX),
            row: *i,
            officer: r.officer,
            unit: r.unit,
            total: r.total,
            score_grade: r.score_pos,
            grade: r.grade_pos,
            fixed: r.fixed,
            blocked: r.blocked && !r.fixed,
        });
    }
    let tie = |above: usize, below: usize| table.decided_by(above, below).cloned();
    let key_text = |k: &TieBreakKey| tie_break::key_text(k, scheme);
    let (quotas, changes) = quota::apply(scheme, &mut slots, lang, tie, key_text);
    let finals = slots.iter().map(|s| (s.rank, s.row, s.grade)).collect();
    Ranking { ranked, finals, quotas, changes }
}
