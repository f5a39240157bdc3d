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

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::{FieldKey, InputKey, ItemId, OccurrenceId, RecordId, RecordKindId};
use crate::base::message::RecordMsg;
use crate::model::assessment::DerivedInput;
use crate::model::dossier::{Dossier, Occurrence};
use crate::model::records::{FieldValue, Record};
use crate::model::scheme::{Aggregate, Comparison, Derivation, Filter, ItemDerivation, Scheme};
use std::borrow::Cow;
use std::cmp::Ordering;

/// A dossier as the assessment reads it: with its derived inputs computed from its records.
#[derive(Debug)]
pub struct Effective<'a> {
    /// The dossier, its derived inputs filled in (borrowed when nothing was derived).
    pub dossier: Cow<'a, Dossier>,
    /// Each derived input with the records behind it, in the scheme's input order.
    pub derived: Vec<DerivedInput>,
    /// Derived inputs also given by hand.
    pub problems: Problems,
}

/// The dossier with its derived inputs computed (nothing changes for a dossier without records
/// or a scheme without derived inputs).
pub fn effective<'a>(scheme: &Scheme, dossier: &'a Dossier) -> Effective<'a> {
    let mut out =
        Effective { dossier: Cow::Borrowed(dossier), derived: Vec::new(), problems: Problems::new() };
    if dossier.records.is_empty() || !derives(scheme) {
        return out;
    }
    let window = Window::of(scheme, dossier);
    let mut inputs = dossier.inputs.clone();
    for def in &scheme.inputs {
        let Some(derivation) = &def.derive else { continue };
        if dossier.inputs.contains_key(&def.key) {
            out.problems.push(
                Code::DerivedInputGiven,
                Path::root().key("inputs").key(def.key.as_str()),
                RecordMsg::DerivedGiven { key: crate::rules::validate::input_named(scheme, &def.key) },
            );
            continue;
        }
        let d = derive(scheme, derivation, &dossier.records, &window, &def.key);
        if let Some(v) = d.value {
            inputs.insert(def.key.clone(), v);
        }
        out.derived.push(d);
    }
    let mut owned = dossier.clone();
    owned.inputs = inputs;
    for (item, derivation) in item_derivations(scheme) {
        owned.occurrences.extend(occurrences(scheme, item, derivation, &dossier.records, &window));
    }
    out.dossier = Cow::Owned(owned);
    out
}

/// Whether the scheme derives anything from records.
fn derives(scheme: &Scheme) -> bool {
    scheme.inputs.iter().any(|d| d.derive.is_some()) || item_derivations(scheme).next().is_some()
}

/// The list items and vetoes that fire from records, with their derivations.
pub fn item_derivations(scheme: &Scheme) -> impl Iterator<Item = (&ItemId, &ItemDerivation)> {
    let items = scheme.bonuses.items.iter().chain(&scheme.deductions.items);
    items
        .filter_map(|i| i.derive.as_ref().map(|d| (&i.id, d)))
        .chain(scheme.vetoes.iter().filter_map(|v| v.derive.as_ref().map(|d| (&v.id, d))))
}

/// The records that fire an item, with their places in the dossier.
pub fn firing<'r>(
    scheme: &Scheme,
    derivation: &ItemDerivation,
    records: &'r [Record],
    window: &Window,
) -> Vec<(usize, &'r Record)> {
    kept(scheme, &derivation.from, derivation.filter.as_ref(), records, window)
}

/// The kind's date field (`None`: the kind is not declared or has none).
fn kind_date<'s>(scheme: &'s Scheme, kind: &RecordKindId) -> Option<&'s FieldKey> {
    scheme.records.iter().find(|k| &k.id == kind).and_then(|k| k.date.as_ref())
}

/// The records of a kind, known at the window's as-of date, that the filter keeps, with their
/// places in the dossier: what a derived input aggregates and what fires an item.
fn kept<'r>(
    scheme: &Scheme,
    kind: &RecordKindId,
    filter: Option<&Filter>,
    records: &'r [Record],
    window: &Window,
) -> Vec<(usize, &'r Record)> {
    let date_field = kind_date(scheme, kind);
    records
        .iter()
        .enumerate()
        .filter(|(_, r)| &r.kind == kind)
        .filter(|(_, r)| match (window.as_of, date_field.and_then(|f| date_of(r, f))) {
            (Some(as_of), Some(date)) => date <= as_of,
            _ => true,
        })
        .filter(|(_, r)| filter.is_none_or(|f| holds(f, r, window)))
        .collect()
}

/// One occurrence of `item` per record that fires it.
fn occurrences(
    scheme: &Scheme,
    item: &ItemId,
    derivation: &ItemDerivation,
    records: &[Record],
    window: &Window,
) -> Vec<Occurrence> {
    let date_field = derivation.date.as_ref().or(kind_date(scheme, &derivation.from));
    firing(scheme, derivation, records, window)
        .into_iter()
        .map(|(i, r)| Occurrence {
            id: OccurrenceId(format!("{item}.r{i}")),
            item: item.clone(),
            date: date_field.and_then(|f| known_date(r, f, window)).unwrap_or(scheme.period.end),
            count: 1,
            reference: Some(r.id.to_string()),
            note: None,
        })
        .collect()
}

