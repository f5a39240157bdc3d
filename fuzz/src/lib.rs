//! Oracles shared by the fuzz targets: the promises every result must keep. A broken promise
//! panics, which libFuzzer reports as a crash with the input that caused it.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use kaoping_core::api::records::drill;
use kaoping_core::model::assessment::Assessment;
use kaoping_core::model::scheme::{RoundingStage, VetoEffect};
use kaoping_core::{AssessOptions, Decimal, Dossier, Engine, LineKind, Scheme};

/// Splits fuzz input into two texts at the first 0xFF byte (which never occurs in UTF-8).
pub fn split2(data: &[u8]) -> Option<(&str, &str)> {
    let at = data.iter().position(|b| *b == 0xFF)?;
    let a = std::str::from_utf8(data.get(..at)?).ok()?;
    let b = std::str::from_utf8(data.get(at + 1..)?).ok()?;
    Some((a, b))
}

/// JSON text of a value as kaoping writes it (kaoping-json), which must be the bytes serde_json
/// writes for the same value.
pub fn text<T: serde::Serialize + kaoping_json::ToJson>(value: &T) -> String {
    let ours = kaoping_json::to_string(value);
    let theirs = serde_json::to_string(value).expect("kaoping's own types always serialise");
    assert_eq!(ours, theirs, "kaoping-json and serde_json write different text");
    ours
}

/// Writing a parsed value and reading it back gives the same value and the same text.
pub fn check_round_trip<T>(value: &T)
where
    T: serde::Serialize + kaoping_json::ToJson + kaoping_json::FromJson + PartialEq + std::fmt::Debug,
{
    let first = text(value);
    let back: T = kaoping_core::base::json::from_json_str(&first)
        .unwrap_or_else(|p| panic!("own output does not parse back: {p}\n{first}"));
    assert_eq!(&back, value, "round trip changed the value");
    assert_eq!(first, text(&back), "round trip changed the text");
}

/// Assesses and checks every promise the result must keep; returns the assessment if any.
pub fn assess_and_check(engine: &Engine, dossier: &Dossier) -> Option<Assessment> {
    let traced = engine.assess(dossier, &AssessOptions::default());
    let plain = engine
        .assess(dossier, &AssessOptions { trace: false, fingerprint: true, lang: kaoping_core::Lang::En });
    match (&traced, &plain) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.total, b.total, "trace changes the total");
            assert_eq!(a.grade, b.grade, "trace changes the grade");
            assert_eq!(a.fingerprint, b.fingerprint, "trace changes the fingerprint");
        }
        (Err(a), Err(b)) => assert_eq!(a, b, "trace changes the problems"),
        _ => panic!("trace changes success: {traced:?} vs {plain:?}"),
    }
    let again = engine.assess(dossier, &AssessOptions::default());
    assert_eq!(traced, again, "assessment is not deterministic");
    let a = traced.ok()?;
    check_assessment(engine.scheme(), &a);
    check_drill(engine, dossier, &a);
    Some(a)
}

/// The drill-down of an assessed dossier (指标下钻): every indicator and derived input drills
/// down without a problem, to the very records and value its assessment reports, each record one
/// of the dossier's.
pub fn check_drill(engine: &Engine, dossier: &Dossier, a: &Assessment) {
    if dossier.records.is_empty() {
        return;
    }
    let scheme = engine.scheme();
    let targets =
        scheme.indicators().map(|(_, i)| i.id.as_str()).chain(a.derived.iter().map(|d| d.key.as_str()));
    for target in targets {
        let drills = drill(engine, dossier, target).unwrap_or_else(|p| panic!("drill {target}: {p}"));
        for d in drills {
            let derived = a.derived.iter().find(|x| x.key.as_str() == d.key).expect("a derived input");
            assert_eq!(d.value, derived.value, "drill {target}: value of {}", d.key);
            let ids: Vec<_> = d.records.iter().map(|r| &r.id).collect();
            assert_eq!(
                ids,
                derived.records.iter().collect::<Vec<_>>(),
                "drill {target}: records of {}",
                d.key
            );
            assert!(
                d.records.iter().all(|r| dossier.records.contains(r)),
                "drill {target}: a record not in the dossier"
            );
        }
    }
}

