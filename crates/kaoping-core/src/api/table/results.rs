//! A session's results as two tables (the export of `.xlsx` and CSV): one row per officer in
//! rank order with rank, id, name, unit, post, every indicator's raw value and score, bonuses,
//! deductions, total, score grade, final grade and flags; and every officer's explanation lines
//! with the title of the rule each applies. Column titles are the scheme's titles in the
//! session's language, never input keys or paths.

use super::{Cell, Column, ColumnKind, Table};
use crate::api::session::Session;
use crate::base::decimal::Decimal;
use crate::base::ids::OfficerId;
use crate::base::lang::Lang;
use crate::base::message::TableMsg;
use crate::model::assessment::{Assessment, GradeRef};
use crate::model::explanation::LineKind;
use crate::model::scheme::Scheme;
use crate::rules::cohort::CohortEntry;

/// The two tables of an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultsExport {
    /// One row per officer, in rank order.
    pub results: Table,
    /// One row per explanation line of each officer, in the same order.
    pub explanations: Table,
}

/// A word of the tables in a language.
fn word(m: TableMsg, lang: Lang) -> String {
    m.text(lang)
}

/// A title in a language: the English one when asked for and given.
fn titled<'a>(lang: Lang, zh: &'a str, en: Option<&'a str>) -> &'a str {
    match (lang, en) {
        (Lang::En, Some(en)) if !en.trim().is_empty() => en,
        _ => zh,
    }
}

/// The session's results as tables, in the session's language: the whole cohort, or with
/// `selection` only the officers named (in rank order; ids not on the roster are left out), and
/// then the title row says how many of how many. An empty roster gives tables without rows.
pub fn results_tables(session: &Session, selection: Option<&[OfficerId]>) -> ResultsExport {
    let lang = session.init().lang;
    let scheme = session.scheme();
    let entries: Vec<&CohortEntry> = session
        .table()
        .map(|t| t.officers.iter().filter(|e| selection.is_none_or(|s| s.contains(&e.officer.id))).collect())
        .unwrap_or_default();
    let officers = session.state().roster.len();
    let (name, period) = (titled(lang, &scheme.title, scheme.title_en.as_deref()), &scheme.period.label);
    let title = match selection {
        None => word(TableMsg::WholeCohort { scheme: name.into(), period: period.clone(), officers }, lang),
        Some(_) => word(
            TableMsg::Selection {
                scheme: name.into(),
                period: period.clone(),
                shown: entries.len(),
                officers,
            },
            lang,
        ),
    };
    let details: Vec<Option<Assessment>> =
        entries.iter().map(|e| session.detail(&e.officer.id).ok()).collect();
    let results = Table {
        name: word(TableMsg::ResultsSheet, lang),
        title: title.clone(),
        columns: result_columns(scheme, lang),
        rows: entries
            .iter()
            .zip(&details)
            .map(|(e, a)| result_row(session, scheme, lang, e, a.as_ref()))
            .collect(),
        decimals: scheme.precision,
    };
    let explanations = Table {
        name: word(TableMsg::ExplanationSheet, lang),
        title,
        columns: explanation_columns(lang),
        rows: entries
            .iter()
            .zip(&details)
            .flat_map(|(e, a)| explanation_rows(scheme, lang, e, a.as_ref()))
            .collect(),
        decimals: scheme.precision,
    };
    ResultsExport { results, explanations }
}

