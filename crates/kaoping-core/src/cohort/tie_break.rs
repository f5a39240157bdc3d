//! The deterministic tie-break order of a cohort ranking.

use crate::assessment::Assessment;
use crate::decimal::Decimal;
use crate::ids::DimensionId;
use crate::scheme::{Scheme, TieBreakKey};
use std::cmp::Ordering;

/// The tie-break keys in force: the scheme's, or by default total, then the first dimension
/// (the quality dimension in the built-in schemes), then fewer deduction points, then officer
/// id. Officer id is always appended last, so the order is total.
pub fn effective_keys(scheme: &Scheme) -> Vec<TieBreakKey> {
    let mut keys = if scheme.tie_break.is_empty() {
        let mut k = vec![TieBreakKey::Total {}];
        if let Some(d) = scheme.dimensions.first() {
            k.push(TieBreakKey::Dimension { dimension: d.id.clone() });
        }
        k.push(TieBreakKey::FewerDeductions {});
        k
    } else {
        scheme.tie_break.clone()
    };
    if !keys.iter().any(|k| matches!(k, TieBreakKey::OfficerId {})) {
        keys.push(TieBreakKey::OfficerId {});
    }
    keys
}

/// What one officer is sorted by, precomputed once.
#[derive(Clone, Debug)]
pub(crate) struct SortKey {
    pub(crate) values: Vec<Decimal>,
}

impl SortKey {
    /// The key values of an assessment (officer id is compared separately).
    pub(crate) fn of(a: &Assessment, keys: &[TieBreakKey]) -> SortKey {
        let values = keys
            .iter()
            .filter_map(|k| match k {
                TieBreakKey::Total {} => Some(a.total),
                TieBreakKey::Dimension { dimension } => Some(dimension_score(a, dimension)),
                // fewer deductions first: compare the negated points descending
                TieBreakKey::FewerDeductions {} => {
                    Some(a.deductions.total.checked_neg().unwrap_or(Decimal::ZERO))
                }
                TieBreakKey::OfficerId {} => None,
            })
            .collect();
        SortKey { values }
    }
}

fn dimension_score(a: &Assessment, id: &DimensionId) -> Decimal {
    a.dimensions.iter().find(|d| &d.id == id).map_or(Decimal::ZERO, |d| d.score)
}

/// Compares two officers: better first (`Less` = `a` ranks before `b`). Returns the ordering
/// and the index of the key that decided it.
pub(crate) fn compare(keys: &[TieBreakKey], a: (&SortKey, &str), b: (&SortKey, &str)) -> (Ordering, usize) {
    let mut vi = 0;
    for (ki, key) in keys.iter().enumerate() {
        let ord = match key {
            TieBreakKey::OfficerId {} => a.1.cmp(b.1),
            _ => {
                let va = a.0.values.get(vi);
                let vb = b.0.values.get(vi);
                vi += 1;
                vb.cmp(&va)
            }
        };
        if ord != Ordering::Equal {
            return (ord, ki);
        }
    }
    (Ordering::Equal, keys.len())
}

/// Chinese and English name of a key.
pub fn key_text(key: &TieBreakKey, scheme: &Scheme) -> (String, String) {
    match key {
        TieBreakKey::Total {} => ("总分".to_owned(), "total".to_owned()),
        TieBreakKey::Dimension { dimension } => {
            let d = scheme.dimensions.iter().find(|d| &d.id == dimension);
            let zh = d.map_or_else(|| dimension.to_string(), |d| d.title.clone());
            let en = d.map_or_else(
                || dimension.to_string(),
                |d| d.title_en.clone().unwrap_or_else(|| d.title.clone()),
            );
            (format!("{zh}维度得分"), format!("{en} dimension score"))
        }
        TieBreakKey::FewerDeductions {} => ("扣分较少".to_owned(), "fewer deduction points".to_owned()),
        TieBreakKey::OfficerId {} => ("工号顺序".to_owned(), "officer id".to_owned()),
    }
}
