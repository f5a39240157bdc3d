//! Property tests of the engine's promises over random valid schemes and dossiers
//! (strategies in `tests/gen`). Each property would fail if the promise broke.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_types,
    clippy::disallowed_methods
)]

mod gen;

use kaoping_core::model::assessment::Assessment;
use kaoping_core::model::scheme::{Direction, InputSource, RoundingStage, ScoringFunction, VetoEffect};
use kaoping_core::{AssessOptions, Decimal, Dossier, Engine, LineKind, Occurrence, Scheme};
use proptest::prelude::*;
use proptest::sample::Index;

fn config() -> ProptestConfig {
    // 256 cases by default keeps `make test` quick; PROPTEST_CASES=5000 for a longer run.
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256);
    ProptestConfig { cases, max_global_rejects: 1_000_000, ..ProptestConfig::default() }
}

fn engine(scheme: &Scheme) -> Engine {
    Engine::new(scheme.clone()).unwrap_or_else(|p| panic!("generated scheme is invalid: {p}"))
}

/// Assesses; `E_OVERFLOW` and `E_ZERO_DENOMINATOR` (a ratio without `ifZero` over a zero
/// denominator) are acceptable coded refusals, nothing else is.
fn assess(engine: &Engine, dossier: &Dossier) -> Option<Assessment> {
    match engine.assess(dossier, &AssessOptions::default()) {
        Ok(a) => Some(a),
        Err(p) => {
            assert!(
                p.0.iter().all(|p| matches!(
                    p.code,
                    kaoping_core::Code::Overflow | kaoping_core::Code::ZeroDenominator
                )),
                "unexpected problems: {p}"
            );
            None
        }
    }
}

fn rank(scheme: &Scheme, id: &kaoping_core::GradeId) -> usize {
    scheme.grade_rank(id).unwrap()
}

/// Lines other than the total add up to it.
fn line_sum(a: &Assessment) -> Decimal {
    a.explanation
        .iter()
        .filter(|l| l.kind != LineKind::Total)
        .fold(Decimal::ZERO, |s, l| s.checked_add(l.points).unwrap())
}

/// Which way of an indicator's raw value is good, when the function is monotone.
fn good_direction(f: &ScoringFunction) -> Option<Direction> {
    match f {
        ScoringFunction::HigherIsBetter { .. } | ScoringFunction::Direct {} => Some(Direction::Higher),
        ScoringFunction::LowerIsBetter { .. } => Some(Direction::Lower),
        ScoringFunction::Threshold { direction, .. } | ScoringFunction::CohortRelative { direction, .. } => {
            Some(*direction)
        }
        ScoringFunction::Piecewise { points } => {
            if points.windows(2).all(|w| w[0].y <= w[1].y) {
                Some(Direction::Higher)
            } else if points.windows(2).all(|w| w[0].y >= w[1].y) {
                Some(Direction::Lower)
            } else {
                None
            }
        }
        ScoringFunction::Steps { steps } => {
            steps.windows(2).all(|w| w[0].score <= w[1].score).then_some(Direction::Higher)
        }
        // target ranges are handled separately (toward the band)
        _ => None,
    }
}

