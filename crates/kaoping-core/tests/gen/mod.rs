//! proptest strategies that build random but *valid* schemes and dossiers.
//!
//! * weights: random positive parts normalised so that they sum to exactly 1 in millionths;
//! * scoring functions: every kind except cohort-relative, with parameters that validate;
//! * lists with per-item and list caps, vetoes of every effect, grades covering the bounds;
//! * dossiers: a value for every input, occurrences of random items, some with many counts.
//!
//! Numbers stay within ±10⁹ so that every value round-trips exactly through JSON text.
#![allow(dead_code, clippy::unwrap_used, clippy::indexing_slicing, clippy::expect_used)]

use kaoping_core::model::scheme::{
    Bounds, Breakpoint, CohortStat, Dimension, Direction, Grade, Indicator, InputDef, InputKind, InputSource,
    ItemList, ListItem, Period, RelativeMethod, Role, RoundingStage, ScoringFunction, Step, Term, Veto,
    VetoEffect, SCHEMA_VERSION,
};
use kaoping_core::{Date, Decimal, Dossier, Occurrence, Officer, Rounding, Scheme};
use proptest::prelude::*;
use proptest::sample::Index;

/// A decimal from millionths.
pub fn m(micros: i64) -> Decimal {
    Decimal::from_micros(micros)
}

/// A decimal from a whole number.
pub fn int(n: i64) -> Decimal {
    Decimal::from_micros(n * 1_000_000)
}

/// `n` positive weights (millionths) that add up to exactly 1.
pub fn weights(n: usize) -> impl Strategy<Value = Vec<Decimal>> {
    prop::collection::vec(1_i64..1000, n).prop_map(|parts| {
        let sum: i64 = parts.iter().sum();
        let mut out: Vec<i64> = parts.iter().map(|p| p * 1_000_000 / sum).collect();
        let rest = 1_000_000 - out.iter().sum::<i64>();
        *out.last_mut().unwrap() += rest;
        out.into_iter().map(m).collect()
    })
}

/// A raw value: whole numbers and decimals (down to millionths) between −200 and 300.
pub fn raw_value() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (-200_i64..300).prop_map(int),
        (-200_000_000_i64..300_000_000).prop_map(m),
        (-20_000_i64..30_000).prop_map(|c| m(c * 10_000)),
    ]
}

fn sorted_distinct(n: usize, lo: i64, hi: i64) -> impl Strategy<Value = Vec<i64>> {
    prop::collection::btree_set(lo..hi, n).prop_map(|s| s.into_iter().collect())
}

/// A valid scoring function (no cohort-relative one) for an indicator whose full score is `max`.
pub fn function(max: Decimal) -> BoxedStrategy<ScoringFunction> {
    let max_m = max.micros();
    let score = move || (0..=max_m).prop_map(m);
    prop_oneof![
        sorted_distinct(2, -100, 200)
            .prop_map(|v| ScoringFunction::HigherIsBetter { floor: int(v[0]), target: int(v[1]) }),
        sorted_distinct(2, -100_000_000, 200_000_000)
            .prop_map(|v| ScoringFunction::LowerIsBetter { target: m(v[0]), floor: m(v[1]) }),
        (sorted_distinct(3, -100, 200), any::<bool>()).prop_map(|(v, point)| {
            // lower == upper when `point`
            let (lower, upper) = if point { (v[1], v[1]) } else { (v[1], v[1] + 5) };
            ScoringFunction::TargetRange {
                zero_below: int(v[0]),
                lower: int(lower),
                upper: int(upper),
                zero_above: int(v[2].max(upper) + 1),
            }
        }),
        (any::<bool>(), -100_i64..200, 1_i64..5_000_000, 1_i64..10_000_000, any::<bool>()).prop_map(
            |(higher, threshold, per_unit, unit, whole_units)| ScoringFunction::Threshold {
                direction: if higher { Direction::Higher } else { Direction::Lower },
                threshold: int(threshold),
                per_unit: m(per_unit),
                unit: m(unit),
                whole_units,
            }
        ),
        (2_usize..6)
            .prop_flat_map(move |n| (sorted_distinct(n, -100, 200), prop::collection::vec(score(), n)))
            .prop_map(|(xs, ys)| ScoringFunction::Piecewise {
                points: xs.into_iter().zip(ys).map(|(x, y)| Breakpoint { x: int(x), y }).collect(),
            }),
        (1_usize..6)
            .prop_flat_map(move |n| (sorted_distinct(n, -100, 200), prop::collection::vec(score(), n)))
            .prop_map(|(xs, ys)| ScoringFunction::Steps {
                steps: xs.into_iter().zip(ys).map(|(x, s)| Step { from: int(x), score: s }).collect(),
            }),
        Just(ScoringFunction::Direct {}),
        (any::<bool>(), any::<bool>(), 0..=max_m, 1_i64..30_000_000).prop_map(
            |(z, higher, center, spread)| {
                ScoringFunction::CohortRelative {
                    method: if z { RelativeMethod::ZScore } else { RelativeMethod::Rank },
                    direction: if higher { Direction::Higher } else { Direction::Lower },
                    center: m(center),
                    spread: m(spread),
                }
            }
        ),
    ]
    .boxed()
}

