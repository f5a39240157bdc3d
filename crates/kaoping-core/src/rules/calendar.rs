//! Working days under a holiday calendar given as data (节假日安排): a day is worked when it
//! is a 调休 working day, or a weekday that is not a holiday. A period of N working days runs
//! from the day after its start (the start day itself is not counted, as 民法典 Art 201 counts
//! periods in days), and ends on the N-th working day. A count that reaches a year the calendar
//! does not cover is refused (`E_OUTSIDE_CALENDAR`) rather than guessed.

use crate::base::date::Date;
use crate::base::error::{Code, Problems};
use crate::base::message::WorkMsg;
use crate::base::sort::sort_by;
use crate::model::calendar::{CountedDay, DayKind, HolidayCalendar};

/// The longest run of holidays read (a notice's longest break is 8–9 days).
const MAX_RUN_DAYS: i64 = 31;

/// A checked calendar: its days off and its swapped working days, sorted.
#[derive(Clone, Debug)]
pub struct Calendar {
    years: Vec<u16>,
    off: Vec<Date>,
    work: Vec<Date>,
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
fn weekday(d: Date) -> i64 {
    (d.to_days() + 3).rem_euclid(7)
}

/// Checks a calendar: every range forwards and at most a month, no day listed twice (as a
/// holiday and a working day, or twice as either), at least one year. Paths are relative to the
/// calendar (`holidays[1].to`, `workdays[0]`).
pub fn check_calendar(cal: &HolidayCalendar) -> Result<Calendar, Problems> {
    let mut problems = Problems::new();
    if cal.years.is_empty() {
        problems.push(Code::Empty, "years", WorkMsg::NoYears);
    }
    let mut off: Vec<(Date, usize)> = Vec::new();
    for (i, run) in cal.holidays.iter().enumerate() {
        let days = run.from.days_until(run.to);
        if days < 0 {
            problems.push(Code::Date, format!("holidays[{i}].to"), WorkMsg::RangeBackwards);
        } else if days >= MAX_RUN_DAYS {
            problems.push(Code::Limit, format!("holidays[{i}].to"), WorkMsg::RunTooLong { max: 31 });
        } else {
            off.extend((0..=days).filter_map(|n| run.from.add_days(n)).map(|d| (d, i)));
        }
    }
    sort_by(&mut off, |a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    for pair in off.windows(2) {
        if let [a, b] = pair {
            if a.0 == b.0 {
                problems.push(
                    Code::CalendarConflict,
                    format!("holidays[{}]", b.1),
                    WorkMsg::CalendarConflict { date: b.0 },
                );
            }
        }
    }
    let off: Vec<Date> = off.into_iter().map(|d| d.0).collect();
    let mut work: Vec<Date> = Vec::with_capacity(cal.workdays.len());
    for (j, d) in cal.workdays.iter().enumerate() {
        if off.binary_search(d).is_ok() || work.contains(d) {
            problems.push(
                Code::CalendarConflict,
                format!("workdays[{j}]"),
                WorkMsg::CalendarConflict { date: *d },
            );
        }
        work.push(*d);
    }
    if problems.has_errors() {
        return Err(problems);
    }
    sort_by(&mut work, |a, b| a.cmp(b));
    let mut off = off;
    off.dedup();
    Ok(Calendar { years: cal.years.clone(), off, work })
}

impl Calendar {
    /// What a day is; `E_OUTSIDE_CALENDAR` (path `years`) for a day of a year not covered.
    pub fn day_kind(&self, d: Date) -> Result<DayKind, Problems> {
        if !self.years.contains(&d.year()) {
            let first = self.years.iter().min().map_or(0, |y| u32::from(*y));
            let last = self.years.iter().max().map_or(0, |y| u32::from(*y));
            return Err(Problems::one(
                Code::OutsideCalendar,
                "years",
                WorkMsg::OutsideCalendar { date: d, first, last },
            ));
        }
        Ok(if self.work.binary_search(&d).is_ok() {
            DayKind::SwappedWorkday
        } else if self.off.binary_search(&d).is_ok() {
            DayKind::Holiday
        } else if weekday(d) >= 5 {
            DayKind::Weekend
        } else {
            DayKind::Workday
        })
    }

    /// The `n` working days after `start` (the last one ends the period).
    pub fn working_days_after(&self, start: Date, n: u16) -> Result<Vec<CountedDay>, Problems> {
        let mut counted = Vec::with_capacity(usize::from(n));
        let mut day = start;
        while counted.len() < usize::from(n) {
            day = day.add_days(1).ok_or_else(|| Problems::one(Code::Date, "", WorkMsg::DeadlineRange))?;
            let kind = self.day_kind(day)?;
            if kind.is_working() {
                counted.push(CountedDay { date: day, kind });
            }
        }
        Ok(counted)
    }
}
