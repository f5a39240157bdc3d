//! Loading a roster into a session from columns (the package's `session.addOfficersColumns`):
//! the same columns as `engine.assessColumns` (one header and two number buffers, see
//! [`crate::api::columns`]) plus the officers' names, units and posts, turned into one
//! `addOfficers` event by a person — logged, replayed and audited like any other event. Each
//! officer brings their inputs, occurrences (sparse ones and counts) and case review.

use crate::api::columns::{read_columns, ColumnsHeader};
use crate::api::session::actor::{Actor, Timestamp};
use crate::api::session::calls::Applied;
use crate::api::session::events::{Change, Event, NewOfficer, RosterOfficer};
use crate::api::session::Session;
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::{InputKey, OccurrenceId};
use crate::base::json::from_json_str;
use crate::base::message::WorkMsg;
use crate::base::sorted::SortedMap;
use crate::fast::batch::Columns;
use crate::model::dossier::{CaseReview, Occurrence};

/// What the binding sends beside the two buffers: who loads the roster, when and why, the
/// officers' names, units and posts (one per row, or none), and the columns' own header.
#[derive(Clone, Debug, PartialEq, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RosterColumns {
    /// When.
    pub at: Timestamp,
    /// Who (a person).
    pub actor: Actor,
    /// Why (required after a seal).
    #[serde(default)]
    pub reason: Option<String>,
    /// Names, one per row (default: the officer id).
    #[serde(default)]
    pub names: Vec<String>,
    /// Units, one per row (empty: none).
    #[serde(default)]
    pub units: Vec<String>,
    /// Posts, one per row (empty: none).
    #[serde(default)]
    pub posts: Vec<String>,
    /// The columns, as `engine.assessColumns` takes them.
    pub columns: ColumnsHeader,
}

impl Session {
    /// Applies one `addOfficers` event whose officers are given as columns. Problems are located
    /// in the columns (`columns.inputs.closed[17]`, `names`); a refused load changes nothing.
    pub fn add_officers_columns(&mut self, header: &str, numbers: &[f64], whole: &[u32]) -> Applied {
        match roster_event(self, header, numbers, whole) {
            Ok(event) => match self.apply(event) {
                Ok(diff) => Applied::accepted(Some(diff), None),
                Err(p) => Applied::refused(in_columns(p)),
            },
            Err(p) => Applied::refused(p),
        }
    }
}

/// Problems of the event located in the columns instead: `change.officers[4].inputs.closed` is
/// `columns.inputs.closed[4]`, anything else of row 4 is under `rows[4]` (as `assessColumns`
/// locates a row's problems).
fn in_columns(mut problems: Problems) -> Problems {
    for p in &mut problems.0 {
        let Some(rest) = p.path.strip_prefix("change.officers[") else { continue };
        let Some((row, rest)) = rest.split_once(']') else { continue };
        p.path = match rest.strip_prefix(".inputs.") {
            Some(key) => format!("columns.inputs.{key}[{row}]"),
            None => format!("rows[{row}]{rest}"),
        };
    }
    problems
}

fn roster_event(session: &Session, header: &str, numbers: &[f64], whole: &[u32]) -> Result<Event, Problems> {
    let h: RosterColumns = from_json_str(header)?;
    let rows = h.columns.officers.len();
    for (name, list) in [("names", &h.names), ("units", &h.units), ("posts", &h.posts)] {
        if !list.is_empty() && list.len() != rows {
            return Err(Problems::one(Code::Type, name, WorkMsg::ColumnLength { values: list.len(), rows }));
        }
    }
    let (columns, _) = read_columns(h.columns, numbers, whole).map_err(|p| p.under("columns"))?;
    let rows_given = columns.officers.len();
    let lengths = columns.inputs.iter().map(|(k, v)| ("inputs", k.as_str(), v.len()));
    let counted = columns.counts.iter().map(|(k, v)| ("counts", k.as_str(), v.len()));
    let reviewed = columns.case_review.iter().flat_map(|c| {
        [("excellent", &c.excellent), ("pass", &c.pass), ("flawed", &c.flawed), ("error", &c.error)]
            .map(|(k, v)| ("caseReview", k, v.len()))
    });
    let mut all = lengths.chain(counted).chain(reviewed);
    if let Some((part, key, len)) = all.find(|&(_, _, len)| len != rows_given) {
        let path = Path::root().key("columns").key(part).key(key);
        return Err(Problems::one(
            Code::Type,
            path.to_string(),
            WorkMsg::ColumnLength { values: len, rows: rows_given },
        ));
    }
    if let Some((i, o)) = columns.occurrences.iter().enumerate().find(|(_, o)| o.row as usize >= rows_given) {
        let path = Path::root().key("columns").key("occurrences").index(i).key("row");
        return Err(Problems::one(
            Code::Type,
            path.to_string(),
            WorkMsg::NoRow { row: o.row, rows: rows_given },
        ));
    }
    let date = session.engine.scheme().period.end;
    let mut officers = Vec::with_capacity(rows);
    let mut occurrences = row_occurrences(&columns, date);
    for (row, id) in columns.officers.iter().enumerate() {
        let text = |list: &[String]| list.get(row).cloned();
        officers.push(NewOfficer {
            officer: RosterOfficer {
                id: id.clone(),
                name: text(&h.names).unwrap_or_else(|| id.0.clone()),
                unit: text(&h.units),
                post: text(&h.posts),
            },
            inputs: row_inputs(&columns, row)?,
            occurrences: occurrences.get_mut(row).map(std::mem::take).unwrap_or_default(),
            case_review: columns.case_review.as_ref().map(|c| {
                let at = |v: &[u32]| v.get(row).copied().unwrap_or(0);
                CaseReview {
                    excellent: at(&c.excellent),
                    pass: at(&c.pass),
                    flawed: at(&c.flawed),
                    error: at(&c.error),
                }
            }),
            records: Vec::new(),
        });
    }
    Ok(Event { at: h.at, actor: h.actor, reason: h.reason, change: Change::AddOfficers { officers } })
}

