//! The fast path of one call: a plain dossier handed over as flat numbers (and the bytes of its
//! ids) instead of JSON text, scored by the compiled [`Plan`](crate::fast::plan::Plan) into a
//! [`Score`].
//!
//! The npm package's glue writes a dossier into two reusable buffers, following the
//! [`FlatLayout`] the engine gives once: input values in plan slot order (`NaN` = absent), one
//! record per occurrence (its id's bytes, the item's slot, the date as year, month and day, the
//! count, the lengths of its texts), the officer id's bytes and the lengths of the other texts.
//! The glue only translates, and only dossiers of the plain shape (known keys, numbers where
//! numbers belong, well-formed strings, ASCII ids); anything else goes the general JSON path.
//!
//! [`Engine::score_flat`] runs the same validation functions as the general path (officer,
//! sizes, occurrences, input kinds, case review) and declines (`None`) whenever one of them finds
//! a problem or a number is not what the JSON reader would read: the general path then answers,
//! with its problems. So the fast path never changes an answer (`tests/flat.rs` holds it to the
//! general path on seeded random and hostile dossiers).

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::error::Problems;
use crate::base::ids::OfficerId;
use crate::base::limits;
use crate::fast::engine::Engine;
use crate::fast::plan::{PlanRow, PlanScore};
use crate::model::assessment::{Flags, GradeRef, Score};
use crate::model::dossier::CaseReview;
use crate::rules::validate::{check_occurrences, check_officer, check_sizes, OccurrenceFacts};

/// Positions in the number buffer (the header; inputs and occurrences follow).
pub mod at {
    /// Byte length of the officer id (its bytes start the byte buffer).
    pub const OFFICER_ID: usize = 0;
    /// Length of the officer's name in UTF-16 code units.
    pub const NAME: usize = 1;
    /// Length of the longest other text (officer unit, period) in UTF-16 code units.
    pub const TEXT: usize = 2;
    /// 1 when the dossier has `caseReview`, else 0; then its four counts (`NaN`: absent field).
    pub const CASE_REVIEW: usize = 3;
    /// Number of occurrence records.
    pub const OCCURRENCES: usize = 8;
    /// Start of the input values (one per plan input slot; `NaN`: absent).
    pub const VALUES: usize = 9;
}

/// Fields of one occurrence record.
pub mod field {
    /// Offset of the id's bytes in the byte buffer.
    pub const ID_START: usize = 0;
    /// Byte length of the id.
    pub const ID_LEN: usize = 1;
    /// The item's count slot ([`Plan::items`](crate::fast::plan::Plan::items) order).
    pub const ITEM: usize = 2;
    /// The date's year.
    pub const YEAR: usize = 3;
    /// The date's month.
    pub const MONTH: usize = 4;
    /// The date's day.
    pub const DAY: usize = 5;
    /// The count (`NaN`: absent, the default applies).
    pub const COUNT: usize = 6;
    /// Length of `ref` in UTF-16 code units (-1: absent).
    pub const REF: usize = 7;
    /// Length of `note` in UTF-16 code units (-1: absent).
    pub const NOTE: usize = 8;
    /// Numbers per record.
    pub const STRIDE: usize = 9;
}

/// Positions of the answer, written over the start of the number buffer.
pub mod out {
    /// The total.
    pub const TOTAL: usize = 0;
    /// Index of the score grade.
    pub const SCORE_GRADE: usize = 1;
    /// Index of the final grade; -1 when withheld.
    pub const GRADE: usize = 2;
    /// The four flags (veto, incomplete, disagreement, tolerance) as 0 or 1.
    pub const FLAGS: usize = 3;
}

/// Most occurrence records (a dossier with more goes the general path). With it, every text
/// bounded as below, the dossier's JSON stays far within the reader's limits.
pub const MAX_OCCURRENCES: usize = 256;

/// Most UTF-16 code units of a text the fast path only measures (unit, period): within the JSON
/// reader's string limit even if every unit were written as a `\u` escape.
const MAX_TEXT_UNITS: usize = limits::MAX_JSON_STRING_BYTES / 6;

