//! The smallest single changes that would move an officer's grade.

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problems};
use crate::base::ids::{IndicatorId, InputKey, ItemId, OccurrenceId};
use crate::explain::preview::{render_change, render_preview};
use crate::model::assessment::{Assessment, GradeRef, IndicatorScore, InputTrace};
use crate::model::explanation::Lang;
use crate::model::line_fact::Title;
use crate::model::preview_fact::{ChangeFact, Direction, PreviewFact};
use crate::model::scheme::{
    CohortStat, Indicator, InputKind, InputSource, RoundingStage, Scheme, VetoEffect,
};
use crate::rules::assess::{AssessContext, Assessor};
use crate::rules::preview::inverse::{nearest, Domain, Goal};
use crate::rules::preview::{GradeStep, Preview};

/// What changes.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Change {
    /// An indicator's raw value moves from `from` to `to`.
    #[serde(rename_all = "camelCase")]
    Indicator {
        /// The indicator.
        indicator: IndicatorId,
        /// Its title.
        title: String,
        /// Current raw value.
        from: Decimal,
        /// Raw value needed (the nearest one that moves the grade).
        to: Decimal,
        /// `to − from`.
        delta: Decimal,
        /// Current indicator score.
        score_from: Decimal,
        /// Indicator score at `to`.
        score_to: Decimal,
        /// The dossier input that moves when it is not the raw value itself (a ratio's
        /// numerator input, in a combination).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        input: Option<InputMove>,
    },
    /// One deduction occurrence is removed (e.g. overturned on review or waived).
    #[serde(rename_all = "camelCase")]
    RemoveDeduction {
        /// The deduction item.
        item: ItemId,
        /// Its title.
        title: String,
        /// The occurrence.
        occurrence: OccurrenceId,
        /// Points given back.
        points: Decimal,
    },
}

/// A dossier input's move behind an indicator change.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct InputMove {
    /// The input.
    pub key: InputKey,
    /// Its current value.
    pub from: Decimal,
    /// Its value after the change.
    pub to: Decimal,
}

/// One change with the projected result.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Counterfactual {
    /// What changes.
    pub change: Change,
    /// Projected total after it.
    pub total: Decimal,
    /// Projected grade after it (after vetoes).
    pub grade: Option<GradeRef>,
    /// In words.
    pub text: String,
}

/// What the searches for changes read: the engine, the scheme, the assessment previewed, its
/// context, the unclamped total the changes start from, and the language of their texts.
pub(super) struct Ctx<'a> {
    pub(super) engine: &'a Assessor,
    pub(super) scheme: &'a Scheme,
    pub(super) a: &'a Assessment,
    pub(super) context: &'a AssessContext<'a>,
    /// The unclamped total a change adds to (or takes from).
    pub(super) base: Decimal,
    pub(super) lang: Lang,
}

