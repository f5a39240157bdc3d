//! Publication (公示): the proposed result of a cohort, its notice date and its objection window
//! counted in working days under a holiday calendar ([`crate::rules::calendar`]); after the
//! window, the final result with the objections' outcomes (a changed result takes the grade
//! the decision gives; an upheld or rejected one keeps the published grade; when one officer has
//! several objections, the last listed decides).

use crate::base::date::Date;
use crate::base::error::{Code, Problems};
use crate::base::ids::GradeId;
use crate::base::message::WorkMsg;
use crate::base::sort::sort_by;
use crate::explain::publication::{
    closed_line, final_line, heading, listed_line, objection_line, window_lines,
};
use crate::model::allocation::ResultRow;
use crate::model::explanation::Lang;
use crate::model::publication::{
    FinalEntry, FinalResult, ListedOfficer, ObjectionOutcome, Publication, PublicationScope,
    PublishedObjection, WindowSource,
};
use crate::rules::calendar::Calendar;

/// The default window: 5 working days (common practice; a choice, not a rule of law).
pub const DEFAULT_WINDOW_DAYS: u16 = 5;
/// The longest window accepted.
pub const MAX_WINDOW_DAYS: u16 = 60;

/// What a publication is made from.
#[derive(Clone, Copy, Debug)]
pub struct PublicationInput<'a> {
    /// The cohort's result rows.
    pub rows: &'a [ResultRow],
    /// The checked calendar.
    pub calendar: &'a Calendar,
    /// Notice date.
    pub notice: Date,
    /// Window in working days (`None`: the default).
    pub window_days: Option<u16>,
    /// Which grades are listed.
    pub scope: &'a PublicationScope,
    /// Objections raised during the window, with their outcomes.
    pub objections: &'a [PublishedObjection],
    /// The date of the final result (after the window), if it is asked for.
    pub as_of: Option<Date>,
    /// Language of the lines.
    pub lang: Lang,
}

fn in_scope(scope: &PublicationScope, grade: Option<&GradeId>) -> bool {
    match scope {
        PublicationScope::EveryGrade {} => true,
        PublicationScope::Grades { grades } => grade.is_some_and(|g| grades.contains(g)),
    }
}

/// A grade's title as the rows give it (its id when no row has it).
fn grade_title(rows: &[&ResultRow], grade: &GradeId) -> String {
    rows.iter()
        .find(|r| r.grade.as_ref() == Some(grade) && !r.grade_title.is_empty())
        .map_or_else(|| grade.as_str().to_owned(), |r| r.grade_title.clone())
}

fn check_objections(input: &PublicationInput<'_>, end: Date, problems: &mut Problems) {
    for (i, o) in input.objections.iter().enumerate() {
        if !input.rows.iter().any(|r| r.officer == o.officer) {
            let officer = o.officer.as_str().to_owned();
            problems.push(
                Code::UnknownOfficer,
                format!("objections[{i}].officer"),
                WorkMsg::NotInCohort { officer },
            );
        }
        if o.filed < input.notice {
            problems.push(Code::Date, format!("objections[{i}].filed"), WorkMsg::FiledBeforeNotice);
        } else if o.filed > end {
            problems.push(
                Code::ObjectionLate,
                format!("objections[{i}].filed"),
                WorkMsg::AfterWindow { end },
            );
        }
        if o.outcome == ObjectionOutcome::Changed && o.grade.is_none() {
            problems.push(Code::MissingField, format!("objections[{i}].grade"), WorkMsg::ChangedNeedsGrade);
        }
    }
}

/// Builds the publication document (and the final result when `as_of` is given). Problem paths
/// are rooted at the request: `windowDays`, `calendar.years`, `objections[0].filed`, `asOf`.
pub fn publish(input: &PublicationInput<'_>) -> Result<Publication, Problems> {
    let (window_days, window_source) = match input.window_days {
        None => (DEFAULT_WINDOW_DAYS, WindowSource::Default),
        Some(n) if (1..=MAX_WINDOW_DAYS).contains(&n) => (n, WindowSource::Declared),
        Some(_) => {
            let max = u32::from(MAX_WINDOW_DAYS);
            return Err(Problems::one(Code::NumberRange, "windowDays", WorkMsg::WindowDays { max }));
        }
    };
    let counted =
        input.calendar.working_days_after(input.notice, window_days).map_err(|p| p.under("calendar"))?;
    let window_end = counted.last().map_or(input.notice, |d| d.date);
    let mut problems = Problems::new();
    check_objections(input, window_end, &mut problems);
    if input.as_of.is_some_and(|d| d <= window_end) {
        problems.push(Code::Date, "asOf", WorkMsg::WindowOpen { end: window_end });
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let mut rows: Vec<&ResultRow> = input.rows.iter().collect();
    sort_by(&mut rows, |a, b| a.rank.cmp(&b.rank).then(a.officer.cmp(&b.officer)));
    let listed: Vec<ListedOfficer> = rows
        .iter()
        .filter(|r| in_scope(input.scope, r.grade.as_ref()))
        .map(|r| ListedOfficer {
            rank: r.rank,
            officer: r.officer.clone(),
            name: r.name.clone(),
            total: r.total,
            grade: r.grade.clone(),
            grade_title: r.grade_title.clone(),
        })
        .collect();
    let titles: Vec<String> = match input.scope {
        PublicationScope::EveryGrade {} => Vec::new(),
        PublicationScope::Grades { grades } => grades.iter().map(|g| grade_title(&rows, g)).collect(),
    };
    let lang = input.lang;
    let mut lines = vec![heading(&titles, listed.len(), lang)];
    lines.extend(listed.iter().map(|o| listed_line(o, lang)));
    lines.extend(window_lines(input.notice, window_days, window_source, &counted, lang));
    let final_result = input.as_of.map(|as_of| final_result(input, &rows, window_end, as_of));
    Ok(Publication {
        notice: input.notice,
        window_days,
        window_source,
        window_end,
        counted,
        listed,
        lines,
        final_result,
    })
}

/// The final result after the window.
fn final_result(input: &PublicationInput<'_>, rows: &[&ResultRow], end: Date, as_of: Date) -> FinalResult {
    let lang = input.lang;
    let mut lines = vec![closed_line(end, as_of, lang)];
    let mut entries = Vec::new();
    let mut listed = Vec::new();
    let mut names = Vec::new();
    for row in rows {
        let objection = input.objections.iter().rev().find(|o| o.officer == row.officer);
        let grade = match objection {
            Some(o) if o.outcome == ObjectionOutcome::Changed => o.grade.clone(),
            _ => row.grade.clone(),
        };
        let before = in_scope(input.scope, row.grade.as_ref());
        let after = in_scope(input.scope, grade.as_ref());
        if let Some(o) = objection {
            let who = format!("{} {}", row.officer, row.name);
            let title = grade.as_ref().map(|g| grade_title(rows, g)).unwrap_or_default();
            lines.push(objection_line(who.trim(), o.filed, o.outcome, &title, &o.reason, lang));
        }
        if after {
            listed.push(row.officer.clone());
            names.push(format!("{} {}", row.officer, row.name).trim().to_owned());
        }
        if before || after || objection.is_some() {
            entries.push(FinalEntry {
                officer: row.officer.clone(),
                name: row.name.clone(),
                proposed: row.grade.clone(),
                grade,
                objection: objection.map(|o| o.outcome),
                reason: objection.map(|o| o.reason.clone()).unwrap_or_default(),
            });
        }
    }
    lines.push(final_line(&names, lang));
    FinalResult { as_of, listed, entries, lines }
}
