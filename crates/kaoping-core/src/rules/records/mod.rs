//! Case records become inputs (数据自动抓取): each derived input of the scheme is an aggregation
//! over the dossier's records of one kind that its filter keeps, and remembers which records
//! those were (指标下钻).
//!
//! * A dossier with records has every derived input computed ([`effective`]); giving one by hand
//!   as well is `E_DERIVED_INPUT`. A dossier without records gives them, hand-counted, as before.
//! * A list item or veto with a derivation fires once per record its filter keeps: one
//!   occurrence `{item}.r{i}` whose reference is the record's id (the case number).
//! * A dossier assessed as of a date (`asOf`) ignores the records whose kind's date comes after
//!   it, treats every date after it as not known yet (a case closed in August is pending as of
//!   June), and its `inPeriod` tests end at it.
//! * A record without a field a test reads fails the test (`present` asks for the field itself);
//!   values of the wrong type are reported by [`check::check_records`] and fail every test.
//! * `mean` is rounded to 6 decimal places half away from zero; `mean`, `min` and `max` of no
//!   record leave the input absent (the scheme's own rules for a missing input apply).

pub mod check;
mod plan;

pub use plan::{item_derivations, RecordPlan, Window};

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::{InputKey, ItemId, OccurrenceId, RecordId};
use crate::base::message::RecordMsg;
use crate::model::assessment::DerivedInput;
use crate::model::dossier::{Dossier, Occurrence};
use crate::model::records::{FieldValue, Record};
use crate::model::scheme::{Aggregate, Derivation, Scheme};
use plan::{Cells, Compiled};
use std::borrow::Cow;
use std::cmp::Ordering;

/// A dossier as the assessment reads it: with its derived inputs computed from its records.
#[derive(Debug)]
pub struct Effective<'a> {
    /// The dossier, its derived inputs and the occurrences its records fire filled in (borrowed
    /// when nothing was derived). An owned one no longer carries the records: they were read.
    pub dossier: Cow<'a, Dossier>,
    /// Each derived input with the records behind it, in the scheme's input order.
    pub derived: Vec<DerivedInput>,
    /// Derived inputs also given by hand.
    pub problems: Problems,
}

/// The dossier with its derived inputs computed and the occurrences its records fire (nothing
/// changes for a dossier without records or a scheme without derivations).
pub fn effective<'a>(plan: &RecordPlan, scheme: &Scheme, dossier: &'a Dossier) -> Effective<'a> {
    let mut out =
        Effective { dossier: Cow::Borrowed(dossier), derived: Vec::new(), problems: Problems::new() };
    if dossier.records.is_empty() || !plan.derives() {
        return out;
    }
    let window = Window::of(scheme, dossier);
    let cells = plan.cells(&dossier.records, &window);
    let mut inputs = dossier.inputs.clone();
    for (key, c) in &plan.inputs {
        if dossier.inputs.contains_key(key) {
            out.problems.push(
                Code::DerivedInputGiven,
                Path::root().key("inputs").key(key.as_str()),
                RecordMsg::DerivedGiven { key: crate::rules::validate::input_named(scheme, key) },
            );
            continue;
        }
        let (d, _) = derive(plan, c, &cells, &dossier.records, &window, key);
        if let Some(v) = d.value {
            inputs.insert(key.clone(), v);
        }
        out.derived.push(d);
    }
    let mut occurrences = dossier.occurrences.clone();
    for (item, c) in &plan.items {
        occurrences.extend(fired(plan, item, c, &cells, &dossier.records, &window));
    }
    out.dossier = Cow::Owned(Dossier {
        officer: dossier.officer.clone(),
        scheme: dossier.scheme.clone(),
        period: dossier.period.clone(),
        inputs,
        occurrences,
        records: Vec::new(),
        as_of: dossier.as_of,
        case_review: dossier.case_review,
        synthetic: dossier.synthetic,
    });
    out
}

/// The places in the dossier of the records that fire `item` (`None`: it does not fire from
/// records).
pub fn firing(plan: &RecordPlan, item: &ItemId, records: &[Record], window: &Window) -> Option<Vec<usize>> {
    let (_, c) = plan.items.iter().find(|(i, _)| i == item)?;
    Some(plan.kept(c, &plan.cells(records, window), window))
}

