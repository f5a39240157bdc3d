//! The audit trail (留痕): every committee action — sheet submitted, rating changed, sign-off,
//! tolerance decision, quota applied, result sealed — is an event in an append-only list
//! linked by a SHA-256 hash chain.
//!
//! Each entry's hash covers its sequence number, date, actor, event and the previous entry's
//! hash. [`AuditLog::verify`] recomputes the chain and names the first bad entry, telling an
//! edited event from a dropped, inserted or reordered one. An edit that also recomputes every
//! later hash leaves a consistent chain: keep an [`Anchor`] (the count and head hash, e.g. in a
//! sealed result or with the platform) and check it with [`AuditLog::verify_against`].

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::fingerprint::Fingerprinter;
use crate::base::ids::{GradeId, IndicatorId, OccurrenceId, OfficerId, RaterId};
use crate::rules::cohort::{CohortResult, InputFingerprints};

/// The `prev` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A committee action.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
pub enum AuditEvent {
    /// A score sheet was submitted.
    #[serde(rename_all = "camelCase")]
    SheetSubmitted {
        /// The rater.
        rater: RaterId,
        /// Fingerprint of the sheet.
        sheet: String,
        /// Number of ratings on it.
        ratings: u32,
    },
    /// A rating was changed after submission.
    #[serde(rename_all = "camelCase")]
    RatingChanged {
        /// The rater.
        rater: RaterId,
        /// The officer.
        officer: OfficerId,
        /// The indicator.
        indicator: IndicatorId,
        /// Old value.
        from: Decimal,
        /// New value.
        to: Decimal,
        /// Why.
        reason: String,
    },
    /// A rater signed their sheet (签字).
    #[serde(rename_all = "camelCase")]
    SignOff {
        /// The rater.
        rater: RaterId,
        /// Fingerprint of the signed sheet.
        sheet: String,
    },
    /// A tolerance (容错) decision on one occurrence.
    #[serde(rename_all = "camelCase")]
    ToleranceDecision {
        /// The officer.
        officer: OfficerId,
        /// Decision id.
        decision: String,
        /// The occurrence decided on.
        occurrence: OccurrenceId,
        /// Outcome label (免责 / 从轻 / 减轻 / 不予容错).
        outcome: String,
        /// Share of the deduction kept.
        kept: Decimal,
    },
    /// A quota was applied to the cohort.
    #[serde(rename_all = "camelCase")]
    QuotaApplied {
        /// The grade.
        grade: GradeId,
        /// Places after rounding.
        places: u32,
        /// Officers moved down.
        moved: Vec<OfficerId>,
    },
    /// The cohort result was sealed.
    #[serde(rename_all = "camelCase")]
    ResultSealed {
        /// Fingerprint of the result.
        result: String,
        /// Fingerprints of its inputs.
        inputs: InputFingerprints,
    },
}

/// One entry of the log.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuditEntry {
    /// 1, 2, 3, … in order of appending.
    pub seq: u64,
    /// Date of the action (passed in; the core never reads the clock).
    pub at: Date,
    /// Who acted (谁签字谁负责).
    pub actor: String,
    /// The action.
    pub event: AuditEvent,
    /// Hash of the previous entry ([`GENESIS`] for the first).
    pub prev: String,
    /// Hash of this entry.
    pub hash: String,
}

impl AuditEntry {
    /// The hash this entry's content gives.
    pub fn compute_hash(&self) -> String {
        let mut f = Fingerprinter::new("auditEntry");
        f.add("seq", &self.seq);
        f.add("at", &self.at);
        f.add("actor", &self.actor);
        f.add("event", &self.event);
        f.add("prev", &self.prev);
        f.finish()
    }
}

/// The count and head hash of a log at some moment, kept apart from the log.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Anchor {
    /// Number of entries.
    pub count: u64,
    /// Hash of the last entry.
    pub head: String,
}

/// An append-only, hash-chained list of committee actions.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuditLog {
    /// The entries, oldest first.
    pub entries: Vec<AuditEntry>,
}

