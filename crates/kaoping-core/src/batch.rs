//! Columnar batch scoring: thousands of officers at once without one object per officer.
//!
//! Platforms that score a whole court or bureau hold their data as columns (one array per input
//! key). [`Engine::assess_columns`] takes those columns, assesses each row exactly as
//! [`Engine::assess`] would assess the equivalent dossier, and answers in columns too.
//! Numbers arrive as binary floats (JavaScript's `Float64Array`) and are read through their
//! shortest round-trip decimal form, the same rule as JSON numbers. `NaN` means "absent".

use crate::decimal::Decimal;
use crate::dossier::{CaseReview, Dossier, Occurrence, Officer};
use crate::engine::{AssessOptions, Engine};
use crate::error::{Code, Path, Problem, Problems};
use crate::explain::Lang;
use crate::ids::{InputKey, OfficerId};
use crate::limits;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
#[derive(
    Clone, Debug, PartialEq, Eq, Serialize, kaoping_json::ToJson, Deserialize, kaoping_json::FromJson,
)]
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
    /// a bad row only fails that row.
    pub fn assess_columns(&self, columns: &Columns, lang: Lang) -> Result<ColumnScores, Problems> {
        let rows = columns.officers.len();
        let mut problems = Problems::new();
        if rows > limits::MAX_COHORT {
            problems.push(Code::Limit, "officers", format!("at most {} rows", limits::MAX_COHORT));
        }
        if columns.inputs.len() > limits::MAX_INPUTS {
            problems.push(Code::Limit, "inputs", format!("at most {} input columns", limits::MAX_INPUTS));
        }
        for (key, values) in &columns.inputs {
            if values.len() != rows {
                problems.push(
                    Code::Type,
                    Path::root().key("inputs").key(key.as_str()),
                    format!("column has {} values for {rows} officers", values.len()),
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
                        format!("column has {} values for {rows} officers", col.len()),
                    );
                }
            }
        }
        for (i, o) in columns.occurrences.iter().enumerate() {
            if usize::try_from(o.row).map_or(true, |r| r >= rows) {
                problems.push(
                    Code::UnknownRef,
                    Path::root().key("occurrences").index(i).key("row"),
                    format!("row {} does not exist ({rows} rows)", o.row),
                );
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }

        let mut by_row: BTreeMap<u32, Vec<Occurrence>> = BTreeMap::new();
        for o in &columns.occurrences {
            by_row.entry(o.row).or_default().push(o.occurrence.clone());
        }
        let options = AssessOptions { trace: false, fingerprint: false, lang };
        let mut out = ColumnScores {
            ok: Vec::with_capacity(rows),
            totals: Vec::with_capacity(rows),
            grades: Vec::with_capacity(rows),
            vetoed: Vec::with_capacity(rows),
            problems: Vec::new(),
        };
        for (row, officer) in columns.officers.iter().enumerate() {
            let row_path = Path::root().key("rows").index(row);
            let mut row_problems = Problems::new();
            let mut inputs = BTreeMap::new();
            for (key, values) in &columns.inputs {
                let Some(&v) = values.get(row) else { continue };
                if v.is_nan() {
                    continue;
                }
                match Decimal::from_f64(v) {
                    Some(d) => {
                        inputs.insert(key.clone(), d);
                    }
                    None => row_problems.push(
                        if v.is_finite() { Code::NumberRange } else { Code::NumberNotFinite },
                        Path::root().key("inputs").key(key.as_str()),
                        // (not formatting the float keeps float printing out of the package)
                        if v.is_finite() {
                            "the number is outside ±10^12"
                        } else {
                            "the number is not finite"
                        },
                    ),
                }
            }
            let case_review = columns.case_review.as_ref().map(|c| CaseReview {
                excellent: c.excellent.get(row).copied().unwrap_or(0),
                pass: c.pass.get(row).copied().unwrap_or(0),
                flawed: c.flawed.get(row).copied().unwrap_or(0),
                error: c.error.get(row).copied().unwrap_or(0),
            });
            let occurrences = u32::try_from(row).ok().and_then(|r| by_row.remove(&r)).unwrap_or_default();
            let dossier = Dossier {
                officer: Officer { id: officer.clone(), name: officer.0.clone(), unit: None },
                scheme: None,
                period: None,
                inputs,
                occurrences,
                case_review,
                synthetic: false,
            };
            let result =
                if row_problems.has_errors() { Err(row_problems) } else { self.assess(&dossier, &options) };
            match result {
                Ok(a) => {
                    let grade = a.grade.as_ref().and_then(|g| {
                        self.scheme()
                            .grades
                            .iter()
                            .position(|s| s.id == g.id)
                            .and_then(|i| u32::try_from(i).ok())
                    });
                    out.ok.push(true);
                    out.totals.push(a.total);
                    out.grades.push(grade);
                    out.vetoed.push(a.flags.veto);
                }
                Err(ps) => {
                    out.ok.push(false);
                    out.totals.push(Decimal::ZERO);
                    out.grades.push(None);
                    out.vetoed.push(false);
                    out.problems.extend(ps.0.into_iter().map(|mut p| {
                        p.path = if p.path.is_empty() {
                            row_path.to_string()
                        } else if p.path.starts_with('[') {
                            format!("{row_path}{}", p.path)
                        } else {
                            format!("{row_path}.{}", p.path)
                        };
                        p
                    }));
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin;

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
                .map(|k| (k.clone(), dossiers.iter().map(|d| d.inputs[k].to_f64()).collect()))
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
