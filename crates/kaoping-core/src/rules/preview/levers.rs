//! The levers of the combination search ([`super::combination`]): what one change moves, its
//! best setting, and the engine's assessment of the dossier with a set of levers moved.
//!
//! An indicator lever moves one value: the dossier input the indicator reads; for a ratio, the
//! first numerator input that is not also in the denominator (cases closed on time, within the
//! input's bounds), the raw value following as `m·(N + coef·(v − current))/D`; or the
//! committee's aggregated rating. A deduction lever removes one occurrence (and the waivers
//! that name it). Vetoes and bonuses are not levers.

use crate::base::decimal::Decimal;
use crate::base::ids::{IndicatorId, InputKey};
use crate::base::sorted::SortedMap;
use crate::model::assessment::{Assessment, IndicatorScore, InputTrace, ItemScore, OccurrenceUse, Waiver};
use crate::model::dossier::Dossier;
use crate::model::scheme::{Indicator, InputKind, InputSource, Scheme};
use crate::rules::assess::{AssessContext, AssessOptions, RatedInput};
use crate::rules::preview::counterfactual::{domain_of, stat_for, Ctx, InputMove};
use crate::rules::preview::inverse::{nearest, Domain, Goal};
use crate::rules::preview::Change;
use crate::rules::scoring::{evaluate, limit, RelativeStats};

/// The value an indicator lever moves.
#[derive(Clone, Copy)]
pub(super) enum Moves<'a> {
    /// The input the indicator reads: the input is the raw value.
    Input(&'a InputKey),
    /// A numerator input of a ratio (not in the denominator).
    Term {
        /// The input.
        key: &'a InputKey,
        /// Its coefficient in the numerator.
        coef: Decimal,
        /// Its current value.
        current: Decimal,
        /// The numerator's sum, the denominator's sum and the multiplier now.
        numerator: Decimal,
        denominator: Decimal,
        multiplier: Decimal,
    },
    /// The committee's aggregated rating.
    Rating,
}

/// What a lever moves.
#[derive(Clone, Copy)]
pub(super) enum Kind<'a> {
    /// An indicator's value.
    Indicator {
        ind: &'a Indicator,
        dim_weight: Decimal,
        scored: &'a IndicatorScore,
        di: usize,
        ii: usize,
        moves: Moves<'a>,
    },
    /// One deduction occurrence, removed.
    Deduction { item: &'a ItemScore, occ: &'a OccurrenceUse },
}

/// One lever and its best setting.
#[derive(Clone, Copy)]
pub(super) struct Lever<'a> {
    pub(super) kind: Kind<'a>,
    /// The value set at its best: the input's value, or the rating (deductions: unused).
    pub(super) best: Decimal,
    /// Effort at its best.
    pub(super) effort: Decimal,
    /// Points it gives on its own, before list caps (orders the pool).
    pub(super) points: Decimal,
}

/// What a lever sets: two levers on one input (or rating) never combine.
#[derive(Clone, PartialEq, Eq)]
pub(super) enum Target {
    Input(InputKey),
    Rated(IndicatorId),
}

impl Lever<'_> {
    /// What the lever sets (`None`: a deduction).
    pub(super) fn target(&self) -> Option<Target> {
        match self.kind {
            Kind::Indicator { moves: Moves::Input(key) | Moves::Term { key, .. }, .. } => {
                Some(Target::Input(key.clone()))
            }
            Kind::Indicator { ind, moves: Moves::Rating, .. } => Some(Target::Rated(ind.id.clone())),
            Kind::Deduction { .. } => None,
        }
    }

    /// Declaration order: indicators by dimension and position, then deductions.
    pub(super) fn order(&self) -> (usize, usize, usize, &str) {
        match self.kind {
            Kind::Indicator { di, ii, .. } => (0, di, ii, ""),
            Kind::Deduction { occ, .. } => (1, 0, 0, occ.id.as_str()),
        }
    }
}

/// A set of levers, each with the value it is set to.
pub(super) type Setting<'a> = Vec<(Lever<'a>, Decimal)>;

/// Every lever of the assessment previewed: indicators that can score higher, then deduction
/// occurrences that carry points.
pub(super) fn levers<'a>(ctx: &Ctx<'a>, dossier: &Dossier) -> Vec<Lever<'a>> {
    let (scheme, a) = (ctx.scheme, ctx.a);
    let mut out = Vec::new();
    for (di, dim) in scheme.dimensions.iter().enumerate() {
        for (ii, ind) in dim.indicators.iter().enumerate() {
            let Some(scored) = a.dimensions.get(di).and_then(|d| d.indicators.get(ii)) else { continue };
            let Some(moves) = moves_of(ind, scored, dossier) else { continue };
            let kind = Kind::Indicator { ind, dim_weight: dim.weight, scored, di, ii, moves };
            if let Some(l) = indicator_lever(ctx, kind) {
                out.push(l);
            }
        }
    }
    for item in &a.deductions.items {
        for occ in item.occurrences.iter().filter(|o| o.points > Decimal::ZERO) {
            let kind = Kind::Deduction { item, occ };
            out.push(Lever { kind, best: Decimal::ZERO, effort: Decimal::ONE, points: occ.points });
        }
    }
    out
}

