//! The columnar operations (`engine.assessColumns`, `engine.assessCohortColumns`): a cohort
//! given as columns, read from one header and two number buffers, answered in columns.
//!
//! The bindings pass the columns without one value per crossing: every input column one after
//! the other in `numbers` (binary floats, `NaN` = absent), the case-review columns (excellent,
//! pass, flawed, error) and then the count columns one after the other in `whole`, and a
//! [`ColumnsHeader`] (JSON) naming the officers, the columns and their lengths. Every check of
//! the values is the engine's ([`Engine::assess_columns`]); the answer's arrays are plain
//! (the package's glue turns them into typed arrays).

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problems};
use crate::base::json::from_json_str;
use crate::base::message::WorkMsg;
use crate::fast::batch::{CaseReviewColumns, Columns, RowOccurrence};
use crate::fast::engine::Engine;
use crate::model::explanation::Lang;
use crate::model::scheme::TieBreakKey;
use crate::rules::cohort::{CohortOptions, QuotaChange, QuotaOutcome};
use crate::{api::answer::Answer, base::error::Problem};

/// What the bindings send beside the two buffers.
#[derive(Clone, Debug, Default, PartialEq, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ColumnsHeader {
    /// Officer ids, one per row.
    pub officers: Vec<String>,
    /// Input keys, in the order of their columns in `numbers`.
    #[serde(default)]
    pub inputs: Vec<String>,
    /// The length of each input column.
    #[serde(default)]
    pub input_lengths: Vec<u32>,
    /// The lengths of the four case-review columns at the start of `whole`; empty when absent.
    #[serde(default)]
    pub case_review: Vec<u32>,
    /// Count keys (list item or veto ids), in the order of their columns in `whole`.
    #[serde(default)]
    pub counts: Vec<String>,
    /// The length of each count column.
    #[serde(default)]
    pub count_lengths: Vec<u32>,
    /// Occurrences of list items and vetoes.
    #[serde(default)]
    pub occurrences: Vec<RowOccurrence>,
    /// The options of `assessCohort` (only `lang` matters here).
    #[serde(default)]
    pub options: Option<CohortOptions>,
}

/// The answer of `assessColumns`: entry `i` of every array belongs to row `i`.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct ColumnScoresAnswer {
    /// 1 when the row was assessed.
    pub ok: Vec<u8>,
    /// Totals (0 where not ok).
    pub totals: Vec<Decimal>,
    /// Index into `grade_ids`; -1 when withheld or not ok.
    pub grades: Vec<i32>,
    /// 1 when a veto applies.
    pub vetoed: Vec<u8>,
    /// The scheme's grade ids, best first.
    pub grade_ids: Vec<String>,
    /// Every problem of every failed row.
    pub problems: Vec<Problem>,
}

/// The answer of `assessCohortColumns`: entry `i` of every array belongs to row `i`.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct CohortColumnsAnswer {
    /// Totals.
    pub totals: Vec<Decimal>,
    /// Ranks, 1 = best.
    pub ranks: Vec<u32>,
    /// Row indices in rank order.
    pub order: Vec<u32>,
    /// Index into `grade_ids` of the grade the total alone gives.
    pub score_grades: Vec<i32>,
    /// Index after vetoes, before quotas; -1 when withheld.
    pub pre_quota_grades: Vec<i32>,
    /// Index after quotas; -1 when withheld.
    pub grades: Vec<i32>,
    /// 1 when a veto applies.
    pub vetoed: Vec<u8>,
    /// The scheme's grade ids, best first.
    pub grade_ids: Vec<String>,
    /// The tie-break order used.
    pub tie_break: Vec<TieBreakKey>,
    /// What each quota did.
    pub quotas: Vec<QuotaOutcome>,
    /// Officers whose grade a quota changed.
    pub changes: Vec<QuotaChange>,
}

/// Scores a columnar cohort. `Err`: the header or the buffers cannot be read, or the column
/// lengths disagree (the bindings throw); a bad row only fails that row.
pub fn assess_columns(
    engine: &Engine,
    header: &str,
    numbers: &[f64],
    whole: &[u32],
) -> Result<ColumnScoresAnswer, Problems> {
    let (columns, lang) = read(header, numbers, whole)?;
    let s = engine.assess_columns(&columns, lang)?;
    Ok(ColumnScoresAnswer {
        ok: flags(&s.ok),
        totals: s.totals,
        grades: s.grades.iter().map(|&g| index(g)).collect(),
        vetoed: flags(&s.vetoed),
        grade_ids: grade_ids(engine),
        problems: s.problems,
    })
}

/// Assesses, ranks and grades a columnar cohort under the scheme's quotas. `Err`: the header or
/// the buffers cannot be read (the bindings throw); lengths that disagree and every row's
/// problem come back in the answer.
pub fn assess_cohort_columns(
    engine: &Engine,
    header: &str,
    numbers: &[f64],
    whole: &[u32],
) -> Result<Answer<CohortColumnsAnswer>, Problems> {
    let (columns, lang) = read(header, numbers, whole)?;
    let answer = engine.assess_cohort_columns(&columns, lang).map(|c| CohortColumnsAnswer {
        totals: c.totals,
        ranks: c.ranks,
        order: c.order,
        score_grades: c.score_grades.iter().map(|&g| index(Some(g))).collect(),
        pre_quota_grades: c.pre_quota_grades.iter().map(|&g| index(g)).collect(),
        grades: c.grades.iter().map(|&g| index(g)).collect(),
        vetoed: flags(&c.vetoed),
        grade_ids: grade_ids(engine),
        tie_break: c.tie_break,
        quotas: c.quotas,
        changes: c.changes,
    });
    Ok(answer.into())
}

