//! What the columns of an imported sheet hold: the fields an import can fill (officer id,
//! name, unit, post, each of the scheme's hand-given inputs), the mapping the import proposes
//! from the column titles (matched against the fields' names in both languages and the
//! scheme's input titles and keys, a remembered mapping first), and the roster template whose
//! columns the proposal recognises.

use super::{Cell, Column, ColumnKind, Sheet, Table};
use crate::base::ids::InputKey;
use crate::base::lang::Lang;
use crate::base::message::TableMsg;
use crate::model::scheme::{InputKind, Scheme};

/// A field a column of an imported sheet can fill.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// The officer id (required: it says whom the row is about).
    Id,
    /// The name.
    Name,
    /// The unit (庭室 / 科室 / 所队).
    Unit,
    /// The post (岗位).
    Post,
    /// One of the scheme's inputs.
    Input(InputKey),
}

impl Field {
    /// A stable text form, for a remembered mapping: `id`, `name`, `unit`, `post`, `input:closed`.
    pub fn code(&self) -> String {
        match self {
            Field::Id => "id".to_owned(),
            Field::Name => "name".to_owned(),
            Field::Unit => "unit".to_owned(),
            Field::Post => "post".to_owned(),
            Field::Input(k) => format!("input:{k}"),
        }
    }

    /// The field a text form names (`None`: not a field of this scheme).
    pub fn from_code(scheme: &Scheme, code: &str) -> Option<Field> {
        match code {
            "id" => Some(Field::Id),
            "name" => Some(Field::Name),
            "unit" => Some(Field::Unit),
            "post" => Some(Field::Post),
            other => {
                let key = other.strip_prefix("input:")?;
                importable(scheme).find(|k| k.as_str() == key).map(|k| Field::Input(k.clone()))
            }
        }
    }

    /// The field's name in a language (an input by its title).
    pub fn title(&self, scheme: &Scheme, lang: Lang) -> String {
        let word = |m: TableMsg| m.text(lang);
        match self {
            Field::Id => word(TableMsg::OfficerId),
            Field::Name => word(TableMsg::Name),
            Field::Unit => word(TableMsg::Unit),
            Field::Post => word(TableMsg::Post),
            Field::Input(k) => match scheme.inputs.iter().find(|i| &i.key == k) {
                Some(i) => match (lang, i.title_en.as_deref()) {
                    (Lang::En, Some(en)) => en.to_owned(),
                    _ => i.title.clone(),
                },
                None => k.to_string(),
            },
        }
    }
}

/// The inputs an import can give: the scheme's inputs that are not computed from case records.
fn importable(scheme: &Scheme) -> impl Iterator<Item = &InputKey> {
    scheme.inputs.iter().filter(|i| i.derive.is_none()).map(|i| &i.key)
}

/// Every field an import of this scheme can fill, in the order a drop-down lists them.
pub fn fields(scheme: &Scheme) -> Vec<Field> {
    let mut out = vec![Field::Id, Field::Name, Field::Unit, Field::Post];
    out.extend(importable(scheme).cloned().map(Field::Input));
    out
}

/// The other names the fields of officers go by in rosters (compared without spaces and case).
const SYNONYMS: &[(&str, &[&str])] = &[
    ("id", &["编号", "干警编号", "人员编号", "工号", "警号", "id", "officerid"]),
    ("name", &["姓名", "名字", "name"]),
    ("unit", &["部门", "单位", "庭室", "科室", "所队", "unit", "department"]),
    ("post", &["岗位", "职务", "post", "position"]),
];

/// A title as it is compared: without spaces, lowercase, and without a last bracketed part
/// (`结案数（件）` is compared as `结案数`).
fn normal(title: &str) -> String {
    let bare: String = title.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(stem) = bare.strip_suffix(close).and_then(|b| b.rfind(open).map(|i| b.get(..i))) {
            if let Some(stem) = stem.filter(|s| !s.is_empty()) {
                return stem.to_owned();
            }
        }
    }
    bare
}

/// The field a column title names: a remembered title first, then the fields' names, then the
/// scheme's input titles (Chinese or English) and keys.
fn field_for(scheme: &Scheme, title: &str, remembered: &[(String, String)]) -> Option<Field> {
    let t = normal(title);
    if t.is_empty() {
        return None;
    }
    if let Some((_, code)) = remembered.iter().find(|(r, _)| normal(r) == t) {
        return Field::from_code(scheme, code);
    }
    if let Some((code, _)) = SYNONYMS.iter().find(|(_, names)| names.iter().any(|n| normal(n) == t)) {
        return Field::from_code(scheme, code);
    }
    scheme
        .inputs
        .iter()
        .filter(|i| i.derive.is_none())
        .find(|i| {
            normal(&i.title) == t
                || i.title_en.as_deref().is_some_and(|en| normal(en) == t)
                || normal(i.key.as_str()) == t
        })
        .map(|i| Field::Input(i.key.clone()))
}

/// The header row of a sheet: the first row with at least two cells that are not empty (a
/// title row above it, as the exported tables and the roster template have, is skipped).
pub fn header_row(sheet: &Sheet) -> Option<usize> {
    sheet.rows.iter().position(|r| r.iter().filter(|c| c.trimmed().is_some()).count() >= 2)
}

/// The mapping an import proposes: the header row, the title of every column and the field
/// each column fills (`None`: not imported). A field goes to the first column that names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// The header row (0-based; the sheet's row `header + 1`).
    pub header: usize,
    /// Every column's title.
    pub titles: Vec<String>,
    /// Every column's field.
    pub mapping: Vec<Option<Field>>,
}

/// Proposes the mapping of a sheet's columns; `remembered` is a mapping kept from an earlier
/// import (`(column title, field code)`). `None` when the sheet has no header row.
pub fn propose(scheme: &Scheme, sheet: &Sheet, remembered: &[(String, String)]) -> Option<Proposal> {
    let header = header_row(sheet)?;
    let titles: Vec<String> =
        sheet.rows.get(header)?.iter().map(|c| c.trimmed().unwrap_or_default()).collect();
    let mut mapping: Vec<Option<Field>> = Vec::with_capacity(titles.len());
    for t in &titles {
        let f = field_for(scheme, t, remembered).filter(|f| !mapping.contains(&Some(f.clone())));
        mapping.push(f);
    }
    Some(Proposal { header, titles, mapping })
}

/// An empty roster to fill in: a title row, then a column per field (id, name, unit, post and
/// every hand-given input, titled as the proposal recognises them).
pub fn roster_template(scheme: &Scheme, lang: Lang) -> Table {
    let name = match (lang, scheme.title_en.as_deref()) {
        (Lang::En, Some(en)) => en.to_owned(),
        _ => scheme.title.clone(),
    };
    let columns = fields(scheme)
        .iter()
        .map(|f| {
            let kind = match f {
                Field::Input(k) => match scheme.inputs.iter().find(|i| &i.key == k).map(|i| i.kind) {
                    Some(InputKind::Count) => ColumnKind::Whole,
                    _ => ColumnKind::Number,
                },
                _ => ColumnKind::Text,
            };
            Column::new(f.title(scheme, lang), kind)
        })
        .collect();
    Table {
        name: TableMsg::RosterSheet.text(lang),
        title: TableMsg::Roster { scheme: name, period: scheme.period.label.clone() }.text(lang),
        columns,
        rows: Vec::new(),
        decimals: scheme.precision,
    }
}

/// A cell's text for matching (numbers as they are written).
pub(super) fn cell_text(cell: Option<&Cell>) -> Option<String> {
    cell.and_then(Cell::trimmed)
}
