//! The README's `## Committees and cohorts` runs exactly as shown: the three-rater committee's
//! ranked table and the preview with its counterfactuals.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code

use kaoping_core::rules::cohort::{assess_cohort, table, CohortInput, CohortOptions};
use kaoping_core::rules::committee::collect;
use kaoping_core::rules::preview::preview;
use kaoping_core::{AssessContext, Decimal, Engine, Lang};

const README: &str = include_str!("../../../README.md");

/// The fenced block after `<!-- readme-committee:{name} -->`.
fn block(name: &str) -> &'static str {
    let marker = format!("<!-- readme-committee:{name} -->");
    let after = README.split_once(marker.as_str()).unwrap_or_else(|| panic!("README lacks {marker}")).1;
    let body = after.get(after.find("```").unwrap()..).unwrap().split_once('\n').unwrap().1;
    body.get(..body.find("```").unwrap()).unwrap()
}

fn setup() -> (Engine, CohortInput) {
    (Engine::from_json(block("scheme")).unwrap(), serde_json::from_str(block("cohort")).unwrap())
}

/// What `cargo run -q -p kaoping-core --example committee` prints for the README input.
fn cohort_text() -> String {
    let (engine, input) = setup();
    let result = assess_cohort(&engine, &input, &CohortOptions::default()).unwrap();
    let mut out = table::render(&result, Lang::Zh);
    for e in &result.officers {
        let a = e.assessment.as_ref().unwrap();
        let line = a.explanation.iter().find(|l| l.text.starts_with("C1 ")).unwrap();
        out.push_str(&format!("{}  {}\n", e.officer.id, line.text));
    }
    out
}

fn preview_text() -> String {
    let (engine, input) = setup();
    let officers: kaoping_core::SortedSet<_> = input.dossiers.iter().map(|d| &d.officer.id).collect();
    let (ratings, _) = collect(engine.scheme(), input.committee.as_ref(), &input.sheets, &officers).unwrap();
    let j3 = input.dossiers.iter().find(|d| d.officer.id.as_str() == "J-3").unwrap();
    let context = AssessContext { rated: ratings.get(&j3.officer.id), ..AssessContext::default() };
    let p = preview(&engine, j3, &context, Lang::Zh).unwrap();
    p.summary.join("\n") + "\n"
}

#[test]
fn readme_committee_output_is_current() {
    let printed = cohort_text();
    assert_eq!(printed, block("output"), "README committee output drifted; engine printed:\n{printed}");
}

#[test]
fn readme_preview_output_is_current() {
    let printed = preview_text();
    assert_eq!(printed, block("preview"), "README preview drifted; engine printed:\n{printed}");
}

#[test]
fn readme_committee_figures_are_the_hand_computed_ones() {
    let (engine, input) = setup();
    let r = assess_cohort(&engine, &input, &CohortOptions::default()).unwrap();
    let d = |s: &str| Decimal::parse(s).unwrap();
    // J-2: ratings 90, 93, 91 → trimmed 91 → 0.6×95 + 0.4×91 = 57 + 36.4 = 93.40
    // J-1: 92, 88, 70 → trimmed 88 (spread 22 > 15: disagreement) → 57.6 + 35.2 = 92.80
    // J-3: R02 recused → 85, 83 → fallback median 84 → 48 + 33.6 = 81.60
    let got: Vec<(&str, Decimal)> = r.officers.iter().map(|e| (e.officer.id.as_str(), e.total)).collect();
    assert_eq!(got, vec![("J-2", d("93.4")), ("J-1", d("92.8")), ("J-3", d("81.6"))]);
    // 3 × 40% = 1.2 → 1 place: J-1 moves to 称职
    assert_eq!(r.quotas[0].places, 1);
    assert_eq!(r.changes.len(), 1);
    assert_eq!(r.changes[0].officer.as_str(), "J-1");
    assert!(r.officers[1].flags.disagreement);
    assert!(!r.officers[2].flags.incomplete, "a recused member is not missing");
}