/// Where an indicator reads its raw value (`key` and `key` + `d` are its own inputs).
#[derive(Clone, Debug)]
pub enum InputPlan {
    Value,
    Ratio { multiplier: Decimal, if_zero: Option<Decimal> },
}

fn input_plan(max: Decimal) -> impl Strategy<Value = InputPlan> {
    prop_oneof![
        3 => Just(InputPlan::Value),
        1 => (prop_oneof![Just(int(1)), Just(int(100))], prop::option::of((0..=max.micros()).prop_map(m)))
            .prop_map(|(multiplier, if_zero)| InputPlan::Ratio { multiplier, if_zero }),
    ]
}

fn max_score() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(int(100)),
        Just(int(10)),
        Just(int(30)),
        (1_i64..200).prop_map(int),
        (1_i64..200_000_000).prop_map(m)
    ]
}

/// Cap and floor with `0 ≤ floor ≤ cap ≤ max`.
fn cap_floor(max: Decimal) -> impl Strategy<Value = (Option<Decimal>, Option<Decimal>)> {
    let mm = max.micros();
    (prop::option::of(0..=mm), prop::option::of(0..=mm)).prop_map(|(a, b)| match (a, b) {
        (Some(a), Some(b)) => (Some(m(a.max(b))), Some(m(a.min(b)))),
        (a, b) => (a.map(m), b.map(m)),
    })
}

#[derive(Clone, Debug)]
struct IndicatorPlan {
    /// Published cohort statistics, used when the function is cohort-relative.
    stats: CohortStat,
    max: Decimal,
    function: ScoringFunction,
    input: InputPlan,
    cap: Option<Decimal>,
    floor: Option<Decimal>,
}

fn indicator_plan() -> impl Strategy<Value = IndicatorPlan> {
    max_score().prop_flat_map(|max| {
        (function(max), input_plan(max), cap_floor(max), published_stats()).prop_map(
            move |(function, input, (cap, floor), stats)| IndicatorPlan {
                stats,
                max,
                function,
                input,
                cap,
                floor,
            },
        )
    })
}

/// Published statistics of a cohort of 1–8 raw values (mean and population sd computed by the
/// engine's own exact routine, values sorted).
fn published_stats() -> impl Strategy<Value = CohortStat> {
    prop::collection::vec(raw_value(), 1..8).prop_map(|values| {
        kaoping_core::rules::scoring::cohort_stat(&values, true).expect("small values have statistics")
    })
}

fn item(prefix: &str, i: usize, points: i64, cap: Option<i64>) -> ListItem {
    ListItem {
        id: format!("{prefix}{i:02}").as_str().into(),
        title: format!("条目{prefix}{i}"),
        title_en: None,
        points: m(points),
        cap: cap.map(m),
        from_case_review: None,
        derive: None,
        source: Some("unsourced default".to_owned()),
        note: None,
    }
}

fn item_list(prefix: &'static str) -> impl Strategy<Value = ItemList> {
    (
        prop::collection::vec((1_i64..20_000_000, prop::option::of(0_i64..30_000_000)), 0..4),
        prop::option::of(0_i64..40_000_000),
    )
        .prop_map(move |(items, cap)| ItemList {
            cap: cap.map(m),
            items: items.into_iter().enumerate().map(|(i, (p, c))| item(prefix, i, p, c)).collect(),
        })
}