/// What value an indicator's lever moves, if any.
fn moves_of<'a>(ind: &'a Indicator, scored: &IndicatorScore, dossier: &Dossier) -> Option<Moves<'a>> {
    match (&ind.input, &scored.input) {
        (InputSource::Value { key }, _) => Some(Moves::Input(key)),
        (InputSource::Rated {}, _) => Some(Moves::Rating),
        (
            InputSource::Ratio { numerator, denominator, .. },
            InputTrace::Ratio { numerator_sum, denominator_sum, multiplier, zero_denominator: false, .. },
        ) => {
            let term = numerator
                .iter()
                .find(|t| !t.coef.is_zero() && !denominator.iter().any(|d| d.key == t.key))?;
            Some(Moves::Term {
                key: &term.key,
                coef: term.coef,
                current: dossier.inputs.get(&term.key).copied().unwrap_or(Decimal::ZERO),
                numerator: *numerator_sum,
                denominator: *denominator_sum,
                multiplier: *multiplier,
            })
        }
        _ => None,
    }
}

/// The raw value at which a lever set to `v` puts its indicator.
fn raw_at(moves: Moves<'_>, v: Decimal) -> Option<Decimal> {
    match moves {
        Moves::Input(_) | Moves::Rating => Some(v),
        Moves::Term { coef, current, numerator, denominator, multiplier, .. } => numerator
            .checked_add(coef.checked_mul(v.checked_sub(current)?)?)?
            .mul_div(multiplier, denominator),
    }
}

/// The values a lever may set: the input's bounds, or the rating's.
fn value_domain(scheme: &Scheme, ind: &Indicator, moves: Moves<'_>) -> Domain {
    let Moves::Term { key, .. } = moves else { return domain_of(scheme, ind) };
    let big = Decimal::MAX_INPUT;
    match scheme.inputs.iter().find(|d| &d.key == key).map(|d| d.kind) {
        Some(InputKind::Count) => Domain { integer: true, min: Decimal::ZERO, max: big },
        Some(InputKind::Percent) => Domain { integer: false, min: Decimal::ZERO, max: Decimal::HUNDRED },
        _ => Domain { integer: false, min: big.checked_neg().unwrap_or(Decimal::ZERO), max: big },
    }
}

/// The raw values a lever reaches within its value domain; for a ratio, also within the raw
/// values the single-change search considers for it (so a lever alone never reaches what no
/// single change does).
fn raw_domain(scheme: &Scheme, ind: &Indicator, moves: Moves<'_>, values: Domain) -> Option<Domain> {
    if !matches!(moves, Moves::Term { .. }) {
        return Some(values);
    }
    let (a, b) = (raw_at(moves, values.min)?, raw_at(moves, values.max)?);
    let single = domain_of(scheme, ind);
    let (min, max) = (a.min(b).max(single.min), a.max(b).min(single.max));
    (min <= max).then_some(Domain { integer: false, min, max })
}

/// An indicator's score (after cap and floor) at raw value `x`.
pub(super) fn score_at(ctx: &Ctx<'_>, ind: &Indicator, x: Decimal) -> Option<Decimal> {
    let stat = stat_for(ctx, ind).map(|stat| RelativeStats { stat });
    let f = evaluate(&ind.scoring, x, ind.max_score, stat).ok()?.0;
    Some(limit(f, ind.cap, ind.floor, ind.max_score).0)
}

/// The value nearest to the current one, within the lever's domain, that puts the indicator at
/// raw value `raw` or at least at score `score` (a ratio's input rounded to what its kind
/// allows).
pub(super) fn value_for(ctx: &Ctx<'_>, lever: &Lever<'_>, raw: Decimal, score: Decimal) -> Option<Decimal> {
    let Kind::Indicator { ind, moves, .. } = lever.kind else { return None };
    let Moves::Term { coef, current, numerator, denominator, multiplier, .. } = moves else {
        return Some(raw);
    };
    // m·(N + coef·(v − current))/D = raw  ⇔  v = current + (raw·D/m − N)/coef
    let v = current
        .checked_add(raw.mul_div(denominator, multiplier)?.checked_sub(numerator)?.checked_div(coef)?)?;
    let domain = value_domain(ctx.scheme, ind, moves);
    let step = if domain.integer { Decimal::ONE } else { Decimal::from_micros(1) };
    let whole = Decimal::from_micros(v.micros() - v.micros().rem_euclid(1_000_000));
    let around = if domain.integer { whole } else { v };
    let mut best: Option<Decimal> = None;
    for k in -2_i64..=2 {
        let c = around.checked_add(step.checked_mul(Decimal::from_int(i32::try_from(k).ok()?))?)?;
        let meets = raw_at(moves, c).and_then(|r| score_at(ctx, ind, r)).is_some_and(|s| s >= score);
        if c < domain.min || c > domain.max || !meets {
            continue;
        }
        let dist = |x: Decimal| x.checked_sub(current).map(Decimal::abs);
        if best.is_none_or(|b| dist(c) < dist(b)) {
            best = Some(c);
        }
    }
    best
}

