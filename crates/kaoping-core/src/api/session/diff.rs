//! What an applied event changed: the officers whose total, grade, final grade, rank or flags
//! moved (before → after), the quota changes that appeared or went away, with their reasons,
//! and, after a seal, everything that differs from the sealed result.

use crate::api::session::actor::Timestamp;
use crate::api::session::changes::OfficerChanges;
pub use crate::api::session::changes::{Field, OfficerChange, Standing};
use crate::base::ids::{GradeId, OfficerId};
use crate::base::sorted::SortedMap;
use crate::rules::cohort::{CohortResult, QuotaChange};

/// Whether a quota change appeared or went away.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase")]
pub enum QuotaDelta {
    /// A quota now moves this officer.
    Added,
    /// A quota no longer moves this officer (as it did).
    Removed,
}

/// A quota change that appeared or went away, with the quota's reason.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuotaDiff {
    /// Added or removed.
    pub delta: QuotaDelta,
    /// The change (officer, grades, reason).
    pub change: QuotaChange,
}

/// Differences between the current result and the last seal.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SinceSeal {
    /// Sequence number of the seal event.
    pub seal: u64,
    /// When it was sealed.
    pub sealed_at: Timestamp,
    /// Officers whose standing differs from the sealed one, in officer-id order (reads as a
    /// list, compared with the seal when first read: see [`OfficerChanges`]).
    #[cfg_attr(feature = "tsify", tsify(type = "OfficerChange[]"))]
    pub officers: OfficerChanges,
}

/// The answer to an applied event.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Diff {
    /// Sequence number of the event in the log.
    pub seq: u64,
    /// Hash of its log entry (the new head).
    pub hash: String,
    /// Officers whose standing changed, in officer-id order (reads as a list; the officers who
    /// only moved one rank are kept as one run until the list is read: see [`OfficerChanges`]).
    #[cfg_attr(feature = "tsify", tsify(type = "OfficerChange[]"))]
    pub officers: OfficerChanges,
    /// Quota changes that appeared or went away.
    pub quotas: Vec<QuotaDiff>,
    /// After a seal: whether the result differs from it, and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since_seal: Option<SinceSeal>,
}

/// Every officer's standing in a result (empty for no result).
pub fn standings(result: Option<&CohortResult>) -> SortedMap<OfficerId, Standing> {
    result
        .map(|r| {
            r.officers
                .iter()
                .map(|e| {
                    (
                        e.officer.id.clone(),
                        Standing {
                            rank: e.rank,
                            total: e.total,
                            grade: e.pre_quota_grade.as_ref().map(|g| g.id.clone()),
                            final_grade: e.grade.as_ref().map(|g| g.id.clone()),
                            flags: e.flags,
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The officers whose standing differs between two tables, in officer-id order.
pub fn compare(
    before: &SortedMap<OfficerId, Standing>,
    after: &SortedMap<OfficerId, Standing>,
) -> Vec<OfficerChange> {
    crate::api::session::changes::compare(before, after)
}

/// Quota changes present in one result and not in the other (compared by officer and grades).
pub fn quota_diffs(before: Option<&CohortResult>, after: Option<&CohortResult>) -> Vec<QuotaDiff> {
    let empty: Vec<QuotaChange> = Vec::new();
    let b = before.map_or(&empty, |r| &r.changes);
    let a = after.map_or(&empty, |r| &r.changes);
    quota_list_diffs(b, a)
}

/// Quota changes in one list and not in the other (compared by officer and grades): those that
/// went away in `before`'s order, then those that appeared in `after`'s order.
pub fn quota_list_diffs(before: &[QuotaChange], after: &[QuotaChange]) -> Vec<QuotaDiff> {
    let (kb, ka) = (sorted_keys(before), sorted_keys(after));
    let gone = before.iter().filter(|c| ka.binary_search(&change_key(c)).is_err());
    let came = after.iter().filter(|c| kb.binary_search(&change_key(c)).is_err());
    gone.map(|c| QuotaDiff { delta: QuotaDelta::Removed, change: c.clone() })
        .chain(came.map(|c| QuotaDiff { delta: QuotaDelta::Added, change: c.clone() }))
        .collect()
}

type ChangeKey<'a> = (&'a OfficerId, &'a GradeId, &'a GradeId);

fn change_key(c: &QuotaChange) -> ChangeKey<'_> {
    (&c.officer, &c.from.id, &c.to.id)
}

fn sorted_keys(list: &[QuotaChange]) -> Vec<ChangeKey<'_>> {
    let mut keys: Vec<ChangeKey<'_>> = list.iter().map(change_key).collect();
    crate::base::sort::sort(&mut keys);
    keys
}
