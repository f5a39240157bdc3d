//! A scheme's record derivations resolved once ([`RecordPlan`]): each record kind's fields that
//! any derivation reads get a slot, every filter test names its slot instead of its key, and a
//! test's constant dates are parsed once. A dossier's records are then read once into a table of
//! cells ([`Cells`]), one row per record (its kind found and each read field looked up, dates
//! parsed), and every derived input and item is a walk over those rows.
//!
//! The answers are those of the rules written over the records themselves (see the module
//! above): the same records kept, in the same order, the same values.

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::ids::{FieldKey, InputKey, ItemId, RecordKindId};
use crate::model::dossier::Dossier;
use crate::model::records::{FieldValue, Record};
use crate::model::scheme::{Aggregate, Comparison, Derivation, Filter, ItemDerivation, Scheme};

/// A field's place among the fields its kind's derivations read.
type Slot = usize;

/// A scheme's derivations over records, resolved to slots.
#[derive(Clone, Debug, Default)]
pub struct RecordPlan {
    kinds: Vec<KindPlan>,
    /// The widest kind's number of slots: the width of a row of [`Cells`].
    width: usize,
    /// Each derived input, in the scheme's input order.
    pub(super) inputs: Vec<(InputKey, Compiled)>,
    /// Each list item and veto that fires from records, in the scheme's order.
    pub(super) items: Vec<(ItemId, Compiled)>,
    /// Every distinct test of every filter, with its kind's place.
    leaves: Vec<(usize, Leaf)>,
}

/// One declared record kind: its id, its date field's slot and the fields read, sorted by key.
#[derive(Clone, Debug)]
struct KindPlan {
    id: RecordKindId,
    date: Option<Slot>,
    fields: Vec<FieldKey>,
}

/// One derivation: its kind's place, what it aggregates and which records it keeps.
#[derive(Clone, Debug)]
pub(super) struct Compiled {
    /// The kind's place among the declared kinds (`None`: undeclared, nothing is kept).
    kind: Option<usize>,
    pub(super) aggregate: Aggregate,
    /// The aggregated field's slot (a number field; `distinct` reads the record itself).
    field: Option<Slot>,
    /// The aggregated field's key (for `distinct`).
    pub(super) field_key: Option<FieldKey>,
    test: Option<Test>,
    /// The slot of the date that dates an item's occurrences (its own, or its kind's).
    pub(super) date: Option<Slot>,
}

/// A filter over the truths of a row's tests: the tests themselves are [`Leaf`]s, each
/// evaluated once per record however many filters use it.
#[derive(Clone, Debug)]
enum Test {
    All(Vec<Test>),
    Any(Vec<Test>),
    Not(Box<Test>),
    Leaf(usize),
}

/// One test over slots.
#[derive(Clone, Debug, PartialEq)]
enum Leaf {
    Present(Slot),
    Compare(Slot, Comparison, Constant),
    In(Slot, Vec<Constant>),
    InPeriod(Slot),
    Days { from: Slot, to: Slot, op: Comparison, bound: Bound },
}

/// What the days between two dates are compared with.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Bound {
    Value(Decimal),
    Field(Slot),
    Missing,
}

/// A test's value, its date parsed once.
#[derive(Clone, Debug, PartialEq)]
struct Constant {
    value: FieldValue,
    date: Option<Date>,
}

impl Constant {
    fn of(value: &FieldValue) -> Constant {
        let date = match value {
            FieldValue::Text(t) => Date::parse(t),
            _ => None,
        };
        Constant { value: value.clone(), date }
    }
}

/// A record's field as read: absent, a number, a text (with its date when it is one) or a flag.
#[derive(Clone, Copy, Debug, Default)]
pub(super) enum Cell<'r> {
    #[default]
    Absent,
    Number(Decimal),
    Text(&'r str, Option<Date>),
    Flag(bool),
}

