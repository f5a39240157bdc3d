//! Ranking a cohort by the tie-break order.

use crate::base::ids::OfficerId;
use crate::model::scheme::TieBreakKey;
use crate::rules::cohort::tie_break::KeyTable;

/// How an officer was separated from the officer ranked just above when the first key tied.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct TieNote {
    /// The officer ranked just above.
    pub with: OfficerId,
    /// The key that decided (the first on which they differ).
    pub decided_by: TieBreakKey,
}

/// Officers (indices into the table) in rank order, best first, with a tie note for every
/// officer who tied with the one above on the first key.
pub(crate) fn rank(table: &KeyTable<'_>) -> Vec<(usize, Option<TieNote>)> {
    let order = crate::base::sort::sort_indices(table.ids.len(), &mut |a, b| table.compare(a, b).0);
    let mut out = Vec::with_capacity(order.len());
    let mut prev: Option<usize> = None;
    for &i in &order {
        let note = prev.and_then(|p| {
            let with = table.ids.get(p)?;
            table
                .decided_by(p, i)
                .map(|k| TieNote { with: OfficerId((*with).to_owned()), decided_by: k.clone() })
        });
        out.push((i, note));
        prev = Some(i);
    }
    out
}
