//! Ranking a cohort by the tie-break order.

use crate::assessment::Assessment;
use crate::cohort::tie_break::{compare, SortKey};
use crate::ids::OfficerId;
use crate::scheme::TieBreakKey;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// How an officer was separated from the officer ranked just above when the first key tied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TieNote {
    /// The officer ranked just above.
    pub with: OfficerId,
    /// The key that decided (the first on which they differ).
    pub decided_by: TieBreakKey,
}

/// Positions of `assessments` in rank order (best first) with a tie note for every officer
/// who tied with the one above on the first key.
pub(crate) fn rank(assessments: &[Assessment], keys: &[TieBreakKey]) -> Vec<(usize, Option<TieNote>)> {
    let sort_keys: Vec<SortKey> = assessments.iter().map(|a| SortKey::of(a, keys)).collect();
    let mut order: Vec<usize> = (0..assessments.len()).collect();
    let key_of = |i: usize| {
        let k = sort_keys.get(i);
        let id = assessments.get(i).map_or("", |a| a.officer.id.as_str());
        (k, id)
    };
    order.sort_unstable_by(|&a, &b| match (key_of(a), key_of(b)) {
        ((Some(ka), ia), (Some(kb), ib)) => compare(keys, (ka, ia), (kb, ib)).0,
        _ => Ordering::Equal,
    });
    let mut out = Vec::with_capacity(order.len());
    let mut prev: Option<usize> = None;
    for &i in &order {
        let note = prev.and_then(|p| match (key_of(p), key_of(i)) {
            ((Some(kp), ip), (Some(ki), ii)) => {
                let (_, decided) = compare(keys, (kp, ip), (ki, ii));
                if decided > 0 {
                    keys.get(decided)
                        .map(|k| TieNote { with: OfficerId(ip.to_owned()), decided_by: k.clone() })
                } else {
                    None
                }
            }
            _ => None,
        });
        out.push((i, note));
        prev = Some(i);
    }
    out
}
