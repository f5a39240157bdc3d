//! Checks of case records: a scheme's record kinds and derived inputs ([`check_scheme_records`]),
//! and a dossier's records against their kinds ([`check_records`]), every problem located
//! (`inputs[3].derive.where.of[1].field`, `records[12].fields.closed`).

use crate::base::date::Date;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::FieldKey;
use crate::base::limits;
use crate::base::message::{FieldNoun, Named, RecordMsg};
use crate::base::sorted::Seen;
use crate::model::records::{FieldValue, Record};
use crate::model::scheme::{Aggregate, FieldDef, FieldType, Filter, Outside, RecordKind, Scheme};

fn field_named(def: &FieldDef) -> Named {
    Named::titled(&def.title, def.key.as_str())
}

fn noun(t: FieldType) -> FieldNoun {
    match t {
        FieldType::Date => FieldNoun::Date,
        FieldType::Number => FieldNoun::Number,
        FieldType::Enum => FieldNoun::Enum,
        FieldType::Flag => FieldNoun::Flag,
        FieldType::Text => FieldNoun::Text,
    }
}

/// The scheme's record kinds (ids and field keys unique, enum fields with values, at most
/// [`limits::MAX_RECORD_FIELDS`]) and its derived inputs (a declared kind, fields of that kind
/// of the type each use needs).
pub fn check_scheme_records(scheme: &Scheme, problems: &mut Problems) {
    let root = Path::root();
    let mut kinds = Seen::new();
    if scheme.records.len() > limits::MAX_RECORD_FIELDS {
        problems.push(
            Code::Limit,
            root.key("records"),
            RecordMsg::TooManyFields { max: limits::MAX_RECORD_FIELDS },
        );
    }
    for (i, kind) in scheme.records.iter().enumerate() {
        let at = root.key("records").index(i);
        if !crate::base::ids::is_valid_id(kind.id.as_str()) || !kinds.insert(kind.id.as_str()) {
            problems.push(
                Code::DuplicateId,
                at.key("id"),
                RecordMsg::UnknownKind { kind: kind.id.to_string() },
            );
        }
        if kind.fields.len() > limits::MAX_RECORD_FIELDS {
            problems.push(
                Code::Limit,
                at.key("fields"),
                RecordMsg::TooManyFields { max: limits::MAX_RECORD_FIELDS },
            );
        }
        let mut keys = Seen::new();
        for (j, f) in kind.fields.iter().enumerate() {
            let fp = at.key("fields").index(j);
            if !crate::base::ids::is_valid_id(f.key.as_str()) || !keys.insert(f.key.as_str()) {
                let message = RecordMsg::UnknownField { kind: kind.id.to_string(), field: f.key.to_string() };
                problems.push(Code::DuplicateId, fp.key("key"), message);
            }
            if f.field_type == FieldType::Enum && f.values.is_empty() {
                problems.push(
                    Code::MissingData,
                    fp.key("values"),
                    RecordMsg::NoValues { field: f.key.to_string() },
                );
            }
        }
        if let Some(d) = &kind.date {
            expect_field(kind, d, Some(FieldType::Date), &at.key("date"), problems);
        }
    }
    check_item_derivations(scheme, problems);
    for (i, def) in scheme.inputs.iter().enumerate() {
        let Some(d) = &def.derive else { continue };
        let at = root.key("inputs").index(i).key("derive");
        let Some(kind) = declared_kind(scheme, &d.from, &at, problems) else { continue };
        match (d.aggregate, &d.field) {
            (Aggregate::Count, None) => {}
            (Aggregate::Distinct, Some(f)) => expect_field(kind, f, None, &at.key("field"), problems),
            (Aggregate::Count, Some(_)) | (_, None) => {
                problems.push(Code::MissingData, at.key("field"), RecordMsg::AggregateField);
            }
            (_, Some(f)) => expect_field(kind, f, Some(FieldType::Number), &at.key("field"), problems),
        }
        if let Some(filter) = &d.filter {
            check_filter(kind, filter, &at.key("where"), problems);
        }
    }
}