/// An indicator lever at its best: the highest score its domain allows (searched over scores
/// with the inverse of the scoring function), at the nearest value giving it.
fn indicator_lever<'a>(ctx: &Ctx<'_>, kind: Kind<'a>) -> Option<Lever<'a>> {
    let Kind::Indicator { ind, dim_weight, scored, moves, .. } = kind else { return None };
    let x = scored.raw?;
    let cap = ind.cap.unwrap_or(ind.max_score);
    if scored.score >= cap {
        return None;
    }
    let stat = stat_for(ctx, ind);
    let domain = raw_domain(ctx.scheme, ind, moves, value_domain(ctx.scheme, ind, moves))?;
    let reach = |s: i64| {
        nearest(&ind.scoring, ind.max_score, stat, x, Goal::AtLeast(Decimal::from_micros(s)), domain)
    };
    let (mut lo, mut hi) = (scored.score.micros(), cap.micros());
    if reach(hi).is_none() {
        // the highest function score reachable: reachability only shrinks as the score rises
        hi -= 1;
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if reach(mid).is_some() {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
    }
    let raw = reach(hi)?;
    let mut lever = Lever { kind, best: Decimal::ZERO, effort: Decimal::ZERO, points: Decimal::ZERO };
    lever.best = value_for(ctx, &lever, raw, score_at(ctx, ind, raw)?)?;
    let score = score_at(ctx, ind, raw_at(moves, lever.best)?)?;
    lever.points = ctx.contribution(ind, dim_weight, score)?.checked_sub(scored.contribution)?;
    lever.effort = share(scored.score, score, ind.max_score)?;
    (lever.points > Decimal::ZERO).then_some(lever)
}

/// `|to − from| / max`: the share of an indicator's score range a change moves.
pub(super) fn share(from: Decimal, to: Decimal, max: Decimal) -> Option<Decimal> {
    to.checked_sub(from)?.abs().checked_div(max)
}

/// A setting's effort: each indicator's share of score range moved, 1 per removed deduction.
pub(super) fn effort(ctx: &Ctx<'_>, setting: &Setting<'_>) -> Option<Decimal> {
    let mut sum = Decimal::ZERO;
    for (l, v) in setting {
        let e = match l.kind {
            Kind::Indicator { ind, scored, moves, .. } => {
                share(scored.score, score_at(ctx, ind, raw_at(moves, *v)?)?, ind.max_score)?
            }
            Kind::Deduction { .. } => Decimal::ONE,
        };
        sum = sum.checked_add(e)?;
    }
    Some(sum)
}

/// The engine's assessment of the dossier (and ratings) changed by a setting, in the preview's
/// context; `None` when the engine refuses it.
pub(super) fn assess(ctx: &Ctx<'_>, dossier: &Dossier, setting: &Setting<'_>) -> Option<Assessment> {
    let context = ctx.context;
    let mut dossier = dossier.clone();
    let mut rated: Option<SortedMap<IndicatorId, RatedInput>> = None;
    let mut waivers: Vec<Waiver> = context.waivers.to_vec();
    for (l, v) in setting {
        match l.kind {
            Kind::Indicator { moves: Moves::Input(key) | Moves::Term { key, .. }, .. } => {
                dossier.inputs.insert(key.clone(), *v);
            }
            Kind::Indicator { ind, moves: Moves::Rating, .. } => {
                let map = rated.get_or_insert_with(|| context.rated.cloned().unwrap_or_default());
                if let Some(r) = map.get_mut(&ind.id) {
                    r.value = Some(*v);
                }
            }
            Kind::Deduction { occ, .. } => {
                dossier.occurrences.retain(|o| o.id != occ.id);
                waivers.retain(|w| w.occurrence != occ.id);
            }
        }
    }
    let changed = AssessContext { waivers: &waivers, rated: rated.as_ref().or(context.rated), ..*context };
    let options = AssessOptions { trace: false, fingerprint: false, lang: ctx.lang };
    ctx.engine.assess_with(&dossier, &changed, &options).ok()
}

/// The change a lever set to `v` makes, with the indicator's raw value and score as the changed
/// dossier's assessment `a` has them.
pub(super) fn change(l: &Lever<'_>, v: Decimal, a: &Assessment) -> Option<Change> {
    Some(match l.kind {
        Kind::Indicator { ind, scored, di, ii, moves, .. } => {
            let now = a.dimensions.get(di)?.indicators.get(ii)?;
            let (from, to) = (scored.raw?, now.raw?);
            let input = match moves {
                Moves::Term { key, current, .. } => {
                    Some(InputMove { key: key.clone(), from: current, to: v })
                }
                _ => None,
            };
            Change::Indicator {
                indicator: ind.id.clone(),
                title: ind.title.clone(),
                from,
                to,
                delta: to.checked_sub(from)?,
                score_from: scored.score,
                score_to: now.score,
                input,
            }
        }
        Kind::Deduction { item, occ } => Change::RemoveDeduction {
            item: item.id.clone(),
            title: item.title.clone(),
            occurrence: occ.id.clone(),
            points: occ.points,
        },
    })
}