/// Grades covering `[min, max]` best first, with `n − 1` cut points inside.
fn grades(min: Decimal, max: Decimal) -> impl Strategy<Value = Vec<Grade>> {
    let (lo, hi) = (min.micros(), max.micros());
    (0_usize..5).prop_flat_map(move |cuts| {
        prop::collection::btree_set(lo + 1..hi, cuts).prop_map(move |set| {
            let mut edges: Vec<i64> = vec![lo];
            edges.extend(set);
            edges.push(hi);
            let n = edges.len() - 1;
            (0..n)
                .map(|k| {
                    // grade k (best first) covers [edges[n-1-k], edges[n-k])
                    Grade {
                        id: format!("g{k}").as_str().into(),
                        title: format!("等次{k}"),
                        title_en: None,
                        min: m(edges[n - 1 - k]),
                        max: m(edges[n - k]),
                    }
                })
                .collect()
        })
    })
}

/// Vetoes whose effects name grades `0..n_grades` (never blocking the lowest).
fn vetoes(n_grades: usize) -> impl Strategy<Value = Vec<Veto>> {
    prop::collection::vec((0_u8..3, any::<Index>()), 0..3).prop_map(move |specs| {
        specs
            .into_iter()
            .enumerate()
            .map(|(i, (kind, pick))| {
                let effect = match kind {
                    0 if n_grades > 1 => VetoEffect::BlockGrade {
                        grade: format!("g{}", pick.index(n_grades - 1)).as_str().into(),
                    },
                    1 => {
                        VetoEffect::ForceGrade { grade: format!("g{}", pick.index(n_grades)).as_str().into() }
                    }
                    _ => VetoEffect::WithholdGrade {},
                };
                Veto {
                    id: format!("V{i:02}").as_str().into(),
                    title: format!("否决{i}"),
                    title_en: None,
                    effect,
                    derive: None,
                    source: Some("unsourced default".to_owned()),
                    note: None,
                }
            })
            .collect()
    })
}

/// A random valid scheme.
pub fn scheme() -> impl Strategy<Value = Scheme> {
    let dims = (1_usize..4).prop_flat_map(|nd| {
        (
            weights(nd),
            prop::collection::vec(
                (1_usize..4).prop_flat_map(|ni| (weights(ni), prop::collection::vec(indicator_plan(), ni))),
                nd,
            ),
        )
    });
    let frame = (
        0_u32..5,
        // bit 0: half-even rounding; bit 1: only the total rounded
        0_u8..4,
        prop_oneof![
            Just(int(100)),
            Just(int(10)),
            (1_i64..1000).prop_map(int),
            (1_000_000_i64..500_000_000).prop_map(m)
        ],
        prop_oneof![Just(None), (-30_i64..0).prop_map(|v| Some(int(v)))],
        prop_oneof![Just(0_i64), 1_i64..30],
    );
    (dims, frame, item_list("P"), item_list("N"))
        .prop_flat_map(|(dims, (precision, even, full, min, extra), bonuses, deductions)| {
            let min = min.unwrap_or(Decimal::ZERO);
            let max = full.ceil().checked_add(int(extra)).unwrap();
            (Just((dims, precision, even, full, min, max, bonuses, deductions)), grades(min, max))
        })
        .prop_flat_map(|(parts, grades)| {
            let n = grades.len();
            (Just(parts), Just(grades), vetoes(n))
        })
        .prop_map(|((dims, precision, style, full, min, max, bonuses, deductions), grades, vetoes)| {
            let (even, total_stage) = (style & 1 == 1, style & 2 == 2);
            let mut inputs = Vec::new();
            let mut dimensions = Vec::new();
            let mut published_stats = kaoping_core::SortedMap::new();
            let mut n = 0;
            for (di, (dw, (iws, plans))) in dims.0.into_iter().zip(dims.1).enumerate() {
                let mut indicators = Vec::new();
                for (iw, plan) in iws.into_iter().zip(plans) {
                    let key = format!("x{n}");
                    let input = match plan.input {
                        InputPlan::Value => {
                            inputs.push(input_def(&key));
                            InputSource::Value { key: key.as_str().into() }
                        }
                        InputPlan::Ratio { multiplier, if_zero } => {
                            let den = format!("{key}d");
                            inputs.push(input_def(&key));
                            inputs.push(input_def(&den));
                            InputSource::Ratio {
                                numerator: vec![Term { key: key.as_str().into(), coef: int(1) }],
                                denominator: vec![Term { key: den.as_str().into(), coef: int(1) }],
                                multiplier,
                                if_zero,
                            }
                        }
                    };
                    if matches!(plan.function, ScoringFunction::CohortRelative { .. }) {
                        published_stats.insert(format!("I{n:02}").as_str().into(), plan.stats.clone());
                    }
                    indicators.push(Indicator {
                        id: format!("I{n:02}").as_str().into(),
                        title: format!("指标{n}"),
                        title_en: None,
                        weight: iw,
                        input,
                        scoring: plan.function,
                        max_score: plan.max,
                        cap: plan.cap,
                        floor: plan.floor,
                        source: Some("unsourced default".to_owned()),
                        note: None,
                    });
                    n += 1;
                }
                dimensions.push(Dimension {
                    id: format!("d{di}").as_str().into(),
                    title: format!("维度{di}"),
                    title_en: None,
                    weight: dw,
                    indicators,
                });
            }
            // Caps that enter the total as they are carry the scheme's precision (E_PRECISION).
            let rounding = if even { Rounding::HalfEven } else { Rounding::HalfUp };
            let at_precision = |mut list: ItemList| {
                list.cap = list.cap.map(|c| c.round_dp(precision, rounding));
                for item in &mut list.items {
                    item.cap = item.cap.map(|c| c.round_dp(precision, rounding));
                }
                list
            };
            let (bonuses, deductions) = (at_precision(bonuses), at_precision(deductions));
            Scheme {
                schema_version: SCHEMA_VERSION,
                id: "prop-scheme".into(),
                version: "1".to_owned(),
                title: "随机方案".to_owned(),
                title_en: None,
                role: Role::Judge,
                period: Period {
                    label: "2026年度".to_owned(),
                    start: Date::parse("2026-01-01").unwrap(),
                    end: Date::parse("2026-12-31").unwrap(),
                    outside: Default::default(),
                },
                precision,
                rounding: if even { Rounding::HalfEven } else { Rounding::HalfUp },
                rounding_stage: if total_stage { RoundingStage::Total } else { RoundingStage::Lines },
                full_score: full,
                bounds: Bounds { min, max },
                inputs,
                records: Vec::new(),
                constraints: Vec::new(),
                dimensions,
                bonuses,
                deductions,
                vetoes,
                grades,
                quotas: vec![],
                committee: None,
                tie_break: vec![],
                published_stats,
                notes: None,
            }
        })
}

