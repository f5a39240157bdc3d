//! The deterministic tie-break order of a cohort ranking.

use crate::base::decimal::Decimal;
use crate::base::ids::DimensionId;
use crate::explain::cohort::tie_key;
use crate::model::assessment::Assessment;
use crate::model::cohort_fact::TieKeyFact;
use crate::model::explanation::Lang;
use crate::model::line_fact::Title;
use crate::model::scheme::{Scheme, TieBreakKey};
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

/// Appends the key values of an assessment (officer id is compared separately).
pub(crate) fn push_values(a: &Assessment, keys: &[TieBreakKey], into: &mut Vec<Decimal>) {
    push_key_values(keys, a.total, |id| dimension_score(a, id), a.deductions.total, into);
}

/// Appends the key values of one officer from its total, dimension scores and deduction points
/// (officer id is compared separately).
pub(crate) fn push_key_values(
    keys: &[TieBreakKey],
    total: Decimal,
    dimension: impl Fn(&DimensionId) -> Decimal,
    deductions: Decimal,
    into: &mut Vec<Decimal>,
) {
    for k in keys {
        match k {
            TieBreakKey::Total {} => into.push(total),
            TieBreakKey::Dimension { dimension: id } => into.push(dimension(id)),
            // fewer deductions first: compare the negated points, higher first
            TieBreakKey::FewerDeductions {} => into.push(deductions.checked_neg().unwrap_or(Decimal::ZERO)),
            TieBreakKey::OfficerId {} => {}
        }
    }
}

fn dimension_score(a: &Assessment, id: &DimensionId) -> Decimal {
    a.dimensions.iter().find(|d| &d.id == id).map_or(Decimal::ZERO, |d| d.score)
}

/// The key values of every officer, flat (`stride` values per officer), with their ids (any
/// type that reads as a `str`).
pub(crate) struct KeyTable<'a, I = &'a str> {
    pub(crate) keys: &'a [TieBreakKey],
    pub(crate) values: &'a [Decimal],
    pub(crate) stride: usize,
    pub(crate) ids: &'a [I],
}

impl<I: std::borrow::Borrow<str>> KeyTable<'_, I> {
    fn row(&self, i: usize) -> &[Decimal] {
        let start = i.saturating_mul(self.stride);
        self.values.get(start..start.saturating_add(self.stride)).unwrap_or(&[])
    }

    /// Compares officers `a` and `b` (indices): `Less` when `a` ranks first; with the index of
    /// the key that decided.
    pub(crate) fn compare(&self, a: usize, b: usize) -> (Ordering, usize) {
        let (ra, rb) = (self.row(a), self.row(b));
        let mut vi = 0;
        for (ki, key) in self.keys.iter().enumerate() {
            let ord = match key {
                TieBreakKey::OfficerId {} => {
                    let id = |i: usize| self.ids.get(i).map(<I as std::borrow::Borrow<str>>::borrow);
                    id(a).cmp(&id(b))
                }
                _ => {
                    let ord = rb.get(vi).cmp(&ra.get(vi));
                    vi += 1;
                    ord
                }
            };
            if ord != Ordering::Equal {
                return (ord, ki);
            }
        }
        (Ordering::Equal, self.keys.len())
    }

    /// The key that separated `a` (above) from `b` when the first key tied.
    pub(crate) fn decided_by(&self, a: usize, b: usize) -> Option<&TieBreakKey> {
        let (_, decided) = self.compare(a, b);
        if decided > 0 {
            self.keys.get(decided)
        } else {
            None
        }
    }
}

/// Chinese and English name of a key (worded by [`crate::explain`]).
pub fn key_text(key: &TieBreakKey, scheme: &Scheme) -> (String, String) {
    let fact = match key {
        TieBreakKey::Total {} => TieKeyFact::Total,
        TieBreakKey::Dimension { dimension } => {
            let d = scheme.dimensions.iter().find(|d| &d.id == dimension);
            TieKeyFact::Dimension(d.map_or_else(
                || Title::new(dimension.as_str(), None),
                |d| Title::new(&d.title, d.title_en.as_deref()),
            ))
        }
        TieBreakKey::FewerDeductions {} => TieKeyFact::FewerDeductions,
        TieBreakKey::OfficerId {} => TieKeyFact::OfficerId,
    };
    (tie_key(fact, Lang::Zh), tie_key(fact, Lang::En))
}