impl<'a> Ctx<'a> {
    /// The context of a preview of assessment `a`, starting from its unclamped total.
    pub(super) fn new(
        engine: &'a Assessor,
        context: &'a AssessContext<'a>,
        a: &'a Assessment,
        lang: Lang,
    ) -> Ctx<'a> {
        Ctx { engine, scheme: engine.scheme(), a, context, base: a.lines_sum(), lang }
    }

    /// The same context starting from another unclamped total (other changes already made).
    pub(super) fn with_base(&self, base: Decimal) -> Ctx<'a> {
        Ctx { base, ..*self }
    }

    /// The grade after the assessment's vetoes that a total gives.
    pub(super) fn grade_at(&self, total: Decimal) -> Option<GradeRef> {
        let g = self.engine.grade_for(total)?;
        let score = GradeRef { id: g.id.clone(), title: g.title.clone() };
        self.engine.grade_after_vetoes(&self.a.vetoes, &score)
    }

    /// The total a sum of the lines gives: within the bounds, then rounded when the scheme
    /// rounds only the total.
    fn total_with(&self, unclamped: Decimal) -> Decimal {
        self.rounded(unclamped.clamp_to(self.scheme.bounds.min, self.scheme.bounds.max))
    }

    /// The sum of the lines rounded as the total is (before the bounds).
    fn rounded(&self, sum: Decimal) -> Decimal {
        match self.scheme.rounding_stage {
            RoundingStage::Lines => sum,
            RoundingStage::Total => sum.round_dp(self.scheme.precision, self.scheme.rounding),
        }
    }

    /// An indicator's weighted contribution at `score`.
    pub(super) fn contribution(
        &self,
        ind: &Indicator,
        dim_weight: Decimal,
        score: Decimal,
    ) -> Option<Decimal> {
        crate::rules::scoring::Contribution::of(
            ind.weight,
            dim_weight,
            self.scheme.full_score,
            ind.max_score,
            self.scheme.line_precision(),
            self.scheme.rounding,
        )?
        .apply(score)
    }

    /// A grade's position (0 = best; no grade: last).
    pub(super) fn rank(&self, g: &Option<GradeRef>) -> usize {
        g.as_ref().and_then(|g| self.scheme.grade_rank(&g.id)).unwrap_or(usize::MAX)
    }

    /// A counterfactual's text, worded from its change and projected result.
    fn worded(&self, mut cf: Counterfactual) -> Counterfactual {
        let text = render_change(&change_fact(self.scheme, &cf), self.lang, self.scheme.precision);
        cf.text = text;
        cf
    }
}

fn overflow() -> Problems {
    Problems::one(Code::Overflow, "", crate::base::message::WorkMsg::PreviewOverflow)
}

/// The preview of an assessment: the distances to the neighbouring grades, the single changes
/// that would move the grade, and the summary in words.
pub(crate) fn build(
    engine: &Assessor,
    context: &AssessContext<'_>,
    a: Assessment,
    lang: Lang,
) -> Result<Preview, Problems> {
    let scheme = engine.scheme();
    let ctx = Ctx::new(engine, context, &a, lang);
    let pos = held_position(scheme, &a);
    let up = step_up(&ctx, pos);
    let down = step_down(&ctx, pos)?;
    let open_up = up.as_ref().filter(|s| !s.blocked);
    let (mut raise, lower) = indicator_changes(&ctx, open_up, down.as_ref());
    if open_up.is_some() {
        raise.extend(deduction_removals(&ctx)?);
    }
    let published = a
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .any(|i| i.relative.as_ref().is_some_and(|r| r.published));
    let vetoes: Vec<ItemId> = a.vetoes.iter().filter(|v| !v.waived).map(|v| v.id.clone()).collect();
    let summary = summary(&ctx, published, up.as_ref(), down.as_ref(), &raise, &lower);
    Ok(Preview {
        total: a.total,
        grade: a.grade.clone(),
        score_grade: a.score_grade.clone(),
        published_stats: published,
        up,
        down,
        vetoes,
        raise,
        lower,
        summary,
        combination: None,
        assessment: a,
    })
}

/// The position of the grade the officer holds: after vetoes, or by score when withheld.
fn held_position(scheme: &Scheme, a: &Assessment) -> usize {
    a.grade
        .as_ref()
        .and_then(|g| scheme.grade_rank(&g.id))
        .or_else(|| scheme.grade_rank(&a.score_grade.id))
        .unwrap_or(0)
}

fn grade_ref(g: &crate::model::scheme::Grade) -> GradeRef {
    GradeRef { id: g.id.clone(), title: g.title.clone() }
}

/// The next grade up from position `pos`: its lower bound, the points to it, and whether a veto
/// keeps the officer out of it.
fn step_up(ctx: &Ctx<'_>, pos: usize) -> Option<GradeStep> {
    let g = pos.checked_sub(1).and_then(|p| ctx.scheme.grades.get(p))?;
    let reached = ctx.grade_at(g.min);
    Some(GradeStep {
        grade: grade_ref(g),
        points: g.min.checked_sub(ctx.a.total).unwrap_or(Decimal::ZERO).max(Decimal::ZERO),
        at: g.min,
        blocked: reached.as_ref().map(|r| &r.id) != Some(&g.id),
    })
}

