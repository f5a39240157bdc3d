//! Columnar batch scoring: thousands of officers at once without one object per officer.
//!
//! Platforms that score a whole court or bureau hold their data as columns (one array per input
//! key). [`Engine::assess_columns`] takes those columns, assesses each row exactly as
//! [`Engine::assess`](crate::Assessor::assess) would assess the equivalent dossier, and answers in columns too.
//! Numbers arrive as binary floats (JavaScript's `Float64Array`) and are read through their
//! shortest round-trip decimal form, the same rule as JSON numbers. `NaN` means "absent".

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problem, Problems};
use crate::base::ids::{is_valid_id, InputKey, ItemId, OccurrenceId, OfficerId};
use crate::base::limits;
use crate::base::message::WorkMsg;
use crate::fast::engine::Engine;
use crate::fast::plan::{BlockColumns, BlockScores, Plan, PlanScore, BLOCK};
use crate::model::assessment::Assessment;
use crate::model::dossier::{CaseReview, Dossier, Occurrence, Officer};
use crate::model::explanation::Lang;
use crate::rules::assess::AssessOptions;

/// Case-review counts as columns (one entry per row each).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaseReviewColumns {
    /// 优秀 counts.
    pub excellent: Vec<u32>,
    /// 合格 counts.
    pub pass: Vec<u32>,
    /// 瑕疵 counts.
    pub flawed: Vec<u32>,
    /// 差错 counts.
    pub error: Vec<u32>,
}

/// One occurrence of a list item or veto, for the row it belongs to.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RowOccurrence {
    /// Row index (0-based).
    pub row: u32,
    /// The occurrence.
    pub occurrence: Occurrence,
}

/// A cohort as columns: row `i` is officer `officers[i]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Columns {
    /// Officer ids, one per row.
    pub officers: Vec<OfficerId>,
    /// Input columns by key; each has one value per row (`NaN` = absent).
    pub inputs: Vec<(InputKey, Vec<f64>)>,
    /// Case-review columns, when the scheme uses case review.
    pub case_review: Option<CaseReviewColumns>,
    /// Occurrences of list items and vetoes (sparse).
    pub occurrences: Vec<RowOccurrence>,
    /// Occurrence counts by list item or veto id, one per row (0: none). A non-zero count is
    /// one occurrence whose id is the item's id, dated the last day of the scheme's period.
    pub counts: Vec<(ItemId, Vec<u32>)>,
}

/// Results as columns: entry `i` belongs to row `i`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ColumnScores {
    /// Whether the row was assessed (false: see `problems`).
    pub ok: Vec<bool>,
    /// Totals (zero where not `ok`).
    pub totals: Vec<Decimal>,
    /// Final grade as an index into the scheme's `grades`; `None` when withheld or not `ok`.
    pub grades: Vec<Option<u32>>,
    /// Whether a veto applies.
    pub vetoed: Vec<bool>,
    /// Every problem of every row, its path starting with `rows[i]`.
    pub problems: Vec<Problem>,
}

impl Engine {
    /// Assesses every row of a columnar cohort (no explanation lines, no fingerprints). Column
    /// lengths that disagree with the number of officers are an error for the whole batch;
    /// a bad row only fails that row. Rows are scored a block at a time by the engine's compiled
    /// [`Plan`] when the scheme has one, and by the general path otherwise
    /// (and for every row the plan declines, which then reports its problems).
    pub fn assess_columns(&self, columns: &Columns, lang: Lang) -> Result<ColumnScores, Problems> {
        let mut reader = RowReader::new(self, columns, lang)?;
        let rows = columns.officers.len();
        let mut out = ColumnScores {
            ok: Vec::with_capacity(rows),
            totals: Vec::with_capacity(rows),
            grades: Vec::with_capacity(rows),
            vetoed: Vec::with_capacity(rows),
            problems: Vec::new(),
        };
        for row in 0..rows {
            match reader.read(row) {
                RowScore::Planned(p) => {
                    out.ok.push(true);
                    out.totals.push(p.total);
                    out.grades.push(p.grade.and_then(|g| u32::try_from(g).ok()));
                    out.vetoed.push(p.vetoed);
                }
                RowScore::Assessed(a) => {
                    let grade = a
                        .grade
                        .as_ref()
                        .and_then(|g| self.scheme().grade_rank(&g.id).and_then(|i| u32::try_from(i).ok()));
                    out.ok.push(true);
                    out.totals.push(a.total);
                    out.grades.push(grade);
                    out.vetoed.push(a.flags.veto);
                }
                RowScore::Failed(ps) => {
                    out.ok.push(false);
                    out.totals.push(Decimal::ZERO);
                    out.grades.push(None);
                    out.vetoed.push(false);
                    out.problems.extend(row_problems(ps, row).0);
                }
            }
        }
        Ok(out)
    }