/// Bytes of ids the byte buffer holds (officer id and occurrence ids).
pub const MAX_ID_BYTES: usize = 64 * (MAX_OCCURRENCES + 1);

/// Where the glue writes a dossier: the plan's slots and the buffer sizes.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct FlatLayout {
    /// Input keys, one per value slot.
    pub inputs: Vec<String>,
    /// Item and veto ids, one per count slot.
    pub items: Vec<String>,
    /// The scheme's grades, best first (answers give an index into them).
    pub grades: Vec<GradeRef>,
    /// Start of the occurrence records in the number buffer.
    pub records: usize,
    /// Numbers per occurrence record.
    pub stride: usize,
    /// Most occurrence records.
    pub max_occurrences: usize,
    /// Length of the number buffer.
    pub numbers: usize,
    /// Length of the byte buffer.
    pub bytes: usize,
    /// Positions of the header fields in the number buffer ([`at`]).
    pub at: HeaderPositions,
    /// Offsets of the fields within one occurrence record ([`field`]).
    pub field: RecordFields,
    /// Positions of the answer in the number buffer ([`out`]).
    pub out: AnswerPositions,
}

/// [`at`] as the glue reads it.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct HeaderPositions {
    /// [`at::OFFICER_ID`].
    pub officer_id: usize,
    /// [`at::NAME`].
    pub name: usize,
    /// [`at::TEXT`].
    pub text: usize,
    /// [`at::CASE_REVIEW`]: the presence flag.
    pub case_review: usize,
    /// Where each case-review count sits, by the dossier's key.
    pub case_review_counts: CaseReviewPositions,
    /// [`at::OCCURRENCES`].
    pub occurrences: usize,
    /// [`at::VALUES`].
    pub values: usize,
}

/// Positions of the four case-review counts (after the presence flag).
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct CaseReviewPositions {
    /// `excellent`.
    pub excellent: usize,
    /// `pass`.
    pub pass: usize,
    /// `flawed`.
    pub flawed: usize,
    /// `error`.
    pub error: usize,
}

/// [`field`] as the glue reads it.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct RecordFields {
    /// [`field::ID_START`].
    pub id_start: usize,
    /// [`field::ID_LEN`].
    pub id_len: usize,
    /// [`field::ITEM`].
    pub item: usize,
    /// [`field::YEAR`].
    pub year: usize,
    /// [`field::MONTH`].
    pub month: usize,
    /// [`field::DAY`].
    pub day: usize,
    /// [`field::COUNT`].
    pub count: usize,
    /// [`field::REF`].
    pub reference: usize,
    /// [`field::NOTE`].
    pub note: usize,
}

/// [`out`] as the glue reads it, the flags one by one.
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson)]
#[serde(rename_all = "camelCase")]
pub struct AnswerPositions {
    /// [`out::TOTAL`].
    pub total: usize,
    /// [`out::SCORE_GRADE`].
    pub score_grade: usize,
    /// [`out::GRADE`].
    pub grade: usize,
    /// The veto flag.
    pub veto: usize,
    /// The incomplete flag.
    pub incomplete: usize,
    /// The disagreement flag.
    pub disagreement: usize,
    /// The tolerance flag.
    pub tolerance: usize,
}

/// Reusable working space of [`Engine::score_flat`] (one per engine and caller).
#[derive(Clone, Debug, Default)]
pub struct FlatScratch {
    values: Vec<Option<Decimal>>,
    counts: Vec<u32>,
    dims: Vec<Decimal>,
}

fn usize_of(v: f64) -> Option<usize> {
    let n = u32_of(v)?;
    usize::try_from(n).ok()
}

/// A whole number within `u32`, as the JSON reader reads one (`-0` is 0).
fn u32_of(v: f64) -> Option<u32> {
    if (0.0..=f64::from(u32::MAX)).contains(&v) && v.fract() == 0.0 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some(v as u32)
    } else {
        None
    }
}

fn text_len(v: f64) -> Option<Option<usize>> {
    if v == -1.0 {
        Some(None)
    } else {
        usize_of(v).map(Some)
    }
}