/// The dates a dossier's records are read within: the scheme's period, up to the as-of date.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    start: Date,
    end: Date,
    as_of: Option<Date>,
}

impl Window {
    /// The window of a dossier under a scheme.
    pub fn of(scheme: &Scheme, dossier: &Dossier) -> Window {
        let end = dossier.as_of.map_or(scheme.period.end, |a| a.min(scheme.period.end));
        Window { start: scheme.period.start, end, as_of: dossier.as_of }
    }
}

/// One derived input over a dossier's records.
pub fn derive(
    scheme: &Scheme,
    derivation: &Derivation,
    records: &[Record],
    window: &Window,
    key: &InputKey,
) -> DerivedInput {
    let kept: Vec<&Record> = kept(scheme, &derivation.from, derivation.filter.as_ref(), records, window)
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    let numbers = || {
        derivation
            .field
            .as_ref()
            .map_or(Vec::new(), |f| kept.iter().filter_map(|r| number_of(r, f)).collect())
    };
    let value = match derivation.aggregate {
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
            let mut seen: Vec<&FieldValue> = derivation
                .field
                .as_ref()
                .map_or(Vec::new(), |f| kept.iter().filter_map(|r| r.fields.get(f)).collect());
            crate::base::sort::sort_by(&mut seen, |a, b| order_values(a, b));
            seen.dedup();
            Decimal::from_count(seen.len() as u64)
        }
    };
    DerivedInput {
        key: key.clone(),
        value,
        records: kept.iter().map(|r| r.id.clone()).collect::<Vec<RecordId>>(),
    }
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

fn number_of(r: &Record, f: &FieldKey) -> Option<Decimal> {
    match r.fields.get(f)? {
        FieldValue::Number(n) => Some(*n),
        _ => None,
    }
}

fn date_of(r: &Record, f: &FieldKey) -> Option<Date> {
    match r.fields.get(f)? {
        FieldValue::Text(t) => Date::parse(t),
        _ => None,
    }
}

/// A record's field as known at the window's as-of date: a date after it is not known yet.
fn known<'r>(r: &'r Record, f: &FieldKey, window: &Window) -> Option<&'r FieldValue> {
    let v = r.fields.get(f)?;
    match (v, window.as_of) {
        (FieldValue::Text(t), Some(as_of)) if Date::parse(t).is_some_and(|d| d > as_of) => None,
        _ => Some(v),
    }
}

fn known_date(r: &Record, f: &FieldKey, window: &Window) -> Option<Date> {
    match known(r, f, window)? {
        FieldValue::Text(t) => Date::parse(t),
        _ => None,
    }
}

/// Whether a record passes a filter.
pub fn holds(filter: &Filter, r: &Record, window: &Window) -> bool {
    match filter {
        Filter::All { of } => of.iter().all(|f| holds(f, r, window)),
        Filter::Any { of } => of.iter().any(|f| holds(f, r, window)),
        Filter::Not { of } => !holds(of, r, window),
        Filter::Present { field } => known(r, field, window).is_some(),
        Filter::Compare { field, op, value } => {
            known(r, field, window).is_some_and(|v| compare(v, *op, value))
        }
        Filter::In { field, values } => {
            known(r, field, window).is_some_and(|v| values.iter().any(|x| compare(v, Comparison::Eq, x)))
        }
        Filter::InPeriod { field } => {
            known_date(r, field, window).is_some_and(|d| d >= window.start && d <= window.end)
        }
        Filter::Days { from, to, op, value, than } => {
            let (Some(a), Some(b)) = (known_date(r, from, window), known_date(r, to, window)) else {
                return false;
            };
            let days = a.days_until(b).checked_mul(1_000_000).map(Decimal::from_micros);
            let bound = match (value, than) {
                (Some(v), None) => Some(*v),
                (None, Some(f)) => number_of(r, f),
                _ => None,
            };
            matches!((days, bound), (Some(d), Some(b)) if op.holds(d, b))
        }
    }
}

/// A record's value against a test's value: numbers as numbers, dates as dates (when both
/// texts are dates), other texts as texts, flags only for equality.
fn compare(v: &FieldValue, op: Comparison, x: &FieldValue) -> bool {
    match (v, x) {
        (FieldValue::Number(a), FieldValue::Number(b)) => op.holds(a, b),
        (FieldValue::Text(a), FieldValue::Text(b)) => match (Date::parse(a), Date::parse(b)) {
            (Some(a), Some(b)) => op.holds(a, b),
            _ => match op {
                Comparison::Eq => a == b,
                _ => op.holds(a.as_str(), b.as_str()),
            },
        },
        (FieldValue::Flag(a), FieldValue::Flag(b)) => op == Comparison::Eq && a == b,
        _ => false,
    }
}