/// The next grade down from position `pos`: one step of the scheme's precision below the
/// current band, and the loss that reaches it.
fn step_down(ctx: &Ctx<'_>, pos: usize) -> Result<Option<GradeStep>, Problems> {
    let (Some(cur), Some(next)) = (ctx.scheme.grades.get(pos), ctx.scheme.grades.get(pos + 1)) else {
        return Ok(None);
    };
    let ulp = Decimal::from_micros(10_i64.pow(6_u32.saturating_sub(ctx.scheme.precision)));
    let at = cur.min.checked_sub(ulp).ok_or_else(overflow)?;
    Ok(Some(GradeStep {
        grade: grade_ref(next),
        points: ctx.a.total.checked_sub(at).ok_or_else(overflow)?,
        at,
        blocked: false,
    }))
}

/// Every indicator's nearest raw value that reaches the open grade up (raise) and the grade
/// down (lower), keeping those that do move the grade.
fn indicator_changes(
    ctx: &Ctx<'_>,
    up: Option<&GradeStep>,
    down: Option<&GradeStep>,
) -> (Vec<Counterfactual>, Vec<Counterfactual>) {
    let current = ctx.rank(&ctx.a.grade);
    let (mut raise, mut lower) = (Vec::new(), Vec::new());
    for (di, dim) in ctx.scheme.dimensions.iter().enumerate() {
        for (ii, ind) in dim.indicators.iter().enumerate() {
            let Some(scored) = ctx.a.dimensions.get(di).and_then(|d| d.indicators.get(ii)) else { continue };
            let change = |step: &GradeStep, raise: bool| {
                indicator_change(ctx, ind, dim.weight, scored, step.at, raise).map(|cf| ctx.worded(cf))
            };
            if let Some(cf) = up.and_then(|step| change(step, true)) {
                if ctx.rank(&cf.grade) < current {
                    raise.push(cf);
                }
            }
            if let Some(cf) = down.and_then(|step| change(step, false)) {
                if ctx.rank(&cf.grade) > current {
                    lower.push(cf);
                }
            }
        }
    }
    (raise, lower)
}

/// Every deduction occurrence whose removal alone raises the grade, fewest points first.
fn deduction_removals(ctx: &Ctx<'_>) -> Result<Vec<Counterfactual>, Problems> {
    let (a, current) = (ctx.a, ctx.rank(&ctx.a.grade));
    let mut removals = Vec::new();
    for item in &a.deductions.items {
        for occ in &item.occurrences {
            let raw = item.raw.checked_sub(occ.points).ok_or_else(overflow)?;
            let item_total = item.cap.map_or(raw, |c| raw.min(c));
            let subtotal = a
                .deductions
                .subtotal
                .checked_sub(item.total)
                .and_then(|s| s.checked_add(item_total))
                .ok_or_else(overflow)?;
            let list_total = a.deductions.cap.map_or(subtotal, |c| subtotal.min(c));
            let gain = a.deductions.total.checked_sub(list_total).ok_or_else(overflow)?;
            if gain <= Decimal::ZERO {
                continue;
            }
            let total = ctx.total_with(ctx.base.checked_add(gain).ok_or_else(overflow)?);
            let grade = ctx.grade_at(total);
            if ctx.rank(&grade) >= current {
                continue;
            }
            removals.push(ctx.worded(Counterfactual {
                change: Change::RemoveDeduction {
                    item: item.id.clone(),
                    title: item.title.clone(),
                    occurrence: occ.id.clone(),
                    points: gain,
                },
                total,
                grade,
                text: String::new(),
            }));
        }
    }
    crate::base::sort::sort_by(&mut removals, |x, y| match (&x.change, &y.change) {
        (
            Change::RemoveDeduction { points: px, item: ix, occurrence: ox, .. },
            Change::RemoveDeduction { points: py, item: iy, occurrence: oy, .. },
        ) => (px, ix, ox).cmp(&(py, iy, oy)),
        _ => std::cmp::Ordering::Equal,
    });
    Ok(removals)
}

