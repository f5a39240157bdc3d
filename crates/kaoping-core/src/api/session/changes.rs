//! The officers an event changed, kept compact.
//!
//! When one officer moves from rank 900 to rank 100, the 800 officers between move one rank
//! down and nothing else about them changes. [`OfficerChanges`] holds those as one run (their
//! rows in rank order and a shared, copy-on-write view of their standings, `Cells`) beside
//! the few officers listed in full, so that applying an event costs no more than the officers
//! it really touched; the per-officer list is written out once, on first reading (iteration,
//! indexing, comparison, JSON). Read or not, it is exactly the list of every officer whose
//! standing changed, in officer-id order.

use crate::api::session::order::Run;
use crate::base::decimal::Decimal;
use crate::base::ids::{GradeId, OfficerId};
use crate::base::sorted::SortedMap;
use crate::model::assessment::Flags;
use std::sync::{Arc, OnceLock};

/// One officer's place in the result.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Standing {
    /// Rank, 1 = best.
    pub rank: u32,
    /// Total score.
    pub total: Decimal,
    /// Grade after vetoes, before quotas (`None`: withheld).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<GradeId>,
    /// Final grade after quotas (`None`: withheld).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_grade: Option<GradeId>,
    /// Flags.
    pub flags: Flags,
}

/// A part of a standing that changed.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "tsify", tsify(rename = "StandingField"))]
pub enum Field {
    /// The officer joined or left the roster.
    Presence,
    /// Total score.
    Total,
    /// Grade before quotas.
    Grade,
    /// Final grade.
    FinalGrade,
    /// Rank.
    Rank,
    /// Flags.
    Flags,
}

/// One officer's change.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OfficerChange {
    /// The officer.
    pub officer: OfficerId,
    /// What changed.
    #[cfg_attr(feature = "tsify", tsify(type = "StandingField[]"))]
    pub fields: Vec<Field>,
    /// Before (`None`: not on the roster).
    pub before: Option<Standing>,
    /// After (`None`: removed).
    pub after: Option<Standing>,
}

/// The fields in which two standings differ.
fn fields(before: Option<&Standing>, after: Option<&Standing>) -> Vec<Field> {
    match (before, after) {
        (Some(b), Some(a)) => {
            let mut out = Vec::new();
            for (differs, field) in [
                (b.total != a.total, Field::Total),
                (b.grade != a.grade, Field::Grade),
                (b.final_grade != a.final_grade, Field::FinalGrade),
                (b.rank != a.rank, Field::Rank),
                (b.flags != a.flags, Field::Flags),
            ] {
                if differs {
                    out.push(field);
                }
            }
            out
        }
        (None, None) => Vec::new(),
        _ => vec![Field::Presence],
    }
}

/// One officer's change between two standings (`None` when nothing differs).
pub(crate) fn compare_one(officer: &OfficerId, before: &Standing, after: &Standing) -> Option<OfficerChange> {
    let fields = fields(Some(before), Some(after));
    (!fields.is_empty()).then(|| OfficerChange {
        officer: officer.clone(),
        fields,
        before: Some(before.clone()),
        after: Some(after.clone()),
    })
}

/// The officers whose standing differs between two tables, in officer-id order
/// ([`crate::api::session::diff::compare`]).
pub(crate) fn compare(
    before: &SortedMap<OfficerId, Standing>,
    after: &SortedMap<OfficerId, Standing>,
) -> Vec<OfficerChange> {
    let mut ids: Vec<&OfficerId> = before.keys().chain(after.keys()).collect();
    crate::base::sort::sort(&mut ids);
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| {
            let (b, a) = (before.get(id), after.get(id));
            let fields = fields(b, a);
            (!fields.is_empty()).then(|| OfficerChange {
                officer: id.clone(),
                fields,
                before: b.cloned(),
                after: a.cloned(),
            })
        })
        .collect()
}

/// Rows per chunk of [`Cells`] (a few in debug builds, as the tests' cohorts are small).
const CHUNK: usize = if cfg!(debug_assertions) { 4 } else { 1024 };

/// One officer's standing but their rank: grades by position among the scheme's grades.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cell {
    pub(crate) total: Decimal,
    pub(crate) grade: Option<u32>,
    pub(crate) final_grade: Option<u32>,
    pub(crate) flags: Flags,
}

