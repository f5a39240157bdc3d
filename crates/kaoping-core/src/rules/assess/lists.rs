//! The positive and negative lists: each item's occurrences (and case-review counts), tolerance
//! waivers on deductions, item caps and the list cap.

use super::run::{overflow, Run};
use crate::base::decimal::Decimal;
use crate::base::error::{Path, Problems};
use crate::base::ids::OccurrenceId;
use crate::model::assessment::{ItemScore, ListScore, OccurrenceUse, Waiver};
use crate::model::dossier::Occurrence;
use crate::model::line_fact::{ItemFact, LineFact, ListSide, Title};
use crate::model::scheme::{CaseReviewGrade, ItemList, ListItem};
use crate::rules::scoring::{capped, occurrence_points};

impl Run<'_> {
    /// The tolerance waiver of an occurrence, if any.
    pub(super) fn waiver_for(&self, id: &OccurrenceId) -> Option<&'_ Waiver> {
        self.context.waivers.iter().find(|w| &w.occurrence == id)
    }

    /// A list scored: its items that occurred, and its total under the list cap.
    pub(super) fn list(&mut self, list: &ItemList, bonus: bool) -> Result<ListScore, Problems> {
        let lpath = Path::root().key(if bonus { "bonuses" } else { "deductions" });
        let mut items = Vec::new();
        let mut subtotal = Decimal::ZERO;
        for (i, item) in list.items.iter().enumerate() {
            let from_review = match (item.from_case_review, &self.dossier.case_review) {
                (Some(grade), Some(cr)) => cr.count(grade) > 0,
                _ => false,
            };
            if !from_review && !self.dossier.occurrences.iter().any(|o| o.item == item.id) {
                continue; // nothing occurred: no path, no line, no allocation
            }
            let path = self.paths.item(bonus, i);
            if let Some(scored) = self.item(item, bonus, &path)? {
                subtotal = subtotal.checked_add(scored.total).ok_or_else(|| overflow(&path))?;
                items.push(scored);
            }
        }
        let total = capped(subtotal, list.cap);
        if let Some(cap) = list.cap.filter(|_| total != subtotal) {
            let cut = subtotal.checked_sub(cap).unwrap_or(Decimal::ZERO);
            let effect = if bonus { cut.checked_neg().unwrap_or(Decimal::ZERO) } else { cut };
            let list = side(bonus);
            self.line(&lpath.key("cap"), LineFact::ListCap { list, subtotal, cap, effect });
        }
        Ok(ListScore { items, subtotal, cap: list.cap, total })
    }

    /// One item: its occurrences (waived in part or in full by tolerance decisions), its
    /// case-review count, its cap. `None` when nothing occurred.
    fn item(&mut self, item: &ListItem, bonus: bool, path: &Path) -> Result<Option<ItemScore>, Problems> {
        let mut occurrences = Vec::new();
        let mut raw = Decimal::ZERO;
        for occ in self.dossier.occurrences.iter().filter(|o| o.item == item.id) {
            let used = self.occurrence(item, occ, bonus, path)?;
            raw = raw.checked_add(used.points).ok_or_else(|| overflow(path))?;
            occurrences.push(used);
        }
        if let Some(used) = self.case_review(item, path)? {
            raw = raw.checked_add(used.points).ok_or_else(|| overflow(path))?;
            occurrences.push(used);
        }
        if occurrences.is_empty() {
            return Ok(None);
        }
        let total = capped(raw, item.cap);
        // Every occurrence waived in full (免责): the waiver lines are all the explanation shows,
        // as if the deduction never existed.
        let all_waived = occurrences.iter().all(|o| o.waiver.as_ref().is_some_and(|w| w.kept.is_zero()));
        if self.options.trace && !all_waived {
            // each occurrence named by its reference (the case number) where it has one, else its id
            let dossier = self.dossier;
            let refs: Vec<&str> = occurrences
                .iter()
                .map(|o| {
                    let given = dossier.occurrences.iter().find(|d| d.id == o.id);
                    let reference = given.and_then(|d| d.reference.as_deref());
                    reference.filter(|r| !r.trim().is_empty()).unwrap_or(o.id.as_str())
                })
                .collect();
            let fact = ItemFact {
                list: side(bonus),
                id: item.id.as_str(),
                title: Title::new(&item.title, item.title_en.as_deref()),
                count: occurrences.iter().map(|o| o.count).fold(0, u32::saturating_add),
                points: item.points,
                raw,
                cap: item.cap,
                total,
                occurrences: &refs,
                effect: if bonus { total } else { total.checked_neg().unwrap_or(Decimal::ZERO) },
            };
            self.line(path, LineFact::Item(fact));
        }
        Ok(Some(ItemScore {
            id: item.id.clone(),
            title: item.title.clone(),
            points: item.points,
            occurrences,
            raw,
            cap: item.cap,
            total,
        }))
    }

    /// One occurrence of an item, with the waiver line when a tolerance decision changed it.
    fn occurrence(
        &mut self,
        item: &ListItem,
        occ: &Occurrence,
        bonus: bool,
        path: &Path,
    ) -> Result<OccurrenceUse, Problems> {
        let (dp, rounding) = (self.scheme.line_precision(), self.scheme.rounding);
        let base = item
            .points
            .checked_mul(Decimal::from_count(u64::from(occ.count)).ok_or_else(|| overflow(path))?)
            .ok_or_else(|| overflow(path))?;
        let waiver = if bonus { None } else { self.waiver_for(&occ.id).cloned() };
        let points = match &waiver {
            Some(w) => base.checked_mul(w.kept).ok_or_else(|| overflow(path))?.round_dp(dp, rounding),
            None => occurrence_points(item.points, occ.count, dp, rounding).ok_or_else(|| overflow(path))?,
        };
        if let Some(w) = &waiver {
            self.flags.tolerance = true;
            let removed = base.round_dp(dp, rounding).checked_sub(points).unwrap_or(Decimal::ZERO);
            let fact = LineFact::Waiver {
                item: item.id.as_str(),
                occurrence: occ.id.as_str(),
                decision: &w.decision,
                outcome: &w.outcome,
                kept: points,
                removed,
            };
            self.line(path, fact);
        }
        Ok(OccurrenceUse {
            id: occ.id.clone(),
            count: occ.count,
            reference: occ.reference.clone(),
            points,
            waiver,
        })
    }

    /// The occurrences an item takes from the dossier's case review, if it counts any.
    fn case_review(&self, item: &ListItem, path: &Path) -> Result<Option<OccurrenceUse>, Problems> {
        let (Some(grade), Some(cr)) = (item.from_case_review, &self.dossier.case_review) else {
            return Ok(None);
        };
        let count = cr.count(grade);
        if count == 0 {
            return Ok(None);
        }
        let points =
            occurrence_points(item.points, count, self.scheme.line_precision(), self.scheme.rounding)
                .ok_or_else(|| overflow(path))?;
        Ok(Some(OccurrenceUse {
            id: OccurrenceId(format!("caseReview.{}", case_review_key(grade))),
            count,
            reference: None,
            points,
            waiver: None,
        }))
    }
}

/// The list side of a `bonus` flag.
fn side(bonus: bool) -> ListSide {
    if bonus {
        ListSide::Bonus
    } else {
        ListSide::Deduction
    }
}

/// The key of a case-review grade in occurrence ids (`caseReview.flawed`).
fn case_review_key(grade: CaseReviewGrade) -> &'static str {
    match grade {
        CaseReviewGrade::Excellent => "excellent",
        CaseReviewGrade::Pass => "pass",
        CaseReviewGrade::Flawed => "flawed",
        CaseReviewGrade::Error => "error",
    }
}