proptest! {
    #![proptest_config(config())]

    /// The total stays within the declared bounds, equals its parts, carries the scheme's
    /// precision, and the explanation lines add up to it exactly.
    #[test]
    fn total_is_bounded_and_explained((scheme, dossier) in gen::scheme_and_dossier()) {
        let e = engine(&scheme);
        if let Some(a) = assess(&e, &dossier) {
            prop_assert!(a.total >= scheme.bounds.min && a.total <= scheme.bounds.max, "total {}", a.total);
            prop_assert_eq!(line_sum(&a), a.total);
            let adjust = a.clamp.map_or(Decimal::ZERO, |c| c.adjustment);
            let parts = a.weighted.checked_add(a.bonuses.total).unwrap()
                .checked_sub(a.deductions.total).unwrap().checked_add(adjust).unwrap();
            let dp = scheme.precision;
            prop_assert_eq!(a.total.round_dp(dp, scheme.rounding), a.total, "total {} has more than {} decimals", a.total, dp);
            match scheme.rounding_stage {
                RoundingStage::Lines => {
                    prop_assert_eq!(parts, a.total);
                    prop_assert!(a.unrounded.is_none());
                    for l in &a.explanation {
                        prop_assert_eq!(l.points.round_dp(dp, scheme.rounding), l.points, "line {:?} not at precision", l);
                    }
                }
                // the lines are unrounded; the total is their (bounded) sum rounded once
                RoundingStage::Total => {
                    prop_assert_eq!(parts.round_dp(dp, scheme.rounding), a.total);
                    prop_assert_eq!(a.unrounded.unwrap_or(a.total), if a.clamp.is_some() { a.total } else { parts });
                    let rounding_lines = a.explanation.iter().filter(|l| l.kind == LineKind::Rounding).count();
                    prop_assert_eq!(rounding_lines, usize::from(a.unrounded.is_some()));
                }
            }
        }
    }

    /// No indicator, item or list cap is ever exceeded, and no floor undercut.
    #[test]
    fn no_cap_is_exceeded((scheme, dossier) in gen::scheme_and_dossier()) {
        let e = engine(&scheme);
        if let Some(a) = assess(&e, &dossier) {
            for (dim, ds) in scheme.dimensions.iter().zip(&a.dimensions) {
                for (ind, is) in dim.indicators.iter().zip(&ds.indicators) {
                    prop_assert!(is.score <= ind.cap.unwrap_or(ind.max_score));
                    prop_assert!(is.score >= ind.floor.unwrap_or(Decimal::ZERO));
                    prop_assert!(is.score <= ind.max_score);
                }
                prop_assert!(ds.score <= ds.max.checked_add(Decimal::ONE).unwrap(), "dimension {} above its max", ds.id);
            }
            for (list, score) in [(&scheme.bonuses, &a.bonuses), (&scheme.deductions, &a.deductions)] {
                if let Some(cap) = list.cap {
                    prop_assert!(score.total <= cap, "list total {} > cap {}", score.total, cap);
                }
                for (item, is) in list.items.iter().filter_map(|i| score.items.iter().find(|s| s.id == i.id).map(|s| (i, s))) {
                    if let Some(cap) = item.cap {
                        prop_assert!(is.total <= cap, "item {} total {} > cap {}", item.id, is.total, cap);
                    }
                }
            }
        }
    }

    /// Improving one indicator's input in its good direction never lowers the total. For a
    /// target range the good direction is toward the band.
    #[test]
    fn improving_an_input_never_lowers_the_total(
        (scheme, dossier) in gen::scheme_and_dossier(),
        pick in any::<Index>(),
        step in 1_i64..50_000_000,
    ) {
        let e = engine(&scheme);
        let indicators: Vec<_> = scheme.indicators().map(|(_, i)| i).collect();
        let ind = pick.get(&indicators);
        let InputSource::Value { key } = &ind.input else { return Ok(()) };
        let x = dossier.inputs.get(key).copied().unwrap();
        let step = Decimal::from_micros(step);
        let better = match (&ind.scoring, good_direction(&ind.scoring)) {
            (_, Some(Direction::Higher)) => x.checked_add(step).unwrap(),
            (_, Some(Direction::Lower)) => x.checked_sub(step).unwrap(),
            (ScoringFunction::TargetRange { lower, upper, .. }, None) => {
                if x < *lower { x.checked_add(step).unwrap().min(*lower) }
                else if x > *upper { x.checked_sub(step).unwrap().max(*upper) }
                else { x }
            }
            _ => return Ok(()),
        };
        let mut improved = dossier.clone();
        improved.inputs.insert(key.clone(), better);
        if let (Some(a), Some(b)) = (assess(&e, &dossier), assess(&e, &improved)) {
            prop_assert!(b.total >= a.total, "{}: {} → {} lowered the total {} → {}", ind.id, x, better, a.total, b.total);
        }
    }

    /// A veto always has its effect: a blocked grade (or any better one) is never given, a
    /// forced grade is given, a withholding veto leaves no grade.
    #[test]
    fn a_veto_always_blocks_its_grade(
        (scheme, dossier) in gen::scheme_and_dossier(),
        pick in any::<Index>(),
    ) {
        prop_assume!(!scheme.vetoes.is_empty());
        let veto = pick.get(&scheme.vetoes);
        let mut d = dossier.clone();
        d.occurrences.push(Occurrence {
            id: "veto-occ".into(),
            item: veto.id.clone(),
            date: kaoping_core::Date::parse("2026-06-01").unwrap(),
            count: 1,
            reference: None,
            note: None,
        });
        let e = engine(&scheme);
        if let Some(a) = assess(&e, &d) {
            let withheld = a.vetoes.iter().any(|v| matches!(v.effect, VetoEffect::WithholdGrade {}));
            match &veto.effect {
                VetoEffect::WithholdGrade {} => prop_assert!(a.grade.is_none()),
                VetoEffect::BlockGrade { grade } => {
                    if let Some(g) = &a.grade {
                        prop_assert!(rank(&scheme, &g.id) > rank(&scheme, grade), "blocked {} but got {}", grade, g.id);
                    } else {
                        prop_assert!(withheld);
                    }
                }
                VetoEffect::ForceGrade { grade } => {
                    if let Some(g) = &a.grade {
                        prop_assert!(rank(&scheme, &g.id) >= rank(&scheme, grade), "forced {} but got {}", grade, g.id);
                    } else {
                        prop_assert!(withheld);
                    }
                }
            }
            prop_assert!(a.flags.veto);
        }
    }

    /// The fingerprint is the same for the same inputs (also when the JSON is written with
    /// other whitespace and key order) and different when any input value changes.
    #[test]
    fn fingerprint_tracks_inputs(
        (scheme, dossier) in gen::scheme_and_dossier(),
        pick in any::<Index>(),
        delta in prop_oneof![Just(1_i64), 1_i64..1_000_000_000],
    ) {
        let e = engine(&scheme);
        let Some(a) = assess(&e, &dossier) else { return Ok(()) };
        let pretty = serde_json::to_string_pretty(&dossier).unwrap();
        let reparsed = Dossier::from_json(&pretty).unwrap();
        let b = assess(&e, &reparsed).unwrap();
        prop_assert_eq!(&a.fingerprint, &b.fingerprint);
        let e2 = Engine::from_json(&serde_json::to_string_pretty(&scheme).unwrap()).unwrap();
        prop_assert_eq!(e.scheme_fingerprint(), e2.scheme_fingerprint());
        prop_assert_eq!(&assess(&e2, &dossier).unwrap().fingerprint, &a.fingerprint);

        let keys: Vec<_> = dossier.inputs.keys().cloned().collect();
        prop_assume!(!keys.is_empty());
        let key = pick.get(&keys);
        let mut changed = dossier.clone();
        let v = changed.inputs.get(key).copied().unwrap().checked_add(Decimal::from_micros(delta)).unwrap();
        changed.inputs.insert(key.clone(), v);
        if let Some(c) = assess(&e, &changed) {
            prop_assert_ne!(&a.fingerprint, &c.fingerprint);
        }
    }

    /// Writing a scheme or a dossier as JSON and reading it back gives the same value.
    #[test]
    fn json_round_trip((scheme, dossier) in gen::scheme_and_dossier()) {
        let text = serde_json::to_string(&scheme).unwrap();
        prop_assert_eq!(&Scheme::from_json(&text).unwrap(), &scheme);
        let text = serde_json::to_string(&dossier).unwrap();
        prop_assert_eq!(&Dossier::from_json(&text).unwrap(), &dossier);
    }

    /// Assessing is deterministic and does not depend on the order of the dossier's occurrences.
    #[test]
    fn occurrence_order_does_not_matter((scheme, dossier) in gen::scheme_and_dossier()) {
        let e = engine(&scheme);
        let mut reversed = dossier.clone();
        reversed.occurrences.reverse();
        match (assess(&e, &dossier), assess(&e, &reversed)) {
            (Some(a), Some(b)) => {
                prop_assert_eq!(a.total, b.total);
                prop_assert_eq!(a.grade, b.grade);
            }
            (None, None) => {}
            (a, b) => prop_assert!(false, "one order failed: {:?} / {:?}", a.map(|a| a.total), b.map(|b| b.total)),
        }
    }
}
