//! The smallest single changes that would move an officer's grade.

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problems};
use crate::base::ids::{IndicatorId, ItemId, OccurrenceId};
use crate::model::assessment::{Assessment, GradeRef, IndicatorScore, InputTrace};
use crate::model::dossier::Dossier;
use crate::model::explanation::Lang;
use crate::model::scheme::{Indicator, InputKind, InputSource, Scheme, VetoEffect};
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

struct Ctx<'a> {
    engine: &'a Assessor,
    scheme: &'a Scheme,
    a: &'a Assessment,
    base: Decimal,
    lang: Lang,
}

impl Ctx<'_> {
    fn grade_at(&self, total: Decimal) -> Option<GradeRef> {
        let g = self.engine.grade_for(total)?;
        let score = GradeRef { id: g.id.clone(), title: g.title.clone() };
        self.engine.grade_after_vetoes(&self.a.vetoes, &score)
    }

    fn total_with(&self, unclamped: Decimal) -> Decimal {
        unclamped.clamp_to(self.scheme.bounds.min, self.scheme.bounds.max)
    }

    fn contribution(&self, ind: &Indicator, dim_weight: Decimal, score: Decimal) -> Option<Decimal> {
        crate::rules::scoring::Contribution::of(
            ind.weight,
            dim_weight,
            self.scheme.full_score,
            ind.max_score,
            self.scheme.precision,
            self.scheme.rounding,
        )?
        .apply(score)
    }

    fn rank(&self, g: &Option<GradeRef>) -> usize {
        g.as_ref().and_then(|g| self.scheme.grade_rank(&g.id)).unwrap_or(usize::MAX)
    }
}

