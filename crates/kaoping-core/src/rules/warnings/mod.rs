//! Early warning (风险提示 · 瑕疵预警): what is about to cost an officer points, or asks a
//! committee's attention, computed from a cohort's result, the officers' case records and the
//! tolerance decisions, against declared [`Thresholds`]:
//!
//! * near a grade boundary: the points to the next grade up, or the points that may be lost
//!   before falling to the grade below (by the total's own grade);
//! * open cases whose time limit expires within the declared days (a case already past it is
//!   not warned of: it is overdue, and the records count it), with the declared deduction
//!   item's points per occurrence and the total and grade after it (before the item's caps);
//! * corrections of tolerance decisions due within the declared days, and those overdue;
//! * case-review findings (瑕疵, 差错) at or above the threshold: a lead for the disciplinary
//!   side (惩戒线索), never a punishment;
//! * officers a quota moved who tied on total with the last officer kept.
//!
//! Warnings are listed officer by officer in rank order, in that order of causes.

pub mod check;

use crate::base::date::Date;
use crate::base::ids::OfficerId;
use crate::explain::warning::{render_warning, Names};
use crate::model::assessment::GradeRef;
use crate::model::dossier::Dossier;
use crate::model::explanation::Lang;
use crate::model::line_fact::Title;
use crate::model::records::FieldValue;
use crate::model::scheme::Scheme;
use crate::model::warning::{EarlyWarning, GradeStep, Thresholds, WarningCause, WarningCode};
use crate::rules::cohort::{CohortEntry, CohortResult};
use crate::rules::tolerance::Decision;

pub use check::check_thresholds;

/// What the warnings are computed from.
pub struct WarningInput<'a, 'd> {
    /// The scheme.
    pub scheme: &'a Scheme,
    /// The cohort's result (officers in rank order).
    pub table: &'a CohortResult,
    /// An officer's dossier, by their position in the table and id.
    pub dossier: &'a dyn Fn(usize, &OfficerId) -> Option<&'d Dossier>,
    /// The tolerance decisions.
    pub decisions: &'a [&'a Decision],
    /// The thresholds.
    pub thresholds: &'a Thresholds,
    /// The language of the texts.
    pub lang: Lang,
}

fn grade_title<'s>(scheme: &'s Scheme, g: &GradeRef) -> Title<'s> {
    scheme
        .grades
        .iter()
        .find(|x| x.id == g.id)
        .map_or(Title::default(), |x| Title::new(&x.title, x.title_en.as_deref()))
}

fn grade_ref(scheme: &Scheme, pos: usize) -> Option<GradeRef> {
    scheme.grades.get(pos).map(|g| GradeRef { id: g.id.clone(), title: g.title.clone() })
}

/// Every warning, officer by officer in rank order.
pub fn warnings(input: &WarningInput<'_, '_>) -> Vec<EarlyWarning> {
    // ties are few (at each quota's boundary): looked up among them for the officers a quota moved
    let ties: Vec<&crate::rules::cohort::QuotaChange> =
        input.table.changes.iter().filter(|c| c.tie.is_some()).collect();
    // so are corrections (an incident's, decided): looked up among those that have one
    let corrections: Vec<&Decision> =
        input.decisions.iter().copied().filter(|d| d.correction.is_some()).collect();
    let mut out = Vec::new();
    for (at, entry) in input.table.officers.iter().enumerate() {
        let mut push = |cause: WarningCause, code: WarningCode, names: Names<'_>| {
            let text = render_warning(&cause, &names, input.lang, input.scheme.precision);
            out.push(EarlyWarning {
                code,
                officer: entry.officer.id.clone(),
                unit: entry.officer.unit.clone(),
                cause,
                text,
            });
        };
        boundary(input, entry, &mut push);
        if let Some(d) = (input.dossier)(at, &entry.officer.id) {
            time_limits(input, entry, d, &mut push);
            case_review(input, d, &mut push);
        }
        if input.thresholds.corrections.is_some() {
            for d in corrections.iter().filter(|d| d.officer == entry.officer.id) {
                correction(input, d, &mut push);
            }
        }
        if input.thresholds.quota_ties && entry.quota_changed {
            if let Some(c) = ties.iter().find(|c| c.officer == entry.officer.id) {
                if let Some(tie) = &c.tie {
                    let key = crate::rules::cohort::tie_break::key_text(&tie.decided_by, input.scheme);
                    let names = Names {
                        grades: vec![grade_title(input.scheme, &c.from), grade_title(input.scheme, &c.to)],
                        item: None,
                        key: Some(key),
                    };
                    let cause = WarningCause::QuotaTie {
                        grade: c.from.clone(),
                        to: c.to.clone(),
                        with: tie.with.clone(),
                        total: c.total,
                        decided_by: tie.decided_by.clone(),
                    };
                    push(cause, WarningCode::QuotaTie, names);
                }
            }
        }
    }
    out
}

type Push<'p> = dyn FnMut(WarningCause, WarningCode, Names<'_>) + 'p;