/// The preview's summary: the projected result, the distances, the vetoes that fix the grade,
/// then every change up and down.
fn summary(
    ctx: &Ctx<'_>,
    published: bool,
    up: Option<&GradeStep>,
    down: Option<&GradeStep>,
    raise: &[Counterfactual],
    lower: &[Counterfactual],
) -> Vec<String> {
    let (scheme, a) = (ctx.scheme, ctx.a);
    let mut facts = vec![PreviewFact::Projected {
        total: a.total,
        grade: grade_title(scheme, a.grade.as_ref()),
        published,
    }];
    if let Some(u) = up {
        let grade = title_of(scheme, &u.grade);
        facts.push(PreviewFact::Up { grade, at: u.at, points: u.points, blocked: u.blocked });
    }
    if let Some(d) = down {
        facts.push(PreviewFact::Down { grade: title_of(scheme, &d.grade), at: d.at, points: d.points });
    }
    for v in a.vetoes.iter().filter(|v| !v.waived) {
        if matches!(v.effect, VetoEffect::ForceGrade { .. } | VetoEffect::WithholdGrade {}) {
            facts.push(PreviewFact::VetoFixes { id: v.id.as_str(), title: Title::new(&v.title, None) });
        }
    }
    facts.extend(raise.iter().map(|cf| PreviewFact::Change(Direction::Up, change_fact(scheme, cf))));
    facts.extend(lower.iter().map(|cf| PreviewFact::Change(Direction::Down, change_fact(scheme, cf))));
    facts.iter().map(|f| render_preview(f, ctx.lang, scheme.precision)).collect()
}

/// A grade's title: the Chinese the result carries, the English the scheme gives.
pub(super) fn title_of<'a>(scheme: &'a Scheme, g: &'a GradeRef) -> Title<'a> {
    Title::new(&g.title, scheme.grade(&g.id).and_then(|s| s.title_en.as_deref()))
}

/// A projected grade's title; `None` when the grade is withheld.
pub(super) fn grade_title<'a>(scheme: &'a Scheme, g: Option<&'a GradeRef>) -> Option<Title<'a>> {
    g.map(|g| title_of(scheme, g))
}

/// The fact a counterfactual states: its change and the projected total and grade.
fn change_fact<'a>(scheme: &'a Scheme, cf: &'a Counterfactual) -> ChangeFact<'a> {
    let (total, grade) = (cf.total, grade_title(scheme, cf.grade.as_ref()));
    match &cf.change {
        Change::Indicator { indicator, title, from, to, delta, score_from, score_to, .. } => {
            let en = scheme
                .indicators()
                .find(|(_, i)| &i.id == indicator)
                .and_then(|(_, i)| i.title_en.as_deref());
            ChangeFact::Indicator {
                id: indicator.as_str(),
                title: Title::new(title, en),
                from: *from,
                to: *to,
                delta: *delta,
                score_from: *score_from,
                score_to: *score_to,
                total,
                grade,
            }
        }
        Change::RemoveDeduction { item, title, occurrence, points } => ChangeFact::RemoveDeduction {
            item: item.as_str(),
            title: Title::new(title, None),
            occurrence: occurrence.as_str(),
            points: *points,
            total,
            grade,
        },
    }
}