/// What kind of tampering was found.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum TamperKind {
    /// An entry's content was changed.
    Edited,
    /// Entries are missing.
    Dropped,
    /// Entries were inserted.
    Inserted,
    /// Entries are out of order.
    Reordered,
}

/// The first bad entry.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Tamper {
    /// Position in the list (0-based).
    pub index: usize,
    /// The `seq` the entry at that position carries (0 past the end).
    pub seq: u64,
    /// What was found.
    pub kind: TamperKind,
    /// In words.
    pub message: String,
}

/// The outcome of a verification.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Verification {
    /// Whether the chain is intact.
    pub ok: bool,
    /// Entries checked.
    pub checked: usize,
    /// Hash of the last entry.
    pub head: String,
    /// The first bad entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_bad: Option<Tamper>,
}

impl AuditLog {
    /// An empty log.
    pub fn new() -> AuditLog {
        AuditLog::default()
    }

    /// Hash of the last entry ([`GENESIS`] when empty).
    pub fn head(&self) -> &str {
        self.entries.last().map_or(GENESIS, |e| e.hash.as_str())
    }

    /// The anchor of the log as it is now.
    pub fn anchor(&self) -> Anchor {
        Anchor { count: u64::try_from(self.entries.len()).unwrap_or(u64::MAX), head: self.head().to_owned() }
    }

    /// Appends an event and returns the new entry's hash (the new head).
    pub fn append(&mut self, at: Date, actor: &str, event: AuditEvent) -> String {
        let seq = self.entries.last().map_or(1, |e| e.seq.saturating_add(1));
        let mut entry = AuditEntry {
            seq,
            at,
            actor: actor.to_owned(),
            event,
            prev: self.head().to_owned(),
            hash: String::new(),
        };
        entry.hash = entry.compute_hash();
        let hash = entry.hash.clone();
        self.entries.push(entry);
        hash
    }

    /// Appends the events that seal a cohort result: one `quotaApplied` per quota, then
    /// `resultSealed` with the fingerprints of the result and its inputs (a result computed
    /// without fingerprints cannot be sealed: nothing is appended and `false` is returned).
    pub fn seal(&mut self, result: &CohortResult, at: Date, actor: &str) -> bool {
        let (Some(fp), Some(inputs)) = (&result.fingerprint, &result.inputs) else { return false };
        for q in &result.quotas {
            let moved =
                result.changes.iter().filter(|c| c.from.id == q.grade).map(|c| c.officer.clone()).collect();
            self.append(
                at,
                actor,
                AuditEvent::QuotaApplied { grade: q.grade.clone(), places: q.places, moved },
            );
        }
        self.append(at, actor, AuditEvent::ResultSealed { result: fp.clone(), inputs: inputs.clone() });
        true
    }

    /// Recomputes the chain and names the first bad entry.
    pub fn verify(&self) -> Verification {
        let first_bad = self.first_bad();
        Verification {
            ok: first_bad.is_none(),
            checked: self.entries.len(),
            head: self.head().to_owned(),
            first_bad,
        }
    }

    /// Like [`AuditLog::verify`], and also checks that the anchored entry is still there with
    /// the anchored hash (entries appended after the anchor are allowed).
    pub fn verify_against(&self, anchor: &Anchor) -> Verification {
        let mut v = self.verify();
        if v.first_bad.is_none() {
            let count = usize::try_from(anchor.count).unwrap_or(usize::MAX);
            if count > self.entries.len() {
                v.first_bad = Some(Tamper {
                    index: self.entries.len(),
                    seq: 0,
                    kind: TamperKind::Dropped,
                    message: format!(
                        "the log has {} entries but {} were anchored: the last entries were dropped",
                        self.entries.len(),
                        anchor.count
                    ),
                });
            } else if count > 0 {
                let i = count - 1;
                if let Some(e) = self.entries.get(i) {
                    if e.hash != anchor.head {
                        v.first_bad = Some(Tamper {
                            index: i,
                            seq: e.seq,
                            kind: TamperKind::Edited,
                            message: format!(
                                "entry {} does not have the anchored hash: the chain up to it was rewritten",
                                e.seq
                            ),
                        });
                    }
                }
            }
            v.ok = v.first_bad.is_none();
        }
        v
    }