pub(crate) fn build(
    engine: &Assessor,
    dossier: &Dossier,
    context: &AssessContext<'_>,
    a: Assessment,
    lang: Lang,
) -> Result<Preview, Problems> {
    let scheme = engine.scheme();
    let dp = scheme.precision;
    let ulp = Decimal::from_micros(10_i64.pow(6_u32.saturating_sub(dp)));
    let base = a.clamp.map_or(a.total, |c| c.unclamped);
    // the grade the officer holds: after vetoes, or by score when withheld
    let pos = a
        .grade
        .as_ref()
        .and_then(|g| scheme.grade_rank(&g.id))
        .or_else(|| scheme.grade_rank(&a.score_grade.id))
        .unwrap_or(0);
    let ctx = Ctx { engine, scheme, a: &a, base, lang };
    let overflow = || Problems::one(Code::Overflow, "", crate::base::message::WorkMsg::PreviewOverflow);
    let gref = |g: &crate::model::scheme::Grade| GradeRef { id: g.id.clone(), title: g.title.clone() };
    let up = pos.checked_sub(1).and_then(|p| scheme.grades.get(p)).map(|g| {
        let reached = ctx.grade_at(g.min);
        GradeStep {
            grade: gref(g),
            points: g.min.checked_sub(a.total).unwrap_or(Decimal::ZERO).max(Decimal::ZERO),
            at: g.min,
            blocked: reached.as_ref().map(|r| &r.id) != Some(&g.id),
        }
    });
    let down = match (scheme.grades.get(pos), scheme.grades.get(pos + 1)) {
        (Some(cur), Some(next)) => {
            let at = cur.min.checked_sub(ulp).ok_or_else(overflow)?;
            Some(GradeStep {
                grade: gref(next),
                points: a.total.checked_sub(at).ok_or_else(overflow)?,
                at,
                blocked: false,
            })
        }
        _ => None,
    };
    let current = ctx.rank(&a.grade);
    let mut raise = Vec::new();
    let mut lower = Vec::new();
    for (di, dim) in scheme.dimensions.iter().enumerate() {
        for (ii, ind) in dim.indicators.iter().enumerate() {
            let Some(scored) = a.dimensions.get(di).and_then(|d| d.indicators.get(ii)) else { continue };
            if let Some(step) = up.as_ref().filter(|s| !s.blocked) {
                if let Some(cf) =
                    indicator_change(&ctx, dossier, context, ind, dim.weight, scored, step.at, true)
                {
                    if ctx.rank(&cf.grade) < current {
                        raise.push(cf);
                    }
                }
            }
            if let Some(step) = &down {
                if let Some(cf) =
                    indicator_change(&ctx, dossier, context, ind, dim.weight, scored, step.at, false)
                {
                    if ctx.rank(&cf.grade) > current {
                        lower.push(cf);
                    }
                }
            }
        }
    }
    let mut removals = Vec::new();
    if up.as_ref().is_some_and(|s| !s.blocked) {
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
                let total = ctx.total_with(base.checked_add(gain).ok_or_else(overflow)?);
                let grade = ctx.grade_at(total);
                if ctx.rank(&grade) >= current {
                    continue;
                }
                let gt = grade_title(scheme, &grade, lang);
                let text = match lang {
                    Lang::Zh => format!(
                        "撤销扣分 {} {}（{}）：加回 {} 分，总分 {}，等次 {gt}",
                        item.id,
                        item.title,
                        occ.id,
                        gain.format_dp(dp),
                        total.format_dp(dp)
                    ),
                    Lang::En => format!(
                        "remove deduction {} ({}): {} points back, total {}, grade {gt}",
                        item.id,
                        occ.id,
                        gain.format_dp(dp),
                        total.format_dp(dp)
                    ),
                };
                removals.push(Counterfactual {
                    change: Change::RemoveDeduction {
                        item: item.id.clone(),
                        title: item.title.clone(),
                        occurrence: occ.id.clone(),
                        points: gain,
                    },
                    total,
                    grade,
                    text,
                });
            }
        }
    }
    crate::base::sort::sort_by(&mut removals, |x, y| match (&x.change, &y.change) {
        (
            Change::RemoveDeduction { points: px, item: ix, occurrence: ox, .. },
            Change::RemoveDeduction { points: py, item: iy, occurrence: oy, .. },
        ) => (px, ix, ox).cmp(&(py, iy, oy)),
        _ => std::cmp::Ordering::Equal,
    });
    raise.extend(removals);

    let published = a
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .any(|i| i.relative.as_ref().is_some_and(|r| r.published));
    let vetoes: Vec<ItemId> = a.vetoes.iter().filter(|v| !v.waived).map(|v| v.id.clone()).collect();
    let mut summary = Vec::new();
    let gt = grade_title(scheme, &a.grade, lang);
    summary.push(match lang {
        Lang::Zh => format!(
            "预计总分 {}，等次 {gt}{}",
            a.total.format_dp(dp),
            if published { "（群体相对指标依据已公布的统计数据）" } else { "" }
        ),
        Lang::En => format!(
            "projected total {}, grade {gt}{}",
            a.total.format_dp(dp),
            if published { " (cohort-relative indicators use the published statistics)" } else { "" }
        ),
    });
    if let Some(u) = &up {
        summary.push(match (lang, u.blocked) {
            (Lang::Zh, false) => format!(
                "距{}（{} 分起）还差 {} 分",
                u.grade.title,
                u.at.format_dp(dp),
                u.points.format_dp(dp)
            ),
            (Lang::Zh, true) => format!("否决项使其不能评为{}，分数提高不改变这一点", u.grade.title),
            (Lang::En, false) => format!(
                "{} more points reach {} (from {})",
                u.points.format_dp(dp),
                en_title(scheme, &u.grade),
                u.at.format_dp(dp)
            ),
            (Lang::En, true) => {
                format!("a veto rules out {}: no score change reaches it", en_title(scheme, &u.grade))
            }
        });
    }
    if let Some(d) = &down {
        summary.push(match lang {
            Lang::Zh => format!(
                "再失 {} 分（总分 {} 及以下）将降为{}",
                d.points.format_dp(dp),
                d.at.format_dp(dp),
                d.grade.title
            ),
            Lang::En => format!(
                "losing {} points (total {} or less) falls to {}",
                d.points.format_dp(dp),
                d.at.format_dp(dp),
                en_title(scheme, &d.grade)
            ),
        });
    }
    for v in a.vetoes.iter().filter(|v| !v.waived) {
        if matches!(v.effect, VetoEffect::ForceGrade { .. } | VetoEffect::WithholdGrade {}) {
            summary.push(match lang {
                Lang::Zh => format!("否决项 {} {} 决定等次，分数变化不改变等次", v.id, v.title),
                Lang::En => format!("veto {} fixes the grade: no score change moves it", v.id),
            });
        }
    }
    for cf in &raise {
        summary.push(match lang {
            Lang::Zh => format!("升档：{}", cf.text),
            Lang::En => format!("up: {}", cf.text),
        });
    }
    for cf in &lower {
        summary.push(match lang {
            Lang::Zh => format!("降档：{}", cf.text),
            Lang::En => format!("down: {}", cf.text),
        });
    }
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
        assessment: a,
    })
}