/// The nearest raw value of one indicator that brings the total to `at` (raise: at least;
/// lower: at most), with the projected result; its text is left to [`Ctx::worded`].
pub(super) fn indicator_change(
    ctx: &Ctx<'_>,
    ind: &Indicator,
    dim_weight: Decimal,
    scored: &IndicatorScore,
    at: Decimal,
    raise: bool,
) -> Option<Counterfactual> {
    let scheme = ctx.scheme;
    let x = scored.raw?;
    if let InputTrace::Ratio { zero_denominator: true, .. } = scored.input {
        return None;
    }
    let c = scored.contribution;
    // the sum base − c + c' at score s, rounded as the total is, reaches `at`
    let rest = ctx.base.checked_sub(c)?;
    let reaches = |s: Decimal| -> Option<bool> {
        let t = ctx.rounded(rest.checked_add(ctx.contribution(ind, dim_weight, s)?)?);
        Some(if raise { t >= at } else { t <= at })
    };
    let floor = ind.floor.unwrap_or(Decimal::ZERO);
    let cap = ind.cap.unwrap_or(ind.max_score);
    let contribution = |s: Decimal| ctx.contribution(ind, dim_weight, s);
    // binary search over scores in [floor, cap] (millionths)
    let (mut lo, mut hi) = (floor.micros(), cap.micros());
    let score_goal = if raise {
        if !reaches(cap)? {
            return None;
        }
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if reaches(Decimal::from_micros(mid))? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Goal::AtLeast(Decimal::from_micros(lo))
    } else {
        if !reaches(floor)? {
            return None;
        }
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if reaches(Decimal::from_micros(mid))? {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Goal::AtMost(Decimal::from_micros(lo))
    };
    let stat = stat_for(ctx, ind);
    let domain = domain_of(scheme, ind);
    let to = nearest(&ind.scoring, ind.max_score, stat, x, score_goal, domain)?;
    let f = crate::rules::scoring::evaluate(
        &ind.scoring,
        to,
        ind.max_score,
        stat.map(|stat| crate::rules::scoring::RelativeStats { stat }),
    )
    .ok()?
    .0;
    let score_to = f.clamp_to(floor, cap);
    let c2 = contribution(score_to)?;
    let total = ctx.total_with(ctx.base.checked_sub(c)?.checked_add(c2)?);
    let grade = ctx.grade_at(total);
    let delta = to.checked_sub(x)?;
    Some(Counterfactual {
        change: Change::Indicator {
            indicator: ind.id.clone(),
            title: ind.title.clone(),
            from: x,
            to,
            delta,
            score_from: scored.score,
            score_to,
            input: None,
        },
        total,
        grade,
        text: String::new(),
    })
}

/// The cohort statistics a cohort-relative indicator is scored against: the context's, or the
/// scheme's published ones when the context has none.
pub(super) fn stat_for<'a>(ctx: &Ctx<'a>, ind: &Indicator) -> Option<&'a CohortStat> {
    match ctx.context.cohort {
        Some(c) => c.get(&ind.id),
        None => ctx.scheme.published_stats.get(&ind.id),
    }
}

/// The values an indicator's raw value may take: counts are whole and not negative, percents
/// lie in 0–100, ratings in 0 to the indicator's maximum.
pub(super) fn domain_of(scheme: &Scheme, ind: &Indicator) -> Domain {
    let big = Decimal::MAX_INPUT;
    let neg = big.checked_neg().unwrap_or(Decimal::ZERO);
    match &ind.input {
        InputSource::Value { key } => match scheme.inputs.iter().find(|d| &d.key == key).map(|d| d.kind) {
            Some(InputKind::Count) => Domain { integer: true, min: Decimal::ZERO, max: big },
            Some(InputKind::Percent) => Domain { integer: false, min: Decimal::ZERO, max: Decimal::HUNDRED },
            _ => Domain { integer: false, min: neg, max: big },
        },
        InputSource::Ratio { numerator, denominator, multiplier, .. } => {
            let positive = !multiplier.is_negative()
                && numerator.iter().chain(denominator).all(|t| !t.coef.is_negative());
            Domain { integer: false, min: if positive { Decimal::ZERO } else { neg }, max: big }
        }
        InputSource::Rated {} => Domain { integer: false, min: Decimal::ZERO, max: ind.max_score },
    }
}
