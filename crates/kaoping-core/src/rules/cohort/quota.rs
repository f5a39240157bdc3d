//! Grade quotas (名额): at most a share of the cohort in a grade, rounded as the scheme declares.
//!
//! Quotas are applied best grade first. The officers holding a grade after vetoes compete for
//! its places in rank order; those beyond the places move one grade down (and compete there if
//! that grade has a quota too). An officer whose grade a veto blocks or forces, or who gets no
//! grade, never takes a place and is never moved by a quota.

use crate::base::decimal::Decimal;
use crate::base::ids::{GradeId, OfficerId};
use crate::explain::cohort::render_quota;
use crate::model::assessment::GradeRef;
use crate::model::cohort_fact::{QuotaFact, QuotaPlaces};
use crate::model::explanation::Lang;
use crate::model::line_fact::Title;
use crate::model::scheme::{Quota, QuotaRounding, QuotaScope, Scheme, TieBreakKey};
use crate::rules::cohort::ranking::TieNote;

/// What one quota did.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct QuotaOutcome {
    /// The grade.
    pub grade: GradeId,
    /// Its title.
    pub title: String,
    /// The unit whose places these are, for a quota counted per unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Declared maximum share.
    pub max_share: Decimal,
    /// Declared rounding.
    pub rounding: QuotaRounding,
    /// Officers in the cohort (in the unit, for a quota counted per unit).
    pub cohort_size: u32,
    /// `maxShare × cohortSize` before rounding.
    pub exact: Decimal,
    /// Whole places after rounding.
    pub places: u32,
    /// Officers who held the grade (after vetoes and higher quotas) and competed for it.
    pub candidates: u32,
    /// Officers who kept it.
    pub kept: u32,
    /// Officers moved one grade down by this quota.
    pub moved: u32,
    /// Officers whose score reaches this grade but whose veto blocks it: they take no place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub veto_excluded: Vec<OfficerId>,
    /// The quota in words.
    pub text: String,
}

/// An officer whose grade a quota changed, and why.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct QuotaChange {
    /// The officer.
    pub officer: OfficerId,
    /// Rank in the cohort.
    pub rank: u32,
    /// Total score.
    pub total: Decimal,
    /// Grade before this quota.
    pub from: GradeRef,
    /// Grade after it.
    pub to: GradeRef,
    /// Present when the officer tied on total with the last officer who kept a place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tie: Option<TieNote>,
    /// Why, in words.
    pub reason: String,
}

/// One officer as the quota sees them, in rank order.
#[derive(Clone, Debug)]
pub(crate) struct Slot<'a> {
    pub(crate) rank: u32,
    /// Index of the officer's row (in officer-id order).
    pub(crate) row: usize,
    pub(crate) officer: &'a OfficerId,
    /// The officer's unit (what a quota per unit groups by).
    pub(crate) unit: Option<&'a str>,
    pub(crate) total: Decimal,
    /// Position of the score grade (0 = best).
    pub(crate) score_grade: usize,
    /// Current grade position; `None` when withheld.
    pub(crate) grade: Option<usize>,
    /// A veto forces or withholds the grade: not subject to quotas.
    pub(crate) fixed: bool,
    /// A blocking veto lowered the grade.
    pub(crate) blocked: bool,
}

/// Whole places for a quota.
pub fn places(quota: &Quota, cohort_size: u32) -> Option<(Decimal, u32)> {
    let exact = quota.max_share.checked_mul(Decimal::from_count(u64::from(cohort_size))?)?;
    let whole = match quota.rounding {
        QuotaRounding::Floor => Decimal::from_micros(exact.micros() - exact.micros().rem_euclid(1_000_000)),
        QuotaRounding::Ceil => exact.ceil(),
        QuotaRounding::Nearest => exact.round_dp(0, crate::base::decimal::Rounding::HalfUp),
    };
    Some((exact, u32::try_from(whole.as_count()?).ok()?))
}