fn en_title(scheme: &Scheme, g: &GradeRef) -> String {
    scheme.grade(&g.id).map(|g| g.title_en.clone().unwrap_or_else(|| g.title.clone())).unwrap_or_default()
}

fn grade_title(scheme: &Scheme, g: &Option<GradeRef>, lang: Lang) -> String {
    match (g, lang) {
        (Some(g), Lang::Zh) => g.title.clone(),
        (Some(g), Lang::En) => en_title(scheme, g),
        (None, Lang::Zh) => "不定等次".to_owned(),
        (None, Lang::En) => "withheld".to_owned(),
    }
}

/// The nearest raw value of one indicator that brings the total to `at` (raise: at least;
/// lower: at most), with the projected result.
#[allow(clippy::too_many_arguments)]
fn indicator_change(
    ctx: &Ctx<'_>,
    _dossier: &Dossier,
    context: &AssessContext<'_>,
    ind: &Indicator,
    dim_weight: Decimal,
    scored: &IndicatorScore,
    at: Decimal,
    raise: bool,
) -> Option<Counterfactual> {
    let scheme = ctx.scheme;
    let dp = scheme.precision;
    let x = scored.raw?;
    if let InputTrace::Ratio { zero_denominator: true, .. } = scored.input {
        return None;
    }
    let c = scored.contribution;
    // contribution needed: base − c + c' reaches `at`
    let needed = at.checked_sub(ctx.base)?.checked_add(c)?;
    let floor = ind.floor.unwrap_or(Decimal::ZERO);
    let cap = ind.cap.unwrap_or(ind.max_score);
    let contribution = |s: Decimal| ctx.contribution(ind, dim_weight, s);
    // binary search over scores in [floor, cap] (millionths)
    let (mut lo, mut hi) = (floor.micros(), cap.micros());
    let score_goal = if raise {
        if contribution(cap)? < needed {
            return None;
        }
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if contribution(Decimal::from_micros(mid))? >= needed {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Goal::AtLeast(Decimal::from_micros(lo))
    } else {
        if contribution(floor)? > needed {
            return None;
        }
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if contribution(Decimal::from_micros(mid))? <= needed {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Goal::AtMost(Decimal::from_micros(lo))
    };
    let stat = context.cohort.and_then(|c| c.get(&ind.id)).or_else(|| {
        if context.cohort.is_none() {
            scheme.published_stats.get(&ind.id)
        } else {
            None
        }
    });
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
    let gt = grade_title(scheme, &grade, ctx.lang);
    let sign = if delta.is_negative() { "" } else { "+" };
    let text = match ctx.lang {
        Lang::Zh => format!(
            "{} {}：原始值 {x} → {to}（{sign}{delta}），得分 {} → {}，总分 {}，等次 {gt}",
            ind.id,
            ind.title,
            scored.score,
            score_to,
            total.format_dp(dp)
        ),
        Lang::En => format!(
            "{} {}: raw {x} → {to} ({sign}{delta}), score {} → {}, total {}, grade {gt}",
            ind.id,
            ind.title_en.as_deref().unwrap_or(&ind.title),
            scored.score,
            score_to,
            total.format_dp(dp)
        ),
    };
    Some(Counterfactual {
        change: Change::Indicator {
            indicator: ind.id.clone(),
            title: ind.title.clone(),
            from: x,
            to,
            delta,
            score_from: scored.score,
            score_to,
        },
        total,
        grade,
        text,
    })
}

fn domain_of(scheme: &Scheme, ind: &Indicator) -> Domain {
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