/// One derived input over a dossier's records, with the places of the records behind it
/// (`None`: the key is not a derived input).
pub fn derive_input(
    plan: &RecordPlan,
    key: &InputKey,
    records: &[Record],
    window: &Window,
) -> Option<(DerivedInput, Vec<usize>)> {
    let (_, c) = plan.inputs.iter().find(|(k, _)| k == key)?;
    Some(derive(plan, c, &plan.cells(records, window), records, window, key))
}

/// One derivation over records, for the input `key` (planned for this call alone: an
/// assessment plans its scheme's derivations once).
pub fn derive_one(
    scheme: &Scheme,
    derivation: &Derivation,
    records: &[Record],
    window: &Window,
    key: &InputKey,
) -> DerivedInput {
    let plan = RecordPlan::of_input(scheme, key, derivation);
    match derive_input(&plan, key, records, window) {
        Some((d, _)) => d,
        None => DerivedInput { key: key.clone(), value: None, records: Vec::new() },
    }
}

/// One occurrence of `item` per record that fires it.
fn fired(
    plan: &RecordPlan,
    item: &ItemId,
    c: &Compiled,
    cells: &Cells<'_>,
    records: &[Record],
    window: &Window,
) -> Vec<Occurrence> {
    plan.kept(c, cells, window)
        .into_iter()
        .filter_map(|i| records.get(i).map(|r| (i, r)))
        .map(|(i, r)| Occurrence {
            id: OccurrenceId(format!("{item}.r{i}")),
            item: item.clone(),
            date: RecordPlan::occurrence_date(c, cells, i, window).unwrap_or(window.period_end),
            count: 1,
            reference: Some(r.id.to_string()),
            note: None,
        })
        .collect()
}

/// One derived input: its value over the records kept, their ids and places.
fn derive(
    plan: &RecordPlan,
    c: &Compiled,
    cells: &Cells<'_>,
    records: &[Record],
    window: &Window,
    key: &InputKey,
) -> (DerivedInput, Vec<usize>) {
    let kept = plan.kept(c, cells, window);
    let numbers = || RecordPlan::numbers(c, cells, &kept);
    let value = match c.aggregate {
        Aggregate::Count => Decimal::from_count(kept.len() as u64),
        Aggregate::Sum => numbers().into_iter().try_fold(Decimal::ZERO, Decimal::checked_add),
        Aggregate::Mean => {
            let n = numbers();
            let sum = n.iter().copied().try_fold(Decimal::ZERO, Decimal::checked_add);
            match (sum, Decimal::from_count(n.len() as u64)) {
                (Some(s), Some(c)) if !n.is_empty() => s.checked_div(c),
                _ => None,
            }
        }
        Aggregate::Min => numbers().into_iter().min(),
        Aggregate::Max => numbers().into_iter().max(),
        Aggregate::Distinct => {
            let mut seen: Vec<&FieldValue> = c.field_key.as_ref().map_or(Vec::new(), |f| {
                kept.iter().filter_map(|&i| records.get(i)).filter_map(|r| r.fields.get(f)).collect()
            });
            crate::base::sort::sort_by(&mut seen, |a, b| order_values(a, b));
            seen.dedup();
            Decimal::from_count(seen.len() as u64)
        }
    };
    let ids = kept.iter().filter_map(|&i| records.get(i)).map(|r| r.id.clone()).collect::<Vec<RecordId>>();
    (DerivedInput { key: key.clone(), value, records: ids }, kept)
}

/// A total order of field values for `distinct` (numbers, then texts, then flags).
fn order_values(a: &FieldValue, b: &FieldValue) -> Ordering {
    match (a, b) {
        (FieldValue::Number(x), FieldValue::Number(y)) => x.cmp(y),
        (FieldValue::Text(x), FieldValue::Text(y)) => x.cmp(y),
        (FieldValue::Flag(x), FieldValue::Flag(y)) => x.cmp(y),
        (FieldValue::Number(_), _) => Ordering::Less,
        (_, FieldValue::Number(_)) => Ordering::Greater,
        (FieldValue::Text(_), _) => Ordering::Less,
        (_, FieldValue::Text(_)) => Ordering::Greater,
    }
}