/// Near a grade boundary.
fn boundary(input: &WarningInput<'_, '_>, entry: &CohortEntry, push: &mut Push<'_>) {
    let Some(limit) = input.thresholds.boundary_points else { return };
    let scheme = input.scheme;
    let Some(pos) = scheme.grade_rank(&entry.score_grade.id) else { return };
    let Some(band) = scheme.grades.get(pos) else { return };
    let up = pos.checked_sub(1).and_then(|p| {
        let g = scheme.grades.get(p)?;
        let points = g.min.checked_sub(entry.total)?;
        let grade = grade_ref(scheme, p)?;
        (points <= limit).then_some(GradeStep { grade, points })
    });
    let down = scheme.grades.get(pos + 1).and_then(|_| {
        let points = entry.total.checked_sub(band.min)?;
        let grade = grade_ref(scheme, pos + 1)?;
        (points <= limit).then_some(GradeStep { grade, points })
    });
    if up.is_none() && down.is_none() {
        return;
    }
    let mut grades = vec![grade_title(scheme, &entry.score_grade)];
    grades.extend(up.iter().chain(&down).map(|s| grade_title(scheme, &s.grade)));
    let cause = WarningCause::Boundary { total: entry.total, grade: entry.score_grade.clone(), up, down };
    push(cause, WarningCode::NearBoundary, Names { grades, item: None, key: None });
}

/// Whether a record's closed field says it is closed as of the date.
fn closed(value: Option<&FieldValue>, as_of: Date) -> bool {
    match value {
        Some(FieldValue::Flag(b)) => *b,
        Some(FieldValue::Text(t)) => Date::parse(t).is_some_and(|d| d <= as_of),
        _ => false,
    }
}

/// A case's last day under the time limit: its deadline field, or its start plus its limit's
/// days.
fn last_day(rule: &crate::model::warning::TimeLimitRule, r: &crate::model::records::Record) -> Option<Date> {
    let date = |key: &crate::base::ids::FieldKey| match r.fields.get(key) {
        Some(FieldValue::Text(t)) => Date::parse(t),
        _ => None,
    };
    if let Some(d) = &rule.deadline {
        return date(d);
    }
    let start = date(rule.from.as_ref()?)?;
    let Some(FieldValue::Number(days)) = r.fields.get(rule.limit_days.as_ref()?) else { return None };
    start.add_days(i64::try_from(days.as_count()?).ok()?)
}

/// Open cases whose time limit expires soon.
fn time_limits(input: &WarningInput<'_, '_>, entry: &CohortEntry, dossier: &Dossier, push: &mut Push<'_>) {
    let Some(rule) = &input.thresholds.time_limit else { return };
    let (scheme, as_of) = (input.scheme, input.thresholds.as_of);
    let item = rule.item.as_ref().and_then(|i| scheme.deductions.items.iter().find(|x| &x.id == i));
    for r in dossier.records.iter().filter(|r| r.kind == rule.kind) {
        let Some(deadline) = last_day(rule, r) else { continue };
        let Ok(days_left) = u32::try_from(as_of.days_until(deadline)) else { continue };
        if days_left > rule.within_days
            || rule.closed.as_ref().is_some_and(|c| closed(r.fields.get(c), as_of))
        {
            continue;
        }
        let points = item.map(|i| i.points);
        let total_after = points.and_then(|p| entry.total.checked_sub(p)).map(|t| t.max(scheme.bounds.min));
        let grade_after = total_after
            .and_then(|t| crate::rules::assess::grades::grade_position(&scheme.grades, t))
            .and_then(|p| grade_ref(scheme, p));
        let names = Names {
            grades: grade_after.iter().map(|g| grade_title(scheme, g)).collect(),
            item: item.map(|i| Title::new(&i.title, i.title_en.as_deref())),
            key: None,
        };
        let cause = WarningCause::TimeLimit {
            record: r.id.clone(),
            deadline,
            days_left,
            item: item.map(|i| i.id.clone()),
            points,
            total_after,
            grade_after,
        };
        push(cause, WarningCode::TimeLimit, names);
    }
}

/// Case-review findings counted as a lead.
fn case_review(input: &WarningInput<'_, '_>, dossier: &Dossier, push: &mut Push<'_>) {
    let Some(rule) = &input.thresholds.case_review else { return };
    let records: Vec<_> = dossier
        .records
        .iter()
        .filter(|r| r.kind == rule.kind)
        .filter(|r| matches!(r.fields.get(&rule.field), Some(FieldValue::Text(v)) if rule.values.contains(v)))
        .map(|r| r.id.clone())
        .collect();
    let count = u32::try_from(records.len()).unwrap_or(u32::MAX);
    if count < rule.at_least {
        return;
    }
    let cause = WarningCause::CaseReview { count, at_least: rule.at_least, records };
    push(cause, WarningCode::DisciplineLead, Names { grades: Vec::new(), item: None, key: None });
}

/// A decision's correction due soon or overdue.
fn correction(input: &WarningInput<'_, '_>, d: &Decision, push: &mut Push<'_>) {
    let Some(rule) = &input.thresholds.corrections else { return };
    let Some(c) = &d.correction else { return };
    let as_of = input.thresholds.as_of;
    let (state, late) = c.state_as_of(as_of);
    let names = || Names { grades: Vec::new(), item: None, key: None };
    match state {
        crate::model::tolerance::CorrectionState::Overdue => {
            let cause = WarningCause::Correction {
                incident: d.incident.clone(),
                deadline: c.deadline,
                days: late,
                overdue: true,
            };
            push(cause, WarningCode::CorrectionOverdue, names());
        }
        crate::model::tolerance::CorrectionState::Pending => {
            let days = u32::try_from(as_of.days_until(c.deadline)).unwrap_or(0);
            if days <= rule.within_days {
                let cause = WarningCause::Correction {
                    incident: d.incident.clone(),
                    deadline: c.deadline,
                    days,
                    overdue: false,
                };
                push(cause, WarningCode::CorrectionDue, names());
            }
        }
        _ => {}
    }
}