/// List items and vetoes that fire from records name a declared kind, date fields and filters
/// of it.
fn check_item_derivations(scheme: &Scheme, problems: &mut Problems) {
    let lists = [("bonuses", &scheme.bonuses.items), ("deductions", &scheme.deductions.items)];
    let items = lists.iter().flat_map(|(name, items)| {
        items
            .iter()
            .enumerate()
            .map(move |(i, item)| (Path::root().key(name).key("items").index(i), item.derive.as_ref()))
    });
    let vetoes = scheme
        .vetoes
        .iter()
        .enumerate()
        .map(|(i, v)| (Path::root().key("vetoes").index(i), v.derive.as_ref()));
    for (at, d) in items.chain(vetoes) {
        let Some(d) = d else { continue };
        let at = at.key("derive");
        let Some(kind) = declared_kind(scheme, &d.from, &at, problems) else { continue };
        if let Some(f) = &d.date {
            expect_field(kind, f, Some(FieldType::Date), &at.key("date"), problems);
        }
        if let Some(filter) = &d.filter {
            check_filter(kind, filter, &at.key("where"), problems);
        }
    }
}

/// The record kind a derivation at `at` reads from (`E_UNKNOWN_REF` at `at.from` when the
/// scheme does not declare it).
fn declared_kind<'s>(
    scheme: &'s Scheme,
    from: &crate::base::ids::RecordKindId,
    at: &Path,
    problems: &mut Problems,
) -> Option<&'s RecordKind> {
    let kind = scheme.records.iter().find(|k| &k.id == from);
    if kind.is_none() {
        problems.push(Code::UnknownRef, at.key("from"), RecordMsg::UnknownKind { kind: from.to_string() });
    }
    kind
}

/// A field of the kind, of the given type when one is asked for.
fn expect_field(kind: &RecordKind, key: &FieldKey, t: Option<FieldType>, at: &Path, problems: &mut Problems) {
    match kind.fields.iter().find(|f| &f.key == key) {
        None => problems.push(
            Code::UnknownRef,
            at.clone(),
            RecordMsg::UnknownField { kind: kind.id.to_string(), field: key.to_string() },
        ),
        Some(f) => {
            if let Some(t) = t.filter(|t| *t != f.field_type) {
                problems.push(
                    Code::Type,
                    at.clone(),
                    RecordMsg::FieldType { field: field_named(f), expected: noun(t) },
                );
            }
        }
    }
}

fn check_filter(kind: &RecordKind, filter: &Filter, at: &Path, problems: &mut Problems) {
    match filter {
        Filter::All { of } | Filter::Any { of } => {
            for (i, f) in of.iter().enumerate() {
                check_filter(kind, f, &at.key("of").index(i), problems);
            }
        }
        Filter::Not { of } => check_filter(kind, of, &at.key("of"), problems),
        Filter::Present { field } | Filter::Compare { field, .. } | Filter::In { field, .. } => {
            expect_field(kind, field, None, &at.key("field"), problems);
        }
        Filter::InPeriod { field } => {
            expect_field(kind, field, Some(FieldType::Date), &at.key("field"), problems)
        }
        Filter::Days { from, to, value, than, .. } => {
            expect_field(kind, from, Some(FieldType::Date), &at.key("from"), problems);
            expect_field(kind, to, Some(FieldType::Date), &at.key("to"), problems);
            match (value, than) {
                (Some(_), None) => {}
                (None, Some(f)) => expect_field(kind, f, Some(FieldType::Number), &at.key("than"), problems),
                _ => problems.push(Code::MissingData, at.clone(), RecordMsg::DaysBound),
            }
        }
    }
}

/// A dossier's records against the scheme's kinds: a declared kind, an id of 1 to
/// [`limits::MAX_TEXT_CHARS`] characters unique in the dossier, known fields with values of
/// their type (dates real, enum values declared), required fields present.
pub fn check_records(scheme: &Scheme, records: &[Record], problems: &mut Problems) {
    let root = Path::root();
    let twice = repeated_ids(scheme, records);
    for (i, r) in records.iter().enumerate() {
        let at = || root.key("records").index(i);
        let Some(kind) = scheme.records.iter().find(|k| k.id == r.kind) else {
            problems.push(
                Code::UnknownRef,
                at().key("kind"),
                RecordMsg::UnknownKind { kind: r.kind.to_string() },
            );
            continue;
        };
        let id = r.id.as_str();
        // no more bytes than the limit: no more characters either
        if id.is_empty() || (id.len() > limits::MAX_TEXT_CHARS && id.chars().count() > limits::MAX_TEXT_CHARS)
        {
            problems.push(
                Code::InvalidId,
                at().key("id"),
                RecordMsg::RecordId { max: limits::MAX_TEXT_CHARS },
            );
        } else if twice.get(i).copied().unwrap_or(false) {
            problems.push(Code::DuplicateId, at().key("id"), RecordMsg::RecordTwice { id: r.id.to_string() });
        }
        if r.fields.len() > limits::MAX_RECORD_FIELDS {
            problems.push(
                Code::Limit,
                at().key("fields"),
                RecordMsg::TooManyFields { max: limits::MAX_RECORD_FIELDS },
            );
            continue;
        }
        for (key, value) in &r.fields {
            // the path is built only for a problem: most fields have none
            let fp = || at().key("fields").key(key.as_str());
            match kind.fields.iter().find(|f| &f.key == key) {
                None => problems.push(
                    Code::UnknownField,
                    fp(),
                    RecordMsg::UnknownField { kind: kind.id.to_string(), field: key.to_string() },
                ),
                Some(def) if !fits(def, value) => {
                    let code = if def.field_type == FieldType::Date { Code::Date } else { Code::Type };
                    problems.push(
                        code,
                        fp(),
                        RecordMsg::Value { field: field_named(def), expected: noun(def.field_type) },
                    );
                }
                Some(_) => {}
            }
        }
        check_record_date(scheme, kind, r, &at, problems);
        for def in kind.fields.iter().filter(|f| f.required && !r.fields.contains_key(&f.key)) {
            let fp = at().key("fields").key(def.key.as_str());
            problems.push(Code::MissingField, fp, RecordMsg::Required { field: field_named(def) });
        }
    }
}

