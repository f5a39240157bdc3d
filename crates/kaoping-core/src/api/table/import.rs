//! A sheet imported into a session: every row after the header becomes an officer added to the
//! roster (one `addOfficers` event) or, for an officer already on it, the `updateOfficer` and
//! `setInput` events of what differs. Every cell is checked first — by the import (empty ids,
//! numbers, an id twice) and by the session itself, on a copy — and every problem is said of its
//! cell (sheet, row, column letter and title) before anything changes.

use super::mapping::{cell_text, Field};
use super::{column_letter, Cell, Sheet};
use crate::api::session::{Actor, Change, Event, NewOfficer, RosterOfficer, Session, Timestamp};
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problem};
use crate::base::ids::{InputKey, OfficerId};
use crate::base::lang::Lang;
use crate::base::message::{ImportMsg, Message, Said};
use crate::base::sorted::SortedMap;

/// A problem of one cell (or, for the mapping, of a column's header).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    /// The sheet's name.
    pub sheet: String,
    /// The sheet's row, from 1.
    pub row: usize,
    /// The column's letters (`C`).
    pub column: String,
    /// The column's title.
    pub title: String,
    /// The problem (its path is `sheet!C5`).
    pub problem: Problem,
}

impl CellProblem {
    /// The problem's message in `lang`.
    pub fn text(&self, lang: Lang) -> &str {
        self.problem.text(lang)
    }
}

/// A checked import: the events to apply in one go, and what they do.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// The events, in order (apply them with [`Session::apply_all`]).
    pub events: Vec<Event>,
    /// Officers added to the roster.
    pub added: usize,
    /// Officers on the roster whose name, unit, post or inputs change.
    pub updated: usize,
}

/// Where a cell stands: its row and column (0-based).
type At = (usize, usize);

/// What the checks know of the sheet: its name, header, titles and mapping.
struct Layout<'a> {
    sheet: &'a Sheet,
    header: usize,
    titles: &'a [String],
    mapping: &'a [Option<Field>],
}

impl Layout<'_> {
    fn column_of(&self, field: &Field) -> Option<usize> {
        self.mapping.iter().position(|m| m.as_ref() == Some(field))
    }

    fn problem(&self, (row, col): At, code: Code, message: impl Into<Message>) -> CellProblem {
        let column = column_letter(col);
        let path = format!("{}!{column}{}", self.sheet.name, row + 1);
        CellProblem {
            sheet: self.sheet.name.clone(),
            row: row + 1,
            column,
            title: self.titles.get(col).cloned().unwrap_or_default(),
            problem: Problem::new(code, path, message),
        }
    }

    fn cell(&self, (row, col): At) -> Option<&Cell> {
        self.sheet.rows.get(row)?.get(col)
    }
}

/// A field's name in both languages, for the messages.
fn said(session: &Session, field: &Field) -> Said {
    let scheme = session.scheme();
    Said { en: field.title(scheme, Lang::En), zh: field.title(scheme, Lang::Zh) }
}

/// One row read: its officer, the inputs it gives (with their columns), and where it stands.
struct Row {
    at: usize,
    officer: RosterOfficer,
    inputs: Vec<(InputKey, Decimal, usize)>,
}

/// A number as a spreadsheet may hold it: a number, or text such as `1,234`, `38%` or `72 `.
fn number(cell: &Cell) -> Option<Decimal> {
    match cell {
        Cell::Number(d) => Some(*d),
        Cell::Text(t) => {
            let t: String = t.trim().chars().filter(|&c| c != ',' && c != '，').collect();
            Decimal::parse(t.strip_suffix(['%', '％']).unwrap_or(&t).trim())
        }
        Cell::Empty => None,
    }
}

/// Who imports, when and why: every event of the import carries them (after a seal the session
/// asks for the reason).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportBy {
    /// When.
    pub at: Timestamp,
    /// Who (a person).
    pub actor: Actor,
    /// Why (required after a seal).
    pub reason: Option<String>,
}