fn id_at(bytes: &[u8], start: f64, len: f64) -> Option<&str> {
    let start = usize_of(start)?;
    let bytes = bytes.get(start..start.checked_add(usize_of(len)?)?)?;
    std::str::from_utf8(bytes).ok()
}

impl Engine {
    /// The layout of the fast path, when the scheme has a compiled plan.
    pub fn flat_layout(&self) -> Option<FlatLayout> {
        let plan = self.plan()?;
        let records = at::VALUES + plan.inputs().len();
        Some(FlatLayout {
            inputs: plan.inputs().map(|k| k.as_str().to_owned()).collect(),
            items: plan.items().iter().map(|i| i.as_str().to_owned()).collect(),
            grades: self
                .scheme()
                .grades
                .iter()
                .map(|g| GradeRef { id: g.id.clone(), title: g.title.clone() })
                .collect(),
            records,
            stride: field::STRIDE,
            max_occurrences: MAX_OCCURRENCES,
            numbers: records + MAX_OCCURRENCES * field::STRIDE,
            bytes: MAX_ID_BYTES,
            at: HeaderPositions {
                officer_id: at::OFFICER_ID,
                name: at::NAME,
                text: at::TEXT,
                case_review: at::CASE_REVIEW,
                case_review_counts: CaseReviewPositions {
                    excellent: at::CASE_REVIEW + 1,
                    pass: at::CASE_REVIEW + 2,
                    flawed: at::CASE_REVIEW + 3,
                    error: at::CASE_REVIEW + 4,
                },
                occurrences: at::OCCURRENCES,
                values: at::VALUES,
            },
            field: RecordFields {
                id_start: field::ID_START,
                id_len: field::ID_LEN,
                item: field::ITEM,
                year: field::YEAR,
                month: field::MONTH,
                day: field::DAY,
                count: field::COUNT,
                reference: field::REF,
                note: field::NOTE,
            },
            out: AnswerPositions {
                total: out::TOTAL,
                score_grade: out::SCORE_GRADE,
                grade: out::GRADE,
                veto: out::FLAGS,
                incomplete: out::FLAGS + 1,
                disagreement: out::FLAGS + 2,
                tolerance: out::FLAGS + 3,
            },
        })
    }