    fn first_bad(&self) -> Option<Tamper> {
        let entries = &self.entries;
        let position = |hash: &str| -> Option<isize> {
            if hash == GENESIS {
                return Some(-1);
            }
            entries.iter().position(|e| e.hash == hash).and_then(|p| isize::try_from(p).ok())
        };
        let at = |index: usize, kind: TamperKind, message: String| {
            let seq = entries.get(index).map_or(0, |e| e.seq);
            Some(Tamper { index, seq, kind, message })
        };
        for (i, e) in entries.iter().enumerate() {
            if e.compute_hash() != e.hash {
                return at(
                    i,
                    TamperKind::Edited,
                    format!("entry {} does not match its hash: it was edited", e.seq),
                );
            }
            let before = i.checked_sub(1).and_then(|p| entries.get(p));
            let expected_prev = before.map_or(GENESIS, |b| b.hash.as_str());
            if e.prev == expected_prev {
                continue;
            }
            let ii = isize::try_from(i).unwrap_or(isize::MAX);
            match position(&e.prev) {
                Some(j) if j > ii => {
                    return at(
                        i,
                        TamperKind::Reordered,
                        format!(
                            "entry {} links to an entry that comes after it: entries were reordered",
                            e.seq
                        ),
                    )
                }
                Some(j) => {
                    let first = usize::try_from(j + 1).unwrap_or(0);
                    let seq = entries.get(first).map_or(0, |x| x.seq);
                    return at(
                        first,
                        TamperKind::Inserted,
                        format!(
                            "entry {} links past the entries before it: entry {seq} onward was inserted",
                            e.seq
                        ),
                    );
                }
                None => {
                    let prev_seq = before.map_or(0, |b| b.seq);
                    if before.is_some() && e.seq == prev_seq.saturating_add(1) {
                        return at(
                            i - 1,
                            TamperKind::Edited,
                            format!(
                                "entry {prev_seq} was edited and re-hashed: entry {} no longer links to it",
                                e.seq
                            ),
                        );
                    }
                    if e.seq > prev_seq.saturating_add(1) {
                        return at(
                            i,
                            TamperKind::Dropped,
                            format!(
                                "entries {}–{} are missing before entry {}",
                                prev_seq.saturating_add(1),
                                e.seq - 1,
                                e.seq
                            ),
                        );
                    }
                    return at(
                        i,
                        TamperKind::Edited,
                        format!("entry {} links to no entry: it was edited", e.seq),
                    );
                }
            }
        }
        None
    }
}

impl AuditEvent {
    /// `sheetSubmitted` for a score sheet (its fingerprint and number of ratings).
    pub fn sheet_submitted(sheet: &crate::rules::committee::ScoreSheet) -> AuditEvent {
        AuditEvent::SheetSubmitted {
            rater: sheet.rater.clone(),
            sheet: crate::base::fingerprint::fingerprint("scoreSheet", sheet),
            ratings: u32::try_from(sheet.ratings.len()).unwrap_or(u32::MAX),
        }
    }

    /// `signOff` for a signed score sheet.
    pub fn sign_off(sheet: &crate::rules::committee::ScoreSheet) -> AuditEvent {
        AuditEvent::SignOff {
            rater: sheet.rater.clone(),
            sheet: crate::base::fingerprint::fingerprint("scoreSheet", sheet),
        }
    }

    /// `toleranceDecision` events for a tolerance decision, one per waived occurrence.
    pub fn tolerance_decisions(decision: &crate::rules::tolerance::Decision) -> Vec<AuditEvent> {
        decision
            .effect
            .waivers
            .iter()
            .map(|w| AuditEvent::ToleranceDecision {
                officer: decision.officer.clone(),
                decision: w.decision.clone(),
                occurrence: w.occurrence.clone(),
                outcome: w.outcome.clone(),
                kept: w.kept,
            })
            .collect()
    }
}
