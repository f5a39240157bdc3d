//! The cohort table, the officer detail and the preview are one computation: for every demo
//! officer of every built-in scheme, with the scheme's demo committee and score sheets, the
//! preview's projected total and grade and the detail's total and grade equal the officer's
//! entry in the cohort result (before quotas: a preview speaks before any quota is applied).

use kaoping_core::api::builtin;
use kaoping_core::api::cohort::assess_cohort;
use kaoping_core::api::officer::{officer_context, officer_detail};
use kaoping_core::api::preview::preview_in_cohort;
use kaoping_core::{AssessOptions, CohortOptions, Decimal, Engine, Lang};

#[test]
fn preview_detail_and_cohort_agree_for_every_demo_officer_of_every_builtin_scheme() {
    let mut officers = 0;
    for id in builtin::scheme_ids() {
        let scheme = builtin::scheme(id).unwrap();
        let dossiers: Vec<_> = builtin::demo_entries_of(id).into_iter().map(|e| e.dossier).collect();
        assert!(!dossiers.is_empty(), "{id} has demo officers");
        let input = builtin::demo_cohort_input(&scheme, dossiers);
        let engine = Engine::new(scheme).unwrap();
        let cohort = assess_cohort(&engine, &input, &CohortOptions::default()).unwrap();
        let options = AssessOptions { trace: true, fingerprint: false, lang: Lang::Zh };
        for entry in &cohort.officers {
            let officer = &entry.officer.id;
            let preview = preview_in_cohort(&engine, &input, &cohort.stats, officer, Lang::Zh).unwrap();
            assert_eq!(preview.total, entry.total, "{id} {officer}: preview total");
            assert_eq!(preview.grade, entry.pre_quota_grade, "{id} {officer}: preview grade");
            let detail = officer_detail(&engine, &input, &cohort.stats, officer, &options).unwrap();
            assert_eq!(detail.total, entry.total, "{id} {officer}: detail total");
            assert_eq!(detail.grade, entry.pre_quota_grade, "{id} {officer}: detail grade");
            // the detail is the cohort's own assessment of the officer (fingerprints aside: the
            // cohort's covers the cohort statistics)
            let mut in_cohort = entry.assessment.clone().unwrap();
            in_cohort.fingerprint = None;
            assert_eq!(detail, in_cohort, "{id} {officer}: detail = cohort assessment");
            officers += 1;
        }
    }
    assert!(officers >= 8, "only {officers} demo officers checked");
}

/// P-001 of the prosecutor demo, by hand from the scheme, the dossier and the five signed
/// sheets. Performance (weight 0.6), each contribution at two places:
/// PA01 27315/17685 = 1.544529 on the piecewise 1.5→85, 2→60: 85 − 0.044529·50 = 82.7735,
/// × 0.21 = 17.38; PA02 20.51 % inside 15–35: 100 × 0.09 = 9.00; PA03 2.11 % is one whole unit
/// over 2: 90 × 0.06 = 5.40; PA04 1.1254 % from target 1 to floor 10: (10 − 1.1254)/9 = 98.607,
/// × 0.09 = 8.87; PA05 19.81 % in the 10–20 step: 85 × 0.09 = 7.65; PA06 12.295 % is 7.295 over
/// 5 at 4 a point: 70.82 × 0.06 = 4.25; sum 52.55. Common: PC01 48 h ≥ 40, PC02 100: 20.00.
/// Overall PE01 (0.2): ratings 92, 90, 95, 91, 93, trimmed mean without 95 and 90 = 92 → 18.40.
/// Bonuses P01 2 + P03 0.5 (one excellent case file) = 2.50. Total 93.45: 优秀 (90–100).
/// Without the committee's ratings PE01 scores 0 and the total is 75.05 (the figure).
#[test]
fn prosecutor_p001_previews_the_committee_total_93_45() {
    let scheme = builtin::scheme("procuratorate-prosecutor").unwrap();
    let dossiers: Vec<_> = builtin::demo_entries()
        .into_iter()
        .filter(|e| e.scheme == "procuratorate-prosecutor")
        .map(|e| e.dossier)
        .collect();
    let input = builtin::demo_cohort_input(&scheme, dossiers);
    let engine = Engine::new(scheme).unwrap();
    let cohort = assess_cohort(&engine, &input, &CohortOptions::default()).unwrap();
    let officer = kaoping_core::OfficerId::from("P-001");
    let entry = cohort.entry(&officer).unwrap();
    assert_eq!(entry.total, Decimal::parse("93.45").unwrap());
    let preview = preview_in_cohort(&engine, &input, &cohort.stats, &officer, Lang::Zh).unwrap();
    assert_eq!(preview.total, Decimal::parse("93.45").unwrap());
    assert_eq!(preview.grade.unwrap().id.as_str(), "excellent");
    let context = officer_context(engine.scheme(), &input, &cohort.stats, &officer).unwrap();
    let pe01 = context.rated.as_ref().and_then(|r| r.get(&kaoping_core::IndicatorId::from("PE01"))).unwrap();
    assert_eq!(pe01.ratings.len(), 5);
    // the empty context the app used to preview with
    let alone = kaoping_core::rules::preview::preview(
        &engine,
        kaoping_core::api::officer::dossier_of(&input, &officer).unwrap(),
        &kaoping_core::AssessContext::default(),
        Lang::Zh,
    )
    .unwrap();
    assert_eq!(alone.total, Decimal::parse("75.05").unwrap());
}
