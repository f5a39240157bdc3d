//! The publication operation (公示) and working-day arithmetic, each from one JSON request.
//!
//! A publication request:
//! ```json
//! { "cohort": { "scheme": "…", "dossiers": [ … ] },
//!   "calendar": { "source": "…", "years": [2026], "holidays": [{ "name": "春节", "from": "2026-02-15", "to": "2026-02-23" }],
//!                 "workdays": ["2026-02-14", "2026-02-28"] },
//!   "notice": "2026-02-13", "windowDays": 5, "scope": { "kind": "grades", "grades": ["excellent"] },
//!   "objections": [{ "officer": "J-2", "filed": "2026-02-24", "outcome": "changed", "grade": "competent", "reason": "…" }],
//!   "asOf": "2026-03-02", "lang": "zh" }
//! ```
//! The results come as `cohort` or as `table` rows (see [`crate::api::allocation`]). Defaults:
//! `windowDays` 5 (a choice, labelled so in the document), `scope` the proposed `excellent`
//! list, no objections, no final result (give `asOf`, after the window, for it).
//!
//! A working-days request: `{ "calendar": { … }, "from": "2026-02-13", "days": 5 }` answers the
//! last of the `days` working days after `from`, and every day counted.

use crate::api::allocation::{given_elsewhere, result_rows};
use crate::api::cohort::CohortRequest;
use crate::base::date::Date;
use crate::base::error::Problems;
use crate::base::lang::Lang;
use crate::model::allocation::ResultRow;
use crate::model::calendar::{CountedDay, HolidayCalendar};
use crate::model::publication::{Publication, PublicationScope, PublishedObjection};
use crate::rules::calendar::{check_calendar, Calendar};
use crate::rules::publication::{publish, PublicationInput};

/// A publication request.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PublicationRequest {
    /// The cohort whose result is published (or give `table`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<CohortRequest>,
    /// The results as rows (or give `cohort`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<Vec<ResultRow>>,
    /// The holiday calendar.
    pub calendar: HolidayCalendar,
    /// Notice date.
    pub notice: Date,
    /// Window in working days (default 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_days: Option<u16>,
    /// Which grades are listed (default: `excellent`).
    #[serde(default)]
    pub scope: PublicationScope,
    /// Objections raised during the window, with their outcomes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objections: Vec<PublishedObjection>,
    /// The date of the final result (after the window).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// Language of the lines (default Chinese).
    #[serde(default)]
    pub lang: Lang,
}

impl PublicationRequest {
    /// Builds the publication. Problem paths are rooted at the request.
    pub fn run(mut self) -> Result<Publication, Problems> {
        let calendar = check_calendar(&self.calendar).map_err(|p| p.under("calendar"))?;
        let rows = result_rows(self.cohort.take(), self.table.take())?;
        self.publish_rows(&calendar, &rows)
    }

    /// Builds the publication of rows given by the caller (a session's live table); the request
    /// itself must then give neither `cohort` nor `table`.
    pub fn run_on(self, rows: &[ResultRow]) -> Result<Publication, Problems> {
        given_elsewhere(self.cohort.is_some(), self.table.is_some())?;
        let calendar = check_calendar(&self.calendar).map_err(|p| p.under("calendar"))?;
        self.publish_rows(&calendar, rows)
    }

    fn publish_rows(&self, calendar: &Calendar, rows: &[ResultRow]) -> Result<Publication, Problems> {
        publish(&PublicationInput {
            rows,
            calendar,
            notice: self.notice,
            window_days: self.window_days,
            scope: &self.scope,
            objections: &self.objections,
            as_of: self.as_of,
            lang: self.lang,
        })
    }
}

/// Parses and runs a publication request given as JSON text.
pub fn run_publication_json(text: &str) -> Result<Publication, Problems> {
    crate::base::json::from_json_str::<PublicationRequest>(text)?.run()
}

/// A working-days request: N working days after a date.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorkingDaysRequest {
    /// The holiday calendar.
    pub calendar: HolidayCalendar,
    /// The day the count starts after (not counted itself).
    pub from: Date,
    /// How many working days.
    pub days: u16,
}

/// N working days after a date.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct WorkingDays {
    /// The start (not counted).
    pub from: Date,
    /// How many working days.
    pub days: u16,
    /// The last working day counted (`from` itself for 0 days).
    pub end: Date,
    /// Every working day counted.
    pub counted: Vec<CountedDay>,
}

impl WorkingDaysRequest {
    /// Counts the working days. Problem paths are rooted at the request (`calendar.workdays[0]`).
    pub fn run(self) -> Result<WorkingDays, Problems> {
        let calendar = check_calendar(&self.calendar).map_err(|p| p.under("calendar"))?;
        let counted = calendar.working_days_after(self.from, self.days).map_err(|p| p.under("calendar"))?;
        let end = counted.last().map_or(self.from, |d| d.date);
        Ok(WorkingDays { from: self.from, days: self.days, end, counted })
    }
}

/// Parses and runs a working-days request given as JSON text.
pub fn run_working_days_json(text: &str) -> Result<WorkingDays, Problems> {
    crate::base::json::from_json_str::<WorkingDaysRequest>(text)?.run()
}