/// Which records repeat the id of an earlier one (among the records of a declared kind): one
/// sort of the ids, the first of each run of equal ids kept.
fn repeated_ids(scheme: &Scheme, records: &[Record]) -> Vec<bool> {
    // an id of a length not allowed is reported as such whatever it repeats: it is the same
    // for every record with that id, so it can stay among the candidates
    let id = |i: usize| records.get(i).filter(|r| scheme.records.iter().any(|k| k.id == r.kind));
    let candidates: Vec<(usize, FromEnd<'_>)> =
        (0..records.len()).filter_map(|i| id(i).map(|r| (i, FromEnd(r.id.as_str())))).collect();
    let key = |i: usize| candidates.get(i).map(|(_, k)| *k);
    let order = crate::base::sort::sort_indices(candidates.len(), &mut |a, b| key(a).cmp(&key(b)));
    let mut twice = vec![false; records.len()];
    for pair in order.windows(2) {
        if let [a, b] = pair {
            if key(*a) == key(*b) {
                if let Some(flag) = candidates.get(*b).and_then(|(i, _)| twice.get_mut(*i)) {
                    *flag = true;
                }
            }
        }
    }
    twice
}

/// A record id ordered by its length, then by its bytes from the end: the ids of one dossier
/// share their beginning (court and year, `（2026）京0105民初`), so this order tells them apart
/// at once where the order of texts would compare their common beginning each time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct FromEnd<'a>(&'a str);

impl Ord for FromEnd<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }
}

impl PartialOrd for FromEnd<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// A record whose kind's date comes after the period's end (a case filed in 2027 in a 2026
/// dossier) is out of the period: an error, or a warning where the scheme says so. Records from
/// before the period are the cases carried over into it (旧存) and are read as they are.
fn check_record_date(
    scheme: &Scheme,
    kind: &RecordKind,
    r: &Record,
    at: &dyn Fn() -> Path,
    problems: &mut Problems,
) {
    let Some(field) = &kind.date else { return };
    let Some(FieldValue::Text(text)) = r.fields.get(field) else { return };
    let Some(date) = Date::parse(text) else { return };
    if date <= scheme.period.end {
        return;
    }
    let code = match scheme.period.outside {
        Outside::Error => Code::OutOfPeriod,
        Outside::Warning => Code::OutOfPeriodWarning,
    };
    let message = RecordMsg::AfterPeriod {
        kind: kind.title.clone(),
        date: date.to_string(),
        period: scheme.period.label.clone(),
        end: scheme.period.end.to_string(),
    };
    problems.push(code, at().key("fields").key(field.as_str()), message);
}

/// Whether a value has its field's type.
fn fits(def: &FieldDef, value: &FieldValue) -> bool {
    match (def.field_type, value) {
        (FieldType::Date, FieldValue::Text(t)) => Date::parse(t).is_some(),
        (FieldType::Number, FieldValue::Number(_)) | (FieldType::Flag, FieldValue::Flag(_)) => true,
        (FieldType::Enum, FieldValue::Text(t)) => def.values.iter().any(|v| &v.id == t),
        (FieldType::Text, FieldValue::Text(t)) => t.chars().count() <= limits::MAX_TEXT_CHARS,
        _ => false,
    }
}
