//! Grade bands and the grade after vetoes, shared by the general path and the compiled plan.

use crate::base::decimal::Decimal;
use crate::model::assessment::{GradeRef, VetoHit};
use crate::model::scheme::{Grade, Scheme, VetoEffect};

/// The grade after vetoes for a score grade: a withholding veto gives none, then the worst
/// forced grade wins, then blocked grades push the grade below the blocked one.
pub(super) fn grade_after_vetoes(
    scheme: &Scheme,
    hits: &[VetoHit],
    score_grade: &GradeRef,
) -> Option<GradeRef> {
    let grades = &scheme.grades;
    let score_pos = scheme.grade_rank(&score_grade.id).unwrap_or(0);
    let active = hits.iter().filter(|h| !h.waived).map(|h| &h.effect);
    let g = grades.get(grade_position_after_vetoes(grades, active, score_pos)?)?;
    Some(GradeRef { id: g.id.clone(), title: g.title.clone() })
}

/// Position (0 = best) of the grade band a total falls in: `[min, max)`, the best band also
/// including its `max`.
pub(crate) fn grade_position(grades: &[Grade], total: Decimal) -> Option<usize> {
    grades
        .iter()
        .enumerate()
        .position(|(i, g)| total >= g.min && (total < g.max || (i == 0 && total <= g.max)))
}

/// The grade position after the active (not waived) veto effects, for a score grade position: a
/// withholding veto gives none, then the worst forced grade wins, then blocked grades push the
/// grade below the blocked one (never past the last grade).
pub(crate) fn grade_position_after_vetoes<'e>(
    grades: &[Grade],
    active: impl Iterator<Item = &'e VetoEffect> + Clone,
    score_pos: usize,
) -> Option<usize> {
    if active.clone().any(|e| matches!(e, VetoEffect::WithholdGrade {})) {
        return None;
    }
    let rank = |id: &crate::base::ids::GradeId| grades.iter().position(|g| &g.id == id).unwrap_or(0);
    let forced = active
        .clone()
        .filter_map(|e| match e {
            VetoEffect::ForceGrade { grade } => Some(rank(grade)),
            _ => None,
        })
        .max();
    let mut position = forced.unwrap_or(score_pos);
    for e in active {
        if let VetoEffect::BlockGrade { grade } = e {
            position = position.max(rank(grade).saturating_add(1));
        }
    }
    if position < grades.len() {
        Some(position)
    } else {
        grades.len().checked_sub(1)
    }
}
