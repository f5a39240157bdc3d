//! A holiday calendar (节假日安排) given as data: the statutory holidays of the years it covers
//! and the weekend days worked in exchange (调休), as the State Council's yearly notice lists
//! them. [`crate::rules::calendar`] checks it and counts working days with it.

use crate::base::date::Date;

/// A run of holidays, both ends included (`春节`, 2026-02-15 to 2026-02-23).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HolidayRun {
    /// The holiday's name.
    #[serde(default)]
    pub name: String,
    /// First day off.
    pub from: Date,
    /// Last day off.
    pub to: Date,
}

/// A holiday calendar: the years it covers, their holidays and their 调休 working days.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HolidayCalendar {
    /// Where the arrangement comes from (the notice's number), or that it is example data.
    #[serde(default)]
    pub source: String,
    /// The years whose arrangement is complete here (a count that reaches another year is
    /// refused rather than guessed).
    pub years: Vec<u16>,
    /// Holidays (days off, weekends inside them included).
    #[serde(default)]
    pub holidays: Vec<HolidayRun>,
    /// Weekend days worked in exchange (调休上班).
    #[serde(default)]
    pub workdays: Vec<Date>,
}

/// What a day is under a calendar.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum DayKind {
    /// Monday to Friday, not a holiday.
    Workday,
    /// A weekend day worked in exchange (调休上班).
    SwappedWorkday,
    /// Saturday or Sunday.
    Weekend,
    /// A holiday.
    Holiday,
}

impl DayKind {
    /// Whether the day is worked.
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::SwappedWorkday)
    }
}

/// One working day counted in a period.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct CountedDay {
    /// The date.
    pub date: Date,
    /// Workday or swapped workday.
    pub kind: DayKind,
}