/// The groups a quota counts its share over, as indices into the slots (in rank order): the
/// whole cohort, or each unit on its own (officers without a unit first, then by unit id).
pub(crate) fn groups(per: QuotaScope, slots: &[Slot<'_>]) -> Vec<(Option<String>, Vec<usize>)> {
    match per {
        QuotaScope::Cohort => vec![(None, (0..slots.len()).collect())],
        QuotaScope::Unit => {
            let mut by_unit: Vec<(Option<&str>, usize)> = slots.iter().map(|s| s.unit).zip(0..).collect();
            crate::base::sort::sort_by(&mut by_unit, |a, b| a.cmp(b));
            let mut out: Vec<(Option<String>, Vec<usize>)> = Vec::new();
            for (unit, i) in by_unit {
                match out.last_mut() {
                    Some((u, members)) if u.as_deref() == unit => members.push(i),
                    _ => out.push((unit.map(str::to_owned), vec![i])),
                }
            }
            out
        }
    }
}

/// Applies every quota of the scheme to the slots (in rank order), best grade first.
/// `tie(a, b)` tells which key separated slot `a` (above) from slot `b` when their first key
/// tied. A quota counted per unit gives one outcome per unit; the changes are listed grade by
/// grade, in rank order.
pub(crate) fn apply(
    scheme: &Scheme,
    slots: &mut [Slot<'_>],
    lang: Lang,
    tie: impl Fn(usize, usize) -> Option<TieBreakKey>,
    key_text: impl Fn(&TieBreakKey) -> (String, String),
) -> (Vec<QuotaOutcome>, Vec<QuotaChange>) {
    let mut outcomes = Vec::new();
    let mut changes = Vec::new();
    for (pos, grade) in scheme.grades.iter().enumerate() {
        let Some(quota) = scheme.quotas.iter().find(|q| q.grade == grade.id) else { continue };
        let mut grade_changes = Vec::new();
        for (unit, members) in groups(quota.per, slots) {
            let at = Place { pos, unit: unit.as_deref() };
            let (outcome, moved) = apply_group(scheme, quota, at, slots, &members, lang, (&tie, &key_text));
            outcomes.push(QuotaOutcome { unit: unit.clone(), ..outcome });
            grade_changes.extend(moved);
        }
        crate::base::sort::sort_by(&mut grade_changes, |a, b| a.rank.cmp(&b.rank));
        changes.extend(grade_changes);
    }
    (outcomes, changes)
}

/// Where a quota applies: its grade's position and, for a quota per unit, the unit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Place<'u> {
    pub(crate) pos: usize,
    pub(crate) unit: Option<&'u str>,
}

/// The tie-break lookups [`apply`] is given.
type TieFns<'f, T, K> = (&'f T, &'f K);

/// The places of a quota at a place for `n` officers, as its texts state them.
fn quota_places<'s>(scheme: &'s Scheme, quota: &Quota, at: Place<'s>, n: u32) -> QuotaPlaces<'s> {
    let grade =
        scheme.grades.get(at.pos).map(|g| Title::new(&g.title, g.title_en.as_deref())).unwrap_or_default();
    let (exact, places) = places(quota, n).unwrap_or((Decimal::ZERO, 0));
    let share_pct = quota.max_share.checked_mul(Decimal::HUNDRED).unwrap_or(Decimal::ZERO);
    QuotaPlaces { grade, unit: at.unit, cohort: n, share_pct, exact, rounding: quota.rounding, places }
}

/// One quota over one group of slots (`members`, indices in rank order).
fn apply_group<T, K>(
    scheme: &Scheme,
    quota: &Quota,
    at: Place<'_>,
    slots: &mut [Slot<'_>],
    members: &[usize],
    lang: Lang,
    (tie, key_text): TieFns<'_, T, K>,
) -> (QuotaOutcome, Vec<QuotaChange>)
where
    T: Fn(usize, usize) -> Option<TieBreakKey>,
    K: Fn(&TieBreakKey) -> (String, String),
{
    let pos = at.pos;
    let n = u32::try_from(members.len()).unwrap_or(u32::MAX);
    let mut changes = Vec::new();
    let (exact, places) = places(quota, n).unwrap_or((Decimal::ZERO, 0));
    let veto_excluded: Vec<OfficerId> = members
        .iter()
        .filter_map(|&i| slots.get(i))
        .filter(|s| s.blocked && s.score_grade <= pos && s.grade.is_some_and(|g| g > pos))
        .map(|s| s.officer.clone())
        .collect();
    let candidates: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| slots.get(i).is_some_and(|s| !s.fixed && s.grade == Some(pos)))
        .collect();
    let can_move = pos + 1 < scheme.grades.len();
    let mut kept = 0_u32;
    let mut moved = 0_u32;
    let mut last_kept: Option<usize> = None;
    for &i in &candidates {
        if kept < places || !can_move {
            kept += 1;
            last_kept = Some(i);
            continue;
        }
        let Some(slot) = slots.get_mut(i) else { continue };
        slot.grade = Some(pos + 1);
        moved += 1;
        let tie_note = last_kept.and_then(|l| {
            let above = slots.get(l)?;
            tie(above.row, slots.get(i)?.row).map(|k| TieNote { with: above.officer.clone(), decided_by: k })
        });
        let Some(slot) = slots.get(i).cloned() else { continue };
        let moved_one = Moved { officer: slot.officer, rank: slot.rank, total: slot.total, tie: tie_note };
        if let Some(c) = moved_change(scheme, lang, at, n, moved_one, key_text) {
            changes.push(c);
        }
    }
    let fact = QuotaFact::Outcome {
        places: quota_places(scheme, quota, at, n),
        candidates: candidates.len(),
        kept,
        moved,
        veto_excluded: veto_excluded.len(),
    };
    let text = render_quota(&fact, lang, scheme.precision);
    let grade = scheme.grades.get(pos);
    let outcome = QuotaOutcome {
        grade: grade.map(|g| g.id.clone()).unwrap_or_else(|| quota.grade.clone()),
        title: grade.map(|g| g.title.clone()).unwrap_or_default(),
        unit: None,
        max_share: quota.max_share,
        rounding: quota.rounding,
        cohort_size: n,
        exact,
        places,
        candidates: u32::try_from(candidates.len()).unwrap_or(u32::MAX),
        kept,
        moved,
        veto_excluded,
        text,
    };
    (outcome, changes)
}

/// An officer a quota moves, as its change needs them.
pub(crate) struct Moved<'a> {
    pub(crate) officer: &'a OfficerId,
    pub(crate) rank: u32,
    pub(crate) total: Decimal,
    /// The tie with the last officer who kept a place, when the first key tied.
    pub(crate) tie: Option<TieNote>,
}