/// Checks a sheet mapped onto a session and plans its events: all or nothing. `header` is the
/// header row (0-based), `mapping` a field (or none) per column. Every problem comes back, each
/// of its cell, and the session is not changed.
pub fn plan_import(
    session: &Session,
    sheet: &Sheet,
    header: usize,
    mapping: &[Option<Field>],
    by: &ImportBy,
) -> Result<ImportPlan, Vec<CellProblem>> {
    let titles: Vec<String> = sheet
        .rows
        .get(header)
        .map(|r| r.iter().map(|c| c.trimmed().unwrap_or_default()).collect())
        .unwrap_or_default();
    let layout = Layout { sheet, header, titles: &titles, mapping };
    let rows = read_rows(session, &layout)?;
    let (events, origins, added, updated) = events_of(session, &rows, by);
    trial(session, &layout, &events, &origins)?;
    Ok(ImportPlan { events, added, updated })
}

/// The mapping's and every cell's own problems, or the rows read.
fn read_rows(session: &Session, l: &Layout<'_>) -> Result<Vec<Row>, Vec<CellProblem>> {
    let mut problems = Vec::new();
    for (c, f) in l.mapping.iter().enumerate() {
        let Some(f) = f else { continue };
        if let Some(first) = l.column_of(f).filter(|&first| first < c) {
            let message = ImportMsg::MappedTwice { field: said(session, f), first: column_letter(first) };
            problems.push(l.problem((l.header, c), Code::ImportMapping, message));
        }
    }
    let Some(id_col) = l.column_of(&Field::Id) else {
        problems.push(l.problem((l.header, 0), Code::ImportMapping, ImportMsg::NoIdColumn));
        return Err(problems);
    };
    let text = |at: At| cell_text(l.cell(at));
    let mut rows: Vec<Row> = Vec::new();
    for r in l.header.saturating_add(1)..l.sheet.rows.len() {
        if l.sheet.rows.get(r).is_none_or(|cells| cells.iter().all(|c| c.trimmed().is_none())) {
            continue;
        }
        let Some(id) = text((r, id_col)) else {
            let message = ImportMsg::Empty { field: said(session, &Field::Id) };
            problems.push(l.problem((r, id_col), Code::ImportEmpty, message));
            continue;
        };
        if let Some(first) = rows.iter().find(|row| row.officer.id.as_str() == id) {
            let message = ImportMsg::IdTwice { id: id.clone(), first: first.at + 1 };
            problems.push(l.problem((r, id_col), Code::ImportDuplicate, message));
            continue;
        }
        let field = |f: Field| l.column_of(&f).and_then(|c| text((r, c)));
        let mut inputs = Vec::new();
        for (c, f) in l.mapping.iter().enumerate() {
            let (Some(Field::Input(key)), Some(cell)) = (f, l.cell((r, c))) else { continue };
            match (cell.trimmed(), number(cell)) {
                (None, _) => {}
                (Some(_), Some(d)) => inputs.push((key.clone(), d, c)),
                (Some(t), None) => {
                    let shown: String = t.chars().take(40).collect();
                    problems.push(l.problem(
                        (r, c),
                        Code::ImportNumber,
                        ImportMsg::NotANumber { text: shown },
                    ));
                }
            }
        }
        let officer = RosterOfficer {
            name: field(Field::Name).unwrap_or_else(|| id.clone()),
            id: OfficerId(id),
            unit: field(Field::Unit),
            post: field(Field::Post),
        };
        rows.push(Row { at: r, officer, inputs });
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(l.problem((l.header, id_col), Code::ImportNoRows, ImportMsg::NoRows));
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// Where each event's problems are said: the row of each officer it names, and for one input
/// the cell it came from.
enum Origin {
    /// An `addOfficers` event: the rows of its officers.
    Added(Vec<usize>),
    /// An event of one row (an update), and its cell when it sets one input.
    Row(usize, Option<usize>),
}

type Planned = (Vec<Event>, Vec<Origin>, usize, usize);

fn events_of(session: &Session, rows: &[Row], by: &ImportBy) -> Planned {
    let event =
        |change: Change| Event { at: by.at, actor: by.actor.clone(), reason: by.reason.clone(), change };
    let roster = &session.state().roster;
    let (mut events, mut origins) = (Vec::new(), Vec::new());
    let mut new = Vec::new();
    let mut added_origin = Vec::new();
    let mut updated = 0usize;
    for row in rows {
        let Some(entry) = roster.get(&row.officer.id) else {
            let inputs = SortedMap::from_vec(row.inputs.iter().map(|(k, v, _)| (k.clone(), *v)).collect());
            new.push(NewOfficer {
                officer: row.officer.clone(),
                inputs,
                occurrences: Vec::new(),
                case_review: None,
                records: Vec::new(),
            });
            added_origin.push(row.at);
            continue;
        };
        let before = events.len();
        let d = &entry.dossier.officer;
        let changed =
            |new: &Option<String>, old: Option<&String>| new.as_ref().filter(|n| Some(*n) != old).cloned();
        let name = changed(&Some(row.officer.name.clone()), Some(&d.name));
        let unit = changed(&row.officer.unit, d.unit.as_ref());
        let post = changed(&row.officer.post, entry.post.as_ref());
        if name.is_some() || unit.is_some() || post.is_some() {
            let officer = row.officer.id.clone();
            events.push(event(Change::UpdateOfficer { officer, name, unit, post }));
            origins.push(Origin::Row(row.at, None));
        }
        for (key, value, col) in &row.inputs {
            if entry.dossier.inputs.get(key) != Some(value) {
                let (officer, key) = (row.officer.id.clone(), key.clone());
                events.push(event(Change::SetInput { officer, key, value: Some(*value) }));
                origins.push(Origin::Row(row.at, Some(*col)));
            }
        }
        updated += usize::from(events.len() > before);
    }
    let added = new.len();
    if !new.is_empty() {
        events.insert(0, event(Change::AddOfficers { officers: new }));
        origins.insert(0, Origin::Added(added_origin));
    }
    (events, origins, added, updated)
}

/// Applies the events to a copy of the session, one by one, and says every refusal of its cell.
fn trial(
    session: &Session,
    l: &Layout<'_>,
    events: &[Event],
    origins: &[Origin],
) -> Result<(), Vec<CellProblem>> {
    let id_col = l.column_of(&Field::Id).unwrap_or(0);
    let mut copy = session.clone();
    let mut problems = Vec::new();
    for (event, origin) in events.iter().zip(origins) {
        let Err(refused) = copy.apply(event.clone()) else { continue };
        for p in refused.0 {
            let at = match origin {
                Origin::Row(row, col) => (*row, col.filter(|_| p.path == "change.value").unwrap_or(id_col)),
                Origin::Added(rows) => added_cell(l, &p.path, rows, id_col),
            };
            let message = Message::Given { en: p.message.clone(), zh: p.message_zh.clone() };
            problems.push(l.problem(at, p.code, message));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The cell an `addOfficers` problem speaks of: `change.officers[3].inputs.closed…` is the
/// fourth added officer's `closed` cell (its id cell when no column gives `closed`).
fn added_cell(l: &Layout<'_>, path: &str, rows: &[usize], id_col: usize) -> At {
    let Some(rest) = path.strip_prefix("change.officers[") else { return (l.header, id_col) };
    let Some((n, rest)) = rest.split_once(']') else { return (l.header, id_col) };
    #[allow(clippy::disallowed_methods)] // an integer parse
    let Some(&row) = n.parse::<usize>().ok().and_then(|i| rows.get(i)) else {
        return (l.header, id_col);
    };
    let key = rest.strip_prefix(".inputs.").map(|k| k.split(['.', '[']).next().unwrap_or(k));
    let col = key.and_then(|k| l.column_of(&Field::Input(InputKey::from(k))));
    (row, col.unwrap_or(id_col))
}
