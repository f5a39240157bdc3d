//! The cohort table's rows: filtered by what the clerk typed (id, name, unit, grade or flag),
//! then sorted by the chosen column, ties by rank. Names and units sort by pinyin.

use super::{AppState, SortKey};
use crate::i18n::{pick, Msg};
use kaoping_core::rules::cohort::CohortEntry;
use kaoping_core::{GradeId, OfficerId};
use std::cmp::Ordering;

/// An officer's flags as the table shows them: css class and label, in column order.
pub fn flags(e: &CohortEntry) -> Vec<(&'static str, Msg)> {
    [
        (e.quota_changed, "quota", Msg::FlagQuota),
        (e.flags.veto, "veto", Msg::FlagVeto),
        (e.flags.incomplete, "incomplete", Msg::FlagIncomplete),
        (e.flags.disagreement, "disagreement", Msg::FlagDisagreement),
        (e.flags.tolerance, "tolerance", Msg::FlagTolerance),
    ]
    .into_iter()
    .filter_map(|(on, class, msg)| on.then_some((class, msg)))
    .collect()
}

impl AppState {
    /// A grade's title in the screen's language (`—` for none: a withheld grade).
    pub fn grade_title(&self, grade: Option<&GradeId>) -> String {
        let lang = self.lang();
        grade
            .and_then(|g| self.scheme().grade(g))
            .map_or_else(|| "—".to_owned(), |g| pick(lang, &g.title, g.title_en.as_deref()).to_owned())
    }

    /// An officer's final grade title in the screen's language (`—` when withheld).
    pub fn grade_title_of(&self, e: &CohortEntry) -> String {
        self.grade_title(e.grade.as_ref().map(|g| &g.id))
    }

    /// Whether a row matches the filter text (already lower case): id, name, unit, grade or
    /// one of its flags.
    fn matches(&self, e: &CohortEntry, needle: &str) -> bool {
        let lang = self.lang();
        let has = |t: &str| t.to_lowercase().contains(needle);
        needle.is_empty()
            || has(&e.officer.name)
            || has(e.officer.id.as_str())
            || has(e.officer.unit.as_deref().unwrap_or(""))
            || has(&self.grade_title_of(e))
            || flags(e).iter().any(|(_, m)| has(m.text(lang)))
    }

    /// Orders two rows by the sort column (ascending).
    fn by_column(&self, a: &CohortEntry, b: &CohortEntry) -> Ordering {
        let grade_at = |e: &CohortEntry| {
            let g = e.grade.as_ref().map(|g| &g.id);
            g.and_then(|g| self.scheme().grades.iter().position(|d| &d.id == g)).unwrap_or(usize::MAX)
        };
        match self.ui.sort {
            SortKey::Id => a.officer.id.cmp(&b.officer.id),
            SortKey::Name => crate::collate::compare(&a.officer.name, &b.officer.name),
            SortKey::Unit => crate::collate::compare(
                a.officer.unit.as_deref().unwrap_or(""),
                b.officer.unit.as_deref().unwrap_or(""),
            ),
            SortKey::Total => a.total.cmp(&b.total),
            SortKey::Rank => a.rank.cmp(&b.rank),
            // the scheme lists grades best first: a later position is a lower grade
            SortKey::Grade => grade_at(b).cmp(&grade_at(a)),
            SortKey::Flags => flags(a).len().cmp(&flags(b).len()),
        }
    }

    /// Officer ids in table order: filtered, then sorted (ties by rank).
    pub fn table_order(&self) -> Vec<OfficerId> {
        let Some(table) = self.session.table() else { return Vec::new() };
        let needle = self.ui.filter.trim().to_lowercase();
        let mut rows: Vec<&CohortEntry> =
            table.officers.iter().filter(|e| self.matches(e, &needle)).collect();
        let desc = self.ui.descending;
        rows.sort_by(|a, b| {
            let ord = self.by_column(a, b);
            let ord = if desc { ord.reverse() } else { ord };
            ord.then(a.rank.cmp(&b.rank))
        });
        rows.into_iter().map(|e| e.officer.id.clone()).collect()
    }
}