fn result_columns(scheme: &Scheme, lang: Lang) -> Vec<Column> {
    let text = |m: TableMsg| Column::new(word(m, lang), ColumnKind::Text);
    let number = |m: TableMsg| Column::new(word(m, lang), ColumnKind::Number);
    let mut columns = vec![
        Column::new(word(TableMsg::Rank, lang), ColumnKind::Whole),
        text(TableMsg::OfficerId),
        text(TableMsg::Name),
        text(TableMsg::Unit),
        text(TableMsg::Post),
    ];
    for (_, i) in scheme.indicators() {
        let title = titled(lang, &i.title, i.title_en.as_deref()).to_owned();
        columns.push(number(TableMsg::Raw { title: title.clone() }));
        columns.push(number(TableMsg::Score { title }));
    }
    columns.extend([
        number(TableMsg::Bonuses),
        number(TableMsg::Deductions),
        number(TableMsg::Total),
        text(TableMsg::ScoreGrade),
        text(TableMsg::Grade),
        text(TableMsg::Flags),
    ]);
    columns
}

fn grade_cell(scheme: &Scheme, lang: Lang, grade: Option<&GradeRef>) -> Cell {
    match grade {
        Some(g) => Cell::Text(match scheme.grade(&g.id) {
            Some(def) => titled(lang, &def.title, def.title_en.as_deref()).to_owned(),
            None => g.title.clone(),
        }),
        None => Cell::Text(word(TableMsg::Withheld, lang)),
    }
}

fn flags(lang: Lang, e: &CohortEntry) -> String {
    let on = [
        (e.quota_changed, TableMsg::FlagQuota),
        (e.flags.veto, TableMsg::FlagVeto),
        (e.flags.incomplete, TableMsg::FlagIncomplete),
        (e.flags.disagreement, TableMsg::FlagDisagreement),
        (e.flags.tolerance, TableMsg::FlagTolerance),
    ];
    let words: Vec<String> = on.into_iter().filter(|(f, _)| *f).map(|(_, m)| word(m, lang)).collect();
    words.join(if lang == Lang::Zh { "、" } else { ", " })
}

fn text_or_empty(t: Option<&str>) -> Cell {
    t.filter(|t| !t.trim().is_empty()).map_or(Cell::Empty, |t| Cell::Text(t.to_owned()))
}

fn result_row(
    session: &Session,
    scheme: &Scheme,
    lang: Lang,
    e: &CohortEntry,
    a: Option<&Assessment>,
) -> Vec<Cell> {
    let post = session.state().roster.get(&e.officer.id).and_then(|r| r.post.as_deref());
    let mut row = vec![
        Cell::Number(Decimal::from_count(u64::from(e.rank)).unwrap_or_default()),
        Cell::Text(e.officer.id.as_str().to_owned()),
        Cell::Text(e.officer.name.clone()),
        text_or_empty(e.officer.unit.as_deref()),
        text_or_empty(post),
    ];
    for (_, i) in scheme.indicators() {
        let score = a.and_then(|a| a.dimensions.iter().flat_map(|d| &d.indicators).find(|s| s.id == i.id));
        row.push(score.and_then(|s| s.raw).map_or(Cell::Empty, Cell::Number));
        row.push(score.map_or(Cell::Empty, |s| Cell::Number(s.score)));
    }
    let list = |total: Option<Decimal>| total.map_or(Cell::Empty, Cell::Number);
    row.extend([
        list(a.map(|a| a.bonuses.total)),
        list(a.map(|a| a.deductions.total)),
        Cell::Number(e.total),
        grade_cell(scheme, lang, Some(&e.score_grade)),
        grade_cell(scheme, lang, e.grade.as_ref()),
        text_or_empty(Some(&flags(lang, e))),
    ]);
    row
}

fn explanation_columns(lang: Lang) -> Vec<Column> {
    let mut columns = vec![
        Column::new(word(TableMsg::OfficerId, lang), ColumnKind::Text),
        Column::new(word(TableMsg::Name, lang), ColumnKind::Text),
        Column::new(word(TableMsg::Line, lang), ColumnKind::Whole),
        Column::new(word(TableMsg::Kind, lang), ColumnKind::Text),
        Column::new(word(TableMsg::Rule, lang), ColumnKind::Text),
        Column::new(word(TableMsg::Points, lang), ColumnKind::Number),
        Column::new(word(TableMsg::Text, lang), ColumnKind::Text),
    ];
    if let Some(rule) = columns.get_mut(4) {
        rule.width = 24;
    }
    if let Some(text) = columns.get_mut(6) {
        text.width = 80;
    }
    columns
}