    /// Scores a dossier written in the [`FlatLayout`]; `None` when the engine has no plan or the
    /// dossier is not plainly valid: the general path must then assess it (and report its
    /// problems). The answer is what [`Engine::assess`](crate::Assessor::assess) gives for the same dossier.
    pub fn score_flat(&self, numbers: &[f64], bytes: &[u8], scratch: &mut FlatScratch) -> Option<PlanScore> {
        let plan = self.plan()?;
        let head = |i: usize| numbers.get(i).copied();
        let officer = id_at(bytes, 0.0, head(at::OFFICER_ID)?)?;
        let name = usize_of(head(at::NAME)?)?;
        if usize_of(head(at::TEXT)?)? > MAX_TEXT_UNITS {
            return None;
        }
        let n = usize_of(head(at::OCCURRENCES)?)?;
        if n > MAX_OCCURRENCES {
            return None;
        }
        let inputs = plan.inputs().len();
        let values = numbers.get(at::VALUES..at::VALUES + inputs)?;
        let start = at::VALUES + inputs;
        let records = numbers.get(start..start.checked_add(n.checked_mul(field::STRIDE)?)?)?;

        scratch.values.clear();
        for &v in values {
            scratch.values.push(if v.is_nan() { None } else { Some(Decimal::from_json_number(v)?) });
        }
        scratch.counts.clear();
        scratch.counts.resize(plan.items().len(), 0);
        scratch.dims.resize(plan.dimensions(), Decimal::ZERO);

        let mut problems = Problems::new();
        check_officer(officer, name, &mut problems);
        check_sizes(scratch.values.iter().flatten().count(), n, &mut problems);
        let items = plan.items();
        let counts = &mut scratch.counts;
        let mut decoded = 0;
        let mut facts = records
            .chunks_exact(field::STRIDE)
            .map_while(|r| {
                let f = |i: usize| r.get(i).copied();
                let slot = usize_of(f(field::ITEM)?)?;
                let year = u16::try_from(u32_of(f(field::YEAR)?)?).ok()?;
                let month = u8::try_from(u32_of(f(field::MONTH)?)?).ok()?;
                let day = u8::try_from(u32_of(f(field::DAY)?)?).ok()?;
                let date = Date::new(year, month, day)?;
                let count = f(field::COUNT)?;
                let count = if count.is_nan() { crate::model::dossier::one_u32() } else { u32_of(count)? };
                Some((
                    slot,
                    OccurrenceFacts {
                        id: id_at(bytes, f(field::ID_START)?, f(field::ID_LEN)?)?,
                        item: items.get(slot)?.as_str(),
                        count,
                        date,
                        texts: [text_len(f(field::REF)?)?, text_len(f(field::NOTE)?)?],
                    },
                ))
            })
            .map(|(slot, facts)| {
                decoded += 1;
                if let Some(c) = counts.get_mut(slot) {
                    *c = c.saturating_add(facts.count);
                }
                facts
            });
        check_occurrences(self.scheme(), self.dossier_rules(), &mut facts, &mut problems);
        if decoded != n || !problems.0.is_empty() {
            return None;
        }

        let case_review = match u32_of(head(at::CASE_REVIEW)?)? {
            0 => None,
            1 => {
                // an absent field counts 0 (the reader's default)
                let count = |i: usize| {
                    let v = head(at::CASE_REVIEW + i)?;
                    if v.is_nan() {
                        Some(0)
                    } else {
                        u32_of(v)
                    }
                };
                Some(CaseReview {
                    excellent: count(1)?,
                    pass: count(2)?,
                    flawed: count(3)?,
                    error: count(4)?,
                })
            }
            _ => return None,
        };
        let row = PlanRow { values: &scratch.values, counts: &scratch.counts, case_review };
        plan.evaluate(&row, &mut scratch.dims)
    }

    /// The [`Score`] of a planned row for an officer (what [`Engine::score`] gives).
    pub fn score_of(&self, officer: OfficerId, p: &PlanScore) -> Option<Score> {
        let grade_ref = |i: usize| {
            self.scheme().grades.get(i).map(|g| GradeRef { id: g.id.clone(), title: g.title.clone() })
        };
        Some(Score {
            officer,
            total: p.total,
            grade: match p.grade {
                Some(g) => Some(grade_ref(g)?),
                None => None,
            },
            score_grade: grade_ref(p.score_grade)?,
            flags: flags_of(p),
        })
    }

    /// Assesses a dossier (no explanation, no fingerprint) and gives its [`Score`].
    pub fn score(&self, dossier: &crate::model::dossier::Dossier) -> Result<Score, Problems> {
        let options = crate::rules::assess::AssessOptions {
            trace: false,
            fingerprint: false,
            lang: Default::default(),
        };
        self.assess(dossier, &options).map(|a| a.score())
    }
}

/// The flags of a planned row: the plan covers no rated input (nothing incomplete, no
/// disagreement) and the single call has no tolerance waivers.
fn flags_of(p: &PlanScore) -> Flags {
    Flags { veto: p.vetoed, incomplete: false, disagreement: false, tolerance: false }
}

/// Writes a planned row's answer over the start of the number buffer (see [`out`]).
pub fn write_answer(p: &PlanScore, numbers: &mut [f64]) -> Option<()> {
    let grade = match p.grade {
        Some(g) => f64::from(u32::try_from(g).ok()?),
        None => -1.0,
    };
    let flags = flags_of(p);
    let answer = [
        p.total.to_f64(),
        f64::from(u32::try_from(p.score_grade).ok()?),
        grade,
        f64::from(u8::from(flags.veto)),
        f64::from(u8::from(flags.incomplete)),
        f64::from(u8::from(flags.disagreement)),
        f64::from(u8::from(flags.tolerance)),
    ];
    numbers.get_mut(..answer.len())?.copy_from_slice(&answer);
    Some(())
}