    /// The checks of a whole batch: sizes, column lengths, occurrence rows.
    fn check_columns(&self, columns: &Columns) -> Result<(), Problems> {
        let rows = columns.officers.len();
        let mut problems = Problems::new();
        if rows > limits::MAX_COHORT {
            problems.push(Code::Limit, "officers", WorkMsg::TooManyRows { max: limits::MAX_COHORT });
        }
        if columns.inputs.len() > limits::MAX_INPUTS {
            problems.push(Code::Limit, "inputs", WorkMsg::TooManyInputColumns { max: limits::MAX_INPUTS });
        }
        for (key, values) in &columns.inputs {
            if values.len() != rows {
                problems.push(
                    Code::Type,
                    Path::root().key("inputs").key(key.as_str()),
                    WorkMsg::ColumnLength { values: values.len(), rows },
                );
            }
        }
        if columns.counts.len() > limits::MAX_LIST_ITEMS {
            problems.push(
                Code::Limit,
                "counts",
                WorkMsg::TooManyCountColumns { max: limits::MAX_LIST_ITEMS },
            );
        }
        for (item, values) in &columns.counts {
            if values.len() != rows {
                problems.push(
                    Code::Type,
                    Path::root().key("counts").key(item.as_str()),
                    WorkMsg::ColumnLength { values: values.len(), rows },
                );
            }
        }
        if let Some(cr) = &columns.case_review {
            for (name, col) in [
                ("excellent", &cr.excellent),
                ("pass", &cr.pass),
                ("flawed", &cr.flawed),
                ("error", &cr.error),
            ] {
                if col.len() != rows {
                    problems.push(
                        Code::Type,
                        Path::root().key("caseReview").key(name),
                        WorkMsg::ColumnLength { values: col.len(), rows },
                    );
                }
            }
        }
        for (i, o) in columns.occurrences.iter().enumerate() {
            if usize::try_from(o.row).map_or(true, |r| r >= rows) {
                problems.push(
                    Code::UnknownRef,
                    Path::root().key("occurrences").index(i).key("row"),
                    WorkMsg::NoRow { row: o.row, rows },
                );
            }
        }
        if problems.has_errors() {
            Err(problems)
        } else {
            Ok(())
        }
    }
}

/// Problems of one row, their paths under `rows[i]`.
pub(crate) fn row_problems(ps: Problems, row: usize) -> Problems {
    ps.within(Path::root().key("rows").index(row).as_str())
}

/// The outcome of one row.
pub(crate) enum RowScore {
    /// Scored by the compiled plan.
    Planned(PlanScore),
    /// Assessed by the general path.
    Assessed(Box<Assessment>),
    /// The row's problems (paths relative to the row's dossier).
    Failed(Problems),
}

/// Reads the rows of checked columns in ascending order: a block of rows at a time through the
/// compiled plan when the scheme and the columns allow it (no allocation per row), the general
/// path for every row the block declines (sparse occurrences, vetoes, anything invalid).
pub(crate) struct RowReader<'a> {
    engine: &'a Engine,
    columns: &'a Columns,
    options: AssessOptions,
    /// Occurrence indices sorted by row, and the next one to read.
    occurrence_order: Vec<usize>,
    next_occurrence: usize,
    fast: Option<Fast<'a>>,
    /// Dimension scores of the last planned row.
    pub(crate) dims: Vec<Decimal>,
    date: crate::base::date::Date,
}

/// The plan, with the columns by plan slot.
struct Fast<'a> {
    plan: &'a Plan,
    /// Rows scored a block at a time, column by column.
    blocks: Blocks<'a>,
}

/// The current block of rows scored by [`Plan::evaluate_block`].
struct Blocks<'a> {
    columns: BlockColumns<'a>,
    scores: BlockScores,
    /// First row of the current block, and its number of rows (0: none yet).
    start: usize,
    len: usize,
    /// Position in the occurrence order of the first sparse occurrence not before `start`.
    sparse: usize,
}