fn kind_word(kind: LineKind) -> TableMsg {
    match kind {
        LineKind::Indicator => TableMsg::KindIndicator,
        LineKind::Bonus => TableMsg::KindBonus,
        LineKind::BonusCap => TableMsg::KindBonusCap,
        LineKind::Deduction => TableMsg::KindDeduction,
        LineKind::DeductionCap => TableMsg::KindDeductionCap,
        LineKind::Waiver => TableMsg::KindWaiver,
        LineKind::Veto => TableMsg::KindVeto,
        LineKind::Clamp => TableMsg::KindClamp,
        LineKind::Derived => TableMsg::KindDerived,
        LineKind::Grade => TableMsg::KindGrade,
        LineKind::Total => TableMsg::KindTotal,
        LineKind::Rounding => TableMsg::KindRounding,
    }
}

fn explanation_rows(scheme: &Scheme, lang: Lang, e: &CohortEntry, a: Option<&Assessment>) -> Vec<Vec<Cell>> {
    let Some(a) = a else { return Vec::new() };
    a.explanation
        .iter()
        .enumerate()
        .map(|(n, line)| {
            let kind = kind_word(line.kind);
            let rule = rule_title(scheme, lang, &line.rule).unwrap_or_else(|| word(kind.clone(), lang));
            let moves =
                !matches!(line.kind, LineKind::Waiver | LineKind::Veto | LineKind::Derived | LineKind::Grade);
            vec![
                Cell::Text(e.officer.id.as_str().to_owned()),
                Cell::Text(e.officer.name.clone()),
                Cell::Number(Decimal::from_count(n as u64 + 1).unwrap_or_default()),
                Cell::Text(word(kind, lang)),
                Cell::Text(rule),
                if moves { Cell::Number(line.points) } else { Cell::Empty },
                Cell::Text(line.text.clone()),
            ]
        })
        .collect()
}

/// The title of the scheme rule a path names (`dimensions[0].indicators[1]` → the indicator's
/// title with its id, `deductions.items[2]` → the item's); `None` for paths without a titled
/// rule (`grades`, `bounds`).
pub fn rule_title(scheme: &Scheme, lang: Lang, path: &str) -> Option<String> {
    let index = |part: &str, name: &str| -> Option<usize> {
        let n = part.strip_prefix(name)?.strip_prefix('[')?.strip_suffix(']')?;
        #[allow(clippy::disallowed_methods)] // an integer parse
        n.parse().ok()
    };
    let mut parts = path.split('.');
    let first = parts.next()?;
    let named = |title: &str, en: Option<&str>, id: &str| format!("{id} {}", titled(lang, title, en));
    if let Some(d) = index(first, "dimensions") {
        let i = parts.next().and_then(|p| index(p, "indicators"))?;
        let ind = scheme.dimensions.get(d)?.indicators.get(i)?;
        return Some(named(&ind.title, ind.title_en.as_deref(), ind.id.as_str()));
    }
    if let Some(v) = index(first, "vetoes") {
        let veto = scheme.vetoes.get(v)?;
        return Some(named(&veto.title, veto.title_en.as_deref(), veto.id.as_str()));
    }
    if let Some(i) = index(first, "inputs") {
        let input = scheme.inputs.get(i)?;
        return Some(titled(lang, &input.title, input.title_en.as_deref()).to_owned());
    }
    let list = match first {
        "bonuses" => &scheme.bonuses,
        "deductions" => &scheme.deductions,
        _ => return None,
    };
    let k = parts.next().and_then(|p| index(p, "items"))?;
    let item = list.items.get(k)?;
    Some(named(&item.title, item.title_en.as_deref(), item.id.as_str()))
}
