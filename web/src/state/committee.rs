//! The committee's work: ratings on the score sheets (checked by the core), signing sheets off,
//! sealing the cohort result and recording decisions in the audit trail.

use super::{AppState, Notice};
use kaoping_core::api::cohort::assess_cohort;
use kaoping_core::rules::audit::AuditEvent;
use kaoping_core::rules::cohort::CohortOptions;
use kaoping_core::rules::committee::{Rating, ScoreSheet, SignOff};
use kaoping_core::{Date, Decimal};

impl AppState {
    /// Sets or clears one rater's rating; the core checks the sheets before they are kept, and
    /// the change is audited.
    pub(super) fn set_rating(
        &mut self,
        rater: &str,
        officer: &str,
        indicator: &str,
        value: &str,
        today: &str,
    ) {
        let Some(date) = Date::parse(today) else { return };
        let trimmed = value.trim();
        let new_value = if trimmed.is_empty() {
            None
        } else {
            match Decimal::parse(trimmed) {
                Some(v) => Some(v),
                None => {
                    self.ui.notice = Some(Notice::BadNumber(value.to_string()));
                    return;
                }
            }
        };
        let mut sheets = self.ws.sheets.clone();
        let k = match sheets.iter().position(|s| s.rater.as_str() == rater) {
            Some(k) => k,
            None => {
                sheets.push(ScoreSheet {
                    rater: rater.into(),
                    submitted: date,
                    ratings: Vec::new(),
                    sign_off: None,
                });
                sheets.len() - 1
            }
        };
        let Some(sheet) = sheets.get_mut(k) else { return };
        let old = sheet
            .ratings
            .iter()
            .find(|r| r.officer.as_str() == officer && r.indicator.as_str() == indicator)
            .map(|r| r.value);
        sheet.ratings.retain(|r| !(r.officer.as_str() == officer && r.indicator.as_str() == indicator));
        if let Some(v) = new_value {
            sheet.ratings.push(Rating {
                officer: officer.into(),
                indicator: indicator.into(),
                value: v,
                note: None,
            });
        }
        // The core decides whether the sheets are acceptable (recusal, membership, range).
        if let Ok(engine) = &self.engine {
            let ids: kaoping_core::SortedSet<&kaoping_core::OfficerId> =
                self.ws.dossiers.iter().map(|d| &d.officer.id).collect();
            if let Err(p) = kaoping_core::rules::committee::collect(
                engine.scheme(),
                self.ws.committee.as_ref(),
                &sheets,
                &ids,
            ) {
                self.ui.notice = Some(Notice::Rejected(p));
                return;
            }
        }
        let event = match (old, new_value) {
            (Some(from), Some(to)) if from != to => Some(AuditEvent::RatingChanged {
                rater: rater.into(),
                officer: officer.into(),
                indicator: indicator.into(),
                from,
                to,
                reason: String::new(),
            }),
            (None, Some(_)) | (Some(_), None) => sheets.get(k).map(AuditEvent::sheet_submitted),
            _ => None,
        };
        self.ws.sheets = sheets;
        if let Some(e) = event {
            self.ws.audit.append(date, rater, e);
        }
        self.recompute_all();
    }

    /// Signs a rater's sheet off (once), audited.
    pub(super) fn sign_sheet(&mut self, rater: &str, today: &str) {
        let Some(date) = Date::parse(today) else { return };
        if let Some(sheet) = self.ws.sheets.iter_mut().find(|s| s.rater.as_str() == rater) {
            if sheet.sign_off.is_none() {
                sheet.sign_off = Some(SignOff { date });
                let event = AuditEvent::sign_off(sheet);
                self.ws.audit.append(date, rater, event);
                self.recompute_all();
            }
        }
    }

    /// Seals the current cohort result (with fingerprints) in the audit trail.
    pub(super) fn seal(&mut self, today: &str) {
        let Some(date) = Date::parse(today) else { return };
        if let Ok(engine) = &self.engine {
            let options =
                CohortOptions { trace: false, fingerprint: true, details: false, lang: self.ws.lang };
            match assess_cohort(engine, &self.cohort_input(), &options) {
                Ok(c) => {
                    self.ws.audit.seal(&c, date, "committee");
                }
                Err(p) => self.ui.notice = Some(Notice::Rejected(p)),
            }
        }
    }

    /// Records an incident's current decision in the audit trail.
    pub(super) fn record_decision(&mut self, index: usize, today: &str) {
        if let (Some(date), Some(Ok(d))) = (Date::parse(today), self.decisions.get(index)) {
            for event in AuditEvent::tolerance_decisions(d) {
                self.ws.audit.append(date, "committee", event);
            }
        }
    }
}