/// Every row's [`Cell`], in chunks that a diff shares with the session until one of them
/// changes (then the session copies that chunk).
#[derive(Clone, Debug, Default)]
pub(crate) struct Cells {
    chunks: Arc<Vec<Arc<Vec<Cell>>>>,
}

impl Cells {
    /// The cells of rows `0..` in order.
    pub(crate) fn new(all: Vec<Cell>) -> Cells {
        Cells { chunks: Arc::new(all.chunks(CHUNK).map(|c| Arc::new(c.to_vec())).collect()) }
    }

    /// One row's cell.
    pub(crate) fn get(&self, row: usize) -> Option<&Cell> {
        self.chunks.get(row / CHUNK)?.get(row % CHUNK)
    }

    /// Sets one row's cell (copying its chunk if a diff still shares it).
    pub(crate) fn set(&mut self, row: usize, cell: Cell) {
        let chunks = Arc::make_mut(&mut self.chunks);
        if let Some(c) = chunks.get_mut(row / CHUNK).and_then(|c| Arc::make_mut(c).get_mut(row % CHUNK)) {
            *c = cell;
        }
    }
}

/// The names a standing is written with: officer ids by row, grade ids by position.
#[derive(Clone, Debug, Default)]
pub(crate) struct Names {
    pub(crate) ids: Arc<Vec<OfficerId>>,
    pub(crate) grades: Arc<Vec<GradeId>>,
}

impl Names {
    /// A row's standing at a rank.
    pub(crate) fn standing(&self, cell: &Cell, rank: usize) -> Standing {
        let grade = |p: Option<u32>| p.and_then(|p| self.grades.get(p as usize)).cloned();
        Standing {
            rank: u32::try_from(rank).unwrap_or(u32::MAX),
            total: cell.total,
            grade: grade(cell.grade),
            final_grade: grade(cell.final_grade),
            flags: cell.flags,
        }
    }
}

/// A run of officers who each moved one rank and changed nothing else.
#[derive(Clone, Debug)]
pub(crate) struct Shift {
    /// Their rows, in rank order.
    pub(crate) rows: Run,
    /// Rank of the first of them before the event.
    pub(crate) first_rank: usize,
    /// They moved one rank down (else up).
    pub(crate) down: bool,
    /// Rows listed in full (not part of the run), sorted.
    pub(crate) listed_rows: Vec<u32>,
    /// How many of those are among the run's rows.
    pub(crate) inside: usize,
    pub(crate) cells: Cells,
    pub(crate) names: Names,
}

/// The standings now against those of a seal, compared when read.
#[derive(Clone, Debug)]
pub(crate) struct AgainstSeal {
    pub(crate) sealed: Arc<SortedMap<OfficerId, Standing>>,
    /// Every row, in rank order.
    pub(crate) ranked: Run,
    pub(crate) cells: Cells,
    pub(crate) names: Names,
}

impl AgainstSeal {
    fn compare(&self) -> Vec<OfficerChange> {
        let mut rank = vec![0; self.names.ids.len()];
        for (pos, r) in self.ranked.iter().enumerate() {
            if let Some(slot) = rank.get_mut(r as usize) {
                *slot = pos + 1;
            }
        }
        let now =
            self.names.ids.iter().zip(rank).enumerate().filter_map(|(r, (id, rank))| {
                Some((id.clone(), self.names.standing(self.cells.get(r)?, rank)))
            });
        compare(&self.sealed, &SortedMap::from_vec(now.collect()))
    }
}

/// Ranks `from..=to` (as they were) moved one rank down or up.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RankShift {
    /// The first rank of the run before the event.
    pub from: u32,
    /// The last rank of the run before the event.
    pub to: u32,
    /// `1`: one rank down (a rank number one higher); `-1`: one rank up.
    pub by: i8,
}

/// The officers whose standing changed (total, grade, final grade, rank, flags, or presence),
/// in officer-id order: a list that reads like a `Vec<OfficerChange>` (it dereferences to a
/// slice) and compares equal to one; see the module documentation for how it is kept.
#[derive(Clone, Default)]
pub struct OfficerChanges {
    /// Officers listed in full, in officer-id order.
    listed: Vec<OfficerChange>,
    shift: Option<Arc<Shift>>,
    /// Instead of the list: the comparison with a seal.
    against: Option<Arc<AgainstSeal>>,
    all: OnceLock<Vec<OfficerChange>>,
}