impl<'r> Cell<'r> {
    /// The cell as known at the as-of date: a date after it is not known yet.
    fn known(self, dates: &Window) -> Cell<'r> {
        match (self, dates.as_of) {
            (Cell::Text(_, Some(d)), Some(as_of)) if d > as_of => Cell::Absent,
            _ => self,
        }
    }

    fn date(self) -> Option<Date> {
        match self {
            Cell::Text(_, d) => d,
            _ => None,
        }
    }

    fn number(self) -> Option<Decimal> {
        match self {
            Cell::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The cell against a test's value: numbers as numbers, dates as dates (when both texts are
    /// dates), other texts as texts, flags only for equality.
    fn compare(self, op: Comparison, x: &Constant) -> bool {
        match (self, &x.value) {
            (Cell::Number(a), FieldValue::Number(b)) => op.holds(&a, b),
            (Cell::Text(a, da), FieldValue::Text(b)) => match (da, x.date) {
                (Some(a), Some(b)) => op.holds(a, b),
                _ => match op {
                    Comparison::Eq => a == b.as_str(),
                    _ => op.holds(a, b.as_str()),
                },
            },
            (Cell::Flag(a), FieldValue::Flag(b)) => op == Comparison::Eq && a == *b,
            _ => false,
        }
    }
}

impl RecordPlan {
    /// The plan of a scheme's derivations (empty when it derives nothing from records).
    pub fn of(scheme: &Scheme) -> RecordPlan {
        let derived = scheme.inputs.iter().filter_map(|d| d.derive.as_ref().map(|x| (&d.key, x)));
        RecordPlan::of_parts(scheme, derived.collect(), item_derivations(scheme).collect())
    }

    /// The plan of one derivation over the scheme's record kinds, for the input `key`.
    pub fn of_input(scheme: &Scheme, key: &InputKey, derivation: &Derivation) -> RecordPlan {
        RecordPlan::of_parts(scheme, vec![(key, derivation)], Vec::new())
    }

    fn of_parts(
        scheme: &Scheme,
        derived: Vec<(&InputKey, &Derivation)>,
        items: Vec<(&ItemId, &ItemDerivation)>,
    ) -> RecordPlan {
        let mut kinds: Vec<KindPlan> = scheme
            .records
            .iter()
            .map(|k| KindPlan { id: k.id.clone(), date: None, fields: k.date.iter().cloned().collect() })
            .collect();
        // first every field read, so that the slots are known before any test is compiled
        for (_, d) in &derived {
            note_fields(&mut kinds, &d.from, d.field.iter().chain(d.filter.iter().flat_map(fields_of)));
        }
        for (_, d) in &items {
            note_fields(&mut kinds, &d.from, d.date.iter().chain(d.filter.iter().flat_map(fields_of)));
        }
        for k in &mut kinds {
            crate::base::sort::sort(&mut k.fields);
            k.fields.dedup();
        }
        for (k, def) in kinds.iter_mut().zip(&scheme.records) {
            k.date = def.date.as_ref().and_then(|f| slot(&k.fields, f));
        }
        let width = kinds.iter().map(|k| k.fields.len()).max().unwrap_or(0);
        let mut leaves = Vec::new();
        let inputs = derived
            .into_iter()
            .map(|(key, d)| (key.clone(), compile_input(&kinds, d, &mut leaves)))
            .collect();
        let items =
            items.into_iter().map(|(id, d)| (id.clone(), compile_item(&kinds, d, &mut leaves))).collect();
        RecordPlan { kinds, width, inputs, items, leaves }
    }

    /// Whether the scheme derives anything from records.
    pub fn derives(&self) -> bool {
        !self.inputs.is_empty() || !self.items.is_empty()
    }

    /// A dossier's records read once into rows of cells, with the truth of each test.
    pub(super) fn cells<'r>(&self, records: &'r [Record], dates: &Window) -> Cells<'r> {
        let mut kinds = Vec::with_capacity(records.len());
        let mut cells = vec![Cell::Absent; records.len().saturating_mul(self.width)];
        let tests = self.leaves.len();
        let mut truth = vec![false; records.len().saturating_mul(tests)];
        for (i, r) in records.iter().enumerate() {
            let kind = self.kinds.iter().position(|k| k.id == r.kind);
            let start = i.saturating_mul(self.width);
            let row = cells.get_mut(start..start.saturating_add(self.width));
            if let (Some(k), Some(row)) = (kind.and_then(|k| self.kinds.get(k)), row) {
                read_row(&k.fields, r, row);
                let start = i.saturating_mul(tests);
                let truths = truth.get_mut(start..start.saturating_add(tests)).unwrap_or_default();
                for ((of, leaf), t) in self.leaves.iter().zip(truths) {
                    *t = Some(*of) == kind && leaf.holds(row, dates);
                }
            }
            kinds.push(kind);
        }
        Cells { kinds, cells, width: self.width, truth, tests }
    }

    /// The places of the records a derivation keeps: of its kind, known at the as-of date, and
    /// passing its filter.
    pub(super) fn kept(&self, c: &Compiled, cells: &Cells<'_>, dates: &Window) -> Vec<usize> {
        let Some(kind) = c.kind else { return Vec::new() };
        let date_slot = self.kinds.get(kind).and_then(|k| k.date);
        (0..cells.kinds.len())
            .filter(|&i| cells.kinds.get(i).copied().flatten() == Some(kind))
            .filter(|&i| {
                let row = cells.row(i);
                match (dates.as_of, date_slot.and_then(|s| row.get(s)).and_then(|c| c.date())) {
                    (Some(as_of), Some(date)) => date <= as_of,
                    _ => true,
                }
            })
            .filter(|&i| c.test.as_ref().is_none_or(|t| t.holds(cells.truths(i))))
            .collect()
    }

    /// The numbers a derivation aggregates, of the records kept.
    pub(super) fn numbers(c: &Compiled, cells: &Cells<'_>, kept: &[usize]) -> Vec<Decimal> {
        let Some(slot) = c.field else { return Vec::new() };
        kept.iter().filter_map(|&i| cells.row(i).get(slot).and_then(|c| c.number())).collect()
    }

    /// The date of an item's occurrence from record `i`, as known at the as-of date.
    pub(super) fn occurrence_date(c: &Compiled, cells: &Cells<'_>, i: usize, dates: &Window) -> Option<Date> {
        c.date.and_then(|s| cells.row(i).get(s)).and_then(|x| x.known(dates).date())
    }
}