/// The change of an officer whom the quota of grade `pos` moves one grade down, in a cohort of
/// `n` (what [`apply`] writes for them).
pub(crate) fn moved_change(
    scheme: &Scheme,
    lang: Lang,
    at: Place<'_>,
    n: u32,
    moved: Moved<'_>,
    key_text: &impl Fn(&TieBreakKey) -> (String, String),
) -> Option<QuotaChange> {
    let pos = at.pos;
    let grade = scheme.grades.get(pos)?;
    let quota = scheme.quotas.iter().find(|q| q.grade == grade.id)?;
    let grade_ref =
        |pos: usize| scheme.grades.get(pos).map(|g| GradeRef { id: g.id.clone(), title: g.title.clone() });
    let title = |pos: usize| {
        scheme.grades.get(pos).map(|g| Title::new(&g.title, g.title_en.as_deref())).unwrap_or_default()
    };
    let (from, to) = (grade_ref(pos)?, grade_ref(pos + 1)?);
    let quota_places = quota_places(scheme, quota, at, n);
    let tie_key = moved.tie.as_ref().map(|t| key_text(&t.decided_by));
    let tie = moved
        .tie
        .as_ref()
        .zip(tie_key.as_ref())
        .map(|(t, (kz, ke))| (t.with.as_str(), Title::new(kz, Some(ke))));
    let fact = QuotaFact::Moved {
        places: quota_places,
        rank: moved.rank,
        total: moved.total,
        tie,
        to: title(pos + 1),
    };
    let reason = render_quota(&fact, lang, scheme.precision);
    Some(QuotaChange {
        officer: moved.officer.clone(),
        rank: moved.rank,
        total: moved.total,
        from,
        to,
        tie: moved.tie,
        reason,
    })
}