fn grade_ids(engine: &Engine) -> Vec<String> {
    engine.scheme().grades.iter().map(|g| g.id.as_str().to_owned()).collect()
}

fn index(g: Option<u32>) -> i32 {
    g.and_then(|g| i32::try_from(g).ok()).unwrap_or(-1)
}

fn flags(flags: &[bool]) -> Vec<u8> {
    flags.iter().map(|&b| u8::from(b)).collect()
}

/// Cuts consecutive columns of the given lengths off the front of a buffer.
struct Cutter<'a, T> {
    rest: &'a [T],
}

impl<T: Copy> Cutter<'_, T> {
    fn take(&mut self, len: u32) -> Result<Vec<T>, Problems> {
        let len = len as usize;
        match (self.rest.get(..len), self.rest.get(len..)) {
            (Some(column), Some(rest)) => {
                self.rest = rest;
                Ok(column.to_vec())
            }
            _ => Err(Problems::one(
                Code::Type,
                "",
                WorkMsg::ColumnLength { values: self.rest.len(), rows: len },
            )),
        }
    }
}

/// The columns and options a header and its buffers describe.
fn read(header: &str, numbers: &[f64], whole: &[u32]) -> Result<(Columns, Lang), Problems> {
    read_columns(from_json_str(header)?, numbers, whole)
}

/// The columns and options a read header and its buffers describe.
pub(crate) fn read_columns(
    h: ColumnsHeader,
    numbers: &[f64],
    whole: &[u32],
) -> Result<(Columns, Lang), Problems> {
    let mut reals = Cutter { rest: numbers };
    let mut counts = Cutter { rest: whole };
    let mut inputs = Vec::with_capacity(h.inputs.len());
    for (key, &len) in h.inputs.iter().zip(&h.input_lengths) {
        inputs.push((key.as_str().into(), reals.take(len)?));
    }
    let case_review = match h.case_review.as_slice() {
        [] => None,
        &[e, p, f, x] => Some(CaseReviewColumns {
            excellent: counts.take(e)?,
            pass: counts.take(p)?,
            flawed: counts.take(f)?,
            error: counts.take(x)?,
        }),
        other => {
            let message = WorkMsg::ColumnLength { values: other.len(), rows: 4 };
            return Err(Problems::one(Code::Type, "caseReview", message));
        }
    };
    let mut count_columns = Vec::with_capacity(h.counts.len());
    for (key, &len) in h.counts.iter().zip(&h.count_lengths) {
        count_columns.push((key.as_str().into(), counts.take(len)?));
    }
    let officers = h.officers.iter().map(|id| id.as_str().into()).collect();
    let columns =
        Columns { officers, inputs, case_review, occurrences: h.occurrences, counts: count_columns };
    Ok((columns, h.options.map(|o| o.lang).unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::builtin;

    fn engine() -> Engine {
        let scheme = builtin::scheme("court-judge").unwrap();
        Engine::new(scheme).unwrap()
    }

    #[test]
    fn columns_are_cut_in_order_and_answered_per_row() {
        let e = engine();
        let header =
            r#"{"officers":["J-1","J-2"],"inputs":["satisfaction","noSuchKey"],"inputLengths":[2,2]}"#;
        let (columns, _) = read(header, &[90.0, f64::NAN, 1.0, 2.0], &[]).unwrap();
        assert_eq!(columns.inputs.len(), 2);
        assert_eq!(columns.inputs[1].1, vec![1.0, 2.0]);
        assert!(columns.inputs[0].1[1].is_nan());
        // a buffer shorter than the header says: refused, not read past
        let short = read(header, &[90.0], &[]).unwrap_err();
        assert_eq!(short.0[0].code, Code::Type);
        let answer = assess_columns(
            &e,
            r#"{"officers":["J-1"],"inputs":["satisfaction"],"inputLengths":[1]}"#,
            &[f64::INFINITY],
            &[],
        )
        .unwrap();
        assert_eq!(answer.ok, vec![0]);
        assert_eq!(answer.grades, vec![-1]);
        assert_eq!(answer.problems[0].path.to_string(), "rows[0].inputs.satisfaction");
        assert_eq!(answer.grade_ids.len(), e.scheme().grades.len());
    }

    #[test]
    fn a_header_of_the_wrong_shape_is_refused() {
        let e = engine();
        assert!(assess_columns(&e, r#"{"officers":[1]}"#, &[], &[]).is_err());
        assert!(assess_cohort_columns(&e, r#"{"officers":[],"caseReview":[1]}"#, &[], &[]).is_err());
        assert!(
            assess_cohort_columns(&e, r#"{"officers":["J-1"],"options":{"lang":"xx"}}"#, &[], &[]).is_err()
        );
        let empty = assess_cohort_columns(&e, r#"{"officers":[]}"#, &[], &[]).unwrap();
        assert!(!empty.ok);
    }
}