/// A dossier's records as rows of cells (see [`RecordPlan::cells`]).
pub(super) struct Cells<'r> {
    kinds: Vec<Option<usize>>,
    cells: Vec<Cell<'r>>,
    width: usize,
    /// Each record's truth of each of the plan's tests.
    truth: Vec<bool>,
    tests: usize,
}

impl<'r> Cells<'r> {
    fn row(&self, i: usize) -> &[Cell<'r>] {
        let start = i.saturating_mul(self.width);
        self.cells.get(start..start.saturating_add(self.width)).unwrap_or(&[])
    }

    fn truths(&self, i: usize) -> &[bool] {
        let start = i.saturating_mul(self.tests);
        self.truth.get(start..start.saturating_add(self.tests)).unwrap_or(&[])
    }
}

/// One record's read fields: its fields and the kind's read keys are both sorted, so one walk
/// side by side finds them all.
fn read_row<'r>(keys: &[FieldKey], r: &'r Record, row: &mut [Cell<'r>]) {
    let mut fields = r.fields.iter();
    let mut next = fields.next();
    for (key, cell) in keys.iter().zip(row.iter_mut()) {
        let value = loop {
            match next {
                // the common case first: a record has most of the fields read
                Some((k, v)) if k == key => break Some(v),
                Some((k, _)) if k < key => next = fields.next(),
                Some(_) => break None,
                None => break None,
            }
        };
        let Some(value) = value else { continue };
        *cell = match value {
            FieldValue::Number(n) => Cell::Number(*n),
            FieldValue::Text(t) => Cell::Text(t, Date::parse(t)),
            FieldValue::Flag(b) => Cell::Flag(*b),
        };
    }
}

fn slot(fields: &[FieldKey], key: &FieldKey) -> Option<Slot> {
    fields.binary_search(key).ok()
}

/// Adds the fields a derivation of `kind` reads to that kind's fields.
fn note_fields<'a>(kinds: &mut [KindPlan], kind: &RecordKindId, keys: impl Iterator<Item = &'a FieldKey>) {
    if let Some(k) = kinds.iter_mut().find(|k| &k.id == kind) {
        k.fields.extend(keys.cloned());
    }
}

/// Every field a filter reads.
fn fields_of(filter: &Filter) -> Vec<&FieldKey> {
    match filter {
        Filter::All { of } | Filter::Any { of } => of.iter().flat_map(fields_of).collect(),
        Filter::Not { of } => fields_of(of),
        Filter::Present { field }
        | Filter::Compare { field, .. }
        | Filter::In { field, .. }
        | Filter::InPeriod { field } => vec![field],
        Filter::Days { from, to, than, .. } => [from, to].into_iter().chain(than).collect(),
    }
}

fn kind_of<'k>(kinds: &'k [KindPlan], id: &RecordKindId) -> (Option<usize>, Option<&'k KindPlan>) {
    let at = kinds.iter().position(|k| &k.id == id);
    (at, at.and_then(|i| kinds.get(i)))
}

fn compile_input(kinds: &[KindPlan], d: &Derivation, leaves: &mut Vec<(usize, Leaf)>) -> Compiled {
    let (kind, plan) = kind_of(kinds, &d.from);
    let fields = plan.map_or(&[][..], |k| &k.fields);
    Compiled {
        kind,
        aggregate: d.aggregate,
        field: d.field.as_ref().and_then(|f| slot(fields, f)),
        field_key: d.field.clone(),
        test: d.filter.as_ref().map(|f| Test::of(f, fields, kind.unwrap_or(usize::MAX), leaves)),
        date: None,
    }
}

fn compile_item(kinds: &[KindPlan], d: &ItemDerivation, leaves: &mut Vec<(usize, Leaf)>) -> Compiled {
    let (kind, plan) = kind_of(kinds, &d.from);
    let fields = plan.map_or(&[][..], |k| &k.fields);
    let date = match &d.date {
        Some(f) => slot(fields, f),
        None => plan.and_then(|k| k.date),
    };
    Compiled {
        kind,
        aggregate: Aggregate::Count,
        field: None,
        field_key: None,
        test: d.filter.as_ref().map(|f| Test::of(f, fields, kind.unwrap_or(usize::MAX), leaves)),
        date,
    }
}