impl<'a> Fast<'a> {
    fn of(plan: &'a Plan, columns: &'a Columns) -> Option<Fast<'a>> {
        let input_slots: Vec<usize> =
            columns.inputs.iter().map(|(k, _)| plan.input_slot(k.as_str())).collect::<Option<_>>()?;
        let count_slots: Vec<usize> =
            columns.counts.iter().map(|(k, _)| plan.item_slot(k.as_str())).collect::<Option<_>>()?;
        // a key given twice: the general path decides what that means
        if crate::fast::plan::has_twins(&input_slots) || crate::fast::plan::has_twins(&count_slots) {
            return None;
        }
        if !plan.scores_blocks() {
            return None;
        }
        let mut values: Vec<Option<&[f64]>> = vec![None; plan.inputs().len()];
        for ((_, column), &slot) in columns.inputs.iter().zip(&input_slots) {
            *values.get_mut(slot)? = Some(column.as_slice());
        }
        let mut counts: Vec<Option<&[u32]>> = vec![None; plan.items().len()];
        for ((_, column), &slot) in columns.counts.iter().zip(&count_slots) {
            *counts.get_mut(slot)? = Some(column.as_slice());
        }
        let review = columns
            .case_review
            .as_ref()
            .map(|c| [c.excellent.as_slice(), c.pass.as_slice(), c.flawed.as_slice(), c.error.as_slice()]);
        let blocks = Blocks {
            columns: BlockColumns { values, counts, review },
            scores: BlockScores::new(plan),
            start: 0,
            len: 0,
            sparse: 0,
        };
        Some(Fast { plan, blocks })
    }
}

