//! The README's `## Example` runs exactly as shown.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code

mod readme;

use kaoping_core::Decimal;

#[test]
fn readme_example_prints_what_the_readme_shows() {
    let (_, printed) = readme::run().unwrap();
    let shown = readme::block("output").expect("the README shows the output");
    assert_eq!(printed, shown, "README example output drifted; engine printed:\n{printed}");
}

#[test]
fn readme_example_figures_are_the_hand_computed_ones() {
    let (a, _) = readme::run().unwrap();
    let d = |s: &str| Decimal::parse(s).unwrap();
    // CQ02: 175 / 200 × 100 = 87.5 → 30 − 2.5 = 27.5 of 30 → 27.5 × 0.6 × 100 / 30 = 55.
    // CX04: 100 × (88 − 60) / (95 − 60) = 80 → 80 × 0.4 = 32. N03: 2 × 2 = 4. 55 + 32 − 4 = 83.
    let ind = &a.dimensions[0].indicators;
    assert_eq!((ind[0].raw, ind[0].score, ind[0].contribution), (Some(d("87.5")), d("27.5"), d("55")));
    assert_eq!((ind[1].score, ind[1].contribution), (d("80"), d("32")));
    assert_eq!((a.weighted, a.deductions.total, a.total), (d("87"), d("4"), d("83")));
    assert_eq!(a.grade.unwrap().title, "称职");
}