/// One row's inputs (`NaN`: absent); a value outside exact arithmetic is a located problem.
fn row_inputs(columns: &Columns, row: usize) -> Result<SortedMap<InputKey, Decimal>, Problems> {
    let mut inputs = Vec::with_capacity(columns.inputs.len());
    for (key, values) in &columns.inputs {
        let Some(&v) = values.get(row).filter(|v| !v.is_nan()) else { continue };
        match Decimal::from_f64(v) {
            Some(d) => inputs.push((key.clone(), d)),
            None => {
                let path = Path::root().key("columns").key("inputs").key(key.as_str()).index(row);
                let (code, message) = if v.is_finite() {
                    (Code::NumberRange, WorkMsg::NumberOutOfRange)
                } else {
                    (Code::NumberNotFinite, WorkMsg::NotFinite)
                };
                return Err(Problems::one(code, path.to_string(), message));
            }
        }
    }
    Ok(SortedMap::from_vec(inputs))
}

/// Every row's occurrences as its dossier has them: the sparse ones in order, then one per
/// non-zero count (its id is the item's id, dated the last day of the period), as
/// `engine.assessColumns` reads them.
fn row_occurrences(columns: &Columns, date: crate::Date) -> Vec<Vec<Occurrence>> {
    let mut rows: Vec<Vec<Occurrence>> = vec![Vec::new(); columns.officers.len()];
    for o in &columns.occurrences {
        if let Some(list) = usize::try_from(o.row).ok().and_then(|r| rows.get_mut(r)) {
            list.push(o.occurrence.clone());
        }
    }
    for (item, counts) in &columns.counts {
        for (list, &count) in rows.iter_mut().zip(counts).filter(|(_, &c)| c > 0) {
            list.push(Occurrence {
                id: OccurrenceId(item.as_str().to_owned()),
                item: item.clone(),
                date,
                count,
                reference: None,
                note: None,
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::session::calls::tests::INIT;

    const HEADER: &str = r#"{"at": "2026-12-01T09:00", "actor": {"kind": "user", "id": "书记员"},
        "names": ["张三", "李四", "王五"],
        "columns": {"officers": ["J-1", "J-2", "J-3"], "inputs": ["s"], "inputLengths": [3]}}"#;

    #[test]
    fn columns_load_the_same_session_as_objects() {
        let mut by_columns = Session::from_init_json(INIT).unwrap();
        let answer = by_columns.add_officers_columns(HEADER, &[91.0, 70.0, 80.5], &[]);
        assert!(answer.ok, "{:?}", answer.errors);
        let mut by_objects = Session::from_init_json(INIT).unwrap();
        let event = r#"{"at": "2026-12-01T09:00", "actor": {"kind": "user", "id": "书记员"},
            "change": {"type": "addOfficers", "officers": [
                {"officer": {"id": "J-1", "name": "张三"}, "inputs": {"s": 91}},
                {"officer": {"id": "J-2", "name": "李四"}, "inputs": {"s": 70}},
                {"officer": {"id": "J-3", "name": "王五"}, "inputs": {"s": 80.5}}]}}"#;
        assert!(by_objects.apply_json(event).ok);
        assert_eq!(by_columns.fingerprint(), by_objects.fingerprint());
        // by hand (scored directly): J-1 91 (优秀), J-3 80.5, J-2 70
        let table = by_columns.table().unwrap();
        let totals: Vec<(&str, String)> =
            table.officers.iter().map(|e| (e.officer.id.as_str(), e.total.to_string())).collect();
        let want = [("J-1", "91"), ("J-3", "80.5"), ("J-2", "70")];
        assert_eq!(totals, want.map(|(id, t)| (id, t.to_owned())));
    }

    #[test]
    fn bad_columns_are_located_and_change_nothing() {
        let mut s = Session::from_init_json(INIT).unwrap();
        let before = s.fingerprint();
        let missing = s.add_officers_columns(HEADER, &[91.0, f64::NAN, 80.0], &[]);
        assert_eq!(
            missing.errors.first().map(|p| (p.code, p.path.as_str())),
            Some((Code::MissingInput, "columns.inputs.s[1]"))
        );
        let infinite = s.add_officers_columns(HEADER, &[91.0, f64::INFINITY, 80.0], &[]);
        assert_eq!(
            infinite.errors.first().map(|p| (p.code, p.path.as_str())),
            Some((Code::NumberNotFinite, "columns.inputs.s[1]"))
        );
        let short = s.add_officers_columns(
            &HEADER.replace(r#""inputLengths": [3]"#, r#""inputLengths": [2]"#),
            &[91.0, 80.0],
            &[],
        );
        assert_eq!(short.errors.first().map(|p| p.path.as_str()), Some("columns.inputs.s"));
        let names = s.add_officers_columns(&HEADER.replace(r#", "王五""#, ""), &[91.0, 70.0, 80.0], &[]);
        assert_eq!(names.errors.first().map(|p| p.path.as_str()), Some("names"));
        assert_eq!(s.fingerprint(), before);
    }
}