impl Test {
    /// The filter with its tests resolved to slots of the kind at `kind` and placed among the
    /// plan's tests (a field the kind does not have is never present: the scheme's checks
    /// report it).
    fn of(filter: &Filter, fields: &[FieldKey], kind: usize, leaves: &mut Vec<(usize, Leaf)>) -> Test {
        let at = |f: &FieldKey| slot(fields, f).unwrap_or(usize::MAX);
        let leaf = match filter {
            Filter::All { of } => {
                return Test::All(of.iter().map(|f| Test::of(f, fields, kind, leaves)).collect())
            }
            Filter::Any { of } => {
                return Test::Any(of.iter().map(|f| Test::of(f, fields, kind, leaves)).collect())
            }
            Filter::Not { of } => return Test::Not(Box::new(Test::of(of, fields, kind, leaves))),
            Filter::Present { field } => Leaf::Present(at(field)),
            Filter::Compare { field, op, value } => Leaf::Compare(at(field), *op, Constant::of(value)),
            Filter::In { field, values } => Leaf::In(at(field), values.iter().map(Constant::of).collect()),
            Filter::InPeriod { field } => Leaf::InPeriod(at(field)),
            Filter::Days { from, to, op, value, than } => {
                let bound = match (value, than) {
                    (Some(v), None) => Bound::Value(*v),
                    (None, Some(f)) => Bound::Field(at(f)),
                    _ => Bound::Missing,
                };
                Leaf::Days { from: at(from), to: at(to), op: *op, bound }
            }
        };
        let known = leaves.iter().position(|(k, l)| *k == kind && *l == leaf);
        Test::Leaf(known.unwrap_or_else(|| {
            leaves.push((kind, leaf));
            leaves.len() - 1
        }))
    }

    /// Whether a record passes the filter, given the truths of its tests.
    fn holds(&self, truths: &[bool]) -> bool {
        match self {
            Test::All(of) => of.iter().all(|t| t.holds(truths)),
            Test::Any(of) => of.iter().any(|t| t.holds(truths)),
            Test::Not(of) => !of.holds(truths),
            Test::Leaf(j) => truths.get(*j).copied().unwrap_or(false),
        }
    }
}

impl Leaf {
    /// Whether a record's row passes the test.
    fn holds(&self, row: &[Cell<'_>], dates: &Window) -> bool {
        let known = |s: Slot| row.get(s).copied().unwrap_or_default().known(dates);
        match self {
            Leaf::Present(s) => !matches!(known(*s), Cell::Absent),
            Leaf::Compare(s, op, x) => known(*s).compare(*op, x),
            Leaf::In(s, values) => {
                let v = known(*s);
                values.iter().any(|x| v.compare(Comparison::Eq, x))
            }
            Leaf::InPeriod(s) => known(*s).date().is_some_and(|d| d >= dates.start && d <= dates.end),
            Leaf::Days { from, to, op, bound } => {
                let (Some(a), Some(b)) = (known(*from).date(), known(*to).date()) else {
                    return false;
                };
                let days = a.days_until(b).checked_mul(1_000_000).map(Decimal::from_micros);
                let bound = match bound {
                    Bound::Value(v) => Some(*v),
                    Bound::Field(f) => row.get(*f).and_then(|c| c.number()),
                    Bound::Missing => None,
                };
                matches!((days, bound), (Some(d), Some(b)) if op.holds(d, b))
            }
        }
    }
}

/// The list items and vetoes that fire from records, with their derivations.
pub fn item_derivations(scheme: &Scheme) -> impl Iterator<Item = (&ItemId, &ItemDerivation)> {
    let items = scheme.bonuses.items.iter().chain(&scheme.deductions.items);
    items
        .filter_map(|i| i.derive.as_ref().map(|d| (&i.id, d)))
        .chain(scheme.vetoes.iter().filter_map(|v| v.derive.as_ref().map(|d| (&v.id, d))))
}

/// The dates a dossier's records are read within: the scheme's period, up to the as-of date.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub(super) start: Date,
    pub(super) end: Date,
    pub(super) as_of: Option<Date>,
    /// The period's own end: the date of an occurrence whose record has no date.
    pub(super) period_end: Date,
}

impl Window {
    /// The window of a dossier under a scheme.
    pub fn of(scheme: &Scheme, dossier: &Dossier) -> Window {
        let end = dossier.as_of.map_or(scheme.period.end, |a| a.min(scheme.period.end));
        Window { start: scheme.period.start, end, as_of: dossier.as_of, period_end: scheme.period.end }
    }
}