/// The promises of one assessment.
pub fn check_assessment(scheme: &Scheme, a: &Assessment) {
    // 1. total within the declared bounds
    assert!(a.total >= scheme.bounds.min && a.total <= scheme.bounds.max, "total {} outside bounds", a.total);
    // 2. total = weighted + bonuses − deductions (+ clamp)
    let adjust = a.clamp.map_or(Decimal::ZERO, |c| c.adjustment);
    let sum = a
        .weighted
        .checked_add(a.bonuses.total)
        .and_then(|t| t.checked_sub(a.deductions.total))
        .and_then(|t| t.checked_add(adjust))
        .expect("parts overflow");
    // a scheme that rounds only the total: the parts are unrounded, their sum rounded once
    let sum = match scheme.rounding_stage {
        RoundingStage::Lines => sum,
        RoundingStage::Total => sum.round_dp(scheme.precision, scheme.rounding),
    };
    assert_eq!(sum, a.total, "parts do not add up to the total");
    // 3. explanation lines add up exactly to the total
    if !a.explanation.is_empty() {
        let mut lines = Decimal::ZERO;
        for l in a.explanation.iter().filter(|l| l.kind != LineKind::Total) {
            lines = lines.checked_add(l.points).expect("lines overflow");
        }
        assert_eq!(lines, a.total, "explanation lines add up to {lines}, total is {}", a.total);
        let total_line = a.explanation.iter().find(|l| l.kind == LineKind::Total).expect("a total line");
        assert_eq!(total_line.points, a.total);
    }
    // 4. no cap exceeded, no floor undercut
    for (dim, ds) in scheme.dimensions.iter().zip(&a.dimensions) {
        for (ind, is) in dim.indicators.iter().zip(&ds.indicators) {
            assert!(is.score <= ind.cap.unwrap_or(ind.max_score), "indicator {} above its cap", ind.id);
            assert!(is.score >= ind.floor.unwrap_or(Decimal::ZERO), "indicator {} below its floor", ind.id);
            assert!(is.function_score >= Decimal::ZERO && is.function_score <= ind.max_score);
        }
    }
    for (list, score) in [(&scheme.bonuses, &a.bonuses), (&scheme.deductions, &a.deductions)] {
        if let Some(cap) = list.cap {
            assert!(score.total <= cap, "list total {} above its cap {cap}", score.total);
        }
        assert!(score.total >= Decimal::ZERO);
        for item in &score.items {
            if let Some(cap) = item.cap {
                assert!(item.total <= cap, "item {} above its cap", item.id);
            }
        }
    }
    // 5. vetoes: withheld → no grade; forced → that grade (the worst one forced); blocked → worse
    let active: Vec<&VetoEffect> = a.vetoes.iter().filter(|v| !v.waived).map(|v| &v.effect).collect();
    let rank = |id: &kaoping_core::GradeId| scheme.grade_rank(id).expect("known grade");
    if active.iter().any(|e| matches!(e, VetoEffect::WithholdGrade {})) {
        assert!(a.grade.is_none(), "a withholding veto left a grade");
    } else {
        let g = a.grade.as_ref().expect("a grade when nothing withholds it");
        // the worst forced grade (or the score grade), below every blocked grade
        let mut expected = active
            .iter()
            .filter_map(|e| match e {
                VetoEffect::ForceGrade { grade } => Some(rank(grade)),
                _ => None,
            })
            .max()
            .unwrap_or_else(|| rank(&a.score_grade.id));
        for e in &active {
            if let VetoEffect::BlockGrade { grade } = e {
                assert!(rank(&g.id) > rank(grade), "blocked grade {grade} given");
                expected = expected.max(rank(grade) + 1);
            }
        }
        assert_eq!(rank(&g.id), expected, "grade {} is not what the vetoes leave", g.id);
    }
    // 6. the fingerprint is 64 hex digits
    if let Some(fp) = &a.fingerprint {
        assert!(fp.len() == 64 && fp.bytes().all(|b| b.is_ascii_hexdigit()));
    }
}