fn input_def(key: &str) -> InputDef {
    InputDef {
        key: key.into(),
        title: format!("输入{key}"),
        title_en: None,
        kind: InputKind::Number,
        unit: None,
        optional: false,
        derive: None,
    }
}

/// A dossier for `scheme`: every input, and occurrences of random list items and vetoes.
pub fn dossier(scheme: &Scheme) -> impl Strategy<Value = Dossier> {
    let keys: Vec<String> = scheme.inputs.iter().map(|d| d.key.to_string()).collect();
    let items: Vec<String> = scheme
        .bonuses
        .items
        .iter()
        .chain(&scheme.deductions.items)
        .map(|i| i.id.to_string())
        .chain(scheme.vetoes.iter().map(|v| v.id.to_string()))
        .collect();
    let n_keys = keys.len();
    let occ = if items.is_empty() {
        Just(Vec::<(Index, u32, i64)>::new()).boxed()
    } else {
        prop::collection::vec((any::<Index>(), 1_u32..6, 0_i64..365), 0..6).boxed()
    };
    (prop::collection::vec(raw_value(), n_keys), occ).prop_map(move |(values, occ)| Dossier {
        officer: Officer { id: "P-1".into(), name: "测试".to_owned(), unit: None },
        scheme: None,
        period: None,
        inputs: keys.iter().map(|k| k.as_str().into()).zip(values).collect(),
        occurrences: occ
            .into_iter()
            .enumerate()
            .map(|(i, (pick, count, day))| Occurrence {
                id: format!("o{i}").as_str().into(),
                item: pick.get(&items).as_str().into(),
                date: Date::parse("2026-01-01").unwrap().add_days(day).unwrap(),
                count,
                reference: None,
                note: None,
            })
            .collect(),
        case_review: None,
        records: Vec::new(),
        as_of: None,
        synthetic: true,
    })
}

/// A scheme with a dossier for it.
pub fn scheme_and_dossier() -> impl Strategy<Value = (Scheme, Dossier)> {
    scheme().prop_flat_map(|s| {
        let d = dossier(&s);
        (Just(s), d)
    })
}