impl OfficerChanges {
    /// The listed officers and a run of one-rank moves.
    pub(crate) fn with_shift(listed: Vec<OfficerChange>, shift: Option<Shift>) -> OfficerChanges {
        let shift = shift.filter(|s| s.rows.len() > 0).map(Arc::new);
        OfficerChanges { listed, shift, against: None, all: OnceLock::new() }
    }

    /// The officers whose standing differs from a seal's, compared when read.
    pub(crate) fn against(seal: AgainstSeal) -> OfficerChanges {
        OfficerChanges {
            listed: Vec::new(),
            shift: None,
            against: Some(Arc::new(seal)),
            all: OnceLock::new(),
        }
    }

    /// The officers whose change is more than moving one rank because another officer moved
    /// past them (cheap: this list is kept in full). Since a seal (`Diff::since_seal`), every
    /// officer that differs is listed: this is the whole list, compared on first reading.
    pub fn listed(&self) -> &[OfficerChange] {
        if self.against.is_some() {
            return self.as_slice();
        }
        &self.listed
    }

    /// The run of officers who only moved one rank (cheap; `None` when there is none). The
    /// officers listed in full are not part of it even when their ranks are in the range.
    pub fn shifted(&self) -> Option<RankShift> {
        let s = self.shift.as_ref()?;
        let from = u32::try_from(s.first_rank).unwrap_or(u32::MAX);
        let to = u32::try_from(s.first_rank + s.rows.len() - 1).unwrap_or(u32::MAX);
        Some(RankShift { from, to, by: if s.down { 1 } else { -1 } })
    }

    /// Number of officers when it is known without comparing (`None` since a seal: the
    /// comparison with the seal gives it, on reading).
    pub fn known_count(&self) -> Option<usize> {
        self.against.is_none().then(|| self.count())
    }

    /// Number of officers (without writing a run out).
    pub fn count(&self) -> usize {
        if self.against.is_some() {
            return self.as_slice().len();
        }
        let run = self.shift.as_ref().map_or(0, |s| s.rows.len().saturating_sub(s.inside));
        self.listed.len() + run
    }

    /// The whole list, written out on first use.
    pub fn as_slice(&self) -> &[OfficerChange] {
        self.all.get_or_init(|| self.write_out())
    }

    fn write_out(&self) -> Vec<OfficerChange> {
        if let Some(a) = &self.against {
            return a.compare();
        }
        let Some(s) = &self.shift else { return self.listed.clone() };
        let mut run: Vec<(u32, usize)> = s
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| s.listed_rows.binary_search(r).is_err())
            .map(|(i, r)| (r, s.first_rank + i))
            .collect();
        crate::base::sort::sort(&mut run);
        let moved = run.into_iter().filter_map(|(row, rank)| {
            let cell = s.cells.get(row as usize)?;
            let after = if s.down { rank + 1 } else { rank.saturating_sub(1) };
            Some(OfficerChange {
                officer: s.names.ids.get(row as usize)?.clone(),
                fields: vec![Field::Rank],
                before: Some(s.names.standing(cell, rank)),
                after: Some(s.names.standing(cell, after)),
            })
        });
        let mut all: Vec<OfficerChange> = self.listed.iter().cloned().chain(moved).collect();
        crate::base::sort::sort_by(&mut all, |a, b| a.officer.cmp(&b.officer));
        all
    }
}

impl From<Vec<OfficerChange>> for OfficerChanges {
    fn from(listed: Vec<OfficerChange>) -> OfficerChanges {
        OfficerChanges { listed, shift: None, against: None, all: OnceLock::new() }
    }
}

impl std::ops::Deref for OfficerChanges {
    type Target = [OfficerChange];
    fn deref(&self) -> &[OfficerChange] {
        self.as_slice()
    }
}

impl std::fmt::Debug for OfficerChanges {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_slice().fmt(f)
    }
}

impl PartialEq for OfficerChanges {
    fn eq(&self, other: &OfficerChanges) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl PartialEq<Vec<OfficerChange>> for OfficerChanges {
    fn eq(&self, other: &Vec<OfficerChange>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl kaoping_json::ToJson for OfficerChanges {
    fn to_json(&self, out: &mut String) {
        self.as_slice().to_json(out);
    }
}

impl kaoping_json::FromJson for OfficerChanges {
    fn from_json(r: &mut kaoping_json::Reader<'_>) -> Result<Self, kaoping_json::Error> {
        Vec::<OfficerChange>::from_json(r).map(OfficerChanges::from)
    }
    fn placeholder() -> Self {
        OfficerChanges::default()
    }
}