impl<'a> RowReader<'a> {
    /// Checks the columns (an error for the whole batch) and prepares to read rows.
    pub(crate) fn new(
        engine: &'a Engine,
        columns: &'a Columns,
        lang: Lang,
    ) -> Result<RowReader<'a>, Problems> {
        engine.check_columns(columns)?;
        let row_of = |i: usize| columns.occurrences.get(i).map_or(0, |o| o.row);
        let occurrence_order =
            crate::base::sort::sort_indices(columns.occurrences.len(), &mut |a, b| row_of(a).cmp(&row_of(b)));
        let fast = engine.plan().and_then(|p| Fast::of(p, columns));
        let dims = vec![Decimal::ZERO; engine.plan().map_or(0, Plan::dimensions)];
        Ok(RowReader {
            engine,
            columns,
            options: AssessOptions { trace: false, fingerprint: false, lang },
            occurrence_order,
            next_occurrence: 0,
            fast,
            dims,
            date: engine.scheme().period.end,
        })
    }

    /// Scores row `row` (rows must be read in ascending order).
    pub(crate) fn read(&mut self, row: usize) -> RowScore {
        if let Some(p) = self.block_score(row) {
            return RowScore::Planned(p);
        }
        let (start, end) = self.sparse_range(row);
        match self.general(row, start, end) {
            Ok(a) => RowScore::Assessed(Box::new(a)),
            Err(p) => RowScore::Failed(p),
        }
    }

    /// The score of a row from its block (scoring the block that starts at `row` first when
    /// `row` is past the current one); `None` when the block declined the row.
    fn block_score(&mut self, row: usize) -> Option<PlanScore> {
        let columns = self.columns;
        let occurrences = &self.occurrence_order;
        let fast = self.fast.as_mut()?;
        let blocks = &mut fast.blocks;
        if row < blocks.start || row >= blocks.start + blocks.len {
            let rows = columns.officers.len();
            let (lo, hi) = (row, rows.min(row.saturating_add(BLOCK)));
            blocks.start = lo;
            blocks.len = hi.saturating_sub(lo);
            let ok = &mut blocks.scores.ok;
            ok.fill(false);
            for (o, officer) in ok.iter_mut().zip(columns.officers.get(lo..hi).unwrap_or_default()) {
                *o = is_valid_id(officer.as_str());
            }
            // rows with sparse occurrences take the row path (their checks need the dossier's)
            let row_of = |k: usize| {
                occurrences
                    .get(k)
                    .and_then(|&i| columns.occurrences.get(i))
                    .and_then(|o| usize::try_from(o.row).ok())
            };
            while row_of(blocks.sparse).is_some_and(|r| r < lo) {
                blocks.sparse += 1;
            }
            let mut k = blocks.sparse;
            while let Some(r) = row_of(k).filter(|&r| r < hi) {
                if let Some(o) = r.checked_sub(lo).and_then(|i| ok.get_mut(i)) {
                    *o = false;
                }
                k += 1;
            }
            fast.plan.evaluate_block(&blocks.columns, lo, hi, &mut blocks.scores);
        }
        let i = row.checked_sub(blocks.start)?;
        if !blocks.scores.ok.get(i).copied()? {
            return None;
        }
        let d = self.dims.len();
        let dims = blocks.scores.dims.get(i * d..(i + 1) * d)?;
        self.dims.copy_from_slice(dims);
        blocks.scores.scores.get(i).copied()
    }

    /// The range of `occurrence_order` holding row `row`'s sparse occurrences.
    fn sparse_range(&mut self, row: usize) -> (usize, usize) {
        let order = &self.occurrence_order;
        let occurrences = &self.columns.occurrences;
        let row_of = |i: usize| occurrences.get(i).and_then(|o| usize::try_from(o.row).ok());
        let mut start = self.next_occurrence;
        while order.get(start).is_some_and(|&i| row_of(i).is_some_and(|r| r < row)) {
            start += 1;
        }
        let mut end = start;
        while order.get(end).is_some_and(|&i| row_of(i) == Some(row)) {
            end += 1;
        }
        self.next_occurrence = end;
        (start, end)
    }

    fn case_review(&self, row: usize) -> Option<CaseReview> {
        self.columns.case_review.as_ref().map(|c| CaseReview {
            excellent: c.excellent.get(row).copied().unwrap_or(0),
            pass: c.pass.get(row).copied().unwrap_or(0),
            flawed: c.flawed.get(row).copied().unwrap_or(0),
            error: c.error.get(row).copied().unwrap_or(0),
        })
    }

    /// The row's occurrences as its dossier has them: the sparse ones, then one per non-zero
    /// count (its id is the item's id).
    fn occurrences(&self, row: usize, start: usize, end: usize) -> Vec<Occurrence> {
        let sparse = self
            .occurrence_order
            .get(start..end)
            .unwrap_or_default()
            .iter()
            .filter_map(|&i| self.columns.occurrences.get(i))
            .map(|o| o.occurrence.clone());
        let counted = self.columns.counts.iter().filter_map(|(item, column)| {
            let count = column.get(row).copied().unwrap_or(0);
            (count > 0).then(|| Occurrence {
                id: OccurrenceId(item.as_str().to_owned()),
                item: item.clone(),
                date: self.date,
                count,
                reference: None,
                note: None,
            })
        });
        sparse.chain(counted).collect()
    }

    /// The general path: the row as a dossier, assessed.
    fn general(&self, row: usize, start: usize, end: usize) -> Result<Assessment, Problems> {
        let Some(officer) = self.columns.officers.get(row) else {
            return Err(Problems::one(Code::Type, "", WorkMsg::NoSuchRow));
        };
        let mut row_problems = Problems::new();
        let mut inputs = Vec::new();
        for (key, values) in &self.columns.inputs {
            let Some(&v) = values.get(row) else { continue };
            if v.is_nan() {
                continue;
            }
            match Decimal::from_f64(v) {
                Some(d) => {
                    inputs.push((key.clone(), d));
                }
                None => row_problems.push(
                    if v.is_finite() { Code::NumberRange } else { Code::NumberNotFinite },
                    Path::root().key("inputs").key(key.as_str()),
                    // (not formatting the float keeps float printing out of the package)
                    if v.is_finite() { WorkMsg::NumberOutOfRange } else { WorkMsg::NotFinite },
                ),
            }
        }
        if row_problems.has_errors() {
            return Err(row_problems);
        }
        let dossier = Dossier {
            officer: Officer { id: officer.clone(), name: officer.0.clone(), unit: None },
            scheme: None,
            period: None,
            inputs: crate::base::sorted::SortedMap::from_vec(inputs),
            occurrences: self.occurrences(row, start, end),
            case_review: self.case_review(row),
            records: Vec::new(),
            as_of: None,
            synthetic: false,
        };
        self.engine.assess(&dossier, &self.options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::builtin;

    fn demo() -> (Engine, Dossier) {
        let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
        let dossier = builtin::demo_cohort().into_iter().next().unwrap();
        (engine, dossier)
    }

    fn columns_of(dossiers: &[Dossier]) -> Columns {
        let keys: Vec<InputKey> = dossiers[0].inputs.keys().cloned().collect();
        Columns {
            officers: dossiers.iter().map(|d| d.officer.id.clone()).collect(),
            inputs: keys
                .iter()
                .map(|k| (k.clone(), dossiers.iter().map(|d| d.inputs.get(k).unwrap().to_f64()).collect()))
                .collect(),
            case_review: Some(CaseReviewColumns {
                excellent: dossiers.iter().map(|d| d.case_review.unwrap_or_default().excellent).collect(),
                pass: dossiers.iter().map(|d| d.case_review.unwrap_or_default().pass).collect(),
                flawed: dossiers.iter().map(|d| d.case_review.unwrap_or_default().flawed).collect(),
                error: dossiers.iter().map(|d| d.case_review.unwrap_or_default().error).collect(),
            }),
            occurrences: dossiers
                .iter()
                .enumerate()
                .flat_map(|(i, d)| {
                    d.occurrences.iter().map(move |o| RowOccurrence { row: i as u32, occurrence: o.clone() })
                })
                .collect(),
            counts: vec![],
        }
    }

    #[test]
    fn columns_give_the_same_totals_as_single_assessments() {
        let (engine, d) = demo();
        let mut second = d.clone();
        second.officer.id = "J-X".into();
        second.inputs.insert("satisfaction".into(), Decimal::from_int(60));
        second.occurrences.clear();
        let dossiers = vec![d, second];
        let scores = engine.assess_columns(&columns_of(&dossiers), Lang::Zh).unwrap();
        assert_eq!(scores.ok, vec![true, true]);
        for (i, d) in dossiers.iter().enumerate() {
            let single = engine.assess(d, &AssessOptions::default()).unwrap();
            assert_eq!(scores.totals[i], single.total, "row {i}");
            let gi = scores.grades[i].map(|g| engine.scheme().grades[g as usize].id.clone());
            assert_eq!(gi, single.grade.map(|g| g.id));
        }
        assert_ne!(scores.totals[0], scores.totals[1]);
    }

    #[test]
    fn a_bad_row_fails_alone_with_a_located_problem() {
        let (engine, d) = demo();
        let mut cols = columns_of(&[d.clone(), d]);
        cols.officers[1] = "J-2".into();
        let an = cols.inputs.iter_mut().find(|(k, _)| k.as_str() == "an").unwrap();
        an.1[1] = f64::INFINITY;
        let scores = engine.assess_columns(&cols, Lang::Zh).unwrap();
        assert_eq!(scores.ok, vec![true, false]);
        assert_eq!(scores.problems[0].code, Code::NumberNotFinite);
        assert_eq!(scores.problems[0].path, "rows[1].inputs.an");
        // NaN = absent: a required input then is missing
        an_nan(&engine);
    }

    fn an_nan(engine: &Engine) {
        let d = builtin::demo_cohort().into_iter().next().unwrap();
        let mut cols = columns_of(&[d]);
        let an = cols.inputs.iter_mut().find(|(k, _)| k.as_str() == "an").unwrap();
        an.1[0] = f64::NAN;
        let scores = engine.assess_columns(&cols, Lang::Zh).unwrap();
        assert_eq!(scores.ok, vec![false]);
        assert!(scores
            .problems
            .iter()
            .any(|p| p.code == Code::MissingInput && p.path.starts_with("rows[0]")));
    }

    #[test]
    fn ragged_columns_are_rejected_for_the_whole_batch() {
        let (engine, d) = demo();
        let mut cols = columns_of(&[d]);
        cols.inputs[0].1.push(1.0);
        cols.occurrences.push(RowOccurrence { row: 9, occurrence: cols.occurrences[0].occurrence.clone() });
        let bad = format!("occurrences[{}].row", cols.occurrences.len() - 1);
        let err = engine.assess_columns(&cols, Lang::Zh).unwrap_err();
        assert!(err.0.iter().any(|p| p.code == Code::Type && p.path.starts_with("inputs.")));
        assert!(err.0.iter().any(|p| p.code == Code::UnknownRef && p.path == bad));
    }
}
